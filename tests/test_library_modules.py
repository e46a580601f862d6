"""Real SANY/TLC checks of sysmoray's own library modules (sysmoray/modules/*.tla).

Every operator is checked against concrete expected values through ASSUME statements that TLC
evaluates; one deliberately false ASSUME shows that a wrong value really is reported.
"""

from __future__ import annotations

import re

from sysmoray.modules import LIBRARY_DIR, MODULE_NAMES
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.sany import check_modules
from sysmoray.tla.tlc import TLCResult, run_tlc


# --------------------------------------------------------------------------------------------
# helpers (no Java here)

LIB_MODULES = ("Folds", "Functions", "FiniteSetsExt", "SequencesExt")
ALL_EXTENDS = "Naturals, Sequences, SequencesExt, FiniteSetsExt, Functions, Folds"


def spec_text(name: str, extends: str, assumptions: list[str]) -> str:
    """A trivial one-state spec whose ASSUMEs (one per line, from line 4 on) hold the checks."""
    lines = [f"---- MODULE {name} ----", f"EXTENDS {extends}", "VARIABLE x"]
    lines += [f"ASSUME {a}" for a in assumptions]
    lines += ["Init == x = 0", "Next == UNCHANGED x", "===="]
    return "\n".join(lines) + "\n"


def check_assumptions(toolchain, name: str, extends: str, assumptions: list[str]) -> TLCResult:
    return run_tlc(toolchain, {f"{name}.tla": spec_text(name, extends, assumptions)}, name, "INIT Init\nNEXT Next\n")


def explain(result: TLCResult, assumptions: list[str]) -> str:
    """Point at the ASSUME TLC found false, if any."""
    for error in result.errors:
        for loc in error.locations:
            if 4 <= loc.line < 4 + len(assumptions):
                return f"false: {assumptions[loc.line - 4]}"
    return result.output[-4000:]


# --------------------------------------------------------------------------------------------
# expected values, one ASSUME each

FOLDS = [
    "MapThenFoldSet(LAMBDA a, b : a + b, 0, LAMBDA v : v * v, LAMBDA R : CHOOSE r \\in R : TRUE, {1, 2, 3}) = 14",
    "MapThenFoldSet(LAMBDA a, b : a + b, 7, LAMBDA v : v, LAMBDA R : CHOOSE r \\in R : TRUE, {}) = 7",
    # choose decides the order: picking the minimum first builds the sorted sequence
    "MapThenFoldSet(LAMBDA a, b : <<a>> \\o b, <<>>, LAMBDA v : v, LAMBDA R : CHOOSE r \\in R : \\A q \\in R : r <= q, {3, 1, 2}) = <<1, 2, 3>>",
    "MapThenFoldSet(LAMBDA a, b : a \\cup b, {}, LAMBDA v : {v, -v}, LAMBDA R : CHOOSE r \\in R : TRUE, {1, 2}) = {-2, -1, 1, 2}",
]

