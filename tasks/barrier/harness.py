"""Trace generator for threading.Barrier: real threads under a seeded schedule.

Four threads share a Barrier(3), so a fourth thread can arrive while a cycle is still draining.
At each step the schedule picks, with the seeded random generator, one enabled move: now and
then an idle thread calls abort() or reset() (reset() more often once the barrier is broken, so
that traces go on); otherwise an idle thread calls wait() or a woken thread is let go on. Every state is read from the
barrier itself: ``_state``, ``_count``, its Condition's ``_waiters``, and where each thread
stands inside wait(), read from the thread's live stack frames.
"""

from __future__ import annotations

import random
import sys
import threading
from types import CodeType

from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.scheduler import ControlledThreads
from sysmoray.tasks.values import encode

THREADS = ("t1", "t2", "t3", "t4")
PARTIES = 3
STEPS = 40
ABORT_P = 0.08  # per step: rare, or the barrier would be broken most of the time
RESET_P = 0.06
RESET_BROKEN_P = 0.5  # a broken barrier is useless until reset, so reset it soon

# The two places inside Barrier.wait() where a thread can block on the Condition.
_PLACES: dict[CodeType, str] = {
    threading.Barrier._enter.__code__: "enter",
    threading.Barrier._wait.__code__: "wait",
}


def make_object() -> threading.Barrier:
    return threading.Barrier(PARTIES)


def place(ident: int) -> str:
    """Where a thread stands inside Barrier.wait(), read from its real (quiescent) stack."""
    frame = sys._current_frames().get(ident)
    while frame is not None:
        if frame.f_code in _PLACES:
            return _PLACES[frame.f_code]
        frame = frame.f_back
    return "idle"


def choose(rng: random.Random, threads: ControlledThreads, broken: bool) -> tuple[str, str] | None:
    """Now and then an idle thread aborts or resets; otherwise any thread that can move does."""
    idle = threads.idle()
    draw = rng.random()
    if idle and draw < ABORT_P:
        return rng.choice(idle), "abort"
    if idle and draw < ABORT_P + (RESET_BROKEN_P if broken else RESET_P):
        return rng.choice(idle), "reset"
    moves = [(t, "resume") for t in sorted(threads.woken())] + [(t, "wait") for t in idle]
    return rng.choice(moves) if moves else None


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> None:
    rng = random.Random(seed)
    barrier = make_object()
    with ControlledThreads(list(THREADS)) as threads:
        threads.instrument(barrier._cond)
        # Each actor's thread id, asked of the actor itself, to find its stack later.
        idents = {t: threads.start(t, threading.get_ident).value for t in THREADS}

        def state() -> dict:
            return {
                "state": encode(barrier._state),
                "count": encode(barrier._count),
                "pc": encode({t: place(idents[t]) for t in THREADS}),
                "waiting": encode(frozenset(threads.waiting(barrier._cond))),
                "woken": encode(frozenset(threads.woken())),
            }

        jobs = {"wait": ("Wait", barrier.wait), "abort": ("Abort", barrier.abort), "reset": ("Reset", barrier.reset)}
        for _ in range(steps):
            move = choose(rng, threads, barrier.broken)
            if move is None:
                break  # everyone waits: the schedule cannot go on
            actor, kind = move
            pre = state()
            if kind == "resume":
                action = "Resume"
                threads.resume(actor)
            else:
                action, job = jobs[kind]
                threads.start(actor, job)
            recorder.record(actor, action, {"t": encode(actor)}, pre, state())
