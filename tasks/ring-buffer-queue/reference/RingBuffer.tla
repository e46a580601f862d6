-------------------- MODULE RingBuffer --------------------
(* A bounded FIFO queue in a ring buffer, with the abstract queue it represents. *)
EXTENDS Naturals, Sequences

CONSTANTS Cap, Vals

VARIABLES buf, head, tail, count, contents

vars == <<buf, head, tail, count, contents>>

Init == /\ buf = [i \in 0..Cap-1 |-> 0]
        /\ head = 0
        /\ tail = 0
        /\ count = 0
        /\ contents = <<>>

Enqueue(v) == /\ count < Cap
              /\ buf' = [buf EXCEPT ![tail] = v]
              /\ tail' = (tail + 1) % Cap
              /\ count' = count + 1
              /\ contents' = Append(contents, v)
              /\ UNCHANGED head

Dequeue == /\ count > 0
           /\ buf' = [buf EXCEPT ![head] = 0]
           /\ head' = (head + 1) % Cap
           /\ count' = count - 1
           /\ contents' = Tail(contents)
           /\ UNCHANGED tail

Next == Dequeue \/ \E v \in Vals : Enqueue(v)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ buf \in [0..Cap-1 -> Vals \cup {0}]
          /\ head \in 0..Cap-1
          /\ tail \in 0..Cap-1
          /\ count \in 0..Cap
          /\ contents \in Seq(Vals)

\* Task template: The element count equals the length of the abstract queue.
CountMatchesQueue == count = Len(contents)

\* Task template: The write index is always count slots after the read index.
TailFollowsHead == tail = (head + count) % Cap

\* Task template: Reading the slots from head on gives the abstract queue, in order.
BufferMatchesQueue == \A i \in 1..Len(contents) : buf[(head + i - 1) % Cap] = contents[i]

\* Task template: Slots not holding an element are cleared.
FreeSlotsCleared == \A i \in (count + 1)..Cap : buf[(head + i - 1) % Cap] = 0
===========================================================
