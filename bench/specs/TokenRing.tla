------------------------------ MODULE TokenRing ------------------------------
(* A token passed around a ring; a node may keep it for a few rounds.        *)
(* Shape: Next as \E over a set of nodes.                                    *)
EXTENDS Naturals

CONSTANTS N, MaxHold

VARIABLES token, held, passes

vars == <<token, held, passes>>

Nodes == 0..(N - 1)

Init == token = 0 /\ held = [n \in Nodes |-> 0] /\ passes = 0

Keep(n) == /\ token = n
           /\ held[n] < MaxHold
           /\ held' = [held EXCEPT ![n] = @ + 1]
           /\ UNCHANGED <<token, passes>>

Pass(n) == /\ token = n
           /\ token' = (n + 1) % N
           /\ held' = [held EXCEPT ![n] = 0]
           /\ passes' = (passes + 1) % N

Next == \E n \in Nodes : Keep(n) \/ Pass(n)

Spec == Init /\ [][Next]_vars

TypeOK == /\ token \in Nodes
          /\ held \in [Nodes -> 0..MaxHold]
          /\ passes \in Nodes

\* Only the token holder has held it at all.
OnlyHolderHolds == \A n \in Nodes : held[n] > 0 => n = token
=============================================================================
