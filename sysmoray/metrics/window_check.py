"""Check many trace windows against a model in one TLC run (DESIGN §5).

The model's module is extended by a wrapper whose initial states are the windows' pre-states,
tagged by a window id held in an extra variable. The only step from there is the window's action
with its parameters (then, if the task allows, up to N internal steps of the model's own Next).
The wrapper's invariant, always TRUE, prints each state after a step as the window id and the
set of contract variables in which it differs from the recorded post-state (one line, not the
whole state a violation would print). A window passes if some printed state differs in none.
Thousands of windows share one JVM this way instead of paying a JVM start each. The exploration is bounded
by construction (one step, then at most the task's internal steps, from each pre-state), so it
needs no state budget; runs are counted, and the wall-clock limit of each is only a safety net.

Two stages. A window whose action takes no internal steps is first checked *exactly*: the step
states the recorded post-state before the action (``v' = post /\\ Action``), so TLC tests the
action's assignments instead of enumerating them. A step that may take any of thousands of
values (``votes' \\in [Nodes -> [Nodes -> S]]``) costs one membership test, not thousands of
successor states. The exact stage alone decides pass or fail. A failed window is then
*diagnosed*: the action's successors are enumerated and the closest one's differing variables
recorded (``differs``). Only the first ``diagnosed_per_action`` failed windows of each action, in
the task's window order, are diagnosed: that rule needs every window's verdict, so a sweep
whose windows went out in shards applies it once they are all in (``diagnose_failures``), and
diagnoses are the same however the windows were sharded. A diagnosis never changes a verdict.
Windows with internal steps are checked by enumeration at once (the post-state is reached only
after steps of the model's own choosing). Only the first state of each (window, difference) is
printed (TLC register 1 holds those seen).

TLC stops at the first evaluation error (``-continue`` only continues past violations). The error's
state names the window that raised it; that window is recorded as an error and the run repeats
without the windows already settled.

The windows' states are literals in the wrapper, which SANY and TLC hold in memory whole: windows
go into batches of at most ``max_batch_chars`` characters of literals, one TLC run each (a
function of the windows alone, so the same on every node).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Sequence

from sysmoray.tasks.model import Task
from sysmoray.tasks.values import TLAValueError, to_tla
from sysmoray.tasks.windows import Window
from sysmoray.tla.actions import init_name, next_state_name, relation_definition
from sysmoray.tla.cfg import ModelConfig, parse_cfg
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import Outline, module_files
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import TLCOptions, TLCResult, int_value, run_tlc, string_values
from sysmoray.tla.toolchain import Toolchain

WRAPPER = "SysmorayWindows"
WINDOW_VAR, STEP_VAR, DIFF_VAR = "SysmorayWindow", "SysmorayStep", "SysmorayDiff"

PASS, FAIL, ERROR, TIMEOUT, SKIPPED = Outcome.PASS, Outcome.FAIL, Outcome.ERROR, Outcome.TIMEOUT, Outcome.SKIPPED
REPORT_TAG = "SysmorayReached"
# A reached (window, difference) as the wrapper prints it; TLC may break a long value over lines.
_REPORT = re.compile(r'<<\s*"' + REPORT_TAG + r'",\s*(\d+),\s*(\{[^}]*\})\s*>>')


@dataclass(frozen=True)
class WindowResult:
    window: int  # Window.id
    action: str
    outcome: Outcome  # pass | fail | error | timeout | skipped
    reason: str = ""
    differs: tuple[str, ...] = ()  # on fail: variables the closest reachable state got wrong
    # A fail of the exact stage whose closest state was not (yet) looked for; not a column.
    diagnosed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"window": self.window, "action": self.action, "outcome": self.outcome,
                "reason": self.reason, "differs": list(self.differs)}


@dataclass(frozen=True)
class WindowCheckConfig:
    max_errors_per_action: int = 2  # after that many, an action's unsettled windows are skipped
    max_runs: int = 16  # TLC runs per batch (the reruns after evaluation errors included)
    # Literal text per batch: 1 MB parses in a 1 GiB heap with room; etcd-raft's 1,535 windows
    # in one wrapper (8 MB) do not.
    max_batch_chars: int = 1_000_000
    # Failed windows per action whose closest state is looked for (by enumerating the action's
    # successors: one step that may take many values makes that costly).
    diagnosed_per_action: int = 3


@dataclass(frozen=True)
class ModelShape:
    """What the window wrapper needs to know of the model."""

    module: str
    variables: tuple[str, ...]
    constants: tuple[str, ...]
    arities: dict[str, int]  # definition name -> number of parameters
    next_name: str | None
    init_name: str | None = None
    relation: str = ""  # the definition of next_name when the behaviour's box holds an expression
    siblings: tuple[tuple[str, str], ...] = ()  # the user's modules the model INSTANCEs (``Outline.siblings``)

    def files(self, model_text: str) -> dict[str, str]:
        """The model's files for a run that writes ``model_text`` as the model."""
        return module_files(self.module, model_text, self.siblings)


