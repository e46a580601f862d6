---- MODULE NoInit ----
EXTENDS Naturals
VARIABLE x
Next == x' = x
====
