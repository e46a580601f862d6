"""The ``openai:<model>@<base_url>`` backend: any OpenAI-compatible chat server (vLLM serve,
Ollama, a gateway), spoken to with plain ``httpx`` so the core package needs no ``openai`` SDK.

Every sample is its own HTTP call with ``n=1`` and its own ``seed``: servers ignore or reject
per-choice seeds, and one shared seed would give all samples the same noise (DESIGN §3).
"""

from __future__ import annotations

import email.utils
import json
import math
import os
import random
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import httpcore
import httpx

from sysmoray.generation.types import ERROR, BackendSpecError, Candidate, Request

RETRY_AFTER_CAP_S = 60.0  # a server may ask for minutes; a sweep should not stall that long
BACKOFF_CAP_S = 60.0
ERROR_TEXT_CHARS = 300  # servers can echo whole prompts in their errors
MAX_REPLY_BYTES = 16 * 1024 * 1024  # one reply's body

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


# -- a deadline for the whole of one HTTP call ----------------------------------------------------
#
# httpx's timeouts bound each socket operation, so a server trickling a byte at a time holds a
# call for as long as it likes. The deadline is per calling thread (a sync call does all its
# socket I/O in the caller's thread) and cuts every connect, read and write to the time left.


class _Deadline(threading.local):
    at: float | None = None  # time.monotonic() by which the current call must be done

    @contextmanager
    def within(self, seconds: float) -> Iterator[None]:
        self.at = time.monotonic() + seconds
        try:
            yield
        finally:
            self.at = None

    def cut(self, timeout: float | None, expired: type[Exception]) -> float | None:
        """``timeout`` shortened to the time left; ``expired`` raised when none is."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise expired("deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner, self._deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.cut(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      self._deadline.cut(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, deadline: _Deadline) -> None:
        self._inner, self._deadline = inner, deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, self._deadline.cut(timeout, httpcore.ConnectTimeout),
                                         local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, self._deadline.cut(timeout, httpcore.ConnectTimeout),
                                                 socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _deadline_transport(limits: httpx.Limits, deadline: _Deadline) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(limits=limits)
    # httpx has no public hook for httpcore's network backend; the pool hands it to every
    # connection it opens, so wrapping it before the first call covers them all.
    pool = transport._pool
    pool._network_backend = _DeadlineBackend(pool._network_backend, deadline)
    return transport


class OpenAIBackend:
    """Samples from ``POST {base_url}/chat/completions``.

    At most ``concurrency`` calls are in flight per backend, across batches and threads.
    ``timeout_s`` is a deadline for each whole HTTP call (connect, send, every byte of the
    reply), however slowly the server sends. 429, 5xx, connection errors and timeouts are retried
    ``max_retries`` times with exponential backoff and jitter, honouring a ``Retry-After`` header
    (capped); other 4xx are final. A reply that is not a usable completion is that sample's
    error, never the batch's. ``latency_s`` is the wall time of the last, successful call only,
    so it measures the server, not our backoff; ``meta`` has ``attempts`` and ``total_s``
    (including retries and waits), and ``usage_rejected`` when a token count was unusable.
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
        if not (0 < timeout_s < math.inf):
            raise ValueError(f"timeout_s must be a number of seconds > 0, got {timeout_s}")
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
        self._deadline = _Deadline()
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        self._client = httpx.Client(headers=headers, timeout=httpx.Timeout(timeout_s),
                                    transport=_deadline_transport(limits, self._deadline))
        self._slots = threading.BoundedSemaphore(concurrency)

    def __repr__(self) -> str:
        return f"OpenAIBackend({self.name!r})"

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        jobs = [(r, i) for r in requests for i in range(r.n)]
        if len(jobs) <= 1:  # the sweep sends one sample per call: no pool for it
            return [self._sample(*job) for job in jobs]
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
            text, finish_reason = _reply_text(data)
        except _Failure as e:
            error = str(e)
        except Exception as e:  # a bug here must cost one sample, not the batch's good ones
            error = f"unexpected {type(e).__name__} handling the reply of {self.base_url}: {_clip(str(e))}"
        else:
            (prompt_tokens, completion_tokens), rejected = _usage(data.get("usage"))
            meta: dict[str, Any] = {"attempts": attempts, "total_s": time.monotonic() - start}
            if rejected:
                meta["usage_rejected"] = rejected
            return Candidate(key=request.key, sample=sample, text=text, seed=seed,
                             finish_reason=finish_reason, prompt_tokens=prompt_tokens,
                             completion_tokens=completion_tokens, latency_s=latency, meta=meta)
        return Candidate(key=request.key, sample=sample, text="", seed=seed, finish_reason=ERROR,
                         latency_s=time.monotonic() - start, error=error)

    def _post_with_retries(self, body: dict[str, Any]) -> tuple[dict[str, Any], float, int]:
        url = f"{self.base_url}/chat/completions"
        attempts = 0
        while True:
            attempts += 1
            retry_after: float | None = None
            t0 = time.monotonic()
            try:
                with self._slots, self._deadline.within(self.timeout_s):
                    # the slot is the in-flight bound, shared by every caller of this backend
                    with self._client.stream("POST", url, json=body) as response:
                        content = _capped_body(response)
                latency = time.monotonic() - t0
            except httpx.TimeoutException as e:
                problem = f"timed out after {self.timeout_s:g} s ({type(e).__name__})"
            except httpx.TransportError as e:
                problem = f"connection error: {type(e).__name__}: {e}"
            else:
                if response.status_code == 200:
                    return _json_object(content), latency, attempts
                problem = f"HTTP {response.status_code}: {_server_error(response, content)}"
                if response.status_code != 429 and response.status_code < 500:
                    raise _Failure(f"{problem} (attempts: {attempts}, not retried)")
                retry_after = _retry_after(response.headers.get("Retry-After"))
            if attempts > self.max_retries:
                raise _Failure(f"{problem} (attempts: {attempts}, gave up)")
            if retry_after is None:
                delay = self.backoff_s * 2 ** (attempts - 1) * random.uniform(0.5, 1.5)
                retry_after = min(delay, BACKOFF_CAP_S)
            time.sleep(retry_after)


