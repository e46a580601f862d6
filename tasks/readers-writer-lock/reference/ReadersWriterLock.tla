-------------------- MODULE ReadersWriterLock --------------------
(* A readers-writer lock with writer preference: waiting writers hold back new readers. *)
EXTENDS Naturals, FiniteSets

CONSTANTS Threads

VARIABLES readers, writer, waitingWriters

vars == <<readers, writer, waitingWriters>>

Idle(t) == t \notin readers /\ t \notin writer /\ t \notin waitingWriters

Init == readers = {} /\ writer = {} /\ waitingWriters = {}

AcquireRead(t) == /\ Idle(t)
                  /\ writer = {}
                  /\ waitingWriters = {}
                  /\ readers' = readers \cup {t}
                  /\ UNCHANGED <<writer, waitingWriters>>

ReleaseRead(t) == /\ t \in readers
                  /\ readers' = readers \ {t}
                  /\ UNCHANGED <<writer, waitingWriters>>

RequestWrite(t) == /\ Idle(t)
                   /\ waitingWriters' = waitingWriters \cup {t}
                   /\ UNCHANGED <<readers, writer>>

AcquireWrite(t) == /\ t \in waitingWriters
                   /\ readers = {}
                   /\ writer = {}
                   /\ writer' = {t}
                   /\ waitingWriters' = waitingWriters \ {t}
                   /\ UNCHANGED readers

ReleaseWrite(t) == /\ t \in writer
                   /\ writer' = writer \ {t}
                   /\ UNCHANGED <<readers, waitingWriters>>

Next == \E t \in Threads : \/ AcquireRead(t) \/ ReleaseRead(t) \/ RequestWrite(t)
                           \/ AcquireWrite(t) \/ ReleaseWrite(t)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ readers \in SUBSET Threads
          /\ writer \in SUBSET Threads
          /\ waitingWriters \in SUBSET Threads

\* Task template: While a thread holds the lock for writing, no thread holds it for reading.
WriterExcludesReaders == writer # {} => readers = {}

\* Task template: At most one thread holds the lock for writing.
SingleWriter == Cardinality(writer) <= 1

\* Task template: No thread is in two roles at once (reader, writer, waiting writer).
RolesAreExclusive == readers \cap writer = {} /\ readers \cap waitingWriters = {} /\ writer \cap waitingWriters = {}
==================================================================
