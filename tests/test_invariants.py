"""P4 on the semaphore reference with templates of every shape: state predicates and [][A]_v
action templates are decided in one TLC run that reports which of them each state or step breaks;
other shapes run as PROPERTYs."""

from __future__ import annotations

from dataclasses import replace

from sysmoray.metrics.evaluate import CheckConfig, screen
from sysmoray.metrics.invariants import HELD, VIOLATED, TemplateTracker, box_action, invariants_phase
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
    # A step into a state already seen is judged too: every acquire breaks NeverDown.
    assert "step" in {r.name: r.reason for r in results}["NeverDown"]


def test_box_action_reads_only_the_box_shape():
    assert box_action("[][x' > x]_<<x, y>>") == ("x' > x", "<<x, y>>")
    assert box_action("[][ [f EXCEPT ![1] = 2] = g' ]_g") == ("[f EXCEPT ![1] = 2] = g'", "g")
    for other in ("[](x > 0)", "<>[](x > 0)", "[][x' > x]_x /\\ TRUE", "[][x' > x]", "x > 0"):
        assert box_action(other) is None, other


def test_reports_printed_over_several_lines_are_read():
    """TLC breaks a long printed value over lines; every name in it counts, once, at its first depth."""
    task, _, cfg, shape = semaphore()
    tracker = TemplateTracker.of(shape.module, [t for t in task.invariants if t.name != "NeverDownToo"], cfg)
    output = ('<< "SysmorayBroken",\n   "state",\n   {"InRange", "NoPermitWhileWaiting"},\n   4 >>\n'
              'noise\n<<"SysmorayBroken", "step", {"NeverDown"}, 2>>\n<<"SysmorayBroken", "state", {"InRange"}, 9>>\n')
    assert tracker.broken(output) == {
        "InRange": "violated: a reachable state (depth 4) breaks it",
        "NoPermitWhileWaiting": "violated: a reachable state (depth 4) breaks it",
        "NeverDown": "violated: a step into depth 2 breaks it",
    }


def test_states_and_steps_the_models_constraint_leaves_unexplored_are_judged_like_tlc_does(toolchain):
    """TLC checks invariants (and [][A]_v properties) on every generated state and step, also one
    its CONSTRAINT does not explore further: the tracker judges them the same way, and still
    explores what the model's config explores."""
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
    phase, results = invariants_phase(toolchain, text, shape, cfg, task)
    assert {r.name: r.outcome for r in results} == expected, results
    # The model's constraints moved behind the step check: the same states as TLC on the model.
    plain = screen(toolchain, extract_answer(text), cfg, CheckConfig()).phases["runtime"]
    assert phase.details["budget"]["explored"] == plain.details["runs"][0]["distinct_states"]
