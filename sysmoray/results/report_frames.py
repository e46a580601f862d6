"""The data of a run report (``sysmoray.results.report``): one run's four tables read with
``scan`` (final attempts only) and ``run.json``, and the small aggregates each section shows.
Pure polars: frames in, frames out; every score comes from ``leaderboard()``.

Only final attempts count, as in the leaderboard: detail rows (windows, invariants, actions)
are kept when their (model, task, method, sample, attempt) is a final sample row.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Sequence

import polars as pl
from fsspec.core import url_to_fs

from sysmoray.results.leaderboard import CELL, PHASE_COLUMNS, leaderboard, reading, scan
from sysmoray.results.writer import RUN_JSON, read_run_json

TABLES = ("samples", "windows", "invariants", "actions")
FINAL_KEYS = ("run_id", "model", "task", "method", "sample", "attempt")
PHASES = tuple(PHASE_COLUMNS)


class NoResultsError(ValueError):
    """No finished samples where a report was asked for, or several runs and none chosen."""


@dataclass
class RunData:
    """One run's tables (final attempts only for the detail tables) and its ``run.json``."""

    run_id: str
    samples: pl.DataFrame  # every row; ``final`` marks the ones that count
    windows: pl.DataFrame
    invariants: pl.DataFrame
    actions: pl.DataFrame
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def final(self) -> pl.DataFrame:
        return self.samples.filter(pl.col("final"))

    @cached_property
    def models(self) -> list[str]:
        """Models best first (by the leaderboard's total), so every figure lists them alike."""
        return leaderboard(self.samples, ("model",))["model"].to_list()

    @cached_property
    def tasks(self) -> list[str]:
        return sorted(self.final["task"].unique().to_list())


def load_run(url: str, run_id: str | None = None) -> RunData:
    """The run ``run_id`` under ``url`` (or ``url`` itself when it is a run folder, or the only
    run under it). NoResultsError when there are no finished samples, or several runs and no id."""
    with reading(url, run_id):
        samples = scan(url, run_id, "samples").collect()
    runs = sorted(samples["run_id"].unique().to_list())
    if not runs or not samples["final"].any():
        raise NoResultsError(f"no finished samples under {url}" + (f" for run {run_id}" if run_id else ""))
    if len(runs) > 1:
        raise NoResultsError(f"{len(runs)} runs under {url}: pass --run with one of {', '.join(runs)}")
    run = runs[0]
    keys = samples.filter(pl.col("final")).select(FINAL_KEYS)
    with reading(url, run_id):
        detail = {t: scan(url, run_id, t).collect().join(keys, on=list(FINAL_KEYS), how="semi") for t in TABLES[1:]}
    return RunData(run, with_domain(samples), detail["windows"], detail["invariants"], detail["actions"], _run_info(url, run))


def with_domain(samples: pl.DataFrame) -> pl.DataFrame:
    """``samples`` with a ``domain`` column: parts written before it existed have none (read:
    null, a system task), and the leaderboard groups on it."""
    return samples if "domain" in samples.columns else samples.with_columns(pl.lit(None, pl.String).alias("domain"))


def _run_info(url: str, run_id: str) -> dict[str, Any]:
    """``run.json`` of the run: beside the tables when ``url`` is the run folder itself, else
    under ``url/run_id``; empty when the run has none (the report then says so)."""
    fs, root = url_to_fs(url)
    own = posixpath.join(root.rstrip("/") or "/", RUN_JSON)
    try:
        if fs.exists(own):
            with fs.open(own, "r") as f:
                return json.load(f)
        return read_run_json(url, run_id)
    except (FileNotFoundError, ValueError):
        return {}


# ---- frames: small aggregates, one per section ---------------------------------------------


