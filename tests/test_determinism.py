"""A score is a function of the candidate and the task, never of the machine: the same candidates
scored on an idle machine and beside two CPU-burning processes give identical scores, outcomes,
tiers and mutant verdicts. Every exploration is bounded by work (depth, distinct states, one TLC
worker); the candidates are chosen so that several of them run into the state budget, where a
time-bounded check would have stopped at a different point under load."""

from __future__ import annotations

import subprocess
import sys
import time
from functools import lru_cache

import pytest

from sysmoray.generation.replay_backend import MutantsBackend, ReferenceBackend
from sysmoray.generation.types import Request
from sysmoray.metrics.evaluate import CheckConfig, Evaluation, TaskData, evaluate, screen
from sysmoray.tasks.loader import find_task
from sysmoray.tla.answer import extract_answer, split_module_file
from sysmoray.tla.budget import Budget
from tests.models import DEEP, DEEP_CFG

# A smaller state budget than the tasks' own keeps the test short and makes more runs stop at it.
CONFIG = CheckConfig(states=20_000)
# (task, backend, sample): references and mutants of three tasks, one of them pysyncobj's.
CANDIDATES = [
    ("semaphore", "reference", 0),
    ("semaphore", "mutants", 0),  # drops a guard: its state space has no end, the budget stops it
    ("queue", "reference", 0),
    ("queue", "mutants", 0),  # drops an UNCHANGED: a sequence may take any value, the budget stops it
    ("pysyncobj-lock", "mutants", 0),
]


@lru_cache(maxsize=None)
def task_data(name: str) -> TaskData:
    return TaskData.load(find_task(name))


def candidate_text(task: str, backend: str, sample: int) -> str:
    replay = ReferenceBackend() if backend == "reference" else MutantsBackend()
    return replay.generate([Request("k", (), n=sample + 1, seed=0, task=task)])[sample].text


def scores(toolchain, task: str, text: str) -> tuple[dict, Evaluation]:
    """The columns that must not depend on the machine."""
    e = evaluate(toolchain, extract_answer(text), None, CONFIG, task_data(task))
    return {
        "phases": {name: (round(p.score, 6), p.outcome.value) for name, p in e.phases.items()},
        "total": e.total,
        "tier": e.tier.tier,
        "mutants": [(m.id, m.status, m.caught_by) for m in e.tier.mutants],
        "invariants": [(i.name, i.outcome) for i in e.invariants],
        "windows": sorted((w.window, w.outcome) for w in e.windows),
        "budget_reached": e.budget_reached,
        "machine_dependent": e.machine_dependent,
    }, e


def burn(n: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def test_scores_are_the_same_idle_and_under_load(toolchain):
    texts = [(task, candidate_text(task, backend, sample)) for task, backend, sample in CANDIDATES]
    idle = [scores(toolchain, task, text) for task, text in texts]
    hogs = burn(2)
    try:
        time.sleep(0.5)
        assert all(h.poll() is None for h in hogs), "the CPU hogs must be running"
        loaded = [scores(toolchain, task, text) for task, text in texts]
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    for (task, backend, sample), (a, ea), (b, _) in zip(CANDIDATES, idle, loaded):
        assert a == b, f"{task} {backend} {sample}: idle {a} != loaded {b}"
        assert not a["machine_dependent"], f"{task} {backend} {sample} hit the wall-clock safety net"
    # The budget really bounded something, and references still score 1.0 on what it explored.
    assert any(a["budget_reached"] for a, _ in idle)
    for (task, backend, _), (a, ea) in zip(CANDIDATES, idle):
        if backend == "reference":
            assert a["total"] == 1.0 and a["tier"] == "diamond", (task, ea.to_dict()["phases"])
    assert any(a["total"] < 1.0 for a, _ in idle), "the mutants must score lower"


@pytest.mark.parametrize("states", [500, 5_000])
def test_a_run_stopped_by_the_state_budget_is_reproducible_and_says_so(toolchain, states):
    """The state budget stops TLC at once (TLCSet("exit")), at the same state every time, with
    coverage and statistics: the phase is scored on what it explored and records it."""
    text = candidate_text("semaphore", "mutants", 0)
    config = CheckConfig(states=states)
    first, second = (screen(toolchain, extract_answer(text), None, config, task_data("semaphore").task) for _ in range(2))
    runtime = first.phases["runtime"]
    assert runtime.details["budget"]["reached"] and runtime.details["budget"]["states"] == states
    assert states <= runtime.details["budget"]["explored"] < states + 100
    assert runtime.details["covered"] and runtime.score == second.phases["runtime"].score
    assert first.budget_reached and first.budget == Budget(states=states)
    assert [r["distinct_states"] for r in runtime.details["runs"]] == [r["distinct_states"] for r in second.phases["runtime"].details["runs"]]


def test_the_simulation_for_deep_actions_walks_the_same_behaviours_under_load(toolchain):
    """The runtime phase's simulation (after a BFS cut short with actions unseen) is bounded by
    its trace count and depth, seeded, on one worker: what it covers, the error it finds and the
    states it generates are the same idle and beside two CPU-burning processes."""
    def simulated():
        runtime = screen(toolchain, split_module_file(DEEP), DEEP_CFG).phases["runtime"]
        runs = [(r["mode"], r["outcome"], r["generated_states"]) for r in runtime.details["runs"]]
        return runtime.score, runtime.details["covered"], runtime.details["errored"], runtime.details["simulation"], runs

    idle = simulated()
    hogs = burn(2)
    try:
        time.sleep(0.5)
        loaded = simulated()
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    assert idle == loaded
    assert idle[3]["covered"] == ["Wrap"] and "simulation" in [mode for mode, _, _ in idle[4]]
