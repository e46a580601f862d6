"""Evaluate one candidate model: extraction, P1 syntax, P2 runtime, and with a task P3
conformance and P4 invariants; then the tier and the total score.

This is the plain object a CheckerActor wraps; it knows nothing of Ray.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence

from sysmoray.metrics.concretize import Concretization, concretized_task
from sysmoray.metrics.conformance import conformance_phase, score_windows
from sysmoray.metrics.invariants import HELD, TIMEOUT, InvariantResult, explorable_templates, invariants_phase
from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.runtime import ModelCheck, RuntimeConfig, Tracking, runtime_phase
from sysmoray.metrics.score import Weights, gates_open, total_score
from sysmoray.metrics.syntax import syntax_phase
from sysmoray.metrics.tier import NONE, SILVER, TierConfig, TierResult, tier_of
from sysmoray.metrics.window_check import WindowResult, constants_section, diagnose_failures, model_shape
from sysmoray.tasks.model import MAX_NAME_LENGTH, Task, task_phases
from sysmoray.tasks.catalog import load_traces, provenance_line
from sysmoray.tasks.windows import Window, cut_windows
from sysmoray.tla.actions import Action, find_actions
from sysmoray.tla.answer import UNTERMINATED_MODULE, Answer
from sysmoray.tla.budget import Budget
from sysmoray.tla.cfg import for_jar, parse_cfg
from sysmoray.tla.jvm import SHORT_RUN_STATES
from sysmoray.tla.messages import TLAError
from sysmoray.tla.module_set import Flat, flatten
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline, outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import SanyResult, export_module
from sysmoray.tla.semantic import type_invariants
from sysmoray.tla.steering import steering_calls
from sysmoray.tla.toolchain import Toolchain


@dataclass(frozen=True)
class CheckConfig:
    limits: Limits = Limits()  # per JVM: the wall-clock safety net and heap cap, never a budget
    runtime: RuntimeConfig = RuntimeConfig()
    tier: TierConfig = TierConfig()
    weights: Weights = Weights()
    states: int | None = None  # overrides of the task's work budget (None: the task's, or the default)
    generated: int | None = None

    def budget(self, task: Task | None) -> Budget:
        """The work budget of a check: the task's (task.yaml), with this config's overrides."""
        base = task.budget if task is not None else Budget()
        return replace(base, states=self.states or base.states, generated=self.generated or base.generated)


@dataclass(frozen=True)
class TaskData:
    """A task and its trace windows, cut once and shared by every candidate of the task."""

    task: Task
    windows: tuple[Window, ...]
    warnings: tuple[str, ...] = ()  # trace provenance, one line for the task: recorded against other source code

    @classmethod
    def load(cls, task: Task) -> TaskData:
        traces, _ = load_traces(task, check_provenance=False)
        line = provenance_line(task, traces)
        return cls(task, tuple(cut_windows(task, traces)), (line,) if line else ())


@dataclass(frozen=True)
class Evaluation:
    module: str | None
    phases: dict[str, PhaseResult]
    actions: tuple[str, ...] = ()
    extraction: dict[str, Any] = field(default_factory=dict)
    tier: TierResult = TierResult(NONE, "not evaluated")
    total: float = 0.0
    task: str | None = None
    windows: tuple[WindowResult, ...] = ()
    invariants: tuple[InvariantResult, ...] = ()
    budget: Budget = Budget()
    rechecked: bool = False  # checked a second time after a run hit the wall-clock safety net
    scored: tuple[str, ...] = ("syntax", "runtime")  # the phases the total is over (the task's)
    concretization: Concretization | None = None  # a task's generic templates in this model's names

    @property
    def errors(self) -> list[TLAError]:
        return [e for phase in self.phases.values() for e in phase.errors]

    @property
    def budget_reached(self) -> bool:
        """Some scored exploration (the phases', the tier's run of the model; not a mutant's)
        stopped at the work budget: scored on what it explored."""
        return _budget_reached(self.phases, self.tier.usage)

    @property
    def unfinished(self) -> bool | None:
        """The tier's run of the model stopped at the work budget (Silver: ChatTLA's timeout);
        None when TLC did not run the model."""
        return None if not self.tier.usage.get("runs") else bool(self.tier.usage.get("reached"))

    @property
    def machine_dependent(self) -> bool:
        """Some SANY/TLC run hit the wall-clock safety net: this result may differ on another node."""
        return (_machine_dependent(self.phases, self.tier.usage, self.tier.mutant_usage)
                or any(w.outcome == TIMEOUT for w in self.windows)
                or any(i.outcome == TIMEOUT for i in self.invariants))

    def to_dict(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "task": self.task,
            "actions": list(self.actions),
            # A phase the task does not score is null, as in the Parquet (``engine.rows``), never 0.
            "phases": {name: phase.to_dict() | ({} if name in self.scored else {"score": None})
                       for name, phase in self.phases.items()},
            "scored_phases": list(self.scored),
            "tier": self.tier.tier,
            "tier_details": self.tier.to_dict(),
            "total": self.total,
            "budget": self.budget.to_dict() | {"reached": self.budget_reached, "unfinished": self.unfinished},
            "machine_dependent": self.machine_dependent,
            "rechecked": self.rechecked,
            "errors": [dict(e.to_dict(), phase=name) for name, phase in self.phases.items() for e in phase.errors],
            "extraction": self.extraction,
        } | ({"concretization": self.concretization.to_dict()} if self.concretization is not None else {})


# A task's generic templates and a model's text -> those templates in the model's names
# (``metrics.concretize``: in this process, or from an answer the sweep's concretizer gave).
Concretize = Callable[[Task, str], Concretization]


@dataclass(frozen=True)
class Screen:
    """The cheap first look at a candidate: extraction, P1 and P2. The repair loop decides on
    it; the later phases start from it."""

    extraction: dict[str, Any]
    model: Outline | None
    cfg_text: str | None
    actions: tuple[Action, ...]
    phases: dict[str, PhaseResult]
    budget: Budget = Budget()
    rechecked: bool = False
    type_invariants: tuple[str, ...] = ()  # the config's invariants that only state types (SANY's tree)
    # What the runtime phase's exploration found for the tier and P4 (None: it did not run).
    model_check: ModelCheck | None = None
    flat: Flat | None = None  # the model's modules as one (``tla.module_set``): its lines map back

    @property
    def module(self) -> str | None:
        return self.model.name if self.model is not None else None

    @property
    def budget_reached(self) -> bool:
        return _budget_reached(self.phases)

    @property
    def machine_dependent(self) -> bool:
        return _machine_dependent(self.phases)

    @property
    def passed(self) -> bool:
        """Nothing for a repair round to fix: the module parses and every action runs clean."""
        return self.phases["syntax"].score >= 1.0 and self.phases["runtime"].score >= 1.0

    def feedback(self) -> list[str]:
        """What went wrong, in words a model can act on: the tools' errors, else the reason."""
        out = []
        for name in ("syntax", "runtime"):
            phase = self.phases.get(name)
            if phase is None or phase.score >= 1.0:
                continue
            out += [f"{name} ({e.kind}): {e.message}" for e in phase.errors]
            never = phase.details.get("not_covered") or []
            if never:
                explored = phase.details.get("budget", {}).get("explored")
                out.append(f"{name}: these actions never took a step in the {explored} states TLC explored "
                           f"(never enabled, or they only stutter): {', '.join(never)}")
            if phase.details.get("budget", {}).get("reached"):
                out.append(f"{name}: the model's state space is larger than the check's budget of "
                           f"{phase.details['budget']['states']} distinct states; bound it with a CONSTRAINT")
            if not phase.errors and not never:
                reason = phase.details.get("reason") or phase.outcome.value
                out.append(f"{name}: score {phase.score:.2f}: {reason}")
        return out


