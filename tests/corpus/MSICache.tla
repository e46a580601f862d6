------------------------------ MODULE MSICache ------------------------------
(* MSI cache coherence for a single memory line shared by several caches. *)
EXTENDS Naturals

CONSTANTS Caches, Values

VARIABLES cstate, cval, mem

TypeOK == /\ \A c \in Caches : cstate[c] \in {"M", "S", "I"}
          /\ cval \in [Caches -> Values]
          /\ mem \in Values

Init == /\ cstate = [c \in Caches |-> "I"]
        /\ cval = [c \in Caches |-> CHOOSE v \in Values : TRUE]
        /\ mem = CHOOSE v \in Values : TRUE

Owners == {d \in Caches : cstate[d] = "M"}

Read(c) ==
    /\ cstate[c] = "I"
    /\ LET data == IF Owners = {} THEN mem ELSE cval[CHOOSE d \in Owners : TRUE]
       IN  /\ cval' = [cval EXCEPT ![c] = data]
           /\ mem' = data
    /\ cstate' = [d \in Caches |->
                    CASE d = c           -> "S"
                      [] cstate[d] = "M" -> "S"
                      [] OTHER           -> cstate[d]]

Write(c, v) ==
    /\ mem' = CASE cstate[c] = "M" -> mem
                [] Owners /= {}    -> cval[CHOOSE d \in Owners : TRUE]
                [] OTHER           -> mem
    /\ cval' = [cval EXCEPT ![c] = v]
    /\ cstate' = [d \in Caches |-> IF d = c THEN "M" ELSE "I"]

Evict(c) ==
    /\ cstate[c] /= "I"
    /\ mem' = IF cstate[c] = "M" THEN cval[c] ELSE mem
    /\ cstate' = [cstate EXCEPT ![c] = "I"]
    /\ UNCHANGED cval

Next == \E c \in Caches : Read(c) \/ Evict(c) \/ \E v \in Values : Write(c, v)

SingleWriter == \A c, d \in Caches : (cstate[c] = "M" /\ c /= d) => cstate[d] = "I"

SharedIsClean == \A c \in Caches : cstate[c] = "S" => cval[c] = mem
=============================================================================
