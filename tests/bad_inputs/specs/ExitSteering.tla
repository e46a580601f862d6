---- MODULE ExitSteering ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 5
Inv == TLCGet("level") < 3 \/ TLCSet("exit", TRUE)
====
