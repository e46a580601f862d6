"""A checker worker (a real ``CheckerActor`` in a local Ray) SIGKILLed while its TLC runs leaves no
JVM behind: the JVM dies with the worker process that started it (PR_SET_PDEATHSIG)."""

from __future__ import annotations

import os
import signal

import pytest
import ray

from sysmoray.engine.actors import CheckerActor
from sysmoray.engine.checker import CheckSettings
from tests.conftest import java_processes_under
from tests.test_runner import SLOW, tlc_pids, wait_for


def _parent(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        return int(f.read().rsplit(")", 1)[1].split()[1])


@pytest.fixture
def scratch_ray(tmp_path):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    ray.init(address="local", num_cpus=1, log_to_driver=False,
             runtime_env={"env_vars": {"SYSMORAY_SCRATCH": str(scratch), "SYSMORAY_KEEP_SCRATCH": ""}})
    yield str(scratch)
    ray.shutdown()


def test_sigkill_of_a_checker_worker_leaves_no_jvm(scratch_ray):
    checker = CheckerActor.options(max_concurrency=1).remote(CheckSettings())
    answer = f"```tla\n{SLOW}```\n```\nINIT Init\nNEXT Next\n```\n"
    pending = checker.screen.remote("semaphore", answer)
    assert wait_for(lambda: tlc_pids(scratch_ray), 120), "the checker never started TLC"
    (jvm,) = tlc_pids(scratch_ray)
    worker = _parent(jvm)  # the Ray worker process whose thread forked the JVM
    assert worker != os.getpid()
    os.kill(worker, signal.SIGKILL)
    assert wait_for(lambda: not java_processes_under(scratch_ray), 10), java_processes_under(scratch_ray)
    with pytest.raises(ray.exceptions.RayActorError):
        ray.get(pending, timeout=60)
