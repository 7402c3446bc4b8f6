"""Configuration: recipes in TRL's own field names per stage, read with TRL's parser, flags winning, and bad
recipes stopped with one clear message (exit status 2) before any model is loaded."""

import json
from pathlib import Path

import pytest
import torch
import yaml

from training.cli import main, parse
from training.config import ConfigError, PipelineConfig

ROOT = Path(__file__).resolve().parents[2]
SMOKE = ROOT / "recipes/smoke.yaml"


def write_recipe(tmp_path, base: Path = SMOKE, **blocks) -> str:
    """``base`` with each block's keys updated (a top-level key when the value is not a dict)."""
    recipe = yaml.safe_load(base.read_text())
    for name, value in blocks.items():
        if isinstance(value, dict):
            recipe.setdefault(name, {}).update(value)
        else:
            recipe[name] = value
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump(recipe))
    return str(path)


def test_the_default_run_is_the_tiny_cpu_recipe():
    assert parse([]).to_dict() == parse(["--config", str(ROOT / "recipes/tiny-cpu.yaml")]).to_dict()


def test_the_recipe_may_be_named_with_an_equals_sign():
    assert parse([f"--config={SMOKE}"]).to_dict() == parse(["--config", str(SMOKE)]).to_dict()


def test_a_recipe_without_an_output_dir_writes_under_its_own_name(tmp_path):
    """It wrote to runs/tiny-cpu, the default run's folder, removing that run's checkpoints."""
    recipe = yaml.safe_load(SMOKE.read_text())
    del recipe["output_dir"]
    (tmp_path / "mine.yaml").write_text(yaml.safe_dump(recipe))
    cfg = parse(["--config", str(tmp_path / "mine.yaml")])
    assert cfg.output_dir == "runs/mine" and Path(cfg.grpo.output_dir) == Path("runs/mine/grpo-run")


def test_the_smoke_recipe_keeps_its_old_settings():
    """The values the smoke recipe had as flat ``sft_*``/``grpo_*`` keys, now in TRL's own configs."""
    cfg = parse(["--config", str(SMOKE)])
    sft, grpo = cfg.sft, cfg.grpo
    assert (sft.max_steps, sft.num_train_epochs, sft.learning_rate, sft.per_device_train_batch_size) == (8, 4.0, 1e-3, 8)
    assert (sft.max_length, sft.completion_only_loss, sft.lr_scheduler_type.value, sft.warmup_steps) == \
        (160, True, "cosine", 0.05)
    assert (sft.weight_decay, sft.save_steps, sft.logging_steps, sft.save_total_limit, sft.seed, sft.data_seed) == \
        (0.0, 4, 1, 2, 0, 0)
    assert Path(sft.output_dir) == Path("runs/smoke/sft-run") and Path(grpo.output_dir) == Path("runs/smoke/grpo-run")
    # 2 prompts x G=4 completions a step, as grpo_prompts_per_step=2 and num_generations=4 gave
    assert (grpo.max_steps, grpo.per_device_train_batch_size, grpo.num_generations, grpo.generation_batch_size) == \
        (2, 8, 4, 8)
    assert (grpo.learning_rate, grpo.lr_scheduler_type.value, grpo.warmup_steps, grpo.loss_type, grpo.beta) == \
        (2e-5, "constant", 0, "dapo", 0.0)
    assert (grpo.epsilon, grpo.scale_rewards, grpo.max_completion_length, grpo.temperature, grpo.top_k) == \
        (0.2, "group", 24, 1.0, 0)
    assert grpo.mask_truncated_completions and not grpo.use_bias_correction_kl and grpo.reward_weights is None
    assert grpo.reward_funcs == ["physics_reward"]
    cuda = torch.cuda.is_available()  # no recipe sets these: the GPU in bf16 when there is one, else the CPU
    assert (sft.use_cpu, sft.bf16, grpo.use_cpu, grpo.bf16) == (not cuda, cuda, not cuda, cuda)
    assert (cfg.tiny.hidden_size, cfg.tiny.intermediate_size, cfg.tiny.num_hidden_layers,
            cfg.tiny.num_attention_heads, cfg.tiny.vocab_size) == (64, 128, 2, 2, 384)
    assert (cfg.sft_limit, cfg.grpo_limit, cfg.stages) == (256, 32, ["sft", "grpo", "sft_continued"])
    assert (cfg.eval.limit, cfg.eval.pass_k, cfg.eval.max_new_tokens, cfg.eval.batch_size) == (16, 2, 24, 16)
    assert cfg.eval.stages == ["base", "sft", "sft_continued", "grpo"]
    assert (cfg.guard.min_sample_accuracy, cfg.guard.max_zero_spread, cfg.guard.prompts) == (0.0, 1.0, 8)
    assert cfg.model.model_name_or_path == "tiny" and not cfg.model.use_peft and not cfg.model.load_in_4bit


