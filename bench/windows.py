"""Benchmark: trace windows checked per second, batched (one TLC run for all of a task's
windows) against one JVM per window, side by side on the built-in tasks and their references.

    python bench/windows.py [--sample 12] [--tasks semaphore,queue]

The per-window path is the same ``check_windows`` call with one window at a time, so the two
differ only in batching. It is measured on a sample of each task's windows (a JVM per window for
all of them takes many minutes); rates are windows per second of wall time.
"""

from __future__ import annotations

import argparse
import platform
import random
import time

from sysmoray.metrics.window_check import check_windows, model_shape
from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.loader import discover_tasks
from sysmoray.tasks.model import in_suite
from sysmoray.tasks.windows import cut_windows
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline
from sysmoray.tla.toolchain import find_toolchain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=12, help="windows per task for the one-JVM-per-window path")
    parser.add_argument("--tasks", default="", help="comma-separated task names (default: all built-in)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    toolchain = find_toolchain()
    wanted = {t for t in args.tasks.split(",") if t}
    tasks = [t for t in discover_tasks() if (in_suite(t, "system") and not wanted) or t.name in wanted]
    print(f"machine: {platform.machine()}, {_cpus()} CPUs, {platform.python_implementation()} {platform.python_version()}")
    print(f"{'task':<14}{'windows':>8}{'batched w/s':>13}{'sample':>8}{'per-JVM w/s':>13}{'ratio':>8}")
    batched_n = batched_s = single_n = single_s = 0.0
    for task in tasks:
        traces, _ = load_traces(task)
        windows = cut_windows(task, traces)
        with open(task.path(task.reference_module), encoding="utf-8") as f:
            text = f.read()
        with open(task.path(task.reference_cfg), encoding="utf-8") as f:
            cfg = f.read()
        shape = model_shape(outline(text), parse_cfg(cfg))

        start = time.perf_counter()
        results = check_windows(toolchain, text, shape, cfg, task, windows)
        batch_time = time.perf_counter() - start
        assert all(r.outcome == "pass" for r in results), f"{task.name}: reference fails windows"

        sample = random.Random(args.seed).sample(windows, min(args.sample, len(windows)))
        start = time.perf_counter()
        for w in sample:
            (result,) = check_windows(toolchain, text, shape, cfg, task, [w])
            assert result.outcome == "pass", result
        single_time = time.perf_counter() - start

        b_rate, s_rate = len(windows) / batch_time, len(sample) / single_time
        print(f"{task.name:<14}{len(windows):>8}{b_rate:>13.1f}{len(sample):>8}{s_rate:>13.2f}{b_rate / s_rate:>7.0f}x")
        batched_n += len(windows)
        batched_s += batch_time
        single_n += len(sample)
        single_s += single_time
    b_rate, s_rate = batched_n / batched_s, single_n / single_s
    print(f"{'all':<14}{int(batched_n):>8}{b_rate:>13.1f}{int(single_n):>8}{s_rate:>13.2f}{b_rate / s_rate:>7.0f}x")
    print(f"batched is {b_rate / s_rate:.0f}x faster than one JVM per window")


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
