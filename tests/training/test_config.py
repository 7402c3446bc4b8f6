"""Configuration: recipes read with TRL's parser, command-line flags winning, and bad configs stopped
with one clear message before any model is loaded."""

import json
from pathlib import Path

import pytest

from training.cli import main, parse
from training.config import ConfigError, PipelineConfig

ROOT = Path(__file__).resolve().parents[2]


def test_the_tiny_cpu_recipe_is_the_default_configuration():
    from_recipe = parse(["--config", str(ROOT / "recipes/tiny-cpu.yaml")])
    defaults = parse([])
    for name, value in from_recipe.to_dict().items():
        if name != "data_dir":
            assert getattr(defaults, name) == value, name
    assert Path(defaults.data_dir).resolve() == (ROOT / "datasets/tiny").resolve()


def test_command_line_flags_win_over_the_recipe():
    cfg = parse(["--config", str(ROOT / "recipes/smoke.yaml"), "--output_dir", "/tmp/elsewhere", "--beta", "0.04"])
    assert cfg.output_dir == "/tmp/elsewhere" and cfg.beta == 0.04 and cfg.grpo_max_steps == 2


@pytest.mark.parametrize("recipe", sorted((ROOT / "recipes").glob("*.yaml")), ids=lambda p: p.name)
def test_every_recipe_parses(recipe):
    assert isinstance(parse(["--config", str(recipe)]), PipelineConfig)


BAD = [
    ({"model_name_or_path": "/nonexistent/llama"}, ["sft"], "no config.json"),
    ({"num_generations": 1}, ["grpo"], "at least 2 completions"),
    ({"grpo_prompts_per_step": 3, "num_generations": 4, "grpo_gradient_accumulation_steps": 5}, ["grpo"],
     "must divide"),
    ({"loss_type": "ppo"}, ["grpo"], "loss_type"),
    ({"scale_rewards": "sometimes"}, ["grpo"], "scale_rewards"),
    ({"tiny_hidden_size": 100}, ["sft"], "multiple of 64"),
    ({"sft_batch_size": 0}, ["sft"], "sft_batch_size"),
    ({"data_dir": "/nonexistent"}, ["sft"], "does not exist"),
]


@pytest.mark.parametrize("overrides,stages,message", BAD, ids=[b[2] for b in BAD])
def test_bad_configuration_is_named(overrides, stages, message):
    with pytest.raises(ConfigError, match=message):
        PipelineConfig(**overrides).validate(stages=stages)


def test_a_dataset_without_answers_is_named_with_its_line(tmp_path):
    for name in ("sft", "grpo", "test"):
        rows = [{"id": "1", "topic": "t", "family": "f", "level": 1, "question": "Q", "solution": "S",
                 "answer_type": "numeric"}]
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(ConfigError, match=r"sft.jsonl:1: missing field 'answer'"):
        PipelineConfig(data_dir=str(tmp_path)).validate(stages=["sft"])


def test_the_cli_exits_2_on_a_bad_config_before_loading_anything(tmp_path, caplog):
    assert main(["sft", "--model_name_or_path", str(tmp_path / "missing"), "--output_dir", str(tmp_path)]) == 2
    assert "no config.json" in caplog.text
    assert not (tmp_path / "sft").exists()
