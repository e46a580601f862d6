"""P2, runtime (DESIGN §6): actions covered without a runtime error / all actions; and the one
exploration of the model that the tier and P4 read too.

TLC explores the model breadth-first under its own config, bounded by work (``tla.budget``: a
distinct-state and a generated-state budget, one worker), with a fixed seed and coverage on, so
that the same model covers the same actions on any machine; a model too big for the budget is
scored on what the budget explored, and the details say so. There is no depth bound: the
exploration is TLC's run of the model, which is also the tier's (ChatTLA: TLC on the model's
config) and P4's (the task's safety templates). It checks the config's INVARIANTs and those
templates without letting them change what it explores (``invariants.TemplateTracker``: checks
that are always TRUE and print each one's first break), and deadlock as TLC does (a deadlock
stops TLC: the run is repeated without the check). So P2 explores "without any invariant
checking" (SysMoBench) while the same run gives the tier and P4 their verdicts (``ModelCheck``);
a tracked check TLC cannot evaluate is set aside with its error and the run repeated.

TLC stops at the first evaluation error, which would hide whether the other actions run; so the
action the error is attributed to (the one whose source range holds the error location) is
replaced by FALSE and TLC runs again, up to ``max_rounds`` runs (untracked: the tier and P4 judge
the model as written). An action counts as covered when TLC generated at least one state with it
in some run and it never raised an error. A run that hits the wall-clock safety net is recorded
as ``timeout``, never as a pass; what TLC's last coverage report (printed every minute) counted
before the kill still counts, so a model too big for the machine is scored on what was explored.
A run that fills the JVM's heap ends as ``out_of_memory``: a bound on work, scored the same way.

A BFS cut short by its budget with actions it never saw is followed by a seeded simulation
bounded by work (``Budget.simulation_traces`` behaviours of ``simulation_depth`` steps), so that
actions enabled only deep in the model get their chance; its errors are handled as the BFS's,
located by a BFS step from the state the simulation showed (``tla.from_state``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from sysmoray.metrics.invariants import (
    ERROR, NOT_INSTANTIATED, VIOLATED, WRAPPER, InvariantResult, TemplateTracker, first_line, run_failure, run_verdicts,
    template_at,
)
from sysmoray.metrics.phase import PhaseResult
from sysmoray.tasks.model import InvariantTemplate
from sysmoray.tla.actions import Action, next_state_name
from sysmoray.tla.budget import Budget, Usage
from sysmoray.tla.cfg import ModelConfig, parse_cfg
from sysmoray.tla.edit import falsify
from sysmoray.tla.from_state import from_state
from sysmoray.tla.jvm import FIRST_RUN_STATES
from sysmoray.tla.lexer import Pos
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import CoverageEntry, RunSummary, Simulation, TLCOptions, TLCResult, Violation, run_tlc
from sysmoray.tla.toolchain import Toolchain

# Outcomes after which another run cannot learn more about the actions.
# A full heap is one of them: the exploration reached a bound on work (``tla.heap``), as a state
# budget; no action can be blamed for it (the runner mostly stops the JVM before TLC says where).
_FINAL = {
    Outcome.TIMEOUT, Outcome.OUT_OF_MEMORY, Outcome.CONFIG_ERROR, Outcome.CRASH, Outcome.ASSUMPTION,
    Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR,
}
_RUNTIME_ERRORS = {Outcome.EVALUATION_ERROR, Outcome.ASSERTION}


def _tracker_fault(result: TLCResult) -> bool:
    """Might the tracker have caused this failure without naming a check? SANY accepted the
    model alone, so a parse error is the wrapper's; a crash or config error that names one of
    our definitions too (not, say, the model running out of memory)."""
    if result.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR):
        return True
    return result.outcome in (Outcome.CONFIG_ERROR, Outcome.CRASH) and any("Sysmoray" in e.message for e in result.errors)


@dataclass(frozen=True)
class RuntimeConfig:
    seed: int = 0
    max_rounds: int = 8  # runs of each exploration (the BFS, then the simulation)


OWN = "SysmorayOwn_"  # a config INVARIANT, tracked beside the task's templates


@dataclass(frozen=True)
class Tracking:
    """What the exploration checks beside P2's coverage (the model's config and P4's templates)."""

    invariants: tuple[str, ...] = ()  # the config's INVARIANTs
    templates: tuple[InvariantTemplate, ...] = ()  # P4's tracked templates (only where P4's config is the model's)
    deadlock: bool = False  # the config checks deadlock (TLC's contract unless it says CHECK_DEADLOCK FALSE)
    for_tier: bool = True  # False: the tier must run TLC itself (the config has PROPERTYs)


