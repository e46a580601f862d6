"""The sysmoray command line (typer)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from sysmoray import __version__
from sysmoray.commands.common import EXIT_TOOLCHAIN, err, fail, out, warn, warn_broken
from sysmoray.commands.common import load_task as _task
from sysmoray.commands.common import load_tasks as _load_tasks
from sysmoray.commands.common import toolchain as _toolchain
from sysmoray.commands.generate import generate
from sysmoray.commands.leaderboard import leaderboard_command
from sysmoray.commands.report import report_command
from sysmoray.commands.serve import serve_command
from sysmoray.commands.sweep import sweep
from sysmoray.commands.tasks_import import import_app
from sysmoray.results.text import markup_safe
from sysmoray.tasks.model import MAX_NAME_LENGTH, source_summary
from sysmoray.tla.runner import SAFETY_TIMEOUT_S

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Evaluate how well AI models write TLA+ models of real systems.",
)


@app.command()
def check(
    spec: Path = typer.Argument(..., help="A .tla module, or a raw LLM answer holding one."),
    cfg: Optional[Path] = typer.Option(None, "--cfg", help="TLC config; default: the answer's own, else SPEC.cfg beside SPEC."),
    timeout: float = typer.Option(
        SAFETY_TIMEOUT_S, "--timeout", min=1.0,
        help="Wall-clock safety net per SANY/TLC process (a run that hits it is a machine-dependent timeout).",
    ),
    states: Optional[int] = typer.Option(
        None, "--states", min=1, help="Distinct states any one TLC exploration may visit (default: the task's budget, else 100000)."
    ),
    heap_mb: int = typer.Option(1024, "--heap-mb", min=64, help="Java heap cap per TLC/SANY process."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a table."),
    task_name: Optional[str] = typer.Option(
        None, "--task", help="Also check conformance to the task's traces (P3) and its invariants (P4)."
    ),
    tasks_dir: Optional[str] = typer.Option(None, "--tasks-dir", help="Where tasks live (default: the built-in ones)."),
    weights: str = typer.Option(
        "0.15,0.15,0.35,0.35", "--weights", help="Weights of syntax, runtime, conformance, invariants in the total."
    ),
    mutation: bool = typer.Option(True, "--mutation/--no-mutation", help="Run the mutation test that decides Diamond."),
    all_mutants: bool = typer.Option(
        False, "--all-mutants", help="Decide every mutant (caught or survived) instead of stopping once the tier is decided."
    ),
    concretizer: Optional[str] = typer.Option(
        None, "--concretizer", help="With --task whose invariant templates are in generic names: the model "
        "(vllm:, openai:) that rewrites them in this model's names, so that P4 is scored.",
    ),
) -> None:
    """Evaluate one TLA+ model: syntax (P1), runtime (P2), with --task also conformance (P3) and
    invariants (P4); then its tier and total score."""
    from sysmoray.generation.backends import BackendOptions
    from sysmoray.generation.concretizer import LazyConcretizer, concretizer_problem
    from sysmoray.metrics.evaluate import CheckConfig, TaskData, evaluate
    from sysmoray.metrics.runtime import RuntimeConfig
    from sysmoray.metrics.score import Weights
    from sysmoray.metrics.tier import TierConfig
    from sysmoray.tasks.loader import TaskFormatError, UnknownTaskError, find_task
    from sysmoray.tasks.model import with_concretizer
    from sysmoray.tasks.trace import TraceFormatError
    from sysmoray.tasks.siblings import read_siblings
    from sysmoray.tla.answer import split_module_file
    from sysmoray.tla.runner import Limits

    spec_text = _read_input(spec, "file")
    cfg_text = _read_input(cfg, "config file") if cfg is not None else None
    try:
        score_weights = Weights.parse(weights)
    except ValueError as exc:
        raise fail(f"--weights: {exc}") from None
    task_data = None
    if concretizer is not None and task_name is None:
        raise fail("--concretizer needs --task: it rewrites a task's invariant templates")
    if task_name is not None:
        try:
            task_data = TaskData.load(with_concretizer(find_task(task_name, tasks_dir), concretizer))
        except (UnknownTaskError, TaskFormatError, TraceFormatError) as exc:
            raise fail(str(exc)) from None
        for warning in task_data.warnings:
            warn(warning)
        if concretizer is not None and not task_data.task.needs_concretizer:
            warn(f"task {task_name} has no invariant templates in generic names: --concretizer is not used")
            concretizer = None
    answer = split_module_file(spec_text)
    if answer.module_text is not None and not answer.siblings:
        # A model of several files: the modules it EXTENDS or INSTANCEs from SPEC's folder.
        siblings, unread = read_siblings(answer.module_text, spec.resolve().parent, answer.module_name)
        for line in unread:
            warn(line)
        answer = replace(answer, siblings=tuple(siblings.items()))
    if answer.module_name and len(answer.module_name) > MAX_NAME_LENGTH:
        # SANY and TLC need the module in <name>.tla: a longer name is no file name anywhere.
        raise fail(f"{spec}: module name is {len(answer.module_name)} characters long (at most {MAX_NAME_LENGTH})")
    if cfg_text is None and answer.cfg_text is None:
        beside = spec.with_suffix(".cfg")
        if _is_file(beside):
            cfg_text = _read_input(beside, "config file")
        elif task_data is not None:
            err.print(f"[yellow]note:[/yellow] no TLC config beside {spec.name}: using the task contract's constants")
        else:
            err.print(
                f"[yellow]note:[/yellow] no TLC config: {spec.name} carries none and {beside} does not exist; "
                "pass --cfg FILE to run the runtime phase"
            )
    toolchain = _toolchain()
    config = CheckConfig(
        Limits(timeout_s=timeout, heap_mb=heap_mb), RuntimeConfig(), TierConfig(mutation=mutation, decide_only=not all_mutants), score_weights,
        states=states,
    )
    concretize = None
    if concretizer is not None:
        problem = concretizer_problem(concretizer)
        if problem:
            raise fail(f"--concretizer: {problem}")
        concretize = LazyConcretizer(concretizer, BackendOptions(tasks_dir=tasks_dir, cwd=os.getcwd()), on_start=lambda: err.print(
            f"concretizing {task_name}'s invariant templates in the model's names with {markup_safe(concretizer)}"))
    try:
        result = evaluate(toolchain, answer, cfg_text, config, task_data, concretize)
    finally:
        if concretize is not None:
            concretize.close()
    if as_json:
        print(json.dumps(result.to_dict(), indent=2))
        return
    _print_evaluation(result)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long to exist, say
        return False


def _read_input(path: Path, what: str) -> str:
    """A file ``check`` reads, as text (bad bytes replaced: an LLM answer may hold any), or a
    usage exit naming it: missing, a folder, unreadable, or a name the system refuses."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise fail(f"no such {what}: {path}") from None
    except OSError as exc:
        raise fail(f"cannot read {what} {path}: {exc.strerror or exc}") from None


