-------------------------- MODULE SemaphorePlusCal --------------------------
(* A counting semaphore guarding a pool of Slots identical resources.
   Workers loop forever: wait on the semaphore, use a slot, signal. *)
EXTENDS Naturals, FiniteSets

CONSTANTS Workers, Slots

(* --algorithm Semaphore
variables sem = Slots;

macro P(s) begin
  await s > 0;
  s := s - 1;
end macro;

macro V(s) begin
  s := s + 1;
end macro;

process worker \in Workers
begin
  loop:
    while TRUE do
      acquire: P(sem);
      use: skip;
      release: V(sem);
    end while;
end process;
end algorithm; *)

\* BEGIN TRANSLATION PCal-f6730eb2334eaa8c1c441f309495ac1b
VARIABLES sem, pc

vars == << sem, pc >>

ProcSet == (Workers)

Init == (* Global variables *)
        /\ sem = Slots
        /\ pc = [self \in ProcSet |-> "loop"]

loop(self) == /\ pc[self] = "loop"
              /\ pc' = [pc EXCEPT ![self] = "acquire"]
              /\ sem' = sem

acquire(self) == /\ pc[self] = "acquire"
                 /\ sem > 0
                 /\ sem' = sem - 1
                 /\ pc' = [pc EXCEPT ![self] = "use"]

use(self) == /\ pc[self] = "use"
             /\ TRUE
             /\ pc' = [pc EXCEPT ![self] = "release"]
             /\ sem' = sem

release(self) == /\ pc[self] = "release"
                 /\ sem' = sem + 1
                 /\ pc' = [pc EXCEPT ![self] = "loop"]

worker(self) == loop(self) \/ acquire(self) \/ use(self) \/ release(self)

Next == (\E self \in Workers: worker(self))

Spec == Init /\ [][Next]_vars

\* END TRANSLATION TLA-3c1f2a1e36002feed4844010b1a4486c

TypeOK == /\ sem \in 0..Slots
          /\ \A w \in Workers : pc[w] \in {"loop", "acquire", "use", "release"}

InUse == {w \in Workers : pc[w] \in {"use", "release"}}

SlotsAccounted == sem + Cardinality(InUse) = Slots

AtMostSlotsInUse == Cardinality(InUse) <= Slots

=============================================================================
