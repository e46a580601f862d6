"""What every command shares: consoles, exit codes, and turning lookup errors into usage exits."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Optional, Sequence

import typer
from rich.console import Console

from sysmoray.results.text import markup_safe

if TYPE_CHECKING:
    from sysmoray.tasks.loader import BrokenTask

# Columns when writing to a file or pipe: rich's 80 (and 160) cut a leaderboard's long model
# names ("files:/path/..."); a table takes only the width it needs, so a wide one costs nothing.
LOG_WIDTH = 4096


def _console(stderr: bool = False) -> Console:
    """A console at the terminal's width; in a log file (no terminal, no COLUMNS) wide enough
    for any leaderboard row to read whole."""
    console = Console(stderr=stderr)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(stderr=stderr, width=LOG_WIDTH)
    return console


out = _console()
err = _console(stderr=True)

EXIT_USAGE = 2
EXIT_TOOLCHAIN = 3


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    err.print(f"[red]error:[/red] {markup_safe(message)}", soft_wrap=True)  # one line, whatever the width
    return typer.Exit(code)


def toolchain():
    from sysmoray.tla.toolchain import ToolchainError, find_toolchain

    try:
        return find_toolchain()
    except ToolchainError as exc:
        err.print(f"[red]toolchain error:[/red] {exc}")
        raise typer.Exit(EXIT_TOOLCHAIN) from exc


def load_tasks(tasks_dir: Optional[str]):
    """The tasks that load; each malformed one is reported and left out."""
    from sysmoray.tasks.loader import TaskFormatError, scan_tasks

    try:
        scan = scan_tasks(tasks_dir)
    except TaskFormatError as exc:
        err.print(f"[red]task error:[/red] {markup_safe(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc
    warn_broken(scan.broken)
    return list(scan.tasks)


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {markup_safe(message)}", soft_wrap=True)


def warn_broken(broken: Sequence[BrokenTask]) -> None:
    """Say which tasks were left out, and why (file, line and field)."""
    for bad in broken:
        err.print(f"[red]task error:[/red] {markup_safe(str(bad.error))} (task {markup_safe(bad.folder)} left out)", soft_wrap=True)


def load_task(name: str, tasks_dir: Optional[str]):
    from sysmoray.tasks.loader import TaskFormatError, UnknownTaskError, find_task

    try:
        return find_task(name, tasks_dir)
    except (TaskFormatError, UnknownTaskError) as exc:
        raise fail(str(exc)) from exc
