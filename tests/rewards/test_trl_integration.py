"""TRL's GRPOTrainer runs a real training step on CPU with a tiny random Llama and physics_reward."""

import os

import pytest

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
torch = pytest.importorskip("torch", reason="the training extra is not installed: pip install -e '.[train]'")
trl = pytest.importorskip("trl")

from datasets import Dataset  # noqa: E402

from rewards import PhysicsReward, format_reward  # noqa: E402
from training.tiny_model import TinyConfig, save_tiny_model  # noqa: E402


class RecordingReward(PhysicsReward):
    """physics_reward that remembers what TRL passed it."""

    def __call__(self, completions, answer=None, **kwargs):
        rewards = super().__call__(completions, answer=answer, **kwargs)
        self.calls = getattr(self, "calls", []) + [(len(completions), sorted(kwargs), rewards)]
        return rewards


def test_grpo_trainer_runs_a_step_with_physics_reward(tmp_path):
    texts = ["A car moves 12 m in 3 s. Its speed is \\boxed{4 m/s}.", "F = ma = 2*3 = \\boxed{6 N}"] * 20
    model_dir = save_tiny_model(tmp_path / "tiny", texts, TinyConfig(num_hidden_layers=2, hidden_size=64,
                                                                    intermediate_size=128, vocab_size=320))
    dataset = Dataset.from_list([
        {"prompt": [{"role": "user", "content": f"A car moves {3 * i} m in 3 s. What is its speed?"}],
         "answer": f"{i} m/s", "topic": "kinematics"} for i in range(1, 5)])
    reward = RecordingReward(name="physics_reward")
    config = trl.GRPOConfig(output_dir=str(tmp_path / "out"), per_device_train_batch_size=4, num_generations=2,
                            max_completion_length=12, max_steps=1, learning_rate=1e-3, logging_steps=1,
                            report_to="none", use_cpu=True, bf16=False, save_strategy="no", seed=0,
                            dataloader_num_workers=0)
    trainer = trl.GRPOTrainer(model=str(model_dir), reward_funcs=[reward, format_reward], args=config,
                              train_dataset=dataset)
    trainer.train()
    assert trainer.state.global_step == 1
    count, kwargs, rewards = reward.calls[0]
    assert count == 4 and {"topic", "log_metric", "prompts", "completion_ids"} <= set(kwargs)
    logged = trainer.state.log_history[0]
    assert logged["rewards/physics_reward/mean"] == pytest.approx(sum(rewards) / len(rewards))
    assert sum(v for k, v in logged.items() if k.startswith("verdicts/")) == pytest.approx(1.0)
