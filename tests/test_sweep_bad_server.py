"""Sweeps against a chat server that answers badly (issue 15): every bad reply is its own
sample's generation error, good samples are checked, every planned sample gets exactly one row,
and ``--resume`` of the run goes through; an openai model's ready samples are written while a
slow sample planned beside them is still out."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Iterable

import polars as pl
import pytest
import ray

from sysmoray.engine.actors import GeneratorActor
from sysmoray.engine.config import ConfigError, ModelConfig, from_dict, with_flags
from sysmoray.engine.driver import Driver
from sysmoray.generation.backends import BackendOptions
from sysmoray.generation.prompts import Prompt
from sysmoray.generation.repair import Sampling
from sysmoray.generation.replay_backend import ReferenceBackend
from sysmoray.generation.types import Candidate, Message, Request
from tests.chat_stub import Reply, Script, completion

GOLD = ReferenceBackend().generate([Request("k", (), task="semaphore")])[0].text

# sample -> what its error must say; samples not listed get a usable answer (the gold model)
ERRORS = {4: "not UTF-8", 5: "JSON list body, not an object", 6: "message content is a number",
          7: "HTTP 500: engine dead (attempts: 5, gave up)", 8: "timed out after 1 s"}
K = 9


def bad_server(script: Script, number: int, body: dict) -> Reply:
    """Sample i's reply, by its seed (the sweep's seed is 0, so sample i sends seed i)."""
    sample, good = body["seed"], completion(body, text=GOLD)
    replies: dict[int, Callable[[], Reply]] = {
        1: lambda: Reply(body=good | {"usage": {"prompt_tokens": 2**31, "completion_tokens": 9}}),
        2: lambda: Reply(body=good | {"usage": {"prompt_tokens": "many", "completion_tokens": 9}}),
        # a 503 with a Retry-After that says nothing usable, then the answer
        3: lambda: Reply(503, {"error": {"message": "busy"}}, {"Retry-After": "nan"})
        if script.attempt(number, body) == 1 else Reply(body=good),
        4: lambda: Reply(body=json.dumps(good).encode().replace(b"MODULE", b"MODULE \xff")),
        5: lambda: Reply(body=[good]),
        6: lambda: Reply(body=completion(body, text=42)),
        7: lambda: Reply(500, {"error": {"message": "engine dead"}}, {"Retry-After": "0"}),
        8: lambda: Reply(body=good, trickle_s=0.25),  # each byte in time, the whole far too late
    }
    return replies.get(sample, lambda: Reply(body=good))()


def sweep(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sysmoray.cli", "sweep", *args, "--quiet"],
                          capture_output=True, text=True, timeout=600)


def test_a_sweep_against_a_bad_server_writes_one_row_per_sample_and_resumes(stub, tmp_path: Path) -> None:
    script = Script(lambda number, body: bad_server(script, number, body))
    config = tmp_path / "sweep.toml"
    config.write_text(f'tasks = ["semaphore"]\nk = {K}\nrepair = 0\ncheckers = 1\n\n[[models]]\n'
                      f'spec = "openai:stub@{stub(script)}"\nconcurrency = 4\nrequest_timeout_s = 30\n')
    out = tmp_path / "out"
    # the flag wins over the config's 30 s: the trickling sample must be cut at 1 s
    done = sweep(str(config), "--out", str(out), "--request-timeout", "1")
    assert done.returncode == 0, done.stderr[-3000:]
    [run] = [p for p in out.iterdir() if p.is_dir()]
    samples = pl.read_parquet(str(run / "samples" / "*.parquet")).sort("sample")
    assert samples["sample"].to_list() == list(range(K)) and samples["final"].all()

    for row in samples.iter_rows(named=True):
        if row["sample"] in ERRORS:
            assert row["outcome_syntax"] == "generation_error" and row["finish_reason"] == "error"
            assert ERRORS[row["sample"]] in row["error"], row
        else:
            assert row["error"] is None and row["p1_syntax"] == 1.0 and row["total"] == 1.0, row
    by_sample = {r["sample"]: r for r in samples.iter_rows(named=True)}
    assert [(by_sample[i]["prompt_tokens"], by_sample[i]["completion_tokens"]) for i in (1, 2)] == [(0, 9)] * 2
    assert json.loads(by_sample[1]["details"])["meta"]["usage_rejected"] == {"prompt_tokens": 2**31}
    assert json.loads(by_sample[2]["details"])["meta"]["usage_rejected"] == {"prompt_tokens": "'many'"}
    assert json.loads(by_sample[3]["details"])["meta"]["attempts"] == 2

    calls = len(script.calls)
    resumed = sweep("--resume", run.name, "--out", str(out))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert f"{K} sample(s) already written, 0 to go" in resumed.stderr
    assert pl.read_parquet(str(run / "samples" / "*.parquet")).height == K and len(script.calls) == calls


# -- the driver: a slow sample does not hold back the ready ones -------------------------------


class SampleRows:
    """A stand-in for the results writer: the samples the driver wrote, in order."""

    def __init__(self, on_row: Callable[[list[int]], None]) -> None:
        self.samples: list[int] = []
        self.on_row = on_row

    def add(self, table: str, rows: Iterable[dict[str, Any]], autoflush: bool = True) -> None:
        if table == "samples":
            self.samples += [r["sample"] for r in rows]
            self.on_row(self.samples)

    def maybe_flush(self) -> None: ...

    def flush(self) -> None: ...


@pytest.fixture
def ray_here():
    ray.init(address="local", num_cpus=1, log_to_driver=False)
    yield
    ray.shutdown()


def test_an_openai_models_ready_samples_are_written_while_a_slow_one_is_out(ray_here, stub) -> None:
    others_written = threading.Event()
    held: list[bool] = []

    def answer(number: int, body: dict) -> tuple[int, dict, dict]:
        if body["seed"] == 0:  # held until the others are written (a whole-batch call never is)
            held.append(others_written.wait(30))
        return 400, {}, {"error": {"message": f"refused {body['seed']}"}}

    spec = f"openai:m@{stub(Script(answer))}"
    model = ModelConfig(spec, concurrency=4)
    actor = GeneratorActor.options(max_concurrency=model.calls_in_flight).remote(
        spec, BackendOptions(concurrency=model.concurrency))
    rows = SampleRows(lambda written: {1, 2, 3} <= set(written) and others_written.set())
    driver = Driver("run", rows, Sampling(k=4), 0, {spec: [actor]}, {spec: True}, lambda i: None, [], {}, None,
                    gen_batch=16, gen_slots={spec: model.calls_in_flight})
    prompt = Prompt("direct", "semaphore", (Message("user", "Model a semaphore."),), "sha256:x")
    driver.plan(spec, prompt, [0, 1, 2, 3])
    counters = driver.run()
    assert held == [True] and rows.samples[-1] == 0 and sorted(rows.samples) == [0, 1, 2, 3]
    assert counters.checked == 4 and counters.errors == 4


# -- the request timeout in the config and on the command line --------------------------------


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "30", True])
def test_a_request_timeout_must_be_seconds_above_zero(bad: Any) -> None:
    entry = {"spec": "openai:m@http://h/v1", "request_timeout_s": bad}
    with pytest.raises(ConfigError, match="request_timeout_s must be a number of seconds > 0"):
        from_dict({"models": [entry]})


def test_the_request_timeout_flag_applies_to_every_model() -> None:
    config = from_dict({"models": [{"spec": "openai:m@http://h/v1", "request_timeout_s": 30, "concurrency": 3},
                                   "reference"]})
    assert [m.request_timeout_s for m in config.models] == [30, 300.0]
    assert [m.calls_in_flight for m in config.models] == [3, 1]  # replays take one call at a time
    flagged = with_flags(config, request_timeout_s=2.5)
    assert [m.request_timeout_s for m in flagged.models] == [2.5, 2.5]
    with pytest.raises(ConfigError, match="request_timeout_s"):
        with_flags(config, request_timeout_s=0)


def test_the_costliest_tasks_are_screened_first_whatever_order_their_answers_come_in():
    """Screens wait in the order of their tasks' window counts (the cost proxy), ties in
    arrival order, so a sweep's last minutes are small checks on every core (``Driver``)."""
    class W:
        def __init__(self, id: int) -> None:
            self.id = id

    windows = {"big": (W(1), W(2), W(3)), "mid": (W(1), W(2)), "small": (W(1),)}
    driver = Driver("run", SampleRows(lambda _: None), Sampling(k=1), 0, {"m": []}, {"m": False}, lambda i: None, [], windows, None,
                    gen_batch=1)
    for i, task in enumerate(["small", "mid", "none", "big", "small", "big"]):
        prompt = Prompt("direct", task, (Message("user", "Model it."),), "sha256:x")
        driver._on_candidates(Request(task, prompt.messages, n=1), ("m", prompt),
                              [Candidate("k", 0, f"answer {i}", 0, "stop")])
    assert [(job.context.key.task, job.args[1]) for job in driver.queues["screen"]] == [
        ("big", "answer 3"), ("big", "answer 5"), ("mid", "answer 1"), ("small", "answer 0"), ("small", "answer 4"),
        ("none", "answer 2")]
