"""Read a sweep's Parquet lazily with polars and turn ``samples`` into leaderboards.

Definitions (DESIGN §6, §8). Only ``final`` rows count (the last attempt of each sample). A
*cell* is one (model, task, method) with its n final samples.

- ``samples``: final rows in the group that were measured. A sample a replay source had no answer
  for (``files:`` with fewer answers than k; tier ``not_answered``, total null) is not measured:
  it counts in ``not_answered``, never in a score, n or k.
- ``syntax``, ``runtime``, ``conformance``, ``invariants``, ``total``: means over the group's
  final samples whose task has that phase (``phases``; a description task has no conformance):
  null when no task of the group has it. Within those, a phase that did not run (null) scored 0:
  a model that never reached P3 must not look better than one that reached it and failed.
  ``total`` is each sample's own, renormalised over its task's phases.
- ``best_of_k``: per cell the highest total of its samples, then the mean over the group's cells
  (over tasks and methods for ``by=model``; over tasks for ``by=model,method``; over methods for
  ``by=model,task``).
- ``k``: the k used for pass@k: the argument (the commands pass the sweep's own k, from
  run.json: ``sweep_k``), or else the smallest n of any cell in the input, so that every row of
  one leaderboard uses the same k. A cell with fewer samples than k gets pass@n (``pass_at_k``).
- ``pass_at_k``: per cell the unbiased pass@k (``pass_at_k(n, c, k)``), a sample passing when its
  total is 1.0; then the mean over the group's cells like ``best_of_k``.
  ``pass_at_k_<phase>``: the same with pass = that phase's score is 1.0 (null = not passed).
- ``tier_none`` ... ``tier_diamond``: final samples per tier; ``diamond_rate``: the share of
  final samples that reached Diamond (ChatTLA's headline number).
- ``by=model,domain``: a description task's domain (system tasks: ``-``), as ChatTLA reports
  its tiers per domain.
- ``budget_reached``: final samples some of whose scored explorations stopped at the task's work
  budget (scored on what the budget explored: reproducible, but bounded; mutants' runs not counted).
- ``unfinished``: final samples whose tier run of the model did not finish within the work budget
  (Silver, as ChatTLA counts a timeout).
- ``not_answered``: final samples without an answer to measure (see ``samples``).
- ``machine_dependent``: final samples some of whose SANY/TLC runs hit the wall-clock safety net
  even after a re-check: their scores may differ on another node; a clean run has 0.

Rows are sorted by ``total`` descending, then by the grouping columns.
"""

from __future__ import annotations

import json
import posixpath
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem
from pyarrow.fs import FSSpecHandler, PyFileSystem

from sysmoray.results.schemas import NOT_ANSWERED, SCHEMAS, schema_of
from sysmoray.results.text import markup_safe
from sysmoray.results.writer import RUN_JSON, part_files

PHASE_COLUMNS = {"syntax": "p1_syntax", "runtime": "p2_runtime", "conformance": "p3_conformance", "invariants": "p4_invariants"}
TIERS = ("none", "bronze", "silver", "gold", "diamond")  # as sysmoray.metrics.tier.TIERS
GROUPINGS = (("model",), ("model", "method"), ("model", "task"), ("model", "domain"))
NO_DOMAIN = "-"  # the domain column of system tasks (they have none) in a by-domain leaderboard
CELL = ("model", "task", "method")
PASS_EPS = 1e-9  # totals are rounded to 6 digits; a tolerance keeps 0.999...9 from failing
FORMATS = ("table", "markdown", "csv", "json")


def scan(url: str, run_id: str | None = None, table: str = "samples") -> pl.LazyFrame:
    """A lazy frame over ``table`` of one run (``run_id``, or ``url`` itself when it is a run
    folder: it holds ``run.json`` or a ``table`` folder) or of every run under ``url``. Local
    folders are scanned by polars itself, other filesystems through fsspec + pyarrow dataset.
    No parts at all gives an empty frame with the table's columns."""
    schema = schema_of(table)
    fs, root = url_to_fs(url)
    root = root.rstrip("/") or "/"
    files = [f for run in _runs(fs, root, run_id, table) for f in part_files(fs, posixpath.join(run, table))]
    columns = pl.from_arrow(schema.empty_table()).schema  # type: ignore[union-attr]
    if not files:
        return pl.LazyFrame(schema=columns)
    if isinstance(fs, LocalFileSystem):
        # already expanded (no [] globbing); parts written before a column existed read it as null
        return pl.scan_parquet(files, glob=False, schema=columns, missing_columns="insert")
    dataset = ds.dataset(files, schema=schema, format="parquet", filesystem=PyFileSystem(FSSpecHandler(fs)))
    return pl.scan_pyarrow_dataset(dataset)


class UnreadableResults(ValueError):
    """A part of a run's results that is not readable Parquet (truncated, overwritten), named."""


# What reading a broken part raises, from polars' own reader or pyarrow's.
_READ_ERRORS = (pl.exceptions.PolarsError, pa.ArrowException, OSError)


