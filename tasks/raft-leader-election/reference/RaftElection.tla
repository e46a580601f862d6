-------------------- MODULE RaftElection --------------------
(* Raft's leader election with bounded terms; a vote request and its reply form one step. *)
EXTENDS Naturals, FiniteSets

CONSTANTS Nodes, MaxTerm

VARIABLES currentTerm, role, votedFor, votesGranted

vars == <<currentTerm, role, votedFor, votesGranted>>

Init == /\ currentTerm = [n \in Nodes |-> 0]
        /\ role = [n \in Nodes |-> "follower"]
        /\ votedFor = [n \in Nodes |-> "none"]
        /\ votesGranted = [n \in Nodes |-> {}]

Timeout(n) == /\ role[n] # "leader"
              /\ currentTerm[n] < MaxTerm
              /\ currentTerm' = [currentTerm EXCEPT ![n] = @ + 1]
              /\ role' = [role EXCEPT ![n] = "candidate"]
              /\ votedFor' = [votedFor EXCEPT ![n] = n]
              /\ votesGranted' = [votesGranted EXCEPT ![n] = {n}]

GrantVote(v, c) == /\ v # c
                   /\ role[c] = "candidate"
                   /\ currentTerm[c] >= currentTerm[v]
                   /\ currentTerm[c] > currentTerm[v] \/ votedFor[v] = "none"
                   /\ currentTerm' = [currentTerm EXCEPT ![v] = currentTerm[c]]
                   /\ role' = [role EXCEPT ![v] = "follower"]
                   /\ votedFor' = [votedFor EXCEPT ![v] = c]
                   /\ votesGranted' = [votesGranted EXCEPT ![c] = @ \cup {v}, ![v] = {}]

BecomeLeader(c) == /\ role[c] = "candidate"
                   /\ 2 * Cardinality(votesGranted[c]) > Cardinality(Nodes)
                   /\ role' = [role EXCEPT ![c] = "leader"]
                   /\ UNCHANGED <<currentTerm, votedFor, votesGranted>>

Next == \E n \in Nodes : \/ Timeout(n)
                         \/ BecomeLeader(n)
                         \/ \E c \in Nodes : GrantVote(n, c)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ currentTerm \in [Nodes -> 0..MaxTerm]
          /\ role \in [Nodes -> {"follower", "candidate", "leader"}]
          /\ votedFor \in [Nodes -> Nodes \cup {"none"}]
          /\ votesGranted \in [Nodes -> SUBSET Nodes]

\* Task template: Two leaders never share a term.
OneLeaderPerTerm == \A a, b \in Nodes : (role[a] = "leader" /\ role[b] = "leader" /\ currentTerm[a] = currentTerm[b]) => a = b

\* Task template: A leader was elected by a strict majority.
LeaderHasMajority == \A n \in Nodes : role[n] = "leader" => 2 * Cardinality(votesGranted[n]) > Cardinality(Nodes)

\* Task template: Every vote a candidate or leader counts was cast for it in its term (the voter may since have moved to a later term).
VotesAreGenuine == \A c, v \in Nodes : (role[c] # "follower" /\ v \in votesGranted[c]) => (currentTerm[v] > currentTerm[c] \/ votedFor[v] = c)
=============================================================
