"""sysmoray: evaluate AI-written TLA+ models of real systems.

The public face is what ``__all__`` lists; every other module is internal and may change.

    import sysmoray
    result = sysmoray.score(answer_text, "semaphore")   # an Evaluation
    result.total, result.tier.tier, result.phases["runtime"].score

Names load on first use, so that ``import sysmoray`` (and the CLI, and every internal module)
does not pay for the evaluation machinery until it is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "score": "sysmoray._scoring",
    "Scorer": "sysmoray._scoring",
    "ScoreItem": "sysmoray._scoring",
    "load_task": "sysmoray._scoring",
    "Evaluation": "sysmoray.metrics.evaluate",
    "CheckConfig": "sysmoray.metrics.evaluate",
    "PhaseResult": "sysmoray.metrics.phase",
    "TierResult": "sysmoray.metrics.tier",
    "Weights": "sysmoray.metrics.score",
    "Task": "sysmoray.tasks.model",
    "Budget": "sysmoray.tla.budget",
    "Outcome": "sysmoray.tla.outcome",
}

__all__ = [  # written out, so that linters and readers see the face; it is _EXPORTS's keys
    "__version__", "score", "Scorer", "ScoreItem", "load_task", "Evaluation", "CheckConfig", "PhaseResult",
    "TierResult", "Weights", "Task", "Budget", "Outcome",
]

if TYPE_CHECKING:
    from sysmoray._scoring import ScoreItem, Scorer, load_task, score
    from sysmoray.metrics.evaluate import CheckConfig, Evaluation
    from sysmoray.metrics.phase import PhaseResult
    from sysmoray.metrics.score import Weights
    from sysmoray.metrics.tier import TierResult
    from sysmoray.tasks.model import Task
    from sysmoray.tla.budget import Budget
    from sysmoray.tla.outcome import Outcome


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sysmoray' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
