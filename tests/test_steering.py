"""A model that could steer TLC's run (TLCSet: the registers and "exit" sysmoray's budget and
trackers use) is not run, and every phase says why; a mention in a comment or string is harmless."""

from __future__ import annotations

from sysmoray.metrics.evaluate import CheckConfig, TaskData, evaluate
from sysmoray.tasks.loader import find_task
from sysmoray.tla.answer import extract_answer
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.steering import steering_calls
from tests.models import LOCK_CFG, lock_with

# Ends its own exploration at depth 3, before Reset's division by zero is reached: run, TLC on it
# would come out clean (Gold, where the error makes it Silver).
HIDES_ITS_ERROR = lock_with(
    "Mutex == owner \\in Procs \\cup {Free}",
    'Mutex == owner \\in Procs \\cup {Free} /\\ (TLCGet("level") < 3 \\/ TLCSet("exit", TRUE))',
).replace("EXTENDS Naturals", "EXTENDS Naturals, TLC").replace("count' = 0", "count' = 1 \\div 0")


def test_a_model_that_calls_tlcset_is_not_run(toolchain):
    assert steering_calls(HIDES_ITS_ERROR) == ["TLCSet (line 16)"]
    ev = evaluate(toolchain, extract_answer(HIDES_ITS_ERROR), LOCK_CFG, CheckConfig())
    assert ev.phases["syntax"].score == 1.0
    runtime = ev.phases["runtime"]
    assert (runtime.score, runtime.outcome) == (0.0, Outcome.STEERING)
    assert "TLCSet (line 16)" in runtime.errors[0].message
    assert ev.tier.tier == "silver" and "not run" in ev.tier.reason and not ev.tier.model_run


def test_the_later_phases_say_the_model_was_not_run(toolchain):
    task = find_task("semaphore")
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    end = text.rindex("\n====") + 1  # the module's closing line
    steering = text[:end].replace("EXTENDS ", "EXTENDS TLC, ", 1) + "Steer == TLCSet(1, 0)\n" + text[end:]
    ev = evaluate(toolchain, extract_answer(steering), cfg, CheckConfig(), TaskData.load(task))
    assert ev.phases["runtime"].outcome == Outcome.STEERING
    for name in ("conformance", "invariants"):
        assert ev.phases[name].outcome == Outcome.SKIPPED
        assert "steers TLC" in ev.phases[name].details["reason"]
    assert ev.total == 0.15  # P1 only


def test_mentions_in_comments_and_strings_do_not_count():
    text = '---- MODULE M ----\n(* TLCSet is not used *)\n\\* nor TLCSet here\nX == "TLCSet"\n====\n'
    assert steering_calls(text) == []
