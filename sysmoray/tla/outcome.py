"""The outcomes recorded beside every score: one vocabulary for SANY, TLC, every phase, window,
invariant and mutant, and the rows."""

from enum import StrEnum


class Outcome(StrEnum):
    OK = "ok"
    PARSE_ERROR = "parse_error"
    SEMANTIC_ERROR = "semantic_error"
    SAFETY_VIOLATION = "safety_violation"
    LIVENESS_VIOLATION = "liveness_violation"
    DEADLOCK = "deadlock"
    ASSERTION = "assertion"
    ASSUMPTION = "assumption"
    EVALUATION_ERROR = "evaluation_error"
    CONFIG_ERROR = "config_error"
    TIMEOUT = "timeout"
    # The JVM's heap filled up (TLC's OutOfMemoryError, or tla.heap saw it full): a bound on
    # work like the state budget, the same on any machine; the run is scored on what it explored.
    OUT_OF_MEMORY = "out_of_memory"
    CRASH = "crash"
    # Outcomes of a whole phase rather than of one tool run.
    NO_MODULE = "no_module"
    NO_CONFIG = "no_config"
    NO_ACTIONS = "no_actions"
    NO_INITIAL_STATES = "no_initial_states"  # Init holds in no state: there is nothing to explore
    SKIPPED = "skipped"
    PARTIAL = "partial"  # the phase ran, some actions (windows, invariants) failed
    NONE_HELD = "none_held"  # the phase ran and nothing passed
    CONTRACT_MISMATCH = "contract_mismatch"  # the model lacks names the task's contract requires
    NO_TRACES = "no_traces"
    STEERING = "steering"  # the model calls an operator that steers TLC's run (tla.steering): not run
    # Extraction of an answer.
    UNTERMINATED_MODULE = "unterminated_module"  # no "====" line: the answer was cut short
    # One invariant or template (P4, the tier's tracked checks).
    HELD = "held"
    VIOLATED = "violated"
    NOT_INSTANTIATED = "not_instantiated"  # counts as not held, never as absent
    ERROR = "error"  # TLC could not evaluate it (or, of a mutant: its run failed on it)
    # One trace window (P3).
    PASS = "pass"
    FAIL = "fail"
    # One mutant of the tier's test: never "survived" unless it was explored.
    CAUGHT = "caught"
    SURVIVED = "survived"
    UNPARSED = "unparsed"
    UNCHECKED = "unchecked"
    # A sample's row.
    UNRATED = "unrated"  # the tier of a non-final attempt: never evaluated past P2
    GENERATION_ERROR = "generation_error"  # the backend produced no answer for this sample
    CHECK_ERROR = "check_error"  # checking raised: a bug or a hostile input, recorded not raised
    NOT_ANSWERED = "not_answered"  # a replay source had no answer for this sample: not measured
