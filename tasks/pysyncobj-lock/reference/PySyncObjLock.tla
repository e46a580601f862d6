---------------------------- MODULE PySyncObjLock ----------------------------
(* Reference model of pysyncobj's ReplLockManager on a three-node cluster, in the task's
   contract. Raft is seen only through its effects: requests wait in their client's queue, get
   committed in some order (or are lost), and every node applies the committed commands, one
   at a time, to its own lock table. Times are the requesting client's clock. *)
EXTENDS Naturals, Sequences, TLC

CONSTANTS Nodes, AutoUnlock

VARIABLES clock, pending, log, applied, holder, stamp

vars == <<clock, pending, log, applied, holder, stamp>>
tables == <<holder, stamp>>

None == "none"

Init == /\ clock = 0
        /\ pending = [n \in Nodes |-> <<>>]
        /\ log = <<>>
        /\ applied = [n \in Nodes |-> 0]
        /\ holder = [n \in Nodes |-> None]
        /\ stamp = [n \in Nodes |-> 0]

\* -- clients: a request carries the client's clock (a release carries no time) -------------

Enqueue(n, cmd) == [pending EXCEPT ![n] = Append(@, cmd)]

TryAcquire(n) == /\ pending' = Enqueue(n, [op |-> "acquire", client |-> n, time |-> clock])
                 /\ UNCHANGED <<clock, log, applied, tables>>

Release(n) == /\ pending' = Enqueue(n, [op |-> "release", client |-> n])
              /\ UNCHANGED <<clock, log, applied, tables>>

Prolong(n) == /\ pending' = Enqueue(n, [op |-> "prolong", client |-> n, time |-> clock])
              /\ UNCHANGED <<clock, log, applied, tables>>

\* -- Raft, from the outside ---------------------------------------------------------------

\* One of n's requests is committed; the ones it made before and that are still waiting were
\* lost on the way (a leader change, a lost message): they never commit after a later one.
Commit(n) ==
    \E i \in 1..Len(pending[n]) :
        /\ log' = Append(log, pending[n][i])
        /\ pending' = [pending EXCEPT ![n] = SubSeq(@, i + 1, Len(@))]
        /\ UNCHANGED <<clock, applied, tables>>

\* -- a node applies the next committed command to its table --------------------------------

\* A lock counts as free once its time is more than AutoUnlock behind the command's time.
Expired(n, t) == holder[n] # None /\ t > stamp[n] + AutoUnlock

Set(n, h, t) == holder' = [holder EXCEPT ![n] = h] /\ stamp' = [stamp EXCEPT ![n] = t]

Apply(n) ==
    /\ applied[n] < Len(log)
    /\ LET c == log[applied[n] + 1]
       IN CASE c.op = "acquire" ->
                 IF holder[n] = None \/ holder[n] = c.client \/ Expired(n, c.time)
                 THEN Set(n, c.client, c.time)
                 ELSE UNCHANGED tables
            [] c.op = "prolong" ->
                 \* Expired locks go, whoever holds them; the client's own lock gets its time.
                 IF Expired(n, c.time) THEN Set(n, None, 0)
                 ELSE IF holder[n] = c.client THEN Set(n, c.client, c.time)
                 ELSE UNCHANGED tables
            [] OTHER ->
                 IF holder[n] = c.client THEN Set(n, None, 0) ELSE UNCHANGED tables
    /\ applied' = [applied EXCEPT ![n] = @ + 1]
    /\ UNCHANGED <<clock, pending, log>>

\* The table lives in memory: a restarted node rebuilds it by applying its log again.
Restart(n) ==
    /\ applied' = [applied EXCEPT ![n] = 0]
    /\ Set(n, None, 0)
    /\ UNCHANGED <<clock, pending, log>>

Tick == /\ clock' = clock + 1
        /\ UNCHANGED <<pending, log, applied, tables>>

Next == \/ Tick
        \/ \E n \in Nodes : \/ TryAcquire(n) \/ Release(n) \/ Prolong(n)
                            \/ Commit(n) \/ Apply(n) \/ Restart(n)

Spec == Init /\ [][Next]_vars

TypeOK == /\ clock \in Nat
          /\ applied \in [Nodes -> Nat]
          /\ holder \in [Nodes -> Nodes \cup {None}]

\* Model checking bound (not part of the behaviour): two commands alive at once (waiting or
\* committed) and a clock that just gets past AutoUnlock, so a lock can expire and be taken
\* over, or be released while a node still shows it: about 50k states.
Bound == /\ clock <= AutoUnlock + 1
         /\ Len(log) + Len(pending["n1"]) + Len(pending["n2"]) + Len(pending["n3"]) <= 2
=============================================================================
