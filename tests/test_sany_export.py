"""SANY's tree for every model SANY accepts (issue 37, items 1 and 2): models that extend a
library module, exports bigger than the output cap of a TLC run, and behaviours written as
``[][A \\/ B]_v``."""

from __future__ import annotations

from dataclasses import replace

from sysmoray.metrics.evaluate import evaluate
from sysmoray.tla.actions import RELATION_NAME, find_actions, next_state_name, relation_definition
from sysmoray.tla.answer import split_module_file
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import MAX_OUTPUT_BYTES, Limits, run_java, scratch_dir, write_files
from sysmoray.tla.sany import EXPORT_BYTES, export_module

# The second disjunct calls SequencesExt's ToSet under a state-dependent \E: TLC reports it as
# part of Next (with the \E's range), which only SANY's tree tells.
USES_LIBRARY = """---- MODULE UsesLibrary ----
EXTENDS Naturals, Sequences, SequencesExt
CONSTANT N
VARIABLE s
Init == s = <<>>
Push(x) == Len(s) < 3 /\\ s' = Append(s, x)
Pop == s # <<>> /\\ s' = Tail(s)
Next == \\/ \\E x \\in 1..N : Push(x)
        \\/ \\E x \\in ToSet(s) : s' = SelectSeq(s, LAMBDA y : y # x)
        \\/ Pop
Spec == Init /\\ [][Next]_s
====
"""

# Behaviour boxes around an expression, on one line and as a bulleted list over two.
BOX = """---- MODULE Box ----
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\\ y = 0
Next == x < 2 /\\ x' = x + 1 /\\ UNCHANGED y
Reset == x = 2 /\\ x' = 0 /\\ UNCHANGED y
Idle == y' = 1 - y /\\ UNCHANGED x
Bounded == x <= 2
Spec == Init /\\ [][Next \\/ Reset \\/ Idle]_vars
====
"""
BULLETED_BOX = BOX.replace("Spec == Init /\\ [][Next \\/ Reset \\/ Idle]_vars",
                           "Spec == Init /\\ [][\\/ Next\n                   \\/ Reset \\/ Idle]_vars")


def test_a_model_that_extends_a_library_module_gets_its_actions_from_sanys_tree(toolchain):
    answer = split_module_file(USES_LIBRARY)
    evaluation = evaluate(toolchain, answer, "CONSTANT N = 2\nSPECIFICATION Spec\n")
    assert evaluation.extraction["structure"] == "sany", evaluation.extraction
    runtime = evaluation.phases["runtime"]
    # Before, the export failed ("File does not exist: /SequencesExt.tla"), the token split named
    # the \E-called disjunct after Next's text and TLC's coverage never matched it: P2 2/3.
    assert runtime.score == 1.0 and runtime.details["covered"] == ["Next", "Pop", "Push"]


def test_an_export_bigger_than_a_runs_output_cap_is_read_whole(toolchain):
    lines = ["---- MODULE Wide ----", "EXTENDS Naturals", "VARIABLE x", "Init == x = 0"]
    lines += [f"D{i}(a, b) == IF a > {i} THEN (a + b) * {i} - (a \\div 2) + b ELSE [k \\in 1..3 |-> a + k + {i}][2]"
              for i in range(2600)]
    lines += ["Next == x < 3 /\\ x' = x + 1 /\\ D7(x, 1) >= 0", "===="]
    text = "\n".join(lines) + "\n"
    with scratch_dir() as scratch:  # how big the export is: above a TLC run's cap, within the export's
        write_files(scratch, {"Wide.tla": text})
        raw = run_java(toolchain, "tla2sany.xml.XMLExporter", ["-o", "Wide.tla"], scratch,
                       replace(Limits(), kept_output_bytes=EXPORT_BYTES, max_output_bytes=EXPORT_BYTES))
    assert MAX_OUTPUT_BYTES < len(raw.output) < EXPORT_BYTES
    export = export_module(toolchain, text, "Wide")
    assert export.note is None and export.tree is not None and len(export.tree.definitions) == 2602


def test_a_box_around_a_disjunction_keeps_every_disjunct_as_an_action(toolchain):
    cfg = parse_cfg("SPECIFICATION Spec\nINVARIANT Bounded\n")
    assert BULLETED_BOX != BOX
    for text in (BOX, BULLETED_BOX):
        model = outline(text)
        assert next_state_name(model, cfg) == RELATION_NAME
        assert [a.name for a in find_actions(model, cfg)] == ["Next", "Reset", "Idle"]  # the token path
        tree = export_module(toolchain, text, "Box").tree
        assert tree is not None and [a.name for a in find_actions(model, cfg, tree)] == ["Next", "Reset", "Idle"]
        # Defined where a wrapper extends the model, each line at its own column.
        assert relation_definition(model, cfg).startswith(f"{RELATION_NAME} ==\n")
        evaluation = evaluate(toolchain, split_module_file(text), cfg.render())
        runtime = evaluation.phases["runtime"]
        assert runtime.score == 1.0 and runtime.details["covered"] == ["Idle", "Next", "Reset"]
        # The mutation test's wrapper runs the relation: Next without its guard breaks Bounded.
        assert evaluation.tier.tier == "diamond", evaluation.tier.reason