def model_shape(outline: Outline, cfg: ModelConfig | None) -> ModelShape:
    return ModelShape(
        module=outline.name or "Spec",
        variables=tuple(outline.variables),
        constants=tuple(outline.constants),
        arities={name: len(d.params) for name, d in outline.definitions.items()},
        next_name=next_state_name(outline, cfg),
        init_name=init_name(outline, cfg),
        relation=relation_definition(outline, cfg),
        siblings=outline.siblings,
    )


def missing_variables(task: Task, shape: ModelShape) -> list[str]:
    return [v for v in task.variable_names if v not in shape.variables]


def check_windows(
    toolchain: Toolchain,
    model_text: str,
    shape: ModelShape,
    cfg_text: str | None,
    task: Task,
    windows: Sequence[Window],
    limits: Limits = Limits(),
    config: WindowCheckConfig = WindowCheckConfig(),
    diagnose: bool = True,
) -> list[WindowResult]:
    """One result per window, in the order given. ``diagnose``: look for the closest state of
    failed windows here (False: the caller does it over all shards, ``diagnose_failures``)."""
    results: dict[int, WindowResult] = {}
    missing = missing_variables(task, shape)
    if missing:
        reason = f"the model lacks the contract variable(s) {', '.join(missing)}"
        return [WindowResult(w.id, w.action, FAIL, reason) for w in windows]

    pending: list[Window] = []
    for w in windows:
        reason = _unusable(w, task, shape)
        if reason:
            results[w.id] = WindowResult(w.id, w.action, FAIL, reason)
        else:
            pending.append(w)

    internal = {a.name: a.internal_steps for a in task.actions}
    exact = [w for w in pending if not internal.get(w.action, 0)]
    enumerated = [w for w in pending if internal.get(w.action, 0)]
    errors_per_action: dict[str, list[int]] = {}
    for stage, exactly in ((exact, True), (enumerated, False)):
        _check_stage(toolchain, model_text, shape, cfg_text, task, stage, limits, config, exactly, errors_per_action, results)
    out = [results[w.id] for w in windows]
    if diagnose:
        out = diagnose_failures(toolchain, model_text, shape, cfg_text, task, windows, out, limits, config)
    return out


def diagnose_failures(
    toolchain: Toolchain,
    model_text: str,
    shape: ModelShape,
    cfg_text: str | None,
    task: Task,
    windows: Sequence[Window],
    results: Sequence[WindowResult],
    limits: Limits = Limits(),
    config: WindowCheckConfig = WindowCheckConfig(),
) -> list[WindowResult]:
    """``results`` (one per window of ``windows``, all of a task's checked windows in the task's
    order) with the closest state of the first failed windows of each action looked for."""
    by_id = {w.id: w for w in windows}
    chosen: list[Window] = []
    per_action: dict[str, int] = {}
    for r in sorted(results, key=lambda r: r.window):
        if not r.diagnosed and per_action.get(r.action, 0) < config.diagnosed_per_action:
            per_action[r.action] = per_action.get(r.action, 0) + 1
            chosen.append(by_id[r.window])
    found: dict[int, WindowResult] = {}
    if chosen:
        _check_stage(toolchain, model_text, shape, cfg_text, task, chosen, limits, config, False, {}, found)
    shown = config.diagnosed_per_action

    def explained(r: WindowResult) -> WindowResult:
        if r.diagnosed:
            return r
        d = found.get(r.window)
        if d is None:
            why = f"not diagnosed: only the first {shown} failed windows of an action are"
        elif d.outcome == FAIL:  # the verdict stays the exact stage's; the diagnosis explains it
            return replace(d, outcome=r.outcome)
        else:  # an evaluation error or the safety net while enumerating: no closest state
            why = f"no closest state: enumerating its successors ended in {d.outcome}: {d.reason}"
        return replace(r, reason=f"{r.reason} ({why})", diagnosed=True)

    return [explained(r) for r in results]


