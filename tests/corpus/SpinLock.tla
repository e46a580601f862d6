---- MODULE SpinLock ----
\* Test-and-set spin lock shared by a set of processes.
EXTENDS Naturals, FiniteSets

CONSTANTS Procs

VARIABLES lock, pc

TypeOK == /\ lock \in BOOLEAN
          /\ pc \in [Procs -> {"spin", "cs", "release"}]

Init == /\ lock = FALSE
        /\ pc = [p \in Procs |-> "spin"]

TestAndSet(p) == /\ pc[p] = "spin"
                 /\ lock = FALSE
                 /\ lock' = TRUE
                 /\ pc' = [pc EXCEPT ![p] = "cs"]

Spin(p) == /\ pc[p] = "spin"
           /\ lock = TRUE
           /\ UNCHANGED <<lock, pc>>

LeaveCS(p) == /\ pc[p] = "cs"
              /\ pc' = [pc EXCEPT ![p] = "release"]
              /\ UNCHANGED lock

Release(p) == /\ pc[p] = "release"
              /\ lock' = FALSE
              /\ pc' = [pc EXCEPT ![p] = "spin"]

Next == \/ \E p \in Procs : TestAndSet(p)
        \/ \E p \in Procs : Spin(p)
        \/ \E p \in Procs : LeaveCS(p)
        \/ \E p \in Procs : Release(p)

Holders == {p \in Procs : pc[p] \in {"cs", "release"}}

Mutex == Cardinality(Holders) <= 1

LockReflectsHolder == lock <=> Holders # {}
====
