"""``physics-grpo {sft,grpo,eval,run} [--config recipe.yaml] [--flag value ...]``.

``physics-grpo run`` with no arguments builds the tiny model from the bundled data, runs SFT, GRPO and
the evaluations, and writes ``runs/tiny-cpu/report.{json,md}`` with plots (the recipe
``recipes/tiny-cpu.yaml``). Recipes name TRL's own fields per stage (``sft:``, ``grpo:``, ``model:``...) and
flags win over them: ``--output_dir DIR`` for the run, ``--grpo.epsilon_high 0.28`` for a block's field
(``training/recipe.py``); ``--grpo.help`` lists a block's fields. A bad recipe or flag exits with status 2
before any model is loaded.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time

from training.runtime import setup

logger = logging.getLogger("physics_grpo")
COMMANDS = ("sft", "grpo", "eval", "run")


def parse(argv: list[str]):
    """The run's configuration from ``argv`` (``--config RECIPE`` and flags); see ``training.recipe``."""
    from training.recipe import load_recipe

    return load_recipe(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not argv or argv[0] not in COMMANDS:
        if argv and argv[0] in ("-h", "--help"):
            print(__doc__)
            return 0
        argv = ["run"] + argv
    command, rest = argv[0], argv[1:]
    setup()  # OMP_WAIT_POLICY before torch is imported
    from training.config import ConfigError

    try:
        cfg = parse(rest)
        stages = {"sft": ["sft"], "grpo": ["grpo"], "eval": ["eval"],
                  "run": [*cfg.stages, "eval"]}[command]
        cfg.validate(stages=stages)
    except ConfigError as exc:
        logger.error("%s", exc)
        return 2
    setup(cfg.torch_threads)
    from transformers import set_seed

    set_seed(cfg.seed)
    return {"sft": _sft, "grpo": _grpo, "eval": _eval, "run": _run}[command](cfg)


def _sft(cfg) -> int:
    from training.stages import run_sft

    run_sft(cfg)
    return 0


def _grpo(cfg) -> int:
    from training.readiness import NotReadyForGRPO
    from training.stages import run_grpo

    try:
        run_grpo(cfg, _grpo_start(cfg))
    except NotReadyForGRPO as exc:
        logger.error("%s", exc)
        return 3
    return 0


def _grpo_start(cfg) -> str:
    """GRPO starts from the SFT model when there is one, else (with a warning) from the base model."""
    from training.modeling import stage_model

    try:
        stage_model(cfg, "sft")
        return "sft"
    except FileNotFoundError:
        logger.warning("no SFT model in %s: GRPO starts from the base model", cfg.output_dir)
        return "base"


def _eval(cfg, stages=None, report=None) -> int:
    from accelerate import PartialState

    from training.evaluate import evaluate_model, load_rows
    from training.modeling import load_model, load_tokenizer, stage_model
    from training.report import add_comparisons, load_report, write_report

    if not PartialState().is_main_process:  # under accelerate, one process evaluates and writes the report
        return 0
    report = report if report is not None else load_report(cfg.output_dir)
    rows = load_rows(cfg, "test", cfg.eval.limit)
    for stage in stages or cfg.eval.stages:
        try:
            weights, adapter = stage_model(cfg, stage)
        except FileNotFoundError as exc:
            logger.warning("%s; skipping its evaluation", exc)
            continue
        started = time.perf_counter()
        model = load_model(cfg, weights, adapter=adapter, trainable=False)
        tokenizer = load_tokenizer(adapter or weights)
        # an untrained model's sampled pass@k tells nothing and costs as much as a trained one's
        no_sampling = dataclasses.replace(cfg.eval, pass_k=0)
        stage_cfg = cfg if stage != "base" else dataclasses.replace(cfg, eval=no_sampling)
        report["stages"][stage] = evaluate_model(model, tokenizer, stage_cfg, rows, stage)
        report.setdefault("timings", {})[f"eval_{stage}"] = time.perf_counter() - started
    report["config"] = cfg.to_dict()
    _attach_logs(cfg, report)
    add_comparisons(cfg.output_dir, report)
    write_report(cfg.output_dir, report)
    return 0


def _run(cfg) -> int:
    from accelerate import PartialState

    from training.readiness import NotReadyForGRPO
    from training.report import load_report, write_report

    # a fresh report for a fresh run; --resume keeps what the interrupted run had measured
    report = load_report(cfg.output_dir) if cfg.resume else {"stages": {}}
    timings = report.setdefault("timings", {})
    try:
        for stage in cfg.stages:
            started = time.perf_counter()
            _run_stage(cfg, stage)
            timings[stage] = time.perf_counter() - started
    except NotReadyForGRPO as exc:
        logger.error("%s", exc)
        report["stopped"] = str(exc)
        if PartialState().is_main_process:
            write_report(cfg.output_dir, report)
        return 3
    if PartialState().is_main_process:
        write_report(cfg.output_dir, report)
    return _eval(cfg, report=report)


def _run_stage(cfg, stage: str) -> None:
    """One training stage of ``physics-grpo run``; GRPO's start is checked first (``guard.mode``)."""
    from training.readiness import NotReadyForGRPO
    from training.stages import extend_sft, grpo_seconds, run_grpo, run_sft, run_sft_continued

    if stage == "sft":
        run_sft(cfg)
    elif stage == "sft_continued":
        run_sft_continued(cfg, grpo_seconds(cfg))
    elif stage == "grpo":
        start = _grpo_start(cfg)
        try:
            run_grpo(cfg, start)
        except NotReadyForGRPO as exc:
            if cfg.guard.mode != "extend" or start != "sft" or not cfg.guard.extend_steps:
                raise
            logger.warning("%s: training SFT %d steps more, then checking again", exc.reason, cfg.guard.extend_steps)
            extend_sft(cfg)
            run_grpo(cfg, start)


def _attach_logs(cfg, report: dict) -> None:
    from pathlib import Path

    log = Path(cfg.grpo.output_dir) / "log_history.json"
    if log.exists():
        report["grpo_log"] = json.loads(log.read_text())
    start = Path(cfg.output_dir) / "grpo_start.json"
    if start.exists():
        report["grpo_start"] = json.loads(start.read_text())


if __name__ == "__main__":
    sys.exit(main())
