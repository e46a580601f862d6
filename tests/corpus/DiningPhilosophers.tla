------------------------- MODULE DiningPhilosophers -------------------------
\* N philosophers around a table; philosopher N-1 picks up its forks in the
\* opposite order to break the circular wait.
EXTENDS Naturals

CONSTANT N

Phils == 0..(N - 1)
Free == N
LeftFork(p) == p
RightFork(p) == (p + 1) % N
First(p) == IF p = N - 1 THEN RightFork(p) ELSE LeftFork(p)
Second(p) == IF p = N - 1 THEN LeftFork(p) ELSE RightFork(p)

VARIABLES state, fork

TypeOK ==
  /\ state \in [Phils -> {"thinking", "hungry", "one", "eating"}]
  /\ fork \in [Phils -> Phils \cup {Free}]

Init ==
  /\ state = [p \in Phils |-> "thinking"]
  /\ fork = [f \in Phils |-> Free]

GetHungry(p) ==
  /\ state[p] = "thinking"
  /\ state' = [state EXCEPT ![p] = "hungry"]
  /\ UNCHANGED fork

TakeFirst(p) ==
  /\ state[p] = "hungry"
  /\ fork[First(p)] = Free
  /\ fork' = [fork EXCEPT ![First(p)] = p]
  /\ state' = [state EXCEPT ![p] = "one"]

TakeSecond(p) ==
  /\ state[p] = "one"
  /\ fork[Second(p)] = Free
  /\ fork' = [fork EXCEPT ![Second(p)] = p]
  /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) ==
  /\ state[p] = "eating"
  /\ fork' = [fork EXCEPT ![LeftFork(p)] = Free, ![RightFork(p)] = Free]
  /\ state' = [state EXCEPT ![p] = "thinking"]

Next ==
  \/ \E p \in Phils : GetHungry(p)
  \/ \E p \in Phils : TakeFirst(p)
  \/ \E p \in Phils : TakeSecond(p)
  \/ \E p \in Phils : PutDown(p)

NeighboursNotBothEating ==
  \A p \in Phils : ~(state[p] = "eating" /\ state[RightFork(p)] = "eating")

EatingHoldsBothForks ==
  \A p \in Phils : state[p] = "eating" =>
      fork[LeftFork(p)] = p /\ fork[RightFork(p)] = p
=============================================================================
