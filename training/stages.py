"""The training stages on TRL: SFT on worked solutions, then GRPO with the physics rewards.

Each stage trains into ``output_dir/<stage>-run`` (checkpoints, logs) and saves its result to
``output_dir/<stage>`` (full weights, or the LoRA adapter on top of the base model).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import logging
import math
from pathlib import Path

from training.config import PipelineConfig
from training.data.schema import to_grpo, to_sft
from training.evaluate import load_rows, sample_accuracy
from training.modeling import base_model_path, load_model, load_tokenizer, save_stage, stage_model

logger = logging.getLogger(__name__)


def report_to(cfg: PipelineConfig) -> list[str]:
    if cfg.report_to != "auto":
        return [] if cfg.report_to == "none" else [t.strip() for t in cfg.report_to.split(",")]
    found = [name for name in ("tensorboard", "trackio") if importlib.util.find_spec(name)]
    return found[:1]


def _common(cfg: PipelineConfig, run_dir: Path) -> dict:
    import torch

    cuda = torch.cuda.is_available()
    return dict(output_dir=str(run_dir), seed=cfg.seed, data_seed=cfg.seed, logging_steps=cfg.logging_steps,
                save_steps=cfg.save_steps, save_total_limit=2, report_to=report_to(cfg), use_cpu=not cuda,
                bf16=cuda, dataloader_num_workers=0, disable_tqdm=False)


def _resume_point(cfg: PipelineConfig, run_dir: Path):
    """The checkpoint to resume from with ``--resume``; without it, an earlier run's checkpoints are
    removed first, so that they can neither be rotated in place of new ones nor resumed by mistake."""
    from accelerate import PartialState
    from transformers.trainer_utils import get_last_checkpoint

    last = get_last_checkpoint(str(run_dir)) if run_dir.is_dir() else None
    if cfg.resume:
        if last is None:
            logger.warning("--resume: no checkpoint in %s yet; starting from the beginning", run_dir)
        else:
            logger.info("resuming from %s", last)
        return last
    state = PartialState()
    if last is not None and state.is_main_process:
        logger.warning("%s holds checkpoints of an earlier run: removing them (pass --resume true to continue it)",
                       run_dir)
        for old in run_dir.glob("checkpoint-*"):
            shutil.rmtree(old, ignore_errors=True)
    state.wait_for_everyone()
    return None


def run_sft(cfg: PipelineConfig) -> Path:
    """Supervised fine-tuning on the solution traces (loss on the completion only)."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    base = base_model_path(cfg)
    tokenizer = load_tokenizer(base)
    model = load_model(cfg, base)
    rows = load_rows(cfg, "sft", cfg.sft_limit)
    dataset = Dataset.from_list([to_sft(r) for r in rows])
    run_dir = Path(cfg.output_dir) / "sft-run"
    args = SFTConfig(**_common(cfg, run_dir), num_train_epochs=cfg.sft_epochs, max_steps=cfg.sft_max_steps,
                     learning_rate=cfg.sft_learning_rate, per_device_train_batch_size=cfg.sft_batch_size,
                     max_length=cfg.sft_max_length, completion_only_loss=True, lr_scheduler_type="cosine",
                     warmup_steps=0.05, weight_decay=0.0)
    trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer)
    logger.info("SFT on %d rows, %s steps", len(rows), trainer.args.max_steps if cfg.sft_max_steps > 0 else "epoch-based")
    trainer.train(resume_from_checkpoint=_resume_point(cfg, run_dir))
    _save_log(trainer, run_dir)
    return save_stage(trainer, tokenizer, cfg, "sft", {"rows": len(rows)})