def _print_evaluation(result) -> None:
    title = f"module {result.module or '(none)'}: {len(result.actions)} actions"
    if result.task:
        title += f", task {result.task}"
    table = Table(title=title)
    table.add_column("phase")
    table.add_column("score", justify="right")
    table.add_column("outcome")
    table.add_column("details")
    for name, phase in result.phases.items():
        # a phase outside the total (not scored for this task) has no score to show
        score = f"{phase.score:.3f}" if name in result.scored else "-"
        table.add_row(name, score, phase.outcome.value, markup_safe(_summary(phase.details)))
    out.print(table)
    out.print(f"tier: [bold]{result.tier.tier}[/bold] ({markup_safe(result.tier.reason)})")
    out.print(f"total: [bold]{result.total:.3f}[/bold]")
    errors = result.errors
    for error in errors[:5]:
        where = ", ".join(str(loc) for loc in error.locations[:1]) or "-"
        action = f" in action {error.action}" if error.action else ""
        first = error.message.strip().splitlines()[0] if error.message.strip() else ""
        out.print(f"[red]{error.kind}[/red] at {where}{action}: {markup_safe(first)}")
    if len(errors) > 5:
        out.print(f"... and {len(errors) - 5} more errors (use --json for all)")


def _summary(details: dict) -> str:
    parts = []
    if "actions_parsed" in details or "actions_covered" in details:
        done = details.get("actions_parsed", details.get("actions_covered"))
        label = "parsed" if "actions_parsed" in details else "covered"
        parts.append(f"{done}/{details['actions_total']} actions {label}")
    if details.get("errored"):
        parts.append("errors in " + ", ".join(details["errored"]))
    if details.get("not_covered"):
        parts.append("never enabled: " + ", ".join(details["not_covered"]))
    if details.get("not_run"):
        parts.append("not run (TLC stopped first): " + ", ".join(details["not_run"]))
    if "windows_total" in details:
        parts.append(f"{details['actions_passed']}/{details['actions_total']} actions conform, "
                     f"{details['windows_passed']}/{details['windows_total']} windows pass")
        for action, shown in details.get("failures", {}).items():
            if shown:
                parts.append(f"{action}: {shown[0]['reason']}")
    if "templates_total" in details:
        parts.append(f"{details['held']}/{details['templates_total']} invariants hold")
        parts += [f"{i['name']} {i['outcome']}" for i in details["invariants"] if i["outcome"] != "held"]
    if "reason" in details:
        parts.append(details["reason"])
    return "; ".join(parts)


