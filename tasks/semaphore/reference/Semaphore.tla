----------------------------- MODULE Semaphore -----------------------------
(* Reference model of CPython's threading.BoundedSemaphore, in the task's contract. *)
EXTENDS Naturals, Sequences

CONSTANTS Threads, Max

VARIABLES value, waiting, woken

vars == <<value, waiting, woken>>

Waits(t) == \E i \in DOMAIN waiting : waiting[i] = t

\* A thread that is not inside a blocking acquire can call the semaphore.
Idle(t) == ~Waits(t) /\ t \notin woken

Init == value = Max /\ waiting = <<>> /\ woken = {}

Acquire(t) == /\ Idle(t)
              /\ value > 0
              /\ value' = value - 1
              /\ UNCHANGED <<waiting, woken>>

Block(t) == /\ Idle(t)
            /\ value = 0
            /\ waiting' = Append(waiting, t)
            /\ UNCHANGED <<value, woken>>

TryAcquire(t) == /\ Idle(t)
                 /\ value' = IF value > 0 THEN value - 1 ELSE value
                 /\ UNCHANGED <<waiting, woken>>

\* Too many releases raise ValueError and change nothing; otherwise notify the first waiter.
Release(t) == /\ Idle(t)
              /\ IF value = Max
                    THEN UNCHANGED vars
                    ELSE /\ value' = value + 1
                         /\ IF waiting = <<>>
                               THEN UNCHANGED <<waiting, woken>>
                               ELSE /\ woken' = woken \cup {Head(waiting)}
                                    /\ waiting' = Tail(waiting)

\* A notified thread re-checks the counter: another thread may have taken the permit first.
Resume(t) == /\ t \in woken
             /\ woken' = woken \ {t}
             /\ IF value > 0
                   THEN value' = value - 1 /\ UNCHANGED waiting
                   ELSE waiting' = Append(waiting, t) /\ UNCHANGED value

Next == \E t \in Threads : Acquire(t) \/ Block(t) \/ TryAcquire(t) \/ Release(t) \/ Resume(t)

\* The OS keeps running a runnable thread: a woken thread gets to re-take the lock.
Spec == Init /\ [][Next]_vars /\ \A t \in Threads : WF_vars(Resume(t))

TypeOK == /\ value \in 0..Max
          /\ waiting \in Seq(Threads)
          /\ woken \subseteq Threads
=============================================================================