def test_a_grpo_field_never_mirrored_is_set_from_a_recipe(tmp_path):
    cfg = parse(["--config", write_recipe(tmp_path, grpo={"epsilon_high": 0.28, "importance_sampling_level":
                                                          "sequence", "loss_type": "grpo", "log_completions": True})])
    assert (cfg.grpo.epsilon_high, cfg.grpo.epsilon) == (0.28, 0.2)
    assert cfg.grpo.importance_sampling_level == "sequence" and cfg.grpo.log_completions is True


@pytest.mark.parametrize("flags, block, field, value", [
    (["--grpo.epsilon_high", "0.28"], "grpo", "epsilon_high", 0.28),
    (["--grpo.top_p=0.9"], "grpo", "top_p", 0.9),
    (["--grpo.reward_weights", "1.0", "0.1", "--grpo.reward_funcs", "physics_reward", "format_reward"], "grpo",
     "reward_weights", [1.0, 0.1]),
    (["--sft.gradient_checkpointing", "false"], "sft", "gradient_checkpointing", False),
    (["--sft.neftune_noise_alpha", "5"], "sft", "neftune_noise_alpha", 5.0),
    (["--model.lora_r", "8"], "model", "lora_r", 8),
    (["--guard.mode", "warn"], "guard", "mode", "warn"),
    (["--eval.stages", "grpo"], "eval", "stages", ["grpo"]),
], ids=lambda v: v[0] if isinstance(v, list) else None)
def test_any_field_is_set_by_a_flag_over_the_recipe(flags, block, field, value):
    cfg = parse(["--config", str(SMOKE), *flags])
    assert getattr(getattr(cfg, block), field) == value
    assert cfg.grpo.max_steps == 2  # the rest is still the recipe's


def test_an_unmirrored_flag_reaches_the_grpo_trainer(tmp_path, monkeypatch):
    """``--grpo.epsilon_high`` arrives in the GRPOConfig that ``run_grpo`` gives TRL's GRPOTrainer."""
    from training import stages

    seen = {}

    class Stop(Exception):
        pass

    def trainer(**kwargs):
        seen.update(kwargs)
        raise Stop

    monkeypatch.setattr("trl.GRPOTrainer", trainer)
    cfg = parse(["--config", str(SMOKE), "--output_dir", str(tmp_path), "--grpo.epsilon_high", "0.28",
                 "--guard.mode", "off", "--grpo_limit", "4"])
    with pytest.raises(Stop):
        stages.run_grpo(cfg, start="base")
    args = seen["args"]
    assert args.epsilon_high == 0.28 and args.max_steps == 2 and Path(args.output_dir) == tmp_path / "grpo-run"
    assert [type(r).__name__ for r in seen["reward_funcs"]] == ["PhysicsReward"]


def test_recipe_values_are_read_as_their_fields_types(tmp_path):
    """YAML reads 5e-5 as a string; TRL's parser converts it by the field's type, as it would a flag."""
    cfg = parse(["--config", write_recipe(tmp_path, grpo={"learning_rate": "5e-5"}, sft={"max_steps": "3"})])
    assert cfg.grpo.learning_rate == 5e-5 and cfg.sft.max_steps == 3


