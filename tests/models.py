"""TLA+ models the tests write. Small on purpose: every TLC run costs about a second."""

LOCK = r"""---- MODULE TestLock ----
EXTENDS Naturals
CONSTANTS Procs
VARIABLES owner, count

Free == "free"
Init == owner = Free /\ count = 0
Acquire(p) == owner = Free /\ count < 2 /\ owner' = p /\ count' = count + 1
Release(p) == owner = p /\ owner' = Free /\ UNCHANGED count
Reset == owner = Free /\ count = 2 /\ count' = 0 /\ UNCHANGED owner
Idle == owner # Free /\ UNCHANGED <<owner, count>>
Next == \/ \E p \in Procs : Acquire(p) \/ Release(p)
        \/ Reset
        \/ Idle
Spec == Init /\ [][Next]_<<owner, count>>
Mutex == owner \in Procs \cup {Free}
====
"""

LOCK_CFG = """CONSTANTS Procs = {"a", "b"}
SPECIFICATION Spec
INVARIANT Mutex
"""


def lock_with(old: str, new: str) -> str:
    assert old in LOCK, old
    return LOCK.replace(old, new)
