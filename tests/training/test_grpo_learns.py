"""GRPO's wiring learns: with a reward for a trivially learnable property of the completion (its share
of digits), the pipeline's GRPO stage raises the training reward within a few dozen steps. This fails
when advantages, the loss or the optimizer step are wired wrongly (a sign flip lowers the reward; a
detached loss leaves it flat)."""

import json
import os
import textwrap

import pytest

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
pytest.importorskip("trl")

from training.cli import main  # noqa: E402

SMOKE_MODEL = ["--tiny.hidden_size", "64", "--tiny.intermediate_size", "128", "--tiny.num_hidden_layers", "2",
               "--tiny.num_attention_heads", "2", "--tiny.vocab_size", "384"]


def test_grpo_raises_a_trivially_learnable_reward(tmp_path, monkeypatch):
    (tmp_path / "digit_reward_module.py").write_text(textwrap.dedent('''
        def digit_reward(completions, **kwargs):
            texts = [c if isinstance(c, str) else c[-1]["content"] for c in completions]
            return [sum(ch.isdigit() for ch in t) / max(1, len(t)) for t in texts]
    '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    out = tmp_path / "run"
    # 4 prompts x G=8 = 32 completions a step
    args = ["grpo", "--output_dir", str(out), *SMOKE_MODEL, "--grpo.reward_funcs", "digit_reward_module:digit_reward",
            "--guard.mode", "off", "--grpo.max_steps", "30", "--grpo.per_device_train_batch_size", "32",
            "--grpo.num_generations", "8", "--grpo.max_completion_length", "16",
            "--grpo.mask_truncated_completions", "false", "--grpo.temperature", "1.0", "--grpo.learning_rate", "0.003",
            "--grpo_limit", "64", "--grpo.logging_steps", "1", "--grpo.save_steps", "1000", "--grpo.report_to", "none"]
    assert main(args) == 0
    log = json.loads((out / "grpo-run" / "log_history.json").read_text())
    rewards = [e["reward"] for e in log if "reward" in e]
    first, last = sum(rewards[:5]) / 5, sum(rewards[-5:]) / 5
    assert len(rewards) == 30
    assert last > first + 0.1 and last > 2 * first, (first, last)
