"""Source edits that keep every other character at its line and column.

Error locations reported on an edited module must still point into the original text, and TLA+
bulleted lists are column-sensitive, so replacements are padded with spaces and newlines kept.
"""

from __future__ import annotations

from typing import Iterable

from sysmoray.tla.lexer import tokenize


def falsify(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """Replace each [start, end) range (an action's text) by FALSE, keeping the layout."""
    for start, end in sorted(set(ranges), reverse=True):
        segment = text[start:end]
        first_line = segment.find("\n")
        room = len(segment) if first_line < 0 else first_line
        # "1=2" is FALSE in three characters, for leaves too short to hold the word; a leaf
        # shorter still makes its own line one or two characters longer.
        word = "FALSE" if room >= 5 else "1=2"
        blank = "".join("\n" if c == "\n" else " " for c in segment)
        text = text[:start] + word + blank[min(len(word), room) :] + text[end:]
    return text


def renamed(text: str, name: str) -> str:
    """``text`` with the module's header naming it ``name`` (a copy checked under another name)."""
    toks = tokenize(text)
    for a, b in zip(toks, toks[1:]):
        if a.text == "MODULE" and b.kind == "ident":
            return text[: b.offset] + name + text[b.end_offset :]
    return text
