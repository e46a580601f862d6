"""Prompts for the generation methods (DESIGN §7): pure builders over package-data templates.

- ``direct``: the real source code + the granularity and state contracts.
- ``trace``: no code; the description, the state contract and traces compacted to TSV, fitted to
  a token budget for the whole prompt.
- ``translate``: the source code, its functions listed, translated one by one and then assembled.
- ``description``: ChatTLA style, the natural-language description and the names to use only.
- repair: the conversation goes on with the previous answer and the SANY/TLC errors.

The source code is read from the installed Python when the prompt is built, never stored.
Templates use ``string.Template`` (``$name``) so TLA+ braces need no escaping.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.metadata
import inspect
import json
import math
import platform
import re
import textwrap

import fsspec
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any, Mapping, Sequence

from sysmoray.generation.trace_tsv import TokenCounter, compact_traces
from sysmoray.generation.types import Message
from sysmoray.tasks.catalog import load_traces
from sysmoray.tasks.files import decode_utf8, read_utf8
from sysmoray.tasks.installed import PackageMissing, package_version, read_files
from sysmoray.tasks.model import PackageSource, Source, SourceFiles, Task
from sysmoray.tasks.trace import Trace

METHODS = ("direct", "trace", "translate", "description")
DEFAULT_TOKEN_BUDGET = 8000  # leaves room for the answer in a 16k context
# Tokens a chat template adds around each message (role markers, separators); reserved so the
# budget holds for what the server really sees.
MESSAGE_OVERHEAD = 8
MAX_ERRORS = 10  # errors shown in a repair prompt
MAX_ERROR_LINES = 40  # lines shown of each error
MAX_ERROR_CHARS = 4000  # and characters, for errors made of a few huge lines

# Words (CamelCase split), single digits, whitespace runs, single other characters.
_PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d|\s+|[^\sA-Za-z\d]")


def estimate_tokens(text: str) -> int:
    """A conservative token count, for prompts built before a backend's tokenizer is known.

    What byte-level BPE tokenizers of 32k-150k entries rarely do worse than: a word of up to 6
    letters is one token, a longer one a token per 5 letters (CamelCase words count apart);
    every digit, punctuation character, newline and tab is one token; a single space before a
    word or symbol is free (BPE merges it in), another run of spaces is one; a non-ASCII
    character costs its UTF-8 bytes. Never less than UTF-8 bytes / 4. (Bytes / 3 alone
    undercounts TSV and TLA+ text, which is mostly punctuation, digits and short values.)
    """
    count = 0
    for piece in _PIECE.findall(text):
        first = piece[0]
        if first.isascii() and first.isalpha():
            count += 1 if len(piece) <= 6 else math.ceil(len(piece) / 5)
        elif first.isspace():
            breaks = piece.count("\n") + piece.count("\t") + piece.count("\r")
            count += breaks + (1 if piece.strip("\n\t\r") and len(piece) - breaks > 1 else 0)
        elif first.isascii():
            count += 1
        else:
            count += len(piece.encode("utf-8"))
    return max(count, math.ceil(len(text.encode("utf-8")) / 4))


def prompt_tokens(messages: Sequence[Message], count_tokens: TokenCounter = estimate_tokens) -> int:
    """Tokens of a whole prompt: every message plus the chat template's overhead per message."""
    return sum(count_tokens(m.content) + MESSAGE_OVERHEAD for m in messages)


@dataclass(frozen=True)
class Prompt:
    method: str
    task: str
    messages: tuple[Message, ...]
    prompt_hash: str  # "sha256:..." of the messages: stable across builds of the same prompt
    attempt: int = 0  # 0: the first generation; i: repair attempt i
    info: Mapping[str, Any] = field(default_factory=dict, compare=False)  # traces shown, tokens...


def hash_messages(messages: Sequence[Message]) -> str:
    payload = json.dumps([[m.role, m.content] for m in messages], ensure_ascii=False)
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def template(name: str) -> Template:
    path = resources.files("sysmoray.generation").joinpath("templates", f"{name}.txt")
    return Template(path.read_text(encoding="utf-8"))


