"""A model's tier does not depend on what its type invariant is called, nor on its config
overriding a defined operator (real SANY and TLC, with every mutant decided)."""

from __future__ import annotations

from sysmoray.metrics.evaluate import CheckConfig, evaluate
from sysmoray.metrics.tier import TierConfig
from sysmoray.tla.answer import split_module_file

ALL = CheckConfig(tier=TierConfig(decide_only=False))

COUNTERS = r"""---- MODULE Counters ----
EXTENDS Naturals
VARIABLES x, y
TypeOK == x \in 0..3 /\ y \in 0..3
Init == x = 0 /\ y = 0
IncX == x < 3 /\ x' = x + 1 /\ UNCHANGED y
IncY == y < x /\ y' = y + 1 /\ UNCHANGED x
Reset == x = 3 /\ y = 3 /\ x' = 0 /\ y' = 0
Next == IncX \/ IncY \/ Reset
Inv == y <= x
====
"""

FADING = r"""---- MODULE Fading ----
EXTENDS Naturals
CONSTANT Colors
VARIABLES c, n
Faded == CHOOSE v : v \notin Colors
TypeOK == c \in Colors \cup {Faded} /\ n \in 0..2
Init == c \in Colors /\ n = 0
Fade == n < 2 /\ c # Faded /\ c' = Faded /\ n' = n + 1
Revive == c = Faded /\ \E k \in Colors : c' = k /\ UNCHANGED n
Reset == n = 2 /\ c # Faded /\ n' = 0 /\ UNCHANGED c
Next == Fade \/ Revive \/ Reset
Inv == c = Faded => n > 0
====
"""


def _mutants(toolchain, text: str, cfg: str) -> tuple[str, list[tuple[str, str]]]:
    e = evaluate(toolchain, split_module_file(text), cfg, ALL)
    return e.tier.tier, sorted((m.description, m.status) for m in e.tier.mutants)


def test_the_type_invariant_is_found_by_what_it_says_not_by_its_name(toolchain):
    named = _mutants(toolchain, COUNTERS, "INIT Init\nNEXT Next\nINVARIANT TypeOK Inv\n")
    renamed = _mutants(toolchain, COUNTERS.replace("TypeOK", "CountersTypeOK"), "INIT Init\nNEXT Next\nINVARIANT CountersTypeOK Inv\n")
    assert named == renamed
    assert named[0] == "diamond"
    # Its domains give every dropped UNCHANGED a value to take: no mutant fails to run for it.
    assert all(status != "error" for _, status in named[1]), named


def test_a_config_override_of_a_definition_holds_in_the_mutant_runs(toolchain):
    tier, mutants = _mutants(toolchain, FADING, "CONSTANT Colors = {r, b}\nCONSTANT Faded = Faded\nINIT Init\nNEXT Next\nINVARIANT TypeOK Inv\n")
    assert tier == "diamond"
    assert {status for _, status in mutants} <= {"caught", "survived"}, mutants
