"""Trace generator for pysyncobj's ReplLockManager: three nodes, each with its own lock manager.

The Raft cluster is the one of ``pysyncobj-raft`` (``sysmoray.tasks.pysyncobj_cluster``: real
TCP on 127.0.0.1, messages held per link, pysyncobj's clock frozen, faults from a seeded plan),
with a ``ReplLockManager`` on every node whose selfID is the node's name. The lock task sees
Raft only through its effects: commands that clients hand to their node, the order in which
commands are committed, and each node applying them to its own lock table.

The lock manager's wall clock (``time.time()`` in ``pysyncobj.batteries``) is a virtual clock
of whole seconds that the schedule advances (Tick). The manager's background prolongation
thread is stopped before the run; the schedule calls the same ``prolongate`` it would.

A step is recorded whenever the lock-level state changes: at a request (every command a node's
manager submits, including the release that tryAcquire's callback sends by itself), when the
committed log grows (one Commit step per command, in log order), around every call of the lock
table's replicated methods on a node (one Apply step each: the dispatch table of each node is
wrapped to observe before and after the real call), at a restart, and at a clock tick.
"""

from __future__ import annotations

import random
import tempfile
import time
import types
from contextlib import closing
from pathlib import Path

import pysyncobj.pickle as pysyncobj_pickle
from pysyncobj import SyncObj, batteries
from pysyncobj.syncobj import _COMMAND_TYPE

from sysmoray.tasks.pysyncobj_cluster import Cluster, FaultPlan, RaftSchedule, frozen_clock, pick
from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.values import encode, function, record

NODES = ("n1", "n2", "n3")
LOCK = "L"
AUTO_UNLOCK = 2  # seconds of the virtual clock
STEPS = 150  # raft-level moves per run
MAX_CLOCK = 12


class Clock:
    """The virtual wall clock the lock manager reads (``time.time``); sleep stays real."""

    def __init__(self) -> None:
        self.now = 0

    def module(self) -> types.SimpleNamespace:
        return types.SimpleNamespace(time=lambda: self.now, sleep=time.sleep)


def make_node(name, address, others, conf, transport_class) -> SyncObj:
    manager = batteries.ReplLockManager(AUTO_UNLOCK, selfID=name)
    # The manager's own thread prolongs on the wall clock; stop it (at clock 0 it has nothing
    # to do before it sees the flag) so that every prolongation is a step of the schedule.
    manager.destroy()
    manager._ReplLockManager__thread.join()
    node = SyncObj(address, others, conf, consumers=[manager], transportClass=transport_class)
    node.lock_manager = manager
    return node


def make_object(workdir: Path) -> Cluster:
    """The real system under test: a running cluster of lock-manager nodes (close it; use it
    under frozen_clock())."""
    return Cluster(NODES, workdir, make_node)


def command(data: bytes, node: SyncObj) -> dict | None:
    """A lock command in the contract's terms, from a raw pysyncobj command; None otherwise."""
    if not data or data[0] != _COMMAND_TYPE.REGULAR:
        return None
    decoded = pysyncobj_pickle.loads(data[1:])
    func_id, args = (decoded, ()) if not isinstance(decoded, tuple) else decoded[:2]
    name = node._idToMethod[func_id].__name__.rsplit("_v", 1)[0]
    if name == "acquire":
        _, client, at = args
        return {"op": "acquire", "client": client, "time": at}
    if name == "prolongate":
        client, at = args
        return {"op": "prolong", "client": client, "time": at}
    if name == "release":
        _, client = args
        return {"op": "release", "client": client}
    return None


def as_value(cmd: dict):
    return record(**cmd)


