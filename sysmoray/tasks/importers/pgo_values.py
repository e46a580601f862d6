"""TLA+ values as PGo writes them in its trace logs (Go's ``tla.Value.String``), read into
sysmoray's JSON form of TLA+ values by the rules ``sysmobench_traces`` reads JSON with: a function
whose keys are all identifier strings is a record, the empty function is the empty sequence, a
model value (``defaultInitValue``) is its name, integers past 32 bits do not read."""

from __future__ import annotations

import functools
import json
import re
from typing import Any, Iterable

from sysmoray.tasks.importers.sysmobench_traces import tla_json
from sysmoray.tasks.model import name_problem
from sysmoray.tasks.trace import MAX_VALUE_DEPTH
from sysmoray.tasks.values import TLAValueError, record_of


class PGoLineError(ValueError):
    """A log line, or a value in it, that does not read (the message says why, briefly)."""


_TOKEN = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|(-?[0-9]+)|([A-Za-z_][A-Za-z0-9_]*)|(<<|>>|:>|@@|\|->|\\in|[(){}\[\],]))')
_GO_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\", '"': '"', "'": "'"}


def canon(form: Any) -> str:
    """One text per value (the key to compare values by: in Python ``True == 1``)."""
    return json.dumps(form, sort_keys=True)


def fn_form(pairs: Iterable[tuple[Any, Any]]) -> Any:
    """A function from (key, value) forms, read by the JSON rule: identifier strings make a record,
    no pair the empty sequence (``[x \\in {} |-> x]`` and ``<<>>`` are one TLA+ value)."""
    pairs = sorted(pairs, key=lambda kv: canon(kv[0]))
    if not pairs:
        return []
    if all(isinstance(k, str) and name_problem(k) is None for k, _ in pairs):
        return record_of(dict(pairs))
    return {"fn": [[k, v] for k, v in pairs]}


@functools.lru_cache(maxsize=65536)  # logs repeat a few values on every line; forms are never changed in place
def parse_value(text: str) -> Any:
    """PGo's text of a TLA+ value (Go's ``tla.Value.String``) as sysmoray's JSON form."""
    tokens = _tokens(text)
    value, end = _value(tokens, 0, 1)
    if end != len(tokens):
        raise PGoLineError("a value with text after its end")
    return value


def _tokens(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text):
        found = _TOKEN.match(text, at)
        if not found:
            if text[at:].strip():
                raise PGoLineError("a value that is not TLA+ text as PGo writes it")
            break
        tokens.append(found.group(found.lastindex))
        at = found.end()
    return tokens


def _value(tokens: list[str], at: int, depth: int) -> tuple[Any, int]:
    """A value: a primary, or a function ``(k) :> (v) @@ (k) :> (v) ...`` of primaries."""
    first, at = _primary(tokens, at, depth)
    if at >= len(tokens) or tokens[at] != ":>":
        return first, at
    pairs = []
    while True:
        value, at = _primary(tokens, at + 1, depth + 1)
        pairs.append((first, value))
        if at >= len(tokens) or tokens[at] != "@@":
            break
        first, at = _primary(tokens, at + 1, depth + 1)
        if at >= len(tokens) or tokens[at] != ":>":
            raise PGoLineError("a function pair lacks :>")
    if len({canon(k) for k, _ in pairs}) != len(pairs):
        raise PGoLineError("a function names one key twice")
    return fn_form(pairs), at


def _primary(tokens: list[str], at: int, depth: int) -> tuple[Any, int]:
    if depth > MAX_VALUE_DEPTH:
        raise PGoLineError(f"a value nested deeper than {MAX_VALUE_DEPTH} levels")
    if at >= len(tokens):
        raise PGoLineError("a value ends too early")
    token = tokens[at]
    if token == "(":
        value, at = _value(tokens, at + 1, depth + 1)
        return value, _expect(tokens, at, ")")
    if token in ("<<", "{"):
        close = ">>" if token == "<<" else "}"
        items, at = [], at + 1
        while at < len(tokens) and tokens[at] != close:
            item, at = _value(tokens, at, depth + 1)
            items.append(item)
            if at < len(tokens) and tokens[at] == ",":
                at += 1
            elif at < len(tokens) and tokens[at] != close:
                raise PGoLineError(f"a {token}...{close} value whose items are not comma-separated")
        at = _expect(tokens, at, close)
        if close == ">>":
            return items, at
        unique = {canon(i): i for i in items}
        return {"set": [unique[k] for k in sorted(unique)]}, at
    if token == "[":  # PGo writes only the empty function this way: [x \in {} |-> x]
        shape = tokens[at + 1:at + 8]
        if len(shape) == 7 and shape[1:5] == ["\\in", "{", "}", "|->"] and shape[5] == shape[0] and shape[6] == "]":
            return [], at + 8
        raise PGoLineError("a [...] value other than the empty function")
    if token.startswith('"'):
        return _go_string(token[1:-1]), at + 1
    if token[0] == "-" or token.isdigit():
        try:
            return tla_json(int(token)), at + 1
        except (TLAValueError, ValueError):  # ValueError: past Python's digit limit
            raise PGoLineError("an integer TLC cannot hold (32 bits)") from None
    if token in ("TRUE", "FALSE"):
        return token == "TRUE", at + 1
    if token[0].isalpha() or token[0] == "_":  # a model value (defaultInitValue): its name
        return token, at + 1
    raise PGoLineError("a value that is not TLA+ text as PGo writes it")


def _expect(tokens: list[str], at: int, token: str) -> int:
    if at >= len(tokens) or tokens[at] != token:
        raise PGoLineError(f"a value lacks its closing {token}")
    return at + 1


def _go_string(body: str) -> str:
    """The text of a string as Go's ``strconv.Quote`` escapes it."""
    if "\\" not in body:
        return body
    out, at = [], 0
    while at < len(body):
        c = body[at]
        if c != "\\":
            out.append(c)
            at += 1
            continue
        e = body[at + 1:at + 2]
        if e in _GO_ESCAPES:
            out.append(_GO_ESCAPES[e])
            at += 2
            continue
        width = {"x": 2, "u": 4, "U": 8}.get(e)
        digits = body[at + 2:at + 2 + width] if width else body[at + 1:at + 4]
        try:
            out.append(chr(int(digits, 16 if width else 8)))
        except ValueError:
            raise PGoLineError("a string with an escape Go does not write") from None
        at += 2 + width if width else 4
    return "".join(out)
