-------------------- MODULE DiningPhilosophers --------------------
(* Dining philosophers with ordered fork acquisition (lower-numbered fork first). *)
EXTENDS Naturals

CONSTANTS N

VARIABLES state, fork

vars == <<state, fork>>

Right(p) == (p % N) + 1
Lo(p) == IF p < Right(p) THEN p ELSE Right(p)
Hi(p) == IF p < Right(p) THEN Right(p) ELSE p

Init == /\ state = [p \in 1..N |-> "thinking"]
        /\ fork = [f \in 1..N |-> 0]

GetHungry(p) == /\ state[p] = "thinking"
                /\ state' = [state EXCEPT ![p] = "hungry"]
                /\ UNCHANGED fork

TakeFirst(p) == /\ state[p] = "hungry"
                /\ fork[Lo(p)] = 0
                /\ fork' = [fork EXCEPT ![Lo(p)] = p]
                /\ UNCHANGED state

TakeSecond(p) == /\ state[p] = "hungry"
                 /\ fork[Lo(p)] = p
                 /\ fork[Hi(p)] = 0
                 /\ fork' = [fork EXCEPT ![Hi(p)] = p]
                 /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) == /\ state[p] = "eating"
              /\ fork' = [fork EXCEPT ![p] = 0, ![Right(p)] = 0]
              /\ state' = [state EXCEPT ![p] = "thinking"]

Next == \E p \in 1..N : GetHungry(p) \/ TakeFirst(p) \/ TakeSecond(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ state \in [1..N -> {"thinking", "hungry", "eating"}]
          /\ fork \in [1..N -> 0..N]

\* Task template: An eating philosopher holds both of its forks.
EatersHoldBothForks == \A p \in 1..N : state[p] = "eating" => (fork[p] = p /\ fork[(p % N) + 1] = p)

\* Task template: Two neighbours never eat at the same time.
NeighboursNotBothEating == \A p \in 1..N : ~(state[p] = "eating" /\ state[(p % N) + 1] = "eating")

\* Task template: A held fork is held by one of its two philosophers, who is not thinking.
ForksHeldByTheirPhilosophers == \A f \in 1..N : fork[f] # 0 => ((fork[f] = f \/ (fork[f] % N) + 1 = f) /\ state[fork[f]] # "thinking")
===================================================================
