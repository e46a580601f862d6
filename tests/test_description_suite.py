"""The built-in description suite (ChatTLA style, 2 problems in each of its 10 domains): every
reference scores 1.0 on its phases (P1, P2, P4) and reaches Diamond through one of the task's
own invariants; mutants its invariants catch score lower.

The oracle of "catches" is the Diamond mutation test run with the task's templates only, apart
from the code under test: a caught mutant's whole evaluation. One mutant per task keeps the
suite's CI time in bounds (20 tasks); the system tasks' tests check many more per task."""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from sysmoray.metrics.evaluate import CheckConfig, TaskData, evaluate
from sysmoray.metrics.tier import CAUGHT, DIAMOND, TierConfig, domains_for, mutation_test
from sysmoray.metrics.window_check import model_shape
from sysmoray.tasks.loader import discover_tasks
from sysmoray.tasks.model import DOMAINS, in_suite
from sysmoray.tla.answer import split_module_file
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.mutants import apply_mutant, generate_mutants
from sysmoray.tla.outline import outline
from sysmoray.tla.toolchain import find_toolchain
from tests.models import reference_files

SUITE = {t.name: t for t in discover_tasks() if in_suite(t, "description")}


def test_the_suite_has_two_problems_in_each_of_chattlas_domains():
    per_domain = Counter(t.domain for t in SUITE.values())
    assert set(per_domain) == set(DOMAINS) and set(per_domain.values()) == {2}, per_domain
    for task in SUITE.values():
        assert task.reference_module and task.reference_cfg, task.name
        assert len(task.invariants) >= 2 and task.variables, task.name
        assert task.phases == ("syntax", "runtime", "invariants")


def reference(name: str) -> tuple[str, str]:
    return reference_files(SUITE[name])


def check_task(name: str):
    """The reference's evaluation, and a mutant the task's own invariants catch with its evaluation
    (None when the oracle catches none)."""
    toolchain, task = find_toolchain(), SUITE[name]
    text, cfg = reference(name)
    data = TaskData(task, ())
    of_reference = evaluate(toolchain, split_module_file(text), cfg, CheckConfig(), data)
    model = outline(text)
    mutants = generate_mutants(model, parse_cfg(cfg), domains_for(task, model))
    templates = [t for t in task.invariants if t.type == "safety"]
    decided = mutation_test(toolchain, model, model_shape(model, parse_cfg(cfg)), cfg, task, [], templates,
                            mutants, config=TierConfig())  # until one is caught
    caught = sorted(o.id for o in decided if o.status == CAUGHT)
    if not caught:
        return of_reference, len(mutants), None
    mutant = next(m for m in mutants if m.id == random.Random(0).choice(caught))
    of_mutant = evaluate(toolchain, split_module_file(apply_mutant(text, mutant)), cfg, CheckConfig(), data)
    return of_reference, len(mutants), (mutant, of_mutant)


@pytest.fixture(scope="module")
def checked():
    """Every task checked once, two at a time (TLC runs are subprocesses: threads overlap them)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(sorted(SUITE), pool.map(check_task, sorted(SUITE))))


@pytest.mark.parametrize("name", sorted(SUITE))
def test_reference_scores_one_on_its_phases_and_reaches_diamond(checked, name):
    result, _, _ = checked[name]
    assert {p: r.score for p, r in result.phases.items()} == {"syntax": 1.0, "runtime": 1.0, "invariants": 1.0}, \
        result.to_dict()["phases"]
    assert result.total == 1.0
    assert result.tier.tier == DIAMOND, result.tier.to_dict()
    # Diamond through an invariant that says more than the variables' types
    assert result.tier.non_trivial, result.tier.to_dict()


@pytest.mark.parametrize("name", sorted(SUITE))
def test_a_mutant_that_breaks_an_invariant_scores_lower(checked, name):
    _, mutants, caught = checked[name]
    assert mutants, "the reference must have mutants"
    assert caught is not None, "the task's invariants must catch some mutant of its reference"
    mutant, result = caught
    assert result.phases["invariants"].score < 1.0 and result.total < 1.0, \
        (mutant.description, result.total, result.to_dict()["phases"]["invariants"])
