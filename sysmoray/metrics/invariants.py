"""P4, invariants (DESIGN §6): the task's invariant templates checked on the model.

Templates are TLA+ expressions over the contract's names. Instantiating one means checking that
the model declares every contract name it uses; the expressions then become definitions of a
wrapper module that extends the model (the standard modules the templates may use come in as
LOCAL instances, so they cannot clash with the model's own names). Safety templates run together
as INVARIANTs; liveness templates and action templates (``[][A]_v``, safety over steps: a term that
never goes down) as PROPERTYs under the model's own SPECIFICATION (its fairness).
A state may break several templates but TLC names only the first, and states past a broken one
are not explored: so violated templates are removed and the rest run again until none is new.
P4 = held / all templates; a template that cannot be instantiated or evaluated, or whose check
timed out, counts as not held, with its reason.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any, Sequence

from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.window_check import ModelShape, constants_section
from sysmoray.tasks.model import InvariantTemplate, Task
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.lexer import tokenize
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import TLCOptions, TLCResult, run_tlc
from sysmoray.tla.toolchain import Toolchain

WRAPPER = "SysmorayInvariants"
PREFIX = "SysmorayInv_"
HELD, VIOLATED, ERROR, NOT_INSTANTIATED, TIMEOUT = "held", "violated", "error", "not_instantiated", "timeout"
STANDARD_MODULES = ("Integers", "Sequences", "FiniteSets")


@dataclass(frozen=True)
class InvariantResult:
    name: str
    type: str  # safety | liveness | action
    outcome: str  # held | violated | error | not_instantiated | timeout
    reason: str = ""

    @property
    def held(self) -> bool:
        return self.outcome == HELD

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "outcome": self.outcome, "reason": self.reason}


def invariant_definitions(templates: Sequence[InvariantTemplate]) -> str:
    """``SysmorayInv_<name> == <expression>`` for each template, multi-line layouts kept."""
    blocks = []
    for t in templates:
        body = "\n".join("    " + line for line in t.expression.strip("\n").splitlines())
        blocks.append(f"{PREFIX}{t.name} ==\n{body}")
    return "\n".join(blocks)


def wrapper_module(model_module: str, definitions: str, extra: str = "", name: str = WRAPPER) -> str:
    locals_ = "\n".join(f"LOCAL INSTANCE {m}" for m in STANDARD_MODULES)
    return f"---- MODULE {name} ----\nEXTENDS {model_module}, TLC\n{locals_}\n{definitions}\n{extra}====\n"


def uninstantiable(template: InvariantTemplate, task: Task, shape: ModelShape) -> str:
    """Why ``template`` cannot be put in terms of the model, or "" if it can."""
    contract = set(task.variable_names) | {c.name for c in task.constants}
    declared = set(shape.variables) | set(shape.constants) | set(shape.arities)
    used = {t.text for t in tokenize(template.expression) if t.kind == "ident"}
    missing = sorted((used & contract) - declared)
    if missing:
        return f"the model does not declare {', '.join(missing)}"
    return ""


def check_cfg(
    cfg_text: str, task: Task | None, shape: ModelShape, section: str, names: Sequence[str],
    init_next: tuple[str, str] | None = None,
) -> str:
    """The model's cfg with the contract's constant values, and ``names`` (definition names) as
    the only INVARIANTs or PROPERTYs. ``init_next`` replaces the model's behaviour spec by an
    INIT and a NEXT."""
    cfg = parse_cfg(cfg_text)
    dropped = {"CONSTANT", "INVARIANT", "PROPERTY"} | ({"SPECIFICATION", "INIT", "NEXT"} if init_next else set())
    kept = [s for s in cfg.sections if s.keyword not in dropped]
    out = "".join(f"{s.keyword}\n    {s.body.strip()}\n" for s in kept)
    if init_next:
        out += f"INIT {init_next[0]}\nNEXT {init_next[1]}\n"
    out = constants_section(shape, task, cfg_text) + out
    if names:
        out += f"{section}\n" + "".join(f"    {n}\n" for n in names)
    return out


def invariants_phase(
    toolchain: Toolchain,
    model_text: str,
    shape: ModelShape,
    cfg_text: str | None,
    task: Task,
    limits: Limits = Limits(),
) -> tuple[PhaseResult, list[InvariantResult]]:
    templates = list(task.invariants)
    if not templates:
        return PhaseResult(0.0, Outcome.SKIPPED, {"reason": f"task {task.name} has no invariant templates"}), []
    results: dict[str, InvariantResult] = {}
    ready: list[InvariantTemplate] = []
    for t in templates:
        reason = uninstantiable(t, task, shape)
        if reason:
            results[t.name] = InvariantResult(t.name, t.type, NOT_INSTANTIATED, reason)
        elif cfg_text is None:
            results[t.name] = InvariantResult(t.name, t.type, NOT_INSTANTIATED, "no TLC config to check it under")
        else:
            ready.append(t)

    deadline = time.monotonic() + limits.timeout_s
    for kind, section in (("safety", "INVARIANT"), ("action", "PROPERTY"), ("liveness", "PROPERTY")):
        group = [t for t in ready if t.type == kind]
        if group and cfg_text is not None:
            results.update(_check_group(toolchain, model_text, shape, cfg_text, task, group, section, limits, deadline))
    ordered = [results[t.name] for t in templates]
    return _phase(ordered), ordered


def _check_group(
    toolchain: Toolchain, model_text: str, shape: ModelShape, cfg_text: str, task: Task,
    group: list[InvariantTemplate], section: str, limits: Limits, deadline: float,
) -> dict[str, InvariantResult]:
    """Check one kind of template, removing each violated or broken one and running again."""
    by_name = {t.name: t for t in group}
    open_: list[str] = [t.name for t in group]
    results: dict[str, InvariantResult] = {}
    while open_:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            results.update({n: InvariantResult(n, by_name[n].type, TIMEOUT, "time budget spent") for n in open_})
            break
        definitions = invariant_definitions([by_name[n] for n in open_])
        terminal = section == "INVARIANT" and shape.init_name is not None and shape.next_name is not None
        if terminal:
            # States that break a template are reported and not expanded (-continue): one run
            # finds most violations, and a model whose broken states grow without end (a
            # counter below zero) stops growing at the first break.
            hold = " /\\ ".join(PREFIX + n for n in open_)
            extra = f"SysmorayHold == {hold}\nSysmorayNext == SysmorayHold /\\ {shape.next_name}\n"
            wrapper = wrapper_module(shape.module, definitions, extra)
            cfg = check_cfg(cfg_text, task, shape, section, [PREFIX + n for n in open_], (shape.init_name, "SysmorayNext"))
        else:
            wrapper = wrapper_module(shape.module, definitions)
            cfg = check_cfg(cfg_text, task, shape, section, [PREFIX + n for n in open_])
        result = run_tlc(
            toolchain,
            {f"{shape.module}.tla": model_text, f"{WRAPPER}.tla": wrapper},
            WRAPPER,
            cfg,
            TLCOptions(check_deadlock=False, coverage=False, continue_after_violation=terminal),
            replace(limits, timeout_s=remaining),
        )
        decided = _decide(result, open_, wrapper, by_name)
        if not decided:  # nothing learned: settle the rest with the run's outcome
            decided = {n: InvariantResult(n, by_name[n].type, ERROR, _why(result)) for n in open_}
        results.update(decided)
        open_ = [n for n in open_ if n not in decided]
    return results


def _decide(result: TLCResult, open_: list[str], wrapper: str, by_name: dict) -> dict[str, InvariantResult]:
    if result.outcome == Outcome.OK:
        return {n: InvariantResult(n, by_name[n].type, HELD) for n in open_}
    if result.outcome == Outcome.TIMEOUT:
        return {n: InvariantResult(n, by_name[n].type, TIMEOUT, f"TLC did not finish in {result.wall_s:.0f} s") for n in open_}
    decided: dict[str, InvariantResult] = {}
    for v in result.violations:
        name = (v.name or "").removeprefix(PREFIX)
        if name in by_name and name in open_:
            decided[name] = InvariantResult(name, by_name[name].type, VIOLATED, _first_line(v.message))
    if len(open_) == 1 and not decided and result.violations:
        # A liveness violation names no property; with one property open it is that one.
        decided[open_[0]] = InvariantResult(open_[0], by_name[open_[0]].type, VIOLATED, _first_line(result.violations[0].message))
    # A template that does not parse against the model was never instantiated.
    kind = NOT_INSTANTIATED if result.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR) else ERROR
    for error in result.errors:
        # An error inside a template's own definition is that template's; anything else is the model's.
        for loc in error.locations:
            if loc.module == WRAPPER:
                name = _definition_at_line(wrapper, loc.line)
                if name in by_name and name not in decided:
                    decided[name] = InvariantResult(name, by_name[name].type, kind, _first_line(error.message))
                break
    return decided


def _definition_at_line(wrapper: str, line: int) -> str | None:
    name = None
    for number, text in enumerate(wrapper.splitlines(), start=1):
        if number > line:
            break
        if text.startswith(PREFIX):
            name = text[len(PREFIX):].split("==")[0].strip()
    return name


def _why(result: TLCResult) -> str:
    if result.errors:
        return f"{result.outcome.value}: {_first_line(result.errors[0].message)}"
    return f"TLC ended with {result.outcome.value}"


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), text)


def _phase(results: list[InvariantResult]) -> PhaseResult:
    held = [r for r in results if r.held]
    score = len(held) / len(results)
    counts: dict[str, int] = {}
    for r in results:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    details = {
        "templates_total": len(results),
        "held": len(held),
        "counts": counts,
        "invariants": [r.to_dict() for r in results],
    }
    errors = tuple(TLAError(Outcome.EVALUATION_ERROR, f"{r.name}: {r.reason}") for r in results if r.outcome == ERROR)
    if score == 1.0:
        outcome = Outcome.OK
    elif any(r.outcome == TIMEOUT for r in results):
        outcome = Outcome.TIMEOUT
    elif any(r.outcome == VIOLATED for r in results):
        safety = any(r.outcome == VIOLATED and r.type != "liveness" for r in results)
        outcome = Outcome.SAFETY_VIOLATION if safety else Outcome.LIVENESS_VIOLATION
    elif any(r.outcome == NOT_INSTANTIATED for r in results):
        outcome = Outcome.CONTRACT_MISMATCH
    else:
        outcome = Outcome.EVALUATION_ERROR
    return PhaseResult(score, outcome, details, errors)
