"""Split TLC's ``-tool`` output into typed messages, and the shared error/location types.

In tool mode every message is framed as ``@!@!@STARTMSG code:severity @!@!@`` ... ``@!@!@ENDMSG
code @!@!@``. Text outside frames (SANY's own report, Java stack traces) is kept as messages with
code 0 so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    NONE = 0
    ERROR = 1
    TLC_BUG = 2
    WARNING = 3
    STATE = 4


class Code(IntEnum):
    """TLC message codes we act on, as TLC 2.15 prints them (each one seen in a real run)."""

    UNFRAMED = 0  # our marker for text printed outside any frame
    GENERAL = 1000  # "TLC threw an unexpected exception": wraps evaluation errors
    EVAL_ERROR_INITIAL = 2102  # error while computing or fingerprinting initial states
    NESTED_EXPRESSION = 2103  # positions of the expressions being evaluated at an error
    ASSUMPTION_FALSE = 2104
    ASSUMPTION_EVAL_ERROR = 2105  # an ASSUME TLC could not evaluate; the cause is nested in it
    INVARIANT_VIOLATED_INITIAL = 2107
    SUCCESSOR_UNSPECIFIED = 2109  # a step leaves a variable unassigned; the trace to it follows
    INVARIANT_VIOLATED_BEHAVIOR = 2110
    INVARIANT_EVAL_FAILED = 2111  # "Evaluating invariant X failed." (no positions); the cause is nested in it
    ACTION_PROPERTY_VIOLATED = 2112
    DEADLOCK_REACHED = 2114
    TEMPORAL_PROPERTY_VIOLATED = 2116
    BEHAVIOR_UP_TO_THIS_POINT = 2121
    BACK_TO_STATE = 2122
    ASSERT_FAILED = 2132
    FINGERPRINT_EXCEPTION = 2147
    DIVISION_BY_ZERO = 2179
    FINISHED = 2186
    INIT_STATES_GENERATED = 2190
    SUCCESS = 2193
    SEARCH_DEPTH = 2194
    STATS = 2199
    SIMULATION_STATS = 2209  # a simulation's "N states generated" (its distinct count is -1)
    STATE = 2217
    STATE_STUTTERING = 2218
    CONSTANT_NOT_ASSIGNED = 2222
    CONFIG_MISSING_DEFINITION = 2229
    CONFIG_MISSING_INIT = 2231  # the config names no initial predicate (nor a SPECIFICATION)
    VERSION = 2262
    COUNTER_EXAMPLE = 2264
    COVERAGE_NEXT = 2772
    COVERAGE_INIT = 2773
    PARSING_FAILED = 3002


@dataclass(frozen=True)
class Message:
    code: int
    severity: int
    text: str


@dataclass(frozen=True)
class Location:
    module: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line}:{self.col}"


@dataclass(frozen=True)
class TLAError:
    """One error reported by SANY or TLC, with where it happened (outermost first)."""

    kind: str  # an Outcome value, e.g. "parse_error", "evaluation_error"
    message: str
    locations: tuple[Location, ...] = ()
    action: str | None = None  # the model's action it is attributed to, when known
    # The last state TLC printed with the error, as (variable, value text) pairs: it tells a
    # batched run (one window or mutant per initial state) which item raised the error.
    state: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "message": self.message,
            "locations": [str(loc) for loc in self.locations],
            "action": self.action,
        }


# TLC 2.15 frames some errors with code -1 ("Wrong invocation of TLC error printer").
_FRAME = re.compile(r"@!@!@STARTMSG (-?\d+):(\d+) @!@!@\n?(.*?)@!@!@ENDMSG \1 @!@!@\n?", re.S)


def split_messages(output: str) -> list[Message]:
    messages: list[Message] = []
    last = 0
    for m in _FRAME.finditer(output):
        _add_unframed(messages, output[last : m.start()])
        body = m.group(3)
        # Frames nest (an exception message wraps the message that explains it): flatten them,
        # outer first, so each code is seen on its own.
        inner = split_messages(body) if "@!@!@STARTMSG" in body else []
        outer_text = _FRAME.sub("", body) if inner else body
        messages.append(Message(int(m.group(1)), int(m.group(2)), outer_text.rstrip("\n")))
        messages.extend(msg for msg in inner if msg.code != Code.UNFRAMED)
        last = m.end()
    _add_unframed(messages, output[last:])
    return messages


def _add_unframed(messages: list[Message], text: str) -> None:
    if text.strip():
        messages.append(Message(Code.UNFRAMED, Severity.NONE, text.strip("\n")))


# "line 5, col 13 to line 5, col 13 of module Bad2"  (SANY, coverage)
_LOC_OF_MODULE = re.compile(
    r"line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)", re.I
)
# "Line 9, column 11 to line 9, column 61 in L2"  (TLC nested expressions)
_LOC_IN = re.compile(r"line (\d+), column (\d+) to line (\d+), column (\d+) in (\w+)", re.I)
# "at line 5, column 19"  (parse errors: a point, module given by context)
_LOC_POINT = re.compile(r"line (\d+), column (\d+)", re.I)


def find_locations(text: str, default_module: str | None = None) -> list[Location]:
    found: list[tuple[int, Location]] = []
    for rx in (_LOC_OF_MODULE, _LOC_IN):
        for m in rx.finditer(text):
            a, b, c, d = (int(g) for g in m.groups()[:4])
            found.append((m.start(), Location(m.group(5), a, b, c, d)))
    if not found and default_module:
        # Parse errors name one point; later points belong to SANY's residual stack trace.
        if m := _LOC_POINT.search(text):
            a, b = int(m.group(1)), int(m.group(2))
            found.append((m.start(), Location(default_module, a, b, a, b)))
    return [loc for _, loc in sorted(found, key=lambda p: p[0])]
