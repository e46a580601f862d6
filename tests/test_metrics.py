"""P1/P2 on models the tests write, with the real SANY and TLC."""

import time

import pytest

from sysmoray.metrics.evaluate import CheckConfig, evaluate
from sysmoray.metrics.runtime import RuntimeConfig
from sysmoray.metrics.tier import TierConfig
from sysmoray.tla.answer import extract_answer, split_module_file
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from tests.conftest import java_processes_under
from tests.models import DEEP, DEEP_CFG, LOCK, LOCK_CFG, lock_with


def check(toolchain, text, cfg=LOCK_CFG, **limits):
    # P1/P2 are under test here: the tier's mutation test (it has tests of its own) is off.
    config = CheckConfig(Limits(**({"timeout_s": 60} | limits)), RuntimeConfig(), TierConfig(mutation=False))
    return evaluate(toolchain, split_module_file(text), cfg, config)


def test_correct_lock_scores_full_marks(toolchain):
    result = check(toolchain, LOCK)
    assert result.actions == ("Acquire", "Release", "Reset", "Idle")
    assert result.phases["syntax"].score == 1.0
    assert result.phases["syntax"].outcome == Outcome.OK
    assert result.phases["runtime"].score == 1.0
    assert result.phases["runtime"].outcome == Outcome.OK
    assert result.phases["runtime"].details["covered"] == ["Acquire", "Idle", "Release", "Reset"]


def test_p1_is_sanys_verdict_whatever_the_config(toolchain):
    # A config TLC rejects before its states (a constant left unassigned): P1 is still SANY's.
    result = check(toolchain, LOCK, cfg="SPECIFICATION Spec\nINVARIANT Mutex\n")
    assert result.phases["syntax"].score == 1.0
    assert result.extraction["structure"] == "sany"
    assert result.phases["runtime"].outcome == Outcome.CONFIG_ERROR


def test_a_step_that_leaves_a_variable_unassigned_is_its_actions_error(toolchain):
    broken = lock_with("Release(p) == owner = p /\\ owner' = Free /\\ UNCHANGED count",
                       "Release(p) == owner = p /\\ owner' = Free")
    runtime = check(toolchain, broken).phases["runtime"]
    assert runtime.outcome == Outcome.EVALUATION_ERROR
    assert runtime.details["errored"] == ["Release"]
    assert "not assigned: count" in runtime.errors[0].message
    assert runtime.details["covered"] == ["Acquire", "Idle"]


def test_one_broken_action_gives_partial_syntax_score(toolchain):
    broken = lock_with("count' = 0 /\\ UNCHANGED owner", "count' = 0 + * 1 /\\ UNCHANGED owner")
    result = check(toolchain, broken)
    syntax = result.phases["syntax"]
    assert syntax.outcome == Outcome.PARSE_ERROR
    assert syntax.details["per_action"] == {"Acquire": "ok", "Release": "ok", "Reset": "parse_error", "Idle": "ok"}
    assert 0 < syntax.score < 0.5
    assert syntax.score == pytest.approx(0.5 * 3 / 4)
    assert syntax.errors[0].locations[0].line == 10  # the Reset line
    assert result.phases["runtime"].outcome == Outcome.SKIPPED


def test_semantic_error_in_two_actions(toolchain):
    # Unknown names are semantic, not parse, errors: SANY's batch must go on after them.
    broken = lock_with("owner' = p /\\ count' = count + 1", "owner' = q /\\ count' = count + 1")
    broken = broken.replace("Idle == owner # Free", "Idle == owner # Freee")
    syntax = check(toolchain, broken).phases["syntax"]
    assert syntax.outcome == Outcome.SEMANTIC_ERROR
    assert syntax.details["actions_parsed"] == 2
    assert syntax.score == pytest.approx(0.25)


