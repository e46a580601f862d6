"""Code a system package installs (Debian's Go sources of etcd), read where the package put it.

The task folder never holds a copy: prompts show the installed files and traces record their
hash and the package's version, so a trace recorded against other code says so.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from sysmoray.tasks.model import PackageSource


class PackageMissing(RuntimeError):
    """The system package that installs a task's code (or the toolchain it needs) is absent."""


def apt_command(*system_packages: str) -> str:
    """The command that installs ``system_packages`` (CI runs it as root)."""
    return f"apt-get install {' '.join(system_packages)}"


def package_version(system_package: str) -> str | None:
    """The installed version of a Debian package, None when it (or dpkg) is absent."""
    if shutil.which("dpkg-query") is None:
        return None
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", system_package],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or None if done.returncode == 0 else None


def read_files(source: PackageSource) -> dict[str, bytes]:
    """Each of ``source.files`` as installed, by relative path; PackageMissing names the package."""
    root = Path(source.root)
    missing = [name for name in source.files if not (root / name).is_file()]
    if missing:
        raise PackageMissing(
            f"{source.package}: {', '.join(missing)} not found under {root}; the Debian package "
            f"{source.system_package} installs them: install it with: {apt_command(source.system_package)}")
    return {name: (root / name).read_bytes() for name in source.files}


def fingerprint(source: PackageSource) -> dict:
    """The package's version and a hash of the files, as recorded in a trace header."""
    digest = hashlib.sha256()
    for name, data in read_files(source).items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    version = package_version(source.system_package) or "unknown"
    return {"package": source.package, "files": list(source.files),
            "version": f"{source.system_package} {version}", "hash": "sha256:" + digest.hexdigest()}
