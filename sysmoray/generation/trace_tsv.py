"""Traces compacted to TSV for the trace-learning prompt (DESIGN §7), sampled to a token budget.

One row per executed step: ``trace, seq, actor, action, params`` and one column per contract
variable holding its value *after* the step, in TLA+ notation. The first row of each trace has
the action ``(init)`` and the state before its first step. Action names are abbreviated (a
legend maps them back), because the action column repeats on every row.

Pure functions: no I/O; the token counter is the caller's (any ``str -> int``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from sysmoray.tasks.trace import Step, Trace
from sysmoray.tasks.values import to_tla

INIT = "(init)"
# A step whose pre-state is not the previous post-state (the harness saw a change no contract
# action made); never happens in the built-in traces, but a TSV must not hide it.
JUMP = "(state)"
NONE = "-"
_MIN_ABBREVIATION = 3
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^A-Za-z\d_]+")

TokenCounter = Callable[[str], int]


@dataclass(frozen=True)
class TraceTable:
    """What goes into the prompt (``text``) and what it holds."""

    text: str  # legend, TSV and omission notes, as shown in the prompt
    tsv: str  # the header line and the rows only
    legend: Mapping[str, str]  # abbreviation -> full action name
    trace_ids: tuple[str, ...]  # header ids of the traces shown, in order (a truncated one last)
    traces_included: int  # shown whole
    traces_omitted: int  # not shown at all
    steps_included: int
    steps_omitted: int
    truncated: str | None = None  # the id of the trace cut short, if one was


def abbreviate(names: Iterable[str]) -> dict[str, str]:
    """Unique short names, deterministic for a given set of names: ``Acquire -> Acq``,
    ``TryAcquire -> TrAc``, ``Put -> Put``. Full name -> abbreviation.

    Candidates take the first k letters of each CamelCase word, k = 1, 2, ... (at least 3
    characters in all); names whose candidates collide move on to longer ones until they differ,
    and a name whose candidates run out keeps its full name (full names are unique).
    """
    unique = sorted(set(names))
    candidates = {n: _candidates(n) for n in unique}
    level = dict.fromkeys(unique, 0)
    reserved = set(unique) | {INIT, JUMP, NONE}
    while True:
        chosen = {n: candidates[n][min(level[n], len(candidates[n]) - 1)] for n in unique}
        by_abbreviation: dict[str, list[str]] = {}
        for n, a in chosen.items():
            by_abbreviation.setdefault(a, []).append(n)
        # Move on: names sharing an abbreviation, and names whose abbreviation is another name.
        clash = [n for group in by_abbreviation.values() if len(group) > 1 for n in group]
        clash += [n for n, a in chosen.items() if a != n and a in reserved]
        moved = False
        for n in clash:
            if level[n] < len(candidates[n]) - 1:
                level[n] += 1
                moved = True
        if not moved:
            # Whatever still clashes is at its last candidate, the full name: unique.
            return {n: (n if n in clash else a) for n, a in chosen.items()}


def _candidates(name: str) -> list[str]:
    words = _WORD.findall(name) or [name]
    out: list[str] = []
    for k in range(1, max(len(w) for w in words) + 1):
        candidate = "".join(w[:k] for w in words)
        if (len(candidate) >= _MIN_ABBREVIATION or candidate == name) and candidate not in out:
            out.append(candidate)
    if name not in out:
        out.append(name)
    return out


def format_legend(legend: Mapping[str, str]) -> str:
    return "Actions: " + ", ".join(f"{a} = {full}" for a, full in legend.items())


def parse_legend(line: str) -> dict[str, str]:
    """The inverse of ``format_legend``."""
    body = line.removeprefix("Actions:").strip()
    return dict(tuple(part.split(" = ", 1)) for part in body.split(", ") if part)  # type: ignore[misc]


def order_traces(traces: Sequence[Trace], seed: int | None = None) -> list[Trace]:
    """Shortest first (ties by natural order of id), or a shuffle seeded by ``seed``."""
    ordered = sorted(traces, key=lambda t: (len(t.steps), _natural(t.header.trace), t.path))
    if seed is not None:
        random.Random(seed).shuffle(ordered)
    return ordered


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def _cell(text: str) -> str:
    # A tab or newline inside a value would break the table.
    return text.replace("\t", "\\t").replace("\n", "\\n")


def _state(step_state: Mapping, variables: Sequence[str]) -> list[str]:
    return [_cell(to_tla(step_state[v])) if v in step_state else "?" for v in variables]


def trace_rows(number: int, trace: Trace, variables: Sequence[str], short: Mapping[str, str]) -> list[str]:
    """TSV rows of one trace, shown as trace ``number``: its (init) row, then one per step."""
    rows: list[str] = []
    previous: Mapping | None = None
    for step in trace.steps:
        if previous is None or step.pre != previous:
            action = INIT if previous is None else JUMP
            rows.append("\t".join([str(number), NONE, NONE, action, NONE, *_state(step.pre, variables)]))
        rows.append(_row(number, step, variables, short))
        previous = step.post
    return rows


def _row(number: int, step: Step, variables: Sequence[str], short: Mapping[str, str]) -> str:
    params = "; ".join(f"{k}={to_tla(v)}" for k, v in step.params.items()) or NONE
    return "\t".join([str(number), str(step.seq), _cell(step.actor), short.get(step.action, step.action),
                      _cell(params), *_state(step.post, variables)])


def compact_traces(
    traces: Sequence[Trace],
    variables: Sequence[str],
    budget: int,
    count_tokens: TokenCounter,
    actions: Sequence[str] = (),
    seed: int | None = None,
) -> TraceTable:
    """Whole traces, in ``order_traces`` order, while the rendered table fits ``budget`` tokens.

    If not even the first trace fits, its first steps are shown with a line saying how many were
    left out (none at all if the budget is too small even for that). ``actions``: the contract's
    action names (all get a legend entry, in this order; actions found only in the traces
    follow). The table is measured as a whole, so a counter that is not additive (a BPE) is
    honoured.
    """
    ordered = order_traces(traces, seed)
    names = list(dict.fromkeys([*actions, *sorted({s.action for t in ordered for s in t.steps})]))
    short = abbreviate(names)
    layout = _Layout({short[n]: n for n in names}, "\t".join(["trace", "seq", "actor", "action", "params", *variables]))
    total_steps = sum(len(t.steps) for t in ordered)

    blocks: list[list[str]] = []
    steps = 0
    for i, trace in enumerate(ordered):
        candidate = blocks + [trace_rows(i + 1, trace, variables, short)]
        if count_tokens(layout.text(candidate, _omitted_note(ordered[i + 1:]))) > budget:
            break
        blocks, steps = candidate, steps + len(trace.steps)
    if not blocks and ordered:
        return _truncated(ordered, variables, short, layout, budget, count_tokens, total_steps)
    notes = _omitted_note(ordered[len(blocks):])
    shown = tuple(t.header.trace for t in ordered[:len(blocks)])
    return TraceTable(layout.text(blocks, notes), layout.tsv(blocks), layout.legend, shown, len(blocks),
                      len(ordered) - len(blocks), steps, total_steps - steps)


@dataclass(frozen=True)
class _Layout:
    legend: Mapping[str, str]
    header: str

    def tsv(self, blocks: list[list[str]]) -> str:
        return "\n".join([self.header, *(row for block in blocks for row in block)])

    def text(self, blocks: list[list[str]], notes: list[str]) -> str:
        return "\n".join([format_legend(self.legend), "", self.tsv(blocks), *notes])


def _omitted_note(rest: Sequence[Trace]) -> list[str]:
    if not rest:
        return []
    return [f"... {len(rest)} more trace(s), {sum(len(t.steps) for t in rest)} steps, omitted for length"]


def _truncated(
    ordered: Sequence[Trace], variables: Sequence[str], short: Mapping[str, str], layout: _Layout,
    budget: int, count_tokens: TokenCounter, total_steps: int,
) -> TraceTable:
    """The longest prefix of the first trace that fits, with the omission noted."""
    trace, rest = ordered[0], ordered[1:]
    rows = trace_rows(1, trace, variables, short)

    def shown(n_rows: int) -> tuple[list[list[str]], list[str], int]:
        kept = rows[:n_rows]
        n_steps = sum(1 for r in kept if r.split("\t")[3] not in (INIT, JUMP))
        notes = [f"... {len(trace.steps) - n_steps} more step(s) of trace 1 omitted", *_omitted_note(rest)]
        return ([kept] if kept else []), notes, n_steps

    low, high = 0, len(rows)  # binary search: the most rows whose rendering fits
    while low < high:
        mid = (low + high + 1) // 2
        blocks, notes, _ = shown(mid)
        if count_tokens(layout.text(blocks, notes)) <= budget:
            low = mid
        else:
            high = mid - 1
    blocks, notes, n_steps = shown(low)
    ids = (trace.header.trace,) if n_steps else ()
    return TraceTable(layout.text(blocks, notes), layout.tsv(blocks), layout.legend, ids, 0,
                      len(ordered) - len(ids), n_steps, total_steps - n_steps, ids[0] if ids else None)
