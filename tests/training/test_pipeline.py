"""The pipeline end to end on CPU: the smoke recipe through the CLI, the 4-bit QLoRA path, resuming an
interrupted run, and two processes under accelerate."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
pytest.importorskip("trl")

from training.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SMOKE = str(ROOT / "recipes/smoke.yaml")


def test_smoke_run_builds_trains_evaluates_and_reports(tmp_path):
    out = tmp_path / "run"
    assert main(["run", "--config", SMOKE, "--output_dir", str(out)]) == 0
    report = json.loads((out / "report.json").read_text())
    assert set(report["stages"]) == {"base", "sft", "sft_continued", "grpo"}
    for name, stage in report["stages"].items():
        assert 0.0 <= stage["accuracy"] <= 1.0 and stage["n"] == 16 and stage["topics"] and stage["levels"]
        low, high = stage["interval"]
        assert low <= stage["accuracy"] <= high
        assert ("pass@2" in stage) == (name != "base")  # an untrained model's samples are not worth their cost
        rows = [json.loads(line) for line in (out / "eval" / f"{name}.jsonl").read_text().splitlines()]
        assert len(rows) == 16 and sum(r["correct"] for r in rows) == round(stage["accuracy"] * 16)
        assert set(rows[0]) == {"id", "topic", "level", "completion", "extracted", "status", "correct"}
    assert set(report["comparisons"]) == {"grpo_vs_sft", "grpo_vs_sft_continued", "sft_continued_vs_sft"}
    gain = report["comparisons"]["grpo_vs_sft"]
    assert gain["difference"] == round(report["stages"]["grpo"]["accuracy"] - report["stages"]["sft"]["accuracy"], 4)
    assert gain["low"] <= gain["difference"] <= gain["high"]
    continued = json.loads((out / "sft_continued" / "stage.json").read_text())
    assert continued["steps"] >= 1 and (out / "sft_continued" / "model.safetensors").exists()
    assert set(report["grpo_start"]) >= {"sample_accuracy", "pass_at_g", "zero_spread"}
    markdown = (out / "report.md").read_text()
    assert markdown.startswith("# Physics GRPO run") and "grpo vs sft_continued" in markdown
    assert (out / "accuracy_by_stage.png").stat().st_size > 1000
    assert (out / "grpo_reward.png").exists() and report["grpo_log"]
    assert (out / "base-model" / "config.json").exists() and (out / "grpo" / "model.safetensors").exists()


def test_qlora_4bit_sft_and_grpo_steps_on_cpu(tmp_path):
    pytest.importorskip("bitsandbytes")
    out = tmp_path / "q"
    args = ["--config", SMOKE, "--output_dir", str(out), "--model.load_in_4bit", "true", "--model.use_peft", "true",
            "--sft.max_steps", "2", "--grpo.max_steps", "1", "--eval.limit", "4", "--eval.pass_k", "0"]
    assert main(["sft", *args]) == 0
    assert (out / "sft" / "adapter_config.json").exists()  # LoRA adapters, base weights stay 4-bit
    assert main(["grpo", *args]) == 0
    assert (out / "grpo" / "adapter_config.json").exists()
    assert main(["eval", *args, "--eval.stages", "grpo"]) == 0
    assert json.loads((out / "report.json").read_text())["stages"]["grpo"]["n"] == 4
    from training.cli import parse
    from training.modeling import load_model, stage_model

    cfg = parse(args)
    weights, adapter = stage_model(cfg, "grpo")
    model = load_model(cfg, weights, adapter=adapter, trainable=False)
    kinds = {type(m).__name__ for m in model.modules()}
    assert "Linear4bit" in kinds  # the base layers really are 4-bit


def test_resume_skips_a_checkpoint_the_run_was_killed_while_writing(tmp_path, caplog):
    from training.stages import _last_complete_checkpoint

    for step, whole in ((4, True), (8, True), (12, False)):  # killed while checkpoint-12 was being written
        folder = tmp_path / f"checkpoint-{step}"
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(b"")
        if whole:
            (folder / "trainer_state.json").write_text("{}")
    assert _last_complete_checkpoint(tmp_path) == str(tmp_path / "checkpoint-8")
    assert "checkpoint-12 was not saved whole" in caplog.text
    assert _last_complete_checkpoint(tmp_path / "absent") is None


def test_an_interrupted_sft_run_resumes_from_its_checkpoint(tmp_path):
    out = tmp_path / "r"
    cmd = [sys.executable, "-m", "training.cli", "sft", "--config", SMOKE, "--output_dir", str(out),
           "--sft.max_steps", "400", "--sft.save_steps", "4"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "OMP_WAIT_POLICY": "PASSIVE"})
    try:
        deadline = time.time() + 240
        while time.time() < deadline and not (out / "sft-run" / "checkpoint-8" / "trainer_state.json").exists():
            time.sleep(0.5)
        assert (out / "sft-run" / "checkpoint-8" / "trainer_state.json").exists(), "no checkpoint was written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert not (out / "sft").exists()  # killed before the end
    done = sorted(int(p.name.split("-")[1]) for p in (out / "sft-run").glob("checkpoint-*")
                  if (p / "trainer_state.json").exists())  # the kill may land while a later one is written
    assert main(["sft", "--config", SMOKE, "--output_dir", str(out), "--sft.max_steps", str(done[-1] + 4),
                 "--sft.save_steps", "4", "--resume", "true"]) == 0
    state = json.loads((out / "sft-run" / f"checkpoint-{done[-1] + 4}" / "trainer_state.json").read_text())
    assert state["global_step"] == done[-1] + 4
    first_logged = min(e["step"] for e in state["log_history"] if "loss" in e and e["step"] > done[-1])
    assert first_logged == done[-1] + 1  # it went on from the checkpoint, not from step 1
    assert (out / "sft" / "model.safetensors").exists()


def test_smoke_recipe_under_accelerate_with_two_cpu_processes(tmp_path):
    out = tmp_path / "ddp"
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
           str(ROOT / "recipes/accelerate/cpu-2proc.yaml"), "-m", "training.cli", "run", "--config", SMOKE,
           "--output_dir", str(out), "--eval.stages", "grpo"]
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "OMP_NUM_THREADS": "1"}
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (out / "sft" / "model.safetensors").exists() and (out / "grpo" / "model.safetensors").exists()
    report = json.loads((out / "report.json").read_text())
    assert report["stages"]["grpo"]["n"] == 16  # evaluated once, by the main process
    log = json.loads((out / "grpo-run" / "log_history.json").read_text())
    assert max(e.get("step", 0) for e in log) == 2


def test_runs_with_the_same_seed_are_identical(tmp_path):
    from safetensors.torch import load_file

    weights = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert main(["sft", "--config", SMOKE, "--output_dir", str(out), "--sft.max_steps", "2"]) == 0
        weights.append(load_file(str(out / "sft" / "model.safetensors")))
    assert weights[0].keys() == weights[1].keys()
    assert all((weights[0][k] == weights[1][k]).all() for k in weights[0])


@pytest.mark.parametrize("guard, extended", [("stop", False), ("extend", True)])
def test_grpo_does_not_start_from_a_model_it_cannot_improve(tmp_path, guard, extended):
    out = tmp_path / guard
    code = main(["run", "--config", SMOKE, "--output_dir", str(out), "--guard.min_sample_accuracy", "1.01",
                 "--guard.mode", guard, "--guard.extend_steps", "2", "--sft.max_steps", "2"])
    assert code == 3  # stopped with a message, not a GRPO run that would make the model worse
    report = json.loads((out / "report.json").read_text())
    assert "GRPO not started: sample accuracy" in report["stopped"]
    assert "--guard.min_sample_accuracy" in report["stopped"]
    assert not (out / "grpo").exists()
    assert (out / "sft-extend-run").exists() == extended  # 'extend' trained SFT further before giving up
