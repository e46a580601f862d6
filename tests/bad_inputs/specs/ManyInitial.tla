---- MODULE ManyInitial ----
EXTENDS Naturals
VARIABLE x
Init == x \in 0..500000
Next == x' = x
====
