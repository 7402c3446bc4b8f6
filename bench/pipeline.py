"""Where the default run's time and memory go: per stage wall time and peak memory, tokens per second in
SFT and in GRPO generation, and the share of a GRPO step spent computing rewards (goal: under 2%).

    python bench/pipeline.py                       # a shortened default run in runs/bench-pipeline
    python bench/pipeline.py -- --grpo.max_steps 40   # flags after -- go to every stage

Each stage runs in its own process (``python bench/pipeline.py --stage NAME``), so its peak resident
memory is its own. Rewards and generation are timed by wrapping them in the GRPO process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# a shortened default run: its SFT model is too weak for the GRPO start check, which is not what is timed
SHORT = ["--sft.max_steps", "60", "--grpo.max_steps", "10", "--eval.limit", "200", "--eval.pass_k", "0",
         "--guard.mode", "warn"]


def _timed_rewards(totals: dict):
    """Wrap the registry's rewards so each call's time adds to ``totals["reward_s"]``."""
    from training import reward_registry

    original = reward_registry.resolve_rewards

    def resolve(names):
        rewards = []
        for reward in original(names):
            def timed(completions, _reward=reward, **kwargs):
                started = time.perf_counter()
                try:
                    return _reward(completions, **kwargs)
                finally:
                    totals["reward_s"] += time.perf_counter() - started
            timed.__name__ = getattr(reward, "__name__", type(reward).__name__)
            rewards.append(timed)
        return rewards

    reward_registry.resolve_rewards = resolve


def _timed_generation(totals: dict):
    """Count the tokens and time of every ``generate`` call (GRPO's sampling and the start check)."""
    from transformers.generation.utils import GenerationMixin

    original = GenerationMixin.generate

    def generate(self, *args, **kwargs):
        started = time.perf_counter()
        out = original(self, *args, **kwargs)
        totals["generate_s"] += time.perf_counter() - started
        prompt = kwargs.get("input_ids", args[0] if args else None)
        sequences = getattr(out, "sequences", out)
        if prompt is not None:
            totals["generated_tokens"] += int(sequences.shape[0] * (sequences.shape[1] - prompt.shape[1]))
        return out

    GenerationMixin.generate = generate


def run_stage(stage: str, flags: list[str]) -> dict:
    """Run one stage in this process and return its figures."""
    from training.runtime import setup

    setup()
    from training.cli import main

    totals = {"reward_s": 0.0, "generate_s": 0.0, "generated_tokens": 0}
    if stage == "grpo":
        _timed_rewards(totals)
        _timed_generation(totals)
    started = time.perf_counter()
    command = {"sft": "sft", "grpo": "grpo", "eval": "eval"}[stage]
    code = main([command, *flags] + (["--eval.stages", "grpo"] if stage == "eval" else []))
    wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"stage": stage, "exit": code, "wall_s": wall, "peak_rss_mb": peak_mb, **totals}


def _log(out: Path, name: str) -> list[dict]:
    path = out / f"{name}-run" / "log_history.json"
    return json.loads(path.read_text()) if path.exists() else []


def main() -> int:
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--output_dir", default=str(ROOT / "runs" / "bench-pipeline"))
    args = parser.parse_args(argv)
    flags = ["--output_dir", args.output_dir, "--sft.report_to", "none", "--grpo.report_to", "none", *SHORT, *extra]
    if args.stage:
        print(json.dumps(run_stage(args.stage, flags)))
        return 0
    results = {}
    for stage in ("sft", "grpo", "eval"):
        env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
        proc = subprocess.run([sys.executable, __file__, "--stage", stage, "--", *extra, "--output_dir",
                               args.output_dir], capture_output=True, text=True, env=env, cwd=ROOT)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode or not lines:
            print(f"stage {stage} failed:\n{proc.stderr[-2000:]}")
            return 1
        results[stage] = json.loads(lines[-1])
    out = Path(args.output_dir)
    sft_log, grpo_log = _log(out, "sft"), _log(out, "grpo")
    sft_tokens = max((e.get("num_tokens", 0) for e in sft_log), default=0)
    sft_train = next((e["train_runtime"] for e in sft_log if "train_runtime" in e), 0)
    grpo_train = next((e["train_runtime"] for e in grpo_log if "train_runtime" in e), 0)
    grpo = results["grpo"]
    print("| stage | wall (s) | peak memory (MB) |\n| --- | --- | --- |")
    for stage, r in results.items():
        print(f"| {stage} | {r['wall_s']:.1f} | {r['peak_rss_mb']:.0f} |")
    print(f"\nSFT: {sft_tokens / sft_train:,.0f} tokens/s (prompt and completion, {sft_train:.1f} s of training)"
          if sft_train else "\nSFT: no training log")
    if grpo["generate_s"]:
        print(f"GRPO generation: {grpo['generated_tokens'] / grpo['generate_s']:,.0f} tokens/s "
              f"({grpo['generated_tokens']:,} tokens in {grpo['generate_s']:.1f} s, the start check included)")
    if grpo_train:
        share = grpo["reward_s"] / grpo_train
        print(f"GRPO rewards: {grpo['reward_s']:.3f} s of {grpo_train:.1f} s of GRPO training = {100 * share:.2f}% "
              f"of a step (goal < 2%: {'met' if share < 0.02 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
