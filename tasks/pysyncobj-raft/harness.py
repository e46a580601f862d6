"""Trace generator for pysyncobj's Raft: three real SyncObj nodes on 127.0.0.1, one step at a time.

The cluster (``sysmoray.tasks.pysyncobj_cluster``) holds every message at its receiver and
freezes pysyncobj's clock, so each recorded step is one thing the real code did: a node's
election timer fired, it handled one message, its heartbeat or a client command went out in a
tick, a leader lost contact, a message was lost, a node restarted from its journal. Faults
(loss, a partition, a slow link, restarts) follow a plan drawn from the seed; the plan is
written to the trace header. States are read from SyncObj's fields after every step.
"""

from __future__ import annotations

import random
import tempfile
from contextlib import closing
from pathlib import Path

from pysyncobj import SyncObj, replicated

from sysmoray.tasks.pysyncobj_cluster import Cluster, FaultPlan, RaftSchedule, frozen_clock, pick
from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.values import encode, function, record

NODES = ("n1", "n2", "n3")
STEPS = 70
MAX_COMMANDS = 4  # client commands per run: enough to replicate, few enough to keep logs short

HANDLERS = {
    "request_vote": "HandleRequestVote",
    "response_vote": "HandleVoteResponse",
    "append_entries": "HandleAppendEntries",
    "next_node_idx": "HandleAppendEntriesResponse",
}


class CounterNode(SyncObj):
    """The smallest replicated state machine: a counter."""

    def __init__(self, address: str, others: list[str], conf, transport_class) -> None:
        super().__init__(address, others, conf, transportClass=transport_class)
        self.total = 0

    @replicated
    def add(self, amount: int) -> int:
        self.total += amount
        return self.total


def make_node(name, address, others, conf, transport_class) -> CounterNode:
    return CounterNode(address, others, conf, transport_class)


def make_object(workdir: Path) -> Cluster:
    """The real system under test: a running cluster (close it; use it under frozen_clock())."""
    return Cluster(NODES, workdir, make_node)


def message(m: dict) -> dict:
    """A pysyncobj message in the contract's terms (log entries abstracted to their terms)."""
    kind = m["type"]
    if kind == "request_vote":
        return record(type="RequestVote", term=m["term"], lastLogIndex=m["last_log_index"], lastLogTerm=m["last_log_term"])
    if kind == "response_vote":
        return record(type="VoteResponse", term=m["term"])
    if kind == "append_entries":
        return record(type="AppendEntries", term=m["term"], prevLogIndex=m["prevLogIdx"], prevLogTerm=m["prevLogTerm"],
                      entries=[e[2] for e in m.get("entries", [])], commitIndex=m["commit_index"])
    if kind == "next_node_idx":
        return record(type="AppendEntriesResponse", next=m["next_node_idx"], reset=m["reset"], success=m["success"])
    raise ValueError(f"message type outside the contract: {kind}")


def state(cluster: Cluster) -> dict:
    nodes = {n: cluster.raft_state(n) for n in NODES}

    def per_node(key, convert=lambda v: v):
        return encode({n: convert(nodes[n][key]) for n in NODES})

    return {
        "role": per_node("role"),
        "currentTerm": per_node("currentTerm"),
        "votedFor": per_node("votedFor"),
        "votes": per_node("votes"),
        "log": per_node("log", lambda log: [entry[2] for entry in log]),
        "commitIndex": per_node("commitIndex"),
        "nextIndex": per_node("nextIndex"),
        "matchIndex": per_node("matchIndex"),
        "msgs": function({src: function({dst: [message(m) for m in cluster.queues.get((src, dst), ())] for dst in NODES})
                          for src in NODES}),
    }


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> dict:
    rng = random.Random(seed)
    plan = FaultPlan.draw(rng, NODES, steps)
    with tempfile.TemporaryDirectory(prefix="sysmoray-raft-") as tmp, frozen_clock(), closing(make_object(Path(tmp))) as cluster:
        schedule = RaftSchedule(cluster, plan)
        restarts = dict(plan.restarts)
        commands = 0
        for step in range(steps):
            if step in restarts:
                move = ("restart", restarts[step])
            else:
                moves = schedule.moves(rng, step)
                leaders = [n for n in NODES if cluster.role(n) == "leader"]
                if commands < MAX_COMMANDS:
                    moves += [(0.8, ("client", n)) for n in leaders]
                move = pick(rng, moves)
            pre = state(cluster)
            if move[0] == "client":
                cluster.nodes[move[1]].add(1)
                schedule.play(("tick", move[1]))
                commands += 1
                action, params = "ClientRequest", {"n": move[1]}
            else:
                taken = schedule.play(move)
                action, params = _action(move, taken)
            recorder.record(move[-1] if move[0] in ("deliver", "drop") else move[1], action, params, pre, state(cluster))
    return {"faults": plan.to_json()}


def _action(move, taken) -> tuple[str, dict]:
    kind = move[0]
    if kind == "deliver":
        return HANDLERS[taken["type"]], {"n": move[2], "m": move[1]}
    if kind == "drop":
        return "DropMessage", {"n": move[2], "m": move[1]}
    names = {"timeout": "Timeout", "heartbeat": "Heartbeat", "step_down": "StepDown", "restart": "Restart"}
    return names[kind], {"n": move[1]}
