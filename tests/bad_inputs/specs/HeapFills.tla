---- MODULE HeapFills ----
\* One step with 100,000 successors of 2,000 numbers each: TLC builds the whole set before it
\* generates a successor, so no state budget stops it; the JVM's heap fills up.
EXTENDS Naturals
VARIABLE x
Init == x = <<>>
Next == x' \in {[i \in 1..2000 |-> k] : k \in 1..100000}
====
