------------------------------ MODULE Barrier ------------------------------
(* Reference model of CPython's threading.Barrier (no timeouts, no action callable), in the
   task's contract. One step is one call (Wait, Abort, Reset) run until it blocks or returns,
   or one woken thread re-taking the lock and going on (Resume): everything in between runs
   under the Condition's lock, so it is atomic. *)
EXTENDS Integers, FiniteSets

CONSTANTS Threads, Parties

VARIABLES state, count, pc, waiting, woken

vars == <<state, count, pc, waiting, woken>>

Filling == 0
Draining == 1
Resetting == -1
Broken == -2

Idle(t) == pc[t] = "idle"

Init == /\ state = Filling
        /\ count = 0
        /\ pc = [t \in Threads |-> "idle"]
        /\ waiting = {}
        /\ woken = {}

\* _exit, after a counted thread has decremented the count to c, the state being s and the
\* waiters wt and wk: the last to leave a draining or resetting barrier turns it filling and
\* notifies all. A broken barrier stays broken.
Exit(s, c, wt, wk) ==
    /\ count' = c
    /\ IF c = 0 /\ s \in {Draining, Resetting}
          THEN state' = Filling /\ waiting' = {} /\ woken' = wk \cup wt
          ELSE state' = s /\ waiting' = wt /\ woken' = wk

\* t, idle or at the entry and not queued, finds the barrier filling and counts itself; wk is
\* the woken set without t. The last party trips the barrier (draining, notify_all) and leaves
\* at once, so the count is back where it was; the others block in _wait.
Count(t, wk) ==
    IF count + 1 = Parties
       THEN /\ pc' = [pc EXCEPT ![t] = "idle"]
            /\ Exit(Draining, count, {}, wk \cup waiting)
       ELSE /\ count' = count + 1
            /\ pc' = [pc EXCEPT ![t] = "wait"]
            /\ waiting' = waiting \cup {t}
            /\ woken' = wk
            /\ UNCHANGED state

\* _enter for t (not queued, not woken), wk being the woken set without t: wait at the entry
\* while draining or resetting, raise BrokenBarrierError if broken, else count itself.
Enter(t, wk) ==
    CASE state \in {Draining, Resetting} ->
              /\ pc' = [pc EXCEPT ![t] = "enter"]
              /\ waiting' = waiting \cup {t}
              /\ woken' = wk
              /\ UNCHANGED <<state, count>>
      [] state = Broken ->
              /\ pc' = [pc EXCEPT ![t] = "idle"]
              /\ woken' = wk
              /\ UNCHANGED <<state, count, waiting>>
      [] state = Filling -> Count(t, wk)

Wait(t) == /\ Idle(t)
           /\ Enter(t, woken)

\* A woken thread re-takes the lock. At the entry it re-checks the state; in _wait it leaves
\* unless the barrier is filling (never the case in practice: every change away from filling
\* notifies, and nothing turns a barrier with counted threads back to filling): it returns its
\* index if draining, raises BrokenBarrierError if resetting or broken, and either way leaves.
Resume(t) ==
    /\ t \in woken
    /\ LET wk == woken \ {t} IN
         IF pc[t] = "enter"
            THEN Enter(t, wk)
            ELSE IF state = Filling
                    THEN /\ waiting' = waiting \cup {t}
                         /\ woken' = wk
                         /\ UNCHANGED <<state, count, pc>>
                    ELSE /\ pc' = [pc EXCEPT ![t] = "idle"]
                         /\ Exit(state, count - 1, waiting, wk)

\* Every waiter is notified; the count is untouched: counted threads leave one by one.
Abort(t) == /\ Idle(t)
            /\ state' = Broken
            /\ woken' = woken \cup waiting
            /\ waiting' = {}
            /\ UNCHANGED <<count, pc>>

\* With counted threads, filling or broken turns resetting (until the last one leaves) and a
\* draining or resetting barrier is left as it is; with none, it is filling at once.
Reset(t) == /\ Idle(t)
            /\ state' = IF count = 0 THEN Filling
                        ELSE IF state \in {Filling, Broken} THEN Resetting ELSE state
            /\ woken' = woken \cup waiting
            /\ waiting' = {}
            /\ UNCHANGED <<count, pc>>

Next == \E t \in Threads : Wait(t) \/ Resume(t) \/ Abort(t) \/ Reset(t)

Spec == Init /\ [][Next]_vars

TypeOK == /\ state \in {Filling, Draining, Resetting, Broken}
          /\ count \in 0..Parties
          /\ pc \in [Threads -> {"idle", "enter", "wait"}]
          /\ waiting \subseteq Threads
          /\ woken \subseteq Threads
=============================================================================
