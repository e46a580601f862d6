------------------------------- MODULE EtcdRaft -------------------------------
(* Reference model of etcd's Raft library (go.etcd.io/etcd/raft 3.4, raft.go, log.go,
   tracker/progress.go, tracker/tracker.go, quorum/majority.go) in the task's contract.

   One action is one call into a RawNode followed by its Ready cycle: the node's new state is
   kept, the messages it sent go into the bag, every committed entry is applied. Each action
   follows the Go code step by step: a node's state is read into a record, the record is passed
   through operators named after the Go functions (Step, stepLeader, becomeFollower, reset,
   maybeSendAppend, ...), each returning the new record and the messages sent so far, and the
   result is written back.

   Only what the contract's state shows is modelled: the flow control window (Inflights, never
   full in the harness), RecentActive (CheckQuorum is off), the election and heartbeat timers
   (elections start with Campaign, a leader's tick always sends heartbeats) and the entries'
   payloads (an entry is its term and a value) are left out. A node that is not the leader has
   a progress etcd never reads again (reset() rebuilds it when the node becomes leader); the
   contract records it as NoProgress. *)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Nodes

VARIABLES role, term, vote, lead, log, commit, applied, votes, progress, msgs

vars == <<role, term, vote, lead, log, commit, applied, votes, progress, msgs>>

None == 0

