-------------------- MODULE SortedList --------------------
(* A set kept as a strictly increasing list; insertion at the ordered position. *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Vals

VARIABLES list, members

vars == <<list, members>>

Init == list = <<>> /\ members = {}

\* v goes in front of position i: everything before is smaller, list[i] (if any) is larger.
Insert(v) == /\ v \notin members
             /\ \E i \in 1..(Len(list) + 1) :
                   /\ i > 1 => list[i - 1] < v
                   /\ i <= Len(list) => v < list[i]
                   /\ list' = SubSeq(list, 1, i - 1) \o <<v>> \o SubSeq(list, i, Len(list))
             /\ members' = members \cup {v}

Delete(v) == /\ v \in members
             /\ \E i \in DOMAIN list :
                   /\ list[i] = v
                   /\ list' = SubSeq(list, 1, i - 1) \o SubSeq(list, i + 1, Len(list))
             /\ members' = members \ {v}

Next == \E v \in Vals : Insert(v) \/ Delete(v)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ list \in Seq(Vals)
          /\ members \in SUBSET Vals

\* Task template: Each element of the list is smaller than the next one (sorted, no duplicates).
StrictlySorted == \A i \in 1..(Len(list) - 1) : list[i] < list[i + 1]

\* Task template: The list holds exactly the members of the set.
ListMatchesSet == {list[i] : i \in DOMAIN list} = members

\* Task template: The list is as long as the set is large.
LengthMatchesSize == Len(list) = Cardinality(members)
===========================================================
