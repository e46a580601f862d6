-------------------- MODULE OptimisticCounter --------------------
(* Optimistic concurrency control on a counter row: validate the version at commit. *)
EXTENDS Naturals

CONSTANTS Txns, Max

VARIABLES value, version, pc, readValue, readVersion, committed

vars == <<value, version, pc, readValue, readVersion, committed>>

Init == /\ value = 0
        /\ version = 0
        /\ pc = [t \in Txns |-> "idle"]
        /\ readValue = [t \in Txns |-> 0]
        /\ readVersion = [t \in Txns |-> 0]
        /\ committed = 0

Begin(t) == /\ pc[t] = "idle"
            /\ committed < Max
            /\ pc' = [pc EXCEPT ![t] = "active"]
            /\ readValue' = [readValue EXCEPT ![t] = value]
            /\ readVersion' = [readVersion EXCEPT ![t] = version]
            /\ UNCHANGED <<value, version, committed>>

Commit(t) == /\ pc[t] = "active"
             /\ readVersion[t] = version
             /\ value' = readValue[t] + 1
             /\ version' = version + 1
             /\ committed' = committed + 1
             /\ pc' = [pc EXCEPT ![t] = "idle"]
             /\ UNCHANGED <<readValue, readVersion>>

Abort(t) == /\ pc[t] = "active"
            /\ readVersion[t] # version
            /\ pc' = [pc EXCEPT ![t] = "idle"]
            /\ UNCHANGED <<value, version, readValue, readVersion, committed>>

Next == \E t \in Txns : Begin(t) \/ Commit(t) \/ Abort(t)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ value \in 0..Max
          /\ version \in 0..Max
          /\ pc \in [Txns -> {"idle", "active"}]
          /\ readValue \in [Txns -> 0..Max]
          /\ readVersion \in [Txns -> 0..Max]
          /\ committed \in 0..Max

\* Task template: The counter equals the number of committed increments.
NoLostUpdate == value = committed

\* Task template: The version number counts the committed writes.
VersionCountsCommits == version = committed

\* Task template: An active transaction whose snapshot version is still current read the current value.
CurrentSnapshotsAreFresh == \A t \in Txns : (pc[t] = "active" /\ readVersion[t] = version) => readValue[t] = value
==================================================================
