"""The ``openai:<model>@<base_url>`` backend: any OpenAI-compatible chat server (vLLM serve,
Ollama, a gateway), spoken to with plain ``httpx`` so the core package needs no ``openai`` SDK.

Every sample is its own HTTP call with ``n=1`` and its own ``seed``: servers ignore or reject
per-choice seeds, and one shared seed would give all samples the same noise (DESIGN §3).
"""

from __future__ import annotations

import email.utils
import json
import os
import random
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Sequence

import httpx

from sysmoray.generation.types import ERROR, BackendSpecError, Candidate, Request

RETRY_AFTER_CAP_S = 60.0  # a server may ask for minutes; a sweep should not stall that long
BACKOFF_CAP_S = 60.0
ERROR_TEXT_CHARS = 300  # servers can echo whole prompts in their errors

_SPEC = re.compile(r"^openai:(?P<model>.+)@(?P<url>https?://[^\s@/]+.*)$", re.DOTALL)


def parse_openai_spec(spec: str) -> tuple[str, str]:
    """``openai:<model>@<base_url>`` -> (model, base_url). Model ids may contain ``/``, ``:`` and
    ``@``: the split is at the last ``@`` followed by ``http://`` or ``https://``."""
    m = _SPEC.match(spec.strip())
    if m is None or not m.group("model"):
        raise BackendSpecError(
            f"bad openai backend spec {spec!r}: expected openai:<model>@<base_url>, "
            "e.g. openai:Qwen/Qwen2.5-7B-Instruct@http://localhost:8000/v1"
        )
    return m.group("model"), m.group("url").rstrip("/")


class _Failure(Exception):
    """A sample that will not succeed; ``str()`` is what the candidate records."""


class OpenAIBackend:
    """Samples from ``POST {base_url}/chat/completions``.

    At most ``concurrency`` calls are in flight per backend, across batches and threads.
    ``timeout_s`` bounds each HTTP call (connect, and each read: a non-streaming server sends
    nothing until it is done, so it bounds the whole call). 429, 5xx, connection errors and
    timeouts are retried ``max_retries`` times with exponential backoff and jitter, honouring a
    ``Retry-After`` header (capped); other 4xx are final. ``latency_s`` is the wall time of the
    last, successful call only, so it measures the server, not our backoff; ``meta`` has
    ``attempts`` and ``total_s`` (including retries and waits).
    """

    can_repair = True

    def __init__(
        self,
        model: str,
        base_url: str,
        *,
        api_key_env: str = "OPENAI_API_KEY",
        concurrency: int = 8,
        timeout_s: float = 300,
        max_retries: int = 4,
        backoff_s: float = 1.0,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.name = f"openai:{model}@{self.base_url}"
        self.concurrency = concurrency
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(api_key_env)
        if key:  # local servers need none; the key never goes into names, logs or errors
            headers["Authorization"] = f"Bearer {key}"
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout_s),
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        )
        self._slots = threading.BoundedSemaphore(concurrency)

    def __repr__(self) -> str:
        return f"OpenAIBackend({self.name!r})"

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        jobs = [(r, i) for r in requests for i in range(r.n)]
        if not jobs:
            return []
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(jobs))) as pool:
            return list(pool.map(lambda job: self._sample(*job), jobs))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> OpenAIBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one sample -------------------------------------------------------------------------

    def _sample(self, request: Request, i: int) -> Candidate:
        seed = request.sample_seed(i)
        sample = request.first_sample + i
        body = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
            "seed": seed,
            "n": 1,
        }
        start = time.monotonic()
        try:
            data, latency, attempts = self._post_with_retries(body)
            choice = data["choices"][0]
            text = choice["message"].get("content") or ""
            usage = data.get("usage") or {}
        except _Failure as e:
            return Candidate(key=request.key, sample=sample, text="", seed=seed,
                             finish_reason=ERROR, latency_s=time.monotonic() - start,
                             error=str(e))
        except (KeyError, IndexError, TypeError, AttributeError) as e:
            return Candidate(key=request.key, sample=sample, text="", seed=seed,
                             finish_reason=ERROR, latency_s=time.monotonic() - start,
                             error=f"malformed response from {self.base_url}: {e!r}")
        return Candidate(
            key=request.key, sample=sample, text=text, seed=seed,
            finish_reason=str(choice.get("finish_reason") or "unknown"),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            latency_s=latency,
            meta={"attempts": attempts, "total_s": time.monotonic() - start},
        )

    def _post_with_retries(self, body: dict[str, Any]) -> tuple[dict[str, Any], float, int]:
        url = f"{self.base_url}/chat/completions"
        attempts = 0
        while True:
            attempts += 1
            retry_after: float | None = None
            t0 = time.monotonic()
            try:
                with self._slots:  # the in-flight bound, shared by every caller of this backend
                    response = self._client.post(url, json=body)
                latency = time.monotonic() - t0
            except httpx.TimeoutException as e:
                problem = f"timed out after {self.timeout_s:g} s ({type(e).__name__})"
            except httpx.TransportError as e:
                problem = f"connection error: {type(e).__name__}: {e}"
            else:
                if response.status_code == 200:
                    try:
                        return response.json(), latency, attempts
                    except json.JSONDecodeError:
                        raise _Failure(f"HTTP 200 with a body that is not JSON: "
                                       f"{_clip(response.text)!r}") from None
                problem = f"HTTP {response.status_code}: {_server_error(response)}"
                if response.status_code != 429 and response.status_code < 500:
                    raise _Failure(f"{problem} (attempts: {attempts}, not retried)")
                retry_after = _retry_after(response.headers.get("Retry-After"))
            if attempts > self.max_retries:
                raise _Failure(f"{problem} (attempts: {attempts}, gave up)")
            if retry_after is None:
                delay = self.backoff_s * 2 ** (attempts - 1) * random.uniform(0.5, 1.5)
                retry_after = min(delay, BACKOFF_CAP_S)
            time.sleep(retry_after)


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= ERROR_TEXT_CHARS else text[:ERROR_TEXT_CHARS] + "..."


def _server_error(response: httpx.Response) -> str:
    """The server's own words: OpenAI-style ``{"error": {"message": ...}}`` or the raw body."""
    try:
        data = response.json()
    except ValueError:
        return _clip(response.text) or response.reason_phrase
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict) and err.get("message"):
            return _clip(str(err["message"]))
        if isinstance(err, str):
            return _clip(err)
    return _clip(response.text)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), capped."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), RETRY_AFTER_CAP_S)
