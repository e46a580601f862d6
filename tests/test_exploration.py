"""One exploration of a model serves P2, the tier and P4 (metrics.runtime): the same verdicts as
the runs each of them used to make alone, in fewer JVMs, on real TLC."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sysmoray.generation.replay_backend import MutantsBackend
from sysmoray.generation.types import Request
from sysmoray.metrics.evaluate import CheckConfig, TaskData, evaluate, screen
from sysmoray.metrics.invariants import ERROR, HELD, invariants_phase
from sysmoray.metrics.tier import TierConfig, tier_of
from sysmoray.metrics.window_check import model_shape
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.model import InvariantTemplate
from sysmoray.tla.answer import extract_answer, split_module_file
from sysmoray.tla.cfg import parse_cfg
from tests.models import LOCK, LOCK_CFG, lock_with, reference_files

NO_MUTATION = CheckConfig(tier=TierConfig(mutation=False))


def test_the_tier_and_p4_read_the_runtime_phases_exploration(toolchain):
    task = find_task("semaphore")
    data = TaskData.load(task)
    text, cfg = reference_files(task)
    result = evaluate(toolchain, split_module_file(text), cfg, NO_MUTATION, data)
    runtime = result.phases["runtime"]
    # One tracked run: the model's config (its TypeOK), the task's safety templates, deadlock.
    assert [r.get("tracked") for r in runtime.details["runs"]] == [True]
    assert result.tier.model_run["reused"] and result.tier.tier == "gold"
    invariants = result.phases["invariants"]
    # The safety templates came from the exploration (counted once in P4's budget record); only
    # the liveness one ran apart.
    safety = {t.name for t in task.invariants if t.type == "safety"}
    assert {t["name"] for t in runtime.details["model_check"]["templates"]} == safety
    assert invariants.details["budget"]["runs"] == 2 and invariants.score == 1.0


@pytest.mark.parametrize("sample", range(4))
def test_p4_from_the_exploration_equals_p4_alone(toolchain, sample):
    """Mutants of the queue task (its templates broken by some): P4 from the runtime phase's
    exploration is P4 from runs of its own, template by template, reasons included."""
    task = find_task("queue")
    [candidate] = MutantsBackend().generate([Request("k", (), n=1, first_sample=sample, seed=3, task="queue")])
    answer = extract_answer(candidate.text)
    first = screen(toolchain, answer, None, CheckConfig(), task)
    assert first.model_check is not None and first.model_check.templates
    merged = {r.name: r for r in first.model_check.templates}
    shape = model_shape(first.model, parse_cfg(first.cfg_text))
    _, alone = invariants_phase(toolchain, first.model.text, shape, first.cfg_text, task)
    assert {n: (r.outcome, r.reason) for n, r in merged.items()} == \
        {r.name: (r.outcome, r.reason) for r in alone if r.name in merged}


def test_the_tier_from_the_exploration_equals_tlc_on_the_config_alone(toolchain):
    """Broken invariant, deadlock, an invariant TLC cannot evaluate, an action's error: the tier's
    verdict from the exploration is the one its own run of TLC gives."""
    cases = {
        "broken": (LOCK.replace("Mutex == owner \\in Procs \\cup {Free}", "Mutex == count < 2"), LOCK_CFG),
        "deadlock": (lock_with("Idle == owner # Free /\\ UNCHANGED <<owner, count>>", "Idle == FALSE")
                     .replace("Reset == owner = Free /\\ count = 2", "Reset == FALSE /\\ count = 2"), LOCK_CFG),
        "unevaluable": (LOCK.replace("Mutex == owner \\in Procs \\cup {Free}", "Mutex == owner + 1 = 2"), LOCK_CFG),
        "clean": (LOCK, LOCK_CFG),
    }
    for name, (text, cfg) in cases.items():
        first = screen(toolchain, split_module_file(text), cfg, NO_MUTATION)
        # None of them is the actions' business: P2 explores as if the config checked nothing.
        assert first.phases["runtime"].outcome.value == "ok", (name, first.phases["runtime"].to_dict())
        reused = tier_of(toolchain, first.model, model_shape(first.model, parse_cfg(cfg)), cfg, first.phases["syntax"],
                         config=TierConfig(mutation=False), model_run=first.model_check.run)
        alone = tier_of(toolchain, first.model, model_shape(first.model, parse_cfg(cfg)), cfg, first.phases["syntax"],
                        config=TierConfig(mutation=False))
        assert reused.model_run.get("reused") and not alone.model_run.get("reused")
        assert (reused.tier, reused.model_run["outcome"]) == (alone.tier, alone.model_run["outcome"]), \
            (name, reused.reason, alone.reason)
        assert reused.tier == ("gold" if name == "clean" else "silver"), (name, reused.reason)


def test_a_template_tlc_cannot_evaluate_is_set_aside_and_the_exploration_goes_on(toolchain):
    """TLC names the tracker check it could not evaluate (each template has its own): that
    template is an error, the run is repeated without it, and P2 and the others are unaffected."""
    task = find_task("semaphore")
    broken = InvariantTemplate("Sums", "safety", "", "", "value + TRUE = 1")
    task = replace(task, invariants=(*[t for t in task.invariants if t.type == "safety"], broken))
    text, cfg = reference_files(task)
    first = screen(toolchain, split_module_file(text), cfg, NO_MUTATION, task)
    runtime = first.phases["runtime"]
    assert runtime.score == 1.0 and runtime.outcome.value == "ok"
    verdicts = {r.name: r for r in first.model_check.templates}
    assert verdicts["Sums"].outcome == ERROR and "Attempted to apply" in verdicts["Sums"].reason, verdicts["Sums"]
    assert {n for n, r in verdicts.items() if r.outcome == HELD} == {t.name for t in task.invariants} - {"Sums"}
    assert [r.get("tracked") for r in runtime.details["runs"]] == [True, True]


def test_p4_with_other_constants_than_the_models_config_runs_apart(toolchain):
    """P4 checks under the contract's constant values; a model configured with others explores
    its own state space, so P4 cannot read that exploration and runs its own."""
    task = find_task("semaphore")
    text, cfg = reference_files(task)
    assert "Max = 2" in cfg
    first = screen(toolchain, split_module_file(text), cfg.replace("Max = 2", "Max = 3"), NO_MUTATION, task)
    assert first.model_check is not None and first.model_check.templates == ()
    same = screen(toolchain, split_module_file(text), cfg, NO_MUTATION, task)
    assert len(same.model_check.templates) == len([t for t in task.invariants if t.type == "safety"])


# --- budgets that tell the truth (issue 34) --------------------------------------------------

COUNTERS = """---- MODULE Counters ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\\ b = 0
IncA == a' = a + 1 /\\ UNCHANGED b
IncB == b < a /\\ b' = b + 1 /\\ UNCHANGED a
Next == IncA \\/ IncB
Behind == b <= a
Small == a <= 6
====
"""


def test_an_exploration_cut_by_the_work_budget_is_silver_as_chattlas_timeout(toolchain):
    config = CheckConfig(states=2_000)
    unbounded = evaluate(toolchain, split_module_file(COUNTERS), "INIT Init\nNEXT Next\nINVARIANT Behind\n", config)
    assert unbounded.tier.tier == "silver", unbounded.tier.reason
    assert unbounded.tier.reason == "did not finish within the work budget (2000 distinct states): ChatTLA's timeout"
    report = unbounded.to_dict()
    assert report["phases"]["runtime"]["details"]["budget"]["complete"] is False
    assert report["tier_details"]["budget"]["complete"] is False and report["budget"]["unfinished"] is True
    assert unbounded.budget_reached and not unbounded.tier.mutants  # no mutation test on an unfinished run

    bounded = evaluate(toolchain, split_module_file(COUNTERS),
                       "INIT Init\nNEXT Next\nINVARIANT Behind\nCONSTRAINT Small\n", config)
    assert bounded.tier.tier in ("gold", "diamond"), bounded.tier.reason
    report = bounded.to_dict()
    assert report["phases"]["runtime"]["details"]["budget"]["complete"] is True
    assert report["tier_details"]["budget"]["complete"] is True and report["budget"]["unfinished"] is False
    assert not bounded.budget_reached


WIDE = """---- MODULE Wide ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\\ y = 0
Step == y < 2 /\\ x' \\in 0..300 /\\ y' = y + 1
Next == Step
InRange == x <= 300
====
"""


def test_a_state_with_thousands_of_successors_does_not_carry_a_run_past_its_budget(toolchain):
    """TLC finishes expanding the state in hand after it is told to stop; the successors past
    the budget are refused too, so TLC's own count is the budget: the model's exploration and
    each run of its mutation test (the guard dropped, y runs away with 301 successors a step)."""
    from sysmoray.tla.tlc import TLCOptions, run_tlc

    cfg = "INIT Init\nNEXT Next\nINVARIANT InRange\n"
    unguarded = WIDE.replace("Step == y < 2 /\\", "Step ==")
    run = run_tlc(toolchain, {"Wide.tla": unguarded}, "Wide", "INIT Init\nNEXT Next\n",
                  TLCOptions(check_deadlock=False, state_budget=2_000))
    assert run.budget_reached and run.distinct_states == 2_000, run.distinct_states
    checked = evaluate(toolchain, split_module_file(WIDE), cfg + "CHECK_DEADLOCK FALSE\n",
                       CheckConfig(states=2_000, tier=TierConfig(decide_only=False)))
    assert checked.tier.usage["complete"], checked.tier.reason  # the model itself: 603 states
    mutants = checked.tier.mutant_usage
    assert mutants["runs"] >= 1 and mutants["explored"] <= 2_000, mutants
    assert mutants["reached"] and not checked.budget_reached  # a mutant's cut run is not the model's


def test_a_config_with_alias_scores_like_the_one_without(toolchain):
    """ALIAS only changes how TLC prints a trace; a jar that cannot read it (this one) has it
    dropped with a note instead of failing every run of the model."""
    assert not toolchain.has("alias")  # else this test says nothing: the jar would read ALIAS
    text = LOCK.replace("====", "Shown == [who |-> owner, times |-> count]\n====")
    plain = evaluate(toolchain, split_module_file(text), LOCK_CFG, CheckConfig())
    aliased = evaluate(toolchain, split_module_file(text), LOCK_CFG + "ALIAS Shown\n", CheckConfig())
    assert plain.phases["runtime"].score == 1.0 and plain.tier.tier == "gold", plain.tier.reason
    assert (aliased.total, aliased.tier.tier, aliased.tier.reason) == (plain.total, plain.tier.tier, plain.tier.reason)
    assert {n: p.score for n, p in aliased.phases.items()} == {n: p.score for n, p in plain.phases.items()}
    assert aliased.extraction["config_notes"] == [
        "ALIAS dropped: this tla2tools.jar cannot read it, and it only changes how TLC prints traces, not its verdict"]
    assert "config_notes" not in plain.extraction


COUNTER = """---- MODULE Counter ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\\ y = 0
Inc == x < 5000 /\\ x' = x + 1 /\\ UNCHANGED y
Dec == x > 0 /\\ x' = x - 1 /\\ UNCHANGED y
Deep == x = 4000 /\\ y = 0 /\\ y' = 1 /\\ UNCHANGED x
Next == Inc \\/ Dec \\/ Deep
====
"""


@pytest.mark.parametrize("deep", [False, True])
def test_coverage_is_paid_for_only_while_some_action_is_unseen(toolchain, monkeypatch, deep):
    """The probe (tla.jvm.FIRST_RUN_STATES) counts the actions it saw; the full run goes without
    TLC's coverage when it saw them all, and with it while one is unseen (Deep fires only at
    x = 4000, past the probe). P2 is the same either way."""
    from sysmoray.metrics import runtime
    from sysmoray.tla.jvm import FIRST_RUN_STATES

    text = COUNTER if deep else COUNTER.replace("Next == Inc \\/ Dec \\/ Deep", "Next == Inc \\/ Dec")
    seen: list[tuple[int | None, bool]] = []
    real = runtime.run_tlc

    def spy(toolchain, files, root, cfg_text, options, limits):
        seen.append((options.state_budget, options.coverage))
        return real(toolchain, files, root, cfg_text, options, limits)

    monkeypatch.setattr(runtime, "run_tlc", spy)
    result = evaluate(toolchain, split_module_file(text), "INIT Init\nNEXT Next\n", NO_MUTATION)
    runtime_phase = result.phases["runtime"]
    assert runtime_phase.score == 1.0 and runtime_phase.details["not_covered"] == []
    assert runtime_phase.details["covered"] == (["Dec", "Deep", "Inc"] if deep else ["Dec", "Inc"])
    assert seen[0] == (FIRST_RUN_STATES, True)  # the probe
    assert seen[1] == (CheckConfig().budget(None).states, deep), seen  # the full run
