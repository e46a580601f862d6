"""A scripted OpenAI-compatible chat server for tests: a real HTTP server on 127.0.0.1 whose
answers a test writes, recording every call and the most calls in flight at once."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

import pytest


class Script:
    """What the stub server answers; records every call and the most calls in flight at once."""

    def __init__(self, answer: Callable[[int, dict], tuple[int, dict, dict]], delay_s: float = 0):
        self.answer = answer  # (call number, request body) -> (status, headers, json body)
        self.delay_s = delay_s
        self.calls: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()


def completion(body: dict, text: str = "---- MODULE M ----") -> dict:
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
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with script.lock:
                    script.calls.append(body)
                    number = len(script.calls)
                    script.in_flight += 1
                    script.max_in_flight = max(script.max_in_flight, script.in_flight)
                try:
                    time.sleep(script.delay_s)
                    status, headers, payload = script.answer(number, body)
                finally:
                    with script.lock:
                        script.in_flight -= 1
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (the timeout test)

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
