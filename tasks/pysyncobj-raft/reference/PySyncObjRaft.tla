---------------------------- MODULE PySyncObjRaft ----------------------------
(* Reference model of pysyncobj's Raft (SyncObj), in the task's contract: one action per thing
   one node does in one step. Logs hold terms only; index 1 is the no-op every node starts
   with (term 0). Links are FIFO queues, as TCP is. *)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Nodes

VARIABLES role, currentTerm, votedFor, votes, log, commitIndex, nextIndex, matchIndex, msgs

vars == <<role, currentTerm, votedFor, votes, log, commitIndex, nextIndex, matchIndex, msgs>>
leaderVars == <<nextIndex, matchIndex>>

None == "none"
Max(S) == CHOOSE x \in S : \A y \in S : x >= y
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

\* pysyncobj counts a majority as "more than half of the nodes", the leader included.
Quorum(k) == 2 * k > Cardinality(Nodes)

LastIndex(n) == Len(log[n])
LastTerm(n) == log[n][Len(log[n])]

Init == /\ role = [n \in Nodes |-> "follower"]
        /\ currentTerm = [n \in Nodes |-> 0]
        /\ votedFor = [n \in Nodes |-> None]
        /\ votes = [n \in Nodes |-> 0]
        /\ log = [n \in Nodes |-> <<0>>]
        /\ commitIndex = [n \in Nodes |-> 1]
        /\ nextIndex = [n \in Nodes |-> [p \in Nodes |-> 0]]
        /\ matchIndex = [n \in Nodes |-> [p \in Nodes |-> 0]]
        /\ msgs = [s \in Nodes |-> [d \in Nodes |-> <<>>]]

\* The AppendEntries a leader with log lg, commit index c and term t sends to a node it
\* expects next index nx from: everything from nx on. An index with no entry (nx - 1 past
\* the end) travels as 0 (pysyncobj sends None).
AppendEntries(lg, t, c, nx) ==
    LET prev == nx - 1
        known == prev \in 1..Len(lg)
    IN [type |-> "AppendEntries", term |-> t,
        prevLogIndex |-> IF known THEN prev ELSE 0,
        prevLogTerm |-> IF known THEN lg[prev] ELSE 0,
        entries |-> IF nx <= Len(lg) THEN SubSeq(lg, nx, Len(lg)) ELSE <<>>,
        commitIndex |-> c]

\* One AppendEntries to every other node; nextIndex moves past what was sent without waiting
\* for an answer. q: the links before sending (a step may already have taken a message off one).
Broadcast(n, lg, t, c, nx, q) ==
    /\ msgs' = [q EXCEPT ![n] = [d \in Nodes |-> IF d = n THEN q[n][d]
                                                ELSE Append(q[n][d], AppendEntries(lg, t, c, nx[d]))]]
    /\ nextIndex' = [nextIndex EXCEPT ![n] = [d \in Nodes |-> IF d # n /\ nx[d] <= Len(lg) THEN Len(lg) + 1 ELSE nx[d]]]

\* A leader's tick starts by moving its commit index: up from the current one, stopping at the
\* first index a majority (matchIndex, plus itself) does not hold, to the highest index passed
\* whose entry is of the current term.
Held(n, i) == Quorum(1 + Cardinality({p \in Nodes \ {n} : matchIndex[n][p] >= i}))
NewCommit(n) ==
    LET short == {i \in commitIndex[n] + 1 .. LastIndex(n) : ~Held(n, i)}
        limit == IF short = {} THEN LastIndex(n) ELSE Min(short) - 1
        ours == {i \in commitIndex[n] + 1 .. limit : log[n][i] = currentTerm[n]}
    IN IF ours = {} THEN commitIndex[n] ELSE Max(ours)

\* -- election --------------------------------------------------------------------------------

Timeout(n) ==
    /\ role[n] \in {"follower", "candidate"}
    /\ role' = [role EXCEPT ![n] = "candidate"]
    /\ currentTerm' = [currentTerm EXCEPT ![n] = @ + 1]
    /\ votedFor' = [votedFor EXCEPT ![n] = n]
    /\ votes' = [votes EXCEPT ![n] = 1]
    /\ msgs' = [msgs EXCEPT ![n] = [d \in Nodes |->
                  IF d = n THEN msgs[n][d]
                  ELSE Append(msgs[n][d], [type |-> "RequestVote", term |-> currentTerm[n] + 1,
                                           lastLogIndex |-> LastIndex(n), lastLogTerm |-> LastTerm(n)])]]
    /\ UNCHANGED <<log, commitIndex, leaderVars>>

Arrived(n, m, type) == msgs[m][n] # <<>> /\ Head(msgs[m][n]).type = type

