"""PGo's trace logs (SysMoBench's dqueue, locksvc and raftkvs) as sysmoray traces.

PGo compiles Modular PlusCal into Go; a system built that way logs, per process, one JSON line
per critical section (one step of a PlusCal label) into ``trace-<self>-<n>.log``; one folder of
such files is one run (SysMoBench keeps them in ``tla_eval/core/trace_generation/<system>/
traces_found/<run>/``). A line is ``{"archetypeName", "self", "clock", "csElements", "isAbort",
"startTime", "endTime"}``:
- ``self``: the process, a TLA+ value written as text (``"0"``);
- ``clock``: a vector clock, ``[[[archetype, self], n], ...]``: the line is its process's n-th,
  and comes after the first n' lines of every other process it names;
- ``csElements``: what the step read and wrote, in order, each ``{"tag": "read"|"write", "name":
  {"prefix", "name", "self"}, "indices": [...], "value"[, "oldValue"]}``, values as TLA+ text
  (``(("from") :> (5) @@ ("type") :> (1))``, ``<<1, 2>>``, ``defaultInitValue``...). The first
  element reads ``.pc``, the label the step runs (``"AServer.serverLoop"``); a write of ``.pc``
  names the next label;
- ``isAbort``: the step was undone (it waited, say, on an empty channel).

The logs say what each process read and wrote, not the system's state, and not which variable is
a local, a shared function or a channel (that is in the MPCal source). The conversion rebuilds a
state that the logs alone determine, and says how each variable was read:
- a run's lines are put in one order the clocks allow (ties: the earlier end first); a channel's
  writes go in the order its reads took them (``_channel_edges``);
- the action is the label, with the parameter ``self``; the state has ``pc`` (process -> label)
  and one variable per archetype variable: written without indices, a function of the process
  (``requester[self]``, over every process of the archetypes that use it); with one index, a
  function of the index (``net[2]``, over the indices the run accesses); a name used both ways
  keeps the indexed one, the other becomes ``<Archetype>_<name>``; more indices: left out;
- each variable is read as the first of these that every run of the system bears out:
  ``channel`` (a FIFO queue per index: writes append, reads take the head; the state holds the
  messages in flight; only for a variable that is read and whose writes carry no old value),
  ``register`` (a read returns what is there: a memory) or ``observed`` (neither, an input from
  outside the logs, such as a clock or a user's request: the value last read or written);
- a value before any access that shows it, and PGo's own ``defaultInitValue``, is the string
  ``"defaultInitValue"``; TLA+ text reads as ``sysmobench_traces`` reads JSON (a function whose
  keys are all identifier strings is a record; the empty function is ``<<>>``, the same value).
An aborted step changes nothing and is no window. A line that does not read leaves the rest of
its process out, and every line that waits (by its clock) on a line left out; all are counted.
"""

from __future__ import annotations

import json
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from sysmoray.tasks.importers.pgo_values import PGoLineError, canon, fn_form, parse_value
from sysmoray.tasks.importers.sysmobench_traces import ConvertedTraces
from sysmoray.tasks.model import name_problem
from sysmoray.tasks.trace import Step
from sysmoray.tasks.untrusted import UntrustedFileError, inside, read_capped

LOG_GLOB = "trace-*.log"
TRACES_FOUND = Path("tla_eval/core/trace_generation")  # + <system>/traces_found: SysMoBench's PGo runs
MAX_LOG_BYTES = 64 * 1024 * 1024  # one process's log (raftkvs's largest: 1.6 MB)
UNSET = "defaultInitValue"  # PGo's name for a variable with no value yet
PC = "pc"
REGISTER, CHANNEL, OBSERVED = "register", "channel", "observed"
KIND_TEXT = {
    REGISTER: "a register (a memory: a read returns the value last written)",
    CHANNEL: "a channel (FIFO: the messages written and not yet read, oldest first)",
    OBSERVED: "observed (the value last read or written: its reads follow neither a memory nor a channel, so it "
              "is an input from outside the logs)",
}


# --- one log line ------------------------------------------------------------------------------

_NO_OLD = object()  # a write that gives no old value (PGo gives it for locals, not for resources)


