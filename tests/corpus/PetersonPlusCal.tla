--------------------------- MODULE PetersonPlusCal ---------------------------
(* Peterson's mutual exclusion algorithm for two processes, each entering its
   critical section once. *)
EXTENDS Naturals, TLC

(* --algorithm Peterson
variables flag = [i \in {0, 1} |-> FALSE], turn = 0;

define
  Other(i) == 1 - i
end define;

process proc \in {0, 1}
begin
  a1: flag[self] := TRUE;
  a2: turn := Other(self);
  a3: await ~flag[Other(self)] \/ turn = self;
  cs: skip;
  a4: flag[self] := FALSE;
end process;
end algorithm; *)

\* BEGIN TRANSLATION PCal-fc67598bae43480b77c7cd12bebd0ce4
VARIABLES flag, turn, pc

(* define statement *)
Other(i) == 1 - i


vars == << flag, turn, pc >>

ProcSet == ({0, 1})

Init == (* Global variables *)
        /\ flag = [i \in {0, 1} |-> FALSE]
        /\ turn = 0
        /\ pc = [self \in ProcSet |-> "a1"]

a1(self) == /\ pc[self] = "a1"
            /\ flag' = [flag EXCEPT ![self] = TRUE]
            /\ pc' = [pc EXCEPT ![self] = "a2"]
            /\ turn' = turn

a2(self) == /\ pc[self] = "a2"
            /\ turn' = Other(self)
            /\ pc' = [pc EXCEPT ![self] = "a3"]
            /\ flag' = flag

a3(self) == /\ pc[self] = "a3"
            /\ ~flag[Other(self)] \/ turn = self
            /\ pc' = [pc EXCEPT ![self] = "cs"]
            /\ UNCHANGED << flag, turn >>

cs(self) == /\ pc[self] = "cs"
            /\ TRUE
            /\ pc' = [pc EXCEPT ![self] = "a4"]
            /\ UNCHANGED << flag, turn >>

a4(self) == /\ pc[self] = "a4"
            /\ flag' = [flag EXCEPT ![self] = FALSE]
            /\ pc' = [pc EXCEPT ![self] = "Done"]
            /\ turn' = turn

proc(self) == a1(self) \/ a2(self) \/ a3(self) \/ cs(self) \/ a4(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in {0, 1}: proc(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION TLA-2da02f0809dde20cf67a91cc56fef327

TypeOK == /\ flag \in [{0, 1} -> BOOLEAN]
          /\ turn \in {0, 1}
          /\ pc \in [ProcSet -> {"a1", "a2", "a3", "cs", "a4", "Done"}]

MutualExclusion == ~(pc[0] = "cs" /\ pc[1] = "cs")

FlagRaised == \A i \in ProcSet : pc[i] \in {"a2", "a3", "cs", "a4"} => flag[i]

=============================================================================
