"""Top-level structure of a TLA+ module: declarations and definitions with their source ranges.

Built from tokens only, so it works on modules SANY rejects. A new top-level unit starts at a
keyword that can only begin a unit (VARIABLES, ASSUME, ...) or at a definition head
(``Name ==``, ``Name(p, q) ==``, ``f[x \\in S] ==``, ``a ++ b ==``) found outside brackets and
outside LET ... IN.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sysmoray.tla.lexer import Pos, Token, tokenize

_UNIT_KEYWORDS = {
    "EXTENDS", "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "ASSUME", "ASSUMPTION", "AXIOM",
    "THEOREM", "LEMMA", "PROPOSITION", "COROLLARY", "LOCAL", "RECURSIVE", "USE", "HIDE",
    "INSTANCE", "PARAMETER", "PARAMETERS",
}
_OPEN = {"(": ")", "[": "]", "{": "}", "<<": ">>"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# Keywords that open a nested scope in which "Name ==" is a local definition.
_LET_OPEN, _LET_CLOSE = "LET", "IN"


@dataclass(frozen=True)
class Definition:
    name: str
    params: tuple[str, ...]
    head: tuple[Token, ...]  # tokens from the name through "=="
    body: tuple[Token, ...]
    local: bool = False

    @property
    def start(self) -> Pos:
        return self.head[0].start

    @property
    def end(self) -> Pos:
        return (self.body or self.head)[-1].end

    @property
    def body_start(self) -> Pos:
        return (self.body or self.head)[0].start

    def references(self) -> set[str]:
        """Identifiers used in the body (bound names included: callers filter by known names)."""
        return {t.text for t in self.body if t.kind == "ident"}

    def contains(self, where: Pos) -> bool:
        return self.start <= where <= self.end


@dataclass(frozen=True)
class Unit:
    kind: str  # "definition" | a keyword such as "VARIABLES" | "separator" | "junk"
    tokens: tuple[Token, ...]
    definition: Definition | None = None

    @property
    def start_offset(self) -> int:
        return self.tokens[0].offset

    @property
    def end_offset(self) -> int:
        return self.tokens[-1].end_offset


@dataclass(frozen=True)
class Outline:
    text: str
    name: str | None
    header_end_offset: int  # just after the "---- MODULE X ----" line's last token
    units: tuple[Unit, ...]
    closed: bool  # a "====" line ends the module
    definitions: dict[str, Definition] = field(default_factory=dict)
    # The user's modules this one INSTANCEs (``tla.module_set``), as (name, text): every check
    # writes them beside it.
    siblings: tuple[tuple[str, str], ...] = ()

    def files(self, text: str | None = None, name: str | None = None) -> dict[str, str]:
        """What a check writes for this model: the module (or ``text``, an edit of it, under
        ``name``) and its sibling modules."""
        return module_files(name or self.name or "Spec", self.text if text is None else text, self.siblings)

    def declared(self, keyword_prefix: str) -> list[str]:
        """Names declared by VARIABLE(S) or CONSTANT(S) units."""
        names: list[str] = []
        for unit in self.units:
            if unit.kind.startswith(keyword_prefix):
                names.extend(_declared_names(unit.tokens[1:]))
        return names

    @property
    def variables(self) -> list[str]:
        return self.declared("VARIABLE")

    @property
    def constants(self) -> list[str]:
        return self.declared("CONSTANT")

    def unit_text(self, unit: Unit) -> str:
        return self.text[unit.start_offset : unit.end_offset]

    def definition_at(self, where: Pos) -> Definition | None:
        for definition in self.definitions.values():
            if definition.contains(where):
                return definition
        return None


def module_files(name: str, text: str, siblings: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """File name -> text for a module named ``name`` and the sibling modules it needs."""
    return {**{f"{n}.tla": t for n, t in siblings}, f"{name}.tla": text}


def _declared_names(tokens: tuple[Token, ...]) -> list[str]:
    names, depth = [], 0
    for tok in tokens:
        if tok.text in _OPEN:
            depth += 1
        elif tok.text in _CLOSE:
            depth -= 1
        elif depth == 0 and tok.kind == "ident":
            names.append(tok.text)
    return names


def _match_close(tokens: list[Token], i: int) -> int:
    """Index of the bracket closing tokens[i], or -1."""
    depth = 0
    for j in range(i, len(tokens)):
        t = tokens[j].text
        if t in _OPEN:
            depth += 1
        elif t in _CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return -1


def _definition_head(tokens: list[Token], i: int) -> tuple[int, str, tuple[str, ...]] | None:
    """If a definition head starts at tokens[i], return (index of '==', name, params)."""
    tok = tokens[i]
    n = len(tokens)
    if tok.kind == "ident":
        if i + 1 < n and tokens[i + 1].text == "==":
            return i + 1, tok.text, ()
        if i + 1 < n and tokens[i + 1].text in ("(", "["):
            close = _match_close(tokens, i + 1)
            if close > 0 and close + 1 < n and tokens[close + 1].text == "==":
                inner = tokens[i + 2 : close]
                params = tuple(
                    t.text
                    for k, t in enumerate(inner)
                    if t.kind == "ident" and (k == 0 or inner[k - 1].text == ",")
                )
                return close + 1, tok.text, params
        # infix operator definition: a OP b ==
        if (
            i + 3 < n
            and tokens[i + 1].kind == "op"
            and tokens[i + 2].kind == "ident"
            and tokens[i + 3].text == "=="
        ):
            return i + 3, tokens[i + 1].text, (tok.text, tokens[i + 2].text)
    return None


def outline(text: str) -> Outline:
    tokens = tokenize(text)
    name, body_from = None, 0
    header_end = 0
    for i, tok in enumerate(tokens):
        if (
            tok.kind == "separator"
            and i + 2 < len(tokens)
            and tokens[i + 1].text == "MODULE"
            and tokens[i + 2].kind == "ident"
        ):
            name = tokens[i + 2].text
            body_from = i + 3
            if body_from < len(tokens) and tokens[body_from].kind == "separator":
                body_from += 1
            header_end = tokens[body_from - 1].end_offset
            break
    end_at = next(
        (i for i in range(body_from, len(tokens)) if tokens[i].kind == "end"), len(tokens)
    )
    body_tokens = tokens[body_from:end_at]

    # Find unit starts at nesting depth 0 and outside LET ... IN.
    starts: list[tuple[int, str]] = []
    depth = let_depth = 0
    i = 0
    while i < len(body_tokens):
        tok = body_tokens[i]
        if tok.text in _OPEN:
            depth += 1
        elif tok.text in _CLOSE:
            depth = max(0, depth - 1)
        elif tok.text == _LET_OPEN:
            let_depth += 1
        elif tok.text == _LET_CLOSE and let_depth:
            let_depth -= 1
        elif depth == 0 and let_depth == 0:
            if tok.kind == "separator":
                starts.append((i, "separator"))
            elif tok.text in _UNIT_KEYWORDS and not _continues_unit(body_tokens, i):
                starts.append((i, tok.text))
            elif _definition_head(body_tokens, i) is not None and not _after_local(body_tokens, i):
                starts.append((i, "definition"))
                eq = _definition_head(body_tokens, i)[0]  # type: ignore[index]
                i = eq + 1
                continue
        i += 1

    units: list[Unit] = []
    if starts and starts[0][0] > 0:
        units.append(Unit("junk", tuple(body_tokens[: starts[0][0]])))
    for k, (start, kind) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(body_tokens)
        toks = tuple(body_tokens[start:stop])
        units.append(_make_unit(kind, toks))
    definitions: dict[str, Definition] = {}
    for unit in units:
        if unit.definition is not None and unit.definition.name not in definitions:
            definitions[unit.definition.name] = unit.definition
    return Outline(
        text=text,
        name=name,
        header_end_offset=header_end,
        units=tuple(units),
        closed=end_at < len(tokens),
        definitions=definitions,
    )


def _continues_unit(tokens: list[Token], i: int) -> bool:
    # "Foo == INSTANCE Bar" and "LOCAL INSTANCE Bar": INSTANCE is then part of the current unit.
    return tokens[i].text == "INSTANCE" and i > 0 and tokens[i - 1].text in ("==", "LOCAL")


def _after_local(tokens: list[Token], i: int) -> bool:
    # "LOCAL Foo == ..." is one unit started by LOCAL.
    return i > 0 and tokens[i - 1].text == "LOCAL"


def _make_unit(kind: str, toks: tuple[Token, ...]) -> Unit:
    local = kind == "LOCAL"
    head_at = 1 if local else 0
    if kind in ("definition", "LOCAL") and len(toks) > head_at:
        found = _definition_head(list(toks), head_at)
        if found is not None:
            eq, name, params = found
            definition = Definition(
                name=name,
                params=params,
                head=toks[head_at : eq + 1],
                body=toks[eq + 1 :],
                local=local,
            )
            return Unit("definition", toks, definition)
    return Unit(kind, toks)
