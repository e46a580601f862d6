"""Windows (DESIGN §5): one executed step cut out of a trace, checked on its own.

A window is (pre-state, action, parameters, post-state). Traces repeat steps a lot (a lock is
acquired from the same state many times), so identical windows are kept once, with the number of
times they occur and where they were first seen: the check's cost follows distinct behaviour, not
trace length.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from sysmoray.tasks.model import Task
from sysmoray.tasks.trace import Trace
from sysmoray.tasks.values import to_tla


@dataclass(frozen=True)
class Window:
    id: int  # 1-based, in order of first occurrence
    action: str
    args: tuple[Any, ...]  # parameter values (JSON form) in the contract's parameter order
    pre: dict[str, Any]  # contract variable -> JSON form
    post: dict[str, Any]
    first_seen: str  # "<trace>:<seq>"
    occurrences: int = 1

    def literals(self, state: str) -> dict[str, str]:
        """The ``"pre"`` or ``"post"`` state's values as TLA+ literals, rendered once per window:
        they are a function of the window alone, and every candidate's check writes them
        (measured: rendering took most of a checker's own CPU on etcd-raft's 1,500 windows)."""
        cache = self.__dict__.setdefault("_literals", {})  # beside the frozen fields, not one of them
        if state not in cache:
            cache[state] = {v: to_tla(x) for v, x in getattr(self, state).items()}
        return cache[state]

    def arg_literals(self) -> tuple[str, ...]:
        """The parameters as TLA+ literals (cached as ``literals``)."""
        cache = self.__dict__.setdefault("_literals", {})
        if "args" not in cache:
            cache["args"] = tuple(to_tla(a) for a in self.args)
        return cache["args"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "action": self.action, "args": list(self.args), "pre": self.pre,
            "post": self.post, "first_seen": self.first_seen, "occurrences": self.occurrences,
        }


def cut_windows(task: Task, traces: Iterable[Trace]) -> list[Window]:
    """The distinct windows of ``traces``. Parameters are put in the order the contract declares
    them, since a model's action takes them positionally."""
    order = {a.name: tuple(p.name for p in a.params) for a in task.actions}
    seen: dict[str, int] = {}
    first: list[dict[str, Any]] = []
    counts: list[int] = []
    for trace in traces:
        for step in trace.steps:
            names = order.get(step.action, tuple(sorted(step.params)))
            args = tuple(step.params.get(n) for n in names)
            key = json.dumps([step.action, args, step.pre, step.post], sort_keys=True)
            if key in seen:
                counts[seen[key]] += 1
                continue
            seen[key] = len(first)
            counts.append(1)
            first.append({
                "action": step.action, "args": args, "pre": step.pre, "post": step.post,
                "first_seen": f"{trace.header.trace}:{step.seq}",
            })
    return [Window(id=i + 1, occurrences=counts[i], **w) for i, w in enumerate(first)]


def shard(windows: Sequence[Window], size: int) -> list[list[Window]]:
    """Consecutive batches of at most ``size`` windows (the unit a checker takes at a time)."""
    if size < 1:
        raise ValueError("shard size must be at least 1")
    return [list(windows[i : i + size]) for i in range(0, len(windows), size)]
