-------------------- MODULE Peterson --------------------
(* Peterson's algorithm for processes 0 and 1, one atomic step per statement. *)
EXTENDS Naturals

VARIABLES flag, turn, pc

vars == <<flag, turn, pc>>

Other(i) == 1 - i

Init == /\ flag = [i \in {0, 1} |-> FALSE]
        /\ turn = 0
        /\ pc = [i \in {0, 1} |-> "idle"]

RaiseFlag(i) == /\ pc[i] = "idle"
                /\ flag' = [flag EXCEPT ![i] = TRUE]
                /\ pc' = [pc EXCEPT ![i] = "flagged"]
                /\ UNCHANGED turn

GiveTurn(i) == /\ pc[i] = "flagged"
               /\ turn' = Other(i)
               /\ pc' = [pc EXCEPT ![i] = "waiting"]
               /\ UNCHANGED flag

Enter(i) == /\ pc[i] = "waiting"
            /\ ~flag[Other(i)] \/ turn = i
            /\ pc' = [pc EXCEPT ![i] = "critical"]
            /\ UNCHANGED <<flag, turn>>

Exit(i) == /\ pc[i] = "critical"
           /\ flag' = [flag EXCEPT ![i] = FALSE]
           /\ pc' = [pc EXCEPT ![i] = "idle"]
           /\ UNCHANGED turn

Next == \E i \in {0, 1} : RaiseFlag(i) \/ GiveTurn(i) \/ Enter(i) \/ Exit(i)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ flag \in [{0, 1} -> BOOLEAN]
          /\ turn \in {0, 1}
          /\ pc \in [{0, 1} -> {"idle", "flagged", "waiting", "critical"}]

\* Task template: The two processes are never both in the critical section.
MutualExclusion == ~(pc[0] = "critical" /\ pc[1] = "critical")

\* Task template: A process's flag is raised exactly while it is trying to enter or inside.
FlagUpWhileTrying == \A i \in {0, 1} : flag[i] <=> pc[i] # "idle"

\* Task template: If one process is in the critical section while the other waits, the turn is the first one's.
CriticalHoldsTurn == \A i \in {0, 1} : (pc[i] = "critical" /\ pc[1 - i] = "waiting") => turn = i
=========================================================