def test_a_number_for_a_list_field_is_a_list_of_one(tmp_path):
    """As --grpo.reward_weights 1.0 gives; validate() raised TypeError (no len()) on the bare float."""
    cfg = parse(["--config", write_recipe(tmp_path, grpo={"reward_weights": 1.0})])
    assert cfg.grpo.reward_weights == [1.0]
    cfg.validate(stages=["grpo"])
    # a list stays a list where the field takes one, whatever TRL's parser makes of its flag (report_to: str)
    listed = parse(["--config", write_recipe(tmp_path, sft={"report_to": ["none"]}, model={"lora_target_modules":
                                                                                           ["q_proj", "v_proj"]})])
    assert listed.sft.report_to == [] and listed.model.lora_target_modules == ["q_proj", "v_proj"]


def test_command_line_flags_win_over_the_recipe():
    cfg = parse(["--config", str(SMOKE), "--output_dir", "/tmp/elsewhere", "--grpo.beta", "0.04", "--seed", "3"])
    assert cfg.output_dir == "/tmp/elsewhere" and cfg.grpo.beta == 0.04 and cfg.grpo.max_steps == 2
    # the stages follow the run's output_dir and seed unless told otherwise
    assert cfg.sft.output_dir == "/tmp/elsewhere/sft-run" and (cfg.sft.seed, cfg.grpo.data_seed, cfg.tiny.seed) == (3, 3, 3)
    own = parse(["--config", str(SMOKE), "--sft.output_dir", "/tmp/sft-here", "--sft.seed", "7"])
    assert own.sft.output_dir == "/tmp/sft-here" and own.sft.seed == 7 and own.grpo.seed == 0


def test_a_blocks_help_lists_its_fields_as_flags_with_the_recipes_values(capsys):
    with pytest.raises(SystemExit) as exit_:
        parse(["--config", str(SMOKE), "--grpo.help"])
    shown = capsys.readouterr().out
    assert exit_.value.code == 0
    # the usage line was argparse's own: 180 lines of the fields as --max_steps, without their block
    assert shown.startswith("usage: physics-grpo [COMMAND] [--config RECIPE] [--grpo.FIELD VALUE ...]\n")
    words = " ".join(shown.split())  # argparse wraps to the terminal's width
    assert "(PhysicsGRPOConfig), written --grpo.FIELD VALUE" in words and "(default: runs/smoke/grpo-run)" in words


@pytest.mark.parametrize("recipe", sorted((ROOT / "recipes").glob("*.yaml")), ids=lambda p: p.name)
def test_every_recipe_parses(recipe):
    cfg = parse(["--config", str(recipe)])
    assert isinstance(cfg, PipelineConfig) and cfg.sft.output_dir.endswith("sft-run")


MISSPELT = [
    ({"grpo": {"epsilon_hihg": 0.28}}, "unknown key 'grpo.epsilon_hihg': did you mean 'grpo.epsilon_high'?"),
    ({"sft": {"beta": 0.1}}, "unknown key 'sft.beta': did you mean 'grpo.beta'?"),
    ({"learning_rate": 0.001}, "unknown key 'learning_rate': did you mean 'sft.learning_rate'?"),
    ({"grop": {"beta": 0.1}}, "unknown key 'grop': did you mean 'grpo'?"),
    ({"model": {"lora_rank": 8}}, "unknown key 'model.lora_rank'"),
    ({"eval": {"pass_at_k": 8}}, "unknown key 'eval.pass_at_k'"),
    # was taken as it was: SFTConfig(max_steps=[3]) fails only in the trainer, after the model has loaded
    ({"sft": {"max_steps": [3]}}, "'sft.max_steps' takes one number, got the list [3]"),
    ({"seed": [1, 2]}, "'seed' takes one number, got the list [1, 2]"),
]


@pytest.mark.parametrize("change, message", MISSPELT, ids=[m[1].split("'")[1] for m in MISSPELT])
def test_a_misspelt_recipe_key_exits_2_naming_it_before_any_model_loads(tmp_path, caplog, change, message):
    out = tmp_path / "out"
    assert main(["run", "--config", write_recipe(tmp_path, **change), "--output_dir", str(out)]) == 2
    assert message in caplog.text
    assert not out.exists()  # nothing was built or loaded


