"""Tiers (DESIGN §6, after ChatTLA): Bronze, Silver, Gold, Diamond.

Bronze: SANY rejects the module. Silver: it parses, but TLC on the model's own config finds an
error or does not finish: a run cut by the work budget is ChatTLA's timeout, Silver too. TLC's
own contract holds: its INVARIANTs and PROPERTYs are checked, and a deadlock is an error unless
the config says ``CHECK_DEADLOCK FALSE``. Gold: TLC finishes clean with more than one distinct
state. Diamond: Gold, and one of its invariants (its own, or a task
template that held) is non-trivial: it holds on the model and is violated on at least one mutant
*of the model*, and it is not a pure type invariant (``semantic.is_type_invariant``: memberships
of state in constant sets, read from SANY's tree). A model whose mutants only its type invariant
catches is Gold, and the tier says so ("caught by type invariant only"). Negating the invariant,
as ChatTLA does, would pass almost any invariant; a mutant shows the invariant constrains the
model's behaviour.

Mutants are checked in groups, one TLC run per group over a mutant schema (``tla.mutants``): a
selector variable picks the mutant in the initial state and never changes. States that break an
invariant are reported (``-continue``) and not expanded further, so each mutant's first
violations are found without exploring its whole broken state space. A first, depth-bounded pass
catches most mutants cheaply; only the rest are explored in full. A group whose full run reaches
the state budget with several mutants uncaught is split: one mutant with an exploding state space
must not leave the others unexplored, so only a mutant that had the budget to itself survives
it. When only the tier is wanted (``decide_only``, the default), TLC stops at the first
violation instead: a mutant caught decides the tier, and the group's other mutants are left
unchecked, not survived. A mutant whose evaluation raises an error names itself through the
selector in the error's state; it is set aside and its group run again. A run that fails
without naming a mutant is halved until one does.

Every run (the model's own and each schema run) is bounded by the task's state budget and the
test by a number of runs, never by seconds (the model's run and the schema runs report their
budgets apart: a mutant's run cut by the budget says nothing of the model's exploration): the same model gets the same tier on any node. A
mutant that no invariant caught within the budget has survived the bounded check; one that was
never run is ``unchecked`` and never counts as survived. By default the test stops as soon as
the tier is decided (a mutant caught): the mutants left are unchecked, and say why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from sysmoray.metrics.invariants import PREFIX, check_cfg, invariant_definitions, wrapper_module
from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.window_check import ModelShape
from sysmoray.tasks.model import InvariantTemplate, Task
from sysmoray.tla.actions import Action, find_actions
from sysmoray.tla.budget import Budget, Usage
from sysmoray.tla.cfg import ModelConfig, parse_cfg
from sysmoray.tla.edit import renamed
from sysmoray.tla.mutants import Mutant, apply_mutant, generate_mutants, mutant_schema, typeok_domains
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline
from sysmoray.tla.outline import outline as read_outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import SanyResult, check_modules, export_module
from sysmoray.tla.semantic import type_invariants as typing_of
from sysmoray.tla.tlc import RunSummary, TLCOptions, TLCResult, int_value, reported_once, run_tlc
from sysmoray.tla.toolchain import Toolchain

NONE, BRONZE, SILVER, GOLD, DIAMOND = "none", "bronze", "silver", "gold", "diamond"
TIERS = (NONE, BRONZE, SILVER, GOLD, DIAMOND)
SELECTOR = "SysmorayMutant"
DIAMOND_WRAPPER = "SysmorayDiamond"
FIRST = "SysmorayFirst_"  # wraps each invariant so that only a mutant's first break is reported
CAUGHT, SURVIVED, ERRORED, UNPARSED, UNCHECKED = Outcome.CAUGHT, Outcome.SURVIVED, Outcome.ERROR, Outcome.UNPARSED, Outcome.UNCHECKED


TYPE_ONLY_RUNS = 2  # schema runs of the report-only test of the type invariants


@dataclass(frozen=True)
class TierConfig:
    mutation: bool = True
    max_runs: int = 16  # TLC runs of the mutant schema, all groups and stages together
    group_size: int = 48  # mutants per schema run
    shallow_depth: int = 12  # depth bound of the first stage
    decide_only: bool = True  # stop once a mutant is caught (the tier is decided); False: check all


@dataclass(frozen=True)
class MutantOutcome:
    id: int
    operator: str
    description: str
    status: Outcome  # caught | survived | error | unparsed | unchecked
    caught_by: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "operator": self.operator, "description": self.description,
                "status": self.status, "caught_by": self.caught_by, "reason": self.reason}


@dataclass(frozen=True)
class TierResult:
    tier: str
    reason: str
    model_run: dict[str, Any] = field(default_factory=dict)
    invariants: tuple[str, ...] = ()  # the invariants the mutation test used
    mutants: tuple[MutantOutcome, ...] = ()
    usage: dict[str, Any] = field(default_factory=dict)  # tla.budget.Usage of its run of the model
    type_only: tuple[str, ...] = ()  # type invariants that caught a mutant when no other one did
    mutant_usage: dict[str, Any] = field(default_factory=dict)  # tla.budget.Usage of the mutant schema runs

    @property
    def non_trivial(self) -> list[str]:
        """The invariants that caught a mutant, type invariants not counted."""
        return sorted({m.caught_by for m in self.mutants if m.caught_by} - set(self.type_only))

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for m in self.mutants:
            counts[m.status] = counts.get(m.status, 0) + 1
        return {
            "tier": self.tier, "reason": self.reason, "model_run": self.model_run,
            "invariants": list(self.invariants), "non_trivial": self.non_trivial,
            "caught_by_type_invariant_only": list(self.type_only),
            "mutant_counts": counts, "mutants": [m.to_dict() for m in self.mutants],
            "budget": self.usage, "mutants_budget": self.mutant_usage,
        }


def tier_of(
    toolchain: Toolchain,
    outline: Outline,
    shape: ModelShape,
    cfg_text: str | None,
    syntax: PhaseResult,
    task: Task | None = None,
    held_templates: Sequence[InvariantTemplate] = (),
    limits: Limits = Limits(),
    config: TierConfig = TierConfig(),
    budget: Budget | None = None,
    model_run: RunSummary | None = None,
    actions: Sequence[Action] | None = None,
    type_invariants: Sequence[str] = (),
) -> TierResult:
    """``model_run``: TLC's verdict on the model under its own config, from the runtime phase's
    exploration (``runtime.ModelCheck.run``); without it the tier runs TLC itself.
    ``actions``: the model's actions (``find_actions``), which the mutants drop one by one.
    ``type_invariants``: those of the config's invariants that only state types
    (``semantic.is_type_invariant``)."""
    budget = budget or (task.budget if task is not None else Budget())
    if syntax.outcome == Outcome.NO_MODULE:
        return TierResult(NONE, "no module in the answer")
    if syntax.score < 1.0:
        return TierResult(BRONZE, "SANY rejects the module")
    if cfg_text is None:
        return TierResult(SILVER, "no TLC config to run the model with")
    usage, mutant_usage = Usage(budget.states, budget.generated), Usage(budget.states, budget.generated)
    cfg = parse_cfg(cfg_text)
    if model_run is not None:
        run = model_run
        summary = run.to_dict() | {"reused": "the runtime phase's exploration (its invariants tracked)"}
    else:
        run = RunSummary.of(run_tlc(
            toolchain, outline.files(), shape.module, cfg_text,
            TLCOptions(check_deadlock=cfg.check_deadlock, coverage=False, **budget.bounds()), limits,
        ))
        summary = run.to_dict()
    usage.add(run)

    def result(tier: str, reason: str, invariants: tuple[str, ...] = (), mutants: Sequence[MutantOutcome] = (),
               type_only: tuple[str, ...] = ()) -> TierResult:
        return TierResult(tier, reason, summary, invariants, tuple(mutants), usage.to_dict(), type_only,
                          mutant_usage.to_dict())

    if run.outcome != Outcome.OK.value:
        first = run.message
        if run.timed_out:
            first = f"it hit the wall-clock safety net ({limits.timeout_s:g} s) before its state budget (machine-dependent)"
        return result(SILVER, f"TLC on the model's own config: {run.outcome}. {first}".strip())
    if run.budget_reached:
        # ChatTLA's tiers: a check that does not finish is a timeout, Silver. Bounded by work,
        # not time, so the same model is cut at the same state on any node.
        return result(SILVER, f"did not finish within the work budget ({run.distinct_states} distinct states): "
                              "ChatTLA's timeout")
    if (run.distinct_states or 0) <= 1:
        return result(SILVER, f"TLC finished with {run.distinct_states} distinct state(s)")
    clean = "TLC finished clean"
    own = cfg.invariants
    templates = [t for t in held_templates if t.type == "safety"]
    if not config.mutation:
        return result(GOLD, f"{clean}; mutation test disabled")
    if not own and not templates:
        return result(GOLD, f"{clean}; no invariant to test against mutants")
    # Diamond needs an invariant that says more than the variables' types (ChatTLA: a
    # non-trivial one): type invariants only keep ill-typed states from being expanded.
    typing = [n for n in own if n in type_invariants]
    deciders = [n for n in own if n not in typing]
    mutants = model_mutants(outline, cfg, task, actions, type_invariants)
    outcomes: list[MutantOutcome] = []
    if deciders or templates:
        outcomes = mutation_test(toolchain, outline, shape, cfg_text, task, deciders, templates, mutants, limits, config,
                                 budget, mutant_usage, guards=typing)
    names = tuple(deciders) + tuple(PREFIX + t.name for t in templates)
    caught = [m for m in outcomes if m.status == CAUGHT]
    if caught:
        killers = sorted({_display(m.caught_by) for m in caught})
        reason = f"{len(caught)}/{len(outcomes)} mutants caught, by {', '.join(killers)}{_unchecked_note(outcomes)}"
        return result(DIAMOND, reason, names, outcomes)
    if not typing:
        return result(GOLD, f"{clean}; {_no_catch(outcomes)}", names, outcomes)
    # Reported apart, within a small run budget (it decides nothing): would the type invariant
    # alone have caught a mutant?
    typed = mutation_test(toolchain, outline, shape, cfg_text, task, typing, [], mutants, limits,
                          replace(config, max_runs=TYPE_ONLY_RUNS), budget, mutant_usage)
    by_type = sorted({_display(m.caught_by) for m in typed if m.status == CAUGHT})
    others = f"; other invariants: {_no_catch(outcomes)}" if deciders or templates else "; no other invariant"
    if by_type:
        reason = (f"{clean}; caught by type invariant only ({', '.join(by_type)}): Diamond needs another "
                  f"invariant to catch a mutant{others}")
    else:
        reason = f"{clean}; type invariant ({', '.join(typing)}): {_no_catch(typed)}{others}"
    return result(GOLD, reason, names or tuple(typing), outcomes or typed, tuple(by_type))


def _unchecked_note(outcomes: Sequence[MutantOutcome]) -> str:
    unchecked = sum(1 for m in outcomes if m.status == UNCHECKED)
    return f" ({unchecked} unchecked: the tier was decided first)" if unchecked else ""


def _no_catch(outcomes: Sequence[MutantOutcome]) -> str:
    """Why no mutant was caught, without ever reading "not run" as "survived"."""
    counts: dict[str, int] = {}
    for m in outcomes:
        counts[m.status] = counts.get(m.status, 0) + 1
    checked = counts.get(SURVIVED, 0)
    if not outcomes:
        return "no mutant could be made"
    if not checked:
        return f"mutation test inconclusive: no mutant was checked ({_counts_text(counts)})"
    rest = {k: v for k, v in counts.items() if k != SURVIVED}
    if rest.get(UNCHECKED):
        # Some mutants were never explored: they might have been caught.
        return f"none of the {checked} mutants checked was caught; not conclusive ({_counts_text(rest)})"
    text = f"no invariant caught any of the {checked} mutants checked"
    return text + (f" ({_counts_text(rest)})" if rest else "")


def _counts_text(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))


def _display(name: str | None) -> str:
    return (name or "").removeprefix(PREFIX)


def mutation_test(
    toolchain: Toolchain,
    outline: Outline,
    shape: ModelShape,
    cfg_text: str,
    task: Task | None,
    own_invariants: Sequence[str],
    templates: Sequence[InvariantTemplate],
    mutants: Sequence[Mutant],
    limits: Limits = Limits(),
    config: TierConfig = TierConfig(),
    budget: Budget | None = None,
    usage: Usage | None = None,
    guards: Sequence[str] = (),
) -> list[MutantOutcome]:
    """Which invariant catches which mutant. Mutants that do not parse are reported, not run.
    ``usage`` (if given) counts the schema runs against the budget. ``guards``: invariants
    (the type invariants) whose broken states are not expanded, but which catch no mutant."""
    budget = budget or (task.budget if task is not None else Budget())
    usage = usage if usage is not None else Usage(budget.states, budget.generated)
    if not mutants:
        return []
    outcomes: dict[int, MutantOutcome] = {}
    if shape.init_name is None or shape.next_name is None:
        return [MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason="no Init/Next to run mutants from")
                for m in mutants]
    # Mutants are run unparsed: the schema run parses them all at once, and they nearly always
    # parse. Only a group whose schema SANY rejects goes through one SANY batch, to set aside the
    # mutants that do not parse (a test decided by its first group pays no extra JVM).
    screened: set[int] = set()

    invariants = list(own_invariants) + [PREFIX + t.name for t in templates]
    runs = 0
    stopped = ""  # why the test ended before every mutant was decided
    last_split = ""  # why mutants are left when the runs ran out while splitting shared budgets
    # Stage one bounds the depth: most mutants break an invariant within a few steps, and a
    # caught mutant's states need not be explored further. Only what it leaves undecided is
    # explored in full (where "survived" can be concluded). Groups keep an erroring or
    # exploding mutant from costing the whole batch a re-run.
    for depth in (config.shallow_depth, None):
        todo = [m for m in mutants if m.id not in outcomes]
        queue = [todo[i : i + config.group_size] for i in range(0, len(todo), config.group_size)]
        while queue and invariants and runs < config.max_runs and not stopped:
            group = [m for m in queue.pop(0) if m.id not in outcomes]
            if not group:
                continue
            result = _schema_run(toolchain, outline, shape, cfg_text, task, invariants, templates, group,
                                 depth, budget, limits, first_only=config.decide_only, guards=guards)
            runs += 1
            usage.add(result)
            if result.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR) and not screened >= {m.id for m in group}:
                verdicts = _parsing(toolchain, outline, group, limits)
                screened.update(m.id for m in group)
                accepted = {i for i, v in verdicts.items() if v.ok}
                for m in group:
                    v = verdicts[m.id]
                    if v.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR):
                        outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNPARSED, reason="SANY rejects the mutant")
                    elif not v.ok:  # SANY timed out or crashed: its verdict was not measured
                        outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNCHECKED,
                                                       reason=f"SANY gave no verdict on the mutant ({v.outcome.value})")
                queue.insert(0, [m for m in group if m.id in accepted])
                continue
            step = _settle(result, group, shallow=depth is not None and not _same_as_full(result, depth),
                           first_only=config.decide_only)
            if step.broken_on_model:
                # An invariant that fails on the original (under this config) is not one of its
                # invariants here: drop it and run the group again.
                invariants = [n for n in invariants if n not in step.broken_on_model]
                queue.insert(0, group)
                continue
            outcomes.update(step.settled)
            rest = [m for m in group if m.id not in outcomes]
            if step.unattributed and len(rest) > 1:
                # Some mutant broke the run without naming itself: halve the group until it does.
                half = len(rest) // 2
                queue[:0] = [rest[:half], rest[half:]]
            elif step.unattributed and rest:
                m = rest[0]
                outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, ERRORED, reason=step.unattributed)
            elif step.shared_budget:
                half = len(rest) // 2
                queue[:0] = [rest[:half], rest[half:]]
                last_split = "the run budget was spent splitting groups whose mutants shared a work budget"
            elif step.rerun and rest:
                queue.insert(0, rest)
            if result.timed_out:
                stopped = f"the wall-clock safety net ({limits.timeout_s:g} s) stopped the test (machine-dependent)"
            elif config.decide_only and any(o.status == CAUGHT for o in outcomes.values()):
                stopped = "not decided: a caught mutant already decided the tier"
        if stopped:
            break
    why = stopped or (f"the run budget ({config.max_runs} schema runs) was spent"
                      + (f" ({last_split})" if last_split else "") if runs >= config.max_runs
                      else "no invariant left to check it against")
    for m in mutants:
        if m.id not in outcomes:
            outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason=why)
    return [outcomes[m.id] for m in mutants]


def _same_as_full(result: TLCResult, depth: int) -> bool:
    """A depth-bounded run that stopped at its state budget before reaching its depth bound
    explored exactly what the unbounded run would: its survivors need not run again."""
    return result.budget_reached and result.depth is not None and result.depth < depth - 1


def _schema_run(
    toolchain: Toolchain, outline: Outline, shape: ModelShape, cfg_text: str, task: Task | None,
    invariants: Sequence[str], templates: Sequence[InvariantTemplate], group: Sequence[Mutant],
    depth: int | None, budget: Budget, limits: Limits, first_only: bool = False, guards: Sequence[str] = (),
) -> TLCResult:
    """``first_only``: TLC stops at the first violation (the first mutant caught), else it goes
    on (``-continue``) to find each mutant's."""
    schema = mutant_schema(outline, group, SELECTOR)
    wrapper = _diamond_wrapper(shape.module, shape.init_name, shape.next_name, invariants, templates, [m.id for m in group], guards,
                               shape.relation)
    return run_tlc(
        toolchain,
        outline.files(schema) | {f"{DIAMOND_WRAPPER}.tla": wrapper},
        DIAMOND_WRAPPER,
        check_cfg(cfg_text, task, shape, "INVARIANT", [FIRST + n for n in invariants], ("SysmorayInit", "SysmorayNext")),
        TLCOptions(depth_bound=depth, check_deadlock=False, continue_after_violation=not first_only, coverage=False,
                   **budget.bounds()),
        replace(limits, workers=1),  # the reported-set register is per worker
    )


