------------------------- MODULE ConnectionHandshake -------------------------
(* A TCP-style three-way handshake between one client and one server. The *)
(* network is a set of message types that have been sent and not lost.    *)
EXTENDS Naturals

CONSTANT MaxAttempts

VARIABLES cstate, sstate, net, attempts

vars == <<cstate, sstate, net, attempts>>

TypeOK ==
    /\ cstate \in {"closed", "syn_sent", "established"}
    /\ sstate \in {"listen", "syn_rcvd", "established"}
    /\ net \subseteq {"SYN", "SYNACK", "ACK"}
    /\ attempts \in 0..MaxAttempts

Init ==
    /\ cstate = "closed"
    /\ sstate = "listen"
    /\ net = {}
    /\ attempts = 0

Next ==
    /\ cstate \in {"closed", "syn_sent"}
    /\ attempts < MaxAttempts
    /\ cstate' = "syn_sent"
    /\ net' = net \cup {"SYN"}
    /\ attempts' = attempts + 1
    /\ UNCHANGED sstate
 \/ /\ sstate = "listen"
    /\ "SYN" \in net
    /\ sstate' = "syn_rcvd"
    /\ net' = (net \ {"SYN"}) \cup {"SYNACK"}
    /\ UNCHANGED <<cstate, attempts>>
 \/ /\ cstate = "syn_sent"
    /\ "SYNACK" \in net
    /\ cstate' = "established"
    /\ net' = (net \ {"SYNACK"}) \cup {"ACK"}
    /\ UNCHANGED <<sstate, attempts>>
 \/ /\ sstate = "syn_rcvd"
    /\ "ACK" \in net
    /\ sstate' = "established"
    /\ net' = net \ {"ACK"}
    /\ UNCHANGED <<cstate, attempts>>
 \/ /\ net /= {}
    /\ \E m \in net : net' = net \ {m}
    /\ UNCHANGED <<cstate, sstate, attempts>>

Spec == Init /\ [][Next]_vars

\* The server only completes the handshake after the client has.
ServerAfterClient == sstate = "established" => cstate = "established"

ClientEstablishedNeedsServer == cstate = "established" => sstate \in {"syn_rcvd", "established"}
==============================================================================