@dataclass(frozen=True)
class Access:
    """One read or write of an archetype variable inside a step."""

    tag: str  # "read" | "write"
    name: str  # ".pc" for the program counter
    indices: tuple[Any, ...]
    value: Any
    old: Any = _NO_OLD


@dataclass(frozen=True)
class Event:
    """One critical section of one process: a step, or an aborted try."""

    archetype: str
    self_value: Any
    self_key: str  # canon(self_value): the process
    index: int  # its own clock entry: the process's n-th line
    clock: dict[str, int]  # process -> lines of it that come first (itself included)
    label: str
    accesses: tuple[Access, ...]
    aborted: bool
    end: tuple[float, int]  # when its writes took effect: orders lines the clocks leave unordered


_TIME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$")


def _time(text: Any) -> tuple[float, int]:
    found = _TIME.match(text) if isinstance(text, str) else None
    if not found:
        return (float("inf"), 0)  # only orders ties: a line without a time goes after timed ones
    base, fraction, zone = found.groups()
    try:
        seconds = datetime.fromisoformat(base + ("+00:00" if zone == "Z" else zone)).timestamp()
    except (ValueError, OverflowError, OSError):  # a 13th month, a year before the epoch's range
        return (float("inf"), 0)
    return (seconds, int((fraction or "0").ljust(9, "0")))


def read_event(text: str) -> Event:
    """One log line; PGoLineError saying why it does not read."""
    try:
        line = json.loads(text)
    except (ValueError, RecursionError):
        raise PGoLineError("not valid JSON") from None
    if not isinstance(line, dict):
        raise PGoLineError("not a JSON object")
    archetype, self_text, elements = line.get("archetypeName"), line.get("self"), line.get("csElements")
    if not isinstance(archetype, str) or not isinstance(self_text, str) or not isinstance(elements, list):
        raise PGoLineError("no archetypeName, self or csElements")
    self_value = parse_value(self_text)
    self_key = canon(self_value)
    clock = _clock(line.get("clock"))
    if self_key not in clock:
        raise PGoLineError("its clock lacks its own process")
    accesses = tuple(_access(e) for e in elements)
    if not accesses or accesses[0].name != ".pc" or accesses[0].tag != "read" or not isinstance(accesses[0].value, str):
        raise PGoLineError("it does not start by reading .pc")
    label = accesses[0].value.rsplit(".", 1)[-1]
    aborted = line.get("isAbort", False)
    if not isinstance(aborted, bool):
        raise PGoLineError("isAbort is not true or false")
    return Event(archetype, self_value, self_key, clock[self_key], clock, label, accesses[1:], aborted,
                 _time(line.get("endTime")))


def _clock(value: Any) -> dict[str, int]:
    clock: dict[str, int] = {}
    for entry in value if isinstance(value, list) else [None]:
        ok = isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], list) and len(entry[0]) == 2 \
            and isinstance(entry[0][1], str) and isinstance(entry[1], int) and not isinstance(entry[1], bool) \
            and entry[1] >= 1
        if not ok:
            raise PGoLineError("a clock that is not [[[archetype, self], n], ...]")
        clock[canon(parse_value(entry[0][1]))] = entry[1]
    return clock


def _access(element: Any) -> Access:
    if not isinstance(element, dict):
        raise PGoLineError("a csElement that is not an object")
    tag, name, indices = element.get("tag"), element.get("name"), element.get("indices", [])
    if tag not in ("read", "write"):  # PGo's checker also knows abridged/disordered/crash elements
        raise PGoLineError("a csElement other than a read or a write")
    if not isinstance(name, dict) or not isinstance(name.get("name"), str) or not isinstance(indices, list) \
            or not all(isinstance(i, str) for i in indices) or not isinstance(element.get("value"), str):
        raise PGoLineError("a csElement without name, indices or value")
    value = parse_value(element["value"])
    if name["name"] == ".pc" and tag == "write" and not isinstance(value, str):
        raise PGoLineError("a .pc write that is not a label")
    old = element.get("oldValue")
    return Access(tag, name["name"], tuple(parse_value(i) for i in indices), value,
                  parse_value(old) if isinstance(old, str) else _NO_OLD)


