"""Finding actions in module text (pure: no Java)."""

from sysmoray.tla.actions import find_actions, init_name, next_state_name
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.edit import falsify
from sysmoray.tla.lexer import Pos, tokenize
from sysmoray.tla.outline import outline
from tests.models import LOCK


def names(text, cfg=None):
    return [a.name for a in find_actions(outline(text), parse_cfg(cfg) if cfg else None)]


def test_lexer_skips_comments_and_strings():
    toks = tokenize('x == "a \\* b" \\* comment\n(* block (* nested *) *) y\'')
    assert [t.text for t in toks] == ["x", "==", '"a \\* b"', "y", "'"]
    assert toks[3].start == Pos(2, 26)


def test_outline_finds_declarations_and_definitions():
    o = outline(LOCK)
    assert o.name == "TestLock"
    assert o.constants == ["Procs"]
    assert o.variables == ["owner", "count"]
    assert list(o.definitions) == ["Free", "Init", "Acquire", "Release", "Reset", "Idle", "Next", "Spec", "Mutex"]
    assert o.definitions["Acquire"].params == ("p",)
    assert o.closed


def test_let_definitions_are_not_top_level():
    text = "---- MODULE M ----\nVARIABLE x\nA == LET y == 1\n         z == 2 IN x' = y + z\nB == x' = x\n===="
    assert list(outline(text).definitions) == ["A", "B"]


def test_actions_follow_disjunctions_quantifiers_and_calls():
    assert names(LOCK) == ["Acquire", "Release", "Reset", "Idle"]


def test_helpers_called_inside_an_action_are_not_actions():
    text = """---- MODULE M ----
VARIABLES x, y
Bump(v) == v' = v + 1
A == x > 0 /\\ Bump(x) /\\ UNCHANGED y
B == Bump(y) /\\ UNCHANGED x
Both == A \\/ B
Next == Both
===="""
    assert names(text) == ["A", "B"]


def test_inline_disjuncts_are_numbered_with_their_ranges():
    text = """---- MODULE M ----
VARIABLES x
Next == \\/ x' = x + 1
        \\/ /\\ x > 3
           /\\ x' = 0
===="""
    acts = find_actions(outline(text))
    assert [a.name for a in acts] == ["Next#1", "Next#2"]
    assert (acts[0].start, acts[0].end) == (Pos(3, 12), Pos(3, 21))
    assert (acts[1].start, acts[1].end) == (Pos(4, 12), Pos(5, 20))


def test_one_line_bullet_with_infix_disjunction():
    text = "---- MODULE M ----\nVARIABLE x\nA == x' = 1\nB == x' = 2\nNext == \\E i \\in {1} : \\/ A \\/ B\n===="
    assert names(text) == ["A", "B"]


def test_next_from_cfg_and_from_spec():
    text = "---- MODULE M ----\nVARIABLE x\nA == x' = 1\nB == x' = 2\nStep == A\nAlt == B\nSpec == x = 0 /\\ [][Alt]_x\n===="
    assert next_state_name(outline(text), parse_cfg("NEXT Step\nINIT I")) == "Step"
    assert names(text, "NEXT Step\nINIT I") == ["A"]
    assert names(text, "SPECIFICATION Spec") == ["B"]


def test_without_next_priming_definitions_count():
    text = "---- MODULE M ----\nVARIABLE x\nUp == x' = x + 1\nDown == x > 0 /\\ x' = x - 1\nInv == x >= 0\n===="
    assert names(text) == ["Up", "Down"]


def test_actions_are_found_in_a_module_sany_rejects():
    text = LOCK.replace("count' = 0 /\\ UNCHANGED owner", "count' = 0 + * /\\ UNCHANGED owner")
    assert names(text) == ["Acquire", "Release", "Reset", "Idle"]


def test_falsify_keeps_lines_and_columns():
    text = "A == x' = 1\nB == \\/ y' = 2\n     \\/ z' = 3\nC == q"
    b = text.index("\\/ y'") + 3
    c = text.index("q")
    edited = falsify(text, [(b, text.index("2") + 1), (c, c + 1)])
    assert edited.splitlines()[1] == "B == \\/ FALSE "
    assert edited.splitlines()[2] == "     \\/ z' = 3"
    assert edited.splitlines()[3] == "C == 1=2"
    assert len(edited.splitlines()) == 4


def test_an_init_with_a_case_is_still_the_specs_initial_predicate():
    # A CASE's arms are separated by "[]", which is also "always": that must not disqualify Init
    # and leave the next-state relation to be taken for the initial predicate.
    text = ('---- MODULE CaseInit ----\nCONSTANT P\nVARIABLE pc\n'
            'Init == pc = [p \\in P |-> CASE p = 1 -> "a" [] OTHER -> "b"]\n'
            'Next == \\E p \\in P : pc[p] = "a" /\\ pc\' = [pc EXCEPT ![p] = "b"]\n'
            'Spec == Init /\\ [][Next]_pc\n====\n')
    assert init_name(outline(text), parse_cfg("SPECIFICATION Spec\n")) == "Init"
