------------------------------ MODULE Elevator ------------------------------
(* One elevator serving requested floors. Shape: Next as a bulleted \/ list. *)
EXTENDS Naturals

CONSTANTS Floors

VARIABLES floor, door, requests

vars == <<floor, door, requests>>

FloorSet == 1..Floors

Init == /\ floor = 1
        /\ door = "closed"
        /\ requests = {}

\* A call button: a floor whose door is open right now is already served.
Request(f) == /\ f \notin requests
              /\ ~(door = "open" /\ f = floor)
              /\ requests' = requests \cup {f}
              /\ UNCHANGED <<floor, door>>

MoveUp == /\ door = "closed"
          /\ floor \notin requests
          /\ \E f \in requests : f > floor
          /\ floor' = floor + 1
          /\ UNCHANGED <<door, requests>>

MoveDown == /\ door = "closed"
            /\ floor \notin requests
            /\ \E f \in requests : f < floor
            /\ floor' = floor - 1
            /\ UNCHANGED <<door, requests>>

Open == /\ door = "closed"
        /\ floor \in requests
        /\ door' = "open"
        /\ requests' = requests \ {floor}
        /\ UNCHANGED floor

Close == /\ door = "open"
         /\ door' = "closed"
         /\ UNCHANGED <<floor, requests>>

Next ==
    \/ \E f \in FloorSet : Request(f)
    \/ MoveUp
    \/ MoveDown
    \/ Open
    \/ Close

Spec == Init /\ [][Next]_vars /\ WF_vars(MoveUp \/ MoveDown \/ Open \/ Close)

TypeOK == /\ floor \in FloorSet
          /\ door \in {"open", "closed"}
          /\ requests \subseteq FloorSet

\* The floor being served is never still requested while the door is open.
ServedFloor == door = "open" => floor \notin requests
=============================================================================
