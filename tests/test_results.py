"""Results: schemas round-trip through real Parquet (local and memory://), the incremental
writer and resume keys, and the leaderboard on a hand-computed result set."""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import uuid
from datetime import datetime, timezone

import fsspec
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from rich.console import Console
from rich.table import Table

from sysmoray.results.leaderboard import TIERS, leaderboard, pass_at_k, recorded_k, render, scan, sweep_k
from sysmoray.results.schemas import SCHEMAS
from sysmoray.results.text import printable
from sysmoray.results.writer import (
    ResultsWriter, existing_keys, prune_uncommitted, read_run_json, to_table, write_run_json,
)

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)

# (p1, p2, p3, p4, total, tier); total = 0.15 p1 + 0.15 p2 + 0.35 p3 + 0.35 p4, null phases add 0.
KINDS = {
    "full": (1.0, 1.0, 1.0, 1.0, 1.0, "diamond"),
    "half": (1.0, 1.0, 0.5, 0.5, 0.65, "gold"),  # 0.15 + 0.15 + 0.175 + 0.175
    "gated": (1.0, 0.5, None, None, 0.225, "silver"),  # 0.15 + 0.075; P3/P4 gated off
    "bronze": (0.5, None, None, None, 0.075, "bronze"),  # 0.5 * 0.15
    "none": (0.0, None, None, None, 0.0, "none"),
}


def sample_row(model="m", task="t", method="direct", sample=0, attempt=0, kind="full", final=True, run_id="r1"):
    p1, p2, p3, p4, total, tier = KINDS[kind]
    outcome = lambda p: None if p is None else ("ok" if p == 1.0 else "error")  # noqa: E731
    return {
        "run_id": run_id, "model": model, "task": task, "method": method, "sample": sample, "attempt": attempt,
        "prompt_hash": "h" * 16, "seed": 1000 + sample, "spec": None if kind == "none" else "---- MODULE M ----\n====",
        "cfg": None, "prompt_tokens": 120, "completion_tokens": 340, "latency_s": 1.5, "finish_reason": "stop",
        "final": final, "p1_syntax": p1, "p2_runtime": p2, "p3_conformance": p3, "p4_invariants": p4,
        "total": total, "outcome_syntax": outcome(p1), "outcome_runtime": outcome(p2),
        "outcome_conformance": outcome(p3), "outcome_invariants": outcome(p4), "tier": tier,
        # Marks to count in the leaderboard: "half" samples explored to their state budget, and
        # "gated" ones stand for a check that hit the wall-clock safety net, and their (silver)
        # tier run did not finish; TLC never ran the "bronze" and "none" ones (null).
        "budget_depth": 20, "budget_states": 100_000, "budget_reached": kind == "half", "machine_dependent": kind == "gated",
        "unfinished": None if kind in ("bronze", "none") else kind == "gated",
        "error": None, "node": "node-1", "checked_at": NOW, "details": json.dumps({"kind": kind}),
    }


KEYS = {"run_id": "r1", "model": "m", "task": "t", "method": "direct", "sample": 0, "attempt": 0}
OTHER_ROWS = {
    "windows": {**KEYS, "window_id": 7, "action": "Acquire", "outcome": "fail", "reason": "post not reached",
                "differs": ["count", "waiters"], "occurrences": 3, "node": "node-2"},
    "invariants": {**KEYS, "invariant": "Mutex", "type": "safety", "outcome": "held", "reason": ""},
    "actions": {**KEYS, "action": "Acquire", "syntax": True, "runtime": None, "conformance": False,
                "windows_total": 4, "windows_passed": 3},
}


