"""Real TLC and SANY runs: outcomes, states, traces and locations read from -tool output."""

import time

from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import check_modules
import pytest

from sysmoray.tla.tlc import Simulation, TLCOptions, run_tlc
from tests.conftest import java_processes_under

COUNTER = r"""---- MODULE Counter ----
EXTENDS Naturals, TLC
CONSTANT Max
VARIABLES x, log
Init == x = 0 /\ log = <<>>
Inc == x < Max /\ x' = x + 1 /\ log' = Append(log, x)
Spec == Init /\ [][Inc]_<<x, log>>
Small == x < 2
Bounded == x <= Max
====
"""


def tlc(toolchain, cfg, text=COUNTER, **options):
    text = text.replace("EXTENDS Naturals, TLC", "EXTENDS Naturals, Sequences, TLC")
    return run_tlc(toolchain, {"Counter.tla": text}, "Counter", cfg, TLCOptions(**options))


def test_clean_run_reports_states_and_coverage(toolchain):
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\nINVARIANT Bounded\n", check_deadlock=False)
    assert result.outcome == Outcome.OK
    assert (result.distinct_states, result.generated_states, result.depth) == (4, 4, 4)
    assert result.initial_states == 1
    [inc] = result.coverage
    assert (inc.name, inc.location.line, inc.distinct, inc.generated) == ("Inc", 6, 3, 3)


def test_invariant_violation_has_a_trace(toolchain):
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\nINVARIANT Small\n")
    assert result.outcome == Outcome.SAFETY_VIOLATION
    [violation] = result.violations
    assert violation.name == "Small"
    assert [s.assignments["x"] for s in violation.trace] == ["0", "1", "2"]
    assert violation.trace[-1].assignments["log"] == "<<0, 1>>"
    assert violation.trace[1].action.startswith("<Inc line 6")


def test_deadlock_is_its_own_outcome_and_the_exit_code_is_not_trusted(toolchain):
    result = tlc(toolchain, "CONSTANT Max = 2\nSPECIFICATION Spec\n")
    assert result.outcome == Outcome.DEADLOCK
    assert result.returncode == 11
    # With -continue TLC exits 0 after a violation; the messages still say what happened.
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\nINVARIANT Small\n", check_deadlock=False, continue_after_violation=True)
    assert result.returncode == 0
    assert result.outcome == Outcome.SAFETY_VIOLATION
    assert len(result.violations) == 2  # x = 2 and x = 3


def test_evaluation_error_carries_locations(toolchain):
    text = COUNTER.replace("Append(log, x)", "Append(log, 1 \\div (1 - x))")
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\n", text=text)
    assert result.outcome == Outcome.EVALUATION_ERROR
    [error] = result.errors
    assert "div" in error.message
    assert error.locations[0].module == "Counter"
    assert error.locations[0].line == 6


def test_assert_and_config_errors(toolchain):
    text = COUNTER.replace("x' = x + 1", "Assert(x < 1, \"x too big\") /\\ x' = x + 1")
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\n", text=text)
    assert result.outcome == Outcome.ASSERTION
    assert "x too big" in result.errors[0].message
    result = tlc(toolchain, "SPECIFICATION Spec\n")
    assert result.outcome == Outcome.CONFIG_ERROR
    assert "Max" in result.errors[0].message


def test_parse_error_inside_tlc(toolchain):
    result = tlc(toolchain, "CONSTANT Max = 3\nSPECIFICATION Spec\n", text=COUNTER.replace("x < Max /\\", "x < Max /\\ /\\ )"))
    assert result.outcome == Outcome.PARSE_ERROR
    assert result.errors[0].locations[0].line == 6


def test_depth_bound_limits_the_search(toolchain):
    result = tlc(toolchain, "CONSTANT Max = 100\nSPECIFICATION Spec\n", depth_bound=5, check_deadlock=False)
    assert result.outcome == Outcome.OK
    assert result.distinct_states == 5


def test_a_work_bounded_run_of_a_model_that_extends_nothing(toolchain):
    # The budget's wrapper compares numbers; the model need not extend Naturals for that.
    text = ('---- MODULE Plain ----\nVARIABLE light\nInit == light = "red"\n'
            'Next == light\' = IF light = "red" THEN "green" ELSE "red"\n====\n')
    result = run_tlc(toolchain, {"Plain.tla": text}, "Plain", "INIT Init\nNEXT Next\n",
                     TLCOptions(depth_bound=10, state_budget=100, generated_budget=1000))
    assert (result.outcome, result.distinct_states) == (Outcome.OK, 2), result.output[-800:]


