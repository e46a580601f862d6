"""Trace generator for asyncio.Lock: real tasks on a real event loop, under a seeded schedule.

Three actors share one asyncio.Lock. An actor that calls acquire() gets a fresh task running
``await lock.acquire()``; release() is called synchronously from the driver on behalf of an idle
actor (the lock has no owner, so any caller may release it); cancelling a waiting actor is
``task.cancel()``. The event loop is never run freely: a step runs only the chosen actor's task,
until that task has no callback left in the loop's ready queue (it blocked on a future or
finished); callbacks it schedules for other tasks (a wake-up) wait for those tasks' own steps.
So "release resolves the first waiter's future" and "the woken task takes the lock" are two
steps, as they are two separate loop callbacks in the real code.

Every state is read from the lock (``_locked``, ``_waiters``) and from the tasks that await its
futures (``Task._fut_waiter``, ``Task.cancelling()``).
"""

from __future__ import annotations

import asyncio
import random

from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.values import encode

ACTORS = ("c1", "c2", "c3")
STEPS = 50
CANCEL_CHANCE = 0.3  # how often a cancellable waiter is offered a cancel move
SPURIOUS_RELEASE_CHANCE = 0.1  # how often an actor that holds nothing is offered a release


def make_object() -> asyncio.Lock:
    return asyncio.Lock()


class TaskStepper:
    """Runs the ready callbacks of one chosen task on a real loop, holding back the others."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def _ready(self) -> list[asyncio.Handle]:
        return list(self.loop._ready)  # type: ignore[attr-defined]

    @staticmethod
    def owner(handle: asyncio.Handle) -> object:
        # A task's step and wake-up callbacks are bound to the task (TaskStepMethWrapper,
        # Task.task_wakeup), so __self__ names the task the callback would run.
        return getattr(handle._callback, "__self__", None)  # type: ignore[attr-defined]

    def has_ready(self, task: asyncio.Task) -> bool:
        return any(self.owner(h) is task for h in self._ready())

    def run(self, task: asyncio.Task) -> None:
        """Run ``task`` until it has no callback in the ready queue."""
        ready = self.loop._ready  # type: ignore[attr-defined]
        while self.has_ready(task):
            held_back = [h for h in ready if self.owner(h) is not task]
            mine = [h for h in ready if self.owner(h) is task]
            ready.clear()
            ready.extend(mine)
            # stop() takes effect after one loop iteration: exactly the callbacks queued now run.
            self.loop.call_soon(self.loop.stop)
            self.loop.run_forever()
            # Callbacks held back were queued before the ones this iteration scheduled.
            ready.extendleft(reversed(held_back))


class Driver:
    """The actors' tasks, the harness's bookkeeping for choosing moves, and the real state."""

    def __init__(self, loop: asyncio.AbstractEventLoop, lock: asyncio.Lock) -> None:
        self.loop, self.lock = loop, lock
        self.stepper = TaskStepper(loop)
        self.tasks: dict[str, asyncio.Task] = {}
        self.held: set[str] = set()  # actors whose acquire() returned and who have not released

    def live(self, actor: str) -> bool:
        task = self.tasks.get(actor)
        return task is not None and not task.done()

    def state(self) -> dict:
        futures = list(self.lock._waiters or ())  # None before the first contention: no waiters
        awaiting = {id(t._fut_waiter): a for a, t in self.tasks.items() if self.live(a) and t._fut_waiter is not None}
        waiting = [awaiting[id(f)] for f in futures]
        woken = {awaiting[id(f)] for f in futures if f.done() and not f.cancelled()}
        cancelled = {a for a, t in self.tasks.items() if self.live(a) and t.cancelling() > 0}
        return {
            "locked": encode(self.lock._locked),
            "waiting": encode(waiting),
            "woken": encode(frozenset(woken)),
            "cancelled": encode(frozenset(cancelled)),
        }

    def moves(self, rng: random.Random) -> list[tuple[str, str]]:
        moves: list[tuple[str, str]] = []
        for actor in ACTORS:
            if self.live(actor):
                task = self.tasks[actor]
                if self.stepper.has_ready(task):
                    moves.append((actor, "resume"))
                if task.cancelling() == 0 and rng.random() < CANCEL_CHANCE:
                    moves.append((actor, "cancel"))
            elif actor in self.held:
                moves.append((actor, "release"))
            else:
                moves.append((actor, "acquire"))
                if rng.random() < SPURIOUS_RELEASE_CHANCE:
                    moves.append((actor, "release"))
        return moves

    async def _take(self, actor: str) -> None:
        await self.lock.acquire()
        self.held.add(actor)

    def play(self, actor: str, move: str) -> str:
        """Execute one move and return the contract action it was."""
        if move == "acquire":
            task = self.tasks[actor] = self.loop.create_task(self._take(actor))
            self.stepper.run(task)
            return "Acquire" if task.done() else "Block"
        if move == "release":
            try:
                self.lock.release()
                self.held.discard(actor)
            except RuntimeError:
                pass  # "Lock is not acquired.": the state is left as it was
            return "Release"
        if move == "cancel":
            self.tasks[actor].cancel()
            return "Cancel"
        self.stepper.run(self.tasks[actor])
        return "Resume"

    def finish(self) -> None:
        """Cancel and run out the tasks still waiting, so the loop closes with none pending."""
        pending = [t for a, t in self.tasks.items() if self.live(a)]
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> None:
    rng = random.Random(seed)
    loop = asyncio.new_event_loop()
    try:
        driver = Driver(loop, make_object())
        for _ in range(steps):
            moves = driver.moves(rng)
            if not moves:
                break  # everyone waits and nobody is woken: the schedule cannot go on
            actor, move = rng.choice(moves)
            pre = driver.state()
            action = driver.play(actor, move)
            recorder.record(actor, action, {"c": encode(actor)}, pre, driver.state())
        driver.finish()
    finally:
        loop.close()