def _parsing(toolchain: Toolchain, outline: Outline, mutants: Sequence[Mutant], limits: Limits) -> dict[int, SanyResult]:
    """SANY's verdict on each mutant (by id), checked in one SANY batch (each under its own name)."""
    files, roots = outline.files(), {}
    for m in mutants:
        name = f"SysmorayMutantModel{m.id}"
        files[f"{name}.tla"] = renamed(apply_mutant(outline.text, m), name)
        roots[name] = m.id
    results = check_modules(toolchain, files, list(roots), limits)
    return {roots[name]: r for name, r in results.items()}


def _diamond_wrapper(
    module: str, init: str, next_name: str, invariants: Sequence[str], templates: Sequence[InvariantTemplate], ids: Sequence[int],
    guards: Sequence[str] = (), relation: str = "",
) -> str:
    all_hold = " /\\ ".join([*invariants, *guards]) or "TRUE"
    # Only a mutant's first violation is reported: printing the trace of every broken state of
    # every mutant costs far more than exploring them. TLC's register 1 (one worker) holds the
    # selectors already reported.
    first = "".join(f"{FIRST}{n} == {n} \\/ SysmorayReported\n" for n in invariants)
    extra = (
        relation
        + reported_once(SELECTOR)
        + f"{first}"
        f"SysmorayInit == {SELECTOR} \\in {{{', '.join(str(i) for i in [0, *ids])}}} /\\ {init}\n"
        f"SysmorayAllHold == {all_hold}\n"
        # States that break an invariant are reported and not expanded: a mutant's first
        # violations are what counts, not its whole broken state space.
        f"SysmorayNext == SysmorayAllHold /\\ {next_name} /\\ UNCHANGED {SELECTOR}\n"
    )
    return wrapper_module(module, invariant_definitions(templates), extra, name=DIAMOND_WRAPPER)


