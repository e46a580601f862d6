------------------------- MODULE UnicodeBoundedQueue -------------------------
EXTENDS Naturals, Sequences

CONSTANTS Msgs, Cap

VARIABLES q, delivered

TypeOK ≜
    ∧ q ∈ Seq(Msgs)
    ∧ Len(q) ≤ Cap
    ∧ delivered ⊆ Msgs

Init ≜ q = ⟨⟩ ∧ delivered = {}

Enqueue(m) ≜
    ∧ Len(q) < Cap
    ∧ m ∉ delivered
    ∧ q' = Append(q, m)
    ∧ UNCHANGED delivered

\* Deliver the head of the queue.
Dequeue ≜
    ∧ q ≠ ⟨⟩
    ∧ delivered' = delivered ∪ {Head(q)}
    ∧ q' = Tail(q)

Next ≜
    ∨ ∃ m ∈ Msgs : Enqueue(m)
    ∨ Dequeue
    ∨ ∃ i ∈ 1‥Len(q) :
        ∧ q[i] ∈ delivered
        ∧ q' = SubSeq(q, 1, i - 1) ∘ SubSeq(q, i + 1, Len(q))
        ∧ UNCHANGED delivered

BoundOK ≜ Len(q) ≤ Cap

QueuedAreMessages ≜ ∀ i ∈ 1‥Len(q) : q[i] ∈ Msgs
==============================================================================