@app.command()
def doctor() -> None:
    """Show the Java runtime, tla2tools.jar, TLC version and features; run a smoke check."""
    from sysmoray.modules import LIBRARY_DIR, MODULE_NAMES
    from sysmoray.tla.doctor import smoke_check, tlc_network
    from sysmoray.tla.toolchain import config_keywords

    tc = _toolchain()
    table = Table(title=f"sysmoray {__version__} toolchain", show_header=False)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("java", f"{tc.java.path} ({tc.java.source}), version {tc.java_version}")
    table.add_row("tla2tools.jar", f"{tc.jar.path} ({tc.jar.source})")
    table.add_row("TLC", tc.tlc_version)
    table.add_row("features", ", ".join(f"{k}={'yes' if v else 'no'}" for k, v in tc.features.items()))
    keywords = config_keywords(tc.jar.path)
    unread = [k for k, known in keywords.items() if not known]
    table.add_row("cfg keywords", ", ".join(k for k, known in keywords.items() if known)
                  + (f"; not read by this jar: {', '.join(unread)}" if unread else "")
                  + ("; CHECK_DEADLOCK is passed as TLC's -deadlock flag" if "CHECK_DEADLOCK" in unread else ""))
    table.add_row("library modules", f"{LIBRARY_DIR}: {', '.join(MODULE_NAMES) or '(none)'}")
    table.add_row("class archive", str(tc.class_archive) if tc.class_archive else "none (JVMs start without CDS)")
    table.add_row("JVM speed options", " ".join(tc.speed_options) or "none")
    table.add_row("TLC network", tlc_network())
    out.print(table)
    problems = smoke_check(tc)
    if problems:
        for problem in problems:
            err.print(f"[red]problem:[/red] {problem}")
        raise typer.Exit(EXIT_TOOLCHAIN)
    out.print("[green]ok[/green]: SANY and TLC ran a smoke model")


tasks_app = typer.Typer(no_args_is_help=True, help="Built-in and user tasks: list, show, regenerate traces.")
app.add_typer(tasks_app, name="tasks")
tasks_app.add_typer(import_app, name="import")
TasksDir = typer.Option(None, "--tasks-dir", help="Folder (or fsspec URL) holding task folders; default: the built-in tasks.")


def _task_row(task) -> dict:
    from sysmoray.tasks.catalog import trace_stats

    stats = trace_stats(task)
    return {
        "name": task.name,
        "kind": task.kind,
        "language": task.language or "-",
        "domain": task.domain or "-",
        "source": source_summary(task),
        "phases": list(task.phases),
        "module": task.module,
        "actions": len(task.actions),
        "traces": stats.traces,
        "steps": stats.steps,
        "invariants": len(task.invariants),
        "budget": task.budget.to_dict(),
        "reference": bool(task.reference_module) and Path(task.path(task.reference_module)).is_file(),
        "source_mismatches": stats.source_mismatches,
    }


