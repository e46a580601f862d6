"""Plotly figures of the run report (``sysmoray.results.report``): each takes a small, already
aggregated polars frame and returns a ``go.Figure``; none reads files or computes a score."""

from __future__ import annotations

from typing import Sequence

import plotly.graph_objects as go
import polars as pl
from plotly.colors import qualitative
from plotly.subplots import make_subplots

from sysmoray.results.text import plotly_label

PHASES = ("syntax", "runtime", "conformance", "invariants")
SCORE_PANELS = (("total", "total"), ("syntax", "P1 syntax"), ("runtime", "P2 runtime"),
                ("conformance", "P3 conformance"), ("invariants", "P4 invariants"))
# Fixed colours per category, so a colour means the same thing in every figure of every report.
TIER_COLORS = {"diamond": "#4aa3df", "gold": "#d4a017", "silver": "#9ea7ad", "bronze": "#b36b2e",
               "none": "#5d6d7e", "unrated": "#d5d8dc"}
TIER_ORDER = ("diamond", "gold", "silver", "bronze", "none", "unrated")
INVARIANT_COLORS = {"held": "#2e8b57", "violated": "#c0392b", "not_instantiated": "#e67e22",
                    "error": "#8e44ad", "timeout": "#7f8c8d"}
SCORE_SCALE = [[0.0, "#c0392b"], [0.5, "#f4d03f"], [1.0, "#27ae60"]]
FONT = dict(family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size=13)


def model_colors(models: Sequence[str]) -> dict[str, str]:
    palette = qualitative.D3
    return {m: palette[i % len(palette)] for i, m in enumerate(models)}


def _layout(fig: go.Figure, height: int, **extra: object) -> go.Figure:
    fig.update_layout(height=height, font=FONT, margin=dict(l=60, r=30, t=60, b=60),
                      plot_bgcolor="white", paper_bgcolor="white", **extra)
    return fig


def score_heatmaps(cells: pl.DataFrame, models: Sequence[str], tasks: Sequence[str]) -> go.Figure:
    """One heatmap per score (total and each phase), task rows x model columns, one shared
    0..1 colour scale. ``cells``: model, task and the score columns (a model x task leaderboard);
    a missing cell (the model did not run the task) stays blank."""
    wide = len(models) <= 4  # side by side while each panel stays readable, else stacked
    rows, cols = (1, len(SCORE_PANELS)) if wide else (len(SCORE_PANELS), 1)
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[t for _, t in SCORE_PANELS],
                        shared_yaxes=wide, horizontal_spacing=0.03, vertical_spacing=0.06)
    index = {(r["model"], r["task"]): r for r in cells.iter_rows(named=True)}
    for i, (column, title) in enumerate(SCORE_PANELS):
        z = [[(index.get((m, t)) or {}).get(column) for m in models] for t in tasks]
        fig.add_trace(
            go.Heatmap(z=z, x=[plotly_label(m) for m in models], y=[plotly_label(t) for t in tasks], coloraxis="coloraxis", texttemplate="%{z:.2f}",
                       hovertemplate=f"{title}<br>model %{{x}}<br>task %{{y}}<br>%{{z:.3f}}<extra></extra>",
                       xgap=2, ygap=2),
            row=1 if wide else i + 1, col=i + 1 if wide else 1,
        )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(automargin=True, tickangle=0 if wide and len(models) <= 2 else -30)
    panel = max(240, 34 * len(tasks) + 110)
    colorbar = dict(title=dict(text="score", side="top"), thickness=14, len=1.0)
    return _layout(fig, panel if wide else panel * len(SCORE_PANELS),
                   coloraxis=dict(colorscale=SCORE_SCALE, cmin=0.0, cmax=1.0, colorbar=colorbar))


