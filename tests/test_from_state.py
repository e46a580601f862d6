"""A model started from a state TLC printed (tla.from_state): the wrapper the runtime phase runs
to locate an error a simulation reported without its position."""

from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.from_state import INIT_NAME, from_state, model_values
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import outline
from sysmoray.tla.tlc import TLCOptions, run_tlc

MODEL = r"""---- MODULE Owners ----
EXTENDS Naturals, Sequences, TLC
CONSTANTS Procs, Nobody
VARIABLES owner, q
Init == owner = Nobody /\ q = <<>>
Take == \E p \in Procs : owner' = p /\ q' = Append(q, [who |-> p, f |-> (p :> 1)])
Drop == Len(q) = 2 /\ owner' = Head(Tail(Tail(q))) /\ UNCHANGED q
Spec == Init /\ [][Take \/ Drop]_<<owner, q>>
====
"""
CFG = 'CONSTANTS\n  Procs = {p1, p2}\n  Nobody = Nobody\nSPECIFICATION Spec\n'


def test_model_values_are_the_bare_names_of_the_cfgs_assignments():
    cfg = parse_cfg(CFG.replace("SPECIFICATION", 'Limit <- Other\nWord = "p9"\nOn = TRUE\nSPECIFICATION'))
    assert model_values(cfg) == ["p1", "p2", "Nobody"]  # not "p9", TRUE or a substitution
    assert model_values(parse_cfg("CONSTANT N = 3\nB = TRUE\n")) == []


def test_a_state_with_model_values_records_and_functions_starts_a_run(toolchain):
    state = {"owner": "p2", "q": "<< [who |-> p1, f |-> (p1 :> 1)],\n   [who |-> p2, f |-> (p2 :> 1)] >>"}
    root, text, cfg_text = from_state(outline(MODEL), parse_cfg(CFG), "Next", state) or (None, None, None)
    assert root == "SysmorayFromOwners" and "CONSTANTS p1, p2\n" in text and "Nobody" not in text.split("==")[0]
    assert f"INIT\n    {INIT_NAME}" in cfg_text and "SPECIFICATION" not in cfg_text
    # The printed p1 is the cfg's model value p1: Take adds a third entry; Drop fails on the state.
    files = {"Owners.tla": MODEL.replace("Spec ==", "Next == Take \\/ Drop\nSpec =="), f"{root}.tla": text}
    result = run_tlc(toolchain, files, root, cfg_text, TLCOptions(depth_bound=1, check_deadlock=False))
    assert result.outcome == Outcome.EVALUATION_ERROR, result.output[-1500:]
    assert "Head" in result.errors[0].message and result.errors[0].locations[0].line == 7


def test_a_state_without_every_variable_starts_nothing():
    assert from_state(outline(MODEL), parse_cfg(CFG), "Next", {"owner": "p1"}) is None
