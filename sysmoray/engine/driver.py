"""The streaming driver of a sweep: generation batches go to generator actors, every candidate
is screened (P1, P2) on a checker, failures go back for repair, finished candidates have their
trace windows sharded over all checkers, then P4 and the tier; rows stream to the writer.

There is no barrier between phases: while generators sample, checkers check what came back.
Checker jobs are queued by how close they are to finishing a sample (finish, windows, screen),
so samples complete, and leave memory, in a steady stream. Identical candidates (replays, greedy
samples) are evaluated once and their results shared.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, Callable

import ray

from sysmoray.engine.rows import (
    AttemptRecord, SampleKey, TaskFacts, action_rows, invariant_rows, sample_row, window_rows,
)
from sysmoray.generation.prompts import Prompt
from sysmoray.generation.repair import Attempt, Sampling, repair_request
from sysmoray.generation.types import NO_ANSWER, Candidate, Request
from sysmoray.generation.concretizer import concretize_request
from sysmoray.metrics.evaluate import Evaluation
from sysmoray.metrics.score import gates_open
from sysmoray.metrics.window_check import WindowResult
from sysmoray.results.writer import ResultsWriter
from sysmoray.tasks.model import Task
from sysmoray.tasks.windows import Window

MAX_ACTOR_RESTARTS = 3  # per job: a lost node's work is resubmitted, not lost


@dataclass
class SampleWork:
    key: SampleKey
    prompt: Prompt
    records: list[AttemptRecord] = field(default_factory=list)
    shards_left: int = 0
    window_results: list[tuple[WindowResult, str]] = field(default_factory=list)
    sharded: bool = False  # its windows went out in shards (else P3, if any, runs on the finisher)
    concretizing: bool = False  # waiting for the concretizer's answer
    concretizer_answer: Candidate | None = None
    content: tuple[str, str, str] | None = None  # what identical candidates share
    done: bool = False  # rows written; late results (a failed sample's other shards) are dropped

    def fail(self, why: str) -> None:
        """Charge the current attempt with a checking error."""
        if self.records:
            self.records[-1] = replace(self.records[-1], error=why)


@dataclass
class Counters:
    planned: int = 0
    generated: int = 0
    checked: int = 0  # samples written
    attempts: int = 0
    repairs: int = 0
    windows: int = 0
    errors: int = 0
    not_answered: int = 0  # samples a replay source has no answer for (not measured)
    shared: int = 0  # samples that reused an identical candidate's evaluation
    concretized: int = 0  # concretizer answers received


@dataclass(frozen=True)
class _Concretizing:
    """The context of a concretizer request: the sample whose P4 waits for it."""

    work: SampleWork


@dataclass
class _Job:
    kind: str  # gen | screen | windows | finish
    method: str
    args: tuple
    context: Any
    model: str | None = None  # gen jobs
    retries: int = 0


class Driver:
    def __init__(
        self,
        run_id: str,
        writer: ResultsWriter,
        sampling: Sampling,
        repair_rounds: int,
        generators: dict[str, list[Any]],
        can_repair: dict[str, bool],
        make_checker: Callable[[int], Any],
        checkers: list[Any],
        windows: dict[str, tuple[Window, ...]],
        window_shard: int | None,
        gen_batch: int,
        flush_s: float = 30.0,
        on_progress: Callable[[Counters], None] | None = None,
        make_generator: Callable[[str, int], Any] | None = None,
        gen_slots: dict[str, int] | None = None,
        facts: dict[str, TaskFacts] | None = None,
        concretizer: str | None = None,
        concretize_tasks: dict[str, Task] | None = None,
    ) -> None:
        """``gen_slots``: calls a model's generator actor takes at once (default 1). A model with
        more gets one sample per call, several in flight: its backend works per sample anyway
        (an HTTP client), and a ready sample then goes on to the checkers instead of waiting for
        the slowest of a batch. One-slot models (vLLM) get batches of ``gen_batch`` prompts,
        which they batch internally. ``concretizer``: the model (one of ``generators``) that
        concretizes the generic templates of ``concretize_tasks`` for each candidate whose P4 runs."""
        self.run_id, self.writer, self.sampling, self.rounds = run_id, writer, sampling, repair_rounds
        self.facts = facts or {}  # per task: the phases its rows score, its domain
        self.concretizer, self.concretize_tasks = concretizer, concretize_tasks or {}
        if self.concretize_tasks and concretizer not in generators:
            raise ValueError(f"the concretizer {concretizer!r} has no generator actors")
        self.generators = generators
        self.can_repair = can_repair
        self.make_checker, self.make_generator = make_checker, make_generator
        self.checkers = list(checkers)  # made by the caller, starting while the generators start
        self.idle_checkers = list(self.checkers)
        self.gen_slots = {m: max((gen_slots or {}).get(m, 1), 1) for m in generators}
        # an actor is idle once per free slot, interleaved so the replicas share the work
        self.idle_gens = {m: [a for _ in range(self.gen_slots[m]) for a in g] for m, g in generators.items()}
        self.windows = windows
        self.window_index = {t: {w.id: w for w in ws} for t, ws in windows.items()}
        self.window_shard, self.gen_batch = window_shard, gen_batch
        self.flush_s, self.last_flush = flush_s, time.monotonic()
        self.on_progress = on_progress
        self.counters = Counters()
        self.gen_first: dict[str, deque[list[tuple[Request, Any]]]] = {m: deque() for m in generators}
        self.gen_repair: dict[str, deque[tuple[Request, Any]]] = {m: deque() for m in generators}
        self.queues: dict[str, deque[_Job]] = {"finish": deque(), "windows": deque(), "screen": deque()}
        self.pending: dict[Any, tuple[_Job, Any]] = {}  # object ref -> (job, actor)
        self.memo: dict[tuple[str, str, str], Any] = {}  # content -> [waiting works] | (evaluation, windows, node)
        # (task, answer text) -> [waiting works] | the screen's value: an identical answer (a
        # deterministic model's k samples) is screened once.
        self.screens: dict[tuple[str, str], Any] = {}

    # ---- planning ----------------------------------------------------------------------------

    def plan(self, model: str, prompt: Prompt, samples: list[int]) -> None:
        """Generate ``samples`` (indices) of ``prompt`` with ``model``; contiguous runs of
        indices become one request each, so sample i keeps seed ``seed + i`` after a resume."""
        runs: list[list[int]] = []
        for s in sorted(samples):
            if runs and runs[-1][-1] == s - 1:
                runs[-1].append(s)
            else:
                runs.append([s])
        if self.gen_slots[model] > 1:  # one sample per call; first_sample keeps its seed
            runs = [[s] for run in runs for s in run]
        batch = self.gen_first[model]
        per_call = self._batch_size(model)
        for run in runs:
            request = Request(
                f"{prompt.task}/{prompt.method}", prompt.messages, n=len(run), seed=self.sampling.seed,
                max_tokens=self.sampling.max_tokens, temperature=self.sampling.temperature,
                top_p=self.sampling.top_p, task=prompt.task, first_sample=run[0],
            )
            if not batch or len(batch[-1]) >= per_call:
                batch.append([])
            batch[-1].append((request, (model, prompt)))
            self.counters.planned += len(run)

    def _batch_size(self, model: str, repairs: bool = False) -> int:
        """Requests per generator call: one for a many-slot model; else ``gen_batch`` prompts,
        or as many repairs as those prompts have samples (a repair request is one sample)."""
        if self.gen_slots[model] > 1:
            return 1
        return max(self.gen_batch * self.sampling.k, 1) if repairs else self.gen_batch

    # ---- the loop ------------------------------------------------------------------------------

    def run(self) -> Counters:
        while True:
            self._dispatch()
            if not self.pending:
                break
            ready, _ = ray.wait(list(self.pending), num_returns=1, timeout=1.0)
            for ref in ready:
                job, actor = self.pending.pop(ref)
                self._settle(job, actor, ref)
            self._maybe_flush()
            if self.on_progress:
                self.on_progress(self.counters)
        self.writer.flush()
        return self.counters

    def _dispatch(self) -> None:
        for model, idle in self.idle_gens.items():
            while idle:
                batch = self._next_gen_batch(model)
                if not batch:
                    break
                actor = idle.pop()
                self._submit(_Job("gen", "generate", ([r for r, _ in batch],), batch, model), actor)
        while self.idle_checkers:
            job = next((q.popleft() for q in self.queues.values() if q), None)
            if job is None:
                break
            self._submit(job, self.idle_checkers.pop())

    def _next_gen_batch(self, model: str) -> list[tuple[Request, Any]]:
        repairs = self.gen_repair[model]
        if repairs:  # they finish samples already under way
            size = self._batch_size(model, repairs=True)
            return [repairs.popleft() for _ in range(min(size, len(repairs)))]
        first = self.gen_first[model]
        return first.popleft() if first else []

    def _submit(self, job: _Job, actor: Any) -> None:
        ref = getattr(actor, job.method).remote(*job.args)
        self.pending[ref] = (job, actor)

    def _release(self, job: _Job, actor: Any) -> None:
        if job.kind == "gen":
            self.idle_gens[job.model].append(actor)
        else:
            self.idle_checkers.append(actor)

    def _settle(self, job: _Job, actor: Any, ref: Any) -> None:
        try:
            value = ray.get(ref)
        except ray.exceptions.RayActorError as e:
            self._lost_actor(job, actor, e)
            return
        except ray.exceptions.RayTaskError as e:  # our code raised on this input
            self._release(job, actor)
            self._job_failed(job, _short(e))
            return
        self._release(job, actor)
        getattr(self, f"_on_{job.kind}")(job, value)

    def _lost_actor(self, job: _Job, actor: Any, error: Exception) -> None:
        """A dead actor (a lost node, an OOM kill): replace it and run the job again."""
        if job.kind == "gen":
            replicas = self.generators[job.model]
            if actor in replicas:  # the first of its in-flight jobs to report the loss replaces it
                index = replicas.index(actor)
                idle = self.idle_gens[job.model]
                idle[:] = [a for a in idle if a is not actor]  # its free slots died with it
                if self.make_generator is not None:
                    replicas[index] = self.make_generator(job.model, index)
                    idle += [replicas[index]] * self.gen_slots[job.model]
        else:
            index = self.checkers.index(actor)
            self.checkers[index] = self.make_checker(index)
            self.idle_checkers.append(self.checkers[index])
        job.retries += 1
        if job.retries > MAX_ACTOR_RESTARTS:
            self._job_failed(job, f"actor lost {job.retries} times: {_short(error)}")
        elif job.kind == "gen":
            self.gen_first[job.model].appendleft(job.context)
        else:
            self.queues[job.kind].appendleft(job)

    def _job_failed(self, job: _Job, why: str) -> None:
        if job.kind == "gen":
            for request, ctx in job.context:
                failed = [Candidate(request.key, request.first_sample + i, "", request.sample_seed(i), "error",
                                    error=f"generator failed: {why}") for i in range(request.n)]
                self._on_candidates(request, ctx, failed)
            return
        work: SampleWork = job.context
        if work.done:
            return
        self.counters.errors += 1
        work.fail(why)
        if job.kind == "screen":
            waiting = self.screens.pop(job.args, None)
            for w in waiting if isinstance(waiting, list) else [work]:
                if w is not work:
                    self.counters.errors += 1
                    w.fail(why)
                self._complete(w, None)
        else:  # windows or finish: the sample and everyone waiting on its content fail together
            self._resolve(work, None, why)

    # ---- job results ---------------------------------------------------------------------------

    def _on_gen(self, job: _Job, candidates: list[Candidate]) -> None:
        at = 0
        for request, ctx in job.context:
            self._on_candidates(request, ctx, candidates[at : at + request.n])
            at += request.n

    def _on_candidates(self, request: Request, ctx: Any, candidates: list[Candidate]) -> None:
        for c in candidates:
            if isinstance(ctx, _Concretizing):
                self._concretized(ctx.work, c)
                continue
            if isinstance(ctx, SampleWork):  # a repair
                work = ctx
                self.counters.repairs += 1
            else:
                model, prompt = ctx
                work = SampleWork(SampleKey(model, prompt.task, prompt.method, c.sample), prompt)
                self.counters.generated += 1
            work.records.append(AttemptRecord(len(work.records), work.prompt.prompt_hash, c, None, None))
            self.counters.attempts += 1
            if not c.ok:
                self._complete(work, None)
                continue
            key = (work.key.task, c.text)
            known = self.screens.get(key)
            if isinstance(known, list):
                known.append(work)
            elif known is not None:
                self._screened(work, known)
            else:
                self.screens[key] = [work]
                self._queue_screen(_Job("screen", "screen", key, work))

    def _queue_screen(self, job: _Job) -> None:
        """Queue a screen behind those of tasks with as many windows or more: a task's windows
        are a proxy for the cost of checking its candidates (the default sweep: etcd-raft's
        cost most, semaphore's least), and the costliest started first leave small ones to
        fill both cores at the end (the longest-first rule), instead of one long check on one
        core. Only the order of the work changes, never what is checked."""
        queue, weight = self.queues["screen"], len(self.windows.get(job.context.key.task, ()))
        at = next((i for i, other in enumerate(queue)
                   if len(self.windows.get(other.context.key.task, ())) < weight), len(queue))
        queue.insert(at, job)

    def _on_screen(self, job: _Job, value: Any) -> None:
        waiting = self.screens.get(job.args)
        self.screens[job.args] = value
        for work in waiting if isinstance(waiting, list) else [job.context]:
            self._screened(work, value)

    def _screened(self, work: SampleWork, value: Any) -> None:
        answer, first, node = value
        last = work.records[-1] = replace(work.records[-1], answer=answer, screen=first, node=node)
        if self.can_repair[work.key.model] and not first.passed and last.attempt < self.rounds:
            attempt = Attempt(work.prompt, last.candidate, answer, first, last.attempt, final=False)
            prompt, request = repair_request(attempt, self.rounds, self.sampling)
            work.prompt = prompt
            self.gen_repair[work.key.model].append((request, work))
            return
        if first.model is None:
            self._complete(work, None)
            return
        content = (work.key.task, first.model.text, first.cfg_text or "", first.model.siblings)
        work.content = content
        known = self.memo.get(content)
        if isinstance(known, tuple):
            self.counters.shared += 1
            self._complete(work, *known)
            return
        if isinstance(known, list):
            known.append(work)
            return
        self.memo[content] = [work]
        to_concretize = self.concretize_tasks.get(work.key.task)
        if to_concretize is not None and gates_open(first.phases):  # P4 will run: ask for its names
            work.concretizing = True
            request = concretize_request(to_concretize, first.model.text, self.sampling.seed, self.sampling.max_tokens)
            self.gen_repair[self.concretizer].append((request, _Concretizing(work)))
        windows = self.windows.get(work.key.task, ())
        if gates_open(first.phases) and windows:
            ids = [w.id for w in windows]
            size = self.window_shard or _auto_shard(len(ids), len(self.checkers), self.counters.planned)
            shards = [ids[i : i + size] for i in range(0, len(ids), size)]
            work.shards_left, work.sharded = len(shards), True
            for shard in shards:
                args = (work.key.task, first.model.text, first.cfg_text, shard, first.model.siblings)
                self.queues["windows"].append(_Job("windows", "check_windows", args, work))
        else:
            self._maybe_finish(work)

    def _concretized(self, work: SampleWork, candidate: Candidate) -> None:
        self.counters.concretized += 1
        work.concretizer_answer, work.concretizing = candidate, False
        if not work.done:
            self._maybe_finish(work)

    def _maybe_finish(self, work: SampleWork) -> None:
        """Queue the sample's last check once its windows and its concretization are in."""
        if work.shards_left or work.concretizing:
            return
        first = work.records[-1].screen
        results = [r for r, _ in sorted(work.window_results, key=lambda x: x[0].window)] if work.sharded else None
        args = (work.key.task, first, results, work.concretizer_answer)
        self.queues["finish"].append(_Job("finish", "finish", args, work))

    def _on_windows(self, job: _Job, value: Any) -> None:
        work: SampleWork = job.context
        if work.done:
            return
        results, node = value
        work.window_results += [(r, node) for r in results]
        self.counters.windows += len(results)
        work.shards_left -= 1
        self._maybe_finish(work)

    def _on_finish(self, job: _Job, value: Any) -> None:
        evaluation, node = value
        work: SampleWork = job.context
        if work.done:
            return
        # The finisher's window results: the shards' (with where each ran), their failures
        # diagnosed; or P3 whole, when it ran on the finishing checker.
        ran_on = {r.window: n for r, n in work.window_results}
        windows = [(r, ran_on.get(r.window, node)) for r in evaluation.windows]
        self._resolve(work, (evaluation, windows, node), None)

    def _resolve(self, work: SampleWork, outcome: tuple | None, error: str | None) -> None:
        """Complete ``work`` and every sample waiting on the same content, with its outcome or
        its error; an outcome is kept for identical candidates still to come."""
        waiting = self.memo.pop(work.content, [work]) if work.content else [work]
        if outcome is not None:
            self.memo[work.content] = outcome
        for w in waiting:
            if w is not work:
                if error is not None:
                    w.fail(error)
                else:
                    self.counters.shared += 1
            self._complete(w, *(outcome or (None,)))

    # ---- output --------------------------------------------------------------------------------

    def _complete(self, work: SampleWork, evaluation: Evaluation | None,
                  windows: list[tuple[WindowResult, str]] | None = None, node: str = "") -> None:
        """All rows of a sample at once (a flush never splits a sample)."""
        work.done = True
        run, key = self.run_id, work.key
        final = work.records[-1]
        if node and final.error is None:
            final = replace(final, node=node)
        facts = self.facts.get(key.task, TaskFacts())
        rows = [sample_row(run, key, r, False, None, facts=facts) for r in work.records[:-1]]
        usable = evaluation if final.error is None and final.candidate.ok else None
        rows.append(sample_row(run, key, final, True, usable, facts=facts))
        if usable is not None:
            index = self.window_index.get(key.task, {})
            self.writer.add("windows", window_rows(run, key, final.attempt, windows or [], index), autoflush=False)
            self.writer.add("invariants", invariant_rows(run, key, final.attempt, usable), autoflush=False)
            self.writer.add("actions", action_rows(run, key, final.attempt, usable), autoflush=False)
        self.writer.add("samples", rows, autoflush=False)
        self.writer.maybe_flush()
        self.counters.checked += 1
        unanswered = final.candidate.finish_reason == NO_ANSWER
        self.counters.not_answered += unanswered
        self.counters.errors += final.candidate.error is not None and not unanswered

    def _maybe_flush(self) -> None:
        if time.monotonic() - self.last_flush >= self.flush_s:
            self.writer.flush()
            self.last_flush = time.monotonic()


MIN_AUTO_SHARD = 64  # fewer windows than this are not worth another JVM start


def _auto_shard(windows: int, checkers: int, samples: int) -> int:
    """Windows per job when the config sets none. A sweep with at least two samples per checker
    keeps every checker busy with candidates of its own: a candidate's windows stay in one job
    (measured on the default sweep, 2 checkers: split in two they took 51 JVMs and 118 CPU-s
    instead of 33 and 70). Else one shard per checker, so every checker can work on a
    candidate's windows, without paying a JVM start for a handful of windows. A function of the
    config alone, so the shards (and the results) are the same on every run of it."""
    if samples >= 2 * checkers:
        return max(windows, 1)
    return max(MIN_AUTO_SHARD, -(-windows // max(checkers, 1)))


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[-1] if text else type(error).__name__)[:500]
