"""``tasks import chattla`` on ChatTLA's newer layouts (FRS ralph-gen, chat) besides its holdout
layout, and every ``tasks import`` failing loudly (exit 2, one line why) when it writes no task.

The fixtures are written here, in the layouts' shapes (field names and value types as in
LUC-AI4FM/ChatTLA's data/frs_tla_ralph_gen/dev.jsonl, data/processed/eval.jsonl and
data/processed/diamond_eval_holdout.jsonl); their content is ours."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sysmoray.generation.replay_backend import ReferenceBackend
from sysmoray.generation.types import Request
from sysmoray.metrics.evaluate import evaluate
from sysmoray.tasks.importers.jsonl import MAX_FILE_BYTES, parse_problems, unusable_summary
from sysmoray.tasks.loader import load_task
from sysmoray.tla.answer import extract_answer

CLI = [sys.executable, "-m", "sysmoray.cli"]

DOOR_LATCH = r"""---- MODULE DoorLatch ----
EXTENDS Naturals
CONSTANT MaxOpens
VARIABLES open, latched, opens
vars == <<open, latched, opens>>
TypeOK == open \in BOOLEAN /\ latched \in BOOLEAN /\ opens \in 0..MaxOpens
LatchedShut == latched => ~open
Init == open = FALSE /\ latched = TRUE /\ opens = 0
Unlatch == latched /\ latched' = FALSE /\ UNCHANGED <<open, opens>>
Open == ~latched /\ ~open /\ opens < MaxOpens /\ open' = TRUE /\ opens' = opens + 1 /\ UNCHANGED latched
Close == open /\ open' = FALSE /\ UNCHANGED <<latched, opens>>
Latch == ~open /\ ~latched /\ latched' = TRUE /\ UNCHANGED <<open, opens>>
Next == Unlatch \/ Open \/ Close \/ Latch
Spec == Init /\ [][Next]_vars
====
"""
DOOR_LATCH_CFG = "SPECIFICATION Spec\nCONSTANT MaxOpens = 2\nINVARIANT TypeOK\nINVARIANT LatchedShut"

PING_PONG = r"""------------------------------ MODULE PingPong ------------------------------
EXTENDS Naturals
VARIABLES ball, rallies
TypeOK == ball \in {"ping", "pong"} /\ rallies \in 0..3
Init == ball = "ping" /\ rallies = 0
Hit == /\ rallies < 3
       /\ ball' = (IF ball = "ping" THEN "pong" ELSE "ping")
       /\ rallies' = rallies + 1
Reset == rallies = 3 /\ ball' = "ping" /\ rallies' = 0
Next == Hit \/ Reset
Spec == Init /\ [][Next]_<<ball, rallies>>
=============================================================================
\* Modification History
\* Written for sysmoray's tests
"""

USES_HELPER = "---- MODULE UsesHelper ----\nEXTENDS Helper\nVARIABLE x\nInit == x = Zero\nNext == x' = x\n====\n"


def ralph_rows() -> list[dict]:
    """Three lines in the FRS ralph-gen layout: one whose reference carries its config after
    ``====``, one without a config (and without kill_rate/coverage, as carried-over rows are),
    one whose reference extends an aux module."""
    return [
        {"spec_id": "ralph_gen:workflows:DoorLatch:0a1b2c3d", "reference": DOOR_LATCH + DOOR_LATCH_CFG,
         "prompt": "A door with a latch: it opens only unlatched, latches only shut, and opens at most twice.",
         "difficulty": "easy", "source": "ralph_gen_opus", "topic": "workflows",
         "normalized_sha1": "0a1b2c3d" * 5, "aux_modules": {}, "kill_rate": 1.0, "coverage": 0.5},
        {"spec_id": "chattla_validated:5e6f", "prompt": "Write the TLA+ module PingPong.", "reference": PING_PONG,
         "difficulty": "med", "source": "chattla_validated", "normalized_sha1": "5e6f" * 10, "aux_modules": {},
         "topic": "existing"},
        {"spec_id": "tla_description:helper/UsesHelper.tla", "prompt": "A variable that stays at Zero.",
         "reference": USES_HELPER, "difficulty": "easy", "source": "tla_description", "topic": "existing",
         "normalized_sha1": "77" * 20, "kill_rate": 0.5, "coverage": 0.3,
         "aux_modules": {"Helper": "---- MODULE Helper ----\nZero == 0\n====\n"}},
    ]


def holdout_row() -> dict:
    return {"module": "PingPong", "batch": "puzzles_classical", "topic_desc": "Two players hit a ball back and forth.",
            "spec": PING_PONG, "agent_is_diamond": True, "is_diamond": True, "tier": "gold", "sany_pass": True,
            "distinct_states": 4, "invariants_checked": 1, "mutation_caught": True, "trivial_invariant": False,
            "error": ""}


def chat_row() -> dict:
    return {"_tier": "gold", "_prompt_id": "door_latch_1", "messages": [
        {"role": "developer", "content": "You write TLA+."},
        {"role": "user", "content": "Write a TLA+ specification for the following:\n\nA latched door."},
        {"role": "assistant", "channel": "analysis", "content": "I'll write it."},
        {"role": "assistant", "channel": "final", "content": DOOR_LATCH + DOOR_LATCH_CFG}]}


def jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600)


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    """The failed command's single ``error:`` line (and no traceback)."""
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


