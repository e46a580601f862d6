"""Tasks: what a model must capture (contract, invariants) and the traces of the real system."""