@tasks_app.command("list")
def tasks_list(
    tasks_dir: Optional[str] = TasksDir,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """List tasks with their traces, invariants and whether a reference model exists."""
    from sysmoray.tasks.loader import BrokenTask
    from sysmoray.tasks.trace import TraceFormatError

    rows, broken = [], []
    for task in _load_tasks(tasks_dir):
        try:
            rows.append(_task_row(task))
        except TraceFormatError as exc:  # listed as broken, like a malformed task.yaml
            broken.append(BrokenTask(task.name, exc))
    warn_broken(broken)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    columns = ("name", "kind", "domain", "source", "actions", "traces", "invariants", "reference")
    table = Table(title="tasks")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(markup_safe(str(row[c])) for c in columns))
    out.print(table)
    for row in rows:
        if row["source_mismatches"]:
            err.print(f"[yellow]warning:[/yellow] {row['source_mismatches']} traces of {row['name']} were recorded against other source code")


@tasks_app.command("show")
def tasks_show(name: str, tasks_dir: Optional[str] = TasksDir) -> None:
    """Show a task's contract, requirements, invariants and trace statistics."""
    from sysmoray.tasks.catalog import trace_stats
    from sysmoray.tasks.trace import TraceFormatError

    task = _task(name, tasks_dir)
    about = f"{task.kind}, {task.language}" if task.language else f"{task.kind}, domain {task.domain}"
    out.print(f"[bold]{task.name}[/bold] ({about}) module {task.module}")
    out.print(markup_safe(task.description.strip()))
    out.print(f"phases scored: {', '.join(task.phases)}; default method: {task.default_method}")
    if task.source is not None:
        out.print(f"source: {markup_safe(source_summary(task))}")
        out.print("mandatory actions: " + (", ".join(task.granularity.mandatory) or "- (no contract)"))
    for phase, why in task.unscored_phases.items():
        out.print(f"{phase}: {why}")
    for key, value in task.provenance.items():
        out.print(f"provenance {key}: {markup_safe(value[:300])}", soft_wrap=True)
    b = task.budget
    out.print(f"work budget: per TLC exploration at most {b.states} distinct and {b.generated} generated states; "
              f"a runtime simulation of {b.simulation_traces} traces of {b.simulation_depth} steps")
    for item in task.granularity.excluded:
        out.print(f"  excluded: {markup_safe(item)}")
    table = Table(title="state contract")
    for column in ("kind", "name", "domain / parameters", "meaning"):
        table.add_column(column, overflow="fold")
    for c in task.constants:
        table.add_row("constant", c.name, markup_safe(c.value), markup_safe(c.description))
    for v in task.variables:
        table.add_row("variable", v.name, markup_safe(v.domain), markup_safe(v.description))
    for a in task.actions:
        params = ", ".join(f"{p.name} \\in {p.domain}" if p.domain else p.name for p in a.params)
        table.add_row("action", a.name, markup_safe(params), markup_safe(a.description.strip()))
    out.print(table)
    inv = Table(title="invariants")
    for column in ("name", "type", "meaning", "TLA+"):
        inv.add_column(column, overflow="fold")
    for i in task.invariants:
        inv.add_row(i.name, i.type, markup_safe(i.text.strip()), markup_safe(i.expression))
    out.print(inv)
    try:
        stats = trace_stats(task)
    except TraceFormatError as exc:
        raise fail(str(exc)) from exc
    out.print(f"traces: {stats.traces}, steps: {stats.steps}; per action: " + ", ".join(f"{a} {n}" for a, n in stats.per_action.items()))
    for message in stats.warnings:
        warn(message)


@tasks_app.command("traces")
def tasks_traces(
    name: str,
    count: int = typer.Option(12, "--count", min=1, help="How many traces."),
    seed: int = typer.Option(1, "--seed", help="Seed of the first trace; trace i uses seed + i."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Folder to write to; default: the task's trace folder."),
    tasks_dir: Optional[str] = TasksDir,
) -> None:
    """Regenerate a task's traces by running its harness on the real code."""
    from sysmoray.tasks.recording import generate_traces

    task = _task(name, tasks_dir)
    target = out_dir or Path(task.path(task.traces or f"traces/{task.name}"))
    paths = generate_traces(task, count, seed, target)
    out.print(f"wrote {len(paths)} traces of {task.name} to {target}")


app.command()(sweep)
app.command()(generate)
app.command("leaderboard")(leaderboard_command)
app.command("report")(report_command)
app.command("serve")(serve_command)


@app.command()
def version() -> None:
    """Print sysmoray's version."""
    out.print(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
