"""Import a user's SysMoBench checkout: one sysmoray task folder per system.

Read at run time from the checkout (nothing of SysMoBench is in this repository):
- ``tla_eval/tasks/<name>/task.yaml``: name, description, system_type, language, the repository
  and the source files (``source_files`` / ``default_source_file``), ``specModule``,
  ``traces_folder``;
- ``tla_eval/tasks/<name>/prompts/*.txt``: the system's own prompts; ``direct_call.txt`` becomes
  the task's ``direct`` prompt, its placeholders filled as SysMoBench fills them;
- ``data/invariant_templates/<name>/invariants.yaml``: the P4 templates, in SysMoBench's generic
  names (``invariant_names: generic``: scored only through a concretizer);
- the code: ``data/source/<name>/<file>`` when the checkout has it, else ``--source-root``
  (a clone of the repository task.yaml names, or a folder holding such clones by name);
- ``data/sys_traces/<name>/*.ndjson`` (newer checkouts): the system's traces, converted into the
  task folder's ``traces/`` with the contract they are written in (``sysmobench_traces``); else
  PGo's logs (``trace-*.log``, ``tla_eval/core/trace_generation/<name>/traces_found/<run>/``:
  dqueue, locksvc, raftkvs), converted by ``pgo_traces``.

Each system is imported with what converts; what does not is a note in the task's provenance
and in the report (no source: no ``direct`` prompt; no traces: no conformance). The code and the
prompts are copied into the user's task folder so the task is whole where a sweep reads it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from sysmoray.tasks.importers import pgo_traces, sysmobench_traces
from sysmoray.tasks.importers.targets import clear_task_folder, target_problem
from sysmoray.tasks.loader import INVARIANTS_FILE, TASK_FILE, TaskFormatError, load_task
from sysmoray.tasks.model import CONCRETIZE_PROMPT, GENERIC_NAMES, SYSTEM_KINDS, name_problem
from sysmoray.tasks.untrusted import UntrustedFileError, read_capped

TASKS = Path("tla_eval/tasks")
TEMPLATES = Path("data/invariant_templates")
SOURCES = Path("data/source")
MAX_SOURCE_BYTES = 8 * 1024 * 1024  # one source file of a system (etcd's raft.go: 70 KB)
MAX_PROMPT_BYTES = 1024 * 1024  # a prompt, a task.yaml
DIRECT_PROMPT = "direct_call.txt"
CONCRETIZE_PROMPT_FILE = "phase3_invariant_implementation.txt"
TEMPLATE_TYPES = ("safety", "liveness")  # the types SysMoBench's templates use


class CheckoutError(ValueError):
    """The path is not a SysMoBench checkout, or the output folder cannot take the tasks."""


@dataclass(frozen=True)
class ImportedSystem:
    name: str
    folder: Path | None  # None: nothing could be imported (the reason is in ``notes``)
    notes: tuple[str, ...] = ()
    source_files: int = 0
    templates: int = 0
    has_direct_prompt: bool = False


@dataclass(frozen=True)
class SysMoBenchImport:
    checkout: str
    commit: str
    systems: tuple[ImportedSystem, ...] = field(default_factory=tuple)

    @property
    def imported(self) -> tuple[ImportedSystem, ...]:
        return tuple(s for s in self.systems if s.folder is not None)


def checkout_commit(root: Path) -> str:
    """The commit of the git clone whose top folder is ``root``, or why it is unknown (a folder
    inside some other repository is not a clone of its own)."""
    try:
        done = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-toplevel", "HEAD"],
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unknown ({exc})"
    lines = done.stdout.split()
    if done.returncode != 0 or len(lines) != 2 or Path(lines[0]).resolve() != root.resolve():
        return "unknown (not a git clone)"
    return lines[1]


def system_folders(root: Path) -> list[Path]:
    tasks = root / TASKS
    if not tasks.is_dir():
        raise CheckoutError(f"{root} is not a SysMoBench checkout: it has no {TASKS}/ folder")
    folders = sorted(p for p in tasks.iterdir() if (p / "task.yaml").is_file())
    if not folders:
        raise CheckoutError(f"{root / TASKS} holds no <system>/task.yaml")
    return folders


def import_checkout(
    root: Path, out: Path, source_root: Path | None = None, force: bool = False,
    on_system: Callable[[ImportedSystem], None] | None = None,
) -> SysMoBenchImport:
    folders = system_folders(root)
    problem = target_problem(out, [f.name for f in folders], force)
    if problem:
        raise CheckoutError(problem)
    commit = checkout_commit(root)
    systems = []
    for folder in folders:
        system = import_system(root, folder, out, commit, source_root)
        systems.append(system)
        if on_system:
            on_system(system)
    return SysMoBenchImport(str(root), commit, tuple(systems))


def import_system(root: Path, folder: Path, out: Path, commit: str, source_root: Path | None) -> ImportedSystem:
    """One system's task folder, with notes on what could not be converted."""
    try:
        meta = yaml.safe_load(read_capped(folder / "task.yaml", MAX_PROMPT_BYTES, root).decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, UntrustedFileError) as exc:
        return ImportedSystem(folder.name, None, (f"task.yaml does not read: {exc}",))
    if not isinstance(meta, dict):
        return ImportedSystem(folder.name, None, ("task.yaml is not a mapping",))
    name = folder.name
    module = str(meta.get("specModule") or name)
    for what, value in (("system name", name), ("specModule", module)):
        problem = name_problem(value)
        if problem:
            return ImportedSystem(name, None, (f"{what} {problem}",))
    notes: list[str] = []
    kind = str(meta.get("system_type", ""))
    if kind not in SYSTEM_KINDS:
        notes.append(f"system_type {kind!r} is not one of {', '.join(SYSTEM_KINDS)}: imported as concurrent")
        kind = "concurrent"
    target = out / name
    clear_task_folder(target)
    target.mkdir(parents=True)
    repository = meta.get("repository") if isinstance(meta.get("repository"), dict) else {}
    entries = _source_entries(meta)
    files, source_notes = _copy_sources(root, name, entries, repository, source_root, target)
    notes += source_notes
    prompts = _copy_prompts(folder, target)
    if DIRECT_PROMPT not in prompts:
        notes.append(f"no prompts/{DIRECT_PROMPT}: the direct method uses sysmoray's own prompt")
    templates, template_notes = _templates(root / TEMPLATES / name / "invariants.yaml")
    notes += template_notes
    traces_folder = str(meta.get("traces_folder") or f"data/sys_traces/{name}")
    trace_files = sorted((root / traces_folder).glob("*.ndjson")) if (root / traces_folder).is_dir() else []
    converted = sysmobench_traces.convert(trace_files, root)
    runs = [] if converted.traces else pgo_traces.find_runs(root, name, traces_folder)
    if runs:  # PGo's logs (dqueue, locksvc, raftkvs): one run per folder of trace-*.log
        notes += converted.notes
        converted = pgo_traces.convert(runs, root)
        traces_folder = f"the PGo logs under {os.path.commonpath([str(r.relative_to(root)) for r in runs])}"
    notes += converted.notes
    written = sysmobench_traces.write_converted(converted, name, target / "traces", commit) if converted.traces else 0
    if written:
        notes.append(f"{written} trace(s) converted from {traces_folder}: P3 scores a candidate that declares their "
                     f"variables ({', '.join(converted.variables)}) and actions ({', '.join(converted.actions)})")
    else:
        notes.append(f"no traces in the checkout ({traces_folder}): conformance (P3) not scored" if not trace_files + runs
                     else f"no trace of {traces_folder} converts: conformance (P3) not scored")
    doc: dict[str, Any] = {
        "name": name,
        "description": str(meta.get("description") or name),
        "kind": kind,
        "language": str(meta.get("language") or "unknown"),
        "module": module,
    }
    if files:
        doc["source"] = {"repository": str(repository.get("url", "")), "files": files}
    if written:
        doc["state"] = (pgo_traces if runs else sysmobench_traces).contract(converted)
        doc["granularity"] = {"mandatory": list(converted.actions)}
        doc["traces"] = "traces"
    if DIRECT_PROMPT in prompts:
        doc["prompts"] = {"direct": f"prompts/{DIRECT_PROMPT}"}
        doc["prompt_values"] = _prompt_values(meta, entries, repository, kind)
    if templates and CONCRETIZE_PROMPT_FILE in prompts:  # the concretizer's prompt, as SysMoBench asks it
        doc.setdefault("prompts", {})[CONCRETIZE_PROMPT] = f"prompts/{CONCRETIZE_PROMPT_FILE}"
    if templates:
        doc["invariant_names"] = GENERIC_NAMES
        (target / INVARIANTS_FILE).write_text(yaml.safe_dump({"invariants": templates}, sort_keys=False, allow_unicode=True),
                                             encoding="utf-8")
    task_yaml = read_capped(folder / "task.yaml", MAX_PROMPT_BYTES, root)  # read above already
    doc["provenance"] = {
        "importer": "sysmobench", "checkout": str(root.resolve()), "commit": commit,
        "task_yaml": str(folder.relative_to(root) / "task.yaml"), "task_yaml_sha256": hashlib.sha256(task_yaml).hexdigest(),
        "notes": "; ".join(notes) or "-",
    }
    (target / TASK_FILE).write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    try:
        load_task(target)  # what is written must load: a failure here is the importer's bug
    except TaskFormatError as exc:
        raise RuntimeError(f"the imported task {name} does not load: {exc}") from exc
    return ImportedSystem(name, target, tuple(notes), len(files), len(templates), DIRECT_PROMPT in prompts)


