----------------------------- MODULE RetryQueue -----------------------------
(* A job runner: jobs are started, finish, or fail; failed jobs are retried *)
(* until they have used MaxAttempts attempts.                               *)
EXTENDS Naturals

CONSTANTS Jobs, MaxAttempts

VARIABLES pending, running, done, failed, attempts

vars == <<pending, running, done, failed, attempts>>

TypeOK ==
    /\ pending \subseteq Jobs
    /\ running \subseteq Jobs
    /\ done \subseteq Jobs
    /\ failed \subseteq Jobs
    /\ attempts \in [Jobs -> 0..MaxAttempts]

Init ==
    /\ pending = Jobs
    /\ running = {}
    /\ done = {}
    /\ failed = {}
    /\ attempts = [j \in Jobs |-> 0]

Start(j) ==
    /\ pending' = pending \ {j}
    /\ running' = running \cup {j}
    /\ UNCHANGED <<done, failed, attempts>>

Finish(j) ==
    /\ running' = running \ {j}
    /\ done' = done \cup {j}
    /\ UNCHANGED <<pending, failed, attempts>>

\* A job fails permanently once it has used up its attempts.
Fail(j) ==
    /\ attempts[j] >= MaxAttempts
    /\ running' = running \ {j}
    /\ failed' = failed \cup {j}
    /\ UNCHANGED <<pending, done, attempts>>

Next ==
    \/ \E j \in pending : Start(j)
    \/ \E j \in running : Finish(j)
    \/ \E j \in running : Fail(j)
    \/ \E j \in failed :
          /\ attempts[j] < MaxAttempts
          /\ attempts' = [attempts EXCEPT ![j] = @ + 1]
          /\ failed' = failed \ {j}
          /\ pending' = pending \cup {j}
          /\ UNCHANGED <<running, done>>

Spec == Init /\ [][Next]_vars

\* Every job is in exactly one of the four sets.
Partition ==
    /\ pending \cup running \cup done \cup failed = Jobs
    /\ pending \cap running = {}
    /\ pending \cap done = {}
    /\ pending \cap failed = {}
    /\ running \cap done = {}
    /\ running \cap failed = {}
    /\ done \cap failed = {}
=============================================================================
