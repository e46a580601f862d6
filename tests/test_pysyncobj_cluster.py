"""The stepped pysyncobj cluster behind the pysyncobj tasks: real nodes, held messages, restarts."""

import random
from contextlib import closing

from pysyncobj import SyncObj

from sysmoray.tasks.pysyncobj_cluster import Cluster, FaultPlan, frozen_clock

NODES = ("n1", "n2", "n3")


def plain_node(name, address, others, conf, transport_class):
    return SyncObj(address, others, conf, transportClass=transport_class)


def test_messages_wait_at_the_receiver_until_the_schedule_delivers_them(tmp_path):
    with frozen_clock(), closing(Cluster(NODES, tmp_path, plain_node)) as cluster:
        cluster.expire_election_timer("n1")
        cluster.tick("n1")
        assert cluster.raft_state("n1")["role"] == "candidate"
        # The RequestVotes went over TCP but Raft on n2 has not seen them.
        assert [m["type"] for m in cluster.queues[("n1", "n2")]] == ["request_vote"]
        assert cluster.raft_state("n2")["currentTerm"] == 0
        cluster.deliver("n1", "n2")
        assert cluster.raft_state("n2")["votedFor"] == "n1"
        assert [m["type"] for m in cluster.queues[("n2", "n1")]] == ["response_vote"]
        cluster.drop("n1", "n3")
        assert not cluster.queues[("n1", "n3")] and cluster.raft_state("n3")["currentTerm"] == 0
        cluster.deliver("n2", "n1")
        assert cluster.raft_state("n1")["role"] == "leader"


def test_a_restart_keeps_the_journal_and_loses_what_was_waiting(tmp_path):
    with frozen_clock(), closing(Cluster(NODES, tmp_path, plain_node)) as cluster:
        cluster.expire_election_timer("n1")
        cluster.tick("n1")
        cluster.deliver("n1", "n2")
        cluster.expire_election_timer("n3")
        cluster.tick("n3")  # a RequestVote of n3 now waits for n2
        before = cluster.raft_state("n2")
        cluster.restart("n2")
        after = cluster.raft_state("n2")
        assert (after["currentTerm"], after["votedFor"], after["log"]) == (before["currentTerm"], before["votedFor"], before["log"])
        assert not cluster.queues[("n3", "n2")]
        assert cluster.connected()


def test_fault_plans_are_seeded():
    first = FaultPlan.draw(random.Random(5), NODES, 70)
    assert first == FaultPlan.draw(random.Random(5), NODES, 70)
    plans = [FaultPlan.draw(random.Random(s), NODES, 70) for s in range(20)]
    assert all(p.loss or p.partition or p.delay or p.restarts for p in plans)
