"""Benchmark: what running each JVM in a private network namespace costs (``tla.runner``).

    python bench/jvm_netns.py [--runs N] [--spec PATH]

Runs TLC through ``tla.runner`` on a small model (default: ``sysmoray/examples/Lock.tla`` with its
cfg, as ``sysmoray check`` runs it: short-run options, the class archive) N times with this
process's namespace setting and N times in the host's network, interleaved (with, without,
without, with, ...) so that a change in the machine's load hits both alike. Prints the mean and
median wall per TLC run of each, their ratio, the load average at start and end, and the bare
cost of entering the namespace (fork + unshare + exec of a no-op, without a JVM). The JVMs' CPU
seconds (user + system, of the finished children) are printed too: they depend less on the load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sysmoray.tla import runner  # noqa: E402
from sysmoray.tla.runner import Limits, NetworkIsolation  # noqa: E402
from sysmoray.tla.tlc import run_tlc  # noqa: E402
from sysmoray.tla.toolchain import find_toolchain  # noqa: E402

HOST = NetworkIsolation(0, "in the host's network (benchmark baseline)")


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_spawn_s(isolation: NetworkIsolation, n: int) -> float:
    """Mean seconds to fork, set the child up as ``run_java`` does, and exec ``true``."""
    started = time.perf_counter()
    for _ in range(n):
        subprocess.run(["true"], preexec_fn=runner._child_setup(os.getpid(), isolation.flags), check=True)
    return (time.perf_counter() - started) / n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20, help="TLC runs per variant")
    parser.add_argument("--spec", type=Path, default=ROOT / "sysmoray/examples/Lock.tla")
    args = parser.parse_args()
    isolated = runner.network_isolation()
    if not isolated.isolated:
        sys.exit(f"nothing to compare: {isolated.how}")
    toolchain = find_toolchain()
    module = args.spec.stem
    files = {args.spec.name: args.spec.read_text()}
    cfg = args.spec.with_suffix(".cfg").read_text()
    limits = replace(Limits(timeout_s=120), short=True)
    variants = {"netns": isolated, "host": HOST}
    walls: dict[str, list[float]] = {name: [] for name in variants}
    cpus: dict[str, list[float]] = {name: [] for name in variants}
    states: dict[str, set[tuple]] = {name: set() for name in variants}
    print(f"spec {args.spec.relative_to(ROOT) if args.spec.is_relative_to(ROOT) else args.spec}, "
          f"{args.runs} TLC runs per variant, interleaved; namespace: {isolated.how}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    order = ["netns", "host", "host", "netns"]
    for i in range(2 * args.runs):
        name = order[i % 4]
        runner._ISOLATION = variants[name]
        cpu = _children_cpu_s()
        started = time.perf_counter()
        result = run_tlc(toolchain, files, module, cfg, limits=limits)
        walls[name].append(time.perf_counter() - started)
        cpus[name].append(_children_cpu_s() - cpu)
        states[name].add((result.outcome.value, result.distinct_states, result.generated_states))
    runner._ISOLATION = isolated
    print(f"load average at end:   {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, values in walls.items():
        print(f"{name:5s}: mean {statistics.mean(values):.3f} s, median {statistics.median(values):.3f} s, "
              f"min {min(values):.3f} s per TLC run (n={len(values)}), JVM CPU (user + system) mean "
              f"{statistics.mean(cpus[name]):.3f} s; outcomes {sorted(states[name])}")
    for label, series in (("wall", walls), ("JVM CPU", cpus)):
        ratio = statistics.mean(series["netns"]) / statistics.mean(series["host"])
        print(f"netns / host, mean {label} per TLC run: {ratio:.3f}")
    print(f"bare spawn (fork, child setup, exec true): netns {1000 * bare_spawn_s(isolated, 200):.2f} ms, "
          f"host {1000 * bare_spawn_s(HOST, 200):.2f} ms")
    if states["netns"] != states["host"]:
        sys.exit("the two variants gave different results")


if __name__ == "__main__":
    main()
