"""Mutants of a model (the Diamond tier): sites, replacements, the schema, and real SANY/TLC runs
showing that every mutant and the schema parse and that the schema behaves like each mutant."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sysmoray.tasks.model import in_suite
from sysmoray.tasks.loader import discover_tasks
from sysmoray.tla.cfg import ModelConfig, parse_cfg
from sysmoray.tla.lexer import tokenize
from sysmoray.tla.mutants import (
    OPERATORS,
    Mutant,
    apply_mutant,
    generate_mutants,
    mutant_schema,
    typeok_domains,
)
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.sany import check_modules
from sysmoray.tla.tlc import TLCOptions, run_tlc
from tests.models import LOCK, LOCK_CFG, reference_files

TASKS = {task.name: task for task in discover_tasks() if in_suite(task, "system")}
DEPTH = 6  # mutants may have unbounded state spaces (a dropped guard lets a counter run away)


def module(body: str, variables: str = "x, y") -> str:
    return f"---- MODULE M ----\nEXTENDS Naturals\nVARIABLES {variables}\n{body}\n====\n"


def sites(mutants: list[Mutant]) -> set[tuple[str, str, str]]:
    return {(m.operator, m.definition, m.original) for m in mutants}


def mutate(text: str, domains: dict[str, str] | None = None) -> list[Mutant]:
    return generate_mutants(outline(text), None, domains)


def reference(name: str) -> tuple[str, str]:
    return reference_files(TASKS[name])


def contract_domains(name: str) -> dict[str, str]:
    return {v.name: v.domain for v in TASKS[name].variables}


def column(text: str, offset: int) -> int:
    return offset - text.rfind("\n", 0, offset)


SMALL = {"x": "0..3", "y": "0..3"}


# ---------------------------------------------------------------- sites (pure)


def test_bulleted_and_infix_conjunctions():
    text = module(
        "Init == x = 0 /\\ y = 0\n"
        "A == /\\ x < 3\n"
        "     /\\ y > 0 /\\ x' = x + 1\n"
        "     /\\ UNCHANGED y\n"
        "B == x > 0 /\\ y' = y + 1 /\\ UNCHANGED x\n"
        "Next == A \\/ B"
    )
    mutants = mutate(text, SMALL)
    assert sites(mutants) == {
        ("drop_disjunct", "A", text[text.index("/\\ x < 3") : text.index("UNCHANGED y") + 11]),
        ("drop_guard", "A", "x < 3"),
        ("drop_guard", "A", "y > 0"),
        ("replace_value", "A", "x' = x + 1"),
        ("drop_unchanged", "A", "UNCHANGED y"),
        ("drop_disjunct", "B", "x > 0 /\\ y' = y + 1 /\\ UNCHANGED x"),
        ("drop_guard", "B", "x > 0"),
        ("replace_value", "B", "y' = y + 1"),
        ("drop_unchanged", "B", "UNCHANGED x"),
    }
    assert [m.id for m in mutants] == list(range(1, len(mutants) + 1))
    assert [m.start_offset for m in mutants] == sorted(m.start_offset for m in mutants)
    by_original = {m.original: m for m in mutants}
    assert by_original["x < 3"].description == "A: drop guard `x < 3` (line 5)"
    assert by_original["x' = x + 1"].replacement == "x' \\in ((0..3) \\ {x + 1})"
    assert by_original["UNCHANGED y"].replacement == "(y' \\in (0..3))"
    assert by_original["UNCHANGED x"].replacement == "(x' \\in (0..3))"


def test_if_branches_are_sites_but_not_the_condition():
    text = module(
        "Next == IF x > 0 THEN /\\ y > 1\n"
        "                      /\\ x' = 0\n"
        "                      /\\ UNCHANGED y\n"
        "                 ELSE x' = x + 1 /\\ y' = y"
    )
    got = sites(mutate(text, SMALL))
    assert ("drop_guard", "Next", "y > 1") in got
    assert {s[2] for s in got if s[0] == "replace_value"} == {"x' = 0", "x' = x + 1", "y' = y"}
    assert not any("x > 0" == s[2] for s in got)
    assert not any(s[0] == "drop_disjunct" for s in got)  # a single action: nothing to drop


def test_exists_bodies_let_bodies_and_case_arms():
    text = module(
        "D == \\E v \\in 0..3 : v > x /\\ x' = v /\\ UNCHANGED y\n"
        "E == LET w == x + 1 IN w < 3 /\\ x' = w /\\ y' = 0\n"
        "F == CASE x = 0 -> y > 0 /\\ x' = 1 /\\ UNCHANGED y\n"
        "       [] OTHER -> x' = 0 /\\ y' = 3\n"
        "Next == D \\/ E \\/ F"
    )
    got = sites(mutate(text, SMALL))
    guards = {(s[1], s[2]) for s in got if s[0] == "drop_guard"}
    assert guards == {("D", "v > x"), ("E", "w < 3"), ("F", "y > 0")}
    values = {(s[1], s[2]) for s in got if s[0] == "replace_value"}
    assert values == {("D", "x' = v"), ("E", "x' = w"), ("E", "y' = 0"), ("F", "x' = 1"), ("F", "x' = 0"), ("F", "y' = 3")}


def test_let_definitions_that_change_the_state_are_not_guards():
    text = module("Next == LET Step(v) == x' = v IN x < 3 /\\ Step(x + 1) /\\ UNCHANGED y")
    guards = {s[2] for s in sites(mutate(text)) if s[0] == "drop_guard"}
    assert guards == {"x < 3"}


def test_guard_inside_nested_lists():
    text = module(
        "F == /\\ x = 0\n"
        "     /\\ \\/ /\\ y > 0\n"
        "           /\\ y' = y - 1\n"
        "        \\/ /\\ y = 0\n"
        "           /\\ y' = 3\n"
        "     /\\ UNCHANGED x\n"
        "G == x' = 0 /\\ y' = 0\n"
        "Next == F \\/ G"
    )
    guards = {s[2] for s in sites(mutate(text)) if s[0] == "drop_guard"}
    assert guards == {"x = 0", "y > 0", "y = 0"}


def test_unchanged_of_named_tuples_spells_out_only_what_holds_the_variable():
    text = module(
        "pair == <<y, z>>\n"
        "vars == <<x, pair>>\n"
        "A == x < 2 /\\ x' = x + 1 /\\ UNCHANGED pair\n"
        "B == x > 0 /\\ UNCHANGED vars\n"
        "Next == A \\/ B",
        variables="x, y, z",
    )
    mutants = [m for m in mutate(text) if m.operator == "drop_unchanged"]
    by_def = {(m.definition, m.description.split("drop ")[1].split(" ")[0]): m.replacement for m in mutants}
    # No domain known: the variable is dropped literally (TLC then reports it unassigned).
    assert by_def == {
        ("A", "y"): "(UNCHANGED <<z>>)",
        ("A", "z"): "(UNCHANGED <<y>>)",
        ("B", "x"): "(UNCHANGED <<pair>>)",
        ("B", "y"): "(UNCHANGED <<x, z>>)",
        ("B", "z"): "(UNCHANGED <<x, y>>)",
    }
    with_domain = mutate(text, {"y": "BOOLEAN"})
    assert "(UNCHANGED <<x, z>> /\\ y' \\in (BOOLEAN))" in {m.replacement for m in with_domain}


def test_a_model_without_sites_has_no_mutants():
    text = module("Init == x = 0 /\\ y = 0\nNext == x' = x + 1 /\\ y' = y")
    assert mutate(text) == []
    assert mutate(module("Init == x = 0\nNext == x' = 1", variables="x")) == []
    schema = mutant_schema(outline(text), [])
    assert "VARIABLE SysmorayMutant" in schema and schema.replace("\nVARIABLE SysmorayMutant\n", "") == text


def test_domains_seq_is_bounded_and_infinite_domains_are_skipped():
    text = module("Next == x' = Append(x, 1) /\\ y' = y + 1")
    mutants = mutate(text, {"x": "Seq({1, 2})", "y": "Nat"})
    [value] = [m for m in mutants if m.operator == "replace_value"]
    assert value.original == "x' = Append(x, 1)"
    assert "Seq(" not in value.replacement
    assert "{<<SysmorayE1_1, SysmorayE1_2>> : SysmorayE1_1, SysmorayE1_2 \\in {1, 2}}" in value.replacement
    assert "Seq({1, 2})" in value.description


def test_typeok_domains():
    semaphore = outline(Path(TASKS["semaphore"].path(TASKS["semaphore"].reference_module)).read_text())
    assert typeok_domains(semaphore) == {"value": "0..Max", "waiting": "Seq(Threads)", "woken": "SUBSET (Threads)"}
    queue = outline(Path(TASKS["queue"].path(TASKS["queue"].reference_module)).read_text())
    assert typeok_domains(queue)["getWoken"] == "SUBSET (Threads)"  # from an infix conjunct
    # Without given domains the TypeOK ones are used: Seq(Threads), bounded.
    assert any(m.operator == "replace_value" and m.definition == "Block" for m in generate_mutants(semaphore))


def test_apply_keeps_the_text_after_the_range_in_place():
    text = reference("semaphore")[0]
    lines = text.splitlines()
    for m in generate_mutants(outline(text), None, contract_domains("semaphore")):
        mutated = apply_mutant(text, m)
        assert mutated[: m.start_offset] == text[: m.start_offset]
        assert mutated.endswith(text[m.end_offset :])
        last = text.count("\n", 0, m.end_offset) + 1  # the range's last line
        assert mutated.splitlines()[last:] == lines[last:]
        if len(m.replacement) <= len(m.original):
            after = len(mutated) - (len(text) - m.end_offset)
            assert column(mutated, after) == column(text, m.end_offset)


def test_apply_moves_a_shifted_bullet_back_to_its_column():
    text = module(
        "G == /\\ x < 2 /\\ \\/ y' = 1\n"
        "                 \\/ y' = 2\n"
        "     /\\ UNCHANGED x\n"
        "Next == G"
    )
    [guard] = [m for m in mutate(text, SMALL) if m.operator == "drop_guard"]
    assert apply_mutant(text, guard) == text.replace("x < 2", "TRUE ")  # padded: nothing moves
    # A longer replacement would push the first \\/ right of the second: it moves to a new line.
    wide = Mutant(guard.id, "drop_guard", "G", guard.line, guard.start_offset, guard.end_offset, guard.original, "1 + 1 = 2 /\\ TRUE", "")
    mutated = apply_mutant(text, wide)
    assert "1 + 1 = 2 /\\ TRUE\n" in mutated
    assert column(mutated, mutated.index("/\\ \\/")) == column(text, text.index("/\\ \\/"))


def test_reached_definitions_are_mutated_once():
    text, cfg = reference("queue")
    mutants = generate_mutants(outline(text), parse_cfg(cfg), contract_domains("queue"))
    defs = {m.definition for m in mutants}
    assert {"DoPut", "DoGet", "NotifyGetter", "NotifyPutter", "ResumeGet"} <= defs
    keys = [(m.start_offset, m.end_offset, m.operator, m.replacement) for m in mutants]
    assert len(keys) == len(set(keys))
    assert not any(m.original.startswith("Idle(t)") and m.operator != "drop_guard" for m in mutants)


def test_schema_wraps_nested_and_shared_ranges():
    text = module(
        "Idle == /\\ x > 0\n"
        "        /\\ UNCHANGED <<x, y>>\n"
        "Step == x' = 1 /\\ y' = 2\n"
        "Next == Idle \\/ Step"
    )
    mutants = mutate(text, SMALL)
    schema = mutant_schema(outline(text), mutants)
    [drop] = [m for m in mutants if m.operator == "drop_disjunct" and m.definition == "Idle"]
    guard, first, second = (m.id for m in mutants if m.definition == "Idle" and m.operator != "drop_disjunct")
    assert f"Idle == (IF SysmorayMutant = {drop.id} THEN FALSE ELSE\n        /\\ (IF SysmorayMutant = {guard} THEN TRUE ELSE x > 0)" in schema
    assert f"(IF SysmorayMutant = {first} THEN (UNCHANGED <<y>> /\\ x' \\in (0..3)) ELSE IF SysmorayMutant = {second} THEN" in schema
    with pytest.raises(ValueError):
        mutant_schema(outline(text), mutants, selector="not an identifier")


# ---------------------------------------------------------------- real models: SANY


def renamed(text: str, old: str, new: str) -> str:
    return text.replace(f"MODULE {old}", f"MODULE {new}", 1)


def sany_share(toolchain, text: str, mutants: list[Mutant]) -> tuple[int, bool]:
    """How many mutants SANY accepts (one batch), and whether the schema passes."""
    name = outline(text).name
    files = {f"Mutant{m.id}.tla": renamed(apply_mutant(text, m), name, f"Mutant{m.id}") for m in mutants}
    files["Schema.tla"] = renamed(mutant_schema(outline(text), mutants), name, "Schema")
    results = check_modules(toolchain, files, [f"Mutant{m.id}" for m in mutants] + ["Schema"])
    return sum(results[f"Mutant{m.id}"].ok for m in mutants), results["Schema"].ok


@pytest.mark.parametrize("name", sorted(TASKS))
def test_reference_mutants_parse(toolchain, name):
    text, cfg = reference(name)
    mutants = generate_mutants(outline(text), parse_cfg(cfg), contract_domains(name))
    counts = Counter(m.operator for m in mutants)
    assert set(counts) == set(OPERATORS), counts
    for m in mutants:
        assert m.original == text[m.start_offset : m.end_offset]
        mutated = apply_mutant(text, m)
        assert mutated[: m.start_offset] == text[: m.start_offset]
        assert mutated.endswith(text[m.end_offset :]) and mutated != text
    parsed, schema_ok = sany_share(toolchain, text, mutants)
    print(f"\n{name}: {dict(counts)}; {parsed}/{len(mutants)} parse")
    assert schema_ok
    assert parsed >= 0.95 * len(mutants)


LOCK_DOMAINS = {"owner": 'Procs \\cup {"free"}', "count": "0..2"}


def test_lock_mutants_parse(toolchain):
    mutants = generate_mutants(outline(LOCK), parse_cfg(LOCK_CFG), LOCK_DOMAINS)
    assert set(Counter(m.operator for m in mutants)) == set(OPERATORS)
    parsed, schema_ok = sany_share(toolchain, LOCK, mutants)
    assert schema_ok and parsed == len(mutants)


# A layout where wrapping a guard would shift the first bullet of a list that goes on below.
TANGLED = module(
    "Init == x = 0 /\\ y = 0\n"
    "G == /\\ x < 2 /\\ \\/ /\\ y > 0\n"
    "                    /\\ y' = y - 1\n"
    "                 \\/ y' = 2\n"
    "     /\\ x' = x + 1\n"
    "H == /\\ x > 0\n"
    "     /\\ x' = x - 1 /\\ y' = IF y > 1\n"
    "                           THEN 0 ELSE y + 1\n"
    "Next == G \\/ H"
)


def test_tangled_layout_parses(toolchain):
    mutants = mutate(TANGLED, SMALL)
    assert {"x < 2", "y > 0", "x > 0"} <= {m.original for m in mutants if m.operator == "drop_guard"}
    parsed, schema_ok = sany_share(toolchain, TANGLED, mutants)
    assert schema_ok and parsed == len(mutants)


# ---------------------------------------------------------------- TLC: the schema is each mutant


def run_config(cfg: ModelConfig, init: str, next_: str) -> str:
    kept = "".join(f"{s.keyword}\n    {s.body}\n" for s in cfg.sections if s.keyword in ("CONSTANT", "CONSTRAINT"))
    return f"{kept}INIT {init}\nNEXT {next_}\n"


def states(toolchain, text: str, cfg_text: str, selector: int | None, depth: int | None, schema: str = "") -> tuple[str, int | None]:
    """(outcome, distinct states) of the model itself (selector None) or of the schema with the
    selector fixed, through the wrapper the Diamond tier uses."""
    name = outline(text).name
    cfg = parse_cfg(cfg_text)
    options = TLCOptions(check_deadlock=False, coverage=False, depth_bound=depth)
    if selector is None:
        result = run_tlc(toolchain, {f"{name}.tla": text}, name, run_config(cfg, "Init", "Next"), options, Limits(timeout_s=60))
    else:
        wrapper = (
            "---- MODULE SysmorayDiamond ----\n"
            f"EXTENDS {name}, TLC\n"
            f"SysmorayInit == SysmorayMutant \\in {{{selector}}} /\\ Init\n"
            "SysmorayNext == Next /\\ UNCHANGED SysmorayMutant\n"
            "====\n"
        )
        files = {f"{name}.tla": schema, "SysmorayDiamond.tla": wrapper}
        result = run_tlc(toolchain, files, "SysmorayDiamond", run_config(cfg, "SysmorayInit", "SysmorayNext"), options, Limits(timeout_s=60))
    return result.outcome.value, result.distinct_states


def pick(mutants: list[Mutant]) -> list[Mutant]:
    """The first mutant of each operator, the first multi-line one of each operator, and the
    first guard whose range lies inside another mutant's."""
    chosen: dict[int, Mutant] = {}
    for op in OPERATORS:
        of_op = [m for m in mutants if m.operator == op]
        chosen.setdefault(of_op[0].id, of_op[0])
        multi = [m for m in of_op if "\n" in m.original]
        if multi:
            chosen.setdefault(multi[0].id, multi[0])
    nested = next(
        g for g in mutants if g.operator == "drop_guard"
        and any(o.start_offset <= g.start_offset and g.end_offset <= o.end_offset and o.id != g.id for o in mutants)
    )
    chosen.setdefault(nested.id, nested)
    return sorted(chosen.values(), key=lambda m: m.id)


