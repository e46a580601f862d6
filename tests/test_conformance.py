"""P3: windows cut from traces, checked in batches by real TLC runs, scored per action."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import pytest

from sysmoray.metrics.conformance import conformance_phase, score_windows
from sysmoray.metrics.window_check import WindowCheckConfig, check_windows, diagnose_failures, model_shape, window_batches
from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.trace import Step, Trace, TraceHeader
from sysmoray.tasks.values import to_tla
from sysmoray.tasks.windows import cut_windows, shard
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import Limits


@lru_cache(maxsize=None)
def semaphore():
    task = find_task("semaphore")
    traces, _ = load_traces(task)
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    return task, tuple(cut_windows(task, traces)), text, cfg


def p3(toolchain, text, cfg=None, task=None, windows=None, limits=Limits()):
    base_task, base_windows, _, base_cfg = semaphore()
    task = task or base_task
    cfg = base_cfg if cfg is None else cfg
    return conformance_phase(toolchain, text, model_shape(outline(text), parse_cfg(cfg)), cfg, task,
                             base_windows if windows is None else windows, limits)


def test_windows_are_distinct_steps_with_contract_ordered_arguments():
    task = find_task("semaphore")
    header = TraceHeader("semaphore", "t", 1, "3.11", {})
    step = Step(0, "t1", "Acquire", {"t": "t1"}, {"value": 2, "waiting": [], "woken": {"set": []}},
                {"value": 1, "waiting": [], "woken": {"set": []}})
    traces = [Trace("a", header, (step, replace(step, seq=1))), Trace("b", replace(header, trace="u"), (step,))]
    windows = cut_windows(task, traces)
    assert len(windows) == 1
    assert windows[0].occurrences == 3 and windows[0].first_seen == "t:0" and windows[0].args == ("t1",)
    assert [len(s) for s in shard(list(range(5)), 2)] == [2, 2, 1]


def test_reference_passes_every_window_in_one_tlc_run(toolchain):
    task, windows, text, cfg = semaphore()
    phase, results = p3(toolchain, text)
    assert phase.score == 1.0 and phase.outcome == Outcome.OK
    assert len(results) == len(windows) and {r.outcome for r in results} == {"pass"}
    assert phase.details["actions_total"] == len(task.actions)


def test_wrong_effect_fails_its_action_and_names_the_variable(toolchain):
    _, _, text, _ = semaphore()
    wrong = text.replace("/\\ value' = value - 1\n", "/\\ value' = value\n", 1)  # Acquire takes no permit
    assert wrong != text
    phase, results = p3(toolchain, wrong)
    assert phase.score == pytest.approx(4 / 5)
    failed = [r for r in results if r.outcome == "fail"]
    assert failed and {r.action for r in failed} == {"Acquire"}
    # The closest state is looked for in the first failed windows of an action only: enumerating
    # a step's successors is what can cost (a step into any of thousands of values).
    first = sorted(r.window for r in failed)[:WindowCheckConfig().diagnosed_per_action]
    assert len(failed) > len(first)
    assert all(r.differs == ("value",) for r in failed if r.window in first)
    assert all(not r.differs and "not diagnosed" in r.reason for r in failed if r.window not in first)
    assert phase.details["per_action"]["Acquire"].get("pass", 0) == 0


def test_disabled_action_is_reported_as_not_enabled(toolchain):
    _, _, text, _ = semaphore()
    strict = text.replace("Resume(t) == /\\ t \\in woken", "Resume(t) == /\\ t \\in woken /\\ value > 0", 1)
    phase, results = p3(toolchain, strict)
    resumed = [r for r in results if r.action == "Resume" and r.outcome == "fail"]
    assert resumed and "not enabled" in resumed[0].reason
    assert phase.score < 1.0


def test_evaluation_error_is_charged_to_its_window_and_the_rest_still_run(toolchain):
    _, windows, text, _ = semaphore()
    broken = text.replace("woken' = woken \\ {t}", "woken' = woken \\ {Head(waiting)}", 1)
    phase, results = p3(toolchain, broken)
    errors = [r for r in results if r.outcome == "error"]
    assert errors and all(r.action == "Resume" for r in errors)
    assert "Head" in errors[0].reason
    others = [r for r in results if r.action != "Resume"]
    assert others and all(r.outcome == "pass" for r in others)
    assert phase.outcome == Outcome.EVALUATION_ERROR and phase.score == pytest.approx(4 / 5)


def test_model_with_other_variable_names_scores_zero_with_the_missing_names(toolchain):
    _, _, text, _ = semaphore()
    renamed = text.replace("woken", "notified")
    phase, results = p3(toolchain, renamed)
    assert phase.score == 0.0 and phase.outcome == Outcome.CONTRACT_MISMATCH
    assert phase.details["missing_variables"] == ["woken"]
    assert "woken" in phase.errors[0].message and all("woken" in r.reason for r in results)


def test_missing_action_and_wrong_arity_fail_those_windows_only(toolchain):
    _, _, text, _ = semaphore()
    no_try = text.replace("TryAcquire(t) ==", "TryTake(t) ==").replace("\\/ TryAcquire(t)", "\\/ TryTake(t)")
    phase, results = p3(toolchain, no_try)
    failed = {r.action: r.reason for r in results if r.outcome != "pass"}
    assert set(failed) == {"TryAcquire"} and "defines no action TryAcquire" in failed["TryAcquire"]
    assert phase.score == pytest.approx(4 / 5)

    arity = (text.replace("Release(t) ==", "Release(t, u) ==").replace("\\/ Release(t)", "\\/ Release(t, t)"))
    phase, results = p3(toolchain, arity)
    failed = {r.action: r.reason for r in results if r.outcome != "pass"}
    assert set(failed) == {"Release"} and "takes 2 parameter(s)" in failed["Release"]


# A semaphore whose release takes two steps: the permit comes back first, the waiter is woken by
# a later internal Notify step, flagged by a variable outside the contract.
TWO_STEP = r"""---- MODULE Semaphore ----
EXTENDS Naturals, Sequences
CONSTANTS Threads, Max
VARIABLES value, waiting, woken, notifying
Idle(t) == (\A i \in DOMAIN waiting : waiting[i] # t) /\ t \notin woken
Init == value = Max /\ waiting = <<>> /\ woken = {} /\ notifying = FALSE
Acquire(t) == Idle(t) /\ value > 0 /\ value' = value - 1 /\ UNCHANGED <<waiting, woken, notifying>>
Block(t) == Idle(t) /\ value = 0 /\ waiting' = Append(waiting, t) /\ UNCHANGED <<value, woken, notifying>>
TryAcquire(t) == Idle(t) /\ value' = (IF value > 0 THEN value - 1 ELSE value) /\ UNCHANGED <<waiting, woken, notifying>>
Release(t) == /\ Idle(t) /\ ~notifying
              /\ IF value = Max THEN UNCHANGED <<value, waiting, woken, notifying>>
                 ELSE value' = value + 1 /\ notifying' = (waiting # <<>>) /\ UNCHANGED <<waiting, woken>>
Notify == /\ notifying /\ notifying' = FALSE /\ UNCHANGED value
          /\ woken' = woken \cup {Head(waiting)} /\ waiting' = Tail(waiting)
Resume(t) == /\ t \in woken /\ woken' = woken \ {t} /\ UNCHANGED notifying
             /\ IF value > 0 THEN value' = value - 1 /\ UNCHANGED waiting
                ELSE waiting' = Append(waiting, t) /\ UNCHANGED value
Next == Notify \/ \E t \in Threads : Acquire(t) \/ Block(t) \/ TryAcquire(t) \/ Release(t) \/ Resume(t)
Spec == Init /\ [][Next]_<<value, waiting, woken, notifying>>
====
"""


def test_internal_steps_and_variables_outside_the_contract(toolchain):
    task, windows, _, cfg = semaphore()
    cfg = cfg.replace("SPECIFICATION Spec", "INIT Init\nNEXT Next")
    # Without internal steps a release with waiters cannot reach the recorded post-state.
    phase, results = p3(toolchain, TWO_STEP, cfg)
    release = [r for r in results if r.action == "Release" and r.outcome != "pass"]
    assert release and phase.score < 1.0
    assert all(r.outcome == "pass" for r in results if r.action != "Release")
    # The task allows one internal step after Release: now every window passes.
    actions = tuple(replace(a, internal_steps=1) if a.name == "Release" else a for a in task.actions)
    phase, results = p3(toolchain, TWO_STEP, cfg, task=replace(task, actions=actions))
    assert phase.score == 1.0, phase.details["failures"]


def test_shards_scored_together_equal_one_batch(toolchain):
    task, windows, text, cfg = semaphore()
    broken = text.replace("/\\ value' = value - 1\n", "/\\ value' = value\n", 1)
    shape = model_shape(outline(broken), parse_cfg(cfg))
    whole = check_windows(toolchain, broken, shape, cfg, task, windows)
    # Shards leave their failures undiagnosed; diagnosed together, they equal one batch's.
    parts = [r for part in shard(windows, 25) for r in check_windows(toolchain, broken, shape, cfg, task, part, diagnose=False)]
    assert any(not r.diagnosed for r in parts)
    parts = diagnose_failures(toolchain, broken, shape, cfg, task, windows, parts)
    assert parts == whole
    assert score_windows(parts, task, shape).score == score_windows(whole, task, shape).score < 1.0


def test_windows_too_big_for_one_wrapper_are_checked_in_size_bounded_batches(toolchain):
    """A task whose states are big (etcd-raft's) cannot put every window into one wrapper: the
    batches a size bound cuts give the same results, an evaluation error included."""
    task, windows, text, cfg = semaphore()
    broken = text.replace("woken' = woken \\ {t}", "woken' = woken \\ {Head(waiting)}", 1)
    shape = model_shape(outline(broken), parse_cfg(cfg))
    small = WindowCheckConfig(max_batch_chars=400)
    batches = window_batches(task, windows, small.max_batch_chars)
    assert len(batches) >= 4 and [w for b in batches for w in b] == list(windows)
    # A batch writes each distinct value of a variable once.
    assert all(len(b) == 1 or sum(len(t) for _, t in {(v, to_tla(s[v])) for w in b for s in (w.pre, w.post)
                                                        for v in task.variable_names}) <= 400
               for b in batches)
    whole = check_windows(toolchain, broken, shape, cfg, task, windows)
    assert check_windows(toolchain, broken, shape, cfg, task, windows, config=small) == whole
    assert {r.outcome for r in whole} == {"pass", "error", "skipped"}  # Resume skipped after its 2 errors
