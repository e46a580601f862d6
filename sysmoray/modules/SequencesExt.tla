---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* More operators on finite sequences.  Part of sysmoray's own pure-TLA+   *)
(* library; written from the documented meaning of the CommunityModules    *)
(* operators of the same names.  Like the community's module it extends   *)
(* what it builds on, so a model that extends it also gets Len, Append,    *)
(* Cardinality, Range, Max, FoldSet, the bags, TLC's :> and the rest (and *)
(* cannot define them again, as with the community's module).             *)
(***************************************************************************)
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions, Bags, TLC

\* Any element of a non-empty set.
LOCAL AnyOf(R) == CHOOSE x \in R : TRUE

\* Largest / smallest element of a non-empty set of integers.
LOCAL MaxOf(R) == CHOOSE x \in R : \A y \in R : y <= x
LOCAL MinOf(R) == CHOOSE x \in R : \A y \in R : x <= y

-----------------------------------------------------------------------------
(* Sets and sequences *)

\* The set of elements of s.
ToSet(s) == {s[i] : i \in DOMAIN s}

\* The bag (Bags.tla) of the elements of s: each one with its number of
\* occurrences.
ToBag(s) == [x \in ToSet(s) |-> Cardinality({i \in DOMAIN s : s[i] = x})]

\* TRUE iff op holds between every element and each one after it (so
\* IsSorted(s, <) asks for strictly increasing); <<>> and <<x>> are sorted.
IsSorted(s, op(_, _)) == \A i, j \in 1 .. Len(s) : i < j => op(s[i], s[j])

\* Some sequence listing every element of the finite set S exactly once
\* (the order is unspecified).
RECURSIVE SetToSeq(_)
SetToSeq(S) ==
    IF S = {} THEN <<>>
    ELSE LET x == AnyOf(S) IN <<x>> \o SetToSeq(S \ {x})

\* The elements of S in increasing order, where op(a, b) means "a comes
\* before b" (a strict or non-strict total order on S, e.g. <).
SetToSortSeq(S, op(_, _)) ==
    LET RECURSIVE Sorted(_)
        Sorted(R) ==
            IF R = {} THEN <<>>
            ELSE LET m == CHOOSE m \in R : \A y \in R \ {m} : op(m, y)
                 IN  <<m>> \o Sorted(R \ {m})
    IN  Sorted(S)

\* All sequences listing every element of S exactly once (the
\* permutations of S).
RECURSIVE SetToSeqs(_)
SetToSeqs(S) ==
    IF S = {} THEN {<<>>}
    ELSE UNION {{<<x>> \o p : p \in SetToSeqs(S \ {x})} : x \in S}

\* All sequences of pairwise distinct elements of S, of every length
\* 0..Cardinality(S) (the k-permutations of S for all k).
SetToAllKPermutations(S) == UNION {SetToSeqs(T) : T \in SUBSET S}

\* All sequences of length exactly n with elements in set.
TupleOf(set, n) == [1 .. n -> set]

\* All sequences of length at most n with elements in set.
SeqOf(set, n) == UNION {[1 .. m -> set] : m \in 0 .. n}

\* Same as SeqOf: the finite sequences over S of length at most n.
BoundedSeq(S, n) == SeqOf(S, n)

-----------------------------------------------------------------------------
(* Elements *)

\* TRUE iff e occurs in s.
Contains(s, e) == \E i \in 1 .. Len(s) : s[i] = e

\* s backwards.
Reverse(s) == [i \in 1 .. Len(s) |-> s[Len(s) + 1 - i]]

\* s without any occurrence of e.
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

\* s without its first occurrence of e (s itself if e does not occur).
RemoveFirst(s, e) ==
    LET I == {i \in 1 .. Len(s) : s[i] = e}
    IN  IF I = {} THEN s
        ELSE SubSeq(s, 1, MinOf(I) - 1) \o SubSeq(s, MinOf(I) + 1, Len(s))

\* s without its first element satisfying Test (s itself if none does).
RemoveFirstMatch(s, Test(_)) ==
    LET I == {i \in 1 .. Len(s) : Test(s[i])}
    IN  IF I = {} THEN s
        ELSE SubSeq(s, 1, MinOf(I) - 1) \o SubSeq(s, MinOf(I) + 1, Len(s))

\* s with every occurrence of old replaced by new.
ReplaceAll(s, old, new) ==
    [i \in 1 .. Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

\* s with e inserted so that it becomes element i (1 <= i <= Len(s) + 1).
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))

\* s with element i replaced by e (1 <= i <= Len(s)).
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

\* s with element i taken out (1 <= i <= Len(s)).
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

\* s with elt put in front / at the end.
Cons(elt, seq) == <<elt>> \o seq
Snoc(elt, seq) == Append(seq, elt)

\* All but the last element of a non-empty sequence.
Front(s) == SubSeq(s, 1, Len(s) - 1)

\* The last element of a non-empty sequence.
Last(s) == s[Len(s)]

\* The index of the first / last element of seq satisfying Test, or 0 if
\* there is none.
SelectInSeq(seq, Test(_)) ==
    LET I == {i \in 1 .. Len(seq) : Test(seq[i])}
    IN  IF I = {} THEN 0 ELSE MinOf(I)
SelectLastInSeq(seq, Test(_)) ==
    LET I == {i \in 1 .. Len(seq) : Test(seq[i])}
    IN  IF I = {} THEN 0 ELSE MaxOf(I)

\* The same within SubSeq(seq, from, to); the index counts from its start.
SelectInSubSeq(seq, from, to, Test(_)) == SelectInSeq(SubSeq(seq, from, to), Test)
SelectLastInSubSeq(seq, from, to, Test(_)) == SelectLastInSeq(SubSeq(seq, from, to), Test)

\* a modulo b shifted into 1 .. b (for b > 0): handy for cyclic indices.
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

-----------------------------------------------------------------------------
(* Prefixes, suffixes and sub-sequences *)

\* TRUE iff s is an initial part of t (every sequence is its own prefix).
IsPrefix(s, t) ==
    Len(s) <= Len(t) /\ \A i \in 1 .. Len(s) : s[i] = t[i]

\* TRUE iff s is a prefix of t and shorter than t.
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ Len(s) < Len(t)

\* TRUE iff s is a final part of t.
IsSuffix(s, t) ==
    Len(s) <= Len(t) /\ \A i \in 1 .. Len(s) : s[i] = t[Len(t) - Len(s) + i]

\* TRUE iff s is a suffix of t and shorter than t.
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ Len(s) < Len(t)

\* All prefixes / suffixes of s, including <<>> and s itself.
Prefixes(s) == {SubSeq(s, 1, k) : k \in 0 .. Len(s)}
Suffixes(s) == {SubSeq(s, k, Len(s)) : k \in 1 .. Len(s) + 1}

\* The sequences that are a prefix of every sequence in the set S.
CommonPrefixes(S) ==
    {p \in UNION {Prefixes(s) : s \in S} : \A s \in S : IsPrefix(p, s)}

\* The longest common prefix of the non-empty set of sequences S.
LongestCommonPrefix(S) ==
    LET P == CommonPrefixes(S)
    IN  CHOOSE p \in P : \A q \in P : Len(q) <= Len(p)

\* All contiguous pieces of s (including <<>>).
SubSeqs(s) == {SubSeq(s, i, j) : i \in 1 .. Len(s) + 1, j \in 0 .. Len(s)}

\* All sequences obtained from s by deleting any elements (the
\* not-necessarily-contiguous subsequences of s, including <<>> and s).
RECURSIVE AllSubSeqs(_)
AllSubSeqs(s) ==
    IF Len(s) = 0 THEN {<<>>}
    ELSE LET Rest == AllSubSeqs(Tail(s))
         IN  Rest \cup {<<Head(s)>> \o r : r \in Rest}

\* The index in t where the first occurrence of the contiguous piece s
\* starts, or 0 if s does not occur in t (1 when s = <<>>).
IndexFirstSubSeq(s, t) ==
    LET I == {i \in 1 .. (Len(t) - Len(s) + 1) :
                 SubSeq(t, i, i + Len(s) - 1) = s}
    IN  IF I = {} THEN 0 ELSE MinOf(I)

\* t with its elements i .. i + Len(s) - 1 (where s occurs) replaced by r.
ReplaceSubSeqAt(i, r, s, t) == SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))

