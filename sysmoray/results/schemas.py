"""Explicit Arrow schemas of the result tables (DESIGN §8).

A run writes under ``<out>/<run_id>/``: one folder of Parquet parts per table, and ``run.json``.
Every table starts with the keys ``run_id, model, task, method, sample, attempt``: ``sample`` is
the candidate's index among the k of its (model, task, method), ``attempt`` its repair round
(0 = first answer).

- ``samples``: one row per candidate and attempt. Generation facts (prompt hash, seed, spec and
  cfg text, tokens, latency, finish reason), the phase scores p1..p4 (null: the phase did not run,
  e.g. no conformance for a description task), the outcome recorded beside each score, the total,
  the tier, an error message, the checking node and time, and ``details`` (the Evaluation as
  JSON). ``final`` marks the last attempt of a sample: leaderboards count only those rows.
  ``phases``: the phases the sample's task scores (its total is renormalised over them: a
  description task has no ``conformance``); ``domain``: a description task's domain (null for
  system tasks). Both are null in parts written before they existed (read: all four phases).
  The work budget the checks ran under (``budget_states``; null when nothing was checked;
  ``budget_depth`` is null since the runtime phase explores without a depth bound, and stays so
  that older runs read beside newer ones), ``budget_reached`` (some scored exploration, a mutant's
  not counted, stopped at the work budget: the scores are of what it explored, the same on any
  machine), ``unfinished`` (the tier's run of the model stopped at the work budget: Silver,
  ChatTLA's timeout; null when TLC did not run the model, and in parts written before the
  column) and ``machine_dependent`` (some SANY/TLC run hit
  the wall-clock safety net even after one re-check: this row may differ on another node).
- ``windows``: one row per (deduplicated) trace window checked for a candidate: window id,
  action, outcome (pass | fail | error | timeout | skipped), reason, the variables the closest
  reachable state got wrong (``differs``), how many identical windows it stands for
  (``occurrences``), and the node that checked it.
- ``invariants``: one row per invariant template checked on a candidate: name, type
  (safety | liveness), outcome (held | violated | error | not_instantiated | timeout), reason.
- ``actions``: one row per action of a candidate: did it parse in isolation, run without error,
  pass all its windows (null: not determined), and how many of its windows passed.

Nullability is part of the schema: a field marked not-nullable is required in every row
written (the writer rejects a row that lacks it).
"""

from __future__ import annotations

import pyarrow as pa

KEY_COLUMNS = ("model", "task", "method", "sample", "attempt")  # what resume matches on


def _req(name: str, type_: pa.DataType) -> pa.Field:
    return pa.field(name, type_, nullable=False)


def _opt(name: str, type_: pa.DataType) -> pa.Field:
    return pa.field(name, type_, nullable=True)


KEYS: tuple[pa.Field, ...] = (
    _req("run_id", pa.string()),
    _req("model", pa.string()),
    _req("task", pa.string()),
    _req("method", pa.string()),
    _req("sample", pa.int32()),
    _req("attempt", pa.int32()),
)

# The tier and outcomes of a sample with no answer to check (a replay source has fewer answers
# than k): not measured, so its scores and total are null and leaderboards leave it out.
NOT_ANSWERED = "not_answered"  # tla.outcome.Outcome.NOT_ANSWERED: results import nothing of the checks

SAMPLES = pa.schema([
    *KEYS,
    _req("prompt_hash", pa.string()),
    _req("seed", pa.int64()),
    _opt("spec", pa.large_string()),  # null: the answer had no module; several modules: the root last
    _opt("cfg", pa.large_string()),
    _req("prompt_tokens", pa.int32()),
    _req("completion_tokens", pa.int32()),
    _req("latency_s", pa.float64()),
    _req("finish_reason", pa.string()),
    _req("final", pa.bool_()),
    _opt("p1_syntax", pa.float64()),
    _opt("p2_runtime", pa.float64()),
    _opt("p3_conformance", pa.float64()),
    _opt("p4_invariants", pa.float64()),
    _opt("total", pa.float64()),  # null: not measured (no answer to score, tier not_answered)
    _opt("phases", pa.list_(pa.string())),
    _opt("domain", pa.string()),
    # Outcomes are null exactly where their phase score is: the phase did not exist.
    _opt("outcome_syntax", pa.string()),
    _opt("outcome_runtime", pa.string()),
    _opt("outcome_conformance", pa.string()),
    _opt("outcome_invariants", pa.string()),
    _req("tier", pa.string()),
    _opt("budget_depth", pa.int32()),
    _opt("budget_states", pa.int64()),
    _req("budget_reached", pa.bool_()),
    _opt("unfinished", pa.bool_()),
    _req("machine_dependent", pa.bool_()),
    _opt("error", pa.string()),
    _req("node", pa.string()),
    _req("checked_at", pa.timestamp("us", tz="UTC")),
    _opt("details", pa.large_string()),  # JSON
])

WINDOWS = pa.schema([
    *KEYS,
    _req("window_id", pa.int32()),
    _req("action", pa.string()),
    _req("outcome", pa.string()),
    _req("reason", pa.string()),
    _req("differs", pa.list_(pa.string())),
    _req("occurrences", pa.int32()),
    _req("node", pa.string()),
])

INVARIANTS = pa.schema([
    *KEYS,
    _req("invariant", pa.string()),
    _req("type", pa.string()),
    _req("outcome", pa.string()),
    _req("reason", pa.string()),
    _opt("expression", pa.large_string()),  # the TLA+ checked: a concretizer's, for generic templates
])

ACTIONS = pa.schema([
    *KEYS,
    _req("action", pa.string()),
    _opt("syntax", pa.bool_()),
    _opt("runtime", pa.bool_()),
    _opt("conformance", pa.bool_()),
    _req("windows_total", pa.int32()),
    _req("windows_passed", pa.int32()),
])

SCHEMAS: dict[str, pa.Schema] = {
    "samples": SAMPLES,
    "windows": WINDOWS,
    "invariants": INVARIANTS,
    "actions": ACTIONS,
}


def schema_of(table: str) -> pa.Schema:
    try:
        return SCHEMAS[table]
    except KeyError:
        raise ValueError(f"unknown results table {table!r}; known: {', '.join(SCHEMAS)}") from None
