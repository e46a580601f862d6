"""A forgiving TLA+ tokenizer: positions for every token, comments and strings skipped.

It is not a parser. It must cope with broken modules (LLM output that SANY rejects), because
the syntax metric needs to find definitions and actions precisely when the module is broken.
Lines and columns are 1-based, as SANY and TLC report them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True, order=True)
class Pos:
    line: int
    col: int


@dataclass(frozen=True)
class Token:
    kind: str  # "ident" | "number" | "string" | "op" | "separator" | "end"
    text: str
    start: Pos
    end: Pos  # position of the token's last character (inclusive, like TLC's ranges)
    offset: int  # character offset of the token's first character in the source
    end_offset: int  # one past the last character
    first_on_line: bool


# Longest first, so that e.g. "==" wins over "=" and "<<" over "<".
_MULTI_OPS = sorted(
    [
        "==", "<=>", "=>", "=<", "<=", ">=", "/=", "#", "~>", "-+->", "|->", "->", "<-", "<<", ">>",
        "[]", "<>", "\\/", "/\\", "::", ":=", "::=", "..", "...", "||", "&&", "++", "--", "**", "//",
        "^^", "%%", "@@", "!!", "|-", "|=", "-|", "=|", "<:", ":>",
    ],
    key=len,
    reverse=True,
)
_BACKSLASH_WORD = re.compile(r"\\[A-Za-z]+")
_IDENT = re.compile(r"[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*")
_NUMBER = re.compile(r"\d+(\.\d+)?|\\[bBoOhH][0-9A-Fa-f]+")
_SEPARATOR = re.compile(r"-{4,}")
_END = re.compile(r"={4,}")


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


def _tokens(text: str) -> Iterator[Token]:
    i, n = 0, len(text)
    line, line_start = 1, 0
    last_token_line = 0

    def pos(offset: int) -> Pos:
        # Offsets within the current line only: callers never span newlines for tokens.
        return Pos(line, offset - line_start + 1)

    while i < n:
        c = text[i]
        if c == "\n":
            line, line_start = line + 1, i + 1
            i += 1
            continue
        if c in " \t\r\f":
            i += 1
            continue
        if text.startswith("\\*", i):  # line comment
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("(*", i):  # nested block comment
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("(*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*)", j):
                    depth, j = depth - 1, j + 2
                else:
                    if text[j] == "\n":
                        line, line_start = line + 1, j + 1
                    j += 1
            i = j
            continue
        start = i
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            kind = "string"
        elif (m := _SEPARATOR.match(text, i)) is not None:
            j, kind = m.end(), "separator"
        elif (m := _END.match(text, i)) is not None:
            j, kind = m.end(), "end"
        elif (m := _NUMBER.match(text, i)) is not None and not _IDENT.match(text, i):
            j, kind = m.end(), "number"
        elif (m := _IDENT.match(text, i)) is not None:
            j, kind = m.end(), "ident"
        else:
            j, kind = i + 1, "op"
            for op in _MULTI_OPS:
                if text.startswith(op, i):
                    j = i + len(op)
                    break
            else:
                if (m := _BACKSLASH_WORD.match(text, i)) is not None:
                    j = m.end()  # \in, \union, \subseteq, ...
        tok_text = text[start:j]
        yield Token(
            kind=kind,
            text=tok_text,
            start=pos(start),
            end=pos(j - 1),
            offset=start,
            end_offset=j,
            first_on_line=line != last_token_line,
        )
        last_token_line = line
        i = j


def position_to_offset(text: str, where: Pos) -> int:
    """Character offset of a 1-based (line, col) position in ``text``."""
    offset = 0
    for _ in range(where.line - 1):
        nl = text.find("\n", offset)
        if nl < 0:
            return len(text)
        offset = nl + 1
    return offset + where.col - 1
