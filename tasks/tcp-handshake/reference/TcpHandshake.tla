-------------------- MODULE TcpHandshake --------------------
(* Three-way handshake over a lossy network, with retransmission and an abstract close. *)
VARIABLES client, server, net

vars == <<client, server, net>>

Init == client = "closed" /\ server = "listen" /\ net = {}

Connect == /\ client = "closed"
           /\ client' = "syn_sent"
           /\ net' = net \cup {"SYN"}
           /\ UNCHANGED server

ClientResendSyn == /\ client = "syn_sent"
                   /\ net' = net \cup {"SYN"}
                   /\ UNCHANGED <<client, server>>

ServerRecvSyn == /\ "SYN" \in net
                 /\ server = "listen"
                 /\ server' = "syn_rcvd"
                 /\ net' = (net \ {"SYN"}) \cup {"SYNACK"}
                 /\ UNCHANGED client

ServerDropStaleSyn == /\ "SYN" \in net
                      /\ server # "listen"
                      /\ net' = net \ {"SYN"}
                      /\ UNCHANGED <<client, server>>

ServerResendSynAck == /\ server = "syn_rcvd"
                      /\ net' = net \cup {"SYNACK"}
                      /\ UNCHANGED <<client, server>>

\* First SYNACK or a retransmitted one: (re)send the ACK.
ClientRecvSynAck == /\ "SYNACK" \in net
                    /\ client \in {"syn_sent", "established"}
                    /\ client' = "established"
                    /\ net' = (net \ {"SYNACK"}) \cup {"ACK"}
                    /\ UNCHANGED server

ServerRecvAck == /\ "ACK" \in net
                 /\ server \in {"syn_rcvd", "established"}
                 /\ server' = "established"
                 /\ net' = net \ {"ACK"}
                 /\ UNCHANGED client

Lose(p) == /\ p \in net
           /\ net' = net \ {p}
           /\ UNCHANGED <<client, server>>

\* Teardown, abstracted to one step: both ends back to their initial states.
Close == /\ client = "established"
         /\ server = "established"
         /\ client' = "closed"
         /\ server' = "listen"
         /\ net' = {}

Next == \/ Connect \/ ClientResendSyn \/ ServerRecvSyn \/ ServerDropStaleSyn
        \/ ServerResendSynAck \/ ClientRecvSynAck \/ ServerRecvAck \/ Close
        \/ \E p \in {"SYN", "SYNACK", "ACK"} : Lose(p)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ client \in {"closed", "syn_sent", "established"}
          /\ server \in {"listen", "syn_rcvd", "established"}
          /\ net \in SUBSET {"SYN", "SYNACK", "ACK"}

\* Task template: The server is never established while the client is not.
ServerOpenImpliesClientOpen == server = "established" => client = "established"

\* Task template: An ACK in flight was sent by a client that considers the connection established.
AckOnlyFromEstablishedClient == "ACK" \in net => client = "established"

\* Task template: A SYNACK in flight was sent by a server that has left LISTEN.
SynAckOnlyFromAwakeServer == "SYNACK" \in net => server # "listen"

\* Task template: While the client is closed, the server listens and nothing is in flight.
ClosedClientMeansIdle == client = "closed" => (server = "listen" /\ net = {})
=============================================================
