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
import time
from pathlib import Path

from transformers import TrainerCallback

from training.config import PipelineConfig
from training.data.schema import to_grpo, to_sft
from training.evaluate import load_rows, sample_groups
from training.readiness import NotReadyForGRPO, Readiness
from training.reward_registry import rewards_for
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
    base = base_model_path(cfg)
    return _train_sft(cfg, "sft", base, None, max_steps=cfg.sft_max_steps)


def run_sft_continued(cfg: PipelineConfig, seconds: float) -> Path:
    """The compute-matched control: the SFT model trained further on the same worked solutions for
    ``seconds`` of wall time (what GRPO took), at the SFT learning rate decayed over the steps that fit."""
    weights, adapter = stage_model(cfg, "sft")
    sft = _stage_info(cfg, "sft")
    per_step = sft["train_seconds"] / sft["steps"] if sft.get("steps") and "train_seconds" in sft else 1.0
    steps = max(1, int(seconds / per_step))
    logger.info("sft_continued: %.0f s of further SFT (~%d steps at %.2f s/step)", seconds, steps, per_step)
    return _train_sft(cfg, "sft_continued", weights, adapter, max_steps=steps, seconds=seconds)


def extend_sft(cfg: PipelineConfig) -> Path:
    """``sft_extend_steps`` more SFT steps on the SFT model, saved as the new SFT model (the guard's fix
    for a start GRPO cannot learn from)."""
    weights, adapter = stage_model(cfg, "sft")
    return _train_sft(cfg, "sft", weights, adapter, max_steps=cfg.sft_extend_steps, run_name="sft-extend-run")


def _train_sft(cfg: PipelineConfig, stage: str, weights: str, adapter: str | None, *, max_steps: int,
               seconds: float = 0.0, run_name: str = "") -> Path:
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    tokenizer = load_tokenizer(adapter or weights)
    model = load_model(cfg, weights, adapter=adapter)
    rows = load_rows(cfg, "sft", cfg.sft_limit)
    dataset = Dataset.from_list([to_sft(r) for r in rows])
    run_dir = Path(cfg.output_dir) / (run_name or f"{stage}-run")
    args = SFTConfig(**_common(cfg, run_dir), num_train_epochs=cfg.sft_epochs, max_steps=max_steps,
                     learning_rate=cfg.sft_learning_rate, per_device_train_batch_size=cfg.sft_batch_size,
                     max_length=cfg.sft_max_length, completion_only_loss=True, lr_scheduler_type="cosine",
                     warmup_steps=0.05, weight_decay=0.0)
    callbacks = [WallClockLimit(seconds)] if seconds else []
    trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
                         callbacks=callbacks)
    logger.info("%s on %d rows, %s steps", stage, len(rows), max_steps if max_steps > 0 else "epoch-based")
    started = time.perf_counter()
    trainer.train(resume_from_checkpoint=_resume_point(cfg, run_dir))
    elapsed = time.perf_counter() - started
    _save_log(trainer, run_dir)
    return save_stage(trainer, tokenizer, cfg, stage, {"rows": len(rows), "steps": trainer.state.global_step,
                                                       "train_seconds": elapsed})


def grpo_seconds(cfg: PipelineConfig) -> float:
    """The wall time GRPO's training took in this run (what ``sft_continued`` is matched to)."""
    info = _stage_info(cfg, "grpo")
    if "train_seconds" not in info:
        raise FileNotFoundError(f"no GRPO model with its training time in {Path(cfg.output_dir) / 'grpo'}: "
                                f"sft_continued is matched to GRPO's wall time, so GRPO must run first")
    return float(info["train_seconds"])


def _stage_info(cfg: PipelineConfig, stage: str) -> dict:
    """What ``save_stage`` recorded of a finished stage (``stage.json``); empty when there is none."""
    path = Path(cfg.output_dir) / stage / "stage.json"
    return json.loads(path.read_text()) if path.exists() else {}


class WallClockLimit(TrainerCallback):
    """Stop training once ``seconds`` of wall time have passed since it began."""

    def __init__(self, seconds: float):
        self.seconds, self.started = seconds, None

    def on_train_begin(self, args, state, control, **kwargs):
        self.started = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        if time.perf_counter() - self.started >= self.seconds:
            control.should_training_stop = True
        return control


