"""P4 on the semaphore reference with templates of every shape: state predicates and [][A]_v
action templates are decided in one TLC run that tracks which of them each state or step breaks;
other shapes run as PROPERTYs."""

from __future__ import annotations

from dataclasses import replace

from sysmoray.metrics.invariants import HELD, VIOLATED, box_action, invariants_phase
from sysmoray.metrics.window_check import model_shape
from sysmoray.tasks.loader import find_task
from sysmoray.tasks.model import InvariantTemplate
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline


def template(name: str, kind: str, expression: str) -> InvariantTemplate:
    return InvariantTemplate(name, kind, name, "", expression)


def test_state_and_step_templates_are_decided_in_one_run(toolchain):
    task = find_task("semaphore")
    templates = (
        template("InRange", "safety", r"value \in 0..Max"),
        template("NoPermitWhileWaiting", "safety", r"waiting # <<>> => value = 0"),  # broken: a release wakes, value > 0
        template("StepsOfOne", "action", r"[][value' <= value + 1 /\ value' >= value - 1]_value"),
        template("NeverDown", "action", "[][value' >= value]_value"),  # broken by every acquire
        template("NeverDownToo", "action", "[][value' >= value]_value /\\ TRUE"),  # not [][A]_v: a PROPERTY
    )
    task = replace(task, invariants=templates)
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    shape = model_shape(outline(text), parse_cfg(cfg))
    phase, results = invariants_phase(toolchain, text, shape, cfg, task)
    outcomes = {r.name: r.outcome for r in results}
    assert outcomes == {"InRange": HELD, "NoPermitWhileWaiting": VIOLATED, "StepsOfOne": HELD,
                        "NeverDown": VIOLATED, "NeverDownToo": VIOLATED}, results
    assert phase.score == 2 / 5
    assert phase.details["budget"]["runs"] == 2  # the tracked run, and the PROPERTY run


def test_box_action_reads_only_the_box_shape():
    assert box_action("[][x' > x]_<<x, y>>") == ("x' > x", "<<x, y>>")
    assert box_action("[][ [f EXCEPT ![1] = 2] = g' ]_g") == ("[f EXCEPT ![1] = 2] = g'", "g")
    for other in ("[](x > 0)", "<>[](x > 0)", "[][x' > x]_x /\\ TRUE", "[][x' > x]", "x > 0"):
        assert box_action(other) is None, other