@dataclass(frozen=True)
class ModelCheck:
    """TLC on the model's own config, as the exploration ran it: the tier's verdict on the model
    (``run``: its first error, broken invariant or deadlock, and the states it explored) and P4's
    tracked templates' verdicts, so that neither explores the model again."""

    run: RunSummary | None  # None: the tier runs TLC itself (PROPERTYs, or an invariant could not be tracked)
    templates: tuple[InvariantResult, ...] = ()
    explored: RunSummary | None = None  # the exploration's own run (P4's budget record)

    def to_dict(self) -> dict:
        return {"run": self.run.to_dict() if self.run else None, "templates": [t.to_dict() for t in self.templates]}


def runtime_phase(
    toolchain: Toolchain,
    outline: Outline,
    cfg_text: str,
    actions: list[Action],
    limits: Limits = Limits(),
    config: RuntimeConfig = RuntimeConfig(),
    budget: Budget = Budget(),
    tracking: Tracking | None = None,
) -> tuple[PhaseResult, ModelCheck | None]:
    """P2, and with ``tracking`` what the same exploration found for the tier and P4 (None when
    the model was not explored)."""
    if not actions:
        return PhaseResult(0.0, Outcome.NO_ACTIONS, {"reason": "no actions found in the next-state relation"}), None
    # The actions' run, "without any invariant checking" (SysMoBench): the config's invariants
    # and properties never cut it (invariants are tracked, properties are the tier's own run).
    cfg = parse_cfg(cfg_text).without_keywords("INVARIANT", "PROPERTY", "CHECK_DEADLOCK")
    watch = _Watch(outline.name or "Spec", cfg, tracking) if tracking is not None else None
    explorer = _Explorer(toolchain, outline, cfg, actions, limits, Usage(budget.states, budget.generated), watch)

    bfs = TLCOptions(check_deadlock=False, seed=config.seed, **budget.bounds())
    last = explorer.explore(bfs, config.max_rounds)
    simulation = None
    if explorer.final is None and last is not None and _cut_short(last) and explorer.unseen():
        simulation = _simulate(explorer, toolchain, budget, config, last)

    disabled, covered, final = explorer.disabled, explorer.covered, explorer.final
    good = covered - set(disabled)
    score = len(good) / len(actions)
    if final is not None:
        outcome = final
    elif disabled:
        outcome = Outcome(next(iter(disabled.values())).kind)
    else:
        outcome = Outcome.OK
    details = {
        "actions_total": len(actions),
        "actions_covered": len(good),
        "covered": sorted(good),
        # After a run that ended early (``final``), an action not seen was not measured: it is
        # "not run", never "not covered".
        "not_covered" if final is None else "not_run":
            sorted(a.name for a in actions if a.name not in covered and a.name not in disabled),
        "errored": sorted(disabled),
        "budget": explorer.usage.to_dict(),
        "runs": explorer.runs,
    }
    if simulation is not None:
        details["simulation"] = simulation
    check = watch.result() if watch is not None and watch.done else None
    if check is not None:
        details["model_check"] = check.to_dict()
    return PhaseResult(score, outcome, details, tuple(disabled.values()) + tuple(explorer.other_errors)), check


def _cut_short(result: TLCResult) -> bool:
    """Did the BFS leave states unexplored (its budget cut it, or it did not end)?"""
    return result.budget_reached or result.depth is None


