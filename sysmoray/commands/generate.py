"""``sysmoray generate``: sample candidates for one task, repair them, and write every attempt
to a folder — the prompts, each candidate's .tla/.cfg, and one JSON line per attempt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from sysmoray.commands.common import err, fail, load_task, out, toolchain, warn
from sysmoray.results.text import markup_safe
from sysmoray.tla.runner import SAFETY_TIMEOUT_S


def generate(
    task_name: str = typer.Option(..., "--task", help="The task to model."),
    model: str = typer.Option(..., "--model", help="vllm:<path|id>, openai:<model>@<base_url>, reference or mutants."),
    methods: list[str] = typer.Option([], "--method", help="direct, trace, translate or description (repeatable); default: the task's own."),
    k: int = typer.Option(1, "--k", min=1, help="Samples per prompt."),
    repair: int = typer.Option(3, "--repair", min=0, help="Repair rounds for candidates failing syntax or runtime."),
    seed: int = typer.Option(0, "--seed", help="Sample i of a prompt uses seed + i."),
    out_dir: Path = typer.Option(..., "--out", help="Folder for prompts, candidates and attempts.jsonl."),
    tasks_dir: Optional[str] = typer.Option(None, "--tasks-dir", help="Where tasks live (default: the built-in ones)."),
    max_tokens: int = typer.Option(4096, "--max-tokens", min=1, help="Tokens per answer."),
    temperature: float = typer.Option(0.8, "--temperature", min=0.0),
    token_budget: int = typer.Option(8000, "--token-budget", min=500, help="Prompt size limit (the trace method fits to it)."),
    timeout: float = typer.Option(SAFETY_TIMEOUT_S, "--timeout", min=1.0, help="Wall-clock safety net per SANY/TLC process (seconds)."),
    request_timeout: float = typer.Option(
        300.0, "--request-timeout", help="openai: deadline of one whole HTTP call to the model server, in seconds (> 0)."),
    tensor_parallel: int = typer.Option(1, "--tensor-parallel", min=1, help="vllm: GPUs per model replica."),
    gpu_memory: str = typer.Option(
        "auto", "--gpu-memory",
        help="vllm: share of GPU (CPU: the NUMA node's RAM) memory; auto: 0.9 on a GPU, on CPU half the free RAM."),
    max_model_len: Optional[int] = typer.Option(None, "--max-model-len", help="vllm: context length."),
) -> None:
    """Sample candidates for one task and repair them; handy for debugging prompts before a sweep."""
    from sysmoray.generation.backends import BackendOptions, make_backend
    from sysmoray.generation.prompts import METHODS, build_prompt, methods_for
    from sysmoray.generation.repair import Sampling, run_generation
    from sysmoray.generation.types import BackendSpecError
    from sysmoray.generation.vllm_backend import VLLMOptions, parse_memory_setting
    from sysmoray.metrics.evaluate import CheckConfig, screen
    from sysmoray.tla.runner import Limits

    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise fail(f"unknown method(s) {', '.join(unknown)}; known: {', '.join(METHODS)}")
    task = load_task(task_name, tasks_dir)
    methods, skipped = methods_for(task, methods)
    if not methods:
        raise fail("; ".join(skipped))
    for why in skipped:
        warn(f"not prompted: {why}")
    tools = toolchain()
    if not 0 < request_timeout < float("inf"):  # nan fails this too
        raise fail(f"--request-timeout must be a number of seconds > 0, got {request_timeout}")
    try:
        memory = parse_memory_setting(gpu_memory)
    except ValueError as exc:
        raise fail(f"--gpu-memory: {exc}") from exc
    options = BackendOptions(VLLMOptions(tensor_parallel, memory, max_model_len), timeout_s=request_timeout,
                             tasks_dir=tasks_dir)
    try:
        backend = make_backend(model, options)
    except (BackendSpecError, RuntimeError) as exc:
        raise fail(str(exc)) from exc
    count = getattr(backend, "count_tokens", None)
    prompts = [build_prompt(task, m, token_budget=token_budget, count_tokens=count) for m in methods]
    out_dir.mkdir(parents=True, exist_ok=True)
    for p in prompts:
        _write_prompt(out_dir, p)
    config = CheckConfig(Limits(timeout_s=timeout))
    err.print(f"generating {k} sample(s) x {len(prompts)} method(s) of {task.name} with {backend.name} ...")
    try:
        attempts = run_generation(
            backend, prompts, lambda prompt, answer: screen(tools, answer, None, config, task),
            Sampling(k=k, seed=seed, max_tokens=max_tokens, temperature=temperature), rounds=repair,
        )
    finally:
        backend.close()
    with open(out_dir / "attempts.jsonl", "a", encoding="utf-8") as f:
        for a in attempts:
            f.write(json.dumps(_record(out_dir, a, backend.name)) + "\n")
    finals = [a for a in attempts if a.final]
    passed = sum(1 for a in finals if a.screen is not None and a.screen.passed)
    out.print(f"{len(attempts)} attempt(s), {passed}/{len(finals)} sample(s) pass syntax and runtime; "
              f"written to {markup_safe(str(out_dir))}")


def _write_prompt(out_dir: Path, prompt) -> None:
    path = out_dir / "prompts" / f"{prompt.task}-{prompt.method}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n\n".join(f"## {m.role}\n\n{m.content}" for m in prompt.messages)
    path.write_text(f"<!-- {prompt.prompt_hash} -->\n{body}\n", encoding="utf-8")


def _record(out_dir: Path, a, model: str) -> dict:
    stem = out_dir / a.task / a.method / f"sample{a.sample}-attempt{a.attempt}"
    stem.parent.mkdir(parents=True, exist_ok=True)
    files = {"raw": str(stem.with_suffix(".txt"))}
    stem.with_suffix(".txt").write_text(a.candidate.text, encoding="utf-8")
    if a.answer.module_text is not None:
        stem.with_suffix(".tla").write_text(a.answer.module_text, encoding="utf-8")
        files["tla"] = str(stem.with_suffix(".tla"))
    if a.answer.cfg_text is not None:
        stem.with_suffix(".cfg").write_text(a.answer.cfg_text, encoding="utf-8")
        files["cfg"] = str(stem.with_suffix(".cfg"))
    c, s = a.candidate, a.screen
    return {
        "model": model, "task": a.task, "method": a.method, "sample": a.sample, "attempt": a.attempt,
        "final": a.final, "seed": c.seed, "prompt_hash": a.prompt.prompt_hash, "finish_reason": c.finish_reason,
        "prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens,
        "latency_s": round(c.latency_s, 3), "error": c.error, "meta": c.meta, "extraction": a.answer.outcome,
        "syntax": s.phases["syntax"].score if s else None, "runtime": s.phases["runtime"].score if s else None,
        "passed": s.passed if s else False, "feedback": s.feedback() if s else [], "files": files,
    }
