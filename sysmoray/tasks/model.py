"""The task model (DESIGN §4): what a model of a system must capture and how it is checked."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sysmoray.tla.budget import Budget


@dataclass(frozen=True)
class Source:
    """Where the real code comes from: a module importable at run time, and the objects in it."""

    module: str
    objects: tuple[str, ...]
    package: str | None = None  # PyPI distribution, when not the standard library
    version: str | None = None  # version the traces were recorded against (filled at run time)


@dataclass(frozen=True)
class Variable:
    name: str
    domain: str  # a TLA+ set expression over the contract's constants
    description: str = ""


@dataclass(frozen=True)
class Constant:
    name: str
    value: str  # the TLA+ value used for checking
    description: str = ""


@dataclass(frozen=True)
class Param:
    name: str
    domain: str


@dataclass(frozen=True)
class ActionContract:
    name: str
    params: tuple[Param, ...] = ()
    description: str = ""
    internal_steps: int = 0  # internal steps a window may take after the action


@dataclass(frozen=True)
class Granularity:
    mandatory: tuple[str, ...]
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class InvariantTemplate:
    name: str
    type: str  # "safety" | "liveness" | "action" ([][A]_v, checked as a PROPERTY)
    text: str  # natural language
    formal: str  # formal description
    expression: str  # TLA+ over the contract's names


@dataclass(frozen=True)
class Task:
    name: str
    description: str
    kind: str  # "concurrent" | "distributed"
    language: str
    source: Source
    granularity: Granularity
    variables: tuple[Variable, ...]
    constants: tuple[Constant, ...]
    actions: tuple[ActionContract, ...]
    module: str  # the TLA+ module name a model must use
    root: str  # the task's folder (local path or fsspec URL)
    traces: str | None = None  # folder of ndjson traces (relative paths resolved against root)
    harness: str | None = None  # python file with the trace generator
    reference_module: str | None = None
    reference_cfg: str | None = None
    invariants: tuple[InvariantTemplate, ...] = field(default_factory=tuple)
    budget: Budget = Budget()  # work bounds of every check of this task (task.yaml ``budget:``)

    @property
    def variable_names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables)

    @property
    def action_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.actions)

    def path(self, relative: str) -> str:
        if "://" in relative or relative.startswith("/"):
            return relative
        if "://" in self.root:
            return f"{self.root.rstrip('/')}/{relative}"
        return os.path.normpath(Path(self.root) / relative)