# --- runs: finding them, reading them, ordering their lines ------------------------------------

def find_runs(root: Path, system: str, traces_folder: str) -> list[Path]:
    """The folders holding PGo logs of ``system``: the checkout's traces folder, and SysMoBench's
    ``traces_found/``; each folder (or subfolder) with ``trace-*.log`` files is one run."""
    runs: list[Path] = []
    for base in (root / traces_folder, root / TRACES_FOUND / system / "traces_found"):
        try:
            if not base.is_dir() or not inside(base, root):
                continue
            for folder in [base, *sorted(p for p in base.iterdir() if p.is_dir())]:
                if inside(folder, root) and folder not in runs and any(folder.glob(LOG_GLOB)):
                    runs.append(folder)
        except OSError:  # a folder the user cannot list holds no run we could read
            continue
    return runs


@dataclass
class ConvertedLogs(ConvertedTraces):
    """PGo runs converted; ``kinds``: how each variable was read (``KIND_TEXT``)."""

    kinds: dict[str, str] = field(default_factory=dict)
    indexed: dict[str, bool] = field(default_factory=dict)  # a function of an index, else of the process


def _read_processes(folder: Path, root: Path, out: ConvertedLogs) -> dict[str, list[Event]]:
    """Each process's lines in its own order; a line that does not read ends its process there."""
    processes: dict[str, list[Event]] = {}
    cut: set[str] = set()
    try:
        paths = sorted(folder.glob(LOG_GLOB))
    except OSError as exc:
        out.notes.append(f"PGo run {folder.relative_to(root)} does not list ({exc.strerror or exc}): left out")
        paths = []
    for path in paths:
        try:
            lines = read_capped(path, MAX_LOG_BYTES, root).decode("utf-8").splitlines()
        except (UntrustedFileError, UnicodeDecodeError) as exc:
            out.notes.append(f"log {path.relative_to(root)} does not read ({exc}): left out")
            continue
        broken = False
        for text in lines:
            if not text.strip():
                continue
            if broken:
                out.skip("after a line of its process that does not convert")
                continue
            try:
                event = read_event(text)
            except PGoLineError as exc:
                out.skip(str(exc))
                broken = True
                continue
            own = processes.setdefault(event.self_key, [])
            if event.self_key in cut:
                out.skip("after a line of its process that does not convert")
            elif event.index != len(own) + 1:
                out.skip("its own clock entry is not its process's next")
                cut.add(event.self_key)
            elif own and own[0].archetype != event.archetype:
                out.skip("two archetypes share one self")
                cut.add(event.self_key)
            else:
                own.append(event)
    return processes


def _pc_checked(events: list[Event], out: ConvertedLogs) -> list[Event]:
    """A process's lines up to one whose label is not where its last step went."""
    at = events[0].label if events else None
    for n, event in enumerate(events):
        if event.label != at:
            out.skip("its .pc read is not the label its process was at")
            for _ in events[n + 1:]:
                out.skip("after a line of its process that does not convert")
            return events[:n]
        if not event.aborted:
            for a in event.accesses:
                if a.name == ".pc" and a.tag == "write":
                    at = a.value.rsplit(".", 1)[-1]
    return events


Edge = tuple[tuple[str, int], tuple[str, int]]  # (line, line that must come after it): (process, n)


def merge(processes: dict[str, list[Event]], edges: list[Edge] = ()) -> tuple[list[Event], int]:
    """All lines in one order the clocks (and ``edges``) allow, and how many lines never could go:
    a line comes after the lines its clock names; among lines free to go, the earlier end (when
    its writes took effect), then the process, goes first."""
    after: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for first, then in edges:
        after.setdefault(then, []).append(first)
    done = {p: 0 for p in processes}
    order: list[Event] = []
    while True:
        ready = [e for p, events in processes.items() if done[p] < len(events)
                 for e in [events[done[p]]]
                 if all(done.get(q, 0) >= n for q, n in e.clock.items() if q != p)
                 and all(done.get(q, 0) >= n for q, n in after.get((p, e.index), ()))]
        if not ready:
            return order, sum(len(events) - done[p] for p, events in processes.items())
        event = min(ready, key=lambda e: (e.end, e.self_key))
        order.append(event)
        done[event.self_key] += 1


