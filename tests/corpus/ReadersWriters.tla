--------------------------- MODULE ReadersWriters ---------------------------
EXTENDS FiniteSets

CONSTANTS Readers, Writers, NoOne

Procs == Readers \cup Writers

VARIABLES pc, readers, writer

vars == <<pc, readers, writer>>

TypeOK ==
    /\ pc \in [Procs -> {"idle", "waiting", "active"}]
    /\ readers \subseteq Readers
    /\ writer \in Writers \cup {NoOne}

Init ==
    /\ pc = [p \in Procs |-> "idle"]
    /\ readers = {}
    /\ writer = NoOne

Request(p) ==
    /\ pc[p] = "idle"
    /\ pc' = [pc EXCEPT ![p] = "waiting"]
    /\ UNCHANGED <<readers, writer>>

Enter(p) ==
    /\ pc[p] = "waiting"
    /\ IF p \in Readers /\ writer = NoOne
         THEN /\ readers' = readers \cup {p}
              /\ pc' = [pc EXCEPT ![p] = "active"]
              /\ UNCHANGED writer
         ELSE IF p \in Writers /\ writer = NoOne /\ readers = {}
                THEN /\ writer' = p
                     /\ pc' = [pc EXCEPT ![p] = "active"]
                     /\ UNCHANGED readers
                ELSE FALSE

Leave(p) ==
    /\ pc[p] = "active"
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ IF p \in readers
         THEN readers' = readers \ {p} /\ UNCHANGED writer
         ELSE IF writer = p
                THEN writer' = NoOne /\ UNCHANGED readers
                ELSE UNCHANGED <<readers, writer>>

Next ==
    \E p \in Procs :
        \/ Request(p)
        \/ Enter(p)
        \/ Leave(p)

Spec == Init /\ [][Next]_vars

NoReadWhileWriting == writer /= NoOne => readers = {}

ActiveMatches ==
    \A p \in Procs : pc[p] = "active" <=> (p \in readers \/ p = writer)
=============================================================================
