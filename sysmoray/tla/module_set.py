"""A model written as several modules: a root module and the user's modules it EXTENDS or
INSTANCEs, transitively (an ``MC.tla`` over its spec, a shared helper module, a refinement of
one spec by another).

The checks read one module. EXTENDS means "these definitions and declarations are part of this
module", so the root is checked with the bodies of the user's modules it extends written into
it, in the order SANY would meet them (``flatten``); standard and library modules stay in its
EXTENDS. The actions, coverage, attribution and mutants of the model then need nothing of their
own for several modules. A module the root INSTANCEs keeps its own substitution semantics: it is
written beside the root in every scratch directory, as a file (``Flat.files``). Line numbers of
the flat module map back to each module's own (``Flat.origin``).

Known difference: a LOCAL definition of an extended module becomes visible to the root, so a
root that defines the same name is refused by SANY here and not by TLC on the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping

from sysmoray.tla.lexer import tokenize
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outline import Outline, outline


@dataclass(frozen=True)
class Segment:
    """Lines ``flat_line`` .. ``flat_line + count - 1`` of the flat module are lines ``line`` ..
    of ``module``."""

    flat_line: int
    module: str
    line: int
    count: int


@dataclass(frozen=True)
class Flat:
    text: str  # one module: the root with the extended user modules' bodies written in
    files: tuple[tuple[str, str], ...] = ()  # user modules still referenced by INSTANCE: (name, text)
    inlined: tuple[str, ...] = ()  # the user modules written into the root, in order
    segments: tuple[Segment, ...] = ()

    def origin(self, line: int) -> tuple[str, int] | None:
        """The module and line that line ``line`` of the flat module came from (None: the root's
        own line numbers hold, nothing was inlined)."""
        for s in self.segments:
            if s.flat_line <= line < s.flat_line + s.count:
                return s.module, s.line + line - s.flat_line
        return None


    def relocated(self, error: TLAError, root: str) -> TLAError:
        """``error`` with the flat module's positions (in its message and locations) written
        as the lines of the modules they came from."""
        if not self.segments:
            return error

        def line(module: str, n: int) -> tuple[str, int]:
            return self.origin(n) or (module, n) if module == root else (module, n)

        def ranged(m: re.Match[str]) -> str:
            (module, a), (_, c) = line(m["m"], int(m["a"])), line(m["m"], int(m["c"]))
            return f"{m['w1']} {a}, {m['col']} {m['b']} to {m['w2']} {c}, {m['col2']} {m['d']} {m['of']} {module}"

        message = _RANGE.sub(ranged, error.message)
        if all(loc.module == root for loc in error.locations) and error.locations and message == error.message:
            # SANY names a point with no module: it is in the root here.
            def point(m: re.Match[str]) -> str:
                module, n = line(root, int(m["a"]))
                return f"{m['w']} {n}, column {m['b']}" + ("" if module == root else f" (module {module})")

            message = _POINT.sub(point, message)
        locations = tuple(replace(loc, module=line(loc.module, loc.line)[0], line=line(loc.module, loc.line)[1],
                                  end_line=line(loc.module, loc.end_line)[1]) for loc in error.locations)
        return replace(error, message=message, locations=locations)


# TLC's "line 3, col 5 to line 3, col 9 of module M" and "line 3, column 5 to line 3, column 9 in M";
# SANY's "line 3, column 5" (its module is the one being parsed).
_RANGE = re.compile(r"(?P<w1>line) (?P<a>\d+), (?P<col>col(?:umn)?) (?P<b>\d+) to (?P<w2>line) (?P<c>\d+), "
                    r"(?P<col2>col(?:umn)?) (?P<d>\d+) (?P<of>of module|in) (?P<m>\w+)", re.I)
_POINT = re.compile(r"(?P<w>line) (?P<a>\d+), column (?P<b>\d+)(?! to)", re.I)


def extended_names(model: Outline) -> list[str]:
    """The modules a module's EXTENDS names, in order."""
    return [t.text for unit in model.units if unit.kind == "EXTENDS" for t in unit.tokens[1:] if t.kind == "ident"]


