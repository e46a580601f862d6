"""Concretize a benchmark's generic invariant templates in one candidate's own names.

SysMoBench's templates are written in generic names (``hasLock``, ``Nodes``); a model must
rewrite each one in the names of the candidate it is checked on. The prompt and the request are
``generation.concretizer``'s (the task's own ``phase3_invariant_implementation.txt`` when it has
one, filled as SysMoBench fills it); this module turns each definition of the answer
(``tla.answer_definitions``) into a template of the candidate's names.
A template the answer gives no usable definition of is recorded with why; it counts as not held.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sysmoray.tasks.model import CONTRACT_NAMES, InvariantTemplate, Task, expression_problem
from sysmoray.tla.answer_definitions import parse_definitions

ANSWER_KEPT = 4000  # characters of the concretizer's answer a row keeps


@dataclass(frozen=True)
class Concretization:
    """What the concretizer answered for one candidate, and what of it can be checked."""

    templates: tuple[InvariantTemplate, ...]  # the task's templates, concretized where possible
    missing: dict[str, str] = field(default_factory=dict)  # template name -> why it was not concretized
    answer: str = ""
    error: str | None = None  # the concretizer's own failure (no answer at all)
    concretizer: str | None = None  # its backend spec

    def to_dict(self) -> dict[str, Any]:
        return {"concretizer": self.concretizer, "error": self.error, "missing": self.missing,
                "definitions": {t.name: t.expression for t in self.templates if t.name not in self.missing},
                "answer": self.answer[:ANSWER_KEPT]}


def concretized(task: Task, answer: str) -> tuple[tuple[InvariantTemplate, ...], dict[str, str]]:
    """The task's templates with each expression replaced by the answer's definition of it."""
    found = {name.lower(): value for name, value in parse_definitions(answer).items()}
    templates, missing = [], {}
    for t in task.invariants:
        value = found.get(t.name.lower())
        params, _, body = value.partition("\0") if value is not None else ("", "", "")
        why = ("not concretized: the concretizer's answer defines no " + t.name if value is None
               else f"not concretized: defined with parameters {params}; an invariant takes no arguments" if params
               else "not concretized: the concretizer gave an empty definition" if not body
               else expression_problem(body))
        if why:
            missing[t.name] = why
        templates.append(replace(t, expression=body or "FALSE"))
    return tuple(templates), missing


def concretized_task(task: Task, concretization: Concretization) -> Task:
    """The task as P4 checks it for this candidate: its templates in the candidate's names."""
    return replace(task, invariants=concretization.templates, invariant_names=CONTRACT_NAMES)


def from_answer(task: Task, answer: str, error: str | None = None, spec: str | None = None) -> Concretization:
    """The concretizer's answer (or its failure, ``error``) as the task's templates in a
    candidate's names."""
    if error is not None or not answer.strip():
        error = error or "the concretizer's answer is empty"
        why = f"not concretized: the concretizer failed: {error}"
        return Concretization(task.invariants, {t.name: why for t in task.invariants}, answer, error, spec)
    templates, missing = concretized(task, answer)
    return Concretization(templates, missing, answer, None, spec)

