"""The generation loop: k samples per prompt, then up to N repair rounds for the candidates that
fail P1 or P2, each round one backend call for all of them. Every attempt is kept.

Pure decisions (what needs repair, which seed a repair uses, which request it becomes) are plain
functions, so the sweep's streaming driver and the synchronous ``run_generation`` share them.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from sysmoray.generation.prompts import Prompt, repair_prompt
from sysmoray.generation.types import Backend, Candidate, Request
from sysmoray.metrics.evaluate import Screen
from sysmoray.tla.answer import Answer, extract_answer

DEFAULT_REPAIR_ROUNDS = 3
REPAIR_SEED_STRIDE = 1_000_003  # repair round r of a sample uses seed + r * stride: no reuse


@dataclass(frozen=True)
class Sampling:
    k: int = 1
    seed: int = 0
    max_tokens: int = 4096
    temperature: float = 0.8
    top_p: float = 0.95


@dataclass(frozen=True)
class Attempt:
    """One candidate and what the screen made of it. ``attempt`` 0 is the first answer."""

    prompt: Prompt
    candidate: Candidate
    answer: Answer
    screen: Screen | None  # None when the backend failed the sample: nothing to check
    attempt: int
    final: bool  # no later attempt of this sample exists

    @property
    def task(self) -> str:
        return self.prompt.task

    @property
    def method(self) -> str:
        return self.prompt.method

    @property
    def sample(self) -> int:
        return self.candidate.sample


Screener = Callable[[Prompt, Answer], Screen]


def prompt_key(prompt: Prompt) -> str:
    return f"{prompt.task}/{prompt.method}"


def first_requests(prompts: Sequence[Prompt], sampling: Sampling) -> list[Request]:
    return [
        Request(prompt_key(p), p.messages, n=sampling.k, seed=sampling.seed, max_tokens=sampling.max_tokens,
                temperature=sampling.temperature, top_p=sampling.top_p, task=p.task)
        for p in prompts
    ]


def needs_repair(attempt: Attempt, backend: Backend, rounds: int) -> bool:
    return (
        backend.can_repair and attempt.screen is not None and not attempt.screen.passed
        and attempt.attempt < rounds
    )


def repair_request(attempt: Attempt, rounds: int, sampling: Sampling) -> tuple[Prompt, Request]:
    """The follow-up prompt for a failed attempt, sampled once with a seed of its own."""
    module = attempt.answer.module_text or attempt.candidate.text
    prompt = repair_prompt(attempt.prompt, module, attempt.answer.cfg_text, attempt.screen.feedback(),
                           attempt.attempt + 1, rounds)
    seed = attempt.candidate.seed + (attempt.attempt + 1) * REPAIR_SEED_STRIDE
    request = Request(
        prompt_key(prompt), prompt.messages, n=1, seed=seed, max_tokens=sampling.max_tokens,
        temperature=sampling.temperature, top_p=sampling.top_p, task=prompt.task,
        first_sample=0,
    )
    return prompt, request


def run_generation(
    backend: Backend,
    prompts: Sequence[Prompt],
    screen: Screener,
    sampling: Sampling = Sampling(),
    rounds: int = DEFAULT_REPAIR_ROUNDS,
    workers: int = 2,
) -> list[Attempt]:
    """Generate, screen (``workers`` checks at a time: each is a TLC subprocess), repair."""
    attempts: list[Attempt] = []
    by_key = {prompt_key(p): p for p in prompts}
    candidates = backend.generate(first_requests(prompts, sampling))
    batch = [(by_key[c.key], c, 0) for c in candidates]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        while batch:
            screened = list(pool.map(lambda item: _screen(screen, *item), batch))
            todo: list[tuple[Prompt, Request, int]] = []
            for a in screened:
                if needs_repair(a, backend, rounds):
                    prompt, request = repair_request(a, rounds, sampling)
                    todo.append((prompt, request, a.sample))
                    attempts.append(replace(a, final=False))
                else:
                    attempts.append(a)
            if not todo:
                break
            out = backend.generate([r for _, r, _ in todo])
            # A repair request is one sample; its candidate takes the sample number it repairs.
            batch = [(p, replace(c, sample=sample), p.attempt) for (p, _, sample), c in zip(todo, out)]
    return sorted(attempts, key=lambda a: (a.task, a.method, a.sample, a.attempt))


def _screen(screen: Screener, prompt: Prompt, candidate: Candidate, attempt: int) -> Attempt:
    answer = extract_answer(candidate.text)
    checked = screen(prompt, answer) if candidate.ok else None
    return Attempt(prompt, candidate, answer, checked, attempt, final=True)
