---------------------------- MODULE EuclidPlusCal ----------------------------
(* Euclid's subtraction algorithm for the greatest common divisor, for every
   pair of starting values in 1..N. *)
EXTENDS Naturals

CONSTANT N

Divides(d, n) == \E k \in 0..n : n = d * k
GCD(a, b) == CHOOSE d \in 1..a : Divides(d, a) /\ Divides(d, b) /\
                 \A e \in 1..a : (Divides(e, a) /\ Divides(e, b)) => e <= d

(* --algorithm Euclid
variables a0 \in 1..N, b0 \in 1..N, x = a0, y = b0;
begin
  loop:
    while x /= y do
      if x < y then
        dec_y: y := y - x;
      else
        dec_x: x := x - y;
      end if;
    end while;
end algorithm; *)

\* BEGIN TRANSLATION PCal-9aa3bb79da474653d0cbc5f74a1a8a34
VARIABLES a0, b0, x, y, pc

vars == << a0, b0, x, y, pc >>

Init == (* Global variables *)
        /\ a0 \in 1..N
        /\ b0 \in 1..N
        /\ x = a0
        /\ y = b0
        /\ pc = "loop"

loop == /\ pc = "loop"
        /\ IF x /= y
              THEN /\ IF x < y
                         THEN /\ pc' = "dec_y"
                         ELSE /\ pc' = "dec_x"
              ELSE /\ pc' = "Done"
        /\ UNCHANGED << a0, b0, x, y >>

dec_y == /\ pc = "dec_y"
         /\ y' = y - x
         /\ pc' = "loop"
         /\ UNCHANGED << a0, b0, x >>

dec_x == /\ pc = "dec_x"
         /\ x' = x - y
         /\ pc' = "loop"
         /\ UNCHANGED << a0, b0, y >>

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == loop \/ dec_y \/ dec_x
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION TLA-f7d1e562c48871f1d77c63e5391c551d

TypeOK ==
    /\ a0 \in 1..N /\ b0 \in 1..N
    /\ x \in 1..N /\ y \in 1..N
    /\ pc \in {"loop", "dec_y", "dec_x", "Done"}

GCDPreserved == GCD(x, y) = GCD(a0, b0)

DoneMeansGCD == pc = "Done" => x = GCD(a0, b0) /\ y = x

=============================================================================
