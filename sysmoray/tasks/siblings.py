"""The modules of a model written as several files: those of the root's folder that it EXTENDS
or INSTANCEs, transitively (``tla.module_set``), read as untrusted files (``tasks.untrusted``).

A module name is a TLA+ identifier, so ``<name>.tla`` names a file of the folder itself; a link
that leads out of the folder is not followed. A name with no file beside the root is a standard
or library module: TLC finds it elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from sysmoray.tasks.untrusted import UntrustedFileError, read_capped
from sysmoray.tla.module_set import referenced_names

MAX_MODULE_BYTES = 4 * 1024 * 1024  # per module, as for any answer
MAX_MODULES = 64


def read_siblings(root_text: str, folder: Path, root_name: str | None = None,
                  limit: int = MAX_MODULE_BYTES) -> tuple[dict[str, str], tuple[str, ...]]:
    """(name -> text of each sibling module the root reaches, one line per one not read)."""
    found: dict[str, str] = {}
    problems: list[str] = []
    seen = {root_name} if root_name else set()
    pending = referenced_names(root_text)
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.add(name)
        path = folder / f"{name}.tla"
        if not (path.is_file() or path.is_symlink()):
            continue
        if len(found) >= MAX_MODULES:
            problems.append(f"{path}: more than {MAX_MODULES} modules: not read")
            continue
        try:
            text = read_capped(path, limit, folder).decode("utf-8", errors="replace")
        except UntrustedFileError as exc:
            problems.append(str(exc))
            continue
        found[name] = text
        pending += referenced_names(text)
    return found, tuple(problems)
