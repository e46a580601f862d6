"""Benchmark: sysmoray's evaluation against SysMoBench-style and ChatTLA-style peers, side by
side on the same candidates, in one run.

    python bench/evaluate.py [--quick] [--full-only] [--json PATH] [--seed S]

(a) P1+P2: ``sysmoray.metrics.evaluate.screen`` against a SysMoBench-style harness (SANY per
    definition, 20 simulation runs): wall time and JVMs.
(b) full: ``sysmoray.metrics.evaluate.evaluate`` (P1-P4, tier with its mutation test) against a
    ChatTLA-style tier validator (TLC on the model, once more per negated invariant): median and
    p90 seconds per candidate, wall and CPU (the JVMs' user + system time: the seconds of cores
    a candidate costs, whatever the JVMs run in parallel, e.g. their JIT compilers), and JVMs
    per candidate (column P3: of them, TLC runs over trace windows).

The peers start their JVMs as their own code does, with plain ``java``: sysmoray's JVM speed
options (``tla.jvm``: class-data sharing, no wait at exit) are sysmoray's engineering, so they
count on its side only; the line "JVM start" shows what they are worth on a tiny model.

Candidates: every built-in task's reference and 2 of its mutants, and the hand-written specs in
``bench/specs`` (shapes real LLM answers take). ``--quick``: the references of semaphore and
asyncio-lock, one mutant each and 3 own specs. Candidates run one at a time, each through all four
measurements before the next, so a change in the machine's load hits both sides alike.
``--full-only``: (b) alone (the SysMoBench-style harness takes most of the run's time).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NamedTuple, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: peers.py is beside us

from peers import chattla_tier, count_jvms, sysmobench_screen  # noqa: E402
from references import references  # noqa: E402

from sysmoray.metrics.evaluate import CheckConfig, TaskData, evaluate, screen  # noqa: E402
from sysmoray.tasks.loader import discover_tasks  # noqa: E402
from sysmoray.tasks.model import in_suite  # noqa: E402
from sysmoray.tasks.model import Task  # noqa: E402
from sysmoray.tla.answer import extract_answer  # noqa: E402
from sysmoray.tla.toolchain import Toolchain, find_toolchain  # noqa: E402

SPECS_DIR = Path(__file__).resolve().parent / "specs"
QUICK_TASKS = ("semaphore", "asyncio-lock")
# One of each kind of trouble for the smoke run: a clean bulleted Next, an infinite state space
# bound by a CONSTRAINT, a runtime error in one action.
QUICK_SPECS = ("Elevator", "Clock", "BrokenQueue")


class Candidate(NamedTuple):
    name: str
    text: str  # a fenced answer or a plain module
    cfg: str
    task: str | None


@dataclass(frozen=True)
class Timed:
    seconds: float
    jvms: int
    capped: int = 0  # JVMs killed at their wall-clock cap (marked * in the tables)
    error: str | None = None  # the call raised: its numbers are what it spent before
    cpu: float = 0.0  # user + system seconds of the JVMs it ran
    windows: int = 0  # of the JVMs, TLC runs over trace windows (P3)

    def show(self) -> str:
        return f"{self.seconds:.1f}{'*' if self.capped else ' '}"


@dataclass(frozen=True)
class Row:
    name: str
    task: str | None
    sysmoray_screen: Timed
    sysmoray_p1: float | None
    sysmoray_p2: float | None
    peer_screen: Timed
    peer_p1: float | None
    peer_p2: float | None
    sysmoray_full: Timed
    sysmoray_tier: str | None
    sysmoray_total: float | None
    peer_full: Timed
    peer_tier: str | None
    details: dict[str, Any]  # outcomes behind the scores, for --json


def candidates(quick: bool) -> list[Candidate]:
    out: list[Candidate] = []
    for ref in references("system", QUICK_TASKS if quick else None, mutants=1 if quick else 2):
        out.append(Candidate(f"{ref.task.name}/reference", ref.text, ref.cfg, ref.task.name))
        out += [Candidate(f"{ref.task.name}/{label}", text, ref.cfg, ref.task.name) for label, text in ref.mutants]
    specs = sorted(SPECS_DIR.glob("*.tla"))
    if quick:
        specs = [p for p in specs if p.stem in QUICK_SPECS]
    for path in specs:
        out.append(Candidate(f"own/{path.stem}", path.read_text(encoding="utf-8"),
                             path.with_suffix(".cfg").read_text(encoding="utf-8"), None))
    return out


T = TypeVar("T")


def timed(call: Callable[[], T]) -> tuple[T | None, Timed]:
    """Run ``call`` alone, timing its wall seconds and counting its JVMs; an exception is
    recorded, not raised, so one broken candidate does not end the benchmark."""
    with count_jvms() as jvms:
        start, cpu_start = time.monotonic(), _children_cpu()
        try:
            value: T | None = call()
            error = None
        except Exception as exc:  # noqa: BLE001
            value, error = None, f"{type(exc).__name__}: {exc}"
        seconds, cpu = time.monotonic() - start, _children_cpu() - cpu_start
    return value, Timed(seconds, jvms.n, jvms.timed_out, error, cpu, jvms.windows)


def _children_cpu() -> float:
    """CPU seconds of the child processes reaped so far (every JVM is waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def jvm_start(toolchain: Toolchain, peer: Toolchain, runs: int = 5) -> tuple[float, float]:
    """Mean wall seconds of a tiny TLC run (the class archive's own warm-up model), with
    sysmoray's JVM options and with the peers' plain ones."""
    from sysmoray.tla.jvm import warm_model
    from sysmoray.tla.tlc import TLCOptions, run_tlc

    module, cfg = warm_model()
    out = []
    for tc in (toolchain, peer):
        start = time.monotonic()
        for _ in range(runs):
            run_tlc(tc, {"SysmorayWarm.tla": module}, "SysmorayWarm", cfg, TLCOptions(coverage=False))
        out.append((time.monotonic() - start) / runs)
    return out[0], out[1]


def measure(
    toolchain: Toolchain, peer: Toolchain, cand: Candidate, task: Task | None, task_data: TaskData | None, seed: int,
    full_only: bool = False,
) -> Row:
    """``peer``: the toolchain the peers run, with plain JVMs. ``full_only``: skip (a)."""
    answer = extract_answer(cand.text)
    module, text = answer.module_name or "", answer.module_text or ""
    s, s_t, p, p_t = None, Timed(0.0, 0), None, Timed(0.0, 0)
    if not full_only:
        s, s_t = timed(lambda: screen(toolchain, answer, cand.cfg, CheckConfig(), task))
        p, p_t = timed(lambda: sysmobench_screen(peer, module, text, cand.cfg, seed))
    e, e_t = timed(lambda: evaluate(toolchain, answer, cand.cfg, CheckConfig(), task_data))
    c, c_t = timed(lambda: chattla_tier(peer, module, text, cand.cfg))
    return Row(
        cand.name, cand.task,
        s_t, s.phases["syntax"].score if s else None, s.phases["runtime"].score if s else None,
        p_t, p.syntax if p else None, p.runtime if p else None,
        e_t, e.tier.tier if e else None, e.total if e else None,
        c_t, c.tier if c else None,
        {
            "sysmoray_screen_outcomes": {k: v.outcome.value for k, v in s.phases.items()} if s else None,
            "sysmoray_full_outcomes": {k: v.outcome.value for k, v in e.phases.items()} if e else None,
            "peer_screen": dataclasses.asdict(p) if p else None,
            "peer_tier": dataclasses.asdict(c) if c else None,
        },
    )


def quantile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), for any number of values."""
    xs = sorted(values)
    if not xs:
        return 0.0
    k = (len(xs) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def _score(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _ratio(peer: float, ours: float) -> str:
    return f"{peer / ours:.2f}x" if ours > 0 else "-"


def print_screen_table(rows: list[Row]) -> None:
    print("\n(a) P1+P2: sysmoray screen vs SysMoBench-style (SANY per definition + 20 simulations)")
    head = f"{'candidate':<34}{'sysmoray s':>11}{'JVMs':>6}{'P1':>6}{'P2':>6} | {'peer s':>8}{'JVMs':>6}{'P1':>6}{'P2':>6}{'ratio':>9}"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r.name[:33]:<34}{r.sysmoray_screen.show():>11}{r.sysmoray_screen.jvms:>6}"
              f"{_score(r.sysmoray_p1):>6}{_score(r.sysmoray_p2):>6} | {r.peer_screen.show():>8}"
              f"{r.peer_screen.jvms:>6}{_score(r.peer_p1):>6}{_score(r.peer_p2):>6}"
              f"{_ratio(r.peer_screen.seconds, r.sysmoray_screen.seconds):>9}")


def print_full_table(rows: list[Row]) -> None:
    print("\n(b) full: sysmoray evaluate (P1-P4, tier + mutation test) vs ChatTLA-style tier validator")
    head = (f"{'candidate':<34}{'sysmoray s':>11}{'cpu s':>7}{'JVMs':>6}{'P3':>4}{'tier':>9}{'total':>7} | "
            f"{'peer s':>8}{'cpu s':>7}{'JVMs':>6}{'tier':>9}{'ratio':>9}")
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r.name[:33]:<34}{r.sysmoray_full.show():>11}{r.sysmoray_full.cpu:>7.1f}{r.sysmoray_full.jvms:>6}"
              f"{r.sysmoray_full.windows:>4}"
              f"{r.sysmoray_tier or '-':>9}{_score(r.sysmoray_total):>7} | {r.peer_full.show():>8}{r.peer_full.cpu:>7.1f}"
              f"{r.peer_full.jvms:>6}{r.peer_tier or '-':>9}{_ratio(r.peer_full.seconds, r.sysmoray_full.seconds):>9}")


def print_summary(rows: list[Row], full_only: bool = False) -> None:
    print()
    if not full_only:
        ours_s = sum(r.sysmoray_screen.seconds for r in rows)
        peer_s = sum(r.peer_screen.seconds for r in rows)
        ours_j = sum(r.sysmoray_screen.jvms for r in rows)
        peer_j = sum(r.peer_screen.jvms for r in rows)
        print(f"P1+P2: sysmoray {ours_s:.1f} s ({ours_j:,} JVMs), SysMoBench-style {peer_s:.1f} s ({peer_j:,} JVMs): "
              f"{_ratio(peer_s, ours_s)}")
        per = [r.peer_screen.seconds / r.sysmoray_screen.seconds for r in rows if r.sysmoray_screen.seconds > 0]
        if per:
            print(f"P1+P2 per candidate: median {quantile(per, 0.5):.2f}x, from {min(per):.2f}x to {max(per):.2f}x")
    ours = [r.sysmoray_full.seconds for r in rows]
    peer = [r.peer_full.seconds for r in rows]
    om, op, pm, pp = quantile(ours, 0.5), quantile(ours, 0.9), quantile(peer, 0.5), quantile(peer, 0.9)
    print(f"full: sysmoray median {om:.1f} s p90 {op:.1f} s per candidate; "
          f"ChatTLA-style median {pm:.1f} s p90 {pp:.1f} s: {_ratio(pm, om)} (ratio of medians)")
    ours_cpu = [r.sysmoray_full.cpu for r in rows]
    peer_cpu = [r.peer_full.cpu for r in rows]
    ocm, ocp, pcm, pcp = quantile(ours_cpu, 0.5), quantile(ours_cpu, 0.9), quantile(peer_cpu, 0.5), quantile(peer_cpu, 0.9)
    print(f"full, CPU seconds: sysmoray median {ocm:.1f} s p90 {ocp:.1f} s per candidate; "
          f"ChatTLA-style median {pcm:.1f} s p90 {pcp:.1f} s: {_ratio(pcm, ocm)} (ratio of medians)")
    jvms = [r.sysmoray_full.jvms for r in rows]
    others = [r.sysmoray_full.jvms - r.sysmoray_full.windows for r in rows]
    peer_jvms = [r.peer_full.jvms for r in rows]
    print(f"full, JVMs per candidate: sysmoray median {quantile(jvms, 0.5):g} ({quantile(others, 0.5):g} besides "
          f"the P3 window runs, p90 {quantile(others, 0.9):g}); ChatTLA-style median {quantile(peer_jvms, 0.5):g}")
    print(f"full, all candidates: sysmoray {sum(ours):.1f} s ({sum(r.sysmoray_full.jvms for r in rows):,} JVMs), "
          f"ChatTLA-style {sum(peer):.1f} s ({sum(r.peer_full.jvms for r in rows):,} JVMs)")
    capped = [(r.name, part) for r in rows for part, t in
              (("sysmoray P1+P2", r.sysmoray_screen), ("SysMoBench-style", r.peer_screen),
               ("sysmoray full", r.sysmoray_full), ("ChatTLA-style", r.peer_full)) if t.capped]
    if capped:
        print(f"* {len(capped)} measurement(s) include a JVM killed at its wall-clock cap "
              f"(sysmoray's Limits; peers: 60 s per SANY/simulation, 120 s per ChatTLA-style TLC run): "
              + ", ".join(f"{name} ({part})" for name, part in capped))
    same = sum(r.sysmoray_tier == r.peer_tier for r in rows)
    print(f"tiers agree on {same}/{len(rows)} candidates (both check deadlock as TLC does unless the config says "
          "CHECK_DEADLOCK FALSE; the peer's Diamond negates each invariant, sysmoray's mutates the model and does "
          "not count a type invariant)")
    errors = [(r.name, part, t.error) for r in rows for part, t in
              (("screen", r.sysmoray_screen), ("peer screen", r.peer_screen), ("evaluate", r.sysmoray_full),
               ("peer tier", r.peer_full)) if t.error]
    for name, part, error in errors:
        print(f"error: {name} {part}: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 small tasks, 1 mutant each, 3 own specs")
    parser.add_argument("--full-only", action="store_true", help="(b) alone: no P1+P2 comparison")
    parser.add_argument("--json", type=Path, help="write the raw per-candidate numbers here")
    parser.add_argument("--seed", type=int, default=0, help="seeds the SysMoBench-style simulation runs")
    args = parser.parse_args()

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    load_start = os.getloadavg()
    print(f"machine: {platform.machine()}, {cpus} CPUs usable ({os.cpu_count()} online), "
          f"{platform.python_implementation()} {platform.python_version()}")
    print(f"load average at start: {load_start[0]:.2f} {load_start[1]:.2f} {load_start[2]:.2f}")
    # Probing the toolchain runs java once: the jar and the runtime are in the page cache before
    # the first timed call, for both sides.
    toolchain = find_toolchain()
    peer = dataclasses.replace(toolchain, class_archive=None, speed_options=())
    print(f"toolchain: {toolchain.tlc_version}, Java {toolchain.java_version}")
    ours_start, peer_start = jvm_start(toolchain, peer)
    print(f"JVM start (a tiny TLC run): {ours_start:.2f} s with sysmoray's options "
          f"({' '.join(toolchain.speed_options) or 'none'}), {peer_start:.2f} s plain as the peers run it")

    cands = candidates(args.quick)
    tasks = {t.name: t for t in discover_tasks() if in_suite(t, "system")}
    # Traces are cut once per task, as in a sweep where every candidate of a task shares them.
    task_data = {name: TaskData.load(tasks[name]) for name in {c.task for c in cands if c.task}}
    print(f"{len(cands)} candidates")

    rows: list[Row] = []
    for i, cand in enumerate(cands, 1):
        print(f"[{i}/{len(cands)}] {cand.name}", file=sys.stderr, flush=True)
        task = tasks[cand.task] if cand.task else None
        rows.append(measure(toolchain, peer, cand, task, task_data.get(cand.task) if cand.task else None, args.seed,
                            args.full_only))

    if not args.full_only:
        print_screen_table(rows)
    print_full_table(rows)
    print_summary(rows, args.full_only)
    load_end = os.getloadavg()
    print(f"load average at end: {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}")

    if args.json:
        args.json.write_text(json.dumps({
            "cpus": cpus, "load_start": load_start, "load_end": load_end,
            "tlc": toolchain.tlc_version, "java": toolchain.java_version,
            "jvm_start": {"sysmoray": ours_start, "plain": peer_start, "options": list(toolchain.speed_options)},
            "rows": [dataclasses.asdict(r) for r in rows],
        }, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
