"""The concretizer as a model: the prompt that asks it for a candidate's definitions of a task's
generic invariant templates, the request, and reading its answer (``metrics.concretize`` turns
the answer into templates)."""

from __future__ import annotations

from string import Template
from typing import Any, Callable, Sequence

from sysmoray.generation.backends import backend_kind
from sysmoray.generation.prompts import task_prompt_text, template
from sysmoray.generation.types import ERROR, Backend, BackendSpecError, Candidate, Message, Request
from sysmoray.metrics.concretize import Concretization, from_answer
from sysmoray.tasks.model import CONCRETIZE_PROMPT, InvariantTemplate, Task


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


CONCRETIZE_TOKENS = 2048  # the concretizer's answer: a JSON list of definitions


def concretize_request(task: Task, spec_text: str, seed: int = 0, max_tokens: int = CONCRETIZE_TOKENS) -> Request:
    """The concretizer's request for one candidate: one greedy sample (the concretization is
    part of the measurement, so it is the same for a seed on any node)."""
    return Request(f"{task.name}/concretize", (Message("user", concretize_prompt(task, spec_text)),), n=1,
                   seed=seed, max_tokens=max_tokens, temperature=0.0, top_p=1.0, task=task.name)


def read_candidate(task: Task, candidate: Candidate, spec: str | None = None) -> Concretization:
    """The concretizer's answer (or its failure) as the task's templates in a candidate's names."""
    return from_answer(task, candidate.text, None if candidate.ok else candidate.error or "the concretizer's answer is empty",
                       spec)


def concretize(task: Task, spec_text: str, backend: Backend, spec: str | None = None, seed: int = 0,
               max_tokens: int = CONCRETIZE_TOKENS) -> Concretization:
    """Ask ``backend`` (in this process) for this candidate's definitions of the templates."""
    request = concretize_request(task, spec_text, seed, max_tokens)
    try:
        [candidate] = backend.generate([request])
    except Exception as exc:  # noqa: BLE001 - a backend failure is this check's recorded outcome
        candidate = Candidate(request.key, 0, "", seed, ERROR, error=f"{type(exc).__name__}: {exc}")
    return read_candidate(task, candidate, spec)


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
