"""The sweep on real Ray: windows sharded over a three-node cluster (``ray.cluster_utils``), a
sweep killed midway and resumed, and the Parquet it leaves read back with polars."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
import ray
from ray.cluster_utils import Cluster

from sysmoray.engine.config import ModelConfig, SweepConfig
from sysmoray.engine.sweep import run_sweep
from sysmoray.results.leaderboard import leaderboard, scan
from sysmoray.results.schemas import SCHEMAS
from sysmoray.tasks.loader import BUILTIN_TASKS_DIR


def read_table(run: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(str(run / table / "*.parquet"))


@pytest.fixture
def three_nodes():
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    for _ in range(2):
        cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, log_to_driver=False)
    yield cluster
    ray.shutdown()
    cluster.shutdown()


def test_windows_are_checked_on_several_nodes_and_parquet_reads_back(three_nodes, tmp_path):
    # A tasks directory with semaphore and a malformed task: the sweep over all its tasks runs
    # semaphore and records why the other was left out.
    tasks = tmp_path / "tasks"
    shutil.copytree(BUILTIN_TASKS_DIR / "semaphore", tasks / "semaphore")
    shutil.copytree(BUILTIN_TASKS_DIR.parent / "traces" / "semaphore", tmp_path / "traces" / "semaphore")  # ../../traces
    (tasks / "broken").mkdir()
    (tasks / "broken" / "task.yaml").write_text("name: broken\nkind: parallel\n")
    out = tmp_path / "out"
    config = SweepConfig(models=(ModelConfig("reference"),), k=2, out=str(out), tasks_dir=str(tasks),
                         window_shard=8, checkers=3).validate()
    result = run_sweep(config)
    run = out / result.run_id
    nodes = {n["NodeID"] for n in ray.nodes() if n["Alive"]}
    assert len(nodes) == 3

    windows = read_table(run, "windows")
    # 70 windows in shards of 8 over three single-CPU nodes: more than one node did the work.
    assert windows.height == 2 * 70  # two samples; the second shares the first's evaluation
    checked_on = set(windows["node"].unique())
    assert len(checked_on) >= 2 and checked_on <= nodes, checked_on
    assert (windows["outcome"] == "pass").all()

    # Every table has exactly the documented columns and Arrow types.
    for table, schema in SCHEMAS.items():
        parts = sorted((run / table).glob("part-*.parquet"))
        assert parts, table
        for part in parts:
            assert pq.read_schema(part).remove_metadata() == schema, (table, part)
        frame = read_table(run, table)
        assert frame.columns == schema.names
    samples = read_table(run, "samples")
    assert samples.height == 2 and samples["final"].all()
    assert samples["total"].to_list() == [1.0, 1.0] and set(samples["tier"]) == {"diamond"}
    assert set(samples["node"]) <= nodes
    # Checked within the task's work budget, recorded in the rows and in run.json; nothing hit
    # the wall-clock safety net.
    # budget_depth stays in the schema for older runs: the runtime phase has no depth bound now.
    assert samples["budget_states"].to_list() == [100_000] * 2 and samples["budget_depth"].to_list() == [None] * 2
    assert not samples["machine_dependent"].any()
    info = json.loads((run / "run.json").read_text())
    assert info["budgets"] == {"semaphore": {"states": 100_000, "generated": 2_000_000,
                                             "simulation_traces": 500, "simulation_depth": 50}}
    assert [s["task"] for s in info["skipped_tasks"]] == ["broken"] and "kind" in info["skipped_tasks"][0]["error"]
    assert read_table(run, "invariants")["outcome"].to_list().count("held") == 2 * 5
    board = leaderboard(scan(str(out), result.run_id))
    assert board["total"].to_list() == [1.0] and board["samples"].to_list() == [2]
    assert board["machine_dependent"].to_list() == [0]


def sweep_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sysmoray.cli", "sweep", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,  # its own group: the kill takes Ray's processes too
    )


def test_a_killed_sweep_resumes_with_every_row_exactly_once(tmp_path):
    # Two of the quickest tasks to check: the kill needs a run in progress, not a long one.
    args = ["--task", "asyncio-lock", "--task", "barrier", "--model", "reference", "--model", "mutants",
            "--k", "3", "--checkers", "2", "--flush-s", "0", "--quiet", "--out", str(tmp_path)]
    proc = sweep_cli(*args)
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if list(tmp_path.glob("*/samples/part-*.parquet")):
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the sweep ended before it could be killed: " + proc.stderr.read()[-2000:]
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    [run] = [p for p in tmp_path.iterdir() if p.is_dir()]
    before = read_table(run, "samples").height
    assert 0 < before < 12

    resumed = subprocess.run(
        [sys.executable, "-m", "sysmoray.cli", "sweep", "--resume", run.name, "--out", str(tmp_path), "--quiet"],
        capture_output=True, text=True, timeout=900,
    )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "resuming" in resumed.stderr and "already written" in resumed.stderr

    samples = read_table(run, "samples")
    keys = Counter(samples.select("model", "task", "method", "sample", "attempt").iter_rows())
    assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1]
    finals = set(samples.filter(pl.col("final")).select("model", "task", "method", "sample").iter_rows())
    expected = {(m, t, "direct", s) for m in ("reference", "mutants") for t in ("asyncio-lock", "barrier") for s in range(3)}
    assert finals == expected
    for table, key in (("windows", "window_id"), ("invariants", "invariant"), ("actions", "action")):
        frame = read_table(run, table)
        rows = Counter(frame.select("model", "task", "method", "sample", "attempt", key).iter_rows())
        assert max(rows.values()) == 1, table
        # Detail rows belong to written samples only (an interrupted flush was pruned).
        assert set(frame.select("model", "task", "method", "sample").iter_rows()) <= finals, table
    board = leaderboard(scan(str(tmp_path), run.name)).sort("model")
    assert board["model"].to_list() == ["mutants", "reference"]
    assert board["total"][1] == 1.0 and board["total"][0] < 1.0


SLOW_ANSWER = """```tla
---- MODULE Slow ----
EXTENDS Naturals
VARIABLE x
Init == x \\in {n \\in 0..200000000 : n = 7}
Next == x' = x
====
```
```cfg
INIT Init
NEXT Next
```
"""


def test_a_check_that_hits_the_safety_net_runs_once_more_and_is_flagged():
    """The checker (the plain object inside a CheckerActor) re-runs a check whose TLC run hit the
    wall-clock safety net; if it times out again the row says machine_dependent."""
    from sysmoray.engine.checker import Checker, CheckSettings
    from sysmoray.engine.rows import AttemptRecord, SampleKey, sample_row
    from sysmoray.generation.types import Candidate

    checker = Checker(CheckSettings(timeout_s=2))
    started = time.monotonic()
    answer, first, _ = checker.screen("semaphore", SLOW_ANSWER)
    assert first.rechecked and first.machine_dependent
    assert first.phases["runtime"].outcome.value == "timeout" and first.phases["runtime"].score == 0.0
    assert time.monotonic() - started >= 2 * 2  # two runs, each cut by the safety net
    record = AttemptRecord(0, "h", Candidate("k", 0, SLOW_ANSWER, 0, "stop"), answer, first)
    row = sample_row("r", SampleKey("m", "semaphore", "direct", 0), record, False, None)
    assert row["machine_dependent"] and not row["budget_reached"] and row["budget_states"] == 100_000


def test_a_checker_takes_the_windows_the_sweep_cut_and_cuts_the_others_itself(monkeypatch):
    """The sweep cuts each task's windows once and hands them to every checker (``cut``); a task
    it did not hand over is loaded by the checker, with the concretizer applied either way."""
    from dataclasses import replace

    from sysmoray.engine.checker import Checker, CheckSettings
    from sysmoray.metrics import evaluate
    from sysmoray.tasks.loader import find_task

    cut = evaluate.TaskData.load(find_task("semaphore"))
    few = replace(cut, windows=cut.windows[:3])
    loads: list[str] = []
    real = evaluate.TaskData.load.__func__
    monkeypatch.setattr(evaluate.TaskData, "load", classmethod(lambda cls, task: loads.append(task.name) or real(cls, task)))
    checker = Checker(CheckSettings(), cut={"semaphore": few})
    assert checker.task_data("semaphore").windows == cut.windows[:3] and loads == []
    assert len(checker.task_data("queue").windows) > 3 and loads == ["queue"]
