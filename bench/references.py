"""The benches' candidates from the built-in tasks: each reference answer with its config, and
mutants of it (``MutantsBackend``, seed 0), read the same way for every bench."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from sysmoray.generation.replay_backend import MutantsBackend
from sysmoray.generation.types import Request
from sysmoray.tasks.loader import discover_tasks
from sysmoray.tasks.model import Task, in_suite


class Reference(NamedTuple):
    task: Task
    text: str  # the reference module
    cfg: str
    mutants: list[tuple[str, str]]  # (label, module text)


def references(suite: str, names: Sequence[str] | None = None, mutants: int = 2) -> Iterator[Reference]:
    """The tasks of ``suite`` that have a reference and its config (only ``names``, if given)."""
    backend = MutantsBackend()
    for task in discover_tasks():
        if not (in_suite(task, suite) and task.reference_module and task.reference_cfg):
            continue
        if names is not None and task.name not in names:
            continue
        text = Path(task.path(task.reference_module)).read_text(encoding="utf-8")
        cfg = Path(task.path(task.reference_cfg)).read_text(encoding="utf-8")
        made = []
        for c in backend.generate([Request(task.name, (), n=mutants, seed=0, task=task.name)]):
            if c.ok:
                made.append((f"mutant{c.sample}:{c.meta.get('operator')}", c.text))
            else:
                print(f"skipped a mutant of {task.name}: {c.error}", file=sys.stderr)
        yield Reference(task, text, cfg, made)
