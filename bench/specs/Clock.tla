------------------------------- MODULE Clock -------------------------------
(* A clock with alarms. Its state space is infinite (ticks grows forever);  *)
(* only the config's CONSTRAINT bounds what TLC explores.                    *)
EXTENDS Naturals, Sequences

VARIABLES ticks, alarms, rung

vars == <<ticks, alarms, rung>>

Init == ticks = 0 /\ alarms = {} /\ rung = <<>>

Tick == /\ ticks' = ticks + 1
        /\ UNCHANGED <<alarms, rung>>

SetAlarm == /\ \E d \in 1..2 : alarms' = alarms \cup {ticks + d}
            /\ UNCHANGED <<ticks, rung>>

Ring == /\ ticks \in alarms
        /\ alarms' = alarms \ {ticks}
        /\ rung' = Append(rung, ticks)
        /\ UNCHANGED ticks

Next == Tick \/ SetAlarm \/ Ring

Spec == Init /\ [][Next]_vars

Bound == ticks <= 5

TypeOK == /\ ticks \in Nat
          /\ alarms \subseteq Nat
          /\ rung \in Seq(Nat)

\* An alarm rings at its own time, never early.
RangOnTime == \A i \in DOMAIN rung : rung[i] <= ticks
=============================================================================
