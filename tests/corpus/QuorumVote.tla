----------------------------- MODULE QuorumVote -----------------------------
(* Single-shot voting: each acceptor votes for at most one value; a value *)
(* is chosen once a quorum votes for it. Quorums pairwise intersect.      *)
EXTENDS Naturals, FiniteSets

CONSTANTS Acceptors, Values, Quorums, None

ASSUME \A Q1, Q2 \in Quorums : Q1 \cap Q2 /= {}

VARIABLES votes, decided

TypeOK ==
    /\ votes \in [Acceptors -> Values \cup {None}]
    /\ decided \in Values \cup {None}

Init ==
    /\ votes = [a \in Acceptors |-> None]
    /\ decided = None

Chosen == {v \in Values : \E Q \in Quorums : \A a \in Q : votes[a] = v}

Vote(a, v) ==
    /\ votes[a] = None
    /\ votes' = [votes EXCEPT ![a] = v]
    /\ UNCHANGED decided

Decide ==
    /\ decided = None
    /\ \E v \in Chosen : decided' = v
    /\ UNCHANGED votes

Next == (\E <<a, v>> \in Acceptors \X Values : Vote(a, v)) \/ Decide

AtMostOneChosen == Cardinality(Chosen) <= 1

DecidedIsChosen == decided /= None => decided \in Chosen
=============================================================================