FUNCTIONS = [
    "Restrict([i \\in 1..4 |-> i * 10], {2, 3}) = [i \\in {2, 3} |-> i * 10]",
    "Restrict(<<1, 2, 3>>, {}) = <<>>",
    "RestrictDomain([i \\in 1..4 |-> i * 10], LAMBDA i : i > 2) = [i \\in {3, 4} |-> i * 10]",
    "RestrictValues([i \\in 1..4 |-> i * 10], LAMBDA v : v < 25) = <<10, 20>>",
    "IsRestriction(<<1, 2>>, <<1, 2, 3>>)",
    "~IsRestriction(<<1, 3>>, <<1, 2, 3>>)",
    "~IsRestriction(<<1, 2, 3>>, <<1, 2>>)",
    "Range(<<1, 1, 2>>) = {1, 2}",
    "Range(<<>>) = {}",
    "Range([s \\in {\"a\", \"b\"} |-> 5]) = {5}",
    "Inverse(<<\"a\", \"b\">>, {1, 2}, {\"a\", \"b\"}) = [v \\in {\"a\", \"b\"} |-> IF v = \"a\" THEN 1 ELSE 2]",
    "Inverse(<<\"a\", \"a\">>, {1, 2}, {\"a\", \"z\"})[\"a\"] \\in {1, 2}",
    "Inverse(<<\"a\", \"a\">>, {1, 2}, {\"a\", \"z\"})[\"z\"] \\in {1, 2}",
    "DOMAIN Inverse(<<\"a\", \"a\">>, {1, 2}, {\"a\", \"z\"}) = {\"a\", \"z\"}",
    "AntiFunction(<<\"a\", \"b\">>) = [v \\in {\"a\", \"b\"} |-> IF v = \"a\" THEN 1 ELSE 2]",
    "AntiFunction(<<>>) = <<>>",
    "IsInjective(<<1, 2, 3>>)",
    "~IsInjective(<<1, 2, 1>>)",
    "IsInjective(<<>>)",
    "<<1, 2, 1>> \\in Surjection({1, 2, 3}, {1, 2}) /\\ <<1, 1, 1>> \\notin Surjection({1, 2, 3}, {1, 2})",
    "<<2, 1>> \\in Bijection({1, 2}, {1, 2}) /\\ <<1, 1>> \\notin Bijection({1, 2}, {1, 2})",
    "Cardinality(Injection({1, 2}, {1, 2, 3})) = 6",
    "Injection({1, 2, 3}, {1, 2}) = {}",
    "Injection({1, 2}, {\"a\", \"b\"}) = {<<\"a\", \"b\">>, <<\"b\", \"a\">>}",
    "Cardinality(Surjection({1, 2, 3}, {1, 2})) = 6",
    "Surjection({1}, {1, 2}) = {}",
    "Surjection({1, 2}, {7}) = {<<7, 7>>}",
    "Bijection({1, 2}, {\"a\", \"b\"}) = {<<\"a\", \"b\">>, <<\"b\", \"a\">>}",
    "Bijection({1, 2}, {\"a\"}) = {}",
    "ExistsInjection({1, 2}, {1, 2, 3}) /\\ ~ExistsInjection({1, 2, 3}, {1, 2})",
    "ExistsSurjection({1, 2, 3}, {1, 2}) /\\ ~ExistsSurjection({1}, {1, 2})",
    "~ExistsSurjection({1}, {}) /\\ ExistsSurjection({}, {})",
    "ExistsBijection({1, 2}, {\"a\", \"b\"}) /\\ ~ExistsBijection({1, 2}, {\"a\"})",
    # the counting shortcuts agree with enumerating the function sets
    "\\A m, n \\in 0..3 : ExistsInjection(1..m, 1..n) = (Injection(1..m, 1..n) # {})",
    "\\A m, n \\in 0..3 : ExistsSurjection(1..m, 1..n) = (Surjection(1..m, 1..n) # {})",
    "\\A m, n \\in 0..3 : ExistsBijection(1..m, 1..n) = (Bijection(1..m, 1..n) # {})",
    "FoldFunction(LAMBDA a, b : a + b, 0, <<1, 2, 3>>) = 6",
    "FoldFunction(LAMBDA a, b : a + b, 5, <<>>) = 5",
    "FoldFunction(LAMBDA a, b : a \\cup b, {}, [i \\in 1..3 |-> {i}]) = 1..3",
    "FoldFunctionOnSet(LAMBDA a, b : a + b, 0, <<1, 2, 3>>, {1, 3}) = 4",
    "FoldFunctionOnSet(LAMBDA a, b : a * b, 1, <<2, 3, 4>>, {}) = 1",
    # the community's argument order: the functions first, the operator last
    "Pointwise(<<1, 2>>, <<10, 20>>, LAMBDA a, b : a + b) = <<11, 22>>",
    "Pointwise(<<1>>, <<2>>, +) = <<3>>",
    "Pointwise([k \\in {\"p\"} |-> {1}], [k \\in {\"p\"} |-> {2}], LAMBDA a, b : a \\cup b) = [k \\in {\"p\"} |-> {1, 2}]",
    "SumFunction(<<4, 5, 6>>) = 15 /\\ SumFunction(<<>>) = 0",
    "SumFunctionOnSet(<<4, 5, 6>>, {1, 2}) = 9",
]

