--------------------------- MODULE UnicodeTicketLock ---------------------------
(* Ticket lock: take a ticket, wait until it is served. Tickets wrap modulo *)
(* Slots, which is safe as long as Slots exceeds the number of processes.   *)
EXTENDS Naturals

CONSTANTS Procs, Slots

VARIABLES next, serving, ticket, pc

vars ≜ ⟨next, serving, ticket, pc⟩

TypeOK ≜ ∧ next ∈ 0‥(Slots - 1)
         ∧ serving ∈ 0‥(Slots - 1)
         ∧ ticket ∈ [Procs → 0‥(Slots - 1)]
         ∧ pc ∈ [Procs → {"idle", "waiting", "cs"}]

Init ≜ ∧ next = 0
       ∧ serving = 0
       ∧ ticket = [p ∈ Procs ↦ 0]
       ∧ pc = [p ∈ Procs ↦ "idle"]

TakeTicket(p) ≜ ∧ pc[p] = "idle"
                ∧ ticket′ = [ticket EXCEPT ![p] = next]
                ∧ next′ = (next + 1) % Slots
                ∧ pc′ = [pc EXCEPT ![p] = "waiting"]
                ∧ UNCHANGED serving

Enter(p) ≜ ∧ pc[p] = "waiting"
           ∧ ticket[p] = serving
           ∧ pc′ = [pc EXCEPT ![p] = "cs"]
           ∧ UNCHANGED ⟨next, serving, ticket⟩

Leave(p) ≜ ∧ pc[p] = "cs"
           ∧ serving′ = (serving + 1) % Slots
           ∧ pc′ = [pc EXCEPT ![p] = "idle"]
           ∧ UNCHANGED ⟨next, ticket⟩

Next ≜ ∃ p ∈ Procs : TakeTicket(p) ∨ Enter(p) ∨ Leave(p)

Spec ≜ Init ∧ □[Next]_vars ∧ WF_vars(Next)

MutualExclusion ≜ ∀ p, q ∈ Procs : p ≠ q ⇒ ¬(pc[p] = "cs" ∧ pc[q] = "cs")

DistinctTickets ≜
    ∀ p, q ∈ Procs : (p ≠ q ∧ pc[p] ≠ "idle" ∧ pc[q] ≠ "idle") ⇒ ticket[p] ≠ ticket[q]
================================================================================
