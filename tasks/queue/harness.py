"""Trace generator for queue.Queue(maxsize=2): real threads under a seeded schedule.

Three threads share one bounded Queue; their roles are not fixed: at each step the schedule
picks, with the seeded random generator, one enabled move. An idle thread calls put() or
put_nowait() (the item is the thread's own name), get() or get_nowait(), or join(); a thread
that got an item calls task_done() next, as get-process-task_done consumer code does, and now
and then a thread calls task_done() without having got anything (accepted while the counter is
positive, ValueError at zero). A woken thread may instead be let go on: that is where other
threads barge in. Every state is read from the queue itself: ``queue`` (the deque),
``unfinished_tasks`` and the ``_waiters`` of its three Conditions.
"""

from __future__ import annotations

import queue
import random
import threading

from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.scheduler import ControlledThreads, StepEnd
from sysmoray.tasks.values import encode

THREADS = ("t1", "t2", "t3")
MAXSIZE = 2
STEPS = 40
SPURIOUS_TASK_DONE = 0.05  # chance that an idle thread also gets a task_done() move
# Relative weight of each kind of move in the schedule: puts outweigh gets, since every get is
# followed by a task_done and the queue must fill up for put to block.
WEIGHTS = {"put": 3, "put_nowait": 2, "get": 2, "get_nowait": 1, "join": 1, "resume": 3, "task_done": 3}
ROLES = ("get", "put", "join")  # contract prefix of each condition's waiters: getWaiting, ...


def make_object() -> queue.Queue:
    return queue.Queue(MAXSIZE)


def conditions(q: queue.Queue) -> dict[str, threading.Condition]:
    """The three Conditions (sharing q.mutex), by the calls that wait on them."""
    return {"get": q.not_empty, "put": q.not_full, "join": q.all_tasks_done}


class StateReader:
    """Reads the contract's variables from the queue's internals and the conditions' queues.

    The scheduler reports woken threads without their condition; a woken thread is attributed
    to the condition in whose real ``_waiters`` queue it was last read (it was read there in the
    state before the step that notified it, since every state is read before and after a step).
    """

    def __init__(self, q: queue.Queue, threads: ControlledThreads):
        self.q, self.threads = q, threads
        self.last_waited: dict[str, str] = {}

    def state(self) -> dict:
        waiting = {role: self.threads.waiting(cond) for role, cond in conditions(self.q).items()}
        for role, names in waiting.items():
            self.last_waited.update((t, role) for t in names)
        woken = self.threads.woken()
        out = {"queue": encode(list(self.q.queue)), "unfinished": encode(self.q.unfinished_tasks)}
        for role in ROLES:
            out[f"{role}Waiting"] = encode(waiting[role])
            out[f"{role}Woken"] = encode(frozenset(t for t in woken if self.last_waited.get(t) == role))
        return out


def would_block(q: queue.Queue, call: str) -> bool:
    """Whether a blocking call would wait now (read from the real queue, to steer the schedule)."""
    if call == "get":
        return not q.queue
    if call == "put":
        return len(q.queue) >= MAXSIZE
    return q.unfinished_tasks > 0  # join


def moves(rng: random.Random, q: queue.Queue, threads: ControlledThreads, held: dict[str, int]) -> list[tuple[str, str]]:
    """Enabled (thread, move) pairs. A call that would block is offered only if another thread
    stays idle, so that one thread can always go on and the schedule never ends in a deadlock
    (woken threads do not count: they may well wait again)."""
    idle = threads.idle()
    options = [(t, "resume") for t in sorted(threads.woken())]
    for t in idle:
        if held[t]:
            options.append((t, "task_done"))
            continue
        options += [(t, call) for call in ("put", "get", "join") if len(idle) > 1 or not would_block(q, call)]
        options += [(t, "put_nowait"), (t, "get_nowait")]
        if rng.random() < SPURIOUS_TASK_DONE:
            options.append((t, "task_done"))
    return options


def expect(end: StepEnd, *errors: type[BaseException]) -> StepEnd:
    """Fail loudly if the real call raised anything but the exceptions its contract allows."""
    if end.kind == "raised" and not isinstance(end.error, errors):
        raise RuntimeError(f"unexpected {end.error!r} from the queue") from end.error
    return end


def perform(q: queue.Queue, threads: ControlledThreads, actor: str, move: str, calling: dict[str, str]) -> tuple[str, StepEnd]:
    """Run one move of ``actor``; returns the contract action it was and how the call ended."""
    if move == "resume":
        return "Resume", expect(threads.resume(actor))
    blocking = {"put": lambda: q.put(actor), "get": q.get, "join": q.join}
    if move in blocking:
        calling[actor] = move
        end = expect(threads.start(actor, blocking[move]))
        action = move.capitalize() if end.kind == "returned" else "Block" + move.capitalize()
        return action, end
    if move == "put_nowait":
        return "PutNowait", expect(threads.start(actor, lambda: q.put_nowait(actor)), queue.Full)
    if move == "get_nowait":
        return "GetNowait", expect(threads.start(actor, q.get_nowait), queue.Empty)
    return "TaskDone", expect(threads.start(actor, q.task_done), ValueError)


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> None:
    rng = random.Random(seed)
    q = make_object()
    held = {t: 0 for t in THREADS}  # items got and not yet task_done, to choose sensible moves
    calling: dict[str, str] = {}  # the last get/put/join each thread called, to credit a resumed get
    with ControlledThreads(list(THREADS)) as threads:
        for cond in conditions(q).values():
            threads.instrument(cond)
        reader = StateReader(q, threads)
        for _ in range(steps):
            options = moves(rng, q, threads, held)
            actor, move = rng.choices(options, weights=[WEIGHTS[m] for _, m in options])[0]
            pre = reader.state()
            action, end = perform(q, threads, actor, move, calling)
            if end.kind == "returned":
                if action in ("Get", "GetNowait") or (action == "Resume" and calling[actor] == "get"):
                    held[actor] += 1
                elif action == "TaskDone" and held[actor]:
                    held[actor] -= 1
            recorder.record(actor, action, {"t": encode(actor)}, pre, reader.state())
