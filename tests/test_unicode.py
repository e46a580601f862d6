"""Unicode TLA+ written in ASCII before SANY (whose 2.1 rejects it), layout kept: real SANY/TLC."""

from __future__ import annotations

from sysmoray.metrics.evaluate import CheckConfig, evaluate
from sysmoray.metrics.tier import TierConfig
from sysmoray.tla.answer import extract_answer
from sysmoray.tla.sany import check_module
from sysmoray.tla.tlc import TLCOptions, run_tlc
from sysmoray.tla.unicode import to_ascii

ASCII = r"""---- MODULE Twin ----
EXTENDS Naturals, Sequences
VARIABLES x, q
TypeOK == /\ x \in 0..3
          /\ q \in Seq({"a", "b"})
Init == x = 0 /\ q = <<>>
Step == /\ x < 3
        /\ \/ x' = x + 1
           \/ x' = 0
        /\ UNCHANGED <<q>>
Push == \E v \in {"a", "b"} : Len(q) < 2 /\ q' = Append(q, v) /\ UNCHANGED x
Next == Step \/ Push
Safe == \A i \in 1..Len(q) : q[i] # "c" => x >= 0
====
"""

# The same model in Unicode. Each definition's first bullet sits right of a symbol that widens
# in ASCII ("≜" -> "=="), so replacing symbols in place would move it off its list's column.
UNICODE = """---- MODULE Twin ----
EXTENDS Naturals, Sequences
VARIABLES x, q
TypeOK ≜ ∧ x ∈ 0‥3
         ∧ q ∈ Seq({"a", "b"})
Init ≜ x = 0 ∧ q = ⟨⟩
Step ≜ ∧ x < 3
       ∧ ∨ x' = x + 1
         ∨ x' = 0
       ∧ UNCHANGED ⟨q⟩
Push ≜ ∃ v ∈ {"a", "b"} : Len(q) < 2 ∧ q' = Append(q, v) ∧ UNCHANGED x
Next ≜ Step ∨ Push
Safe ≜ ∀ i ∈ 1‥Len(q) : q[i] ≠ "c" ⇒ x ≥ 0
====
"""
CFG = "INIT Init\nNEXT Next\nINVARIANT TypeOK Safe\n"


def test_unicode_model_parses_and_explores_exactly_as_its_ascii_twin(toolchain):
    assert not check_module(toolchain, UNICODE, "Twin").ok  # what SANY 2.1 says of it as written
    normalized = to_ascii(UNICODE)
    assert normalized.replaced > 20
    assert check_module(toolchain, normalized.text, "Twin").ok
    runs = [run_tlc(toolchain, {"Twin.tla": text}, "Twin", CFG, TLCOptions(check_deadlock=False))
            for text in (ASCII, normalized.text)]
    assert [r.outcome.value for r in runs] == ["ok", "ok"]
    assert runs[0].distinct_states == runs[1].distinct_states > 10


def test_bullets_stay_in_their_lists():
    lines = to_ascii(UNICODE).text.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("Step =="))
    step = lines[i : i + 4]
    conjuncts = {step[0].index("/\\"), step[1].index("/\\"), step[3].index("/\\")}
    disjuncts = {step[1].index("\\/"), step[2].index("\\/")}
    assert len(conjuncts) == 1 and len(disjuncts) == 1 and min(disjuncts) > min(conjuncts), step
    t = next(k for k, line in enumerate(lines) if line.startswith("TypeOK =="))
    assert lines[t].index("/\\") == lines[t + 1].index("/\\"), lines[t : t + 2]


def test_a_comment_line_in_column_0_does_not_split_a_list():
    text = "Init ≜ ∧ x = 0\n(* a note\nin column 0 *)\n       ∧ y = 0\n"
    lines = to_ascii(text).text.splitlines()
    assert lines[0].index("/\\") == lines[3].index("/\\"), lines


def test_strings_and_comments_are_left_as_written():
    text = 'X ≜ "a ∈ b" \\* x ∈ S\n(* ∀ all\n  ∃ *) Y ≜ 1\n'
    out = to_ascii(text).text
    assert '"a ∈ b"' in out and "\\* x ∈ S" in out and "(* ∀ all\n  ∃ *)" in out
    assert out.count("==") == 2
    assert to_ascii("x∈S ∧ ∀y∈ℕ: aℕ").text == "x\\in S /\\ \\A y\\in Nat: a Nat"  # words kept apart
    assert to_ascii(ASCII).replaced == 0 and to_ascii(ASCII).text == ASCII


def test_the_answer_records_the_normalisation(toolchain):
    answer = extract_answer(f"Here it is:\n```tla\n{UNICODE}```\n```\n{CFG}```\n")
    assert answer.unicode_symbols == to_ascii(UNICODE).replaced
    result = evaluate(toolchain, answer, None, CheckConfig(tier=TierConfig(mutation=False)))
    assert result.extraction["unicode_symbols"] == answer.unicode_symbols
    assert result.phases["syntax"].score == 1.0 and result.phases["runtime"].score == 1.0
