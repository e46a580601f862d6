-------------------- MODULE LcrElection --------------------
(* LCR leader election on a unidirectional ring; node i has identifier i. *)
EXTENDS Naturals

CONSTANTS N

VARIABLES chan, started, leader

vars == <<chan, started, leader>>

Succ(i) == (i % N) + 1

Init == /\ chan = [i \in 1..N |-> {}]
        /\ started = [i \in 1..N |-> FALSE]
        /\ leader = [i \in 1..N |-> FALSE]

Start(i) == /\ ~started[i]
            /\ started' = [started EXCEPT ![i] = TRUE]
            /\ chan' = [chan EXCEPT ![Succ(i)] = @ \cup {i}]
            /\ UNCHANGED leader

Forward(i, m) == /\ m \in chan[i]
                 /\ m > i
                 /\ chan' = [chan EXCEPT ![i] = @ \ {m}, ![Succ(i)] = @ \cup {m}]
                 /\ UNCHANGED <<started, leader>>

Discard(i, m) == /\ m \in chan[i]
                 /\ m < i
                 /\ chan' = [chan EXCEPT ![i] = @ \ {m}]
                 /\ UNCHANGED <<started, leader>>

Elect(i) == /\ i \in chan[i]
            /\ chan' = [chan EXCEPT ![i] = @ \ {i}]
            /\ leader' = [leader EXCEPT ![i] = TRUE]
            /\ UNCHANGED started

Next == \E i \in 1..N : \/ Start(i)
                        \/ Elect(i)
                        \/ \E m \in 1..N : Forward(i, m) \/ Discard(i, m)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ chan \in [1..N -> SUBSET (1..N)]
          /\ started \in [1..N -> BOOLEAN]
          /\ leader \in [1..N -> BOOLEAN]

\* Task template: At most one node is leader.
AtMostOneLeader == \A i, j \in 1..N : leader[i] /\ leader[j] => i = j

\* Task template: Only the node with the largest identifier becomes leader.
LeaderHasMaxId == \A i \in 1..N : leader[i] => i = N

\* Task template: A node's own identifier reaches it again only if it is the largest.
OnlyMaxIdReturns == \A i \in 1..N : i \in chan[i] => i = N
============================================================
