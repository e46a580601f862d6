"""Description tasks (ChatTLA style): the task kind, the phases it scores, the JSONL importers
with their synthesized configs, and a sweep over them with a leaderboard by domain."""

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from sysmoray.engine.config import ConfigError, SweepConfig
from sysmoray.engine.sweep import plan_sweep
from sysmoray.generation.prompts import build_prompt, methods_for
from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.score import Weights, total_score
from sysmoray.results.leaderboard import leaderboard
from sysmoray.tasks.cfg_synthesis import constant_assignments, render_cfg, synthesize_cfg
from sysmoray.tasks.importers.jsonl import kebab, parse_problems
from sysmoray.tasks.loader import TaskFormatError, load_task, scan_tasks
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.toolchain import find_toolchain

FIXTURE = Path(__file__).parent / "fixtures" / "chattla" / "problems.jsonl"
CLI = [sys.executable, "-m", "sysmoray.cli"]


def write_task(folder: Path, extra: str = "", invariants: bool = True) -> Path:
    folder.mkdir(parents=True)
    (folder / "task.yaml").write_text(f"""name: {folder.name}
kind: description
domain: mutual_exclusion
description: Two processes share one room; at most one is inside.
module: Room
state:
  constants:
    - {{name: Procs, value: '{{"a", "b"}}'}}
  variables:
    - {{name: inside, domain: SUBSET Procs}}
{extra}""")
    if invariants:
        (folder / "invariants.yaml").write_text("""invariants:
  - name: AtMostOne
    type: safety
    text: at most one process is inside
    expression: '\\A p, q \\in inside : p = q'
""")
    return folder


def test_a_description_task_scores_syntax_runtime_and_its_invariants(tmp_path):
    task = load_task(write_task(tmp_path / "room"))
    assert (task.kind, task.domain, task.source, task.traces) == ("description", "mutual_exclusion", None, None)
    assert task.phases == ("syntax", "runtime", "invariants")
    assert task.default_method == "description"
    bare = load_task(write_task(tmp_path / "bare", invariants=False))
    assert bare.phases == ("syntax", "runtime")


@pytest.mark.parametrize("extra, field", [
    ("traces: ../traces\n", "traces"),
    ("source: {module: threading, objects: [Lock]}\n", "source"),
    ("harness: harness.py\n", "harness"),
])
def test_system_only_keys_in_a_description_task_are_errors(tmp_path, extra, field):
    with pytest.raises(TaskFormatError) as info:
        load_task(write_task(tmp_path / "room", extra))
    assert info.value.field == field and "description task" in str(info.value)


def test_a_description_task_needs_a_snake_case_domain(tmp_path):
    folder = write_task(tmp_path / "room")
    text = (folder / "task.yaml").read_text().replace("domain: mutual_exclusion", "domain: Mutual Exclusion!")
    (folder / "task.yaml").write_text(text)
    with pytest.raises(TaskFormatError) as info:
        load_task(folder)
    assert info.value.field == "domain"


def test_the_total_is_renormalised_over_the_phases_a_task_has():
    perfect = {name: PhaseResult(1.0, Outcome.OK) for name in ("syntax", "runtime", "invariants")}
    assert total_score(perfect, Weights(), ("syntax", "runtime", "invariants")) == 1.0
    half = perfect | {"invariants": PhaseResult(0.5, Outcome.OK)}
    # 0.15 + 0.15 + 0.35 * 0.5 over 0.65
    assert total_score(half, Weights(), ("syntax", "runtime", "invariants")) == round((0.3 + 0.175) / 0.65, 6)
    # a system task's total is unchanged: all four phases
    four = perfect | {"conformance": PhaseResult(1.0, Outcome.OK)}
    assert total_score(four) == 1.0 and total_score(perfect) == round(0.65, 6)


def test_description_tasks_are_prompted_with_the_description_method(tmp_path):
    task = load_task(write_task(tmp_path / "room"))
    assert methods_for(task, ()) == (["description"], [])
    usable, skipped = methods_for(task, ("direct", "description"))
    assert usable == ["description"] and "source code" in skipped[0]
    with pytest.raises(ValueError, match="source code"):
        build_prompt(task, "direct")
    prompt = build_prompt(task, "description")
    assert "at most one is inside" in prompt.messages[1].content and "Procs" in prompt.messages[1].content


