---- MODULE KeyValueStore ----
EXTENDS Naturals

CONSTANTS Keys, Vals, NoVal, MaxVersion

ASSUME NoVal \notin Vals

VARIABLES store, version, lastOp

vars == <<store, version, lastOp>>

TypeOK ==
  /\ store \in [Keys -> Vals \cup {NoVal}]
  /\ version \in [Keys -> 0..MaxVersion]
  /\ lastOp \in [op : {"none", "put", "delete"}, key : Keys \cup {NoVal}]

Init ==
  /\ store = [k \in Keys |-> NoVal]
  /\ version = [k \in Keys |-> 0]
  /\ lastOp = [op |-> "none", key |-> NoVal]

Put(k, v) ==
  /\ version[k] < MaxVersion
  /\ store' = [store EXCEPT ![k] = v]
  /\ version' = [version EXCEPT ![k] = @ + 1]
  /\ lastOp' = [op |-> "put", key |-> k]

Delete(k) ==
  /\ store[k] /= NoVal
  /\ store' = [store EXCEPT ![k] = NoVal]
  /\ lastOp' = [op |-> "delete", key |-> k]
  /\ UNCHANGED version

Next ==
  \/ \E <<k, v>> \in Keys \X Vals : Put(k, v)
  \/ \E k \in Keys : Delete(k)

Spec == Init /\ [][Next]_vars

\* A key that holds a value has been written at least once.
WrittenBeforeRead == \A k \in Keys : store[k] /= NoVal => version[k] > 0

LastPutVisible == lastOp.op = "put" => store[lastOp.key] /= NoVal
====
