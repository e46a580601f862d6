---- MODULE WriteAheadLog ----
(***************************************************************************)
(* A write-ahead log: writes are logged, then committed, then applied to  *)
(* the database in log order. A crash loses the uncommitted tail.         *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Keys, MaxLen

VARIABLES log, committed, applied, db

vars == <<log, committed, applied, db>>

TypeOK ==
    /\ log \in Seq(Keys)
    /\ Len(log) <= MaxLen
    /\ committed \in 0..MaxLen
    /\ applied \in 0..MaxLen
    /\ db \in [Keys -> 0..MaxLen]

Init ==
    /\ log = <<>>
    /\ committed = 0
    /\ applied = 0
    /\ db = [k \in Keys |-> 0]

LogWrite(k) ==
    /\ Len(log) < MaxLen
    /\ log' = Append(log, k)
    /\ UNCHANGED <<committed, applied, db>>

Commit ==
    /\ committed < Len(log)
    /\ committed' = committed + 1
    /\ UNCHANGED <<log, applied, db>>

ApplyEntry(i) ==
    /\ i = applied + 1
    /\ i <= committed
    /\ db' = [db EXCEPT ![log[i]] = @ + 1]
    /\ applied' = i
    /\ UNCHANGED <<log, committed>>

Crash ==
    /\ committed < Len(log)
    /\ log' = SubSeq(log, 1, committed)
    /\ UNCHANGED <<committed, applied, db>>

Next == \/ \E k \in Keys : LogWrite(k)
        \/ Commit
        \/ \E i \in 1..Len(log) : ApplyEntry(i)
        \/ Crash

Spec == Init /\ [][Next]_vars

Ordered == applied <= committed /\ committed <= Len(log)

DbMatchesLog ==
    \A k \in Keys : db[k] = Cardinality({i \in 1..applied : log[i] = k})
====