def test_division_by_zero_is_attributed_to_its_action(toolchain):
    broken = lock_with("count' = 0 /\\ UNCHANGED owner", "count' = 1 \\div (count - 2) /\\ UNCHANGED owner")
    runtime = check(toolchain, broken).phases["runtime"]
    assert runtime.outcome == Outcome.EVALUATION_ERROR
    assert runtime.details["errored"] == ["Reset"]
    assert runtime.score == pytest.approx(3 / 4)
    assert runtime.errors[0].action == "Reset"
    assert "div" in runtime.errors[0].message
    # The other actions were still explored after Reset was switched off.
    assert runtime.details["covered"] == ["Acquire", "Idle", "Release"]


def test_function_outside_domain_through_a_helper(toolchain):
    text = lock_with("Free == \"free\"", "Free == \"free\"\nLimit == [i \\in 1..2 |-> i]")
    text = text.replace("Acquire(p) == owner = Free /\\ count < 2", "Acquire(p) == owner = Free /\\ count < Limit[count + 2]")
    runtime = check(toolchain, text).phases["runtime"]
    assert runtime.details["errored"] == ["Acquire"]
    assert runtime.score < 1.0
    assert "domain" in runtime.errors[0].message


def test_inline_disjunct_error_is_attributed_to_that_disjunct(toolchain):
    text = lock_with("        \\/ Idle\n", "        \\/ Idle\n        \\/ count = 1 /\\ count' = count \\div 0 /\\ UNCHANGED owner\n")
    result = check(toolchain, text)
    assert result.actions == ("Acquire", "Release", "Reset", "Idle", "Next")
    runtime = result.phases["runtime"]
    assert runtime.details["errored"] == ["Next"]
    assert runtime.score == pytest.approx(4 / 5)


def test_unbounded_state_space_stops_at_the_state_budget_and_leaves_no_java(toolchain, tmp_path, monkeypatch):
    """A model with no end to its states is explored up to the budget and scored on that: the
    same on any machine, recorded as budget-bound, no JVM or scratch left behind."""
    monkeypatch.setenv("SYSMORAY_SCRATCH", str(tmp_path))
    text = r"""---- MODULE Explode ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Step == x' \in 0..5000 /\ y' = y + 1
Next == Step
Spec == Init /\ [][Next]_<<x, y>>
====
"""
    config = CheckConfig(states=7_000)
    result = evaluate(toolchain, split_module_file(text), "SPECIFICATION Spec\n", config)
    runtime = result.phases["runtime"]
    assert runtime.outcome == Outcome.OK and runtime.score == 1.0
    # Level 1 holds 5,001 states; the second expansion stops at the budget, to the state: the
    # successors past it are refused (tla.budget).
    assert runtime.details["budget"]["reached"] and runtime.details["budget"]["explored"] == 7_000
    assert result.budget_reached and not result.machine_dependent
    # ChatTLA's tiers call a check that does not finish a timeout: Silver.
    assert result.tier.tier == "silver" and result.tier.reason.startswith("did not finish within the work budget")
    assert java_processes_under(str(tmp_path)) == []
    assert list(tmp_path.iterdir()) == []


def test_successors_already_seen_count_against_the_budget(toolchain):
    """Every state of a level has the same 5,001 successors: after the first, all are duplicates
    and the distinct count stands still, but generating them is work, and it is bounded too."""
    text = r"""---- MODULE Dups ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' \in 0..5000 /\ y' = y + 1
====
"""
    result = evaluate(toolchain, split_module_file(text), "INIT Init\nNEXT Next\n", CheckConfig(generated=300_000))
    [run] = result.phases["runtime"].details["runs"]
    assert run["budget_reached"] and 300_000 <= run["generated_states"] < 300_000 + 5_002
    assert run["distinct_states"] < 300_000 // 10


