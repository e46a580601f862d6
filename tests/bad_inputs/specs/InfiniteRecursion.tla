---- MODULE InfiniteRecursion ----
EXTENDS Naturals
VARIABLE x
RECURSIVE F(_)
F(n) == F(n + 1)
Init == x = 0
Next == x' = F(x)
====