\* t with the first occurrence of s replaced by r (t itself if s does not
\* occur; for s = <<>>, r is put in front of t).
ReplaceFirstSubSeq(r, s, t) ==
    LET i == IndexFirstSubSeq(s, t)
    IN  IF i = 0 THEN t ELSE ReplaceSubSeqAt(i, r, s, t)

\* t with every occurrence of s replaced by r, scanning from the left and
\* skipping overlapping occurrences.  For s = <<>>, r is put before every
\* element and at the end (like string replacement of "").
RECURSIVE ReplaceAllSubSeqs(_, _, _)
ReplaceAllSubSeqs(r, s, t) ==
    IF Len(s) = 0
    THEN IF Len(t) = 0 THEN r
         ELSE r \o <<Head(t)>> \o ReplaceAllSubSeqs(r, s, Tail(t))
    ELSE LET i == IndexFirstSubSeq(s, t)
         IN  IF i = 0 THEN t
             ELSE SubSeq(t, 1, i - 1) \o r
                    \o ReplaceAllSubSeqs(r, s, SubSeq(t, i + Len(s), Len(t)))

-----------------------------------------------------------------------------
(* Folding and combining *)

\* op(... op(op(base, s[1]), s[2]) ..., s[n]).
\* (Written as "fold the first k elements" so that TLC's lazy argument
\* evaluation does not build a second chain of pending op applications.)
FoldLeft(op(_, _), base, s) ==
    LET RECURSIVE Upto(_)
        Upto(k) == IF k = 0 THEN base ELSE op(Upto(k - 1), s[k])
    IN  Upto(Len(s))

