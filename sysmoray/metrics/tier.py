"""Tiers (DESIGN §6, after ChatTLA): Bronze, Silver, Gold, Diamond.

Bronze: SANY rejects the module. Silver: it parses, but TLC on the model's own config finds an
error or does not finish. Gold: TLC finishes clean with more than one distinct state. Diamond:
Gold, and one of its invariants (its own, or a task template that held) is non-trivial: it holds
on the model and is violated on at least one mutant *of the model*. Negating the invariant, as
ChatTLA does, would pass almost any invariant; a mutant shows the invariant constrains the
model's behaviour.

Mutants are checked in groups, one TLC run per group over a mutant schema (``tla.mutants``): a
selector variable picks the mutant in the initial state and never changes. States that break an
invariant are reported (``-continue``) and not expanded further, so each mutant's first
violations are found without exploring its whole broken state space. A first, depth-bounded pass
catches most mutants cheaply; only the rest are explored in full. A mutant whose evaluation
raises an error names itself through the selector in the error's state; it is set aside and its
group run again. A run that fails without naming a mutant is halved until one does.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from sysmoray.metrics.invariants import PREFIX, check_cfg, invariant_definitions, wrapper_module
from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.window_check import ModelShape
from sysmoray.tasks.model import InvariantTemplate, Task
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.mutants import Mutant, apply_mutant, generate_mutants, mutant_schema, typeok_domains
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import check_modules
from sysmoray.tla.tlc import TLCOptions, TLCResult, int_value, reported_once, run_tlc
from sysmoray.tla.toolchain import Toolchain

NONE, BRONZE, SILVER, GOLD, DIAMOND = "none", "bronze", "silver", "gold", "diamond"
TIERS = (NONE, BRONZE, SILVER, GOLD, DIAMOND)
SELECTOR = "SysmorayMutant"
DIAMOND_WRAPPER = "SysmorayDiamond"
FIRST = "SysmorayFirst_"  # wraps each invariant so that only a mutant's first break is reported
CAUGHT, SURVIVED, ERRORED, UNPARSED, UNCHECKED = "caught", "survived", "error", "unparsed", "unchecked"


@dataclass(frozen=True)
class TierConfig:
    check_deadlock: bool = False  # a client can misuse a lock into a deadlock; that is no model error
    mutation: bool = True
    max_runs: int = 64  # TLC runs of the mutant schema, all groups and stages together
    group_size: int = 48  # mutants per schema run
    shallow_depth: int = 12  # depth bound of the first stage


@dataclass(frozen=True)
class MutantOutcome:
    id: int
    operator: str
    description: str
    status: str  # caught | survived | error | unparsed | unchecked
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

    @property
    def non_trivial(self) -> list[str]:
        return sorted({m.caught_by for m in self.mutants if m.caught_by})

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for m in self.mutants:
            counts[m.status] = counts.get(m.status, 0) + 1
        return {
            "tier": self.tier, "reason": self.reason, "model_run": self.model_run,
            "invariants": list(self.invariants), "non_trivial": self.non_trivial,
            "mutant_counts": counts, "mutants": [m.to_dict() for m in self.mutants],
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
) -> TierResult:
    if syntax.outcome == Outcome.NO_MODULE:
        return TierResult(NONE, "no module in the answer")
    if syntax.score < 1.0:
        return TierResult(BRONZE, "SANY rejects the module")
    if cfg_text is None:
        return TierResult(SILVER, "no TLC config to run the model with")
    run = run_tlc(
        toolchain, {f"{shape.module}.tla": outline.text}, shape.module, cfg_text,
        TLCOptions(check_deadlock=config.check_deadlock, coverage=False), limits,
    )
    summary = {"outcome": run.outcome.value, "distinct_states": run.distinct_states, "wall_s": round(run.wall_s, 3)}
    if run.outcome != Outcome.OK:
        first = run.errors[0].message if run.errors else (run.violations[0].message if run.violations else "")
        return TierResult(SILVER, f"TLC on the model's own config: {run.outcome.value}. {first}".strip(), summary)
    if (run.distinct_states or 0) <= 1:
        return TierResult(SILVER, f"TLC finished with {run.distinct_states} distinct state(s)", summary)
    own = parse_cfg(cfg_text).invariants
    templates = [t for t in held_templates if t.type == "safety"]
    if not config.mutation:
        return TierResult(GOLD, "mutation test disabled", summary)
    if not own and not templates:
        return TierResult(GOLD, "no invariant to test against mutants", summary)
    mutants = generate_mutants(outline, parse_cfg(cfg_text), domains_for(task, outline))
    outcomes = mutation_test(toolchain, outline, shape, cfg_text, task, own, templates, mutants, limits, config)
    names = tuple(own) + tuple(PREFIX + t.name for t in templates)
    caught = [m for m in outcomes if m.status == CAUGHT]
    if caught:
        killers = sorted({_display(m.caught_by) for m in caught})
        reason = f"{len(caught)}/{len(outcomes)} mutants caught, by {', '.join(killers)}"
        return TierResult(DIAMOND, reason, summary, names, tuple(outcomes))
    return TierResult(GOLD, f"no invariant caught any of {len(outcomes)} mutants", summary, names, tuple(outcomes))


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
) -> list[MutantOutcome]:
    """Which invariant catches which mutant. Mutants that do not parse are reported, not run."""
    if not mutants:
        return []
    outcomes: dict[int, MutantOutcome] = {}
    parsed = _parsing(toolchain, outline, mutants, limits)
    for m in mutants:
        if m.id not in parsed:
            outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNPARSED, reason="SANY rejects the mutant")
    live = [m for m in mutants if m.id in parsed]
    if not live or shape.init_name is None or shape.next_name is None:
        why = "no Init/Next to run mutants from" if live else ""
        outcomes.update({m.id: MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason=why) for m in live})
        return [outcomes[m.id] for m in mutants]

    invariants = list(own_invariants) + [PREFIX + t.name for t in templates]
    deadline = time.monotonic() + limits.timeout_s
    runs = 0
    # Stage one bounds the depth: most mutants break an invariant within a few steps, and a
    # caught mutant's states need not be explored further. Only what it leaves undecided is
    # explored in full (where "survived" can be concluded). Groups keep an erroring or
    # exploding mutant from costing the whole batch a re-run.
    for depth in (config.shallow_depth, None):
        queue = [live[i : i + config.group_size] for i in range(0, len(live), config.group_size)]
        queue = [[m for m in group if m.id not in outcomes] for group in queue]
        queue = [g for g in queue if g]
        while queue and invariants and runs < config.max_runs:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            group = queue.pop(0)
            # A fair share of the time left, so one exploding group cannot starve the rest.
            share = remaining / (1 + len(queue)) if depth is None else remaining
            result = _schema_run(toolchain, outline, shape, cfg_text, task, invariants, templates, group,
                                 depth, replace(limits, timeout_s=share))
            runs += 1
            step = _settle(result, group, shallow=depth is not None)
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
            elif step.rerun and rest:
                queue.insert(0, rest)
    for m in live:
        if m.id not in outcomes:
            outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason="time or run budget spent")
    return [outcomes[m.id] for m in mutants]


def _schema_run(
    toolchain: Toolchain, outline: Outline, shape: ModelShape, cfg_text: str, task: Task | None,
    invariants: Sequence[str], templates: Sequence[InvariantTemplate], group: Sequence[Mutant],
    depth: int | None, limits: Limits,
) -> TLCResult:
    schema = mutant_schema(outline, group, SELECTOR)
    wrapper = _diamond_wrapper(shape.module, shape.init_name, shape.next_name, invariants, templates, [m.id for m in group])
    return run_tlc(
        toolchain,
        {f"{shape.module}.tla": schema, f"{DIAMOND_WRAPPER}.tla": wrapper},
        DIAMOND_WRAPPER,
        check_cfg(cfg_text, task, shape, "INVARIANT", [FIRST + n for n in invariants], ("SysmorayInit", "SysmorayNext")),
        TLCOptions(depth_bound=depth, check_deadlock=False, continue_after_violation=True, coverage=False),
        replace(limits, workers=1),  # the reported-set register is per worker
    )


def _parsing(toolchain: Toolchain, outline: Outline, mutants: Sequence[Mutant], limits: Limits) -> set[int]:
    """Ids of the mutants SANY accepts, checked in one SANY batch (each under its own name)."""
    header = re.compile(r"(MODULE\s+)" + re.escape(outline.name or "") + r"\b")
    files, roots = {}, {}
    for m in mutants:
        name = f"SysmorayMutantModel{m.id}"
        files[f"{name}.tla"] = header.sub(lambda g: g.group(1) + name, apply_mutant(outline.text, m), count=1)
        roots[name] = m.id
    results = check_modules(toolchain, files, list(roots), limits)
    return {roots[name] for name, r in results.items() if r.ok}


def _diamond_wrapper(
    module: str, init: str, next_name: str, invariants: Sequence[str], templates: Sequence[InvariantTemplate], ids: Sequence[int]
) -> str:
    all_hold = " /\\ ".join(invariants) or "TRUE"
    # Only a mutant's first violation is reported: printing the trace of every broken state of
    # every mutant costs far more than exploring them. TLC's register 1 (one worker) holds the
    # selectors already reported.
    first = "".join(f"{FIRST}{n} == {n} \\/ SysmorayReported\n" for n in invariants)
    extra = (
        reported_once(SELECTOR)
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
    unattributed: str = ""  # the run failed and no mutant named itself: why


def _settle(result: TLCResult, group: Sequence[Mutant], shallow: bool = False) -> _Settled:
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
    if result.outcome in (Outcome.OK, Outcome.SAFETY_VIOLATION):
        # Output past the cap loses violations: the others run again. A depth-bounded run
        # proves nothing about the mutants it did not catch.
        if not result.truncated and not shallow:
            for m in group:
                step.settled.setdefault(m.id, MutantOutcome(m.id, m.operator, m.description, SURVIVED))
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


def domains_for(task: Task | None, outline: Outline) -> Mapping[str, str]:
    contract = {v.name: v.domain for v in task.variables} if task is not None else {}
    return {**typeok_domains(outline), **contract}