# --- parsing (pure) ---------------------------------------------------------------------


def test_the_ralph_gen_layout_splits_the_reference_into_module_and_config():
    text = "".join(json.dumps(r) + "\n" for r in ralph_rows())
    problems, errors = parse_problems(text, "chattla")
    assert [p.name for p in problems] == ["door-latch", "ping-pong", "uses-helper"]
    door, ping, helped = problems
    assert (door.module, door.domain, door.description) == ("DoorLatch", "workflows", ralph_rows()[0]["prompt"])
    assert door.reference == DOOR_LATCH and door.cfg == DOOR_LATCH_CFG + "\n"
    assert door.provenance["chattla_layout"] == "frs_ralph_gen"
    assert door.provenance["chattla_spec_id"] == "ralph_gen:workflows:DoorLatch:0a1b2c3d"
    assert door.provenance["chattla_kill_rate"] == "1.0" and "chattla_topic" not in door.provenance
    # no config after the module: one is synthesized at import; what follows ==== is dropped
    assert ping.cfg is None and ping.domain == "existing" and "Modification History" not in ping.reference
    assert "chattla_coverage" not in ping.provenance
    # The aux modules the reference extends go with it; those it does not name are left out.
    assert errors == [] and door.modules == {} and helped.modules == ralph_rows()[2]["aux_modules"]
    unused = dict(ralph_rows()[2], aux_modules={"Other": "---- MODULE Other ----\n====\n"})
    assert parse_problems(json.dumps(unused) + "\n", "chattla")[0][0].modules == {}


def test_an_aux_module_that_is_not_what_its_name_says_is_a_line_error():
    row = dict(ralph_rows()[2], aux_modules={"Helper": "---- MODULE Elsewhere ----\n====\n"})
    problems, [error] = parse_problems(json.dumps(row) + "\n", "chattla")
    assert problems == [] and error.kind == "had an unusable aux module" and "Elsewhere" in error.message


def test_the_chat_and_holdout_layouts_still_parse_line_by_line():
    no_batch = {k: v for k, v in holdout_row().items() if k != "batch"}
    text = "".join(json.dumps(r) + "\n" for r in [chat_row(), holdout_row(), no_batch])
    problems, errors = parse_problems(text, "chattla")
    chat, holdout = problems
    assert (chat.name, chat.domain, chat.cfg) == ("door-latch", "general", DOOR_LATCH_CFG + "\n")
    assert chat.description.endswith("A latched door.") and chat.provenance["chattla_tier"] == "gold"
    assert (holdout.name, holdout.domain, holdout.cfg) == ("ping-pong", "puzzles_classical", None)
    assert holdout.reference == PING_PONG  # kept as written, as before
    assert holdout.provenance["chattla_tier"] == "gold" and holdout.provenance["chattla_layout"] == "holdout"
    # the per-topic diamond_gen files have no batch: the line parses (domain general) but repeats a name
    assert [e.kind for e in errors] == ["repeated a task name"]


def test_a_file_with_no_usable_line_says_why_in_one_line():
    text = "".join(json.dumps(r) + "\n" for r in ralph_rows())
    problems, errors = parse_problems(text, "jsonl")
    assert problems == []
    summary = unusable_summary("dev.jsonl", errors)
    assert summary.startswith("no usable line in dev.jsonl: 3 line(s), 3 lacked field 'description'")
    assert "tasks import chattla" in summary and "\n" not in summary
    assert "holds no line" in unusable_summary("empty.jsonl", [])