# --- source code ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCode:
    header: str  # where the code came from: Python version, module, package version
    text: str  # the code of every object found, each under a comment line naming it
    functions: tuple[str, ...]  # "Class.method(args)" / "function(args)", in source order
    missing: tuple[str, ...]  # objects that could not be read, with why


def read_source(source: Source) -> SourceCode:
    """``inspect.getsource`` of each of ``source.objects`` in the installed ``source.module``."""
    header = f"Python {platform.python_version()} ({platform.python_implementation()}), module {source.module}"
    if source.package:
        try:
            header += f", package {source.package} {importlib.metadata.version(source.package)}"
        except importlib.metadata.PackageNotFoundError:
            header += f", package {source.package} (not installed)"
    try:
        module = importlib.import_module(source.module)
    except Exception as exc:  # noqa: BLE001 - any import failure: say so, build the prompt anyway
        missing = tuple(f"{name}: module {source.module} cannot be imported ({type(exc).__name__}: {exc})" for name in source.objects)
        return SourceCode(header, "\n".join(f"# NOTE {m}" for m in missing), (), missing)
    blocks: list[str] = []
    functions: list[str] = []
    missing: list[str] = []
    for name in source.objects:
        try:
            obj: Any = module
            for part in name.split("."):
                obj = getattr(obj, part)
        except AttributeError:
            missing.append(f"{name}: not found in {source.module} of this Python")
            blocks.append(f"# NOTE {missing[-1]}; its code is not shown")
            continue
        try:
            code = textwrap.dedent(inspect.getsource(obj))
        except (OSError, TypeError) as exc:  # built-in or generated: no Python source
            missing.append(f"{name}: no Python source ({exc})")
            blocks.append(f"# NOTE {missing[-1]}; its code is not shown")
            continue
        qualified = f"{getattr(obj, '__module__', source.module)}.{getattr(obj, '__qualname__', name)}"
        blocks.append(f"# ---- {qualified} ----\n{code.rstrip()}")
        functions += _functions(code, getattr(obj, "__qualname__", name))
    return SourceCode(header, "\n\n\n".join(blocks), tuple(functions), tuple(missing))


def read_source_files(task: Task) -> SourceCode:
    """The files of an imported system, each under a header naming it (as SysMoBench shows them:
    its path in the repository and what it is)."""
    source = task.source
    assert isinstance(source, SourceFiles)
    blocks, missing = [], []
    for f in source.files:
        shown = f.original or f.path
        header = f"===== FILE: {shown} =====" + (f"\nDESCRIPTION: {f.description}" if f.description else "")
        try:
            fs, path = fsspec.core.url_to_fs(task.path(f.path))
            blocks.append(f"{header}\n{read_utf8(fs, path)}")
        except (OSError, ValueError) as exc:
            missing.append(f"{shown}: cannot be read from the task folder ({exc})")
            blocks.append(f"{header}\n(NOTE {missing[-1]})")
    where = f" from {source.repository}" if source.repository else ""
    header = f"{task.language or 'source'} code{where}: " + ", ".join(f.original or f.path for f in source.files)
    return SourceCode(header, "\n\n".join(blocks), (), tuple(missing))


def read_package_source(task: Task) -> SourceCode:
    """The files of a system package's code (Debian's Go sources), as installed, each under a
    header naming it; a missing package is a note in the prompt, not a crash."""
    source = task.source
    assert isinstance(source, PackageSource)
    version = package_version(source.system_package)
    header = (f"{task.language or 'source'} code of {source.package} (Debian package {source.system_package} "
              f"{version or '(not installed)'}), installed at {source.root}: {', '.join(source.files)}")
    try:
        files = read_files(source)
    except PackageMissing as exc:
        return SourceCode(header, f"(NOTE {exc}; the code is not shown)", (), (str(exc),))
    blocks = [f"===== FILE: {name} =====\n{decode_utf8(data)}" for name, data in files.items()]
    return SourceCode(header, "\n\n".join(blocks), (), ())


def read_task_source(task: Task) -> SourceCode:
    """The code of a system task, wherever it lies."""
    if isinstance(task.source, SourceFiles):
        return read_source_files(task)
    if isinstance(task.source, PackageSource):
        return read_package_source(task)
    return read_source(task.source)