def run_grpo(cfg: PipelineConfig, start: str = "sft") -> Path:
    """GRPO from the ``start`` stage's model with ``physics_reward`` (and ``format_reward``)."""
    from datasets import Dataset
    from trl import GRPOTrainer

    from rewards import FormatReward, PhysicsReward

    weights_path, adapter = stage_model(cfg, start)
    tokenizer = load_tokenizer(adapter or weights_path)
    model = load_model(cfg, weights_path, adapter=adapter)
    _check_sample_accuracy(model, tokenizer, cfg)
    rows = load_rows(cfg, "grpo", cfg.grpo_limit)
    dataset = Dataset.from_list([to_grpo(r) for r in rows])
    run_dir = Path(cfg.output_dir) / "grpo-run"
    rewards = [PhysicsReward(workers=1)] + ([FormatReward()] if cfg.format_reward_weight else [])
    args = grpo_config(cfg, run_dir)
    trainer = GRPOTrainer(model=model, reward_funcs=rewards, args=args, train_dataset=dataset,
                          processing_class=tokenizer)
    logger.info("GRPO from %s: %d steps of %d prompts x %d completions", start, cfg.grpo_max_steps,
                cfg.grpo_prompts_per_step, cfg.num_generations)
    trainer.train(resume_from_checkpoint=_resume_point(cfg, run_dir))
    _save_log(trainer, run_dir)
    return save_stage(trainer, tokenizer, cfg, "grpo", {"start": start})


def grpo_config(cfg: PipelineConfig, run_dir: Path):
    """TRL's GRPOConfig for this run: every objective knob from ``cfg``, and TRL set to optimise the
    objective of ``training/grpo_loss.py`` (no ratio weighting of the KL term)."""
    from trl import GRPOConfig

    from accelerate import PartialState

    # TRL's generation batch is per-device batch x processes x accumulation: split the step's completions
    completions = cfg.grpo_prompts_per_step * cfg.num_generations
    per_device = completions // (cfg.grpo_gradient_accumulation_steps * PartialState().num_processes)
    weights = [1.0] + ([cfg.format_reward_weight] if cfg.format_reward_weight else [])
    return GRPOConfig(**_common(cfg, run_dir), max_steps=cfg.grpo_max_steps, learning_rate=cfg.grpo_learning_rate,
                      per_device_train_batch_size=per_device,
                      gradient_accumulation_steps=cfg.grpo_gradient_accumulation_steps,
                      num_generations=cfg.num_generations, scale_rewards=cfg.scale_rewards, epsilon=cfg.epsilon,
                      beta=cfg.beta, loss_type=cfg.loss_type, max_completion_length=cfg.max_completion_length,
                      temperature=cfg.temperature, mask_truncated_completions=cfg.mask_truncated_completions,
                      reward_weights=weights, lr_scheduler_type="constant", warmup_steps=0, top_k=0, top_p=1.0,
                      use_bias_correction_kl=False, use_vllm=cfg.use_vllm, vllm_mode=cfg.vllm_mode,
                      vllm_gpu_memory_utilization=cfg.vllm_gpu_memory_utilization)


def _check_sample_accuracy(model, tokenizer, cfg: PipelineConfig) -> None:
    """GRPO learns from groups whose rewards differ: from a model that rarely samples a right answer most
    groups are all zero and GRPO tends to make it worse (measured: -10 points from a 26% SFT model)."""
    from accelerate import PartialState

    rows = load_rows(cfg, "grpo", 64)  # spread over every family
    accuracy = sample_accuracy(model, tokenizer, cfg, rows)
    if PartialState().is_main_process:
        Path(cfg.output_dir).mkdir(parents=True, exist_ok=True)
        (Path(cfg.output_dir) / "grpo_start.json").write_text(json.dumps({"sample_accuracy": accuracy}))
    if accuracy < cfg.min_sample_accuracy:
        logger.warning("the starting model samples a right answer only %.0f%% of the time (< %.0f%%): most GRPO "
                       "groups will have no reward spread and GRPO may make it worse; train SFT longer first",
                       100 * accuracy, 100 * cfg.min_sample_accuracy)
    else:
        logger.info("starting sample accuracy %.0f%%", 100 * accuracy)


def _save_log(trainer, run_dir: Path) -> None:
    if not trainer.accelerator.is_main_process:
        return
    history = [{k: v for k, v in entry.items() if isinstance(v, (int, float)) and not math.isnan(v)}
               for entry in trainer.state.log_history]
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "log_history.json").write_text(json.dumps(history, indent=1))