def test_a_run_that_hits_the_safety_net_is_a_machine_dependent_timeout(toolchain, tmp_path, monkeypatch):
    """One state whose evaluation takes longer than the wall-clock safety net: no work budget
    bounds it, so the run is killed, recorded as a timeout (never a pass) and flagged."""
    monkeypatch.setenv("SYSMORAY_SCRATCH", str(tmp_path))
    text = r"""---- MODULE Slow ----
EXTENDS Naturals
VARIABLE x
Init == x \in {n \in 0..200000000 : n = 7}
Next == x' = x
====
"""
    started = time.monotonic()
    result = check(toolchain, text, cfg="INIT Init\nNEXT Next\n", timeout_s=3)
    runtime = result.phases["runtime"]
    assert runtime.outcome == Outcome.TIMEOUT and runtime.score == 0.0
    assert "safety net" in runtime.errors[0].message
    assert result.machine_dependent and result.to_dict()["machine_dependent"]
    assert time.monotonic() - started < 3 * 3 + 15  # P2 and the tier's run, each cut at 3 s, plus SANY
    assert java_processes_under(str(tmp_path)) == []


def test_answer_in_prose_and_fences_is_extracted_and_scored(toolchain):
    raw = (
        "Sure! Here is the model you asked for.\n\n```tla\n" + LOCK + "```\n\n"
        "And the configuration:\n\n```cfg\n" + LOCK_CFG + "```\nLet me know if you need changes."
    )
    answer = extract_answer(raw)
    assert answer.module_text == LOCK
    result = evaluate(toolchain, answer, None, CheckConfig(tier=TierConfig(mutation=False)))
    assert result.extraction["cfg_source"] == "fenced"
    assert result.phases["syntax"].score == 1.0
    assert result.phases["runtime"].score == 1.0


def test_no_module_is_an_outcome(toolchain):
    result = evaluate(toolchain, extract_answer("I cannot write TLA+ today."))
    assert result.module is None
    assert result.phases["syntax"].outcome == Outcome.NO_MODULE
    assert result.phases["syntax"].score == 0.0
    assert result.phases["runtime"].outcome == Outcome.SKIPPED


def test_missing_config_is_recorded(toolchain):
    result = evaluate(toolchain, split_module_file(LOCK), None)
    assert result.phases["syntax"].score == 1.0
    assert result.phases["runtime"].outcome == Outcome.NO_CONFIG


def test_unassigned_constant_is_a_config_error(toolchain):
    result = check(toolchain, LOCK, cfg="SPECIFICATION Spec\n")
    runtime = result.phases["runtime"]
    assert runtime.outcome == Outcome.CONFIG_ERROR
    assert runtime.score == 0.0
    assert "Procs" in runtime.errors[0].message


def test_model_extending_sequencesext_passes(toolchain):
    text = r"""---- MODULE Queue ----
EXTENDS Naturals, Sequences, SequencesExt, FiniteSetsExt, Functions, Folds
CONSTANTS Items
VARIABLES q, seen
Init == q = <<>> /\ seen = {}
Put(i) == Len(q) < 2 /\ ~Contains(q, i) /\ q' = Append(q, i) /\ seen' = seen \cup {i}
Take == q # <<>> /\ q' = Tail(q) /\ UNCHANGED seen
Rotate == Len(q) = 2 /\ q' = Reverse(q) /\ UNCHANGED seen
Next == (\E i \in Items : Put(i)) \/ Take \/ Rotate
Spec == Init /\ [][Next]_<<q, seen>>
Inv == /\ ToSet(q) \subseteq seen
       /\ Cardinality(seen) <= 3
       /\ IsInjective(q)
       /\ SumSet({Len(q)}) = FoldSeq(LAMBDA x, acc: acc + 1, 0, q)
====
"""
    result = check(toolchain, text, cfg='CONSTANTS Items = {1, 2, 3}\nSPECIFICATION Spec\nINVARIANT Inv\n')
    assert result.phases["syntax"].score == 1.0
    runtime = result.phases["runtime"]
    assert runtime.outcome == Outcome.OK, runtime.errors
    assert runtime.score == 1.0
    assert runtime.details["runs"][0]["violations"] == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "---- MODULE Empty ----\n====\n",
        "---- MODULE Junk ----\n)))) == == (* unclosed comment\n",
        "---- MODULE Half ----\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1\n",
        "---- MODULE NoNext ----\nVARIABLE x\nInit == x = 0\n====\n",
        "==== only an end line\n---- MODULE ----\n",
    ],
)
def test_malformed_models_never_raise(toolchain, text):
    result = evaluate(toolchain, extract_answer(text), "INIT Init\nNEXT Next\n", CheckConfig(Limits(timeout_s=30)))
    for phase in result.phases.values():
        assert 0.0 <= phase.score <= 1.0
    assert result.phases["syntax"].outcome != Outcome.OK or result.phases["runtime"].outcome == Outcome.NO_ACTIONS