def screen(
    toolchain: Toolchain,
    answer: Answer,
    cfg_text: str | None = None,
    config: CheckConfig = CheckConfig(),
    task: Task | None = None,
) -> Screen:
    """Extraction, P1 and P2 of ``answer``. ``cfg_text`` overrides the answer's own config;
    with a task and no config at all, one is made from the contract."""
    extraction = {
        "outcome": answer.outcome,
        "cfg_source": "given" if cfg_text is not None else answer.cfg_source,
        "dropped": [{"reason": d.reason, "chars": len(d.text)} for d in answer.dropped],
        "unicode_symbols": answer.unicode_symbols,  # written in ASCII before SANY (tla.unicode)
    }
    too_long = answer.module_name is not None and len(answer.module_name) > MAX_NAME_LENGTH
    if answer.module_text is None or too_long:
        error = TLAError(Outcome.NO_MODULE, f"the module's name is {len(answer.module_name or '')} characters long "
                                            f"(at most {MAX_NAME_LENGTH}): no file can hold it" if too_long else
                         "the answer contains no '---- MODULE Name ----' ... '====' block")
        phases = {"syntax": PhaseResult(0.0, Outcome.NO_MODULE, {}, (error,)),
                  "runtime": PhaseResult(0.0, Outcome.SKIPPED, {"reason": "no module"})}
        return Screen(extraction, None, None, (), phases, config.budget(task))
    cfg_text = cfg_text if cfg_text is not None else answer.cfg_text
    flat = flatten(answer.module_text, dict(answer.siblings))
    model = replace(outline(flat.text), siblings=flat.files)
    if answer.siblings:
        extraction["modules"] = {"inlined": list(flat.inlined), "beside": [n for n, _ in flat.files],
                                 "unused": [n for n, _ in answer.siblings if n not in flat.inlined and n not in dict(flat.files)]}
    if cfg_text is None and task is not None:
        cfg_text = contract_cfg(task, model)
        extraction["cfg_source"] = "contract"
    if cfg_text is not None and (notes := for_jar(cfg_text, toolchain.features)[1]):
        extraction["config_notes"] = notes  # every TLC run drops them (tla.tlc.run_tlc)
    # One SANY run: P1's verdict, and SANY's tree, from which the actions are split as TLC does.
    export = export_module(toolchain, model.text, model.name or "Spec", config.limits, dict(model.siblings))
    actions = find_actions(model, parse_cfg(cfg_text) if cfg_text is not None else None, export.tree)
    extraction["structure"] = "sany" if export.tree is not None else "tokens"  # where the actions came from
    if export.note:
        extraction["structure_note"] = export.note
    budget = config.budget(task)
    whole = export.result
    if answer.outcome == UNTERMINATED_MODULE and whole.ok:
        # The extractor closed a module the answer left open (cut at its token limit); SANY
        # rejects a module without its end, so the whole-module check fails as written.
        whole = SanyResult(whole.module, Outcome.PARSE_ERROR, (TLAError(
            Outcome.PARSE_ERROR, "the module has no closing '====' line: the answer was cut short"),))
    syntax = syntax_phase(toolchain, model, actions, config.limits, whole)
    runtime, check = _runtime(toolchain, model, cfg_text, actions, syntax, config, budget, task)
    typing = type_invariants(export.tree, parse_cfg(cfg_text).invariants) if cfg_text is not None else ()
    phases = _relocated({"syntax": syntax, "runtime": runtime}, flat, model.name)
    return Screen(extraction, model, cfg_text, tuple(actions), phases, budget,
                  type_invariants=typing, model_check=check, flat=flat)


