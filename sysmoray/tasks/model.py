"""The task model (DESIGN §4): what a model of a system must capture and how it is checked."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sysmoray.tla.budget import Budget

# Task names (contract names, invariant names, trace keys) are spliced into generated TLA+ as
# they are, so each must be a TLA+ identifier that cannot mean anything else there.
# SANY also reads "9x" and "_x" as identifiers; a leading letter keeps them apart from numbers
# and from the wrappers' "_"-joined names at a glance.
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
RESERVED_WORDS = frozenset("""
    ACTION ASSUME ASSUMPTION AXIOM BOOLEAN BY CASE CHOOSE CONSTANT CONSTANTS COROLLARY DEF DEFINE DEFS
    DOMAIN ELSE ENABLED EXCEPT EXTENDS FALSE HAVE HIDE IF IN INSTANCE LAMBDA LEMMA LET LOCAL MODULE NEW
    OBVIOUS OMITTED ONLY OTHER PICK PROOF PROPOSITION PROVE QED RECURSIVE STATE STRING SUBSET SUFFICES
    TAKE TEMPORAL THEN THEOREM TRUE UNCHANGED UNION USE VARIABLE VARIABLES WITH WITNESS
""".split())
_FAIRNESS_PREFIXES = ("WF_", "SF_")  # WF_vars is fairness, not a name
WRAPPER_PREFIX = "Sysmoray"  # the wrappers' own definitions (SysmorayPre, SysmorayInv_...)
# Names become file names too (<module>.tla, <module>_sysmoray_iso<k>.tla): stay well under the
# file systems' 255-byte limit.
MAX_NAME_LENGTH = 200
# What would end the wrapper module, start another, or swallow the text after a spliced
# expression: a module's end or separator line, a MODULE header, comment delimiters.
_ESCAPES = re.compile(r"={4,}|-{4,}|\bMODULE\b|\(\*|\*\)|\\\*")


@functools.lru_cache(maxsize=4096)  # traces repeat the same few names on every line
def name_problem(name: str) -> str | None:
    """Why ``name`` cannot stand as a name in generated TLA+, or None."""
    if len(name) > MAX_NAME_LENGTH:
        return f"is {len(name)} characters long (at most {MAX_NAME_LENGTH})"
    if not _IDENTIFIER.match(name):
        return f"{name!r} is not a TLA+ identifier (a letter, then letters, digits and _)"
    if name in RESERVED_WORDS:
        return f"{name!r} is a TLA+ reserved word"
    if name.startswith(_FAIRNESS_PREFIXES):
        return f"{name!r} starts with {name[:3]}, which TLA+ reads as a fairness operator"
    if name.startswith(WRAPPER_PREFIX):
        return f"{name!r} starts with {WRAPPER_PREFIX}, which sysmoray's wrapper modules use for their own names"
    return None


def expression_problem(text: str) -> str | None:
    """Why ``text`` cannot be spliced into a wrapper module as an expression, or None."""
    found = _ESCAPES.search(text)
    if found:
        return (f"contains {found.group()!r}, which would end or escape the wrapper module it is "
                "spliced into (module lines, MODULE headers and comments are not allowed in expressions)")
    return None


@dataclass(frozen=True)
class Source:
    """Where the real code comes from: a module importable at run time, and the objects in it."""

    module: str
    objects: tuple[str, ...]
    package: str | None = None  # PyPI distribution, when not the standard library
    version: str | None = None  # version the traces were recorded against (filled at run time)


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the task folder
    description: str = ""
    original: str = ""  # its path in the repository it came from
    sha256: str = ""  # of the file as imported


@dataclass(frozen=True)
class SourceFiles:
    """The real code as files kept in the task folder (an imported system in Go, Rust, C...)."""

    files: tuple[SourceFile, ...]
    repository: str = ""  # where the files come from (a URL), for the prompt and the record


@dataclass(frozen=True)
class PackageSource:
    """Real code in another language that a system package installs (Debian's Go sources of
    etcd), read at run time where the package put it: never stored in the task folder."""

    package: str  # the language's name of the code (a Go import path)
    root: str  # the absolute folder the package installs it in
    files: tuple[str, ...]  # relative to root: what prompts show and the fingerprint hashes
    system_package: str  # the Debian package that installs it (``apt-get install`` names it)


@dataclass(frozen=True)
class Variable:
    name: str
    domain: str  # a TLA+ set expression over the contract's constants; "" when unknown (imported)
    description: str = ""


@dataclass(frozen=True)
class Constant:
    name: str
    value: str  # the TLA+ value used for checking
    description: str = ""


@dataclass(frozen=True)
class Param:
    name: str
    domain: str


@dataclass(frozen=True)
class ActionContract:
    name: str
    params: tuple[Param, ...] = ()
    description: str = ""
    internal_steps: int = 0  # internal steps a window may take after the action


@dataclass(frozen=True)
class Granularity:
    mandatory: tuple[str, ...]
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class InvariantTemplate:
    name: str
    type: str  # "safety" | "liveness" | "action" ([][A]_v, checked as a PROPERTY)
    text: str  # natural language
    formal: str  # formal description
    expression: str  # TLA+ over the contract's names


SYSTEM_KINDS = ("concurrent", "distributed")  # a real implementation, its code and its traces
DESCRIPTION = "description"  # ChatTLA style: a problem in words, no code, no traces
KINDS = (*SYSTEM_KINDS, DESCRIPTION)
# The domains of ChatTLA's problems (its ``batch`` field); a description task names one.
DOMAINS = (
    "communication_protocols", "concurrency_primitives", "consensus_election", "data_structures",
    "memory_caches", "mutual_exclusion", "puzzles_classical", "scheduling_resources",
    "transactions_databases", "workflows_state_machines",
)
ALL_PHASES = ("syntax", "runtime", "conformance", "invariants")
CONTRACT_NAMES, GENERIC_NAMES = "contract", "generic"  # Task.invariant_names
PROMPT_METHODS = ("direct",)  # the methods a task may bring its own prompt template for
CONCRETIZE_PROMPT = "concretize"  # and its concretizer's prompt (``metrics.concretize``)
TASK_PROMPTS = (*PROMPT_METHODS, CONCRETIZE_PROMPT)


@dataclass(frozen=True)
class Task:
    name: str
    description: str
    kind: str  # one of KINDS
    language: str | None  # the implementation's language; None for a description task
    source: Source | SourceFiles | PackageSource | None  # None for a description task
    granularity: Granularity
    variables: tuple[Variable, ...]
    constants: tuple[Constant, ...]
    actions: tuple[ActionContract, ...]
    module: str  # the TLA+ module name a model must use
    root: str  # the task's folder (local path or fsspec URL)
    traces: str | None = None  # folder of ndjson traces (relative paths resolved against root)
    harness: str | None = None  # python file with the trace generator
    reference_module: str | None = None
    reference_cfg: str | None = None
    invariants: tuple[InvariantTemplate, ...] = field(default_factory=tuple)
    budget: Budget = Budget()  # work bounds of every check of this task (task.yaml ``budget:``)
    domain: str | None = None  # a description task's domain (one of DOMAINS, or its importer's)
    provenance: dict[str, str] = field(default_factory=dict)  # where an imported task came from
    # Prompt templates of the task's own (an imported benchmark's), by method, relative paths:
    # they replace sysmoray's templates so that scores compare with that benchmark's.
    prompts: dict[str, str] = field(default_factory=dict)
    # Values of that template's ``{name}`` placeholders beyond the ones sysmoray fills itself
    # (description, language, module, source_code).
    prompt_values: dict[str, str] = field(default_factory=dict)
    # "contract": the templates are written in the contract's names and instantiated as they are;
    # "generic": in a benchmark's generic names (SysMoBench's), which only a concretizer can map
    # onto a candidate's names: until one is given, P4 is not scored and says why.
    invariant_names: str = "contract"
    # The model (a backend spec) that concretizes generic templates in this run: set by the run
    # (``--concretizer``), never by task.yaml.
    concretizer: str | None = None

    @property
    def needs_concretizer(self) -> bool:
        """Are the templates in generic names, to be concretized per candidate before P4?"""
        return bool(self.invariants) and self.invariant_names != CONTRACT_NAMES

    @property
    def phases(self) -> tuple[str, ...]:
        """The phases this task scores, in order: P1 and P2 always, P3 when it has traces, P4
        when it has invariants it can check (in the contract's names, or with a concretizer).
        The total is renormalised over these (``metrics.score``)."""
        p4 = self.invariants and (not self.needs_concretizer or self.concretizer is not None)
        return ("syntax", "runtime") + (("conformance",) if self.traces else ()) + (("invariants",) if p4 else ())

    @property
    def unscored_phases(self) -> dict[str, str]:
        """Phases the task could have but does not score, with why (shown in every row)."""
        if self.needs_concretizer and self.concretizer is None:
            return {"invariants": (f"not scored: the task's {len(self.invariants)} invariant templates are in "
                                   "generic names that must be concretized in each candidate's own names, "
                                   "and no concretizer was given (--concretizer MODEL)")}
        return {}

    @property
    def default_method(self) -> str:
        # An imported system whose code was not found is prompted with its description.
        return "description" if self.kind == DESCRIPTION or self.source is None else "direct"

    def __hash__(self) -> int:  # provenance and prompts are dicts: hash by identity of what names a task
        return hash((self.name, self.root))

    @property
    def variable_names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables)

    @property
    def action_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.actions)

    def path(self, relative: str) -> str:
        if "://" in relative or relative.startswith("/"):
            return relative
        if "://" in self.root:
            return f"{self.root.rstrip('/')}/{relative}"
        return os.path.normpath(Path(self.root) / relative)


def with_concretizer(task: Task, concretizer: str | None) -> Task:
    """``task`` as a run checks it: a task with generic templates gets the run's concretizer."""
    return replace(task, concretizer=concretizer) if task.needs_concretizer else task


def task_phases(task: Task | None) -> tuple[str, ...]:
    """The phases a check scores: the task's, or P1 and P2 for a model checked without one."""
    return task.phases if task is not None else ("syntax", "runtime")


SUITES = ("system", "description", "all")


def in_suite(task: Task, suite: str) -> bool:
    """Is ``task`` in ``suite``: system tasks (code and traces), description tasks, or all."""
    if suite not in SUITES:
        raise ValueError(f"unknown suite {suite!r}; known: {', '.join(SUITES)}")
    return suite == "all" or (task.kind == DESCRIPTION) == (suite == "description")


def source_summary(task: Task) -> str:
    """One line naming a task's code: the Python module and objects, the installed package, or the imported files."""
    if isinstance(task.source, Source):
        return f"{task.source.module}: {', '.join(task.source.objects)}"
    if isinstance(task.source, SourceFiles):
        return ", ".join(f.original or f.path for f in task.source.files)
    if isinstance(task.source, PackageSource):
        return f"{task.source.package} ({task.source.system_package}): {', '.join(task.source.files)}"
    return "-"
