"""Ray actors: thin wrappers, each holding one plain object (a backend, a Checker) built once.

Generator actors of vLLM models claim their GPUs; replays and OpenAI clients claim nothing, so
every CPU is left to the checkers, one TLC process at a time each.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import ray

from sysmoray.engine.checker import Checker, CheckSettings
from sysmoray.generation.backends import BackendOptions, make_backend
from sysmoray.generation.types import Candidate, Request
from sysmoray.metrics.evaluate import TaskData


def node_id() -> str:
    return ray.get_runtime_context().get_node_id()


class GeneratorHost:
    def __init__(self, spec: str, options: BackendOptions) -> None:
        self.backend = make_backend(spec, options)

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        return self.backend.generate(requests)

    def can_repair(self) -> bool:
        return self.backend.can_repair

    def node(self) -> str:
        return node_id()


class CheckerHost(Checker):
    def __init__(self, settings: CheckSettings, cut: Mapping[str, TaskData] | None = None) -> None:
        super().__init__(settings, node=node_id(), cut=cut)


GeneratorActor = ray.remote(GeneratorHost)
CheckerActor = ray.remote(CheckerHost)
