"""Benchmark: sysmoray's score as an RL reward, in one process, through ``Scorer.score_many`` and
through the HTTP service, side by side with the ChatTLA-style validator on the same items.

    python bench/reward.py [--quick] [--json PATH]

Items: every built-in description task's reference answer (a fenced module, as a model writes
it), two of its mutants (``MutantsBackend``, seed 0) and two broken answers (a refusal, and the
reference cut before its end): the mix a GRPO step scores. Each item is scored against its task.

Modes, one after another on the same items (no cache shared between them):
- ``score``: ``sysmoray.score``-like calls one at a time in this process (a fresh ``Scorer``);
- ``score_many``: one ``Scorer.score_many`` over all items, one check per CPU at once;
- ``http``: ``sysmoray serve`` (one replica, one check per CPU), the items sent as OpenRLHF
  ``/get_reward`` requests of one item each, one client thread per CPU;
- ``chattla``: the ChatTLA-style validator of ``bench/peers.py`` (SANY, TLC on the model with the
  task reference's config, one TLC run per negated invariant), one at a time, its tier as the
  reward (none 0 .. Diamond 1).

Per mode: wall seconds, rewards per second per core (items / wall / cores the mode uses), and
p50/p90 latency of one item. The rewards of the first three must be identical (the script says).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: peers.py is beside us

import httpx  # noqa: E402
from peers import chattla_tier  # noqa: E402
from references import references  # noqa: E402

from sysmoray._scoring import ScoreItem, Scorer  # noqa: E402
from sysmoray.reward import TIER_REWARD  # noqa: E402
from sysmoray.tla.toolchain import find_toolchain  # noqa: E402

QUICK_TASKS = ("peterson", "lcr-election", "two-phase-commit")
PROMPT = "<|user|>\nWrite the TLA+ model.\n<|assistant|>\n"


class Item(NamedTuple):
    name: str
    task: str
    answer: str  # the completion
    module: str | None  # the module's name and text and the config the ChatTLA-style validator checks
    text: str | None
    cfg: str | None


@dataclasses.dataclass
class Mode:
    name: str
    cores: int
    wall: float
    latencies: list[float]
    rewards: list[float]

    def row(self) -> str:
        lat = sorted(self.latencies)
        p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]  # noqa: E731
        rate = len(self.rewards) / self.wall / self.cores
        return f"| {self.name} | {self.cores} | {self.wall:.1f} | {rate:.2f} | {p(0.5):.2f} | {p(0.9):.2f} |"


def items(quick: bool) -> list[Item]:
    out: list[Item] = []
    for ref in references("description", QUICK_TASKS if quick else None):
        task, text = ref.task, ref.text
        out.append(Item(f"{task.name}/reference", task.name, f"```tla\n{text}```\n", task.module, text, ref.cfg))
        out += [Item(f"{task.name}/{label}", task.name, f"```tla\n{mutant}```\n", task.module, mutant, ref.cfg)
                for label, mutant in ref.mutants]
        cut = text[: text.index("====")].rsplit("\n", 4)[0] + "\n"
        out.append(Item(f"{task.name}/cut", task.name, f"```tla\n{cut}", None, None, None))
        out.append(Item(f"{task.name}/refusal", task.name, "I cannot write TLA+ for this.", None, None, None))
    return out


def one_by_one(name: str, todo: list[Item], score: Callable[[Item], float]) -> Mode:
    latencies, rewards = [], []
    started = time.monotonic()
    for item in todo:
        t = time.monotonic()
        rewards.append(score(item))
        latencies.append(time.monotonic() - t)
    return Mode(name, 1, time.monotonic() - started, latencies, rewards)


def many(todo: list[Item], cpus: int) -> Mode:
    scorer = Scorer()
    started = time.monotonic()
    evaluations = scorer.score_many([ScoreItem(i.answer, i.task) for i in todo], workers=cpus)
    wall = time.monotonic() - started
    # One call for all: an item's latency is not seen apart; the mean time per item stands in.
    return Mode("score_many", cpus, wall, [wall / len(todo) * cpus] * len(todo), [e.total for e in evaluations])


def http(todo: list[Item], cpus: int) -> Mode:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "TMPDIR"}
    server = subprocess.Popen([sys.executable, "-m", "sysmoray.cli", "serve", "--port", str(port), "--workers", str(cpus)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)

        def post(item: Item) -> tuple[float, float]:
            t = time.monotonic()
            reply = httpx.post(f"{url}/get_reward", timeout=900, json={
                "query": [PROMPT + item.answer], "prompts": [PROMPT], "labels": [item.task]})
            reply.raise_for_status()
            return time.monotonic() - t, reply.json()["rewards"][0]

        started = time.monotonic()
        with ThreadPoolExecutor(cpus) as pool:
            done = list(pool.map(post, todo))
        return Mode("http", cpus, time.monotonic() - started, [d[0] for d in done], [d[1] for d in done])
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"only {', '.join(QUICK_TASKS)}")
    parser.add_argument("--json", type=Path, help="write the raw numbers here")
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    load_start = os.getloadavg()
    print(f"machine: {platform.machine()}, {cpus} CPUs, {platform.python_implementation()} {platform.python_version()}")
    print(f"load average at start: {load_start[0]:.2f} {load_start[1]:.2f} {load_start[2]:.2f}")
    todo = items(args.quick)
    print(f"{len(todo)} items over {len({i.task for i in todo})} description tasks")
    toolchain = find_toolchain()
    peer = dataclasses.replace(toolchain, class_archive=None, speed_options=())  # plain JVMs, as the peer runs them

    single = Scorer(toolchain=toolchain)
    modes = [one_by_one("score", todo, lambda i: single.score(i.answer, i.task).total)]
    modes.append(many(todo, cpus))
    modes.append(http(todo, cpus))
    modes.append(one_by_one("chattla (peer)", todo, lambda i: TIER_REWARD[
        chattla_tier(peer, i.module, i.text, i.cfg).tier] if i.text is not None else 0.0))

    print("\n| mode | cores | wall s | rewards/s/core | p50 s | p90 s |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for mode in modes:
        print(mode.row())
    same = modes[0].rewards == modes[1].rewards == modes[2].rewards
    print(f"\nrewards identical in score, score_many and http: {'yes' if same else 'NO'}")
    load_end = os.getloadavg()
    print(f"load average at end: {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"cpus": cpus, "load_start": load_start, "load_end": load_end,
                                         "items": [i.name for i in todo],
                                         "modes": [dataclasses.asdict(m) for m in modes]}, indent=2), encoding="utf-8")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
