--------------------------- MODULE TwoPhaseCommit ---------------------------
(***************************************************************************)
(* Two-phase commit: a transaction manager (TM) collects "Prepared"        *)
(* messages from resource managers (RMs) and then broadcasts a decision.   *)
(***************************************************************************)
CONSTANT RM

VARIABLES
    rmState,     \* rmState[r] is the state of resource manager r
    tmState,     \* the state of the transaction manager
    tmPrepared,  \* the RMs from which the TM has received "Prepared"
    msgs         \* all messages ever sent

vars == <<rmState, tmState, tmPrepared, msgs>>

Messages ==
    [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]

TypeOK ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ tmState \in {"init", "committed", "aborted"}
    /\ tmPrepared \subseteq RM
    /\ msgs \subseteq Messages

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ tmState = "init"
    /\ tmPrepared = {}
    /\ msgs = {}

TMRcvPrepared ==
    \E m \in msgs :
        /\ tmState = "init"
        /\ m.type = "Prepared"
        /\ tmPrepared' = tmPrepared \cup {m.rm}
        /\ UNCHANGED <<rmState, tmState, msgs>>

TMCommit ==
    /\ tmState = "init"
    /\ tmPrepared = RM
    /\ tmState' = "committed"
    /\ msgs' = msgs \cup {[type |-> "Commit"]}
    /\ UNCHANGED <<rmState, tmPrepared>>

TMAbort ==
    /\ tmState = "init"
    /\ tmState' = "aborted"
    /\ msgs' = msgs \cup {[type |-> "Abort"]}
    /\ UNCHANGED <<rmState, tmPrepared>>

RMPrepare(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> r]}
    /\ UNCHANGED <<tmState, tmPrepared>>

RMChooseToAbort(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvCommitMsg(r) ==
    /\ [type |-> "Commit"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvAbortMsg(r) ==
    /\ [type |-> "Abort"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

Next ==
    \/ TMRcvPrepared
    \/ TMCommit
    \/ TMAbort
    \/ \E r \in RM : RMPrepare(r)
    \/ \E r \in RM : RMChooseToAbort(r)
    \/ \E r \in RM : RMRcvCommitMsg(r)
    \/ \E r \in RM : RMRcvAbortMsg(r)

Spec == Init /\ [][Next]_vars

\* No RM commits while another aborts.
Consistent ==
    \A r1, r2 \in RM : ~(rmState[r1] = "aborted" /\ rmState[r2] = "committed")

CommitOnlyIfAllPrepared ==
    tmState = "committed" => tmPrepared = RM
=============================================================================
