------------------------------ MODULE KVStore ------------------------------
(* A versioned key-value store. Shape: LET-heavy actions.                    *)
EXTENDS Naturals

CONSTANTS Keys, Vals, MaxVersion

VARIABLES store, version, last

vars == <<store, version, last>>

NoVal == "none"

Init == /\ store = [k \in Keys |-> NoVal]
        /\ version = [k \in Keys |-> 0]
        /\ last = <<"init", NoVal>>

Put(k, v) ==
    LET old == store[k]
        next == version[k] + 1
        entry == <<"put", k>>
    IN  /\ old # v
        /\ next <= MaxVersion
        /\ store' = [store EXCEPT ![k] = v]
        /\ version' = [version EXCEPT ![k] = next]
        /\ last' = entry

Delete(k) ==
    LET present == store[k] # NoVal
        next == version[k] + 1
        bumped == [version EXCEPT ![k] = next]
    IN  /\ present
        /\ next <= MaxVersion
        /\ store' = [store EXCEPT ![k] = NoVal]
        /\ version' = bumped
        /\ last' = <<"delete", k>>

\* Compare-and-swap: write only if the key still holds the expected value.
Cas(k, expected, v) ==
    LET current == store[k]
        ok == current = expected
        next == IF ok THEN version[k] + 1 ELSE version[k]
    IN  /\ expected # v
        /\ next <= MaxVersion
        /\ store' = IF ok THEN [store EXCEPT ![k] = v] ELSE store
        /\ version' = [version EXCEPT ![k] = next]
        /\ last' = <<IF ok THEN "cas" ELSE "cas-failed", k>>

Next == \/ \E k \in Keys, v \in Vals : Put(k, v)
        \/ \E k \in Keys : Delete(k)
        \/ \E k \in Keys, e \in Vals \cup {NoVal}, v \in Vals : Cas(k, e, v)

Spec == Init /\ [][Next]_vars

TypeOK == /\ store \in [Keys -> Vals \cup {NoVal}]
          /\ version \in [Keys -> 0..MaxVersion]
          /\ last \in {"init", "put", "delete", "cas", "cas-failed"} \X (Keys \cup {NoVal})

\* A key that was never written has no value.
Unwritten == \A k \in Keys : version[k] = 0 => store[k] = NoVal
=============================================================================
