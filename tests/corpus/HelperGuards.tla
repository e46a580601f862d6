---- MODULE HelperGuards ----
EXTENDS Naturals
CONSTANT N
VARIABLES pc, turn
Procs == 1..N
CanEnter(p) ==
    /\ pc[p] = "waiting"
    /\ turn = p
Init == pc = [p \in Procs |-> "idle"] /\ turn = 1
Wait(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "waiting"] /\ UNCHANGED turn
Enter(p) == CanEnter(p) /\ pc' = [pc EXCEPT ![p] = "cs"] /\ UNCHANGED turn
Leave(p) == pc[p] = "cs" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ turn' = (turn % N) + 1
Next == \E p \in Procs : Wait(p) \/ Enter(p) \/ Leave(p)
Mutex == \A p, q \in Procs : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")
====
