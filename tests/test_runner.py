"""The sandbox's edges: a JVM never outlives its supervisor, and a killed run's scratch is cleaned."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from sysmoray.tla.runner import OWNER_FILE, remove_dead_scratch, scratch_dir
from tests.conftest import java_processes_under

# Each step builds a 300k-element set: TLC runs for minutes before any work budget stops it.
SLOW = """---- MODULE Slow ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x < 100000000 /\\ Cardinality({i \\in 1..300000 : i # 0}) > 0 /\\ x' = x + 1
====
"""


def wait_for(condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def tlc_pids(scratch: str) -> list[int]:
    """The TLC JVMs whose command line names ``scratch`` (their own scratch directory)."""
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")
        except OSError:
            continue
        if b"tlc2.TLC" in cmd and any(scratch.encode() in a for a in cmd):
            pids.append(int(pid))
    return pids


def test_sigkill_of_check_leaves_no_jvm_and_the_next_run_cleans_its_scratch(tmp_path):
    spec = tmp_path / "Slow.tla"
    spec.write_text(SLOW)
    (tmp_path / "Slow.cfg").write_text("INIT Init\nNEXT Next\n")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "SYSMORAY_SCRATCH": str(scratch)}
    env.pop("SYSMORAY_KEEP_SCRATCH", None)
    # Each step builds a set of 300,000 numbers: the run is killed long before its state budget.
    check = subprocess.Popen([sys.executable, "-m", "sysmoray.cli", "check", str(spec)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # The runtime phase's TLC (after SANY's short JVM) is the one to orphan.
        assert wait_for(lambda: any("tlc2.TLC" in c for c in java_processes_under(str(scratch))), 120), \
            "the check never started TLC"
        time.sleep(1.0)
    finally:
        check.kill()  # SIGKILL: no handler, no finally, no cleanup in the supervisor
        check.wait()
    assert wait_for(lambda: not java_processes_under(str(scratch)), 10), java_processes_under(str(scratch))
    left = [p for p in scratch.iterdir() if (p / OWNER_FILE).exists()]
    assert left, "a SIGKILLed supervisor cannot remove its scratch: this test must see one"
    assert sorted(remove_dead_scratch(scratch)) == sorted(left)
    assert not any(p.exists() for p in left)


def test_only_dead_owners_scratch_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("SYSMORAY_SCRATCH", str(tmp_path))
    monkeypatch.delenv("SYSMORAY_KEEP_SCRATCH", raising=False)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = tmp_path / "sysmoray-tlc-gone"
    gone.mkdir()
    (gone / OWNER_FILE).write_text(dead.stdout.strip())
    unrelated = tmp_path / "sysmoray-someone-elses"  # no owner file: not ours to touch
    unrelated.mkdir()
    with scratch_dir("sysmoray-tlc-") as live:
        assert (live / OWNER_FILE).read_text() == str(os.getpid())
        assert remove_dead_scratch(tmp_path) == []  # the dead one went when this process first made scratch
        assert live.exists() and unrelated.exists() and not gone.exists()
