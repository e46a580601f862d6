"""Mutants of a TLA+ model, for the Diamond tier (DESIGN §6).

An invariant is non-trivial when it holds on the model and fails on at least one mutant of the
*model* (the invariants are never touched). Mutation sites are found from tokens, like the rest
of ``sysmoray.tla``, by walking the structure of every action and of every definition an action
calls that itself changes the state: parentheses, ``\\E`` bodies, ``LET`` bodies, ``IF`` branches,
``CASE`` arms, conjunction and disjunction lists. Operators:

- ``drop_guard``: a conjunct that primes nothing becomes ``TRUE``;
- ``drop_unchanged``: one variable leaves an ``UNCHANGED`` (it may then take any value of its
  domain, since TLC cannot explore an unconstrained primed variable);
- ``replace_value``: ``x' = e`` becomes ``x' \\in (D \\ {e})``;
- ``drop_disjunct``: one action of the next-state relation becomes ``FALSE``.

``mutant_schema`` puts every mutant in one module switched by a state variable, so that one TLC
run checks many mutants (a "meta-mutant").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from sysmoray.tla.actions import (
    Action,
    _binder_colon,
    _closing,
    _disjuncts,
    _strip_parens,
    bulleted_items,
    find_actions,
)
from sysmoray.tla.cfg import ModelConfig
from sysmoray.tla.lexer import Token, tokenize
from sysmoray.tla.outline import Outline

OPERATORS = ("drop_guard", "drop_unchanged", "replace_value", "drop_disjunct")
SEQ_BOUND = 3  # Seq(S) in a domain stands for the sequences of length 0..SEQ_BOUND
_TYPE_DEFINITIONS = {"typeok", "typeinv", "typeinvariant", "typesok", "typeinvariants", "typecorrect"}
_INFINITE = {"Nat", "Int", "Real", "STRING"}
_OPEN = {"(", "[", "{", "<<"}
_CLOSE = {")", "]", "}", ">>"}
# Operators that bind looser than /\ and \/: an expression holding one at depth 0 is not split.
_LOOSER = {"=>", "<=>", "\\equiv", "~>", "-+->"}
# Keywords after which an expression starts (a /\ there is a bullet, not an infix operator).
_PREFIX_KEYWORDS = {
    "THEN", "ELSE", "IN", "IF", "CASE", "LET", "OTHER", "UNCHANGED", "ENABLED", "SUBSET", "UNION",
    "DOMAIN", "CHOOSE", "EXCEPT",
}
_MAX_DEPTH = 64
_MAX_QUOTE = 60  # characters of the original quoted in a description


@dataclass(frozen=True)
class Mutant:
    id: int  # 1-based, stable: source order of the mutated text, then operator
    operator: str  # one of OPERATORS
    definition: str  # the definition whose text is mutated
    line: int  # 1-based line of the mutated text in the original module
    start_offset: int  # [start, end) range of the original text that is replaced
    end_offset: int
    original: str  # text[start:end]
    replacement: str  # one line; apply_mutant keeps the lines and columns after it
    description: str


@dataclass(frozen=True)
class _Scope:
    """What the walk of one definition's text needs to know about the module."""

    definition: str
    variables: frozenset[str]
    priming: frozenset[str]  # definitions that prime a variable, directly or through calls
    # Guard helpers: definitions used once in the module, priming nothing (name -> body). A
    # guard that calls one is that action's own: each conjunct of its body is a guard too.
    helpers: Mapping[str, tuple[Token, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Site:
    kind: str  # "guard" | "assign" | "unchanged"
    definition: str
    toks: tuple[Token, ...]


@dataclass(frozen=True)
class _Draft:
    """A mutant before numbering."""

    operator: str
    definition: str
    first: Token
    end_offset: int
    replacement: str
    summary: str  # what the description says after "<definition>: "
    rank: int = 0  # order among the mutants of one site

    @property
    def start_offset(self) -> int:
        return self.first.offset


# ---------------------------------------------------------------- public API


def generate_mutants(
    outline: Outline, cfg: ModelConfig | None = None, domains: Mapping[str, str] | None = None,
    actions: Sequence[Action] | None = None,
) -> list[Mutant]:
    """Every mutant of the model, numbered from 1 in source order. ``actions``: the model's, as
    found on SANY's tree (``find_actions``); found from tokens when not given."""
    text = outline.text
    variables = frozenset(outline.variables)
    priming = frozenset(_priming_definitions(outline))
    known = _known_domains(outline, domains)
    actions = list(actions) if actions is not None else find_actions(outline, cfg)

    sites: list[_Site] = []
    helpers = _guard_helpers(outline, priming, cfg)
    for definition, toks in _walk_roots(outline, actions, priming):
        _walk(toks, _Scope(definition, variables, priming, helpers), sites, 0)

    drafts: list[_Draft] = []
    for site in sites:
        drafts += _site_drafts(site, outline, known, text)
    if len(actions) > 1:
        for action in actions:
            toks = _tokens_between(outline, action.definition, action.start_offset, action.end_offset)
            if toks:
                drafts.append(_Draft("drop_disjunct", action.definition, toks[0], action.end_offset, "FALSE", f"drop action {action.name}"))
    return _number(_nested_only(_unique(drafts)), text)


def apply_mutant(text: str, mutant: Mutant) -> str:
    """The mutant model's full module text: only the mutant's range differs from ``text``, and
    the text after it keeps its lines and columns where a bulleted list depends on them."""
    start, end = mutant.start_offset, mutant.end_offset
    original = text[start:end]
    replacement = mutant.replacement
    if "\n" in original:
        # The original's line breaks stay, and its last line's width: what follows keeps its place.
        last = original[original.rfind("\n") + 1 :]
        laid = replacement + "\n" * original.count("\n") + " " * len(last)
    elif len(replacement) <= len(original):
        laid = replacement.ljust(len(original))
    else:
        toks = _Tokens(text)
        following = toks.next_on_line(end, len(text))
        laid = replacement
        if following is not None and not toks.shift_is_safe(following, len(text)):
            laid += "\n" + " " * (toks.column(end) - 1)
    return text[:start] + laid + text[end:]


def mutant_schema(outline: Outline, mutants: Sequence[Mutant], selector: str = "SysmorayMutant") -> str:
    """One module holding the model and the given mutants, switched by ``VARIABLE selector``:
    with ``selector = 0`` it is the model, with ``selector = m.id`` the mutant ``m``.

    Same module name as the model, so a wrapper can EXTEND it and start the selector in a set
    of ids. TLC stops at the first error of any selected mutant (an evaluation error, a variable
    left unassigned), so a run over many selectors only gives verdicts when each of them runs
    clean alone. Lines may be added (see ``_render``): locations in the schema are not the
    model's."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", selector):
        raise ValueError(f"not a TLA+ identifier: {selector!r}")
    text = outline.text
    roots = _range_tree(mutants)
    body = _render(text, 0, len(text), roots, False, selector, _Tokens(text))
    at = _declaration_point(outline)
    if roots and at > roots[0].start:
        raise ValueError("a mutant lies before the module's EXTENDS statement")
    return body[:at] + f"\nVARIABLE {selector}\n" + body[at:]


def typeok_domains(outline: Outline, type_invariants: Iterable[str] = ()) -> dict[str, str]:
    """var -> domain, from the ``x \\in D`` (and ``x \\subseteq S``) conjuncts of the type
    invariants (``type_invariants``, SANY's reading; else definitions named like TypeOK), and
    ``\\A p \\in P : f[p] \\in S`` ones (``f`` then ranges over ``[P -> S]``)."""
    found: dict[str, str] = {}
    variables = set(outline.variables)
    typing = set(type_invariants)
    for name, definition in outline.definitions.items():
        if (name not in typing and name.lower() not in _TYPE_DEFINITIONS) or definition.params:
            continue
        for conjunct in _all_conjuncts(definition.body, 0):
            pointwise = _pointwise_domain(outline.text, conjunct, variables)
            if pointwise is not None and pointwise[0] not in found:
                found[pointwise[0]] = pointwise[1]
                continue
            if len(conjunct) < 3 or conjunct[0].text not in variables or conjunct[0].text in found:
                continue
            domain = _one_line(outline.text, conjunct[2:])
            if conjunct[1].text == "\\in":
                found[conjunct[0].text] = domain
            elif conjunct[1].text == "\\subseteq":
                found[conjunct[0].text] = f"SUBSET ({domain})"
    return found


def _pointwise_domain(text: str, toks: tuple[Token, ...], variables: set[str]) -> tuple[str, str] | None:
    """(f, "[P -> S]") for a conjunct ``\\A p \\in P : f[p] \\in S``, else None."""
    if len(toks) < 10 or toks[0].text != "\\A" or toks[1].kind != "ident" or toks[2].text != "\\in":
        return None
    colon = _binder_colon(toks)
    if colon is None or colon < 4:
        return None
    body = toks[colon + 1 :]
    bound = toks[1].text
    if (len(body) >= 6 and body[0].text in variables and body[1].text == "[" and body[2].text == bound
            and body[3].text == "]" and body[4].text == "\\in"):
        return body[0].text, f"[{_one_line(text, toks[3:colon])} -> {_one_line(text, body[5:])}]"
    return None


# ---------------------------------------------------------------- where to look


def _priming_definitions(outline: Outline) -> set[str]:
    """Definitions that prime a variable or use UNCHANGED, themselves or through calls."""
    found = {
        name for name, d in outline.definitions.items() if any(t.text in ("'", "UNCHANGED") for t in d.body)
    }
    changed = True
    while changed:
        changed = False
        for name, d in outline.definitions.items():
            if name not in found and d.references() & found:
                found.add(name)
                changed = True
    return found


def _walk_roots(
    outline: Outline, actions: Sequence[Action], priming: frozenset[str]
) -> list[tuple[str, tuple[Token, ...]]]:
    """The actions' texts, then the bodies of the state-changing definitions they reach."""
    roots = []
    for action in actions:
        toks = _tokens_between(outline, action.definition, action.start_offset, action.end_offset)
        if toks:
            roots.append((action.definition, toks))
    seen: set[str] = set()
    queue = [t.text for _, toks in roots for t in toks if t.kind == "ident"]
    while queue:
        name = queue.pop(0)
        if name in seen or name not in priming or name not in outline.definitions:
            continue
        seen.add(name)
        body = outline.definitions[name].body
        if body:
            roots.append((name, body))
            queue += [t.text for t in body if t.kind == "ident"]
    return roots


def _tokens_between(outline: Outline, definition: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of [start, end): in ``definition``'s body, or in the body that holds the
    range (TLC names a call with state-level arguments after the callee, at the call site)."""
    d = outline.definitions.get(definition)
    bodies = ([d] if d is not None else []) + list(outline.definitions.values())
    for holder in bodies:
        toks = tuple(t for t in holder.body if start <= t.offset and t.end_offset <= end)
        if toks:
            return toks
    return ()


# ---------------------------------------------------------------- structure walk


def _walk(toks: tuple[Token, ...], scope: _Scope, out: list[_Site], depth: int) -> None:
    toks = _strip_parens(toks) if toks else toks
    if not toks or depth > _MAX_DEPTH:
        return
    if toks[0].text == "LET":
        scope = _let_scope(toks, scope)
    parts = _parts(toks)
    if parts:
        for part in parts:
            _walk(part, scope, out, depth + 1)
        return
    conjuncts = _conjuncts(toks)
    if len(conjuncts) > 1:
        for conjunct in conjuncts:
            if _is_guard(conjunct, scope):
                if _one_line_text(conjunct) != "TRUE":
                    out.append(_Site("guard", scope.definition, conjunct))
                _helper_guards(conjunct, scope, out, depth + 1)
            else:
                _walk(conjunct, scope, out, depth + 1)
        return
    implies = _depth0_index(toks, "=>") if toks[0].text not in ("/\\", "\\/") else None
    if implies is not None and not _is_guard(toks, scope):
        # ``A => B`` with B a step: A guards B (dropping it makes the step unconditional), and
        # each conjunct of A guards it too.
        condition = _strip_parens(toks[:implies])
        if condition and _is_guard(condition, scope) and _one_line_text(condition) != "TRUE":
            out.append(_Site("guard", scope.definition, condition))
            inner = _conjuncts(condition)
            for c in inner if len(inner) > 1 else ():
                out.append(_Site("guard", scope.definition, c))
        _walk(toks[implies + 1 :], scope, out, depth + 1)
        return
    disjuncts = _disjuncts(toks)
    if len(disjuncts) > 1:
        for disjunct in disjuncts:
            _walk(disjunct, scope, out, depth + 1)
        return
    if toks[0].text == "UNCHANGED" and len(toks) > 1:
        out.append(_Site("unchanged", scope.definition, toks))
    elif len(toks) > 3 and toks[0].text in scope.variables and toks[1].text == "'" and toks[2].text == "=":
        out.append(_Site("assign", scope.definition, toks))


def _parts(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """The sub-expressions a quantifier, LET, IF or CASE hands on to the walk (IF and CASE
    conditions are not sites: only what the action does in each case)."""
    head = toks[0].text
    if head == "\\E":
        colon = _binder_colon(toks)
        return [toks[colon + 1 :]] if colon is not None else []
    if head == "LET":
        at = _matching_in(toks)
        return [toks[at + 1 :]] if at is not None else []
    if head == "IF":
        return _if_branches(toks)
    if head == "CASE":
        return _case_arms(toks)
    return []


def _let_scope(toks: tuple[Token, ...], scope: _Scope) -> _Scope:
    """A LET's own definitions that change the state are no guards either."""
    at = _matching_in(toks)
    local = toks[1:at] if at is not None else ()
    if not any(t.text in ("'", "UNCHANGED") or t.text in scope.priming for t in local):
        return scope
    names = {
        t.text for k, t in enumerate(local[:-1])
        if t.kind == "ident" and (local[k + 1].text == "==" or (local[k + 1].text == "(" and _defined_after(local, k + 1)))
    }
    return replace(scope, priming=scope.priming | names)


def _defined_after(toks: tuple[Token, ...], open_at: int) -> bool:
    close = _closing(toks, open_at)
    return 0 < close < len(toks) - 1 and toks[close + 1].text == "=="


def _matching_in(toks: tuple[Token, ...]) -> int | None:
    level = depth = 0
    for j, t in enumerate(toks):
        depth += (t.text in _OPEN) - (t.text in _CLOSE)
        if depth:
            continue
        if t.text == "LET":
            level += 1
        elif t.text == "IN":
            level -= 1
            if level == 0:
                return j
    return None


def _if_branches(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    then_at = None
    level = depth = 0
    for j in range(1, len(toks)):
        t = toks[j].text
        depth += (t in _OPEN) - (t in _CLOSE)
        if depth:
            continue
        if t == "IF":
            level += 1
        elif t == "THEN" and level == 0 and then_at is None:
            then_at = j
        elif t == "ELSE":
            if level == 0:
                return [toks[then_at + 1 : j], toks[j + 1 :]] if then_at is not None else []
            level -= 1
    return []


def _case_arms(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    arms, cut, depth = [], 1, 0
    for j in range(1, len(toks) + 1):
        t = toks[j].text if j < len(toks) else "[]"
        depth += (t in _OPEN) - (t in _CLOSE)
        if depth == 0 and t == "[]":
            arm = toks[cut:j]
            arrow = _depth0_index(arm, "->")
            if arrow is not None:
                arms.append(arm[arrow + 1 :])
            cut = j + 1
    return arms


def _depth0_index(toks: tuple[Token, ...], text: str) -> int | None:
    depth = 0
    for j, t in enumerate(toks):
        depth += (t.text in _OPEN) - (t.text in _CLOSE)
        if depth == 0 and t.text == text:
            return j
    return None


def _conjuncts(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """Split a conjunction into its conjuncts; a non-conjunction is returned whole (the
    counterpart of actions._disjuncts)."""
    if toks[0].text == "/\\":
        return bulleted_items(toks)
    if toks[0].text in ("\\/", "\\A", "\\E", "IF", "LET", "CASE", "CHOOSE"):
        return [toks]
    # Infix conjunction: every /\ at depth 0 separates conjuncts, up to a construct whose scope
    # swallows the rest; an operator binding looser than /\ makes the whole one conjunct, and a
    # bulleted list opened after an infix /\ is one conjunct.
    cuts = [-1]
    depth = 0
    j = 0
    while j < len(toks):
        t = toks[j]
        if t.text in _OPEN:
            depth += 1
        elif t.text in _CLOSE:
            depth -= 1
        elif depth == 0 and t.text in _LOOSER:
            return [toks]
        elif depth == 0 and t.text in ("/\\", "\\/") and j > 0 and toks[j - 1].text == "/\\":
            j = _list_end(toks, j)
            continue
        elif depth == 0 and t.text == "/\\":
            cuts.append(j)
        elif depth == 0 and t.text in ("\\E", "\\A", "IF", "CASE", "LET", "CHOOSE"):
            break
        j += 1
    cuts.append(len(toks))
    return [toks[a + 1 : b] for a, b in pairwise(cuts) if toks[a + 1 : b]]


def _list_end(toks: tuple[Token, ...], j: int) -> int:
    """Index just after the bulleted list whose first bullet is toks[j]: the list ends at a line
    that starts left of the bullet, or at its column with another token."""
    col, bullet = toks[j].start.col, toks[j].text
    for k in range(j + 1, len(toks)):
        t = toks[k]
        if t.first_on_line and (t.start.col < col or (t.start.col == col and t.text != bullet)):
            return k
    return len(toks)


def _all_conjuncts(toks: tuple[Token, ...], depth: int) -> list[tuple[Token, ...]]:
    toks = _strip_parens(toks) if toks else toks
    if not toks:
        return []
    parts = _conjuncts(toks)
    if len(parts) == 1 or depth > _MAX_DEPTH:
        return [toks]
    return [c for part in parts for c in _all_conjuncts(part, depth + 1)]


def _guard_helpers(outline: Outline, priming: frozenset[str], cfg: ModelConfig | None) -> dict[str, tuple[Token, ...]]:
    """Definitions named once in the whole module (so only one action uses them), and not in the
    config (an invariant's text is no action's), that prime nothing: name -> body."""
    uses: dict[str, int] = {t.text: 2 for t in tokenize(cfg.render()) if t.kind == "ident"} if cfg is not None else {}
    for d in outline.definitions.values():
        for t in d.body:
            if t.kind == "ident":
                uses[t.text] = uses.get(t.text, 0) + 1
    return {name: d.body for name, d in outline.definitions.items() if uses.get(name) == 1 and name not in priming and d.body}


def _helper_guards(conjunct: tuple[Token, ...], scope: _Scope, out: list[_Site], depth: int) -> None:
    """A guard that is a call of a guard helper: the conjuncts of its body are guards of their own."""
    toks = _strip_parens(conjunct)
    if depth > _MAX_DEPTH or not toks or toks[0].text not in scope.helpers:
        return
    if len(toks) > 1 and not (toks[1].text == "(" and _closing(toks, 1) == len(toks) - 1):
        return  # the helper is part of an expression, not the whole guard
    body = _strip_parens(scope.helpers[toks[0].text])
    inner = _conjuncts(body) if body else []
    if len(inner) < 2:
        return
    for c in inner:
        if _one_line_text(c) != "TRUE":
            out.append(_Site("guard", toks[0].text, c))
        _helper_guards(c, scope, out, depth + 1)


def _is_guard(toks: tuple[Token, ...], scope: _Scope) -> bool:
    return not any(
        t.text in ("'", "UNCHANGED") or (t.kind == "ident" and t.text in scope.priming) for t in toks
    )


# ---------------------------------------------------------------- mutants of a site


def _site_drafts(site: _Site, outline: Outline, domains: _Domains, text: str) -> list[_Draft]:
    first, end = site.toks[0], site.toks[-1].end_offset
    quoted = _quote(_one_line(text, site.toks))
    if site.kind == "guard":
        return [_Draft("drop_guard", site.definition, first, end, "TRUE", f"drop guard `{quoted}`")]
    if site.kind == "assign":
        var = site.toks[0].text
        value = site.toks[3:]
        domain = domains.finite.get(var)
        if domain is None or any(t.first_on_line and t.text in ("/\\", "\\/") for t in value):
            return []  # no known finite domain, or a value laid out in columns we cannot fold
        value_text = _one_line(text, value)
        replacement = f"{var}' \\in (({domain}) \\ {{{value_text}}})"
        why = f"{var}' takes another value of {domains.shown[var]} than `{_quote(value_text)}`"
        return [_Draft("replace_value", site.definition, first, end, replacement, why)]
    drafts = []
    group = _unchanged_items(outline, site.toks[1:], 0)
    for rank, var in enumerate(_variables_in(group)):
        rest = _without(group, var)
        kept = f"UNCHANGED <<{', '.join(rest)}>>" if rest else ""
        domain = domains.finite.get(var)
        if domain is not None:
            free = f"{var}' \\in ({domain})"
            replacement = f"({kept} /\\ {free})" if kept else f"({free})"
            summary = f"drop {var} from `{quoted}` ({var}' any value of {domains.shown[var]})"
        elif var in domains.infinite:
            continue  # TLC could not enumerate x' (Nat, Int, ...)
        else:  # TLC will reject the mutant (x' undetermined); the caller filters it out
            replacement = f"({kept})" if kept else "TRUE"
            summary = f"drop {var} from `{quoted}`"
        drafts.append(_Draft("drop_unchanged", site.definition, first, end, replacement, summary, rank))
    return drafts


@dataclass(frozen=True)
class _Item:
    """One element of an UNCHANGED tuple: a variable, a named tuple of such, or anything else."""

    text: str
    var: str | None = None
    members: tuple[_Item, ...] | None = None  # for a named tuple


def _unchanged_items(outline: Outline, toks: tuple[Token, ...], depth: int) -> tuple[_Item, ...]:
    toks = _strip_parens(toks)
    if not toks:
        return ()
    if toks[0].text == "<<" and _closing(toks, 0) == len(toks) - 1:
        return tuple(_unchanged_item(outline, part, depth) for part in _commas(toks[1:-1]))
    return (_unchanged_item(outline, toks, depth),)


def _unchanged_item(outline: Outline, toks: tuple[Token, ...], depth: int) -> _Item:
    text = _one_line(outline.text, toks)
    if len(toks) == 1 and toks[0].text in outline.variables:
        return _Item(text, var=toks[0].text)
    d = outline.definitions.get(toks[0].text) if len(toks) == 1 else None
    if d is not None and not d.params and d.body and depth < _MAX_DEPTH:
        members = _unchanged_items(outline, d.body, depth + 1)
        if members and all(m.var or m.members is not None for m in members):
            return _Item(text, members=members)
    return _Item(text)


def _commas(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    parts, cut, depth = [], 0, 0
    for j, t in enumerate(toks):
        depth += (t.text in _OPEN) - (t.text in _CLOSE)
        if depth == 0 and t.text == ",":
            parts.append(toks[cut:j])
            cut = j + 1
    parts.append(toks[cut:])
    return [p for p in parts if p]


def _variables_in(items: Iterable[_Item]) -> list[str]:
    found: list[str] = []
    for item in items:
        inner = [item.var] if item.var else _variables_in(item.members or ())
        found += [v for v in inner if v not in found]
    return found


def _without(items: Iterable[_Item], var: str) -> list[str]:
    """The tuple's elements as text with ``var`` left out; only the named tuples holding it are
    spelt out."""
    kept: list[str] = []
    for item in items:
        if item.var == var:
            continue
        if item.members is not None and var in _variables_in(item.members):
            kept += _without(item.members, var)
        else:
            kept.append(item.text)
    return kept


# ---------------------------------------------------------------- domains


@dataclass(frozen=True)
class _Domains:
    finite: dict[str, str]  # var -> a finite set expression on one line, for replacements
    shown: dict[str, str]  # var -> the domain as given, for descriptions
    infinite: frozenset[str]  # variables whose only known domains are infinite


def _known_domains(outline: Outline, domains: Mapping[str, str] | None) -> _Domains:
    """Each variable's domain: the caller's, else TypeOK's; the first one that is finite."""
    fallback = typeok_domains(outline)
    finite, shown, infinite = {}, {}, set()
    for var in outline.variables:
        sources = [d for d in ((domains or {}).get(var), fallback.get(var)) if d]
        for source in sources:
            bounded = _finite(source)
            if bounded is not None:
                finite[var], shown[var] = bounded, " ".join(source.split())
                break
        else:
            if sources:
                infinite.add(var)
    return _Domains(finite, shown, frozenset(infinite))


def _finite(domain: str) -> str | None:
    """``domain`` on one line with Seq(S) bounded to short sequences; None if it is infinite."""
    toks = tuple(tokenize(domain))
    if not toks or any(t.kind == "ident" and t.text in _INFINITE for t in toks):
        return None
    return _bounded_seqs(domain, toks, [0])


def _bounded_seqs(text: str, toks: tuple[Token, ...], counter: list[int]) -> str:
    out, pos, j = [], 0, 0
    while j < len(toks):
        if toks[j].text == "Seq" and j + 1 < len(toks) and toks[j + 1].text == "(":
            close = _closing(toks, j + 1)
            if close > 0:
                counter[0] += 1
                inner = _bounded_seqs(text, toks[j + 2 : close], counter)
                out.append(_one_line(text, toks[pos:j]) if pos < j else "")
                out.append(_short_seqs(inner, counter[0]))
                j = pos = close + 1
                continue
        j += 1
    out.append(_one_line(text, toks[pos:]) if pos < len(toks) else "")
    return " ".join(p for p in out if p)


def _short_seqs(elements: str, k: int) -> str:
    """The sequences over ``elements`` of length at most SEQ_BOUND, spelt as tuples: no Naturals
    needed, and TLC compares them with the model's own sequences as it would any tuples."""
    names = [f"SysmorayE{k}_{i}" for i in range(1, SEQ_BOUND + 1)]
    sets = ["{<<>>}"]
    for n in range(1, SEQ_BOUND + 1):
        bound = ", ".join(names[:n])
        sets.append(f"{{<<{bound}>> : {bound} \\in {elements}}}")
    return "(" + " \\cup ".join(sets) + ")"


# ---------------------------------------------------------------- numbering


def _unique(drafts: list[_Draft]) -> list[_Draft]:
    """One mutant per range, operator and replacement, whichever action reached it."""
    seen, kept = set(), []
    for d in drafts:
        key = (d.start_offset, d.end_offset, d.operator, d.replacement)
        if key not in seen:
            seen.add(key)
            kept.append(d)
    return kept


def _sort_key(d: _Draft) -> tuple[int, int, int, int]:
    return (d.start_offset, -d.end_offset, OPERATORS.index(d.operator), d.rank)


def _nested_only(drafts: list[_Draft]) -> list[_Draft]:
    """Drop a mutant whose range straddles another's: the schema needs ranges that nest."""
    kept: list[_Draft] = []
    open_ends: list[int] = []
    for d in sorted(drafts, key=_sort_key):
        while open_ends and open_ends[-1] <= d.start_offset:
            open_ends.pop()
        if open_ends and d.end_offset > open_ends[-1]:
            continue
        kept.append(d)
        open_ends.append(d.end_offset)
    return kept


def _number(drafts: list[_Draft], text: str) -> list[Mutant]:
    mutants = []
    for i, d in enumerate(sorted(drafts, key=_sort_key), start=1):
        line = d.first.start.line
        mutants.append(
            Mutant(
                id=i,
                operator=d.operator,
                definition=d.definition,
                line=line,
                start_offset=d.start_offset,
                end_offset=d.end_offset,
                original=text[d.start_offset : d.end_offset],
                replacement=d.replacement,
                description=f"{d.definition}: {d.summary} (line {line})",
            )
        )
    return mutants


# ---------------------------------------------------------------- text


def _one_line(text: str, toks: Sequence[Token]) -> str:
    """The tokens' source on one line: one space wherever the source had space or comments."""
    parts = []
    for k, t in enumerate(toks):
        if k and toks[k - 1].end_offset < t.offset:
            parts.append(" ")
        parts.append(text[t.offset : t.end_offset])
    return "".join(parts)


def _one_line_text(toks: Sequence[Token]) -> str:
    return " ".join(t.text for t in toks)


def _quote(text: str) -> str:
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 3] + "..."


# ---------------------------------------------------------------- schema


@dataclass
class _Node:
    start: int
    end: int
    mutants: list[Mutant]
    children: list[_Node] = field(default_factory=list)


def _range_tree(mutants: Sequence[Mutant]) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    for m in sorted(mutants, key=lambda m: (m.start_offset, -m.end_offset, m.id)):
        while stack and stack[-1].end <= m.start_offset:
            stack.pop()
        if stack and (stack[-1].start, stack[-1].end) == (m.start_offset, m.end_offset):
            stack[-1].mutants.append(m)
            continue
        if stack and m.end_offset > stack[-1].end:
            raise ValueError(f"mutant {m.id}'s range straddles mutant {stack[-1].mutants[0].id}'s")
        node = _Node(m.start_offset, m.end_offset, [m])
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _render(text: str, lo: int, hi: int, nodes: list[_Node], inline: bool, selector: str, toks: _Tokens) -> str:
    """text[lo:hi] with every node wrapped in IF selector = id THEN replacement ELSE original.

    A wrapper shifts the rest of its line to the right, which only matters to bulleted lists.
    Outside ``inline`` mode, where a shift could move a bullet (or the bullet of an item that goes
    on below), the original starts on a new line at its own column, and what follows it on its
    last line moves to a new line at its own column. Inside a one-line range columns do not
    matter, so everything stays on that line.
    """
    out, pos = [], lo
    for node in nodes:
        out.append(text[pos : node.start])
        single = "\n" not in text[node.start : node.end]
        inner = _render(text, node.start, node.end, node.children, inline or single, selector, toks)
        head = "(" + "".join(f"IF {selector} = {m.id} THEN {m.replacement} ELSE " for m in node.mutants)
        if inline or single or toks.shift_is_safe(node.start, hi):
            out.append(f"{head}{inner})")
        else:
            out.append(f"{head.rstrip()}\n{' ' * (toks.column(node.start) - 1)}{inner})")
        pos = node.end
        following = toks.next_on_line(pos, hi)
        if not inline and following is not None and not toks.shift_is_safe(following, hi):
            out.append("\n" + " " * (toks.column(following) - 1))
            pos = following
    out.append(text[pos:hi])
    return "".join(out)


class _Tokens:
    """The module's tokens, indexed by offset, for the layout questions of ``_render``."""

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.offsets = [t.offset for t in self.toks]

    def column(self, offset: int) -> int:
        return offset - (self.text.rfind("\n", 0, offset) + 1) + 1

    def _index(self, offset: int) -> int:
        return bisect.bisect_left(self.offsets, offset)

    def next_on_line(self, offset: int, hi: int) -> int | None:
        """Offset of the next token if it is on the same line, before ``hi``."""
        k = self._index(offset)
        if k == len(self.toks) or self.toks[k].offset >= hi:
            return None
        nxt = self.toks[k].offset
        return nxt if "\n" not in self.text[offset:nxt] else None

    def shift_is_safe(self, offset: int, hi: int) -> bool:
        """Whether the tokens from ``offset`` to the end of its line may move right: none of them
        is a bullet whose list or item goes on at the next line (before ``hi``)."""
        k = self._index(offset)
        line = self.toks[k].start.line if k < len(self.toks) else 0
        j = k
        while j < len(self.toks) and self.toks[j].start.line == line:
            j += 1
        if j == len(self.toks) or self.toks[j].offset >= hi:
            return True
        below = self.toks[j]
        return not any(
            self.is_bullet(i)
            and (below.start.col > t.start.col or (below.start.col == t.start.col and below.text == t.text))
            for i, t in enumerate(self.toks[k:j], start=k)
        )

    def is_bullet(self, i: int) -> bool:
        """Whether toks[i] is a /\\ or \\/ that opens a list item (not an infix operator): it
        does not follow the end of an expression."""
        if self.toks[i].text not in ("/\\", "\\/"):
            return False
        if i == 0:
            return True
        before = self.toks[i - 1]
        if before.text in (")", "]", "}", ">>", "'") or before.kind in ("number", "string"):
            return False
        return not (before.kind == "ident" and before.text not in _PREFIX_KEYWORDS)


def _declaration_point(outline: Outline) -> int:
    """Where the selector's VARIABLE declaration goes: after EXTENDS, else after the header."""
    for unit in outline.units:
        if unit.kind == "EXTENDS":
            return unit.end_offset
    return outline.header_end_offset