# --- variables: their names, and how the logs bear them out ------------------------------------

def _names(runs: list[list[Event]], out: ConvertedLogs) -> dict[tuple[str, str, int], str]:
    """(archetype, name, number of indices) -> the state variable it is (absent: left out)."""
    arities: dict[str, set[int]] = {}
    for events in runs:
        for e in events:
            for a in e.accesses:
                if a.name != ".pc":
                    arities.setdefault(a.name, set()).add(len(a.indices))
    names: dict[tuple[str, str, int], str] = {}
    left_out: dict[str, str] = {}
    for events in runs:
        for e in events:
            for a in e.accesses:
                key = (e.archetype, a.name, len(a.indices))
                if a.name == ".pc" or key in names:
                    continue
                clash = a.name == PC or (not a.indices and {0, 1} <= arities[a.name])
                var = f"{e.archetype}_{a.name}" if clash else a.name
                problem = name_problem(var)
                if len(a.indices) > 1:
                    left_out[a.name] = f"accessed with {len(a.indices)} indices"
                elif problem:
                    left_out[a.name] = problem
                else:
                    names[key] = var
    for name, why in sorted(left_out.items()):
        out.notes.append(f"variable {name} left out of the state: {why}")
    return names


def _cell(event: Event, access: Access) -> str:
    return canon(access.indices[0]) if access.indices else event.self_key


def _accesses(events: list[Event], names: dict) -> Iterable[tuple[Event, Access, str]]:
    """(line, access, variable) of the steps that took effect, in order."""
    for e in events:
        if not e.aborted:
            for a in e.accesses:
                var = names.get((e.archetype, a.name, len(a.indices)))
                if var is not None:
                    yield e, a, var


def _channel_edges(order: list[Event], var: str, names: dict) -> list[Edge] | None:
    """The order a FIFO reading of ``var`` needs, or None if it has none. Each read takes the
    oldest unread write of some writer that the read's clock covers (a message carries its
    sender's clock) with the value read; the writes then go in the order they were read (senders'
    messages reach a mailbox in any order the clocks allow), and unread ones after them."""
    at = {(e.self_key, e.index): n for n, e in enumerate(order)}
    writes: dict[str, dict[str, deque]] = {}
    reads: dict[str, list[tuple[Event, str]]] = {}
    for e, a, v in _accesses(order, names):
        if v == var:
            cell = _cell(e, a)
            if a.tag == "write":
                writes.setdefault(cell, {}).setdefault(e.self_key, deque()).append((e, canon(a.value)))
            else:
                reads.setdefault(cell, []).append((e, canon(a.value)))
    edges: list[Edge] = []
    for cell, taken in reads.items():
        pending, matched = writes.get(cell, {}), []
        for r, value in taken:
            heads = [q[0][0] for w, q in pending.items() if q and q[0][1] == value and r.clock.get(w, 0) >= q[0][0].index]
            if not heads:
                return None
            w = min(heads, key=lambda e: at[(e.self_key, e.index)])
            pending[w.self_key].popleft()
            matched.append(w)
        unread = [e for q in pending.values() for e, _ in q]
        chain = [(a, b) for a, b in zip(matched, matched[1:]) if a is not b]
        chain += [(matched[-1], u) for u in unread if u is not matched[-1]] if matched else []
        chain += [(a, b) for (a, _), (b, _) in zip(taken, taken[1:]) if a is not b]
        edges += [((a.self_key, a.index), (b.self_key, b.index)) for a, b in chain]
    return edges


