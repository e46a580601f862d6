-------------------- MODULE TwoPhaseCommit --------------------
(* Two-phase commit, one transaction after another. *)
CONSTANTS RMs

VARIABLES rmState, tmState, tmPrepared

vars == <<rmState, tmState, tmPrepared>>

Init == /\ rmState = [r \in RMs |-> "working"]
        /\ tmState = "init"
        /\ tmPrepared = {}

RMPrepare(r) == /\ rmState[r] = "working"
                /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
                /\ UNCHANGED <<tmState, tmPrepared>>

RMChooseAbort(r) == /\ rmState[r] = "working"
                    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
                    /\ UNCHANGED <<tmState, tmPrepared>>

TMRecvPrepared(r) == /\ tmState = "init"
                     /\ rmState[r] = "prepared"
                     /\ tmPrepared' = tmPrepared \cup {r}
                     /\ UNCHANGED <<rmState, tmState>>

TMCommit == /\ tmState = "init"
            /\ tmPrepared = RMs
            /\ tmState' = "committed"
            /\ UNCHANGED <<rmState, tmPrepared>>

TMAbort == /\ tmState = "init"
           /\ tmState' = "aborted"
           /\ UNCHANGED <<rmState, tmPrepared>>

RMRecvCommit(r) == /\ tmState = "committed"
                   /\ rmState[r] = "prepared"
                   /\ rmState' = [rmState EXCEPT ![r] = "committed"]
                   /\ UNCHANGED <<tmState, tmPrepared>>

RMRecvAbort(r) == /\ tmState = "aborted"
                  /\ rmState[r] \in {"working", "prepared"}
                  /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
                  /\ UNCHANGED <<tmState, tmPrepared>>

NextTransaction == /\ tmState # "init"
                   /\ \A r \in RMs : rmState[r] \in {"committed", "aborted"}
                   /\ rmState' = [r \in RMs |-> "working"]
                   /\ tmState' = "init"
                   /\ tmPrepared' = {}

Next == \/ TMCommit \/ TMAbort \/ NextTransaction
        \/ \E r \in RMs : \/ RMPrepare(r) \/ RMChooseAbort(r) \/ TMRecvPrepared(r)
                          \/ RMRecvCommit(r) \/ RMRecvAbort(r)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ rmState \in [RMs -> {"working", "prepared", "committed", "aborted"}]
          /\ tmState \in {"init", "committed", "aborted"}
          /\ tmPrepared \in SUBSET RMs

\* Task template: No RM has committed while another has aborted.
Consistent == \A r, s \in RMs : ~(rmState[r] = "committed" /\ rmState[s] = "aborted")

\* Task template: An RM commits only after the TM decided commit.
CommitFollowsDecision == \A r \in RMs : rmState[r] = "committed" => tmState = "committed"

\* Task template: The TM decides commit only once every RM has voted yes.
DecisionHasAllVotes == tmState = "committed" => tmPrepared = RMs
===============================================================