\* A newer term turns anyone into a follower with no vote; a vote goes only to a candidate whose
\* log is at least as up to date, and only once per term: a repeated request is not answered.
\* A refusal sends nothing.
HandleRequestVote(n, m) ==
    /\ Arrived(n, m, "RequestVote")
    /\ LET r == Head(msgs[m][n])
           newer == r.term > currentTerm[n]
           term == IF newer THEN r.term ELSE currentTerm[n]
           voted == IF newer THEN None ELSE votedFor[n]
           rl == IF newer THEN "follower" ELSE role[n]
           grant == /\ rl \in {"follower", "candidate"}
                    /\ r.term >= term
                    /\ r.lastLogTerm >= LastTerm(n)
                    /\ ~(r.lastLogTerm = LastTerm(n) /\ r.lastLogIndex < LastIndex(n))
                    /\ voted = None
       IN /\ currentTerm' = [currentTerm EXCEPT ![n] = term]
          /\ role' = [role EXCEPT ![n] = rl]
          /\ votedFor' = [votedFor EXCEPT ![n] = IF grant THEN m ELSE voted]
          /\ msgs' = IF grant
                     THEN [msgs EXCEPT ![m][n] = Tail(@), ![n][m] = Append(@, [type |-> "VoteResponse", term |-> r.term])]
                     ELSE [msgs EXCEPT ![m][n] = Tail(@)]
    /\ UNCHANGED <<votes, log, commitIndex, leaderVars>>

\* A vote response carries no voter and no "granted" flag: a candidate counts every response of
\* its term. With a majority it leads: nextIndex at its old end + 1, matchIndex 0, a no-op entry
\* of its term appended and sent to everyone at once.
HandleVoteResponse(n, m) ==
    /\ Arrived(n, m, "VoteResponse")
    /\ LET r == Head(msgs[m][n])
           rest == [msgs EXCEPT ![m][n] = Tail(@)]
           counted == role[n] = "candidate" /\ r.term = currentTerm[n]
           wins == counted /\ Quorum(votes[n] + 1)
           lg == Append(log[n], currentTerm[n])
           nx == [d \in Nodes |-> IF d = n THEN nextIndex[n][d] ELSE LastIndex(n) + 1]
       IN /\ votes' = [votes EXCEPT ![n] = IF counted THEN @ + 1 ELSE @]
          /\ IF wins
             THEN /\ role' = [role EXCEPT ![n] = "leader"]
                  /\ log' = [log EXCEPT ![n] = lg]
                  /\ matchIndex' = [matchIndex EXCEPT ![n] = [d \in Nodes |-> IF d = n THEN matchIndex[n][d] ELSE 0]]
                  /\ Broadcast(n, lg, currentTerm[n], commitIndex[n], nx, rest)
             ELSE /\ msgs' = rest
                  /\ UNCHANGED <<role, log, leaderVars>>
    /\ UNCHANGED <<currentTerm, votedFor, commitIndex>>

\* -- replication -----------------------------------------------------------------------------

\* An AppendEntries of an older term is dropped unanswered. Otherwise the node follows the sender.
\* If it has no entry at prevLogIndex it asks for everything after its own end; if the terms
\* differ it asks to go back one index. If they match it keeps its log up to prevLogIndex only
\* (everything after is cut, matching or not), appends the entries, and takes the leader's commit
\* index as far as its log reaches; a commit index past its (cut) log comes down to its end.
HandleAppendEntries(n, m) ==
    /\ Arrived(n, m, "AppendEntries")
    /\ LET r == Head(msgs[m][n])
           prev == r.prevLogIndex
           missing == prev = 0 \/ prev > LastIndex(n)
           conflict == ~missing /\ log[n][prev] # r.prevLogTerm
           lg == SubSeq(log[n], 1, prev) \o r.entries
           cut == IF commitIndex[n] > Len(lg) THEN Len(lg) ELSE commitIndex[n]
           reply == IF missing THEN [type |-> "AppendEntriesResponse", next |-> LastIndex(n) + 1, reset |-> TRUE, success |-> FALSE]
                    ELSE IF conflict THEN [type |-> "AppendEntriesResponse", next |-> prev, reset |-> TRUE, success |-> FALSE]
                    ELSE [type |-> "AppendEntriesResponse", next |-> prev + Len(r.entries) + 1, reset |-> FALSE, success |-> TRUE]
       IN IF r.term < currentTerm[n]
          THEN /\ msgs' = [msgs EXCEPT ![m][n] = Tail(@)]
               /\ UNCHANGED <<role, currentTerm, votedFor, log, commitIndex>>
          ELSE /\ role' = [role EXCEPT ![n] = "follower"]
               /\ currentTerm' = [currentTerm EXCEPT ![n] = r.term]
               /\ votedFor' = [votedFor EXCEPT ![n] = IF r.term > currentTerm[n] THEN None ELSE @]
               /\ msgs' = [msgs EXCEPT ![m][n] = Tail(@), ![n][m] = Append(@, reply)]
               /\ IF missing \/ conflict
                  THEN UNCHANGED <<log, commitIndex>>
                  ELSE /\ log' = [log EXCEPT ![n] = lg]
                       /\ commitIndex' = [commitIndex EXCEPT ![n] =
                            IF r.commitIndex > cut THEN Min({r.commitIndex, Len(lg)}) ELSE cut]
    /\ UNCHANGED <<votes, leaderVars>>

