---------------------------- MODULE BoundedQueue ----------------------------
(* Reference model of CPython's queue.Queue with a maxsize, in the task's contract. *)
EXTENDS Naturals, Sequences

CONSTANTS Threads, MaxSize

VARIABLES queue, unfinished, getWaiting, getWoken, putWaiting, putWoken, joinWaiting, joinWoken

vars == <<queue, unfinished, getWaiting, getWoken, putWaiting, putWoken, joinWaiting, joinWoken>>
getters == <<getWaiting, getWoken>>
putters == <<putWaiting, putWoken>>
joiners == <<joinWaiting, joinWoken>>

Range(s) == {s[i] : i \in DOMAIN s}

\* A thread that is not inside a blocking call can call the queue.
Idle(t) == /\ t \notin Range(getWaiting) \cup Range(putWaiting) \cup Range(joinWaiting)
           /\ t \notin getWoken \cup putWoken \cup joinWoken

Init == /\ queue = <<>>
        /\ unfinished = 0
        /\ getWaiting = <<>> /\ getWoken = {}
        /\ putWaiting = <<>> /\ putWoken = {}
        /\ joinWaiting = <<>> /\ joinWoken = {}

\* Condition.notify(): the first waiter, if any, leaves the queue; it still has to re-take the mutex.
NotifyGetter == IF getWaiting = <<>>
                   THEN UNCHANGED getters
                   ELSE /\ getWoken' = getWoken \cup {Head(getWaiting)}
                        /\ getWaiting' = Tail(getWaiting)

NotifyPutter == IF putWaiting = <<>>
                   THEN UNCHANGED putters
                   ELSE /\ putWoken' = putWoken \cup {Head(putWaiting)}
                        /\ putWaiting' = Tail(putWaiting)

\* What put does once there is room (the item is the putter's name): sets queue, unfinished, getters.
DoPut(t) == /\ queue' = Append(queue, t)
            /\ unfinished' = unfinished + 1
            /\ NotifyGetter

\* What get does once there is an item: sets queue and putters; the counter is task_done's business.
DoGet == /\ queue' = Tail(queue)
         /\ NotifyPutter

Full == Len(queue) >= MaxSize

Put(t) == /\ Idle(t)
          /\ ~Full
          /\ DoPut(t)
          /\ UNCHANGED <<putters, joiners>>

BlockPut(t) == /\ Idle(t)
               /\ Full
               /\ putWaiting' = Append(putWaiting, t)
               /\ UNCHANGED <<queue, unfinished, getters, putWoken, joiners>>

\* A full queue raises Full and changes nothing.
PutNowait(t) == /\ Idle(t)
                /\ IF Full THEN UNCHANGED vars
                           ELSE DoPut(t) /\ UNCHANGED <<putters, joiners>>

Get(t) == /\ Idle(t)
          /\ queue # <<>>
          /\ DoGet
          /\ UNCHANGED <<unfinished, getters, joiners>>

BlockGet(t) == /\ Idle(t)
               /\ queue = <<>>
               /\ getWaiting' = Append(getWaiting, t)
               /\ UNCHANGED <<queue, unfinished, getWoken, putters, joiners>>

\* An empty queue raises Empty and changes nothing.
GetNowait(t) == /\ Idle(t)
                /\ IF queue = <<>> THEN UNCHANGED vars
                                   ELSE DoGet /\ UNCHANGED <<unfinished, getters, joiners>>

\* One counter for all items: any thread may call it. At zero it raises ValueError and changes
\* nothing; reaching zero wakes every joiner (notify_all).
TaskDone(t) == /\ Idle(t)
               /\ IF unfinished = 0
                     THEN UNCHANGED vars
                     ELSE /\ unfinished' = unfinished - 1
                          /\ IF unfinished = 1
                                THEN /\ joinWoken' = joinWoken \cup Range(joinWaiting)
                                     /\ joinWaiting' = <<>>
                                ELSE UNCHANGED joiners
                          /\ UNCHANGED <<queue, getters, putters>>

Join(t) == /\ Idle(t)
           /\ unfinished = 0
           /\ UNCHANGED vars

BlockJoin(t) == /\ Idle(t)
                /\ unfinished > 0
                /\ joinWaiting' = Append(joinWaiting, t)
                /\ UNCHANGED <<queue, unfinished, getters, putters, joinWoken>>

\* A woken thread re-takes the mutex and re-checks its wait's predicate: another thread may have
\* taken the item, the room or the "all done" first; then it waits again, at the end of the queue.
ResumeGet(t) == /\ getWoken' = getWoken \ {t}
                /\ IF queue # <<>>
                      THEN DoGet /\ UNCHANGED <<unfinished, getWaiting, joiners>>
                      ELSE /\ getWaiting' = Append(getWaiting, t)
                           /\ UNCHANGED <<queue, unfinished, putters, joiners>>

ResumePut(t) == /\ putWoken' = putWoken \ {t}
                /\ IF ~Full
                      THEN DoPut(t) /\ UNCHANGED <<putWaiting, joiners>>
                      ELSE /\ putWaiting' = Append(putWaiting, t)
                           /\ UNCHANGED <<queue, unfinished, getters, joiners>>

ResumeJoin(t) == /\ joinWoken' = joinWoken \ {t}
                 /\ IF unfinished = 0
                       THEN UNCHANGED <<queue, unfinished, getters, putters, joinWaiting>>
                       ELSE /\ joinWaiting' = Append(joinWaiting, t)
                            /\ UNCHANGED <<queue, unfinished, getters, putters>>

\* One action whatever the thread waited for (a CASE, so that it is not split into three).
Resume(t) == /\ t \in getWoken \cup putWoken \cup joinWoken
             /\ CASE t \in getWoken -> ResumeGet(t)
                  [] t \in putWoken -> ResumePut(t)
                  [] t \in joinWoken -> ResumeJoin(t)

Next == \E t \in Threads :
          \/ Put(t) \/ BlockPut(t) \/ PutNowait(t)
          \/ Get(t) \/ BlockGet(t) \/ GetNowait(t)
          \/ TaskDone(t) \/ Join(t) \/ BlockJoin(t)
          \/ Resume(t)

Spec == Init /\ [][Next]_vars

TypeOK == /\ queue \in Seq(Threads)
          /\ unfinished \in Nat
          /\ getWaiting \in Seq(Threads) /\ getWoken \subseteq Threads
          /\ putWaiting \in Seq(Threads) /\ putWoken \subseteq Threads
          /\ joinWaiting \in Seq(Threads) /\ joinWoken \subseteq Threads

\* The counter has no bound of its own (put/get cycles without task_done raise it): keep TLC finite.
CounterBound == unfinished <= MaxSize + 2
=============================================================================
