"""A task's recorded traces: find, read (validated), check provenance, summarise."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import fsspec

from sysmoray.tasks.model import Task
from sysmoray.tasks.recording import check_source, installed_source, source_problem
from sysmoray.tasks.trace import Trace, read_trace


@dataclass(frozen=True)
class TraceStats:
    traces: int = 0
    steps: int = 0
    per_action: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # provenance, one line: traces recorded against other source code
    source_mismatches: int = 0  # the traces it concerns


def trace_files(task: Task) -> list[str]:
    if not task.traces:
        return []
    fs, base = fsspec.core.url_to_fs(task.path(task.traces))
    if not fs.isdir(base):
        return []
    return sorted(p for p in fs.ls(base, detail=False) if p.endswith(".ndjson"))


def load_traces(task: Task, check_provenance: bool = True) -> tuple[list[Trace], list[str]]:
    """All traces of ``task`` and the provenance message of each trace recorded against other
    source code than the installed one (``provenance_line`` says them in one line)."""
    fs, _ = fsspec.core.url_to_fs(task.path(task.traces or "."))
    traces, messages = [], []
    files = trace_files(task)
    installed = installed_source(task) if check_provenance and files else None
    for path in files:
        trace = read_trace(path, task.variable_names, fs=fs)
        if check_provenance:
            message = check_source(task, trace.header, path, installed)
            if message:
                messages.append(message)
        traces.append(trace)
    return traces, messages


def doubtful_traces(task: Task, traces: list[Trace]) -> dict[str, list[str]]:
    """Why the provenance of some of ``task``'s traces is in doubt (``source_problem``) -> the
    traces it concerns."""
    installed = installed_source(task) if traces else None
    by_problem: dict[str, list[str]] = {}
    for trace in traces:
        problem = source_problem(task, trace.header, installed)
        if problem is not None:
            by_problem.setdefault(problem, []).append(trace.header.trace)
    return by_problem


def provenance_line(task: Task, traces: list[Trace], doubtful: dict[str, list[str]] | None = None) -> str | None:
    """One line for all of ``task``'s traces whose provenance is in doubt, else None: a user
    is told once per task, not once per trace (etcd-raft has twelve, all recorded alike)."""
    doubtful = doubtful_traces(task, traces) if doubtful is None else doubtful
    if not doubtful:
        return None
    said = [f"{len(names)} of {len(traces)} traces ({names[0]}{', ...' if len(names) > 1 else ''}) were {problem}"
            for problem, names in doubtful.items()]
    return f"task {task.name}: " + "; ".join(said)


def trace_stats(task: Task) -> TraceStats:
    traces, _ = load_traces(task, check_provenance=False)
    doubtful = doubtful_traces(task, traces)
    line = provenance_line(task, traces, doubtful)
    per_action = Counter(step.action for t in traces for step in t.steps)
    return TraceStats(len(traces), sum(len(t.steps) for t in traces), dict(sorted(per_action.items())),
                      (line,) if line else (), sum(len(names) for names in doubtful.values()))
