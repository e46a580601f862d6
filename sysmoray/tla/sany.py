"""Run SANY (the TLA+ parser and semantic checker) on one or many modules.

SANY's command line takes several root modules and checks them one after another in one JVM,
but a fatal parse error ends the whole process. ``check_modules`` therefore starts SANY on all
roots and restarts it after the root that aborted it: a batch of N modules costs one JVM plus one
per aborting module, instead of N. ``export_module`` runs SANY once through the jar's XML
exporter: the same verdict, and on success SANY's semantic tree (``tla.semantic``).
"""

from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

from sysmoray.tla.messages import TLAError, find_locations
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits, run_java, scratch_dir, write_files
from sysmoray.tla.semantic import SemanticModule, TreeError, parse_export
from sysmoray.tla.toolchain import Toolchain

_BANNER = re.compile(r"^\*+ SANY2? Version.*$", re.M)
_FATAL_MARKERS = (
    "***Parse Error***", "Lexical error", "Fatal errors while parsing", "Could not parse module",
    "Cannot find source file",
)
_SEMANTIC_BLOCK = re.compile(
    r"(line \d+, col \d+ to line \d+, col \d+ of module \w+)\s*\n\s*\n(.*?)"
    r"(?=\n\s*\n\s*line \d+, col|\n\s*\n\s*Semantic processing of module|\Z)", re.S
)


@dataclass(frozen=True)
class SanyResult:
    module: str
    outcome: Outcome
    errors: tuple[TLAError, ...] = ()
    output: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK


def check_module(toolchain: Toolchain, text: str, module: str, limits: Limits = Limits(), extra_files: dict[str, str] | None = None) -> SanyResult:
    files = {f"{module}.tla": text, **(extra_files or {})}
    return check_modules(toolchain, files, [module], limits)[module]


@dataclass(frozen=True)
class Export:
    """SANY's verdict on a module and, when it accepts it, its semantic tree. ``tree`` is None
    also when the exporter failed on a module SANY accepts (``note`` says why): callers then
    use the token outline."""

    result: SanyResult
    tree: SemanticModule | None = None
    note: str | None = None


# The semantic tree is kept whole up to this size (PGo's raftkvs model exports 21 MB; a bigger
# export kills the exporter, and the tokens stand in, with a note).
EXPORT_BYTES = 64 * 1024 * 1024


