------------------------------ MODULE Functions ------------------------------
(***************************************************************************)
(* Operators on TLA+ functions.  Part of sysmoray's own pure-TLA+ library; *)
(* written from the documented meaning of the CommunityModules operators   *)
(* of the same names.  Like the community's module it extends Integers    *)
(* and Folds; FiniteSets is instantiated LOCALly.                          *)
(***************************************************************************)
EXTENDS Integers, Folds
LOCAL INSTANCE FiniteSets

\* Any element of a non-empty set (used as the "choose" of folds).
LOCAL AnyOf(R) == CHOOSE x \in R : TRUE

\* f with its domain cut down to S (S should be a subset of DOMAIN f).
Restrict(f, S) == [x \in S |-> f[x]]

\* f restricted to the arguments x for which Test(x) holds.
RestrictDomain(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(x)})

\* f restricted to the arguments x whose value f[x] satisfies Test.
RestrictValues(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(f[x])})

\* TRUE iff f equals g restricted to the domain of f.
IsRestriction(f, g) ==
    /\ DOMAIN f \subseteq DOMAIN g
    /\ \A x \in DOMAIN f : f[x] = g[x]

\* The image of f: the set of all values f takes.
Range(f) == {f[x] : x \in DOMAIN f}

\* A function from T into S that maps every t hit by f to some s in S with
\* f[s] = t; a t not hit by f is mapped to an arbitrary element of S.
Inverse(f, S, T) ==
    [t \in T |->
        LET Pre == {s \in S \cap DOMAIN f : f[s] = t}
        IN  IF Pre # {} THEN AnyOf(Pre) ELSE AnyOf(S)]

\* The inverse of f, from its range back to its domain.
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))

\* TRUE iff f maps different arguments to different values.
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

\* TRUE iff every t in T is f[s] for some s in S.
LOCAL IsSurjective(f, S, T) == \A t \in T : \E s \in S : f[s] = t

\* TRUE iff f is injective and hits every element of T from S.
LOCAL IsBijection(f, S, T) == IsInjective(f) /\ IsSurjective(f, S, T)

\* The sets of injective / surjective / bijective functions from S to T.
Injection(S, T) == {f \in [S -> T] : IsInjective(f)}
Surjection(S, T) == {f \in [S -> T] : IsSurjective(f, S, T)}
Bijection(S, T) == {f \in [S -> T] : IsBijection(f, S, T)}

\* Whether such functions exist between the finite sets S and T (decided by
\* counting instead of enumerating [S -> T]).
ExistsInjection(S, T) == Cardinality(S) <= Cardinality(T)
ExistsSurjection(S, T) ==
    IF T = {} THEN S = {} ELSE Cardinality(S) >= Cardinality(T)
ExistsBijection(S, T) == Cardinality(S) = Cardinality(T)

\* Combine the values of f over the given (finite) set of arguments with
\* op, starting from base; the order is unspecified, so op should be
\* associative and commutative.
FoldFunctionOnSet(op(_, _), base, f, indices) ==
    MapThenFoldSet(op, base, LAMBDA x : f[x], AnyOf, indices)

\* Combine all values of f with op, starting from base (order unspecified).
FoldFunction(op(_, _), base, f) ==
    FoldFunctionOnSet(op, base, f, DOMAIN f)

\* The sum of the values of f over the given set of arguments / over its
\* whole domain.
SumFunctionOnSet(f, indices) == FoldFunctionOnSet(+, 0, f, indices)
SumFunction(f) == SumFunctionOnSet(f, DOMAIN f)

\* Apply T argument-wise to f and g (DOMAIN f should be a subset of DOMAIN g):
\* Pointwise(f, g, +)[x] = f[x] + g[x].
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

==============================================================================
