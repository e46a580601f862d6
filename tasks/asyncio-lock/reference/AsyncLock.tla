----------------------------- MODULE AsyncLock -----------------------------
(* Reference model of CPython's asyncio.Lock, in the task's contract.            *)
(* A waiter's future is pending, resolved with a result (woken) or cancelled;    *)
(* with the task's cancel request (cancelled) these read as:                     *)
(*   future done      <=> c \in woken \cup cancelled                             *)
(*   future cancelled <=> c \in cancelled \ woken  (cancelled while pending)     *)
EXTENDS Naturals, Sequences

CONSTANTS Actors

VARIABLES locked, waiting, woken, cancelled

vars == <<locked, waiting, woken, cancelled>>

Waits(c) == \E i \in DOMAIN waiting : waiting[i] = c

\* An actor whose task is not blocked in acquire can call the lock.
Idle(c) == ~Waits(c)

FutureDone(c) == c \in woken \cup cancelled
FutureCancelled(c) == c \in cancelled \ woken

\* The deque without c's future (waiting holds each actor at most once).
Remove(q, c) == LET i == CHOOSE j \in DOMAIN q : q[j] = c
                IN  SubSeq(q, 1, i - 1) \o SubSeq(q, i + 1, Len(q))

\* _wake_up_first: resolve the first future of q unless it is already done; never looks further.
WakeFirst(q, w) == IF q # <<>> /\ ~FutureDone(Head(q)) THEN w \cup {Head(q)} ELSE w

\* acquire()'s fast path: free, and every future still queued is cancelled.
FastPath == ~locked /\ \A i \in DOMAIN waiting : FutureCancelled(waiting[i])

Init == locked = FALSE /\ waiting = <<>> /\ woken = {} /\ cancelled = {}

Acquire(c) == /\ Idle(c)
              /\ FastPath
              /\ locked' = TRUE
              /\ UNCHANGED <<waiting, woken, cancelled>>

Block(c) == /\ Idle(c)
            /\ ~FastPath
            /\ waiting' = Append(waiting, c)
            /\ UNCHANGED <<locked, woken, cancelled>>

\* The lock has no owner: any idle actor may release it; a free lock raises RuntimeError.
Release(c) == /\ Idle(c)
              /\ IF locked
                    THEN /\ locked' = FALSE
                         /\ woken' = WakeFirst(waiting, woken)
                         /\ UNCHANGED <<waiting, cancelled>>
                    ELSE UNCHANGED vars

\* Cancels the pending future, or (if already woken) leaves it resolved: the task raises anyway.
Cancel(c) == /\ Waits(c)
             /\ c \notin cancelled
             /\ cancelled' = cancelled \cup {c}
             /\ UNCHANGED <<locked, waiting, woken>>

\* The task runs: removes its future; if cancelled, passes a wake-up on when the lock is free,
\* else takes the lock.
Resume(c) == /\ FutureDone(c)
             /\ waiting' = Remove(waiting, c)
             /\ cancelled' = cancelled \ {c}
             /\ IF c \in cancelled
                   THEN /\ woken' = IF locked THEN woken \ {c}
                                    ELSE WakeFirst(Remove(waiting, c), woken \ {c})
                        /\ UNCHANGED locked
                   ELSE /\ locked' = TRUE
                        /\ woken' = woken \ {c}

Next == \E c \in Actors : Acquire(c) \/ Block(c) \/ Release(c) \/ Cancel(c) \/ Resume(c)

Spec == Init /\ [][Next]_vars

TypeOK == /\ locked \in BOOLEAN
          /\ waiting \in Seq(Actors)
          /\ woken \subseteq Actors
          /\ cancelled \subseteq Actors
=============================================================================