@dataclass
class _Settled:
    settled: dict[int, MutantOutcome] = field(default_factory=dict)
    broken_on_model: set[str] = field(default_factory=set)
    rerun: bool = False  # the unsettled mutants of the group should run again
    shared_budget: bool = False  # the run reached its budget with several mutants uncaught: split them
    unattributed: str = ""  # the run failed and no mutant named itself: why


def _settle(result: TLCResult, group: Sequence[Mutant], shallow: bool = False, first_only: bool = False) -> _Settled:
    """What a schema run decided. ``first_only``: the run stopped at its first violation, so the
    mutants it did not catch were not explored to the end."""
    by_id = {m.id: m for m in group}
    step = _Settled()
    caught: dict[int, str] = {}
    for v in result.violations:
        if not v.trace or not v.name:
            continue
        selector = int_value(v.trace[-1].assignments.get(SELECTOR))
        name = v.name.removeprefix(FIRST)
        if selector == 0:
            step.broken_on_model.add(name)
        elif selector in by_id:
            caught.setdefault(selector, name)
    for mid, name in caught.items():
        m = by_id[mid]
        step.settled[mid] = MutantOutcome(m.id, m.operator, m.description, CAUGHT, _display(name))
    if step.broken_on_model or result.outcome == Outcome.TIMEOUT:
        return step
    if first_only and result.outcome == Outcome.SAFETY_VIOLATION:
        if not step.settled:
            step.unattributed = "the schema run stopped at a violation that names no mutant"
        return step
    if result.outcome in (Outcome.OK, Outcome.SAFETY_VIOLATION):
        # Output past the cap loses violations: the others run again. A depth-bounded run
        # proves nothing about the mutants it did not catch.
        uncaught = [m for m in group if m.id not in step.settled]
        if result.budget_reached and len(uncaught) > 1 and not result.truncated and not shallow:
            # The uncaught mutants shared one budget: one whose states explode would leave the
            # others barely explored. Each must have the budget to itself to survive it.
            step.shared_budget = True
            return step
        if not result.truncated and not shallow:
            why = f"not caught in the {result.distinct_states} states of the work budget" if result.budget_reached else ""
            for m in uncaught:
                step.settled[m.id] = MutantOutcome(m.id, m.operator, m.description, SURVIVED, reason=why)
        step.rerun = result.truncated
        return step
    error = result.errors[0] if result.errors else None
    culprit = int_value(dict(error.state).get(SELECTOR)) if error else None
    message = error.message.splitlines()[0] if error and error.message else result.outcome.value
    if culprit in by_id and culprit not in step.settled:
        m = by_id[culprit]
        step.settled[culprit] = MutantOutcome(m.id, m.operator, m.description, ERRORED, reason=message)
        step.rerun = True
        return step
    if culprit == 0:
        # The original itself fails under the wrapper: no mutant can be judged against it.
        for m in group:
            step.settled.setdefault(m.id, MutantOutcome(m.id, m.operator, m.description, UNCHECKED,
                                                        reason=f"the original model fails: {message}"))
        return step
    step.unattributed = f"the mutant schema run failed ({result.outcome.value}): {message}"
    return step


