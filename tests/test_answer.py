"""Tests for sysmoray.tla.answer: extracting a TLA+ module and TLC config from LLM output."""

from __future__ import annotations

import dataclasses

import pytest

from sysmoray.tla.answer import Answer, Dropped, extract_answer, split_module_file

MODULE = """\
---- MODULE Counter ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
-----------------------------------------------------------------------------
\\* The counter starts at zero.
Init == x = 0
----
(* Increment up to N. *)
Next == x < N /\\ x' = x + 1
=============================================================================
"""

CFG = """\
SPECIFICATION Spec
CONSTANTS
    N = 3
INVARIANT TypeOK
"""


def test_prose_and_fences_with_cfg_fence():
    raw = (
        "Here is the specification you asked for.\n"
        "\n"
        "**Counter.tla**\n"
        "```tla\n" + MODULE + "```\n"
        "\n"
        "And the model configuration:\n"
        "\n"
        "```cfg\n" + CFG + "```\n"
        "Let me know if you need changes.\n"
    )
    a = extract_answer(raw)
    assert a == Answer(
        outcome="ok",
        module_name="Counter",
        module_text=MODULE,
        cfg_text=CFG,
        cfg_source="fenced",
        dropped=(
            Dropped("Here is the specification you asked for.\n\n**Counter.tla**", "prose"),
            Dropped("```tla", "fence"),
            Dropped("```", "fence"),
            Dropped("And the model configuration:", "prose"),
            Dropped("```cfg", "fence"),
            Dropped("```", "fence"),
            Dropped("Let me know if you need changes.", "prose"),
        ),
    )
    assert a.ok


def test_module_body_separators_and_comments_do_not_end_it():
    # '----' lines, a '----' right after a definition and '\*' comments are all body.
    a = extract_answer("```tla\n" + MODULE + "```\n")
    assert a.module_text == MODULE
    assert a.module_text.count("\n") == 11


def test_bare_module_with_cfg_after_end():
    raw = MODULE + "\\* Counter.cfg\n" + CFG + "\nThat's all.\n"
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_name == "Counter"
    assert a.module_text == MODULE
    assert a.cfg_text == CFG
    assert a.cfg_source == "after_module"
    assert a.dropped == (
        Dropped("\\* Counter.cfg", "prose"),
        Dropped("That's all.", "prose"),
    )


def test_split_module_file_cfg_after_end():
    text = "Some notes SANY ignores.\n" + MODULE + CFG
    a = split_module_file(text)
    assert a.outcome == "ok"
    assert a.module_text == MODULE
    assert a.cfg_text == CFG
    assert a.cfg_source == "after_module"
    assert a.dropped == (Dropped("Some notes SANY ignores.", "text before module start"),)


def test_split_module_file_plain_module():
    a = split_module_file(MODULE)
    assert a == Answer("ok", "Counter", MODULE, None, None, ())


def test_cfg_fence_without_language_is_recognised():
    raw = (
        "```\n" + MODULE + "```\n"
        "Config:\n"
        "```\n"
        "\\* model values\n"
        "INIT Init\n"
        "NEXT Next\n"
        "CONSTANT N = 2\n"
        "INVARIANTS\n"
        "  TypeOK\n"
        "  Bounded\n"
        "CHECK_DEADLOCK FALSE\n"
        "```\n"
    )
    a = extract_answer(raw)
    assert a.module_text == MODULE
    assert a.cfg_source == "fenced"
    assert a.cfg_text == (
        "\\* model values\n"
        "INIT Init\n"
        "NEXT Next\n"
        "CONSTANT N = 2\n"
        "INVARIANTS\n"
        "  TypeOK\n"
        "  Bounded\n"
        "CHECK_DEADLOCK FALSE\n"
    )


def test_unlabelled_tla_fragment_is_not_a_cfg():
    # Starts with a cfg keyword, but the rest is TLA+: not a config.
    raw = "```tla\n" + MODULE + "```\nA helper:\n```\nCONSTANTS N\nVARIABLES y\nInv == y = 0\n```\n"
    a = extract_answer(raw)
    assert a.cfg_text is None
    assert a.cfg_source is None
    assert Dropped("CONSTANTS N\nVARIABLES y\nInv == y = 0", "unused code block") in a.dropped


