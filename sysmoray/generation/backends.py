"""Model specs to backends: ``vllm:<path or id>``, ``openai:<model>@<base_url>``, ``reference``,
``mutants``, ``files:<DIR>`` (answers made elsewhere). Heavy imports (vLLM) happen only when that backend is built."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sysmoray.generation.types import Backend, BackendSpecError
from sysmoray.generation.vllm_backend import VLLMOptions

EXAMPLES = ("vllm:/models/Qwen2.5-7B-Instruct, openai:gpt-4o@https://api.openai.com/v1, reference, mutants, "
            "files:/path/to/answers")


@dataclass(frozen=True)
class BackendOptions:
    vllm: VLLMOptions = VLLMOptions()
    concurrency: int = 8  # openai: requests in flight
    timeout_s: float = 300.0  # openai: deadline of one whole HTTP call
    max_retries: int = 4
    tasks_dir: str | Path | None = None  # replays: where the tasks live
    cwd: str | None = None  # files: what a relative DIR is relative to (the user's, not a Ray worker's)


def backend_kind(spec: str) -> str:
    """The backend family a spec names, without building it (the sweep plans resources by it)."""
    spec = spec.strip()
    if spec in ("reference", "mutants"):
        return spec
    head, sep, rest = spec.partition(":")
    if sep and rest and head in ("vllm", "openai", "files"):
        return head
    raise BackendSpecError(f"unknown model spec {spec!r}; expected one of the forms: {EXAMPLES}")


def make_backend(spec: str, options: BackendOptions = BackendOptions()) -> Backend:
    kind = backend_kind(spec)
    if kind == "reference":
        from sysmoray.generation.replay_backend import ReferenceBackend

        return ReferenceBackend(options.tasks_dir)
    if kind == "mutants":
        from sysmoray.generation.replay_backend import MutantsBackend

        return MutantsBackend(options.tasks_dir)
    if kind == "files":
        from sysmoray.generation.files_backend import FilesBackend

        return FilesBackend(Path(options.cwd or ".") / spec.strip().partition(":")[2])
    if kind == "openai":
        from sysmoray.generation.openai_backend import OpenAIBackend, parse_openai_spec

        model, url = parse_openai_spec(spec)
        return OpenAIBackend(model, url, concurrency=options.concurrency, timeout_s=options.timeout_s,
                             max_retries=options.max_retries)
    from sysmoray.generation.vllm_backend import VLLMBackend

    return VLLMBackend(spec.strip().partition(":")[2], options.vllm)
