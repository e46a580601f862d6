---------------------------- MODULE LamportClocks ----------------------------
\* Lamport logical clocks for processes exchanging messages.
EXTENDS Naturals

CONSTANTS Procs, MaxClock

VARIABLES clock, net

TypeOK ==
    /\ clock \in [Procs -> 0..MaxClock]
    /\ net \subseteq [from : Procs, to : Procs, ts : 1..MaxClock]

Init ==
    /\ clock = [p \in Procs |-> 0]
    /\ net = {}

Local(p) ==
    /\ clock[p] < MaxClock
    /\ clock' = [clock EXCEPT ![p] = @ + 1]
    /\ UNCHANGED net

SendMsg(p, q) ==
    /\ p /= q
    /\ clock[p] < MaxClock
    /\ LET ts == clock[p] + 1
       IN  /\ clock' = [clock EXCEPT ![p] = ts]
           /\ net' = net \cup {[from |-> p, to |-> q, ts |-> ts]}

Receive(p) ==
    \E m \in net :
        /\ m.to = p
        /\ LET t == IF m.ts > clock[p] THEN m.ts ELSE clock[p]
           IN  /\ t < MaxClock
               /\ clock' = [clock EXCEPT ![p] = t + 1]
               /\ net' = net \ {m}

Next ==
    \/ \E p \in Procs : Local(p)
     \/ \E s \in Procs, r \in Procs : SendMsg(s, r)
    \/ \E p \in Procs : Receive(p)

\* A message's timestamp never exceeds its sender's current clock.
SentInThePast == \A m \in net : m.ts <= clock[m.from]

NoSelfMessages == \A m \in net : m.from /= m.to
==============================================================================