def polars_type(t: pa.DataType) -> pl.DataType:
    """The polars dtype an analyst should see for each Arrow type we use."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pl.String()
    if pa.types.is_list(t):
        return pl.List(polars_type(t.value_type))
    if pa.types.is_timestamp(t):
        return pl.Datetime(t.unit, t.tz)
    return {pa.int32(): pl.Int32(), pa.int64(): pl.Int64(), pa.float64(): pl.Float64(), pa.bool_(): pl.Boolean()}[t]


@pytest.fixture
def memory_url():
    root = f"sysmoray-test-{uuid.uuid4().hex[:8]}"
    yield f"memory://{root}"
    fs = fsspec.filesystem("memory")
    if fs.exists(f"/{root}"):
        fs.rm(f"/{root}", recursive=True)


@pytest.fixture(params=["local", "memory"])
def url(request, tmp_path, memory_url):
    return str(tmp_path / "out") if request.param == "local" else memory_url


# ---- schemas -------------------------------------------------------------------------------


def test_every_table_starts_with_the_keys():
    for schema in SCHEMAS.values():
        assert schema.names[:6] == ["run_id", "model", "task", "method", "sample", "attempt"]
        assert [f.nullable for f in schema][:6] == [False] * 6


def test_tiers_match_the_metric():
    from sysmoray.metrics.tier import TIERS as METRIC_TIERS

    assert TIERS == METRIC_TIERS


def test_tables_round_trip_with_exact_schemas(url):
    rows = {"samples": sample_row(), **OTHER_ROWS}
    with ResultsWriter(url, "r1") as w:
        for table, row in rows.items():
            w.add(table, [row])
    fs, root = fsspec.core.url_to_fs(url)
    for table, schema in SCHEMAS.items():
        [part] = [p for p in w.parts_written if f"/{table}/" in p]
        with fs.open(part, "rb") as f:
            assert pq.read_schema(f).remove_metadata().equals(schema)  # nullability included
        frame = scan(url, "r1", table).collect()
        assert frame.columns == schema.names
        assert dict(frame.schema) == {f.name: polars_type(f.type) for f in schema}
        assert frame.height == 1
    back = scan(url, "r1", "samples").collect().row(0, named=True)
    assert back["checked_at"] == NOW and back["p3_conformance"] == 1.0 and back["cfg"] is None
    assert scan(url, "r1", "windows").collect()["differs"].to_list() == [["count", "waiters"]]
    assert scan(url, "r1", "actions").collect()["runtime"].to_list() == [None]


# ---- writer --------------------------------------------------------------------------------


def part_names(url, run_id, table="samples"):
    fs, root = fsspec.core.url_to_fs(url)
    return sorted(p.rsplit("/", 1)[-1] for p in fs.ls(f"{root.rstrip('/')}/{run_id}/{table}", detail=False))


def test_incremental_parts_and_resume(url):
    w1 = ResultsWriter(url, "r1", flush_rows=2)
    w1.add("samples", [])  # nothing to write: no empty part
    for i in range(5):
        w1.add("samples", [sample_row(sample=i)])
    # 5 rows at 2 per part: two parts written as the buffer fills, the fifth row still buffered.
    assert len(w1.parts_written) == 2
    w1.close()
    assert [n.split("-")[1] for n in part_names(url, "r1")] == ["00000", "00001", "00002"]

    # A resumed run: a new writer numbers its parts after the existing ones. One add is never
    # split across parts (a sample's rows stay together).
    with ResultsWriter(url, "r1", flush_rows=2) as w2:
        w2.add("samples", [sample_row(sample=i) for i in range(5, 8)])
        w2.add("samples", [sample_row(sample=8)])
    assert w2.writer_id != w1.writer_id
    names = part_names(url, "r1")
    assert len(names) == 5
    assert [n.split("-")[1] for n in names if w2.writer_id in n] == ["00003", "00004"]
    frame = scan(url, "r1").collect()
    assert sorted(frame["sample"].to_list()) == list(range(9))


def test_interleaved_writers_do_not_collide(url):
    # Both writers pick part number 1 here (each saw one part when it first wrote); their ids
    # keep the files apart.
    a, b = ResultsWriter(url, "r1", flush_rows=1), ResultsWriter(url, "r1", flush_rows=1)
    a.add("samples", [sample_row(sample=0)])
    b.add("samples", [sample_row(sample=1)])
    a.add("samples", [sample_row(sample=2)])
    names = part_names(url, "r1")
    assert names == sorted([f"part-00000-{a.writer_id}.parquet", f"part-00001-{b.writer_id}.parquet",
                            f"part-00001-{a.writer_id}.parquet"])
    assert sorted(scan(url, "r1").collect()["sample"].to_list()) == [0, 1, 2]


def test_existing_keys_ignores_temp_files(url):
    assert existing_keys(url, "nothing-here") == set()
    with ResultsWriter(url, "r1", flush_rows=2) as w:
        w.add("samples", [sample_row(model="a", sample=0), sample_row(model="a", sample=0, attempt=1),
                          sample_row(model="b", task="u", method="trace", sample=2)])
    # An interrupted write: a half-written temp part (not valid Parquet) with a high number.
    fs, root = fsspec.core.url_to_fs(url)
    with fs.open(f"{root.rstrip('/')}/r1/samples/.part-00009-deadbeef.parquet.0123abcd.tmp", "wb") as f:
        f.write(b"PAR1 truncated")
    assert existing_keys(url, "r1") == {("a", "t", "direct", 0, 0), ("a", "t", "direct", 0, 1),
                                        ("b", "u", "trace", 2, 0)}
    assert existing_keys(url, "r1", "windows") == set()
    assert scan(url, "r1").collect().height == 3
    with ResultsWriter(url, "r1") as w:  # the temp file's number is not taken as a part's
        w.add("samples", [sample_row(sample=5)])
    assert "part-00001-" in w.parts_written[0]


def test_a_flush_writes_tables_under_one_name_and_pruning_drops_unfinished_flushes(url):
    with ResultsWriter(url, "r1") as w:
        w.add("windows", [OTHER_ROWS["windows"]])
        w.add("samples", [sample_row()])
    assert [p.rsplit("/", 2)[-2] for p in w.parts_written] == ["windows", "samples"]  # samples last
    assert part_names(url, "r1", "windows") == part_names(url, "r1", "samples")
    # A crash between the detail part and its samples part: the windows part is an orphan.
    orphan = ResultsWriter(url, "r1")
    orphan._write("windows", to_table("windows", [{**OTHER_ROWS["windows"], "sample": 9}]), "part-00007-0badc0de.parquet")
    removed = prune_uncommitted(url, "r1")
    assert [p.rsplit("/", 1)[-1] for p in removed] == ["part-00007-0badc0de.parquet"]
    assert scan(url, "r1", table="windows").collect()["sample"].to_list() == [0]
    assert prune_uncommitted(url, "r1") == []


def test_a_flush_that_fails_part_way_is_finished_under_its_own_name(url):
    """A samples part that fails once (a full disk) is written by the retry under the name its
    windows part already has, so a resume keeps both; rows added meanwhile go to the next part
    (issue 36: the retry used to take a new number and the resume pruned the windows)."""
    w = ResultsWriter(url, "r1")
    real_write, failed = w._write, []

    def full_disk_once(table, data, name):
        if table == "samples" and not failed:
            failed.append(name)
            raise OSError(28, "No space left on device")
        real_write(table, data, name)

    w._write = full_disk_once
    w.add("windows", [OTHER_ROWS["windows"]], autoflush=False)
    w.add("samples", [sample_row()], autoflush=False)
    with pytest.raises(OSError, match="No space"):
        w.flush()
    w.add("windows", [{**OTHER_ROWS["windows"], "sample": 1}], autoflush=False)  # a later sample
    w.add("samples", [sample_row(sample=1)], autoflush=False)
    w.close()
    assert part_names(url, "r1", "windows") == part_names(url, "r1", "samples")
    assert failed[0] in part_names(url, "r1", "samples") and len(part_names(url, "r1", "samples")) == 2
    assert prune_uncommitted(url, "r1") == []
    assert sorted(scan(url, "r1", table="windows").collect()["sample"].to_list()) == [0, 1]
    assert sorted(scan(url, "r1").collect()["sample"].to_list()) == [0, 1]


def test_invalid_rows_are_rejected(url):
    w = ResultsWriter(url, "r1")
    row = sample_row()
    del row["model"]
    with pytest.raises(ValueError, match=r"samples: row 0 lacks required column 'model'"):
        w.add("samples", [row])
    with pytest.raises(ValueError, match=r"windows: row 1 lacks required column 'window_id'"):
        w.add("windows", [OTHER_ROWS["windows"], {**OTHER_ROWS["windows"], "window_id": None}])
    with pytest.raises(ValueError, match=r"unknown column.*'totl'"):
        w.add("samples", [{**sample_row(), "totl": 1.0}])
    with pytest.raises(ValueError, match=r"samples: column 'sample'"):
        w.add("samples", [{**sample_row(), "sample": "three"}])
    with pytest.raises(ValueError, match="unknown results table"):
        w.add("sample", [sample_row()])
    w.close()
    assert w.parts_written == []  # nothing of the rejected rows was buffered


def test_run_json_and_scan_modes(url):
    info = {"config": {"models": ["a"], "k": 3}, "versions": {"sysmoray": "0.1.0"}}
    write_run_json(url, "r1", info)
    assert read_run_json(url, "r1") == info
    with pytest.raises(FileNotFoundError):
        read_run_json(url, "r2")
    with ResultsWriter(url, "r1") as w:
        w.add("samples", [sample_row(sample=0)])
    with ResultsWriter(url, "r2") as w:
        w.add("samples", [sample_row(sample=1, run_id="r2"), sample_row(sample=2, run_id="r2")])
    run_folder = url.rstrip("/") + "/r1"
    assert scan(url).collect().height == 3  # every run under the root
    assert scan(url, "r2").collect()["run_id"].to_list() == ["r2", "r2"]
    assert scan(run_folder).collect()["run_id"].to_list() == ["r1"]  # a run folder (run.json)
    assert scan(url.rstrip("/") + "/r2").collect().height == 2  # no run.json, but a samples folder
    empty = scan(url, "r9", "windows").collect()
    assert empty.height == 0 and empty.columns == SCHEMAS["windows"].names


# ---- pass@k --------------------------------------------------------------------------------


def brute_pass_at_k(n: int, c: int, k: int) -> float:
    """Share of the k-subsets of n samples (the first c pass) that hold a pass."""
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(i < c for i in s) for s in subsets) / len(subsets)


def test_pass_at_k_matches_enumeration():
    for n in range(1, 8):
        for c in range(n + 1):
            for k in range(1, n + 1):
                assert math.isclose(pass_at_k(n, c, k), brute_pass_at_k(n, c, k), abs_tol=1e-12), (n, c, k)
    assert math.isclose(pass_at_k(3, 1, 2), 2 / 3)  # 1 - C(2,2)/C(3,2) = 1 - 1/3
    # Stable where the binomials are astronomically large: 1 - C(999,500)/C(1000,500) = 1 - 500/1000.
    assert math.isclose(pass_at_k(1000, 1, 500), 0.5)
    # Fewer samples than k: pass@n.
    assert pass_at_k(2, 1, 5) == pass_at_k(2, 1, 2) == 1.0
    assert pass_at_k(2, 0, 5) == 0.0
    for bad in [(0, 0, 1), (3, 4, 1), (3, -1, 1), (3, 1, 0)]:
        with pytest.raises(ValueError):
            pass_at_k(*bad)


# ---- leaderboard ---------------------------------------------------------------------------

# model A: task t1 with methods direct and trace, task t2 with direct; model B: t1, t2 with direct.
# 3 final samples per cell. A/t1/direct sample 0 was repaired: attempt 0 (bronze) is not final.
CELLS = {
    ("A", "t1", "direct"): ["half", "full", "gated"],
    ("A", "t2", "direct"): ["half", "half", "bronze"],
    ("A", "t1", "trace"): ["full", "full", "none"],
    ("B", "t1", "direct"): ["gated", "bronze", "none"],
    ("B", "t2", "direct"): ["full", "gated", "gated"],
}


def result_rows() -> list[dict]:
    rows = [sample_row("A", "t1", "direct", 0, attempt=0, kind="bronze", final=False)]
    for (model, task, method), kinds in CELLS.items():
        for i, kind in enumerate(kinds):
            rows.append(sample_row(model, task, method, i, attempt=1 if (model, task, method, i) == ("A", "t1", "direct", 0) else 0, kind=kind))
    return rows


@pytest.fixture(scope="module")
def samples_frame(tmp_path_factory) -> pl.LazyFrame:
    out = str(tmp_path_factory.mktemp("lb"))
    with ResultsWriter(out, "run", flush_rows=4) as w:
        w.add("samples", result_rows())
    return scan(out, "run")


def approx_row(row: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert row[key] == pytest.approx(value, abs=1e-12), key


def test_leaderboard_by_model(samples_frame):
    lb = leaderboard(samples_frame, k=2)
    assert lb["model"].to_list() == ["A", "B"]  # totals 0.583 > 0.292
    a, b = lb.rows(named=True)
    # A, 9 final rows (the non-final bronze attempt is ignored):
    #   t1/direct: half, full, gated   t2/direct: half, half, bronze   t1/trace: full, full, none
    # syntax  = (1+1+1 + 1+1+0.5 + 1+1+0) / 9 = 7.5/9
    # runtime = (1+1+0.5 + 1+1+0 + 1+1+0) / 9 = 6.5/9            (null -> 0)
    # conf    = (0.5+1+0 + 0.5+0.5+0 + 1+1+0) / 9 = 4.5/9 = 0.5  (invariants the same)
    # total   = (0.65+1+0.225 + 0.65+0.65+0.075 + 1+1+0) / 9 = 5.25/9
    # best    = mean(1.0, 0.65, 1.0) = 2.65/3
    # pass@2 (total == 1): t1/direct n=3 c=1 -> 1 - C(2,2)/C(3,2) = 2/3; t2/direct c=0 -> 0;
    #   t1/trace c=2 -> n-c=1 < 2 -> 1  => (2/3 + 0 + 1)/3 = 5/9
    # pass@2 syntax: c = 3, 2, 2 -> 1, 1, 1 => 1;  runtime: c = 2, 2, 2 -> 1
    # tiers: none 1 (trace), bronze 1, silver 1, gold 3, diamond 3; budget reached: the 3 "half",
    # machine-dependent: the 1 "gated"
    approx_row(a, {"budget_reached": 3, "unfinished": 1, "machine_dependent": 1, "samples": 9, "syntax": 7.5 / 9,
                   "runtime": 6.5 / 9, "conformance": 0.5, "invariants": 0.5,
                   "total": 5.25 / 9, "best_of_k": 2.65 / 3, "k": 2, "pass_at_k": 5 / 9, "pass_at_k_syntax": 1.0,
                   "pass_at_k_runtime": 1.0, "pass_at_k_conformance": 5 / 9, "pass_at_k_invariants": 5 / 9,
                   "tier_none": 1, "tier_bronze": 1, "tier_silver": 1, "tier_gold": 3, "tier_diamond": 3})
    # B, 6 rows: t1: gated, bronze, none   t2: full, gated, gated
    # syntax = (1+0.5+0 + 1+1+1)/6 = 4.5/6; runtime = (0.5+0+0 + 1+0.5+0.5)/6 = 2.5/6
    # conf = invariants = (0+0+0 + 1+0+0)/6 = 1/6; total = (0.225+0.075+0 + 1+0.225+0.225)/6 = 1.75/6
    # best = mean(0.225, 1.0) = 0.6125
    # pass@2 total: t1 c=0 -> 0, t2 c=1 -> 2/3 => 1/3
    # pass@2 syntax: t1 c=1 -> 2/3, t2 c=3 -> 1 => 5/6; runtime: t1 c=0, t2 c=1 => 1/3
    approx_row(b, {"budget_reached": 0, "unfinished": 3, "machine_dependent": 3, "samples": 6, "syntax": 4.5 / 6,
                   "runtime": 2.5 / 6, "conformance": 1 / 6, "invariants": 1 / 6,
                   "total": 1.75 / 6, "best_of_k": 0.6125, "k": 2, "pass_at_k": 1 / 3, "pass_at_k_syntax": 5 / 6,
                   "pass_at_k_runtime": 1 / 3, "pass_at_k_conformance": 1 / 3, "pass_at_k_invariants": 1 / 3,
                   "tier_none": 1, "tier_bronze": 1, "tier_silver": 3, "tier_gold": 0, "tier_diamond": 1})


def test_leaderboard_pass_at_1_and_default_k(samples_frame):
    lb = leaderboard(samples_frame, k=1)
    a, b = lb.rows(named=True)
    # pass@1 = c/n: A: (1/3 + 0 + 2/3)/3 = 1/3; syntax (3/3 + 2/3 + 2/3)/3 = 7/9; runtime 2/3
    approx_row(a, {"k": 1, "pass_at_k": 1 / 3, "pass_at_k_syntax": 7 / 9, "pass_at_k_runtime": 2 / 3})
    # B: (0 + 1/3)/2 = 1/6; syntax (1/3 + 1)/2 = 2/3; runtime (0 + 1/3)/2 = 1/6
    approx_row(b, {"k": 1, "pass_at_k": 1 / 6, "pass_at_k_syntax": 2 / 3, "pass_at_k_runtime": 1 / 6})
    # Default k: the smallest n of any cell = 3. A: t1/direct c=1 -> n-c=2 < 3 -> 1; t2 0; trace 1 => 2/3
    a3, b3 = leaderboard(samples_frame).rows(named=True)
    approx_row(a3, {"k": 3, "pass_at_k": 2 / 3})
    approx_row(b3, {"k": 3, "pass_at_k": 0.5})  # t1 0, t2 1


def test_leaderboard_by_model_method(samples_frame):
    lb = leaderboard(samples_frame, by=("model", "method"), k=2)
    assert lb.select("model", "method").rows() == [("A", "trace"), ("A", "direct"), ("B", "direct")]
    trace, direct, b = lb.rows(named=True)
    # A/trace: full, full, none: total 2/3; best 1.0; pass@2 c=2 -> 1
    approx_row(trace, {"samples": 3, "total": 2 / 3, "best_of_k": 1.0, "pass_at_k": 1.0, "tier_diamond": 2})
    # A/direct (t1, t2): total (0.65+1+0.225+0.65+0.65+0.075)/6 = 3.25/6; best (1+0.65)/2; pass@2 (2/3+0)/2
    approx_row(direct, {"samples": 6, "total": 3.25 / 6, "best_of_k": 0.825, "pass_at_k": 1 / 3})
    approx_row(b, {"budget_reached": 0, "machine_dependent": 3, "samples": 6, "total": 1.75 / 6, "best_of_k": 0.6125, "pass_at_k": 1 / 3})


def test_leaderboard_by_model_task(samples_frame):
    lb = leaderboard(samples_frame, by="model,task", k=2)
    # A/t1 (direct + trace): total (0.65+1+0.225 + 1+1+0)/6 = 3.875/6; best (1+1)/2; pass@2 (2/3+1)/2
    # B/t2: 1.45/3; A/t2: 1.375/3; B/t1: 0.3/3
    assert lb.select("model", "task").rows() == [("A", "t1"), ("B", "t2"), ("A", "t2"), ("B", "t1")]
    a1, b2, a2, b1 = lb.rows(named=True)
    approx_row(a1, {"samples": 6, "total": 3.875 / 6, "best_of_k": 1.0, "pass_at_k": 5 / 6})
    approx_row(b2, {"samples": 3, "total": 1.45 / 3, "best_of_k": 1.0, "pass_at_k": 2 / 3})
    approx_row(a2, {"samples": 3, "total": 1.375 / 3, "best_of_k": 0.65, "pass_at_k": 0.0})
    approx_row(b1, {"samples": 3, "total": 0.1, "best_of_k": 0.225, "pass_at_k": 0.0, "syntax": 0.5})


def test_leaderboard_rejects_other_groupings_and_takes_dataframes(samples_frame):
    with pytest.raises(ValueError, match="cannot group by"):
        leaderboard(samples_frame, by=("task",))
    assert leaderboard(samples_frame.collect(), k=2).equals(leaderboard(samples_frame, k=2))
    empty = leaderboard(samples_frame.filter(pl.lit(False)))
    assert empty.height == 0 and "pass_at_k" in empty.columns


COLUMNS = ["model", "samples", "syntax", "runtime", "conformance", "invariants", "total", "best_of_k", "k",
           "pass_at_k", "pass_at_k_syntax", "pass_at_k_runtime", "pass_at_k_conformance", "pass_at_k_invariants",
           "tier_none", "tier_bronze", "tier_silver", "tier_gold", "tier_diamond", "diamond_rate", "budget_reached", "unfinished",
           "machine_dependent", "not_answered"]


def test_render_formats(samples_frame):
    lb = leaderboard(samples_frame, k=2)
    assert lb.columns == COLUMNS
    rows = json.loads(render(lb, "json"))
    assert [list(r) for r in rows] == [COLUMNS, COLUMNS]
    assert rows[0]["model"] == "A" and rows[0]["total"] == 0.5833 and rows[0]["pass_at_k"] == 0.5556
    assert rows[1]["tier_silver"] == 3 and (rows[0]["unfinished"], rows[1]["unfinished"]) == (1, 3)
    parsed = list(csv.DictReader(io.StringIO(render(lb, "csv"))))
    assert list(parsed[0]) == COLUMNS and float(parsed[1]["best_of_k"]) == pytest.approx(0.6125)
    md = render(lb, "markdown").splitlines()
    assert [c.strip() for c in md[0].strip("|").split("|")] == COLUMNS
    assert set(md[1]) <= set("|-") and len(md) == 4
    assert [c.strip() for c in md[2].strip("|").split("|")][:3] == ["A", "9", "0.8333"]
    console = Console(file=io.StringIO(), width=400)
    table = render(lb, "table", console=console)
    # The terminal shows the grouping, n, P1-P4, total, best-of-k, pass@k, one tiers column and
    # the machine-dependent (timed-out) samples.
    assert isinstance(table, Table) and len(table.columns) == 1 + 1 + 7 + 1 + 1 and table.row_count == 2
    assert [c.header for c in table.columns][-3:] == ["pass@2", "D/G/S/B/-", "timeouts"]
    assert "0.58" in console.file.getvalue()
    with pytest.raises(ValueError, match="unknown format"):
        render(lb, "xml")


HOSTILE = ["evil\x1b]0;pwned\x07\x1b[2J", "[red]loud[/red]", "broken[/x]", '<a href="https://example.com">m</a>']


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_model_name_is_shown_as_written_never_obeyed(tmp_path, name):
    """A name reaches the terminal without its control characters, its brackets as written (no
    markup, no MarkupError), and the report's figures without live tags (issue 36)."""
    from sysmoray.commands import common
    from sysmoray.results.report_figures import pass_curves, score_heatmaps

    out = str(tmp_path)
    with ResultsWriter(out, "run") as w:
        w.add("samples", [sample_row(name, "t1", "direct", i, kind=k) for i, k in enumerate(("full", "bronze"))])
    board = leaderboard(scan(out, "run"), ("model", "task"))
    console = Console(file=io.StringIO(), width=400, color_system=None)
    render(board, "table", console=console)
    shown = console.file.getvalue()
    assert not any(ch in shown for ch in "\x1b\x07") and printable(name) in shown
    warned = Console(file=io.StringIO(), width=400, color_system=None)
    common.err, saved = warned, common.err
    try:
        common.warn(f"model {name} said nothing")
    finally:
        common.err = saved
    assert warned.file.getvalue() == f"warning: model {printable(name)} said nothing\n"
    figures = [score_heatmaps(board.with_columns(total=pl.lit(0.5)), [name], ["t1"]),
               pass_curves(pl.DataFrame({"model": [name], "k": [1], "pass_at_k": [0.5]}
                                        | {f"pass_at_k_{p}": [0.5] for p in ("syntax", "runtime", "conformance", "invariants")}),
                           [name])]
    for fig in figures:
        labels = json.dumps(fig.to_plotly_json()["data"])
        assert "<a " not in labels and "\x1b" not in labels


