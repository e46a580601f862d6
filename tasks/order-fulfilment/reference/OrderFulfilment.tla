-------------------- MODULE OrderFulfilment --------------------
(* Order fulfilment: reservation of limited stock, payment, shipping, cancellation. *)
EXTENDS Naturals, FiniteSets

CONSTANTS Orders, Stock

VARIABLES status, payment, stock

vars == <<status, payment, stock>>

Init == /\ status = [o \in Orders |-> "new"]
        /\ payment = [o \in Orders |-> "none"]
        /\ stock = Stock

Reserve(o) == /\ status[o] = "new"
              /\ stock > 0
              /\ status' = [status EXCEPT ![o] = "reserved"]
              /\ stock' = stock - 1
              /\ UNCHANGED payment

Pay(o) == /\ status[o] = "reserved"
          /\ status' = [status EXCEPT ![o] = "paid"]
          /\ payment' = [payment EXCEPT ![o] = "charged"]
          /\ UNCHANGED stock

Ship(o) == /\ status[o] = "paid"
           /\ status' = [status EXCEPT ![o] = "shipped"]
           /\ UNCHANGED <<payment, stock>>

Deliver(o) == /\ status[o] = "shipped"
              /\ status' = [status EXCEPT ![o] = "delivered"]
              /\ UNCHANGED <<payment, stock>>

CancelNew(o) == /\ status[o] = "new"
                /\ status' = [status EXCEPT ![o] = "cancelled"]
                /\ UNCHANGED <<payment, stock>>

CancelReserved(o) == /\ status[o] = "reserved"
                     /\ status' = [status EXCEPT ![o] = "cancelled"]
                     /\ stock' = stock + 1
                     /\ UNCHANGED payment

CancelPaid(o) == /\ status[o] = "paid"
                 /\ status' = [status EXCEPT ![o] = "cancelled"]
                 /\ payment' = [payment EXCEPT ![o] = "refunded"]
                 /\ stock' = stock + 1

Next == \E o \in Orders : \/ Reserve(o) \/ Pay(o) \/ Ship(o) \/ Deliver(o)
                          \/ CancelNew(o) \/ CancelReserved(o) \/ CancelPaid(o)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ status \in [Orders -> {"new", "reserved", "paid", "shipped", "delivered", "cancelled"}]
          /\ payment \in [Orders -> {"none", "charged", "refunded"}]
          /\ stock \in 0..Stock

\* Task template: Every unit is either in stock or held by a reserved, paid, shipped or delivered order.
UnitsConserved == stock + Cardinality({o \in Orders : status[o] \in {"reserved", "paid", "shipped", "delivered"}}) = Stock

\* Task template: An order is shipped or delivered only if its customer was charged.
ShippedOnlyIfCharged == \A o \in Orders : status[o] \in {"shipped", "delivered"} => payment[o] = "charged"

\* Task template: A cancelled order leaves its customer uncharged (never charged, or refunded).
CancelledNotCharged == \A o \in Orders : status[o] = "cancelled" => payment[o] # "charged"

\* Task template: Only paid, shipped or delivered orders are charged.
ChargedOnlyWhenPaid == \A o \in Orders : payment[o] = "charged" => status[o] \in {"paid", "shipped", "delivered"}
================================================================
