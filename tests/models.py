"""TLA+ models the tests write. Small on purpose: every TLC run costs about a second."""

from pathlib import Path

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


# Wrap and Broken are first enabled deeper (30 levels) than the runtime phase's BFS reaches within
# its state budget; Broken then raises an error (Tail of an empty sequence).
DEEP = r"""---- MODULE Deep ----
EXTENDS Naturals, Sequences, TLC
CONSTANT Procs
VARIABLES n, log, who
Init == n = 0 /\ log = <<>> /\ who = CHOOSE p \in Procs : TRUE
Inc(p) == n < 40 /\ n' = n + 1 /\ who' = p /\ UNCHANGED log
Note == Len(log) < 3 /\ log' = Append(log, [at |-> n, by |-> who]) /\ UNCHANGED <<n, who>>
Wrap == n = 30 /\ n' = 0 /\ UNCHANGED <<log, who>>
Broken == n = 33 /\ log' = Tail(Tail(Tail(Tail(log)))) /\ UNCHANGED <<n, who>>
Next == (\E p \in Procs : Inc(p)) \/ Note \/ Wrap \/ Broken
====
"""
DEEP_CFG = "CONSTANTS Procs = {p1, p2}\nINIT Init\nNEXT Next\n"


def reference_files(task) -> tuple[str, str]:
    """A task's reference module and config, as text."""
    return (Path(task.path(task.reference_module)).read_text(encoding="utf-8"),
            Path(task.path(task.reference_cfg)).read_text(encoding="utf-8"))