def run_grpo(cfg: PipelineConfig, start: str = "sft") -> Path:
    """GRPO from the ``start`` stage's model with the recipe's ``reward_funcs`` (see ``rewards_for``)."""
    from datasets import Dataset
    from trl import GRPOTrainer

    weights_path, adapter = stage_model(cfg, start)
    tokenizer = load_tokenizer(adapter or weights_path)
    model = load_model(cfg, weights_path, adapter=adapter)
    if cfg.grpo_guard != "off":
        check_readiness(model, tokenizer, cfg)
    rows = load_rows(cfg, "grpo", cfg.grpo_limit)
    dataset = Dataset.from_list([to_grpo(r) for r in rows])
    run_dir = Path(cfg.output_dir) / "grpo-run"
    rewards, weights = rewards_for(cfg)
    args = grpo_config(cfg, run_dir, weights)
    trainer = GRPOTrainer(model=model, reward_funcs=rewards, args=args, train_dataset=dataset,
                          processing_class=tokenizer)
    logger.info("GRPO from %s: %d steps of %d prompts x %d completions", start, cfg.grpo_max_steps,
                cfg.grpo_prompts_per_step, cfg.num_generations)
    started = time.perf_counter()
    trainer.train(resume_from_checkpoint=_resume_point(cfg, run_dir))
    elapsed = time.perf_counter() - started
    _save_log(trainer, run_dir)
    return save_stage(trainer, tokenizer, cfg, "grpo", {"start": start, "train_seconds": elapsed,
                                                        "steps": trainer.state.global_step})


def grpo_config(cfg: PipelineConfig, run_dir: Path, weights: list[float] | None = None):
    """TRL's GRPOConfig for this run: every objective knob from ``cfg``, and TRL set to optimise the
    objective of ``training/grpo_loss.py`` (no ratio weighting of the KL term)."""
    from trl import GRPOConfig

    from accelerate import PartialState

    # TRL's generation batch is per-device batch x processes x accumulation: split the step's completions
    completions = cfg.grpo_prompts_per_step * cfg.num_generations
    weights = weights if weights is not None else rewards_for(cfg)[1]
    per_device = completions // (cfg.grpo_gradient_accumulation_steps * PartialState().num_processes)
    return GRPOConfig(**_common(cfg, run_dir), max_steps=cfg.grpo_max_steps, learning_rate=cfg.grpo_learning_rate,
                      per_device_train_batch_size=per_device,
                      gradient_accumulation_steps=cfg.grpo_gradient_accumulation_steps,
                      num_generations=cfg.num_generations, num_iterations=cfg.num_iterations,
                      scale_rewards=cfg.scale_rewards, epsilon=cfg.epsilon,
                      beta=cfg.beta, loss_type=cfg.loss_type, max_completion_length=cfg.max_completion_length,
                      temperature=cfg.temperature, mask_truncated_completions=cfg.mask_truncated_completions,
                      reward_weights=weights, lr_scheduler_type="constant", warmup_steps=0, top_k=0, top_p=1.0,
                      use_bias_correction_kl=False, use_vllm=cfg.use_vllm, vllm_mode=cfg.vllm_mode,
                      vllm_gpu_memory_utilization=cfg.vllm_gpu_memory_utilization)


def check_readiness(model, tokenizer, cfg: PipelineConfig) -> Readiness:
    """Sample G completions for ``guard_prompts`` GRPO pool prompts and measure whether GRPO can learn from
    this model (see ``training.readiness``); saved to ``output_dir/grpo_start.json``. Raises
    :class:`NotReadyForGRPO` when it cannot, unless ``grpo_guard`` is ``warn``."""
    from accelerate import PartialState

    rows = load_rows(cfg, "grpo", cfg.guard_prompts)  # spread over every family
    groups = sample_groups(model, tokenizer, cfg, rows, cfg.num_generations)
    readiness = Readiness.from_groups(groups)
    if PartialState().is_main_process:
        Path(cfg.output_dir).mkdir(parents=True, exist_ok=True)
        (Path(cfg.output_dir) / "grpo_start.json").write_text(json.dumps(readiness.to_dict()))
    logger.info("GRPO start on %d pool prompts: sample accuracy %.2f, pass@%d %.2f, zero-spread %.2f",
                readiness.prompts, readiness.sample_accuracy, readiness.group_size, readiness.pass_at_g,
                readiness.zero_spread)
    reason = readiness.problem(min_sample_accuracy=cfg.min_sample_accuracy, max_zero_spread=cfg.max_zero_spread)
    if reason and cfg.grpo_guard != "warn":
        raise NotReadyForGRPO(readiness, reason)
    if reason:
        logger.warning("%s: GRPO may make this model worse (grpo_guard=warn, so it runs anyway)", reason)
    return readiness


def _save_log(trainer, run_dir: Path) -> None:
    if not trainer.accelerator.is_main_process:
        return
    history = [{k: v for k, v in entry.items() if isinstance(v, (int, float)) and not math.isnan(v)}
               for entry in trainer.state.log_history]
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "log_history.json").write_text(json.dumps(history, indent=1))
