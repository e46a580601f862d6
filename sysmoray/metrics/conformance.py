"""P3, conformance (DESIGN §5, §6): does the model do what the real system did?

M_c = share of the task's actions, among those that occur in the traces, whose windows all pass.
Window checking itself lives in ``window_check`` (one TLC run for a batch of windows); this module
turns per-window results, possibly gathered from many shards, into the phase score.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.window_check import (
    ERROR, PASS, TIMEOUT, ModelShape, WindowResult, check_windows, missing_variables,
)
from sysmoray.tasks.model import Task
from sysmoray.tasks.windows import Window
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from sysmoray.tla.toolchain import Toolchain

_SHOWN_FAILURES = 3  # per action, in the phase details; all results go to the windows table


def conformance_phase(
    toolchain: Toolchain,
    model_text: str,
    shape: ModelShape,
    cfg_text: str | None,
    task: Task,
    windows: Sequence[Window],
    limits: Limits = Limits(),
) -> tuple[PhaseResult, list[WindowResult]]:
    if not windows:
        return PhaseResult(0.0, Outcome.NO_TRACES, {"reason": f"task {task.name} has no trace windows"}), []
    results = check_windows(toolchain, model_text, shape, cfg_text, task, windows, limits)
    return score_windows(results, task, shape), results


def score_windows(results: Sequence[WindowResult], task: Task, shape: ModelShape | None = None) -> PhaseResult:
    """The P3 phase result from per-window results (all shards of one model together)."""
    per_action: dict[str, Counter] = {}
    for r in results:
        per_action.setdefault(r.action, Counter())[r.outcome] += 1
    contract = [a for a in task.action_names if a in per_action]
    outside = sorted(set(per_action) - set(contract))
    passed = [a for a in contract if per_action[a][PASS] == sum(per_action[a].values())]
    score = len(passed) / len(contract) if contract else 0.0

    failures: dict[str, list[dict]] = {}
    for r in results:
        if r.outcome != PASS and len(failures.setdefault(r.action, [])) < _SHOWN_FAILURES:
            failures[r.action].append(r.to_dict())
    details = {
        "actions_total": len(contract),
        "actions_passed": len(passed),
        "windows_total": len(results),
        "windows_passed": sum(c[PASS] for c in per_action.values()),
        "per_action": {a: dict(sorted(per_action[a].items())) for a in contract},
        "failures": failures,
    }
    if outside:
        details["not_in_contract"] = outside
    errors: tuple[TLAError, ...] = ()
    missing = missing_variables(task, shape) if shape is not None else []
    if missing:
        outcome = Outcome.CONTRACT_MISMATCH
        details["missing_variables"] = missing
        errors = (TLAError(Outcome.CONTRACT_MISMATCH, results[0].reason if results else "contract variables missing"),)
    elif score == 1.0:
        outcome = Outcome.OK
    elif any(c[TIMEOUT] for c in per_action.values()):
        outcome = Outcome.TIMEOUT
    elif any(c[ERROR] for c in per_action.values()):
        outcome = Outcome.EVALUATION_ERROR
    else:
        outcome = Outcome.PARTIAL if passed else Outcome.NONE_HELD
    return PhaseResult(score, outcome, details, errors)
