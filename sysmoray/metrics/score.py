"""The total score (DESIGN §6): a weighted sum of the phases a task has, with the phases' gates.

A task scores only the phases it really has (``Task.phases``: a description task has no traces,
an imported one may lack invariants): the weights are renormalised over those, so a perfect
model of any task totals 1.0, and a missing phase neither adds 0 nor counts as passed."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Mapping, Sequence

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

    def normalised(self, scored: Sequence[str] = PHASES) -> dict[str, float]:
        """The weights of the ``scored`` phases, summing to 1. A task whose phases all weigh 0
        (say P1 and P2 under weights 0,0,1,1) splits the total evenly between them instead."""
        total = sum(getattr(self, p) for p in scored)
        if total <= 0:
            return {p: 1.0 / len(scored) for p in scored}
        return {p: getattr(self, p) / total for p in scored}


def gates_open(phases: Mapping[str, PhaseResult]) -> bool:
    """P3 and P4 count only for a model that parses (P1 = 1) and runs (P2 > 0)."""
    syntax, runtime = phases.get("syntax"), phases.get("runtime")
    return syntax is not None and runtime is not None and syntax.score >= 1.0 and runtime.score > 0.0


def total_score(
    phases: Mapping[str, PhaseResult], weights: Weights = Weights(), scored: Sequence[str] = PHASES,
) -> float:
    """Weighted sum over the ``scored`` phases (the task's); one of them not run (or gated off)
    adds 0. Weights are renormalised over ``scored``, so the total stays in 0..1."""
    share = weights.normalised(scored)
    total = 0.0
    for name in scored:
        phase = phases.get(name)
        if phase is None or (name in ("conformance", "invariants") and not gates_open(phases)):
            continue
        total += share[name] * phase.score
    return round(total, 6)