def _simulate(explorer: _Explorer, toolchain: Toolchain, budget: Budget, config: RuntimeConfig,
              bfs: TLCResult) -> dict:
    """The seeded simulation after a BFS that was cut short with actions it never saw: random
    behaviours reach deeper than the BFS's levels, so a deep action gets its chance. It is bounded
    by work (traces x depth, one worker, the phase's seed): the same behaviours on any machine."""
    per_step = _successors_per_state(bfs)
    traces = max(1, min(budget.simulation_traces, budget.generated // (budget.simulation_depth * per_step)))
    plan = {"traces": traces, "depth": budget.simulation_depth, "seed": config.seed, "successors_per_state": per_step}
    if not toolchain.features.get("simulate_traces", False):
        # Without "-simulate num=N" a simulation runs until killed: no work bound, so no run.
        return plan | {"ran": False, "reason": "this tla2tools.jar cannot bound a simulation by its trace count"}
    before = set(explorer.covered)
    options = TLCOptions(simulate=Simulation(traces, budget.simulation_depth), check_deadlock=False, seed=config.seed)
    explorer.explore(options, config.max_rounds)
    return plan | {"ran": True, "covered": sorted(explorer.covered - before - set(explorer.disabled))}


def _successors_per_state(bfs: TLCResult) -> int:
    """States the BFS generated per state it expanded (rounded up). A simulation step generates
    every successor of the action it tries, and TLC 2.15 cannot count them while simulating
    (its CONSTRAINT sees only the successor chosen), so the trace count is cut to keep traces x
    depth x this within the generated-states budget: a model whose steps each have thousands of
    successors gets few traces. Deterministic: it is read off a work-bounded run."""
    expanded = (bfs.distinct_states or 0) - (bfs.states_left or 0)
    if expanded <= 0 or not bfs.generated_states:
        return 1
    return max(1, -(-bfs.generated_states // expanded))


class _Watch:
    """The tracked part of the exploration: the model as written, under its config with the
    tracker (``Tracking``), run until one run explores it to its end (``done``). A deadlock, which
    stops TLC, is recorded and the run repeated without the check; a tracked check TLC cannot
    evaluate (or a wrapper it cannot parse) is set aside with its error and the run repeated."""

    def __init__(self, module: str, cfg: ModelConfig, tracking: Tracking) -> None:
        self.module, self.cfg, self.tracking = module, cfg, tracking
        own = [InvariantTemplate(OWN + n, "safety", "", "", n) for n in dict.fromkeys(tracking.invariants)]
        self.checks: list[InvariantTemplate] = own + list(tracking.templates)
        self.deadlock_check = tracking.deadlock
        self.deadlock: Violation | None = None
        self.set_aside: dict[str, InvariantResult] = {}  # check name -> why it was not tracked to the end
        self.for_tier = tracking.for_tier
        self.done = False
        self.tracker: TemplateTracker | None = None
        self.wrapper = ""
        self.final: TLCResult | None = None
        self.timed_out = False

    def setup(self, files: dict[str, str], cfg_text: str, options: TLCOptions) -> tuple[str, str, TLCOptions]:
        """The root module, config and options of the next tracked run (the model's files in ``files``)."""
        options = replace(options, check_deadlock=self.deadlock_check)
        self.tracker = TemplateTracker.of(self.module, self.checks, cfg_text) if self.checks else None
        if self.tracker is None:
            return self.module, cfg_text, options
        self.wrapper = self.tracker.module_text()
        files[f"{WRAPPER}.tla"] = self.wrapper
        return WRAPPER, self.tracker.config(cfg_text), options

    def observe(self, result: TLCResult) -> bool:
        """Take a tracked run's result; True when it must run again (nothing it says is final)."""
        self.timed_out = self.timed_out or result.timed_out
        if result.outcome == Outcome.DEADLOCK:
            self.deadlock, self.deadlock_check = next((v for v in result.violations if v.kind == Outcome.DEADLOCK.value), None), False
            return True
        culprits = {name for e in result.errors if (name := template_at(e, self.wrapper, self.tracker))}
        if culprits:
            kind = NOT_INSTANTIATED if result.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR) else ERROR
            for c in [c for c in self.checks if c.name in culprits]:
                error = next(e for e in result.errors if template_at(e, self.wrapper, self.tracker) == c.name)
                self.set_aside[c.name] = InvariantResult(c.name, c.type, kind, first_line(error.message))
            self.checks = [c for c in self.checks if c.name not in culprits]
            return True
        if self.tracker is not None and _tracker_fault(result):
            # The model may well run alone (SANY accepted it): the tracker may be at fault, and
            # no check can be named. P2 explores untracked; the tier and P4 run their own checks.
            self.for_tier = self.for_tier and not any(c.name.startswith(OWN) for c in self.checks)
            self.checks = []
            return True
        self.final, self.done = result, True
        return False

    def result(self) -> ModelCheck:
        final = self.final
        assert final is not None
        by_name = {c.name: c for c in self.checks}
        decided = run_verdicts(final, list(by_name), self.wrapper, by_name, self.tracker) if by_name else {}
        # What the run did not decide (it ended on an error of the model's) was not measured.
        verdicts = {n: decided.get(n) or InvariantResult(n, c.type, ERROR, run_failure(final)) for n, c in by_name.items()}
        verdicts |= self.set_aside
        templates = tuple(verdicts[t.name] for t in self.tracking.templates if t.name in verdicts)
        explored = RunSummary.of(final)
        if not self.for_tier:
            return ModelCheck(None, templates, explored)
        return ModelCheck(self._tier_run(final, explored, verdicts), templates, explored)

    def _tier_run(self, final: TLCResult, explored: RunSummary, verdicts: dict[str, InvariantResult]) -> RunSummary:
        """TLC's verdict on the model's config: an error of the model first, then an invariant it
        could not evaluate or that is broken, then a deadlock; else the clean run."""
        own = {n.removeprefix(OWN): r for n, r in verdicts.items() if n.startswith(OWN)}
        unevaluable = [(n, r) for n, r in own.items() if r.outcome in (ERROR, NOT_INSTANTIATED)]
        broken = [(n, r) for n, r in own.items() if r.outcome == VIOLATED]
        outcome, message = explored.outcome, explored.message
        if final.outcome == Outcome.OK and unevaluable:
            outcome, message = Outcome.EVALUATION_ERROR.value, f"Invariant {unevaluable[0][0]}: {unevaluable[0][1].reason}"
        elif final.outcome == Outcome.OK and broken:
            outcome, message = Outcome.SAFETY_VIOLATION.value, f"Invariant {broken[0][0]} is {broken[0][1].reason}"
        elif final.outcome == Outcome.OK and self.deadlock is not None:
            outcome, message = Outcome.DEADLOCK.value, self.deadlock.message
        return replace(explored, outcome=outcome, message=message, timed_out=self.timed_out)


class _Explorer:
    """The runtime phase's runs of one model: what they covered, the actions switched off for an
    error, and the errors no action is to blame for."""

    def __init__(self, toolchain: Toolchain, outline: Outline, cfg: ModelConfig, actions: list[Action],
                 limits: Limits, usage: Usage, watch: _Watch | None = None) -> None:
        self.toolchain, self.outline, self.cfg, self.actions = toolchain, outline, cfg, actions
        self.module = outline.name or "Spec"
        self.limits = limits
        self.usage = usage
        self.watch = watch
        self.disabled: dict[str, TLAError] = {}  # action name -> the error that disabled it
        self.other_errors: list[TLAError] = []
        self.covered: set[str] = set()
        self.runs: list[dict] = []
        self.final: Outcome | None = None  # an outcome after which no run can learn more

    def unseen(self) -> list[str]:
        return [a.name for a in self.actions if a.name not in self.covered and a.name not in self.disabled]

    def explore(self, options: TLCOptions, rounds: int) -> TLCResult | None:
        """Run TLC with ``options`` until a run raises no new runtime error that an action is to
        blame for (that action is switched off and TLC runs again); the last run. The tracked
        runs (``_Watch``) come first and do not count as rounds."""
        simulated = options.simulate is not None
        last = None
        round_ = 0
        while round_ < rounds:
            text = falsify(self.outline.text, [(a.start_offset, a.end_offset) for a in self.actions
                                               if a.name in self.disabled])
            files = self.outline.files(text)
            root, cfg_text, run_options = self.module, self.cfg.render(), options
            watching = self.watch is not None and not self.watch.done and not simulated
            if watching:
                root, cfg_text, run_options = self.watch.setup(files, cfg_text, options)
            # Coverage only tells which actions ran, and costs (TLC counts every expression it
            # evaluates: measured, it doubles the cost of the tracked invariants): a run after
            # every action was seen goes without it.
            run_options = replace(run_options, coverage=run_options.coverage and bool(self.unseen()))
            first = not self.runs
            if first:
                result, short = _first_run(self.toolchain, files, root, cfg_text, run_options, self.limits, self._learn)
                self.limits = replace(self.limits, short=short)  # later rounds explore no more than the first
            else:
                result = run_tlc(self.toolchain, files, root, cfg_text, run_options, self.limits)
            last = result
            self.runs.append(_run_summary(result, simulated) | ({"tracked": True} if watching else {}))
            self.usage.add(result)
            self._learn(result)
            if watching and self.watch.observe(result):
                continue
            round_ += 1
            if first and result.outcome == Outcome.OK and result.initial_states == 0:
                # TLC ends "clean" when Init holds in no state; that run measured no action.
                self.final = Outcome.NO_INITIAL_STATES
                self.other_errors.append(TLAError(self.final, "the initial predicate holds in no state: TLC "
                                                              "generated 0 initial states, so no action could run"))
                break
            # A run the safety net killed counts what its last coverage report saw (its outcome
            # stays timeout, machine-dependent): a big model is scored on what was explored.
            if result.outcome in _FINAL:
                self._stop(result, simulated)
                break
            runtime_errors = [e for e in result.errors if e.kind in _RUNTIME_ERRORS]
            if simulated:
                # A simulation stops at its first error; what TLC 2.15 prints after it (a
                # NullPointerException after "not completely specified") is its own aftermath.
                runtime_errors = runtime_errors[:1]
            if not runtime_errors:
                break
            progressed = False
            for error in runtime_errors:
                culprit, error = self._culprit(error, text, simulated)
                if isinstance(culprit, Action) and culprit.name not in self.disabled:
                    self.disabled[culprit.name] = TLAError(error.kind, error.message, error.locations, culprit.name)
                    progressed = True
                else:
                    self.other_errors.append(TLAError(error.kind, error.message, error.locations, None))
                    self.final = Outcome(error.kind)
            if not progressed or len(self.disabled) == len(self.actions):
                # Every action raised an error: with all of them FALSE, Next is a constant, which
                # TLC refuses (message 2233); there is nothing left to explore.
                break
        return last

    def _learn(self, result: TLCResult) -> bool:
        """Count the actions ``result``'s coverage saw; is some action still unseen?"""
        self.covered |= covered_actions(result.coverage, self.actions, self.module)
        return bool(self.unseen())

    def _stop(self, result: TLCResult, simulated: bool) -> None:
        errors = list(result.errors) or [TLAError(result.outcome, _ended(result, self.limits))]
        if simulated and result.outcome != Outcome.TIMEOUT:
            # The simulation only adds to a BFS that ran: TLC failing in it (a crash) says
            # nothing of the model's actions, so the phase's outcome stays the BFS's; the
            # errors are still reported. A timeout is the phase's: the run depends on the machine.
            self.other_errors += errors
            return
        self.final = result.outcome
        self.other_errors += errors

    def _culprit(self, error: TLAError, text: str, simulated: bool) -> tuple[Action | str | None, TLAError]:
        """The action to blame for ``error`` (``attribute``), and the error as located. A
        simulation's error without positions is reproduced by a BFS step from the state it was
        raised in, which prints them."""
        culprit = attribute(error, self.actions, self.outline, self.module)
        if culprit is not None or not simulated or not error.state:
            return culprit, error
        located = self._reproduce(error, text)
        if located is None:
            return None, error
        return attribute(located, self.actions, self.outline, self.module), located

    def _reproduce(self, error: TLAError, text: str) -> TLAError | None:
        next_name = next_state_name(self.outline, self.cfg)
        wrapper = from_state(self.outline, self.cfg, next_name, dict(error.state)) if next_name else None
        if wrapper is None:
            return None
        root, wrapper_text, cfg_text = wrapper
        # One level: the error is raised while TLC computes the successors of that state.
        result = run_tlc(self.toolchain, self.outline.files(text) | {f"{root}.tla": wrapper_text}, root, cfg_text,
                         TLCOptions(depth_bound=1, check_deadlock=False, coverage=False), self.limits)
        self.runs.append(_run_summary(result, False) | {"reproduces": error.kind})
        located = [e for e in result.errors if e.kind in _RUNTIME_ERRORS
                   and any(loc.module == self.module for loc in e.locations)]
        return located[0] if located else None


def _first_run(
    toolchain: Toolchain, files: dict[str, str], module: str, cfg_text: str, options: TLCOptions, limits: Limits,
    learn: Callable[[TLCResult], bool],
) -> tuple[TLCResult, bool]:
    """The model's first run, and whether it was a short one (``tla.jvm``). Most models are
    small, and a C1-only JVM checks them faster; a big one it checks slower. So the model first
    runs with C1 within ``FIRST_RUN_STATES``: a run that ended before that bound is the
    exploration itself (no bound was reached, so the same states were explored); one that reached
    it runs again under the full budget with C2, without coverage if the probe saw every action
    (``learn``: takes a run's coverage, says whether some action is unseen). Only speed depends
    on which."""
    states = options.state_budget
    if states is not None and states <= FIRST_RUN_STATES:
        return run_tlc(toolchain, files, module, cfg_text, options, replace(limits, short=True)), True
    probe = replace(options, state_budget=FIRST_RUN_STATES, generated_budget=(
        None if options.generated_budget is None or states is None
        else max(1, options.generated_budget * FIRST_RUN_STATES // states)))
    result = run_tlc(toolchain, files, module, cfg_text, probe, replace(limits, short=True))
    if not result.budget_reached:
        return result, True
    unseen = learn(result)
    return run_tlc(toolchain, files, module, cfg_text, replace(options, coverage=options.coverage and unseen), limits), False


def covered_actions(entries: tuple[CoverageEntry, ...], actions: list[Action], module: str) -> set[str]:
    """Names of actions for which TLC generated at least one successor state."""
    found = (coverage_action(entry, actions, module) for entry in entries if entry.generated > 0)
    return {action.name for action in found if action is not None}


def coverage_action(entry: CoverageEntry, actions: list[Action], module: str) -> Action | None:
    """The action a line of TLC's coverage report counts: TLC names an action after the
    definition that holds it, with the action's own range when it is not that whole body."""
    if entry.location.module != module:
        return None
    if entry.sub_range is not None:
        where = Pos(entry.sub_range.line, entry.sub_range.col)
        return next((a for a in actions if a.definition == entry.name and a.contains(where)), None)
    return next((a for a in actions if a.definition == entry.name and a.name == entry.name), None)


def attribute(error: TLAError, actions: list[Action], outline: Outline, module: str) -> Action | str | None:
    """The action whose text holds the error (outermost location first); otherwise the name of
    the definition that holds it (Init, an invariant), or None."""
    spots = [Pos(loc.line, loc.col) for loc in error.locations if loc.module == module]
    for where in spots:
        for action in actions:
            if action.contains(where):
                return action
    for where in spots:
        definition = outline.definition_at(where)
        if definition is not None:
            return definition.name
    return None


def _ended(result: TLCResult, limits: Limits) -> str:
    if result.outcome == Outcome.TIMEOUT:
        return f"TLC hit the wall-clock safety net ({limits.timeout_s:g} s) before its work budget: machine-dependent"
    return f"TLC run ended with {result.outcome.value}"


def _run_summary(result: TLCResult, simulated: bool) -> dict:
    return {
        "mode": "simulation" if simulated else "bfs",
        "outcome": result.outcome.value,
        "distinct_states": result.distinct_states,
        "generated_states": result.generated_states,
        "depth": result.depth,
        "budget_reached": result.budget_reached,
        "violations": [v.name or v.kind for v in result.violations][:20],
        "wall_s": round(result.wall_s, 3),
    }