def _check_stage(
    toolchain: Toolchain, model_text: str, shape: ModelShape, cfg_text: str | None, task: Task,
    windows: list[Window], limits: Limits, config: WindowCheckConfig, exact: bool,
    errors_per_action: dict[str, list[int]], results: dict[int, WindowResult],
) -> None:
    """Settle ``windows`` into ``results``, batch by batch."""
    try:
        batches = window_batches(task, windows, config.max_batch_chars)
    except TLAValueError as exc:  # a trace value with no TLA+ form: a broken trace, not the model
        results.update({w.id: WindowResult(w.id, w.action, ERROR, f"trace value: {exc}") for w in windows})
        return
    for batch in batches:
        timed_out = _check_batch(toolchain, model_text, shape, cfg_text, task, batch, limits, config, exact,
                                 errors_per_action, results)
        if timed_out:
            why = f"the wall-clock safety net ({limits.timeout_s:g} s) stopped TLC (machine-dependent)"
            results.update({w.id: WindowResult(w.id, w.action, TIMEOUT, why) for w in windows if w.id not in results})
            return


def window_batches(task: Task, windows: Sequence[Window], max_chars: int) -> list[list[Window]]:
    """``windows`` in order, cut into batches of at most ``max_chars`` characters of literals
    (a window bigger than that is a batch of its own). A batch writes each distinct value of a
    variable once (``window_wrapper``), so a value already in the batch costs a few digits."""
    names = task.variable_names
    batches: list[list[Window]] = []
    seen: set[tuple[int, str]] = set()  # (variable, value) already in the last batch
    size = 0

    def cost(texts: set[tuple[int, str]], w: Window) -> int:
        return sum(len(t) for _, t in texts) + _INDEX_CHARS * 2 * len(names) + sum(len(a) for a in w.arg_literals())

    for w in windows:
        texts = {(i, w.literals(state)[v]) for i, v in enumerate(names) for state in ("pre", "post")}
        chars = cost(texts - seen, w)
        if not batches or size + chars > max_chars:
            batches.append([])
            seen, size, chars = set(), 0, cost(texts, w)
        batches[-1].append(w)
        seen |= texts
        size += chars
    return batches


_INDEX_CHARS = 6  # a value's index in a wrapper's table, with its separator


