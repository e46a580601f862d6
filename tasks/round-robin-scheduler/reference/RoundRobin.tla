-------------------- MODULE RoundRobin --------------------
(* Round-robin scheduling on one CPU, with preemption and blocking I/O. *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS N

VARIABLES ready, running, blocked

vars == <<ready, running, blocked>>

Init == /\ ready = [i \in 1..N |-> i]
        /\ running = 0
        /\ blocked = {}

Dispatch == /\ running = 0
            /\ ready # <<>>
            /\ running' = Head(ready)
            /\ ready' = Tail(ready)
            /\ UNCHANGED blocked

Preempt == /\ running # 0
           /\ ready' = Append(ready, running)
           /\ running' = 0
           /\ UNCHANGED blocked

Block == /\ running # 0
         /\ blocked' = blocked \cup {running}
         /\ running' = 0
         /\ UNCHANGED ready

Wake(p) == /\ p \in blocked
           /\ blocked' = blocked \ {p}
           /\ ready' = Append(ready, p)
           /\ UNCHANGED running

Next == Dispatch \/ Preempt \/ Block \/ \E p \in 1..N : Wake(p)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ ready \in Seq(1..N)
          /\ running \in 0..N
          /\ blocked \in SUBSET (1..N)

\* Task template: Every process is running, in the ready queue once, or blocked: exactly one of these.
EachProcessInOnePlace == \A p \in 1..N : (IF running = p THEN 1 ELSE 0) + (IF p \in blocked THEN 1 ELSE 0) + Cardinality({i \in DOMAIN ready : ready[i] = p}) = 1

\* Task template: No process is queued twice.
ReadyQueueDistinct == \A i, j \in DOMAIN ready : i # j => ready[i] # ready[j]

\* Task template: The running process is not blocked.
RunningNotBlocked == running # 0 => running \notin blocked
===========================================================
