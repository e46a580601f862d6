"""A smoke check of the toolchain: SANY parses and TLC checks a tiny model, with library modules."""

from __future__ import annotations

from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits, network_isolation
from sysmoray.tla.sany import check_module
from sysmoray.tla.tlc import run_tlc
from sysmoray.tla.toolchain import Toolchain

_SMOKE = """---- MODULE SysmoraySmoke ----
EXTENDS Naturals, SequencesExt
VARIABLE n
Init == n = 0
Next == n < 3 /\\ n' = n + 1
Spec == Init /\\ [][Next]_n
Fine == Reverse(<<n, 1>>) = <<1, n>>
====
"""
_SMOKE_CFG = "SPECIFICATION Spec\nINVARIANT Fine\n"


def tlc_network() -> str:
    """Whether this process's SANY/TLC JVMs run off the network, as a line for the doctor's table."""
    isolation = network_isolation()
    if isolation.isolated:
        return f"none ({isolation.how}; TLC's RMI port is not on the host)"
    return f"the host's, TLC's RMI port open on it (not permitted here: {isolation.how})"


def smoke_check(toolchain: Toolchain, limits: Limits = Limits(timeout_s=60)) -> list[str]:
    """Problems found, as sentences; an empty list means the toolchain works."""
    problems = []
    parsed = check_module(toolchain, _SMOKE, "SysmoraySmoke", limits)
    if not parsed.ok:
        problems.append(f"SANY failed on the smoke model ({parsed.outcome.value}): {parsed.output[-500:]}")
        return problems
    checked = run_tlc(toolchain, {"SysmoraySmoke.tla": _SMOKE}, "SysmoraySmoke", _SMOKE_CFG, limits=limits)
    if checked.outcome != Outcome.DEADLOCK or checked.distinct_states != 4:
        problems.append(
            f"TLC gave {checked.outcome.value} with {checked.distinct_states} states on the smoke model "
            f"(expected a deadlock after 4 states): {checked.output[-500:]}"
        )
    return problems