def stacked_counts(counts: pl.DataFrame, x: str, category: str, order: Sequence[str],
                   colors: dict[str, str], title: str, x_order: Sequence[str]) -> go.Figure:
    """A stacked bar per ``x`` value of ``counts`` (columns x, category, n), one colour per
    category in ``order`` (categories not in it come last, in grey)."""
    present = set(counts[category].to_list())
    categories = [c for c in order if c in present] + sorted(present - set(order))
    fig = go.Figure()
    for cat in categories:
        sub = {r[x]: r["n"] for r in counts.filter(pl.col(category) == cat).iter_rows(named=True)}
        fig.add_trace(go.Bar(name=plotly_label(cat), x=[plotly_label(v) for v in x_order], y=[sub.get(v, 0) for v in x_order],
                             marker_color=colors.get(cat, "#bdc3c7"), texttemplate="%{y}", textposition="inside",
                             textangle=0, insidetextanchor="middle",
                             hovertemplate=f"{plotly_label(cat)}<br>%{{x}}: %{{y}}<extra></extra>"))
    fig.update_layout(barmode="stack", bargap=0.45, title=dict(text=title, x=0.0), legend=dict(traceorder="normal"))
    fig.update_yaxes(title="count", gridcolor="#eee")
    return _layout(fig, 380)


def tiers_by_domain(counts: pl.DataFrame, models: Sequence[str]) -> go.Figure:
    """Tiers per (domain, model), a two-level x axis (domain, then model). ``counts``: domain,
    model, tier, n."""
    domains = sorted(counts["domain"].unique().to_list())
    pairs = [(d, m) for d in domains for m in models
             if counts.filter((pl.col("domain") == d) & (pl.col("model") == m)).height]
    present = set(counts["tier"].to_list())
    fig = go.Figure()
    for tier in [t for t in TIER_ORDER if t in present] + sorted(present - set(TIER_ORDER)):
        sub = {(r["domain"], r["model"]): r["n"] for r in counts.filter(pl.col("tier") == tier).iter_rows(named=True)}
        fig.add_trace(go.Bar(name=plotly_label(tier), x=[[plotly_label(d) for d, _ in pairs], [plotly_label(m) for _, m in pairs]],
                             y=[sub.get(p, 0) for p in pairs], marker_color=TIER_COLORS.get(tier, "#bdc3c7")))
    fig.update_layout(barmode="stack", title=dict(text="Tiers per domain and model", x=0.0))
    fig.update_yaxes(title="final samples", gridcolor="#eee")
    return _layout(fig, 420)


def pass_curves(curves: pl.DataFrame, models: Sequence[str]) -> go.Figure:
    """pass@k against k, one line per model, a panel for the total and for each phase.
    ``curves``: model, k, pass_at_k and pass_at_k_<phase>."""
    panels = (("pass_at_k", "total = 1"), *((f"pass_at_k_{p}", f"{p} = 1") for p in PHASES))
    fig = make_subplots(rows=1, cols=len(panels), subplot_titles=[t for _, t in panels],
                        shared_yaxes=True, horizontal_spacing=0.02)
    colors = model_colors(models)
    for i, (column, title) in enumerate(panels):
        for m in models:
            sub = curves.filter(pl.col("model") == m).sort("k")
            fig.add_trace(go.Scatter(x=sub["k"].to_list(), y=sub[column].to_list(), name=plotly_label(m), legendgroup=plotly_label(m),
                                     showlegend=i == 0, mode="lines+markers", line=dict(color=colors[m]),
                                     hovertemplate=f"{plotly_label(m)}<br>{title}<br>pass@%{{x}} = %{{y:.3f}}<extra></extra>"),
                          row=1, col=i + 1)
    k_max = int(curves["k"].max()) if curves.height else 1  # type: ignore[arg-type]
    fig.update_xaxes(title="k", dtick=1 if k_max <= 12 else None, range=[0.7, k_max + 0.3], gridcolor="#eee")
    fig.update_yaxes(range=[-0.03, 1.03], gridcolor="#eee")
    fig.update_yaxes(title="pass@k", row=1, col=1)
    return _layout(fig, 360)