def test_next_written_as_a_single_action(toolchain):
    text = "---- MODULE One ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 3 /\\ x' = x + 1\n====\n"
    result = check(toolchain, text, cfg="INIT Init\nNEXT Next\n")
    assert result.actions == ("Next",)
    assert result.phases["runtime"].score == 1.0


def test_recursive_helper_kept_with_its_declaration_in_isolation(toolchain):
    text = r"""---- MODULE Rec ----
EXTENDS Naturals
RECURSIVE Sum(_)
Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
VARIABLE x
Init == x = 0
Grow == x < 3 /\ x' = x + Sum(1)
Broken == x = 9 /\ x' = + * 0
Next == Grow \/ Broken
====
"""
    syntax = check(toolchain, text, cfg="INIT Init\nNEXT Next\n").phases["syntax"]
    assert syntax.details["per_action"]["Grow"] == "ok"
    assert syntax.details["per_action"]["Broken"] != "ok"
    assert syntax.score == pytest.approx(0.25)


def test_an_answer_cut_before_its_end_line_is_not_a_module_that_parses(toolchain):
    cut = LOCK[: LOCK.rindex("====")]
    answer = extract_answer(f"Here is the model:\n```tla\n{cut}")
    assert answer.outcome == "unterminated_module"
    result = evaluate(toolchain, answer, LOCK_CFG)
    syntax = result.phases["syntax"]
    # SANY rejects a module without its "====": whole-module P1 fails; the actions still parse.
    assert syntax.outcome == Outcome.PARSE_ERROR and "cut short" in syntax.errors[0].message
    assert syntax.score == pytest.approx(0.5)
    assert result.phases["runtime"].outcome == Outcome.SKIPPED


def test_a_run_killed_by_the_safety_net_keeps_what_its_last_coverage_report_counted(toolchain):
    # A model far too big for the machine's time (the work budget set out of reach): TLC reports
    # coverage every minute, so the kill at the safety net still leaves what was explored.
    from sysmoray.metrics.evaluate import screen

    text = """---- MODULE Vast ----
EXTENDS Naturals
VARIABLES a, b, c
Init == a = 0 /\\ b = 0 /\\ c = 0
IncA == a' = a + 1 /\\ UNCHANGED <<b, c>>
IncB == b' = b + 1 /\\ UNCHANGED <<a, c>>
IncC == c' = c + 1 /\\ UNCHANGED <<a, b>>
Never == a > a + 1 /\\ UNCHANGED <<a, b, c>>
Next == IncA \\/ IncB \\/ IncC \\/ Never
====
"""
    config = CheckConfig(Limits(timeout_s=75), states=2_000_000_000, generated=2_000_000_000)
    first = screen(toolchain, split_module_file(text), "INIT Init\nNEXT Next\n", config)
    runtime = first.phases["runtime"]
    assert runtime.outcome == Outcome.TIMEOUT and first.machine_dependent
    assert runtime.details["covered"] == ["IncA", "IncB", "IncC"]
    assert runtime.score == pytest.approx(0.75)


# --- wrong labels and unbounded work on hostile models (issue 15, items 4 and 8) ---------


