"""Two peers of sysmoray's evaluation, emulated from their documented behaviour (no upstream code),
for ``bench/evaluate.py`` to time against sysmoray on the same candidates.

- ``sysmobench_screen``: SysMoBench-style P1+P2. SANY on the whole module; then, for every
  top-level definition (each one counted as an "action"), SANY on a module holding it with what
  precedes it and SANY on a module holding it alone, one JVM each; then 20 independent TLC
  random simulations of 50 traces of depth 50, each with its own random seed (drawn from one
  seeded generator, so a benchmark run repeats).
- ``chattla_tier``: ChatTLA-style tier validator. SANY once (a module it rejects stops there);
  TLC (full BFS, deadlock checked unless the config says CHECK_DEADLOCK FALSE) on the model
  under its own config; then, for every INVARIANT of that config, one more TLC run with the
  invariant negated: a clean model run and a violated negation make the model "diamond".

Every process goes through ``sysmoray.tla.runner.run_java`` (looked up on the module at call
time, so ``count_jvms`` sees it) in a scratch directory of its own: both peers are sandboxed and
counted exactly as sysmoray is.
"""

from __future__ import annotations

import random
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from sysmoray.metrics.window_check import WRAPPER as WINDOWS
from sysmoray.tla import runner
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import Limits, scratch_dir, write_files
from sysmoray.tla.sany import parse_sany_section
from sysmoray.tla.tlc import TLCResult, parse_tlc_output
from sysmoray.tla.toolchain import Toolchain

# SysMoBench's runtime check: 20 simulation runs x 50 traces x depth 50.
SIM_RUNS, SIM_TRACES, SIM_DEPTH = 20, 50, 50
# Safety nets only: a simulation run of 50 short traces takes about a second.
SANY_LIMITS = Limits(timeout_s=60.0)
SIM_LIMITS = Limits(timeout_s=60.0)
CHATTLA_LIMITS = Limits(timeout_s=120.0)