def _channels(runs: list[dict[str, list[Event]]], orders: list[list[Event]], names: dict) -> tuple[set[str], list[list[Event]]]:
    """The variables read as channels, and each run's order with the channels' edges. Candidates
    are read, and written with no old value (PGo logs one for the state a process holds itself,
    never for a channel's mailbox); one whose edges some run cannot keep is not a channel."""
    with_old = {v for events in orders for _, a, v in _accesses(events, names) if a.tag == "write" and a.old is not _NO_OLD}
    read = {v for events in orders for _, a, v in _accesses(events, names) if a.tag == "read"}
    edges = {(n, v): _channel_edges(order, v, names) for n, order in enumerate(orders) for v in sorted(read - with_old)}
    channels = {v for v in read - with_old if all(edges[(n, v)] is not None for n in range(len(orders)))}
    while True:
        failed, merged = set(), []
        for n, processes in enumerate(runs):
            kept: list[Edge] = []
            for v in sorted(channels):
                if edges[(n, v)] and merge(processes, kept + edges[(n, v)])[1]:
                    failed.add(v)
                elif edges[(n, v)]:
                    kept += edges[(n, v)]
            merged.append(merge(processes, kept)[0])
        if not failed:
            return channels, merged
        channels -= failed


def _kinds(orders: list[list[Event]], names: dict, channels: set[str]) -> dict[str, str]:
    """Each variable's reading: a channel (``_channels``) that every run bears out, else a
    register if every run bears that out, else observed."""
    register_ok: dict[str, bool] = {}
    channel_ok: dict[str, bool] = {}
    for events in orders:
        memory: dict[tuple[str, str], str] = {}
        queues: dict[tuple[str, str], deque] = {}
        for e, a, var in _accesses(events, names):
            cell, value = (var, _cell(e, a)), canon(a.value)
            register_ok.setdefault(var, True)
            channel_ok.setdefault(var, var in channels)
            queue = queues.setdefault(cell, deque())
            if a.tag == "read":
                if memory.setdefault(cell, value) != value:
                    register_ok[var] = False
                if not queue or queue.popleft() != value:
                    channel_ok[var] = False
            else:
                if a.old is not _NO_OLD and memory.setdefault(cell, canon(a.old)) != canon(a.old):
                    register_ok[var] = False
                memory[cell] = value
                queue.append(value)
    return {v: CHANNEL if channel_ok[v] else REGISTER if register_ok[v] else OBSERVED for v in sorted(register_ok)}


# --- states and steps ----------------------------------------------------------------------------

class _State:
    """The rebuilt state of one run; each variable's form is rendered again only when it changes."""

    def __init__(self, events: list[Event], names: dict, kinds: dict[str, str]):
        self.names, self.kinds = names, kinds
        self.keys: dict[tuple[str, str], Any] = {}  # (variable, cell) -> the cell's key form
        self.cells: dict[str, dict[str, Any]] = {v: {} for v in kinds}
        self.pc: dict[str, str] = {}
        for e in events:
            self.pc.setdefault(e.self_key, e.label)
            self.keys[(PC, e.self_key)] = e.self_value
            if e.aborted:
                continue
            for a in e.accesses:
                var = names.get((e.archetype, a.name, len(a.indices)))
                if var is None:
                    continue
                cell = _cell(e, a)
                self.keys[(var, cell)] = a.indices[0] if a.indices else e.self_value
                if cell not in self.cells[var]:  # its value before the run, where this access shows it
                    kind = kinds[var]
                    first = a.value if a.tag == "read" else a.old
                    self.cells[var][cell] = [] if kind == CHANNEL else \
                        first if kind == REGISTER and first is not _NO_OLD else UNSET
        # A process's variable is there from the start, even in a run where the process never used it.
        per_process: dict[str, list[str]] = {}
        for (archetype, _, arity), var in names.items():
            if not arity and var in kinds:  # (a variable only aborted steps touched is in no state)
                per_process.setdefault(archetype, []).append(var)
        for e in events:
            for var in per_process.get(e.archetype, ()):
                if e.self_key not in self.cells[var]:
                    self.cells[var][e.self_key] = [] if kinds[var] == CHANNEL else UNSET
                    self.keys[(var, e.self_key)] = e.self_value
        self.forms: dict[str, Any] = {}
        for var in [PC, *kinds]:
            self._render(var)

    def _render(self, var: str) -> None:
        cells = self.pc if var == PC else self.cells[var]
        self.forms[var] = fn_form((self.keys[(var, c)], v) for c, v in cells.items())

    def apply(self, event: Event) -> None:
        changed = set()
        for a in event.accesses:
            if a.name == ".pc":
                if a.tag == "write":
                    self.pc[event.self_key] = a.value.rsplit(".", 1)[-1]
                    changed.add(PC)
                continue
            var = self.names.get((event.archetype, a.name, len(a.indices)))
            if var is None:
                continue
            cells, cell, kind = self.cells[var], _cell(event, a), self.kinds[var]
            if kind == CHANNEL:
                cells[cell] = cells[cell] + [a.value] if a.tag == "write" else cells[cell][1:]
            elif a.tag == "write" or kind == OBSERVED:
                cells[cell] = a.value
            changed.add(var)
        for var in changed:
            self._render(var)