def test_selector_zero_is_the_model(toolchain):
    jobs = []
    for name in sorted(TASKS):
        text, cfg = reference(name)
        mutants = generate_mutants(outline(text), parse_cfg(cfg), contract_domains(name))
        schema = mutant_schema(outline(text), mutants)
        jobs += [(name, text, cfg, None, ""), (name, text, cfg, 0, schema)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda j: states(toolchain, j[1], j[2], j[3], None, j[4]), jobs))
    for k in range(0, len(jobs), 2):
        model, selected = results[k], results[k + 1]
        assert model[0] == "ok" and model[1] > 1, jobs[k][0]
        assert selected == model, jobs[k][0]


def test_selector_k_is_mutant_k(toolchain):
    # The barrier has every operator, CASE arms, a LET body, nested IFs and multi-line ranges.
    text, cfg = reference("barrier")
    mutants = generate_mutants(outline(text), parse_cfg(cfg), contract_domains("barrier"))
    schema = mutant_schema(outline(text), mutants)
    chosen = pick(mutants)
    assert {m.operator for m in chosen} == set(OPERATORS)

    def pair(m: Mutant):
        return states(toolchain, apply_mutant(text, m), cfg, None, DEPTH), states(toolchain, text, cfg, m.id, DEPTH, schema)

    with ThreadPoolExecutor(2) as pool:
        for m, (alone, selected) in zip(chosen, pool.map(pair, chosen)):
            assert alone == selected, m.description
            assert alone[1] is not None, m.description


