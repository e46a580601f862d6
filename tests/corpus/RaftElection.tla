---------------------------- MODULE RaftElection ----------------------------
(***************************************************************************)
(* The leader-election fragment of Raft, with votes granted directly      *)
(* (no message buffer). Terms are bounded by MaxTerm.                      *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Servers, MaxTerm, None

VARIABLES currentTerm, role, votedFor, votesGranted

vars == <<currentTerm, role, votedFor, votesGranted>>

TypeOK ==
    /\ currentTerm \in [Servers -> 0..MaxTerm]
    /\ role \in [Servers -> {"follower", "candidate", "leader"}]
    /\ votedFor \in [Servers -> Servers \cup {None}]
    /\ votesGranted \in [Servers -> SUBSET Servers]

Init ==
    /\ currentTerm = [s \in Servers |-> 0]
    /\ role = [s \in Servers |-> "follower"]
    /\ votedFor = [s \in Servers |-> None]
    /\ votesGranted = [s \in Servers |-> {}]

IsQuorum(S) == Cardinality(S) * 2 > Cardinality(Servers)

\* Server s times out and starts an election in the next term.
Timeout(s) ==
    LET newTerm == currentTerm[s] + 1
    IN  /\ role[s] /= "leader"
        /\ newTerm <= MaxTerm
        /\ currentTerm' = [currentTerm EXCEPT ![s] = newTerm]
        /\ role' = [role EXCEPT ![s] = "candidate"]
        /\ votedFor' = [votedFor EXCEPT ![s] = s]
        /\ votesGranted' = [votesGranted EXCEPT ![s] = {s}]

\* Server v grants its vote to candidate c.
GrantVote(c, v) ==
    LET term       == currentTerm[c]
        newer      == currentTerm[v] < term
        sameTerm   == currentTerm[v] = term
        canVote    == newer \/ (sameTerm /\ votedFor[v] \in {None, c})
        newRole    == IF newer THEN "follower" ELSE role[v]
    IN  /\ role[c] = "candidate"
        /\ canVote
        /\ currentTerm' = [currentTerm EXCEPT ![v] = term]
        /\ votedFor' = [votedFor EXCEPT ![v] = c]
        /\ role' = [role EXCEPT ![v] = newRole]
        /\ votesGranted' = [votesGranted EXCEPT ![c] = @ \cup {v}]

BecomeLeader(s) ==
    LET votes == votesGranted[s]
    IN  /\ role[s] = "candidate"
        /\ IsQuorum(votes)
        /\ role' = [role EXCEPT ![s] = "leader"]
        /\ UNCHANGED <<currentTerm, votedFor, votesGranted>>

Next ==
    \/ \E s \in Servers : Timeout(s)
    \/ \E c \in Servers : \E v \in Servers \ {c} : GrantVote(c, v)
    \/ \E s \in Servers : BecomeLeader(s)

Spec == Init /\ [][Next]_vars

\* At most one leader per term.
ElectionSafety ==
    \A s, t \in Servers :
        (role[s] = "leader" /\ role[t] = "leader" /\ currentTerm[s] = currentTerm[t]) => s = t

CandidateVotedForSelf ==
    \A s \in Servers : role[s] = "candidate" => votedFor[s] = s
=============================================================================
