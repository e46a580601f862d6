----------------------------- MODULE Inventory -----------------------------
(* Stock and reservations of a small shop. Shape: TypeOK written with \A.    *)
EXTENDS Naturals

CONSTANTS Items, Cap

VARIABLES stock, reserved, sold

vars == <<stock, reserved, sold>>

Init == /\ stock = [i \in Items |-> 1]
        /\ reserved = [i \in Items |-> 0]
        /\ sold = 0

Restock(i) == /\ stock[i] < Cap
              /\ stock' = [stock EXCEPT ![i] = Cap]
              /\ UNCHANGED <<reserved, sold>>

Reserve(i) == /\ reserved[i] < stock[i]
              /\ reserved' = [reserved EXCEPT ![i] = @ + 1]
              /\ UNCHANGED <<stock, sold>>

Cancel(i) == /\ reserved[i] > 0
             /\ reserved' = [reserved EXCEPT ![i] = @ - 1]
             /\ UNCHANGED <<stock, sold>>

Sell(i) == /\ reserved[i] > 0
           /\ stock' = [stock EXCEPT ![i] = @ - 1]
           /\ reserved' = [reserved EXCEPT ![i] = @ - 1]
           /\ sold' = (sold + 1) % 3

Next == \E i \in Items : Restock(i) \/ Reserve(i) \/ Cancel(i) \/ Sell(i)

Spec == Init /\ [][Next]_vars

TypeOK == /\ \A i \in Items : stock[i] \in 0..Cap
          /\ \A i \in Items : reserved[i] \in 0..Cap
          /\ DOMAIN stock = Items /\ DOMAIN reserved = Items
          /\ sold \in 0..2

\* Nothing is reserved that is not in stock.
Covered == \A i \in Items : reserved[i] <= stock[i]
=============================================================================
