"""sysmoray: evaluate AI-written TLA+ models of real systems."""

__version__ = "0.1.0"
