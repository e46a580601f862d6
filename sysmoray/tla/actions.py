"""Find a model's actions: the state transitions its next-state relation is made of.

DESIGN §6: an action is a definition that is a state transition (a disjunct of Next, or a
definition that primes a variable), not every definition. We mirror how TLC itself splits the
next-state relation into actions: descend through disjunctions, existential quantifiers,
parentheses and calls of definitions; whatever remains (a conjunction, an IF, ...) is one action,
named after the definition that holds its text. Inline disjuncts of one definition get names
``Next#1``, ``Next#2``, ... For a module SANY accepts, the split is made on SANY's semantic tree
(``tla.semantic``) with TLC's own rules; the token path keeps this usable on modules SANY rejects.
"""

from __future__ import annotations

from dataclasses import dataclass

from sysmoray.tla.cfg import ModelConfig
from sysmoray.tla.lexer import Pos, Token
from sysmoray.tla.outline import Definition, Outline
from sysmoray.tla.semantic import BUILTIN, USER, Node, SemanticModule
from sysmoray.tla.semantic import Definition as TreeDefinition

_OPEN = {"(", "[", "{", "<<"}
_CLOSE = {")", "]", "}", ">>"}
_MAX_DEPTH = 32  # recursion guard against definitions that call each other


@dataclass(frozen=True)
class Action:
    name: str
    definition: str  # the top-level definition whose text holds the action
    params: tuple[str, ...]
    start: Pos
    end: Pos
    start_offset: int
    end_offset: int

    def contains(self, where: Pos) -> bool:
        return self.start <= where <= self.end


RELATION_NAME = "SysmorayNextRelation"  # a behaviour's [][A \/ B]_v, defined in wrapper modules


def next_state_name(outline: Outline, cfg: ModelConfig | None) -> str | None:
    """The next-state relation's name: cfg NEXT, else what the spec's ``[][N]_v`` holds. For a
    box around an expression (``[][Next \\/ Idle]_vars``) it is ``RELATION_NAME``, which a module
    extending the model defines with ``relation_definition``."""
    if cfg is not None and cfg.next:
        return cfg.next
    box = spec_box(outline, cfg)
    if box is not None:
        toks = box[1]
        return toks[0].text if len(toks) == 1 and toks[0].kind == "ident" else RELATION_NAME
    return "Next" if "Next" in outline.definitions else None


def relation_definition(outline: Outline, cfg: ModelConfig | None) -> str:
    """The definition of ``RELATION_NAME`` for a module that extends the model ("" when the
    relation is a definition of the model's). Each line of the expression keeps its column, so
    that bulleted lists inside it read as they were written."""
    if next_state_name(outline, cfg) != RELATION_NAME:
        return ""
    box = spec_box(outline, cfg)
    assert box is not None
    toks = box[1]
    text = outline.text[toks[0].offset:toks[-1].end_offset]
    return f"{RELATION_NAME} ==\n{' ' * (toks[0].start.col - 1)}{text}\n"


def spec_box(outline: Outline, cfg: ModelConfig | None) -> tuple[Definition, tuple[Token, ...]] | None:
    """The definition holding the behaviour's ``[][A]_v`` and the tokens of ``A``: in cfg
    SPECIFICATION's definition (or ``Spec``, ``Specification``), else in any definition, unless
    there is a ``Next`` (the convention when no spec names the relation)."""
    candidates = []
    if cfg is not None and cfg.specification:
        candidates.append(cfg.specification)
    candidates += [name for name in ("Spec", "Specification") if name not in candidates]
    for name in candidates:
        definition = outline.definitions.get(name)
        if definition is not None and (found := _box(definition, outline, 0)):
            return found
    if "Next" in outline.definitions:
        return None
    for definition in outline.definitions.values():
        if found := _box(definition, outline, 0):
            return found
    return None


def init_name(outline: Outline, cfg: ModelConfig | None) -> str | None:
    """The initial predicate: cfg INIT, else the spec's first conjunct that names a definition
    without primes or temporal operators, else ``Init``."""
    if cfg is not None and cfg.init:
        return cfg.init
    spec_name = cfg.specification if cfg is not None and cfg.specification else "Spec"
    spec = outline.definitions.get(spec_name)
    next_name = next_state_name(outline, cfg)
    if spec is not None:
        for tok in spec.body:
            candidate = outline.definitions.get(tok.text) if tok.kind == "ident" else None
            if candidate is not None and candidate is not spec and candidate.name != next_name \
                    and not _action_or_temporal(candidate.body):
                return candidate.name
    return "Init" if "Init" in outline.definitions else None


