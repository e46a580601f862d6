--------------------------- MODULE AlternatingBit ---------------------------
(***************************************************************************)
(* The alternating bit protocol over lossy FIFO channels. The sender       *)
(* transmits the values 1..Max in order, tagging each with a bit; the     *)
(* receiver acknowledges the bit of the last value it accepted.           *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Max, ChanCap

VARIABLES sbit, sv, rbit, received, msgChan, ackChan

vars == <<sbit, sv, rbit, received, msgChan, ackChan>>

TypeOK ==
    /\ sbit \in {0, 1}
    /\ rbit \in {0, 1}
    /\ sv \in 1..(Max + 1)
    /\ received \in Seq(1..Max)
    /\ msgChan \in Seq({0, 1} \X (1..Max))
    /\ ackChan \in Seq({0, 1})

Init ==
    /\ sbit = 0
    /\ sv = 1
    /\ rbit = 0
    /\ received = <<>>
    /\ msgChan = <<>>
    /\ ackChan = <<>>

SendMsg ==
    /\ sv <= Max
    /\ Len(msgChan) < ChanCap
    /\ msgChan' = Append(msgChan, <<sbit, sv>>)
    /\ UNCHANGED <<sbit, sv, rbit, received, ackChan>>

RcvMsg ==
    /\ msgChan /= <<>>
    /\ msgChan' = Tail(msgChan)
    /\ IF Head(msgChan)[1] = rbit
         THEN /\ received' = Append(received, Head(msgChan)[2])
              /\ rbit' = 1 - rbit
         ELSE UNCHANGED <<received, rbit>>
    /\ UNCHANGED <<sbit, sv, ackChan>>

SendAck ==
    /\ Len(ackChan) < ChanCap
    /\ ackChan' = Append(ackChan, 1 - rbit)
    /\ UNCHANGED <<sbit, sv, rbit, received, msgChan>>

RcvAck ==
    /\ ackChan /= <<>>
    /\ ackChan' = Tail(ackChan)
    /\ IF Head(ackChan) = sbit
         THEN /\ sbit' = 1 - sbit
              /\ sv' = sv + 1
         ELSE UNCHANGED <<sbit, sv>>
    /\ UNCHANGED <<rbit, received, msgChan>>

LoseMsg ==
    /\ msgChan /= <<>>
    /\ msgChan' = Tail(msgChan)
    /\ UNCHANGED <<sbit, sv, rbit, received, ackChan>>

LoseAck ==
    /\ ackChan /= <<>>
    /\ ackChan' = Tail(ackChan)
    /\ UNCHANGED <<sbit, sv, rbit, received, msgChan>>

Next == SendMsg \/ RcvMsg \/ LoseMsg
     \/ SendAck \/ RcvAck \/ LoseAck

Spec == Init /\ [][Next]_vars

\* The receiver gets the values in order, without gaps or duplicates.
InOrder == \A k \in 1..Len(received) : received[k] = k

\* The receiver is never more than one value ahead of the sender.
InStep == Len(received) \in {sv - 1, sv}
=============================================================================
