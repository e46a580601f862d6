---- MODULE Thermostat ----
\* A bang-bang thermostat with hysteresis.
EXTENDS Integers

CONSTANTS MinT, MaxT, Low, High

ASSUME MinT < Low /\ Low < High /\ High < MaxT

VARIABLES temp, heater

TypeOK == temp \in MinT..MaxT /\ heater \in {"on", "off"}

Init == temp = Low /\ heater = "on"

Heat == heater = "on" /\ temp < High /\ temp' = temp + 1 /\ UNCHANGED heater

Cool == heater = "off" /\ temp > Low /\ temp' = temp - 1 /\ UNCHANGED heater

Switch ==
    /\ heater' = IF temp <= Low THEN "on"
                 ELSE IF temp >= High THEN "off"
                 ELSE heater
    /\ heater' /= heater
    /\ UNCHANGED temp

Next == Heat
        \/ Cool
        \/ Switch

\* The controller keeps the temperature within the band.
InBand == temp >= Low /\ temp <= High

NoOverheat == temp < MaxT
====
