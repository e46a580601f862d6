"""sysmoray's score as a reward for RL trainers: TRL's reward functions and verl's custom score.

A reward must be a function of the completion and the task alone: sysmoray bounds every
exploration by work, with one TLC worker, so the same completion gets the same reward on any
node, however loaded. Completions that are not TLA+ get 0 (their outcome says why), never an
exception. Identical completions of one task are scored once (``Scorer``'s cache): a GRPO group
often repeats itself.

Shapes (``shape=``):
- ``"total"``: the total score in 0..1 (the phases the task has, weighted).
- ``"tier"``: ChatTLA's ladder, none 0, Bronze 0.25, Silver 0.5, Gold 0.75, Diamond 1.
- ``"repair"``: ChatTLA's repair reward, the total of the repaired answer minus the total of the
  answer it repairs (in -1..1), the previous answer from a dataset column.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from sysmoray._scoring import ScoreItem, Scorer
from sysmoray.metrics.evaluate import Evaluation
from sysmoray.metrics.tier import TIERS

__all__ = ["SHAPES", "reward_of", "trl_reward", "compute_score"]

SHAPES = ("total", "tier", "repair")
TIER_REWARD = {tier: i / (len(TIERS) - 1) for i, tier in enumerate(TIERS)}


def reward_of(evaluation: Evaluation, shape: str = "total", previous: Evaluation | None = None) -> float:
    """The reward ``shape`` gives an evaluation (``previous``: the answer it repairs)."""
    if shape == "total":
        return evaluation.total
    if shape == "tier":
        return TIER_REWARD.get(evaluation.tier.tier, 0.0)
    if shape == "repair":
        return evaluation.total - (previous.total if previous is not None else 0.0)
    raise ValueError(f"unknown reward shape {shape!r}; known: {', '.join(SHAPES)}")


def completion_text(completion: Any) -> str:
    """A TRL completion as text: a string (standard format) or the assistant's messages
    (conversational format: a list of ``{"role", "content"}``)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list):
        return "".join(str(m.get("content") or "") for m in completion
                       if isinstance(m, dict) and m.get("role", "assistant") == "assistant")
    if isinstance(completion, dict):
        return str(completion.get("content") or "")
    return str(completion)


def trl_reward(task_column: str = "task", shape: str = "total", previous_column: str = "previous",
               scorer: Scorer | None = None, workers: int | None = None) -> Callable[..., list[float]]:
    """A TRL reward function (``GRPOTrainer(reward_funcs=[trl_reward()])``): each completion is
    scored against the task named in its row's ``task_column``. With ``shape="repair"`` the
    row's ``previous_column`` holds the answer being repaired."""
    if shape not in SHAPES:
        raise ValueError(f"unknown reward shape {shape!r}; known: {', '.join(SHAPES)}")
    own = scorer or Scorer()

    def sysmoray_reward(completions: Sequence[Any], **columns: Any) -> list[float]:
        tasks = columns.get(task_column)
        if tasks is None:
            raise KeyError(f"the dataset has no column {task_column!r} naming each row's task")
        texts = [completion_text(c) for c in completions]
        evaluations = own.score_many([ScoreItem(t, task) for t, task in zip(texts, tasks)], workers=workers)
        if shape != "repair":
            return [reward_of(e, shape) for e in evaluations]
        before = columns.get(previous_column) or [None] * len(texts)
        previous = own.score_many([ScoreItem(completion_text(p), task) for p, task in zip(before, tasks) if p is not None],
                                  workers=workers)
        found = iter(previous)
        return [reward_of(e, shape, next(found) if p is not None else None) for e, p in zip(evaluations, before)]

    sysmoray_reward.__name__ = f"sysmoray_{shape}"  # TRL logs each reward under its function's name
    return sysmoray_reward


_VERL_SCORER: Scorer | None = None


def compute_score(data_source: str, solution_str: str, ground_truth: Any, extra_info: dict | None = None) -> float:
    """verl's custom reward function (``custom_reward_function.name: compute_score``): the total
    of ``solution_str`` on the task that ``extra_info["task"]`` names, else ``ground_truth``;
    ``extra_info["shape"]`` picks another shape (``extra_info["previous"]``: the repaired answer)."""
    global _VERL_SCORER
    if _VERL_SCORER is None:
        _VERL_SCORER = Scorer()
    info = extra_info or {}
    task = info.get("task") or ground_truth
    shape = info.get("shape", "total")
    evaluation = _VERL_SCORER.score(solution_str, task)
    previous = _VERL_SCORER.score(info["previous"], task) if shape == "repair" and info.get("previous") else None
    return reward_of(evaluation, shape, previous)
