"""The scoring service: sysmoray's evaluation over HTTP, on Ray Serve (``sysmoray serve``).

Two protocols on one deployment:
- ``POST /score``: ``{"answer": text, "task": name|null, "cfg": text|null}``, or ``{"items":
  [those]}``; the answer is ``{"evaluation": ...}`` (``check --json``'s object), or ``{"evaluations":
  [...]}`` in the items' order.
- ``POST /get_reward``: OpenRLHF's remote reward protocol (``--remote_rm_url``): ``{"query":
  [prompt + completion, ...], "prompts": [prompt, ...], "labels": [task, ...]}`` answered by
  ``{"rewards": [...], "scores": [...], "extra_logs": {...}}``: the reward of the completion (the
  query after its prompt) in the chosen shape; ``scores`` the totals (0..1, for OpenRLHF's dynamic
  filtering); ``extra_logs`` each phase's score.
- ``GET /healthz``: ``{"ok": true}`` once the replica can score.

Requests are untrusted: a body is capped before it is parsed, and anything malformed gets a 400
with one line saying what. Every check is bounded by its task's work budget like any other, and
runs in a thread of its own: a candidate whose state space explodes holds one thread until its
budget is spent, never the other requests. ``ScoringHandler`` is the plain object; the
deployment only carries HTTP to it.
"""

# No ``from __future__ import annotations``: FastAPI reads the handlers' annotations as classes.
import asyncio
import json
from dataclasses import dataclass
from typing import Any, Mapping

from sysmoray._scoring import ScoreItem, Scorer
from sysmoray.metrics.evaluate import Evaluation
from sysmoray.reward import SHAPES, reward_of
from sysmoray.tasks.loader import TaskFormatError, UnknownTaskError
from sysmoray.tasks.trace import TraceFormatError

MAX_BODY_BYTES = 32 * 1024 * 1024  # a batch of long answers; one answer is far smaller
MAX_ITEMS = 4096  # per request: a training step's batch, not a dataset


class BadRequest(ValueError):
    """The request cannot be scored as sent; the message is the 400's one line."""


@dataclass(frozen=True)
class ServiceSettings:
    tasks_dir: str | None = None
    states: int | None = None  # every task's distinct-state budget (None: each task's own)
    shape: str = "total"  # the reward shape of /get_reward (sysmoray.reward.SHAPES)
    workers: int = 4  # checks at once per replica (threads: the work is in their JVMs)


class ScoringHandler:
    """Parses a request's JSON, scores it, and builds the JSON reply; raises BadRequest."""

    def __init__(self, settings: ServiceSettings = ServiceSettings()) -> None:
        if settings.shape not in SHAPES or settings.shape == "repair":
            raise ValueError(f"the service's reward shape is one of total, tier; got {settings.shape!r}")
        self.settings = settings
        self.scorer = Scorer(tasks_dir=settings.tasks_dir, budget=settings.states)

    def score(self, payload: Any) -> dict[str, Any]:
        if isinstance(payload, dict) and "items" in payload:
            items = _list(payload, "items")
            evaluations = self._score([_item(i, f"items[{n}]") for n, i in enumerate(items)])
            return {"evaluations": [e.to_dict() for e in evaluations]}
        [evaluation] = self._score([_item(payload, "the request")])
        return {"evaluation": evaluation.to_dict()}

    def get_reward(self, payload: Any) -> dict[str, Any]:
        if not isinstance(payload, dict):
            raise BadRequest("the request is not a JSON object")
        queries, prompts, labels = (_list(payload, k) for k in ("query", "prompts", "labels"))
        if not len(queries) == len(prompts) == len(labels):
            raise BadRequest(f"query, prompts and labels differ in length ({len(queries)}, {len(prompts)}, {len(labels)})")
        items = []
        for n, (query, prompt, label) in enumerate(zip(queries, prompts, labels)):
            if not isinstance(query, str) or not isinstance(prompt, str) or not isinstance(label, str) or not label:
                raise BadRequest(f"item {n}: query and prompt must be text and the label a task's name")
            # A query is the prompt followed by the completion (OpenRLHF's template applied to both).
            completion = query[len(prompt):] if query.startswith(prompt) else query
            items.append(ScoreItem(completion, label))
        evaluations = self._score(items)
        logs = {phase: [_phase_score(e, phase) for e in evaluations] for phase in ("syntax", "runtime", "conformance", "invariants")}
        return {"rewards": [reward_of(e, self.settings.shape) for e in evaluations],
                "scores": [e.total for e in evaluations], "extra_logs": logs}

    def _score(self, items: list[ScoreItem]) -> list[Evaluation]:
        if len(items) > MAX_ITEMS:
            raise BadRequest(f"{len(items)} items in one request (at most {MAX_ITEMS})")
        try:
            for task in {i.task for i in items if i.task is not None}:
                self.scorer.task_data(task)  # an unknown or broken task is the request's fault
        except (UnknownTaskError, TaskFormatError, TraceFormatError) as exc:
            raise BadRequest(str(exc).splitlines()[0]) from exc
        return self.scorer.score_many(items, workers=self.settings.workers)


