"""How much exploring one check may do: counted in work, never in seconds (DESIGN §6).

A score must be a function of the candidate and the task, not of how busy the node that checked
it was. So every TLC exploration is bounded by work that is the same on any machine: the number of
distinct states, and the number of states generated (successors, most of them already seen: a state with 5,000 successors that all
exist already costs as much as 5,000 new ones). TLC runs with one worker, so the states explored
within a budget are the same on every run. A run that reaches the budget is scored on what it
explored, and says so; wall-clock limits (``runner.Limits``) are only a safety net against a hung
JVM.

The budget stops TLC at once instead of letting it drain its queue: the constraint calls
``TLCSet("exit", TRUE)`` when a bound is reached (TLC then ends as after a complete run, with its
coverage and statistics, and states left on its queue). A CONSTRAINT is evaluated on every
generated successor, before TLC looks it up among the states seen, so a TLC register counts them.
``TLCGet("distinct")`` in a CONSTRAINT is supported by TLC 2.15 (checked); ``TLCGet("generated")``
is not, hence the register.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Mapping

CONSTRAINT_NAME = "SysmorayWithinBudget"
COUNTER_REGISTER = 97  # TLC register counting generated states; far from the low ones specs use


@dataclass(frozen=True)
class Budget:
    """A task's budgets (task.yaml ``budget:``; these are the defaults)."""

    states: int = 100_000  # distinct states of any one TLC exploration (P2, P4, the tier's runs)
    generated: int = 2_000_000  # states generated (successors, seen or not) by any one exploration
    # The runtime phase's seeded simulation, run when its BFS was cut short with actions it never
    # saw (deep actions get a chance): this many random behaviours of at most this many steps.
    simulation_traces: int = 500
    simulation_depth: int = 50

    def __post_init__(self) -> None:
        for name in KEYS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"budget {name} must be a whole number >= 1, got {value!r}")

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    def bounds(self) -> dict[str, int]:
        """The ``tlc.TLCOptions`` fields that stop one exploration within this budget."""
        return {"state_budget": self.states, "generated_budget": self.generated}

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Budget:
        values = {k: v for k, v in values.items() if k not in RETIRED_KEYS}
        unknown = set(values) - KEYS
        if unknown:
            raise ValueError(f"unknown budget key(s) {sorted(unknown)}; known: {', '.join(sorted(KEYS))}")
        return cls(**values)


KEYS = {"states", "generated", "simulation_traces", "simulation_depth"}
# Read and ignored, so that older task files load: "depth" bounded the runtime phase's BFS, which
# is now the model's one exploration, bounded by the state budgets alone (metrics.runtime).
RETIRED_KEYS = {"depth"}


def bound_definitions(depth: int | None, states: int | None, generated: int | None) -> str:
    """TLA+ for a wrapper module: ``CONSTRAINT_NAME``, which keeps an exploration within ``depth``
    levels and stops it after ``states`` distinct or ``generated`` generated states."""
    parts = []
    setup = ""
    if depth is not None:
        parts.append(f'TLCGet("level") < {int(depth)}')
    # Past a bound the successor is refused as well as TLC told to stop: TLC finishes expanding
    # the state in hand before it stops, and a state with thousands of successors would
    # otherwise add them all (an etcd-raft mutant reached 137,780 distinct states of 60,000).
    if states is not None:
        parts.append(f'(TLCGet("distinct") < {int(states)} \\/ (TLCSet("exit", TRUE) /\\ FALSE))')
    if generated is not None:
        r = COUNTER_REGISTER
        setup = f"ASSUME TLCSet({r}, 0)\n"
        parts.append(f'TLCSet({r}, TLCGet({r}) + 1) /\\ (TLCGet({r}) < {int(generated)} \\/ (TLCSet("exit", TRUE) /\\ FALSE))')
    body = " /\\ ".join(parts) or "TRUE"
    return f"{setup}{CONSTRAINT_NAME} == {body}\n"


def reached(states: int | None, generated: int | None, result: Any) -> bool:
    """Did a run (a ``tlc.TLCResult``) stop at its budget? (TLC counts the state that tripped it.)"""
    return ((states is not None and (result.distinct_states or 0) >= states)
            or (generated is not None and (result.generated_states or 0) >= generated))


@dataclass
class Usage:
    """What one phase's runs explored against its budget; it goes into the phase's details, and
    from there into the result rows (``budget_reached``, ``machine_dependent``)."""

    states: int | None  # the state budget of each run (None: bounded by construction, e.g. windows)
    generated: int | None = None
    runs: int = 0
    explored: int = 0  # distinct states of the largest run
    reached: bool = False  # some run stopped at the state budget: scored on what it explored
    timed_out: bool = False  # some run hit the wall-clock safety net: the result depends on the machine

    def add(self, result: Any) -> None:
        """Count one run (a ``tlc.TLCResult``, or anything with its fields)."""
        self.runs += 1
        self.explored = max(self.explored, result.distinct_states or 0)
        self.reached = self.reached or bool(result.budget_reached)
        self.timed_out = self.timed_out or bool(result.timed_out)

    @property
    def complete(self) -> bool | None:
        """Did every run end by itself, neither cut by a budget nor by the safety net (None: no run)?"""
        return None if not self.runs else not (self.reached or self.timed_out)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"complete": self.complete}
