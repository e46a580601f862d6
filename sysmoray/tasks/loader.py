"""Load and validate tasks: ``<dir>/<name>/task.yaml`` + ``invariants.yaml``.

Every validation error names the file, the line and the field (``state.actions[2].params``), so
a task author can fix a task without reading this code. Folders may be local or fsspec URLs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fsspec
import yaml

from sysmoray.tasks.files import NotUTF8Error, read_utf8
from sysmoray.tasks.model import (
    CONTRACT_NAMES, DESCRIPTION, DOMAINS, GENERIC_NAMES, KINDS, TASK_PROMPTS, ActionContract, Constant,
    Granularity, InvariantTemplate, PackageSource, Param, Source, SourceFile, SourceFiles, Task, Variable,
    expression_problem, name_problem,
)
from sysmoray.tasks.trace import TraceFormatError
from sysmoray.tla import budget

TASK_FILE = "task.yaml"
INVARIANTS_FILE = "invariants.yaml"
# safety: a state predicate; liveness: a temporal property; action: [][A]_v over steps.
TEMPLATE_TYPES = ("safety", "liveness", "action")
BUILTIN_TASKS_DIR = Path(__file__).resolve().parents[2] / "tasks"
# A task file holds a few hundred values; aliases may repeat a subtree, but not into a bomb
# ("billion laughs": nine aliases of nine give 10^9 values from a few lines).
MAX_YAML_VALUES = 100_000
# Keys of a system task that a description task must not carry (a typo'd kind would otherwise
# silently drop its traces).
_SYSTEM_ONLY = ("source", "language", "granularity", "traces", "harness")


class TaskFormatError(ValueError):
    def __init__(self, path: str, line: int | None, field_name: str, message: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: field '{field_name}': {message}")
        self.path, self.line, self.field, self.reason = path, line, field_name, message


class _Doc:
    """A parsed YAML file that remembers the line of every value, for error messages."""

    def __init__(self, text: str, path: str):
        self.path = path
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            # PyYAML's own message quotes the line on lines of its own: keep the error one line.
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            where = f" at column {mark.column + 1}" if mark else ""
            raise TaskFormatError(path, mark.line + 1 if mark else None, "-", f"not valid YAML: {problem}{where}") from None
        except RecursionError:  # the composer recurses once per level
            raise TaskFormatError(path, None, "-", "not valid YAML: nested too deeply") from None
        self.lines: dict[tuple, int] = {}
        self._scalars = yaml.constructor.SafeConstructor()  # the safe loader's own scalar types
        self._values = 0
        self._open: set[int] = set()  # nodes being converted: meeting one again is a recursive alias
        self.data = self._convert(node, ()) if node is not None else {}

    def _convert(self, node: yaml.Node, at: tuple) -> Any:
        self.lines[at] = node.start_mark.line + 1
        self._values += 1
        if self._values > MAX_YAML_VALUES:
            raise self.error(at, f"more than {MAX_YAML_VALUES} values once aliases are expanded (an alias bomb?)")
        if id(node) in self._open:
            raise self.error(at, "a recursive alias (an anchor used inside itself)")
        if isinstance(node, yaml.ScalarNode):
            try:
                return self._scalars.construct_object(node)
            except yaml.YAMLError as exc:  # a tag the safe loader does not build (!!python/...)
                raise self.error(at, f"not a plain value: {getattr(exc, 'problem', None) or exc}") from None
            except ValueError as exc:  # an integer past Python's digit limit for conversion
                raise self.error(at, f"not a usable value: {str(exc).split(':')[0]}") from None
        self._open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                out = {}
                for key_node, value_node in node.value:
                    if not isinstance(key_node, yaml.ScalarNode):
                        raise self.error(at, f"a key must be a plain value (line {key_node.start_mark.line + 1})")
                    key = key_node.value
                    out[key] = self._convert(value_node, at + (key,))
                    self.lines.setdefault(at + (key,), key_node.start_mark.line + 1)
                return out
            return [self._convert(item, at + (i,)) for i, item in enumerate(node.value)]
        except RecursionError:
            raise self.error(at, "nested too deeply") from None
        finally:
            self._open.discard(id(node))

    def error(self, at: tuple, message: str) -> TaskFormatError:
        line = None
        for k in range(len(at), -1, -1):
            if at[:k] in self.lines:
                line = self.lines[at[:k]]
                break
        name = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in at).lstrip(".") or "-"
        return TaskFormatError(self.path, line, name, message)

    def get(self, at: tuple, kind: type | tuple, required: bool = True, default: Any = None) -> Any:
        value: Any = self.data
        for i, part in enumerate(at):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and isinstance(part, int) and part < len(value):
                value = value[part]
            else:
                if required:
                    if not isinstance(value, (dict, list)):
                        raise self.error(at[:i], f"expected a mapping, got {type(value).__name__}")
                    raise self.error(at, "missing")
                return default
        if value is None and not required:
            return default
        if not isinstance(value, kind) or (kind is str and value == "" and required):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.error(at, f"expected {names}, got {value!r}")
        return value

    def name(self, at: tuple) -> str:
        value = self.get(at, str)
        problem = name_problem(value)
        if problem:
            raise self.error(at, problem)
        return value

    def expression(self, at: tuple) -> str:
        value = self.get(at, str)
        problem = expression_problem(value)
        if problem:
            raise self.error(at, problem)
        return value


def load_task(folder: str | Path) -> Task:
    """Load the task in ``folder`` (a local path or an fsspec URL)."""
    root = str(folder).rstrip("/")
    fs, base = fsspec.core.url_to_fs(root)
    task_path = f"{base}/{TASK_FILE}"
    if not fs.exists(task_path):
        raise TaskFormatError(f"{root}/{TASK_FILE}", None, "-", "no task.yaml in the task folder")
    doc = _read_doc(fs, task_path, f"{root}/{TASK_FILE}")
    invariants: tuple[InvariantTemplate, ...] = ()
    inv_path = f"{base}/{INVARIANTS_FILE}"
    if fs.exists(inv_path):
        generic = doc.data.get("invariant_names") == GENERIC_NAMES if isinstance(doc.data, dict) else False
        invariants = _invariants(_read_doc(fs, inv_path, f"{root}/{INVARIANTS_FILE}"), generic)
    task = _task(doc, root, invariants)
    _check_references(doc, task)
    return task


@dataclass(frozen=True)
class BrokenTask:
    folder: str  # the task folder's name, which stands for the task's (task.yaml did not load)
    error: TaskFormatError | TraceFormatError  # its task files, or (found later) its traces


@dataclass(frozen=True)
class TaskScan:
    """The tasks of a tasks directory: those that load, and why the others do not. One
    malformed task must not make the others unusable."""

    tasks: tuple[Task, ...]
    broken: tuple[BrokenTask, ...] = ()

    def named(self, name: str) -> Task:
        for task in self.tasks:
            if task.name == name:
                return task
        for bad in self.broken:
            if bad.folder == name:
                raise bad.error
        known = ", ".join(t.name for t in self.tasks) or "(none)"
        broken = f"; malformed: {', '.join(b.folder for b in self.broken)}" if self.broken else ""
        raise UnknownTaskError(f"no task named {name!r}; known tasks: {known}{broken}")


def scan_tasks(tasks_dir: str | Path | None = None) -> TaskScan:
    """Every task folder under ``tasks_dir`` (default: the built-in tasks), loaded; sorted by name."""
    root = str(tasks_dir or BUILTIN_TASKS_DIR).rstrip("/")
    fs, base = fsspec.core.url_to_fs(root)
    if not fs.isdir(base):
        raise TaskFormatError(root, None, "-", "tasks directory does not exist")
    folders = sorted(p for p in fs.ls(base, detail=False) if fs.exists(f"{p}/{TASK_FILE}"))
    prefix = root[: len(root) - len(base)] if root.endswith(base) else ""
    tasks, broken = [], []
    for folder in folders:
        try:
            tasks.append(load_task(prefix + folder))
        except TaskFormatError as exc:
            broken.append(BrokenTask(folder.rstrip("/").rsplit("/", 1)[-1], exc))
    return TaskScan(tuple(sorted(tasks, key=lambda t: t.name)), tuple(broken))


def discover_tasks(tasks_dir: str | Path | None = None) -> list[Task]:
    """Every task under ``tasks_dir``, sorted by name; a malformed one raises its error (use
    ``scan_tasks`` to go on without it)."""
    scan = scan_tasks(tasks_dir)
    if scan.broken:
        raise scan.broken[0].error
    return list(scan.tasks)


class UnknownTaskError(LookupError):
    pass


def find_task(name: str, tasks_dir: str | Path | None = None) -> Task:
    """The task called ``name``; other tasks of the directory may be malformed."""
    return scan_tasks(tasks_dir).named(name)


def _read_doc(fs, path: str, shown: str) -> _Doc:
    """The YAML file at ``path``; errors name it ``shown`` (with the folder's URL scheme)."""
    try:
        return _Doc(read_utf8(fs, path), shown)
    except NotUTF8Error as exc:
        raise TaskFormatError(shown, exc.line, "-", str(exc)) from None


def _task(doc: _Doc, root: str, invariants: tuple[InvariantTemplate, ...]) -> Task:
    kind = doc.get(("kind",), str)
    if kind not in KINDS:
        raise doc.error(("kind",), f"must be one of {', '.join(KINDS)}, got {kind!r}")
    if kind == DESCRIPTION:
        for key in _SYSTEM_ONLY:
            if key in doc.data:
                raise doc.error((key,), "a description task has no code, traces or action contract: "
                                        f"'{key}' belongs to system tasks")
        if isinstance(doc.data.get("state"), dict) and "actions" in doc.data["state"]:
            raise doc.error(("state", "actions"), "a description task names no actions: a model chooses its own")
    # An imported system (code as files or none, no harness) may come without a contract.
    files_source = (isinstance(doc.data.get("source"), dict) and "files" in doc.data["source"]
                    and "go_package" not in doc.data["source"]) \
        or ("source" not in doc.data and "provenance" in doc.data)
    variables = tuple(
        # an imported contract (SysMoBench's traces) names variables without domains
        Variable(doc.name(("state", "variables", i, "name")),
                 doc.get(("state", "variables", i, "domain"), str, required=not files_source, default=""),
                 doc.get(("state", "variables", i, "description"), str, required=False, default=""))
        for i in range(len(doc.get(("state", "variables"), list, required=kind != DESCRIPTION and not files_source, default=[])))
    )
    constants = tuple(
        Constant(doc.name(("state", "constants", i, "name")), str(doc.get(("state", "constants", i, "value"), (str, int))),
                 doc.get(("state", "constants", i, "description"), str, required=False, default=""))
        for i in range(len(doc.get(("state", "constants"), list, required=False, default=[])))
    )
    common = dict(
        name=doc.get(("name",), str),
        description=doc.get(("description",), str),
        kind=kind,
        variables=variables,
        constants=constants,
        module=doc.name(("module",)),
        root=root,
        reference_module=doc.get(("reference", "module"), str, required=False),
        reference_cfg=doc.get(("reference", "cfg"), str, required=False),
        invariants=invariants,
        budget=_budget(doc),
        provenance=_provenance(doc),
        prompts=_prompts(doc),
        prompt_values=_prompt_values(doc),
        invariant_names=_invariant_names(doc),
    )
    if kind == DESCRIPTION:
        domain = doc.get(("domain",), str)
        if not all(part.isalnum() for part in domain.split("_")) or len(domain) > 64:
            raise doc.error(("domain",), f"must be a short snake_case name (ChatTLA's: {', '.join(DOMAINS)}), got {domain!r}")
        return Task(language=None, source=None, granularity=Granularity(()), actions=(), domain=domain, **common)
    # An imported system whose code was not found has no source (its direct prompt is skipped);
    # every other system task must name its code.
    imported_without_code = "source" not in doc.data and "provenance" in doc.data and not doc.data.get("harness")
    source = None if imported_without_code else _source(doc)
    # An imported system (code as files, no harness) may come without a contract: it is scored
    # on P1, P2 and what its importer could convert.
    contract_required = isinstance(source, (Source, PackageSource))
    actions = []
    for i in range(len(doc.get(("state", "actions"), list, required=contract_required, default=[]))):
        at = ("state", "actions", i)
        params = tuple(
            Param(doc.name(at + ("params", j, "name")), doc.get(at + ("params", j, "domain"), str, required=contract_required, default=""))
            for j in range(len(doc.get(at + ("params",), list, required=False, default=[])))
        )
        steps = doc.get(at + ("internal_steps",), int, required=False, default=0)
        actions.append(ActionContract(doc.name(at + ("name",)), params, doc.get(at + ("description",), str, required=False, default=""), steps))
    mandatory = tuple(doc.get(("granularity", "mandatory"), list, required=contract_required, default=[]))
    if not contract_required and (doc.data.get("traces") or doc.data.get("harness")) and not actions:
        raise doc.error(("state",), "a task with traces or a harness needs a state contract (variables and actions)")
    return Task(
        language=doc.get(("language",), str),
        source=source,
        granularity=Granularity(mandatory, tuple(doc.get(("granularity", "excluded"), list, required=False, default=[]))),
        actions=tuple(actions),
        traces=doc.get(("traces",), str, required=False),
        harness=doc.get(("harness",), str, required=False),
        domain=doc.get(("domain",), str, required=False),
        **common,
    )


def _source(doc: _Doc) -> Source | SourceFiles | PackageSource:
    """``source:`` names a Python module and objects, or a Go package a Debian package installs
    (both read at run time, never stored), or lists ``files`` kept in the task folder (an
    imported system in another language)."""
    if "go_package" in doc.get(("source",), dict):
        root = doc.get(("source", "root"), str)
        if not root.startswith("/"):
            raise doc.error(("source", "root"), f"must be the absolute folder the package installs the code in, got {root!r}")
        names = doc.get(("source", "files"), list)
        for i, name in enumerate(names):
            if not isinstance(name, str) or name.startswith("/") or ".." in Path(name).parts:
                raise doc.error(("source", "files", i), f"must be a path inside {root}, got {name!r}")
        if not names:
            raise doc.error(("source", "files"), "lists no file")
        return PackageSource(doc.get(("source", "go_package"), str), root, tuple(names),
                             doc.get(("source", "debian_package"), str))
    if "files" in doc.get(("source",), dict):
        files = []
        for i in range(len(doc.get(("source", "files"), list))):
            at = ("source", "files", i)
            path = doc.get(at + ("path",), str)
            if path.startswith("/") or ".." in Path(path).parts:
                raise doc.error(at + ("path",), f"must be a path inside the task folder, got {path!r}")
            files.append(SourceFile(path, doc.get(at + ("description",), str, required=False, default=""),
                                    doc.get(at + ("original",), str, required=False, default=""),
                                    doc.get(at + ("sha256",), str, required=False, default="")))
        if not files:
            raise doc.error(("source", "files"), "lists no file")
        return SourceFiles(tuple(files), doc.get(("source", "repository"), str, required=False, default=""))
    source = Source(
        module=doc.get(("source", "module"), str),
        objects=tuple(doc.get(("source", "objects"), list)),
        package=doc.get(("source", "package"), str, required=False),
    )
    for i, obj in enumerate(source.objects):
        if not isinstance(obj, str):
            raise doc.error(("source", "objects", i), f"expected an object name, got {obj!r}")
    return source


def _prompts(doc: _Doc) -> dict[str, str]:
    """``prompts:`` method -> a prompt template of the task's own, relative to its folder."""
    values = doc.get(("prompts",), dict, required=False, default={})
    for method, path in values.items():
        if method not in TASK_PROMPTS:
            raise doc.error(("prompts", method), f"unknown prompt; a task may bring its own prompt for: {', '.join(TASK_PROMPTS)}")
        if not isinstance(path, str) or path.startswith("/") or ".." in Path(path).parts:
            raise doc.error(("prompts", method), f"must be a path inside the task folder, got {path!r}")
    return dict(values)


def _prompt_values(doc: _Doc) -> dict[str, str]:
    values = doc.get(("prompt_values",), dict, required=False, default={})
    for key, value in values.items():
        if not isinstance(value, str):
            raise doc.error(("prompt_values", key), f"expected text, got {value!r}")
    return dict(values)


def _invariant_names(doc: _Doc) -> str:
    value = doc.get(("invariant_names",), str, required=False, default=CONTRACT_NAMES)
    if value not in (CONTRACT_NAMES, GENERIC_NAMES):
        raise doc.error(("invariant_names",), f"must be {CONTRACT_NAMES} or {GENERIC_NAMES}, got {value!r}")
    return value


def _provenance(doc: _Doc) -> dict[str, str]:
    """An imported task's ``provenance:`` mapping (importer, file, commit, ...), kept as text."""
    values = doc.get(("provenance",), dict, required=False, default={})
    for key, value in values.items():
        if not isinstance(value, (str, int, float, bool)):
            raise doc.error(("provenance", key), f"expected a plain value, got {value!r}")
    return {str(k): str(v) for k, v in values.items()}


def _budget(doc: _Doc) -> budget.Budget:
    values = doc.get(("budget",), dict, required=False, default={})
    values = {k: v for k, v in values.items() if k not in budget.RETIRED_KEYS}
    for key, value in values.items():
        if key not in budget.KEYS:
            raise doc.error(("budget", key), f"unknown budget key; known: {', '.join(sorted(budget.KEYS))}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise doc.error(("budget", key), f"must be a whole number >= 1, got {value!r}")
    return budget.Budget(**values)


def _check_references(doc: _Doc, task: Task) -> None:
    actions = set(task.action_names)
    for i, name in enumerate(task.granularity.mandatory):
        if name not in actions:
            raise doc.error(("granularity", "mandatory", i), f"{name!r} is not an action of the state contract")
    names = [v.name for v in task.variables] + [c.name for c in task.constants] + list(actions)
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise doc.error(("state",), f"names used twice: {sorted(duplicates)}")
    if task.name != Path(task.root).name and "://" not in task.root:
        raise doc.error(("name",), f"must match the folder name {Path(task.root).name!r}")


def _invariants(doc: _Doc, generic: bool = False) -> tuple[InvariantTemplate, ...]:
    """``generic``: the expressions are a benchmark's examples in generic names, text for a
    concretizer, never spliced into a module as they are (so not held to the splicing rules)."""
    out = []
    for i in range(len(doc.get(("invariants",), list))):
        at = ("invariants", i)
        kind = doc.get(at + ("type",), str)
        if kind not in TEMPLATE_TYPES:
            raise doc.error(at + ("type",), f"must be one of {', '.join(TEMPLATE_TYPES)}, got {kind!r}")
        out.append(InvariantTemplate(
            name=doc.name(at + ("name",)),
            type=kind,
            text=doc.get(at + ("text",), str),
            formal=doc.get(at + ("formal",), str, required=False, default=""),
            expression=doc.get(at + ("expression",), str) if generic else doc.expression(at + ("expression",)),
        ))
    return tuple(out)
