"""Evaluate one candidate model: extraction, then P1 syntax and P2 runtime.

This is the plain object a CheckerActor wraps; it knows nothing of Ray. Later phases
(conformance, invariants, tier, total) add to the same ``Evaluation``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sysmoray.metrics.phase import PhaseResult
from sysmoray.metrics.runtime import RuntimeConfig, runtime_phase
from sysmoray.metrics.syntax import syntax_phase
from sysmoray.tla.actions import Action, find_actions
from sysmoray.tla.answer import Answer
from sysmoray.tla.cfg import parse_cfg
from sysmoray.tla.messages import TLAError
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.outline import outline
from sysmoray.tla.runner import Limits
from sysmoray.tla.toolchain import Toolchain


@dataclass(frozen=True)
class CheckConfig:
    limits: Limits = Limits()
    runtime: RuntimeConfig = RuntimeConfig()


@dataclass(frozen=True)
class Evaluation:
    module: str | None
    phases: dict[str, PhaseResult]
    actions: tuple[str, ...] = ()
    extraction: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[TLAError]:
        return [e for phase in self.phases.values() for e in phase.errors]

    def to_dict(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "actions": list(self.actions),
            "phases": {name: phase.to_dict() for name, phase in self.phases.items()},
            "errors": [dict(e.to_dict(), phase=name) for name, phase in self.phases.items() for e in phase.errors],
            "extraction": self.extraction,
        }


def evaluate(
    toolchain: Toolchain, answer: Answer, cfg_text: str | None = None, config: CheckConfig = CheckConfig()
) -> Evaluation:
    """Score ``answer`` (an extracted LLM answer or module file). ``cfg_text`` overrides the
    answer's own config."""
    extraction = {
        "outcome": answer.outcome,
        "cfg_source": "given" if cfg_text is not None else answer.cfg_source,
        "dropped": [{"reason": d.reason, "chars": len(d.text)} for d in answer.dropped],
    }
    if answer.module_text is None:
        error = TLAError(Outcome.NO_MODULE, "the answer contains no '---- MODULE Name ----' ... '====' block")
        phases = {
            "syntax": PhaseResult(0.0, Outcome.NO_MODULE, {}, (error,)),
            "runtime": PhaseResult(0.0, Outcome.SKIPPED, {"reason": "no module"}),
        }
        return Evaluation(None, phases, (), extraction)

    cfg_text = cfg_text if cfg_text is not None else answer.cfg_text
    cfg = parse_cfg(cfg_text) if cfg_text is not None else None
    model = outline(answer.module_text)
    actions = find_actions(model, cfg)
    syntax = syntax_phase(toolchain, model, actions, config.limits)
    runtime = _runtime(toolchain, model, cfg_text, actions, syntax, config)
    return Evaluation(model.name, {"syntax": syntax, "runtime": runtime}, tuple(a.name for a in actions), extraction)


def _runtime(
    toolchain: Toolchain, model, cfg_text: str | None, actions: list[Action], syntax: PhaseResult, config: CheckConfig
) -> PhaseResult:
    if syntax.score < 1.0:
        return PhaseResult(0.0, Outcome.SKIPPED, {"reason": "the module does not parse (P1 < 1)"})
    if cfg_text is None:
        error = TLAError(Outcome.NO_CONFIG, "no TLC config: the answer carries none and none was given")
        return PhaseResult(0.0, Outcome.NO_CONFIG, {"reason": error.message}, (error,))
    return runtime_phase(toolchain, model, cfg_text, actions, config.limits, config.runtime)