def _steps(events: list[Event], names: dict, kinds: dict[str, str], out: ConvertedLogs) -> list[Step]:
    state = _State(events, names, kinds)
    steps: list[Step] = []
    variables = {PC, *kinds}
    for e in events:
        if e.aborted:
            out.skip("an aborted step (PGo undid it: no state change, no window)")
            continue
        pre = dict(state.forms)
        state.apply(e)
        problem = name_problem(e.label)
        if problem:
            out.skip("a label that is no TLA+ name")
        elif e.label in variables or e.label == "self":
            out.skip("a label named like a variable")
        else:
            out.actions.setdefault(e.label, ["self"])
            steps.append(Step(len(steps), f"{e.archetype}({e.self_value})", e.label, {"self": e.self_value}, pre,
                              dict(state.forms)))
    return steps


def convert(folders: list[Path], root: Path) -> ConvertedLogs:
    """Every run of one system (``root``: the checkout, for the names in notes)."""
    out = ConvertedLogs()
    runs: list[dict[str, list[Event]]] = []  # each run's processes, the lines its clocks can place
    orders: list[list[Event]] = []
    for folder in folders:
        processes = {p: _pc_checked(events, out) for p, events in _read_processes(folder, root, out).items()}
        order, left = merge(processes)
        for _ in range(left):
            out.skip("waits (by its clock) on a line that is not in the logs or does not convert")
        placed = Counter(e.self_key for e in order)
        runs.append({p: events[:placed[p]] for p, events in processes.items()})
        orders.append(order)
    names = _names(orders, out)
    channels, orders = _channels(runs, orders, names)
    out.kinds = _kinds(orders, names, channels)
    out.variables = [PC, *out.kinds]
    out.indexed = {var: arity == 1 for (_, _, arity), var in names.items()}
    ids: set[str] = set()
    for folder, events in zip(folders, orders):
        steps = _steps(events, names, out.kinds, out)
        where = str(folder.relative_to(root))
        if not steps:
            out.notes.append(f"PGo run {where} has no step that converts: left out")
            continue
        trace_id = re.sub(r"[^A-Za-z0-9_.-]", "_", folder.name)
        while trace_id in ids:
            trace_id += "_"
        ids.add(trace_id)
        out.traces.append((trace_id, where, steps))
    by_kind = {k: [v for v, kind in out.kinds.items() if kind == k] for k in KIND_TEXT}
    if out.traces:
        out.notes.append("PGo variables read as " + "; ".join(f"{k}: {', '.join(vs)}" for k, vs in by_kind.items() if vs))
    if out.skipped:
        out.notes.append("PGo log lines left out: " + "; ".join(f"{n} ({why})" for why, n in sorted(out.skipped.items())))
    return out


def contract(converted: ConvertedLogs) -> dict[str, Any]:
    """The ``state:`` of the imported task.yaml: the logs' names, each with how it was read."""
    variables = [{"name": PC, "description": "each process (self) -> the PlusCal label it runs next"}]
    for var, kind in converted.kinds.items():
        over = "its index (the indices the run's logs access)" if converted.indexed.get(var) else \
            "the process (self; the processes of the archetypes that use it)"
        variables.append({"name": var, "description": f"a function of {over}, read from PGo's logs as {KIND_TEXT[kind]}; "
                          f"\"{UNSET}\" where no access shows a value"})
    return {
        "variables": variables,
        "actions": [{"name": a, "params": [{"name": "self"}],
                     "description": "one step of this PlusCal label by process self (PGo's logs)"}
                    for a in converted.actions],
    }
