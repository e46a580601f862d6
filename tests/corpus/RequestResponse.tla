-------------------------- MODULE RequestResponse --------------------------
(* Clients send numbered requests to a server over an unordered network. A *)
(* client has at most one request in flight at a time.                     *)
EXTENDS Naturals, FiniteSets

CONSTANTS Clients, MaxReq

VARIABLES msgs, served, outstanding

vars == <<msgs, served, outstanding>>

Messages ==
    [kind : {"req"}, from : Clients, id : 1..MaxReq]
        \cup [kind : {"resp"}, to : Clients, id : 1..MaxReq]

\* Helpers that change the network.
Send(m) == msgs' = msgs \cup {m}
Discard(m) == msgs' = msgs \ {m}
Reply(req, resp) == msgs' = (msgs \ {req}) \cup {resp}

TypeOK ==
    /\ msgs \subseteq Messages
    /\ served \in [Clients -> 0..MaxReq]
    /\ outstanding \in [Clients -> BOOLEAN]

Init ==
    /\ msgs = {}
    /\ served = [c \in Clients |-> 0]
    /\ outstanding = [c \in Clients |-> FALSE]

SendRequest(c) ==
    /\ ~outstanding[c]
    /\ served[c] < MaxReq
    /\ Send([kind |-> "req", from |-> c, id |-> served[c] + 1])
    /\ outstanding' = [outstanding EXCEPT ![c] = TRUE]
    /\ UNCHANGED served

Next ==
    \/ \E c \in Clients : SendRequest(c)
    \/ \E m \in msgs :
          /\ m.kind = "req"
          /\ Reply(m, [kind |-> "resp", to |-> m.from, id |-> m.id])
          /\ UNCHANGED <<served, outstanding>>
    \/ \E m \in msgs :
          /\ m.kind = "resp"
          /\ Discard(m)
          /\ served' = [served EXCEPT ![m.to] = m.id]
          /\ outstanding' = [outstanding EXCEPT ![m.to] = FALSE]

Spec == Init /\ [][Next]_vars

InFlight(c) == {m \in msgs : (m.kind = "req" /\ m.from = c) \/ (m.kind = "resp" /\ m.to = c)}

AtMostOneInFlight == \A c \in Clients : Cardinality(InFlight(c)) <= 1

OutstandingMatchesNetwork == \A c \in Clients : outstanding[c] <=> InFlight(c) /= {}
=============================================================================
