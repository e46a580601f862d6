--------------------------- MODULE RecoveryPlusCal ---------------------------
(* Two workers append their id to a shared log and then count how often
   they ran. If the system had crashed, a worker would clear the log first. *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANT Workers

(* --algorithm Recovery
variables log = <<>>, crashed = FALSE;

process worker \in Workers
variables runs = 0;
begin
  append:
    log := Append(log, self);
  check:
    if crashed then
      recover:
        log := <<>>;
    end if;
  count:
    runs := runs + 1;
end process;
end algorithm; *)

\* BEGIN TRANSLATION PCal-a59974f7ce71a2bed75aa05390b1abcd
VARIABLES log, crashed, pc, runs

vars == << log, crashed, pc, runs >>

ProcSet == (Workers)

Init == (* Global variables *)
        /\ log = <<>>
        /\ crashed = FALSE
        (* Process worker *)
        /\ runs = [self \in Workers |-> 0]
        /\ pc = [self \in ProcSet |-> "append"]

append(self) == /\ pc[self] = "append"
                /\ log' = Append(log, self)
                /\ pc' = [pc EXCEPT ![self] = "check"]
                /\ UNCHANGED << crashed, runs >>

check(self) == /\ pc[self] = "check"
               /\ IF crashed
                     THEN /\ pc' = [pc EXCEPT ![self] = "recover"]
                     ELSE /\ pc' = [pc EXCEPT ![self] = "count"]
               /\ UNCHANGED << log, crashed, runs >>

recover(self) == /\ pc[self] = "recover"
                 /\ log' = <<>>
                 /\ pc' = [pc EXCEPT ![self] = "count"]
                 /\ UNCHANGED << crashed, runs >>

count(self) == /\ pc[self] = "count"
               /\ runs' = [runs EXCEPT ![self] = runs[self] + 1]
               /\ pc' = [pc EXCEPT ![self] = "Done"]
               /\ UNCHANGED << log, crashed >>

worker(self) == append(self) \/ check(self) \/ recover(self) \/ count(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Workers: worker(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION TLA-622f42279e8ae0df56b6cddf241ba93c

TypeOK ==
    /\ log \in Seq(Workers)
    /\ crashed \in BOOLEAN
    /\ pc \in [Workers -> {"append", "check", "recover", "count", "Done"}]
    /\ runs \in [Workers -> 0..1]

LogBounded == Len(log) <= Cardinality(Workers)

RanOnce == \A w \in Workers : runs[w] = 1 <=> pc[w] = "Done"

=============================================================================