def instanced_names(model: Outline) -> list[str]:
    """The modules a module INSTANCEs (named or not, LOCAL or not), in order of appearance."""
    toks = [t for unit in model.units for t in unit.tokens]
    return list(dict.fromkeys(b.text for a, b in zip(toks, toks[1:]) if a.text == "INSTANCE" and b.kind == "ident"))


def referenced_names(text: str) -> list[str]:
    """Every module that a module's text EXTENDS or INSTANCEs."""
    model = outline(text)
    return list(dict.fromkeys(extended_names(model) + instanced_names(model)))


def module_name(text: str) -> str | None:
    """The name in a module's ``---- MODULE Name ----`` header."""
    return outline(text).name


def reachable(root_text: str, available: Mapping[str, str]) -> dict[str, str]:
    """The modules of ``available`` (name -> text) that the root reaches through EXTENDS and
    INSTANCE, transitively: those a check of the root needs."""
    found: dict[str, str] = {}
    pending = [n for n in referenced_names(root_text) if n in available]
    while pending:
        name = pending.pop(0)
        if name in found:
            continue
        found[name] = available[name]
        pending += [n for n in referenced_names(available[name]) if n in available and n not in found]
    return found


def flatten(root_text: str, siblings: Mapping[str, str]) -> Flat:
    """``root_text`` with the bodies of the modules of ``siblings`` that it extends (directly or
    through each other) written in place of its EXTENDS statement; see the module's docstring."""
    root = outline(root_text)
    unit = next((u for u in root.units if u.kind == "EXTENDS"), None)
    names = extended_names(root)
    if unit is None or not any(n in siblings for n in names):
        return Flat(root_text, _instanced_files(root_text, siblings, ()))
    order: list[str] = []
    standard: list[str] = []

    def visit(name: str, stack: tuple[str, ...]) -> None:
        if name in order or name in stack:  # a cycle: SANY refuses it on the files; stop here
            return
        for n in extended_names(outline(siblings[name])):
            if n in siblings:
                visit(n, (*stack, name))
            elif n not in standard:
                standard.append(n)
        order.append(name)

    for n in names:
        if n in siblings:
            visit(n, (root.name or "",))
        elif n not in standard:
            standard.append(n)
    root_name = root.name or "Spec"
    head = root_text[: unit.start_offset]
    extends = f"EXTENDS {', '.join(standard)}\n" if standard else "\n"
    pieces: list[tuple[str, str, int]] = [(head, root_name, 1), (extends, root_name, _line_of(root_text, unit.start_offset))]
    for name in order:
        body, first_line = _body(siblings[name])
        pieces.append((body, name, first_line))
    pieces.append((root_text[unit.end_offset :], root_name, _line_of(root_text, unit.end_offset)))
    segments, flat_line = [], 1
    for text, module, line in pieces:
        count = text.count("\n")
        segments.append(Segment(flat_line, module, line, count + 1))
        flat_line += count
    text = "".join(p[0] for p in pieces)
    # Later segments win where two share a line (a piece that ends mid-line): look them up last first.
    return Flat(text, _instanced_files(text, siblings, tuple(order)), tuple(order), tuple(reversed(segments)))


def _instanced_files(text: str, siblings: Mapping[str, str], inlined: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The user modules the flat module still needs as files: those it INSTANCEs, and what they reach."""
    wanted = [n for n in instanced_names(outline(text)) if n in siblings]
    found: dict[str, str] = {}
    for name in wanted:
        if name not in found:
            found[name] = siblings[name]
            found |= {n: t for n, t in reachable(siblings[name], siblings).items() if n not in found}
    return tuple(found.items())


def _body(text: str) -> tuple[str, int]:
    """A module's text between its header line and its ``====`` line, with its EXTENDS
    statement blanked (its lines kept, so line numbers still map), and the line it starts on."""
    model = outline(text)
    end = next((t.offset for t in tokenize(text) if t.kind == "end"), len(text))
    body = text[model.header_end_offset : end]
    for unit in model.units:
        if unit.kind == "EXTENDS":
            a, b = unit.start_offset - model.header_end_offset, unit.end_offset - model.header_end_offset
            body = body[:a] + "".join(c if c == "\n" else " " for c in body[a:b]) + body[b:]
    if not body.endswith("\n"):
        body += "\n"
    return body, _line_of(text, model.header_end_offset)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