WALK = r"""---- MODULE Walk ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Right == x < 6 /\ x' = x + 1 /\ UNCHANGED y
Up == y < 4 /\ y' = y + 1 /\ UNCHANGED x
Corner == x = 6 /\ y = 4 /\ x' = 0 /\ y' = 0
Next == Right \/ Up \/ Corner
====
"""


def walk(toolchain, text=WALK, traces=40, depth=12, seed=3):
    return run_tlc(toolchain, {"Walk.tla": text}, "Walk", "INIT Init\nNEXT Next\n",
                   TLCOptions(simulate=Simulation(traces, depth), check_deadlock=False, seed=seed))


def test_a_simulation_stops_after_its_traces(toolchain):
    # Every step has exactly one successor, and a behaviour of depth 12 makes 12 steps: 10 to
    # the corner, Corner back to the start, one more. 1 initial state + 40 x 12 successors.
    result = walk(toolchain)
    assert result.outcome == Outcome.OK, result.output[-800:]
    assert result.generated_states == 1 + 40 * 12 and result.distinct_states is None
    generated = {e.name: e.generated for e in result.coverage}
    assert generated["Corner"] == 40 and generated["Right"] + generated["Up"] == 40 * 11


def test_a_simulation_is_a_function_of_its_seed(toolchain):
    text = WALK.replace("Up == y < 4 /\\ y' = y + 1", "Up == y < 4 /\\ y' \\in y + 1 .. 4")
    runs = [walk(toolchain, text, seed=seed) for seed in (3, 3, 4)]
    counts = [[(e.name, e.generated) for e in r.coverage] + [r.generated_states] for r in runs]
    assert counts[0] == counts[1]
    assert counts[0] != counts[2]  # another seed walks other behaviours


def test_a_simulation_error_comes_with_the_state_it_was_raised_in(toolchain):
    # A simulation prints the error without its position (the runtime phase reproduces it).
    result = walk(toolchain, WALK.replace("x' = 0 /\\ y' = 0", "x' = 0 /\\ y' = x + \"a\""))
    assert result.outcome == Outcome.EVALUATION_ERROR, result.output[-800:]
    error = result.errors[0]
    assert dict(error.state) == {"x": "6", "y": "4"}


def test_a_simulation_takes_no_bfs_bounds(toolchain):
    with pytest.raises(ValueError, match="traces and depth"):
        run_tlc(toolchain, {"Walk.tla": WALK}, "Walk", "INIT Init\nNEXT Next\n",
                TLCOptions(simulate=Simulation(5, 5), state_budget=10))


def test_timeout_kills_the_whole_process_group(toolchain, tmp_path, monkeypatch):
    monkeypatch.setenv("SYSMORAY_SCRATCH", str(tmp_path))
    started = time.monotonic()
    result = run_tlc(
        toolchain,
        {"Counter.tla": COUNTER.replace("x < Max /\\ ", "").replace("EXTENDS Naturals, TLC", "EXTENDS Naturals, Sequences, TLC")},
        "Counter",
        "CONSTANT Max = 3\nSPECIFICATION Spec\n",
        limits=Limits(timeout_s=3),
    )
    assert result.outcome == Outcome.TIMEOUT
    assert time.monotonic() - started < 8
    assert java_processes_under(str(tmp_path)) == []
    assert list(tmp_path.iterdir()) == []  # the scratch directory is gone too


def test_sany_batch_survives_fatal_parse_errors(toolchain):
    good = "---- MODULE {n} ----\nEXTENDS Naturals\nA == 1 + 1\n====\n"
    bad = "---- MODULE {n} ----\nEXTENDS Naturals\nA == 1 + + 1\n====\n"
    unknown = "---- MODULE {n} ----\nA == y\n====\n"
    files = {
        "G1.tla": good.format(n="G1"), "B1.tla": bad.format(n="B1"), "G2.tla": good.format(n="G2"),
        "U1.tla": unknown.format(n="U1"), "B2.tla": bad.format(n="B2"),
    }
    results = check_modules(toolchain, files, ["G1", "B1", "G2", "U1", "B2"])
    assert {n: r.outcome for n, r in results.items()} == {
        "G1": Outcome.OK, "B1": Outcome.PARSE_ERROR, "G2": Outcome.OK,
        "U1": Outcome.SEMANTIC_ERROR, "B2": Outcome.PARSE_ERROR,
    }
    assert results["U1"].errors[0].locations[0].line == 2
    assert "Unknown operator" in results["U1"].errors[0].message
