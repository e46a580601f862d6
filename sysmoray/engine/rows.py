"""Result rows (DESIGN §8) from what the checkers return: pure functions, one per table.

Only a sample's final attempt gets the later phases and a tier; earlier attempts keep their
syntax and runtime scores, ``tier = "unrated"`` and null P3/P4.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Sequence

from sysmoray.generation.types import NO_ANSWER, Candidate
from sysmoray.metrics.evaluate import Evaluation, Screen
from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.score import Weights, total_score
from sysmoray.metrics.window_check import PASS, WindowResult
from sysmoray.results.schemas import NOT_ANSWERED
from sysmoray.tasks.model import ALL_PHASES, Task
from sysmoray.tasks.windows import Window
from sysmoray.tla.answer import Answer
from sysmoray.tla.outcome import Outcome

UNRATED, GENERATION_ERROR, CHECK_ERROR = Outcome.UNRATED, Outcome.GENERATION_ERROR, Outcome.CHECK_ERROR
PHASE_COLUMNS = (("syntax", "p1_syntax"), ("runtime", "p2_runtime"),
                 ("conformance", "p3_conformance"), ("invariants", "p4_invariants"))


@dataclass(frozen=True)
class SampleKey:
    model: str
    task: str
    method: str
    sample: int

    def row(self, run_id: str, attempt: int) -> dict[str, Any]:
        return {"run_id": run_id, "model": self.model, "task": self.task, "method": self.method,
                "sample": self.sample, "attempt": attempt}


@dataclass(frozen=True)
class TaskFacts:
    """What a sample's rows say of its task: the phases it scores and its domain."""

    phases: tuple[str, ...] = ALL_PHASES
    domain: str | None = None

    @classmethod
    def of(cls, task: Task) -> TaskFacts:
        return cls(task.phases, task.domain)


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt of a sample as the driver saw it."""

    attempt: int
    prompt_hash: str
    candidate: Candidate
    answer: Answer | None
    screen: Screen | None
    node: str = ""
    error: str | None = None  # checking raised


def model_text(answer: Answer) -> str | None:
    """The model as the answer gave it: its root module, after the other modules it EXTENDS or
    INSTANCEs (each whole, in the order the answer had them) when it has several."""
    if answer.module_text is None:
        return None
    return "".join(t if t.endswith("\n") else t + "\n" for _, t in answer.siblings) + answer.module_text


def now() -> datetime:
    return datetime.now(timezone.utc)


def sample_row(
    run_id: str, key: SampleKey, record: AttemptRecord, final: bool, evaluation: Evaluation | None,
    weights: Weights = Weights(), checked_at: datetime | None = None, facts: TaskFacts = TaskFacts(),
) -> dict[str, Any]:
    c = record.candidate
    row = key.row(run_id, record.attempt) | {
        "phases": list(facts.phases), "domain": facts.domain,
        "prompt_hash": record.prompt_hash, "seed": c.seed,
        "spec": model_text(record.answer) if record.answer else None,
        "cfg": (record.screen.cfg_text if record.screen else None) or (record.answer.cfg_text if record.answer else None),
        "prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens, "latency_s": float(c.latency_s),
        "finish_reason": c.finish_reason, "final": final, "node": record.node or "",
        "checked_at": checked_at or now(),
    }
    if c.finish_reason == NO_ANSWER:
        return row | {col: None for _, col in PHASE_COLUMNS} | {
            f"outcome_{p}": NOT_ANSWERED if p in facts.phases else None for p, _ in PHASE_COLUMNS} | {
            "total": None, "tier": NOT_ANSWERED, "error": c.error,
            "budget_depth": None, "budget_states": None, "budget_reached": False, "machine_dependent": False,
            "details": json.dumps({"meta": c.meta}),
        }
    if c.error is not None or record.error is not None:
        outcome = GENERATION_ERROR if c.error is not None else CHECK_ERROR
        scores = {col: 0.0 if p in facts.phases else None for p, col in PHASE_COLUMNS}
        return row | scores | {f"outcome_{p}": outcome if p in facts.phases else None for p, _ in PHASE_COLUMNS} | {
            "total": 0.0, "tier": "none", "error": c.error or record.error,
            "budget_depth": None, "budget_states": None, "budget_reached": False, "machine_dependent": False,
            "details": json.dumps({"meta": c.meta}),
        }
    phases: dict[str, PhaseResult] = evaluation.phases if evaluation is not None else record.screen.phases
    for name, col in PHASE_COLUMNS:
        phase = phases.get(name)
        # A phase the task does not score (an imported task's generic templates) is null, not 0.
        row[col] = phase.score if phase is not None and name in facts.phases else None
        row[f"outcome_{name}"] = phase.outcome.value if phase is not None else None
    checked = evaluation if evaluation is not None else record.screen
    # budget_depth stays in the schema for older runs; the runtime phase has no depth bound now.
    row |= {"budget_depth": None, "budget_states": checked.budget.states,
            "budget_reached": checked.budget_reached, "machine_dependent": checked.machine_dependent}
    if evaluation is not None:
        details = evaluation.to_dict() | {"meta": c.meta}
        return row | {"total": evaluation.total, "tier": evaluation.tier.tier, "error": None, "unfinished": evaluation.unfinished,
                      "details": json.dumps(details, default=str)}
    details = {"phases": {n: p.to_dict() for n, p in phases.items()}, "feedback": record.screen.feedback(),
               "extraction": record.screen.extraction, "meta": c.meta}
    return row | {"total": total_score(phases, weights, facts.phases), "tier": UNRATED, "error": None,
                  "details": json.dumps(details, default=str)}


def window_rows(
    run_id: str, key: SampleKey, attempt: int, results: Sequence[tuple[WindowResult, str]],
    windows: dict[int, Window],
) -> list[dict[str, Any]]:
    """``results``: each window's result with the node that checked it."""
    base = key.row(run_id, attempt)
    return [
        base | {"window_id": r.window, "action": r.action, "outcome": r.outcome, "reason": r.reason,
                "differs": list(r.differs), "occurrences": windows[r.window].occurrences if r.window in windows else 1,
                "node": node}
        for r, node in results
    ]


