----------------------------- MODULE CommandLog -----------------------------
(* A replicated state machine on a counter: commands are appended to a log *)
(* and applied to the state; undo drops the last command.                  *)
EXTENDS Naturals, Sequences

CONSTANT MaxLen

Commands == [type : {"inc", "dec", "set"}, val : 1..2]

Apply(v, c) ==
    CASE c.type = "inc" -> v + c.val
      [] c.type = "dec" -> IF v >= c.val THEN v - c.val ELSE 0
      [] c.type = "set" -> c.val

RECURSIVE Replay(_)
Replay(s) == IF s = <<>> THEN 0 ELSE Apply(Replay(SubSeq(s, 1, Len(s) - 1)), s[Len(s)])

VARIABLES log, value

TypeOK == log \in Seq(Commands) /\ Len(log) <= MaxLen /\ value \in 0..(2 * MaxLen)

Init == log = <<>> /\ value = 0

Submit(c) ==
    /\ Len(log) < MaxLen
    /\ log' = Append(log, c)
    /\ value' = Apply(value, c)

Undo ==
    /\ log /= <<>>
    /\ log' = SubSeq(log, 1, Len(log) - 1)
    /\ value' = Replay(log')

Next == (\E c \in [type : {"inc", "dec", "set"}, val : 1..2] : Submit(c)) \/ Undo

\* The state is always the result of replaying the log.
StateMatchesLog == value = Replay(log)
=============================================================================
