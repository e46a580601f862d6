"""The ``reference`` and ``mutants`` backends: replay a task's gold model, or mutants of it, as
if a model had written them. They calibrate the metrics (the reference must score 1, its
mutants less) and make a sweep meaningful with no GPU at all.

Sample i of a request for the mutants backend is mutant ``order[first_sample + i]``, where
``order`` is a permutation of the reference's mutants drawn from the request's seed: the same
seed picks the same mutants, k samples are k different mutants (while there are that many).
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from sysmoray.generation.types import ERROR, REPLAY, Candidate, Request
from sysmoray.metrics.tier import read_mutants
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.siblings import read_siblings
from sysmoray.tasks.model import Task
from sysmoray.tla.module_set import Flat, flatten, module_name
from sysmoray.tla.mutants import Mutant, apply_mutant
from sysmoray.tla.toolchain import Toolchain, find_toolchain


def answer_text(module: str, cfg: str | None, siblings: dict[str, str] | None = None) -> str:
    """A replayed model written the way a model is asked to answer: fenced module and config,
    after the modules it extends or instances (``siblings``), each fenced too."""
    config = f"\n```cfg\n{cfg.rstrip()}\n```\n" if cfg is not None else ""
    before = "".join(f"```tla\n{text.rstrip()}\n```\n\n" for text in (siblings or {}).values())
    return f"{before}```tla\n{module.rstrip()}\n```\n{config}"


class _Replay:
    can_repair = False  # a replay cannot act on error feedback

    def __init__(self, tasks_dir: str | Path | None = None) -> None:
        self.tasks_dir = tasks_dir

    @lru_cache(maxsize=None)
    def _reference(self, name: str) -> tuple[Task, str, str | None, dict[str, str]]:
        """The task, its reference module, its config (None: an imported reference that came
        without one and got none; it is replayed as it is) and the modules of its folder that
        it extends or instances."""
        task = find_task(name, self.tasks_dir)
        if not task.reference_module:
            raise LookupError(f"task {name!r} has no reference model to replay")
        path = Path(task.path(task.reference_module))
        module = path.read_text(encoding="utf-8")
        siblings, unread = read_siblings(module, path.parent, module_name(module))
        if unread:
            raise LookupError(f"the reference of {name!r} extends modules that cannot be read: {unread[0]}")
        if not task.reference_cfg:
            return task, module, None, siblings
        with open(task.path(task.reference_cfg), encoding="utf-8") as f:
            cfg = f.read()
        return task, module, cfg, siblings

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        out: list[Candidate] = []
        for r in requests:
            try:
                out += self._replay(r)
            except Exception as e:  # an unknown task, a missing reference: recorded, not raised
                out += [Candidate(r.key, r.first_sample + i, "", r.sample_seed(i), ERROR, error=f"{self.name}: {e}")
                        for i in range(r.n)]
        return out

    def _replay(self, r: Request) -> list[Candidate]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class ReferenceBackend(_Replay):
    name = "reference"

    def _replay(self, r: Request) -> list[Candidate]:
        if r.task is None:
            raise LookupError("the request names no task")
        _, module, cfg, siblings = self._reference(r.task)
        text = answer_text(module, cfg, siblings)
        return [Candidate(r.key, r.first_sample + i, text, r.sample_seed(i), REPLAY) for i in range(r.n)]


class MutantsBackend(_Replay):
    name = "mutants"

    @lru_cache(maxsize=None)
    def _mutants(self, name: str) -> tuple[Mutant, ...]:
        task, _, cfg, _ = self._reference(name)
        if cfg is None:
            raise LookupError(f"the reference of {name!r} has no config: its mutants need its behaviour and invariants")
        # The tier's own mutants of the reference (SANY's actions, its domains): what a replayed
        # mutant does is what the Diamond test would make of the same module.
        flat = self._flat(name)
        return tuple(read_mutants(self._toolchain(), task, flat.text, cfg, siblings=dict(flat.files)))

    @lru_cache(maxsize=None)
    def _flat(self, name: str) -> Flat:
        """The reference as the checks read it: one module (a reference of several modules has
        the ones it extends written in), and the modules it instances beside it."""
        _, module, _, siblings = self._reference(name)
        return flatten(module, siblings)

    @lru_cache(maxsize=1)
    def _toolchain(self) -> Toolchain:
        return find_toolchain()

    def _replay(self, r: Request) -> list[Candidate]:
        if r.task is None:
            raise LookupError("the request names no task")
        _, _, cfg, _ = self._reference(r.task)
        flat = self._flat(r.task)
        mutants = self._mutants(r.task)
        if not mutants:
            raise LookupError(f"the reference of {r.task!r} has no mutants")
        order = list(range(len(mutants)))
        random.Random(r.seed).shuffle(order)
        out = []
        for i in range(r.n):
            m = mutants[order[(r.first_sample + i) % len(order)]]
            out.append(Candidate(
                r.key, r.first_sample + i, answer_text(apply_mutant(flat.text, m), cfg, dict(flat.files)), r.sample_seed(i), REPLAY,
                meta={"mutant": m.id, "operator": m.operator, "description": m.description},
            ))
        return out