def test_tangled_layout_schema_behaves(toolchain):
    mutants = mutate(TANGLED, SMALL)
    schema = mutant_schema(outline(TANGLED), mutants)
    cfg = "INIT Init\nNEXT Next\n"
    # x < 2: its wrapper pushes a bullet; y' = IF ...: a multi-line original after another site.
    chosen = [None, *(m for m in mutants if m.original in ("x < 2", "y' = IF y > 1\n                           THEN 0 ELSE y + 1"))]
    assert len(chosen) == 3

    def pair(m: Mutant | None):
        alone = states(toolchain, apply_mutant(TANGLED, m) if m else TANGLED, cfg, None, DEPTH)
        return alone, states(toolchain, TANGLED, cfg, m.id if m else 0, DEPTH, schema)

    with ThreadPoolExecutor(2) as pool:
        for m, (alone, selected) in zip(chosen, pool.map(pair, chosen)):
            assert alone == selected, m.description if m else "selector 0"


def test_tokens_of_the_schema_are_the_models_plus_the_switches():
    # Every token of the model survives in the schema, in order: the schema only adds wrappers.
    text, cfg = reference("barrier")
    mutants = generate_mutants(outline(text), parse_cfg(cfg), contract_domains("barrier"))
    original = [t.text for t in tokenize(text)]
    wrapped = iter(t.text for t in tokenize(mutant_schema(outline(text), mutants)))
    assert all(any(w == o for w in wrapped) for o in original)


