"""A real pysyncobj cluster on 127.0.0.1 whose every Raft step the harness chooses.

Shared by the ``pysyncobj-raft`` and ``pysyncobj-lock`` harnesses. Each node is an unmodified
``SyncObj`` with its real TCP transport and a file journal. Three things make a run a sequence
of single, recordable steps chosen by a seeded schedule:

- **Messages are held at the receiver.** They travel over the real sockets, but the receiving
  transport queues them per link (FIFO, as TCP) instead of handing them to Raft. The harness
  then delivers, delays or drops the head of a link as one step. After every step the sockets
  are pumped until every message sent has arrived in its queue, so a state at a step boundary
  has no bytes in flight.
- **Time is frozen.** ``pysyncobj.syncobj`` reads a clock that does not move, so no timer fires
  by itself; a timer fires when the harness moves its deadline into the past (election timeout,
  heartbeat period, leader fallback). These deadline writes are the only writes to internals.
- **Ticks are manual** (``autoTick=False``): the harness ticks one node for one step.

Everything is single-threaded. ``close()`` destroys every node and closes every socket; use
the cluster inside ``frozen_clock()``.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from pysyncobj import SyncObj, SyncObjConf
from pysyncobj import syncobj as syncobj_module
from pysyncobj.transport import TCPTransport

FROZEN_NOW = 1000.0  # pysyncobj's clock during a run; any constant works
SETTLE_TIMEOUT_S = 10.0  # real time allowed for sockets to deliver what was sent

ROLES = {0: "follower", 1: "candidate", 2: "leader"}  # pysyncobj's _RAFT_STATE values


class ClusterError(RuntimeError):
    """The cluster could not reach a settled state (a socket did not deliver in time)."""


@contextlib.contextmanager
def frozen_clock() -> Iterator[None]:
    """Freeze the clock ``pysyncobj.syncobj`` reads (the transport keeps the real one)."""
    real = syncobj_module.monotonicTime
    syncobj_module.monotonicTime = lambda: FROZEN_NOW
    try:
        yield
    finally:
        syncobj_module.monotonicTime = real


def free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def conf(journal: Path, **extra: Any) -> SyncObjConf:
    return SyncObjConf(
        autoTick=False,
        journalFile=str(journal),
        # Real-time transport timers must never fire during a run: a dropped connection would
        # lose messages outside the schedule.
        connectionTimeout=3600.0,
        connectionRetryTime=0.01,
        **extra,
    )


@dataclass
class Cluster:
    """Nodes by name, their held message queues (``queues[(src, dst)]``) and the sockets' pump.

    ``make_node(name, self_address, other_addresses, conf, transport_class)`` builds one node
    (passing ``transportClass=transport_class`` to SyncObj); it is called again for a restart,
    with the same journal, so the node recovers what pysyncobj persisted.
    """

    names: tuple[str, ...]
    workdir: Path
    make_node: Callable[[str, str, list[str], SyncObjConf, type], SyncObj]
    nodes: dict[str, SyncObj] = field(default_factory=dict)
    queues: dict[tuple[str, str], deque] = field(default_factory=dict)
    sent: dict[tuple[str, str], int] = field(default_factory=dict)
    arrived: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ports = free_ports(len(self.names))
        self.address = {n: f"127.0.0.1:{p}" for n, p in zip(self.names, ports)}
        self.name_of = {a: n for n, a in self.address.items()}
        for src in self.names:
            for dst in self.names:
                if src != dst:
                    self.queues[(src, dst)] = deque()
                    self.sent[(src, dst)] = self.arrived[(src, dst)] = 0
        try:
            for name in self.names:
                self._start(name)
            self.settle()
        except BaseException:
            self.close()  # nodes already started hold sockets
            raise

    # -- nodes -------------------------------------------------------------------------------

    def _start(self, name: str) -> None:
        cluster = self
        others = [self.address[n] for n in self.names if n != name]

        class HeldTransport(TCPTransport):
            """The real TCP transport; received messages wait in the cluster's queues."""

            def send(self, node, message):
                ok = super().send(node, message)
                if ok:
                    cluster.sent[(name, cluster.name_of[node.address])] += 1
                return ok

            def _onMessageReceived(self, node, message):
                link = (cluster.name_of[node.address], name)
                cluster.arrived[link] += 1
                cluster.queues[link].append(message)

        journal = self.workdir / f"{name}.journal"
        self.nodes[name] = self.make_node(name, self.address[name], others, conf(journal), HeldTransport)

    def restart(self, name: str) -> None:
        """Stop ``name`` (its sockets close, messages held for it are lost) and start it again
        from its journal; returns once every node is connected again."""
        self.nodes.pop(name).destroy()
        for src in self.names:
            if src != name:
                self.queues[(src, name)].clear()
                self.sent[(src, name)] = self.arrived[(src, name)] = 0
                # What the old incarnation sent before stopping has arrived (settled); nothing
                # more comes from it.
                self.sent[(name, src)] = self.arrived[(name, src)]
        self._start(name)
        self.settle()

    def close(self) -> None:
        for node in self.nodes.values():
            node.destroy()  # closes its server socket and connections, and its journal
        self.nodes.clear()

    def transport(self, name: str) -> TCPTransport:
        return self.nodes[name]._SyncObj__transport

    def connected(self) -> bool:
        for name, node in self.nodes.items():
            peers = {self.name_of[n.address] for n in node._SyncObj__connectedNodes}
            if peers != set(self.names) - {name}:
                return False
        return True

    # -- sockets -----------------------------------------------------------------------------

    def _pump(self, until: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            for name, node in self.nodes.items():
                self.transport(name)._onTick()  # (re)connect where needed: I/O only, no Raft logic
                node._poller.poll(0.001)
            if until():
                return True
            if time.monotonic() > deadline:
                return False

    def settle(self) -> None:
        """Pump the sockets until all nodes are connected and every sent message has arrived."""
        def done() -> bool:
            return self.connected() and all(self.sent[k] == self.arrived[k] for k in self.sent)
        if not self._pump(done, SETTLE_TIMEOUT_S):
            late = {f"{s}->{d}": self.sent[(s, d)] - self.arrived[(s, d)] for s, d in self.sent if self.sent[(s, d)] != self.arrived[(s, d)]}
            raise ClusterError(f"cluster did not settle in {SETTLE_TIMEOUT_S}s (connected={self.connected()}, undelivered={late})")

    # -- steps -------------------------------------------------------------------------------

    def deliver(self, src: str, dst: str) -> Any:
        """Hand the oldest held message of link src->dst to Raft on dst; returns it."""
        message = self.queues[(src, dst)].popleft()
        transport = self.transport(dst)
        node = next(n for n in transport._nodes if n.address == self.address[src])
        TCPTransport._onMessageReceived(transport, node, message)  # the base class calls Raft
        self.settle()
        return message

    def drop(self, src: str, dst: str) -> Any:
        message = self.queues[(src, dst)].popleft()
        return message

    def tick(self, name: str) -> None:
        self.nodes[name].doTick(0.0)
        self.settle()

    def expire_election_timer(self, name: str) -> None:
        self.nodes[name]._SyncObj__raftElectionDeadline = FROZEN_NOW - 1

    def expire_heartbeat_timer(self, name: str) -> None:
        self.nodes[name]._SyncObj__newAppendEntriesTime = FROZEN_NOW - 1

    def expire_leader_contact(self, name: str) -> None:
        node = self.nodes[name]
        stale = FROZEN_NOW - 2 * node.conf.leaderFallbackTimeout - 1
        for peer in node._SyncObj__lastResponseTime:
            node._SyncObj__lastResponseTime[peer] = stale

    # -- reading Raft's internals ------------------------------------------------------------

    def role(self, name: str) -> str:
        return ROLES[self.nodes[name]._SyncObj__raftState]

    def raft_state(self, name: str) -> dict[str, Any]:
        """One node's Raft state in plain Python values, read from SyncObj's fields."""
        node = self.nodes[name]
        log = node._SyncObj__raftLog
        voted = node._SyncObj__votedForNodeId

        def per_peer(table: dict) -> dict[str, int]:
            by_name = {self.name_of[n.address]: v for n, v in table.items()}
            return {peer: by_name.get(peer, 0) for peer in self.names}  # 0: no entry (self, or never led)

        return {
            "role": self.role(name),
            "currentTerm": node._SyncObj__raftCurrentTerm,
            "votedFor": self.name_of.get(voted, "none") if voted is not None else "none",
            "votes": node._SyncObj__votesCount,
            "log": [log[i] for i in range(len(log))],  # (command, index, term) entries
            "commitIndex": node._SyncObj__raftCommitIndex,
            "lastApplied": node._SyncObj__raftLastApplied,
            "nextIndex": per_peer(node._SyncObj__raftNextIndex),
            "matchIndex": per_peer(node._SyncObj__raftMatchIndex),
        }


# -- the seeded schedule ----------------------------------------------------------------------

Move = tuple  # ("timeout", n) | ("heartbeat", n) | ("step_down", n) | ("restart", n) | ("deliver"|"drop", src, dst)


@dataclass(frozen=True)
class FaultPlan:
    """The faults of one run, drawn from its seed and written to the trace header."""

    loss: float  # chance that a deliverable message is lost instead
    partition: tuple[int, int, str] | None  # steps [start, end) during which a node is cut off
    delay: tuple[int, int, str, str] | None  # steps [start, end) during which a link holds its messages
    restarts: tuple[tuple[int, str], ...]  # (step, node): the node stops and restarts from its journal
    step_down: float  # chance per step that a leader is offered a lost-contact step-down

    @classmethod
    def draw(cls, rng, names: tuple[str, ...], steps: int) -> FaultPlan:
        def window() -> tuple[int, int]:
            start = rng.randrange(steps // 6, steps - steps // 4)
            return start, min(steps, start + rng.randrange(6, 16))

        partition = (*window(), rng.choice(names)) if rng.random() < 0.6 else None
        delay = (*window(), *rng.sample(names, 2)) if rng.random() < 0.5 else None
        restarts = tuple(sorted((rng.randrange(steps // 5, steps), rng.choice(names)) for _ in range(rng.choice((0, 1, 1, 2)))))
        plan = cls(rng.choice((0.0, 0.05, 0.15)), partition, delay, restarts, rng.choice((0.0, 0.05, 0.1)))
        if not (plan.loss or plan.partition or plan.delay or plan.restarts):
            plan = cls(0.1, plan.partition, plan.delay, plan.restarts, plan.step_down)  # every run has a fault
        return plan

    def to_json(self) -> dict[str, Any]:
        return {
            "loss": self.loss,
            "partition": None if self.partition is None else {"from": self.partition[0], "to": self.partition[1], "node": self.partition[2]},
            "delay": None if self.delay is None else {"from": self.delay[0], "to": self.delay[1], "link": [self.delay[2], self.delay[3]]},
            "restarts": [{"step": s, "node": n} for s, n in self.restarts],
            "step_down": self.step_down,
        }

    def cut(self, step: int, src: str, dst: str) -> bool:
        """Messages on this link cannot get through now (partition): they can only be lost."""
        if self.partition is None:
            return False
        start, end, node = self.partition
        return start <= step < end and node in (src, dst) and src != dst

    def held(self, step: int, src: str, dst: str) -> bool:
        if self.delay is None:
            return False
        start, end, a, b = self.delay
        return start <= step < end and (src, dst) == (a, b)


class RaftSchedule:
    """The Raft-level moves open at a step, with weights, and how each is played."""

    def __init__(self, cluster: Cluster, plan: FaultPlan) -> None:
        self.cluster, self.plan = cluster, plan

    def moves(self, rng, step: int) -> list[tuple[float, Move]]:
        c, plan = self.cluster, self.plan
        leaders = [n for n in c.names if c.role(n) == "leader"]
        moves: list[tuple[float, Move]] = []
        for (src, dst), queue in c.queues.items():
            if not queue or plan.held(step, src, dst):
                continue
            if plan.cut(step, src, dst):
                moves.append((2.0, ("drop", src, dst)))
            else:
                moves.append((3.0, ("deliver", src, dst)))
                if plan.loss:
                    moves.append((3.0 * plan.loss, ("drop", src, dst)))
        for n in c.names:
            if n in leaders:
                moves.append((1.5, ("heartbeat", n)))
                if plan.step_down and rng.random() < plan.step_down:
                    moves.append((1.0, ("step_down", n)))
            else:
                moves.append((0.35 if not leaders else 0.05, ("timeout", n)))
        return moves

    def play(self, move: Move) -> Any:
        """Play one move; returns the message a deliver or drop took off its link."""
        c, kind = self.cluster, move[0]
        if kind == "deliver":
            return c.deliver(move[1], move[2])
        if kind == "drop":
            return c.drop(move[1], move[2])
        name = move[1]
        if kind == "restart":
            c.restart(name)
            return None
        if kind == "timeout":
            c.expire_election_timer(name)
        elif kind == "heartbeat":
            c.expire_heartbeat_timer(name)
        elif kind == "step_down":
            c.expire_leader_contact(name)
        elif kind != "tick":
            raise ValueError(f"unknown move {move!r}")
        c.tick(name)
        return None


def pick(rng, moves: list[tuple[float, Move]]) -> Move:
    total = sum(w for w, _ in moves)
    x = rng.random() * total
    for weight, move in moves:
        x -= weight
        if x < 0:
            return move
    return moves[-1][1]
