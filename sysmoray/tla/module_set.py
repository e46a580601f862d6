"""A model written as several modules: a root module and the user's modules it EXTENDS or
INSTANCEs, transitively (an ``MC.tla`` over its spec, a shared helper module, a refinement of
one spec by another).

The checks read one module. EXTENDS means "these definitions and declarations are part of this
module", so the root is checked with the bodies of the user's modules it extends written into
it, in the order SANY would meet them (``flatten``); standard and library modules stay in its
EXTENDS. A bare ``INSTANCE M`` (the MC module that declares M's constants and variables itself)
means M's definitions are the root's: M's body is written in its place, without its
declarations. The actions, coverage, attribution and mutants of the model then need nothing of
their own for several modules. A module the root INSTANCEs under a name or WITH substitutions
keeps its own semantics: it is written beside the root in every scratch directory, as a file
(``Flat.files``). Line numbers of
the flat module map back to each module's own (``Flat.origin``).

Known difference: a LOCAL definition of an extended module becomes visible to the root, so a
root that defines the same name is refused by SANY here and not by TLC on the files.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Mapping

from sysmoray.tla.lexer import tokenize
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outline import Outline, outline

# Each module's text is read once: flattening asks of the same siblings many times.
_read = functools.lru_cache(maxsize=256)(outline)


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


    def line(self, module: str, n: int, root: str) -> tuple[str, int]:
        """Where line ``n`` of ``module`` came from (only the root's lines moved)."""
        return (self.origin(n) or (module, n)) if module == root else (module, n)

    def relocated_text(self, text: str, root: str) -> str:
        """``text`` with the ranges TLC names in the flat module at their modules' own lines."""
        if not self.segments:
            return text

        def ranged(m: re.Match[str]) -> str:
            (module, a), (_, c) = self.line(m["m"], int(m["a"]), root), self.line(m["m"], int(m["c"]), root)
            return f"{m['w1']} {a}, {m['col']} {m['b']} to {m['w2']} {c}, {m['col2']} {m['d']} {m['of']} {module}"

        return _RANGE.sub(ranged, text)

    def relocated(self, error: TLAError, root: str) -> TLAError:
        """``error`` with the flat module's positions (in its message and locations) written
        as the lines of the modules they came from."""
        if not self.segments:
            return error
        message = self.relocated_text(error.message, root)
        if all(loc.module == root for loc in error.locations) and error.locations and message == error.message:
            # SANY names a point with no module: it is in the root here.
            def point(m: re.Match[str]) -> str:
                module, n = self.line(root, int(m["a"]), root)
                return f"{m['w']} {n}, column {m['b']}" + ("" if module == root else f" (module {module})")

            message = _POINT.sub(point, message)
        locations = tuple(replace(loc, module=self.line(loc.module, loc.line, root)[0], line=self.line(loc.module, loc.line, root)[1],
                                  end_line=self.line(loc.module, loc.end_line, root)[1]) for loc in error.locations)
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
    model = _read(text)
    return list(dict.fromkeys(extended_names(model) + instanced_names(model)))


def module_name(text: str) -> str | None:
    """The name in a module's ``---- MODULE Name ----`` header."""
    return _read(text).name


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
    through each other) written in place of its EXTENDS statement, and those of the modules it
    instances whole (a bare ``INSTANCE M``: M's parameters are the root's own names) written in
    place of that statement, their declarations left out; see the module's docstring.
    Each body sees the standard and library modules its own module extends, and no more: at the
    EXTENDS statement the first ones are extended, the others instanced (``INSTANCE M``, which for
    a module without parameters brings in what EXTENDS would) just before the text that needs
    them (a LET ``Max`` of a spec must not meet the ``Max`` its MC module extends)."""
    root = _read(root_text)
    root_name = root.name or "Spec"
    unit = next((u for u in root.units if u.kind == "EXTENDS"), None)
    names = extended_names(root)
    order: list[str] = []  # every module written in, once, in the order written
    needs: dict[str, list[str]] = {root_name: [n for n in names if n not in siblings]}  # module -> its standard modules

    def visit(name: str, stack: tuple[str, ...], into: list[str]) -> None:
        if name in order or name in stack:  # written in already, or a cycle (SANY refuses it on the files)
            return
        own = extended_names(_read(siblings[name]))
        for n in own:
            if n in siblings:
                visit(n, (*stack, name), into)
        needs[name] = [n for n in own if n not in siblings]
        order.append(name)
        into.append(name)

    points: list[tuple[int, int, list[str], bool]] = []  # (start, end, modules written there, as an instance)
    if unit is not None and any(n in siblings for n in names):
        written: list[str] = []
        for n in names:
            if n in siblings:
                visit(n, (root_name,), written)
        points.append((unit.start_offset, unit.end_offset, written, False))
    for u in root.units:
        if u.kind == "INSTANCE" and len(u.tokens) == 2 and u.tokens[1].text in siblings:
            written = []
            visit(u.tokens[1].text, (root_name,), written)
            points.append((u.start_offset, u.end_offset, written, True))
    if not points:
        return Flat(root_text, _instanced_files(root_text, siblings, ()))
    extends_at = unit.start_offset if unit is not None else -1
    visible: list[str] = [] if points[0][0] == extends_at else list(needs[root_name])

    def bring(module: str, line: int, extends: bool) -> tuple[str, str, int]:
        """What makes the standard modules ``module`` extends visible before its text."""
        new = [n for n in dict.fromkeys(needs[module]) if n not in visible]
        visible.extend(new)
        if extends:
            return (f"EXTENDS {', '.join(new)}\n" if new else "\n"), module, line
        return "".join(f"INSTANCE {n}\n" for n in new), module, line

    pieces: list[tuple[str, str, int]] = []
    at = 0
    taken: set[str] = set()  # the names declared or defined before the text being written
    for start, end, written, instanced in sorted(points):
        pieces.append((root_text[at:start], root_name, _line_of(root_text, at)))
        taken |= _names_before(root, start)
        first = start == extends_at
        for name in written:
            if _binds(siblings[name], taken - _extended_scope(name, siblings)):
                # It would bind a name declared before it (``\\A n1 \\in N`` under an earlier
                # ``CONSTANT n1``): SANY refuses that where each module alone was fine. The model
                # is then checked as files, each module in its own scope.
                return Flat(root_text, tuple(reachable(root_text, siblings).items()))
            taken |= _own_names(_read(siblings[name]))
            body, first_line = _body(siblings[name], declarations=not instanced)
            pieces += [bring(name, first_line, first), (body, name, first_line)]
            first = False
        if start == extends_at:
            pieces.append(bring(root_name, _line_of(root_text, start), first))
        at = end
    pieces.append((root_text[at:], root_name, _line_of(root_text, at)))
    segments, flat_line = [], 1
    for text, module, line in pieces:
        count = text.count("\n")
        segments.append(Segment(flat_line, module, line, count + 1))
        flat_line += count
    text = "".join(p[0] for p in pieces)
    # Later segments win where two share a line (a piece that ends mid-line): look them up last first.
    return Flat(text, _instanced_files(text, siblings, tuple(order)), tuple(order), tuple(reversed(segments)))


def _own_names(model: Outline) -> set[str]:
    return set(model.constants) | set(model.variables) | set(model.definitions)


def _binds(text: str, taken: set[str]) -> bool:
    """Does the module ``text`` use, other than as its own declaration or definition, a name of
    ``taken`` (it may bind it: a quantifier's variable, a LET definition, a parameter)?"""
    model = _read(text)
    names = {t.text for u in model.units for t in u.tokens if t.kind == "ident"} - _own_names(model)
    return bool(names & taken)


def _extended_scope(name: str, siblings: Mapping[str, str]) -> set[str]:
    """The names the sibling modules that ``name`` extends (transitively) give it."""
    seen, pending, names = {name}, [name], set()
    while pending:
        for n in extended_names(_read(siblings[pending.pop()])):
            if n in siblings and n not in seen:
                seen.add(n)
                pending.append(n)
                names |= _own_names(_read(siblings[n]))
    return names


def _names_before(root: Outline, offset: int) -> set[str]:
    """What the root declares or defines before ``offset``."""
    earlier = [u for u in root.units if u.end_offset <= offset]
    names = {d.name for u in earlier if (d := u.definition) is not None}
    return names | {t.text for u in earlier if u.kind in _DECLARATIONS for t in u.tokens[1:] if t.kind == "ident"}


def _instanced_files(text: str, siblings: Mapping[str, str], inlined: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The user modules the flat module still needs as files: those it INSTANCEs, and what they reach."""
    wanted = [n for n in instanced_names(_read(text)) if n in siblings]
    found: dict[str, str] = {}
    for name in wanted:
        if name not in found:
            found[name] = siblings[name]
            found |= {n: t for n, t in reachable(siblings[name], siblings).items() if n not in found}
    return tuple(found.items())


_DECLARATIONS = {"CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "PARAMETER", "PARAMETERS"}


def _body(text: str, declarations: bool = True) -> tuple[str, int]:
    """A module's text between its header line and its ``====`` line, with its EXTENDS
    statement blanked (its lines kept, so line numbers still map), and its declarations too
    unless ``declarations`` (an instance's parameters are the instancing module's names); and
    the line it starts on."""
    model = _read(text)
    end = next((t.offset for t in tokenize(text) if t.kind == "end"), len(text))
    body = text[model.header_end_offset : end]
    for unit in model.units:
        if unit.kind == "EXTENDS" or (not declarations and unit.kind in _DECLARATIONS):
            a, b = unit.start_offset - model.header_end_offset, unit.end_offset - model.header_end_offset
            body = body[:a] + "".join(c if c == "\n" else " " for c in body[a:b]) + body[b:]
    if not body.endswith("\n"):
        body += "\n"
    return body, _line_of(text, model.header_end_offset)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
