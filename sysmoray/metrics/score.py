"""The total score (DESIGN §6): a weighted sum of the four phases, with the phases' gates."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Mapping

from sysmoray.metrics.phase import PhaseResult

PHASES = ("syntax", "runtime", "conformance", "invariants")


@dataclass(frozen=True)
class Weights:
    syntax: float = 0.15
    runtime: float = 0.15
    conformance: float = 0.35
    invariants: float = 0.35

    def __post_init__(self) -> None:
        values = [getattr(self, f.name) for f in fields(self)]
        if any(v < 0 for v in values) or sum(values) <= 0:
            raise ValueError(f"weights must be non-negative with a positive sum, got {values}")

    @classmethod
    def parse(cls, text: str) -> Weights:
        """``"0.15,0.15,0.35,0.35"`` (syntax, runtime, conformance, invariants)."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != len(PHASES):
            raise ValueError(f"expected {len(PHASES)} comma-separated weights ({', '.join(PHASES)}), got {text!r}")
        try:
            return cls(*(float(p) for p in parts))
        except ValueError as exc:
            raise ValueError(f"weights must be numbers: {text!r}") from exc

    def normalised(self) -> dict[str, float]:
        total = sum(getattr(self, p) for p in PHASES)
        return {p: getattr(self, p) / total for p in PHASES}


def gates_open(phases: Mapping[str, PhaseResult]) -> bool:
    """P3 and P4 count only for a model that parses (P1 = 1) and runs (P2 > 0)."""
    syntax, runtime = phases.get("syntax"), phases.get("runtime")
    return syntax is not None and runtime is not None and syntax.score >= 1.0 and runtime.score > 0.0


def total_score(phases: Mapping[str, PhaseResult], weights: Weights = Weights()) -> float:
    """Weighted sum over the four phases; a phase not run (or gated off) adds 0. Weights are
    normalised, so the total stays in 0..1 whatever scale they are given in."""
    share = weights.normalised()
    total = 0.0
    for name in PHASES:
        phase = phases.get(name)
        if phase is None or (name in ("conformance", "invariants") and not gates_open(phases)):
            continue
        total += share[name] * phase.score
    return round(total, 6)