def _check_batch(
    toolchain: Toolchain, model_text: str, shape: ModelShape, cfg_text: str | None, task: Task,
    pending: list[Window], limits: Limits, config: WindowCheckConfig, exact: bool,
    errors_per_action: dict[str, list[int]], results: dict[int, WindowResult],
) -> bool:
    """Settle one batch into ``results``; True when the wall-clock safety net stopped TLC."""
    # An action that raised its share of errors in an earlier batch is not run again.
    capped = {a: ids for a, ids in errors_per_action.items() if len(ids) >= config.max_errors_per_action}
    for w in pending:
        if w.action in capped:
            ids = ", ".join(str(i) for i in capped[w.action])
            results[w.id] = WindowResult(w.id, w.action, SKIPPED, f"not checked: {w.action} raised errors in windows {ids}")
    pending = [w for w in pending if w.action not in capped]
    runs = 0
    while pending:
        if runs >= config.max_runs:
            results.update({w.id: WindowResult(w.id, w.action, SKIPPED, f"not checked: {runs} TLC runs spent") for w in pending})
            return False
        runs += 1
        wrapper = window_wrapper(shape, task, pending, exact)
        result = run_tlc(
            toolchain,
            shape.files(model_text) | {f"{WRAPPER}.tla": wrapper},
            WRAPPER,
            window_cfg(shape, task, cfg_text),
            # -continue: TLC then prints the state an evaluation error happened in, which names its window.
            TLCOptions(check_deadlock=False, continue_after_violation=True, coverage=False),
            # One worker: the reported-set register is per worker. C1 only (tla.jvm): a run is one
            # step from each window, short whatever the model's size (measured on the default
            # sweep's raft and lock models: 40% less CPU, as fast or faster).
            replace(limits, workers=1, short=True),
        )
        settled = _settle(result, pending, errors_per_action, config, exact)
        results.update(settled)
        pending = [w for w in pending if w.id not in settled]
        if result.timed_out:
            return True
        if result.outcome == Outcome.OUT_OF_MEMORY and len(pending) > 1:
            # Each half runs as a batch of its own, down to the window whose step fills the heap
            # (the errors-per-action cap bounds the halving), so that the others are still judged.
            half = len(pending) // 2
            return any(_check_batch(toolchain, model_text, shape, cfg_text, task, part, limits, config, exact,
                                    errors_per_action, results) for part in (pending[:half], pending[half:]))
    return False


def _unusable(window: Window, task: Task, shape: ModelShape) -> str:
    contract = next((a for a in task.actions if a.name == window.action), None)
    if contract is None:
        return f"the trace's action {window.action} is not in the task contract"
    if window.action not in shape.arities:
        return f"the model defines no action {window.action}"
    if shape.arities[window.action] != len(contract.params):
        return (f"the model's {window.action} takes {shape.arities[window.action]} parameter(s), "
                f"the contract gives {len(contract.params)}")
    return ""


def _settle(
    result: TLCResult, pending: list[Window], errors_per_action: dict[str, list[int]], config: WindowCheckConfig,
    exact: bool = False,
) -> dict[int, WindowResult]:
    """Results for the windows this run decided; the others go into the next run."""
    # The wrapper numbers the pending windows 1..n in order; WINDOW_VAR holds that position.
    at = {k: w for k, w in enumerate(pending, start=1)}
    by_id = {w.id: w for w in pending}
    diffs: dict[int, list[frozenset[str]]] = {}
    for m in _REPORT.finditer(result.output):
        window = at.get(int(m.group(1)))
        if window is not None:
            diffs.setdefault(window.id, []).append(frozenset(string_values(m.group(2))))
    settled: dict[int, WindowResult] = {}
    for window_id, found in diffs.items():
        if any(not d for d in found):
            settled[window_id] = WindowResult(window_id, by_id[window_id].action, PASS)

    if result.outcome == Outcome.TIMEOUT or result.truncated:
        # What was reported stands; the rest is decided by the caller (timeout) or by another
        # run over fewer windows (output lost past the size cap).
        return settled
    if result.outcome == Outcome.OK:
        for w in pending:
            if w.id not in settled:
                settled[w.id] = _failure(w, diffs.get(w.id, []), exact)
        return settled

    # An error: charge it to the window whose state it names, or else to all unsettled windows.
    error = result.errors[0] if result.errors else None
    message = error.message if error else f"TLC ended with {result.outcome.value}"
    position = int_value(dict(error.state).get(WINDOW_VAR)) if error else None
    culprit = at[position].id if position in at else None
    unsettled = [w.id for w in pending if w.id not in settled]
    if culprit is None and len(unsettled) == 1:
        culprit = unsettled[0]  # the one window the run still had to judge
    if culprit is None and result.outcome == Outcome.OUT_OF_MEMORY:
        return settled  # one window's step filled the heap, TLC did not say whose: the caller halves the batch
    if culprit is None or culprit in settled:
        for w in pending:
            settled.setdefault(w.id, WindowResult(w.id, w.action, ERROR, f"{result.outcome.value}: {message}"))
        return settled
    action = by_id[culprit].action
    settled[culprit] = WindowResult(culprit, action, ERROR, message)
    errors_per_action.setdefault(action, []).append(culprit)
    if len(errors_per_action[action]) >= config.max_errors_per_action:
        ids = ", ".join(str(i) for i in errors_per_action[action])
        for w in pending:
            if w.action == action and w.id not in settled:
                settled[w.id] = WindowResult(w.id, action, SKIPPED, f"not checked: {action} raised errors in windows {ids}")
    return settled


