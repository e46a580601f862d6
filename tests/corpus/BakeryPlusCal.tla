---------------------------- MODULE BakeryPlusCal ----------------------------
(* A simplified bakery algorithm: a process takes a ticket one higher than
   every ticket it sees (atomically), then waits until its <<ticket, id>> is
   the smallest among the waiting processes. Tickets are bounded by MaxTicket;
   a process that would exceed it waits for the others to drain. *)
EXTENDS Naturals

CONSTANTS N, MaxTicket

Procs == 1..N

Max(S) == CHOOSE m \in S : \A x \in S : m >= x

LessThan(a, i, b, j) == a < b \/ (a = b /\ i < j)

(* --algorithm Bakery
variables num = [i \in Procs |-> 0];

process p \in Procs
begin
  ncs:
    while TRUE do
      take:
        await Max({num[j] : j \in Procs}) < MaxTicket;
        num[self] := Max({num[j] : j \in Procs}) + 1;
      wait:
        await \A j \in Procs \ {self} : num[j] = 0 \/ LessThan(num[self], self, num[j], j);
      cs:
        skip;
      exit:
        num[self] := 0;
    end while;
end process;
end algorithm; *)

\* BEGIN TRANSLATION PCal-3f35e8be9ad175df38152310de86c65b
VARIABLES num, pc

vars == << num, pc >>

ProcSet == (Procs)

Init == (* Global variables *)
        /\ num = [i \in Procs |-> 0]
        /\ pc = [self \in ProcSet |-> "ncs"]

ncs(self) == /\ pc[self] = "ncs"
             /\ pc' = [pc EXCEPT ![self] = "take"]
             /\ num' = num

take(self) == /\ pc[self] = "take"
              /\ Max({num[j] : j \in Procs}) < MaxTicket
              /\ num' = [num EXCEPT ![self] = Max({num[j] : j \in Procs}) + 1]
              /\ pc' = [pc EXCEPT ![self] = "wait"]

wait(self) == /\ pc[self] = "wait"
              /\ \A j \in Procs \ {self} : num[j] = 0 \/ LessThan(num[self], self, num[j], j)
              /\ pc' = [pc EXCEPT ![self] = "cs"]
              /\ num' = num

cs(self) == /\ pc[self] = "cs"
            /\ TRUE
            /\ pc' = [pc EXCEPT ![self] = "exit"]
            /\ num' = num

exit(self) == /\ pc[self] = "exit"
              /\ num' = [num EXCEPT ![self] = 0]
              /\ pc' = [pc EXCEPT ![self] = "ncs"]

p(self) == ncs(self) \/ take(self) \/ wait(self) \/ cs(self) \/ exit(self)

Next == (\E self \in Procs: p(self))

Spec == Init /\ [][Next]_vars

\* END TRANSLATION TLA-d8622ad95be8f1b8509b085980409c83

TypeOK == /\ num \in [Procs -> 0..MaxTicket]
          /\ pc \in [Procs -> {"ncs", "take", "wait", "cs", "exit"}]

MutualExclusion == \A i, j \in Procs : (i # j) => ~(pc[i] = "cs" /\ pc[j] = "cs")

HasTicket == \A i \in Procs : pc[i] \in {"wait", "cs", "exit"} => num[i] > 0

=============================================================================
