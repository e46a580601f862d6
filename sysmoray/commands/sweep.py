"""``sysmoray sweep``: a whole benchmark on a Ray cluster (or a local one), then its leaderboard."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from sysmoray.commands.common import err, fail, out, warn, warn_broken
from sysmoray.results.text import markup_safe

EXIT_INTERRUPTED = 130


def sweep(
    config_file: Optional[Path] = typer.Argument(None, help="Sweep config (TOML); default: the embedded one."),
    models: list[str] = typer.Option([], "--model", help="Model spec (repeatable); replaces the config's models."),
    tasks: list[str] = typer.Option([], "--task", help="Task name or glob (repeatable); default: every task of --suite."),
    suite: Optional[str] = typer.Option(None, "--suite", help="Without --task: system (default), description or all."),
    methods: list[str] = typer.Option(
        [], "--method",
        help="direct, trace, translate, description (repeatable); default: each task's own (description for description tasks)."),
    k: Optional[int] = typer.Option(None, "--k", help="Samples per (model, task, method)."),
    repair: Optional[int] = typer.Option(None, "--repair", help="Repair rounds (default 3)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Sample i uses seed + i."),
    out_url: Optional[str] = typer.Option(None, "--out", help="Results root: a path or fsspec URL (s3://, gs://)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join ('auto'); default: start one here."),
    resume: Optional[str] = typer.Option(None, "--resume", help="Run id to continue: skip samples already written."),
    timeout: Optional[float] = typer.Option(
        None, "--timeout", help="Wall-clock safety net per SANY/TLC process, in seconds (work is bounded by each task's budget)."),
    request_timeout: Optional[float] = typer.Option(
        None, "--request-timeout", help="openai: deadline of one whole HTTP call to the model server, in seconds (default 300)."),
    checkers: Optional[int] = typer.Option(None, "--checkers", help="Checker actors (default: one per cluster CPU)."),
    tasks_dir: Optional[str] = typer.Option(None, "--tasks-dir", help="Where tasks live (default: the built-in ones)."),
    flush_s: float = typer.Option(30.0, "--flush-s", min=0.0, help="Write finished rows at least this often."),
    quiet: bool = typer.Option(False, "--quiet", help="No live progress display."),
    report: bool = typer.Option(True, "--report/--no-report", help="Write report.html beside the run's Parquet."),
    concretizer: Optional[str] = typer.Option(
        None, "--concretizer", help="Model spec (vllm:, openai:) that rewrites imported tasks' generic invariant "
        "templates in each candidate's names, so that P4 is scored; may be one of the --model specs.",
    ),
) -> None:
    """Run a benchmark sweep on Ray and print its leaderboard. With no arguments: replay the gold
    models and their mutants over every built-in task on a local Ray (no GPU needed)."""
    from sysmoray.engine.config import ConfigError, default_config, load_config, with_flags
    from sysmoray.engine.sweep import recorded_config, run_sweep
    from sysmoray.results.leaderboard import NO_DOMAIN, leaderboard, render, scan

    try:
        if config_file is not None:
            config = load_config(config_file)
        elif resume is not None:  # go on with what the run recorded; flags still win
            config = recorded_config(out_url or default_config().out, resume)
        else:
            config = default_config()
        config = with_flags(config, models, tasks, methods, k=k, repair=repair, seed=seed, out=out_url,
                            timeout_s=timeout, checkers=checkers, tasks_dir=tasks_dir, suite=suite,
                            request_timeout_s=request_timeout, concretizer=concretizer)
    except ConfigError as exc:
        raise fail(str(exc)) from exc
    except FileNotFoundError as exc:
        raise fail(f"no run {resume!r} under {out_url or default_config().out} to resume") from exc
    except OSError as exc:  # an unreadable --out, say
        raise fail(f"cannot read run {resume!r} under {out_url or default_config().out}: {exc}") from exc

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), TextColumn("{task.fields[note]}"), console=err, disable=quiet, transient=False,
    )
    bars: dict[str, int] = {}

    def on_plan(planned: int, already: int) -> None:
        if already:
            err.print(f"resuming: {already} sample(s) already written, {planned} to go")
        bars["generated"] = progress.add_task("generated", total=planned, note="")
        bars["checked"] = progress.add_task("checked  ", total=planned, note="")

    def on_progress(c) -> None:
        progress.update(bars["generated"], completed=c.generated, note=f"{c.repairs} repair(s)")
        progress.update(bars["checked"], completed=c.checked,
                        note=f"{c.windows} windows, {c.shared} shared, {c.errors} error(s)")

    started = time.monotonic()
    try:
        with progress:
            result = run_sweep(config, address, resume, flush_s, on_progress, on_plan, warn_broken, warn)
    except ConfigError as exc:
        raise fail(str(exc)) from exc
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]: finished samples are written; continue with --resume RUN_ID "
                  f"(the run id is the newest folder under {markup_safe(config.out)})")
        raise typer.Exit(EXIT_INTERRUPTED)
    except OSError as exc:  # a full disk, a lost mount: what was flushed whole is kept for --resume
        raise fail(f"the sweep stopped: {exc}; finished samples are written: fix it and continue with "
                   f"--resume RUN_ID (the newest folder under {config.out})") from exc
    c = result.counters
    err.print(
        f"run {result.run_id}: {c.checked} sample(s) checked ({c.attempts} attempt(s), {c.repairs} repair(s), "
        f"{c.windows} windows, {c.errors} error(s)"
        f"{f', {c.not_answered} without an answer (not measured)' if c.not_answered else ''}"
        f"{f', {c.concretized} concretization(s)' if c.concretized else ''}) in {time.monotonic() - started:.0f} s; "
        f"results in {markup_safe(result.url.rstrip('/'))}/{result.run_id}"
    )
    samples = scan(result.url, result.run_id)
    render(leaderboard(samples, k=config.k), "table", console=out)
    by_domain = leaderboard(samples, ("model", "domain"), config.k)
    if (by_domain["domain"] != NO_DOMAIN).any():  # description tasks: ChatTLA reports tiers per domain
        render(by_domain, "table", console=out)
    if report:
        _write_report(result.url, result.run_id)


def _write_report(url: str, run_id: str) -> None:
    """The run's HTML report; a failure here only warns: the sweep's results are written."""
    from sysmoray.commands.report import sweep_report

    try:
        out.print(f"report: {markup_safe(sweep_report(url, run_id))}", soft_wrap=True)
    except Exception as exc:  # noqa: BLE001 (any failure: the finished sweep must not fail)
        warn(f"report not written: {type(exc).__name__}: {exc}")
