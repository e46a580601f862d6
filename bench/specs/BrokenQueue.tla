----------------------------- MODULE BrokenQueue -----------------------------
(* A producer/consumer queue whose Consume forgets its emptiness guard:     *)
(* TLC raises an error (Head of the empty sequence) in that one action.     *)
EXTENDS Naturals, Sequences

CONSTANTS Capacity

VARIABLES queue, produced, consumed

vars == <<queue, produced, consumed>>

Init == queue = <<>> /\ produced = 0 /\ consumed = 0

Produce == /\ Len(queue) < Capacity
           /\ produced < 3
           /\ queue' = Append(queue, produced)
           /\ produced' = produced + 1
           /\ UNCHANGED consumed

\* Missing: /\ queue # <<>>
Consume == /\ consumed < produced + 1
           /\ consumed' = Head(queue) + 1
           /\ queue' = Tail(queue)
           /\ UNCHANGED produced

Reset == /\ produced = 3
         /\ queue = <<>>
         /\ produced' = 0 /\ consumed' = 0
         /\ UNCHANGED queue

Next == Produce \/ Consume \/ Reset

Spec == Init /\ [][Next]_vars

TypeOK == /\ queue \in Seq(0..2)
          /\ Len(queue) <= Capacity
          /\ produced \in 0..3
          /\ consumed \in 0..3

InOrder == consumed <= produced
=============================================================================
