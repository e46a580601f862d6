"""A model started from one state TLC printed: a wrapper module whose initial predicate is that
state, so that a breadth-first run from it reproduces what happened in its successors.

TLC 2.15's simulation reports an evaluation error with the behaviour up to the state where it
happened but without the error's source positions, which its breadth-first search prints; a
short BFS from the last state shown gives them back (``metrics.runtime``).

TLC prints values as TLA+ (``:>`` and ``@@`` come from its TLC module, which the wrapper extends),
except model values, which it prints as bare names. The cfg's CONSTANT assignments are the only
place model values come from; each name on their right-hand side that the model does not declare
or define is declared in the wrapper and assigned to itself in its cfg, which makes it the same
model value (TLC keeps one per name).
"""

from __future__ import annotations

import re

from sysmoray.tla.actions import relation_definition
from sysmoray.tla.cfg import ModelConfig
from sysmoray.tla.outline import Outline

WRAPPER_PREFIX = "SysmorayFrom"
INIT_NAME = "SysmorayFromState"
_IDENT = re.compile(r'"(?:[^"\\]|\\.)*"|\b([A-Za-z_][A-Za-z0-9_]*)\b')
_NOT_MODEL_VALUES = {"TRUE", "FALSE"}


def model_values(cfg: ModelConfig) -> list[str]:
    """Names the cfg's CONSTANT assignments (``X = {a, b}``, ``a = a``) use as model values."""
    found: list[str] = []
    for item in cfg.constant_items().values():
        name, op, value = re.split(r"\s*(=|<-)\s*", item, maxsplit=1)
        if op != "=":
            continue  # ``P <- Q`` substitutes a definition: no values
        for m in _IDENT.finditer(value):
            ident = m.group(1)
            if ident and ident not in _NOT_MODEL_VALUES and ident not in found:
                found.append(ident)
    return found


def from_state(
    model: Outline, cfg: ModelConfig, next_name: str, assignments: dict[str, str]
) -> tuple[str, str, str] | None:
    """(root module name, its text, its cfg text) starting ``model`` in the state ``assignments``
    (variable -> value as TLC printed it), or None when the state does not give every variable."""
    module = model.name
    variables = model.variables
    if module is None or not variables or any(v not in assignments for v in variables):
        return None
    known = set(model.variables) | set(model.constants) | set(model.definitions)
    fresh = [name for name in model_values(cfg) if name not in known]
    root = f"{WRAPPER_PREFIX}{module}"
    conjuncts = "\n".join(f"    /\\ {v} = {' '.join(assignments[v].split())}" for v in variables)
    declared = f"CONSTANTS {', '.join(fresh)}\n" if fresh else ""
    relation = relation_definition(model, cfg)  # a behaviour's [][A \/ B]_v, if that is the relation
    text = f"---- MODULE {root} ----\nEXTENDS {module}, TLC\n{declared}{INIT_NAME} ==\n{conjuncts}\n{relation}====\n"
    kept = cfg.without_keywords("INIT", "NEXT", "SPECIFICATION")
    for name in fresh:
        kept = kept.with_section("CONSTANT", f"{name} = {name}")
    cfg_text = kept.with_section("INIT", INIT_NAME).with_section("NEXT", next_name).render()
    return root, text, cfg_text