def model_mutants(outline: Outline, cfg: ModelConfig, task: Task | None, actions: Sequence[Action],
                  type_invariants: Sequence[str]) -> list[Mutant]:
    """The mutants the tier's test makes of a model (``actions``: SANY's split; the domains
    from the task and the type invariants)."""
    return generate_mutants(outline, cfg, domains_for(task, outline, type_invariants), actions)


def read_mutants(toolchain: Toolchain, task: Task | None, module_text: str, cfg_text: str,
                 limits: Limits = Limits(), siblings: dict[str, str] | None = None) -> list[Mutant]:
    """A model's mutants as the tier's test makes them, from its text (one SANY run; ``siblings``:
    the modules it instances, by name): what the ``mutants`` backend replays."""
    model, cfg = read_outline(module_text), parse_cfg(cfg_text)
    export = export_module(toolchain, module_text, model.name or "Spec", limits, siblings)
    return model_mutants(model, cfg, task, find_actions(model, cfg, export.tree), typing_of(export.tree, cfg.invariants))


def domains_for(task: Task | None, outline: Outline, type_invariants: Sequence[str] = ()) -> Mapping[str, str]:
    """Each variable's domain for the mutants: the task contract's, else what the model's type
    invariants say (``type_invariants``: those SANY's tree shows to state types, whatever
    their names)."""
    # An imported contract may name a variable without its domain (SysMoBench's traces carry none).
    contract = {v.name: v.domain for v in task.variables if v.domain} if task is not None else {}
    return {**typeok_domains(outline, type_invariants), **contract}
