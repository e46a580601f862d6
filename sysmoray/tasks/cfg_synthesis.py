"""A TLC config for a reference module that came without one (ChatTLA's problems ship a module
only): the behaviour to check, values for its constants, and as invariants the state predicates
of the module that hold.

What the module means is read from SANY's semantic tree (``tla.semantic``): which definitions
are state predicates, which names Init and Next use, how each constant is used. What holds is
TLC's verdict, on the work budget every check uses: a candidate invariant TLC reports violated,
or cannot evaluate, is dropped with the reason. Everything chosen is recorded, so an imported
task says its config was synthesized and how.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sysmoray.tla.budget import Budget
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from sysmoray.tla.module_set import flatten
from sysmoray.tla.outline import module_files
from sysmoray.tla.sany import export_module
from sysmoray.tla.semantic import SemanticModule, constant_kinds, is_predicate, used_definitions
from sysmoray.tla.tlc import TLCOptions, TLCResult, run_tlc
from sysmoray.tla.toolchain import Toolchain

_SET_SIZES = (3, 2)  # tried in this order: small enough for TLC, big enough to mean something
_NUMBERS = (3, 2)
MAX_ATTEMPTS = 4
MAX_DROP_ROUNDS = 8  # candidates TLC cannot evaluate are dropped one run at a time


@dataclass(frozen=True)
class SynthesizedConfig:
    """``text`` is None when no config could be made (``notes`` say why)."""

    text: str | None
    constants: dict[str, str] = field(default_factory=dict)  # name -> TLA+ value in the config
    invariants: tuple[str, ...] = ()
    dropped: dict[str, str] = field(default_factory=dict)  # candidate invariant -> why it is not in
    check_deadlock: bool = True
    notes: tuple[str, ...] = ()
    distinct_states: int | None = None

    def to_dict(self) -> dict:
        return {"constants": self.constants, "invariants": list(self.invariants), "dropped": self.dropped,
                "check_deadlock": self.check_deadlock, "notes": list(self.notes),
                "distinct_states": self.distinct_states}


def synthesize_cfg(
    toolchain: Toolchain, module_text: str, module: str, budget: Budget = Budget(), limits: Limits = Limits(),
    siblings: dict[str, str] | None = None,
) -> SynthesizedConfig:
    """``siblings``: the modules the reference extends or instances (name -> text); it is read
    as the checks read it (``tla.module_set.flatten``)."""
    flat = flatten(module_text, siblings or {})
    module_text, beside = flat.text, flat.files
    export = export_module(toolchain, module_text, module, limits, dict(beside))
    if not export.result.ok:
        first = export.result.errors[0].message if export.result.errors else export.result.outcome.value
        return SynthesizedConfig(None, notes=(f"SANY rejects the reference: {first}",))
    if export.tree is None:
        return SynthesizedConfig(None, notes=(f"SANY's tree of the reference could not be read: {export.note}",))
    tree = export.tree
    behaviour = behaviour_section(tree)
    if behaviour is None:
        return SynthesizedConfig(None, notes=("the reference defines neither Spec nor Init and Next",))
    candidates = invariant_candidates(tree)
    attempts = constant_assignments(constant_kinds(tree))[:MAX_ATTEMPTS]
    failures = []
    for values in attempts:
        settled = _settle(toolchain, module_files(module, module_text, beside), module, tree, behaviour, values, candidates,
                          budget, limits)
        if isinstance(settled, SynthesizedConfig):
            return settled
        failures.append(f"{_constants_text(values) or 'no constants'}: {settled}")
    return SynthesizedConfig(None, notes=("TLC could not run the reference cleanly under any constant values tried: "
                                          + "; ".join(failures),))


def _settle(
    toolchain: Toolchain, files: dict[str, str], module: str, tree: SemanticModule, behaviour: str, values: dict[str, str],
    candidates: list[str], budget: Budget, limits: Limits,
) -> SynthesizedConfig | str:
    """The config with these constant values, once TLC agrees; else why TLC cannot run the
    reference under them (an assumption fails, a value has the wrong type, ...)."""
    invariants, dropped, notes = list(candidates), {}, []
    check_deadlock = True
    for _ in range(MAX_DROP_ROUNDS + len(candidates)):
        cfg = render_cfg(values, behaviour, invariants, check_deadlock)
        # As the tier's own run: the whole state space, bounded by the budget's state counts.
        options = TLCOptions(check_deadlock=check_deadlock, continue_after_violation=True, coverage=False,
                             state_budget=budget.states, generated_budget=budget.generated)
        result = run_tlc(toolchain, files, module, cfg, options, limits)
        violated = {v.name for v in result.violations if v.name in invariants}
        if violated:
            for name in sorted(violated):
                dropped[name] = "TLC reports it violated"
            invariants = [n for n in invariants if n not in violated]
            continue
        if any(v.kind == Outcome.DEADLOCK.value for v in result.violations) or result.outcome == Outcome.DEADLOCK:
            check_deadlock = False
            notes.append("the reference reaches a state with no successor (TLC reports a deadlock): the config says "
                         "CHECK_DEADLOCK FALSE")
            continue
        culprit = _blamed_invariant(result, invariants, tree, module)
        if culprit is not None:
            dropped[culprit] = f"TLC cannot evaluate it as an invariant: {_first_error(result)}"
            invariants.remove(culprit)
            continue
        if result.errors or result.timed_out or result.distinct_states is None:
            return _first_error(result)
        if result.budget_reached:
            notes.append(f"TLC explored {result.distinct_states} distinct states, the work budget: the invariants "
                         "hold on what it explored")
        return SynthesizedConfig(cfg, values, tuple(invariants), dropped, check_deadlock, tuple(notes),
                                 result.distinct_states)
    return "no verdict after dropping every candidate invariant TLC objected to"


def _blamed_invariant(result: TLCResult, invariants: list[str], tree: SemanticModule, module: str) -> str | None:
    """The candidate invariant an error of TLC names (a non-boolean predicate, say), or else
    the one whose definition holds a position TLC gives for the error (``1 \\div (x - x)``:
    TLC names no invariant, only where it was evaluating)."""
    text = " ".join(e.message for e in result.errors)
    for name in invariants:
        if f"invariant {name}" in text or f"Invariant {name}" in text or f"{name} is not" in text:
            return name
    spans = {name: tree.definitions[name].span for name in invariants if name in tree.definitions}
    for error in result.errors:
        for where in error.locations:
            if where.module != module:
                continue
            for name, span in spans.items():
                if span is not None and (span.line, span.col) <= (where.line, where.col) <= (span.end_line, span.end_col):
                    return name
    return None


def _first_error(result: TLCResult) -> str:
    return result.errors[0].message.splitlines()[0][:200] if result.errors else result.outcome.value


# --- pure readers of the tree -------------------------------------------------------------------


def behaviour_section(tree: SemanticModule) -> str | None:
    spec = tree.definitions.get("Spec")
    if spec is not None and spec.arity == 0 and spec.body is not None and spec.body.level == 3:
        return "SPECIFICATION Spec"
    if "Init" in tree.definitions and "Next" in tree.definitions:
        return "INIT Init\nNEXT Next"
    return None


def invariant_candidates(tree: SemanticModule) -> list[str]:
    """State predicates of the module that its behaviour does not use: the definitions a writer
    meant as properties (TypeOK, Safety, ...), not the guards and helpers Init and Next call."""
    used = used_definitions(tree, [n for n in ("Init", "Next", "Spec") if n in tree.definitions])
    return [name for name, d in tree.definitions.items()
            if not d.arity and d.body is not None and d.body.level == 1 and name not in used and name != "Init"
            and is_predicate(tree, d.body)]


def constant_assignments(kinds: dict[str, str]) -> list[dict[str, str]]:
    """Constant values to try, smallest state space last: sets of model values, then sets of
    numbers (for a module that orders its process ids), each at a few sizes."""
    attempts = []
    for style in ("model", "numbers"):
        for size, number in zip(_SET_SIZES, _NUMBERS):
            attempts.append({c: (_set_value(c, size, style) if k == "set" else str(number)) for c, k in kinds.items()})
    unique = []
    for a in attempts:
        if a not in unique:
            unique.append(a)
    return unique


def _set_value(name: str, size: int, style: str) -> str:
    if style == "numbers":
        return "{" + ", ".join(str(i) for i in range(1, size + 1)) + "}"
    return "{" + ", ".join(f"{name.lower()}{i}" for i in range(1, size + 1)) + "}"


def _constants_text(values: dict[str, str]) -> str:
    return ", ".join(f"{c} = {v}" for c, v in values.items())


def render_cfg(values: dict[str, str], behaviour: str, invariants: list[str], check_deadlock: bool = True) -> str:
    lines = ["\\* synthesized by sysmoray: the reference came without a TLC config"]
    if values:
        lines.append("CONSTANTS")
        lines += [f"    {c} = {v}" for c, v in values.items()]
    lines.append(behaviour)
    if invariants:
        lines.append("INVARIANT " + " ".join(invariants))
    if not check_deadlock:
        lines.append("CHECK_DEADLOCK FALSE")
    return "\n".join(lines) + "\n"
