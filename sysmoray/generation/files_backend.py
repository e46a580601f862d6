"""The ``files:<DIR>`` backend: score TLA+ answers made elsewhere (an agent, a hosted API, an
earlier run, SysMoBench's ``data/spec``) as if a model had written them.

Layout: ``DIR/<task>/`` holds the task's answers, at any depth. Each answer is one file:
- ``NAME.tla``, a module, with ``NAME.cfg`` beside it as its config when there is one (else the
  only ``.cfg`` of its folder, else none: the check makes one from the task's contract), or
- ``NAME.md`` / ``NAME.txt``, a raw LLM answer (prose, fences, a config block: extracted as any
  model's answer is).
Answers are numbered in the order of their paths under ``DIR/<task>/``: sample i of a task is
answer i, the same on every run; a request for more samples than there are answers gets an
``no_answer`` candidate for each one missing (never a repeat): recorded as not measured, left
out of the leaderboards, never scored 0. A module file that other answers'
modules EXTEND or INSTANCE (SysMoBench's ``TVOperators.tla``, a spec under its ``MC.tla``) is
not an answer of its own: it goes with each answer of its folder that names it (a model of
several modules, ``tasks.siblings``). Every candidate
records the file it came from (``meta.path``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from sysmoray.generation.types import ERROR, NO_ANSWER, REPLAY, Candidate, Request
from sysmoray.tasks.siblings import read_siblings
from sysmoray.tasks.untrusted import UntrustedFileError, read_capped, read_head
from sysmoray.tla.module_set import module_name, referenced_names

ANSWER_SUFFIXES = (".tla", ".md", ".txt")
MAX_ANSWER_BYTES = 4 * 1024 * 1024  # as much text as any model's answer could be


class FilesBackend:
    can_repair = False  # the answers are fixed files

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.name = f"files:{root}"
        if not self.root.is_dir():
            where = "" if self.root.is_absolute() else f" (relative to {Path.cwd()}, where the generator runs: give an absolute path)"
            raise RuntimeError(f"files backend: {self.root} is not a folder{where}")

    @lru_cache(maxsize=None)
    def answers(self, task: str) -> tuple[Path, ...]:
        """The answer files of ``task``, in their fixed order."""
        folder = self.root / task
        if not folder.is_dir():
            return ()
        # Links count as answers (their sample says why they are not read when they lead out).
        files = sorted(p for p in folder.rglob("*") if (p.is_file() or p.is_symlink()) and p.suffix in ANSWER_SUFFIXES)
        extended = {name for p in files if p.suffix == ".tla" for name in _extended(p, self.root)}
        return tuple(p for p in files if p.suffix != ".tla" or _module_name(p, self.root) not in extended)

    def generate(self, requests: Sequence[Request]) -> list[Candidate]:
        out = []
        for r in requests:
            found = self.answers(r.task) if r.task else ()
            for i in range(r.n):
                sample = r.first_sample + i
                out.append(self._candidate(r, sample, found))
        return out

    def _candidate(self, r: Request, sample: int, found: tuple[Path, ...]) -> Candidate:
        def error(message: str) -> Candidate:
            return Candidate(r.key, sample, "", r.sample_seed(sample - r.first_sample), ERROR, error=f"files: {message}")

        if sample >= len(found):
            return Candidate(r.key, sample, "", r.sample_seed(sample - r.first_sample), NO_ANSWER,
                             error=f"files: {len(found)} answer(s) for task {r.task!r} under {self.root}; none for sample {sample}")
        path = found[sample]
        try:
            text, unread = _answer_text(path, self.root)
        except UntrustedFileError as exc:
            return error(str(exc))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            return error(f"cannot read {path}: {exc}")
        meta = {"path": str(path.relative_to(self.root))}
        if unread:  # modules it names that were not read (SANY then says they do not exist)
            meta["modules_not_read"] = list(unread)
        return Candidate(r.key, sample, text, r.sample_seed(sample - r.first_sample), REPLAY, meta=meta)

    def close(self) -> None:
        pass


def _answer_text(path: Path, root: Path) -> tuple[str, tuple[str, ...]]:
    """The answer ``path`` holds (a module with its config fenced as a model's answer), read
    only inside ``root`` and within ``MAX_ANSWER_BYTES`` (its config too); and a line for each
    module of its folder it names that was not read."""
    text = read_capped(path, MAX_ANSWER_BYTES, root).decode("utf-8")
    if path.suffix != ".tla":
        return text, ()
    cfg = _config_of(path)
    # A model of several files: the modules it EXTENDS or INSTANCEs from its folder come first,
    # each in its own block (the extractor takes the module no other one names as the root).
    siblings, unread = read_siblings(text, path.parent, module_name(text), MAX_ANSWER_BYTES)
    fenced = "".join(f"```tla\n{t.rstrip()}\n```\n\n" for t in siblings.values()) + f"```tla\n{text.rstrip()}\n```\n"
    if cfg is None:
        return fenced, unread
    return fenced + f"\n```cfg\n{read_capped(cfg, MAX_ANSWER_BYTES, root).decode('utf-8').rstrip()}\n```\n", unread


def _config_of(module: Path) -> Path | None:
    beside = module.with_suffix(".cfg")
    if beside.is_file() or beside.is_symlink():
        return beside
    configs = sorted(module.parent.glob("*.cfg"))
    return configs[0] if len(configs) == 1 else None


def _head(path: Path, root: Path, limit: int) -> str:
    """The first ``limit`` bytes of an answer file as text ('' when it is not to be read)."""
    try:
        return read_head(path, limit, root).decode("utf-8", errors="replace")
    except UntrustedFileError:
        return ""


def _module_name(path: Path, root: Path) -> str | None:
    return module_name(_head(path, root, 4096))


def _extended(path: Path, root: Path) -> list[str]:
    """The modules an answer's module EXTENDS or INSTANCEs: those are not answers of their own."""
    return referenced_names(_head(path, root, MAX_ANSWER_BYTES))