def _action_or_temporal(body: tuple[Token, ...]) -> bool:
    """Does the text prime, use UNCHANGED, or a temporal operator? (A CASE's arms are separated
    by the same ``[]`` as "always": in a body with CASE, ``[]`` is taken for the separator.)"""
    case = any(t.text == "CASE" for t in body)
    return any(t.text in ("'", "UNCHANGED", "<>") or (t.text == "[]" and not case) for t in body)


def _box(definition: Definition, outline: Outline, depth: int) -> tuple[Definition, tuple[Token, ...]] | None:
    """``[][A]_v`` in ``definition`` (or in a definition it names, e.g. ``Spec == Init /\
    SafetySpec``): its holder and the tokens of ``A``, every disjunct of it."""
    body = definition.body
    for i in range(len(body) - 2):
        if body[i].text == "[]" and body[i + 1].text == "[":
            close = _closing(body, i + 1)
            inner = body[i + 2: close] if close > i + 2 else ()
            if inner and close + 1 < len(body) and body[close + 1].text.startswith("_"):
                return definition, inner
    if depth >= _MAX_DEPTH:
        return None
    for tok in body:
        if tok.kind == "ident" and tok.text in outline.definitions:
            inner_def = outline.definitions[tok.text]
            if inner_def is not definition and any(t.text == "[]" for t in inner_def.body):
                if found := _box(inner_def, outline, depth + 1):
                    return found
    return None


def find_actions(outline: Outline, cfg: ModelConfig | None = None, tree: SemanticModule | None = None) -> list[Action]:
    """Actions of the model, in source order of their text; empty if no Next is found. With
    ``tree`` (SANY's, for the same text) they are exactly the actions TLC splits Next into."""
    next_name = next_state_name(outline, cfg)
    box = spec_box(outline, cfg) if next_name is not None and next_name not in outline.definitions else None
    if tree is not None:
        if next_name in tree.definitions and tree.definitions[next_name].body is not None:
            return _tree_actions(outline, tree, tree.definitions[next_name], tree.definitions[next_name].body)
        holder = tree.definitions.get(box[0].name) if box is not None else None
        relation = _box_relation(holder.body) if holder is not None and holder.body is not None else None
        if holder is not None and relation is not None:
            return _tree_actions(outline, tree, holder, relation)
    leaves: list[tuple[Definition, tuple[Token, ...]]] = []
    if box is not None:  # [][A \/ B]_v: its disjuncts, named as TLC names them
        _split(outline, box[0], box[1], leaves, 0)
    elif next_name is None or next_name not in outline.definitions:
        return _priming_definitions(outline)
    else:
        _split(outline, outline.definitions[next_name], outline.definitions[next_name].body, leaves, 0)
    return _named([
        _Leaf(d.name, d.params, toks[0].start, toks[-1].end, toks[0].offset, toks[-1].end_offset) for d, toks in leaves
    ])


def _box_relation(body: Node) -> Node | None:
    """The action inside the first ``[][A]_v`` of a definition's tree: ``A``."""
    for node in body.walk():
        if node.kind == "appl" and node.operator is not None and node.operator.name == "$SquareAct" and node.operands:
            return node.operands[0]
    return None


@dataclass(frozen=True)
class _Leaf:
    definition: str
    params: tuple[str, ...]
    start: Pos
    end: Pos
    start_offset: int
    end_offset: int


def _named(leaves: list[_Leaf]) -> list[Action]:
    """One action per distinct text range; the leaves of a definition that has several are
    numbered in source order (``Next#1``, ...), as TLC names them by the definition too."""
    unique: dict[tuple[str, int], _Leaf] = {}
    for leaf in leaves:
        unique.setdefault((leaf.definition, leaf.start_offset), leaf)
    ordered = sorted(unique.values(), key=lambda leaf: leaf.start_offset)
    per_def: dict[str, int] = {}
    for leaf in ordered:
        per_def[leaf.definition] = per_def.get(leaf.definition, 0) + 1
    counters: dict[str, int] = {}
    actions = []
    for leaf in ordered:
        name = leaf.definition
        if per_def[name] > 1:
            counters[name] = counters.get(name, 0) + 1
            name = f"{name}#{counters[name]}"
        actions.append(Action(name, leaf.definition, leaf.params, leaf.start, leaf.end, leaf.start_offset, leaf.end_offset))
    return actions


