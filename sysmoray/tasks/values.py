"""One JSON form for TLA+ values in traces, and one renderer from it to TLA+ literals.

JSON has no sets or functions, so they are tagged: ``{"set": [...]}``, ``{"fn": [[k, v], ...]}``,
``{"rec": {"field": v}}``. Lists are TLA+ sequences (tuples); strings, integers and booleans are
themselves. Sets and functions are kept in a canonical order so equal values encode equally.
"""

from __future__ import annotations

import json
from typing import Any


class TLAValueError(ValueError):
    """A JSON value that has no TLA+ meaning (a float, null, an unknown tag)."""


def encode(value: Any) -> Any:
    """Python value -> JSON form. frozenset/set -> set, dict -> fn, tuple/list -> sequence."""
    if isinstance(value, bool) or isinstance(value, (int, str)):
        return value
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((encode(v) for v in value), key=_order)}
    if isinstance(value, dict):
        return {"fn": sorted(([encode(k), encode(v)] for k, v in value.items()), key=lambda kv: _order(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    raise TLAValueError(f"no TLA+ form for {type(value).__name__}: {value!r}")


def record(**fields: Any) -> dict:
    return {"rec": {name: encode(v) for name, v in sorted(fields.items())}}


def record_of(fields: dict[str, Any]) -> dict:
    """A record whose field values are already in JSON form."""
    return {"rec": dict(sorted(fields.items()))}


def function(mapping: dict[Any, Any]) -> dict:
    """A function whose values are already in JSON form (records, nested functions)."""
    return {"fn": sorted(([encode(k), v] for k, v in mapping.items()), key=lambda kv: _order(kv[0]))}


def _order(encoded: Any) -> str:
    return json.dumps(encoded, sort_keys=True)


def to_tla(value: Any) -> str:
    """JSON form -> TLA+ literal (needs the TLC module for :> and @@ in non-empty functions)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "<<" + ", ".join(to_tla(v) for v in value) + ">>"
    if isinstance(value, dict) and len(value) == 1:
        (tag, body), = value.items()
        if tag == "set" and isinstance(body, list):
            return "{" + ", ".join(to_tla(v) for v in body) + "}"
        if tag == "fn" and isinstance(body, list):
            if not body:
                return "[x \\in {} |-> 0]"
            return "(" + " @@ ".join(f"{to_tla(k)} :> {to_tla(v)}" for k, v in body) + ")"
        if tag == "rec" and isinstance(body, dict):
            return "[" + ", ".join(f"{k} |-> {to_tla(v)}" for k, v in body.items()) + "]"
    raise TLAValueError(f"not a TLA+ value in JSON form: {value!r}")


def validate(value: Any) -> None:
    """Raise TLAValueError if ``value`` is not a JSON form of a TLA+ value."""
    to_tla(value)