def _source_entries(meta: dict) -> list[dict[str, str]]:
    """The files SysMoBench shows by default: ``default_source_file`` (one path or a list) with
    the descriptions ``source_files`` gives them, else every ``source_files`` entry."""
    described = {}
    for entry in meta.get("source_files") or []:
        if isinstance(entry, dict) and entry.get("path"):
            described[str(entry["path"])] = str(entry.get("description", ""))
        elif isinstance(entry, str):
            described[entry] = ""
    default = meta.get("default_source_file")
    picked = default if isinstance(default, list) else [default] if default else list(described)
    entries = []
    for item in picked:  # a path, or (newer task files) a mapping with its own description
        if isinstance(item, dict) and item.get("path"):
            path = str(item["path"])
            entries.append({"path": path, "description": str(item.get("description") or described.get(path, ""))})
        elif isinstance(item, str):
            entries.append({"path": item, "description": described.get(item, "")})
    return entries


def _copy_sources(
    root: Path, name: str, entries: list[dict[str, str]], repository: dict, source_root: Path | None, target: Path,
) -> tuple[list[dict[str, str]], list[str]]:
    files, notes = [], []
    repo_name = str(repository.get("url", "")).rstrip("/").removesuffix(".git").rsplit("/", 1)[-1]
    for entry in entries:
        original = entry["path"]
        # (where to look, the folder it must not leave: a symlink or an absolute path may point anywhere)
        candidates = [(root / SOURCES / name / Path(original).name, root)]
        if source_root is not None:
            candidates += [(source_root / original, source_root)] + (
                [(source_root / repo_name / original, source_root)] if repo_name else [])
        found, data, refused = None, b"", []
        for path, folder in candidates:
            if not (path.is_file() or path.is_symlink()):
                continue
            try:
                found, data = path, read_capped(path, MAX_SOURCE_BYTES, folder)
                break
            except UntrustedFileError as exc:
                found, refused = None, refused + [str(exc)]
        if found is None:
            where = f"{SOURCES / name}/" + (f" nor under {source_root}" if source_root else "")
            hint = "" if source_root else f" (pass --source-root with a clone of {repository.get('url', 'its repository')})"
            notes.append(f"source {original} not found in {where}{hint}" if not refused
                         else f"source {original} not copied: {'; '.join(refused)}")
            continue
        relative = f"source/{Path(original).name}"
        if any(f["path"] == relative for f in files):  # two files of one base name
            relative = f"source/{original}"
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (target / relative).write_bytes(data)
        files.append({"path": relative, "description": entry["description"], "original": original,
                      "sha256": hashlib.sha256(data).hexdigest()})
        if not found.is_relative_to(root / SOURCES):
            notes.append(f"source {original} read from {found}" + _version_note(found.parent, repository.get("commit")))
    if entries and not files:
        notes.append("no source code: the direct method is skipped for this task")
    return files, notes


