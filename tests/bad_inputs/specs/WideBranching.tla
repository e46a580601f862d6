---- MODULE WideBranching ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' \in 0..1000000
====
