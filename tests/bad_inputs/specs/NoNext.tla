---- MODULE NoNext ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
====
