------------------------------ MODULE PingPong ------------------------------
EXTENDS Naturals

CONSTANTS MaxRally, MaxPoints

Players == {"A", "B"}
Other(p) == IF p = "A" THEN "B" ELSE "A"

VARIABLES ball, rally, score

TypeOK == /\ ball \in Players \cup {"none"}
          /\ rally \in 0..MaxRally
          /\ score \in [Players -> 0..MaxPoints]

Init == /\ ball = "none"
        /\ rally = 0
        /\ score = [p \in Players |-> 0]

Serve == /\ ball = "none"
         /\ score["A"] + score["B"] < MaxPoints
         /\ ball' = "A"
         /\ rally' = 0
         /\ UNCHANGED score

Hit(p) == /\ ball = p
          /\ rally < MaxRally
          /\ ball' = Other(p)
          /\ rally' = rally + 1
          /\ UNCHANGED score

Miss(p) == /\ ball = p
           /\ score' = [score EXCEPT ![Other(p)] = @ + 1]
           /\ ball' = "none"
           /\ UNCHANGED rally

Next == \/ Serve
       \/ \E p \in Players : Hit(p)
       \/ \E q \in Players : Miss(q)

PointsBounded == score["A"] + score["B"] <= MaxPoints

RallyBounded == rally <= MaxRally
=============================================================================