# --- the command --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    root = tmp_path_factory.mktemp("ralph")
    source = jsonl(root / "dev.jsonl", ralph_rows())
    out = root / "tasks"
    proc = run("tasks", "import", "chattla", source, "--out", out)
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_the_ralph_gen_layout_imports_into_tasks_that_list_and_check(imported):
    out, proc = imported
    assert "imported 3 task(s)" in proc.stdout and "0 line(s) skipped" in proc.stdout
    listed = run("tasks", "list", "--tasks-dir", out, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["name"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {"door-latch", "ping-pong", "uses-helper"}
    assert all(r["kind"] == "description" and r["reference"] for r in rows.values())
    assert rows["door-latch"]["domain"] == "workflows"
    door = load_task(out / "door-latch")
    assert door.provenance["cfg"] == "given" and door.provenance["importer"] == "chattla"
    assert Path(door.path(door.reference_cfg)).read_text() == DOOR_LATCH_CFG + "\n"
    ping = load_task(out / "ping-pong")
    assert ping.provenance["cfg"] == "synthesized" and ping.reference_cfg is not None
    checked = run("check", door.path(door.reference_module), "--task", "door-latch", "--tasks-dir", out, "--json")
    assert checked.returncode == 0, checked.stderr
    result = json.loads(checked.stdout)
    assert result["tier"] in ("gold", "diamond") and result["total"] == 1.0


def test_the_holdout_layout_still_imports(tmp_path):
    source = jsonl(tmp_path / "holdout.jsonl", [holdout_row()])
    proc = run("tasks", "import", "chattla", source, "--out", tmp_path / "tasks")
    assert proc.returncode == 0, proc.stderr
    task = load_task(tmp_path / "tasks" / "ping-pong")
    assert task.domain == "puzzles_classical" and task.provenance["chattla_is_diamond"] == "true"
    assert task.provenance["cfg"] == "synthesized"


@pytest.mark.parametrize("fmt, rows, why", [
    ("jsonl", ralph_rows(), "3 line(s), 3 lacked field 'description'"),
    ("chattla", [{"description": "a generic line"}] * 2, "2 line(s), 2 were in none of ChatTLA's layouts"),
    ("chattla", [dict(ralph_rows()[2], aux_modules=["Helper"])], "1 line(s), 1 had malformed aux_modules"),
    ("jsonl", [], "holds no line"),
])
def test_an_import_that_writes_no_task_exits_2_with_why(tmp_path, fmt, rows, why):
    source = jsonl(tmp_path / "dev.jsonl", rows)
    proc = run("tasks", "import", fmt, source, "--out", tmp_path / "tasks")
    assert proc.returncode == 2
    line = one_error_line(proc)
    assert "no usable line" in line and why in line
    assert not (tmp_path / "tasks").exists()  # nothing written, not even the folder


def test_a_file_over_the_cap_is_not_read(tmp_path):
    source = tmp_path / "huge.jsonl"
    with source.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    proc = run("tasks", "import", "chattla", source, "--out", tmp_path / "tasks")
    assert proc.returncode == 2
    assert "holds more than" in one_error_line(proc) and "MiB" in proc.stderr


def test_a_sysmobench_import_that_converts_no_system_exits_2(tmp_path):
    system = tmp_path / "checkout" / "tla_eval" / "tasks" / "toy"
    system.mkdir(parents=True)
    (system / "task.yaml").write_text("- not\n- a mapping\n")
    proc = run("tasks", "import", "sysmobench", tmp_path / "checkout", "--out", tmp_path / "tasks")
    assert proc.returncode == 2
    assert "no system imported" in one_error_line(proc) and "not a mapping" in proc.stderr


def test_a_reference_of_several_modules_imports_and_replays_with_its_aux_module(imported, toolchain):
    """The aux module lies beside the reference; the config is synthesized from both, and the
    reference backend replays both, which the check reads as one model."""
    out, _ = imported
    task = load_task(out / "uses-helper")
    reference = Path(task.path(task.reference_module))
    assert (reference.parent / "Helper.tla").read_text() == ralph_rows()[2]["aux_modules"]["Helper"]
    assert task.provenance["cfg"] == "synthesized"
    (candidate,) = ReferenceBackend(out).generate([Request("k", (), task="uses-helper")])
    answer = extract_answer(candidate.text)
    assert answer.module_name == "UsesHelper" and [n for n, _ in answer.siblings] == ["Helper"]
    evaluation = evaluate(toolchain, answer)
    assert evaluation.phases["syntax"].score == 1.0 and evaluation.phases["runtime"].score == 1.0
    assert evaluation.extraction["modules"]["inlined"] == ["Helper"]
