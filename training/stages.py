"""The training stages on TRL: SFT on worked solutions, then GRPO with the physics rewards.

Each stage trains into ``output_dir/<stage>-run`` (checkpoints, logs) and saves its result to
``output_dir/<stage>`` (full weights, or the LoRA adapter on top of the base model).
"""

from __future__ import annotations

import dataclasses
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
from training import reward_registry
from training.modeling import base_model_path, load_model, load_tokenizer, save_stage, stage_model

logger = logging.getLogger(__name__)


def _last_complete_checkpoint(run_dir: Path) -> str | None:
    """The newest ``checkpoint-N`` in ``run_dir`` that was saved whole, or None. transformers'
    ``get_last_checkpoint`` takes the newest folder even where the run was killed while writing it; the
    Trainer writes ``trainer_state.json`` last, so a checkpoint without it is skipped (with a warning)."""
    if not run_dir.is_dir():
        return None
    found = sorted((int(p.name.split("-")[1]), p) for p in run_dir.glob("checkpoint-*")
                   if p.is_dir() and p.name.split("-")[1].isdigit())
    for _, path in reversed(found):
        if (path / "trainer_state.json").is_file():
            return str(path)
        logger.warning("%s was not saved whole (the run stopped while writing it): skipped", path)
    return None


def _resume_point(cfg: PipelineConfig, run_dir: Path):
    """The checkpoint to resume from with ``--resume``; without it, an earlier run's checkpoints are
    removed first, so that they can neither be rotated in place of new ones nor resumed by mistake."""
    from accelerate import PartialState

    last = _last_complete_checkpoint(run_dir)
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
    return _train_sft(cfg, "sft", base, None)


def run_sft_continued(cfg: PipelineConfig, seconds: float) -> Path:
    """The compute-matched control: the SFT model trained further on the same worked solutions for
    ``seconds`` of wall time (what GRPO took), at the SFT learning rate decayed over the steps that fit."""
    weights, adapter = stage_model(cfg, "sft")
    sft = _stage_info(cfg, "sft")
    per_step = sft["train_seconds"] / sft["steps"] if sft.get("steps") and "train_seconds" in sft else 1.0
    steps = max(1, int(seconds / per_step))
    logger.info("sft_continued: %.0f s of further SFT (~%d steps at %.2f s/step)", seconds, steps, per_step)
    return _train_sft(cfg, "sft_continued", weights, adapter, max_steps=steps, seconds=seconds,
                      run_dir=Path(cfg.output_dir) / "sft_continued-run")


def extend_sft(cfg: PipelineConfig) -> Path:
    """``guard.extend_steps`` more SFT steps on the SFT model, saved as the new SFT model (the guard's fix
    for a start GRPO cannot learn from)."""
    weights, adapter = stage_model(cfg, "sft")
    return _train_sft(cfg, "sft", weights, adapter, max_steps=cfg.guard.extend_steps,
                      run_dir=Path(cfg.output_dir) / "sft-extend-run")


def _train_sft(cfg: PipelineConfig, stage: str, weights: str, adapter: str | None, *, max_steps: int | None = None,
               seconds: float = 0.0, run_dir: Path | None = None) -> Path:
    """SFT with the recipe's ``sft:`` SFTConfig; ``max_steps`` and ``run_dir`` replace its own when given."""
    from datasets import Dataset
    from trl import SFTTrainer

    tokenizer = load_tokenizer(adapter or weights)
    model = load_model(cfg, weights, adapter=adapter)
    rows = load_rows(cfg, "sft", cfg.sft_limit)
    dataset = Dataset.from_list([to_sft(r) for r in rows])
    args = cfg.sft
    if run_dir is not None or max_steps is not None:
        args = dataclasses.replace(args, output_dir=str(run_dir or args.output_dir),
                                   max_steps=args.max_steps if max_steps is None else max_steps)
    run_dir = Path(args.output_dir)
    callbacks = [WallClockLimit(seconds)] if seconds else []
    trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
                         callbacks=callbacks)
    logger.info("%s on %d rows, %s steps", stage, len(rows), args.max_steps if args.max_steps > 0 else "epoch-based")
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
    """GRPO from the ``start`` stage's model with the recipe's ``grpo:`` GRPOConfig and its ``reward_funcs``."""
    from datasets import Dataset
    from trl import GRPOTrainer

    weights_path, adapter = stage_model(cfg, start)
    tokenizer = load_tokenizer(adapter or weights_path)
    model = load_model(cfg, weights_path, adapter=adapter)
    if cfg.guard.mode != "off":
        check_readiness(model, tokenizer, cfg)
    rows = load_rows(cfg, "grpo", cfg.grpo_limit)
    dataset = Dataset.from_list([to_grpo(r) for r in rows])
    args = cfg.grpo
    run_dir = Path(args.output_dir)
    trainer = GRPOTrainer(model=model, reward_funcs=reward_registry.resolve_rewards(args.reward_funcs), args=args,
                          train_dataset=dataset, processing_class=tokenizer)
    logger.info("GRPO from %s: %d steps, generating %d completions at a time (G=%d)", start, args.max_steps,
                args.generation_batch_size, args.num_generations)
    started = time.perf_counter()
    trainer.train(resume_from_checkpoint=_resume_point(cfg, run_dir))
    elapsed = time.perf_counter() - started
    _save_log(trainer, run_dir)
    return save_stage(trainer, tokenizer, cfg, "grpo", {"start": start, "train_seconds": elapsed,
                                                        "steps": trainer.state.global_step})


def check_readiness(model, tokenizer, cfg: PipelineConfig) -> Readiness:
    """Sample G completions for ``guard.prompts`` GRPO pool prompts and measure whether GRPO can learn from
    this model (see ``training.readiness``); saved to ``output_dir/grpo_start.json``. Raises
    :class:`NotReadyForGRPO` when it cannot, unless ``guard.mode`` is ``warn``."""
    from accelerate import PartialState

    rows = load_rows(cfg, "grpo", cfg.guard.prompts)  # spread over every family
    groups = sample_groups(model, tokenizer, cfg, rows, cfg.grpo.num_generations)
    readiness = Readiness.from_groups(groups)
    if PartialState().is_main_process:
        Path(cfg.output_dir).mkdir(parents=True, exist_ok=True)
        (Path(cfg.output_dir) / "grpo_start.json").write_text(json.dumps(readiness.to_dict()))
    logger.info("GRPO start on %d pool prompts: sample accuracy %.2f, pass@%d %.2f, zero-spread %.2f",
                readiness.prompts, readiness.sample_accuracy, readiness.group_size, readiness.pass_at_g,
                readiness.zero_spread)
    reason = readiness.problem(min_sample_accuracy=cfg.guard.min_sample_accuracy,
                               max_zero_spread=cfg.guard.max_zero_spread)
    if reason and cfg.guard.mode != "warn":
        raise NotReadyForGRPO(readiness, reason)
    if reason:
        logger.warning("%s: GRPO may make this model worse (guard.mode=warn, so it runs anyway)", reason)
    return readiness


def _save_log(trainer, run_dir: Path) -> None:
    if not trainer.accelerator.is_main_process:
        return
    history = [{k: v for k, v in entry.items() if isinstance(v, (int, float)) and not math.isnan(v)}
               for entry in trainer.state.log_history]
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "log_history.json").write_text(json.dumps(history, indent=1))
