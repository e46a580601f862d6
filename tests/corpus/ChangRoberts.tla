---------------------------- MODULE ChangRoberts ----------------------------
(* Chang-Roberts leader election on a unidirectional ring. Every node sends *)
(* its identifier to its successor; a node forwards identifiers larger than *)
(* its own and swallows smaller ones. The node that gets its own identifier *)
(* back is the leader.                                                      *)
EXTENDS Naturals, Sequences, FiniteSets

Ids == <<30, 10, 40, 20>>     \* Ids[n] is the identifier of node n

N == Len(Ids)
Nodes == 1..N
IdSet == {Ids[n] : n \in Nodes}
MaxId == CHOOSE i \in IdSet : \A j \in IdSet : i >= j

Succ(n) == IF n = N THEN 1 ELSE n + 1

VARIABLES msgs, state, elected

vars == <<msgs, state, elected>>

TypeOK ==
    /\ msgs \subseteq (Nodes \X IdSet)
    /\ state \in [Nodes -> {"candidate", "lost", "leader"}]
    /\ elected \in BOOLEAN

Init ==
    /\ msgs = {<<Succ(n), Ids[n]>> : n \in Nodes}
    /\ state = [n \in Nodes |-> "candidate"]
    /\ elected = FALSE

\* Node m[1] receives identifier m[2].
Handle(m) ==
    LET n  == m[1]
        id == m[2]
    IN  IF id > Ids[n]
          THEN /\ msgs' = (msgs \ {m}) \cup {<<Succ(n), id>>}
               /\ state' = [state EXCEPT ![n] = "lost"]
               /\ UNCHANGED elected
          ELSE IF id < Ids[n]
                 THEN /\ msgs' = msgs \ {m}
                      /\ UNCHANGED <<state, elected>>
                 ELSE /\ msgs' = msgs \ {m}
                      /\ state' = [state EXCEPT ![n] = "leader"]
                      /\ UNCHANGED elected

Announce ==
    /\ ~elected
    /\ \E n \in Nodes : state[n] = "leader"
    /\ elected' = TRUE
    /\ UNCHANGED <<msgs, state>>

\* Keep stuttering once the leader is known, so TLC does not report a deadlock.
Done ==
    /\ elected
    /\ UNCHANGED vars

Next ==
    \/ \E m \in msgs : Handle(m)
    \/ Announce
    \/ Done

Spec == Init /\ [][Next]_vars

AtMostOneLeader ==
    \A a, b \in Nodes : state[a] = "leader" /\ state[b] = "leader" => a = b

LeaderHasMaxId ==
    \A n \in Nodes : state[n] = "leader" => Ids[n] = MaxId

ElectedMeansLeader == elected => \E n \in Nodes : state[n] = "leader"
=============================================================================