@functools.lru_cache(maxsize=4)
def _library_texts(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.tla"))}


def library_modules(directory: Path, exclude: str) -> dict[str, str]:
    """The library's module files (name -> text), but for one named like the model's own."""
    return {name: text for name, text in _library_texts(directory).items() if name != f"{exclude}.tla"}


def export_module(toolchain: Toolchain, text: str, module: str, limits: Limits = Limits(),
                  siblings: dict[str, str] | None = None) -> Export:
    """One SANY run that both checks ``module`` and exports its semantic tree. ``siblings``: the
    user's modules it INSTANCEs, by name."""
    beside = {f"{n}.tla": t for n, t in (siblings or {}).items()}
    with scratch_dir("sysmoray-sany-") as scratch:
        # The exporter does not look in -DTLA-Library (TLC 2.15: "File does not exist:
        # /SequencesExt.tla"), so the library's modules lie beside the model, as SANY finds them.
        write_files(scratch, {**library_modules(toolchain.library_dir, exclude=module), **beside, f"{module}.tla": text})
        # -o: offline (without it the exporter fetches its XML schema from the network).
        proc = run_java(toolchain, "tla2sany.xml.XMLExporter", ["-o", f"{module}.tla"], scratch,
                        replace(limits, short=True, kept_output_bytes=EXPORT_BYTES, max_output_bytes=EXPORT_BYTES))
    if proc.timed_out:
        error = TLAError(Outcome.TIMEOUT, f"SANY did not finish within {limits.timeout_s:g} s")
        return Export(SanyResult(module, Outcome.TIMEOUT, (error,), proc.output))
    # SANY's messages go to stderr, the XML (one document) to stdout: both land in one file.
    at = proc.output.find("<?xml")
    messages = proc.output if at < 0 else proc.output[:at]
    verdict = parse_sany_section(module, messages)
    if verdict.outcome == Outcome.PARSE_ERROR:
        # The exporter keeps the parser's own message (what was met, where) to itself.
        plain = check_module(toolchain, text, module, limits, beside)
        if not plain.ok:
            return Export(plain)
        # SANY accepts what the exporter did not read: the tree is missing, and the row says why.
        why = verdict.errors[0].message.strip().splitlines()[0] if verdict.errors else "no message"
        return Export(plain, None, f"SANY's XML exporter failed on a module SANY accepts: {why[:300]}")
    if not verdict.ok:
        return Export(verdict)
    if at < 0 or proc.returncode != 0:
        # The exporter itself failed (not SANY's verdict): SANY alone says whether it parses.
        note = f"SANY's XML exporter failed (exit {proc.returncode}): {proc.output[-300:].strip()}"
        return Export(check_module(toolchain, text, module, limits, beside), None, note)
    end = proc.output.rfind("</modules>")
    try:
        return Export(verdict, parse_export(proc.output[at : end + len("</modules>")] if end > at else proc.output[at:]))
    except TreeError as exc:
        return Export(verdict, None, str(exc))


def check_modules(
    toolchain: Toolchain, files: dict[str, str], roots: list[str], limits: Limits = Limits(),
    gate: str | None = None,
) -> dict[str, SanyResult]:
    """Check each root module (named in ``roots``, texts in ``files`` as ``Name.tla``).

    The whole batch shares one wall-clock safety net (``limits.timeout_s``), however many
    restarts its aborting modules cost. ``gate``: a root (put it first) whose rejection decides
    the others; when SANY rejects it, the rest are not checked and are absent from the result."""
    results: dict[str, SanyResult] = {}
    deadline = time.monotonic() + limits.timeout_s
    with scratch_dir("sysmoray-sany-") as scratch:
        write_files(scratch, files)
        pending = list(roots)
        while pending:
            left = deadline - time.monotonic()
            if left <= 0:
                for root in pending:
                    results[root] = _timed_out(root, limits, "")
                break
            proc = run_java(toolchain, "tla2sany.SANY", [f"{r}.tla" for r in pending], scratch,
                            replace(limits, short=True, timeout_s=left))
            sections = _sections(proc.output)
            for root, section in zip(pending, sections):
                results[root] = parse_sany_section(root, section)
            done = len(sections)
            if proc.timed_out:
                for root in pending[max(done - 1, 0) :]:
                    results[root] = _timed_out(root, limits, proc.output)
                break
            if gate is not None and gate in results and not results[gate].ok:
                return {gate: results[gate]}
            if done == 0:
                for root in pending:
                    error = TLAError(Outcome.CRASH, f"SANY produced no report: {proc.output[-400:]}")
                    results[root] = SanyResult(root, Outcome.CRASH, (error,), proc.output)
                break
            pending = pending[done:]
    return results


def _timed_out(root: str, limits: Limits, output: str) -> SanyResult:
    error = TLAError(Outcome.TIMEOUT, f"SANY did not finish within {limits.timeout_s:g} s (the batch's safety net)")
    return SanyResult(root, Outcome.TIMEOUT, (error,), output)


def _sections(output: str) -> list[str]:
    starts = [m.start() for m in _BANNER.finditer(output)]
    return [output[a:b] for a, b in zip(starts, starts[1:] + [len(output)])]


def parse_sany_section(module: str, text: str) -> SanyResult:
    if any(marker in text for marker in _FATAL_MARKERS):
        body = text[text.find("\n") + 1 :]
        lines = [ln for ln in body.splitlines() if ln.strip() and not ln.startswith("Parsing file")]
        message = "\n".join(lines[:6])
        where = _error_module(text) or module
        locations = tuple(find_locations(body, where))
        return SanyResult(module, Outcome.PARSE_ERROR, (TLAError(Outcome.PARSE_ERROR, message, locations),), text)
    if "Semantic errors:" in text:
        errors = []
        for m in _SEMANTIC_BLOCK.finditer(text[text.index("Semantic errors:") :]):
            error = TLAError(Outcome.SEMANTIC_ERROR, m.group(2).strip(), tuple(find_locations(m.group(1))))
            if error not in errors:  # SANY repeats a module's errors for each module that extends it
                errors.append(error)
        if not errors:
            errors.append(TLAError(Outcome.SEMANTIC_ERROR, text[text.index("Semantic errors:") :].strip()[:600]))
        return SanyResult(module, Outcome.SEMANTIC_ERROR, tuple(errors), text)
    return SanyResult(module, Outcome.OK, (), text)


_PARSING_FILE = re.compile(r"Parsing file (?:.*/)?(\w+)\.tla")


def _error_module(text: str) -> str | None:
    """The module SANY was reading when a fatal error struck (the last 'Parsing file')."""
    if m := re.search(r"In module (\w+)", text):
        return m.group(1)
    names = _PARSING_FILE.findall(text)
    return names[-1] if names else None
