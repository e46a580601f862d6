"""The ``vllm:`` backend on a real vLLM engine (vllm-cpu here, vllm on GPUs) with a tiny random
Llama the test builds itself: k distinct, reproducible samples per prompt for several prompts in
one call; a prompt the engine refuses costs only its own samples; the repair loop runs on it."""

from __future__ import annotations

import os

import pytest

from sysmoray.generation.prompts import build_prompt
from sysmoray.generation.repair import Sampling, run_generation
from sysmoray.generation.types import ERROR, Message, Request
from sysmoray.metrics.evaluate import CheckConfig, screen
from sysmoray.tasks.loader import find_task
from sysmoray.tla.runner import Limits
from tests.tiny_model import build_tiny_model

MAX_MODEL_LEN = 8192


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    pytest.importorskip("vllm")
    from sysmoray.generation.vllm_backend import VLLMBackend, VLLMOptions

    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # GiB of KV cache on CPU
    path = build_tiny_model(tmp_path_factory.mktemp("tiny-llama"))
    b = VLLMBackend(str(path), VLLMOptions(gpu_memory_utilization=0.2, max_model_len=MAX_MODEL_LEN, dtype="float32"))
    yield b
    b.close()


def requests(seed: int) -> list[Request]:
    topics = ["a semaphore", "a bounded queue", "a barrier"]
    return [
        Request(f"p{i}", (Message("system", "You write TLA+."), Message("user", f"Model {t}.")),
                n=3, seed=seed, max_tokens=24, temperature=1.0)
        for i, t in enumerate(topics)
    ]


def test_k_distinct_reproducible_samples_per_prompt_in_one_call(backend):
    first = backend.generate(requests(seed=11))
    assert [(c.key, c.sample) for c in first] == [(f"p{i}", s) for i in range(3) for s in range(3)]
    assert [c.seed for c in first] == [11, 12, 13] * 3
    for i in range(3):
        texts = [c.text for c in first if c.key == f"p{i}"]
        assert len(set(texts)) == 3, texts  # each sample has its own seed, so its own noise
    for c in first:
        assert c.ok and c.text and c.finish_reason in ("stop", "length")
        assert c.prompt_tokens > 0 and 0 < c.completion_tokens <= 24
    again = backend.generate(requests(seed=11))
    assert [c.text for c in again] == [c.text for c in first]
    other = backend.generate(requests(seed=500))
    assert [c.text for c in other] != [c.text for c in first]


def test_a_prompt_too_long_fails_alone(backend):
    long = Request("long", (Message("user", "Acquire Release " * MAX_MODEL_LEN),), n=2, seed=1, max_tokens=8)
    short = requests(seed=1)[0]
    out = backend.generate([short, long])
    assert [c.key for c in out] == ["p0"] * 3 + ["long"] * 2
    assert all(c.ok for c in out[:3])
    assert all(c.finish_reason == ERROR and c.error and c.text == "" for c in out[3:])


def test_repair_loop_on_vllm_records_every_attempt(backend, toolchain):
    task = find_task("semaphore")
    prompt = build_prompt(task, "description", count_tokens=backend.count_tokens)
    assert prompt.info["tokens"] < MAX_MODEL_LEN
    config = CheckConfig(Limits(timeout_s=30))
    attempts = run_generation(
        backend, [prompt], lambda p, answer: screen(toolchain, answer, None, config, task),
        Sampling(k=2, seed=5, max_tokens=32), rounds=2,
    )
    # A random model never writes a module: every sample goes through both repair rounds.
    assert [(a.sample, a.attempt, a.final) for a in attempts] == [
        (s, r, r == 2) for s in range(2) for r in range(3)
    ]
    assert all(a.screen.phases["syntax"].outcome.value == "no_module" for a in attempts)
    repairs = [a for a in attempts if a.attempt > 0]
    assert all(a.prompt.attempt == a.attempt and "repair attempt" in a.prompt.messages[-1].content for a in repairs)
    assert len({a.candidate.seed for a in attempts}) == len(attempts)
