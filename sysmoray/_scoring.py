"""Score answers from Python: the library's face (``sysmoray.score``, ``sysmoray.Scorer``).

One call takes what a user has at hand (a model's raw answer or a module's text; a task by name,
folder or object) and returns the ``Evaluation`` that ``sysmoray check`` prints. A ``Scorer``
keeps what is worth keeping between calls: the toolchain, each task's trace windows (cut once),
and the evaluations of texts it has already scored (a trainer's group of completions repeats
itself). A score is a function of the text, the config, the task and the budget, never of the
machine (work budgets, one TLC worker), so a cached evaluation is the evaluation.
"""

from __future__ import annotations

import functools
import os
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Union

from sysmoray.metrics.evaluate import CheckConfig, Evaluation, TaskData, evaluate
from sysmoray.tasks.loader import TASK_FILE, find_task
from sysmoray.tasks.loader import load_task as _load_folder
from sysmoray.tasks.model import Task
from sysmoray.tla.answer import extract_answer
from sysmoray.tla.budget import Budget
from sysmoray.tla.toolchain import Toolchain, find_toolchain

TaskRef = Union[Task, str, Path, None]  # a Task, a task's name, or its folder; None: no task


def load_task(task: Task | str | Path, tasks_dir: str | Path | None = None) -> Task:
    """A task by name (built-in, or under ``tasks_dir``) or by folder (one holding task.yaml)."""
    if isinstance(task, Task):
        return task
    folder = Path(task)
    if isinstance(task, Path) or (os.sep in str(task) and (folder / TASK_FILE).is_file()):
        return _load_folder(folder)
    return find_task(str(task), tasks_dir)


@dataclass(frozen=True)
class ScoreItem:
    """One answer to score, for ``Scorer.score_many``."""

    answer: str
    task: TaskRef = None
    cfg: str | None = None


class Scorer:
    """Scores answers against tasks; reusable and safe to share between threads.

    ``config``: the check's settings (limits, weights, tier); ``budget``: a work budget that
    replaces every task's (``Budget``, or an int: distinct states). ``cache``: keep every
    evaluation, keyed by task, budget, config and text."""

    def __init__(self, *, tasks_dir: str | Path | None = None, config: CheckConfig = CheckConfig(),
                 budget: Budget | int | None = None, toolchain: Toolchain | None = None, cache: bool = True) -> None:
        if isinstance(budget, int):
            config = replace(config, states=budget)
        elif isinstance(budget, Budget):
            config = replace(config, states=budget.states, generated=budget.generated)
        self.config, self.tasks_dir = config, tasks_dir
        self._toolchain = toolchain
        self._lock = threading.Lock()
        self._tasks: dict[str, TaskData] = {}
        self._named: dict[str, Task] = {}  # a task's name or folder -> the task (a tasks folder is read once)
        self._cache: dict[tuple, Evaluation] | None = {} if cache else None

    @property
    def toolchain(self) -> Toolchain:
        if self._toolchain is None:
            self._toolchain = find_toolchain()
        return self._toolchain

    def task(self, task: Task | str | Path) -> Task:
        """The task ``task`` names (``load_task``), looked up once per scorer."""
        if isinstance(task, Task):
            return task
        ref = str(task)
        with self._lock:
            found = self._named.get(ref)
        if found is None:
            found = load_task(task, self.tasks_dir)
            with self._lock:
                self._named[ref] = found
        return found

    def task_data(self, task: TaskRef) -> TaskData | None:
        """The task with its trace windows, cut once per scorer."""
        if task is None:
            return None
        resolved = self.task(task)
        key = f"{resolved.name}@{resolved.root}"
        with self._lock:
            data = self._tasks.get(key)
        if data is None:
            data = TaskData.load(resolved)
            with self._lock:
                data = self._tasks.setdefault(key, data)
        return data

    def score(self, answer: str, task: TaskRef = None, *, cfg: str | None = None) -> Evaluation:
        """Evaluate ``answer`` (a model's raw answer, or a module's text) on every phase the
        task has (P1 and P2 without one) and give its tier and total."""
        data = self.task_data(task)
        key = _cache_key(data.task if data else None, cfg, answer)
        if self._cache is not None:
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
        evaluation = evaluate(self.toolchain, extract_answer(answer), cfg, self.config, data)
        if self._cache is not None:
            with self._lock:
                self._cache[key] = evaluation
        return evaluation

    def score_many(self, items: Iterable[ScoreItem | str], *, workers: int | None = None,
                   processes: bool = False, ray: bool = False) -> list[Evaluation]:
        """Evaluations of ``items`` (in their order). ``workers`` at a time (default: the CPUs):
        threads by default (each check's work is in its JVMs), ``processes`` for checks whose
        Python side dominates (many small models), or ``ray``: Ray tasks of one CPU each over the
        cluster this process joined (``ray.init``), whose nodes must reach the tasks (the built-in
        ones, or a tasks_dir on shared storage or an fsspec URL)."""
        todo = [i if isinstance(i, ScoreItem) else ScoreItem(i) for i in items]
        # Each distinct (task, config, text) is checked once, even when its copies would run at once.
        distinct: dict[tuple, ScoreItem] = {}
        keys = []
        for item in todo:
            task = None if item.task is None else self.task(item.task)
            key = _cache_key(task, item.cfg, item.answer)
            distinct.setdefault(key, replace(item, task=task))
            keys.append(key)
        workers = max(1, workers or os.cpu_count() or 1)
        if ray:
            done = _on_ray(list(distinct.values()), self.tasks_dir, self.config)
        elif not processes or workers == 1:
            with ThreadPoolExecutor(workers) as pool:
                done = list(pool.map(lambda i: self.score(i.answer, i.task, cfg=i.cfg), distinct.values()))
        else:
            with ProcessPoolExecutor(workers) as pool:
                score_chunk = functools.partial(_score_chunk, self.tasks_dir, self.config)
                done = [e for part in pool.map(score_chunk, [[i] for i in distinct.values()]) for e in part]
        if (ray or processes) and self._cache is not None:
                with self._lock:
                    self._cache.update(zip(distinct, done))
        found = dict(zip(distinct, done))
        return [found[k] for k in keys]


