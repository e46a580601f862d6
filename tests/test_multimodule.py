"""A model written as several modules scores exactly as its single-module twin (real SANY and
TLC): an MC module over its spec, INSTANCE ... WITH, a refinement of one spec by another, a
shared helper module, a raw answer holding two modules, and an answer folder read by the
``files:`` backend (fixtures: tests/fixtures/multimodule, their README).

Mutation sites inside a module the root INSTANCEs are not made (only the root and the modules
it extends are mutated), so where a twin's tier is decided by such a site the tier may differ;
the corpus's twins are decided by guards in the root, as the assertions show."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sysmoray.cli import app
from sysmoray.generation.files_backend import FilesBackend
from sysmoray.generation.types import Request
from sysmoray.metrics.evaluate import Evaluation, evaluate
from sysmoray.tasks.siblings import read_siblings
from sysmoray.tla.answer import extract_answer, split_module_file

CORPUS = Path(__file__).parent / "fixtures" / "multimodule"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def _root(folder: Path) -> Path:
    (cfg,) = folder.glob("*.cfg")
    return cfg.with_suffix(".tla")


def _single(toolchain, case: str) -> Evaluation:
    root = _root(CORPUS / case / "single")
    return evaluate(toolchain, split_module_file(root.read_text()), root.with_suffix(".cfg").read_text())


def _multi(toolchain, case: str, tmp_path: Path) -> Evaluation:
    folder = CORPUS / case / "multi"
    if (folder / "answer.md").exists():
        return evaluate(toolchain, extract_answer((folder / "answer.md").read_text()))
    if case == "files_folder":  # as an answer folder of a sweep: DIR/<task>/...
        shutil.copytree(folder, tmp_path / "mutex")
        backend = FilesBackend(tmp_path)
        (candidate,) = backend.generate([Request("k", (), task="mutex")])
        assert candidate.meta["path"] == "mutex/Mutex.tla"  # Defs and Consts are not answers of their own
        return evaluate(toolchain, extract_answer(candidate.text))
    root = _root(folder)
    answer = split_module_file(root.read_text())
    siblings, unread = read_siblings(answer.module_text, folder, answer.module_name)
    assert not unread
    return evaluate(toolchain, replace(answer, siblings=tuple(siblings.items())), root.with_suffix(".cfg").read_text())


def _scores(e: Evaluation) -> dict:
    return {
        "phases": {n: (p.score, p.outcome.value) for n, p in e.phases.items()},
        "actions": e.actions,
        "tier": e.tier.tier,
        "errors": [x.message for x in e.errors],
        "explored": e.phases["runtime"].details["budget"]["explored"],
        "model_run": (e.tier.model_run["outcome"], e.tier.model_run["distinct_states"]),
        "invariants": e.tier.invariants,
    }


@pytest.mark.parametrize("case", CASES)
def test_a_model_of_several_modules_scores_as_its_single_module_twin(toolchain, case, tmp_path):
    single, multi = _single(toolchain, case), _multi(toolchain, case, tmp_path)
    assert _scores(multi) == _scores(single)
    assert multi.total == single.total == 1.0
    assert single.tier.tier == "diamond", single.tier.reason
    assert multi.extraction["structure"] == "sany"
    assert multi.extraction["modules"]["unused"] == []


def test_check_takes_the_modules_a_spec_names_from_its_folder(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(CORPUS / "mc_constants" / "multi", folder)
    (folder / "Unrelated.tla").write_text("---- MODULE Unrelated ----\nthis does not parse\n====\n")
    result = CliRunner().invoke(app, ["check", str(folder / "MCCounter.tla"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["phases"]["syntax"]["score"], report["tier"]) == (1.0, "diamond")
    assert report["extraction"]["modules"] == {"inlined": ["Counter"], "beside": [], "unused": []}
