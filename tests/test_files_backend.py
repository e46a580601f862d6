"""The ``files:<DIR>`` backend: answers made elsewhere, scored by a real sweep as if a model had
written them."""

import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from sysmoray.generation.backends import backend_kind, make_backend
from sysmoray.generation.files_backend import MAX_ANSWER_BYTES
from sysmoray.generation.types import NO_ANSWER, Request
from sysmoray.results.leaderboard import leaderboard, scan
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.untrusted import UntrustedFileError, read_capped

CLI = [sys.executable, "-m", "sysmoray.cli"]


def peterson() -> tuple[str, str]:
    task = find_task("peterson")
    return Path(task.path(task.reference_module)).read_text(), Path(task.path(task.reference_cfg)).read_text()


def answers(tmp_path: Path) -> Path:
    module, cfg = peterson()
    root = tmp_path / "answers"
    (root / "peterson" / "agent" / "claude").mkdir(parents=True)
    (root / "peterson" / "agent" / "claude" / "Peterson.tla").write_text(module)
    (root / "peterson" / "agent" / "claude" / "Peterson.cfg").write_text(cfg)
    # a raw answer with prose and fences, whose module does not parse
    (root / "peterson" / "chat.md").write_text("Here is my model.\n```tla\n---- MODULE Peterson ----\nVARIABLE x\nInit == x =\n====\n```\n")
    # a helper module another answer extends is not an answer
    (root / "peterson" / "lib").mkdir()
    (root / "peterson" / "lib" / "Helpers.tla").write_text("---- MODULE Helpers ----\nTwice(x) == x + x\n====\n")
    (root / "peterson" / "lib" / "UsesHelpers.tla").write_text("---- MODULE UsesHelpers ----\nEXTENDS Helpers\n====\n")
    (root / "peterson" / "notes.json").write_text("{}")  # not an answer
    return root


def test_answers_are_numbered_by_path_and_paired_with_their_configs(tmp_path):
    root = answers(tmp_path)
    assert backend_kind(f"files:{root}") == "files"
    backend = make_backend(f"files:{root}")
    found = [str(p.relative_to(root / "peterson")) for p in backend.answers("peterson")]
    assert found == ["agent/claude/Peterson.tla", "chat.md", "lib/UsesHelpers.tla"]
    candidates = backend.generate([Request("k", (), n=4, seed=7, task="peterson")])
    assert [c.sample for c in candidates] == [0, 1, 2, 3]
    first = candidates[0]
    assert first.ok and "```cfg" in first.text and first.meta["path"] == "peterson/agent/claude/Peterson.tla"
    assert candidates[1].text.startswith("Here is my model.")
    # no answer for sample 3: not measured (never a repeat, never scored 0)
    assert candidates[3].finish_reason == NO_ANSWER and "3 answer(s)" in candidates[3].error
    later = backend.generate([Request("k", (), n=1, task="peterson", first_sample=1)])
    assert later[0].text == candidates[1].text  # sample i is answer i, whatever the batching
    assert backend.generate([Request("k", (), n=1, task="nothing-here")])[0].finish_reason == NO_ANSWER


