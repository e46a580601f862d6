"""The built-in description suite (ChatTLA style, 2 problems in each of its 10 domains): every
reference scores 1.0 on its phases (P1, P2, P4) and reaches Diamond through one of the task's
own invariants; mutants its invariants catch score lower.

The oracle of "catches" is the Diamond mutation test run with the task's templates only (every
mutant decided), apart from the code under test: each mutant's whole evaluation."""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

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

SUITE = {t.name: t for t in discover_tasks() if in_suite(t, "description")}
CHECKED_MUTANTS = 3  # per task, of those the oracle says break an invariant


def test_the_suite_has_two_problems_in_each_of_chattlas_domains():
    per_domain = Counter(t.domain for t in SUITE.values())
    assert set(per_domain) == set(DOMAINS) and set(per_domain.values()) == {2}, per_domain
    for task in SUITE.values():
        assert task.reference_module and task.reference_cfg, task.name
        assert len(task.invariants) >= 2 and task.variables, task.name
        assert task.phases == ("syntax", "runtime", "invariants")


@lru_cache(maxsize=None)
def reference(name: str) -> tuple[str, str]:
    task = SUITE[name]
    return Path(task.path(task.reference_module)).read_text(), Path(task.path(task.reference_cfg)).read_text()


@pytest.mark.parametrize("name", sorted(SUITE))
def test_reference_scores_one_on_its_phases_and_reaches_diamond(toolchain, name):
    text, cfg = reference(name)
    result = evaluate(toolchain, split_module_file(text), cfg, CheckConfig(), TaskData(SUITE[name], ()))
    assert {p: r.score for p, r in result.phases.items()} == {"syntax": 1.0, "runtime": 1.0, "invariants": 1.0}, \
        result.to_dict()["phases"]
    assert result.total == 1.0
    assert result.tier.tier == DIAMOND, result.tier.to_dict()
    # Diamond through an invariant that says more than the variables' types
    assert result.tier.non_trivial, result.tier.to_dict()


@pytest.mark.parametrize("name", sorted(SUITE))
def test_mutants_that_break_an_invariant_score_lower(toolchain, name):
    task = SUITE[name]
    text, cfg = reference(name)
    model = outline(text)
    mutants = generate_mutants(model, parse_cfg(cfg), domains_for(task, model))
    assert mutants, "the reference must have mutants"
    templates = [t for t in task.invariants if t.type == "safety"]
    decided = mutation_test(find_toolchain(), model, model_shape(model, parse_cfg(cfg)), cfg, task, [], templates,
                            mutants, config=TierConfig(decide_only=False))
    breaking = sorted(o.id for o in decided if o.status == CAUGHT)
    assert breaking, "the task's invariants must catch some mutant of its reference"
    chosen = sorted(random.Random(0).sample(breaking, min(CHECKED_MUTANTS, len(breaking))))
    by_id = {m.id: m for m in mutants}

    def run(mutant_id):
        mutant = apply_mutant(text, by_id[mutant_id])
        return mutant_id, evaluate(toolchain, split_module_file(mutant), cfg, CheckConfig(), TaskData(task, ()))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, chosen))
    not_lower = [(by_id[i].description, r.total, r.phases["invariants"].score) for i, r in results
                 if not (r.phases["invariants"].score < 1.0 and r.total < 1.0)]
    assert not not_lower, f"mutants that break an invariant but do not score lower: {not_lower}"
