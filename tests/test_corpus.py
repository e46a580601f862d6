"""The corpus: hand-written specs in the layouts real models produce (tests/corpus/manifest.yaml),
each scored in full with the real SANY and TLC.

For every spec: the actions sysmoray finds are exactly the ones TLC's own coverage report counts
(the report recorded in the manifest, and a live TLC run here), the covered ones are those TLC
generated states for (in the BFS, or in the simulation after a BFS cut short), and the tier,
the covered actions and the mutants decided are as expected (tests/corpus/expected.yaml). No
tier reason says "no invariant caught" while mutants were left unchecked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sysmoray.metrics.evaluate import CheckConfig, evaluate_screened, screen
from sysmoray.metrics.runtime import coverage_action
from sysmoray.metrics.tier import UNCHECKED
from sysmoray.tla.actions import init_name
from sysmoray.tla.answer import extract_answer, split_module_file
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.messages import Location
from sysmoray.tla.tlc import CoverageEntry, TLCOptions, run_tlc
from sysmoray.metrics.tier import model_mutants
from sysmoray.tla.actions import _tlc_split, next_state_name
from sysmoray.tla.sany import export_module
from sysmoray.tla.semantic import BUILTIN, USER

CORPUS = Path(__file__).parent / "corpus"
MANIFEST = {e["name"]: e for e in yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))}
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
STAND_IN_CFG = "INIT Init\nNEXT Next\n"  # for the answer that carries no config


def load(entry: dict):
    text = (CORPUS / entry["file"]).read_text(encoding="utf-8")
    if entry["file"].endswith(".md"):
        return extract_answer(text), None
    return split_module_file(text), (CORPUS / entry["cfg"]).read_text(encoding="utf-8")


def entry_of(label: str, module: str) -> CoverageEntry:
    """A coverage line as the manifest records it: ``Name`` or ``Name@line:col``."""
    name, _, at = label.partition("@")
    sub = None
    if at:
        line, col = (int(x) for x in at.split(":"))
        sub = Location(module, line, col, line, col)
    return CoverageEntry(name, Location(module, 0, 0, 0, 0), sub, 0, 0)


def label_of(entry: CoverageEntry) -> str:
    return entry.name + (f"@{entry.sub_range.line}:{entry.sub_range.col}" if entry.sub_range else "")


_CONJUNCTIONS = {"\\land", "$ConjList"}


def _guards(tree, node, uses: dict[int, int], out: list, depth: int = 0) -> None:
    """The guard conjuncts (no primed variable) of an action's tree, read independently of the
    mutant generator: through conjunctions, LET, labels, quantifiers, IF/CASE branches, and
    calls of definitions called once in the module."""
    if node is None or depth > 40:
        return
    if node.kind in ("let", "label", "subst"):
        return _guards(tree, node.body, uses, out, depth + 1)
    op = node.operator
    if node.kind != "appl" or op is None:
        return
    if op.kind == BUILTIN and op.name in _CONJUNCTIONS:
        for o in node.operands:
            (out.append(o) if o.level <= 1 else None)
            _guards(tree, o, uses, out, depth + 1)
    elif op.kind == BUILTIN and op.name == "=>" and node.operands[0].level <= 1:
        # A => B, B a step: A guards B, and so does each of A's conjuncts.
        out.append(node.operands[0])
        _guards(tree, node.operands[0], uses, out, depth + 1)
        _guards(tree, node.operands[1], uses, out, depth + 1)
    elif op.kind == BUILTIN and op.name in ("$BoundedExists", "$UnboundedExists", "$BoundedForall"):
        _guards(tree, node.operands[0], uses, out, depth + 1)
    elif op.kind == BUILTIN and op.name == "$IfThenElse":
        for o in node.operands[1:]:
            _guards(tree, o, uses, out, depth + 1)
    elif op.kind == BUILTIN and op.name == "$Case":
        for arm in node.operands:
            if arm.operands:
                _guards(tree, arm.operands[-1], uses, out, depth + 1)
    elif op.kind == USER and uses.get(op.uid) == 1 and (callee := tree.by_uid.get(op.uid)) is not None:
        _guards(tree, callee.body, uses, out, depth + 1)


def unmutated_guards(toolchain, first, cfg) -> list[str]:
    """The guards of the model's actions (SANY's tree) that no drop-guard mutant drops."""
    model = first.model
    tree = export_module(toolchain, model.text, model.name, siblings=dict(model.siblings)).tree
    relation = tree.definitions[next_state_name(model, cfg)].body
    found = []
    _tlc_split(tree, None, relation, found, 0)  # TLC's own split, as the actions are made
    uses: dict[int, int] = {}
    for d in tree.by_uid.values():
        for n in (d.body.walk() if d.body is not None else ()):
            if n.kind == "appl" and n.operator is not None and n.operator.kind == USER:
                uses[n.operator.uid] = uses.get(n.operator.uid, 0) + 1
    for name in cfg.invariants + cfg.properties:  # an invariant's text is no action's own
        if name in tree.definitions:
            uses[tree.definitions[name].uid] = 2
    guards: list = []
    for _, node in found:
        _guards(tree, node, uses, guards)
    mutants = model_mutants(model, cfg, None, first.actions, first.type_invariants)
    lines = [0] + [i + 1 for i, c in enumerate(model.text) if c == "\n"]
    at = lambda line, col: lines[line - 1] + col - 1  # noqa: E731
    dropped = [(m.start_offset, m.end_offset) for m in mutants if m.operator == "drop_guard"]
    missing = []
    for g in guards:
        span = g.span
        if span is None or span.module != model.name:
            continue
        start, end = at(span.line, span.col), at(span.end_line, span.end_col) + 1
        text = model.text[start:end]
        nested = g.kind == "appl" and g.operator is not None and g.operator.name in _CONJUNCTIONS
        if text.strip() == "TRUE" or nested:  # TRUE: nothing to drop; a conjunction: its conjuncts are the guards
            continue
        if not any(s <= start and end <= e and model.text[s:e].strip("() \n") == text.strip("() \n") for s, e in dropped):
            missing.append(" ".join(text.split()))
    return missing


def test_the_corpus_is_large_and_varied():
    assert len(MANIFEST) >= 40 and set(EXPECTED) == set(MANIFEST)
    layouts = {tag for e in MANIFEST.values() for tag in e["layouts"]}
    for shape in ("pluscal", "unicode", "answer-md", "no-cfg", "case", "let-heavy", "exists-state-set",
                  "exists-record-set", "infix-or-between-conj-lists", "bullets-off-by-one-left", "deep-action"):
        assert shape in layouts


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_spec(toolchain, name):
    entry, expected = MANIFEST[name], EXPECTED[name]
    answer, cfg_text = load(entry)
    first = screen(toolchain, answer, cfg_text)
    assert first.extraction["structure"] == "sany", first.extraction
    assert first.phases["syntax"].score == 1.0, first.phases["syntax"].errors
    module = first.module
    actions = list(first.actions)

    # Exactly TLC's actions: each line of its coverage report is one action, and each action one line.
    recorded = [entry_of(label, module) for label in entry["tlc_actions"]]
    matched = [coverage_action(e, actions, module) for e in recorded]
    assert None not in matched, [label for label, a in zip(entry["tlc_actions"], matched) if a is None]
    assert sorted(a.name for a in matched) == sorted(a.name for a in actions)
    # A live TLC run, bounded as the runtime phase's (its state budgets), must count the same
    # actions; what it generated states for is what P2 covers.
    cfg_used = first.cfg_text or STAND_IN_CFG
    live = run_tlc(toolchain, {f"{module}.tla": first.model.text}, module,
                   parse_cfg(cfg_used).without_keywords("INVARIANT", "PROPERTY").render(),
                   TLCOptions(check_deadlock=False, **first.budget.bounds()))
    init = init_name(first.model, parse_cfg(cfg_used))
    counted = [e for e in live.coverage if e.name != init]
    assert sorted(label_of(e) for e in counted) == sorted(entry["tlc_actions"])

    assert [a.name for a in actions] == expected["actions"]
    covered = sorted(coverage_action(e, actions, module).name for e in counted if e.generated > 0)
    runtime = first.phases["runtime"]
    if first.cfg_text is not None:
        # What the BFS did not reach, the seeded simulation after it may have (deep actions).
        simulated = runtime.details.get("simulation", {}).get("covered", [])
        assert not set(simulated) & set(covered)
        assert runtime.details["covered"] == sorted(covered + simulated) == sorted(expected["covered"])
        assert runtime.score == pytest.approx(len(covered + simulated) / len(actions))

    # Every guard conjunct of every action, as SANY's tree shows it, has a drop-guard mutant.
    missing = unmutated_guards(toolchain, first, parse_cfg(cfg_used))
    assert not missing, missing

    result = evaluate_screened(toolchain, first, CheckConfig())
    tier = result.tier
    assert tier.tier == expected["tier"], tier.reason
    decided = sorted(m.id for m in tier.mutants if m.status != UNCHECKED)
    assert len(decided) == expected["mutants_decided"], tier.to_dict()["mutant_counts"]
    if any(m.status == UNCHECKED for m in tier.mutants):
        assert "no invariant caught" not in tier.reason, tier.reason
