"""Generated TLA+ must not steer the checker that scores it.

sysmoray bounds and reads its TLC runs with TLC's registers: the work budget counts generated
states in one and stops the run with ``TLCSet("exit", TRUE)`` (``tla.budget``), P4's tracker and
the report-once checks remember in others what they printed. A model that calls ``TLCSet`` could
end its own exploration before a runtime error is reached, reset the budget's counter, or mark a
broken template as already reported, and so raise its own score. So a model that calls it is not
run: its runtime phase records the ``steering`` outcome and where the call is, and the later
phases and the tier say why they did not run. Reading registers (``TLCGet``) and printing are left
alone: they cannot change what the checker explores or concludes.
"""

from __future__ import annotations

from sysmoray.tla.lexer import tokenize

STEERING_OPERATORS = ("TLCSet",)


def steering_calls(text: str) -> list[str]:
    """Where the module calls an operator that can steer TLC's run, as "TLCSet (line 12)"
    (comments and strings do not count)."""
    return [f"{t.text} (line {t.start.line})" for t in tokenize(text)
            if t.kind == "ident" and t.text in STEERING_OPERATORS]
