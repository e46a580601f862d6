---- MODULE AssumeError ----
EXTENDS Naturals
VARIABLE x
ASSUME 1 \div 0 = 1
Init == x = 0
Inc == x < 3 /\ x' = x + 1
Dec == x > 0 /\ x' = x - 1
Next == Inc \/ Dec
====
