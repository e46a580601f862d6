---- MODULE PrimaryBackup ----
(* Primary-backup replication of an append-only log. The backup copies    *)
(* entries in order, so it is always a prefix of the primary.             *)
EXTENDS Naturals, Sequences

CONSTANTS Values, MaxLen

VARIABLES primary, backup, acked

vars == <<primary, backup, acked>>

TypeOK ==
    /\ primary \in Seq(Values)
    /\ backup \in Seq(Values)
    /\ acked \in 0..MaxLen

Init ==
    /\ primary = <<>>
    /\ backup = <<>>
    /\ acked = 0

Write(v) ==
    /\ Len(primary) < MaxLen
    /\ primary' = Append(primary, v)
    /\ UNCHANGED <<backup, acked>>

Replicate ==
    /\ Len(backup) < Len(primary)
    /\ backup' = Append(backup, primary[Len(backup) + 1])
    /\ UNCHANGED <<primary, acked>>

Ack ==
    /\ acked < Len(backup)
    /\ acked' = Len(backup)
    /\ UNCHANGED <<primary, backup>>

\* Entries on which the backup disagrees with the primary.
Divergent == {i \in 1..Len(backup) : backup[i] /= primary[i]}

\* Truncate the backup at the first divergent entry.
Repair ==
    \E i \in Divergent :
        /\ backup' = SubSeq(backup, 1, i - 1)
        /\ acked' = IF acked >= i THEN i - 1 ELSE acked
        /\ UNCHANGED primary

Next ==
    \/ \E v \in Values : Write(v)
    \/ Replicate
    \/ Ack
    \/ Repair

Spec == Init /\ [][Next]_vars

BackupIsPrefix ==
    /\ Len(backup) <= Len(primary)
    /\ \A i \in 1..Len(backup) : backup[i] = primary[i]

AckedIsReplicated == acked <= Len(backup)
====
