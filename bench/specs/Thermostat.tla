----------------------------- MODULE Thermostat -----------------------------
(* A heater under a thermostat with a hysteresis band. Shape: IF chains.     *)
EXTENDS Integers

CONSTANTS Low, High, Min, Max

VARIABLES temp, heater, mode

vars == <<temp, heater, mode>>

Init == temp = Low /\ heater = "off" /\ mode = "auto"

Control == /\ mode = "auto"
           /\ heater' = IF temp < Low THEN "on"
                        ELSE IF temp > High THEN "off"
                        ELSE heater
           /\ heater' # heater
           /\ UNCHANGED <<temp, mode>>

Drift == /\ temp' = IF heater = "on"
                       THEN IF temp < Max THEN temp + 1 ELSE temp
                       ELSE IF temp > Min THEN temp - 1
                       ELSE temp
         /\ temp' # temp
         /\ UNCHANGED <<heater, mode>>

SetMode(m) == /\ m # mode
              /\ mode' = m
              /\ heater' = IF m = "off" THEN "off"
                           ELSE IF m = "boost" THEN "on"
                           ELSE heater
              /\ UNCHANGED temp

Next == Control \/ Drift \/ \E m \in {"auto", "boost", "off"} : SetMode(m)

Spec == Init /\ [][Next]_vars

TypeOK == /\ temp \in Min..Max
          /\ heater \in {"on", "off"}
          /\ mode \in {"auto", "boost", "off"}

\* Switched off, the heater stays off.
OffMeansOff == mode = "off" => heater = "off"
=============================================================================
