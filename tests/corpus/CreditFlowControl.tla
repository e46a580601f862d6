-------------------------- MODULE CreditFlowControl --------------------------
\* Credit-based flow control: the sender may only have Window packets
\* outstanding; the receiver returns a credit for each packet it consumes.
EXTENDS Naturals

CONSTANTS Window, Total

VARIABLES credits, inflight, buffer, delivered

TypeOK ==
    credits \in 0..Window /\ inflight \in 0..Window /\
    buffer \in 0..Window /\ delivered \in 0..Total

InitState ==
    /\ credits = Window
    /\ inflight = 0
    /\ buffer = 0
    /\ delivered = 0

SendPacket ==
    /\ credits > 0
    /\ delivered + buffer + inflight < Total
    /\ credits' = credits - 1
    /\ inflight' = inflight + 1
    /\ UNCHANGED <<buffer, delivered>>

ArrivePacket ==
    /\ inflight > 0
    /\ inflight' = inflight - 1
    /\ buffer' = buffer + 1
    /\ UNCHANGED <<credits, delivered>>

ConsumePacket ==
    /\ buffer > 0
    /\ buffer' = buffer - 1
    /\ delivered' = delivered + 1
    /\ credits' = credits + 1
    /\ UNCHANGED inflight

Step ==
    \/ SendPacket      \* sender side
    \/ ArrivePacket    \* network
    \/ ConsumePacket   \* receiver side

CreditsConserved == credits + inflight + buffer = Window

NoBufferOverflow == buffer <= Window
==============================================================================
