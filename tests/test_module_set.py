"""Models of several modules, read without the tools: which module is the root, which modules
go with it, how extended modules are written into it and how its lines map back."""

from __future__ import annotations

import os
from pathlib import Path

from sysmoray.tasks.siblings import read_siblings
from sysmoray.tla.answer import extract_answer, split_module_file
from sysmoray.tla.module_set import flatten, reachable, referenced_names

UTILS = "---- MODULE Utils ----\nEXTENDS Naturals, Base\nMax(a, b) == IF a > b THEN a ELSE b\n====\n"
BASE = "---- MODULE Base ----\nEXTENDS Sequences\nCONSTANT N\n====\n"
COUNTER = "---- MODULE Counter ----\nVARIABLE c\nInc == c' = c + 1\n====\n"
ROOT = (
    "---- MODULE Spec ----\n"
    "EXTENDS Utils, TLC\n"
    "VARIABLE x\n"
    "C == INSTANCE Counter WITH c <- x\n"
    "Next == x' = Max(x, N)\n"
    "====\n"
)


def test_names_a_module_extends_or_instances():
    assert referenced_names(ROOT) == ["Utils", "TLC", "Counter"]
    assert referenced_names("---- MODULE A ----\nLOCAL INSTANCE B\nI(p) == INSTANCE C WITH q <- p\n====\n") == ["B", "C"]
    assert list(reachable(ROOT, {"Utils": UTILS, "Base": BASE, "Counter": COUNTER, "Other": BASE})) == ["Utils", "Counter", "Base"]


def test_extended_modules_are_written_in_and_instanced_ones_kept_as_files():
    flat = flatten(ROOT, {"Utils": UTILS, "Base": BASE, "Counter": COUNTER})
    assert flat.inlined == ("Base", "Utils")  # a module's own extended modules come first
    assert flat.files == (("Counter", COUNTER),)
    lines = flat.text.splitlines()
    # Each module's text sees the standard modules it extends, and no more: the first one's are
    # extended, the others' instanced just before the text that needs them.
    assert lines[1] == "EXTENDS Sequences"
    assert lines.index("INSTANCE Naturals") < lines.index("Max(a, b) == IF a > b THEN a ELSE b") < lines.index("INSTANCE TLC")
    assert "CONSTANT N" in flat.text and "Max(a, b) ==" in flat.text and flat.text.count("MODULE") == 1
    # Every line maps back to the module and line it came from.
    for k, line in enumerate(lines, start=1):
        module, at = flat.origin(k)
        source = {"Spec": ROOT, "Utils": UTILS, "Base": BASE}[module].splitlines()[at - 1]
        assert line == source or not line.strip() or line.startswith(("EXTENDS", "INSTANCE")), (k, line, module, at)


def test_a_module_without_user_modules_is_left_as_it_is():
    text = "---- MODULE A ----\nEXTENDS Naturals\nVARIABLE x\n====\n"
    flat = flatten(text, {"Naturalz": BASE})
    assert (flat.text, flat.files, flat.inlined, flat.origin(2)) == (text, (), (), None)


def test_a_cycle_of_extends_does_not_loop():
    a = "---- MODULE A ----\nEXTENDS B\nX == 1\n====\n"
    b = "---- MODULE B ----\nEXTENDS A\nY == 2\n====\n"
    flat = flatten("---- MODULE R ----\nEXTENDS A\n====\n", {"A": a, "B": b})
    assert flat.inlined == ("B", "A")


def test_an_answer_with_several_modules_keeps_the_root_and_what_it_names():
    answer = extract_answer(
        "A helper:\n```tla\n" + UTILS + "```\nA first try:\n```tla\n---- MODULE Spec ----\nVARIABLE x\n====\n```\n"
        "Unrelated:\n```tla\n---- MODULE Scratch ----\nZ == 1\n====\n```\n"
        "The model:\n```tla\n" + ROOT + "```\n```tla\n" + BASE + "```\n```cfg\nINIT Init\nNEXT Next\n```\n"
    )
    assert answer.module_name == "Spec" and answer.module_text == ROOT
    assert dict(answer.siblings) == {"Utils": UTILS, "Base": BASE}
    reasons = sorted(d.reason for d in answer.dropped if "MODULE" in d.text)
    assert reasons == ["superseded module", "superseded module"]  # the first try, and Scratch
    assert answer.cfg_text == "INIT Init\nNEXT Next\n"


def test_the_root_is_the_module_no_other_one_names():
    mc = "---- MODULE MC ----\nEXTENDS Spec\nMC_N == 3\n====\n"
    answer = extract_answer(f"```tla\n{mc}```\n\n```tla\n{ROOT}```\n")
    assert answer.module_name == "MC" and [n for n, _ in answer.siblings] == ["Spec"]


