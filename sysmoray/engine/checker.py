"""The checking side of a sweep as a plain object: a CheckerActor is a thin Ray wrapper around
one ``Checker`` per CPU. Every call takes and returns small, picklable values.

Work is bounded by each task's budget, so a check gives the same result on any node; a check
whose SANY/TLC run still hit the wall-clock safety net (a hung JVM, a node starved of CPU) is run
once more before its result is returned, and the result says so (``rechecked``,
``machine_dependent``)."""

from __future__ import annotations

import socket
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping, Sequence

from sysmoray.generation.types import Candidate
from sysmoray.generation.concretizer import read_candidate
from sysmoray.metrics.evaluate import CheckConfig, Evaluation, Screen, TaskData, evaluate_screened, screen
from sysmoray.metrics.runtime import RuntimeConfig
from sysmoray.metrics.window_check import TIMEOUT, WindowResult, check_windows, model_shape
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.model import with_concretizer
from sysmoray.tla.answer import Answer, extract_answer
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import SAFETY_TIMEOUT_S, Limits
from sysmoray.tla.toolchain import find_toolchain


@dataclass(frozen=True)
class CheckSettings:
    tasks_dir: str | None = None
    timeout_s: float = SAFETY_TIMEOUT_S  # per JVM, a safety net: work is bounded by each task's budget
    heap_mb: int = 1024
    concretizer: str | None = None  # the model that concretizes tasks' generic invariant templates

    def check_config(self) -> CheckConfig:
        return CheckConfig(Limits(timeout_s=self.timeout_s, heap_mb=self.heap_mb), RuntimeConfig())


class Checker:
    def __init__(self, settings: CheckSettings = CheckSettings(), node: str | None = None,
                 cut: Mapping[str, TaskData] | None = None) -> None:
        """``cut``: tasks whose windows the sweep already cut (a function of the task alone),
        so that every checker does not cut them again."""
        self.settings = settings
        self.config = settings.check_config()
        self.toolchain = find_toolchain()
        self.node = node or socket.gethostname()
        self.cut = dict(cut or {})

    @lru_cache(maxsize=64)
    def task_data(self, name: str) -> TaskData:
        known = self.cut.get(name)
        if known is None:
            return TaskData.load(with_concretizer(find_task(name, self.settings.tasks_dir), self.settings.concretizer))
        return replace(known, task=with_concretizer(known.task, self.settings.concretizer))

    def screen(self, task: str, text: str) -> tuple[Answer, Screen, str]:
        answer = extract_answer(text)
        check = lambda: screen(self.toolchain, answer, None, self.config, self.task_data(task).task)  # noqa: E731
        first = check()
        if first.machine_dependent:  # hit the wall-clock safety net: once more before it is written
            first = replace(check(), rechecked=True)
        return answer, first, self.node

    def check_windows(
        self, task: str, module_text: str, cfg_text: str | None, window_ids: Sequence[int],
        siblings: tuple[tuple[str, str], ...] = (),
    ) -> tuple[list[WindowResult], str]:
        data = self.task_data(task)
        wanted = set(window_ids)
        windows = [w for w in data.windows if w.id in wanted]
        model = replace(outline(module_text), siblings=tuple(siblings))
        shape = model_shape(model, parse_cfg(cfg_text) if cfg_text is not None else None)
        # Failed windows are diagnosed once all shards are in (``finish``): the rule spans the task.
        results = check_windows(self.toolchain, module_text, shape, cfg_text, data.task, windows, self.config.limits,
                                diagnose=False)
        again = [w for w, r in zip(windows, results) if r.outcome == TIMEOUT]
        if again:
            retried = dict(zip((w.id for w in again),
                               check_windows(self.toolchain, module_text, shape, cfg_text, data.task, again, self.config.limits,
                                             diagnose=False)))
            results = [retried.get(r.window, r) for r in results]
        return results, self.node

    def finish(
        self, task: str, first: Screen, window_results: Sequence[WindowResult] | None,
        concretizer_answer: Candidate | None = None,
    ) -> tuple[Evaluation, str]:
        """P3 from the shards' results (P3 runs here in full when none are given), P4, tier.
        ``concretizer_answer``: what the sweep's concretizer answered for this model."""
        data = self.task_data(task)
        concretize = None
        if concretizer_answer is not None:
            concretize = lambda t, _text: read_candidate(t, concretizer_answer, self.settings.concretizer)  # noqa: E731
        evaluation = evaluate_screened(self.toolchain, first, self.config, data, window_results, concretize)
        later_timed_out = evaluation.machine_dependent and not first.machine_dependent
        if later_timed_out and not any(r.outcome == TIMEOUT for r in window_results or ()):
            # Screens and window shards were re-checked where they ran; what timed out here runs again.
            evaluation = replace(evaluate_screened(self.toolchain, first, self.config, data, window_results, concretize),
                                 rechecked=True)
        return evaluation, self.node
