-------------------------- MODULE HeartbeatMonitor --------------------------
\* A failure detector: a node that misses MaxMissed heartbeats in a row is
\* suspected; a heartbeat clears the suspicion. Crashes can be switched off
\* with the CrashAllowed constant.
EXTENDS Naturals

CONSTANTS Nodes, MaxMissed, CrashAllowed

VARIABLES status, missed, suspected

vars == <<status, missed, suspected>>

TypeOK ==
    /\ status \in [Nodes -> {"up", "crashed"}]
    /\ missed \in [Nodes -> 0..MaxMissed]
    /\ suspected \subseteq Nodes

Init ==
    /\ status = [n \in Nodes |-> "up"]
    /\ missed = [n \in Nodes |-> 0]
    /\ suspected = {}

Heartbeat(n) ==
    /\ status[n] = "up"
    /\ missed' = [missed EXCEPT ![n] = 0]
    /\ suspected' = suspected \ {n}
    /\ UNCHANGED status

Miss(n) ==
    /\ missed[n] < MaxMissed
    /\ missed' = [missed EXCEPT ![n] = @ + 1]
    /\ suspected' = IF missed[n] + 1 = MaxMissed THEN suspected \cup {n} ELSE suspected
    /\ UNCHANGED status

Crash(n) ==
    /\ CrashAllowed
    /\ status[n] = "up"
    /\ status' = [status EXCEPT ![n] = "crashed"]
    /\ UNCHANGED <<missed, suspected>>

Recover(n) ==
    /\ status[n] = "crashed"
    /\ status' = [status EXCEPT ![n] = "up"]
    /\ missed' = [missed EXCEPT ![n] = 0]
    /\ suspected' = suspected \ {n}

Next ==
    \/ \E n \in Nodes : Heartbeat(n)
    \/ \E n \in Nodes : Miss(n)
    \/ \E n \in Nodes : Crash(n)
    \/ \E n \in Nodes : Recover(n)

Spec == Init /\ [][Next]_vars

SuspectedMeansMissed == \A n \in suspected : missed[n] = MaxMissed

NotSuspectedMeansFresh == \A n \in Nodes \ suspected : missed[n] < MaxMissed
=============================================================================