def _relocated(phases: dict[str, PhaseResult], flat: Flat | None, root: str | None) -> dict[str, PhaseResult]:
    """The phases' errors at the lines of the modules they are in (a model of several modules)."""
    if flat is None or not flat.segments or root is None:
        return phases
    return {name: replace(p, errors=tuple(flat.relocated(e, root) for e in p.errors)) for name, p in phases.items()}


def evaluate(
    toolchain: Toolchain,
    answer: Answer,
    cfg_text: str | None = None,
    config: CheckConfig = CheckConfig(),
    task: TaskData | None = None,
    concretize: Concretize | None = None,
) -> Evaluation:
    """Score ``answer`` (an extracted LLM answer or module file) on every phase."""
    first = screen(toolchain, answer, cfg_text, config, task.task if task else None)
    return evaluate_screened(toolchain, first, config, task, concretize=concretize)


def evaluate_screened(
    toolchain: Toolchain, first: Screen, config: CheckConfig = CheckConfig(), task: TaskData | None = None,
    window_results: Sequence[WindowResult] | None = None, concretize: Concretize | None = None,
) -> Evaluation:
    """The later phases (P3, P4 with a task), the tier and the total, after ``screen``.
    ``window_results``: the task's windows already checked elsewhere (shards on other workers).
    ``concretize``: how a task's generic templates get this model's names (a task whose
    ``concretizer`` is set needs it; without it every template is recorded as not concretized)."""
    task_name = task.task.name if task is not None else None
    budget = config.budget(task.task if task is not None else None)
    scored = task_phases(task.task if task is not None else None)
    phases = dict(first.phases)
    model, cfg_text = first.model, first.cfg_text
    if model is None:
        phases = {"syntax": phases["syntax"]}
        for name in scored[1:]:
            phases[name] = PhaseResult(0.0, Outcome.SKIPPED, {"reason": "no module"})
        phases |= _unscored(task)
        return Evaluation(None, phases, (), first.extraction, TierResult(NONE, "no module in the answer"), 0.0, task_name,
                          budget=budget, scored=scored)
    shape = model_shape(model, parse_cfg(cfg_text) if cfg_text is not None else None)
    limits = replace(config.limits, short=_small(phases["runtime"]))
    windows: list[WindowResult] = []
    invariants: list[InvariantResult] = []
    p4_task, concretization = task.task if task is not None else None, None
    if task is not None:
        if gates_open(phases):
            if "conformance" in scored:
                if window_results is None:
                    phases["conformance"], windows = conformance_phase(
                        toolchain, model.text, shape, cfg_text, task.task, task.windows, limits
                    )
                else:  # checked in shards elsewhere: their failures are diagnosed here, over all
                    windows = diagnose_failures(toolchain, model.text, shape, cfg_text, task.task, task.windows,
                                                sorted(window_results, key=lambda r: r.window), limits)
                    phases["conformance"] = score_windows(windows, task.task, shape)
            if "invariants" in scored:
                if task.task.needs_concretizer:
                    concretization = _concretization(task.task, model.text, concretize)
                    p4_task = concretized_task(task.task, concretization)
                check = first.model_check
                phases["invariants"], invariants = invariants_phase(
                    toolchain, model.text, shape, cfg_text, p4_task, limits, budget,
                    concretization.missing if concretization is not None else None,
                    check.templates if check is not None and concretization is None else (),
                    check.explored if check is not None else None,
                )
        else:
            gate = {"reason": "P3 and P4 run only when P1 = 1 and P2 > 0"
                    + (": the model was not run (it steers TLC)" if phases["runtime"].outcome == Outcome.STEERING else "")}
            for name in scored[2:]:
                phases[name] = PhaseResult(0.0, Outcome.SKIPPED, gate)
    held = [t for t, r in zip(p4_task.invariants, invariants) if r.outcome == HELD] if p4_task is not None and invariants else []
    if phases["runtime"].outcome == Outcome.STEERING:
        tier = TierResult(SILVER, f"TLC not run on the model: {phases['runtime'].details['reason']}")
    else:
        tier = tier_of(
            # A small model's mutants can explode, but the test stops at its first caught mutant:
            # measured, its runs are short enough for C1 even when none is caught.
            toolchain, model, shape, cfg_text, phases["syntax"], p4_task, held, limits,
            config.tier, budget, first.model_check.run if first.model_check is not None else None, first.actions,
            first.type_invariants,
        )
    phases = {**phases, **_relocated({n: p for n, p in phases.items() if n not in first.phases}, first.flat, model.name)}
    if first.flat is not None and first.flat.segments and model.name:
        tier = replace(tier, reason=first.flat.relocated_text(tier.reason, model.name))
    phases |= _unscored(task)
    return Evaluation(
        model.name, phases, tuple(a.name for a in first.actions), first.extraction, tier,
        total_score(phases, config.weights, scored), task_name, tuple(windows), tuple(invariants), budget,
        scored=scored, concretization=concretization,
    )


