"""Prompt building (DESIGN §7) on the real built-in tasks, their real traces and the real source."""

from __future__ import annotations

import asyncio.locks
import dataclasses
import inspect
import math
import platform
import queue
import threading
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from sysmoray.generation.prompts import (
    MAX_ERROR_LINES, MAX_ERRORS, METHODS, build_prompt, estimate_tokens, hash_messages, method_problem,
    prompt_tokens, read_task_source, repair_prompt,
)
from sysmoray.generation.trace_tsv import (
    INIT, NONE, abbreviate, compact_traces, format_legend, order_traces, parse_legend,
)
from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.model import in_suite
from sysmoray.tasks.loader import discover_tasks
from sysmoray.tasks.values import to_tla

TASKS = sorted(t.name for t in discover_tasks() if in_suite(t, "system"))
SMALL, LARGE = 2500, 6000  # a budget that cuts a trace short, and one that fits a whole trace
# The pysyncobj tasks have long contracts and wide states (a whole Raft trace is about 50k tokens).
# etcd-raft's states carry a 3x3 progress and a bag of messages: a whole trace is about 160k.
BUDGETS = {"pysyncobj-raft": (4000, 60000), "pysyncobj-lock": (3500, 12000), "etcd-raft": (8000, 200000)}


def budgets(name: str) -> tuple[int, int]:
    return BUDGETS.get(name, (SMALL, LARGE))


@pytest.fixture(scope="module")
def tasks():
    return {t.name: t for t in discover_tasks() if in_suite(t, "system")}


@pytest.fixture(scope="module")
def traces(tasks):
    return {name: load_traces(task)[0] for name, task in tasks.items()}


def text_of(prompt) -> str:
    return "\n".join(m.content for m in prompt.messages)


def rows_of(prompt) -> list[list[str]]:
    """The TSV rows (not the header) in a trace prompt."""
    return [line.split("\t") for line in prompt.messages[-1].content.splitlines()
            if "\t" in line and not line.startswith("trace\t")]


def assert_no_source(prompt, task) -> None:
    text = text_of(prompt)
    assert "```python" not in text
    code = read_task_source(task).text
    distinctive = [line.strip() for line in code.splitlines() if len(line.strip()) > 30 and not line.strip().startswith("#")]
    assert distinctive and not [line for line in distinctive if line in text]
    assert not [line for line in text.splitlines() if line.lstrip().startswith(("def ", "async def "))]


# --- direct -------------------------------------------------------------------------------------


def test_direct_prompt_carries_real_source_and_the_whole_contract(tasks):
    task = tasks["semaphore"]
    prompt = build_prompt(task, "direct")
    text = text_of(prompt)
    assert [m.role for m in prompt.messages] == ["system", "user"]
    for method in (threading.Semaphore.acquire, threading.BoundedSemaphore.release, threading.Condition.notify):
        assert inspect.getsource(method) in text  # read from this very Python, verbatim
    assert f"Python {platform.python_version()}" in text and "module threading" in text
    for v in task.variables:
        assert f"{v.name} \\in {v.domain}" in text
    for c in task.constants:
        assert f"{c.name} = {c.value}" in text
    for a in task.actions:
        assert f"{a.name}({', '.join(p.name for p in a.params)})" in text
    for excluded in task.granularity.excluded:
        assert " ".join(excluded.split()) in text
    assert f"named {task.module}" in text and "```tla" in text and "```cfg" in text
    assert prompt.info["source_missing"] == []


def test_objects_not_found_are_named_and_the_rest_is_kept(tasks):
    task = tasks["semaphore"]
    odd = dataclasses.replace(task, source=dataclasses.replace(task.source, objects=("NoSuchThing", "Semaphore")))
    text = text_of(build_prompt(odd, "direct"))
    assert "NoSuchThing: not found in threading" in text
    assert inspect.getsource(threading.Semaphore.acquire) in text
    gone = dataclasses.replace(task, source=dataclasses.replace(task.source, module="sysmoray_no_such_module"))
    prompt = build_prompt(gone, "translate")
    assert "cannot be imported" in text_of(prompt) and len(prompt.info["source_missing"]) == len(task.source.objects)


