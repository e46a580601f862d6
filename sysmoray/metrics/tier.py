"""Tiers (DESIGN §6, after ChatTLA): Bronze, Silver, Gold, Diamond.

Bronze: SANY rejects the module. Silver: it parses, but TLC on the model's own config finds an
error or does not finish. Gold: TLC finishes clean with more than one distinct state. Diamond:
Gold, and one of its invariants (its own, or a task template that held) is non-trivial: it holds
on the model and is violated on at least one mutant *of the model*. Negating the invariant, as
ChatTLA does, would pass almost any invariant; a mutant shows the invariant constrains the
model's behaviour.

All mutants are checked in one TLC run over a mutant schema (``tla.mutants``): a selector
variable picks the mutant in the initial state and never changes. States that break an invariant
are reported (``-continue``) and not expanded further, so each mutant's first violations are
found without exploring its whole broken state space. A mutant whose evaluation raises an error
names itself through the selector in the error's state; it is set aside and the run repeated.
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
from sysmoray.tla.tlc import TLCOptions, TLCResult, int_value, run_tlc
from sysmoray.tla.toolchain import Toolchain

NONE, BRONZE, SILVER, GOLD, DIAMOND = "none", "bronze", "silver", "gold", "diamond"
TIERS = (NONE, BRONZE, SILVER, GOLD, DIAMOND)
SELECTOR = "SysmorayMutant"
DIAMOND_WRAPPER = "SysmorayDiamond"
CAUGHT, SURVIVED, ERRORED, UNPARSED, UNCHECKED = "caught", "survived", "error", "unparsed", "unchecked"


@dataclass(frozen=True)
class TierConfig:
    check_deadlock: bool = False  # a client can misuse a lock into a deadlock; that is no model error
    mutation: bool = True
    max_runs: int = 24  # TLC runs of the mutant schema (one more per mutant that raises an error)


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
    init, next_name = shape.init_name, shape.next_name
    if not live or init is None or next_name is None:
        why = "no Init/Next to run mutants from" if live else ""
        outcomes.update({m.id: MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason=why) for m in live})
        return [outcomes[m.id] for m in mutants]

    invariants = list(own_invariants) + [PREFIX + t.name for t in templates]
    deadline = time.monotonic() + limits.timeout_s
    pending = live
    for _ in range(config.max_runs):
        remaining = deadline - time.monotonic()
        if not pending or remaining <= 0 or not invariants:
            break
        schema = mutant_schema(outline, pending, SELECTOR)
        wrapper = _diamond_wrapper(shape.module, init, next_name, invariants, templates, [m.id for m in pending])
        result = run_tlc(
            toolchain,
            {f"{shape.module}.tla": schema, f"{DIAMOND_WRAPPER}.tla": wrapper},
            DIAMOND_WRAPPER,
            check_cfg(cfg_text, task, shape, "INVARIANT", invariants, ("SysmorayInit", "SysmorayNext")),
            TLCOptions(check_deadlock=False, continue_after_violation=True, coverage=False),
            replace(limits, timeout_s=remaining),
        )
        settled, broken_on_model = _settle(result, pending)
        if broken_on_model:
            # An invariant that fails on the original (under this config) is not one of its
            # invariants here: drop it and run again.
            invariants = [n for n in invariants if n not in broken_on_model]
            continue
        outcomes.update(settled)
        if result.outcome == Outcome.TIMEOUT:
            break
        pending = [m for m in pending if m.id not in settled]
    for m in live:
        if m.id not in outcomes:
            outcomes[m.id] = MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason="time or run budget spent")
    return [outcomes[m.id] for m in mutants]


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
    extra = (
        f"SysmorayInit == {SELECTOR} \\in {{{', '.join(str(i) for i in [0, *ids])}}} /\\ {init}\n"
        f"SysmorayAllHold == {all_hold}\n"
        # States that break an invariant are reported and not expanded: a mutant's first
        # violations are what counts, not its whole broken state space.
        f"SysmorayNext == SysmorayAllHold /\\ {next_name} /\\ UNCHANGED {SELECTOR}\n"
    )
    return wrapper_module(module, invariant_definitions(templates), extra, name=DIAMOND_WRAPPER)


def _settle(result: TLCResult, pending: Sequence[Mutant]) -> tuple[dict[int, MutantOutcome], set[str]]:
    by_id = {m.id: m for m in pending}
    caught: dict[int, str] = {}
    broken_on_model: set[str] = set()
    for v in result.violations:
        if not v.trace or not v.name:
            continue
        selector = int_value(v.trace[-1].assignments.get(SELECTOR))
        if selector == 0:
            broken_on_model.add(v.name)
        elif selector in by_id:
            caught.setdefault(selector, v.name)
    settled: dict[int, MutantOutcome] = {}
    for mid, name in caught.items():
        m = by_id[mid]
        settled[mid] = MutantOutcome(m.id, m.operator, m.description, CAUGHT, _display(name))
    if broken_on_model or result.outcome == Outcome.TIMEOUT or result.truncated:
        return settled, broken_on_model  # the others run again (output past the cap is lost)
    if result.outcome in (Outcome.OK, Outcome.SAFETY_VIOLATION):
        for m in pending:
            settled.setdefault(m.id, MutantOutcome(m.id, m.operator, m.description, SURVIVED))
        return settled, broken_on_model
    error = result.errors[0] if result.errors else None
    culprit = int_value(dict(error.state).get(SELECTOR)) if error else None
    message = error.message.splitlines()[0] if error and error.message else result.outcome.value
    if culprit in by_id and culprit not in settled:
        m = by_id[culprit]
        settled[culprit] = MutantOutcome(m.id, m.operator, m.description, ERRORED, reason=message)
        return settled, broken_on_model
    # Not one mutant's error (the model's own, or the run's): nothing more can be learned.
    why = f"the mutant schema run failed ({result.outcome.value}): {message}"
    for m in pending:
        settled.setdefault(m.id, MutantOutcome(m.id, m.operator, m.description, UNCHECKED, reason=why))
    return settled, broken_on_model


def domains_for(task: Task | None, outline: Outline) -> Mapping[str, str]:
    contract = {v.name: v.domain for v in task.variables} if task is not None else {}
    return {**typeok_domains(outline), **contract}