def _version_note(folder: Path, expected: object) -> str:
    """The clone's commit, and whether it is the one SysMoBench's task.yaml pins."""
    commit = checkout_commit(folder)
    said = f" at commit {commit}" if not commit.startswith("unknown") else " (not a git clone: version unknown)"
    if expected and str(expected) != commit:
        said += f"; SysMoBench's task.yaml names commit {expected}: scores may not compare"
    return said


def _copy_prompts(folder: Path, target: Path) -> list[str]:
    """Every prompt text of the system (the concretizer's ``phase3_invariant_implementation.txt``
    among them); only ``direct_call.txt`` is used as a method's prompt."""
    prompts = sorted(p for p in (folder / "prompts").glob("*.txt")) if (folder / "prompts").is_dir() else []
    if prompts:
        (target / "prompts").mkdir()
    copied = []
    for p in prompts:
        try:
            (target / "prompts" / p.name).write_bytes(read_capped(p, MAX_PROMPT_BYTES, folder))
            copied.append(p.name)
        except UntrustedFileError:
            continue  # a link out of the checkout or a huge file: not a prompt of this system
    return copied


def _prompt_values(meta: dict, entries: list[dict[str, str]], repository: dict, kind: str) -> dict[str, str]:
    """The placeholders SysMoBench fills in a direct prompt besides the code: one file's path and
    focus, or (several files) the Python lists it shows."""
    paths = [e["path"] for e in entries]
    focus = [e["description"] for e in entries]
    return {
        "system_type": str(meta.get("system_type", kind)),
        "file_path": str(paths if len(paths) > 1 else paths[0]) if paths else "",
        "focus": str(focus if len(focus) > 1 else focus[0]) if focus else "",
        "repository_url": str(repository.get("url", "")),
        "trace_format": str(meta.get("trace_format")),
        "trace_sample": str(meta.get("trace_sample")),
    }


def _templates(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    if not path.is_file():
        return [], [f"no invariant templates ({path.parent.name}/invariants.yaml): invariants (P4) not scored"]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return [], [f"invariant templates do not read ({exc}): invariants (P4) not scored"]
    out, notes = [], []
    entries = data.get("invariants") if isinstance(data, dict) else None
    for i, t in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(t, dict):
            notes.append(f"template {i + 1} is not a mapping: skipped")
            continue
        name, kind, example = str(t.get("name", "")), str(t.get("type", "")).strip(), t.get("tla_example")
        problem = name_problem(name) or (None if kind in TEMPLATE_TYPES else f"type {kind!r} is not one of {', '.join(TEMPLATE_TYPES)}") \
            or (None if isinstance(example, str) and example.strip() else "no tla_example")
        if problem:
            notes.append(f"template {name or i + 1}: {problem}: skipped")
            continue
        formal = str(t.get("formal_description", ""))
        if t.get("scope"):
            formal += f" (scope: {t['scope']})"
        out.append({"name": name, "type": kind, "text": str(t.get("natural_language", "")), "formal": formal,
                    "expression": example.strip()})
    if not out and not notes:
        notes.append("the invariant templates file lists none: invariants (P4) not scored")
    return out, notes
