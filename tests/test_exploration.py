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
from tests.models import LOCK, LOCK_CFG, lock_with

NO_MUTATION = CheckConfig(tier=TierConfig(mutation=False))


def test_the_tier_and_p4_read_the_runtime_phases_exploration(toolchain):
    task = find_task("semaphore")
    data = TaskData.load(task)
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
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
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
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
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    assert "Max = 2" in cfg
    first = screen(toolchain, split_module_file(text), cfg.replace("Max = 2", "Max = 3"), NO_MUTATION, task)
    assert first.model_check is not None and first.model_check.templates == ()
    same = screen(toolchain, split_module_file(text), cfg, NO_MUTATION, task)
    assert len(same.model_check.templates) == len([t for t in task.invariants if t.type == "safety"])
