"""A task's recorded traces: find, read (validated), check provenance, summarise."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import fsspec

from sysmoray.tasks.model import Task
from sysmoray.tasks.recording import check_source, installed_source
from sysmoray.tasks.trace import Trace, read_trace


@dataclass(frozen=True)
class TraceStats:
    traces: int = 0
    steps: int = 0
    per_action: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # provenance: traces recorded against other source code

    @property
    def source_mismatches(self) -> int:
        return len(self.warnings)


def trace_files(task: Task) -> list[str]:
    if not task.traces:
        return []
    fs, base = fsspec.core.url_to_fs(task.path(task.traces))
    if not fs.isdir(base):
        return []
    return sorted(p for p in fs.ls(base, detail=False) if p.endswith(".ndjson"))


def load_traces(task: Task, check_provenance: bool = True) -> tuple[list[Trace], list[str]]:
    """All traces of ``task`` and the provenance warnings (source recorded != source installed)."""
    fs, _ = fsspec.core.url_to_fs(task.path(task.traces or "."))
    traces, warnings = [], []
    files = trace_files(task)
    installed = installed_source(task) if check_provenance and files else None
    for path in files:
        trace = read_trace(path, task.variable_names, fs=fs)
        if check_provenance:
            message = check_source(task, trace.header, path, installed)
            if message:
                warnings.append(message)
        traces.append(trace)
    return traces, warnings


def trace_stats(task: Task) -> TraceStats:
    traces, warnings = load_traces(task)
    per_action = Counter(step.action for t in traces for step in t.steps)
    return TraceStats(len(traces), sum(len(t.steps) for t in traces), dict(sorted(per_action.items())), tuple(warnings))
