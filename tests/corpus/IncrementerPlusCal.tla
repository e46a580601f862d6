------------------------- MODULE IncrementerPlusCal -------------------------
EXTENDS Naturals, FiniteSets

CONSTANTS Procs, Iterations

(***************************************************************************
--fair algorithm Incrementer
variables counter = 0, lock = FALSE;

fair process inc \in Procs
variables i = 0, tmp = 0;
begin
  loop:
    while i < Iterations do
      acq:   await ~lock; lock := TRUE;
      read:  tmp := counter;
      write: counter := tmp + 1;
      rel:   lock := FALSE; i := i + 1;
    end while;
end process;
end algorithm;
***************************************************************************)
\* BEGIN TRANSLATION
VARIABLES counter, lock, pc, i, tmp

vars == << counter, lock, pc, i, tmp >>

ProcSet == (Procs)

Init == (* Global variables *)
        /\ counter = 0
        /\ lock = FALSE
        (* Process inc *)
        /\ i = [self \in Procs |-> 0]
        /\ tmp = [self \in Procs |-> 0]
        /\ pc = [self \in ProcSet |-> "loop"]

loop(self) == /\ pc[self] = "loop"
              /\ IF i[self] < Iterations
                    THEN /\ pc' = [pc EXCEPT ![self] = "acq"]
                    ELSE /\ pc' = [pc EXCEPT ![self] = "Done"]
              /\ UNCHANGED << counter, lock, i, tmp >>

acq(self) == /\ pc[self] = "acq"
             /\ ~lock
             /\ lock' = TRUE
             /\ pc' = [pc EXCEPT ![self] = "read"]
             /\ UNCHANGED << counter, i, tmp >>

read(self) == /\ pc[self] = "read"
              /\ tmp' = [tmp EXCEPT ![self] = counter]
              /\ pc' = [pc EXCEPT ![self] = "write"]
              /\ UNCHANGED << counter, lock, i >>

write(self) == /\ pc[self] = "write"
               /\ counter' = tmp[self] + 1
               /\ pc' = [pc EXCEPT ![self] = "rel"]
               /\ UNCHANGED << lock, i, tmp >>

rel(self) == /\ pc[self] = "rel"
             /\ lock' = FALSE
             /\ i' = [i EXCEPT ![self] = i[self] + 1]
             /\ pc' = [pc EXCEPT ![self] = "loop"]
             /\ UNCHANGED << counter, tmp >>

inc(self) == loop(self) \/ acq(self) \/ read(self) \/ write(self) \/ rel(self)

Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in ProcSet: inc(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ WF_vars(Next)
        /\ \A self \in Procs : WF_vars(inc(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION

TypeOK ==
    /\ counter \in 0..(Cardinality(Procs) * Iterations)
    /\ lock \in BOOLEAN
    /\ \A p \in Procs : pc[p] \in {"loop", "acq", "read", "write", "rel", "Done"}
    /\ i \in [Procs -> 0..Iterations]
    /\ tmp \in [Procs -> Nat]

InCS == {p \in Procs : pc[p] \in {"read", "write", "rel"}}

LockProtects == Cardinality(InCS) <= 1 /\ (InCS /= {} => lock)

\* The lock makes the read-modify-write atomic: no increment is lost.
NoLostUpdate ==
    LET finished == {<<p, k>> \in Procs \X (1..Iterations) : k <= i[p]}
        inFlight == {p \in Procs : pc[p] = "rel"}
    IN  counter = Cardinality(finished) + Cardinality(inFlight)

FinalCount == (\A p \in Procs : pc[p] = "Done") => counter = Cardinality(Procs) * Iterations
=============================================================================
