"""``sysmoray leaderboard``: aggregate a run's (or all runs') Parquet results with polars."""

from __future__ import annotations

from typing import Optional

import typer

from sysmoray.commands.common import fail, out


def leaderboard_command(
    url: str = typer.Argument(..., help="A run folder, or a results root (every run under it)."),
    fmt: str = typer.Option("table", "--format", help="table, markdown, csv or json."),
    by: str = typer.Option("model", "--by", help="model, model,method, model,task or model,domain."),
    run_id: Optional[str] = typer.Option(None, "--run", help="One run under URL."),
    k: Optional[int] = typer.Option(
        None, "--k", min=1, help="k of pass@k (default: the sweep's k; runs of several k: the fewest samples of a cell)."),
) -> None:
    """Per-phase means, total, best-of-k, unbiased pass@k and tier counts."""
    from sysmoray.results.leaderboard import FORMATS, GROUPINGS, leaderboard, reading, recorded_k, render, scan

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    grouping = tuple(p.strip() for p in by.split(","))
    if grouping not in [tuple(g) for g in GROUPINGS]:
        raise fail(f"unknown grouping {by!r}; known: {', '.join(','.join(g) for g in GROUPINGS)}")
    try:
        with reading(url, run_id):
            board = leaderboard(scan(url, run_id), grouping, k or recorded_k(url, run_id))
    except (FileNotFoundError, ValueError) as exc:
        raise fail(f"cannot read results at {url}: {exc}") from exc
    if board.height == 0:
        raise fail(f"no finished samples under {url}")
    if fmt == "table":
        render(board, "table", console=out)
    else:
        print(render(board, fmt))
