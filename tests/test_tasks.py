"""Built-in tasks: loading, validation errors, traces from the real code, provenance, references."""

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

from sysmoray.engine import sweep as sweep_module
from sysmoray.engine.config import ModelConfig, SweepConfig
from sysmoray.metrics.evaluate import CheckConfig, TaskData, screen
from sysmoray.tasks import recording
from sysmoray.tasks.catalog import load_traces, trace_files, trace_stats
from sysmoray.tasks.model import in_suite
from sysmoray.tasks.loader import BUILTIN_TASKS_DIR, TaskFormatError, discover_tasks, find_task, load_task
from sysmoray.tasks.recording import load_harness, record_trace
from sysmoray.tasks.trace import TraceFormatError, parse_trace
from sysmoray.tasks.values import encode, record, to_tla
from sysmoray.tla.answer import split_module_file
from sysmoray.tla.budget import Budget
from sysmoray.tla.runner import Limits

TASKS = [t for t in discover_tasks() if in_suite(t, "system")]
TASK_IDS = [t.name for t in TASKS]


def test_builtin_tasks_are_listed_with_traces_and_references():
    proc = subprocess.run([sys.executable, "-m", "sysmoray.cli", "tasks", "list", "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = {row["name"]: row for row in json.loads(proc.stdout) if row["kind"] != "description"}
    assert {"semaphore", "queue", "asyncio-lock", "barrier", "pysyncobj-raft", "pysyncobj-lock"} <= set(rows)
    for row in rows.values():
        assert row["traces"] >= 10 and row["steps"] > 0
        assert row["reference"] is True
        assert row["source_mismatches"] == 0


@pytest.mark.parametrize("task", TASKS, ids=TASK_IDS)
def test_reference_scores_full_syntax_and_runtime(toolchain, task):
    text = Path(task.path(task.reference_module)).read_text()
    cfg = Path(task.path(task.reference_cfg)).read_text()
    # Syntax and runtime only (the tier's mutation test is test_scoring's business).
    result = screen(toolchain, split_module_file(text), cfg, CheckConfig(Limits(timeout_s=120)))
    assert result.module == task.module
    assert result.phases["syntax"].score == 1.0
    assert result.phases["runtime"].score == 1.0, result.phases["runtime"].details
    # The reference's actions are the contract's actions. A handler of messages in flight is
    # taken under \E m \in DOMAIN msgs, a set that depends on the state: TLC reports it as a
    # range of Next (Next#k), whose text calls exactly one contract action (etcd-raft's).
    called = set()
    for action in result.actions:
        if action.name in task.action_names:
            called.add(action.name)
            continue
        leaf = text[action.start_offset:action.end_offset]
        calls = [n for n in task.action_names if re.search(rf"\b{n}\(", leaf)]
        assert action.definition == "Next" and len(calls) == 1, (action.name, leaf)
        called.add(calls[0])
    assert called == set(task.action_names)


@pytest.mark.parametrize("task", TASKS, ids=TASK_IDS)
def test_committed_traces_cover_every_action_in_contract_terms(task):
    traces, provenance = load_traces(task)
    assert provenance == []
    actions = {step.action for t in traces for step in t.steps}
    assert actions == set(task.action_names)
    for trace in traces:
        assert trace.header.task == task.name


@pytest.mark.parametrize("task", TASKS, ids=TASK_IDS)
def test_same_seed_gives_the_same_trace(task):
    first, second, other = record_trace(task, 7), record_trace(task, 7), record_trace(task, 8)
    assert first == second
    assert first[1] != other[1]


# Direct reads of each task's real object, independent of the harness's own state function.
PROBES = {
    "semaphore": lambda sem: {"value": encode(sem._value)},
    "asyncio-lock": lambda lock: {"locked": encode(lock._locked)},
    "barrier": lambda b: {"state": encode(b._state), "count": encode(b._count)},
    "queue": lambda q: {"queue": encode(list(q.queue)), "unfinished": encode(q.unfinished_tasks)},
    "pysyncobj-raft": lambda c: {
        "currentTerm": encode({n: c.nodes[n]._SyncObj__raftCurrentTerm for n in c.names}),
        "commitIndex": encode({n: c.nodes[n]._SyncObj__raftCommitIndex for n in c.names}),
    },
    "pysyncobj-lock": lambda c: {
        "holder": encode({n: c.nodes[n].lock_manager._consumer()._ReplLockManagerImpl__locks.get("L", ("none", 0))[0]
                          for n in c.names}),
    },
}


@pytest.mark.parametrize("task", [t for t in TASKS if t.name in PROBES], ids=[t for t in TASK_IDS if t in PROBES])
def test_recorded_states_are_what_the_real_object_held(task, monkeypatch):
    harness = load_harness(task)
    created = []
    make = harness.make_object

    def capture(*args, **kwargs):
        obj = make(*args, **kwargs)
        created.append(obj)
        return obj

    monkeypatch.setattr(harness, "make_object", capture)
    probe = PROBES[task.name]
    checked = []

    class Checking(recording.Recorder):
        def record(self, actor, action, params, pre, post):
            live = probe(created[0])
            for name, value in live.items():
                assert post[name] == value, (action, name)
            checked.append(action)
            super().record(actor, action, params, pre, post)

    harness.run(3, Checking())
    assert len(created) == 1 and len(checked) > 10


PYSYNCOBJ_TASKS = [t for t in TASKS if t.name.startswith("pysyncobj-")]


@pytest.mark.parametrize("task", PYSYNCOBJ_TASKS, ids=[t.name for t in PYSYNCOBJ_TASKS])
def test_pysyncobj_traces_come_from_fault_injected_runs(task):
    traces, _ = load_traces(task)
    assert len(traces) >= 10
    kinds = set()
    for trace in traces:
        assert trace.header.source["version"] == "0.3.17" and trace.header.source["hash"].startswith("sha256:")
        faults = trace.header.extra["faults"]
        injected = {k for k in ("loss", "partition", "delay", "step_down") if faults[k]}
        injected |= {"restart"} if faults["restarts"] else set()
        assert injected, f"{trace.header.trace} ran without a fault"
        kinds |= injected
    assert {"loss", "partition", "delay", "restart"} <= kinds
    actions = {s.action for t in traces for s in t.steps}
    assert "Restart" in actions


@pytest.mark.parametrize("task", PYSYNCOBJ_TASKS, ids=[t.name for t in PYSYNCOBJ_TASKS])
def test_pysyncobj_runs_leave_no_thread_or_socket_behind(task):
    harness = load_harness(task)
    fds = lambda: len(os.listdir("/proc/self/fd"))  # noqa: E731
    before_threads, before_fds = threading.active_count(), fds()
    for seed in (2, 3):
        harness.run(seed, recording.Recorder())
    assert threading.active_count() == before_threads
    assert fds() == before_fds


def _copy_task(tmp_path, name="semaphore"):
    target = tmp_path / name
    shutil.copytree(BUILTIN_TASKS_DIR / name, target)
    return target


def test_malformed_task_yaml_names_file_line_and_field(tmp_path):
    folder = _copy_task(tmp_path)
    text = (folder / "task.yaml").read_text()
    (folder / "task.yaml").write_text(text.replace("kind: concurrent", "kind: parallel"))
    with pytest.raises(TaskFormatError) as info:
        load_task(folder)
    assert info.value.field == "kind" and info.value.line == text[: text.index("kind: concurrent")].count("\n") + 1
    assert str(folder / "task.yaml") in str(info.value)

    (folder / "task.yaml").write_text(text.replace("    - name: Release\n", "    - name: 9Release\n"))
    with pytest.raises(TaskFormatError) as info:
        load_task(folder)
    assert info.value.field == "state.actions[3].name"
    assert "not a TLA+ identifier" in str(info.value)

    (folder / "task.yaml").write_text(text.replace("mandatory: [Acquire,", "mandatory: [Grab,"))
    with pytest.raises(TaskFormatError) as info:
        load_task(folder)
    assert info.value.field == "granularity.mandatory[0]"


def test_one_malformed_task_leaves_the_others_usable(tmp_path):
    good = _copy_task(tmp_path)
    bad = tmp_path / "broken"
    shutil.copytree(good, bad)
    (bad / "task.yaml").write_text((good / "task.yaml").read_text().replace("kind: concurrent", "kind: parallel"))
    tasks_dir = good.parent
    assert find_task(load_task(good).name, tasks_dir).name == load_task(good).name
    with pytest.raises(TaskFormatError):
        find_task("broken", tasks_dir)  # asked for by name: its own error, with file and field
    with pytest.raises(TaskFormatError):
        discover_tasks(tasks_dir)  # the strict form
    listed = subprocess.run([sys.executable, "-m", "sysmoray.cli", "tasks", "list", "--json", "--tasks-dir", str(tasks_dir)],
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert [row["name"] for row in json.loads(listed.stdout)] == [load_task(good).name]
    assert "broken" in listed.stderr and "kind" in listed.stderr


def test_a_task_sets_its_own_work_budget(tmp_path):
    assert load_task(BUILTIN_TASKS_DIR / "semaphore").budget == Budget()  # the defaults
    assert load_task(BUILTIN_TASKS_DIR / "pysyncobj-raft").budget == Budget(states=60_000, generated=1_500_000)
    folder = _copy_task(tmp_path)
    text = (folder / "task.yaml").read_text()
    (folder / "task.yaml").write_text(text + "budget:\n  states: 5000\n  simulation_traces: 40\n")
    assert load_task(folder).budget == Budget(states=5000, simulation_traces=40)
    # "depth" bounded the runtime phase's BFS before it became the model's one exploration:
    # older task files still load, the key read and ignored.
    (folder / "task.yaml").write_text(text + "budget:\n  depth: 20\n  states: 5000\n")
    assert load_task(folder).budget == Budget(states=5000)
    for bad, field in (("  states: -1\n", "budget.states"), ("  simulation_depth: 0\n", "budget.simulation_depth"),
                       ("  seconds: 30\n", "budget.seconds"), ("  generated: x\n", "budget.generated")):
        (folder / "task.yaml").write_text(text + "budget:\n" + bad)
        with pytest.raises(TaskFormatError) as info:
            load_task(folder)
        assert info.value.field == field, bad
    shown = subprocess.run([sys.executable, "-m", "sysmoray.cli", "tasks", "show", "pysyncobj-raft"],
                           capture_output=True, text=True, timeout=120)
    assert "60000 distinct" in " ".join(shown.stdout.split())


def test_broken_trace_line_names_file_line_and_field():
    task = load_task(BUILTIN_TASKS_DIR / "semaphore")
    path = trace_files(task)[0]
    lines = Path(path).read_text().splitlines()
    bad = json.loads(lines[3])
    bad["post"]["value"] = 1.5
    broken = "\n".join(lines[:3] + [json.dumps(bad)] + lines[4:])
    with pytest.raises(TraceFormatError) as info:
        parse_trace(broken, "t.ndjson", task.variable_names)
    assert (info.value.path, info.value.line, info.value.field) == ("t.ndjson", 4, "post.value")
    with pytest.raises(TraceFormatError) as info:
        parse_trace("\n".join(lines[:5] + ["{not json"] + lines[6:]), "t.ndjson", task.variable_names)
    assert info.value.line == 6
    bad = json.loads(lines[2])
    del bad["pre"]["woken"]
    with pytest.raises(TraceFormatError) as info:
        parse_trace("\n".join(lines[:2] + [json.dumps(bad)] + lines[3:]), "t.ndjson", task.variable_names)
    assert (info.value.line, info.value.field) == (3, "pre") and "woken" in str(info.value)


def test_traces_recorded_against_other_source_are_flagged_once_per_task(tmp_path, monkeypatch):
    folder = _copy_task(tmp_path)
    traces = tmp_path / "traces"
    shutil.copytree(BUILTIN_TASKS_DIR.parent / "traces" / "semaphore", traces)
    (folder / "task.yaml").write_text((folder / "task.yaml").read_text().replace("../../traces/semaphore", "../traces"))
    files = sorted(traces.iterdir())
    for trace in files[:3]:
        lines = trace.read_text().splitlines()
        header = json.loads(lines[0])
        header["source"]["hash"] = "sha256:" + "0" * 64
        trace.write_text("\n".join([json.dumps(header)] + lines[1:]) + "\n")
    task = load_task(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said in the messages, not through Python's warnings (a line each)
        loaded, messages = load_traces(task)
    assert len(loaded) == len(files)
    assert len(messages) == 3 and files[0].name in messages[0]
    # Told once per task: by TaskData (check --task), trace_stats (tasks show) and a sweep.
    [line] = TaskData.load(task).warnings
    assert line.startswith(f"task {task.name}: 3 of {len(files)} traces (") and "recorded against" in line
    assert "\n" not in line and trace_stats(task).warnings == (line,) and trace_stats(task).source_mismatches == 3
    said: list[str] = []
    monkeypatch.setattr(sweep_module, "_run", lambda *args: None)  # the plan is what says it; no Ray needed
    sweep_module.run_sweep(SweepConfig(models=(ModelConfig("reference"),), k=1, out=str(tmp_path / "out"),
                                       tasks_dir=str(tmp_path)), on_warning=said.append)
    assert [s for s in said if "recorded against" in s] == [line]


def test_values_render_to_tla():
    value = encode({"a": frozenset({2, 1}), "b": ("x", True)})
    assert to_tla(value) == '("a" :> {1, 2} @@ "b" :> <<"x", TRUE>>)'
    assert to_tla(record(n=1, q=[])) == "[n |-> 1, q |-> <<>>]"
    assert to_tla(encode({})) == "[x \\in {} |-> 0]"
    with warnings.catch_warnings():
        with pytest.raises(ValueError):
            to_tla({"bag": [1]})


def test_tasks_load_from_an_fsspec_url():
    import fsspec

    fs = fsspec.filesystem("memory")
    for name in ("task.yaml", "invariants.yaml"):
        fs.pipe(f"/suite/semaphore/{name}", (BUILTIN_TASKS_DIR / "semaphore" / name).read_bytes())
    [task] = discover_tasks("memory://suite")
    assert task.name == "semaphore" and task.root == "memory://suite/semaphore"
    assert task.invariants == find_task("semaphore").invariants
    fs.rm("/suite", recursive=True)
