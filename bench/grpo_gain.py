"""Does GRPO with our rewards beat SFT and compute-matched SFT? The default run for several seeds.

Runs ``physics-grpo run`` (the default recipe: tiny model, bundled data) once per seed, one after
another, and writes a summary table: per seed and on average, each stage's greedy accuracy on the
held-out test split, both gains (``grpo`` - ``sft`` and ``grpo`` - ``sft_continued``) with their paired
95% intervals, and the wall time.

    python bench/grpo_gain.py                      # seeds 0 1 2, writes docs/results/grpo_gain.{md,json}
    python bench/grpo_gain.py --seeds 0 --out /tmp/x -- --grpo.max_steps 10   # flags after -- go to the run

Each run is a separate process (``physics-grpo run --seed S --output_dir runs/grpo-gain/seed-S``); a run
that fails is reported as failed and the others still run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("sft", "sft_continued", "grpo")
GAINS = ("grpo_vs_sft", "grpo_vs_sft_continued")
logger = logging.getLogger("grpo_gain")


def run_seed(seed: int, runs_dir: Path, extra: list[str]) -> dict:
    out = runs_dir / f"seed-{seed}"
    cmd = [sys.executable, "-m", "training.cli", "run", "--seed", str(seed), "--output_dir", str(out), *extra]
    logger.info("seed %d: %s", seed, " ".join(cmd))
    started = time.perf_counter()
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
    code = subprocess.run(cmd, cwd=ROOT, env=env).returncode
    wall = time.perf_counter() - started
    report_path = out / "report.json"
    if code != 0 or not report_path.exists():
        return {"seed": seed, "failed": f"exit status {code}", "wall_s": wall}
    report = json.loads(report_path.read_text())
    return {"seed": seed, "wall_s": wall, "n": report["stages"]["grpo"]["n"],
            "accuracy": {s: report["stages"][s]["accuracy"] for s in STAGES if s in report["stages"]},
            "gains": {g: report["comparisons"][g] for g in GAINS if g in report.get("comparisons", {})},
            "grpo_start": report.get("grpo_start"), "timings": report.get("timings", {})}


def keep(run: Path, dest: Path) -> None:
    """Copy a run's report (markdown, JSON, plots) to ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("report.md", "report.json", "grpo_reward.png", "accuracy_by_stage.png"):
        if (run / name).exists():
            shutil.copyfile(run / name, dest / name)


def summary_table(results: list[dict]) -> list[str]:
    done = [r for r in results if "failed" not in r]
    lines = ["| seed | n | sft | sft_continued | grpo | grpo - sft [95% CI] | grpo - sft_continued [95% CI] | "
             "wall (min) |", "|" + " --- |" * 8]
    for r in results:
        if "failed" in r:
            lines.append(f"| {r['seed']} | failed: {r['failed']} |" + " |" * 6)
            continue
        acc, gains = r["accuracy"], r["gains"]
        cells = [f"{acc.get(s, float('nan')):.3f}" for s in STAGES]
        cells += [f"{gains[g]['difference']:+.3f} [{gains[g]['low']:+.3f}, {gains[g]['high']:+.3f}]"
                  if g in gains else "-" for g in GAINS]
        lines.append(f"| {r['seed']} | {r['n']} | " + " | ".join(cells) + f" | {r['wall_s'] / 60:.1f} |")
    if done:
        mean = lambda values: sum(values) / len(values)  # noqa: E731
        cells = [f"{mean([r['accuracy'].get(s, 0) for r in done]):.3f}" for s in STAGES]
        cells += [f"{mean([r['gains'][g]['difference'] for r in done if g in r['gains']]):+.3f}" for g in GAINS]
        lines.append(f"| mean | {done[0]['n']} | " + " | ".join(cells) +
                     f" | {mean([r['wall_s'] for r in done]) / 60:.1f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--runs", default=str(ROOT / "runs" / "grpo-gain"), help="where the runs go")
    parser.add_argument("--out", default=str(ROOT / "docs" / "results"), help="where grpo_gain.{md,json} go")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    results = [run_seed(seed, Path(args.runs), extra) for seed in args.seeds]
    out = Path(args.out)
    for seed in args.seeds:  # each run's own report beside the summary, so its figures are committed too
        keep(Path(args.runs) / f"seed-{seed}", out / "grpo_gain_runs" / f"seed-{seed}")
    command = "python bench/grpo_gain.py " + " ".join(sys.argv[1:])
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}"
    header = [f"# GRPO gain over SFT and compute-matched SFT ({len(args.seeds)} seeds)", "",
              f"Command: `{command.strip()}`  ", f"Machine: {machine}  ",
              f"Date: {datetime.date.today().isoformat()}", "",
              "Greedy accuracy on the held-out test split; gains are paired differences on the same problems with "
              "95% paired-bootstrap intervals. `sft_continued` is the SFT model trained further on the SFT data for "
              "the wall time GRPO took.", ""]
    text = "\n".join(header + summary_table(results)) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    (out / "grpo_gain.md").write_text(text)
    (out / "grpo_gain.json").write_text(json.dumps({"command": command, "machine": machine, "results": results},
                                                   indent=2))
    print(text)
    return 0 if all("failed" not in r for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
