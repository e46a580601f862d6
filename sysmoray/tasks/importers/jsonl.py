"""Description problems from JSONL: ChatTLA's layouts, and a plain generic form.

ChatTLA (LUC-AI4FM/ChatTLA) has written its problems in three layouts, told apart per line:

- holdout (``data/processed/diamond_eval_holdout.jsonl``, ``outputs/diamond_gen/*.jsonl``):
  ``module``, ``batch`` (the domain; absent from the per-topic files), ``topic_desc`` (the
  problem in words), ``spec`` (a reference module, no config), and its validator's verdict
  fields (``tier``, ``is_diamond``, ...);
- FRS ralph-gen (``data/frs_tla_ralph_gen/{train,dev}.jsonl``): ``spec_id``, ``prompt`` (the
  problem in words), ``reference`` (the module, then after its ``====`` line the TLC config when
  it has one), ``topic`` (the domain), ``difficulty``, ``source``, ``normalized_sha1``,
  ``aux_modules`` (name -> text of modules the reference extends) and, on most lines,
  ``kill_rate`` and ``coverage``;
- chat (``data/processed/{train,eval}.jsonl``): ``messages`` (developer, user = the problem,
  assistant turns, the ``final`` one holding the module and its config) and ``_tier``,
  ``_prompt_id``, ... .

Fields that are not the problem itself are kept as provenance (``chattla_<field>``).

Generic: ``description`` (required), and optionally ``name``, ``module``, ``domain``,
``reference`` (a module) and ``cfg`` (its config).

Parsing is pure: a line that cannot become a problem is an error for that line, never for the
file; the writer (``importers.folders``) and the config synthesis are elsewhere.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

from sysmoray.tasks.model import name_problem
from sysmoray.tla.answer import Answer, extract_answer, split_module_file
from sysmoray.tla.module_set import module_name, reachable

FORMATS = ("chattla", "jsonl")
_HOLDOUT_FIELDS = ("module", "batch", "topic_desc", "spec")
_FRS_FIELDS = ("prompt", "reference", "topic", "aux_modules")
MAX_LINE_CHARS = 2_000_000  # a reference of 2 MB is no hand-written problem
# Read whole before parsing: ChatTLA's largest file (data/processed/train.jsonl) is 3.3 MB.
MAX_FILE_BYTES = 64 * 1024 * 1024
_LAYOUT_HELP = "holdout: module, topic_desc, spec; FRS ralph-gen: prompt, reference; chat: messages"


@dataclass(frozen=True)
class DescriptionProblem:
    name: str  # the task's folder name
    module: str
    domain: str
    description: str
    reference: str | None  # a module text
    cfg: str | None  # its config, when the problem came with one
    line: int
    provenance: dict[str, str] = field(default_factory=dict)
    # Modules the reference EXTENDS or INSTANCEs (ChatTLA's aux_modules): name -> text, written
    # beside it in the task's reference folder.
    modules: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LineError:
    line: int
    message: str
    kind: str = ""  # the same for lines that fail alike, so a summary can count them


class LineProblem(ValueError):
    """Why one line is no problem; ``kind`` groups it with lines that fail alike."""

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        self.kind = kind or message


def parse_problems(text: str, fmt: str) -> tuple[list[DescriptionProblem], list[LineError]]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    problems, errors = [], []
    names: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            problem = _problem(raw, number, fmt)
        except LineProblem as exc:
            errors.append(LineError(number, str(exc), exc.kind))
            continue
        if problem.name in names:
            errors.append(LineError(number, f"a second problem named {problem.name!r}", "repeated a task name"))
            continue
        names.add(problem.name)
        problems.append(problem)
    return problems, errors


def unusable_summary(source: str, errors: Sequence[LineError]) -> str:
    """One line on why no line of ``source`` became a problem (every non-blank line is in ``errors``)."""
    if not errors:
        return f"no usable line: {source} holds no line"
    counts = Counter(e.kind or e.message for e in errors)
    reasons = ", ".join(f"{n} {kind}" for kind, n in counts.most_common(3))
    more = f", {len(errors) - sum(n for _, n in counts.most_common(3))} other" if len(counts) > 3 else ""
    first = errors[0]
    return f"no usable line in {source}: {len(errors)} line(s), {reasons}{more} (line {first.line}: {first.message})"


def chattla_layout(record: dict) -> str | None:
    """Which of ChatTLA's layouts the object is in, by the fields only that layout has."""
    if "messages" in record:
        return "chat"
    if "prompt" in record or "reference" in record or "spec_id" in record:
        return "frs_ralph_gen"
    if "topic_desc" in record or "spec" in record or "module" in record:
        return "holdout"
    return None


