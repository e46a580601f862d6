-------------------- MODULE TrafficIntersection --------------------
(* A two-road crossroads with alternating greens and a pedestrian phase on request. *)
VARIABLES ns, ew, walk, button, next

vars == <<ns, ew, walk, button, next>>

Init == /\ ns = "red"
        /\ ew = "red"
        /\ walk = FALSE
        /\ button = FALSE
        /\ next = "ns"

Press == /\ ~button
         /\ ~walk
         /\ button' = TRUE
         /\ UNCHANGED <<ns, ew, walk, next>>

GreenNS == /\ ns = "red"
           /\ ew = "red"
           /\ ~walk
           /\ ~button
           /\ next = "ns"
           /\ ns' = "green"
           /\ next' = "ew"
           /\ UNCHANGED <<ew, walk, button>>

GreenEW == /\ ns = "red"
           /\ ew = "red"
           /\ ~walk
           /\ ~button
           /\ next = "ew"
           /\ ew' = "green"
           /\ next' = "ns"
           /\ UNCHANGED <<ns, walk, button>>

YellowNS == /\ ns = "green"
            /\ ns' = "yellow"
            /\ UNCHANGED <<ew, walk, button, next>>

RedNS == /\ ns = "yellow"
         /\ ns' = "red"
         /\ UNCHANGED <<ew, walk, button, next>>

YellowEW == /\ ew = "green"
            /\ ew' = "yellow"
            /\ UNCHANGED <<ns, walk, button, next>>

RedEW == /\ ew = "yellow"
         /\ ew' = "red"
         /\ UNCHANGED <<ns, walk, button, next>>

WalkOn == /\ ns = "red"
          /\ ew = "red"
          /\ button
          /\ walk' = TRUE
          /\ button' = FALSE
          /\ UNCHANGED <<ns, ew, next>>

WalkOff == /\ walk
           /\ walk' = FALSE
           /\ UNCHANGED <<ns, ew, button, next>>

Next == \/ Press \/ GreenNS \/ GreenEW \/ YellowNS \/ RedNS \/ YellowEW \/ RedEW
        \/ WalkOn \/ WalkOff

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ ns \in {"green", "yellow", "red"}
          /\ ew \in {"green", "yellow", "red"}
          /\ walk \in BOOLEAN
          /\ button \in BOOLEAN
          /\ next \in {"ns", "ew"}

\* Task template: At least one of the two roads is red at all times.
RoadsNotBothOpen == ns = "red" \/ ew = "red"

\* Task template: The walk signal is on only while both car lights are red.
WalkOnlyWhenAllRed == walk => (ns = "red" /\ ew = "red")
====================================================================
