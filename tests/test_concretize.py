"""Concretizing an imported task's generic invariant templates (SysMoBench's) in a candidate's
own names: the prompt, reading the concretizer's answer, and P4 checked by TLC on what it
answered; through ``check --concretizer`` and a sweep's ``--concretizer`` with a scripted
OpenAI-compatible server standing in for the model (a real HTTP server; the tiny vLLM model
runs the same path in tests/test_sweep_vllm.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from sysmoray.generation.types import Candidate
from sysmoray.generation.concretizer import concretize_prompt, read_candidate
from sysmoray.metrics.concretize import concretized
from sysmoray.tla.answer_definitions import parse_definitions
from sysmoray.metrics.evaluate import TaskData, evaluate
from sysmoray.metrics.invariants import HELD, NOT_INSTANTIATED, VIOLATED
from sysmoray.tasks.importers.sysmobench import import_checkout
from sysmoray.tasks.loader import load_task
from sysmoray.tasks.model import with_concretizer
from sysmoray.tla.answer import split_module_file
from tests.chat_stub import Script, completion

FIXTURE = Path(__file__).parent / "fixtures" / "sysmobench"
ALPHA = FIXTURE / "data" / "spec" / "toylock" / "alpha"
CLI = [sys.executable, "-m", "sysmoray.cli"]
# The right definitions of the fixture's two templates in the names of data/spec/toylock/alpha.
RIGHT = {"invariants": ["OneHolder == \\A a, b \\in Procs : (holds[a] /\\ holds[b]) => a = b",
                        "EventuallyFree == \\A p \\in Procs : holds[p] ~> ~holds[p]"]}


@pytest.fixture(scope="module")
def tasks_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tasks")
    import_checkout(FIXTURE, out)
    return out


@pytest.fixture(scope="module")
def toylock(tasks_dir):
    return with_concretizer(load_task(tasks_dir / "toylock"), "openai:m@http://127.0.0.1:1/v1")


def answered(text: str) -> Candidate:
    return Candidate("toylock/concretize", 0, text, 0, "stop")


def test_the_answer_is_read_from_json_fenced_or_not_else_from_plain_definitions():
    fenced = "Here you go:\n```json\n" + json.dumps(RIGHT) + "\n```\n"
    assert parse_definitions(fenced) == parse_definitions(json.dumps(RIGHT))
    assert parse_definitions(fenced)["OneHolder"] == "\0\\A a, b \\in Procs : (holds[a] /\\ holds[b]) => a = b"
    plain = "OneHolder ==\n    /\\ TRUE\n    /\\ holds = holds\nWeird(p) == p\nnot a definition\n"
    assert parse_definitions(plain) == {"OneHolder": "\0/\\ TRUE\n    /\\ holds = holds", "Weird": "(p)\0p"}


def test_each_template_gets_its_definition_or_a_reason_it_has_none(toylock):
    templates, missing = concretized(toylock, json.dumps(RIGHT))
    assert not missing and [t.expression for t in templates] == [d.split(" == ", 1)[1] for d in RIGHT["invariants"]]
    assert [t.type for t in templates] == ["safety", "liveness"]  # the template's own type is kept
    _, missing = concretized(toylock, '{"invariants": ["OneHolder(p) == holds[p]", "Other == TRUE"]}')
    assert "parameters (p)" in missing["OneHolder"] and "defines no EventuallyFree" in missing["EventuallyFree"]
    _, missing = concretized(toylock, '{"invariants": ["OneHolder == TRUE\\n====", "EventuallyFree =="]}')
    assert "escape the wrapper module" in missing["OneHolder"] and "empty definition" in missing["EventuallyFree"]
    failed = read_candidate(toylock, Candidate("k", 0, "", 0, "error", error="HTTP 500"), "openai:m")
    assert failed.error == "HTTP 500" and all("the concretizer failed: HTTP 500" in why for why in failed.missing.values())


def test_the_prompt_is_the_tasks_own_filled_as_sysmobench_fills_it(toylock):
    spec = (ALPHA / "toylock.tla").read_text()
    prompt = concretize_prompt(toylock, spec)
    assert prompt.startswith("Implement these invariants for the toy lock specification below.")
    assert spec in prompt and "$tla_specification" not in prompt and "$invariant_templates" not in prompt
    assert "### OneHolder (SAFETY)\n**Description**: At most one goroutine holds the lock." in prompt
    assert "**TLA+ Example**:\n```\nOneHolder == \\A a, b \\in Procs" in prompt
    own = dict(toylock.prompts)
    own.pop("concretize")
    from dataclasses import replace

    ours = concretize_prompt(replace(toylock, prompts=own), spec)  # no prompt of the task's: sysmoray's
    assert ours.startswith("Rewrite each invariant below in the names of this TLA+ specification") and spec in ours


def check(task, text: str):
    answer = split_module_file((ALPHA / "toylock.tla").read_text())
    from sysmoray.metrics.evaluate import CheckConfig
    from sysmoray.metrics.tier import TierConfig
    from sysmoray.tla.toolchain import find_toolchain

    config = CheckConfig(tier=TierConfig(mutation=False))
    return evaluate(find_toolchain(), answer, (ALPHA / "toylock.cfg").read_text(), config, TaskData.load(task),
                    lambda t, _model: read_candidate(t, answered(text), t.concretizer))


def test_p4_is_checked_by_tlc_on_the_concretized_definitions(toylock):
    result = check(toylock, json.dumps(RIGHT))
    assert result.scored == ("syntax", "runtime", "invariants")
    by = {r.name: r for r in result.invariants}
    assert by["OneHolder"].outcome == HELD and by["OneHolder"].expression == RIGHT["invariants"][0].split(" == ", 1)[1]
    # the model has no fairness: a holder may stutter forever, and TLC says so
    assert by["EventuallyFree"].outcome == VIOLATED
    assert result.phases["invariants"].score == 0.5
    details = result.to_dict()["concretization"]
    assert details["concretizer"] == toylock.concretizer and set(details["definitions"]) == {"OneHolder", "EventuallyFree"}


def test_a_definition_over_undeclared_names_or_none_at_all_is_not_held(toylock):
    result = check(toylock, '{"invariants": ["OneHolder == owner \\\\in Procs"]}')
    by = {r.name: r for r in result.invariants}
    assert by["OneHolder"].outcome == NOT_INSTANTIATED and "owner" in by["OneHolder"].reason  # SANY's word
    assert by["OneHolder"].expression == "owner \\in Procs"
    assert by["EventuallyFree"].outcome == NOT_INSTANTIATED and by["EventuallyFree"].expression is None
    assert "defines no EventuallyFree" in by["EventuallyFree"].reason
    assert result.phases["invariants"].score == 0.0 and result.phases["invariants"].outcome.value == "contract_mismatch"


def concretizer_script() -> Script:
    """A concretizer that answers RIGHT to a concretization prompt, and text with no module to anything else."""
    def answer(_number, body):
        prompt = body["messages"][-1]["content"]
        return 200, {}, completion(body, json.dumps(RIGHT) if "## Invariants to Implement" in prompt else "no")
    return Script(answer)


def test_check_with_a_concretizer_scores_p4(tasks_dir, stub):
    script = concretizer_script()
    url = stub(script)
    done = subprocess.run([*CLI, "check", ALPHA / "toylock.tla", "--task", "toylock", "--tasks-dir", tasks_dir,
                           "--concretizer", f"openai:m@{url}", "--no-mutation", "--json"],
                          capture_output=True, text=True, timeout=600, env=os.environ | {"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["scored_phases"] == ["syntax", "runtime", "invariants"]
    assert result["phases"]["invariants"]["score"] == 0.5 and len(script.calls) == 1
    assert (ALPHA / "toylock.tla").read_text() in script.calls[0]["messages"][-1]["content"]
    assert script.calls[0]["temperature"] == 0.0
    refused = subprocess.run([*CLI, "check", ALPHA / "toylock.tla", "--task", "toylock", "--tasks-dir", tasks_dir,
                              "--concretizer", "reference"], capture_output=True, text=True, timeout=600)
    assert refused.returncode != 0 and "not a reference replay" in refused.stderr and "Traceback" not in refused.stderr


def test_check_without_a_concretizer_reports_p4_null_as_the_parquet_does(tasks_dir):
    done = subprocess.run([*CLI, "check", ALPHA / "toylock.tla", "--task", "toylock", "--tasks-dir", tasks_dir,
                           "--no-mutation", "--json"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["scored_phases"] == ["syntax", "runtime"]
    # Not scored: null, as in a sweep's row (test_sysmobench_import), not a 0 that reads as a failure.
    invariants = result["phases"]["invariants"]
    assert invariants["score"] is None and invariants["outcome"] == "skipped" and "concretiz" in invariants["details"]["reason"]
    assert result["phases"]["runtime"]["score"] == 1.0


def test_a_sweep_with_a_concretizer_records_what_it_answered(tasks_dir, stub, tmp_path):
    script = concretizer_script()
    url = stub(script)
    done = subprocess.run([*CLI, "sweep", "--tasks-dir", tasks_dir, "--task", "toylock",
                           "--model", f"files:{FIXTURE / 'data' / 'spec'}", "--concretizer", f"openai:m@{url}",
                           "--k", "2", "--repair", "0", "--out", tmp_path / "results", "--no-report", "--quiet"],
                          capture_output=True, text=True, timeout=900, env=os.environ | {"COLUMNS": "200"})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    run = next((tmp_path / "results").iterdir())
    rows = {r["sample"]: r for r in pl.read_parquet(run / "samples" / "*.parquet").iter_rows(named=True)}
    good, bad = rows[0], rows[1]  # alpha parses; beta does not, so its P4 never ran and nothing was asked
    assert good["phases"] == ["syntax", "runtime", "invariants"] and good["p4_invariants"] == 0.5
    assert json.loads(good["details"])["concretization"]["definitions"]["OneHolder"].startswith("\\A a, b")
    assert bad["p4_invariants"] == 0.0 and bad["outcome_invariants"] == "skipped"
    assert len(script.calls) == 1  # one concretization: the one candidate whose P4 ran
    invariants = pl.read_parquet(run / "invariants" / "*.parquet").sort("invariant")
    assert invariants.select("invariant", "outcome").rows() == [("EventuallyFree", "violated"), ("OneHolder", "held")]
    assert invariants["expression"].to_list() == [d.split(" == ", 1)[1] for d in reversed(RIGHT["invariants"])]
    info = json.loads((run / "run.json").read_text())
    assert info["config"]["concretizer"]["spec"] == f"openai:m@{url}"
