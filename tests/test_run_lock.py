"""One run folder, one sweep (issue 15, item 6), and a sweep that cannot start leaves no run
behind (item 7): a second sweep or resume of a run that a live sweep holds is refused with the
holder named; a lock left by a killed sweep is taken over; object stores say what they cannot
do; a bad trace or an unwritable --out is reported before Ray starts and before any run.json."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sysmoray.engine.config import ConfigError, ModelConfig, SweepConfig
from sysmoray.engine.sweep import plan_sweep, run_sweep
from sysmoray.results.writer import LOCK_FILE, RunLockedError, lock_run, write_run_json
from sysmoray.tasks.loader import BUILTIN_TASKS_DIR

HOLD = """
import sys, time
from sysmoray.results.writer import lock_run
lock = lock_run(sys.argv[1], sys.argv[2])
print("locked", flush=True)
time.sleep(600)
"""


def hold_lock(url: str, run_id: str) -> subprocess.Popen:
    """Another process holding the run, as a live sweep does."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, url, run_id], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def tasks_with_semaphore(tmp_path: Path, *names: str) -> Path:
    """A tasks directory with copies of semaphore (and its traces) under ``names``."""
    tasks = tmp_path / "tasks"
    for name in names:
        shutil.copytree(BUILTIN_TASKS_DIR / "semaphore", tasks / name)
        yaml = tasks / name / "task.yaml"
        yaml.write_text(yaml.read_text().replace("name: semaphore", f"name: {name}")
                        .replace("../../traces/semaphore", f"../../traces/{name}"))
        shutil.copytree(BUILTIN_TASKS_DIR.parent / "traces" / "semaphore", tmp_path / "traces" / name)
    return tasks


def test_a_held_run_refuses_a_second_lock_naming_the_holder(tmp_path):
    with lock_run(str(tmp_path), "run1") as first:
        assert first.warning is None
        with pytest.raises(RunLockedError) as info:
            lock_run(str(tmp_path), "run1")
        assert f"pid {os.getpid()}" in str(info.value) and "run run1" in str(info.value)
        with lock_run(str(tmp_path), "run2"):  # other runs are not affected
            pass
    with lock_run(str(tmp_path), "run1"):  # released
        pass


def test_a_lock_left_by_a_killed_sweep_is_taken_over(tmp_path):
    holder = hold_lock(str(tmp_path), "run1")
    try:
        with pytest.raises(RunLockedError, match=f"pid {holder.pid} on host"):
            lock_run(str(tmp_path), "run1")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    left = json.loads((tmp_path / "run1" / LOCK_FILE).read_text())
    assert left["pid"] == holder.pid  # the dead sweep's lock file is still there...
    with lock_run(str(tmp_path), "run1"):  # ...and taken over: the kernel dropped its lock
        assert json.loads((tmp_path / "run1" / LOCK_FILE).read_text())["pid"] == os.getpid()


def test_on_an_object_store_the_lock_is_a_marker_that_says_it_prevents_nothing():
    url = f"memory://lock-test-{os.getpid()}"
    with lock_run(url, "run1") as first:
        assert "cannot be locked" in first.warning and "not prevented" in first.warning
        with lock_run(url, "run1") as second:  # not refused: no lock exists there...
            assert f"pid {os.getpid()}" in second.warning  # ...but the marker is named
    import fsspec

    assert not fsspec.filesystem("memory").exists(f"/lock-test-{os.getpid()}/run1/{LOCK_FILE}")  # removed