def test_a_single_action_with_a_runtime_error_is_that_error_not_a_crash(toolchain):
    # Replaced by FALSE, the only action leaves Next a constant, which TLC refuses (2233).
    one = ("---- MODULE One ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\n"
           "Next == x' = x + (1 \\div (1 - x))\n====\n")
    runtime = check(toolchain, one, cfg="INIT Init\nNEXT Next\n").phases["runtime"]
    assert runtime.outcome == Outcome.EVALUATION_ERROR
    assert runtime.details["errored"] == ["Next"] and len(runtime.details["runs"]) == 1
    assert not [e for e in runtime.errors if e.kind == Outcome.CRASH]


TWO_ACTIONS = ("VARIABLE x\nA == x < 3 /\\ x' = x + 1\nB == x > 0 /\\ x' = x - 1\n"
               "Next == A \\/ B\n")


def test_an_assumption_tlc_cannot_evaluate_is_an_evaluation_error_and_no_action_is_called_unenabled(toolchain):
    text = f"---- MODULE Assm ----\nEXTENDS Naturals\nCONSTANT N\nASSUME N \\div 0 > 1\n{TWO_ACTIONS}Init == x = 0\n====\n"
    runtime = check(toolchain, text, cfg="CONSTANT N = 3\nINIT Init\nNEXT Next\n").phases["runtime"]
    assert runtime.outcome == Outcome.EVALUATION_ERROR
    assert "assumption" in runtime.errors[0].message and "\\div is 0" in runtime.errors[0].message
    assert runtime.errors[0].locations[0].line == 4
    # TLC stopped before any state: the actions were not measured, not "never enabled".
    assert runtime.details["not_run"] == ["A", "B"] and "not_covered" not in runtime.details


def test_an_unsatisfiable_init_is_its_own_outcome_not_ok(toolchain):
    text = f"---- MODULE Unsat ----\nEXTENDS Naturals\n{TWO_ACTIONS}Init == x = 0 /\\ x = 1\n====\n"
    runtime = check(toolchain, text, cfg="INIT Init\nNEXT Next\n").phases["runtime"]
    assert runtime.outcome == Outcome.NO_INITIAL_STATES and runtime.score == 0.0
    assert "0 initial states" in runtime.errors[0].message


def test_broken_declarations_fail_every_action_without_a_sany_run_per_action(toolchain, monkeypatch):
    import sysmoray.tla.sany as sany

    runs = []
    real = sany.run_java
    monkeypatch.setattr(sany, "run_java", lambda *a, **k: runs.append(a[2]) or real(*a, **k))
    actions = "\n".join(f"A{i} == x < {i} /\\ x' = x + 1" for i in range(40))
    disjunction = " \\/ ".join(f"A{i}" for i in range(40))
    text = f"---- MODULE Wide ----\nEXTENDS Naturals\nVARIABLES x,, y\nInit == x = 0\n{actions}\nNext == {disjunction}\n====\n"
    syntax = check(toolchain, text, cfg="INIT Init\nNEXT Next\n").phases["syntax"]
    assert syntax.outcome == Outcome.PARSE_ERROR and syntax.score == 0.0
    assert syntax.details["declarations"] == "parse_error"
    assert set(syntax.details["per_action"].values()) == {"parse_error"} and len(syntax.details["per_action"]) == 40
    # The exporter and plain SANY (for the parser's message) on the whole module, then one batch
    # that stops at the declarations: without that gate, one JVM per action (43 in all).
    assert len(runs) == 3 and runs[-1][0] == "Wide_sysmoray_decls.tla"


def test_a_module_name_no_file_can_hold_is_a_recorded_outcome(toolchain):
    # In a sweep the answer is the candidate's: its name is its defect, not the user's error.
    result = check(toolchain, LOCK.replace("MODULE TestLock", "MODULE " + "L" * 300, 1))
    assert result.phases["syntax"].outcome == Outcome.NO_MODULE
    assert "300 characters long" in result.phases["syntax"].errors[0].message