def test_a_typeok_written_pointwise_gives_a_function_domain():
    text = ('---- MODULE Pointwise ----\nCONSTANT P\nVARIABLES pc, x\n'
            'TypeOK == /\\ \\A p \\in P : pc[p] \\in {"idle", "busy"}\n          /\\ x \\in 0..2\n====\n')
    assert typeok_domains(outline(text)) == {"pc": '[P -> {"idle", "busy"}]', "x": "0..2"}


def test_replayed_mutants_are_the_tiers_own(toolchain):
    """The ``mutants`` backend replays the mutants the Diamond test makes of the same module:
    on etcd-raft both drop each of the 12 actions TLC splits its Next into (the six Handle*
    actions are not folded into Receive)."""
    from sysmoray.generation.replay_backend import MutantsBackend
    from sysmoray.metrics.evaluate import screen
    from sysmoray.metrics.tier import model_mutants
    from sysmoray.tla.answer import split_module_file

    text, cfg = reference("etcd-raft")
    first = screen(toolchain, split_module_file(text), cfg, task=TASKS["etcd-raft"])
    tiers = model_mutants(first.model, parse_cfg(cfg), TASKS["etcd-raft"], first.actions, first.type_invariants)
    replayed = MutantsBackend()._mutants("etcd-raft")
    assert [(m.operator, m.description) for m in replayed] == [(m.operator, m.description) for m in tiers]
    dropped = [m for m in replayed if m.operator == "drop_disjunct"]
    assert len(first.actions) == len(dropped) == 12, [a.name for a in first.actions]