\* The answer carries no term: a leader takes it whenever it is leader, even one sent in an
\* earlier term. A reset sets nextIndex; a success raises matchIndex (and nextIndex) only upward.
HandleAppendEntriesResponse(n, m) ==
    /\ Arrived(n, m, "AppendEntriesResponse")
    /\ LET r == Head(msgs[m][n])
           nx == IF r.reset THEN r.next ELSE nextIndex[n][m]
           raise == r.success /\ matchIndex[n][m] < r.next - 1
       IN /\ msgs' = [msgs EXCEPT ![m][n] = Tail(@)]
          /\ IF role[n] = "leader"
             THEN /\ nextIndex' = [nextIndex EXCEPT ![n][m] = IF raise THEN r.next ELSE nx]
                  /\ matchIndex' = [matchIndex EXCEPT ![n][m] = IF raise THEN r.next - 1 ELSE @]
             ELSE UNCHANGED leaderVars
    /\ UNCHANGED <<role, currentTerm, votedFor, votes, log, commitIndex>>

\* -- a leader's tick ---------------------------------------------------------------------------

\* The heartbeat period ran out: move the commit index, then send everyone what they lack.
Heartbeat(n) ==
    /\ role[n] = "leader"
    /\ LET c == NewCommit(n)
       IN /\ commitIndex' = [commitIndex EXCEPT ![n] = c]
          /\ Broadcast(n, log[n], currentTerm[n], c, nextIndex[n], msgs)
    /\ UNCHANGED <<role, currentTerm, votedFor, votes, log, matchIndex>>

\* A client command reaches the leader's tick: commit index moved, entry appended; it goes out
\* with the next heartbeat (pysyncobj batches entries by default).
ClientRequest(n) ==
    /\ role[n] = "leader"
    /\ commitIndex' = [commitIndex EXCEPT ![n] = NewCommit(n)]
    /\ log' = [log EXCEPT ![n] = Append(@, currentTerm[n])]
    /\ UNCHANGED <<role, currentTerm, votedFor, votes, leaderVars, msgs>>

\* No answer from a majority within leaderFallbackTimeout: the tick moves the commit index and
\* then gives up leadership (keeping its term).
StepDown(n) ==
    /\ role[n] = "leader"
    /\ commitIndex' = [commitIndex EXCEPT ![n] = NewCommit(n)]
    /\ role' = [role EXCEPT ![n] = "follower"]
    /\ UNCHANGED <<currentTerm, votedFor, votes, log, leaderVars, msgs>>

\* -- faults ----------------------------------------------------------------------------------

\* The node stops (messages waiting for it are lost) and starts again from its journal: log,
\* term and vote were written at once; the commit index is written lazily, so it comes back as
\* some value it held earlier, at least 1. Everything else starts afresh.
Restart(n) ==
    /\ role' = [role EXCEPT ![n] = "follower"]
    /\ votes' = [votes EXCEPT ![n] = 0]
    /\ \E c \in 1..commitIndex[n] : commitIndex' = [commitIndex EXCEPT ![n] = c]
    /\ nextIndex' = [nextIndex EXCEPT ![n] = [p \in Nodes |-> 0]]
    /\ matchIndex' = [matchIndex EXCEPT ![n] = [p \in Nodes |-> 0]]
    /\ msgs' = [s \in Nodes |-> [d \in Nodes |-> IF d = n THEN <<>> ELSE msgs[s][d]]]
    /\ UNCHANGED <<currentTerm, votedFor, log>>

DropMessage(n, m) ==
    /\ msgs[m][n] # <<>>
    /\ msgs' = [msgs EXCEPT ![m][n] = Tail(@)]
    /\ UNCHANGED <<role, currentTerm, votedFor, votes, log, commitIndex, leaderVars>>

Next == \E n \in Nodes :
          \/ Timeout(n)
          \/ Heartbeat(n)
          \/ ClientRequest(n)
          \/ StepDown(n)
          \/ Restart(n)
          \/ \E m \in Nodes \ {n} :
               \/ HandleRequestVote(n, m)
               \/ HandleVoteResponse(n, m)
               \/ HandleAppendEntries(n, m)
               \/ HandleAppendEntriesResponse(n, m)
               \/ DropMessage(n, m)

Spec == Init /\ [][Next]_vars

TypeOK == /\ role \in [Nodes -> {"follower", "candidate", "leader"}]
          /\ currentTerm \in [Nodes -> Nat]
          /\ votedFor \in [Nodes -> Nodes \cup {None}]
          /\ \A n \in Nodes : commitIndex[n] \in 1..Len(log[n])

\* Model checking bound (not part of the behaviour). Three nodes with lossy links, restarts and
\* step-downs branch so much that behaviours of up to 7 steps already give 35k states: enough
\* for two candidates of one term, an election and a first replicated, committed entry.
Bound == /\ TLCGet("level") <= 7
         /\ \A n \in Nodes : currentTerm[n] <= 2 /\ Len(log[n]) <= 3
=============================================================================