def test_deep_actions_get_a_seeded_simulation_after_a_bfs_cut_short(toolchain):
    """Wrap and Broken are enabled only past the BFS's 20 levels. The simulation that follows
    the cut-short BFS reaches them: Wrap is covered; Broken raises an error, which the simulation
    prints without a position, so a BFS step from the state it showed (model values and records
    in it) locates it in Broken, which is switched off, and the simulation runs again."""
    runtime = check(toolchain, DEEP, DEEP_CFG).phases["runtime"]
    details = runtime.details
    assert details["covered"] == ["Inc", "Note", "Wrap"] and details["errored"] == ["Broken"]
    assert runtime.score == 0.75 and runtime.outcome == Outcome.EVALUATION_ERROR
    # 500 traces of 50 steps: the BFS's 3 successors per state keep them within 2,000,000 generated.
    assert details["simulation"] == {"traces": 500, "depth": 50, "seed": 0, "successors_per_state": 3, "ran": True,
                                     "covered": ["Wrap"]}
    [error] = runtime.errors
    assert "Tail" in error.message and error.action == "Broken" and error.locations[0].line == 9
    assert [r["mode"] for r in details["runs"]] == ["bfs", "simulation", "bfs", "simulation"]
    assert details["runs"][2]["reproduces"] == "evaluation_error"


def test_the_simulation_runs_only_after_a_bfs_cut_short_with_actions_unseen(toolchain):
    whole = check(toolchain, LOCK).phases["runtime"].details  # explored whole
    assert "simulation" not in whole and [r["mode"] for r in whole["runs"]] == ["bfs"]
    # Cut short by the state budget, but with every action seen: nothing for a simulation to find.
    shallow = DEEP.replace("n = 30 /\\", "n = 3 /\\").replace(
        "Broken == n = 33 /\\ log' = Tail(Tail(Tail(Tail(log))))", "Broken == n = 4 /\\ log' = <<>>")
    seen = check(toolchain, shallow, DEEP_CFG).phases["runtime"]
    assert seen.score == 1.0 and "simulation" not in seen.details
    assert seen.details["budget"]["runs"] == 1 and seen.details["runs"][0]["budget_reached"]
    # An action never enabled: the simulation runs, finds nothing, and it stays not covered.
    never = DEEP.replace("n = 30 /\\", "n = 3 /\\").replace("Broken == n = 33 /\\", "Broken == FALSE /\\")
    runtime = check(toolchain, never, DEEP_CFG).phases["runtime"]
    assert runtime.details["not_covered"] == ["Broken"] and runtime.outcome == Outcome.OK
    assert runtime.details["simulation"]["ran"] and runtime.details["simulation"]["covered"] == []


def test_a_model_whose_states_have_many_successors_gets_fewer_traces(toolchain):
    """A simulation step generates every successor of the action it tries. With about 2,000
    successors per state (as the BFS measured them) and a budget of 300,000 generated states,
    2 traces of 50 steps fit."""
    text = DEEP.replace("Note == Len(log) < 3 /\\ log' = Append(log, [at |-> n, by |-> who])",
                        "Note == Len(log) < 3 /\\ \\E k \\in 0..2000 : log' = Append(log, [at |-> k, by |-> who])")
    config = CheckConfig(Limits(timeout_s=120), RuntimeConfig(), TierConfig(mutation=False), generated=300_000)
    runtime = evaluate(toolchain, split_module_file(text), DEEP_CFG, config).phases["runtime"]
    simulation = runtime.details["simulation"]
    bfs = runtime.details["runs"][0]
    assert bfs["budget_reached"] and simulation["successors_per_state"] > 1000
    assert simulation["traces"] == 300_000 // (50 * simulation["successors_per_state"]) == 2
    [sim_run] = [r for r in runtime.details["runs"] if r["mode"] == "simulation"][:1]
    assert sim_run["generated_states"] <= 2 * 300_000
