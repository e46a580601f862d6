"""The boundary every backend shares: a batch of requests in, one candidate per sample out.

A backend never raises for one bad sample: a failed request becomes a candidate with ``error``
set and empty text, so a sweep records it and goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence

# Finish reasons beyond the usual "stop" / "length".
ERROR = "error"  # the backend failed this sample; ``Candidate.error`` says why
REPLAY = "replay"  # a replayed model (reference, mutant), not sampled text
# A replay source holds no answer for this sample (``files:`` with fewer answers than k): the
# sample is not measured, neither failed nor passed; ``Candidate.error`` says why.
NO_ANSWER = "no_answer"


@dataclass(frozen=True)
class Message:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class Request:
    """One prompt, sampled ``n`` times; sample i uses seed ``seed + i`` (DESIGN §3: one shared
    seed would give every prompt of a batch the same noise)."""

    key: str  # the caller's id for this prompt, echoed in its candidates
    messages: tuple[Message, ...]
    n: int = 1
    seed: int = 0
    max_tokens: int = 4096
    temperature: float = 0.8
    top_p: float = 0.95
    task: str | None = None  # the task's name: replay backends need it, samplers ignore it
    first_sample: int = 0  # numbering of the samples: ``first_sample + i``

    def sample_seed(self, i: int) -> int:
        return self.seed + self.first_sample + i


@dataclass(frozen=True)
class Candidate:
    key: str
    sample: int
    text: str
    seed: int
    finish_reason: str  # "stop" | "length" | ERROR | REPLAY | what the server said
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. the mutant a replay stands for

    @property
    def ok(self) -> bool:
        return self.error is None


class Backend(Protocol):
    """What generation needs of a model. Implementations are plain objects (a Ray actor wraps
    one); ``generate`` returns the candidates of all requests, in request order, samples in
    order within a request."""

    name: str
    can_repair: bool  # replays cannot act on error feedback

    def generate(self, requests: Sequence[Request]) -> list[Candidate]: ...

    def close(self) -> None: ...


class BackendSpecError(ValueError):
    """A model spec that names no known backend, or one whose parts are malformed."""
