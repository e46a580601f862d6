---------------------------- MODULE PlusCalMutex ----------------------------
(* A mutex over a binary semaphore, laid out the way the PlusCal translator  *)
(* writes it: a pc variable, one action per label, ProcSet, Terminating.     *)
EXTENDS Naturals, Sequences, TLC

CONSTANTS Procs, Rounds

(* --algorithm PlusCalMutex
variables sem = 1, inCS = {};
process p \in Procs
variables rounds = 0;
begin
ncs:   while rounds < Rounds do
enter:   await sem = 1; sem := 0;
cs:      inCS := inCS \cup {self};
exit:    inCS := inCS \ {self}; sem := 1; rounds := rounds + 1;
       end while;
end process;
end algorithm; *)
\* BEGIN TRANSLATION
VARIABLES sem, inCS, pc, rounds

vars == << sem, inCS, pc, rounds >>

ProcSet == (Procs)

Init == (* Global variables *)
        /\ sem = 1
        /\ inCS = {}
        (* Process p *)
        /\ rounds = [self \in Procs |-> 0]
        /\ pc = [self \in ProcSet |-> "ncs"]

ncs(self) == /\ pc[self] = "ncs"
             /\ IF rounds[self] < Rounds
                   THEN /\ pc' = [pc EXCEPT ![self] = "enter"]
                   ELSE /\ pc' = [pc EXCEPT ![self] = "Done"]
             /\ UNCHANGED << sem, inCS, rounds >>

enter(self) == /\ pc[self] = "enter"
               /\ sem = 1
               /\ sem' = 0
               /\ pc' = [pc EXCEPT ![self] = "cs"]
               /\ UNCHANGED << inCS, rounds >>

cs(self) == /\ pc[self] = "cs"
            /\ inCS' = (inCS \cup {self})
            /\ pc' = [pc EXCEPT ![self] = "exit"]
            /\ UNCHANGED << sem, rounds >>

exit(self) == /\ pc[self] = "exit"
              /\ inCS' = inCS \ {self}
              /\ sem' = 1
              /\ rounds' = [rounds EXCEPT ![self] = rounds[self] + 1]
              /\ pc' = [pc EXCEPT ![self] = "ncs"]

p(self) == ncs(self) \/ enter(self) \/ cs(self) \/ exit(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Procs: p(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ \A self \in Procs : WF_vars(p(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION

TypeOK == /\ sem \in {0, 1}
          /\ inCS \subseteq Procs
          /\ pc \in [Procs -> {"ncs", "enter", "cs", "exit", "Done"}]
          /\ rounds \in [Procs -> 0..Rounds]

MutualExclusion == \A a, b \in Procs : a # b => ~(pc[a] \in {"cs", "exit"} /\ pc[b] \in {"cs", "exit"})
=============================================================================