@pytest.mark.parametrize("flags, message", [
    (["--grpo.epsilon_hihg", "0.28"], "unknown flag --grpo.epsilon_hihg: did you mean --grpo.epsilon_high?"),
    (["--grpo_learning_rate", "5e-5"], "unknown flag --grpo_learning_rate: did you mean --grpo.learning_rate?"),
    (["--sft_epochs", "8"], "unknown flag --sft_epochs: did you mean --sft.num_train_epochs?"),
    (["--grpo_prompts_per_step", "8"], "did you mean --grpo.per_device_train_batch_size (completions: prompts x"),
    (["--beta", "0.1"], "unknown flag --beta: did you mean --grpo.beta?"),
    (["--grop.beta", "0.1"], "there is no block 'grop'"),
    (["--grpo.epsilon", "wide"], "grpo.epsilon: invalid float value: 'wide'"),
    (["--sft.max_steps"], "sft.max_steps: expected one argument"),
    (["--guard.mode", "sometimes"], "guard.mode='sometimes': choose one of extend, stop, warn, off"),
    # was "unknown flag --config": --config=PATH read as a run setting, a second --config likewise
    (["--config", "recipes/tiny-cpu.yaml"], "--config is given more than once"),
    # were "unknown flag --recipes/tiny-cpu.yaml" and "unknown flag --sft.4": values no flag takes
    (["recipes/tiny-cpu.yaml"], "unexpected argument 'recipes/tiny-cpu.yaml': did you mean --config recipes/tiny-cpu"),
    (["--sft.max_steps", "3", "4"], "unexpected argument '4' among the --sft.* flags"),
])
def test_a_bad_flag_exits_2_naming_it(tmp_path, caplog, flags, message):
    out = tmp_path / "out"
    assert main(["sft", "--config", str(SMOKE), "--output_dir", str(out), *flags]) == 2
    assert message in caplog.text and not out.exists()


BAD = [
    (["--model.model_name_or_path", "/nonexistent/llama"], ["sft"], "no config.json"),
    (["--model.load_in_4bit", "true"], ["sft"], "set model.use_peft true"),
    # was let through: full training of int8 weights fails only once the trainer has the model
    (["--model.load_in_8bit", "true"], ["sft"], "model.load_in_8bit=true trains LoRA adapters only"),
    (["--grpo.loss_type", "ppo"], ["grpo"], "grpo.loss_type='ppo'"),
    (["--grpo.scale_rewards", "sometimes"], ["grpo"], "grpo.scale_rewards"),
    (["--grpo.reward_funcs", "physics_reward", "format_reward", "--grpo.reward_weights", "1.0"], ["grpo"],
     "1 weights for 2 reward_funcs"),
    (["--grpo.reward_funcs", "nonsense_reward"], ["grpo"], "unknown reward 'nonsense_reward'"),
    (["--tiny.num_attention_heads", "3"], ["sft"], "must divide by tiny.num_attention_heads"),
    (["--data_dir", "/nonexistent"], ["sft"], "does not exist"),
    (["--stages", "sft", "sft_continued"], ["sft", "sft_continued"], "list it after grpo"),
]


@pytest.mark.parametrize("flags,stages,message", BAD, ids=[b[2] for b in BAD])
def test_bad_configuration_is_named(flags, stages, message):
    with pytest.raises(ConfigError, match=message):
        parse(["--config", str(SMOKE), *flags]).validate(stages=stages)


@pytest.mark.parametrize("flags, message", [
    (["--grpo.num_generations", "1"], "at least 2 generations"),  # TRL's own GRPOConfig check
    (["--grpo.per_device_train_batch_size", "6"], "divisible by num_generations"),
    (["--tiny.hidden_size", "100"], "multiple of 64"),
])
def test_trl_and_model_checks_stop_the_parse(flags, message):
    with pytest.raises(ConfigError, match=message):
        parse(["--config", str(SMOKE), *flags])


