"""SANY's semantic tree of a module, read from the XML that the jar's ``XMLExporter`` prints.

The tree is SANY's own reading of the module: operator precedence, bulleted lists and their
columns, what each name refers to, and the level of every expression (0 constant, 1 state,
2 action, 3 temporal). Structure taken from it needs no layout rule of our own; the token-based
``tla.outline`` stays for modules SANY rejects. Only what the checks use is kept: definitions
with their bodies, and expressions as operator applications with operands, bound domains and
levels. Parsing is pure: the JVM run that produces the XML is ``tla.sany.export_module``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Iterable

from sysmoray.tla.messages import Location

# The XML's node kinds for what a symbol reference points at.
BUILTIN, USER, VARIABLE, CONSTANT, PARAM = "builtin", "user", "variable", "constant", "param"
_REF_KINDS = {
    "BuiltInKindRef": BUILTIN, "UserDefinedOpKindRef": USER, "FormalParamNodeRef": PARAM,
    "OpDeclNodeRef": None,  # a VARIABLE or a CONSTANT, told apart by the declaration's kind
    "ModuleInstanceKindRef": USER, "ThmOrAssumpDefKindRef": USER,
}
_DECL_KINDS = {"2": CONSTANT, "3": VARIABLE}  # tla2sany.semantic.ASTConstants


@dataclass(frozen=True)
class Symbol:
    kind: str  # BUILTIN | USER | VARIABLE | CONSTANT | PARAM
    name: str
    uid: int


@dataclass(frozen=True)
class Node:
    """An expression. ``kind``: "appl" (an operator applied: also a bare name), "let"
    (LET ... IN: ``body``), "label" (``body``), "subst" (an instance's substitution: ``body``,
    ``substituted``), or the XML's own name for a leaf (NumeralNode, StringNode, ...)."""

    kind: str
    span: Location | None
    level: int
    operator: Symbol | None = None
    operands: tuple[Node, ...] = ()
    bounds: tuple[Node, ...] = ()  # the domains of a bounded quantifier, one per bound group
    body: Node | None = None
    substituted: bool = False

    def walk(self):  # type: ignore[no-untyped-def]
        """This node and every node below it (operands, domains, bodies), depth first."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed((*node.bounds, *node.operands, *((node.body,) if node.body else ()))))


@dataclass(frozen=True)
class Definition:
    name: str
    uid: int
    span: Location | None  # the whole definition, head included
    arity: int
    params: tuple[str, ...]
    body: Node | None


@dataclass(frozen=True)
class SemanticModule:
    name: str
    definitions: dict[str, Definition]  # the root module's own top-level definitions, by name
    by_uid: dict[int, Definition] = field(default_factory=dict)  # every operator definition, LET ones too
    variables: tuple[str, ...] = ()
    constants: tuple[str, ...] = ()


class TreeError(ValueError):
    """The XML is not a tree this reader understands (cut short, or another exporter's)."""


def parse_export(xml_text: str) -> SemanticModule:
    """The root module of XMLExporter's output."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise TreeError(f"SANY's XML does not parse: {exc}") from None
    module = (root.findtext("RootModule") or "").strip()
    context = root.find("context")
    if not module or context is None:
        raise TreeError("SANY's XML has no root module or no symbol context")
    entries: dict[int, ET.Element] = {}
    for entry in context:
        uid, node = entry.findtext("UID"), (entry[1] if len(entry) > 1 else None)
        if uid is not None and node is not None:
            entries[int(uid)] = node
    try:
        return _Reader(entries, module).module()
    except RecursionError:
        raise TreeError("SANY's tree is nested too deep to read") from None


class _Reader:
    def __init__(self, entries: dict[int, ET.Element], module: str):
        self.entries = entries
        self.root = module
        self.symbols: dict[int, Symbol] = {}
        self.definitions: dict[int, Definition] = {}

    def module(self) -> SemanticModule:
        node = next((n for n in self.entries.values() if n.tag == "ModuleNode" and n.findtext("uniquename") == self.root), None)
        if node is None:
            raise TreeError(f"SANY's XML lacks module {self.root}")
        top: dict[str, Definition] = {}
        variables, constants = [], []
        for ref in node:
            if not ref.tag.endswith("Ref"):
                continue
            uid = int(ref.findtext("UID") or -1)
            target = self.entries.get(uid)
            if target is None:
                continue
            if target.tag == "OpDeclNode" and _filename(target) == self.root:
                kind = _DECL_KINDS.get(target.findtext("kind") or "")
                (variables if kind == VARIABLE else constants).append((_span(target), target.findtext("uniquename") or ""))
            elif target.tag == "UserDefinedOpKind" and _filename(target) == self.root:
                definition = self.definition(uid)
                top.setdefault(definition.name, definition)
        # Definitions seen only through references (LET ones) were read on the way.
        in_order = lambda decls: tuple(name for _, name in sorted(decls, key=lambda d: (d[0].line, d[0].col) if d[0] else (0, 0)))  # noqa: E731
        return SemanticModule(self.root, top, dict(self.definitions), in_order(variables), in_order(constants))

    def definition(self, uid: int) -> Definition:
        if uid in self.definitions:
            return self.definitions[uid]
        node = self.entries[uid]
        params = tuple(
            self.symbol(int(ref.findtext("UID") or -1), "FormalParamNodeRef").name
            for ref in node.iterfind("params/leibnizparam/FormalParamNodeRef")
        )
        # Placeholder first: a RECURSIVE definition refers to itself.
        self.definitions[uid] = Definition(node.findtext("uniquename") or "", uid, _span(node), int(node.findtext("arity") or 0), params, None)
        body = node.find("body")
        expr = self.expr(body[0]) if body is not None and len(body) else None
        arity = len(params) or int(node.findtext("arity") or 0)
        self.definitions[uid] = Definition(self.definitions[uid].name, uid, _span(node), arity, params, expr)
        return self.definitions[uid]

    def symbol(self, uid: int, ref_tag: str) -> Symbol:
        if uid not in self.symbols:
            node = self.entries.get(uid)
            name = node.findtext("uniquename") if node is not None else None
            kind = _REF_KINDS.get(ref_tag, USER)
            if kind is None:
                kind = _DECL_KINDS.get(node.findtext("kind") or "", CONSTANT) if node is not None else CONSTANT
            self.symbols[uid] = Symbol(kind, name or f"#{uid}", uid)
        return self.symbols[uid]

    def expr(self, node: ET.Element) -> Node:
        tag = node.tag
        level = int(node.findtext("level") or 0)
        if tag == "OpApplNode":
            ref = node.find("operator")
            ref = ref[0] if ref is not None and len(ref) else None
            operator = self.symbol(int(ref.findtext("UID") or -1), ref.tag) if ref is not None else None
            if operator is not None and operator.kind == USER and operator.uid in self.entries \
                    and self.entries[operator.uid].tag == "UserDefinedOpKind":
                self.definition(operator.uid)  # LET definitions are reachable only from here
            operands = tuple(self.expr(child) for child in node.findall("operands/*"))
            bounds = tuple(
                self.expr(child)
                for group in node.findall("boundSymbols/bound")
                for child in group if not child.tag.endswith("Ref") and child.tag != "tuple"
            )
            return Node("appl", _span(node), level, operator, operands, bounds)
        if tag == "LetInNode":
            for ref in node.iterfind("opDefs/UserDefinedOpKindRef"):
                self.definition(int(ref.findtext("UID") or -1))
            return Node("let", _span(node), level, body=self._body(node))
        if tag == "LabelNode":
            return Node("label", _span(node), level, body=self._body(node))
        if tag in ("SubstInNode", "APSubstInNode"):
            substituted = node.find("substs") is not None and len(node.find("substs")) > 0  # type: ignore[arg-type]
            return Node("subst", _span(node), level, body=self._body(node), substituted=substituted)
        return Node(tag, _span(node), level)

    def _body(self, node: ET.Element) -> Node | None:
        body = node.find("body")
        return self.expr(body[0]) if body is not None and len(body) else None


def _filename(node: ET.Element) -> str | None:
    return node.findtext("location/filename")


def _span(node: ET.Element) -> Location | None:
    """The node's source range, as SANY and TLC report ranges (the end column is inclusive)."""
    location = node.find("location")
    if location is None:
        return None
    try:
        return Location(
            location.findtext("filename") or "",
            int(location.findtext("line/begin") or 0), int(location.findtext("column/begin") or 0),
            int(location.findtext("line/end") or 0), int(location.findtext("column/end") or 0),
        )
    except ValueError:
        return None


_CONJUNCTIONS = {"\\land", "$ConjList"}
_MEMBERSHIPS = {"\\in", "\\subseteq"}
_MAX_DEPTH = 32


def type_invariants(tree: SemanticModule | None, names: Iterable[str]) -> tuple[str, ...]:
    """Those of ``names`` (a config's invariants) that are pure type invariants."""
    return tuple(n for n in names if is_type_invariant(tree, n)) if tree is not None else ()


def is_type_invariant(tree: SemanticModule, name: str) -> bool:
    """Is definition ``name`` a pure type invariant: a conjunction (through calls, LET and
    ``\\A`` over constant sets) of state expressions in constant sets (``x \\in S``,
    ``x \\subseteq S``, ``f \\in [D -> R]``, ``\\A p \\in P : pc[p] \\in L``)? It says what values
    the variables take, not how they relate; ChatTLA's Diamond asks for more than that."""
    definition = tree.definitions.get(name)
    return definition is not None and definition.body is not None and _typing(tree, definition.body, 0)


def _typing(tree: SemanticModule, node: Node, depth: int) -> bool:
    if depth > _MAX_DEPTH:
        return False
    if node.kind in ("let", "label", "subst"):  # subst: a definition of an INSTANCE'd module
        return node.body is not None and _typing(tree, node.body, depth + 1)
    op = node.operator
    if node.kind != "appl" or op is None:
        return False
    if op.kind == BUILTIN and op.name in _CONJUNCTIONS:
        return all(_typing(tree, o, depth + 1) for o in node.operands)
    if op.kind == BUILTIN and op.name == "$BoundedForall":
        return all(d.level == 0 for d in node.bounds) and bool(node.operands) and _typing(tree, node.operands[0], depth + 1)
    if op.kind == BUILTIN and op.name in _MEMBERSHIPS and len(node.operands) == 2:
        element, domain = node.operands
        return element.level == 1 and domain.level == 0
    callee = tree.by_uid.get(op.uid) if op.kind == USER else None
    if callee is not None and callee.body is not None and not node.operands:
        return _typing(tree, callee.body, depth + 1)
    return False


# Builtins whose value is a boolean: a definition whose body is one of these is a predicate.
_BOOLEAN_OPS = {
    "\\land", "\\lor", "$ConjList", "$DisjList", "\\lnot", "\\neg", "=>", "\\equiv", "=", "/=", "#",
    "\\in", "\\notin", "\\subseteq", "<", "<=", "=<", ">", ">=", "\\leq", "\\geq",
    "$BoundedForall", "$BoundedExists", "$UnboundedForall", "$UnboundedExists", "TRUE", "FALSE",
}
# A constant found as an operand of these is a set.
_SET_USES = {"\\in", "\\notin", "\\subseteq", "SUBSET", "\\cup", "\\cap", "\\", "$SetOfFcns", "$FcnConstructor",
             "$CartesianProd", "Cardinality", "$SetOfAll", "$SubsetOf", "UNION", "\\union", "\\intersect"}


def is_predicate(tree: SemanticModule, node: Node, depth: int = 0) -> bool:
    """Is ``node`` a boolean: a logical or comparison builtin, through LET, labels and calls?"""
    if depth > _MAX_DEPTH:
        return False
    if node.kind in ("let", "label"):
        return node.body is not None and is_predicate(tree, node.body, depth + 1)
    op = node.operator
    if node.kind != "appl" or op is None:
        return False
    if op.kind == BUILTIN:
        return op.name in _BOOLEAN_OPS
    callee = tree.by_uid.get(op.uid) if op.kind == USER else None
    return callee is not None and callee.body is not None and is_predicate(tree, callee.body, depth + 1)


def used_definitions(tree: SemanticModule, roots: list[str]) -> set[str]:
    """Names of the definitions ``roots`` use, directly or through others (roots included)."""
    seen: set[int] = set()
    stack = [tree.definitions[r] for r in roots]
    names = set(roots)
    while stack:
        d = stack.pop()
        if d.uid in seen or d.body is None:
            continue
        seen.add(d.uid)
        for node in d.body.walk():
            op = node.operator
            if op is not None and op.kind == USER and op.uid in tree.by_uid:
                callee = tree.by_uid[op.uid]
                names.add(callee.name)
                stack.append(callee)
    return names


def constant_kinds(tree: SemanticModule) -> dict[str, str]:
    """Each declared constant: "set" when the module uses it as a set, else "number"."""
    kinds = {c: "number" for c in tree.constants}
    for d in tree.by_uid.values():
        if d.body is None:
            continue
        for node in d.body.walk():
            op = node.operator
            if op is None or op.kind != BUILTIN:
                continue
            as_set = op.name in _SET_USES
            for i, operand in enumerate(node.operands):
                name = _constant_name(operand)
                # x \in S: only the right side is a set
                if name in kinds and as_set and not (op.name in ("\\in", "\\notin") and i == 0):
                    kinds[name] = "set"
            for bound in node.bounds:  # \A p \in Procs, {x \in S : ...}
                name = _constant_name(bound)
                if name in kinds:
                    kinds[name] = "set"
    return kinds


def _constant_name(node: Node) -> str | None:
    op = node.operator
    return op.name if node.kind == "appl" and op is not None and op.kind == CONSTANT and not node.operands else None