def unreadable_part(url: str, run_id: str | None = None) -> str | None:
    """The first part under ``url`` (every table) whose Parquet footer does not read, with why."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/") or "/"
    for table in SCHEMAS:
        for run in _runs(fs, root, run_id, table):
            for part in part_files(fs, posixpath.join(run, table)):
                try:
                    with fs.open(part, "rb") as f:
                        pq.read_metadata(f)
                except _READ_ERRORS as exc:
                    return f"{part} is not readable Parquet ({str(exc).splitlines()[0][:200]})"
    return None


@contextmanager
def reading(url: str, run_id: str | None = None) -> Iterator[None]:
    """Turn a reader's error on a broken part into ``UnreadableResults`` naming the part (polars
    says only that some file is out of specification)."""
    try:
        yield
    except FileNotFoundError:
        raise
    except _READ_ERRORS as exc:
        where = unreadable_part(url, run_id)
        raise UnreadableResults(f"{where}: remove or restore it" if where else str(exc).splitlines()[0]) from exc


def _runs(fs: Any, root: str, run_id: str | None, table: str) -> list[str]:
    """The run folders ``scan`` reads (see there)."""
    if run_id is not None:
        return [posixpath.join(root, run_id)]
    if fs.exists(posixpath.join(root, RUN_JSON)) or fs.isdir(posixpath.join(root, table)):
        return [root]
    return [p for p in sorted(fs.ls(root, detail=False)) if fs.isdir(p)] if fs.isdir(root) else []


def sweep_k(info: Any) -> int | None:
    """The k a sweep was run with, from its run.json (None: not recorded, or not a number)."""
    config = info.get("config") if isinstance(info, dict) else None
    k = config.get("k") if isinstance(config, dict) else None
    return k if isinstance(k, int) and not isinstance(k, bool) and k >= 1 else None


def recorded_k(url: str, run_id: str | None = None) -> int | None:
    """The k of the runs ``scan`` reads, when they all recorded the same one."""
    fs, root = url_to_fs(url)
    found = set()
    for run in _runs(fs, root.rstrip("/") or "/", run_id, "samples"):
        try:
            with fs.open(posixpath.join(run, RUN_JSON), "r") as f:
                found.add(sweep_k(json.loads(f.read(MAX_RUN_JSON_BYTES))))
        except (OSError, ValueError):  # no run.json, or a broken one: its k is not known
            found.add(None)
    return found.pop() if len(found) == 1 else None


MAX_RUN_JSON_BYTES = 16 * 1024 * 1024  # a run.json is a config and a few facts: far less


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n samples of which c passed: 1 - C(n-c, k) / C(n, k), computed as
    1 - prod_{i=n-c+1..n} (1 - k/i), which never forms the huge binomials.

    With fewer samples than k (n < k) the estimate is pass@n: the chance that all n samples
    include a pass, i.e. 1.0 if c > 0 else 0.0. It understates pass@k; the alternative, refusing,
    would drop cells from a leaderboard whose k is set for the largest tasks."""
    if n < 1 or k < 1 or not 0 <= c <= n:
        raise ValueError(f"pass@k needs n >= 1, k >= 1 and 0 <= c <= n; got n={n}, c={c}, k={k}")
    k = min(k, n)
    if n - c < k:  # every k-subset contains a pass
        return 1.0
    product = 1.0
    for i in range(n - c + 1, n + 1):
        product *= 1.0 - k / i
    return 1.0 - product


def _grouping(by: str | Sequence[str]) -> tuple[str, ...]:
    cols = tuple(c.strip() for c in by.split(",")) if isinstance(by, str) else tuple(by)
    if cols not in GROUPINGS:
        raise ValueError(f"cannot group by {cols}; allowed: {', '.join(','.join(g) for g in GROUPINGS)}")
    return cols


