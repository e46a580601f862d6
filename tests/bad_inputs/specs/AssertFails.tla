---- MODULE AssertFails ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Inc == x < 3 /\ Assert(x < 2, "too big") /\ x' = x + 1
Dec == x > 0 /\ x' = x - 1
Next == Inc \/ Dec
====
