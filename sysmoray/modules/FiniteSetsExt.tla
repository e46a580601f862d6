---------------------------- MODULE FiniteSetsExt ----------------------------
(***************************************************************************)
(* More operators on finite sets.  Part of sysmoray's own pure-TLA+        *)
(* library; written from the documented meaning of the CommunityModules    *)
(* operators of the same names.  Like the community's module it extends   *)
(* Integers, FiniteSets, Folds and Functions: their operators come along.  *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Folds, Functions

\* Any element of a non-empty set (used as the "choose" of folds).
LOCAL AnyOf(R) == CHOOSE x \in R : TRUE

\* Combine all elements of a finite set with op, starting from base, e.g.
\* FoldSet(+, 0, S) is the sum of S.  The order is unspecified, so op
\* should be associative and commutative.
FoldSet(op(_, _), base, set) ==
    MapThenFoldSet(op, base, LAMBDA x : x, AnyOf, set)

\* Older name of FoldSet, with the set and the start value swapped.
ReduceSet(op(_, _), set, acc) == FoldSet(op, acc, set)

\* Sum and product of a finite set of integers.
SumSet(S) == FoldSet(LAMBDA a, b : a + b, 0, S)
ProductSet(S) == FoldSet(LAMBDA a, b : a * b, 1, S)

\* Sum of op(x) over all x in S (each element counted once).
MapThenSumSet(op(_), S) ==
    MapThenFoldSet(LAMBDA a, b : a + b, 0, op, AnyOf, S)

\* The union of a set of sets.
FlattenSet(S) == UNION S

\* Elements in exactly one of A and B.
SymDiff(A, B) == (A \ B) \cup (B \ A)

\* How many elements of S satisfy P.
Quantify(S, P(_)) == Cardinality({x \in S : P(x)})

\* All subsets of S with exactly k elements (built directly instead of
\* filtering SUBSET S).
RECURSIVE kSubset(_, _)
kSubset(k, S) ==
    IF k = 0 THEN {{}}
    ELSE IF k < 0 \/ Cardinality(S) < k THEN {}
    ELSE LET x    == AnyOf(S)
             Rest == S \ {x}
         IN  kSubset(k, Rest) \cup {T \cup {x} : T \in kSubset(k - 1, Rest)}

\* Largest and smallest element of a non-empty finite set of numbers.
Max(S) == CHOOSE x \in S : \A y \in S : y <= x
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

\* Every set made by taking one element out of each member of Sets (the
\* ranges of its choice functions; {} if some member is empty).
Choices(Sets) ==
    {Range(f) : f \in {g \in [Sets -> UNION Sets] : \A A \in Sets : g[A] \in A}}

\* The one element of S satisfying P (undefined unless exactly one does).
ChooseUnique(S, P(_)) == CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x

==============================================================================
