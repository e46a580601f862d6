-------------------- MODULE TicketLock --------------------
(* A ticket lock with counters modulo M. *)
EXTENDS Naturals, FiniteSets

CONSTANTS N, M

VARIABLES next, serving, ticket, pc

vars == <<next, serving, ticket, pc>>

Init == /\ next = 0
        /\ serving = 0
        /\ ticket = [t \in 1..N |-> 0]
        /\ pc = [t \in 1..N |-> "idle"]

TakeTicket(t) == /\ pc[t] = "idle"
                 /\ ticket' = [ticket EXCEPT ![t] = next]
                 /\ next' = (next + 1) % M
                 /\ pc' = [pc EXCEPT ![t] = "waiting"]
                 /\ UNCHANGED serving

Enter(t) == /\ pc[t] = "waiting"
            /\ ticket[t] = serving
            /\ pc' = [pc EXCEPT ![t] = "critical"]
            /\ UNCHANGED <<next, serving, ticket>>

Exit(t) == /\ pc[t] = "critical"
           /\ serving' = (serving + 1) % M
           /\ pc' = [pc EXCEPT ![t] = "idle"]
           /\ UNCHANGED <<next, ticket>>

Next == \E t \in 1..N : TakeTicket(t) \/ Enter(t) \/ Exit(t)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ next \in 0..M-1
          /\ serving \in 0..M-1
          /\ ticket \in [1..N -> 0..M-1]
          /\ pc \in [1..N -> {"idle", "waiting", "critical"}]

\* Task template: At most one thread is in the critical section.
MutualExclusion == \A s, t \in 1..N : (pc[s] = "critical" /\ pc[t] = "critical") => s = t

\* Task template: The thread in the critical section holds the ticket being served.
CriticalHoldsServedTicket == \A t \in 1..N : pc[t] = "critical" => ticket[t] = serving

\* Task template: Threads waiting or inside hold distinct tickets.
ActiveTicketsDistinct == \A s, t \in 1..N : (s # t /\ pc[s] # "idle" /\ pc[t] # "idle") => ticket[s] # ticket[t]

\* Task template: The number of threads waiting or inside is the distance from serving to next.
QueueLengthMatchesCounters == Cardinality({t \in 1..N : pc[t] # "idle"}) = (next + M - serving) % M
===========================================================
