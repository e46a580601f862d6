"""P4 on the semaphore reference with templates of every shape: state predicates and [][A]_v
action templates are decided in one TLC run that reports which of them each state or step breaks
(on the runtime phase's run when the constants agree); other shapes run as PROPERTYs."""

from __future__ import annotations

from dataclasses import replace

from sysmoray.metrics.evaluate import CheckConfig, screen
from sysmoray.metrics.invariants import ERROR, HELD, VIOLATED, box_action, invariants_phase, tracker_for
from sysmoray.metrics.window_check import model_shape
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.model import InvariantTemplate
from sysmoray.tla.answer import extract_answer
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline


def template(name: str, kind: str, expression: str) -> InvariantTemplate:
    return InvariantTemplate(name, kind, name, "", expression)


TEMPLATES = (
    template("InRange", "safety", r"value \in 0..Max"),
    template("NoPermitWhileWaiting", "safety", r"waiting # <<>> => value = 0"),  # broken: a release wakes, value > 0
    template("StepsOfOne", "action", r"[][value' <= value + 1 /\ value' >= value - 1]_value"),
    template("NeverDown", "action", "[][value' >= value]_value"),  # broken by every acquire
    template("NeverDownToo", "action", "[][value' >= value]_value /\\ TRUE"),  # not [][A]_v: a PROPERTY
)
EXPECTED = {"InRange": HELD, "NoPermitWhileWaiting": VIOLATED, "StepsOfOne": HELD,
            "NeverDown": VIOLATED, "NeverDownToo": VIOLATED}


def semaphore(templates=TEMPLATES):
    task = replace(find_task("semaphore"), invariants=templates)
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    return task, text, cfg, model_shape(outline(text), parse_cfg(cfg))


def test_state_and_step_templates_are_decided_in_one_run(toolchain):
    task, text, cfg, shape = semaphore()
    phase, results = invariants_phase(toolchain, text, shape, cfg, task)
    assert {r.name: r.outcome for r in results} == EXPECTED, results
    assert phase.score == 2 / 5
    assert phase.details["budget"]["runs"] == 2  # the tracked run, and the PROPERTY run
    assert "shared_run" not in phase.details


def test_the_runtime_phase_run_carries_the_tracked_templates(toolchain):
    """The same verdicts as P4's own run, from P2's run, which still scores P2 on the model alone."""
    task, text, cfg, shape = semaphore()
    first = screen(toolchain, extract_answer(text), cfg, CheckConfig(), task)
    runtime = first.phases["runtime"]
    assert runtime.score == 1.0 and len(runtime.details["runs"]) == 1
    ridden = runtime.details["ridden"]
    assert set(ridden["templates"]) == {"InRange", "NoPermitWhileWaiting", "StepsOfOne", "NeverDown"}
    phase, results = invariants_phase(toolchain, text, shape, cfg, task, ridden=ridden)
    assert {r.name: r.outcome for r in results} == EXPECTED, results
    assert phase.details["shared_run"]
    assert phase.details["budget"]["runs"] == 2  # the shared run, and the PROPERTY run of its own
    # A step into a state already seen is judged too: every acquire breaks NeverDown.
    assert "step" in {r.name: r.reason for r in results}["NeverDown"]


def test_a_template_that_raises_does_not_spoil_the_runtime_phase(toolchain):
    """A template whose evaluation fails stops the run it rides on: P2 makes its run again
    without it, and P4 settles that template as an error on a run of its own."""
    bad = template("Fails", "safety", r"value \in 0..Max /\ (CHOOSE x \in {} : TRUE) = 1")
    task, text, cfg, shape = semaphore((TEMPLATES[0], bad))
    first = screen(toolchain, extract_answer(text), cfg, CheckConfig(), task)
    runtime = first.phases["runtime"]
    assert runtime.score == 1.0 and not runtime.errors
    assert "ridden" not in runtime.details
    assert [r.get("rider") for r in runtime.details["runs"]] == ["spoiled the run: made again without it", None]
    _, results = invariants_phase(toolchain, text, shape, cfg, task, ridden=runtime.details.get("ridden"))
    assert {r.name: r.outcome for r in results} == {"InRange": HELD, "Fails": ERROR}, results


def test_no_tracker_rides_when_the_constants_differ():
    task, text, cfg, shape = semaphore()
    assert tracker_for(task, shape, cfg) is not None
    assert tracker_for(task, shape, cfg.replace("Max = 2", "Max = 3")) is None


def test_box_action_reads_only_the_box_shape():
    assert box_action("[][x' > x]_<<x, y>>") == ("x' > x", "<<x, y>>")
    assert box_action("[][ [f EXCEPT ![1] = 2] = g' ]_g") == ("[f EXCEPT ![1] = 2] = g'", "g")
    for other in ("[](x > 0)", "<>[](x > 0)", "[][x' > x]_x /\\ TRUE", "[][x' > x]", "x > 0"):
        assert box_action(other) is None, other


def test_reports_printed_over_several_lines_are_read():
    """TLC breaks a long printed value over lines; every name in it counts, once, at its first depth."""
    task, _, cfg, shape = semaphore()
    tracker = tracker_for(task, shape, cfg)
    output = ('<< "SysmorayBroken",\n   "state",\n   {"InRange", "NoPermitWhileWaiting"},\n   4 >>\n'
              'noise\n<<"SysmorayBroken", "step", {"NeverDown"}, 2>>\n<<"SysmorayBroken", "state", {"InRange"}, 9>>\n')
    assert tracker.broken(output) == {
        "InRange": "violated: a reachable state (depth 4) breaks it",
        "NoPermitWhileWaiting": "violated: a reachable state (depth 4) breaks it",
        "NeverDown": "violated: a step into depth 2 breaks it",
    }


def test_states_and_steps_the_models_constraint_leaves_unexplored_are_judged_like_tlc_does(toolchain):
    """TLC checks invariants on every generated state, also one its CONSTRAINT does not explore
    further: the tracker judges those states, and the steps into them, the same way, on P2's run
    and on P4's own alike."""
    templates = (
        template("NeverEmpty", "safety", "value > 0"),  # broken by a generated state with value = 0
        template("NeverToZero", "action", "[][value' > 0]_value"),  # broken by the step into it
        template("NoWaiters", "safety", "waiting = <<>>"),  # Block needs value = 0: never explored
    )
    task, text, cfg, shape = semaphore(templates)
    cfg += "CONSTRAINT\n    value > 0\n".replace("value > 0", "Positive")
    text = text.replace("Init ==", "Positive == value > 0\n\nInit ==", 1)
    shape = model_shape(outline(text), parse_cfg(cfg))
    expected = {"NeverEmpty": VIOLATED, "NeverToZero": VIOLATED, "NoWaiters": HELD}
    _, alone = invariants_phase(toolchain, text, shape, cfg, task)
    assert {r.name: r.outcome for r in alone} == expected, alone
    runtime = screen(toolchain, extract_answer(text), cfg, CheckConfig(), task).phases["runtime"]
    _, shared = invariants_phase(toolchain, text, shape, cfg, task, ridden=runtime.details["ridden"])
    assert {r.name: r.outcome for r in shared} == expected, shared
    # The model's constraints moved behind the step check: P2 explored what it explores without it.
    plain = screen(toolchain, extract_answer(text), cfg, CheckConfig()).phases["runtime"]
    keep = ("distinct_states", "generated_states", "depth")
    assert [{k: r[k] for k in keep} for r in runtime.details["runs"]] == [{k: r[k] for k in keep} for r in plain.details["runs"]]
    assert runtime.details["covered"] == plain.details["covered"]
