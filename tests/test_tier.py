"""The Diamond mutation test's runs, on real TLC: stopping at the first caught mutant when only the
tier is wanted, and naming the mutant behind a step that leaves a variable unassigned."""

from __future__ import annotations

from sysmoray.metrics.tier import CAUGHT, ERRORED, SURVIVED, UNCHECKED, TierConfig, mutation_test
from sysmoray.metrics.window_check import model_shape
from sysmoray.tla.budget import Budget, Usage
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.mutants import generate_mutants
from sysmoray.tla.outline import outline

PAIR = """---- MODULE Pair ----
EXTENDS Naturals
VARIABLES a, b
TypeOK == a \\in 0..3 /\\ b \\in 0..3
Sorted == a <= b
Init == a = 0 /\\ b = 0
IncB == b < 3 /\\ b' = b + 1 /\\ UNCHANGED a
IncA == a < b /\\ a' = a + 1 /\\ UNCHANGED b
Reset == a = 3 /\\ b = 3 /\\ a' = 0 /\\ b' = 0
Next == IncB \\/ IncA \\/ Reset
====
"""
CFG = "INIT Init\nNEXT Next\nINVARIANT TypeOK Sorted\n"


def run(toolchain, mutants, text=PAIR, **config):
    model = outline(text)
    shape = model_shape(model, parse_cfg(CFG))
    usage = Usage(Budget().states)
    outcomes = mutation_test(toolchain, model, shape, CFG, None, ["TypeOK", "Sorted"], [], mutants,
                             config=TierConfig(**config), usage=usage)
    return {o.id: o for o in outcomes}, usage


def pair_mutants(text=PAIR):
    return generate_mutants(outline(text), parse_cfg(CFG), {})


def test_first_catch_decides_the_tier_and_leaves_the_rest_unchecked(toolchain):
    mutants = pair_mutants()
    full, _ = run(toolchain, mutants, decide_only=False)
    caught = {i for i, o in full.items() if o.status == CAUGHT}
    assert len(caught) >= 2, [o.to_dict() for o in full.values()]
    assert UNCHECKED not in {o.status for o in full.values()}

    first, usage = run(toolchain, mutants)
    statuses = [o.status for o in first.values()]
    assert statuses.count(CAUGHT) == 1 and usage.runs == 1
    # The run stopped at its first violation: what it did not catch was never explored to the
    # end, so it is unchecked, never "survived".
    assert SURVIVED not in statuses
    (hit,) = [i for i, o in first.items() if o.status == CAUGHT]
    assert hit in caught
    assert all("decided" in o.reason for o in first.values() if o.status == UNCHECKED)


def test_a_step_that_leaves_a_variable_unassigned_names_its_mutant(toolchain):
    # With no finite domain to draw from, a dropped UNCHANGED leaves the variable unassigned.
    text = PAIR.replace("a \\in 0..3 /\\ b \\in 0..3", "a >= 0 /\\ b >= 0")
    mutants = [m for m in pair_mutants(text) if m.operator == "drop_unchanged"]
    assert len(mutants) >= 2
    outcomes, usage = run(toolchain, mutants, text, decide_only=False)
    assert {o.status for o in outcomes.values()} == {ERRORED}
    assert all("not assigned" in o.reason for o in outcomes.values())
    # Each run names the mutant that broke it (from the state TLC shows): one run per mutant,
    # no halving of groups that fail without naming one.
    assert usage.runs == len(mutants)
