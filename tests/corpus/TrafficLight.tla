---------------------------- MODULE TrafficLight ----------------------------
\* Two-way intersection controller with an all-red phase between greens and
\* a pedestrian button that is served during the all-red phase.
VARIABLES ns, ew, turn, request

vars == <<ns, ew, turn, request>>

Colors == {"green", "yellow", "red"}

TypeOK == ns \in Colors /\ ew \in Colors /\ turn \in {"NS", "EW"} /\ request \in BOOLEAN

Init == ns = "green" /\ ew = "red" /\ turn = "EW" /\ request = FALSE

Step ==
    CASE ns = "green"  -> ns' = "yellow" /\ UNCHANGED <<ew, turn, request>>
      [] ns = "yellow" -> ns' = "red"    /\ UNCHANGED <<ew, turn, request>>
      [] ew = "green"  -> ew' = "yellow" /\ UNCHANGED <<ns, turn, request>>
      [] ew = "yellow" -> ew' = "red"    /\ UNCHANGED <<ns, turn, request>>
      [] OTHER ->
            IF turn = "NS"
              THEN ns' = "green" /\ turn' = "EW" /\ request' = FALSE /\ UNCHANGED ew
              ELSE ew' = "green" /\ turn' = "NS" /\ request' = FALSE /\ UNCHANGED ns

PressButton == ~request /\ request' = TRUE /\ UNCHANGED <<ns, ew, turn>>

Next == Step \/ PressButton

Spec == Init /\ [][Next]_vars

\* Never green or yellow in both directions at once.
Safe == ns = "red" \/ ew = "red"
=============================================================================
