-------------------- MODULE TowerOfHanoi --------------------
(* Tower of Hanoi; a peg is a sequence of discs, top first. *)
EXTENDS Naturals, Sequences

CONSTANTS N

VARIABLES towers

vars == <<towers>>

Init == towers = <<[i \in 1..N |-> i], <<>>, <<>>>>

Move(from, to) == /\ from # to
                  /\ towers[from] # <<>>
                  /\ towers[to] # <<>> => Head(towers[from]) < Head(towers[to])
                  /\ towers' = [towers EXCEPT ![from] = Tail(@), ![to] = <<Head(towers[from])>> \o @]

Next == \E from, to \in 1..3 : Move(from, to)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ towers \in [1..3 -> Seq(1..N)]

\* Task template: On every peg each disc is smaller than the one below it.
PegsSorted == \A p \in 1..3 : \A i \in 1..(Len(towers[p]) - 1) : towers[p][i] < towers[p][i + 1]

\* Task template: Every disc is on some peg and there are exactly N discs on the pegs.
DiscsConserved == Len(towers[1]) + Len(towers[2]) + Len(towers[3]) = N /\ \A d \in 1..N : \E p \in 1..3 : \E i \in DOMAIN towers[p] : towers[p][i] = d
=============================================================
