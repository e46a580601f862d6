"""A scripted OpenAI-compatible chat server for tests: a real HTTP server on 127.0.0.1 whose
answers a test writes, recording every call and the most calls in flight at once. An answer is a
``Reply`` (any status, headers, raw bytes or JSON body, optionally trickled byte by byte) or the
short form ``(status, headers, json body)``."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator, Union

import pytest


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: Any = b""  # bytes go out as they are; anything else as JSON
    headers: dict[str, str] = field(default_factory=dict)
    trickle_s: float = 0.0  # > 0: the body goes out one byte at a time, this far apart

    def payload(self) -> bytes:
        return self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()


Answer = Union[Reply, tuple[int, dict, Any]]


def as_reply(answer: Answer) -> Reply:
    return answer if isinstance(answer, Reply) else Reply(answer[0], answer[2], answer[1])


class Script:
    """What the stub server answers; records every call and the most calls in flight at once."""

    def __init__(self, answer: Callable[[int, dict], Answer], delay_s: float = 0):
        self.answer = answer  # (call number from 1, request body) -> the reply
        self.delay_s = delay_s
        self.calls: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()

    def attempt(self, number: int, body: dict) -> int:
        """Which attempt at its sample call ``number`` is (1 = first): calls of one sample share
        a seed. Counted from the call's own number, as later calls may already be recorded."""
        with self.lock:
            return sum(1 for c in self.calls[:number] if c.get("seed") == body.get("seed"))


def completion(body: dict, text: Any = "---- MODULE M ----") -> dict:
    """A well-formed chat completion (``text``: its message content, a test may make it odd)."""
    return {
        "id": "x", "object": "chat.completion", "model": body["model"],
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 7, "completion_tokens": 5, "total_tokens": 12},
    }


@pytest.fixture
def stub() -> Iterator[Callable[[Script], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(script: Script) -> str:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with script.lock:
                    script.calls.append(body)
                    number = len(script.calls)
                    script.in_flight += 1
                    script.max_in_flight = max(script.max_in_flight, script.in_flight)
                try:
                    time.sleep(script.delay_s)
                    reply = as_reply(script.answer(number, body))
                finally:
                    with script.lock:
                        script.in_flight -= 1
                try:
                    self._send(reply)
                except OSError:
                    pass  # the client gave up (the timeout tests)

            def _send(self, reply: Reply) -> None:
                data = reply.payload()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json"} | reply.headers
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if reply.trickle_s <= 0:
                    self.wfile.write(data)
                    return
                for i in range(len(data)):
                    self.wfile.write(data[i : i + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle_s)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