def invariant_rows(run_id: str, key: SampleKey, attempt: int, evaluation: Evaluation) -> list[dict[str, Any]]:
    base = key.row(run_id, attempt)
    return [base | {"invariant": r.name, "type": r.type, "outcome": r.outcome, "reason": r.reason,
                    "expression": r.expression} for r in evaluation.invariants]


def action_rows(run_id: str, key: SampleKey, attempt: int, evaluation: Evaluation) -> list[dict[str, Any]]:
    base = key.row(run_id, attempt)
    syntax = evaluation.phases.get("syntax")
    runtime = evaluation.phases.get("runtime")
    per_window: dict[str, list[int]] = {}
    for r in evaluation.windows:
        counts = per_window.setdefault(r.action, [0, 0])
        counts[0] += 1
        counts[1] += r.outcome == PASS
    rows = []
    for name in evaluation.actions:
        total, passed = per_window.get(name, (0, 0))
        rows.append(base | {
            "action": name,
            "syntax": _parsed(syntax, name),
            "runtime": _ran(runtime, name),
            "conformance": (passed == total) if total else None,
            "windows_total": total, "windows_passed": passed,
        })
    return rows


def _parsed(phase: PhaseResult | None, action: str) -> bool | None:
    if phase is None:
        return None
    if phase.score >= 1.0:
        return True
    verdict = phase.details.get("per_action", {}).get(action)
    return None if verdict is None else verdict == "ok"


def _ran(phase: PhaseResult | None, action: str) -> bool | None:
    if phase is None or "covered" not in phase.details:
        return None
    return action in phase.details["covered"]