def _list(payload: Mapping[str, Any], key: str) -> list:
    value = payload.get(key)
    if not isinstance(value, list):
        raise BadRequest(f"field {key!r} must be a list")
    return value


def _item(value: Any, where: str) -> ScoreItem:
    if not isinstance(value, dict):
        raise BadRequest(f"{where} is not a JSON object")
    answer, task, cfg = value.get("answer"), value.get("task"), value.get("cfg")
    if not isinstance(answer, str):
        raise BadRequest(f"{where}: field 'answer' must be text")
    if task is not None and (not isinstance(task, str) or not task or "/" in task or "\\" in task):
        raise BadRequest(f"{where}: field 'task' must be a task's name")  # never a path on the server
    if cfg is not None and not isinstance(cfg, str):
        raise BadRequest(f"{where}: field 'cfg' must be text")
    return ScoreItem(answer, task, cfg)


def _phase_score(evaluation: Evaluation, phase: str) -> float:
    result = evaluation.phases.get(phase)
    return result.score if result is not None and phase in evaluation.scored else 0.0


def parse_body(body: bytes) -> Any:
    """A request body as JSON, capped; BadRequest with why."""
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest(f"the body is {len(body)} bytes (at most {MAX_BODY_BYTES})")
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF-8, a 5,000-digit number
        raise BadRequest(f"the body is not JSON: {str(exc)[:200]}") from None


def deployment(settings: ServiceSettings, replicas: int, max_replicas: int | None = None):  # type: ignore[no-untyped-def]
    """The Ray Serve application: ``replicas`` replicas of one CPU each, or autoscaling between
    them and ``max_replicas`` as Ray Serve does."""
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from ray import serve

    app = FastAPI(title="sysmoray scoring service")

    async def handle(request: Request, method: str, handler: ScoringHandler) -> JSONResponse:
        try:
            payload = parse_body(await request.body())
            # In a thread: the replica's event loop stays free for the other requests.
            return JSONResponse(await asyncio.to_thread(getattr(handler, method), payload))
        except BadRequest as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)

    scaling: dict[str, Any] = (
        {"autoscaling_config": {"min_replicas": replicas, "max_replicas": max_replicas}}
        if max_replicas is not None and max_replicas > replicas else {"num_replicas": replicas}
    )

    @serve.deployment(name="sysmoray-scoring", ray_actor_options={"num_cpus": 1},
                      max_ongoing_requests=max(settings.workers, 1) * 4, **scaling)
    @serve.ingress(app)
    class ScoringDeployment:
        def __init__(self) -> None:
            self.handler = ScoringHandler(settings)
            self.handler.scorer.toolchain  # found (and its JVM class archive made) before traffic comes

        @app.get("/healthz")
        def healthz(self) -> dict[str, bool]:
            return {"ok": True}

        @app.post("/score")
        async def score(self, request: Request) -> JSONResponse:
            return await handle(request, "score", self.handler)

        @app.post("/get_reward")
        async def get_reward(self, request: Request) -> JSONResponse:
            return await handle(request, "get_reward", self.handler)

    return ScoringDeployment.bind()
