"""``sysmoray report``: one self-contained HTML page of a run, from its Parquet results."""

from __future__ import annotations

from typing import Optional

import typer

from sysmoray.commands.common import fail, out

REPORT_FILE = "report.html"  # the name a sweep writes beside its tables


def report_command(
    url: str = typer.Argument(..., help="A run folder, or a results root holding the run."),
    run_id: Optional[str] = typer.Option(None, "--run", help="The run under URL (needed when URL holds several)."),
    out_path: str = typer.Option(REPORT_FILE, "--out", help="The HTML file to write (a path or fsspec URL)."),
) -> None:
    """Leaderboard, model x task heatmaps, per-action conformance, invariants, tiers, pass@k
    curves, outcomes and the run's config, in one HTML file that opens offline."""
    from sysmoray.results.report import NoResultsError, run_report

    try:
        written = run_report(url, run_id, out_path)
    except NoResultsError as exc:
        raise fail(str(exc)) from exc
    except (FileNotFoundError, ValueError) as exc:
        raise fail(f"cannot read results at {url}: {exc}") from exc
    except OSError as exc:  # an unwritable --out, say
        raise fail(f"cannot write {out_path}: {exc}") from exc
    out.print(f"report: {written}", soft_wrap=True)


def sweep_report(url: str, run_id: str) -> str:
    """Write the report of a finished sweep's run to ``<url>/<run_id>/report.html``."""
    import posixpath

    from sysmoray.results.report import run_report

    return run_report(url, run_id, posixpath.join(url.rstrip("/"), run_id, REPORT_FILE))
