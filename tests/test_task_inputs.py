"""Hostile task inputs (issue 15, items 7 and 10): task files and traces that are not UTF-8, YAML
alias bombs and recursive aliases, nesting that would overflow the stack, and names or
expressions that would escape the wrapper modules they are spliced into. Each is one clear error
naming the file (and line and field), never a traceback; ``check`` exits 2 on its bad inputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sysmoray.tasks.model import in_suite
from sysmoray.tasks.loader import BUILTIN_TASKS_DIR, TaskFormatError, load_task, scan_tasks
from sysmoray.tasks.model import expression_problem, name_problem
from sysmoray.tasks.trace import MAX_VALUE_DEPTH, TraceFormatError, parse_trace, read_trace

SEMAPHORE_VARIABLES = ("value", "waiting", "woken")
HEADER = {"kind": "header", "format": 1, "task": "t", "trace": "t-1", "seed": 1, "python": "3.11", "source": {}}
STATE = {"value": 1, "waiting": [], "woken": {"set": []}}


def sysmoray(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sysmoray.cli", *map(str, args)], capture_output=True, text=True, timeout=300)


def one_clear_line(proc: subprocess.CompletedProcess) -> str:
    """The error a command printed: exit 2, one line, no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr and "╭" not in proc.stderr, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def task_copy(tmp_path: Path) -> Path:
    """semaphore's task folder (its traces stay where task.yaml points: ../../traces)."""
    folder = tmp_path / "tasks" / "semaphore"
    shutil.copytree(BUILTIN_TASKS_DIR / "semaphore", folder)
    shutil.copytree(BUILTIN_TASKS_DIR.parent / "traces" / "semaphore", tmp_path / "traces" / "semaphore")
    return folder


def step(**changes) -> str:
    obj = {"kind": "step", "seq": 0, "actor": "t1", "action": "Acquire", "params": {"t": "t1"}, "pre": STATE,
           "post": STATE, **changes}
    return json.dumps(obj)


def trace_text(*steps: str) -> str:
    return "\n".join([json.dumps(HEADER), *steps]) + "\n"


# -- names and expressions --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["value", "Acquire", "n2", "x_1", "A" * 200])
def test_tla_names_are_accepted(name):
    assert name_problem(name) is None


@pytest.mark.parametrize("name, why", [
    ("t ==== (*", "not a TLA+ identifier"),
    ("Acquire(t) == TRUE \\/ ", "not a TLA+ identifier"),
    ("123", "not a TLA+ identifier"),
    ("", "not a TLA+ identifier"),
    ("x\n---- MODULE Evil ----", "not a TLA+ identifier"),
    ("ENABLED", "reserved word"),
    ("CHOOSE", "reserved word"),
    ("WF_vars", "fairness"),
    ("SysmorayPre", "wrapper"),
    ("A" * 201, "201 characters"),
])
def test_names_that_would_break_a_wrapper_are_refused(name, why):
    assert why in (name_problem(name) or "")


@pytest.mark.parametrize("text", [
    "TRUE\n====\n---- MODULE Evil ----\nX == TRUE", "x = 1 (* the rest is a comment", "x = 1 *) y",
    "x = 1 \\* hides the closing parenthesis", "x = 1\n----\ny", "LET M == INSTANCE MODULE Naturals IN TRUE",
])
def test_expressions_that_would_escape_a_wrapper_are_refused(text):
    assert "escape the wrapper" in (expression_problem(text) or "")


def test_ordinary_expressions_pass():
    assert expression_problem("\\A t \\in Threads : t \\in waiting => value = 0") is None
    assert expression_problem("[][term' >= term]_term") is None


def test_every_builtin_task_and_trace_passes_the_checks():
    scan = scan_tasks()
    system = [t for t in scan.tasks if in_suite(t, "system")]
    assert not scan.broken and len(system) == 7 and len(scan.tasks) - len(system) == 20
    from sysmoray.tasks.catalog import load_traces

    for task in system:
        traces, _ = load_traces(task, check_provenance=False)
        assert traces, task.name


