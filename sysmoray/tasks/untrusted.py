"""Reading files from folders a user named but did not write (answer folders, third-party
checkouts): nothing outside the folder, nothing unbounded.

A symlink may point anywhere (``/proc/self/environ``, a user's secrets), so a path counts only
when, every link resolved, it stays inside the folder. A file's size from ``stat`` is no bound
(``/proc`` files say 0, a FIFO never ends), so a read stops one byte past its cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UntrustedFileError(ValueError):
    """A file that is not read: outside its folder, not a regular file, or over its cap."""


def inside(path: Path, folder: Path) -> bool:
    """Does ``path``, every symlink resolved, stay within ``folder`` (resolved too)?"""
    try:
        return path.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return False


def read_capped(path: Path, limit: int, folder: Path | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, read only if it stays
    inside ``folder`` (when given); UntrustedFileError saying why not."""
    data = read_head(path, limit + 1, folder)
    if len(data) > limit:
        raise UntrustedFileError(f"{path} holds more than {limit} bytes: not read")
    return data


def read_head(path: Path, limit: int, folder: Path | None = None) -> bytes:
    """The first ``limit`` bytes of the regular file ``path`` (see ``read_capped``)."""
    if folder is not None and not inside(path, folder):
        raise UntrustedFileError(f"{path} leads outside {folder}: not read")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the read
    except OSError as exc:
        raise UntrustedFileError(f"{path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise UntrustedFileError(f"{path} is not a regular file: not read")
        return f.read(limit)


__all__ = ["UntrustedFileError", "inside", "read_capped", "read_head"]