def test_two_modules_last_complete_one_is_kept():
    draft = "---- MODULE Counter ----\nVARIABLE x\nInit == x = 1\n====\n"
    raw = (
        "First attempt:\n```tla\n" + draft + "```\n"
        "Wait, that is wrong. Corrected:\n```tla\n" + MODULE + "```\n"
    )
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_text == MODULE
    assert a.dropped == (
        Dropped("First attempt:", "prose"),
        Dropped("```tla", "fence"),
        Dropped(draft.rstrip("\n"), "superseded module"),
        Dropped("```", "fence"),
        Dropped("Wait, that is wrong. Corrected:", "prose"),
        Dropped("```tla", "fence"),
        Dropped("```", "fence"),
    )


def test_complete_module_preferred_over_later_truncated_one():
    raw = MODULE + "\nImproved:\n---- MODULE Counter ----\nVARIABLE x\nInit =="
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_text == MODULE
    assert a.dropped == (
        Dropped("Improved:", "prose"),
        Dropped("---- MODULE Counter ----\nVARIABLE x\nInit ==", "unterminated module"),
    )


def test_truncated_draft_then_restart_without_fences():
    raw = "---- MODULE A ----\nVARIABLE x\n\n---- MODULE A ----\nVARIABLE y\n====\n"
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_text == "---- MODULE A ----\nVARIABLE y\n====\n"
    assert a.dropped == (Dropped("---- MODULE A ----\nVARIABLE x", "unterminated module"),)


def test_nested_module_keeps_outermost():
    raw = "---- MODULE Outer ----\n---- MODULE Inner ----\nI == 1\n====\nO == 2\n====\n"
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_name == "Outer"
    assert a.module_text == raw


def test_no_module():
    raw = "I cannot write that specification.\n```cfg\nINIT Init\n```\n"
    a = extract_answer(raw)
    assert a == Answer("no_module", None, None, None, None, (Dropped(raw, "no module found"),))
    assert not a.ok


@pytest.mark.parametrize("raw", ["", "   \n\n", "====\n----\n", "```\n"])
def test_no_module_odd_inputs_never_raise(raw):
    a = extract_answer(raw)
    assert a.outcome == "no_module"
    assert a.module_text is None
    assert a.cfg_text is None


def test_truncated_module():
    raw = "Sure, here it is:\n```tla\n---- MODULE Big ----\nVARIABLE x\nInit == x = \n\n"
    a = extract_answer(raw)
    assert a.outcome == "unterminated_module"
    assert not a.ok
    assert a.module_name == "Big"
    assert a.module_text == "---- MODULE Big ----\nVARIABLE x\nInit == x = \n====\n"
    assert a.cfg_text is None
    assert a.dropped == (Dropped("Sure, here it is:", "prose"), Dropped("```tla", "fence"))


def test_module_missing_end_is_bounded_by_its_fence():
    raw = "```tla\n---- MODULE M ----\nX == 1\n```\n```cfg\nINIT Init\n```\n"
    a = extract_answer(raw)
    assert a.outcome == "unterminated_module"
    assert a.module_text == "---- MODULE M ----\nX == 1\n====\n"
    assert a.cfg_text == "INIT Init\n"
    assert a.cfg_source == "fenced"


def test_crlf_input():
    raw = ("Spec:\n```tla\n" + MODULE + "```\n```cfg\n" + CFG + "```\n").replace("\n", "\r\n")
    a = extract_answer(raw)
    assert a.module_text == MODULE
    assert "\r" not in a.module_text
    assert a.cfg_text == CFG
    assert a.dropped[0] == Dropped("Spec:", "prose")


def test_tabs_are_kept():
    module = "---- MODULE T ----\nNext ==\n\t/\\ x' = 1\n\t/\\ y' = 2\n====\n"
    a = extract_answer("```tla\n" + module + "```\n")
    assert a.module_text == module


def test_tilde_fences():
    raw = "~~~tlaplus\n" + MODULE + "~~~\n\n~~~ini\n" + CFG + "~~~\n"
    a = extract_answer(raw)
    assert a.module_text == MODULE
    assert a.cfg_text == CFG
    assert a.cfg_source == "fenced"
    # The close and the next open are one region (only a blank line between them).
    assert a.dropped == (
        Dropped("~~~tlaplus", "fence"),
        Dropped("~~~\n\n~~~ini", "fence"),
        Dropped("~~~", "fence"),
    )


