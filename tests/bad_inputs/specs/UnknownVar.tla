---- MODULE UnknownVar ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc == x < 3 /\ x' = x + 1
Dec == x > 0 /\ y' = x - 1
Next == Inc \/ Dec
====
