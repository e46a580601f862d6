---------------------------- MODULE SenseBarrier ----------------------------
\* A reusable barrier: threads arrive one by one; once all have arrived the
\* barrier opens, resets, and the next generation starts.
EXTENDS Naturals

CONSTANTS N, Rounds

Threads == 1..N

VARIABLES arrived, generation, done

TypeOK == /\ arrived \subseteq Threads
          /\ generation \in 0..Rounds
          /\ done \in [Threads -> 0..Rounds]

Init == /\ arrived = {}
        /\ generation = 0
        /\ done = [t \in Threads |-> 0]

Arrive(t) == /\ t \notin arrived
             /\ done[t] < Rounds
             /\ arrived' = arrived \cup {t}
             /\ done' = [done EXCEPT ![t] = @ + 1]

Next == /\ \E t \in Threads : Arrive(t)
        /\ UNCHANGED generation
     \/ /\ arrived = Threads
        /\ arrived' = {}
        /\ generation' = generation + 1
        /\ UNCHANGED done

\* No thread runs more than one generation ahead of the barrier.
InStep == \A t \in Threads : done[t] \in {generation, generation + 1}

ArrivedMeansAhead == \A t \in Threads : (t \in arrived) <=> (done[t] = generation + 1)
=============================================================================