def test_links_out_of_the_folder_and_oversized_files_are_refused_each_with_its_sample(tmp_path):
    """Nothing outside the folder a user named is read, and no read is unbounded (issue 36):
    each such answer is a sample with an error line, the others are read as before."""
    module, cfg = peterson()
    secret = tmp_path / "secret.tla"
    secret.write_text("---- MODULE Secret ----\nPassword == \"hunter2\"\n====\n")
    root = tmp_path / "answers" / "peterson"
    (root / "good").mkdir(parents=True)
    (root / "good" / "Peterson.tla").write_text(module)
    (root / "good" / "Peterson.cfg").write_text(cfg)
    (root / "a_link.tla").symlink_to(secret)  # a module linking out
    (root / "b_environ.txt").symlink_to("/proc/self/environ")  # size 0 by stat, not by reading
    (root / "c_cfg").mkdir()
    (root / "c_cfg" / "Peterson.tla").write_text(module)
    (root / "c_cfg" / "Peterson.cfg").symlink_to(secret)  # a config linking out
    (root / "d_big").mkdir()
    (root / "d_big" / "Peterson.tla").write_text(module)
    (root / "d_big" / "Peterson.cfg").write_text("\\* padding\n" * (MAX_ANSWER_BYTES // 10))
    os.mkfifo(root / "e_fifo.md")  # not a file: no answer (a plain read would block forever)
    backend = make_backend(f"files:{tmp_path / 'answers'}")
    assert [p.name for p in backend.answers("peterson")] == [
        "a_link.tla", "b_environ.txt", "Peterson.tla", "Peterson.tla", "Peterson.tla"]
    candidates = backend.generate([Request("k", (), n=5, task="peterson")])
    assert "hunter2" not in " ".join(c.text for c in candidates) and "PATH=" not in " ".join(c.text for c in candidates)
    errors = [c.error or "" for c in candidates]
    assert ["leads outside" in e for e in errors] == [True, True, True, False, False]  # /proc is outside too
    assert "more than" in errors[3] and candidates[4].ok and "```cfg" in candidates[4].text
    with pytest.raises(UntrustedFileError, match="not a regular file"):
        read_capped(root / "e_fifo.md", 10, root)


def test_a_sweep_scores_answers_made_elsewhere_on_every_phase(tmp_path):
    root = answers(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "TMPDIR"}  # Ray's socket paths must stay short
    proc = subprocess.run(
        [*CLI, "sweep", "--task", "peterson", "--model", f"files:{root}", "--k", "4", "--repair", "0",
         "--out", str(tmp_path / "runs"), "--quiet", "--no-report"],
        capture_output=True, text=True, timeout=900, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    [run] = [p for p in (tmp_path / "runs").iterdir() if p.is_dir()]
    samples = pl.read_parquet(run / "samples" / "*.parquet").filter(pl.col("final")).sort("sample")
    assert samples["sample"].to_list() == [0, 1, 2, 3]
    # three answers, k = 4: the fourth sample is recorded as not measured, and left out of the board
    unanswered = samples.filter(pl.col("sample") == 3)
    assert unanswered["tier"][0] == "not_answered" and unanswered["total"][0] is None
    assert unanswered["p1_syntax"][0] is None and unanswered["outcome_syntax"][0] == "not_answered"
    board = leaderboard(scan(str(tmp_path / "runs")))
    assert board["samples"].to_list() == [3] and board["not_answered"].to_list() == [1] and board["k"].to_list() == [3]
    samples = samples.filter(pl.col("sample") < 3)
    assert samples["total"][0] == 1.0 and samples["tier"][0] == "diamond"  # the reference, replayed from a file
    assert samples["outcome_syntax"][1] == "parse_error" and samples["tier"][1] == "bronze"
    assert samples["p3_conformance"].null_count() == 3  # a description task: no P3
    invariants = pl.read_parquet(run / "invariants" / "*.parquet")
    assert set(invariants.filter(pl.col("sample") == 0)["outcome"]) == {"held"}


def test_a_module_an_answer_extends_is_read_from_its_folder_and_a_link_out_is_named(tmp_path):
    """A model of several files: the modules the answer names come with it, from its own folder
    only; one that links out is not read, and its sample says so."""
    secret = tmp_path / "Secret.tla"
    secret.write_text("---- MODULE Secret ----\nPassword == \"hunter2\"\n====\n")
    root = tmp_path / "answers" / "t"
    root.mkdir(parents=True)
    (root / "Helper.tla").write_text("---- MODULE Helper ----\nZero == 0\n====\n")
    (root / "Secret.tla").symlink_to(secret)
    (root / "Main.tla").write_text("---- MODULE Main ----\nEXTENDS Helper, Secret\nVARIABLE x\nInit == x = Zero\nNext == x' = x\n====\n")
    backend = make_backend(f"files:{tmp_path / 'answers'}")
    (candidate,) = backend.generate([Request("k", (), n=1, task="t")])
    assert candidate.meta["path"] == "t/Main.tla"  # Helper and Secret are named by Main: no answers of their own
    assert "Zero == 0" in candidate.text and "hunter2" not in candidate.text
    [why] = candidate.meta["modules_not_read"]
    assert "Secret.tla" in why and "outside" in why