def test_a_resume_of_a_run_another_sweep_holds_exits_2_and_writes_nothing(tmp_path):
    config = SweepConfig(models=(ModelConfig("reference"),), tasks=("semaphore",), k=1, out=str(tmp_path))
    write_run_json(str(tmp_path), "run1", {"run_id": "run1", "config": config.to_dict()})
    (tmp_path / "run1" / "samples").mkdir()
    before = snapshot(tmp_path / "run1")
    holder = hold_lock(str(tmp_path), "run1")  # the first resume, still running
    try:
        t0 = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "sysmoray.cli", "sweep", "--resume", "run1", "--out", str(tmp_path), "--quiet"],
            capture_output=True, text=True, timeout=300,
        )
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert second.returncode == 2, second.stderr[-2000:]
    lines = [line for line in second.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"pid {holder.pid}" in lines[0] and "another sweep" in lines[0], lines
    assert time.monotonic() - t0 < 120  # refused before Ray started
    after = snapshot(tmp_path / "run1")
    assert {k: v for k, v in after.items() if k != LOCK_FILE} == {k: v for k, v in before.items() if k != LOCK_FILE}


def test_a_task_with_a_bad_trace_is_left_out_with_its_reason(tmp_path):
    tasks = tasks_with_semaphore(tmp_path, "good", "badtrace")
    bad = sorted((tmp_path / "traces" / "badtrace").iterdir())[0]
    bad.write_bytes(bad.read_bytes() + b'{"kind": "st\xffep"}\n')
    config = SweepConfig(models=(ModelConfig("reference"),), k=1, out=str(tmp_path / "out"), tasks_dir=str(tasks))
    reported = []
    plan = plan_sweep(config, on_skip=reported.extend)
    assert [t.name for t in plan.tasks] == ["good"] and set(plan.data) == {"good"}
    [skipped] = plan.skipped
    assert skipped.folder == "badtrace" and str(bad) in str(skipped.error) and "not UTF-8" in str(skipped.error)
    assert reported == [skipped]
    # Asked for by name, it is the sweep's error, as a malformed task.yaml is.
    with pytest.raises(ConfigError, match="not UTF-8"):
        plan_sweep(SweepConfig(models=config.models, tasks=("badtrace",), out=config.out, tasks_dir=str(tasks)))


def test_a_sweep_left_with_no_task_exits_2_before_any_run_exists(tmp_path):
    tasks = tasks_with_semaphore(tmp_path, "badtrace")
    trace = sorted((tmp_path / "traces" / "badtrace").iterdir())[0]
    trace.write_text(trace.read_text() + '{"kind": "step", "pre": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "sysmoray.cli", "sweep", "--model", "reference", "--tasks-dir", str(tasks),
         "--out", str(out), "--quiet"], capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "nested too deeply" in proc.stderr and "no task to sweep" in proc.stderr
    assert not out.exists()  # no run folder, no run.json


def test_an_unwritable_out_is_refused_before_ray_starts(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    config = SweepConfig(models=(ModelConfig("reference"),), tasks=("semaphore",), k=1, out=str(blocker / "results"))
    import ray

    def no_ray(*args, **kwargs):
        raise AssertionError("Ray started before --out was checked")

    monkeypatch.setattr(ray, "init", no_ray)
    with pytest.raises(ConfigError, match=f"cannot write results under {blocker / 'results'}"):
        run_sweep(config)


def test_a_full_disk_stops_the_sweep_with_one_line_and_exit_2(tmp_path, monkeypatch):
    """The writer's OSError (its data side is test_results' part-way flush) reaches the user as
    one line naming --resume, not a traceback. The failure is injected at run_sweep: filling a
    real disk is not something a test can do here."""
    from typer.testing import CliRunner

    from sysmoray.cli import app
    from sysmoray.engine import sweep as engine_sweep

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine_sweep, "run_sweep", full)  # the command imports it when it runs
    result = CliRunner().invoke(app, ["sweep", "--model", "reference", "--task", "semaphore", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "No space left on device" in result.output and "--resume RUN_ID" in result.output


def broken_results(tmp_path: Path) -> tuple[Path, Path]:
    """A results root with one run of one finished sample, as a sweep writes it."""
    from sysmoray.results.writer import ResultsWriter
    from tests.test_results import sample_row

    out = tmp_path / "out"
    config = SweepConfig(models=(ModelConfig("reference"),), tasks=("semaphore",), k=1, out=str(out))
    write_run_json(str(out), "run1", {"run_id": "run1", "config": config.to_dict()})
    with ResultsWriter(str(out), "run1") as w:
        w.add("samples", [sample_row(task="semaphore", run_id="run1")])
    return out, next((out / "run1" / "samples").glob("*.parquet"))


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sysmoray.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_a_truncated_part_is_named_in_one_line_by_every_reader(tmp_path):
    out, part = broken_results(tmp_path)
    part.write_bytes(part.read_bytes()[:100])
    for args in (("leaderboard", out), ("report", out / "run1", "--out", tmp_path / "r.html"),
                 ("sweep", "--resume", "run1", "--out", out, "--quiet")):
        proc = cli(*args)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, (args, proc.stderr[-2000:])
        assert f"{part} is not readable Parquet" in proc.stderr.replace("\n", ""), args


@pytest.mark.parametrize("text, why", [
    ('{"run_id": "run1", "config": {"mod', "cannot read the run.json"),  # truncated
    ("[1, 2]", "holds no sweep config"),
    ('{"config": {"models": 5}}', "does not read"),
])
def test_a_broken_run_json_stops_a_resume_with_one_line(tmp_path, text, why):
    out, _ = broken_results(tmp_path)
    (out / "run1" / "run.json").write_text(text)
    proc = cli("sweep", "--resume", "run1", "--out", out, "--quiet")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and why in proc.stderr, proc.stderr[-2000:]
