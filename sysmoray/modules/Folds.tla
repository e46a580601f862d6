-------------------------------- MODULE Folds --------------------------------
(***************************************************************************)
(* Generic folding over finite sets.  Part of sysmoray's own pure-TLA+     *)
(* library; written from the documented meaning of the CommunityModules    *)
(* operator of the same name.                                              *)
(***************************************************************************)

\* Fold the finite set S: repeatedly take x == choose(R) out of the
\* remaining elements R, map it with f and combine it with the fold of the
\* rest, i.e.  op(f(x1), op(f(x2), ... op(f(xn), base) ...)).
\* choose(R) must return an element of the non-empty set R.  The result is
\* independent of choose when op is associative and commutative.
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
    LET RECURSIVE Fold(_)
        Fold(R) == IF R = {}
                   THEN base
                   ELSE LET x == choose(R)
                        IN  op(f(x), Fold(R \ {x}))
    IN  Fold(S)

==============================================================================
