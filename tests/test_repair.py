"""The repair loop with real SANY and TLC: a scripted chat server (a real HTTP server standing in
for a model) answers with a module SANY rejects, then one TLC fails on, then the gold model. The
loop must feed each tool's real error back and record every attempt."""

from __future__ import annotations

import re

from sysmoray.generation.backends import make_backend
from sysmoray.generation.prompts import build_prompt
from sysmoray.generation.repair import Sampling, run_generation
from sysmoray.generation.replay_backend import answer_text
from sysmoray.metrics.evaluate import CheckConfig, screen
from sysmoray.tasks.loader import find_task
from sysmoray.tla.runner import Limits
from tests.chat_stub import Script, completion

TASK = find_task("semaphore")
with open(TASK.path(TASK.reference_module), encoding="utf-8") as f:
    GOLD = f.read()
with open(TASK.path(TASK.reference_cfg), encoding="utf-8") as f:
    GOLD_CFG = f.read()
PARSE_ERROR = GOLD.replace("Release(t) ==", "Release(t) = =", 1)
RUNTIME_ERROR = GOLD.replace("value' = value + 1", "value' = value + TRUE", 1)


def scripted(number: int, body: dict) -> tuple[int, dict, dict]:
    last = body["messages"][-1]["content"]
    attempt = re.search(r"repair attempt (\d+) of", last)
    module = {None: PARSE_ERROR, "1": RUNTIME_ERROR}.get(attempt and attempt.group(1), GOLD)
    return 200, {}, completion(body, answer_text(module, GOLD_CFG))


def test_repair_feeds_real_errors_back_and_keeps_every_attempt(toolchain, stub):
    assert PARSE_ERROR != GOLD and RUNTIME_ERROR != GOLD
    script = Script(scripted)
    backend = make_backend(f"openai:scripted@{stub(script)}")
    prompt = build_prompt(TASK, "direct")
    config = CheckConfig(Limits(timeout_s=60))
    attempts = run_generation(
        backend, [prompt], lambda p, answer: screen(toolchain, answer, None, config, TASK),
        Sampling(k=1, seed=7), rounds=3,
    )
    assert [(a.sample, a.attempt, a.final) for a in attempts] == [(0, 0, False), (0, 1, False), (0, 2, True)]
    first, second, third = attempts
    assert first.screen.phases["syntax"].score < 1.0
    assert second.screen.phases["syntax"].score == 1.0 and second.screen.phases["runtime"].score < 1.0
    assert third.screen.passed

    # What the server received: the first prompt, then each repair with the tools' own words.
    assert len(script.calls) == 3
    repair1 = script.calls[1]["messages"][-1]["content"]
    repair2 = script.calls[2]["messages"][-1]["content"]
    assert "repair attempt 1 of 3" in repair1 and "repair attempt 2 of 3" in repair2
    for feedback in first.screen.feedback():
        assert feedback.splitlines()[0] in repair1
    assert any("syntax" in f for f in first.screen.feedback())
    tlc_error = second.screen.phases["runtime"].errors[0].message
    assert "BoolValue" in tlc_error, tlc_error  # TLC could not add a Boolean
    assert all(line in repair2 for line in tlc_error.splitlines())
    # The previous answer goes back as the assistant's turn; each repair has its own seed.
    assert "Release(t) = =" in script.calls[1]["messages"][-2]["content"]
    assert len({c["seed"] for c in script.calls}) == 3


def test_replays_are_not_repaired_and_pass(toolchain):
    backend = make_backend("reference")
    prompt = build_prompt(TASK, "direct")
    attempts = run_generation(
        backend, [prompt], lambda p, answer: screen(toolchain, answer, None, CheckConfig(), TASK),
        Sampling(k=2, seed=3), rounds=3,
    )
    assert [(a.sample, a.attempt, a.final) for a in attempts] == [(0, 0, True), (1, 0, True)]
    assert all(a.screen.passed for a in attempts)
    assert [a.candidate.seed for a in attempts] == [3, 4]
