--------------------------- MODULE ProdConsPlusCal ---------------------------
(* Producers and consumers sharing a bounded queue, as PlusCal processes. *)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Producers, Consumers, Cap, PerProducer

(* --algorithm ProdCons
variables queue = <<>>, taken = 0;

process producer \in Producers
variables made = 0;
begin
  produce:
    while made < PerProducer do
      put:
        await Len(queue) < Cap;
        queue := Append(queue, self);
        made := made + 1;
    end while;
end process;

process consumer \in Consumers
begin
  consume:
    while TRUE do
      get:
        await queue /= <<>>;
        queue := Tail(queue);
        taken := taken + 1;
    end while;
end process;
end algorithm; *)

\* BEGIN TRANSLATION PCal-6c79f8cc2f29989939ec61910b5ff042
VARIABLES queue, taken, pc, made

vars == << queue, taken, pc, made >>

ProcSet == (Producers) \cup (Consumers)

Init == (* Global variables *)
        /\ queue = <<>>
        /\ taken = 0
        (* Process producer *)
        /\ made = [self \in Producers |-> 0]
        /\ pc = [self \in ProcSet |-> CASE self \in Producers -> "produce"
                                        [] self \in Consumers -> "consume"]

produce(self) == /\ pc[self] = "produce"
                 /\ IF made[self] < PerProducer
                       THEN /\ pc' = [pc EXCEPT ![self] = "put"]
                       ELSE /\ pc' = [pc EXCEPT ![self] = "Done"]
                 /\ UNCHANGED << queue, taken, made >>

put(self) == /\ pc[self] = "put"
             /\ Len(queue) < Cap
             /\ queue' = Append(queue, self)
             /\ made' = [made EXCEPT ![self] = made[self] + 1]
             /\ pc' = [pc EXCEPT ![self] = "produce"]
             /\ taken' = taken

producer(self) == produce(self) \/ put(self)

consume(self) == /\ pc[self] = "consume"
                 /\ pc' = [pc EXCEPT ![self] = "get"]
                 /\ UNCHANGED << queue, taken, made >>

get(self) == /\ pc[self] = "get"
             /\ queue /= <<>>
             /\ queue' = Tail(queue)
             /\ taken' = taken + 1
             /\ pc' = [pc EXCEPT ![self] = "consume"]
             /\ made' = made

consumer(self) == consume(self) \/ get(self)

Next == (\E self \in Producers: producer(self))
           \/ (\E self \in Consumers: consumer(self))

Spec == Init /\ [][Next]_vars

\* END TRANSLATION TLA-2f5e76b0f230ddc9cc57875b09cac04a

TypeOK ==
    /\ queue \in Seq(Producers)
    /\ Len(queue) <= Cap
    /\ taken \in Nat
    /\ made \in [Producers -> 0..PerProducer]
    /\ \A p \in ProcSet : pc[p] \in {"produce", "put", "consume", "get", "Done"}

Produced == Cardinality({<<p, k>> \in Producers \X (1..PerProducer) : k <= made[p]})

NothingLost == Len(queue) + taken = Produced

ConsumersNeverDone == \A c \in Consumers : pc[c] /= "Done"

=============================================================================