def test_every_builtin_task_builds_every_method(tasks, traces):
    for name, task in tasks.items():
        for method in METHODS:
            if method == "translate" and task.language != "python":
                assert "function by function on Python code" in method_problem(task, method)
                continue
            prompt = build_prompt(task, method, traces=traces[name])
            assert prompt.task == name and prompt.method == method and prompt.attempt == 0
            assert prompt.info["tokens"] == prompt_tokens(prompt.messages)


# --- translate, description -------------------------------------------------------------------


def test_translate_lists_the_functions_of_the_source(tasks):
    text = text_of(build_prompt(tasks["semaphore"], "translate"))
    for owner, obj in (("Semaphore", threading.Semaphore), ("BoundedSemaphore", threading.BoundedSemaphore),
                       ("Condition", threading.Condition)):
        for name in ("__init__", "release") if owner != "Condition" else ("wait", "notify", "notify_all"):
            assert f"- {owner}.{name}{inspect.signature(getattr(obj, name))}" in text
    assert "- Semaphore.acquire(self, blocking=True, timeout=None)" in text
    assert inspect.getsource(threading.Semaphore.acquire) in text
    lock = text_of(build_prompt(tasks["asyncio-lock"], "translate"))
    assert f"- async Lock.acquire{inspect.signature(asyncio.locks.Lock.acquire)}" in lock
    assert "- Lock._wake_up_first(self)" in lock
    q = text_of(build_prompt(tasks["queue"], "translate"))
    assert f"- Queue.put{inspect.signature(queue.Queue.put)}" in q and "- Condition.wait(" in q


def test_description_prompt_has_no_code_and_no_traces(tasks):
    task = tasks["barrier"]
    prompt = build_prompt(task, "description")
    text = text_of(prompt)
    assert " ".join(task.description.split())[:200] in " ".join(text.split())
    assert_no_source(prompt, task)
    assert "\t" not in text
    assert all(name in text for name in (*task.variable_names, *task.action_names, task.module))
    assert all(f"{c.name} = {c.value}" in text for c in task.constants)


# --- trace --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TASKS)
def test_trace_prompt_fits_the_budget_with_whole_traces_and_no_code(name, tasks, traces):
    task = tasks[name]
    for budget in budgets(name):
        prompt = build_prompt(task, "trace", token_budget=budget, traces=traces[name])
        assert prompt_tokens(prompt.messages) <= budget
        assert sum(estimate_tokens(m.content) for m in prompt.messages) <= budget
        assert prompt.info["tokens"] <= budget and not prompt.info["over_budget"]
        assert_no_source(prompt, task)
        legend = [line for line in prompt.messages[-1].content.splitlines() if line.startswith("Actions: ")]
        assert len(legend) == 1 and parse_legend(legend[0]) == prompt.info["legend"]
    assert prompt.info["traces_included"] >= 1  # at LARGE
    by_id = {t.header.trace: t for t in traces[name]}
    first = by_id[prompt.info["trace_ids"][0]]
    assert_rows_match(rows_of(prompt), first, task, prompt.info["legend"])


def assert_rows_match(rows: list[list[str]], trace, task, legend) -> None:
    """Trace 1 of the table is ``trace``, whole: (init) row, then every step's post-state."""
    mine = [r for r in rows if r[0] == "1"]
    assert len(mine) == len(trace.steps) + 1
    assert mine[0][3] == INIT and mine[0][5:] == [to_tla(trace.steps[0].pre[v]) for v in task.variable_names]
    for row, step in zip(mine[1:], trace.steps):
        assert row[1:4] == [str(step.seq), step.actor, next(a for a, full in legend.items() if full == step.action)]
        assert row[4] == ("; ".join(f"{k}={to_tla(v)}" for k, v in step.params.items()) or NONE)
        assert row[5:] == [to_tla(step.post[v]) for v in task.variable_names]


def test_trace_prompt_loads_the_task_traces_by_default(tasks, traces):
    task = tasks["semaphore"]
    loaded = build_prompt(task, "trace", token_budget=LARGE)
    given = build_prompt(task, "trace", token_budget=LARGE, traces=traces["semaphore"])
    assert loaded.prompt_hash == given.prompt_hash and loaded.info["trace_warnings"] == []