def _failure(window: Window, diffs: list[frozenset[str]], exact: bool = False) -> WindowResult:
    if exact:  # no step reaches the post-state; which one comes closest, a diagnosis may say
        return WindowResult(window.id, window.action, FAIL, f"no step of {window.action} reaches the post-state",
                            diagnosed=False)
    if not diffs:
        return WindowResult(window.id, window.action, FAIL, f"{window.action} is not enabled in the pre-state")
    closest = min(diffs, key=lambda d: (len(d), sorted(d)))
    return WindowResult(
        window.id, window.action, FAIL,
        f"no step of {window.action} reaches the post-state; the closest differs in {', '.join(sorted(closest))}",
        tuple(sorted(closest)),
    )


def window_wrapper(shape: ModelShape, task: Task, windows: Sequence[Window], exact: bool = False) -> str:
    """The wrapper module that starts TLC from every window's pre-state at once. ``exact``: the
    step first states the post-state's contract variables, then the action (no internal steps):
    TLC evaluates the action's own assignments of them as tests. A contract variable the action
    leaves unconstrained may then take its recorded value, as in TLA+ (enumerating, TLC would
    stop at it as not assigned; the runtime phase still reports that)."""
    names = task.variable_names
    extras = [v for v in shape.variables if v not in names]
    internal = {a.name: a.internal_steps for a in task.actions}
    # A model with variables of its own (not in the traces) starts from its Init, and a first
    # step puts the contract variables at the pre-state: the extra variables keep Init values.
    first = 1 if extras else 0

    # Each distinct value of a variable is written once, in a table; a state is a row of indexes
    # into the tables. Consecutive windows share states and most states share most values, and
    # SANY's parse of literals is what a batch's run mostly costs.
    tables: list[dict[str, int]] = [{} for _ in names]

    def row(literals: dict[str, str]) -> str:
        indexes = (t.setdefault(literals[v], len(t) + 1) for t, v in zip(tables, names))
        return "<<" + ", ".join(map(str, indexes)) + ">>"

    pre = ",\n    ".join(row(w.literals("pre")) for w in windows)
    post = ",\n    ".join(row(w.literals("post")) for w in windows)
    values = ",\n    ".join("<<" + ",\n      ".join(t) + ">>" for t in tables)
    width = len(names)
    args = ",\n    ".join("<<" + ", ".join(w.arg_literals()) + ">>" for w in windows)
    acts = ", ".join(to_tla(w.action) for w in windows)
    steps = ", ".join(str(internal.get(w.action, 0)) for w in windows)
    diff = " \\cup\n    ".join(
        f'(IF {v}\' = SysmorayPost[w][{i}] THEN {{}} ELSE {{"{v}"}})' for i, v in enumerate(names, start=1)
    )
    used = sorted({w.action for w in windows})
    dispatch = "\n    ".join(
        f"\\/ SysmorayAct[w] = {to_tla(a)} /\\ {a}"
        + ("(" + ", ".join(f"SysmorayArgs[w][{k}]" for k in range(1, shape.arities[a] + 1)) + ")" if shape.arities[a] else "")
        for a in used
    )
    at_pre = " /\\ ".join(f"{v} = SysmorayPre[w][{i}]" for i, v in enumerate(names, start=1))
    at_post = "".join(f"{v}' = SysmorayPost[w][{i}] /\\ " for i, v in enumerate(names, start=1)) if exact else ""
    if extras:
        init = f"/\\ {WINDOW_VAR} \\in SysmorayIds\n    /\\ Init"
        to_pre = " /\\ ".join(f"{v}' = SysmorayPre[w][{i}]" for i, v in enumerate(names, start=1))
        place = f"\\/ {STEP_VAR} = 0 /\\ {to_pre} /\\ UNCHANGED <<{', '.join(extras)}>>\n       "
    else:
        init = f"/\\ {WINDOW_VAR} \\in SysmorayIds\n    /\\ LET w == {WINDOW_VAR} IN {at_pre}"
        place = ""
    internal_step = ""
    if not exact and any(internal.get(w.action, 0) for w in windows) and shape.next_name:
        internal_step = (
            f"\n       \\/ {STEP_VAR} > {first} /\\ {STEP_VAR} <= {first} + SysmorayInternal[w]"
            f" /\\ {DIFF_VAR} # {{}} /\\ {shape.next_name}"
        )
    return f"""---- MODULE {WRAPPER} ----
EXTENDS {shape.module}, TLC
LOCAL INSTANCE Naturals
VARIABLES {WINDOW_VAR}, {STEP_VAR}, {DIFF_VAR}
{shape.relation}SysmorayValues == <<
    {values}>>
SysmorayPreRows == <<
    {pre}>>
SysmorayPostRows == <<
    {post}>>
SysmorayState(rows) == [w \\in DOMAIN rows |-> [i \\in 1..{width} |-> SysmorayValues[i][rows[w][i]]]]
SysmorayPre == SysmorayState(SysmorayPreRows)
SysmorayPost == SysmorayState(SysmorayPostRows)
SysmorayArgs == <<
    {args}>>
SysmorayAct == <<{acts}>>
SysmorayInternal == <<{steps}>>
SysmorayIds == DOMAIN SysmorayPre
SysmorayDiffOf(w) ==
    {diff}
SysmorayDo(w) ==
    {dispatch}
SysmorayInit ==
    {init}
    /\\ {STEP_VAR} = 0
    /\\ {DIFF_VAR} = {{"-"}}
SysmorayNext ==
    LET w == {WINDOW_VAR} IN
    /\\ {place}\\/ {STEP_VAR} = {first} /\\ {at_post}SysmorayDo(w){internal_step}
    /\\ {WINDOW_VAR}' = w
    /\\ {STEP_VAR}' = {STEP_VAR} + 1
    /\\ {DIFF_VAR}' = SysmorayDiffOf(w)
ASSUME TLCSet(1, {{}})
SysmorayReport ==
    LET seen == <<{WINDOW_VAR}, {DIFF_VAR}>> IN
    \\/ {STEP_VAR} <= {first}
    \\/ seen \\in TLCGet(1)
    \\/ PrintT(<<"{REPORT_TAG}", {WINDOW_VAR}, {DIFF_VAR}>>) /\\ TLCSet(1, TLCGet(1) \\cup {{seen}})
====
"""


def constants_section(shape: ModelShape, task: Task | None, cfg_text: str | None) -> str:
    """A CONSTANTS section for the model's constants: the contract's values for the names it
    gives (traces were recorded with them), the model's own cfg for the rest, and the cfg's
    overrides of defined operators (``Faded = Faded``, ``Seq <- BoundedSeq``): runs of the model
    under another behaviour still need them (TLC ran the model under this cfg before any of them)."""
    contract = {c.name: f"{c.name} = {c.value}" for c in task.constants} if task is not None else {}
    own = parse_cfg(cfg_text).constant_items() if cfg_text else {}
    items = [contract.get(name) or own.get(name) for name in shape.constants]
    items += [item for name, item in own.items() if name not in shape.constants]
    lines = [item for item in items if item]
    return "CONSTANTS\n" + "".join(f"    {item}\n" for item in lines) if lines else ""


def window_cfg(shape: ModelShape, task: Task, cfg_text: str | None) -> str:
    return f"{constants_section(shape, task, cfg_text)}INIT SysmorayInit\nNEXT SysmorayNext\nINVARIANT SysmorayReport\n"
