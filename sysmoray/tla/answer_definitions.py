"""The definitions a model gave when asked for some (the concretizer's answer): SysMoBench's
JSON ``{"invariants": ["Name == expr", ...]}``, else ``Name == expr`` definitions in plain text,
each body running on over the indented lines below its head.

Each is returned as ``name -> params + "\\0" + body`` (parameters kept, for the caller to refuse).
"""

from __future__ import annotations

import json
import re
from typing import Iterable

_FENCE = re.compile(r"```[a-zA-Z+]*\s*\n(.*?)```", re.S)
_DEFINITION = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*(\([^)]*\))?\s*==(.*)$")


def parse_definitions(answer: str) -> dict[str, str]:
    """``name -> the text after ==`` (parameters kept, to be refused), from JSON or plain text."""
    candidates = [answer] + _FENCE.findall(answer)
    for text in candidates:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            continue
        try:
            data = json.loads(text[start:end + 1])
        except json.JSONDecodeError:
            continue
        items = data.get("invariants") if isinstance(data, dict) else None
        if isinstance(items, list):
            return _item_definitions(i for i in items if isinstance(i, str))
    return _text_definitions(answer)


def _item_definitions(items: Iterable[str]) -> dict[str, str]:
    """Definitions ``Name == body`` of SysMoBench's JSON answer: each item is one."""
    out: dict[str, str] = {}
    for item in items:
        head, _, rest = item.partition("\n")
        m = _DEFINITION.match(head)
        if m:
            out.setdefault(m.group(1), (m.group(2) or "") + "\0" + (m.group(3) + "\n" + rest).strip())
    return out


def _text_definitions(text: str) -> dict[str, str]:
    """Definitions ``Name == body`` in plain text: a body runs on over the indented lines below
    its head."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _DEFINITION.match(lines[i])
        if not m or lines[i].startswith((" ", "\t")):
            i += 1
            continue
        body = [m.group(3)]
        i += 1
        while i < len(lines) and lines[i].strip() and lines[i].startswith((" ", "\t")):
            body.append(lines[i])
            i += 1
        out.setdefault(m.group(1), (m.group(2) or "") + "\0" + "\n".join(body).strip())
    return out
