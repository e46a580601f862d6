-------------------- MODULE MsiCoherence --------------------
(* MSI coherence for one block over an atomic snooping bus, write-back memory. *)
CONSTANTS Caches, Vals

VARIABLES cstate, data, mem, last

vars == <<cstate, data, mem, last>>

Init == /\ cstate = [c \in Caches |-> "I"]
        /\ data = [c \in Caches |-> 0]
        /\ mem = 0
        /\ last = 0

ReadFromMemory(c) == /\ cstate[c] = "I"
                     /\ \A o \in Caches : cstate[o] # "M"
                     /\ cstate' = [cstate EXCEPT ![c] = "S"]
                     /\ data' = [data EXCEPT ![c] = mem]
                     /\ UNCHANGED <<mem, last>>

\* The owner supplies the block, writes it back and keeps a shared copy.
ReadFromOwner(c, o) == /\ cstate[c] = "I"
                       /\ cstate[o] = "M"
                       /\ cstate' = [cstate EXCEPT ![c] = "S", ![o] = "S"]
                       /\ data' = [data EXCEPT ![c] = data[o]]
                       /\ mem' = data[o]
                       /\ UNCHANGED last

Write(c, v) == /\ cstate' = [x \in Caches |-> IF x = c THEN "M" ELSE "I"]
               /\ data' = [data EXCEPT ![c] = v]
               /\ last' = v
               /\ UNCHANGED mem

EvictClean(c) == /\ cstate[c] = "S"
                 /\ cstate' = [cstate EXCEPT ![c] = "I"]
                 /\ UNCHANGED <<data, mem, last>>

EvictDirty(c) == /\ cstate[c] = "M"
                 /\ cstate' = [cstate EXCEPT ![c] = "I"]
                 /\ mem' = data[c]
                 /\ UNCHANGED <<data, last>>

Next == \E c \in Caches : \/ ReadFromMemory(c) \/ EvictClean(c) \/ EvictDirty(c)
                          \/ \E o \in Caches : ReadFromOwner(c, o)
                          \/ \E v \in Vals : Write(c, v)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ cstate \in [Caches -> {"M", "S", "I"}]
          /\ data \in [Caches -> Vals]
          /\ mem \in Vals
          /\ last \in Vals

\* Task template: A cache holding the block in M is the only cache with a valid copy.
SingleWriter == \A a, b \in Caches : (a # b /\ cstate[a] = "M") => cstate[b] = "I"

\* Task template: Every valid copy holds the value of the most recent write.
ValidCopiesHoldLatest == \A c \in Caches : cstate[c] # "I" => data[c] = last

\* Task template: A shared copy is clean: it equals memory.
SharedCopiesMatchMemory == \A c \in Caches : cstate[c] = "S" => data[c] = mem

\* Task template: When no cache holds the block in M, memory holds the latest value.
MemoryLatestWithoutOwner == (\A c \in Caches : cstate[c] # "M") => mem = last
=============================================================
