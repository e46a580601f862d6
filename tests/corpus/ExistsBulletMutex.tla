---- MODULE ExistsBulletMutex ----
EXTENDS Naturals
CONSTANT N
VARIABLES pc, turn
Procs == 1..N
TypeOK == pc \in [Procs -> {"idle", "waiting", "cs"}] /\ turn \in Procs
Init == pc = [p \in Procs |-> "idle"] /\ turn = 1
Next ==
  \/ \E p \in Procs :
       /\ pc[p] = "idle"
       /\ pc' = [pc EXCEPT ![p] = "waiting"]
       /\ UNCHANGED turn
  \/ \E p \in Procs :
       /\ pc[p] = "waiting"
       /\ turn = p
       /\ pc' = [pc EXCEPT ![p] = "cs"]
       /\ UNCHANGED turn
  \/ \E p \in Procs :
       /\ pc[p] = "cs"
       /\ pc' = [pc EXCEPT ![p] = "idle"]
       /\ turn' = (turn % N) + 1
Mutex == \A p, q \in Procs : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")
====