FINITE_SETS_EXT = [
    "FoldSet(LAMBDA a, b : a + b, 0, {1, 2, 3}) = 6",
    "FoldSet(LAMBDA a, b : a \\cup b, {}, {{1}, {2, 3}}) = {1, 2, 3}",
    "FoldSet(LAMBDA a, b : a + b, 9, {}) = 9",
    "FoldSet(+, 0, {4, 5}) = 9",  # a built-in operator can be passed directly
    "ReduceSet(LAMBDA a, b : a + b, {1, 2, 3}, 10) = 16",
    "SumSet({1, 2, 3}) = 6",
    "SumSet({}) = 0",
    "SumSet({-4, 1}) = -3",
    "SumSet(1..500) = 125250",
    "ProductSet({2, 3, 4}) = 24",
    "ProductSet({}) = 1",
    "MapThenSumSet(LAMBDA v : v * v, {1, 2, 3}) = 14",
    "MapThenSumSet(LAMBDA v : 1, {}) = 0",
    "FlattenSet({{1}, {2, 3}, {}}) = {1, 2, 3}",
    "FlattenSet({}) = {}",
    "SymDiff({1, 2, 3}, {2, 3, 4}) = {1, 4}",
    "SymDiff({1}, {1}) = {}",
    "Quantify(1..10, LAMBDA v : v % 3 = 0) = 3",
    "Quantify({}, LAMBDA v : TRUE) = 0",
    "kSubset(2, {1, 2, 3}) = {{1, 2}, {1, 3}, {2, 3}}",
    "kSubset(0, {1, 2}) = {{}}",
    "kSubset(3, {1, 2}) = {}",
    "\\A k \\in 0..5 : kSubset(k, 1..4) = {T \\in SUBSET (1..4) : Cardinality(T) = k}",
    "Max({3, 1, 2}) = 3 /\\ Min({3, 1, 2}) = 1",
    "Max({-1, -5}) = -1 /\\ Min({-1, -5}) = -5",
    "Max({7}) = 7 /\\ Min({7}) = 7",
    "Choices({{1, 2}, {3}}) = {{1, 3}, {2, 3}}",
    "Choices({{1, 2}, {2, 3}, {5}}) = {{1, 2, 5}, {1, 3, 5}, {2, 3, 5}, {2, 5}}",
    "Cardinality(Choices({{1, 2}, {3, 4}, {5, 6}})) = 8",
    "Choices({}) = {{}}",
    "Choices({{1}, {}}) = {}",
    "ChooseUnique({1, 2, 3}, LAMBDA v : v > 2) = 3",
    "ChooseUnique({\"a\", \"bb\"}, LAMBDA v : v = \"bb\") = \"bb\"",
    "Cardinality({1, 2}) = 2 /\\ IsFiniteSet({1})",
]