# -- reading a reply: pure functions, each bad shape a _Failure saying what was wrong ------------

INT32_MAX = 2**31 - 1  # the result tables' token columns are int32
USAGE_FIELDS = ("prompt_tokens", "completion_tokens")


def _json_object(content: bytes) -> dict[str, Any]:
    """A 200 reply's body as a JSON object."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _Failure(f"HTTP 200 with a body that is not UTF-8 ({e.reason} at byte {e.start}): "
                       f"{_clip(content.decode('utf-8', 'replace'))!r}") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _Failure(f"HTTP 200 with a body that is not JSON: {_clip(text)!r}") from None
    if not isinstance(data, dict):
        raise _Failure(f"HTTP 200 with a JSON {_json_type(data)} body, not an object: {_clip(text)!r}")
    return data


def _reply_text(data: dict[str, Any]) -> tuple[str, str]:
    """(text, finish reason) of a completion's first choice."""
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _Failure(f"malformed completion: choices is {_shown(choices)}, not a non-empty list")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice, dict) else None
    if not isinstance(message, dict):
        raise _Failure(f"malformed completion: choices[0] has no message object: {_shown(choice)}")
    finish = choice.get("finish_reason")
    return _content_text(message.get("content")), _clip(str(finish)) if finish else "unknown"


def _content_text(content: Any) -> str:
    """A message's content: a string, nothing (a refusal, a tool call), or OpenAI's list of text
    parts ``[{"type": "text", "text": ...}]``, joined."""
    if content is None or isinstance(content, str):
        return content or ""
    if isinstance(content, list) and all(
        isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str) for p in content
    ):
        return "".join(p["text"] for p in content)
    raise _Failure(f"malformed completion: message content is {_shown(content)}, not text")


def _usage(usage: Any) -> tuple[tuple[int, int], dict[str, Any]]:
    """(prompt, completion) token counts, and the raw values of those that were unusable (they
    count 0): a count must fit the int32 result columns, so a server's 2**31 cannot sink a run."""
    if usage is None:
        return (0, 0), {}
    if not isinstance(usage, dict):
        return (0, 0), {"usage": _raw(usage)}
    counts, rejected = [], {}
    for name in USAGE_FIELDS:
        value = usage.get(name)
        ok = value is None or (type(value) is int and 0 <= value <= INT32_MAX)
        counts.append(value if ok and value is not None else 0)
        if not ok:
            rejected[name] = _raw(value)
    return (counts[0], counts[1]), rejected


def _raw(value: Any) -> Any:
    """A server's value as kept in meta: an int as it is, anything else as its clipped repr."""
    return value if type(value) is int else _clip(repr(value))


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", int: "number",
             float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _shown(value: Any) -> str:
    """A bad value for an error message: its JSON type and a clipped repr."""
    if value is None:
        return "missing"
    kind = _json_type(value)
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} ({_clip(repr(value))})"


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= ERROR_TEXT_CHARS else text[:ERROR_TEXT_CHARS] + "..."


def _capped_body(response: httpx.Response) -> bytes:
    """A reply's body, read no further than ``MAX_REPLY_BYTES`` (a completion of any length fits
    with room to spare; a server sending more is not answering, and is not retried)."""
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_REPLY_BYTES:
            raise _Failure(f"HTTP {response.status_code} with a body over {MAX_REPLY_BYTES} bytes: not read further")
    return bytes(body)


def _server_error(response: httpx.Response, content: bytes) -> str:
    """The server's own words: OpenAI-style ``{"error": {"message": ...}}`` or the raw body."""
    raw = content.decode("utf-8", "replace")  # an error body need not be UTF-8 either
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return _clip(raw) or response.reason_phrase
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict) and err.get("message"):
            return _clip(str(err["message"]))
        if isinstance(err, str):
            return _clip(err)
    return _clip(raw)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), capped; None (use
    backoff) when it says nothing usable: absent, garbled, nan, inf or negative."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = max(email.utils.parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
        except (TypeError, ValueError, OverflowError, OSError):
            return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return min(seconds, RETRY_AFTER_CAP_S)
