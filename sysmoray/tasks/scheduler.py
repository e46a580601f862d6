"""Run real threading code under a deterministic, seeded schedule.

Each actor is a real thread calling the real object's methods. Only one actor runs at a time:
the controller starts an operation in one actor and waits until every actor is quiescent again
(idle, blocked inside a ``Condition.wait`` of the object, or woken by a notify and waiting for
permission to re-take the condition's lock). That last gate is what makes schedules
reproducible *and* faithful: after ``notify`` the woken thread does not race the others; the
controller decides when it resumes, so barging (another thread taking the resource first) is a
step the schedule can choose, exactly as it can happen in the real code.

The object's own code runs unmodified. We instrument only its Condition *instances*: their
``_release_save`` (called by ``wait`` right after queueing the waiter) and ``_acquire_restore``
(called when the waiter has been notified). Waiter order is read from the condition's real
``_waiters`` deque.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable

_POLL_S = 0.001
_STEP_TIMEOUT_S = 10.0


class SchedulerError(RuntimeError):
    """The code under test did not reach a quiescent state (a real hang or a harness bug)."""


class _Aborted(BaseException):
    """Raised inside a woken actor when the run is closed, to end its thread."""


@dataclass(frozen=True)
class StepEnd:
    kind: str  # "returned" | "raised" | "blocked"
    value: Any = None
    error: BaseException | None = None


class _Actor:
    def __init__(self, name: str):
        self.name = name
        self.state = "idle"  # idle | running | blocked | woken
        self.job: Callable[[], Any] | None = None
        self.result: StepEnd | None = None
        self.cond: threading.Condition | None = None
        self.waiter: Any = None
        self.go = False  # permission for a woken actor to go on
        self.thread: threading.Thread | None = None


class ControlledThreads:
    def __init__(self, actors: list[str]):
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._actors = {name: _Actor(name) for name in actors}
        self._by_thread: dict[int, _Actor] = {}
        self._conditions: list[threading.Condition] = []
        self._closed = False
        for actor in self._actors.values():
            actor.thread = threading.Thread(target=self._worker, args=(actor,), name=f"actor-{actor.name}", daemon=True)
            actor.thread.start()

    # -- instrumentation -------------------------------------------------------------------

    def instrument(self, cond: threading.Condition) -> None:
        release_save = cond._release_save
        acquire_restore = cond._acquire_restore

        def _release_save():
            actor = self._by_thread.get(threading.get_ident())
            if actor is not None:
                actor.cond, actor.waiter = cond, cond._waiters[-1]  # the waiter wait() just queued
            state = release_save()
            if actor is not None:
                self._set(actor, "blocked")
            return state

        def _acquire_restore(state):
            actor = self._by_thread.get(threading.get_ident())
            if actor is not None:
                with self._lock:
                    actor.state = "woken"
                    self._changed.notify_all()
                    self._changed.wait_for(lambda: actor.go or self._closed)
                    actor.go = False
                    if self._closed:
                        raise _Aborted()
            return acquire_restore(state)

        cond._release_save = _release_save
        cond._acquire_restore = _acquire_restore
        self._conditions.append(cond)

    # -- what the harness reads ------------------------------------------------------------

    def waiting(self, cond: threading.Condition) -> list[str]:
        """Actors blocked in ``cond.wait``, in the condition's own FIFO order."""
        owners = {id(a.waiter): a.name for a in self._actors.values() if a.state == "blocked" and a.cond is cond}
        return [owners[id(w)] for w in list(cond._waiters) if id(w) in owners]

    def woken(self) -> set[str]:
        return {a.name for a in self._actors.values() if a.state == "woken"}

    def status(self, actor: str) -> str:
        return self._actors[actor].state

    def idle(self) -> list[str]:
        return [a.name for a in self._actors.values() if a.state == "idle"]

    # -- driving ---------------------------------------------------------------------------

    def start(self, actor: str, job: Callable[[], Any]) -> StepEnd:
        """Run ``job`` in ``actor`` (which must be idle) until everything is quiescent."""
        a = self._actors[actor]
        if a.state != "idle":
            raise SchedulerError(f"actor {actor} is {a.state}, not idle")
        with self._lock:
            a.result = None
            a.state = "running"
            a.job = job
            self._changed.notify_all()
        return self._settle(a)

    def resume(self, actor: str) -> StepEnd:
        """Let a woken actor re-take its lock and go on until everything is quiescent."""
        a = self._actors[actor]
        if a.state != "woken":
            raise SchedulerError(f"actor {actor} is {a.state}, not woken")
        with self._lock:
            a.state = "running"
            a.go = True
            self._changed.notify_all()
        return self._settle(a)

    def close(self) -> None:
        """End every actor thread, releasing those blocked in the object's conditions."""
        self._closed = True
        for cond in self._conditions:
            # Wake every queued waiter; its _acquire_restore raises _Aborted and the thread ends.
            for waiter in list(cond._waiters):
                try:
                    waiter.release()
                except RuntimeError:
                    pass
        with self._lock:
            for a in self._actors.values():
                a.job = None
            self._changed.notify_all()
        for a in self._actors.values():
            if a.thread is not None:
                a.thread.join(timeout=_STEP_TIMEOUT_S)

    def __enter__(self) -> ControlledThreads:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------

    def _set(self, actor: _Actor, state: str) -> None:
        with self._lock:
            actor.state = state
            self._changed.notify_all()

    def _quiescent(self) -> bool:
        for a in self._actors.values():
            if a.state == "running":
                return False
            # Notified but not yet at the gate: its waiter has left the queue.
            if a.state == "blocked" and not any(w is a.waiter for w in list(a.cond._waiters)):
                return False
        return True

    def _settle(self, actor: _Actor) -> StepEnd:
        with self._lock:
            ok = self._changed.wait_for(self._quiescent, timeout=_STEP_TIMEOUT_S)
            if not ok:
                states = {a.name: a.state for a in self._actors.values()}
                raise SchedulerError(f"no quiescent state after {_STEP_TIMEOUT_S:g} s: {states}")
            if actor.state == "idle":
                return actor.result or StepEnd("returned")
            return StepEnd("blocked")

    def _worker(self, actor: _Actor) -> None:
        self._by_thread[threading.get_ident()] = actor
        while True:
            with self._lock:
                self._changed.wait_for(lambda: actor.job is not None or self._closed)
                if self._closed:
                    return
                job = actor.job
            try:
                result = StepEnd("returned", value=job())
            except _Aborted:
                return
            except RuntimeError as exc:
                if self._closed:
                    return
                result = StepEnd("raised", error=exc)
            except Exception as exc:  # the real code raising is a recorded outcome
                result = StepEnd("raised", error=exc)
            with self._lock:
                actor.job = None
                actor.result = result
                actor.state = "idle"
                self._changed.notify_all()
