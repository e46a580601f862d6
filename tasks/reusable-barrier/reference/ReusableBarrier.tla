-------------------- MODULE ReusableBarrier --------------------
(* A cyclic barrier: the last arrival resets the count and opens the next generation. *)
EXTENDS Naturals, FiniteSets

CONSTANTS N

VARIABLES pc, count, gen, phase

vars == <<pc, count, gen, phase>>

Init == /\ pc = [t \in 1..N |-> "working"]
        /\ count = 0
        /\ gen = 0
        /\ phase = [t \in 1..N |-> 0]

Arrive(t) == /\ pc[t] = "working"
             /\ count + 1 < N
             /\ pc' = [pc EXCEPT ![t] = "waiting"]
             /\ count' = count + 1
             /\ UNCHANGED <<gen, phase>>

\* The last arrival trips the barrier.
ArriveLast(t) == /\ pc[t] = "working"
                 /\ count + 1 = N
                 /\ pc' = [pc EXCEPT ![t] = "waiting"]
                 /\ count' = 0
                 /\ gen' = (gen + 1) % 3
                 /\ UNCHANGED phase

Leave(t) == /\ pc[t] = "waiting"
            /\ phase[t] # gen
            /\ pc' = [pc EXCEPT ![t] = "working"]
            /\ phase' = [phase EXCEPT ![t] = gen]
            /\ UNCHANGED <<count, gen>>

Next == \E t \in 1..N : Arrive(t) \/ ArriveLast(t) \/ Leave(t)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ pc \in [1..N -> {"working", "waiting"}]
          /\ count \in 0..N
          /\ gen \in 0..2
          /\ phase \in [1..N -> 0..2]

\* Task template: The arrival count equals the number of threads waiting in the current generation.
CountMatchesArrivals == count = Cardinality({t \in 1..N : pc[t] = "waiting" /\ phase[t] = gen})

\* Task template: No thread is more than one generation behind the barrier.
NoThreadLapped == \A t \in 1..N : phase[t] = gen \/ (phase[t] + 1) % 3 = gen

\* Task template: A working thread works in the current generation.
WorkersAreCurrent == \A t \in 1..N : pc[t] = "working" => phase[t] = gen
================================================================