class LockObserver:
    """The lock-level state, and the steps that take it from one observation to the next."""

    def __init__(self, cluster: Cluster, clock: Clock, recorder: Recorder) -> None:
        self.cluster, self.clock, self.recorder = cluster, clock, recorder
        self.log: list[dict] = []  # committed lock commands; only ever grows
        self.pending: dict[str, list[dict]] = {n: [] for n in NODES}
        self.applied: dict[str, int] = {n: 0 for n in NODES}
        self.last = self.state()

    # -- hooks into the real nodes -------------------------------------------------------------

    def attach(self, name: str) -> None:
        """Observe requests and applications on node ``name`` (called again after a restart)."""
        node = self.cluster.nodes[name]
        submit = node._applyCommand

        def observed_submit(data, callback, commandType=None):
            raw = data if commandType is None else bytes([commandType]) + data
            cmd = command(raw, node)
            # Clients use their own node only: a command of another client here was forwarded
            # by its node (with or without a callback to answer) and was counted there.
            if cmd is not None and cmd["client"] == name:
                self.request(name, cmd)
            return submit(data, callback, commandType)

        node._applyCommand = observed_submit
        for func_id, method in list(node._idToMethod.items()):
            node._idToMethod[func_id] = self._observed_apply(name, method)

    def _observed_apply(self, name: str, method):
        def apply(*args, **kwargs):
            self.sync()  # the tick may have moved the commit index before applying
            result = method(*args, **kwargs)
            self.applied[name] += 1
            self.emit("Apply", name)
            return result
        apply.__name__ = method.__name__
        return apply

    # -- the state -----------------------------------------------------------------------------

    def table(self, name: str) -> tuple[str, int]:
        node = self.cluster.nodes[name]
        locks = node.lock_manager._consumer()._ReplLockManagerImpl__locks
        holder, at = locks.get(LOCK, ("none", 0))
        return holder, at

    def state(self) -> dict:
        tables = {n: self.table(n) for n in NODES}
        return {
            "clock": self.clock.now,
            "pending": function({n: [as_value(c) for c in self.pending[n]] for n in NODES}),
            "log": [as_value(c) for c in self.log],
            "applied": encode(dict(self.applied)),
            "holder": encode({n: tables[n][0] for n in NODES}),
            "stamp": encode({n: tables[n][1] for n in NODES}),
        }

    def emit(self, action: str, name: str | None) -> None:
        now = self.state()
        self.recorder.record(name or "clock", action, {"n": name} if name else {}, self.last, now)
        self.last = now

    def committed(self) -> list[dict]:
        """Lock commands of the longest committed log prefix any live node holds."""
        best: list[dict] = []
        for name, node in self.cluster.nodes.items():
            state = self.cluster.raft_state(name)
            entries = state["log"][: state["commitIndex"]]
            cmds = [c for c in (command(e[0], node) for e in entries) if c is not None]
            if len(cmds) > len(best):
                best = cmds
        return best

    # -- steps ---------------------------------------------------------------------------------

    def request(self, name: str, cmd: dict) -> None:
        self.pending[name].append(cmd)
        self.emit({"acquire": "TryAcquire", "release": "Release", "prolong": "Prolong"}[cmd["op"]], name)

    def sync(self) -> None:
        """Emit a Commit step for each command committed since the last observation."""
        committed = self.committed()
        if committed[: len(self.log)] != self.log and len(committed) >= len(self.log):
            # Two nodes committed different commands: a Raft safety violation in the real code.
            raise RuntimeError(f"committed lock commands diverged: {self.log} vs {committed}")
        for cmd in committed[len(self.log):]:
            client = cmd["client"]
            # Commands of one client commit in the order they were made; one committed after
            # others of its client were made means those were lost.
            at = self.pending[client].index(cmd)
            del self.pending[client][: at + 1]
            self.log.append(cmd)
            self.emit("Commit", client)

    def restart(self, name: str) -> None:
        self.applied[name] = 0  # the table lives in memory: it is rebuilt from the journal
        self.emit("Restart", name)

    def tick_clock(self) -> None:
        self.clock.now += 1
        self.emit("Tick", None)


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> dict:
    rng = random.Random(seed)
    plan = FaultPlan.draw(rng, NODES, steps)
    clock = Clock()
    real_time = batteries.time
    batteries.time = clock.module()
    try:
        with tempfile.TemporaryDirectory(prefix="sysmoray-lock-") as tmp, frozen_clock(), closing(make_object(Path(tmp))) as cluster:
            observer = LockObserver(cluster, clock, recorder)
            for name in NODES:
                observer.attach(name)
            schedule = RaftSchedule(cluster, plan)
            restarts = dict(plan.restarts)
            for step in range(steps):
                if step in restarts:
                    name = restarts[step]
                    cluster.restart(name)
                    observer.attach(name)
                    observer.restart(name)
                    continue
                moves = schedule.moves(rng, step)
                moves += [(0.5, ("tick", n)) for n in NODES]
                moves += [(0.35, ("client", n)) for n in NODES]
                if clock.now < MAX_CLOCK:
                    moves.append((0.4, ("clock",)))
                move = pick(rng, moves)
                if move[0] == "clock":
                    observer.tick_clock()
                elif move[0] == "client":
                    client_call(cluster.nodes[move[1]].lock_manager, rng)
                else:
                    schedule.play(move)
                observer.sync()
    finally:
        batteries.time = real_time
    return {"faults": plan.to_json(), "auto_unlock": AUTO_UNLOCK}


def client_call(manager, rng) -> None:
    """One call of the public lock API (or the prolongation the manager's thread would make)."""
    op = rng.choice(("acquire", "acquire", "release", "prolong"))
    if op == "acquire":
        manager.tryAcquire(LOCK, callback=lambda result, error: None)
    elif op == "release":
        manager.release(LOCK, callback=lambda result, error: None)
    else:
        lock_impl = manager._consumer()
        lock_impl.prolongate(manager._ReplLockManager__selfID, batteries.time.time())