def _cache_key(task: Task | None, cfg: str | None, answer: str) -> tuple:
    """What an evaluation depends on besides the scorer's config: the task, the config, the text."""
    return (task.name if task else None, task.root if task else None, cfg, answer)


_WORKER: Scorer | None = None  # the scorer of a worker process or a Ray worker


def _start_worker(tasks_dir: str | Path | None, config: CheckConfig) -> Scorer:
    global _WORKER
    if _WORKER is None or (_WORKER.tasks_dir, _WORKER.config) != (tasks_dir, config):
        _WORKER = Scorer(tasks_dir=tasks_dir, config=config)
    return _WORKER


def _score_chunk(tasks_dir: str | Path | None, config: CheckConfig, items: list[ScoreItem]) -> list[Evaluation]:
    scorer = _start_worker(tasks_dir, config)  # a worker keeps its scorer (toolchain, windows) between calls
    return [scorer.score(i.answer, i.task, cfg=i.cfg) for i in items]


def _on_ray(items: list[ScoreItem], tasks_dir: str | Path | None, config: CheckConfig) -> list[Evaluation]:
    import ray

    if not ray.is_initialized():
        raise RuntimeError("score_many(ray=True) scores on the Ray cluster this process joined: call ray.init() first")
    # A few chunks per CPU: the cluster balances them, and each pays one Ray task's overhead.
    size = max(1, len(items) // (4 * max(int(ray.cluster_resources().get("CPU", 1)), 1)))
    remote = ray.remote(num_cpus=1)(_score_chunk)
    parts = ray.get([remote.remote(tasks_dir, config, items[i:i + size]) for i in range(0, len(items), size)])
    return [e for part in parts for e in part]


_DEFAULT: Scorer | None = None
_DEFAULT_LOCK = threading.Lock()


def score(answer: str, task: TaskRef = None, *, cfg: str | None = None, budget: Budget | int | None = None,
          tasks_dir: str | Path | None = None) -> Evaluation:
    """Evaluate one answer: ``sysmoray.score(text, "semaphore").total``. Calls without a budget
    or tasks_dir share one ``Scorer`` (its toolchain, windows and cache)."""
    global _DEFAULT
    if budget is not None or tasks_dir is not None:
        return Scorer(tasks_dir=tasks_dir, budget=budget).score(answer, task, cfg=cfg)
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Scorer()
    return _DEFAULT.score(answer, task, cfg=cfg)