def _problem(raw: str, number: int, fmt: str) -> DescriptionProblem:
    if len(raw) > MAX_LINE_CHARS:
        raise LineProblem(f"line is {len(raw)} characters long (at most {MAX_LINE_CHARS})", "were too long")
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise LineProblem(f"not a JSON object: {exc}", "were not JSON") from None
    if not isinstance(record, dict):
        raise LineProblem(f"not a JSON object but a {type(record).__name__}", "were not JSON objects")
    if fmt == "chattla":
        layout = chattla_layout(record)
        if layout is None:
            raise LineProblem(f"in none of ChatTLA's layouts ({_LAYOUT_HELP})", "were in none of ChatTLA's layouts")
        module, domain, description, reference, cfg, provenance = _CHATTLA[layout](record)
        provenance = {"chattla_layout": layout} | provenance
        modules = _aux_modules(record, module, reference) if layout == "frs_ralph_gen" else {}
    else:
        description = record.get("description")
        if not isinstance(description, str) or not description.strip():
            layout = chattla_layout(record)
            hint = f"; it is in ChatTLA's {layout} layout: use `sysmoray tasks import chattla`" if layout else ""
            raise LineProblem(f"field 'description' is missing or not text{hint}", "lacked field 'description'")
        reference, cfg = _text(record, "reference"), _text(record, "cfg")
        module = _text(record, "module") or _module_of(reference) or _text(record, "name")
        if module is None:
            raise LineProblem("no module name: give 'module', or a 'reference' with a MODULE header, or 'name'",
                              "had no module name")
        domain = _text(record, "domain") or "general"
        known = ("description", "reference", "cfg", "module", "name", "domain")
        provenance = {k: _plain(v) for k, v in record.items() if k not in known}
        modules = {}
    problem = name_problem(module)
    if problem:
        raise LineProblem(f"module name {problem}", "had a module name TLA+ rejects")
    declared = _module_of(reference)
    if reference is not None and declared != module:
        raise LineProblem(f"the reference declares module {declared!r}, not {module!r}",
                          "had a reference of another module")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", domain):
        raise LineProblem(f"domain {domain!r} is not a snake_case name", "had a domain that is not snake_case")
    name = _text(record, "name") if fmt == "jsonl" and _text(record, "name") else kebab(module)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,99}", name):
        raise LineProblem(f"task name {name!r} is not lowercase letters, digits and '-'", "had an unusable task name")
    return DescriptionProblem(name, module, domain, description.strip(), reference, cfg, number, provenance, modules)


def _aux_modules(record: dict, module: str, reference: str | None) -> dict[str, str]:
    """ChatTLA's ``aux_modules`` (name -> text) that the reference reaches through EXTENDS and
    INSTANCE: they go beside it, as a model of several modules."""
    aux = record.get("aux_modules")
    if not aux:
        return {}
    if not isinstance(aux, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in aux.items()):
        raise LineProblem("field 'aux_modules' is not an object of module name -> text", "had malformed aux_modules")
    for name, text in aux.items():
        problem = name_problem(name)
        if problem or name == module or module_name(text) != name:
            why = f"module name {problem}" if problem else "the reference's own name" if name == module \
                else f"its text declares module {module_name(text)!r}"
            raise LineProblem(f"aux module {name!r}: {why}", "had an unusable aux module")
    return reachable(reference or "", aux)


# module, domain, description, reference, cfg, provenance
_Fields = tuple[str, str, str, Optional[str], Optional[str], dict[str, str]]


def _holdout(record: dict) -> _Fields:
    missing = [f for f in ("module", "topic_desc", "spec") if _text(record, f) is None]
    if "batch" in record and _text(record, "batch") is None:
        missing.append("batch")
    if missing:
        raise LineProblem(f"ChatTLA's fields {', '.join(missing)} are missing or not text",
                          f"lacked field(s) {', '.join(missing)}")
    # The per-topic files of outputs/diamond_gen/ have no batch: their topic is only the file name.
    domain = _text(record, "batch") or "general"
    provenance = {f"chattla_{k}": _plain(v) for k, v in record.items() if k not in _HOLDOUT_FIELDS}
    return record["module"], domain, record["topic_desc"], record["spec"], None, provenance


def _frs(record: dict) -> _Fields:
    missing = [f for f in ("prompt", "reference") if _text(record, f) is None]
    if missing:
        raise LineProblem(f"ChatTLA's fields {', '.join(missing)} are missing or not text",
                          f"lacked field(s) {', '.join(missing)}")
    answer = _module_and_cfg(split_module_file(record["reference"]), "field 'reference'")
    domain = _text(record, "topic") or "general"
    provenance = {f"chattla_{k}": _plain(v) for k, v in record.items() if k not in _FRS_FIELDS}
    return answer.module_name, domain, record["prompt"], answer.module_text, answer.cfg_text, provenance


def _chat(record: dict) -> _Fields:
    messages = record["messages"]
    if not isinstance(messages, list) or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
            for m in messages):
        raise LineProblem("field 'messages' is not a list of {role, content} turns", "had malformed messages")
    asks = [m["content"] for m in messages if m["role"] == "user" and m["content"].strip()]
    answers = [m for m in messages if m["role"] == "assistant"]
    finals = [m for m in answers if m.get("channel") == "final"] or answers  # older files have no channels
    if len(asks) != 1 or not finals:
        raise LineProblem(f"the chat has {len(asks)} user turn(s) and {len(finals)} answer(s), not one of each "
                          "with text", "were no single question and answer")
    answer = _module_and_cfg(extract_answer(finals[-1]["content"]), "the final answer")
    provenance = {f"chattla_{k.lstrip('_')}": _plain(v) for k, v in record.items() if k != "messages"}
    return answer.module_name, "general", asks[0], answer.module_text, answer.cfg_text, provenance


_CHATTLA = {"holdout": _holdout, "frs_ralph_gen": _frs, "chat": _chat}


def _module_and_cfg(answer: Answer, where: str) -> Answer:
    if answer.module_name is None:
        raise LineProblem(f"{where} holds no TLA+ module", "held no TLA+ module")
    if not answer.ok:
        raise LineProblem(f"{where}: module {answer.module_name} has no ==== end line", "held an unterminated module")
    return answer


def _text(record: dict, key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _module_of(text: str | None) -> str | None:
    return module_name(text) if text else None


def _plain(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def kebab(module: str) -> str:
    """``AlternatingBit`` -> ``alternating-bit``; ``TCPHandshake`` -> ``tcp-handshake``."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", module))
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")
