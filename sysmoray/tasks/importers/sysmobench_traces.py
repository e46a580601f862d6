"""SysMoBench's system traces (``data/sys_traces/<name>/*.ndjson``) as sysmoray traces.

A SysMoBench trace line is ``{"action", "data": {params}, "pre_state": {...},
"post_state": {...}}`` in the system's own variable and action names; there is no header and no
type information. Converting it fixes one reading of its JSON, recorded in the task's contract:
- an object whose keys are all TLA+ identifiers is a record, one whose keys are all decimal
  integers a function of those integers, any other object a function of its key strings;
- a list is a sequence; true/false, integers and strings are themselves;
- ``null`` (a variable that holds nothing) is the string ``"null"``: TLA+ has no null;
- a float has no TLA+ value: its line is left out, with a note.
The contract is the traces' own names: the variables of the first state, and each action with
the parameters (the ``data`` keys) of its first occurrence. A line that does not fit it (other
variables, other parameters, a name that is no TLA+ identifier, broken JSON) is left out and
counted in the notes; the windows of the other lines are kept.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sysmoray.tasks.model import name_problem
from sysmoray.tasks.trace import Step, TraceHeader, write_trace
from sysmoray.tasks.untrusted import UntrustedFileError, read_capped
from sysmoray.tasks.values import TLAValueError, function, record_of

NULL = "null"  # how a JSON null reads in TLA+ (documented in the imported contract)


@dataclass
class ConvertedTraces:
    """The traces of one system, converted, and the contract read from them."""

    variables: list[str] = field(default_factory=list)
    actions: dict[str, list[str]] = field(default_factory=dict)  # action -> its parameters, in order
    traces: list[tuple[str, str, list[Step]]] = field(default_factory=list)  # (trace id, file, steps)
    skipped: dict[str, int] = field(default_factory=dict)  # why -> lines left out
    notes: list[str] = field(default_factory=list)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


MAX_TRACE_BYTES = 256 * 1024 * 1024  # one trace file of a checkout
_INT_KEY = re.compile(r"-?[0-9]{1,10}")


def tla_json(value: Any) -> Any:
    """A SysMoBench JSON value in sysmoray's JSON form of TLA+ values (the rules above)."""
    if value is None:
        return NULL
    if isinstance(value, int) and not isinstance(value, bool) and not -2**31 <= value < 2**31:
        raise TLAValueError(f"{value} is outside TLC's integers (32 bits)")
    if isinstance(value, bool) or isinstance(value, (int, str)):
        return value
    if isinstance(value, list):
        return [tla_json(v) for v in value]
    if isinstance(value, dict):
        if value and all(name_problem(k) is None for k in value):
            return record_of({k: tla_json(v) for k, v in value.items()})
        if value and all(_is_int(k) for k in value):
            return function({int(k): tla_json(v) for k, v in value.items()})
        return function({k: tla_json(v) for k, v in value.items()})
    raise TLAValueError(f"{type(value).__name__} {value!r} has no TLA+ value")


def _is_int(key: str) -> bool:
    """A key that reads as an integer TLC can hold ("--1", "١" and 5,000 digits do not)."""
    return _INT_KEY.fullmatch(key) is not None and -2**31 <= int(key) < 2**31


def convert(files: list[Path], root: Path) -> ConvertedTraces:
    """Read every trace file of one system (``root``: the checkout, for the names in notes)."""
    out = ConvertedTraces()
    for path in files:
        steps = []
        try:
            lines = read_capped(path, MAX_TRACE_BYTES, root).decode("utf-8").splitlines()
        except (UntrustedFileError, UnicodeDecodeError) as exc:
            out.notes.append(f"trace {path.relative_to(root)} does not read ({exc}): left out")
            continue
        for text in lines:
            if not text.strip():
                continue
            step = _step(text, out, len(steps))
            if step is not None:
                steps.append(step)
        if steps:
            out.traces.append((path.stem, str(path.relative_to(root)), steps))
        else:
            out.notes.append(f"trace {path.relative_to(root)} has no step that converts: left out")
    if out.skipped:
        out.notes.append("trace lines left out: " + "; ".join(f"{n} ({why})" for why, n in sorted(out.skipped.items())))
    return out


def _step(text: str, out: ConvertedTraces, seq: int) -> Step | None:
    try:
        line = json.loads(text)
    except (ValueError, RecursionError):  # ValueError: also an integer past Python's digit limit
        out.skip("not valid JSON")
        return None
    if not isinstance(line, dict) or not isinstance(line.get("action"), str):
        out.skip("no action")
        return None
    action, data = line["action"], line.get("data") or {}
    pre, post = line.get("pre_state"), line.get("post_state")
    if not isinstance(data, dict) or not isinstance(pre, dict) or not isinstance(post, dict):
        out.skip("data, pre_state or post_state is not an object")
        return None
    names = [action, *data, *pre, *post]
    if any(name_problem(n) for n in names):
        out.skip("a name that is no TLA+ identifier")
        return None
    if not out.variables:
        out.variables = list(pre)
    if action in out.variables or any(p in out.variables for p in data):
        out.skip("an action or a parameter named like a variable")  # the contract could not hold it
        return None
    if set(pre) != set(out.variables) or set(post) != set(out.variables):
        out.skip("other variables than the first state's")
        return None
    params = out.actions.setdefault(action, list(data))
    if set(data) != set(params):
        out.skip(f"{action} with other parameters than its first occurrence")
        return None
    try:
        values = ({k: tla_json(data[k]) for k in params}, {k: tla_json(pre[k]) for k in out.variables},
                  {k: tla_json(post[k]) for k in out.variables})
    except TLAValueError:
        out.skip("a value with no TLA+ form (a float, an integer past 32 bits)")
        return None
    return Step(seq, "", action, *values)


def write_converted(converted: ConvertedTraces, task: str, target: Path, commit: str) -> int:
    """Write each converted trace as ``target/<id>.ndjson``; the header names the checkout's file."""
    target.mkdir(parents=True, exist_ok=True)
    for trace_id, original, steps in converted.traces:
        data = "\n".join(json.dumps(s.to_json(), sort_keys=True) for s in steps).encode()
        source = {"importer": "sysmobench", "file": original, "commit": commit,
                  "hash": "sha256:" + hashlib.sha256(data).hexdigest(), "version": f"SysMoBench {commit}"}
        header = TraceHeader(task=task, trace=trace_id, seed=0, python="-", source=source)
        write_trace(target / f"{trace_id}.ndjson", header, steps)
    return len(converted.traces)


def contract(converted: ConvertedTraces) -> dict[str, Any]:
    """The ``state:`` of the imported task.yaml: the traces' own names, with no domains."""
    about = "from SysMoBench's traces (null reads as the string \"null\")"
    return {
        "variables": [{"name": v, "description": about} for v in converted.variables],
        "actions": [{"name": a, "params": [{"name": p} for p in params],
                     "description": "an action of SysMoBench's traces"} for a, params in converted.actions.items()],
    }