SEQUENCES_EXT = [
    "ToSet(<<1, 2, 1>>) = {1, 2}",
    "ToSet(<<>>) = {}",
    "ToBag(<<\"a\", \"b\", \"a\">>) = (\"a\" :> 2 @@ \"b\" :> 1) /\\ ToBag(<<>>) = EmptyBag",
    "IsSorted(<<>>, <) /\\ IsSorted(<<5>>, <) /\\ IsSorted(<<1, 2, 3>>, <)",
    "~IsSorted(<<1, 2, 2>>, <) /\\ IsSorted(<<1, 2, 2>>, <=) /\\ IsSorted(<<3, 2, 1>>, >)",
    "LET q == SetToSeq({3, 1, 2}) IN Len(q) = 3 /\\ ToSet(q) = {1, 2, 3}",
    "SetToSeq({}) = <<>>",
    "SetToSeq({\"x\"}) = <<\"x\">>",
    "SetToSortSeq({3, 1, 2}, <) = <<1, 2, 3>>",
    "SetToSortSeq({3, 1, 2}, LAMBDA a, b : a > b) = <<3, 2, 1>>",
    "SetToSortSeq({3, 1, 2}, LAMBDA a, b : a <= b) = <<1, 2, 3>>",
    "SetToSortSeq({}, <) = <<>>",
    "SetToSeqs({1, 2, 3}) = {<<1, 2, 3>>, <<1, 3, 2>>, <<2, 1, 3>>, <<2, 3, 1>>, <<3, 1, 2>>, <<3, 2, 1>>}",
    "SetToSeqs({}) = {<<>>}",
    "SetToAllKPermutations({1, 2}) = {<<>>, <<1>>, <<2>>, <<1, 2>>, <<2, 1>>}",
    "Cardinality(SetToAllKPermutations({1, 2, 3})) = 16",
    "TupleOf({0, 1}, 2) = {<<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}",
    "TupleOf({0, 1}, 0) = {<<>>}",
    "SeqOf({0, 1}, 2) = {<<>>, <<0>>, <<1>>, <<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}",
    "SeqOf({0, 1}, 0) = {<<>>}",
    "BoundedSeq({\"a\"}, 2) = {<<>>, <<\"a\">>, <<\"a\", \"a\">>}",
    "Contains(<<1, 2>>, 2) /\\ ~Contains(<<1, 2>>, 3) /\\ ~Contains(<<>>, 1)",
    "Reverse(<<1, 2, 3>>) = <<3, 2, 1>>",
    "Reverse(<<>>) = <<>>",
    "Remove(<<1, 2, 1, 3>>, 1) = <<2, 3>>",
    "Remove(<<1, 2>>, 5) = <<1, 2>>",
    "RemoveFirst(<<1, 2, 1>>, 1) = <<2, 1>>",
    "RemoveFirst(<<1, 2>>, 5) = <<1, 2>>",
    "RemoveFirstMatch(<<1, 2, 3, 4>>, LAMBDA v : v > 1) = <<1, 3, 4>>",
    "RemoveFirstMatch(<<1>>, LAMBDA v : v > 1) = <<1>>",
    "ReplaceAll(<<1, 2, 1>>, 1, 9) = <<9, 2, 9>>",
    "ReplaceAll(<<>>, 1, 9) = <<>>",
    "InsertAt(<<1, 2>>, 1, 0) = <<0, 1, 2>>",
    "InsertAt(<<1, 2>>, 2, 5) = <<1, 5, 2>>",
    "InsertAt(<<1, 2>>, 3, 3) = <<1, 2, 3>>",
    "InsertAt(<<>>, 1, 7) = <<7>>",
    "ReplaceAt(<<1, 2, 3>>, 2, 9) = <<1, 9, 3>>",
    "RemoveAt(<<1, 2, 3>>, 2) = <<1, 3>>",
    "RemoveAt(<<1, 2, 3>>, 3) = <<1, 2>>",
    "RemoveAt(<<1>>, 1) = <<>>",
    "Cons(0, <<1, 2>>) = <<0, 1, 2>>",
    "Cons(0, <<>>) = <<0>>",
    "Snoc(3, <<1, 2>>) = <<1, 2, 3>> /\\ Snoc(0, <<>>) = <<0>>",
    "Front(<<1, 2, 3>>) = <<1, 2>>",
    "Front(<<1>>) = <<>>",
    "Last(<<1, 2, 3>>) = 3",
    "SelectInSeq(<<1, 2, 3, 2>>, LAMBDA v : v = 2) = 2",
    "SelectInSubSeq(<<2, 1, 2, 2>>, 2, 4, LAMBDA v : v = 2) = 2",
    "SelectLastInSubSeq(<<2, 1, 2, 2>>, 1, 3, LAMBDA v : v = 2) = 3",
    "SelectInSubSeq(<<2, 1>>, 2, 2, LAMBDA v : v = 2) = 0",
    "SelectLastInSeq(<<1, 2, 3, 2>>, LAMBDA v : v = 2) = 4",
    "SelectInSeq(<<1>>, LAMBDA v : v > 5) = 0 /\\ SelectLastInSeq(<<>>, LAMBDA v : TRUE) = 0",
    "SeqMod(3, 3) = 3 /\\ SeqMod(4, 3) = 1 /\\ SeqMod(0, 3) = 3 /\\ SeqMod(5, 3) = 2",
    "IsPrefix(<<1, 2>>, <<1, 2, 3>>) /\\ IsPrefix(<<>>, <<1>>) /\\ IsPrefix(<<1, 2>>, <<1, 2>>)",
    "~IsPrefix(<<2>>, <<1, 2>>) /\\ ~IsPrefix(<<1, 2, 3>>, <<1, 2>>)",
    "IsStrictPrefix(<<1>>, <<1, 2>>) /\\ ~IsStrictPrefix(<<1, 2>>, <<1, 2>>)",
    "IsSuffix(<<2, 3>>, <<1, 2, 3>>) /\\ IsSuffix(<<>>, <<>>) /\\ IsSuffix(<<1>>, <<1>>)",
    "~IsSuffix(<<1, 2>>, <<1, 2, 3>>) /\\ ~IsSuffix(<<0, 1>>, <<1>>)",
    "IsStrictSuffix(<<3>>, <<1, 2, 3>>) /\\ ~IsStrictSuffix(<<1, 2, 3>>, <<1, 2, 3>>)",
    "Prefixes(<<1, 2>>) = {<<>>, <<1>>, <<1, 2>>}",
    "Suffixes(<<1, 2>>) = {<<>>, <<2>>, <<1, 2>>}",
    "Prefixes(<<>>) = {<<>>} /\\ Suffixes(<<>>) = {<<>>}",
    "CommonPrefixes({<<1, 2, 3>>, <<1, 2, 4>>}) = {<<>>, <<1>>, <<1, 2>>}",
    "LongestCommonPrefix({<<1, 2, 3>>, <<1, 2, 4>>, <<1, 2>>}) = <<1, 2>>",
    "LongestCommonPrefix({<<1>>, <<2>>}) = <<>>",
    "LongestCommonPrefix({<<5, 6>>}) = <<5, 6>>",
    "SubSeqs(<<1, 2, 3>>) = {<<>>, <<1>>, <<2>>, <<3>>, <<1, 2>>, <<2, 3>>, <<1, 2, 3>>}",
    "SubSeqs(<<>>) = {<<>>}",
    "AllSubSeqs(<<1, 2, 3>>) = {<<>>, <<1>>, <<2>>, <<3>>, <<1, 2>>, <<1, 3>>, <<2, 3>>, <<1, 2, 3>>}",
    "AllSubSeqs(<<>>) = {<<>>}",
    "AllSubSeqs(<<1, 1>>) = {<<>>, <<1>>, <<1, 1>>}",
    "IndexFirstSubSeq(<<2, 3>>, <<1, 2, 3, 2, 3>>) = 2",
    "IndexFirstSubSeq(<<4>>, <<1, 2>>) = 0 /\\ IndexFirstSubSeq(<<1, 2, 3>>, <<1, 2>>) = 0",
    "IndexFirstSubSeq(<<>>, <<1>>) = 1 /\\ IndexFirstSubSeq(<<1>>, <<1>>) = 1",
    "ReplaceFirstSubSeq(<<9>>, <<2, 3>>, <<1, 2, 3, 2, 3>>) = <<1, 9, 2, 3>>",
    "ReplaceFirstSubSeq(<<9>>, <<4>>, <<1>>) = <<1>>",
    "ReplaceSubSeqAt(2, <<9>>, <<2, 3>>, <<1, 2, 3, 4>>) = <<1, 9, 4>>",
    "ReplaceFirstSubSeq(<<4>>, <<>>, <<1>>) = <<4, 1>>",
    "ReplaceFirstSubSeq(<<>>, <<1, 2>>, <<1, 2>>) = <<>>",
    "ReplaceAllSubSeqs(<<9>>, <<2, 3>>, <<1, 2, 3, 2, 3>>) = <<1, 9, 9>>",
    "ReplaceAllSubSeqs(<<2>>, <<1, 1>>, <<1, 1, 1>>) = <<2, 1>>",
    "ReplaceAllSubSeqs(<<2>>, <<1, 1>>, <<1, 1, 1, 1>>) = <<2, 2>>",
    "ReplaceAllSubSeqs(<<2>>, <<1>>, <<1, 1, 1>>) = <<2, 2, 2>>",
    "ReplaceAllSubSeqs(<<>>, <<1>>, <<1, 2, 1>>) = <<2>>",
    "ReplaceAllSubSeqs(<<4>>, <<1>>, <<>>) = <<>>",
    "ReplaceAllSubSeqs(<<0>>, <<>>, <<1, 2>>) = <<0, 1, 0, 2, 0>>",
    "FoldSeq(LAMBDA a, b : a + b, 0, <<1, 2, 3>>) = 6",
    "FoldSeq(LAMBDA a, b : a + b, 4, <<>>) = 4",
    "FoldLeft(LAMBDA a, b : a - b, 10, <<1, 2, 3>>) = 4",
    "FoldLeftDomain(LAMBDA acc, i : Append(acc, i), <<>>, <<\"x\", \"y\">>) = <<1, 2>>",
    "FoldRightDomain(LAMBDA i, acc : Append(acc, i), <<\"x\", \"y\">>, <<>>) = <<2, 1>>",
    "FoldRight(LAMBDA a, b : a - b, <<1, 2, 3>>, 10) = -8",
    "FoldLeft(LAMBDA acc, e : Append(acc, e), <<>>, <<1, 2>>) = <<1, 2>>",
    "FoldRight(LAMBDA e, acc : Append(acc, e), <<1, 2>>, <<>>) = <<2, 1>>",
    "FoldLeft(LAMBDA a, b : a + b, 0, [i \\in 1..500 |-> i]) = 125250",
    "FoldRight(LAMBDA a, b : a + b, [i \\in 1..500 |-> i], 0) = 125250",
    "FlattenSeq(<<<<1, 2>>, <<>>, <<3>>>>) = <<1, 2, 3>>",
    "FlattenSeq(<<>>) = <<>>",
    "FlattenSeq(<<<<\"a\">>>>) = <<\"a\">>",
    "FlattenSeq(<<\"ab\", \"c\">>) = \"abc\"",
    "Zip(<<1, 2>>, <<\"a\", \"b\">>) = <<<<1, \"a\">>, <<2, \"b\">>>>",
    "Zip(<<>>, <<>>) = <<>>",
    "Zip(<<1, 2, 3>>, <<\"a\">>) = <<<<1, \"a\">>>>",
    "Interleave(<<1, 3>>, <<2, 4>>) = <<<<1>>, <<2>>, <<3>>, <<4>>>>",
    "FlattenSeq(Interleave(<<1, 2>>, <<\"a\", \"b\">>)) = <<1, \"a\", 2, \"b\">>",
    "Interleave(<<>>, <<>>) = <<>>",
    # the standard Sequences operators come along with SequencesExt
    "Len(Append(Tail(<<1, 2>>), 3)) = 2",
]


