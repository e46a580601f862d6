---- MODULE SemanticError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc == x < 3 /\ x' = x + Undefined
Dec == x > 0 /\ x' = x - 1
Next == Inc \/ Dec
====