def task_prompt_text(task: Task, key: str) -> str | None:
    """The text of the task's own prompt ``key`` (a method, or the concretizer's), unfilled;
    None when the task brings none. Read once per process: a sweep asks for it per candidate."""
    relative = task.prompts.get(key)
    return None if relative is None else _read_prompt_file(task.path(relative))


@lru_cache(maxsize=256)
def _read_prompt_file(url: str) -> str:
    fs, path = fsspec.core.url_to_fs(url)
    return read_utf8(fs, path)


def own_template_text(task: Task, method: str, code: SourceCode) -> str | None:
    """The task's own prompt template for ``method`` (an imported benchmark's), filled the way
    that benchmark fills it: plain replacement of each ``{name}`` placeholder (literal braces in
    the instructions stay), the source code last. None when the task brings no template."""
    text = task_prompt_text(task, method)
    if text is None:
        return None
    values = {"language": task.language or "", "description": task.description.strip(), "system_type": task.kind,
              "module": task.module} | task.prompt_values
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text.replace("{source_code}", code.text)


def _functions(code: str, qualname: str) -> list[str]:
    """The functions a class defines in its own body (or the function itself), with arguments."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    out = []
    for node in tree.body:
        defs = node.body if isinstance(node, ast.ClassDef) else [node]
        for d in defs:
            if isinstance(d, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{qualname}.{d.name}" if isinstance(node, ast.ClassDef) else qualname
                prefix = "async " if isinstance(d, ast.AsyncFunctionDef) else ""
                out.append(f"{prefix}{name}({ast.unparse(d.args)})")
    return out


# --- contract -----------------------------------------------------------------------------------


def contract_text(task: Task) -> str:
    """The state contract: the names a model must use, with domains, values and meanings."""
    lines = [f"Module name: {task.module}", ""]
    if task.constants:
        lines.append("Constants (declare them with CONSTANTS; the TLC config gives them these values):")
        lines += [f"- {c.name} = {c.value}" + _about(c.description) for c in task.constants]
        lines.append("")
    lines.append("Variables (declare exactly these with VARIABLES; each always holds a value of its domain, in this TLA+ form):")
    lines += [f"- {v.name}" + (f" \\in {v.domain}" if v.domain else "") + _about(v.description) for v in task.variables]
    lines += ["", "Actions (define each as an operator with exactly these parameters, in this order; "
                  "Next is the disjunction of all of them over all parameter values):"]
    for a in task.actions:
        params = ", ".join(p.name for p in a.params)
        domains = ", ".join(f"{p.name} \\in {p.domain}" for p in a.params if p.domain)
        signature = f"{a.name}({params})" if a.params else a.name
        extra = f" (it may be followed by up to {a.internal_steps} internal steps)" if a.internal_steps else ""
        lines.append(f"- {signature}" + (f" with {domains}" if domains else "") + _about(a.description) + extra)
    lines += ["", "The model is checked against executions of the real system: from each recorded state, the named action "
                  "with the recorded parameters must be able to reach the next recorded state, and the system's safety "
                  "and liveness properties must hold."]
    return "\n".join(lines)


def _about(description: str) -> str:
    text = " ".join(description.split())
    return f": {text}" if text else ""


def granularity_text(task: Task) -> str:
    lines = ["Mandatory actions (model every one): " + ", ".join(task.granularity.mandatory)]
    if task.granularity.excluded:
        lines.append("Excluded behaviour (do not model it):")
        lines += [f"- {' '.join(e.split())}" for e in task.granularity.excluded]
    return "\n".join(lines)


def names_text(task: Task) -> str:
    """Only the names (and constant values) a description-task model must use."""
    lines = [f"- module: {task.module}"]
    if task.constants:
        lines.append("- constants (with the values to check): " + ", ".join(f"{c.name} = {c.value}" for c in task.constants))
    if task.variables:
        lines.append("- variables: " + ", ".join(task.variable_names))
    if task.actions:
        lines.append("- actions: " + ", ".join(f"{a.name}({', '.join(p.name for p in a.params)})" if a.params else a.name for a in task.actions))
    return "\n".join(lines)


# --- builders -----------------------------------------------------------------------------------


def method_problem(task: Task, method: str) -> str | None:
    """Why ``method`` cannot prompt for ``task`` (it needs what the task lacks), or None."""
    if method in ("direct", "translate") and task.source is None:
        return f"method {method} needs the system's source code; {task.kind} task {task.name} has none"
    if method == "translate" and isinstance(task.source, (SourceFiles, PackageSource)):
        return f"method translate works function by function on Python code; task {task.name}'s code is {task.language}"
    if method == "trace" and not task.traces:
        return f"method trace needs traces; task {task.name} has none"
    return None


def methods_for(task: Task, asked: Sequence[str]) -> tuple[list[str], list[str]]:
    """The methods to prompt ``task`` with: those ``asked`` that apply to it (none asked: the
    task's own default, ``description`` for a description task), and why the others do not."""
    if not asked:
        return [task.default_method], []
    usable, skipped = [], []
    for method in asked:
        problem = method_problem(task, method)
        (skipped.append(problem) if problem else usable.append(method))
    return usable, skipped



def build_prompt(
    task: Task,
    method: str,
    *,
    token_budget: int = DEFAULT_TOKEN_BUDGET,
    count_tokens: TokenCounter | None = None,
    traces: Sequence[Trace] | None = None,
    seed: int | None = None,
) -> Prompt:
    """The first prompt of ``method`` for ``task``.

    ``token_budget`` bounds the whole trace prompt (all messages, ``prompt_tokens``): the traces
    get what the rest leaves. Other methods are not cut (code or a description cannot be cut
    safely): their size is recorded in ``info["tokens"]`` and ``info["over_budget"]``.
    ``count_tokens``: any ``str -> int`` (a backend's tokenizer); default ``estimate_tokens``.
    ``traces``: for the trace method; default: the task's recorded traces. ``seed``: the order
    in which traces are taken (default: shortest first).
    """
    if method not in METHODS:
        raise ValueError(f"unknown generation method {method!r}; known: {', '.join(METHODS)}")
    problem = method_problem(task, method)
    if problem:
        raise ValueError(problem)
    count = count_tokens or estimate_tokens
    system = Message("system", template("system").substitute())
    info: dict[str, Any] = {"token_budget": token_budget}
    if method == "trace":
        user, trace_info = _trace_message(task, system, token_budget, count, traces, seed)
        info.update(trace_info)
    else:
        user = Message("user", _user_text(task, method, info))
    # A task's own template (an imported benchmark's) is the whole prompt, as that benchmark sends it.
    messages = (user,) if info.get("own_template") else (system, user)
    tokens = prompt_tokens(messages, count)
    info.update(tokens=tokens, over_budget=tokens > token_budget, base_messages=len(messages))
    return Prompt(method, task.name, messages, hash_messages(messages), 0, info)


def _user_text(task: Task, method: str, info: dict[str, Any]) -> str:
    common = {"task": task.name, "description": task.description.strip(), "module": task.module}
    if method == "description":
        return template("description").substitute(common, names=names_text(task))
    code = read_task_source(task)
    info.update(source_header=code.header, source_missing=list(code.missing), functions=list(code.functions))
    own = own_template_text(task, method, code)
    if own is not None:
        info["own_template"] = task.prompts[method]
        return own
    values = dict(common, source_header=code.header, source_code=code.text,
                  granularity=granularity_text(task), contract=contract_text(task))
    if method == "translate":
        listed = "\n".join(f"- {f}" for f in code.functions) or "- (none could be read)"
        return template("translate").substitute(values, functions=listed)
    return template("direct").substitute(values)


def _trace_message(
    task: Task, system: Message, budget: int, count: TokenCounter, traces: Sequence[Trace] | None, seed: int | None,
) -> tuple[Message, dict[str, Any]]:
    info: dict[str, Any] = {}
    if traces is None:
        loaded, warnings = load_traces(task)
        traces, info["trace_warnings"] = loaded, warnings
    if not traces:
        raise ValueError(f"task {task.name} has no traces: the trace method needs some")
    summary = (f"The real implementation was run under random schedules and {len(traces)} execution(s) recorded; "
               "as many as fit are shown below, in TSV.")
    slot = "\x00traces\x00"  # filled by plain replacement: the page is not parsed twice
    page = template("trace").substitute(
        task=task.name, description=task.description.strip(), module=task.module,
        contract=contract_text(task), trace_summary=summary, traces=slot,
    )

    def message(table: str) -> Message:
        return Message("user", page.replace(slot, table))

    # The traces get what the rest of the prompt leaves; a counter that is not additive (a BPE
    # across the seams) may still overshoot, so measure the whole and shrink until it fits.
    room = budget - prompt_tokens((system, message("")), count)
    for _ in range(8):
        if room <= 0:
            break
        table = compact_traces(traces, task.variable_names, room, count, task.action_names, seed)
        if table.steps_included == 0:
            break
        user = message(table.text)
        over = prompt_tokens((system, user), count) - budget
        if over <= 0:
            info.update(
                traces_included=table.traces_included, traces_omitted=table.traces_omitted,
                steps_included=table.steps_included, steps_omitted=table.steps_omitted,
                truncated=table.truncated, trace_ids=list(table.trace_ids), legend=dict(table.legend),
            )
            return user, info
        room -= over
    raise ValueError(
        f"token budget {budget} is too small for a trace prompt of task {task.name}: "
        f"the prompt without traces takes {prompt_tokens((system, message('')), count)} tokens"
    )


def format_errors(errors: Sequence[str]) -> tuple[str, int, int]:
    """The errors as shown in a repair prompt, bounded; (text, shown, omitted)."""
    unique = list(dict.fromkeys(e.strip() for e in errors if e.strip()))
    shown = unique[:MAX_ERRORS]
    parts = []
    for i, error in enumerate(shown, start=1):
        lines = error.splitlines()
        body = "\n".join(lines[:MAX_ERROR_LINES])
        if len(body) > MAX_ERROR_CHARS:
            body = body[:MAX_ERROR_CHARS] + "\n... (the rest of this error omitted for length)"
        elif len(lines) > MAX_ERROR_LINES:
            body += f"\n... ({len(lines) - MAX_ERROR_LINES} more lines of this error omitted)"
        parts.append(f"Error {i}:\n```text\n{body}\n```")
    omitted = len(unique) - len(shown)
    if omitted:
        parts.append(f"... {omitted} more error(s) omitted; fix these first.")
    return ("\n\n".join(parts) or "(the checker reported a failure but no message was captured)"), len(shown), omitted


def repair_prompt(original: Prompt, module_text: str, cfg_text: str | None, errors: Sequence[str], attempt: int, of: int) -> Prompt:
    """The conversation goes on: the generation prompt, the previous answer, the errors.

    Only the latest answer is kept when ``original`` is itself a repair prompt: earlier failed
    attempts would make every round longer for little help.
    """
    if not 1 <= attempt <= of:
        raise ValueError(f"repair attempt {attempt} of {of}: expected 1 <= attempt <= of")
    base = original.messages[: original.info.get("base_messages", len(original.messages))]
    answer = f"```tla\n{module_text.strip()}\n```"
    if cfg_text and cfg_text.strip():
        answer += f"\n\n```cfg\n{cfg_text.strip()}\n```"
    text, shown, omitted = format_errors(errors)
    note = "" if cfg_text and cfg_text.strip() else " Your answer had no TLC config: give one."
    user = template("repair").substitute(attempt=attempt, of=of, errors=text, cfg_note=note)
    messages = (*base, Message("assistant", answer), Message("user", user))
    info = {
        "attempt": attempt, "of": of, "errors_shown": shown, "errors_omitted": omitted,
        "base_hash": original.info.get("base_hash", original.prompt_hash), "base_messages": len(base),
        "tokens": prompt_tokens(messages),
    }
    return Prompt(original.method, original.task, messages, hash_messages(messages), attempt, info)


__all__ = [
    "DEFAULT_TOKEN_BUDGET", "METHODS", "Prompt", "SourceCode", "build_prompt", "contract_text",
    "estimate_tokens", "format_errors", "method_problem", "methods_for", "hash_messages", "prompt_tokens", "read_source", "repair_prompt",
]
