"""Traces: ndjson files of executed steps, in the task contract's terms (DESIGN §5).

Line 1 is a header: ``{"kind": "header", "format": 1, "task", "trace", "seed", "python",
"source": {"hash", "objects", "version"}}``. Every other line is one step:
``{"kind": "step", "seq", "actor", "action", "params", "pre", "post"}`` where ``pre``/``post``
map each contract variable to its value in the JSON form of ``sysmoray.tasks.values``.
Reading checks every line and names the file, line and field of the first problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import fsspec

from sysmoray.tasks.files import NotUTF8Error, read_utf8
from sysmoray.tasks.model import name_problem

FORMAT_VERSION = 1
# JSON levels of one value: real states take a dozen; rendering and TLC recurse once per level.
MAX_VALUE_DEPTH = 100


class TraceFormatError(ValueError):
    def __init__(self, path: str, line: int, field_name: str, message: str):
        super().__init__(f"{path}:{line}: field '{field_name}': {message}")
        self.path, self.line, self.field, self.reason = path, line, field_name, message


@dataclass(frozen=True)
class TraceHeader:
    task: str
    trace: str
    seed: int
    python: str
    source: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "header", "format": FORMAT_VERSION, "task": self.task, "trace": self.trace,
            "seed": self.seed, "python": self.python, "source": self.source, **self.extra,
        }


@dataclass(frozen=True)
class Step:
    seq: int
    actor: str
    action: str
    params: dict[str, Any]
    pre: dict[str, Any]
    post: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"kind": "step", "seq": self.seq, "actor": self.actor, "action": self.action,
                "params": self.params, "pre": self.pre, "post": self.post}


@dataclass(frozen=True)
class Trace:
    path: str
    header: TraceHeader
    steps: tuple[Step, ...]


def dumps(header: TraceHeader, steps: Iterable[Step]) -> str:
    lines = [json.dumps(header.to_json(), sort_keys=True)]
    lines += [json.dumps(s.to_json(), sort_keys=True) for s in steps]
    return "\n".join(lines) + "\n"


def write_trace(path: Path, header: TraceHeader, steps: Iterable[Step]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(header, steps), encoding="utf-8")


def parse_trace(text: str, path: str = "<trace>", variables: Iterable[str] | None = None) -> Trace:
    """Parse and check one trace. ``variables``: the contract's, which every state must give."""
    lines = text.splitlines()
    if not lines:
        raise TraceFormatError(path, 1, "kind", "empty trace file: expected a header line")
    header = _header(_json(lines[0], path, 1), path)
    expected = set(variables) if variables is not None else None
    steps: list[Step] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        obj = _json(line, path, number)
        steps.append(_step(obj, path, number, expected, steps[-1].seq if steps else None))
    return Trace(path, header, tuple(steps))


def read_trace(path: Path | str, variables: Iterable[str] | None = None, fs=None) -> Trace:
    try:
        text = read_utf8(fs or fsspec.filesystem("file"), str(path))
    except NotUTF8Error as exc:
        raise TraceFormatError(str(path), exc.line, "-", str(exc)) from None
    return parse_trace(text, str(path), variables)


