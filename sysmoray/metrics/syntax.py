"""P1, syntax (DESIGN §6): SANY on the whole module passes -> 1.0; otherwise
0.5 x (actions that parse in isolation / all actions).

An action's isolated module keeps the original EXTENDS, CONSTANTS and VARIABLES and the
definitions the action uses, with every *other* action's text replaced by FALSE, so that one
broken action does not sink the others through a shared Next. All isolated modules of a model are
checked in one SANY batch, after the declarations alone: when those are rejected, so is every
action, without a JVM per action.
"""

from __future__ import annotations

from sysmoray.metrics.phase import PhaseResult
from sysmoray.tla.actions import Action
from sysmoray.tla.edit import falsify
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline, Unit, outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import SanyResult, check_module, check_modules
from sysmoray.tla.toolchain import Toolchain

# Units that every isolated module keeps: they declare the names actions refer to.
_DECLARATION_UNITS = {"EXTENDS", "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "INSTANCE", "PARAMETER", "PARAMETERS"}


def syntax_phase(
    toolchain: Toolchain, outline: Outline, actions: list[Action], limits: Limits = Limits(),
    whole: SanyResult | None = None,
) -> PhaseResult:
    """``whole``: SANY's verdict on the whole module when it was already run (``export_module``)."""
    module = outline.name or "Spec"
    whole = whole if whole is not None else check_module(toolchain, outline.text, module, limits, outline.files())
    if whole.ok:
        return parsed_whole(actions)
    details: dict = {"sany": whole.outcome.value, "actions_total": len(actions)}
    if whole.outcome == Outcome.TIMEOUT or not actions:
        details["actions_parsed"] = 0
        return PhaseResult(0.0, whole.outcome, details, whole.errors)
    # The declarations alone go first: every isolated module holds them, so when SANY rejects
    # them, every action fails with them and no JVM is started per action.
    gate = f"{module}_sysmoray_decls"
    isolated = {gate: declarations_only(outline, gate)}
    isolated |= {f"{module}_sysmoray_iso{k}": isolate(outline, a, actions, f"{module}_sysmoray_iso{k}") for k, a in enumerate(actions)}
    files = outline.files() | {f"{n}.tla": t for n, t in isolated.items()}
    verdicts = check_modules(toolchain, files, list(isolated), limits, gate=gate)
    if not verdicts[gate].ok:
        details["declarations"] = verdicts[gate].outcome.value
    per_action = {a.name: verdicts.get(n, verdicts[gate]).outcome.value for a, n in zip(actions, list(isolated)[1:])}
    parsed = sum(1 for v in per_action.values() if v == Outcome.OK.value)
    details.update(actions_parsed=parsed, per_action=per_action)
    return PhaseResult(0.5 * parsed / len(actions), whole.outcome, details, whole.errors)


def parsed_whole(actions: list[Action]) -> PhaseResult:
    """P1 = 1: SANY accepts the whole module."""
    details = {"sany": Outcome.OK.value, "actions_total": len(actions), "actions_parsed": len(actions)}
    return PhaseResult(1.0, Outcome.OK, details)


def declarations_only(source: Outline, name: str) -> str:
    """The module's declarations (EXTENDS, CONSTANTS, VARIABLES, INSTANCE), nothing else."""
    parts = [f"---- MODULE {name} ----"]
    parts += [source.unit_text(unit) for unit in source.units if unit.kind in _DECLARATION_UNITS]
    return "\n".join(parts + ["===="]) + "\n"


def isolate(source: Outline, action: Action, actions: list[Action], name: str) -> str:
    """A module holding only what ``action`` needs, other actions replaced by FALSE."""
    others = [(a.start_offset, a.end_offset) for a in actions if a is not action]
    edited = outline(falsify(source.text, others))
    needed: set[str] = set()
    frontier = [action.definition]
    while frontier:
        current = frontier.pop()
        if current in needed or current not in edited.definitions:
            continue
        needed.add(current)
        frontier.extend(r for r in edited.definitions[current].references() if r in edited.definitions)
    parts = [f"---- MODULE {name} ----"]
    for unit in edited.units:
        # A RECURSIVE declaration without its definition is itself an error: keep it only with it.
        declares_needed = unit.kind == "RECURSIVE" and bool(_recursive_names(unit) & needed)
        if unit.kind in _DECLARATION_UNITS or declares_needed or (unit.definition is not None and unit.definition.name in needed):
            parts.append(edited.unit_text(unit))
    parts.append("====")
    return "\n".join(parts) + "\n"


def _recursive_names(unit: Unit) -> set[str]:
    """Operator names a ``RECURSIVE F(_), G`` unit declares (identifiers outside parentheses)."""
    names, depth = set(), 0
    for tok in unit.tokens[1:]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0 and tok.kind == "ident":
            names.add(tok.text)
    return names
