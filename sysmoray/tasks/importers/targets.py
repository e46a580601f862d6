"""Where an importer writes: task folders under the ``--out`` a user named. ``--force``
replaces a folder only when it is a task folder (a ``task.yaml`` in it, not a symlink): a
user's folder that merely shares a problem's name is never deleted."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable

from sysmoray.tasks.loader import TASK_FILE


def is_task_folder(folder: Path) -> bool:
    return not folder.is_symlink() and folder.is_dir() and (folder / TASK_FILE).is_file() \
        and not (folder / TASK_FILE).is_symlink()


def target_problem(out: Path, names: Iterable[str], force: bool) -> str | None:
    """Why tasks ``names`` cannot be written under ``out``, or None (checked before anything is written)."""
    taken = [n for n in names if (out / n).exists() or (out / n).is_symlink()]
    foreign = [n for n in taken if not is_task_folder(out / n)]
    if foreign:
        return (f"{out} already holds {', '.join(foreign[:5])}{' ...' if len(foreign) > 5 else ''}, which "
                f"{'is not a task folder' if len(foreign) == 1 else 'are not task folders'} (no {TASK_FILE}): "
                "not replaced, even with --force; move it or choose another --out")
    if taken and not force:
        return (f"{out} already holds task folder(s) {', '.join(taken[:5])}{' ...' if len(taken) > 5 else ''}: "
                "pass --force to replace them")
    return None


def clear_task_folder(folder: Path) -> None:
    """Remove a task folder before it is written again (``target_problem`` allowed it)."""
    if folder.is_symlink() or folder.exists():
        if not is_task_folder(folder):
            raise ValueError(f"{folder} is not a task folder: not replaced")
        shutil.rmtree(folder)
