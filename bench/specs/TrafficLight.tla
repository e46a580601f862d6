---------------------------- MODULE TrafficLight ----------------------------
(* A crossing with a pedestrian button. Shape: CASE expressions.             *)
EXTENDS Naturals

CONSTANTS GreenTime

VARIABLES light, walk, button, timer

vars == <<light, walk, button, timer>>

Init == light = "red" /\ walk = TRUE /\ button = FALSE /\ timer = 0

Press == /\ ~button
         /\ button' = TRUE
         /\ UNCHANGED <<light, walk, timer>>

Tick == /\ timer < GreenTime
         /\ timer' = timer + 1
         /\ UNCHANGED <<light, walk, button>>

Change == /\ CASE light = "green"  -> timer = GreenTime \/ button
               [] light = "yellow" -> TRUE
               [] light = "red"    -> timer > 0
          /\ light' = CASE light = "green"  -> "yellow"
                        [] light = "yellow" -> "red"
                        [] light = "red"    -> "green"
          /\ walk' = (light' = "red")
          /\ button' = CASE light' = "red" -> FALSE
                         [] OTHER          -> button
          /\ timer' = 0

Next == Press \/ Tick \/ Change

Spec == Init /\ [][Next]_vars

TypeOK == /\ light \in {"red", "yellow", "green"}
          /\ walk \in BOOLEAN
          /\ button \in BOOLEAN
          /\ timer \in 0..GreenTime

\* Pedestrians walk only while the cars have red.
SafeWalk == walk => light = "red"
=============================================================================