def test_invariant_names_and_expressions_are_checked_at_load(task_copy):
    path = task_copy / "invariants.yaml"
    text = path.read_text()
    first = text.index("- name:")
    name_line = text[:first].count("\n") + 1
    path.write_text(text[:first] + "- name: CHOOSE" + text[text.index("\n", first):])
    with pytest.raises(TaskFormatError) as info:
        load_task(task_copy)
    assert (info.value.field, info.value.line) == ("invariants[0].name", name_line)
    assert str(path) in str(info.value) and "reserved word" in str(info.value)

    path.write_text(text + "  - name: Escape\n    type: safety\n    text: t\n"
                           "    expression: \"TRUE\\n====\\n---- MODULE Evil ----\\nX == TRUE\"\n")
    with pytest.raises(TaskFormatError) as info:
        load_task(task_copy)
    assert info.value.field.endswith("].expression") and "'===='" in str(info.value)
    # In a tasks directory the task is listed as malformed, the others stay usable.
    scan = scan_tasks(task_copy.parent)
    assert scan.tasks == () and [b.folder for b in scan.broken] == ["semaphore"]


# -- task.yaml: YAML that would never end, or not text -------------------------------------------

ALIAS_BOMB = "name: semaphore\nkind: concurrent\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
)


def test_a_yaml_alias_bomb_is_refused_at_once(task_copy):
    (task_copy / "task.yaml").write_text(ALIAS_BOMB)
    t0 = time.monotonic()
    with pytest.raises(TaskFormatError) as info:
        load_task(task_copy)
    assert time.monotonic() - t0 < 10  # 10^9 values unbounded: it ran for minutes
    assert "alias" in str(info.value) and str(task_copy / "task.yaml") in str(info.value)


def test_a_recursive_yaml_alias_is_refused(task_copy):
    (task_copy / "task.yaml").write_text("name: semaphore\nkind: concurrent\nloop: &me [1, *me]\n")
    with pytest.raises(TaskFormatError) as info:
        load_task(task_copy)
    assert info.value.field == "loop[1]" and "recursive alias" in str(info.value)


def test_deeply_nested_yaml_is_refused(task_copy):
    (task_copy / "task.yaml").write_text("name: semaphore\nkind: " + "[" * 50_000 + "]" * 50_000 + "\n")
    with pytest.raises(TaskFormatError, match="nested too deeply"):
        load_task(task_copy)


def test_an_integer_past_pythons_digit_limit_in_a_task_is_an_error_for_that_task_only(task_copy):
    text = (task_copy / "task.yaml").read_text()
    (task_copy / "task.yaml").write_text(text.replace("\nkind:", "\nbig: " + "9" * 5000 + "\nkind:", 1))
    with pytest.raises(TaskFormatError) as info:
        load_task(task_copy)
    line = text[:text.index("\nkind:")].count("\n") + 2
    assert (info.value.field, info.value.line) == ("big", line) and "4300 digits" in str(info.value)


def test_task_files_that_are_not_utf8_name_file_and_line(task_copy):
    for name in ("task.yaml", "invariants.yaml"):
        path = task_copy / name
        original = path.read_bytes()
        path.write_bytes(original.replace(b"\n", b"\n# caf\xe9\n", 1))
        with pytest.raises(TaskFormatError) as info:
            load_task(task_copy)
        assert info.value.path == str(path) and info.value.line == 2 and "not UTF-8" in str(info.value), name
        path.write_bytes(original)


# -- traces ------------------------------------------------------------------------------------

def test_a_trace_that_is_not_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "bad.ndjson"
    path.write_bytes(trace_text(step()).encode() + b'{"kind": "st\xffep"}\n')
    with pytest.raises(TraceFormatError) as info:
        read_trace(path, SEMAPHORE_VARIABLES)
    assert (info.value.path, info.value.line) == (str(path), 3) and "not UTF-8" in str(info.value)