def test_a_dataset_without_answers_is_named_with_its_line(tmp_path):
    for name in ("sft", "grpo", "test"):
        rows = [{"id": "1", "topic": "t", "family": "f", "level": 1, "question": "Q", "solution": "S",
                 "answer_type": "numeric"}]
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(ConfigError, match=r"sft.jsonl:1: missing field 'answer'"):
        parse(["--config", str(SMOKE), "--data_dir", str(tmp_path)]).validate(stages=["sft"])


def test_the_cli_exits_2_on_a_bad_config_before_loading_anything(tmp_path, caplog):
    assert main(["sft", "--model.model_name_or_path", str(tmp_path / "missing"), "--output_dir", str(tmp_path)]) == 2
    assert "no config.json" in caplog.text
    assert not (tmp_path / "sft").exists()


def test_lora_comes_from_the_model_block_through_trl(tmp_path):
    """``model:`` fields reach PEFT through TRL's get_peft_config with no code of ours per field."""
    from training.modeling import base_model_path, load_model

    cfg = parse(["--config", str(SMOKE), "--output_dir", str(tmp_path), "--model.use_peft", "true",
                 "--model.lora_r", "4", "--model.lora_target_modules", "q_proj", "v_proj", "--model.use_rslora", "true"])
    model = load_model(cfg, base_model_path(cfg))
    lora = model.peft_config["default"]
    assert (lora.r, lora.use_rslora, set(lora.target_modules)) == (4, True, {"q_proj", "v_proj"})
    everything = load_model(parse(["--config", str(SMOKE), "--output_dir", str(tmp_path), "--model.use_peft", "true"]),
                            base_model_path(cfg))
    targets = {name.rsplit(".", 1)[-1] for name in everything.peft_config["default"].target_modules}
    assert targets == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}  # all-linear


def test_gradient_checkpointing_of_a_qlora_model_is_the_trainers_setting(monkeypatch):
    """``prepare_model_for_kbit_training(use_gradient_checkpointing=cuda)`` turned it on for every QLoRA run on
    a GPU, so ``--sft.gradient_checkpointing false`` never reached the model; now SFTConfig/GRPOConfig decide
    (TRL's trainers enable it, and the input gradients PEFT needs with it). A 4-bit model on a GPU, on paper:
    a small Llama on the meta device, marked as loaded in 4 bits."""
    import torch
    from accelerate import init_empty_weights
    from transformers import AutoModelForCausalLM, LlamaConfig

    from training.modeling import load_model

    def from_pretrained(path, **kwargs):
        with init_empty_weights():
            model = AutoModelForCausalLM.from_config(LlamaConfig(
                hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=2,
                num_key_value_heads=2, vocab_size=128), dtype=torch.bfloat16)
        model.is_loaded_in_4bit = True
        return model

    cfg = parse(["--config", str(SMOKE), "--model.load_in_4bit", "true", "--model.use_peft", "true"])
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", from_pretrained)
    model = load_model(cfg, "a-4bit-llama")
    assert not model.get_base_model().is_activation_checkpointing
    assert [n for n, p in model.named_parameters() if p.requires_grad] and \
        all("lora_" in n for n, p in model.named_parameters() if p.requires_grad)


@pytest.mark.parametrize("stages", [["sft"], ["grpo", "sft_continued"]])
def test_an_sft_file_with_an_empty_solution_stops_every_stage_that_trains_on_it(tmp_path, stages):
    """sft.jsonl is read once for sft and sft_continued, and both train on its solutions."""
    for name in ("sft", "grpo", "test"):
        row = {"id": "1", "topic": "t", "family": "f", "level": 1, "question": "Q", "answer": "5 m",
               "answer_type": "numeric", "solution": "" if name == "sft" else "S"}
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(row) + "\n")
    with pytest.raises(ConfigError, match=r"sft.jsonl:1: empty solution"):
        parse(["--config", str(SMOKE), "--data_dir", str(tmp_path)]).validate(stages=stages)