# Units of a module that every per-definition module keeps (the module's "header").
_HEADER_UNITS = ("EXTENDS", "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "RECURSIVE")
_CHECK_DEADLOCK = re.compile(r"^\s*CHECK_DEADLOCK\s+(TRUE|FALSE)\s*$", re.M)


# --- JVM counting ---------------------------------------------------------------------------

@dataclass
class JvmCount:
    n: int = 0
    timed_out: int = 0  # JVMs killed at their wall-clock cap: the time then says little about the work
    windows: int = 0  # of them, TLC runs over trace windows (P3: one per batch of a task's windows)


@contextmanager
def count_jvms() -> Iterator[JvmCount]:
    """Count the JVMs started while open: every ``run_java`` call, whichever module imported it
    (sysmoray's sany/tlc bind the name at import, so each such binding is swapped for the
    counting one, and restored after)."""
    original = runner.run_java
    count = JvmCount()

    def counted(toolchain, main_class, args, *rest, **kwargs):  # type: ignore[no-untyped-def]
        count.n += 1
        count.windows += any(a.endswith(f"{WINDOWS}.tla") for a in args)
        result = original(toolchain, main_class, args, *rest, **kwargs)
        count.timed_out += bool(result.timed_out)
        return result

    # vars() rather than getattr: never trigger a module's lazy __getattr__.
    holders = [m for m in list(sys.modules.values()) if m is not None and vars(m).get("run_java") is original]
    for module in holders:
        module.run_java = counted  # type: ignore[attr-defined]
    try:
        yield count
    finally:
        for module in holders:
            module.run_java = original  # type: ignore[attr-defined]


# --- shared helpers ---------------------------------------------------------------------------

def _sany_ok(toolchain: Toolchain, root: str, text: str, extra: dict[str, str] | None = None) -> bool:
    """One SANY JVM on one module; True when it parses and passes semantic checking."""
    with scratch_dir("bench-sany-") as scratch:
        write_files(scratch, {f"{root}.tla": text, **(extra or {})})
        proc = runner.run_java(toolchain, "tla2sany.SANY", [f"{root}.tla"], scratch, SANY_LIMITS)
    # A SANY that died without a word has not passed: require its last stage's line too.
    finished = f"Semantic processing of module {root}" in proc.output
    return not proc.timed_out and finished and parse_sany_section(root, proc.output).ok


def _tlc(
    toolchain: Toolchain, files: dict[str, str], root: str, cfg_text: str, args: list[str], limits: Limits,
    simulated: bool = False,
) -> TLCResult:
    """One TLC JVM in tool mode on ``root`` (its text among ``files``) under ``cfg_text``."""
    argv = ["-tool", "-config", f"{root}.cfg", "-metadir", "meta", "-workers", "1", *args, f"{root}.tla"]
    with scratch_dir("bench-tlc-") as scratch:
        write_files(scratch, {**files, f"{root}.cfg": cfg_text})
        proc = runner.run_java(toolchain, "tlc2.TLC", argv, scratch, limits)
    return parse_tlc_output(proc, root, simulated=simulated)


def split_deadlock(cfg_text: str) -> tuple[str, bool]:
    """The config without CHECK_DEADLOCK (TLC 2.15's config parser rejects it) and whether
    deadlock is to be checked (TLC's default: yes)."""
    m = _CHECK_DEADLOCK.search(cfg_text)
    return _CHECK_DEADLOCK.sub("", cfg_text), (m is None or m.group(1) == "TRUE")


# --- SysMoBench-style P1 + P2 -------------------------------------------------------------------

@dataclass(frozen=True)
class PeerScreen:
    syntax: float  # 1.0 if the module parses, else the share of definitions that parse
    runtime: float  # definitions seen in simulation coverage / definitions
    definitions: tuple[str, ...]
    covered: tuple[str, ...]
    sim_outcomes: tuple[str, ...]  # one per simulation run
    sim_generated: tuple[int, ...]  # states generated per simulation run


def definition_modules(module: str, text: str) -> list[tuple[str, str, str]]:
    """For each top-level definition: (name, module with it and the definitions before it,
    module with it alone); both keep the module's EXTENDS, CONSTANTS and VARIABLES."""
    model = outline(text)
    header = [model.unit_text(u) for u in model.units if u.kind in _HEADER_UNITS]
    out: list[tuple[str, str, str]] = []
    before: list[str] = []
    for unit in model.units:
        if unit.kind != "definition" or unit.definition is None:
            continue
        own = model.unit_text(unit)
        before.append(own)
        name = unit.definition.name
        out.append((name, _module(f"{module}Ctx", header + before), _module(f"{module}Iso", header + [own])))
    return out


def _module(name: str, parts: list[str]) -> str:
    body = "\n\n".join(parts)
    return f"---- MODULE {name} ----\n{body}\n====\n"


def sysmobench_screen(toolchain: Toolchain, module: str, text: str, cfg_text: str, seed: int = 0) -> PeerScreen:
    whole = _sany_ok(toolchain, module, text)
    defs = definition_modules(module, text)
    parsed = 0
    for _, with_context, isolated in defs:
        # Each check is its own process, as a harness calling SANY per action does.
        ok = _sany_ok(toolchain, f"{module}Ctx", with_context)
        _sany_ok(toolchain, f"{module}Iso", isolated)
        parsed += ok
    names = tuple(name for name, _, _ in defs)
    syntax = 1.0 if whole else (parsed / len(defs) if defs else 0.0)
    if not whole:
        return PeerScreen(syntax, 0.0, names, (), (), ())

    cfg, _ = split_deadlock(cfg_text)
    rng = random.Random(seed)
    covered: set[str] = set()
    outcomes: list[str] = []
    generated: list[int] = []
    for _ in range(SIM_RUNS):
        # "-simulate num=N" bounds the run (tla.tlc.Simulation says why nothing else can). Deadlock
        # is not checked: P2 asks whether the actions run, and a deadlocked trace just ends.
        # "-coverage 1": with 60 the report never came in a simulation of a few seconds.
        args = ["-simulate", f"num={SIM_TRACES}", "-depth", str(SIM_DEPTH), "-seed", str(rng.randrange(2**31)),
                "-deadlock", "-coverage", "1"]
        result = _tlc(toolchain, {f"{module}.tla": text}, module, cfg, args, SIM_LIMITS, simulated=True)
        covered |= {e.name for e in result.coverage if e.generated > 0}
        outcomes.append(result.outcome.value)
        generated.append(result.generated_states or 0)
    seen = tuple(n for n in names if n in covered)
    return PeerScreen(syntax, len(seen) / len(names) if names else 0.0, names, seen, tuple(outcomes), tuple(generated))


# --- ChatTLA-style tier -------------------------------------------------------------------------

@dataclass(frozen=True)
class PeerTier:
    tier: str  # bronze | silver | gold | diamond (sysmoray's names, for comparison)
    model_outcome: str  # of TLC on the model's own config ("skipped" when SANY rejects it)
    negated: dict[str, bool] = field(default_factory=dict)  # invariant -> its negation violated
    distinct_states: int | None = None


def chattla_tier(toolchain: Toolchain, module: str, text: str, cfg_text: str) -> PeerTier:
    if not _sany_ok(toolchain, module, text):
        return PeerTier("bronze", "skipped")
    cfg, check_deadlock = split_deadlock(cfg_text)
    flags = [] if check_deadlock else ["-deadlock"]  # TLC 2.15: -deadlock turns the check off
    files = {f"{module}.tla": text}
    model = _tlc(toolchain, files, module, cfg, flags, CHATTLA_LIMITS)
    # The negation runs follow whatever the model run found (its cost does not depend on it);
    # only a clean model run can make the tier gold or diamond.
    invariants = parse_cfg(cfg).invariants
    negated: dict[str, bool] = {}
    wrapper = f"PeerNeg{module}"
    for name in invariants:
        # The negation lives in a module extending the model, so the model's text is untouched.
        neg = f"Neg_{name}"
        files_neg = {**files, f"{wrapper}.tla": f"---- MODULE {wrapper} ----\nEXTENDS {module}\n{neg} == ~({name})\n====\n"}
        cfg_neg = parse_cfg(cfg).without_names("INVARIANT", set(invariants)).render() + f"INVARIANT {neg}\n"
        result = _tlc(toolchain, files_neg, wrapper, cfg_neg, flags, CHATTLA_LIMITS)
        negated[name] = any(v.name == neg for v in result.violations)
    if model.outcome != Outcome.OK:
        tier = "silver"
    else:
        tier = "diamond" if any(negated.values()) else "gold"
    return PeerTier(tier, model.outcome.value, negated, model.distinct_states)
