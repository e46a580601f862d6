-------------------- MODULE LruCache --------------------
(* An LRU cache: a sequence of distinct keys, least recently used first. *)
EXTENDS Naturals, Sequences

CONSTANTS Keys, Cap

VARIABLES order, last, evicted

vars == <<order, last, evicted>>

Cached(k) == \E i \in DOMAIN order : order[i] = k

Init == order = <<>> /\ last = "none" /\ evicted = "none"

Hit(k) == /\ \E i \in DOMAIN order :
                /\ order[i] = k
                /\ order' = SubSeq(order, 1, i - 1) \o SubSeq(order, i + 1, Len(order)) \o <<k>>
          /\ last' = k
          /\ evicted' = "none"

MissFill(k) == /\ ~Cached(k)
               /\ Len(order) < Cap
               /\ order' = Append(order, k)
               /\ last' = k
               /\ evicted' = "none"

MissEvict(k) == /\ ~Cached(k)
                /\ Len(order) = Cap
                /\ evicted' = Head(order)
                /\ order' = Append(Tail(order), k)
                /\ last' = k

Next == \E k \in Keys : Hit(k) \/ MissFill(k) \/ MissEvict(k)

Spec == Init /\ [][Next]_vars

\* The type of every variable, as in the task's state contract.
TypeOK == /\ order \in Seq(Keys)
          /\ last \in Keys \cup {"none"}
          /\ evicted \in Keys \cup {"none"}

\* Task template: The cache never holds more than Cap keys.
WithinCapacity == Len(order) <= Cap

\* Task template: No key is cached twice.
NoDuplicateKeys == \A i, j \in DOMAIN order : i # j => order[i] # order[j]

\* Task template: The key accessed last is at the most-recent end of the cache.
LastIsMostRecent == last # "none" => (Len(order) > 0 /\ order[Len(order)] = last)

\* Task template: A key evicted by the latest access is no longer cached.
EvictedIsGone == evicted # "none" => \A i \in DOMAIN order : order[i] # evicted
=========================================================
