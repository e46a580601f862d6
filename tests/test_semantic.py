"""Structure from SANY's own tree: the actions found are the ones TLC's coverage report counts,
in layouts the token reader gets wrong (real SANY and TLC runs)."""

import pytest

from sysmoray.metrics.runtime import coverage_action
from sysmoray.tla.actions import find_actions, init_name
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline
from sysmoray.tla.sany import export_module
from sysmoray.tla.semantic import TreeError, parse_export
from sysmoray.tla.tlc import TLCOptions, run_tlc

HEADER = "---- MODULE {name} ----\nEXTENDS Naturals, FiniteSets\nCONSTANT N\nVARIABLES x, y, q\nvars == <<x, y, q>>\n"
INIT = "Init == x = 0 /\\ y = 0 /\\ q = {1}\n"
CFG = "CONSTANT N = 2\nINIT Init\nNEXT Next\n"

# Each: (a Next and its helpers, the actions TLC counts, as sysmoray names them).
LAYOUTS = {
    # An infix \/ between two bulleted lists: SANY reads two disjuncts.
    "infix_between_lists": ("""
Next == /\\ x < 3
        /\\ x' = x + 1
        /\\ UNCHANGED <<y, q>>
     \\/ /\\ y < 3
        /\\ y' = y + 1
        /\\ UNCHANGED <<x, q>>
""", ["Next#1", "Next#2"]),
    # A \/ bullet one column right of the others starts a nested list inside the first item.
    "bullet_one_column_off": ("""
A == x' = (x + 1) % 3 /\\ UNCHANGED <<y, q>>
B == y' = (y + 1) % 3 /\\ UNCHANGED <<x, q>>
C == q' = {} /\\ UNCHANGED <<x, y>>
Next == \\/ A
         \\/ B
        \\/ C
""", ["A", "B", "C"]),
    # \\E over a state-dependent set: TLC cannot enumerate it first, so the whole \\E is one
    # action of Next; over a constant set it binds the parameter and counts the callee.
    "exists_over_state": ("""
Take(v) == y' = v /\\ q' = q \\ {v} /\\ UNCHANGED x
Inc(i) == x' = (x + i) % 4 /\\ UNCHANGED <<y, q>>
Next == \\/ \\E v \\in q : Take(v)
        \\/ \\E i \\in 1..N : Inc(i)
""", ["Inc", "Next"]),
    # A call with a state-level argument is not bound either: one action, the call itself
    # (TLC names it after the callee).
    "call_with_state_argument": ("""
Set(v) == x' = v /\\ UNCHANGED <<y, q>>
Bump == y' = (y + 1) % 3 /\\ UNCHANGED <<x, q>>
Next == Set((x + 1) % 3) \\/ Bump
""", ["Bump", "Set"]),
    # An \\E swallows every disjunct after it; LET's body is the action, not the LET.
    "exists_swallows_the_rest": ("""
Inc(i) == x' = (x + i) % 4 /\\ UNCHANGED <<y, q>>
Next == \\/ \\E i \\in 1..N : Inc(i) \\/ LET z == 1 IN y' = z /\\ UNCHANGED <<x, q>>
        \\/ q' = {} /\\ UNCHANGED <<x, y>>
""", ["Inc", "Next#1", "Next#2"]),
    # A PlusCal translation's shape: \\E self over ProcSet, p(self) a disjunction of labels.
    "pluscal_shape": ("""
ProcSet == 1..N
a1(self) == x < 3 /\\ x' = x + 1 /\\ UNCHANGED <<y, q>>
a2(self) == y < 2 /\\ y' = y + 1 /\\ UNCHANGED <<x, q>>
p(self) == a1(self) \\/ a2(self)
Terminating == x = 3 /\\ y = 2 /\\ UNCHANGED vars
Next == (\\E self \\in ProcSet : p(self)) \\/ Terminating
""", ["Terminating", "a1", "a2"]),
}


def model(name, body):
    return HEADER.format(name=name) + INIT + body + "====\n"


def tlc_counted(toolchain, text, module):
    """The coverage lines of TLC's own report for the actions (not the initial predicate)."""
    result = run_tlc(toolchain, {f"{module}.tla": text}, module, CFG, TLCOptions(coverage=True, check_deadlock=False))
    assert result.coverage, result.output[-2000:]
    init = init_name(outline(text), parse_cfg(CFG))
    return [e for e in result.coverage if e.name != init]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_actions_from_sanys_tree_are_the_ones_tlc_counts(toolchain, layout):
    body, expected = LAYOUTS[layout]
    module = "L_" + layout
    text = model(module, body)
    export = export_module(toolchain, text, module)
    assert export.result.ok and export.tree is not None, export.note
    actions = find_actions(outline(text), parse_cfg(CFG), export.tree)
    assert sorted(a.name for a in actions) == expected
    entries = tlc_counted(toolchain, text, module)
    matched = [coverage_action(e, actions, module) for e in entries]
    assert None not in matched, [e for e, a in zip(entries, matched) if a is None]
    # One coverage line per action, and every action has its line.
    assert sorted(a.name for a in matched) == expected


def test_token_reader_misses_what_the_tree_finds(toolchain):
    # The regression: the token path reads an infix \/ between bulleted lists as one action.
    text = model("L_regression", LAYOUTS["infix_between_lists"][0])
    assert [a.name for a in find_actions(outline(text), parse_cfg(CFG))] == ["Next"]


def test_tree_records_declarations_in_order_and_bodies_with_levels(toolchain):
    text = model("L_tree", LAYOUTS["exists_over_state"][0])
    tree = export_module(toolchain, text, "L_tree").tree
    assert tree.variables == ("x", "y", "q") and tree.constants == ("N",)
    assert tree.definitions["Take"].params == ("v",)
    quantifiers = [n for n in tree.definitions["Next"].body.walk() if n.operator and n.operator.name == "$BoundedExists"]
    assert [q.bounds[0].level for q in quantifiers] == [1, 0]  # over q (state), over 1..N (constant)


def test_modules_sany_rejects_keep_sanys_message_and_no_tree(toolchain):
    text = "---- MODULE Bad ----\nVARIABLE x\nInit == x = 0\nNext == x' = x + /\\ \nfoo\n====\n"
    export = export_module(toolchain, text, "Bad")
    assert export.tree is None and export.result.outcome.value == "parse_error"
    assert export.result.errors[0].locations  # the parser's own position, not just "could not parse"
    undefined = "---- MODULE Undef ----\nVARIABLE x\nInit == x = y\nNext == x' = x\n====\n"
    export = export_module(toolchain, undefined, "Undef")
    assert export.tree is None and export.result.outcome.value == "semantic_error"
    assert "Unknown operator" in export.result.errors[0].message


def test_a_cut_export_is_an_error_not_a_tree():
    with pytest.raises(TreeError):
        parse_export("<?xml version='1.0'?><modules><RootModule>M</RootModule><context>")
