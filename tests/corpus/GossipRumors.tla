---------------------------- MODULE GossipRumors ----------------------------
(* Nodes start rumors and spread them pairwise; a node pushes everything it *)
(* knows to a peer that is missing something.                              *)
EXTENDS FiniteSets

CONSTANTS Nodes, Rumors

VARIABLES known, started

TypeOK ==
    /\ known \in [Nodes -> SUBSET Rumors]
    /\ started \subseteq Rumors

Init ==
    /\ known = [n \in Nodes |-> {}]
    /\ started = {}

Start(n, r) ==
    /\ r \notin started
    /\ known' = [known EXCEPT ![n] = @ \cup {r}]
    /\ started' = started \cup {r}

Push(i, j) ==
    /\ known[i] \ known[j] /= {}
    /\ known' = [known EXCEPT ![j] = @ \cup known[i]]
    /\ UNCHANGED started

Next ==
    \/ \E n \in Nodes, r \in Rumors : Start(n, r)
    \/ \E i \in Nodes : \E j \in Nodes \ {i} : Push(i, j)

\* Nobody knows a rumor that was never started.
NoInventedRumors == \A n \in Nodes : known[n] \subseteq started

\* Every started rumor is known somewhere.
StartedIsKnown == \A r \in started : \E n \in Nodes : r \in known[n]
=============================================================================
