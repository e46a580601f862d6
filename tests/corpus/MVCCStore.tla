------------------------------ MODULE MVCCStore ------------------------------
(* A multi-version store with snapshot reads and first-committer-wins:    *)
(* a transaction commits only if nobody committed since its snapshot.     *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Tx, Vals

VARIABLES versions, txs

vars == <<versions, txs>>

MaxV == Cardinality(Tx)

TxState == [state : {"idle", "active", "committed", "aborted"}, snap : 0..MaxV]

TypeOK ==
    /\ versions \in Seq(Vals)
    /\ Len(versions) <= MaxV
    /\ txs \in [Tx -> TxState]

Init ==
    /\ versions = <<>>
    /\ txs = [t \in Tx |-> [state |-> "idle", snap |-> 0]]

Begin(t) ==
    /\ txs[t].state = "idle"
    /\ txs' = [txs EXCEPT ![t] = [state |-> "active", snap |-> Len(versions)]]
    /\ UNCHANGED versions

TryCommit(t, v) ==
    /\ txs[t].state = "active"
    /\ IF Len(versions) = txs[t].snap
         THEN /\ versions' = Append(versions, v)
              /\ txs' = [txs EXCEPT ![t].state = "committed"]
         ELSE /\ txs' = [txs EXCEPT ![t].state = "aborted"]
              /\ UNCHANGED versions

Abort(t) ==
    /\ txs[t].state = "active"
    /\ txs' = [txs EXCEPT ![t].state = "aborted"]
    /\ UNCHANGED versions

Next ==
    \/ \E t \in Tx : Begin(t)
    \/ \E t \in Tx, v \in Vals : TryCommit(t, v)
    \/ \E t \in Tx : Abort(t)

Spec == Init /\ [][Next]_vars

OneVersionPerCommit == Len(versions) = Cardinality({t \in Tx : txs[t].state = "committed"})

SnapshotsInThePast == \A t \in Tx : txs[t].snap <= Len(versions)
==============================================================================
