"""P4, invariants (DESIGN §6): the task's invariant templates checked on the model.

Templates are TLA+ expressions over the contract's names. Instantiating one means checking that
the model declares every contract name it uses; the expressions then become definitions of a
wrapper module that extends the model (the standard modules the templates may use come in as
LOCAL instances, so they cannot clash with the model's own names).

Safety templates, and action templates of the form ``[][A]_v`` (safety over steps: a term that
never goes down), are checked together by a ``TemplateTracker``: an INVARIANT and an
ACTION_CONSTRAINT that are always TRUE print, once per template, the depth of the first state or
step that breaks it. Nothing is added to the model's state, so the run explores exactly the
model's own states (with no extra variable, a model's state space is not multiplied by the sets
of broken templates). Other action templates and liveness ones run as PROPERTYs under the model's own SPECIFICATION (its fairness); TLC stops
at the first violated one, so each violated one is removed and the rest run again.

P4 = held / all templates; a template that cannot be instantiated or evaluated, or whose check
hit the wall-clock safety net, counts as not held, with its reason. Each run is bounded by the
task's state budget (``tla.budget``): a template that held on every state the budget explored is
held, and the phase's details say the budget was reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.window_check import ModelShape, constants_section
from sysmoray.tasks.model import InvariantTemplate, Task
from sysmoray.tla.budget import Budget, Usage
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.lexer import tokenize
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import TLCOptions, TLCResult, run_tlc, string_values
from sysmoray.tla.toolchain import Toolchain

WRAPPER = "SysmorayInvariants"
PREFIX = "SysmorayInv_"
HELD, VIOLATED, ERROR, NOT_INSTANTIATED, TIMEOUT = Outcome.HELD, Outcome.VIOLATED, Outcome.ERROR, Outcome.NOT_INSTANTIATED, Outcome.TIMEOUT
STANDARD_MODULES = ("Integers", "Sequences", "FiniteSets")


@dataclass(frozen=True)
class InvariantResult:
    name: str
    type: str  # safety | liveness | action
    outcome: Outcome  # held | violated | error | not_instantiated | timeout
    reason: str = ""
    expression: str | None = None  # the TLA+ checked (a concretizer's, for generic templates); None: none

    @property
    def held(self) -> bool:
        return self.outcome == HELD

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "outcome": self.outcome, "reason": self.reason,
                "expression": self.expression}


def invariant_definitions(templates: Sequence[InvariantTemplate], steps: bool = False) -> str:
    """``SysmorayInv_<name> == <expression>`` for each template, multi-line layouts kept. With
    ``steps``, an action template ``[][A]_v`` is defined by its step predicate ``A \\/ UNCHANGED v``."""
    blocks = []
    for t in templates:
        boxed = box_action(t.expression) if steps and t.type == "action" else None
        text = f"({boxed[0]})\n\\/ UNCHANGED ({boxed[1]})" if boxed else t.expression.strip("\n")
        body = "\n".join("    " + line for line in text.splitlines())
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


def tracked(template: InvariantTemplate) -> bool:
    """Checked by the ``TemplateTracker`` (safety, and ``[][A]_v`` action templates), not as a PROPERTY."""
    return template.type == "safety" or (template.type == "action" and box_action(template.expression) is not None)


def ready_templates(
    task: Task, shape: ModelShape, cfg_text: str | None, unusable: Mapping[str, str] | None = None,
) -> tuple[list[InvariantTemplate], dict[str, InvariantResult]]:
    """The templates that can be checked on this model, and why the others cannot
    (``unusable``: templates already known not to be, with why: a concretizer's gaps)."""
    ready: list[InvariantTemplate] = []
    results: dict[str, InvariantResult] = {}
    for t in task.invariants:
        reason = (unusable or {}).get(t.name) or uninstantiable(t, task, shape)
        if reason:
            results[t.name] = InvariantResult(t.name, t.type, NOT_INSTANTIATED, reason)
        elif cfg_text is None:
            results[t.name] = InvariantResult(t.name, t.type, NOT_INSTANTIATED, "no TLC config to check it under")
        else:
            ready.append(t)
    return ready, results


def explorable_templates(task: Task | None, shape: ModelShape, cfg_text: str) -> tuple[InvariantTemplate, ...]:
    """The task's templates that the model's own exploration (``metrics.runtime``) can check for
    P4: the tracked kinds that can be instantiated, when P4's config gives the model the same
    constants as its own (P4 checks under the contract's values, the traces' own)."""
    if task is None or task.needs_concretizer or not task.invariants:
        return ()
    if parse_cfg(check_cfg(cfg_text, task, shape, "INVARIANT", [])).constant_items() != parse_cfg(cfg_text).constant_items():
        return ()
    ready, _ = ready_templates(task, shape, cfg_text)
    return tuple(t for t in ready if tracked(t))


def invariants_phase(
    toolchain: Toolchain,
    model_text: str,
    shape: ModelShape,
    cfg_text: str | None,
    task: Task,
    limits: Limits = Limits(),
    budget: Budget | None = None,
    unusable: Mapping[str, str] | None = None,
    explored: Sequence[InvariantResult] = (),
    explored_run: Any = None,
) -> tuple[PhaseResult, list[InvariantResult]]:
    """P4: each template checked on the model. ``unusable``: templates with no checkable
    expression (not concretized), with why: not instantiated, so not held. ``explored``: the
    verdicts the model's own exploration already gave (``explorable_templates``), and
    ``explored_run`` that run (a ``tlc.RunSummary``, for the budget record)."""
    budget = budget or task.budget
    unusable = unusable or {}
    templates = list(task.invariants)
    if not templates:
        return PhaseResult(0.0, Outcome.SKIPPED, {"reason": f"task {task.name} has no invariant templates"}), []
    ready, results = ready_templates(task, shape, cfg_text, unusable)
    usage = Usage(budget.states, budget.generated)
    known = {r.name: r for r in explored if r.name in {t.name for t in ready}}
    results.update(known)
    if known and explored_run is not None:
        usage.add(explored_run)
    groups = (
        ([t for t in ready if tracked(t) and t.name not in known], "INVARIANT"),
        ([t for t in ready if t.type == "action" and not tracked(t)], "PROPERTY"),
        ([t for t in ready if t.type == "liveness"], "PROPERTY"),
    )
    for group, section in groups:
        if group and cfg_text is not None:
            results.update(_check_group(toolchain, model_text, shape, cfg_text, task, group, section, limits, budget, usage))
    ordered = [replace(results[t.name], expression=None if t.name in unusable else t.expression) for t in templates]
    return _phase(ordered, usage), ordered


def _check_group(
    toolchain: Toolchain, model_text: str, shape: ModelShape, cfg_text: str, task: Task,
    group: list[InvariantTemplate], section: str, limits: Limits, budget: Budget, usage: Usage,
) -> dict[str, InvariantResult]:
    """Check one kind of template; a template whose evaluation fails is settled and the rest run
    again (and, for PROPERTYs, each violated one: TLC stops at the first)."""
    by_name = {t.name: t for t in group}
    open_: list[str] = [t.name for t in group]
    results: dict[str, InvariantResult] = {}
    while open_:
        tracker: TemplateTracker | None = None
        if section == "INVARIANT":
            tracker = TemplateTracker.of(shape.module, [by_name[n] for n in open_], cfg_text)
            wrapper = tracker.module_text()
            cfg = tracker.config(check_cfg(cfg_text, task, shape, section, []))
        else:
            wrapper = wrapper_module(shape.module, invariant_definitions([by_name[n] for n in open_]))
            cfg = check_cfg(cfg_text, task, shape, section, [PREFIX + n for n in open_])
        result = run_tlc(
            toolchain,
            shape.files(model_text) | {f"{WRAPPER}.tla": wrapper},
            WRAPPER,
            cfg,
            TLCOptions(check_deadlock=False, coverage=False, **budget.bounds()),
            replace(limits, workers=1),  # the tracker's reported-names register is per worker
        )
        usage.add(result)
        decided = run_verdicts(result, open_, wrapper, by_name, tracker)
        if not decided:  # nothing learned: settle the rest with the run's outcome
            decided = {n: InvariantResult(n, by_name[n].type, ERROR, run_failure(result)) for n in open_}
        results.update(decided)
        open_ = [n for n in open_ if n not in decided]
    return results


TRACK, TRACK_STEP = "SysmorayTrack_", "SysmorayTrackStep_"
TRACK_REGISTER = 98  # TLC register with the template names reported; far from the low ones specs use
# TLC prints a long value over several lines.
_REPORT = re.compile(r'<<\s*"SysmorayBroken",\s*"(state|step)",\s*(\{[^}]*\}),\s*(-?\d+)\s*>>')


@dataclass(frozen=True)
class TemplateTracker:
    """Safety and ``[][A]_v`` templates checked in one TLC run without changing what it explores.

    Each template gets an INVARIANT (or, for a step template, an ACTION_CONSTRAINT) that is always
    TRUE: it prints, the first time a state (or a step, seen state or not) breaks the template,
    its name and depth; TLC register 98 holds the names already printed (one worker). TLC names
    only the first broken INVARIANT of a state and stops exploring past it; this way every
    template is judged and the model's states are explored as they would be without it. One
    check per template, not one for all, so that TLC's "Evaluating invariant X failed" names the
    template it could not evaluate (``check_of``). Like TLC's own checks (INVARIANT, and PROPERTY
    ``[][A]_v``), it judges every generated state and step, also one into a state the model's
    CONSTRAINT leaves unexplored. TLC evaluates a step's action constraints only after its state
    constraints pass, so where there are step templates the model's constraints move behind the
    tracker's step checks (``config``): the same states are explored, and each boundary step is seen.
    """

    model: str  # the model's module name
    templates: tuple[InvariantTemplate, ...]
    constraints: tuple[str, ...] = ()  # the model's own CONSTRAINTs (from its config)
    action_constraints: tuple[str, ...] = ()  # and ACTION_CONSTRAINTs

    @classmethod
    def of(cls, model: str, templates: Sequence[InvariantTemplate], cfg_text: str) -> TemplateTracker:
        cfg = parse_cfg(cfg_text)

        def names(keyword: str) -> tuple[str, ...]:
            return tuple(n for s in cfg.sections if s.keyword == keyword for n in s.body.split())

        return cls(model, tuple(templates), names("CONSTRAINT"), names("ACTION_CONSTRAINT"))

    @property
    def _moves_constraints(self) -> bool:
        return bool(self._steps) and bool(self.constraints or self.action_constraints)

    @property
    def _states(self) -> list[str]:
        return [f"{TRACK}{i}" for i, t in enumerate(self.templates) if t.type != "action"]

    @property
    def _steps(self) -> list[str]:
        return [f"{TRACK_STEP}{i}" for i, t in enumerate(self.templates) if t.type == "action"]

    def check_of(self, definition: str) -> str | None:
        """The template a tracker definition (an INVARIANT or ACTION_CONSTRAINT name) checks."""
        for prefix in (TRACK, TRACK_STEP):
            index = definition.removeprefix(prefix)
            if index != definition and index.isdigit() and int(index) < len(self.templates):
                return self.templates[int(index)].name
        return None

    def module_text(self) -> str:
        r = TRACK_REGISTER
        checks = "".join(
            f"{TRACK_STEP if t.type == 'action' else TRACK}{i} == "
            f"{PREFIX}{t.name} \\/ SysmorayReport(\"{'step' if t.type == 'action' else 'state'}\", \"{t.name}\")\n"
            for i, t in enumerate(self.templates))
        theirs = ""
        if self._moves_constraints:
            init_ok = " /\\ ".join(f"({c})" for c in self.constraints) or "TRUE"
            step_ok = " /\\ ".join([f"({c})'" for c in self.constraints] + [f"({c})" for c in self.action_constraints])
            theirs = (f'SysmorayTheirInit == TLCGet("level") # 0 \\/ ({init_ok})\n'
                      f"SysmorayTheirSteps == {step_ok}\n")
        extra = (
            f"ASSUME TLCSet({r}, {{}})\n"
            # TRUE whether or not it prints (PrintT first: it must see the name before the register takes it).
            f"SysmorayReport(kind, name) == name \\in TLCGet({r})\n"
            f'    \\/ (PrintT(<<"SysmorayBroken", kind, {{name}}, TLCGet("level")>>) /\\ TLCSet({r}, TLCGet({r}) \\cup {{name}}))\n'
            + checks + theirs
        )
        return wrapper_module(self.model, invariant_definitions(self.templates, steps=True), extra)

    def config(self, cfg_text: str) -> str:
        """``cfg_text`` (the model's config, or P4's) with the tracker in it."""
        cfg = parse_cfg(cfg_text)
        if self._moves_constraints:
            cfg = replace(cfg, sections=tuple(s for s in cfg.sections if s.keyword not in ("CONSTRAINT", "ACTION_CONSTRAINT")))
        out = cfg.render() + (f"INVARIANT\n    {' '.join(self._states)}\n" if self._states else "")
        steps = " ".join(self._steps)
        if self._moves_constraints:
            return out + f"CONSTRAINT\n    SysmorayTheirInit\nACTION_CONSTRAINT\n    {steps}\n    SysmorayTheirSteps\n"
        return out + (f"ACTION_CONSTRAINT\n    {steps}\n" if self._steps else "")

    def broken(self, output: str) -> dict[str, str]:
        """Template name -> why it is violated, from a run's printed reports."""
        names = {t.name for t in self.templates}
        out: dict[str, str] = {}
        for m in _REPORT.finditer(output):
            kind, depth = m.group(1), m.group(3)
            where = f"a reachable state (depth {depth})" if kind == "state" else f"a step into depth {depth}"
            for name in string_values(m.group(2)):
                if name in names and name not in out:
                    out[name] = f"violated: {where} breaks it"
        return out


def box_action(expression: str) -> tuple[str, str] | None:
    """(A, v) of an action template written ``[][A]_v``, or None for any other shape."""
    tokens = [t for t in tokenize(expression) if t.kind != "end"]
    if len(tokens) < 3 or tokens[0].text != "[]" or tokens[1].text != "[":
        return None
    depth = 0
    for tok in tokens[1:]:
        depth += tok.text == "["
        depth -= tok.text == "]"
        if depth == 0:
            rest = expression[tok.end_offset:].strip()
            if not rest.startswith("_") or not _one_term(rest[1:].strip()):
                return None
            return expression[tokens[1].end_offset : tok.offset].strip(), rest[1:].strip()
    return None


_CLOSE = {"<<": ">>", "(": ")"}


def _one_term(text: str) -> bool:
    """Is ``text`` one subscript term: a name, or one <<...>> or (...) group?"""
    tokens = [t for t in tokenize(text) if t.kind != "end"]
    if len(tokens) == 1:
        return tokens[0].kind == "ident"
    if not tokens or tokens[0].text not in _CLOSE or tokens[-1].text != _CLOSE[tokens[0].text]:
        return False
    depth = 0
    for k, tok in enumerate(tokens):
        depth += tok.text in _CLOSE
        depth -= tok.text in _CLOSE.values()
        if depth == 0 and k < len(tokens) - 1:
            return False  # the first group closes before the end: more than one term
    return True


def run_verdicts(
    result: TLCResult, open_: list[str], wrapper: str, by_name: dict, tracker: TemplateTracker | None = None
) -> dict[str, InvariantResult]:
    if result.outcome == Outcome.TIMEOUT:
        why = f"TLC hit the wall-clock safety net after {result.wall_s:.0f} s (machine-dependent)"
        return {n: InvariantResult(n, by_name[n].type, TIMEOUT, why) for n in open_}
    decided: dict[str, InvariantResult] = {}
    if tracker is not None:
        for name, why in tracker.broken(result.output).items():
            if name in open_:
                decided[name] = InvariantResult(name, by_name[name].type, VIOLATED, why)
        if result.outcome == Outcome.OK and not result.truncated:
            # The tracker is always TRUE: the run went to its end, and what it did not report held.
            decided.update({n: InvariantResult(n, by_name[n].type, HELD, _held(result)) for n in open_ if n not in decided})
    elif result.outcome == Outcome.OK:
        return {n: InvariantResult(n, by_name[n].type, HELD, _held(result)) for n in open_}
    else:
        for v in result.violations:
            name = (v.name or "").removeprefix(PREFIX)
            if name in by_name and name in open_:
                decided[name] = InvariantResult(name, by_name[name].type, VIOLATED, first_line(v.message))
        if len(open_) == 1 and not decided and result.violations:
            # A liveness violation names no property; with one property open it is that one.
            decided[open_[0]] = InvariantResult(open_[0], by_name[open_[0]].type, VIOLATED, first_line(result.violations[0].message))
    # A template that does not parse against the model was never instantiated.
    kind = NOT_INSTANTIATED if result.outcome in (Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR) else ERROR
    for error in result.errors:
        # An error inside a template's own definition is that template's; anything else is the model's.
        name = template_at(error, wrapper, tracker)
        if name in by_name and name in open_ and name not in decided:
            decided[name] = InvariantResult(name, by_name[name].type, kind, first_line(error.message))
    return decided


_TRACKER_NAME = re.compile(r"\b((?:SysmorayTrack_|SysmorayTrackStep_)\d+)\b")


def template_at(error: TLAError, wrapper: str, tracker: TemplateTracker | None = None) -> str | None:
    """The template an error of a run over ``wrapper`` belongs to, or None (the model's own):
    the tracker check TLC names ("Evaluating invariant X failed", which gives no positions), else
    the wrapper definition that holds the error's outermost position in the wrapper."""
    if tracker is not None and (m := _TRACKER_NAME.search(error.message)):
        return tracker.check_of(m.group(1))
    for loc in error.locations:
        if loc.module == WRAPPER:
            definition = _definition_at_line(wrapper, loc.line)
            if definition is None:
                return None
            if definition.startswith(PREFIX):
                return definition.removeprefix(PREFIX)
            return tracker.check_of(definition) if tracker is not None else None
    return None


def _definition_at_line(wrapper: str, line: int) -> str | None:
    """The name of the wrapper's last definition that starts at or before ``line``."""
    starts = [d for d in outline(wrapper).definitions.values() if d.start.line <= line]
    return max(starts, key=lambda d: d.start).name if starts else None


def _held(result: TLCResult) -> str:
    return f"held on the {result.distinct_states} states the work budget explored" if result.budget_reached else ""


def run_failure(result: TLCResult) -> str:
    if result.errors:
        return f"{result.outcome.value}: {first_line(result.errors[0].message)}"
    return f"TLC ended with {result.outcome.value}"


def first_line(text: str) -> str:
    """The first line of an error that says something: not TLC's "While working on the initial
    state:" nor the state it prints after it."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    telling = [ln for ln in lines if not ln.startswith(("While working on", "/\\"))]
    return next(iter(telling or lines), text)


def _phase(results: list[InvariantResult], usage: Usage) -> PhaseResult:
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
        "budget": usage.to_dict(),
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
