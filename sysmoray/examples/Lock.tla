---------------------------- MODULE Lock ----------------------------
(* A mutex with a FIFO queue of waiters: the bundled example for `sysmoray check`. *)
EXTENDS Naturals, Sequences, SequencesExt

CONSTANTS Procs

VARIABLES owner, queue

vars == <<owner, queue>>

NoOwner == "none"

TypeOK == /\ owner \in Procs \cup {NoOwner}
          /\ queue \in Seq(Procs)

Init == owner = NoOwner /\ queue = <<>>

\* A process asks for the lock; it gets it at once if the lock is free and nobody waits.
Request(p) == /\ p # owner
              /\ ~Contains(queue, p)
              /\ IF owner = NoOwner /\ queue = <<>>
                    THEN owner' = p /\ UNCHANGED queue
                    ELSE queue' = Append(queue, p) /\ UNCHANGED owner

\* The owner releases; the lock passes to the first waiter, if any.
Release(p) == /\ owner = p
              /\ IF queue = <<>>
                    THEN owner' = NoOwner /\ UNCHANGED queue
                    ELSE owner' = Head(queue) /\ queue' = Tail(queue)

Next == \E p \in Procs : Request(p) \/ Release(p)

Spec == Init /\ [][Next]_vars

Mutex == owner \in Procs => ~Contains(queue, owner)
=============================================================================
