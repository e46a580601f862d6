"""``sysmoray tasks import``: other benchmarks' problems as sysmoray task folders."""

from __future__ import annotations

from pathlib import Path

import typer

from sysmoray.commands.common import err, fail, out, toolchain
from sysmoray.results.text import markup_safe

import_app = typer.Typer(no_args_is_help=True, help="Import another benchmark's problems as task folders.")


MAX_SKIPPED_SHOWN = 20  # a file of 700 lines that fail alike needs no 700 warnings


def _import(file: Path, fmt: str, out_dir: Path, force: bool) -> None:
    """Read (capped), parse, and only then write: a file with no usable line writes nothing and exits 2."""
    from sysmoray.tasks.importers.folders import ImportTargetError, import_problems, read_problems
    from sysmoray.tasks.importers.jsonl import unusable_summary

    if not file.is_file():
        raise fail(f"no file {file}")
    try:
        problems, errors, digest = read_problems(file, fmt)
    except ImportTargetError as exc:
        raise fail(str(exc)) from exc
    for error in errors[:MAX_SKIPPED_SHOWN]:
        err.print(f"[yellow]skipped[/yellow] {markup_safe(str(file))}:{error.line}: {markup_safe(error.message)}",
                  soft_wrap=True)
    if len(errors) > MAX_SKIPPED_SHOWN:
        err.print(f"[yellow]skipped[/yellow] {len(errors) - MAX_SKIPPED_SHOWN} more line(s)", soft_wrap=True)
    if not problems:
        raise fail(unusable_summary(str(file), errors))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    tools = toolchain()

    def progress(task) -> None:
        notes = f" ({'; '.join(task.notes)})" if task.notes else ""
        err.print(f"  {markup_safe(task.name)}: config {task.cfg_source}{markup_safe(notes)}", soft_wrap=True)

    err.print(f"importing {markup_safe(str(file))} ({fmt}) into {markup_safe(str(out_dir))}; a reference without a config "
              "gets one synthesized (TLC runs on each)")
    try:
        imported = import_problems(tools, problems, file, fmt, digest, out_dir, force, on_task=progress)
    except (ImportTargetError, OSError) as exc:
        raise fail(str(exc)) from exc
    synthesized = sum(t.cfg_source == "synthesized" for t in imported)
    without = [t.name for t in imported if t.cfg_source == "none"]
    out.print(f"imported {len(imported)} task(s) into {markup_safe(str(out_dir))} ({synthesized} with a synthesized "
              f"config{', ' + str(len(without)) + ' without a config: ' + ', '.join(without) if without else ''}); "
              f"{len(errors)} line(s) skipped. Run them: sysmoray sweep --tasks-dir {markup_safe(str(out_dir))} "
              "--suite description")


@import_app.command("chattla")
def import_chattla(
    file: Path = typer.Argument(..., help="ChatTLA's JSONL (e.g. data/frs_tla_ralph_gen/dev.jsonl, "
                                "data/processed/diamond_eval_holdout.jsonl)."),
    out_dir: Path = typer.Option(..., "--out", help="Folder to write the task folders into."),
    force: bool = typer.Option(False, "--force", help="Replace task folders that already exist."),
) -> None:
    """ChatTLA's problems as description tasks, in any of its layouts: FRS ralph-gen (prompt,
    reference with its config, topic), holdout (module, batch, topic_desc, spec), chat (messages)."""
    _import(file, "chattla", out_dir, force)


@import_app.command("jsonl")
def import_jsonl(
    file: Path = typer.Argument(..., help="JSONL: description, and optionally name, module, domain, reference, cfg."),
    out_dir: Path = typer.Option(..., "--out", help="Folder to write the task folders into."),
    force: bool = typer.Option(False, "--force", help="Replace task folders that already exist."),
) -> None:
    """Any suite of described problems, one JSON object per line, as description tasks."""
    _import(file, "jsonl", out_dir, force)


@import_app.command("sysmobench")
def import_sysmobench(
    checkout: Path = typer.Argument(..., help="A clone of specula-org/SysMoBench (read, never modified)."),
    out_dir: Path = typer.Option(..., "--out", help="Folder to write the task folders into."),
    source_root: Path = typer.Option(None, "--source-root", help="Where the systems' repositories are cloned, for "
                                     "code the checkout's data/source/ lacks (a clone, or a folder of clones by name)."),
    force: bool = typer.Option(False, "--force", help="Replace task folders that already exist."),
) -> None:
    """Every system of a SysMoBench checkout as a task: its code, its own direct prompt, its
    invariant templates (generic names: P4 needs a concretizer)."""
    from sysmoray.tasks.importers.sysmobench import CheckoutError, import_checkout

    if not checkout.is_dir():
        raise fail(f"no folder {checkout}")
    if source_root is not None and not source_root.is_dir():
        raise fail(f"--source-root {source_root} is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"cannot create {out_dir}: {exc.strerror or exc}") from exc

    def progress(system) -> None:
        done = "[red]not imported[/red]" if system.folder is None else (
            f"{system.source_files} source file(s), {system.templates} template(s)"
            + (", own direct prompt" if system.has_direct_prompt else ""))
        err.print(f"  {markup_safe(system.name)}: {done}", soft_wrap=True)
        for note in system.notes:
            err.print(f"    {markup_safe(note)}", soft_wrap=True)

    err.print(f"importing SysMoBench from {markup_safe(str(checkout))} into {markup_safe(str(out_dir))}")
    try:
        report = import_checkout(checkout, out_dir, source_root, force, on_system=progress)
    except CheckoutError as exc:
        raise fail(str(exc)) from exc
    missing = [s.name for s in report.systems if s.folder is None]
    if not report.imported:  # nothing written is a failed import, whatever the reason
        first = report.systems[0] if report.systems else None
        why = f"; {first.name}: {first.notes[0]}" if first and first.notes else ""
        raise fail(f"no system imported from {checkout}: none of its {len(report.systems)} system(s) converted{why}")
    out.print(f"imported {len(report.imported)} of {len(report.systems)} system(s) from commit {markup_safe(report.commit)}"
              + (f" (not imported: {', '.join(missing)})" if missing else "")
              + f". Score answers made elsewhere: sysmoray sweep --tasks-dir {markup_safe(str(out_dir))} "
              f"--model files:{markup_safe(str(checkout.resolve()))}/data/spec --k 5")
    if missing:
        raise typer.Exit(1)