def _action(name: str, definition: Definition, toks: tuple[Token, ...]) -> Action:
    return Action(
        name=name,
        definition=definition.name,
        params=definition.params,
        start=toks[0].start,
        end=toks[-1].end,
        start_offset=toks[0].offset,
        end_offset=toks[-1].end_offset,
    )


# ---------------------------------------------------------------- TLC's split, on SANY's tree

_DISJUNCTIONS = {"\\lor", "$DisjList"}


def _tree_actions(outline: Outline, tree: SemanticModule, owner: TreeDefinition, relation: Node) -> list[Action]:
    """TLC's split of the next-state relation (how ``tlc2.tool`` builds its actions): through
    disjunctions, LET and labels, ``\\E`` whose domains are constant (TLC enumerates them before
    the search; over a state-dependent set the whole ``\\E`` is one action, reported as part of
    the enclosing definition) and calls of definitions whose arguments are all constant (TLC
    binds them; a call with a state-level argument is one action, named after the callee but
    with the call's range). Whatever remains is an action, named after the definition that
    holds it."""
    lines = _line_starts(outline.text)
    found: list[tuple[TreeDefinition, Node]] = []
    _tlc_split(tree, owner, relation, found, 0)
    leaves = []
    for owner, node in found:
        span = node.span
        if span is None or span.module != tree.name:
            continue  # an action in another module (an INSTANCE): not this model's text
        begin, end = Pos(span.line, span.col), Pos(span.end_line, span.end_col)
        leaves.append(_Leaf(owner.name, owner.params, begin, end, _offset(lines, begin), _offset(lines, end) + 1))
    return _named(leaves)


def _tlc_split(tree: SemanticModule, owner: TreeDefinition, node: Node, out: list[tuple[TreeDefinition, Node]], depth: int) -> None:
    if depth > _MAX_DEPTH:
        out.append((owner, node))
        return
    if node.kind in ("let", "label") or (node.kind == "subst" and not node.substituted):
        if node.body is not None:
            _tlc_split(tree, owner, node.body, out, depth + 1)
        return
    op = node.operator
    if node.kind == "appl" and op is not None:
        if op.kind == BUILTIN and op.name in _DISJUNCTIONS:
            for operand in node.operands:
                _tlc_split(tree, owner, operand, out, depth + 1)
            return
        if op.kind == BUILTIN and op.name == "$BoundedExists" and node.operands and all(d.level == 0 for d in node.bounds):
            _tlc_split(tree, owner, node.operands[0], out, depth + 1)
            return
        callee = tree.by_uid.get(op.uid) if op.kind == USER else None
        if callee is not None and callee.body is not None:
            if all(_constant(a) for a in node.operands):
                _tlc_split(tree, callee, callee.body, out, depth + 1)
            else:
                out.append((callee, node))  # TLC names it after the callee, with the call's range
            return
    out.append((owner, node))


def _constant(node: Node) -> bool:
    """An argument TLC can evaluate before the search: a constant-level expression (an
    operator argument, LAMBDA or a name of an operator, it cannot)."""
    return node.level == 0 and node.kind not in ("OpArgNode",)


def _line_starts(text: str) -> list[int]:
    starts = [0, 0]  # 1-based lines
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def _offset(lines: list[int], where: Pos) -> int:
    return lines[min(where.line, len(lines) - 1)] + where.col - 1


def _priming_definitions(outline: Outline) -> list[Action]:
    """Fallback without a next-state relation: definitions that prime a variable themselves
    and are not used by another such definition (those are helpers)."""
    priming = {
        name: d
        for name, d in outline.definitions.items()
        if d.body and any(t.text in ("'", "UNCHANGED") for t in d.body)
        and not any(t.text in ("[]", "<>", "~>") for t in d.body)
    }
    used = {ref for d in priming.values() for ref in d.references() if ref != d.name}
    return [
        _action(name, d, d.body)
        for name, d in priming.items()
        if name not in used
    ]