def conformance_cells(windows: pl.DataFrame, actions: pl.DataFrame) -> pl.DataFrame:
    """Per (task, action, model): windows passed / failed / other (error, timeout, skipped),
    the trace windows they stand for, the most common non-pass reason (weighted by
    occurrences), the variables that differed (``name×count``), and from ``actions`` how many
    samples the action conformed in out of those where it was determined."""
    by = ["task", "action", "model"]
    bad = windows.filter(pl.col("outcome") != "pass")
    reasons = (bad.group_by(*by, "reason").agg(pl.col("occurrences").sum().alias("w"))
               .sort(["w", "reason"], descending=[True, False])
               .group_by(by, maintain_order=True).agg(pl.col("reason").first().alias("top_reason")))
    differs = (bad.explode("differs").drop_nulls("differs").group_by(*by, "differs")
               .agg(pl.col("occurrences").sum().alias("w")).sort(["w", "differs"], descending=[True, False])
               .group_by(by, maintain_order=True)
               .agg((pl.col("differs") + "×" + pl.col("w").cast(pl.String)).alias("differs")))
    counts = windows.group_by(by).agg(
        (pl.col("outcome") == "pass").sum().alias("passed"),
        (pl.col("outcome") == "fail").sum().alias("failed"),
        (~pl.col("outcome").is_in(["pass", "fail"])).sum().alias("other"),
        pl.col("occurrences").sum().alias("occurrences"),
    )
    conform = actions.group_by(by).agg(
        pl.col("conformance").sum().alias("conform"),
        pl.col("conformance").is_not_null().sum().alias("determined"),
        pl.len().alias("samples"),
        pl.col("syntax").sum().alias("parsed"), pl.col("runtime").sum().alias("ran"),
    )
    return (conform.join(counts, on=by, how="full", coalesce=True)
            .join(reasons, on=by, how="left").join(differs, on=by, how="left")
            .with_columns(pl.col("passed", "failed", "other", "occurrences").fill_null(0))
            .sort(by))


def invariant_counts(invariants: pl.DataFrame) -> pl.DataFrame:
    """Final invariant checks per (model, outcome): columns model, outcome, n."""
    return invariants.group_by("model", "outcome").agg(pl.len().alias("n")).sort("model", "outcome")


def invariant_cells(invariants: pl.DataFrame) -> pl.DataFrame:
    """Per (task, invariant, model): held out of checked, and the other outcomes seen."""
    return (invariants.group_by("task", "invariant", "type", "model")
            .agg((pl.col("outcome") == "held").sum().alias("held"), pl.len().alias("checked"),
                 pl.col("outcome").filter(pl.col("outcome") != "held").unique().sort().alias("other"))
            .sort("task", "invariant", "model"))


def tier_counts(final: pl.DataFrame, by: Sequence[str] = ("model",)) -> pl.DataFrame:
    return final.group_by(*by, "tier").agg(pl.len().alias("n")).sort(*by, "tier")


def has_domains(final: pl.DataFrame) -> bool:
    """Description tasks record a domain; older parts, and system tasks, have none."""
    return "domain" in final.columns and final["domain"].drop_nulls().len() > 0


def pass_curve(samples: pl.DataFrame) -> pl.DataFrame:
    """pass@k per model for k = 1..K (K: the most samples of any (model, task, method) cell),
    each point the leaderboard's own pass@k at that k (``pass_at_k`` per cell, mean over cells)."""
    final = samples.filter(pl.col("final"))
    k_max = int(final.group_by(CELL).len()["len"].max() or 1)  # type: ignore[arg-type]
    columns = ["model", "k", "pass_at_k", *(f"pass_at_k_{p}" for p in PHASES)]
    return pl.concat([leaderboard(samples, ("model",), k).select(columns) for k in range(1, k_max + 1)])


def outcome_summary(final: pl.DataFrame) -> pl.DataFrame:
    """Per model: samples, errors, samples with some phase timing out, budget_reached,
    machine_dependent, and per phase its outcomes as ``outcome×count`` (what was not measured)."""
    outcome_cols = [f"outcome_{p}" for p in PHASES if f"outcome_{p}" in final.columns]
    base = final.group_by("model").agg(
        pl.len().alias("samples"),
        pl.col("error").is_not_null().sum().alias("errors"),
        pl.any_horizontal(*(pl.col(c) == "timeout" for c in outcome_cols)).fill_null(False).sum().alias("timeouts"),
        pl.col("budget_reached").sum(), pl.col("machine_dependent").sum(),
    )
    for column in outcome_cols:
        counted = (final.group_by("model", column).agg(pl.len().alias("n"))
                   .with_columns(pl.col(column).fill_null("(not run)"))
                   .sort(["n", column], descending=[True, False])
                   .group_by("model", maintain_order=True)
                   .agg((pl.col(column) + "×" + pl.col("n").cast(pl.String)).str.join(", ").alias(column)))
        base = base.join(counted, on="model", how="left")
    return base.sort("model")


def detail_outcomes(frame: pl.DataFrame) -> pl.DataFrame:
    """Per (model, outcome) counts of a detail table (windows, invariants): model, outcome, n."""
    return frame.group_by("model", "outcome").agg(pl.len().alias("n")).sort("model", "outcome")