def test_the_leaderboard_reads_whole_in_a_log_file(tmp_path):
    """Not to a terminal (a file, a CI log), the table is as wide as its rows: long model and task
    names and every column whole (issue 36: rich's 80 columns cut them to 'referen…', '1.…')."""
    import os
    import subprocess
    import sys

    model = "files:/home/someone/experiments/2026-12-07/agent-runs/claude-agent-with-tools/answers"
    with ResultsWriter(str(tmp_path), "run") as w:
        w.add("samples", [sample_row(model, "etcd-raft-with-a-long-task-name", "direct", i) for i in range(3)])
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    proc = subprocess.run([sys.executable, "-m", "sysmoray.cli", "leaderboard", str(tmp_path), "--by", "model,task"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and "…" not in proc.stdout, proc.stdout
    row = next(line for line in proc.stdout.splitlines() if model in line)
    assert "etcd-raft-with-a-long-task-name" in row and row.split()[-2:] == ["3/0/0/0/0", "0"]


def test_the_leaderboards_k_is_the_sweeps_own(tmp_path):
    """A sweep run with k = 7 whose cells hold fewer samples (a ``files:`` source with 2 answers)
    is reported at k = 7, from its run.json, not at the fewest samples of a cell (issue 37)."""
    import subprocess
    import sys

    out = str(tmp_path)
    write_run_json(out, "run", {"config": {"k": 7}})
    with ResultsWriter(out, "run") as w:
        w.add("samples", [sample_row("A", "t1", "direct", i, kind=kind) for i, kind in enumerate(["full", "none"])])
    assert recorded_k(out, "run") == recorded_k(out + "/run") == recorded_k(out) == 7
    proc = subprocess.run([sys.executable, "-m", "sysmoray.cli", "leaderboard", out, "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)
    assert row["k"] == 7 and row["pass_at_k"] == 1.0  # with 2 samples, pass@7 is pass@2
    given = subprocess.run([sys.executable, "-m", "sysmoray.cli", "leaderboard", out, "--format", "json", "--k", "1"],
                           capture_output=True, text=True, timeout=120)
    assert json.loads(given.stdout)[0]["k"] == 1
    # Runs of different k, or a run.json that does not say, leave the default (the fewest samples).
    write_run_json(out, "other", {"config": {"k": 3}})
    with ResultsWriter(out, "other") as w:
        w.add("samples", [sample_row("A", "t1", "direct", 0, run_id="other")])
    assert recorded_k(out) is None and sweep_k({"config": {"k": "7"}}) is None and sweep_k([]) is None


def test_the_results_layer_reads_the_checks_outcome_for_an_unanswered_sample():
    """``results`` imports nothing of the checks; the one outcome it reads is the checks' own."""
    from sysmoray.results.schemas import NOT_ANSWERED
    from sysmoray.tla.outcome import Outcome

    assert NOT_ANSWERED == Outcome.NOT_ANSWERED