def _json(line: str, path: str, number: int) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise TraceFormatError(path, number, "-", f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:  # the decoder recurses once per level
        raise TraceFormatError(path, number, "-", "not valid JSON: nested too deeply") from None
    except ValueError as exc:  # an integer past Python's digit limit for conversion
        raise TraceFormatError(path, number, "-", f"not readable JSON: {str(exc).split(':')[0]}") from None
    if not isinstance(obj, dict):
        raise TraceFormatError(path, number, "-", "a line must be a JSON object")
    return obj


def _need(obj: dict, key: str, kind: type | tuple, path: str, number: int) -> Any:
    if key not in obj:
        raise TraceFormatError(path, number, key, "missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise TraceFormatError(path, number, key, f"expected {names}, got {type(value).__name__}")
    return value


def _header(obj: dict, path: str) -> TraceHeader:
    if obj.get("kind") != "header":
        raise TraceFormatError(path, 1, "kind", "the first line must be the header ({\"kind\": \"header\", ...})")
    if obj.get("format") != FORMAT_VERSION:
        raise TraceFormatError(path, 1, "format", f"unsupported trace format {obj.get('format')!r} (expected {FORMAT_VERSION})")
    known = {"kind", "format", "task", "trace", "seed", "python", "source"}
    return TraceHeader(
        task=_need(obj, "task", str, path, 1),
        trace=_need(obj, "trace", str, path, 1),
        seed=_need(obj, "seed", int, path, 1),
        python=_need(obj, "python", str, path, 1),
        source=_need(obj, "source", dict, path, 1),
        extra={k: v for k, v in obj.items() if k not in known},
    )


def _step(obj: dict, path: str, number: int, variables: set[str] | None, previous: int | None) -> Step:
    if obj.get("kind") != "step":
        raise TraceFormatError(path, number, "kind", f"expected 'step', got {obj.get('kind')!r}")
    seq = _need(obj, "seq", int, path, number)
    if previous is not None and seq != previous + 1:
        raise TraceFormatError(path, number, "seq", f"expected {previous + 1}, got {seq}")
    step = Step(
        seq=seq,
        actor=_need(obj, "actor", str, path, number),
        action=_need(obj, "action", str, path, number),
        params=_need(obj, "params", dict, path, number),
        pre=_need(obj, "pre", dict, path, number),
        post=_need(obj, "post", dict, path, number),
    )
    _check_name(step.action, path, number, "action")
    for part in ("params", "pre", "post"):
        for name, value in getattr(step, part).items():
            _check_name(name, path, number, part)
            problem = _value_problem(value)
            if problem:
                raise TraceFormatError(path, number, f"{part}.{name}", problem)
    if variables is not None:
        for part in ("pre", "post"):
            state = set(getattr(step, part))
            if state != variables:
                missing, extra = sorted(variables - state), sorted(state - variables)
                raise TraceFormatError(path, number, part, f"state must give exactly the contract's variables (missing {missing}, unknown {extra})")
    return step


def _check_name(name: str, path: str, number: int, field_name: str) -> None:
    """Action, parameter and variable names go into wrapper modules as they are."""
    problem = name_problem(name)
    if problem:
        raise TraceFormatError(path, number, field_name, problem)


def _value_problem(value: Any) -> str | None:
    """Why a value is not a TLA+ value in JSON form (``tasks.values``), or cannot be rendered
    safely: too deep, or a record field (written into TLA+ as it is, unlike strings) that is not
    a TLA+ name. One walk, rendering nothing (traces hold tens of thousands of values: rendering
    each to check it took most of cutting a task's windows). Iterative: depth is the problem."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_VALUE_DEPTH:
            return f"nested deeper than {MAX_VALUE_DEPTH} levels"
        if isinstance(item, (bool, int, str)):
            continue
        # Levels count as the JSON nests: a set's elements are two below it (tag, list), a
        # function's keys and values three (tag, list, pair).
        children: list[Any] | None = None
        if isinstance(item, list):
            children, below = item, 1
        elif isinstance(item, dict) and len(item) == 1:
            (tag, body), = item.items()
            if tag == "set" and isinstance(body, list):
                children, below = body, 2
            elif tag == "fn" and isinstance(body, list) and all(isinstance(kv, list) and len(kv) == 2 for kv in body):
                children, below = [x for kv in body for x in kv], 3
            elif tag == "rec" and isinstance(body, dict):
                for name in body:
                    problem = name_problem(name)
                    if problem:
                        return f"record field {problem}"
                children, below = list(body.values()), 2
        if children is None:
            return f"not a TLA+ value in JSON form: {item!r:.200}"
        stack.extend((child, depth + below) for child in reversed(children))  # leftmost first
    return None
