-------------------- MODULE RiverCrossing --------------------
(* Wolf, goat and cabbage: only safe crossings are made. *)
VARIABLES pos, boat

vars == <<pos, boat>>

Other(b) == IF b = "left" THEN "right" ELSE "left"

Safe(p) == /\ (p["goat"] = p["wolf"] => p["farmer"] = p["goat"])
           /\ (p["goat"] = p["cabbage"] => p["farmer"] = p["goat"])

Init == /\ pos = [x \in {"farmer", "wolf", "goat", "cabbage"} |-> "left"]
        /\ boat = "left"

CrossAlone == /\ Safe([pos EXCEPT !["farmer"] = Other(pos["farmer"])])
              /\ pos' = [pos EXCEPT !["farmer"] = Other(pos["farmer"])]
              /\ boat' = Other(boat)

CrossWith(x) == /\ pos[x] = pos["farmer"]
                /\ Safe([pos EXCEPT !["farmer"] = Other(pos["farmer"]), ![x] = Other(pos[x])])
                /\ pos' = [pos EXCEPT !["farmer"] = Other(pos["farmer"]), ![x] = Other(pos[x])]
                /\ boat' = Other(boat)

Next == CrossAlone \/ \E x \in {"wolf", "goat", "cabbage"} : CrossWith(x)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ pos \in [{"farmer", "wolf", "goat", "cabbage"} -> {"left", "right"}]
          /\ boat \in {"left", "right"}

\* Task template: The goat is never left with the wolf or with the cabbage without the farmer.
NothingEaten == (pos["goat"] = pos["wolf"] => pos["farmer"] = pos["goat"]) /\ (pos["goat"] = pos["cabbage"] => pos["farmer"] = pos["goat"])

\* Task template: The boat is always on the farmer's bank.
BoatWithFarmer == boat = pos["farmer"]
==============================================================
