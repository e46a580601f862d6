"""Trace generator for threading.BoundedSemaphore: real threads under a seeded schedule.

Three threads share a BoundedSemaphore(2). At each step the schedule picks, with the seeded
random generator, one enabled move: an idle thread calls acquire(), acquire(blocking=False) or
release() (a permit it holds, now and then one too many), or a woken thread is let go
on. Every state is read from the semaphore itself: ``_value`` and its Condition's ``_waiters``.
"""

from __future__ import annotations

import random
import threading

from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.scheduler import ControlledThreads
from sysmoray.tasks.values import encode

THREADS = ("t1", "t2", "t3")
PERMITS = 2
STEPS = 40


def make_object() -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(PERMITS)


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> None:
    rng = random.Random(seed)
    sem = make_object()
    held = {t: 0 for t in THREADS}  # the harness's own bookkeeping, to choose sensible releases
    with ControlledThreads(list(THREADS)) as threads:
        threads.instrument(sem._cond)

        def state() -> dict:
            return {
                "value": encode(sem._value),
                "waiting": encode(threads.waiting(sem._cond)),
                "woken": encode(frozenset(threads.woken())),
            }

        for _ in range(steps):
            moves = [(t, "resume") for t in sorted(threads.woken())]
            for t in threads.idle():
                # Threads use one permit at a time, as in acquire-work-release code; now and
                # then one releases without holding, to exercise BoundedSemaphore's check.
                if held[t]:
                    moves.append((t, "release"))
                else:
                    moves += [(t, "acquire"), (t, "try")]
                    if rng.random() < 0.1:
                        moves.append((t, "release"))
            if not moves:
                break  # everyone waits: the schedule cannot go on
            actor, move = rng.choice(moves)
            pre = state()
            if move == "resume":
                end = threads.resume(actor)
                action = "Resume"
                if end.kind == "returned":
                    held[actor] += 1
            elif move == "acquire":
                end = threads.start(actor, sem.acquire)
                action = "Acquire" if end.kind == "returned" else "Block"
                if end.kind == "returned":
                    held[actor] += 1
            elif move == "try":
                end = threads.start(actor, lambda: sem.acquire(blocking=False))
                action = "TryAcquire"
                if end.value:
                    held[actor] += 1
            else:
                end = threads.start(actor, sem.release)
                action = "Release"
                if end.kind == "returned" and held[actor]:
                    held[actor] -= 1
            recorder.record(actor, action, {"t": encode(actor)}, pre, state())