@pytest.mark.parametrize("lang", ["tla", "tlaplus", "TLA+", "", "text"])
def test_module_fence_languages(lang):
    a = extract_answer(f"```{lang}\n{MODULE}```\n")
    assert a.module_text == MODULE
    assert a.dropped == (Dropped(f"```{lang}", "fence"), Dropped("```", "fence"))


def test_cfg_fence_before_module():
    raw = "Config first:\n```cfg\n" + CFG + "```\nThen the spec:\n```tla\n" + MODULE + "```\n"
    a = extract_answer(raw)
    assert a.outcome == "ok"
    assert a.module_text == MODULE
    assert a.cfg_text == CFG
    assert a.cfg_source == "fenced"


def test_last_cfg_wins_and_others_are_superseded():
    raw = (
        "```cfg\nINIT Init\nNEXT Next\n```\n"
        "```tla\n" + MODULE + "```\n"
        "```cfg\n" + CFG + "```\n"
    )
    a = extract_answer(raw)
    assert a.cfg_text == CFG
    assert Dropped("INIT Init\nNEXT Next", "superseded cfg") in a.dropped


def test_cfg_introduced_by_file_name_without_fence():
    raw = "```tla\n" + MODULE + "```\n**Counter.cfg**:\n" + CFG + "\nRun TLC with it.\n"
    a = extract_answer(raw)
    assert a.cfg_text == CFG
    assert a.cfg_source == "inline_file"
    assert Dropped("**Counter.cfg**:", "prose") in a.dropped
    assert Dropped("Run TLC with it.", "prose") in a.dropped


def test_file_name_vouches_for_following_text_fence():
    # A ```text fence is only taken as cfg when its content is clean, or a file name says so.
    raw = "```tla\n" + MODULE + "```\n// File: MC.cfg\n```text\n# TLC model\n" + CFG + "```\n"
    a = extract_answer(raw)
    assert a.cfg_text == CFG
    assert a.cfg_source == "fenced"
    assert Dropped("# TLC model", "not config") in a.dropped


def test_cfg_block_comments_are_kept():
    cfg = "(* model for\n   three processes *)\nSPECIFICATION Spec\n\\* safety\nINVARIANT Safe\n"
    a = extract_answer("```tla\n" + MODULE + "```\n```\n" + cfg + "```\n")
    assert a.cfg_text == cfg


def test_text_after_module_end_inside_its_fence():
    raw = "```tla\n// Counter.tla\n" + MODULE + "Some trailing remark.\n```\n"
    a = extract_answer(raw)
    assert a.module_text == MODULE
    assert a.cfg_text is None
    assert a.dropped == (
        Dropped("```tla", "fence"),
        Dropped("// Counter.tla", "text before module start"),
        Dropped("Some trailing remark.", "text after module end"),
        Dropped("```", "fence"),
    )


def test_header_must_be_alone_on_its_line():
    raw = "Use `---- MODULE Fake ----` as header.\n" + MODULE
    a = extract_answer(raw)
    assert a.module_name == "Counter"


def test_no_trailing_newline_in_input():
    a = extract_answer(MODULE.rstrip("\n"))
    assert a.module_text == MODULE


def test_answer_is_frozen():
    a = extract_answer(MODULE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.outcome = "x"  # type: ignore[misc]
    assert isinstance(a.dropped, tuple)


def test_prose_after_a_bare_config_is_not_taken_for_config_values():
    answer = extract_answer(
        "---- MODULE P ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\nINIT Init\nNEXT Next\n"
        "The states are {0, 1, 2} and a trace is <<0, 1>>.\n")
    assert answer.cfg_text == "INIT Init\nNEXT Next\n"
    # A value that continues a config line still belongs to it, words in strings included.
    answer = extract_answer(
        "---- MODULE P ----\nCONSTANT S\nVARIABLE x\nInit == x \\in S\nNext == x' = x\n====\n"
        "CONSTANT S = {\"a b c\",\n\"d\"}\nINIT Init\nNEXT Next\n")
    assert answer.cfg_text == "CONSTANT S = {\"a b c\",\n\"d\"}\nINIT Init\nNEXT Next\n"


@pytest.mark.parametrize("tail", ["_" * 32000, "*" * 16000 + "_" * 16000, "INIT " + "_" * 32000])
def test_a_long_run_of_markup_characters_is_read_once(tail):
    # These took 5-38 s each through a backtracking regex; the answer is the same either way.
    answer = extract_answer("---- MODULE P ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n" + tail)
    assert answer.module_name == "P" and answer.module_text.endswith("====\n")