def test_the_sweep_picks_tasks_by_suite_and_by_glob(tmp_path):
    write_task(tmp_path / "room-a")
    write_task(tmp_path / "room-b")
    out = str(tmp_path / "out")
    with pytest.raises(ConfigError, match="suite 'system'"):
        plan_sweep(SweepConfig(tasks_dir=str(tmp_path), out=out))
    plan = plan_sweep(SweepConfig(tasks_dir=str(tmp_path), out=out, suite="description"))
    assert [t.name for t in plan.tasks] == ["room-a", "room-b"]
    assert plan.methods == {"room-a": ("description",), "room-b": ("description",)}
    plan = plan_sweep(SweepConfig(tasks_dir=str(tmp_path), out=out, tasks=("room-*",), methods=("direct", "description")))
    assert [t.name for t in plan.tasks] == ["room-a", "room-b"] and len(plan.skipped_methods) == 2
    with pytest.raises(ConfigError, match="no task matches 'hall-\\*'"):
        plan_sweep(SweepConfig(tasks_dir=str(tmp_path), out=out, tasks=("hall-*",)))
    with pytest.raises(ConfigError, match="needs the system's source code"):
        plan_sweep(SweepConfig(tasks_dir=str(tmp_path), out=out, tasks=("room-a",), methods=("direct",)))


def test_chattla_lines_that_cannot_be_problems_are_errors_of_their_line():
    problems, errors = parse_problems(FIXTURE.read_text(), "chattla")
    assert [p.name for p in problems] == ["token-pass", "countdown", "broken"]
    assert problems[0].domain == "mutual_exclusion" and problems[0].provenance["chattla_tier"] == "gold"
    by_line = {e.line: e.message for e in errors}
    assert set(by_line) == {4, 5, 6, 7, 8}
    assert "second problem" in by_line[4] and "not a JSON object" in by_line[5] and "list" in by_line[6]
    assert "spec" in by_line[7] and "declares module 'Other'" in by_line[8]
    assert kebab("TCPHandshake") == "tcp-handshake" and kebab("AlternatingBit") == "alternating-bit"


