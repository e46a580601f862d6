---------------------------- MODULE LogCompaction ----------------------------
(* A replicated log that is compacted into a snapshot once it holds        *)
(* SnapshotEvery entries. Indexes wrap around at Wrap.                       *)
EXTENDS Naturals, Sequences

CONSTANTS Clients, SnapshotEvery, Wrap

VARIABLES log, snapshot, index

vars == <<log, snapshot, index>>

TypeOK ==
    /\ log \in Seq(Clients)
    /\ snapshot \in 0..(Wrap - 1)
    /\ index \in 0..(Wrap - 1)

Init ==
    /\ log = <<>>
    /\ snapshot = 0
    /\ index = 0

\* A client's command is appended at the next index.
Submit(c) ==
    /\ Len(log) < SnapshotEvery
    /\ log' = Append(log, c)
    /\ index' = (index + 1) % Wrap
    /\ UNCHANGED snapshot

\* Only a full log is compacted: the snapshot takes the last index.
Compact ==
    /\ Len(log) = SnapshotEvery
    /\ snapshot' = index
    /\ log' = <<>>
    /\ UNCHANGED index

Next ==
    \/ \E c \in Clients : Submit(c)
    \/ Compact

Spec == Init /\ [][Next]_vars

LogBounded == Len(log) <= SnapshotEvery
=============================================================================
