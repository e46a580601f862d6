---------------------------- MODULE BankTransfer ----------------------------
(* Money moves between accounts; the total amount is conserved and no      *)
(* account is ever overdrawn.                                              *)
EXTENDS Naturals, FiniteSets

CONSTANTS Accounts, Initial, MaxTransfers

VARIABLES balance, transfers

vars == <<balance, transfers>>

RECURSIVE SumOf(_, _)
SumOf(f, S) == IF S = {} THEN 0
               ELSE LET a == CHOOSE x \in S : TRUE
                    IN  f[a] + SumOf(f, S \ {a})

Total == Initial * Cardinality(Accounts)

TypeOK ==
    /\ balance \in [Accounts -> 0..Total]
    /\ transfers \in 0..MaxTransfers

Init ==
    /\ balance = [a \in Accounts |-> Initial]
    /\ transfers = 0

Transfer(from, to, amount) ==
    /\ from /= to
    /\ transfers < MaxTransfers
    /\ balance[from] >= amount
    /\ balance' = [balance EXCEPT ![from] = @ - amount, ![to] = @ + amount]
    /\ transfers' = transfers + 1

Next == \E from, to \in Accounts, amount \in 1..2 : Transfer(from, to, amount)

Spec == Init /\ [][Next]_vars

MoneyConserved == SumOf(balance, Accounts) = Total

NoOverdraft == \A a \in Accounts : balance[a] >= 0
=============================================================================
