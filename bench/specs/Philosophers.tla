---------------------------- MODULE Philosophers ----------------------------
(* Dining philosophers who all take the left fork first: it deadlocks.      *)
EXTENDS Naturals

CONSTANTS N

VARIABLES state, forks

vars == <<state, forks>>

Phils == 0..(N - 1)
Left(p) == p
Right(p) == (p + 1) % N

Init == state = [p \in Phils |-> "thinking"] /\ forks = [f \in Phils |-> N]

TakeLeft(p) == /\ state[p] = "thinking"
               /\ forks[Left(p)] = N
               /\ forks' = [forks EXCEPT ![Left(p)] = p]
               /\ state' = [state EXCEPT ![p] = "hungry"]

TakeRight(p) == /\ state[p] = "hungry"
                /\ forks[Right(p)] = N
                /\ forks' = [forks EXCEPT ![Right(p)] = p]
                /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) == /\ state[p] = "eating"
              /\ forks' = [forks EXCEPT ![Left(p)] = N, ![Right(p)] = N]
              /\ state' = [state EXCEPT ![p] = "thinking"]

Next == \E p \in Phils : TakeLeft(p) \/ TakeRight(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars

TypeOK == /\ state \in [Phils -> {"thinking", "hungry", "eating"}]
          /\ forks \in [Phils -> 0..N]

\* Neighbours never eat at once.
NoSharedFork == \A p \in Phils : ~(state[p] = "eating" /\ state[Right(p)] = "eating")
=============================================================================
