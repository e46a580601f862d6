"""``sysmoray tasks import sysmobench``: a SysMoBench checkout (a small one in its layout, written
for these tests: tests/fixtures/sysmobench) becomes task folders that list, prompt with the
system's own direct prompt and are scored by a real sweep of answers made elsewhere."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from sysmoray.generation.prompts import build_prompt
from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.importers.sysmobench_traces import convert, tla_json
from sysmoray.tasks.loader import load_task

CLI = [sys.executable, "-m", "sysmoray.cli"]
FIXTURE = Path(__file__).parent / "fixtures" / "sysmobench"
SOURCES = Path(__file__).parent / "fixtures" / "sysmobench_sources"


def run(*args, cwd=None):
    # wide enough that rich does not cut task names in tables
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600,
                          env=os.environ | {"COLUMNS": "200"})


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> tuple[Path, str]:
    """The fixture as a user's clone: a git repository of its own, with a commit."""
    root = tmp_path_factory.mktemp("clone") / "SysMoBench"
    shutil.copytree(FIXTURE, root)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "fixture"]):
        subprocess.run(git + args, check=True)
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    return root, commit


@pytest.fixture(scope="module")
def imported(checkout, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    root, _ = checkout
    out = tmp_path_factory.mktemp("tasks")
    done = run("tasks", "import", "sysmobench", root, "--out", out, "--source-root", SOURCES)
    assert done.returncode == 0, done.stdout + done.stderr
    return out, done


def test_every_system_is_imported_with_its_commit_and_notes(checkout, imported):
    root, commit = checkout
    out, done = imported
    assert sorted(p.name for p in out.iterdir()) == ["toylock", "toyqueue"]  # notatask has no task.yaml
    assert "imported 2 of 2 system(s)" in " ".join(done.stdout.split())
    lock, queue = load_task(out / "toylock"), load_task(out / "toyqueue")
    assert lock.provenance["commit"] == commit == queue.provenance["commit"]
    assert lock.kind == "concurrent" and lock.language == "go" and lock.module == "toylock"
    assert queue.kind == "distributed" and queue.language == "rust"
    # what did not convert is said, in the task and on the console
    assert "no traces in the checkout (data/sys_traces/toylock)" in lock.provenance["notes"]
    assert "template Weird: type 'fairness' is not one of safety, liveness: skipped" in lock.provenance["notes"]
    assert "scores may not compare" in queue.provenance["notes"]  # the clone is not the pinned commit
    assert "no invariant templates" in queue.provenance["notes"]
    # SysMoBench's traces became the task's, in their own names, with what did not convert said
    assert "2 trace(s) converted from data/sys_traces/toyqueue" in queue.provenance["notes"]
    assert "trace lines left out: 1 (a value with no TLA+ form (a float, an integer past 32 bits)); 1 (not valid JSON)" in queue.provenance["notes"]
    assert queue.phases == ("syntax", "runtime", "conformance")
    assert queue.variable_names == ("queue", "lastServer", "served") and queue.action_names == ("Enqueue", "Dequeue")
    assert [p.name for a in queue.actions for p in a.params] == ["item", "server"]
    traces, provenance = load_traces(queue)
    assert provenance == [] and [len(t.steps) for t in traces] == [4, 2]
    first = traces[0].steps[0]
    assert first.pre == {"queue": [], "lastServer": "null", "served": {"fn": [[1, 0], [2, 0]]}}
    assert traces[0].header.source["file"] == "data/sys_traces/toyqueue/run1.ndjson"
    assert "template Weird" in done.stderr
    # the generic templates are kept for a concretizer, and P4 is not scored without one
    assert [t.name for t in lock.invariants] == ["OneHolder", "EventuallyFree"]
    assert lock.invariants[1].type == "liveness" and "(scope: per-goroutine)" in lock.invariants[1].formal
    assert lock.phases == ("syntax", "runtime") and "invariants" in lock.unscored_phases
    assert (out / "toylock" / "prompts" / "phase3_invariant_implementation.txt").is_file()
    # the code was copied into the task folder with its hash
    [f] = lock.source.files
    assert f.original == "pkg/lock/toylock.go" and (out / "toylock" / f.path).read_bytes() == \
        (FIXTURE / "data/source/toylock/toylock.go").read_bytes()
    assert [f.original for f in queue.source.files] == ["src/server.rs", "src/client.rs"]
    listed = run("tasks", "list", "--tasks-dir", out)
    assert listed.returncode == 0 and "toylock" in listed.stdout and "toyqueue" in listed.stdout


def test_the_direct_prompt_is_the_systems_own_filled_as_sysmobench_fills_it(imported):
    out, _ = imported
    prompt = build_prompt(load_task(out / "toylock"), "direct")
    [message] = prompt.messages  # SysMoBench sends its prompt alone, as one user message
    code = (FIXTURE / "data/source/toylock/toylock.go").read_text()
    assert message.role == "user"
    assert message.content == (
        "Model this go concurrent system as TLA+ (A test-and-set lock shared by goroutines).\n"
        "Focus: The lock and its two operations\n"
        "File: pkg/lock/toylock.go from https://example.org/toys/toylock.git; traces: toy_based, sample None.\n"
        "Literal braces stay: {x \\in S : x > 0} and {unknown_placeholder}.\n"
        "```go\n"
        f"===== FILE: pkg/lock/toylock.go =====\nDESCRIPTION: The lock and its two operations\n{code}\n"
        "```\n"
        'The MODULE name must be exactly "toylock".\n'
    )
    several = build_prompt(load_task(out / "toyqueue"), "direct").messages[0].content
    assert several.startswith("Files ['src/server.rs', 'src/client.rs'] (['Server', 'Client']):\n===== FILE: src/server.rs")
    assert "===== FILE: src/client.rs =====\nDESCRIPTION: Client\npub fn call() {}" in several


def test_without_the_code_a_system_is_still_imported_and_a_second_import_needs_force(checkout, tmp_path):
    root, _ = checkout
    done = run("tasks", "import", "sysmobench", root, "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    queue = load_task(tmp_path / "toyqueue")
    assert queue.source is None and queue.default_method == "description"
    assert "pass --source-root with a clone of https://example.org/toys/toyqueue.git" in queue.provenance["notes"]
    again = run("tasks", "import", "sysmobench", root, "--out", tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr and "Traceback" not in again.stderr
    # --force replaces task folders only: a user's folder that shares a system's name is kept.
    (tmp_path / "toyqueue" / "task.yaml").unlink()
    (tmp_path / "toyqueue" / "mine.txt").write_text("keep me")
    forced = run("tasks", "import", "sysmobench", root, "--out", tmp_path, "--force")
    assert forced.returncode == 2 and "not a task folder" in forced.stderr and "Traceback" not in forced.stderr
    assert (tmp_path / "toyqueue" / "mine.txt").read_text() == "keep me"
    not_a_checkout = run("tasks", "import", "sysmobench", tmp_path, "--out", tmp_path / "x")
    assert not_a_checkout.returncode == 2 and "is not a SysMoBench checkout" in not_a_checkout.stderr


def test_a_sweep_scores_the_checkouts_answers_on_the_phases_the_tasks_have(checkout, imported, tmp_path):
    root, _ = checkout
    out, _ = imported
    done = run("sweep", "--tasks-dir", out, "--model", f"files:{root / 'data' / 'spec'}", "--k", "3", "--repair", "0",
               "--out", tmp_path / "results", "--no-report")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows = pl.read_parquet(next((tmp_path / "results").glob("*/samples")) / "*.parquet").sort("task", "sample")
    by = {(r["task"], r["sample"]): r for r in rows.iter_rows(named=True)}
    good = by[("toylock", 0)]
    assert json.loads(good["details"])["meta"]["path"].endswith("toylock/alpha/toylock.tla")
    assert (good["p1_syntax"], good["p2_runtime"], good["total"]) == (1.0, 1.0, 1.0)
    assert good["phases"] == ["syntax", "runtime"] and good["tier"] != "none"
    # P4 is not measured, so it is null, never 0, and the row says why
    assert good["p4_invariants"] is None and good["outcome_invariants"] == "skipped"
    assert "no concretizer" in json.loads(good["details"])["phases"]["invariants"]["details"]["reason"]
    bad = by[("toylock", 1)]
    assert bad["p1_syntax"] < 1.0 and bad["outcome_syntax"] == "parse_error"
    # P3 on the converted traces: an answer in other names is a contract mismatch that names them,
    # one that declares the traces' names is checked window by window
    alpha, gamma = by[("toyqueue", 0)], by[("toyqueue", 1)]
    assert alpha["p2_runtime"] == 1.0 and alpha["p4_invariants"] is None
    assert alpha["p3_conformance"] == 0.0 and alpha["outcome_conformance"] == "contract_mismatch"
    assert json.loads(alpha["details"])["phases"]["conformance"]["details"]["missing_variables"] == ["queue", "lastServer", "served"]
    assert gamma["p3_conformance"] == 1.0 and gamma["outcome_conformance"] == "ok"
    windows = pl.read_parquet(next((tmp_path / "results").glob("*/windows")) / "*.parquet")
    assert windows.filter((pl.col("task") == "toyqueue") & (pl.col("sample") == 1))["outcome"].to_list() == ["pass"] * 6
    # two answers only: the third sample is not measured
    assert by[("toyqueue", 2)]["tier"] == "not_answered" and by[("toyqueue", 2)]["total"] is None


def test_sysmobench_json_reads_as_tla_values_by_fixed_rules():
    assert tla_json(None) == "null" and tla_json([1, "a", True]) == [1, "a", True]
    assert tla_json({"term": 2, "log": []}) == {"rec": {"log": [], "term": 2}}  # identifier keys: a record
    assert tla_json({"2": 1, "1": 0}) == {"fn": [[1, 0], [2, 1]]}  # integer keys: a function of integers
    assert tla_json({"a-b": 1}) == {"fn": [["a-b", 1]]}  # other keys: a function of strings
    with pytest.raises(ValueError, match="float"):
        tla_json(1.5)


def test_a_link_out_of_the_checkout_is_not_copied_into_a_task(tmp_path):
    """A source file or a prompt that links outside the checkout (or the --source-root) is
    refused with a note: its target never reaches the task, nor a prompt (issue 36)."""
    root = tmp_path / "SysMoBench"
    shutil.copytree(FIXTURE, root)
    secret = tmp_path / "secret.txt"
    secret.write_text("hunter2")
    source = root / "data" / "source" / "toylock" / "toylock.go"
    source.unlink()
    source.symlink_to(secret)
    prompt = root / "tla_eval" / "tasks" / "toylock" / "prompts" / "leak.txt"
    prompt.parent.mkdir(exist_ok=True)
    prompt.symlink_to(secret)
    out = tmp_path / "tasks"
    done = run("tasks", "import", "sysmobench", root, "--out", out)
    assert done.returncode == 0, done.stderr
    copied = [p for p in (out / "toylock").rglob("*") if p.is_file()]
    assert copied and not any("hunter2" in p.read_text(errors="replace") for p in copied)
    notes = load_task(out / "toylock").provenance["notes"]
    assert "leads outside" in notes and "toylock.go" in notes


def test_trace_lines_tlc_could_not_read_are_skipped_with_why(tmp_path):
    """Lines with a 5,000-digit integer, an integer past TLC's 32 bits, a key like "--1" or an
    action named like a variable are left out and counted; the good lines still convert, and
    nothing raises (the import used to stop half-way, issue 36)."""
    good = json.loads((FIXTURE / "data/sys_traces/toyqueue/run1.ndjson").read_text().splitlines()[0])
    bad = [
        json.dumps(good).replace('"item": 4', '"item": ' + "9" * 5000),
        json.dumps(good).replace('"item": 4', '"item": 99999999999'),
        json.dumps(good).replace('"1": 0, "2": 0}}}', '"--1": 0, "2": 0}}}', 1).replace('"1": 0', '"--1": 0'),
        json.dumps({**good, "action": "queue"}),
    ]
    path = tmp_path / "data" / "sys_traces" / "toyqueue" / "run.ndjson"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join([json.dumps(good), *bad, json.dumps(good)]) + "\n")
    converted = convert([path], tmp_path)
    [(_, _, steps)] = converted.traces
    assert len(steps) == 2 + 1  # the two good lines, and the "--1" line: its keys make a function of strings
    assert converted.skipped == {"not valid JSON": 1, "a value with no TLA+ form (a float, an integer past 32 bits)": 1,
                                 "an action or a parameter named like a variable": 1}
