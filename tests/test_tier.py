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


# --- Diamond's invariant rule, the deadlock contract, shared budgets --------------------------

def check_text(toolchain, text, cfg, **tier):
    from sysmoray.metrics.evaluate import CheckConfig, evaluate
    from sysmoray.tla.answer import split_module_file

    return evaluate(toolchain, split_module_file(text), cfg, CheckConfig(tier=TierConfig(**tier)))


def test_type_invariants_are_told_apart_on_sanys_tree(toolchain):
    from sysmoray.tla.sany import export_module
    from sysmoray.tla.semantic import is_type_invariant

    text = """---- MODULE Shapes ----
EXTENDS Naturals
CONSTANT P
VARIABLES x, pc, f, s
Base == x \\in 0..3
T1 == Base /\\ f \\in [P -> BOOLEAN]
T2 == /\\ \\A p \\in P : pc[p] \\in {"a", "b"}
      /\\ s \\subseteq P
Rel == x <= 2
DependsOnState == x \\in 0..Cardinality(s)
Mixed == x \\in 0..3 /\\ x # 2
====
"""
    text = text.replace("EXTENDS Naturals", "EXTENDS Naturals, FiniteSets")
    tree = export_module(toolchain, text, "Shapes").tree
    assert {n: is_type_invariant(tree, n) for n in ("T1", "T2", "Rel", "DependsOnState", "Mixed")} == {
        "T1": True, "T2": True, "Rel": False, "DependsOnState": False, "Mixed": False}


def test_diamond_needs_an_invariant_other_than_the_type_invariant(toolchain):
    # TypeOK alone catches mutants (a counter pushed out of 0..3), but says only types.
    typed_only = check_text(toolchain, PAIR, "INIT Init\nNEXT Next\nINVARIANT TypeOK\nCHECK_DEADLOCK FALSE\n")
    assert typed_only.tier.tier == "gold", typed_only.tier.reason
    assert "caught by type invariant only (TypeOK)" in typed_only.tier.reason
    assert typed_only.tier.to_dict()["caught_by_type_invariant_only"] == ["TypeOK"]
    assert typed_only.tier.non_trivial == []
    # With Sorted beside it, Sorted's catches make it Diamond; TypeOK is never the reason.
    both = check_text(toolchain, PAIR, CFG + "CHECK_DEADLOCK FALSE\n")
    assert both.tier.tier == "diamond", both.tier.reason
    assert both.tier.non_trivial == ["Sorted"]


DEADLOCKS = """---- MODULE Stops ----
EXTENDS Naturals
VARIABLE n
TypeOK == n \\in 0..2
Small == n <= 2
Init == n = 0
Step == n < 2 /\\ n' = n + 1
Next == Step
====
"""


def test_deadlock_is_an_error_unless_the_config_says_check_deadlock_false(toolchain):
    checked = check_text(toolchain, DEADLOCKS, "INIT Init\nNEXT Next\nINVARIANT Small\n")
    assert checked.phases["runtime"].score == 1.0  # the runtime phase does not check deadlock
    assert checked.tier.tier == "silver" and "deadlock" in checked.tier.reason, checked.tier.reason
    # TLC 2.15 rejects the keyword in a config: sysmoray reads it and passes -deadlock.
    allowed = check_text(toolchain, DEADLOCKS, "INIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n")
    assert allowed.phases["runtime"].outcome.value == "ok"
    assert allowed.tier.tier in ("gold", "diamond"), allowed.tier.reason


def test_the_runtime_phase_explores_without_the_models_invariants_and_properties(toolchain):
    # An invariant violated at depth 1, one TLC cannot evaluate, and a liveness property that
    # fails: none of them cuts the actions' exploration.
    text = DEADLOCKS.replace("====", "Broken == n + TRUE\nEventuallyTwo == <>(n = 5)\n"
                             "Spec == Init /\\ [][Next]_n\n====")
    cfg = "SPECIFICATION Spec\nINVARIANT Small Broken\nINVARIANT TypeOK\nPROPERTY EventuallyTwo\nCHECK_DEADLOCK FALSE\n"
    result = check_text(toolchain, text.replace("Small == n <= 2", "Small == n < 1"), cfg)
    runtime = result.phases["runtime"]
    assert (runtime.score, runtime.outcome.value, runtime.errors) == (1.0, "ok", ())
    assert runtime.details["covered"] == ["Step"]
    assert result.tier.tier == "silver"  # the tier runs TLC with them: its own config fails


def test_a_run_whose_uncaught_mutants_shared_the_budget_splits_them():
    from sysmoray.metrics.tier import _settle
    from sysmoray.tla.mutants import Mutant
    from sysmoray.tla.outcome import Outcome
    from sysmoray.tla.tlc import TLCResult

    group = [Mutant(i, "op", "Next", 1, i * 10, i * 10 + 1, "x", "FALSE", f"m{i}") for i in (1, 2, 3)]
    full = TLCResult(outcome=Outcome.OK, distinct_states=50_000, budget_reached=True)
    step = _settle(full, group)
    assert step.shared_budget and not step.settled  # none survived a budget it shared
    alone = _settle(full, group[:1])
    assert alone.settled[1].status == SURVIVED and "work budget" in alone.settled[1].reason
    assert not _settle(TLCResult(outcome=Outcome.OK, distinct_states=40), group).shared_budget


def test_a_mutant_sany_gave_no_verdict_on_is_unchecked_never_rejected(toolchain, monkeypatch):
    import dataclasses

    import sysmoray.metrics.tier as tier
    from sysmoray.tla.runner import Limits

    good = pair_mutants()[0]
    broken = dataclasses.replace(good, id=99, replacement="b + * 1", description="does not parse")
    outcomes, _ = run(toolchain, [good, broken], decide_only=False)
    assert outcomes[99].status == "unparsed" and outcomes[99].reason == "SANY rejects the mutant"

    # The same batch, killed by its safety net (a real SANY JVM cannot start in 0.05 s): no
    # verdict was measured, so no mutant is "rejected" by it.
    real = tier.check_modules
    monkeypatch.setattr(tier, "check_modules", lambda tc, files, roots, limits: real(tc, files, roots, Limits(timeout_s=0.05)))
    outcomes, _ = run(toolchain, [good, broken], decide_only=False)
    assert {outcomes[good.id].status, outcomes[99].status} == {UNCHECKED}
    assert "SANY gave no verdict on the mutant (timeout)" in outcomes[99].reason
