-------------------------- MODULE ProducerConsumer --------------------------
(* A bounded buffer between one producer and one consumer. The producer     *)
(* stops after Limit items so that the state space is finite.              *)
EXTENDS Naturals, Sequences

CONSTANTS Capacity, Items, Limit

VARIABLES buffer, produced, consumed

TypeOK ==
    /\ buffer \in Seq(Items)
    /\ Len(buffer) <= Capacity
    /\ produced \in 0..Limit
    /\ consumed \in 0..Limit

Init ==
    /\ buffer = <<>>
    /\ produced = 0
    /\ consumed = 0

Produce ==
    \E item \in Items :
        LET newBuffer == Append(buffer, item)
            full      == Len(buffer) = Capacity
        IN  /\ ~full
            /\ produced < Limit
            /\ buffer' = newBuffer
            /\ produced' = produced + 1
            /\ UNCHANGED consumed

Consume ==
    /\ buffer /= <<>>
    /\ buffer' = Tail(buffer)
    /\ consumed' = consumed + 1
    /\ UNCHANGED produced

Next == Produce \/ Consume

\* Every produced item is either in the buffer or has been consumed.
Conservation == produced = consumed + Len(buffer)

NoOverflow == Len(buffer) <= Capacity
=============================================================================
