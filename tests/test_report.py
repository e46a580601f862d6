"""The HTML report of a real (small) sweep: written by the sweep beside its Parquet, rendered by
a real headless Chromium (charts drawn, no console error), and the README's DuckDB and polars
queries run as written against the same Parquet."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from sysmoray.results.leaderboard import leaderboard, scan
from sysmoray.results.report import build_report, load_run

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
# barrier's first mutant (seed 0) fails Resume's trace windows: every section has content.
SWEEP = ("--task", "barrier", "--model", "reference", "--model", "mutants", "--k", "1", "--repair", "0")
QUERY = re.compile(r"<!-- readme-query: (?P<name>[\w-]+) -->\n```(?P<lang>sql|python)\n(?P<code>.*?)```", re.S)


def sysmoray(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    # Ray keeps its sockets under TMPDIR; pytest's long tmp paths would pass the 107-byte limit.
    env.pop("TMPDIR", None)
    return subprocess.run([sys.executable, "-m", "sysmoray.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def swept(tmp_path_factory) -> tuple[Path, Path, str]:
    """(results root, run folder, the sweep's stdout) of one small real sweep via the CLI."""
    base = tmp_path_factory.mktemp("report")
    results = base / "results"  # the README's queries read results/*/<table>/*.parquet
    proc = sysmoray("sweep", *SWEEP, "--quiet", "--out", str(results))
    assert proc.returncode == 0, proc.stderr[-3000:]
    [run] = [p for p in results.iterdir() if p.is_dir()]
    return results, run, proc.stdout


def readme_queries() -> dict[str, tuple[str, str]]:
    found = {m["name"]: (m["lang"], m["code"]) for m in QUERY.finditer(README.read_text(encoding="utf-8"))}
    assert found, "README.md has no <!-- readme-query: NAME --> blocks"
    return found


def test_the_sweep_writes_its_report_beside_the_parquet(swept):
    results, run, stdout = swept
    report = run / "report.html"
    assert report.is_file()
    assert f"report: {report}" in stdout.replace("\n", "")  # rich may wrap a long path
    page = report.read_text(encoding="utf-8")
    # Self-contained: plotly.js inlined once, nothing fetched from a network.
    assert page.count("Plotly.newPlot") >= 5
    assert not re.search(r"""<script[^>]+src=|<link[^>]+href=["']?https?:""", page)
    assert 'id="leaderboard-table"' in page and 'id="fig-heatmap"' in page and 'class="conformance"' in page
    # The leaderboard section shows leaderboard()'s own numbers.
    board = leaderboard(scan(str(results), run.name), ("model", "method"))
    for total in board["total"]:
        assert f">{total:.3f}</td>" in page


def test_report_command_and_its_errors(swept, tmp_path):
    results, run, _ = swept
    out = tmp_path / "r.html"
    proc = sysmoray("report", str(results), "--run", run.name, "--out", str(out), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1_000_000  # plotly.js inlined
    missing = sysmoray("report", str(tmp_path / "nothing"), "--out", str(tmp_path / "x.html"), timeout=120)
    assert missing.returncode == 2 and "no finished samples" in missing.stderr
    assert "Traceback" not in missing.stderr and not (tmp_path / "x.html").exists()


def test_a_failing_report_only_warns_and_no_report_turns_it_off(tmp_path, capsys):
    from sysmoray.commands.sweep import _write_report

    _write_report(str(tmp_path / "no-such-results"), "run-x")  # nothing to report on: no exception
    assert "report not written" in capsys.readouterr().err
    assert "--no-report" in sysmoray("sweep", "--help", timeout=120).stdout


def test_report_without_domain_column_and_with_domains(swept):
    """Parts written before ``domain`` existed lack the column; description tasks fill it."""
    results, run, _ = swept
    data = load_run(str(results), run.name)
    data.samples = data.samples.drop("domain")
    assert "per-domain view" in build_report(data, lambda: "")
    data.samples = data.samples.with_columns(pl.lit("kv").alias("domain"))
    assert 'id="fig-tiers-domain"' in build_report(data, lambda: "")


def chromium() -> str:
    """Debian's chromium (``.ci/run`` installs it); missing: a failure under CI, else a skip."""
    path = shutil.which("chromium")
    if path is None:
        message = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def headless(url: str, *args: str) -> subprocess.CompletedProcess:
    """Chromium on ``url``; console messages go to stderr as ``...:CONSOLE...] "text", source: ...``."""
    return subprocess.run(
        [chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
         "--virtual-time-budget=5000", "--window-size=1400,3000", "--hide-scrollbars", *args, url],
        capture_output=True, text=True, timeout=180,
    )


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def test_console_capture_sees_a_broken_page(tmp_path):
    """Guards the next test: chromium's console log format is what it looks for."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>undefinedFunction();</script></body></html>")
    proc = headless(page.as_uri(), "--dump-dom")
    assert any("Uncaught ReferenceError" in line for line in console_lines(proc.stderr)), proc.stderr[-2000:]


def test_report_renders_in_headless_chromium(swept, tmp_path):
    _, run, _ = swept
    shot = tmp_path / "report.png"
    dom = headless((run / "report.html").as_uri(), "--dump-dom", f"--screenshot={shot}")  # one load, both
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_lines(dom.stderr) == [], "the page logged to the console"
    html = dom.stdout
    figures = re.findall(r'<div class="figure" data-figure="([\w-]+)">(.*?)</script>', html, re.S)
    names = [name for name, _ in figures]
    assert {"heatmap", "invariants", "tiers", "passk", "window-outcomes"} <= set(names), names
    for name, body in figures:  # plotly drew each one: its svg layers hold marks
        assert 'class="main-svg"' in body, name
        assert re.search(r"<(rect|path)[^>]+(class=\"(hm|point|scatterlayer|trace|bg)|d=\")", body), name
    assert 'id="leaderboard-table"' in html and 'class="conformance"' in html
    assert shot.stat().st_size > 50_000
    print(f"screenshot: {shot}")


@pytest.mark.parametrize("name", ["failing-windows-sql", "invariant-outcomes-sql", "failing-windows-polars",
                                  "leaderboard-polars"])
def test_readme_queries_run_as_written(swept, monkeypatch, name):
    results, _, _ = swept
    lang, code = readme_queries()[name]
    monkeypatch.chdir(results.parent)  # the queries name results/... relative to the working directory
    if lang == "sql":
        frame = duckdb.sql(code).pl()
        assert frame.height > 0, code
        if name == "failing-windows-sql":
            assert set(frame["model"]) == {"mutants"} and (frame["windows"] > 0).all()
        return
    printed = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"README.md:{name}", "exec"), namespace)  # noqa: S102 (the README's own code)
    result = namespace["result"]
    assert isinstance(result, pl.DataFrame) and result.height > 0 and printed.getvalue()
    if name == "failing-windows-polars":  # the same answer as the DuckDB query
        sql = duckdb.sql(readme_queries()["failing-windows-sql"][1]).pl()
        assert result["windows"].sum() == sql["windows"].sum()
