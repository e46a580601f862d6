"""sysmoray as a library and a reward (issue 35): ``sysmoray.score``, ``Scorer``, and the reward
adapters, down to a real TRL ``GRPOTrainer`` training the tiny model the tests build on CPU."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sysmoray
from sysmoray.reward import TIER_REWARD, compute_score, reward_of, trl_reward
from sysmoray.tasks.loader import BUILTIN_TASKS_DIR
from tests.tiny_model import build_tiny_model

PETERSON = (BUILTIN_TASKS_DIR / "peterson" / "reference" / "Peterson.tla").read_text()
README = Path(__file__).resolve().parent.parent / "README.md"
LCR = (BUILTIN_TASKS_DIR / "lcr-election" / "reference" / "LcrElection.tla").read_text()
# The reference with its module cut short: it parses in part (P1 0.5 per action), runs nowhere.
LCR_CUT = LCR[: LCR.index("====")].rsplit("\n", 3)[0] + "\n"


def test_the_package_face_is_small_and_scores_an_answer_as_check_does():
    assert "score" in sysmoray.__all__ and "Scorer" in sysmoray.__all__ and len(sysmoray.__all__) <= 16
    assert set(sysmoray.__all__) == {"__version__", *sysmoray._EXPORTS}  # every listed name loads
    assert all(getattr(sysmoray, name) is not None for name in sysmoray.__all__)
    answer = f"Here is my model.\n```tla\n{PETERSON}```\n"
    result = sysmoray.score(answer, "peterson")
    assert isinstance(result, sysmoray.Evaluation)
    assert result.total == 1.0 and result.tier.tier == "diamond" and result.phases["runtime"].score == 1.0
    assert result.to_dict()["total"] == 1.0
    refused = sysmoray.score("I cannot write TLA+.", "peterson")
    assert refused.total == 0.0 and refused.phases["syntax"].outcome == sysmoray.Outcome.NO_MODULE


def test_a_scorer_scores_many_in_order_once_per_distinct_text():
    scorer = sysmoray.Scorer()
    items = [sysmoray.ScoreItem(PETERSON, "peterson"), sysmoray.ScoreItem("no model", "peterson"),
             sysmoray.ScoreItem(PETERSON, "peterson"), sysmoray.ScoreItem(LCR_CUT, "lcr-election")]
    results = scorer.score_many(items, workers=2)
    assert [r.total for r in results[:3]] == [1.0, 0.0, 1.0] and 0.0 < results[3].total < 1.0
    assert results[0] is results[2]  # the same text of the same task was checked once
    assert scorer.score(LCR_CUT, "lcr-election") is results[3]


def test_reward_shapes_and_verls_signature():
    good, cut = sysmoray.score(LCR, "lcr-election"), sysmoray.score(LCR_CUT, "lcr-election")
    assert reward_of(sysmoray.score(PETERSON, "peterson"), "tier") == TIER_REWARD["diamond"] == 1.0
    assert reward_of(cut, "tier") == TIER_REWARD["bronze"] == 0.25
    assert reward_of(cut, "repair", previous=good) == pytest.approx(cut.total - 1.0)
    assert compute_score("sysmoray", LCR, "lcr-election") == 1.0
    assert compute_score("sysmoray", LCR, None, {"task": "lcr-election", "shape": "repair", "previous": LCR_CUT}) \
        == pytest.approx(1.0 - cut.total)
    with pytest.raises(ValueError, match="unknown reward shape"):
        trl_reward(shape="bleu")


def test_trls_grpo_trainer_trains_on_the_sysmoray_reward_and_logs_its_values(tmp_path: Path):
    datasets = pytest.importorskip("datasets")
    trl = pytest.importorskip("trl")
    model = build_tiny_model(tmp_path / "model")
    # The tiny model's completions are not TLA+: the repair shape (each completion against the
    # answer it would repair) makes the rewards differ per task and say something.
    dataset = datasets.Dataset.from_dict({
        "prompt": ["Model Peterson's algorithm in TLA+.", "Model LCR leader election in TLA+."],
        "task": ["peterson", "lcr-election"],
        "previous": [PETERSON, LCR_CUT],
    })
    seen: list[tuple[str, str, str]] = []
    reward, total = trl_reward(shape="repair"), trl_reward()

    def recorded(completions, **columns):
        seen.extend(zip(completions, columns["task"], columns["previous"]))
        return reward(completions, **columns)

    recorded.__name__ = reward.__name__
    config = trl.GRPOConfig(
        output_dir=str(tmp_path / "out"), use_cpu=True, bf16=False, report_to="none", save_strategy="no",
        per_device_train_batch_size=2, num_generations=2, max_completion_length=8, max_steps=2,
        logging_steps=1, seed=0, learning_rate=1e-3,
    )
    trainer = trl.GRPOTrainer(model=str(model), reward_funcs=[total, recorded], args=config, train_dataset=dataset)
    trainer.train()

    def logged(name: str) -> list[float]:
        return [log[f"rewards/{name}/mean"] for log in trainer.state.log_history if f"rewards/{name}/mean" in log]

    assert len(logged(reward.__name__)) == 2 and {task for _, task, _ in seen} == {"peterson", "lcr-election"}
    # What the trainer logged is sysmoray.score's, completion by completion, step by step.
    totals = [sysmoray.score(c, task).total for c, task, _ in seen]
    expected = [t - sysmoray.score(prev, task).total for t, (_, task, prev) in zip(totals, seen)]
    mean = lambda values: [sum(values[i:i + 2]) / 2 for i in range(0, len(values), 2)]  # noqa: E731
    assert logged(total.__name__) == pytest.approx(mean(totals))
    assert logged(reward.__name__) == pytest.approx(mean(expected))
    assert {round(e, 6) for e in expected} <= {-1.0, round(-sysmoray.score(LCR_CUT, "lcr-election").total, 6)}


EXAMPLE = re.compile(r"<!-- readme-example: (?P<name>[\w-]+) -->\n```python\n(?P<code>.*?)```", re.S)


def test_the_readmes_library_and_reward_examples_run_as_written(capsys):
    examples = {m["name"]: m["code"] for m in EXAMPLE.finditer(README.read_text(encoding="utf-8"))}
    assert set(examples) == {"library", "reward"}
    namespace: dict = {}
    for name in ("library", "reward"):  # the reward example uses the library's answer
        exec(compile(examples[name], f"README:{name}", "exec"), namespace)
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["1.0 diamond 1.0", "[(1.0, 'ok'), (0.0, 'no_module')]", "[1.0, 0.0]", "1.0"]


def test_score_many_on_a_ray_cluster_gives_the_evaluations_of_this_process():
    ray = pytest.importorskip("ray")
    items = [sysmoray.ScoreItem(PETERSON, "peterson"), sysmoray.ScoreItem(LCR_CUT, "lcr-election"),
             sysmoray.ScoreItem("not TLA+", "peterson")]
    with pytest.raises(RuntimeError, match="ray.init"):
        sysmoray.Scorer().score_many(items, ray=True)
    ray.init(address="local", num_cpus=2, log_to_driver=False)
    try:
        remote = sysmoray.Scorer().score_many(items, ray=True)
    finally:
        ray.shutdown()
    local = sysmoray.Scorer().score_many(items)
    def verdict(r: sysmoray.Evaluation) -> tuple:  # everything but the seconds each run took
        return r.total, r.tier.tier, r.tier.reason, {n: (p.score, p.outcome) for n, p in r.phases.items()}

    assert [verdict(r) for r in remote] == [verdict(r) for r in local] and remote[0].total == 1.0
