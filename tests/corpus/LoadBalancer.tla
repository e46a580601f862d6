---------------------------- MODULE LoadBalancer ----------------------------
EXTENDS Naturals, FiniteSets

CONSTANTS Workers, Jobs, Cap

VARIABLES queue, assigned, finished

TypeOK == /\ queue \subseteq Jobs
          /\ assigned \in [Workers -> SUBSET Jobs]
          /\ finished \subseteq Jobs

Init == /\ queue = Jobs
        /\ assigned = [w \in Workers |-> {}]
        /\ finished = {}

Next == /\ \E j \in queue, w \in Workers :
             /\ Cardinality(assigned[w]) < Cap
             /\ assigned' = [assigned EXCEPT ![w] = @ \cup {j}]
             /\ queue' = queue \ {j}
        /\ UNCHANGED finished
     \/ /\ \E w \in Workers : \E j \in assigned[w] :
             /\ assigned' = [assigned EXCEPT ![w] = @ \ {j}]
             /\ finished' = finished \cup {j}
        /\ UNCHANGED queue

Busy == UNION {assigned[w] : w \in Workers}

\* Every job is queued, running on exactly one worker, or finished.
JobsAccounted ==
    /\ queue \cup Busy \cup finished = Jobs
    /\ queue \cap Busy = {}
    /\ queue \cap finished = {}
    /\ Busy \cap finished = {}

NoDoubleAssignment ==
    \A w1, w2 \in Workers : w1 /= w2 => assigned[w1] \cap assigned[w2] = {}

CapacityRespected == \A w \in Workers : Cardinality(assigned[w]) <= Cap
=============================================================================