def test_constant_values_follow_how_the_module_uses_them():
    attempts = constant_assignments({"Nodes": "set", "Max": "number"})
    assert attempts[0] == {"Nodes": "{nodes1, nodes2, nodes3}", "Max": "3"}
    assert {"Nodes": "{1, 2}", "Max": "2"} in attempts
    cfg = render_cfg(attempts[0], "SPECIFICATION Spec", ["TypeOK"], check_deadlock=False)
    assert "Nodes = {nodes1, nodes2, nodes3}" in cfg and "INVARIANT TypeOK" in cfg and "CHECK_DEADLOCK FALSE" in cfg


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("imported")
    proc = subprocess.run([*CLI, "tasks", "import", "chattla", str(FIXTURE), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_a_candidate_invariant_tlc_cannot_evaluate_is_dropped_by_where_tlc_says_it_failed():
    """TLC's error for ``1 \\div (x - x)`` names no invariant, only positions: the candidate whose
    definition holds them is dropped and the rest make the config (issue 36: no config at all)."""
    text = "\n".join([
        "---- MODULE Div ----", "EXTENDS Naturals", "VARIABLE x", "Init == x = 0", "Next == x' = (x + 1) % 3",
        "Spec == Init /\\ [][Next]_x", "InRange == x \\in 0..2", "Broken == 1 \\div (x - x) = 0", "===="])
    made = synthesize_cfg(find_toolchain(), text, "Div")
    assert made.text is not None and made.invariants == ("InRange",)
    assert made.dropped == {"Broken": "TLC cannot evaluate it as an invariant: The second argument of \\div is 0."}


def test_the_chattla_importer_writes_description_tasks_with_synthesized_configs(imported):
    out, proc = imported
    assert "imported 3 task(s)" in proc.stdout and "Traceback" not in proc.stderr
    assert "problems.jsonl:5" in proc.stderr  # the skipped lines are named
    scan = scan_tasks(out)
    assert not scan.broken and [t.name for t in scan.tasks] == ["broken", "countdown", "token-pass"]
    token = scan.named("token-pass")
    assert token.domain == "mutual_exclusion" and token.provenance["importer"] == "chattla"
    assert token.provenance["cfg"] == "synthesized" and token.provenance["chattla_is_diamond"] == "true"
    synthesis = json.loads(token.provenance["cfg_synthesis"])
    # The predicates the behaviour does not use, that TLC finds true, are the invariants; the
    # guard CanEnter is Next's, and NobodyInside is violated.
    assert synthesis["invariants"] == ["TypeOK", "AtMostOneInside", "OnlyHolderInside"]
    assert synthesis["dropped"] == {"NobodyInside": "TLC reports it violated"}
    assert synthesis["constants"] == {"Nodes": "{nodes1, nodes2, nodes3}"}
    cfg = Path(token.path(token.reference_cfg)).read_text()
    assert cfg.startswith("\\* synthesized") and "SPECIFICATION Spec" in cfg
    assert [(c.name, c.value) for c in token.constants] == [("Nodes", "{nodes1, nodes2, nodes3}")]
    countdown = json.loads(scan.named("countdown").provenance["cfg_synthesis"])
    assert countdown["check_deadlock"] is False and countdown["invariants"] == ["InRange"]
    assert countdown["constants"] == {"Start": "3"}
    broken = scan.named("broken")
    assert broken.reference_cfg is None and broken.provenance["cfg"] == "none"
    assert "SANY rejects" in json.loads(broken.provenance["cfg_synthesis"])["notes"][0]
    again = subprocess.run([*CLI, "tasks", "import", "chattla", str(FIXTURE), "--out", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "--force" in again.stderr


def test_force_replaces_task_folders_only(tmp_path):
    out = tmp_path / "tasks"
    mine = out / "token-pass"  # a user's folder that shares a problem's name: no task.yaml
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("keep me")
    proc = subprocess.run([*CLI, "tasks", "import", "chattla", str(FIXTURE), "--out", str(out), "--force"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "not a task folder" in proc.stderr and "Traceback" not in proc.stderr
    assert (mine / "notes.txt").read_text() == "keep me" and sorted(p.name for p in out.iterdir()) == ["token-pass"]


def test_an_imported_reference_reaches_gold_with_its_synthesized_config(imported):
    out, _ = imported
    task = scan_tasks(out).named("token-pass")
    proc = subprocess.run([*CLI, "check", task.path(task.reference_module), "--task", "token-pass",
                           "--tasks-dir", str(out), "--json"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["tier"] in ("gold", "diamond"), result["tier_details"]
    assert set(result["phases"]) == {"syntax", "runtime"} and result["scored_phases"] == ["syntax", "runtime"]
    assert result["total"] == 1.0


def test_the_generic_jsonl_importer_keeps_a_given_config(tmp_path):
    source = tmp_path / "suite.jsonl"
    module = "---- MODULE Flip ----\nVARIABLE b\nInit == b = FALSE\nNext == b' = ~b\nSpec == Init /\\ [][Next]_b\n====\n"
    source.write_text(json.dumps({"description": "A bit that flips.", "reference": module,
                                  "cfg": "SPECIFICATION Spec\n", "domain": "puzzles_classical", "author": "me"}) + "\n")
    proc = subprocess.run([*CLI, "tasks", "import", "jsonl", str(source), "--out", str(tmp_path / "tasks")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    task = load_task(tmp_path / "tasks" / "flip")
    assert task.provenance["cfg"] == "given" and task.provenance["author"] == "me"
    assert Path(task.path(task.reference_cfg)).read_text() == "SPECIFICATION Spec\n"


def test_a_sweep_over_description_tasks_prints_a_leaderboard_by_domain(imported, tmp_path):
    tasks_dir, _ = imported
    env = {k: v for k, v in os.environ.items() if k != "TMPDIR"}  # Ray's socket paths must stay short
    proc = subprocess.run(
        [*CLI, "sweep", "--tasks-dir", str(tasks_dir), "--suite", "description", "--model", "reference",
         "--model", "mutants", "--k", "1", "--repair", "0", "--out", str(tmp_path / "runs"), "--quiet"],
        capture_output=True, text=True, timeout=900, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "domain" in proc.stdout and "mutual_exclusion" in proc.stdout
    [run] = [p for p in (tmp_path / "runs").iterdir() if p.is_dir()]
    samples = pl.read_parquet(run / "samples" / "*.parquet").filter(pl.col("final"))
    # broken's reference does not parse and has no config: replayed as it is, it is Bronze; the
    # mutants backend has nothing to mutate for it (an error row)
    reference = samples.filter(pl.col("model") == "reference").sort("task")
    assert reference["tier"].to_list() == ["bronze", "gold", "diamond"]
    assert reference["task"].to_list() == ["broken", "countdown", "token-pass"]
    assert reference["phases"].to_list() == [["syntax", "runtime"]] * 3
    assert reference["p3_conformance"].null_count() == 3 and reference["outcome_conformance"].null_count() == 3
    assert reference["domain"].to_list() == ["data_structures", "workflows_state_machines", "mutual_exclusion"]
    assert reference.filter(pl.col("task") != "broken")["total"].to_list() == [1.0, 1.0]
    board = leaderboard(samples, "model,domain")
    assert set(board["domain"]) >= {"mutual_exclusion", "workflows_state_machines"}
    assert board["conformance"].null_count() == board.height  # no description task has P3
    assert board["pass_at_k_conformance"].null_count() == board.height
    run_json = json.loads((run / "run.json").read_text())
    assert run_json["task_methods"] == {t: ["description"] for t in ("broken", "countdown", "token-pass")}