def test_deep_json_in_a_trace_is_an_error_not_a_crash():
    with pytest.raises(TraceFormatError, match="nested too deeply"):
        parse_trace(trace_text('{"kind": "step", "pre": ' + "[" * 100_000 + "]" * 100_000 + "}"), "t.ndjson")
    # Deep enough to load, too deep to render into TLA+ safely.
    deep: object = 1
    for _ in range(MAX_VALUE_DEPTH + 1):
        deep = [deep]
    with pytest.raises(TraceFormatError) as info:
        parse_trace(trace_text(step(post={**STATE, "value": deep})), "t.ndjson", SEMAPHORE_VARIABLES)
    assert (info.value.line, info.value.field) == (2, "post.value") and "nested deeper" in str(info.value)


@pytest.mark.parametrize("value, why", [
    ({"fn": [[1]]}, "not a TLA+ value"),  # a function entry that is not a pair
    ([1, {"set": [1.5]}], "not a TLA+ value in JSON form: 1.5"),  # the innermost offender is named
    ({"rec": {"a": None}}, "not a TLA+ value in JSON form: None"),
    ({"set": [1], "fn": []}, "not a TLA+ value"),  # two tags
])
def test_values_without_a_tla_form_are_one_error_each(value, why):
    with pytest.raises(TraceFormatError) as info:
        parse_trace(trace_text(step(post={**STATE, "value": value})), "t.ndjson", SEMAPHORE_VARIABLES)
    assert (info.value.line, info.value.field) == (2, "post.value") and why in str(info.value)


def test_an_integer_past_pythons_digit_limit_is_an_error_not_a_crash():
    line = step(post={**STATE, "value": 7}).replace('"value": 7', '"value": ' + "9" * 5000)
    with pytest.raises(TraceFormatError) as info:
        parse_trace(trace_text(line), "t.ndjson", SEMAPHORE_VARIABLES)
    assert (info.value.line, info.value.field) == (2, "-") and "4300 digits" in str(info.value)


@pytest.mark.parametrize("changes, field", [
    ({"action": "Acquire(t) == TRUE \\/ "}, "action"),
    ({"params": {"t ==== (*": "t1"}}, "params"),
    ({"pre": {**STATE, "value ==== \n---- MODULE Evil": 1}}, "pre"),
    ({"post": {**STATE, "woken": {"rec": {"a |-> 1] \\/ (*": 1}}}}, "post.woken"),
])
def test_trace_keys_that_would_escape_a_wrapper_are_refused(changes, field):
    # Without the contract's variables too: the names are checked whatever the caller knows.
    with pytest.raises(TraceFormatError) as info:
        parse_trace(trace_text(step(**changes)), "t.ndjson")
    assert (info.value.path, info.value.line, info.value.field) == ("t.ndjson", 2, field)
    assert "TLA+ identifier" in str(info.value)


def test_tasks_list_shows_a_task_with_a_bad_trace_as_broken_and_show_exits_2(task_copy):
    trace = sorted((task_copy.parents[1] / "traces" / "semaphore").iterdir())[0]
    trace.write_bytes(trace.read_bytes() + b"\xff\n")
    listed = sysmoray("tasks", "list", "--json", "--tasks-dir", task_copy.parent)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    assert "not UTF-8" in listed.stderr and "task semaphore left out" in listed.stderr
    assert "not UTF-8" in one_clear_line(sysmoray("tasks", "show", "semaphore", "--tasks-dir", task_copy.parent))


# -- check ---------------------------------------------------------------------------------------

def test_check_refuses_a_module_name_too_long_for_a_file_name(tmp_path):
    name = "M" * 300
    spec = tmp_path / "Long.tla"
    spec.write_text(f"---- MODULE {name} ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n")
    (tmp_path / "Long.cfg").write_text("INIT Init\nNEXT Next\n")
    assert "module name is 300 characters long" in one_clear_line(sysmoray("check", spec, "--no-mutation"))


def test_check_refuses_a_spec_path_the_system_cannot_open(tmp_path):
    assert "File name too long" in one_clear_line(sysmoray("check", tmp_path / ("a" * 300 + ".tla")))
    assert "no such file" in one_clear_line(sysmoray("check", tmp_path / "missing.tla"))
    assert "Is a directory" in one_clear_line(sysmoray("check", tmp_path))