def test_sibling_files_are_read_inside_the_folder_only(tmp_path: Path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "Utils.tla").write_text(UTILS)
    (tmp_path / "Base.tla").write_text(BASE)
    os.symlink(tmp_path / "Base.tla", folder / "Base.tla")  # leads out of the folder
    (folder / "Spec.tla").write_text(ROOT)
    found, unread = read_siblings(ROOT, folder, "Spec")
    assert found == {"Utils": UTILS}  # Counter has no file: TLC's library would be asked for it
    assert len(unread) == 1 and "outside" in unread[0]
    answer = split_module_file(ROOT)
    assert answer.siblings == ()  # a module file alone names no siblings: its folder does


def test_errors_in_the_flat_module_name_the_module_and_line_they_came_from():
    from sysmoray.tla.messages import Location, TLAError

    flat = flatten(ROOT, {"Utils": UTILS, "Base": BASE, "Counter": COUNTER})
    at = flat.text.splitlines().index("Max(a, b) == IF a > b THEN a ELSE b") + 1
    tlc = TLAError("evaluation_error", f"Error at line {at}, col 3 to line {at}, col 9 of module Spec", (Location("Spec", at, 3, at, 9),))
    moved = flat.relocated(tlc, "Spec")
    assert moved.message == "Error at line 3, col 3 to line 3, col 9 of module Utils"
    assert moved.locations == (Location("Utils", 3, 3, 3, 9),)
    sany = TLAError("parse_error", f"Encountered x at line {at}, column 3", (Location("Spec", at, 3, at, 3),))
    assert flat.relocated(sany, "Spec").message == "Encountered x at line 3, column 3 (module Utils)"
    last = len(flat.text.splitlines()) - 1  # the root's Next
    own = TLAError("evaluation_error", f"line {last}, col 1 to line {last}, col 4 of module Spec")
    assert flat.relocated(own, "Spec").message == "line 5, col 1 to line 5, col 4 of module Spec"


def test_a_bare_instance_of_a_module_is_its_body_without_its_declarations():
    mc = "---- MODULE MC ----\nEXTENDS TLC\nCONSTANT N\nVARIABLE x\nMC_N == 3\nINSTANCE Spec\n====\n"
    spec = "---- MODULE Spec ----\nEXTENDS Naturals\nCONSTANT N\nVARIABLE x\nInit == x = 0\nNext == x < N /\\ x' = x + 1\n====\n"
    flat = flatten(mc, {"Spec": spec})
    lines = flat.text.splitlines()
    assert flat.inlined == ("Spec",) and flat.files == ()
    assert lines.count("CONSTANT N") == 1 and lines.count("VARIABLE x") == 1  # the MC's own
    assert lines.index("MC_N == 3") < lines.index("INSTANCE Naturals") < lines.index("Init == x = 0")
    assert "INSTANCE Spec" not in flat.text
    # An instance under a name, or with substitutions, stays an instance of a file beside it.
    named = "---- MODULE MC ----\nVARIABLE y\nS == INSTANCE Spec WITH x <- y, N <- 2\n====\n"
    assert flatten(named, {"Spec": spec}).files == (("Spec", spec),)


def test_an_instance_that_would_bind_a_name_of_the_root_stays_a_file():
    spec = "---- MODULE Spec ----\nCONSTANT N\nAgree == \\A n1 \\in N : n1 = n1\n====\n"
    mc = "---- MODULE MC ----\nCONSTANT n1\nN == {n1}\nINSTANCE Spec\n====\n"
    flat = flatten(mc, {"Spec": spec})
    assert (flat.text, flat.inlined, flat.files) == (mc, (), (("Spec", spec),))


def test_modules_whose_scopes_would_clash_when_written_together_stay_files():
    a = "---- MODULE A ----\nCONSTANT n1\n====\n"
    b = "---- MODULE B ----\nAll(S) == \\A n1 \\in S : n1 = n1\n====\n"
    root = "---- MODULE R ----\nEXTENDS A, B\n====\n"
    flat = flatten(root, {"A": a, "B": b})
    assert (flat.text, flat.inlined, dict(flat.files)) == (root, (), {"A": a, "B": b})
    # A module may use what the modules it extends define: that is no clash.
    c = "---- MODULE C ----\nEXTENDS A\nOne == n1\n====\n"
    assert flatten("---- MODULE R ----\nEXTENDS A, C\n====\n", {"A": a, "C": c}).inlined == ("A", "C")
