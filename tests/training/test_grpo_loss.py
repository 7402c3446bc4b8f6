"""The reference GRPO objective, and TRL's GRPOTrainer loss equal to it on crafted log-probs."""

import os

import pytest

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
torch = pytest.importorskip("torch")
trl = pytest.importorskip("trl")

from datasets import Dataset  # noqa: E402

from rewards import physics_reward  # noqa: E402
from training.grpo_loss import group_advantages, grpo_loss  # noqa: E402
from training.tiny_model import TinyConfig, save_tiny_model  # noqa: E402


def test_unscaled_advantages_are_group_centred_rewards():
    assert group_advantages([0.2, 0.7, -0.1, 0.4], 4, "none") == pytest.approx([-0.1, 0.4, -0.4, 0.1])
    assert group_advantages([1, 0, 5, 5], 2, False) == pytest.approx([0.5, -0.5, 0, 0])


def test_scaled_advantages_divide_by_the_sample_std():
    scaled = group_advantages([0.2, 0.7, -0.1, 0.4], 4, "group")
    std = torch.tensor([0.2, 0.7, -0.1, 0.4]).std().item()
    assert scaled == pytest.approx([x / (std + 1e-4) for x in (-0.1, 0.4, -0.4, 0.1)], rel=1e-6)
    assert group_advantages([3, 3, 3], 3, "group") == [0, 0, 0]  # no spread, no signal
    with pytest.raises(ValueError):
        group_advantages([1, 2, 3], 2)


def test_clipping_stops_the_gradient_beyond_epsilon():
    logp = torch.tensor([[0.0, 0.0]], requires_grad=True)
    old = torch.tensor([[-1.0, 0.0]])  # first token's ratio is e > 1 + epsilon
    loss = grpo_loss(logp, old, None, torch.tensor([1.0]), torch.ones(1, 2), epsilon=0.2)
    loss.backward()
    assert logp.grad[0, 0] == 0 and logp.grad[0, 1] != 0


def test_kl_term_is_k3_and_zero_at_the_reference():
    logp = torch.tensor([[-1.0, -2.0]])
    zero = grpo_loss(logp, logp, logp, torch.tensor([0.0]), torch.ones(1, 2), beta=0.5)
    assert zero.item() == pytest.approx(0.0)
    ref = logp + 0.3
    d = 0.3
    assert grpo_loss(logp, logp, ref, torch.tensor([0.0]), torch.ones(1, 2), beta=1.0).item() == \
        pytest.approx(torch.exp(torch.tensor(d)).item() - d - 1, rel=1e-5)


@pytest.fixture(scope="module")
def trainer(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("loss")
    model_dir = save_tiny_model(tmp / "tiny", ["F = m a = 12 N", "p = m v = 6 kg m/s"] * 20,
                                TinyConfig(vocab_size=320, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                                           num_attention_heads=2))
    data = Dataset.from_list([{"prompt": [{"role": "user", "content": "q"}], "answer": "1 m"}] * 4)
    args = trl.GRPOConfig(output_dir=str(tmp / "out"), per_device_train_batch_size=4, num_generations=2,
                          max_completion_length=6, report_to="none", use_cpu=True, bf16=False, epsilon=0.2)
    grpo = trl.GRPOTrainer(model=str(model_dir), reward_funcs=physics_reward, args=args, train_dataset=data)
    grpo.current_gradient_accumulation_steps = 1
    grpo.model.train()
    return grpo


def _crafted(trainer):
    gen = torch.Generator().manual_seed(0)
    batch, prompt_len, length = 4, 3, 6
    vocab = trainer.model.config.vocab_size
    inputs = {"prompt_ids": torch.randint(10, vocab, (batch, prompt_len), generator=gen),
              "prompt_mask": torch.ones(batch, prompt_len, dtype=torch.long),
              "completion_ids": torch.randint(10, vocab, (batch, length), generator=gen),
              "completion_mask": torch.tensor([[1] * 6, [1] * 4 + [0] * 2, [1] * 2 + [0] * 4, [1] * 5 + [0]]),
              "advantages": torch.tensor(group_advantages([0.2, 0.7, -0.1, 0.4], 2, "group"), dtype=torch.float32)}
    with torch.no_grad():
        logp, _, _ = trainer._get_per_token_logps_and_entropies(
            trainer.model, torch.cat([inputs["prompt_ids"], inputs["completion_ids"]], 1),
            torch.cat([inputs["prompt_mask"], inputs["completion_mask"]], 1), length)
    # old and reference policies a little off the current one, so clipping and the KL both act
    inputs["old_per_token_logps"] = logp + 0.3 * torch.randn(logp.shape, generator=gen)
    inputs["ref_per_token_logps"] = logp + 0.2 * torch.randn(logp.shape, generator=gen)
    inputs["num_items_in_batch"] = inputs["completion_mask"].sum()
    return inputs, logp


@pytest.mark.parametrize("loss_type", ["dapo", "bnpo", "grpo", "dr_grpo"])
@pytest.mark.parametrize("beta,ratio_weighted_kl", [(0.0, False), (0.04, False), (0.04, True)])
def test_trl_grpo_trainer_loss_equals_the_reference(trainer, loss_type, beta, ratio_weighted_kl):
    trainer.loss_type, trainer.beta = loss_type, beta
    trainer.args.use_bias_correction_kl = ratio_weighted_kl  # the pipeline sets False: the objective as written
    inputs, logp = _crafted(trainer)
    trl_loss = trainer._compute_loss(trainer.model, dict(inputs))
    ours = grpo_loss(logp, inputs["old_per_token_logps"], inputs["ref_per_token_logps"], inputs["advantages"],
                     inputs["completion_mask"], epsilon=0.2, beta=beta, loss_type=loss_type,
                     max_completion_length=trainer.max_completion_length, kl_ratio_weighted=ratio_weighted_kl)
    assert trl_loss.item() == pytest.approx(ours.item(), rel=1e-5, abs=1e-7)


def test_the_pipeline_configures_trl_to_the_reference_objective():
    from training.cli import parse

    args = parse(["--grpo.num_generations", "4", "--grpo.per_device_train_batch_size", "12", "--grpo.scale_rewards",
                  "none", "--grpo.loss_type", "dr_grpo", "--grpo.beta", "0.1", "--grpo.epsilon", "0.3",
                  "--grpo.temperature", "0.7", "--grpo.max_completion_length", "40"]).grpo
    assert args.use_bias_correction_kl is False  # the default recipe's, kept under other flags
    assert (args.num_generations, args.per_device_train_batch_size) == (4, 12)
    assert (args.scale_rewards, args.loss_type, args.beta, args.epsilon, args.temperature,
            args.max_completion_length) == ("none", "dr_grpo", 0.1, 0.3, 0.7, 40)
    default = parse([]).grpo
    assert default.loss_type == "dapo"  # the default: mean over all tokens
    assert (default.use_bias_correction_kl, default.top_k, default.top_p) == (False, 0, 1.0)
