---- MODULE HugeSets ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = Cardinality(SUBSET (1..40)) % 3
====