\* The client values the model checker proposes (a trace's ClientPropose may carry any string).
Values == {"v1"}

Max(S) == CHOOSE x \in S : \A y \in S : x >= y
Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Min2(a, b) == IF a < b THEN a ELSE b
Max2(a, b) == IF a > b THEN a ELSE b

Quorum == Cardinality(Nodes) \div 2 + 1

NoVotes == [p \in Nodes |-> "none"]
NoPr == [match |-> 0, next |-> 0, state |-> "probe", probeSent |-> FALSE]
NoProgress == [p \in Nodes |-> NoPr]

ConfEntry == [term |-> 1, value |-> "conf"]

\* raftLog.term(i): index 0 is MemoryStorage's dummy entry (term 0); past the end, term 0.
Term(lg, i) == IF i = 0 \/ i > Len(lg) THEN 0 ELSE lg[i].term
LastTerm(lg) == Term(lg, Len(lg))

\* pb.Message with the fields the contract keeps; 0, FALSE, <<>> where etcd leaves them unset.
Msg(t, f, to, tm, i, lt, es, c, rj, h) ==
    [type |-> t, from |-> f, to |-> to, term |-> tm, index |-> i, logTerm |-> lt,
     entries |-> es, commit |-> c, reject |-> rj, rejectHint |-> h]

\* -- the bag of messages in flight (message -> copies) ----------------------------------------

BagAdd(b, m) == IF m \in DOMAIN b THEN [b EXCEPT ![m] = @ + 1] ELSE b @@ (m :> 1)
BagRemove(b, m) == IF b[m] = 1 THEN [x \in DOMAIN b \ {m} |-> b[x]] ELSE [b EXCEPT ![m] = @ - 1]
RECURSIVE BagAddSeq(_, _)
BagAddSeq(b, s) == IF s = <<>> THEN b ELSE BagAddSeq(BagAdd(b, Head(s)), Tail(s))

\* -- a node's state as a record, and the result of a call: the state and the messages sent --

Node(n) == [id |-> n, role |-> role[n], term |-> term[n], vote |-> vote[n], lead |-> lead[n],
            log |-> log[n], commit |-> commit[n], votes |-> votes[n], prs |-> progress[n]]

R(s) == [st |-> s, out |-> <<>>]
Send(r, m) == [r EXCEPT !.out = Append(@, m)]

\* The Ready cycle: the node's state is persisted and kept, every committed entry is applied
\* (applied = commit), the messages sent go into the bag b.
Ready(r, b) ==
    LET s == r.st
        n == s.id
    IN /\ role' = [role EXCEPT ![n] = s.role]
       /\ term' = [term EXCEPT ![n] = s.term]
       /\ vote' = [vote EXCEPT ![n] = s.vote]
       /\ lead' = [lead EXCEPT ![n] = s.lead]
       /\ log' = [log EXCEPT ![n] = s.log]
       /\ commit' = [commit EXCEPT ![n] = s.commit]
       /\ applied' = [applied EXCEPT ![n] = s.commit]
       /\ votes' = [votes EXCEPT ![n] = s.votes]
       /\ progress' = [progress EXCEPT ![n] = IF s.role = "leader" THEN s.prs ELSE NoProgress]
       /\ msgs' = BagAddSeq(b, r.out)

\* -- tracker/progress.go ----------------------------------------------------------------------

\* MaybeUpdate's effect (Match only up, ProbeAcked, Next at least n + 1); Updated: its result.
MaybeUpdate(pr, k) ==
    [pr EXCEPT !.match = IF pr.match < k THEN k ELSE @,
               !.probeSent = IF pr.match < k THEN FALSE ELSE @,
               !.next = IF pr.next < k + 1 THEN k + 1 ELSE @]
Updated(pr, k) == pr.match < k

BecomeProbe(pr) == [pr EXCEPT !.state = "probe", !.probeSent = FALSE, !.next = pr.match + 1]
BecomeReplicate(pr) == [pr EXCEPT !.state = "replicate", !.probeSent = FALSE, !.next = pr.match + 1]

\* IsPaused: a probe waits for an answer once it sent; replicate pauses only on a full window.
IsPaused(pr) == pr.state = "probe" /\ pr.probeSent

\* MaybeDecrTo(rejected, last): whether the rejection is taken, and the progress after it.
DecrOk(pr, rejected) ==
    IF pr.state = "replicate" THEN rejected > pr.match ELSE pr.next - 1 = rejected
MaybeDecrTo(pr, rejected, last) ==
    IF pr.state = "replicate" THEN [pr EXCEPT !.next = pr.match + 1]
    ELSE [pr EXCEPT !.next = Max2(Min2(rejected, last + 1), 1), !.probeSent = FALSE]

\* -- tracker.go / quorum/majority.go: the highest index a majority's Match reaches ------------

Committed(s) ==
    LET ms == {s.prs[p].match : p \in Nodes}
    IN Max({i \in ms : Cardinality({p \in Nodes : s.prs[p].match >= i}) >= Quorum})

\* TallyVotes over prs.Votes: won, lost or pending.
VoteResult(vs) ==
    LET granted == Cardinality({p \in Nodes : vs[p] = "granted"})
        missing == Cardinality({p \in Nodes : vs[p] = "none"})
    IN IF granted >= Quorum THEN "won"
       ELSE IF granted + missing >= Quorum THEN "pending"
       ELSE "lost"

\* -- raft.go: state changes --------------------------------------------------------------------

\* reset(term): a new term forgets the vote; no leader, votes cleared, every progress rebuilt.
Reset(s, t) ==
    [s EXCEPT !.term = t,
              !.vote = IF s.term # t THEN None ELSE s.vote,
              !.lead = None,
              !.votes = NoVotes,
              !.prs = [p \in Nodes |->
                         [match |-> IF p = s.id THEN Len(s.log) ELSE 0,
                          next |-> Len(s.log) + 1, state |-> "probe", probeSent |-> FALSE]]]

BecomeFollower(s, t, l) == [Reset(s, t) EXCEPT !.lead = l, !.role = "follower"]
BecomeCandidate(s) == [Reset(s, s.term + 1) EXCEPT !.vote = s.id, !.role = "candidate"]

\* raft.maybeCommit: the quorum's index, if it is of the current term.
MaybeCommit(s) ==
    LET mci == Committed(s)
    IN IF mci > s.commit /\ Term(s.log, mci) = s.term THEN [s EXCEPT !.commit = mci] ELSE s

\* appendEntry: entries of the current term at the end of the log, the own Match moved, maybeCommit.
AppendEntry(s, vals) ==
    LET lg == s.log \o [k \in 1..Len(vals) |-> [term |-> s.term, value |-> vals[k]]]
    IN MaybeCommit([s EXCEPT !.log = lg, !.prs[s.id] = MaybeUpdate(@, Len(lg))])

\* becomeLeader: reset (same term), own progress replicate, an empty entry of its term appended.
BecomeLeader(s) ==
    LET l == [Reset(s, s.term) EXCEPT !.lead = s.id, !.role = "leader"]
    IN AppendEntry([l EXCEPT !.prs[s.id] = BecomeReplicate(@)], <<"">>)

\* maybeSendAppend(to, sendIfEmpty): a MsgApp with every entry from Next on; a replicating
\* progress moves Next past them at once (OptimisticUpdate), a probing one waits (ProbeSent).
MaybeSendAppend(r, to, ifEmpty) ==
    LET s == r.st
        pr == s.prs[to]
        ents == SubSeq(s.log, pr.next, Len(s.log))
        m == Msg("MsgApp", s.id, to, s.term, pr.next - 1, Term(s.log, pr.next - 1), ents,
                 s.commit, FALSE, 0)
        pr2 == IF ents = <<>> THEN pr
               ELSE IF pr.state = "replicate" THEN [pr EXCEPT !.next = Len(s.log) + 1]
               ELSE [pr EXCEPT !.probeSent = TRUE]
    IN IF IsPaused(pr) \/ (ents = <<>> /\ ~ifEmpty) THEN r
       ELSE Send([r EXCEPT !.st.prs[to] = pr2], m)
Sent(r1, r2) == Len(r2.out) > Len(r1.out)

\* for r.maybeSendAppend(to, false) {}
RECURSIVE SendWhile(_, _)
SendWhile(r, to) == LET r2 == MaybeSendAppend(r, to, FALSE) IN IF Sent(r, r2) THEN SendWhile(r2, to) ELSE r

\* bcastAppend / bcastHeartbeat: every other node, in id order.
RECURSIVE BcastAppendTo(_, _)
BcastAppendTo(r, P) == IF P = {} THEN r ELSE LET p == Min(P) IN BcastAppendTo(MaybeSendAppend(r, p, TRUE), P \ {p})
BcastAppend(r) == BcastAppendTo(r, Nodes \ {r.st.id})

\* sendHeartbeat: the commit index no higher than the follower's Match.
HeartbeatMsg(s, to) ==
    Msg("MsgHeartbeat", s.id, to, s.term, 0, 0, <<>>, Min2(s.prs[to].match, s.commit), FALSE, 0)
RECURSIVE BcastHeartbeatTo(_, _)
BcastHeartbeatTo(r, P) == IF P = {} THEN r ELSE LET p == Min(P) IN BcastHeartbeatTo(Send(r, HeartbeatMsg(r.st, p)), P \ {p})

\* poll: the first answer of each voter counts.
Poll(s, from, granted) ==
    [s EXCEPT !.votes[from] = IF @ = "none" THEN (IF granted THEN "granted" ELSE "rejected") ELSE @]

\* -- raft.go handleAppendEntries (with log.go maybeAppend) and handleHeartbeat --------------------

\* findConflict: the index of the first entry whose term differs from the log's (0 if none).
FindConflict(lg, idx, ents) ==
    LET bad == {k \in 1..Len(ents) : Term(lg, idx + k) # ents[k].term}
    IN IF bad = {} THEN 0 ELSE idx + Min(bad)

AppResp(s, to, i, rj, h) == Msg("MsgAppResp", s.id, to, s.term, i, 0, <<>>, 0, rj, h)

\* handleAppendEntries: an append below the commit index is answered with the commit index;
\* a matching one is appended from the first conflict on (maybeAppend), commitTo(min(commit,
\* last new index)); otherwise rejected with the last index as the hint.
OnAppendEntries(s, m) ==
    IF m.index < s.commit
    THEN Send(R(s), AppResp(s, m.from, s.commit, FALSE, 0))
    ELSE IF Term(s.log, m.index) = m.logTerm
    THEN LET lastnewi == m.index + Len(m.entries)
             ci == FindConflict(s.log, m.index, m.entries)
             lg == IF ci = 0 THEN s.log
                   ELSE SubSeq(s.log, 1, ci - 1) \o SubSeq(m.entries, ci - m.index, Len(m.entries))
             s2 == [s EXCEPT !.log = lg, !.commit = Max2(@, Min2(m.commit, lastnewi))]
         IN Send(R(s2), AppResp(s2, m.from, lastnewi, FALSE, 0))
    ELSE Send(R(s), AppResp(s, m.from, m.index, TRUE, Len(s.log)))

\* handleHeartbeat: commitTo(m.Commit), then a MsgHeartbeatResp.
OnHeartbeat(s, m) ==
    LET s2 == [s EXCEPT !.commit = Max2(@, m.commit)]
    IN Send(R(s2), Msg("MsgHeartbeatResp", s.id, m.from, s.term, 0, 0, <<>>, 0, FALSE, 0))

\* -- raft.go: Step and the step functions -------------------------------------------------------

StepVote(s, m) ==
    LET canVote == s.vote = m.from \/ (s.vote = None /\ s.lead = None)
        upToDate == m.logTerm > LastTerm(s.log) \/ (m.logTerm = LastTerm(s.log) /\ m.index >= Len(s.log))
    IN IF canVote /\ upToDate
       THEN Send(R([s EXCEPT !.vote = m.from]), Msg("MsgVoteResp", s.id, m.from, m.term, 0, 0, <<>>, 0, FALSE, 0))
       ELSE Send(R(s), Msg("MsgVoteResp", s.id, m.from, s.term, 0, 0, <<>>, 0, TRUE, 0))

LeaderAppResp(s, m) ==
    LET pr == s.prs[m.from]
    IN IF m.reject
       THEN IF DecrOk(pr, m.index)
            THEN LET pr2 == MaybeDecrTo(pr, m.index, m.rejectHint)
                     pr3 == IF pr2.state = "replicate" THEN BecomeProbe(pr2) ELSE pr2
                 IN MaybeSendAppend(R([s EXCEPT !.prs[m.from] = pr3]), m.from, TRUE)
            ELSE R(s)
       ELSE IF Updated(pr, m.index)
            THEN LET oldPaused == IsPaused(pr)
                     pr2 == MaybeUpdate(pr, m.index)
                     pr3 == IF pr2.state = "probe" THEN BecomeReplicate(pr2) ELSE pr2
                     s2 == [s EXCEPT !.prs[m.from] = pr3]
                     s3 == MaybeCommit(s2)
                     r1 == IF s3.commit # s2.commit THEN BcastAppend(R(s3))
                           ELSE IF oldPaused THEN MaybeSendAppend(R(s3), m.from, TRUE)
                           ELSE R(s3)
                 IN SendWhile(r1, m.from)
            ELSE R([s EXCEPT !.prs[m.from] = MaybeUpdate(pr, m.index)])

LeaderHeartbeatResp(s, m) ==
    LET s2 == [s EXCEPT !.prs[m.from].probeSent = FALSE]
    IN IF s2.prs[m.from].match < Len(s2.log) THEN MaybeSendAppend(R(s2), m.from, TRUE) ELSE R(s2)

StepLeader(s, m) ==
    CASE m.type = "MsgAppResp" -> LeaderAppResp(s, m)
      [] m.type = "MsgHeartbeatResp" -> LeaderHeartbeatResp(s, m)
      [] OTHER -> R(s)

StepCandidate(s, m) ==
    CASE m.type = "MsgApp" -> OnAppendEntries(BecomeFollower(s, m.term, m.from), m)
      [] m.type = "MsgHeartbeat" -> OnHeartbeat(BecomeFollower(s, m.term, m.from), m)
      [] m.type = "MsgVoteResp" ->
            LET s2 == Poll(s, m.from, ~m.reject)
            IN CASE VoteResult(s2.votes) = "won" -> BcastAppend(R(BecomeLeader(s2)))
                 [] VoteResult(s2.votes) = "lost" -> R(BecomeFollower(s2, s2.term, None))
                 [] OTHER -> R(s2)
      [] OTHER -> R(s)

StepFollower(s, m) ==
    CASE m.type = "MsgApp" -> OnAppendEntries([s EXCEPT !.lead = m.from], m)
      [] m.type = "MsgHeartbeat" -> OnHeartbeat([s EXCEPT !.lead = m.from], m)
      [] OTHER -> R(s)

StepTerm(s, m) ==
    CASE m.type = "MsgVote" -> StepVote(s, m)
      [] s.role = "leader" -> StepLeader(s, m)
      [] s.role = "candidate" -> StepCandidate(s, m)
      [] OTHER -> StepFollower(s, m)

\* raft.Step for a message of a peer: a higher term makes the node a follower first (of the
\* sender for MsgApp and MsgHeartbeat); a lower term is ignored without an answer.
Step(s, m) ==
    IF m.term > s.term
    THEN StepTerm(BecomeFollower(s, m.term, IF m.type \in {"MsgApp", "MsgHeartbeat"} THEN m.from ELSE None), m)
    ELSE IF m.term < s.term THEN R(s)
    ELSE StepTerm(s, m)

\* -- the contract's actions ---------------------------------------------------------------------

Init == /\ role = [n \in Nodes |-> "follower"]
        /\ term = [n \in Nodes |-> 1]
        /\ vote = [n \in Nodes |-> None]
        /\ lead = [n \in Nodes |-> None]
        /\ log = [n \in Nodes |-> <<ConfEntry, ConfEntry, ConfEntry>>]
        /\ commit = [n \in Nodes |-> 3]
        /\ applied = [n \in Nodes |-> 3]
        /\ votes = [n \in Nodes |-> NoVotes]
        /\ progress = [n \in Nodes |-> NoProgress]
        /\ msgs = [m \in {} |-> 0]

\* campaign's MsgVote to every other node, in id order.
RECURSIVE AskVotes(_, _)
AskVotes(r, P) ==
    IF P = {} THEN r
    ELSE LET s == r.st
             p == Min(P)
         IN AskVotes(Send(r, Msg("MsgVote", s.id, p, s.term, Len(s.log), LastTerm(s.log), <<>>, 0, FALSE, 0)), P \ {p})

\* MsgHup at a follower or candidate: refused while configuration entries wait to be applied;
\* otherwise candidate of the next term, its own vote polled, a MsgVote to every other node.
Campaign(n) ==
    /\ role[n] # "leader"
    /\ LET s == Node(n)
           pending == \E i \in applied[n] + 1 .. commit[n] : log[n][i].value = "conf"
           c == Poll(BecomeCandidate(s), n, TRUE)
       IN IF pending THEN Ready(R(s), msgs)
          ELSE IF VoteResult(c.votes) = "won" THEN Ready(R(BecomeLeader(c)), msgs)
          ELSE Ready(AskVotes(R(c), Nodes \ {n}), msgs)

Receive(m, type) ==
    /\ m \in DOMAIN msgs
    /\ m.type = type
    /\ Ready(Step(Node(m.to), m), BagRemove(msgs, m))

HandleVote(m) == Receive(m, "MsgVote")
HandleVoteResponse(m) == Receive(m, "MsgVoteResp")
HandleAppend(m) == Receive(m, "MsgApp")
HandleAppendResponse(m) == Receive(m, "MsgAppResp")
HandleHeartbeat(m) == Receive(m, "MsgHeartbeat")
HandleHeartbeatResponse(m) == Receive(m, "MsgHeartbeatResp")

\* MsgProp at the leader: the entry appended, then bcastAppend.
ClientPropose(n, v) ==
    /\ role[n] = "leader"
    /\ Ready(BcastAppend(R(AppendEntry(Node(n), <<v>>))), msgs)

\* A leader's tick with HeartbeatTick 1: MsgBeat, bcastHeartbeat.
Heartbeat(n) ==
    /\ role[n] = "leader"
    /\ Ready(BcastHeartbeatTo(R(Node(n)), Nodes \ {n}), msgs)

\* A new RawNode on the node's MemoryStorage: HardState (term, vote, commit) and log kept,
\* applied as before; becomeFollower(term, None). Messages in flight stay in flight.
Restart(n) ==
    /\ role' = [role EXCEPT ![n] = "follower"]
    /\ lead' = [lead EXCEPT ![n] = None]
    /\ votes' = [votes EXCEPT ![n] = NoVotes]
    /\ progress' = [progress EXCEPT ![n] = NoProgress]
    /\ UNCHANGED <<term, vote, log, commit, applied, msgs>>

DropMessage(m) ==
    /\ m \in DOMAIN msgs
    /\ msgs' = BagRemove(msgs, m)
    /\ UNCHANGED <<role, term, vote, lead, log, commit, applied, votes, progress>>

DuplicateMessage(m) ==
    /\ m \in DOMAIN msgs
    /\ msgs' = BagAdd(msgs, m)
    /\ UNCHANGED <<role, term, vote, lead, log, commit, applied, votes, progress>>

Next ==
    \/ \E n \in Nodes : Campaign(n)
    \/ \E m \in DOMAIN msgs : HandleVote(m)
    \/ \E m \in DOMAIN msgs : HandleVoteResponse(m)
    \/ \E n \in Nodes, v \in Values : ClientPropose(n, v)
    \/ \E n \in Nodes : Heartbeat(n)
    \/ \E m \in DOMAIN msgs : HandleAppend(m)
    \/ \E m \in DOMAIN msgs : HandleAppendResponse(m)
    \/ \E m \in DOMAIN msgs : HandleHeartbeat(m)
    \/ \E m \in DOMAIN msgs : HandleHeartbeatResponse(m)
    \/ \E n \in Nodes : Restart(n)
    \/ \E m \in DOMAIN msgs : DropMessage(m)
    \/ \E m \in DOMAIN msgs : DuplicateMessage(m)

Spec == Init /\ [][Next]_vars

TypeOK ==
    /\ role \in [Nodes -> {"follower", "candidate", "leader"}]
    /\ term \in [Nodes -> Nat]
    /\ vote \in [Nodes -> Nodes \cup {None}]
    /\ lead \in [Nodes -> Nodes \cup {None}]
    /\ commit \in [Nodes -> Nat]
    /\ applied \in [Nodes -> Nat]
    /\ votes \in [Nodes -> [Nodes -> {"none", "granted", "rejected"}]]

\* Model checking bound (not part of the behaviour). Three nodes with a lossy, duplicating
\* network, restarts and three candidates branch so much that every behaviour of up to 6 steps
\* in term 2 (one election term, any number of candidates in it), logs of up to 5 entries and at
\* most 2 copies of a message already give 12,804 distinct states: enough for every action to
\* occur (an election won, appends and their answers, heartbeats, a proposal, a restart, a drop).
Bound ==
    /\ TLCGet("level") <= 6
    /\ \A n \in Nodes : term[n] <= 2 /\ Len(log[n]) <= 5
    /\ \A m \in DOMAIN msgs : msgs[m] <= 2
=============================================================================
