"""PGo's trace logs (SysMoBench's dqueue, locksvc, raftkvs) imported as a task's traces: a small
checkout in SysMoBench's layout (tests/fixtures/sysmobench_pgo: a toy counter service whose logs
were written for these tests in PGo's format) becomes a task whose windows a reference model
passes on the real TLC, and lines that do not convert are counted with why."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.importers.pgo_traces import PGoLineError, convert, find_runs, parse_value
from sysmoray.tasks.loader import load_task

CLI = [sys.executable, "-m", "sysmoray.cli"]
FIXTURE = Path(__file__).parent / "fixtures" / "sysmobench_pgo"
RUNS = Path("tla_eval/core/trace_generation/toyctr/traces_found")
REFERENCE = FIXTURE / "data" / "spec" / "toyctr" / "reference"


def run(*args):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600,
                          env=os.environ | {"COLUMNS": "200"})


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """The fixture as a user's clone (a git repository with a commit), imported by the CLI."""
    root = tmp_path_factory.mktemp("clone") / "SysMoBench"
    shutil.copytree(FIXTURE, root)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "fixture"]):
        subprocess.run(git + args, check=True)
    out = tmp_path_factory.mktemp("tasks")
    done = run("tasks", "import", "sysmobench", root, "--out", out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 trace(s) converted from the PGo logs under tla_eval/core/trace_generation/toyctr/traces_found" in done.stderr
    return out


def check(model: Path, tasks: Path) -> dict:
    done = run("check", model, "--task", "toyctr", "--tasks-dir", tasks, "--json")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(done.stdout)


def test_pgo_logs_become_windows_in_the_logs_names(imported):
    task = load_task(imported / "toyctr")
    assert task.phases == ("syntax", "runtime", "conformance")
    assert task.variable_names == ("pc", "count", "net", "out", "req", "served", "tick")
    assert task.action_names == ("serve", "ask", "take", "reply", "wait")
    assert all([p.name for p in a.params] == ["self"] for a in task.actions)
    notes = task.provenance["notes"]
    assert "PGo variables read as register: count, out, req, served; channel: net; observed: tick" in notes
    assert "PGo log lines left out: 2 (an aborted step (PGo undid it: no state change, no window))" in notes
    traces, _ = load_traces(task)
    by_id = {t.header.trace: t for t in traces}
    assert sorted(by_id) == ["run-a", "run-b"] and by_id["run-a"].header.source["file"] == str(RUNS / "run-a")
    run_a = by_id["run-a"].steps
    assert len(run_a) == 11 and len(by_id["run-b"].steps) == 6  # 13 and 6 lines; run-a's 2 aborted ones are no steps
    # Client 1 sent first (by the clock of its own machine) but the server took client 2's
    # request first: the channel holds them in the order they were received.
    [first_take] = [s for s in run_a if s.action == "take"][:1]
    assert first_take.params == {"self": 0} and first_take.actor == "AServer(0)"
    assert first_take.pre["net"] == {"fn": [[0, [2, 1]], [1, []], [2, []]]}
    assert first_take.post["net"] == {"fn": [[0, [1]], [1, []], [2, []]]}
    assert first_take.pre["req"] == {"fn": [[0, "defaultInitValue"]]} and first_take.post["req"] == {"fn": [[0, 2]]}
    assert first_take.pre["pc"] == {"fn": [[0, "take"], [1, "wait"], [2, "wait"]]}
    # a register's value before its first write, and every process's variable from the start
    assert run_a[0].pre["served"] == {"fn": [[1, "defaultInitValue"], [2, "defaultInitValue"]]}
    assert run_a[0].pre["out"] == {"fn": [[1, "defaultInitValue"], [2, "defaultInitValue"]]}
    assert run_a[0].pre["count"] == {"fn": [[0, 0]]}  # back from its first read


def test_a_reference_model_scores_p3_1_on_the_real_tlc_and_a_wrong_one_does_not(imported, tmp_path):
    good = check(REFERENCE / "toyctr.tla", imported)
    p3 = good["phases"]["conformance"]
    assert (p3["score"], p3["outcome"]) == (1.0, "ok"), p3
    assert (p3["details"]["windows_passed"], p3["details"]["windows_total"]) == (17, 17)
    assert p3["details"]["actions_passed"] == p3["details"]["actions_total"] == 5
    # The server replies with the count before its increment: only reply's windows fail.
    text = (REFERENCE / "toyctr.tla").read_text().replace("Append(@, count'[self])", "Append(@, count[self])")
    (tmp_path / "toyctr.tla").write_text(text)
    shutil.copy(REFERENCE / "toyctr.cfg", tmp_path / "toyctr.cfg")
    wrong = check(tmp_path / "toyctr.tla", imported)["phases"]["conformance"]
    assert (wrong["score"], wrong["outcome"]) == (0.8, "partial"), wrong
    assert wrong["details"]["per_action"]["reply"] == {"fail": 3}
    assert wrong["details"]["failures"]["reply"][0]["differs"] == ["net"]


def test_pgo_values_read_as_tla_values():
    assert parse_value('(("from") :> (5) @@ ("type") :> (1))') == {"rec": {"from": 5, "type": 1}}
    assert parse_value("((2) :> (TRUE) @@ (1) :> (FALSE))") == {"fn": [[1, False], [2, True]]}
    assert parse_value('(("a-b") :> (<<1, "x">>))') == {"fn": [["a-b", [1, "x"]]]}  # not a field name
    assert parse_value("{2, 1, 2}") == {"set": [1, 2]} and parse_value("<<>>") == []
    assert parse_value("[x \\in {} |-> x]") == []  # PGo's empty function: the same value as <<>>
    assert parse_value("defaultInitValue") == "defaultInitValue" and parse_value("-3") == -3
    assert parse_value('"say \\"hi\\"\\n\\u00e9"') == 'say "hi"\né'
    for bad in ("<<1", "2147483648", "9" * 5000, "[a |-> 1]", "1.5", "<<1 2>>", "(1) :> (2) @@ (1) :> (3)",
                "<<" * 200 + ">>" * 200, '"\\q"'):
        with pytest.raises(PGoLineError):
            parse_value(bad)


def _line(self: str, n: int, label: str, elements: list, clock: list | None = None, abort: bool = False) -> str:
    pc = {"indices": [], "name": {"name": ".pc", "prefix": "", "self": self}, "tag": "read", "value": f'"AProc.{label}"'}
    return json.dumps({"archetypeName": "AProc", "self": self, "clock": clock or [[["AProc", self], n]],
                       "csElements": [pc, *elements], "isAbort": abort,
                       "startTime": "2025-03-09T10:00:00.1Z", "endTime": f"2025-03-09T10:00:0{n}.2Z"})


def _write(self: str, name: str, value: str, label: str | None = None) -> list:
    out = [{"indices": [], "name": {"name": name, "prefix": "AProc", "self": self}, "tag": "write", "value": value}]
    if label:
        out.append({"indices": [], "name": {"name": ".pc", "prefix": "", "self": self}, "tag": "write",
                    "value": f'"AProc.{label}"'})
    return out


def test_log_lines_that_do_not_convert_are_counted_with_why(tmp_path):
    """One process per log, each going wrong its own way; the good lines still become steps and
    nothing raises."""
    folder = tmp_path / "traces" / "run"
    folder.mkdir(parents=True)
    logs = {
        "1": [_line("1", 1, "a", _write("1", "x", "1", "b")), _line("1", 2, "b", _write("1", "x", "2", "a"))],
        "2": [_line("2", 1, "a", _write("2", "x", "1", "b")), "{not json", _line("2", 2, "b", [])],
        "3": [_line("3", 1, "a", _write("3", "x", "99999999999", "b"))],
        "4": [_line("4", 1, "a", [{"tag": "crash", "reason": "boom"}])],
        "5": [_line("5", 1, "a", _write("5", "x", "1", "b"), clock=[[["AProc", "5"], 1], [["AProc", "9"], 1]])],
        "6": [_line("6", 1, "a", _write("6", "x", "1", "b")), _line("6", 1, "b", [])],
        "7": [_line("7", 1, "a", _write("7", "x", "1", "b")), _line("7", 2, "a", [])],
        "8": [_line("8", 1, "a", []), json.dumps({"self": "8"}), json.dumps([1])],
        "10": [_line("10", 1, "a", [], abort=True), _line("10", 2, "a", _write("10", "x", "<<1", "b"))],
    }
    for self, lines in logs.items():
        (folder / f"trace-{self}-1.log").write_text("\n".join(lines) + "\n")
    (folder / "trace-11-1.log").write_bytes(b"\xff\xfe not utf-8\n")
    secret = tmp_path / "secret.log"
    secret.write_text(_line("12", 1, "a", _write("12", "x", '"hunter2"', "b")))
    (folder / "trace-12-1.log").symlink_to(secret)
    converted = convert(find_runs(tmp_path / "traces", "none", "."), tmp_path / "traces")
    assert converted.skipped == {
        "not valid JSON": 1,  # process 2's second line
        "no archetypeName, self or csElements": 1,  # process 8's second line
        "after a line of its process that does not convert": 2,  # the line after each of those
        "an integer TLC cannot hold (32 bits)": 1,
        "a csElement other than a read or a write": 1,
        "waits (by its clock) on a line that is not in the logs or does not convert": 1,  # process 5 waits on 9
        "its own clock entry is not its process's next": 1,  # process 6 says 1 twice
        "its .pc read is not the label its process was at": 1,  # process 7 runs a again, not b
        "a value lacks its closing >>": 1,
        "an aborted step (PGo undid it: no state change, no window)": 1,
    }
    [(trace_id, where, steps)] = converted.traces
    assert trace_id == "run" and where == "run"
    assert sorted((s.params["self"], s.action) for s in steps) == [(1, "a"), (1, "b"), (2, "a"), (6, "a"), (7, "a"), (8, "a")]
    assert converted.kinds == {"x": "register"} and converted.actions == {"a": ["self"], "b": ["self"]}
    notes = " ".join(converted.notes)
    assert "trace-11-1.log does not read" in notes and "trace-12-1.log does not read" in notes and "leads outside" in notes
    assert "hunter2" not in json.dumps([s.to_json() for s in steps])
    # a traces folder that leads out of the checkout is not looked into
    (tmp_path / "traces" / "out").symlink_to(tmp_path, target_is_directory=True)
    assert find_runs(tmp_path / "traces", "none", "../") == [] and find_runs(tmp_path / "traces", "none", "out") == []


def test_a_checkout_whose_logs_do_not_convert_imports_with_one_line_saying_so(tmp_path):
    root = tmp_path / "SysMoBench"
    shutil.copytree(FIXTURE, root)
    for log in (root / RUNS).rglob("*.log"):
        log.write_text("{broken\n")
    out = tmp_path / "tasks"
    done = run("tasks", "import", "sysmobench", root, "--out", out)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    task = load_task(out / "toyctr")
    assert "conformance" not in task.phases
    notes = task.provenance["notes"]
    assert "PGo log lines left out: 5 (not valid JSON)" in notes
    assert "no trace of the PGo logs under tla_eval/core/trace_generation/toyctr/traces_found converts: " \
           "conformance (P3) not scored" in notes
    assert "no trace of the PGo logs" in " ".join(done.stderr.split())
