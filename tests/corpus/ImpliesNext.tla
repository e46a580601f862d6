---- MODULE ImpliesNext ----
\* A wrapping counter whose Next is written with => between its cases: one action for TLC.
EXTENDS Naturals
CONSTANT Top
VARIABLES x, steps
TypeOK == x \in 0..Top /\ steps \in 0..8
Init == x = 0 /\ steps = 0
Next == /\ steps < 8 => /\ x < Top => x' = x + 1
                        /\ x = Top => x' = 0
                        /\ steps' = steps + 1
        /\ steps = 8 => UNCHANGED <<x, steps>>
Spec == Init /\ [][Next]_<<x, steps>>
InStep == x = steps % (Top + 1)
====
