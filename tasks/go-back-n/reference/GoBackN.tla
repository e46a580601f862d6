-------------------- MODULE GoBackN --------------------
(* Go-Back-N over lossy, reordering channels: cumulative acks, resend of the whole window. *)
EXTENDS Naturals, Sequences

CONSTANTS N, W

VARIABLES base, nextSeq, expected, delivered, dataChan, ackChan

vars == <<base, nextSeq, expected, delivered, dataChan, ackChan>>

Init == /\ base = 1
        /\ nextSeq = 1
        /\ expected = 1
        /\ delivered = <<>>
        /\ dataChan = {}
        /\ ackChan = {}

\* Send a new message while the window has room.
Send == /\ nextSeq <= N
        /\ nextSeq < base + W
        /\ dataChan' = dataChan \cup {nextSeq}
        /\ nextSeq' = nextSeq + 1
        /\ UNCHANGED <<base, expected, delivered, ackChan>>

\* Timer expiry: resend every outstanding message.
Timeout == /\ base < nextSeq
           /\ dataChan' = dataChan \cup (base..(nextSeq - 1))
           /\ UNCHANGED <<base, nextSeq, expected, delivered, ackChan>>

\* The receiver takes the message it waits for and acknowledges the next one.
Accept(m) == /\ m \in dataChan
             /\ m = expected
             /\ dataChan' = dataChan \ {m}
             /\ delivered' = Append(delivered, m)
             /\ expected' = expected + 1
             /\ ackChan' = ackChan \cup {expected + 1}
             /\ UNCHANGED <<base, nextSeq>>

\* Out-of-order or duplicate message: thrown away, the current expectation re-acknowledged.
Discard(m) == /\ m \in dataChan
              /\ m # expected
              /\ dataChan' = dataChan \ {m}
              /\ ackChan' = ackChan \cup {expected}
              /\ UNCHANGED <<base, nextSeq, expected, delivered>>

\* A cumulative ack slides the window (a stale one changes nothing).
RecvAck(a) == /\ a \in ackChan
              /\ ackChan' = ackChan \ {a}
              /\ base' = IF a > base THEN a ELSE base
              /\ UNCHANGED <<nextSeq, expected, delivered, dataChan>>

LoseData(m) == /\ m \in dataChan
               /\ dataChan' = dataChan \ {m}
               /\ UNCHANGED <<base, nextSeq, expected, delivered, ackChan>>

LoseAck(a) == /\ a \in ackChan
              /\ ackChan' = ackChan \ {a}
              /\ UNCHANGED <<base, nextSeq, expected, delivered, dataChan>>

Next == \/ Send
        \/ Timeout
        \/ (\E m \in 1..N : Accept(m) \/ Discard(m) \/ LoseData(m))
        \/ (\E a \in 1..(N + 1) : RecvAck(a) \/ LoseAck(a))

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ base \in 1..N+1
          /\ nextSeq \in 1..N+1
          /\ expected \in 1..N+1
          /\ delivered \in Seq(1..N)
          /\ dataChan \in SUBSET (1..N)
          /\ ackChan \in SUBSET (1..N+1)

\* Task template: The receiver delivers the messages in order, with no gap and no duplicate.
InOrderDelivery == \A i \in 1..Len(delivered) : delivered[i] = i

\* Task template: The receiver expects exactly the message after the last one it delivered.
ExpectedFollowsDelivered == expected = Len(delivered) + 1

\* Task template: The sender never considers a message acknowledged that the receiver has not delivered.
AckedWereReceived == base <= expected

\* Task template: The sender never has more than W messages outstanding.
WindowRespected == base <= nextSeq /\ nextSeq <= base + W
========================================================
