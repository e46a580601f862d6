"""The result of one evaluation phase: a score in 0..1 and the outcome recorded beside it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome


@dataclass(frozen=True)
class PhaseResult:
    score: float
    outcome: Outcome
    details: dict[str, Any] = field(default_factory=dict)
    errors: tuple[TLAError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 6),
            "outcome": self.outcome.value,
            "details": self.details,
            "errors": [e.to_dict() for e in self.errors],
        }
