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

    result = evaluate_screened(toolchain, first, CheckConfig())
    tier = result.tier
    assert tier.tier == expected["tier"], tier.reason
    decided = sorted(m.id for m in tier.mutants if m.status != UNCHECKED)
    assert len(decided) == expected["mutants_decided"], tier.to_dict()["mutant_counts"]
    if any(m.status == UNCHECKED for m in tier.mutants):
        assert "no invariant caught" not in tier.reason, tier.reason
