---- MODULE PrintFlood ----
EXTENDS Naturals, TLC
VARIABLE x
Big == [i \in 1..2000 |-> "flood flood flood flood flood flood"]
Init == x = 0
Next == x < 100000 /\ PrintT(Big) /\ x' = x + 1
====
