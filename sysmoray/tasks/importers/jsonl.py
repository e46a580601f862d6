"""Description problems from JSONL: ChatTLA's holdout format, and a plain generic form.

ChatTLA (``data/processed/diamond_eval_holdout.jsonl`` in LUC-AI4FM/ChatTLA): one object per
line with ``module`` (the module name), ``batch`` (the domain), ``topic_desc`` (the problem in
words) and ``spec`` (a reference module, no config); its own validator's verdict fields (``tier``,
``is_diamond``, ``distinct_states``, ...) are kept as provenance.

Generic: ``description`` (required), and optionally ``name``, ``module``, ``domain``,
``reference`` (a module) and ``cfg`` (its config).

Parsing is pure: a line that cannot become a problem is an error for that line, never for the
file; the writer (``importers.folders``) and the config synthesis are elsewhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sysmoray.tasks.model import name_problem

FORMATS = ("chattla", "jsonl")
_MODULE_HEADER = re.compile(r"-{4,}\s*MODULE\s+(\w+)")
_CHATTLA_FIELDS = ("module", "batch", "topic_desc", "spec")
MAX_LINE_CHARS = 2_000_000  # a reference of 2 MB is no hand-written problem


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


@dataclass(frozen=True)
class LineError:
    line: int
    message: str


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
        except ValueError as exc:
            errors.append(LineError(number, str(exc)))
            continue
        if problem.name in names:
            errors.append(LineError(number, f"a second problem named {problem.name!r}"))
            continue
        names.add(problem.name)
        problems.append(problem)
    return problems, errors


def _problem(raw: str, number: int, fmt: str) -> DescriptionProblem:
    if len(raw) > MAX_LINE_CHARS:
        raise ValueError(f"line is {len(raw)} characters long (at most {MAX_LINE_CHARS})")
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not a JSON object: {exc}") from None
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object but a {type(record).__name__}")
    if fmt == "chattla":
        missing = [f for f in _CHATTLA_FIELDS if not isinstance(record.get(f), str) or not record[f].strip()]
        if missing:
            raise ValueError(f"ChatTLA's fields {', '.join(missing)} are missing or not text")
        module, domain, description = record["module"], record["batch"], record["topic_desc"]
        reference, cfg = record["spec"], None
        extra = {k: v for k, v in record.items() if k not in _CHATTLA_FIELDS}
        provenance = {f"chattla_{k}": _plain(v) for k, v in extra.items()}
    else:
        description = record.get("description")
        if not isinstance(description, str) or not description.strip():
            raise ValueError("field 'description' is missing or not text")
        reference, cfg = _text(record, "reference"), _text(record, "cfg")
        module = _text(record, "module") or _module_of(reference) or _text(record, "name")
        if module is None:
            raise ValueError("no module name: give 'module', or a 'reference' with a MODULE header, or 'name'")
        domain = _text(record, "domain") or "general"
        known = ("description", "reference", "cfg", "module", "name", "domain")
        provenance = {k: _plain(v) for k, v in record.items() if k not in known}
    problem = name_problem(module)
    if problem:
        raise ValueError(f"module name {problem}")
    declared = _module_of(reference)
    if reference is not None and declared != module:
        raise ValueError(f"the reference declares module {declared!r}, not {module!r}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", domain):
        raise ValueError(f"domain {domain!r} is not a snake_case name")
    name = _text(record, "name") if fmt == "jsonl" and _text(record, "name") else kebab(module)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,99}", name):
        raise ValueError(f"task name {name!r} is not lowercase letters, digits and '-'")
    return DescriptionProblem(name, module, domain, description.strip(), reference, cfg, number, provenance)


def _text(record: dict, key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _module_of(text: str | None) -> str | None:
    found = _MODULE_HEADER.search(text or "")
    return found.group(1) if found else None


def _plain(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def kebab(module: str) -> str:
    """``AlternatingBit`` -> ``alternating-bit``; ``TCPHandshake`` -> ``tcp-handshake``."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", module))
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")
