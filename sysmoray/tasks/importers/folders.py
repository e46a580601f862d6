"""Write imported problems as description task folders, checked by loading them back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from sysmoray.tasks.cfg_synthesis import synthesize_cfg
from sysmoray.tasks.importers.jsonl import MAX_FILE_BYTES, DescriptionProblem, LineError, parse_problems
from sysmoray.tasks.importers.targets import clear_task_folder, target_problem
from sysmoray.tasks.loader import TASK_FILE, TaskFormatError, load_task
from sysmoray.tasks.untrusted import UntrustedFileError, read_capped
from sysmoray.tla.runner import Limits
from sysmoray.tla.toolchain import Toolchain


@dataclass(frozen=True)
class ImportedTask:
    name: str
    folder: Path
    cfg_source: str  # "given" | "synthesized" | "none"
    notes: tuple[str, ...] = ()


class ImportTargetError(ValueError):
    pass


def read_problems(path: Path, fmt: str) -> tuple[list[DescriptionProblem], list[LineError], str]:
    """The problems of an import file and the lines that are none (with why), read capped before
    anything is written; the file's sha256. ImportTargetError: the file cannot be read as text."""
    try:
        data = read_capped(path, MAX_FILE_BYTES)
    except UntrustedFileError as exc:
        raise ImportTargetError(f"{exc} (an import file is capped at {MAX_FILE_BYTES // 2**20} MiB: split it)") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportTargetError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    problems, errors = parse_problems(text, fmt)
    return problems, errors, hashlib.sha256(data).hexdigest()


def import_problems(
    toolchain: Toolchain, problems: list[DescriptionProblem], source: Path, fmt: str, digest: str, out: Path,
    force: bool = False, limits: Limits = Limits(), on_task: Callable[[ImportedTask], None] | None = None,
) -> list[ImportedTask]:
    """Write ``problems`` (read from ``source``) as task folders under ``out``; --force replaces
    task folders only (``targets``)."""
    problem = target_problem(out, [p.name for p in problems], force)
    if problem:
        raise ImportTargetError(problem)
    imported = []
    for problem in problems:
        base = {"importer": fmt, "file": source.name, "line": str(problem.line), "sha256": digest}
        task = write_problem(toolchain, problem, out, base | problem.provenance, limits)
        imported.append(task)
        if on_task:
            on_task(task)
    return imported


def write_problem(
    toolchain: Toolchain, problem: DescriptionProblem, out: Path, provenance: dict[str, str], limits: Limits = Limits(),
) -> ImportedTask:
    """One task folder; a reference without a config gets a synthesized one, recorded as such."""
    folder = out / problem.name
    clear_task_folder(folder)
    (folder / "reference").mkdir(parents=True)
    notes: list[str] = []
    cfg, cfg_source, constants = problem.cfg, "given" if problem.cfg else "none", {}
    if problem.reference is not None and cfg is None:
        synthesized = synthesize_cfg(toolchain, problem.reference, problem.module, limits=limits, siblings=problem.modules)
        notes += synthesized.notes
        if synthesized.text is not None:
            cfg, cfg_source, constants = synthesized.text, "synthesized", synthesized.constants
            provenance = provenance | {"cfg": "synthesized", "cfg_synthesis": json.dumps(synthesized.to_dict())}
        else:
            provenance = provenance | {"cfg": "none", "cfg_synthesis": json.dumps(synthesized.to_dict())}
    elif cfg is not None:
        provenance = provenance | {"cfg": "given"}
    doc: dict = {
        "name": problem.name, "kind": "description", "domain": problem.domain,
        "description": problem.description + "\n", "module": problem.module,
        "state": {"constants": [{"name": c, "value": v} for c, v in constants.items()]},
    }
    if problem.reference is not None:
        (folder / "reference" / f"{problem.module}.tla").write_text(problem.reference, encoding="utf-8")
        for name, text in problem.modules.items():  # the modules it extends or instances (tasks.siblings reads them)
            (folder / "reference" / f"{name}.tla").write_text(text, encoding="utf-8")
        doc["reference"] = {"module": f"reference/{problem.module}.tla"}
        if cfg is not None:
            (folder / "reference" / f"{problem.module}.cfg").write_text(cfg, encoding="utf-8")
            doc["reference"]["cfg"] = f"reference/{problem.module}.cfg"
    doc["provenance"] = provenance
    (folder / TASK_FILE).write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    try:
        load_task(folder)  # what was written must load back, or the importer is wrong
    except TaskFormatError as exc:
        raise ImportTargetError(f"imported task {problem.name} (line {problem.line}) does not load back: {exc}") from exc
    return ImportedTask(problem.name, folder, cfg_source, tuple(notes))