def test_a_trace_too_long_for_the_budget_is_cut_and_says_so(tasks, traces):
    task = tasks["queue"]
    trace = traces["queue"][0]
    whole = compact_traces([trace], task.variable_names, 10**6, estimate_tokens, task.action_names)
    assert whole.traces_included == 1 and whole.truncated is None and "omitted" not in whole.text
    budget = estimate_tokens(whole.text) // 2
    cut = compact_traces([trace], task.variable_names, budget, estimate_tokens, task.action_names)
    assert estimate_tokens(cut.text) <= budget
    assert cut.truncated == trace.header.trace and cut.traces_included == 0
    assert 0 < cut.steps_included < len(trace.steps) and cut.steps_omitted == len(trace.steps) - cut.steps_included
    assert f"... {cut.steps_omitted} more step(s) of trace 1 omitted" in cut.text
    # In a prompt: the small budget cuts the one trace it shows, and the prompt says so.
    prompt = build_prompt(task, "trace", token_budget=SMALL, traces=traces["queue"])
    assert prompt.info["truncated"] and prompt.info["traces_included"] == 0 and prompt.info["steps_included"] > 0
    assert "more step(s) of trace 1 omitted" in prompt.messages[-1].content
    assert f"{len(traces['queue']) - 1} more trace(s)" in prompt.messages[-1].content
    with pytest.raises(ValueError, match="too small"):
        build_prompt(task, "trace", token_budget=500, traces=traces["queue"])


def test_trace_order_is_deterministic(traces):
    ts = traces["barrier"]
    assert [t.path for t in order_traces(ts)] == [t.path for t in order_traces(list(reversed(ts)))]
    assert [t.path for t in order_traces(ts, seed=3)] == [t.path for t in order_traces(ts, seed=3)]
    assert order_traces(ts, seed=3) != order_traces(ts, seed=4)


def test_abbreviations_are_unique_deterministic_and_the_legend_round_trips(tasks):
    extra = ["Resume", "Reset", "Release", "Read", "ReadLock", "ReadUnlock", "Rea", "R", "ReadLockX"]
    for names in [list(t.action_names) for t in tasks.values()] + [extra]:
        short = abbreviate(names)
        assert set(short) == set(names)
        assert len(set(short.values())) == len(names)
        assert all(a == full or a not in names for full, a in short.items())
        assert all(len(a) <= len(full) for full, a in short.items())
        assert abbreviate(reversed(names)) == short
        legend = {a: full for full, a in short.items()}
        assert parse_legend(format_legend(legend)) == legend
    assert abbreviate(["Acquire", "Release", "TryAcquire"]) == {"Acquire": "Acq", "Release": "Rel", "TryAcquire": "TrAc"}


# --- a real BPE tokenizer as the counter --------------------------------------------------------


@pytest.fixture(scope="module")
def bpe_count(tasks, traces):
    tokenizers = pytest.importorskip("tokenizers")
    texts = [m.content for name, task in tasks.items() for method in METHODS if not method_problem(task, method)
             for m in build_prompt(task, method, token_budget=20000, traces=traces[name]).messages]
    tokenizer = tokenizers.Tokenizer(tokenizers.models.BPE())
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)
    # Trained on every task's prompts: with 1000 merges spread over the tasks, contracts counted
    # more tokens than any real tokenizer gives them.
    trainer = tokenizers.trainers.BpeTrainer(
        vocab_size=4000, initial_alphabet=tokenizers.pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer)

    def count(text: str) -> int:
        return len(tokenizer.encode(text).ids)

    assert count("Semaphore") >= 1
    return count


@pytest.mark.parametrize("name", TASKS)
def test_trace_prompt_fits_the_budget_of_a_real_bpe_tokenizer(name, tasks, traces, bpe_count):
    for budget in budgets(name):
        prompt = build_prompt(tasks[name], "trace", token_budget=budget, count_tokens=bpe_count, traces=traces[name])
        assert prompt_tokens(prompt.messages, bpe_count) <= budget
        assert sum(bpe_count(m.content) for m in prompt.messages) <= budget
        assert prompt.info["steps_included"] > 0
    assert prompt.info["traces_included"] >= 1
    assert_no_source(prompt, tasks[name])


