"""The etcd-raft trace harness: a Go program on Debian's etcd Raft sources, driven by a seed.

Real Go runs (the binary is built once per machine and cached, so these tests take seconds).
Without Go the tests that run it are skipped, naming the apt-get command; in CI they fail.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from sysmoray.tasks.loader import find_task
from sysmoray.tasks.recording import Recorder, load_harness, record_trace
from sysmoray.tasks.trace import read_trace
from sysmoray.tasks.values import validate

TASK = find_task("etcd-raft")
HARNESS = load_harness(TASK)
APT = "apt-get install golang-go golang-etcd-server-dev"
HAVE_GO = shutil.which("go") is not None and (HARNESS.GOCODE / "src" / HARNESS.ETCD_RAFT).is_dir()
needs_go = pytest.mark.skipif(not HAVE_GO and not os.environ.get("CI"), reason=f"Go or etcd's sources are absent: {APT}")
SEEDS = range(1, 13)


def _record(seed: int) -> Recorder:
    recorder = Recorder()
    extra = HARNESS.run(seed, recorder)
    recorder.extra = extra
    return recorder


@pytest.fixture(scope="module")
def runs() -> dict[int, Recorder]:
    return {seed: _record(seed) for seed in SEEDS}


@needs_go
def test_same_seed_same_steps_and_seeds_differ(runs):
    again = _record(1)
    assert again.steps == runs[1].steps
    assert again.extra == runs[1].extra
    assert runs[1].steps != runs[2].steps


@needs_go
def test_every_contract_action_occurs_and_the_runs_are_long_enough(runs):
    actions = Counter(step.action for r in runs.values() for step in r.steps)
    assert set(actions) == {a.name for a in TASK.actions}, actions
    assert sum(actions.values()) >= 1500
    for r in runs.values():
        assert r.extra["steps"] == len(r.steps) > 100
        assert r.extra["go"].startswith("go1.")
        faults = r.extra["faults"]
        assert faults["restarts"] and {"loss", "duplication", "partition"} <= set(faults)


@needs_go
def test_states_chain_and_have_the_contract_shape(runs):
    variables = set(TASK.variable_names)
    for r in runs.values():
        first = r.steps[0].pre
        # Bootstrapped: term 1, three committed and applied conf entries, all followers, no messages.
        conf = [{"rec": {"term": 1, "value": "conf"}}] * 3
        assert first["term"] == {"fn": [[n, 1] for n in (1, 2, 3)]}
        assert first["log"] == {"fn": [[n, conf] for n in (1, 2, 3)]}
        assert first["commit"] == first["applied"] == {"fn": [[n, 3] for n in (1, 2, 3)]}
        assert first["role"] == {"fn": [[n, "follower"] for n in (1, 2, 3)]}
        assert first["msgs"] == {"fn": []}
        for before, after in zip(r.steps, r.steps[1:]):
            assert before.post == after.pre, (before.seq, before.action)
        for step in r.steps:
            assert set(step.pre) == set(step.post) == variables
            for value in (*step.pre.values(), *step.post.values(), *step.params.values()):
                validate(value)
            if "m" in step.params:
                m = step.params["m"]["rec"]
                assert [k for k, _ in step.pre["msgs"]["fn"] if k == step.params["m"]], step.seq  # it was in flight
                assert step.actor == ("network" if step.action in ("DropMessage", "DuplicateMessage") else str(m["to"]))
            else:
                assert step.actor == str(step.params["n"])


def _role(state: dict, node: int) -> str:
    return dict(state["role"]["fn"])[node]


def _progress_state(state: dict, leader: int, node: int) -> str:
    return dict(dict(state["progress"]["fn"])[leader]["fn"])[node]["rec"]["state"]


@needs_go
def test_elections_are_contested_and_logs_repaired(runs):
    rejected_votes = rejected_appends = lost = probes_to_replicate = 0
    for r in runs.values():
        for step in r.steps:
            m = step.params.get("m", {}).get("rec", {})
            if step.action == "HandleVoteResponse":
                rejected_votes += m["reject"]
                lost += _role(step.pre, m["to"]) == "candidate" and _role(step.post, m["to"]) == "follower"
            if step.action == "HandleAppendResponse":
                rejected_appends += m["reject"]
                probes_to_replicate += (_progress_state(step.pre, m["to"], m["from"]) == "probe"
                                        and _progress_state(step.post, m["to"], m["from"]) == "replicate")
    assert rejected_votes >= 20 and lost >= 3 and rejected_appends >= 10 and probes_to_replicate >= 10


@needs_go
def test_the_committed_traces_are_what_the_harness_records_now():
    path = Path(TASK.path(TASK.traces)) / "etcd-raft-3.ndjson"
    if not path.is_file():
        pytest.skip(f"no committed trace {path}")
    committed = read_trace(path, TASK.variable_names)
    header, steps = record_trace(TASK, 3, HARNESS)
    assert list(committed.steps) == steps
    assert committed.header.extra == json.loads(json.dumps(header.extra))


@needs_go
def test_the_binary_is_cached(monkeypatch):
    binary, _ = HARNESS.build()
    built = binary.stat().st_mtime_ns
    calls = []
    real = HARNESS._run_go
    monkeypatch.setattr(HARNESS, "_run_go", lambda go, args, *rest: calls.append(args[0]) or real(go, args, *rest))
    assert HARNESS.build()[0] == binary and binary.stat().st_mtime_ns == built
    assert "build" not in calls


def test_without_go_the_error_names_the_apt_get_command(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(HARNESS.GoToolchainMissing, match=APT) as info:
        HARNESS.run(1, Recorder())
    assert isinstance(info.value, RuntimeError)


@needs_go
def test_without_etcd_sources_the_error_names_the_apt_get_command(monkeypatch, tmp_path):
    monkeypatch.setattr(HARNESS, "GOCODE", tmp_path)
    with pytest.raises(HARNESS.GoToolchainMissing, match=APT):
        HARNESS.build()


def test_a_failing_program_reports_its_stderr(monkeypatch, tmp_path):
    fake = tmp_path / "harness"
    fake.write_text("#!/bin/sh\necho 'panic: node 2 has a Ready after a step of node 1' >&2\nexit 2\n")
    fake.chmod(0o755)
    monkeypatch.setattr(HARNESS, "build", lambda: (fake, "go1.19.8"))
    with pytest.raises(HARNESS.HarnessProgramError, match="status 2(.|\n)*panic: node 2 has a Ready"):
        HARNESS.run(1, Recorder())
