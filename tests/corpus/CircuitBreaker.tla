--------------------------- MODULE CircuitBreaker ---------------------------
(* A circuit breaker in front of an unreliable service. After Threshold     *)
(* consecutive failures it opens; after a cooldown it lets one trial call   *)
(* through (half-open) and closes again if that call succeeds.              *)
EXTENDS Naturals

CONSTANTS Threshold, MaxCalls

VARIABLES state, failures, calls

TypeOK == state \in {"closed", "open", "half_open"} /\ failures \in 0..Threshold /\ calls \in 0..MaxCalls

Init == state = "closed" /\ failures = 0 /\ calls = 0

Call ==
    /\ calls < MaxCalls
    /\ calls' = calls + 1
    /\ \E ok \in BOOLEAN :
          IF state = "closed" /\ ok THEN
              state' = "closed" /\ failures' = 0
          ELSE IF state = "closed" /\ failures + 1 = Threshold THEN
              state' = "open" /\ failures' = Threshold
          ELSE IF state = "closed" THEN
              state' = "closed" /\ failures' = failures + 1
          ELSE IF state = "half_open" /\ ok THEN
              state' = "closed" /\ failures' = 0
          ELSE IF state = "half_open" THEN
              state' = "open" /\ failures' = Threshold
          ELSE
              UNCHANGED <<state, failures>>   \* open: the call is rejected

Cooldown ==
    /\ state = "open"
    /\ state' = "half_open"
    /\ UNCHANGED <<failures, calls>>

\* Manual override for when the failure counter overshoots.
ForceOpen ==
    /\ failures > Threshold
    /\ state' = "open"
    /\ UNCHANGED <<failures, calls>>

Next == Call \/ Cooldown \/ ForceOpen

OpenMeansTripped == state \in {"open", "half_open"} => failures = Threshold

ClosedBelowThreshold == state = "closed" => failures < Threshold
=============================================================================
