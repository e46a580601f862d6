"""Run TLC in tool mode and read its messages into a typed result.

Success is decided from the messages (a "no error has been found" message and no error
messages), never from the exit code alone: with ``-continue`` TLC exits 0 after violations, and
some failures (no initial state, config mistakes) do not map cleanly to exit codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sysmoray.tla import budget
from sysmoray.tla.cfg import for_jar, without_check_deadlock
from sysmoray.tla.messages import Code, Location, Message, Severity, TLAError, find_locations, split_messages
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits, ProcessResult, run_java, scratch_dir, write_files
from sysmoray.tla.sany import parse_sany_section
from sysmoray.tla.toolchain import Toolchain


@dataclass(frozen=True)
class Simulation:
    """A seeded random simulation bounded by work: ``traces`` behaviours of at most ``depth``
    steps each (TLC 2.15 reads ``-simulate num=N``, though its -help does not list it; without
    it a simulation runs until killed). With one worker and a fixed seed it walks the same
    behaviours on every machine. It knows no distinct-state budget (TLC keeps no seen-set while
    simulating: ``TLCGet("distinct")`` is undefined there, and registers set in ASSUME or Init
    never reach the simulation's thread), so the trace count and depth are its whole bound."""

    traces: int
    depth: int


@dataclass(frozen=True)
class TLCOptions:
    simulate: Simulation | None = None  # random simulation instead of breadth-first search
    depth_bound: int | None = None  # bound BFS by TLCGet("level") through a wrapper module
    state_budget: int | None = None  # stop after this many distinct states (tla.budget)
    generated_budget: int | None = None  # stop after this many generated states (tla.budget)
    check_deadlock: bool = True
    continue_after_violation: bool = False
    coverage: bool = True
    seed: int = 0
    extra_args: tuple[str, ...] = ()


@dataclass(frozen=True)
class CoverageEntry:
    """One line of TLC's per-action coverage report."""

    name: str
    location: Location  # of the definition's name
    sub_range: Location | None  # inline disjunct of a definition, e.g. of Next
    distinct: int
    generated: int


@dataclass(frozen=True)
class TraceState:
    index: int
    action: str  # "<Initial predicate>" or "<Name line ... of module M>"
    assignments: dict[str, str]  # variable -> TLA+ value text


@dataclass(frozen=True)
class Violation:
    kind: str  # Outcome value
    message: str
    name: str | None  # the invariant or property, when TLC names it
    trace: tuple[TraceState, ...] = ()


@dataclass(frozen=True)
class TLCResult:
    outcome: Outcome
    errors: tuple[TLAError, ...] = ()
    violations: tuple[Violation, ...] = ()
    distinct_states: int | None = None
    generated_states: int | None = None
    depth: int | None = None
    coverage: tuple[CoverageEntry, ...] = ()
    initial_states: int | None = None
    states_left: int | None = None  # on TLC's queue at the end: > 0 when the search was cut short
    budget_reached: bool = False  # the run stopped at its work budget or its heap cap: what it found stands, no more
    wall_s: float = 0.0
    returncode: int | None = None
    output: str = field(default="", repr=False)
    truncated: bool = False  # the output passed the size cap: messages in its middle are lost

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK

    @property
    def timed_out(self) -> bool:
        """The run hit the wall-clock safety net: whatever it says depends on the machine."""
        return self.outcome == Outcome.TIMEOUT


@dataclass(frozen=True)
class RunSummary:
    """What a verdict needs of one TLC run, small enough to travel in a phase's details."""

    outcome: str
    distinct_states: int | None
    budget_reached: bool
    timed_out: bool
    message: str  # the first error or violation, "" when none
    wall_s: float

    @classmethod
    def of(cls, result: TLCResult) -> RunSummary:
        first = result.errors[0].message if result.errors else (result.violations[0].message if result.violations else "")
        return cls(result.outcome.value, result.distinct_states, result.budget_reached, result.timed_out, first,
                   round(result.wall_s, 3))

    def to_dict(self) -> dict:
        return dict(vars(self))


def run_tlc(
    toolchain: Toolchain,
    files: dict[str, str],
    main_module: str,
    cfg_text: str,
    options: TLCOptions = TLCOptions(),
    limits: Limits = Limits(),
) -> TLCResult:
    """Model-check ``main_module`` (its text among ``files``) under ``cfg_text``."""
    files = dict(files)
    root = main_module
    cfg_text = without_check_deadlock(cfg_text)  # the caller's TLCOptions.check_deadlock decides
    cfg_text, _ = for_jar(cfg_text, toolchain.features)  # the note is the screen's (metrics.evaluate)
    bounded = (options.depth_bound, options.state_budget, options.generated_budget) != (None, None, None)
    if options.simulate is not None and bounded:
        # The BFS bounds stop TLC through TLCGet("distinct") and TLCSet("exit"), neither of which
        # works while simulating (the latter calls the model checker, absent there).
        raise ValueError("a simulation is bounded by its traces and depth, not by BFS bounds")
    if bounded:
        root, wrapper, cfg_text = _bounded(main_module, cfg_text, options)
        files[f"{root}.tla"] = wrapper
    files[f"{root}.cfg"] = cfg_text
    args = ["-tool", "-config", f"{root}.cfg", "-metadir", "meta", "-workers", str(limits.workers)]
    args += ["-seed", str(options.seed), "-fp", str(options.seed % 64)]
    if options.simulate is not None:
        args += ["-simulate", f"num={options.simulate.traces}", "-depth", str(options.simulate.depth)]
    if options.coverage:
        # Every minute, and at the end: a run the wall-clock safety net kills keeps what its
        # last report counted (most runs end within the first minute: one report).
        args += ["-coverage", "1"]
    if not options.check_deadlock:
        args.append("-deadlock")  # TLC 2.15: this flag turns deadlock checking *off*
    if options.continue_after_violation:
        args.append("-continue")
    args += [*options.extra_args, f"{root}.tla"]
    with scratch_dir("sysmoray-tlc-") as scratch:
        write_files(scratch, files)
        proc = run_java(toolchain, "tlc2.TLC", args, scratch, limits)
    result = parse_tlc_output(proc, main_module, simulated=options.simulate is not None)
    if result.outcome == Outcome.OUT_OF_MEMORY or (
            budget.reached(options.state_budget, options.generated_budget, result) and not proc.timed_out):
        result = replace(result, budget_reached=True)
    return result


_WRAPPER_PREFIX = "SysmorayBounded"


def _bounded(main_module: str, cfg_text: str, options: TLCOptions) -> tuple[str, str, str]:
    # A wrapper module extends the model and adds the work bound as a constraint, so the model's
    # own text (and every error location in it) stays exactly as written.
    root = f"{_WRAPPER_PREFIX}{main_module}"
    bounds = budget.bound_definitions(options.depth_bound, options.state_budget, options.generated_budget)
    # The bounds compare numbers: Naturals comes in as a LOCAL instance, for a model that does
    # not extend it (TLC's own module instantiates it locally, so EXTENDS TLC does not bring it).
    wrapper = f"---- MODULE {root} ----\nEXTENDS {main_module}, TLC\nLOCAL INSTANCE Naturals\n{bounds}====\n"
    return root, wrapper, cfg_text.rstrip("\n") + f"\nCONSTRAINT {budget.CONSTRAINT_NAME}\n"


_STATS = re.compile(r"([\d,]+) states generated.*?([\d,]+) distinct states found(?:.*?([\d,]+) states left on queue)?", re.S)
_SIMULATED = re.compile(r"([\d,]+) states generated")
_INIT = re.compile(r"([\d,]+) distinct states? generated")
_DEPTH = re.compile(r"depth of the complete state graph search is (\d+)")
_COVERAGE = re.compile(
    r"<(\S+) line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)"
    r"(?: \((\d+) (\d+) (\d+) (\d+)\))?>: (\d+):(\d+)"
)
_NAMED_VIOLATION = re.compile(r"(?:Invariant|Action property|property) (\w+) is violated")
_SANY_ERROR_MARKERS = ("***Parse Error***", "Lexical error", "Fatal errors while parsing")


def parse_tlc_output(proc: ProcessResult, main_module: str, simulated: bool = False) -> TLCResult:
    """``simulated``: the run was a simulation, which prints no "no error has been found"
    message; it succeeded when TLC finished with exit 0 and reported no problem."""
    messages = split_messages(proc.output)
    errors: list[TLAError] = []
    violations: list[Violation] = []
    coverage: list[CoverageEntry] = []
    found: set[Outcome] = set()
    distinct = generated = depth = initial = left = None
    success = False

    i = 0
    while i < len(messages):
        msg = messages[i]
        code = msg.code
        if code == Code.SUCCESS or (simulated and code == Code.FINISHED and proc.returncode == 0):
            success = True
        elif code == Code.SIMULATION_STATS:
            if m := _SIMULATED.search(msg.text):
                generated = _int(m.group(1))  # a simulation counts no distinct states (it prints -1)
        elif code == Code.STATS:
            if m := _STATS.search(msg.text):
                generated, distinct = _int(m.group(1)), _int(m.group(2))
                left = _int(m.group(3)) if m.group(3) else None
        elif code == Code.SEARCH_DEPTH:
            if m := _DEPTH.search(msg.text):
                depth = int(m.group(1))
        elif code == Code.INIT_STATES_GENERATED:
            if m := _INIT.search(msg.text):
                initial = _int(m.group(1))
        elif code == Code.COVERAGE_NEXT:
            if entry := _coverage_entry(msg.text):
                coverage.append(entry)
        elif code == Code.UNFRAMED:
            if any(marker in msg.text for marker in _SANY_ERROR_MARKERS):
                found.add(Outcome.PARSE_ERROR)
                errors.append(TLAError(Outcome.PARSE_ERROR, _first_lines(msg.text), tuple(find_locations(msg.text, main_module))))
            elif "Semantic errors:" in msg.text:
                found.add(Outcome.SEMANTIC_ERROR)
                # SANY's own report, each error with its place (not the "Parsing file" lines above it)
                errors += parse_sany_section(main_module, msg.text).errors
            elif _OUT_OF_MEMORY in msg.text:
                found.add(Outcome.OUT_OF_MEMORY)
                errors.append(TLAError(Outcome.OUT_OF_MEMORY, HEAP_FULL))
        elif code == Code.PARSING_FAILED:
            if not found & {Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR}:
                found.add(Outcome.PARSE_ERROR)
                errors.append(TLAError(Outcome.PARSE_ERROR, msg.text))
        elif code in (Code.CONSTANT_NOT_ASSIGNED, Code.CONFIG_MISSING_DEFINITION, Code.CONFIG_MISSING_INIT):
            found.add(Outcome.CONFIG_ERROR)
            errors.append(TLAError(Outcome.CONFIG_ERROR, msg.text))
        elif code == Code.ASSUMPTION_FALSE:
            found.add(Outcome.ASSUMPTION)
            errors.append(TLAError(Outcome.ASSUMPTION, msg.text, tuple(find_locations(msg.text))))
        elif code in (Code.GENERAL, Code.EVAL_ERROR_INITIAL, Code.ASSUMPTION_EVAL_ERROR, Code.FINGERPRINT_EXCEPTION,
                      Code.SUCCESSOR_UNSPECIFIED, Code.INVARIANT_EVAL_FAILED):
            i, error = _evaluation_error(messages, i)
            found.add(Outcome(error.kind))
            if errors and (errors[-1].kind, errors[-1].message) == (error.kind, error.message):
                # With -continue TLC reports the same exception twice, positions only once.
                earlier = errors.pop()
                best = max(earlier, error, key=lambda e: len(e.locations))
                error = replace(best, state=error.state or earlier.state)
            errors.append(error)
            continue
        elif code in _VIOLATION_KINDS:
            kind = _VIOLATION_KINDS[code]
            i, violation = _violation(messages, i, kind)
            found.add(kind)
            violations.append(violation)
            continue
        elif msg.severity == Severity.ERROR and code not in _BENIGN and simulated:
            # A simulation reports an evaluation error as TLC's bare message (no wrapping
            # exception, no positions), then the behaviour up to the state it was raised in.
            i, error = _evaluation_error(messages, i)
            found.add(Outcome(error.kind))
            errors.append(error)
            continue
        elif msg.severity == Severity.ERROR and code not in _BENIGN:
            found.add(Outcome.CRASH)
            errors.append(TLAError(Outcome.CRASH, f"TLC message {code}: {_first_lines(msg.text)}"))
        i += 1

    if proc.timed_out:
        outcome = Outcome.TIMEOUT
    elif proc.heap_exhausted:
        outcome = Outcome.OUT_OF_MEMORY
        errors.append(TLAError(Outcome.OUT_OF_MEMORY, HEAP_FULL))
    elif proc.flooded:  # killed mid-run: whatever it had found so far is no verdict
        outcome = Outcome.CRASH
        errors.append(TLAError(Outcome.CRASH, "TLC was stopped: the model printed more output than a check may "
                                              "write (Print/PrintT in the model), so the run has no verdict"))
    else:
        outcome = next((o for o in _PRECEDENCE if o in found), None)
        if outcome is None:
            outcome = Outcome.OK if success else Outcome.CRASH
            if not success:
                errors.append(TLAError(Outcome.CRASH, f"TLC ended without a verdict (exit {proc.returncode}): {_tail(proc.output)}"))
    return TLCResult(
        outcome=outcome,
        errors=tuple(errors),
        violations=tuple(violations),
        distinct_states=distinct,
        generated_states=generated,
        depth=depth,
        coverage=tuple(coverage),
        initial_states=initial,
        states_left=left,
        wall_s=proc.wall_s,
        returncode=proc.returncode,
        output=proc.output,
        truncated=proc.truncated,
    )


_VIOLATION_KINDS = {
    Code.INVARIANT_VIOLATED_INITIAL: Outcome.SAFETY_VIOLATION,
    Code.INVARIANT_VIOLATED_BEHAVIOR: Outcome.SAFETY_VIOLATION,
    Code.ACTION_PROPERTY_VIOLATED: Outcome.SAFETY_VIOLATION,
    Code.TEMPORAL_PROPERTY_VIOLATED: Outcome.LIVENESS_VIOLATION,
    Code.DEADLOCK_REACHED: Outcome.DEADLOCK,
}
# Error-severity messages that only frame others (traces, positions).
_BENIGN = {Code.BEHAVIOR_UP_TO_THIS_POINT, Code.NESTED_EXPRESSION, Code.COUNTER_EXAMPLE, Code.BACK_TO_STATE}
# When a run reports several problems, the outcome is the one that says most about the model.
_PRECEDENCE = (
    Outcome.PARSE_ERROR, Outcome.SEMANTIC_ERROR, Outcome.CONFIG_ERROR, Outcome.OUT_OF_MEMORY, Outcome.CRASH,
    Outcome.ASSUMPTION, Outcome.ASSERTION, Outcome.EVALUATION_ERROR, Outcome.SAFETY_VIOLATION,
    Outcome.LIVENESS_VIOLATION, Outcome.DEADLOCK,
)


def _evaluation_error(messages: list[Message], i: int) -> tuple[int, TLAError]:
    """Gather an evaluation error: the exception text, nested messages and positions."""
    parts = [messages[i].text]
    kind = Outcome.EVALUATION_ERROR
    locations: list[Location] = list(find_locations(messages[i].text))
    state: dict[str, str] = {}
    step = ""  # the action of the last step TLC shows
    j = i + 1
    while j < len(messages) and not _ends_group(messages[j]):
        msg = messages[j]
        if msg.code == Code.ASSERT_FAILED:
            kind = Outcome.ASSERTION
        if msg.code in (Code.NESTED_EXPRESSION, Code.FINGERPRINT_EXCEPTION):
            locations += find_locations(msg.text)
        elif msg.code == Code.STATE:
            shown = parse_trace_state(msg.text)
            state, step = shown.assignments, shown.action
        elif msg.code != Code.BEHAVIOR_UP_TO_THIS_POINT:
            parts.append(msg.text)
        j += 1
    if messages[i].code == Code.SUCCESSOR_UNSPECIFIED and not locations:
        # TLC names no position; the step it shows into the half-made state is the action's.
        locations = find_locations(step)
    text = "\n".join(p for p in parts if p)
    if _OUT_OF_MEMORY in text:  # TLC reports its heap filling up as an error in the expression it was evaluating
        return j, TLAError(Outcome.OUT_OF_MEMORY, HEAP_FULL, tuple(locations), state=tuple(state.items()))
    if "ConfigFileException" in text:  # a config TLC cannot read comes through the same message
        kind = Outcome.CONFIG_ERROR
    text = _BOILERPLATE.sub("", text)
    return j, TLAError(kind, _first_lines(text, 8), tuple(locations), state=tuple(state.items()))


_OUT_OF_MEMORY = "java.lang.OutOfMemoryError"
HEAP_FULL = "the model filled TLC's heap (--heap-mb): a bound on work like the state budget, the same on any machine"


_BOILERPLATE = re.compile(
    r"TLC threw an unexpected exception\.\s*This was probably caused by an error in the spec or model\.\s*"
    r"See the User Output or TLC Console for clues to what happened\.\s*(The exception was a [\w.$]+\s*:?\s*)?"
)


# Statistics and coverage messages, and the next problem, end an error's group of messages.
_STOP_CODES = {2185, 2186, 2189, 2190, 2193, 2194, 2199, 2200, 2209, 2201, 2202, 2221, 2268, 2772, 2773, 2774}


def _ends_group(msg: Message) -> bool:
    return msg.code in _STOP_CODES or msg.code in _VIOLATION_KINDS or msg.code == Code.GENERAL


def _violation(messages: list[Message], i: int, kind: Outcome) -> tuple[int, Violation]:
    text = messages[i].text
    name_match = _NAMED_VIOLATION.search(text)
    trace: list[TraceState] = []
    j = i + 1
    while j < len(messages) and messages[j].code in (
        Code.BEHAVIOR_UP_TO_THIS_POINT, Code.COUNTER_EXAMPLE, Code.STATE, Code.STATE_STUTTERING, Code.BACK_TO_STATE,
    ):
        if messages[j].code == Code.STATE:
            trace.append(parse_trace_state(messages[j].text))
        j += 1
    return j, Violation(kind=kind.value, message=text.strip(), name=name_match.group(1) if name_match else None, trace=tuple(trace))


_STATE_HEAD = re.compile(r"^(\d+): (<[^>]*>|\S.*)$", re.M)
_ASSIGN = re.compile(r"^(?:/\\ )?(\w+) = ", re.M)


def parse_trace_state(text: str) -> TraceState:
    lines = text.strip("\n").split("\n", 1)
    head = _STATE_HEAD.match(lines[0])
    index = int(head.group(1)) if head else 0
    action = head.group(2) if head else lines[0]
    body = lines[1] if len(lines) > 1 else ""
    assignments: dict[str, str] = {}
    starts = list(_ASSIGN.finditer(body))
    for k, m in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(body)
        assignments[m.group(1)] = body[m.end() : stop].strip()
    return TraceState(index=index, action=action, assignments=assignments)


def reported_once(key: str, name: str = "SysmorayReported") -> str:
    """TLA+ defining ``name``: FALSE the first time it is evaluated with a given value of ``key``
    (kept in TLC register 1), TRUE after. With -continue, an invariant ``P \\/ name`` then reports
    one broken state per key instead of every one. The register is per worker: run one worker."""
    return (
        "ASSUME TLCSet(1, {})\n"
        f"{name} == IF {key} \\in TLCGet(1) THEN TRUE\n"
        f"    ELSE TLCSet(1, TLCGet(1) \\cup {{{key}}}) /\\ FALSE\n"
    )


_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def string_values(text: str) -> list[str]:
    """The string literals in a value as TLC printed it (e.g. the members of a set of strings)."""
    return _STRING.findall(text)


def int_value(text: str | None) -> int | None:
    """An integer variable's value as TLC printed it in a state, or None."""
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _coverage_entry(text: str) -> CoverageEntry | None:
    m = _COVERAGE.search(text)
    if not m:
        return None
    g = m.groups()
    module = g[5]
    sub = None
    if g[6] is not None:
        sub = Location(module, int(g[6]), int(g[7]), int(g[8]), int(g[9]))
    return CoverageEntry(
        name=g[0],
        location=Location(module, int(g[1]), int(g[2]), int(g[3]), int(g[4])),
        sub_range=sub,
        distinct=int(g[10]),
        generated=int(g[11]),
    )


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _first_lines(text: str, n: int = 6) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return "\n".join(lines[:n])


def _tail(text: str, n: int = 400) -> str:
    return text.strip()[-n:]