def leaderboard(
    samples: pl.LazyFrame | pl.DataFrame, by: str | Sequence[str] = ("model",), k: int | None = None
) -> pl.DataFrame:
    """The leaderboard of a ``samples`` table grouped ``by`` model, model+method or model+task;
    columns and their meaning in the module docstring."""
    group = _grouping(by)
    if k is not None and k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    phases = list(PHASE_COLUMNS)
    has = lambda name: pl.col("phases").is_null() | pl.col("phases").list.contains(pl.lit(name))  # noqa: E731
    frame = (
        samples.lazy()
        .filter(pl.col("final"))
        .select(
            *CELL, pl.col("domain").fill_null(NO_DOMAIN),
            # null where the task has no such phase (parts from before ``phases``: all four)
            *(pl.when(has(name)).then(pl.col(src).fill_null(0.0)).alias(name) for name, src in PHASE_COLUMNS.items()),
            pl.col("total").fill_null(0.0),
            "tier", "budget_reached", pl.col("unfinished").fill_null(False), "machine_dependent",
        )
        .collect()
    )
    unanswered = frame.group_by(group).agg((pl.col("tier") == NOT_ANSWERED).sum().cast(pl.Int64).alias("not_answered"))
    frame = frame.filter(pl.col("tier") != NOT_ANSWERED)
    cell = CELL + (("domain",) if "domain" in group else ())
    passed = {"": pl.col("total") >= 1.0 - PASS_EPS} | {f"_{p}": pl.col(p) >= 1.0 - PASS_EPS for p in phases}
    cells = frame.group_by(cell).agg(
        pl.len().alias("n"),
        pl.col("total").max().alias("best"),
        *(cond.sum().alias(f"c{suffix}") for suffix, cond in passed.items()),
        pl.lit(True).alias("h"), *(pl.col(p).is_not_null().all().alias(f"h_{p}") for p in phases),
    )
    if k is None:
        k = int(cells["n"].min()) if cells.height else 1  # type: ignore[arg-type]
    cells = cells.with_columns(  # null for a cell whose task has no such phase
        pl.Series(f"pass_at_k{suffix}", [pass_at_k(n, c, k) if h else None for n, c, h in
                                         zip(cells["n"], cells[f"c{suffix}"], cells[f"h{suffix}"])], pl.Float64)
        for suffix in passed
    )
    per_sample = frame.group_by(group).agg(
        pl.len().alias("samples"),
        *(pl.col(p).mean() for p in phases),
        pl.col("total").mean(),
        *((pl.col("tier") == t).sum().alias(f"tier_{t}") for t in TIERS),
        (pl.col("tier") == "diamond").mean().alias("diamond_rate"),
        pl.col("budget_reached").sum(), pl.col("unfinished").sum(), pl.col("machine_dependent").sum(),
    )
    per_cell = cells.group_by(group).agg(
        pl.col("best").mean().alias("best_of_k"),
        *(pl.col(f"pass_at_k{suffix}").mean() for suffix in passed),
    )
    pass_cols = [f"pass_at_k{suffix}" for suffix in passed]
    counts = ["budget_reached", "unfinished", "machine_dependent"]
    columns = [*group, "samples", *phases, "total", "best_of_k", "k", *pass_cols, *(f"tier_{t}" for t in TIERS),
               "diamond_rate", *counts, "not_answered"]
    return (
        unanswered.join(per_sample, on=list(group), how="left").join(per_cell, on=list(group), how="left")
        .with_columns(pl.lit(k, pl.Int64).alias("k"),
                      *(pl.col(c).fill_null(0).cast(pl.Int64) for c in (*(f"tier_{t}" for t in TIERS), *counts, "samples")))
        .select(columns)
        .sort(["total", *group], descending=[True] + [False] * len(group))
    )


def _rounded(value: Any, digits: int = 4) -> Any:
    return round(value, digits) if isinstance(value, float) else value


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:.4f}" if isinstance(value, float) else str(value)


_TERMINAL = (("syntax", "P1"), ("runtime", "P2"), ("conformance", "P3"), ("invariants", "P4"),
             ("total", "total"), ("best_of_k", "best"), ("pass_at_k", "pass@k"))


def _terminal_table(df: pl.DataFrame, console: Any = None) -> Any:
    """The terminal's view: the grouping, the headline numbers and tiers in one column (the
    other formats carry every column, per-phase pass@k included)."""
    from rich.table import Table

    keys = [c for c in ("model", "method", "task", "domain") if c in df.columns]
    k = df["k"][0] if "k" in df.columns and df.height else None
    from rich import box

    table = Table(title="sysmoray leaderboard", box=box.SIMPLE_HEAD, pad_edge=False)
    for key in keys:
        table.add_column(key, no_wrap=True)
    for c, h in (("samples", "n"), *_TERMINAL):
        table.add_column(f"pass@{k}" if c == "pass_at_k" and k else h, justify="right", no_wrap=True)
    table.add_column("D/G/S/B/-", no_wrap=True)
    table.add_column("timeouts", justify="right", no_wrap=True)  # machine-dependent samples: 0 when clean
    for row in df.iter_rows(named=True):
        tiers = "/".join(str(row[f"tier_{t}"]) for t in ("diamond", "gold", "silver", "bronze", "none"))
        table.add_row(*(markup_safe(row[c]) for c in keys), str(row["samples"]),  # names: untrusted
                      *("" if row[c] is None else f"{row[c]:.2f}" for c, _ in _TERMINAL), tiers,
                      str(row["machine_dependent"]))
    if console is not None:
        console.print(table)
    return table


def render(df: pl.DataFrame, fmt: str = "table", console: Any = None) -> Any:
    """``df`` as ``table`` (a rich Table; printed too when a rich ``console`` is given),
    ``markdown`` (a pipe table), ``csv`` or ``json`` (a list of row objects). Floats are shown
    with 4 digits (json: rounded to 4); csv keeps full precision for analysis."""
    if fmt == "table":
        return _terminal_table(df, console)
    if fmt == "markdown":
        lines = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
        lines += ["| " + " | ".join(_cell_text(v).replace("|", "\\|") for v in row) + " |" for row in df.iter_rows()]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        return df.write_csv()
    if fmt == "json":
        return json.dumps([{c: _rounded(v) for c, v in row.items()} for row in df.iter_rows(named=True)], indent=2)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