def test_the_default_estimate_is_not_below_bytes_over_three_on_traces(tasks, traces):
    prompt = build_prompt(tasks["queue"], "trace", token_budget=LARGE, traces=traces["queue"])
    table = prompt.messages[-1].content
    assert estimate_tokens(table) >= math.ceil(len(table.encode()) / 3)
    assert estimate_tokens("") == 0 and estimate_tokens("abc") >= 1


# --- repair -------------------------------------------------------------------------------------


def test_repair_prompt_continues_the_conversation_with_bounded_errors(tasks):
    task = tasks["semaphore"]
    original = build_prompt(task, "direct")
    module = Path(task.path(task.reference_module)).read_text()
    cfg = Path(task.path(task.reference_cfg)).read_text()
    long_error = "Semantic error in Semaphore:\n" + "\n".join(f"trace line {i}" for i in range(100))
    errors = [long_error, "x" * 100_000] + [f"TLC error number {i}" for i in range(20)] + [long_error]
    repair = repair_prompt(original, module, cfg, errors, 2, 3)
    assert repair.messages[:2] == original.messages
    assert [m.role for m in repair.messages] == ["system", "user", "assistant", "user"]
    assert module.strip() in repair.messages[2].content and cfg.strip() in repair.messages[2].content
    last = repair.messages[3].content
    assert "attempt 2 of 3" in last
    assert "Semantic error in Semaphore:" in last and f"trace line {MAX_ERROR_LINES - 2}" in last
    assert f"trace line {MAX_ERROR_LINES}" not in last and "more lines of this error omitted" in last
    assert last.count("Semantic error in Semaphore:") == 1  # repeated errors are shown once
    assert f"TLC error number {MAX_ERRORS - 3}" in last and f"TLC error number {MAX_ERRORS - 2}" not in last
    assert f"{len(set(errors)) - MAX_ERRORS} more error(s) omitted" in last
    assert len(last) < 20_000
    assert repair.attempt == 2 and repair.method == "direct" and repair.prompt_hash != original.prompt_hash
    assert repair.info["errors_shown"] == MAX_ERRORS and repair.info["base_hash"] == original.prompt_hash

    # A second round keeps the generation prompt and only the latest answer.
    again = repair_prompt(repair, "---- MODULE Semaphore ----\n====", None, ["TLC: deadlock"], 3, 3)
    assert len(again.messages) == 4 and again.messages[:2] == original.messages
    assert "attempt 3 of 3" in again.messages[3].content and "no TLC config" in again.messages[3].content
    assert again.info["base_hash"] == original.prompt_hash
    with pytest.raises(ValueError):
        repair_prompt(original, module, cfg, errors, 4, 3)


# --- identity and errors -------------------------------------------------------------------------


def test_prompt_hash_is_stable_and_differs_between_methods(tasks, traces):
    task = tasks["semaphore"]
    hashes = {}
    for method in METHODS:
        a = build_prompt(task, method, traces=traces["semaphore"])
        b = build_prompt(task, method, traces=traces["semaphore"])
        assert a == b and a.prompt_hash == b.prompt_hash == hash_messages(a.messages)
        assert a.prompt_hash.startswith("sha256:")
        hashes[method] = a.prompt_hash
    assert len(set(hashes.values())) == len(METHODS)
    assert build_prompt(task, "trace", token_budget=SMALL, traces=traces["semaphore"]).prompt_hash != hashes["trace"]


def test_unknown_method_is_refused(tasks):
    with pytest.raises(ValueError, match="known: direct, trace, translate, description"):
        build_prompt(tasks["semaphore"], "telepathy")


def test_templates_are_package_data():
    folder = resources.files("sysmoray.generation").joinpath("templates")
    names = {p.name for p in folder.iterdir() if p.name.endswith(".txt")}
    assert {f"{m}.txt" for m in METHODS} | {"system.txt", "repair.txt"} <= names
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert "templates/*.txt" in pyproject["tool"]["setuptools"]["package-data"]["sysmoray.generation"]