def _split(
    outline: Outline,
    owner: Definition,
    toks: tuple[Token, ...],
    out: list[tuple[Definition, tuple[Token, ...]]],
    depth: int,
) -> None:
    toks = _strip_parens(toks)
    if not toks:
        return
    if depth > _MAX_DEPTH:
        out.append((owner, toks))
        return
    if toks[0].text == "\\E":
        colon = _binder_colon(toks)
        if colon is not None:
            _split(outline, owner, toks[colon + 1 :], out, depth + 1)
            return
    parts = _disjuncts(toks)
    if len(parts) > 1 or (parts and len(parts[0]) < len(toks)):  # or a one-item bullet list
        for part in parts:
            _split(outline, owner, part, out, depth + 1)
        return
    callee = _called_definition(outline, toks)
    if callee is not None and callee is not owner and callee.body:
        _split(outline, callee, callee.body, out, depth + 1)
        return
    out.append((owner, toks))


def _strip_parens(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    while len(toks) >= 2 and toks[0].text == "(" and _closing(toks, 0) == len(toks) - 1:
        toks = toks[1:-1]
    # A single bullet ("/\ A" or "\/ A") is just A.
    if toks and toks[0].text in ("/\\", "\\/"):
        col = toks[0].start.col
        if not any(
            t.text == toks[0].text and t.start.col == col and t.first_on_line for t in toks[1:]
        ) and _depth0_count(toks[1:], toks[0].text) == 0:
            return _strip_parens(toks[1:])
    return toks


def _closing(toks: tuple[Token, ...], i: int) -> int:
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text in _OPEN:
            depth += 1
        elif toks[j].text in _CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return -1


def _depth0_count(toks: tuple[Token, ...], text: str) -> int:
    depth, count = 0, 0
    for t in toks:
        if t.text in _OPEN or t.text == "LET":
            depth += 1
        elif t.text in _CLOSE or t.text == "IN":
            depth -= 1
        elif depth == 0 and t.text == text:
            count += 1
    return count


def _binder_colon(toks: tuple[Token, ...]) -> int | None:
    depth = 0
    for j, t in enumerate(toks):
        if t.text in _OPEN:
            depth += 1
        elif t.text in _CLOSE:
            depth -= 1
        elif depth == 0 and t.text == ":":
            return j
    return None


def bulleted_items(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """Items of the bulleted list (of /\\ or \\/) that starts at ``toks[0]``: a new item starts
    at each bullet in the first bullet's column, outside brackets and LET ... IN."""
    bullet, col = toks[0].text, toks[0].start.col
    cuts = [0]
    depth = 0
    for j, t in enumerate(toks[1:], start=1):
        if t.text in _OPEN or t.text == "LET":
            depth += 1
        elif t.text in _CLOSE or t.text == "IN":
            depth -= 1
        elif depth == 0 and t.text == bullet and t.start.col == col:
            cuts.append(j)
    cuts.append(len(toks))
    return [toks[a + 1 : b] for a, b in zip(cuts, cuts[1:]) if toks[a + 1 : b]]


def _disjuncts(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """Split a disjunction into its disjuncts; a non-disjunction is returned whole."""
    if toks[0].text == "\\/":
        return bulleted_items(toks)
    if toks[0].text == "/\\":
        return [toks]
    # Infix disjunction: TLA+ forbids mixing infix /\ and \/ without parentheses, so every
    # \/ at depth 0 separates disjuncts, unless a quantifier or IF/LET/CASE swallows them.
    if toks[0].text in ("\\A", "IF", "LET", "CASE", "CHOOSE"):
        return [toks]
    cuts = [-1]
    depth = 0
    for j, t in enumerate(toks):
        if t.text in _OPEN or t.text == "LET":
            depth += 1
        elif t.text in _CLOSE or t.text == "IN":
            depth -= 1
        elif depth == 0 and t.text == "\\/":
            cuts.append(j)
        elif depth == 0 and t.text in ("\\E", "\\A", "IF", "CASE"):
            break  # the rest belongs to this construct's scope
    cuts.append(len(toks))
    return [toks[a + 1 : b] for a, b in zip(cuts, cuts[1:]) if toks[a + 1 : b]]


def _called_definition(outline: Outline, toks: tuple[Token, ...]) -> Definition | None:
    """The definition called if the whole expression is ``Op`` or ``Op(args)``."""
    first = toks[0]
    if first.kind != "ident" or first.text not in outline.definitions:
        return None
    if len(toks) == 1:
        return outline.definitions[first.text]
    if toks[1].text == "(" and _closing(toks, 1) == len(toks) - 1:
        return outline.definitions[first.text]
    return None