# --------------------------------------------------------------------------------------------
# tests


def test_module_files_are_the_four_library_modules():
    assert set(LIB_MODULES) <= set(MODULE_NAMES)
    for name in LIB_MODULES:
        text = (LIBRARY_DIR / f"{name}.tla").read_text()
        header = re.search(r"^-{4,}\s*MODULE\s+(\w+)\s*-{4,}", text, re.M)
        assert header and header.group(1) == name


def test_every_exported_operator_has_a_check():
    checks = " ".join(FOLDS + FUNCTIONS + FINITE_SETS_EXT + SEQUENCES_EXT)
    for name in LIB_MODULES:
        text = (LIBRARY_DIR / f"{name}.tla").read_text()
        # top-level, non-LOCAL definitions start in column 0
        defined = re.findall(r"^([A-Za-z]\w*)\s*(?:\(.*?\))?\s*==", text, re.M)
        assert defined, name
        unchecked = [op for op in defined if not re.search(rf"\b{op}\b", checks)]
        assert not unchecked, (name, unchecked)


def test_modules_contain_no_io_or_exec_operators():
    # TLC and Bags as the community's SequencesExt extends them (for :>, @@ and bags); the
    # text itself calls none of TLC's I/O operators
    allowed = {"Naturals", "Integers", "Sequences", "FiniteSets", "Bags", "TLC", *LIB_MODULES}
    forbidden = re.compile(
        r"\b(IO\w*|\w*Exec\w*|\w*Json\w*|\w*Serialize\w*|\w*CSV\w*|\w*File\w*|"
        r"TLCGet|TLCSet|Print|PrintT|JavaTime|ToString|Randomization|System|Env)\b"
    )
    for name in LIB_MODULES:
        text = (LIBRARY_DIR / f"{name}.tla").read_text()
        assert not forbidden.findall(text), (name, forbidden.findall(text))
        used: set[str] = set()
        for m in re.finditer(r"^\s*(?:LOCAL\s+)?(?:EXTENDS|INSTANCE)\s+([\w\s,]+?)$", text, re.M):
            used |= {w.strip() for w in m.group(1).split(",")}
        assert used <= allowed, (name, used - allowed)