def _concretization(task: Task, model_text: str, concretize: Concretize | None) -> Concretization:
    if concretize is not None:
        return concretize(task, model_text)
    why = "not concretized: no concretizer answer reached this check"
    return Concretization(task.invariants, {t.name: why for t in task.invariants}, error=why, concretizer=task.concretizer)


def _unscored(task: TaskData | None) -> dict[str, PhaseResult]:
    """The phases a task could have but does not score, as skipped with why: never a 0."""
    if task is None:
        return {}
    return {name: PhaseResult(0.0, Outcome.SKIPPED, {"reason": why, "scored": False})
            for name, why in task.task.unscored_phases.items()}


def _small(runtime: PhaseResult) -> bool:
    """Did the runtime phase explore the whole model in few states? Then its trace windows and
    invariant checks are short JVMs (``tla.jvm``: speed only)."""
    usage = runtime.details.get("budget") or {}
    return 0 < usage.get("explored", 0) < SHORT_RUN_STATES and not usage.get("reached")


def _usages(phases: dict[str, PhaseResult], *more: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``tla.budget.Usage`` records of the phases (and of the tier)."""
    return [p.details.get("budget") or {} for p in phases.values()] + list(more)


def _budget_reached(phases: dict[str, PhaseResult], *more: dict[str, Any]) -> bool:
    return any(u.get("reached") for u in _usages(phases, *more))


def _machine_dependent(phases: dict[str, PhaseResult], *more: dict[str, Any]) -> bool:
    return (any(p.outcome == Outcome.TIMEOUT for p in phases.values())
            or any(u.get("timed_out") for u in _usages(phases, *more)))


def contract_cfg(task: Task, model: Outline) -> str:
    """A TLC config from the task contract, for a model that came without one."""
    out = constants_section(model_shape(model, None), task, None)
    if "Spec" in model.definitions:
        return out + "SPECIFICATION Spec\n"
    return out + "INIT Init\nNEXT Next\n"


def _runtime(
    toolchain: Toolchain, model: Outline, cfg_text: str | None, actions: Sequence[Action], syntax: PhaseResult,
    config: CheckConfig, budget: Budget, task: Task | None,
) -> tuple[PhaseResult, ModelCheck | None]:
    if syntax.score < 1.0:
        return PhaseResult(0.0, Outcome.SKIPPED, {"reason": "the module does not parse (P1 < 1)"}), None
    if cfg_text is None:
        error = TLAError(Outcome.NO_CONFIG, "no TLC config: the answer carries none and none was given")
        return PhaseResult(0.0, Outcome.NO_CONFIG, {"reason": error.message}, (error,)), None
    calls = list(dict.fromkeys(c for text in (model.text, *(t for _, t in model.siblings)) for c in steering_calls(text)))
    if calls:
        error = TLAError(Outcome.STEERING, f"the model calls {', '.join(calls)}, which can stop or steer TLC's "
                         "exploration and the checks that score it: not run")
        return PhaseResult(0.0, Outcome.STEERING, {"reason": error.message}, (error,)), None
    cfg = parse_cfg(cfg_text)
    # One exploration of the model serves P2, the tier (TLC on the model's own config: its
    # invariants and deadlock; PROPERTYs need a run of their own) and P4's safety templates.
    tracking = Tracking(tuple(cfg.invariants), explorable_templates(task, model_shape(model, cfg), cfg_text),
                        cfg.check_deadlock, for_tier=not cfg.properties)
    return runtime_phase(toolchain, model, cfg_text, list(actions), config.limits, config.runtime, budget, tracking)
