------------------------------ MODULE TokenRing ------------------------------
(***************************************************************************)
(* A token circulates on a ring of N processes. Only the process holding   *)
(* the token may enter its critical section.                               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N

ASSUME N \in Nat \ {0}

Procs == 0..(N - 1)

VARIABLES token, state

vars == <<token, state>>

TypeOK ==
    /\ token \in Procs
    /\ state \in [Procs -> {"idle", "critical"}]

Init ==
    /\ token = 0
    /\ state = [p \in Procs |-> "idle"]

Enter(p) ==
    /\ token = p
    /\ state[p] = "idle"
    /\ state' = [state EXCEPT ![p] = "critical"]
    /\ UNCHANGED token

Exit(p) ==
    /\ state[p] = "critical"
    /\ state' = [state EXCEPT ![p] = "idle"]
    /\ UNCHANGED token

PassToken(p) ==
    /\ token = p
    /\ state[p] = "idle"
    /\ token' = (p + 1) % N
    /\ UNCHANGED state

Next ==
    \/ \E p \in Procs : Enter(p)
    \/ \E p \in Procs : Exit(p)
    \/ \E p \in Procs : PassToken(p)

Spec == Init /\ [][Next]_vars

\* Safety: at most one process is in its critical section.
MutualExclusion ==
    \A p, q \in Procs : (state[p] = "critical" /\ state[q] = "critical") => p = q

OnlyHolderIsCritical ==
    \A p \in Procs : state[p] = "critical" => token = p
=============================================================================
