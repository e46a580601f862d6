"""``sysmoray serve``: the scoring service on a real Ray Serve, over real HTTP on loopback, in both
protocols (issue 35, item 3), and its request handling as a plain object."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import sysmoray
from sysmoray.engine.service import BadRequest, ScoringHandler, ServiceSettings, parse_body
from tests.test_reward import LCR_CUT, PETERSON

EXPLODING = (os.path.dirname(__file__) + "/bad_inputs/specs/WideBranching.tla")  # x' \in 0..1000000: its budget
PROMPT = "<|user|>\nModel it in TLA+.\n<|assistant|>\n"


def test_the_handler_scores_both_protocols_and_refuses_what_it_cannot_score():
    handler = ScoringHandler(ServiceSettings(workers=2))
    reply = handler.get_reward({"query": [PROMPT + PETERSON, PROMPT + "no TLA+"], "prompts": [PROMPT, PROMPT],
                                "labels": ["peterson", "peterson"]})
    assert reply["rewards"] == reply["scores"] == [1.0, 0.0] and reply["extra_logs"]["runtime"] == [1.0, 0.0]
    assert handler.score({"answer": PETERSON, "task": "peterson"})["evaluation"]["total"] == 1.0
    for bad, why in [
        ({"query": "x", "prompts": [], "labels": []}, "must be a list"),
        ({"query": ["a"], "prompts": [], "labels": []}, "differ in length"),
        ({"query": ["a"], "prompts": ["a"], "labels": ["no-such-task"]}, "no task named"),
        ({"query": [1], "prompts": ["a"], "labels": ["peterson"]}, "must be text"),
    ]:
        with pytest.raises(BadRequest, match=why):
            handler.get_reward(bad)
    for bad, why in [({"answer": 3}, "'answer' must be text"), ({"answer": "x", "task": "../../etc"}, "a task's name"),
                     ({"items": [{"answer": "x"}, "y"]}, r"items\[1\] is not a JSON object"), ([], "not a JSON object")]:
        with pytest.raises(BadRequest, match=why):
            handler.score(bad)
    with pytest.raises(BadRequest, match="not JSON"):
        parse_body(b"\xff{")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def service():
    port = free_port()
    env = dict(os.environ)
    env.pop("TMPDIR", None)  # Ray's socket paths must stay under 107 bytes
    proc = subprocess.Popen([sys.executable, "-m", "sysmoray.cli", "serve", "--port", str(port), "--workers", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).json() == {"ok": True}:
                break
        except (httpx.HTTPError, ValueError):
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail(f"the service did not come up: {proc.stdout.read()[-3000:] if proc.stdout else ''}")
    yield url
    proc.send_signal(signal.SIGTERM)
    try:
        output, _ = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
    assert proc.returncode == 0 and "stopped" in output, output[-3000:]


def test_the_service_answers_both_protocols_over_http(service):
    cut = sysmoray.score(LCR_CUT, "lcr-election").total
    with httpx.Client(base_url=service, timeout=300) as client:
        reward = client.post("/get_reward", json={
            "query": [PROMPT + PETERSON, PROMPT + "I cannot.", PROMPT + LCR_CUT],
            "prompts": [PROMPT] * 3, "labels": ["peterson", "peterson", "lcr-election"]})
        assert reward.status_code == 200 and reward.json()["rewards"] == [1.0, 0.0, pytest.approx(cut)]
        many = client.post("/score", json={"items": [{"answer": PETERSON, "task": "peterson"}, {"answer": "x"}]})
        assert [e["total"] for e in many.json()["evaluations"]] == [1.0, 0.0]
        assert many.json()["evaluations"][0]["tier"] == "diamond"
        for body, why in [(b"{", "not JSON"), (b'{"query": ["a"], "prompts": ["a"], "labels": ["nope"]}', "no task named")]:
            bad = client.post("/get_reward", content=body)
            assert bad.status_code == 400 and why in bad.json()["error"]


def test_an_exploding_spec_holds_only_its_own_request(service):
    with open(EXPLODING, encoding="utf-8") as f:
        exploding = f.read() + "\nINIT Init\nNEXT Next\n"
    quick_done: list[bool] = []  # for each quick request: was the exploding one still running?
    with httpx.Client(base_url=service, timeout=600) as client, ThreadPoolExecutor(1) as pool:
        big = pool.submit(client.post, "/score", json={"answer": exploding})
        time.sleep(1.0)  # it is being checked
        for n in range(5):
            quick = client.post("/get_reward", json={"query": [PROMPT + f"not TLA+ {n}"], "prompts": [PROMPT],
                                                     "labels": ["peterson"]})
            assert quick.status_code == 200 and quick.json()["rewards"] == [0.0]
            quick_done.append(not big.done())
        evaluation = big.result().json()["evaluation"]
    assert all(quick_done), "a quick request waited for the exploding one"
    assert evaluation["budget"]["reached"] and evaluation["phases"]["runtime"]["outcome"] == "ok"
    assert not evaluation["machine_dependent"]


def test_concurrent_requests_all_get_their_own_answer(service):
    def one(n: int) -> list[float]:
        text = PETERSON if n % 2 == 0 else f"no model {n}"
        reply = httpx.post(f"{service}/get_reward", json={"query": [PROMPT + text], "prompts": [PROMPT],
                                                         "labels": ["peterson"]}, timeout=600)
        return reply.json()["rewards"]

    with ThreadPoolExecutor(6) as pool:
        rewards = list(pool.map(one, range(6)))
    assert rewards == [[1.0], [0.0]] * 3
