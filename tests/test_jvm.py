"""JVM speed options (tla.jvm): asked of the JVM, and they change only speed, never a result."""

from __future__ import annotations

from dataclasses import replace

from sysmoray.metrics.evaluate import CheckConfig, screen
from sysmoray.tasks.loader import find_task
from sysmoray.tla.answer import extract_answer
from sysmoray.tla.jvm import EXIT_WAIT_FLAG, accepts, speed_options
from sysmoray.tla.runner import Limits


def test_the_jvm_is_asked_which_options_it_has(toolchain):
    assert accepts(toolchain.java.path, "-XX:+UseSerialGC")
    assert not accepts(toolchain.java.path, "-XX:+SysmorayNoSuchOption")
    options = speed_options(toolchain.java.path, None)
    assert (EXIT_WAIT_FLAG in options) == accepts(toolchain.java.path, EXIT_WAIT_FLAG)
    assert not any("SharedArchiveFile" in o for o in options)


def test_speed_options_change_no_result(toolchain):
    """The same P1 and P2 (and the same TLC counts and coverage) with and without them, and
    with C1 only (``Limits.short``)."""
    task = find_task("asyncio-lock")
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    plain = replace(toolchain, class_archive=None, speed_options=())
    fast, slow = (screen(tc, extract_answer(text), cfg, CheckConfig(), task) for tc in (toolchain, plain))
    short = screen(toolchain, extract_answer(text), cfg, CheckConfig(limits=Limits(short=True)), task)
    assert short.phases["runtime"].details["covered"] == fast.phases["runtime"].details["covered"]
    assert [r["distinct_states"] for r in short.phases["runtime"].details["runs"]] == \
        [r["distinct_states"] for r in fast.phases["runtime"].details["runs"]]
    for name in ("syntax", "runtime"):
        assert fast.phases[name].score == slow.phases[name].score
        assert fast.phases[name].outcome == slow.phases[name].outcome
    keep = ("outcome", "distinct_states", "generated_states", "depth", "violations")
    runs = [[{k: r[k] for k in keep} for r in s.phases["runtime"].details["runs"]] for s in (fast, slow)]
    assert runs[0] == runs[1]
    assert fast.phases["runtime"].details["covered"] == slow.phases["runtime"].details["covered"]


def test_a_first_run_that_outgrows_its_short_bound_runs_again_to_the_same_result(toolchain, monkeypatch):
    """P2's first run is a C1 JVM within ``FIRST_RUN_STATES``; a model that reaches them runs again
    under its full budget. Either way P2 is the same (the asyncio-lock reference: 197 states)."""
    from sysmoray.metrics import runtime

    task = find_task("asyncio-lock")
    with open(task.path(task.reference_module), encoding="utf-8") as f:
        text = f.read()
    with open(task.path(task.reference_cfg), encoding="utf-8") as f:
        cfg = f.read()
    keep = ("outcome", "distinct_states", "generated_states", "depth", "budget_reached", "violations")

    def p2(bound):
        monkeypatch.setattr(runtime, "FIRST_RUN_STATES", bound)
        details = screen(toolchain, extract_answer(text), cfg, CheckConfig(), task).phases["runtime"].details
        return details["covered"], details["budget"], [{k: r[k] for k in keep} for r in details["runs"]]

    whole, probed, outgrown = p2(10**6), p2(1000), p2(50)
    assert whole == probed == outgrown
    assert whole[1]["explored"] == 197 and not whole[1]["reached"] and whole[1]["runs"] == 1
