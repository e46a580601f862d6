"""P2, runtime (DESIGN §6): actions covered without a runtime error / all actions.

TLC explores the model breadth-first, bounded by work (``tla.budget``: the BFS depth and a
distinct-state budget, one worker), with a fixed seed and coverage on, so that the same model
covers the same actions on any machine; a model too big for the budget is scored on what the
budget explored, and the details say so. The model's INVARIANTs and PROPERTYs are left out of
these runs (the paper's runtime check explores "without any invariant checking"), and deadlock
is not checked: both are the tier's (``metrics.tier``). TLC stops at the first evaluation error,
which would hide whether the other actions run; so the action the error is attributed to (the one whose
source range holds the error location) is replaced by FALSE and TLC runs again, up to
``max_rounds`` runs. An action counts as covered when TLC generated at least one state with it in
some run and it never raised an error. A run that hits the wall-clock safety net is recorded as
``timeout``, never as a pass; what TLC's last coverage report (printed every minute) counted before
the kill still counts, so a model too big for the machine is scored on what was explored.

A BFS cut short by its budget or depth bound with actions it never saw is followed by a seeded
simulation bounded by work (``Budget.simulation_traces`` behaviours of ``simulation_depth``
steps), so that actions enabled only deep in the model get their chance; its errors are handled
as the BFS's, located by a BFS step from the state the simulation showed (``tla.from_state``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sysmoray.metrics.phase import PhaseResult
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
from sysmoray.tla.tlc import CoverageEntry, RunSummary, Simulation, TLCOptions, TLCResult, run_tlc
from sysmoray.tla.toolchain import Toolchain

# Outcomes after which another run cannot learn more about the actions.
_FINAL = {
    Outcome.TIMEOUT, Outcome.CONFIG_ERROR, Outcome.CRASH, Outcome.ASSUMPTION,
    Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR,
}
_RUNTIME_ERRORS = {Outcome.EVALUATION_ERROR, Outcome.ASSERTION}


@dataclass(frozen=True)
class RuntimeConfig:
    seed: int = 0
    max_rounds: int = 8  # runs of each exploration (the BFS, then the simulation)


def runtime_phase(
    toolchain: Toolchain,
    outline: Outline,
    cfg_text: str,
    actions: list[Action],
    limits: Limits = Limits(),
    config: RuntimeConfig = RuntimeConfig(),
    budget: Budget = Budget(),
) -> PhaseResult:
    if not actions:
        return PhaseResult(0.0, Outcome.NO_ACTIONS, {"reason": "no actions found in the next-state relation"})
    # The actions' run, "without any invariant checking" (SysMoBench): a violated or unevaluable
    # invariant or property is P4's and the tier's business, and would cut this exploration.
    cfg = parse_cfg(cfg_text).without_keywords("INVARIANT", "PROPERTY", "CHECK_DEADLOCK")
    explorer = _Explorer(toolchain, outline, cfg, actions, limits, Usage(budget.states, budget.generated, budget.depth))

    bfs = TLCOptions(depth_bound=budget.depth, check_deadlock=False, seed=config.seed, **budget.bounds())
    last = explorer.explore(bfs, config.max_rounds, budget)
    simulation = None
    if explorer.final is None and last is not None and _cut_short(last, budget) and explorer.unseen():
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
        "depth_bound": budget.depth,
        "budget": explorer.usage.to_dict(),
        "runs": explorer.runs,
    }
    if simulation is not None:
        details["simulation"] = simulation
    if explorer.model_run is not None:
        details["model_run"] = explorer.model_run.to_dict()
    return PhaseResult(score, outcome, details, tuple(disabled.values()) + tuple(explorer.other_errors))


def _cut_short(result: TLCResult, budget: Budget) -> bool:
    """Did the BFS leave states unexplored (its budget, or its depth bound, cut it)?"""
    return result.budget_reached or result.depth is None or result.depth >= budget.depth


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
    explorer.explore(options, config.max_rounds, budget)
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


class _Explorer:
    """The runtime phase's runs of one model: what they covered, the actions switched off for an
    error, and the errors no action is to blame for."""

    def __init__(self, toolchain: Toolchain, outline: Outline, cfg: ModelConfig, actions: list[Action],
                 limits: Limits, usage: Usage) -> None:
        self.toolchain, self.outline, self.cfg, self.actions = toolchain, outline, cfg, actions
        self.module = outline.name or "Spec"
        self.limits = limits
        self.usage = usage
        self.disabled: dict[str, TLAError] = {}  # action name -> the error that disabled it
        self.other_errors: list[TLAError] = []
        self.covered: set[str] = set()
        self.runs: list[dict] = []
        self.final: Outcome | None = None  # an outcome after which no run can learn more
        self.model_run: RunSummary | None = None

    def unseen(self) -> list[str]:
        return [a.name for a in self.actions if a.name not in self.covered and a.name not in self.disabled]

    def explore(self, options: TLCOptions, rounds: int, budget: Budget) -> TLCResult | None:
        """Run TLC with ``options`` until a run raises no new runtime error that an action is to
        blame for (that action is switched off and TLC runs again); the last run."""
        simulated = options.simulate is not None
        last = None
        for round_ in range(rounds):
            text = falsify(self.outline.text, [(a.start_offset, a.end_offset) for a in self.actions
                                               if a.name in self.disabled])
            files = {f"{self.module}.tla": text}
            first = not self.runs
            if first:
                result, short = _first_run(self.toolchain, files, self.module, self.cfg.render(), options, self.limits)
                self.limits = replace(self.limits, short=short)  # later rounds explore no more than the first
            else:
                result = run_tlc(self.toolchain, files, self.module, self.cfg.render(), options, self.limits)
            last = result
            self.runs.append(_run_summary(result, simulated))
            if first and result.outcome == Outcome.OK and result.initial_states == 0:
                # TLC ends "clean" when Init holds in no state; that run measured no action.
                self.final = Outcome.NO_INITIAL_STATES
                self.other_errors.append(TLAError(self.final, "the initial predicate holds in no state: TLC "
                                                              "generated 0 initial states, so no action could run"))
                break
            self.usage.add(result)
            if first and result.depth is not None and result.depth < budget.depth and not result.timed_out:
                # The model as written explored whole within the work budget and never cut by the
                # depth bound: the tier's "TLC on the model's own config" when that config checks
                # no invariant, property or deadlock (the tier decides), the same BFS.
                self.model_run = RunSummary.of(result)
            # A run the safety net killed counts what its last coverage report saw (its outcome
            # stays timeout, machine-dependent): a big model is scored on what was explored.
            self.covered |= covered_actions(result.coverage, self.actions, self.module)
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
        result = run_tlc(self.toolchain, {f"{self.module}.tla": text, f"{root}.tla": wrapper_text}, root, cfg_text,
                         TLCOptions(depth_bound=1, check_deadlock=False, coverage=False), self.limits)
        self.runs.append(_run_summary(result, False) | {"reproduces": error.kind})
        located = [e for e in result.errors if e.kind in _RUNTIME_ERRORS
                   and any(loc.module == self.module for loc in e.locations)]
        return located[0] if located else None


def _first_run(
    toolchain: Toolchain, files: dict[str, str], module: str, cfg_text: str, options: TLCOptions, limits: Limits
) -> tuple[TLCResult, bool]:
    """The model's first run, and whether it was a short one (``tla.jvm``). Most models are
    small, and a C1-only JVM checks them faster; a big one it checks slower. So the model first
    runs with C1 within ``FIRST_RUN_STATES``: a run that ended before that bound is the
    exploration itself (no bound was reached, so the same states were explored); one that reached
    it runs again under the full budget with C2. Only speed depends on which."""
    states = options.state_budget
    if states is not None and states <= FIRST_RUN_STATES:
        return run_tlc(toolchain, files, module, cfg_text, options, replace(limits, short=True)), True
    probe = replace(options, state_budget=FIRST_RUN_STATES, generated_budget=(
        None if options.generated_budget is None or states is None
        else max(1, options.generated_budget * FIRST_RUN_STATES // states)))
    result = run_tlc(toolchain, files, module, cfg_text, probe, replace(limits, short=True))
    if not result.budget_reached:
        return result, True
    return run_tlc(toolchain, files, module, cfg_text, options, limits), False


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

