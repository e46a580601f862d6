"""Concretize a benchmark's generic invariant templates in one candidate's own names.

SysMoBench's templates are written in generic names (``hasLock``, ``Nodes``); a model must
rewrite each one in the names of the candidate it is checked on. This module builds that prompt
(the task's own ``phase3_invariant_implementation.txt`` when it has one, filled as SysMoBench
fills it: ``$tla_specification`` and ``$invariant_templates``; else sysmoray's), reads the
answer (SysMoBench's JSON ``{"invariants": ["Name == expr", ...]}``, else ``Name == expr``
definitions in plain text) and turns each definition into a template of the candidate's names.
A template the answer gives no usable definition of is recorded with why; it counts as not held.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from string import Template
from typing import Any, Callable, Iterable, Sequence

from sysmoray.generation.backends import backend_kind
from sysmoray.generation.prompts import task_prompt_text, template
from sysmoray.generation.types import ERROR, Backend, BackendSpecError, Candidate, Message, Request
from sysmoray.tasks.model import CONCRETIZE_PROMPT, CONTRACT_NAMES, InvariantTemplate, Task, expression_problem

ANSWER_KEPT = 4000  # characters of the concretizer's answer a row keeps
_FENCE = re.compile(r"```[a-zA-Z+]*\s*\n(.*?)```", re.S)
_DEFINITION = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*(\([^)]*\))?\s*==(.*)$")


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


def format_templates(templates: Sequence[InvariantTemplate]) -> str:
    """The templates as SysMoBench lists them in its prompt."""
    return "\n".join(
        f"\n### {t.name} ({t.type.upper()})\n**Description**: {t.text}\n\n**Formal**: {t.formal}\n\n"
        f"**TLA+ Example**:\n```\n{t.expression.strip()}\n```\n"
        for t in templates
    )


def concretize_prompt(task: Task, spec_text: str) -> str:
    text = task_prompt_text(task, CONCRETIZE_PROMPT)
    page = template("concretize") if text is None else Template(text)
    return page.safe_substitute(tla_specification=spec_text, invariant_templates=format_templates(task.invariants))


def parse_definitions(answer: str) -> dict[str, str]:
    """``name -> the text after ==`` (parameters kept, to be refused), from JSON or plain text."""
    candidates = [answer] + _FENCE.findall(answer)
    for text in candidates:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            continue
        try:
            data = json.loads(text[start:end + 1])
        except json.JSONDecodeError:
            continue
        items = data.get("invariants") if isinstance(data, dict) else None
        if isinstance(items, list):
            return _item_definitions(i for i in items if isinstance(i, str))
    return _text_definitions(answer)


def _item_definitions(items: Iterable[str]) -> dict[str, str]:
    """Definitions ``Name == body`` of SysMoBench's JSON answer: each item is one."""
    out: dict[str, str] = {}
    for item in items:
        head, _, rest = item.partition("\n")
        m = _DEFINITION.match(head)
        if m:
            out.setdefault(m.group(1), (m.group(2) or "") + "\0" + (m.group(3) + "\n" + rest).strip())
    return out


def _text_definitions(text: str) -> dict[str, str]:
    """Definitions ``Name == body`` in plain text: a body runs on over the indented lines below
    its head."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _DEFINITION.match(lines[i])
        if not m or lines[i].startswith((" ", "\t")):
            i += 1
            continue
        body = [m.group(3)]
        i += 1
        while i < len(lines) and lines[i].strip() and lines[i].startswith((" ", "\t")):
            body.append(lines[i])
            i += 1
        out.setdefault(m.group(1), (m.group(2) or "") + "\0" + "\n".join(body).strip())
    return out


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


CONCRETIZE_TOKENS = 2048  # the concretizer's answer: a JSON list of definitions


def concretize_request(task: Task, spec_text: str, seed: int = 0, max_tokens: int = CONCRETIZE_TOKENS) -> Request:
    """The concretizer's request for one candidate: one greedy sample (the concretization is
    part of the measurement, so it is the same for a seed on any node)."""
    return Request(f"{task.name}/concretize", (Message("user", concretize_prompt(task, spec_text)),), n=1,
                   seed=seed, max_tokens=max_tokens, temperature=0.0, top_p=1.0, task=task.name)


def read_candidate(task: Task, candidate: Candidate, spec: str | None = None) -> Concretization:
    """The concretizer's answer (or its failure) as the task's templates in a candidate's names."""
    if not candidate.ok or not candidate.text.strip():
        error = candidate.error or "the concretizer's answer is empty"
        why = f"not concretized: the concretizer failed: {error}"
        return Concretization(task.invariants, {t.name: why for t in task.invariants}, candidate.text, error, spec)
    templates, missing = concretized(task, candidate.text)
    return Concretization(templates, missing, candidate.text, None, spec)


def concretize(task: Task, spec_text: str, backend: Backend, spec: str | None = None, seed: int = 0,
               max_tokens: int = CONCRETIZE_TOKENS) -> Concretization:
    """Ask ``backend`` (in this process) for this candidate's definitions of the templates."""
    request = concretize_request(task, spec_text, seed, max_tokens)
    try:
        [candidate] = backend.generate([request])
    except Exception as exc:  # noqa: BLE001 - a backend failure is this check's recorded outcome
        candidate = Candidate(request.key, 0, "", seed, ERROR, error=f"{type(exc).__name__}: {exc}")
    return read_candidate(task, candidate, spec)


def concretized_task(task: Task, concretization: Concretization) -> Task:
    """The task as P4 checks it for this candidate: its templates in the candidate's names."""
    return replace(task, invariants=concretization.templates, invariant_names=CONTRACT_NAMES)


CONCRETIZER_KINDS = ("vllm", "openai")  # backends that answer the prompt they are sent


def concretizer_problem(spec: str) -> str | None:
    """Why ``spec`` cannot be a concretizer, or None."""
    try:
        kind = backend_kind(spec)
    except BackendSpecError as exc:
        return str(exc)
    if kind not in CONCRETIZER_KINDS:
        return (f"{spec}: a concretizer answers the prompt it is sent, so it is a model "
                f"({' or '.join(k + ':' for k in CONCRETIZER_KINDS)}), not a {kind} replay")
    return None


class LazyConcretizer:
    """A concretizer model in this process, built on first use: only a candidate whose P4 runs
    needs it. Called as ``evaluate``'s ``concretize``."""

    def __init__(self, spec: str, options: Any = None, on_start: Callable[[], None] | None = None) -> None:
        self.spec, self.options, self.on_start = spec, options, on_start
        self.backend: Backend | None = None

    def __call__(self, task: Task, spec_text: str) -> Concretization:
        if self.backend is None:
            from sysmoray.generation.backends import BackendOptions, make_backend

            if self.on_start:
                self.on_start()
            self.backend = make_backend(self.spec, self.options or BackendOptions())
        return concretize(task, spec_text, self.backend, self.spec)

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()
