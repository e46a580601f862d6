---------------------------- MODULE UnicodeMutex ----------------------------
(* A lock server with a FIFO wait queue, written with Unicode symbols. *)
EXTENDS Naturals, Sequences

CONSTANTS Procs, None

VARIABLES owner, queue

vars ≜ ⟨owner, queue⟩

TypeOK ≜ ∧ owner ∈ Procs ∪ {None}
         ∧ queue ∈ Seq(Procs)

Init ≜ ∧ owner = None
       ∧ queue = ⟨⟩

Waiting ≜ {queue[i] : i ∈ 1‥Len(queue)}

Request(p) ≜ ∧ p ≠ owner
             ∧ p ∉ Waiting
             ∧ queue' = Append(queue, p)
             ∧ UNCHANGED owner

Grant ≜ ∧ owner = None
        ∧ queue ≠ ⟨⟩
        ∧ owner' = Head(queue)
        ∧ queue' = Tail(queue)

Release ≜ ∧ owner ≠ None
          ∧ owner' = None
          ∧ UNCHANGED queue

Next ≜ ∨ ∃ p ∈ Procs : Request(p)
       ∨ Grant
       ∨ Release

Spec ≜ Init ∧ □[Next]_vars

NoDuplicates ≜ ∀ i, j ∈ 1‥Len(queue) : i ≠ j ⇒ queue[i] ≠ queue[j]

OwnerNotWaiting ≜ {owner} ∩ Waiting = {}
=============================================================================