def test_modules_extend_what_the_communitys_extend(toolchain):
    """As in the CommunityModules: SequencesExt and FiniteSetsExt EXTEND what they build on
    (a model extending SequencesExt alone uses Range, Max, Cardinality, FoldSet, bags, :>),
    Functions only Integers and Folds, so a model next to Functions may define its own Max."""
    files = {
        "AllExt.tla": f"---- MODULE AllExt ----\nEXTENDS {ALL_EXTENDS}, Integers, FiniteSets, TLC, Bags\n====\n",
        "OnlySeqExt.tla": (
            "---- MODULE OnlySeqExt ----\n"
            "EXTENDS SequencesExt\n"
            "Uses(s) == Range(s) \\cup {Max(ToSet(s)), Cardinality({1}), FoldSet(+, 0, {1}), Len(s)}\n"
            "Bag(s) == BagToSet(ToBag(s)) = Range(s) /\\ (1 :> 2) = <<2>> /\\ SumFunction(s) = -1 + 1\n"
            "====\n"
        ),
        "OwnDefs.tla": (
            "---- MODULE OwnDefs ----\n"
            "EXTENDS Naturals, Sequences, Functions, Folds\n"
            "Max(S) == CHOOSE m \\in S : \\A y \\in S : y <= m\n"
            "FoldSet(op(_, _), b, S) == b\n"
            "Cardinality(S) == 0\n"
            "IsSurjective(f, S, T) == TRUE\n"
            "Both(f) == Max(Range(f))\n"
            "====\n"
        ),
        # the flip side, as with the community's module: SANY rejects a second Range
        "Twice.tla": "---- MODULE Twice ----\nEXTENDS SequencesExt\nRange(f) == {f[x] : x \\in DOMAIN f}\n====\n",
    }
    results = check_modules(toolchain, files, ["AllExt", "OnlySeqExt", "OwnDefs", "Twice"])
    for name in ("AllExt", "OnlySeqExt", "OwnDefs"):
        assert results[name].ok, (name, results[name].errors, results[name].output)
    assert not results["Twice"].ok and "Range" in results["Twice"].output, results["Twice"].output


def test_every_operator_evaluates_to_its_expected_value(toolchain):
    checks = FOLDS + FUNCTIONS + FINITE_SETS_EXT + SEQUENCES_EXT
    result = check_assumptions(toolchain, "LibCheck", f"{ALL_EXTENDS}, Integers, FiniteSets, TLC", checks)
    assert result.outcome == Outcome.OK, explain(result, checks)


def test_a_false_expectation_is_reported(toolchain):
    checks = ["Reverse(<<1, 2, 3>>) = <<3, 2, 1>>", "Reverse(<<1, 2, 3>>) = <<1, 2, 3>>"]
    result = check_assumptions(toolchain, "LibWrong", "Naturals, SequencesExt", checks)
    assert result.outcome == Outcome.ASSUMPTION
    assert [loc.line for loc in result.errors[0].locations] == [5]
