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
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sysmoray.metrics.phase import PhaseResult
from sysmoray.tla.actions import Action
from sysmoray.tla.budget import Budget, Usage
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.edit import falsify
from sysmoray.tla.jvm import FIRST_RUN_STATES
from sysmoray.tla.lexer import Pos
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import CoverageEntry, RunSummary, TLCOptions, TLCResult, run_tlc
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
    max_rounds: int = 8


def runtime_phase(
    toolchain: Toolchain,
    outline: Outline,
    cfg_text: str,
    actions: list[Action],
    limits: Limits = Limits(),
    config: RuntimeConfig = RuntimeConfig(),
    budget: Budget = Budget(),
) -> PhaseResult:
    module = outline.name or "Spec"
    if not actions:
        return PhaseResult(0.0, Outcome.NO_ACTIONS, {"reason": "no actions found in the next-state relation"})
    # The actions' run, "without any invariant checking" (SysMoBench): a violated or unevaluable
    # invariant or property is P4's and the tier's business, and would cut this exploration.
    cfg = parse_cfg(cfg_text).without_keywords("INVARIANT", "PROPERTY", "CHECK_DEADLOCK")
    disabled: dict[str, TLAError] = {}  # action name -> the error that disabled it
    other_errors: list[TLAError] = []
    covered: set[str] = set()
    runs: list[dict] = []
    usage = Usage(budget.states, budget.generated, budget.depth)
    final: Outcome | None = None
    model_run: RunSummary | None = None

    options = TLCOptions(depth_bound=budget.depth, check_deadlock=False, seed=config.seed, **budget.bounds())
    for round_ in range(config.max_rounds):
        text = falsify(outline.text, [(a.start_offset, a.end_offset) for a in actions if a.name in disabled])
        if round_ == 0:
            result, short = _first_run(toolchain, {f"{module}.tla": text}, module, cfg.render(), options, limits)
            limits = replace(limits, short=short)  # later rounds explore no more than the first
        else:
            result = run_tlc(toolchain, {f"{module}.tla": text}, module, cfg.render(), options, limits)
        runs.append(_run_summary(result))
        if round_ == 0 and result.outcome == Outcome.OK and result.initial_states == 0:
            # TLC ends "clean" when Init holds in no state; that run measured no action.
            final = Outcome.NO_INITIAL_STATES
            other_errors.append(TLAError(final, "the initial predicate holds in no state: TLC generated 0 initial "
                                                "states, so no action could run"))
            break
        usage.add(result)
        if round_ == 0 and result.depth is not None and result.depth < budget.depth and not result.timed_out:
            # The model as written explored whole within the work budget and never cut by the
            # depth bound: the tier's "TLC on the model's own config" when that config checks
            # no invariant, property or deadlock (the tier decides), the same BFS.
            model_run = RunSummary.of(result)
        # A run the safety net killed counts what its last coverage report saw (its outcome
        # stays timeout, machine-dependent): a big model is scored on what was explored.
        covered |= covered_actions(result.coverage, actions, module)
        if result.outcome in _FINAL:
            final = result.outcome
            other_errors += result.errors or [TLAError(result.outcome, _ended(result, limits))]
            break
        runtime_errors = [e for e in result.errors if e.kind in _RUNTIME_ERRORS]
        if not runtime_errors:
            break
        progressed = False
        for error in runtime_errors:
            culprit = attribute(error, actions, outline, module)
            if isinstance(culprit, Action) and culprit.name not in disabled:
                disabled[culprit.name] = TLAError(error.kind, error.message, error.locations, culprit.name)
                progressed = True
            else:
                other_errors.append(TLAError(error.kind, error.message, error.locations, None))
                final = Outcome(error.kind)
        if not progressed or len(disabled) == len(actions):
            # Every action raised an error: with all of them FALSE, Next is a constant, which
            # TLC refuses (message 2233); there is nothing left to explore.
            break

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
        "budget": usage.to_dict(),
        "runs": runs,
    }
    if model_run is not None:
        details["model_run"] = model_run.to_dict()
    return PhaseResult(score, outcome, details, tuple(disabled.values()) + tuple(other_errors))


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


def _run_summary(result: TLCResult) -> dict:
    return {
        "outcome": result.outcome.value,
        "distinct_states": result.distinct_states,
        "generated_states": result.generated_states,
        "depth": result.depth,
        "budget_reached": result.budget_reached,
        "violations": [v.name or v.kind for v in result.violations][:20],
        "wall_s": round(result.wall_s, 3),
    }

