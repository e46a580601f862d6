"""One self-contained HTML report of one run, from its Parquet through polars.

``build_report`` turns a run's data (``report_frames.load_run``) into one HTML page: the
leaderboard (``leaderboard()``'s own numbers), model x task heatmaps, per-task action
conformance, invariant outcomes, tiers, pass@k curves, what was not measured (outcomes,
timeouts, budgets) and the run's config. Plotly's JavaScript is inlined once, in the page's
head, so the file opens offline; every figure after that carries only its data.
"""

from __future__ import annotations

import html
import json
import posixpath
from dataclasses import replace
from typing import Any, Callable, Sequence

import plotly.io as pio
import polars as pl
from fsspec.core import url_to_fs

from sysmoray.results import report_figures as figs
from sysmoray.results.leaderboard import leaderboard, sweep_k
from sysmoray.results.report_frames import (
    PHASES, NoResultsError, RunData, conformance_cells, detail_outcomes, has_domains, invariant_cells,
    invariant_counts, load_run, outcome_summary, pass_curve, tier_counts, with_domain,
)

__all__ = ["NoResultsError", "RunData", "build_report", "load_run", "run_report", "write_report"]

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#f6f7f9}
main{max-width:1400px;margin:0 auto;padding:16px 28px 48px}
h1{font-size:1.6em;margin:.4em 0 .1em}h2{font-size:1.3em;margin:0 0 .4em}h3{font-size:1.05em;margin:1.2em 0 .4em}
section{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:16px 20px;margin:16px 0}
nav a{margin-right:14px;color:#2c6fbb;text-decoration:none}p.note{color:#555;margin:.2em 0 .8em;max-width:95ch}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:13px;margin:4px 0}
th,td{border:1px solid #e1e4e8;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
#leaderboard-table{font-size:12px}#leaderboard-table td{white-space:nowrap;padding:4px 6px}
#leaderboard-table th{padding:4px 6px;min-width:44px}
td.cell{min-width:150px;max-width:320px}.muted{color:#777}.small{font-size:12px;color:#555}
.bad{color:#b03a2e}.good{color:#1e8449}
pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:10px;overflow:auto;max-height:480px;font-size:12px}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _score_bg(value: float | None) -> str:
    """A light red..yellow..green background for a 0..1 score (text stays readable)."""
    if value is None:
        return ""
    v = max(0.0, min(1.0, value))
    low, mid, high = (248, 215, 218), (255, 243, 205), (212, 237, 218)
    a, b, t = (low, mid, v * 2) if v < 0.5 else (mid, high, (v - 0.5) * 2)
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b))
    return f' style="background:rgb({r},{g},{bl})"'


def html_table(df: pl.DataFrame, scores: Sequence[str] = (), headers: dict[str, str] | None = None,
               table_id: str | None = None) -> str:
    """``df`` as an HTML table: floats with 3 digits, ``scores`` columns shaded 0..1, lists joined."""
    headers = headers or {}
    head = "".join(f"<th>{_esc(headers.get(c, c.replace('_', ' ')))}</th>" for c in df.columns)
    rows = []
    for row in df.iter_rows(named=True):
        cells = []
        for c, v in row.items():
            if isinstance(v, float):
                shade = _score_bg(v) if c in scores else ""
                cells.append(f'<td class="num"{shade}>{v:.3f}</td>')
            elif isinstance(v, int) and not isinstance(v, bool):
                cells.append(f'<td class="num">{v}</td>')
            elif isinstance(v, list):
                cells.append(f"<td>{_esc(', '.join(map(str, v)))}</td>")
            else:
                cells.append(f"<td>{_esc(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    ident = f' id="{_esc(table_id)}"' if table_id else ""
    return f'<div class="scroll"><table{ident}><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def _conformance_cell(r: dict[str, Any] | None) -> str:
    if r is None:
        return '<td class="cell muted">not run</td>'
    checked = r["passed"] + r["failed"] + r["other"]
    ratio = r["passed"] / checked if checked else None
    if checked:
        other = f' / {r["other"]} other' if r["other"] else ""
        lines = [f'<b class="good">{r["passed"]}</b> passed / <b class="bad">{r["failed"]}</b> failed{other} '
                 f'<span class="small">({r["occurrences"]} trace windows)</span>']
    else:
        lines = ['<span class="muted">no windows checked</span>']
    if r.get("determined"):
        lines.append(f'<span class="small">conforms in {r["conform"]}/{r["determined"]} samples</span>')
    if r.get("samples") and (r["parsed"] < r["samples"] or r["ran"] < r["samples"]):
        lines.append(f'<span class="small bad">parsed {r["parsed"]}/{r["samples"]}, ran {r["ran"]}/{r["samples"]}</span>')
    if r.get("top_reason"):
        lines.append(f'<span class="small">reason: {_esc(r["top_reason"])}</span>')
    if r.get("differs"):
        lines.append(f'<span class="small">differs: {_esc(", ".join(r["differs"][:6]))}</span>')
    return f'<td class="cell"{_score_bg(ratio)}>' + "<br>".join(lines) + "</td>"


def conformance_tables(cells: pl.DataFrame, models: Sequence[str]) -> str:
    """Per task an action x model table of ``conformance_cells``."""
    if cells.height == 0:
        return '<p class="muted">No conformance was checked in this run (no windows, no actions).</p>'
    parts = []
    for task in sorted(cells["task"].unique().to_list()):
        sub = cells.filter(pl.col("task") == task)
        index = {(r["action"], r["model"]): r for r in sub.iter_rows(named=True)}
        shown = [m for m in models if any(k[1] == m for k in index)]
        head = "<th>action</th>" + "".join(f"<th>{_esc(m)}</th>" for m in shown)
        body = "".join(
            f"<tr><th>{_esc(a)}</th>" + "".join(_conformance_cell(index.get((a, m))) for m in shown) + "</tr>"
            for a in sorted(sub["action"].unique().to_list())
        )
        parts.append(f'<h3>{_esc(task)}</h3><div class="scroll"><table class="conformance" data-task="{_esc(task)}">'
                     f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
    return "".join(parts)


def invariant_table(cells: pl.DataFrame, models: Sequence[str]) -> str:
    if cells.height == 0:
        return '<p class="muted">No invariant was checked in this run.</p>'
    index = {(r["task"], r["invariant"], r["model"]): r for r in cells.iter_rows(named=True)}
    keys = cells.select("task", "invariant", "type").unique().sort("task", "invariant").iter_rows()
    head = "<th>task</th><th>invariant</th><th>type</th>" + "".join(f"<th>{_esc(m)}</th>" for m in models)
    body = []
    for task, name, type_ in keys:
        tds = []
        for m in models:
            r = index.get((task, name, m))
            if r is None:
                tds.append('<td class="muted">-</td>')
                continue
            other = f' <span class="small bad">{_esc(", ".join(r["other"]))}</span>' if r["other"] else ""
            tds.append(f'<td{_score_bg(r["held"] / r["checked"])}>held {r["held"]}/{r["checked"]}{other}</td>')
        body.append(f"<tr><td>{_esc(task)}</td><td>{_esc(name)}</td><td>{_esc(type_)}</td>{''.join(tds)}</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


class FigureHtml:
    """Plotly figures as HTML divs with stable ids (the page is deterministic for a run)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, fig: Any, name: str) -> str:
        self.count += 1
        div = pio.to_html(fig, full_html=False, include_plotlyjs=False, div_id=f"fig-{name}",
                          config={"displaylogo": False, "responsive": True},
                          default_height=f"{fig.layout.height or 400}px")
        return f'<div class="figure" data-figure="{_esc(name)}">{div}</div>'


def _section(ident: str, title: str, note: str, body: str) -> str:
    return f'<section id="{ident}"><h2>{_esc(title)}</h2><p class="note">{note}</p>{body}</section>'


TIER_COLUMNS = ("diamond", "gold", "silver", "bronze", "none")
LEADERBOARD_HEADERS = {"best_of_k": "best-of-k", "pass_at_k": "pass@k", "budget_reached": "budget reached",
                       "machine_dependent": "machine dependent"}


def leaderboard_section(data: RunData) -> str:
    board = leaderboard(data.samples, ("model", "method"), sweep_k(data.info))
    k = board["k"][0] if board.height else 1
    per_phase = [c for c in board.columns if c.startswith("pass_at_k_")]
    headers = LEADERBOARD_HEADERS | {c: c.replace("pass_at_k_", f"pass@{k} ") for c in per_phase}
    headers |= {p: f"P{i} {p}" for i, p in enumerate(PHASES, 1)}
    headers["pass_at_k"] = f"pass@{k}"
    scores = [*PHASES, "total", "best_of_k", *(c for c in board.columns if c.startswith("pass_at_k"))]
    note = ("Per model and method: the means of the phase scores over final samples (a phase that did not run "
            "scores 0), the total, best-of-k (the best sample per task, mean over tasks), the unbiased "
            f"pass@{k} (a sample passes with total = 1; per phase: that phase = 1) and the final samples per tier.")
    # The five tier counts in one column (display only: the numbers are the leaderboard's).
    tiers = pl.concat_str([pl.col(f"tier_{t}").cast(pl.String) for t in TIER_COLUMNS], separator="/").alias("tiers")
    kept = [c for c in board.columns if not c.startswith("tier_") and c != "k"]
    shown = board.with_columns(tiers).select(*kept, "tiers")
    headers["tiers"] = "tiers: D / G / S / B / none"
    return _section("leaderboard", "Leaderboard", note, html_table(shown, scores, headers, "leaderboard-table"))


def tier_section(data: RunData, fig: FigureHtml) -> str:
    final, models = data.final, data.models
    order = list(figs.TIER_ORDER)
    body = fig(figs.stacked_counts(tier_counts(final), "model", "tier", order, figs.TIER_COLORS,
                                   "Tiers per model (final samples)", models), "tiers")
    if has_domains(final):
        body += fig(figs.tiers_by_domain(tier_counts(final.drop_nulls("domain"), ("domain", "model")), models),
                    "tiers-domain")
    else:
        body += '<p class="small">No sample records a domain (no description tasks): no per-domain view.</p>'
    note = ("Bronze: SANY fails; Silver: parses but TLC finds an error or does not finish; Gold: TLC finishes "
            "clean; Diamond: Gold with a non-trivial invariant that a mutant of the model violates.")
    return _section("tiers", "Tiers", note, body)


def _not_measured_note(final: pl.DataFrame) -> str:
    budget, machine = int(final["budget_reached"].sum()), int(final["machine_dependent"].sum())
    errors = int(final["error"].is_not_null().sum())
    return (f"{errors} final sample(s) with an error, {budget} scored on a bounded exploration (state budget "
            f"reached), {machine} machine-dependent (a SANY/TLC run hit the wall-clock safety net). "
            "A phase outcome other than <code>ok</code> says why a score is not a full measurement; "
            "<code>(not run)</code>: the phase did not run for that sample.")


def outcomes_section(data: RunData, fig: FigureHtml) -> str:
    models = data.models
    body = html_table(outcome_summary(data.final), headers={f"outcome_{p}": p for p in PHASES} | LEADERBOARD_HEADERS)
    if data.windows.height:
        colors = {"pass": "#2e8b57", "fail": "#c0392b", "error": "#8e44ad", "timeout": "#7f8c8d", "skipped": "#bdc3c7"}
        body += fig(figs.stacked_counts(detail_outcomes(data.windows), "model", "outcome",
                                        ("pass", "fail", "error", "timeout", "skipped"), colors,
                                        "Window outcomes per model (deduplicated windows)", models), "window-outcomes")
    return _section("outcomes", "Outcomes: what was and was not measured", _not_measured_note(data.final), body)


def config_section(info: dict[str, Any]) -> str:
    if not info:
        return _section("config", "Run configuration", "This run has no run.json.", "")
    versions = info.get("versions") or {}
    rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in sorted(versions.items()))
    facts = {k: info.get(k) for k in ("run_id", "started", "finished", "wall_s", "resumed", "checkers") if k in info}
    fact_rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in facts.items())
    body = (f'<h3>Run</h3><table>{fact_rows}</table><h3>Versions</h3><table id="versions">{rows}</table>'
            f"<h3>run.json</h3><pre>{_esc(json.dumps(info, indent=2, sort_keys=True, default=str))}</pre>")
    return _section("config", "Run configuration and versions", "As recorded in the run's run.json.", body)


def _heatmap_section(data: RunData, fig: FigureHtml) -> str:
    cells = leaderboard(data.samples, ("model", "task"), sweep_k(data.info))
    note = ("Mean score of the final samples of each model on each task (over methods), for the total and each "
            "phase; a blank cell: the model did not run that task.")
    return _section("heatmap", "Model x task", note, fig(figs.score_heatmaps(cells, data.models, data.tasks), "heatmap"))


def _conformance_section(data: RunData) -> str:
    note = ("Per task, each action's trace windows per model (final samples): passed / failed (deduplicated windows, "
            "and the trace windows they stand for), in how many samples the action conformed, the most common reason "
            "of a failure and the variables the closest reachable state got wrong (×: trace windows).")
    return _section("conformance", "Conformance per action", note,
                    conformance_tables(conformance_cells(data.windows, data.actions), data.models))


def _invariants_section(data: RunData, fig: FigureHtml) -> str:
    body = ""
    if data.invariants.height:
        body = fig(figs.stacked_counts(invariant_counts(data.invariants), "model", "outcome",
                                       tuple(figs.INVARIANT_COLORS), figs.INVARIANT_COLORS,
                                       "Invariant checks per model (final samples)", data.models), "invariants")
    body += invariant_table(invariant_cells(data.invariants), data.models)
    note = ("Each task invariant template checked on each final sample: held, violated, not_instantiated (the model "
            "lacks what the template needs: counted as failed), error or timeout.")
    return _section("invariants", "Invariants", note, body)


def _pass_section(data: RunData, fig: FigureHtml) -> str:
    note = ("Unbiased pass@k for k = 1..K (K: the most samples of any model, task and method), the mean over "
            "cells; a cell with fewer than k samples counts its pass@n.")
    return _section("passk", "pass@k", note, fig(figs.pass_curves(pass_curve(data.samples), data.models), "passk"))


SECTIONS: tuple[tuple[str, str], ...] = (
    ("leaderboard", "Leaderboard"), ("heatmap", "Model x task"), ("conformance", "Conformance"),
    ("invariants", "Invariants"), ("tiers", "Tiers"), ("passk", "pass@k"), ("outcomes", "Outcomes"),
    ("config", "Config"),
)


def build_report(data: RunData, plotly_js: Callable[[], str] | None = None) -> str:
    """The whole page as one string. ``plotly_js`` returns the plotly.js source to inline
    (default: the installed plotly's own bundle)."""
    from plotly.offline import get_plotlyjs

    data = replace(data, samples=with_domain(data.samples))
    fig = FigureHtml()
    final = data.final
    body = "".join([
        leaderboard_section(data), _heatmap_section(data, fig), _conformance_section(data),
        _invariants_section(data, fig), tier_section(data, fig), _pass_section(data, fig),
        outcomes_section(data, fig), config_section(data.info),
    ])
    nav = "".join(f'<a href="#{i}">{_esc(t)}</a>' for i, t in SECTIONS)
    methods = ", ".join(sorted(final["method"].unique().to_list()))
    summary = (f"{final.height} final sample(s) of {final['model'].n_unique()} model(s) on "
               f"{final['task'].n_unique()} task(s), methods {_esc(methods)}")
    when = data.info.get("finished") or data.info.get("started") or ""
    js = (plotly_js or get_plotlyjs)()
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>sysmoray report {_esc(data.run_id)}</title>"
        f"<style>{CSS}</style><script>{js}</script></head><body><main>"
        f"<h1>sysmoray report: run {_esc(data.run_id)}</h1><p class=\"note\">{summary}. {_esc(when)}</p>"
        f"<nav>{nav}</nav>{body}</main></body></html>"
    )


def write_report(page: str, out: str) -> str:
    """Write ``page`` to ``out`` (a path or fsspec URL); return where it went."""
    fs, path = url_to_fs(out)
    parent = posixpath.dirname(path)
    if parent:
        fs.makedirs(parent, exist_ok=True)
    with fs.open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return out


def run_report(url: str, run_id: str | None, out: str) -> str:
    """Read the run, build its page and write it to ``out``."""
    return write_report(build_report(load_run(url, run_id)), out)