\* op(s[1], op(s[2], ... op(s[n], base) ...)).
FoldRight(op(_, _), s, base) ==
    LET RECURSIVE From(_)
        From(k) == IF k > Len(s) THEN base ELSE op(s[k], From(k + 1))
    IN  From(1)

\* FoldLeft and FoldRight over the indices of s instead of its elements.
FoldLeftDomain(op(_, _), base, s) == FoldLeft(op, base, [i \in DOMAIN s |-> i])
FoldRightDomain(op(_, _), s, base) == FoldRight(op, [i \in DOMAIN s |-> i], base)

\* Combine all elements of s with op, starting from base; meant for
\* associative and commutative op (evaluated like FoldRight).
FoldSeq(op(_, _), base, s) == FoldRight(op, s, base)

\* The concatenation of a sequence of sequences.
FlattenSeq(seqs) ==
    IF Len(seqs) = 0 THEN <<>>
    ELSE FoldLeft(LAMBDA a, b : a \o b, Head(seqs), Tail(seqs))

\* The sequence of pairs <<s[i], t[i]>> (up to the shorter length).
Zip(s, t) ==
    [i \in 1 .. (IF Len(s) <= Len(t) THEN Len(s) ELSE Len(t)) |-> <<s[i], t[i]>>]

\* For s and t of the same length: <<<<s[1]>>, <<t[1]>>, <<s[2]>>, ...>>,
\* so that FlattenSeq(Interleave(s, t)) alternates their elements.
Interleave(s, t) ==
    [i \in 1 .. 2 * Len(s) |-> IF i % 2 = 1 THEN <<s[(i + 1) \div 2]>> ELSE <<t[i \div 2]>>]

==============================================================================
