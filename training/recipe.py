"""Recipes in TRL's own terms: YAML with one block per config, and flags ``--<block>.<field> VALUE``.

A recipe's top-level keys are the run's own (:class:`training.config.RunArguments`: ``output_dir``,
``data_dir``, ``seed``, ``stages``...); each block's keys are the fields of its config, with TRL's names
and meanings:

=========  ===============================================================================
block      fields of
=========  ===============================================================================
model      ``trl.ModelConfig`` (``model_name_or_path``, ``load_in_4bit``, ``use_peft``, ``lora_r``...)
tiny       ``training.tiny_model.TinyConfig`` (the built-in model, ``model_name_or_path: tiny``)
sft        ``trl.SFTConfig`` (every field, e.g. ``learning_rate``, ``max_steps``, ``gradient_checkpointing``)
grpo       ``trl.GRPOConfig`` (every field, e.g. ``epsilon_high``, ``top_p``) and ``reward_funcs``
guard      :class:`training.config.GuardArguments` (the check before GRPO)
eval       :class:`training.config.EvalArguments` (evaluation on the test split)
=========  ===============================================================================

Each block is read by TRL's own parser (``TrlParser``, an ``HfArgumentParser``): recipe values become its
defaults, the block's flags win. Flags are ``--output_dir DIR`` for the run and ``--grpo.epsilon_high
0.28`` (or ``--grpo.epsilon_high=0.28``) for a block. A key or flag no config has is an error naming it,
with the closest real name. Unless a recipe or flag says otherwise, each trainer writes to
``<output_dir>/<stage>-run`` with the run's ``seed`` (also as ``data_seed``), on the GPU in bf16 when there
is one, else on the CPU, and logs to TensorBoard or trackio when one is installed; a recipe without an
``output_dir`` writes to ``runs/<recipe name>``.

>>> cfg = load_recipe(["--config", str(DEFAULT_RECIPE), "--grpo.epsilon_high", "0.28", "--seed", "3"])
>>> cfg.grpo.epsilon_high, cfg.grpo.epsilon, cfg.sft.seed
(0.28, 0.2, 3)
>>> load_recipe(["--grpo.epsilon_hihg", "0.28"])
Traceback (most recent call last):
...
training.config.ConfigError: unknown flag --grpo.epsilon_hihg: did you mean --grpo.epsilon_high?
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
from dataclasses import fields
from pathlib import Path

import yaml
from trl import ModelConfig, SFTConfig, TrlParser

from training.config import (ROOT, ConfigError, EvalArguments, GuardArguments, PhysicsGRPOConfig, PipelineConfig,
                             RunArguments)
from training.tiny_model import TinyConfig

DEFAULT_RECIPE = ROOT / "recipes" / "tiny-cpu.yaml"
BLOCKS = {"model": ModelConfig, "tiny": TinyConfig, "sft": SFTConfig, "grpo": PhysicsGRPOConfig,
          "guard": GuardArguments, "eval": EvalArguments}
# Flat names of the configuration before it had blocks that are not simply "<block>_<field>", for messages.
RENAMED = {"sft_epochs": "sft.num_train_epochs", "sft_batch_size": "sft.per_device_train_batch_size",
           "tiny_layers": "tiny.num_hidden_layers", "tiny_heads": "tiny.num_attention_heads",
           "use_lora": "model.use_peft", "grpo_guard": "guard.mode", "sft_extend_steps": "guard.extend_steps",
           "grpo_prompts_per_step": "grpo.per_device_train_batch_size (completions: prompts x num_generations)",
           "format_reward_weight": "grpo.reward_weights (with format_reward in grpo.reward_funcs)"}


def load_recipe(argv: list[str]) -> PipelineConfig:
    """The configuration of ``--config RECIPE`` (default: ``recipes/tiny-cpu.yaml``) with ``argv``'s flags."""
    path, argv = _recipe_path(list(argv))
    recipe = read_recipe(path)
    flags = _split_flags(argv)
    top = {"output_dir": f"runs/{path.stem}", **{k: v for k, v in recipe.items() if k not in BLOCKS}}
    run = _parse(RunArguments, "", top, flags[""], path)
    blocks = {}
    for name, kind in BLOCKS.items():
        values = recipe.get(name) or {}
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: '{name}:' must be a mapping of {kind.__name__} fields, got {values!r}")
        blocks[name] = _parse(kind, name, {**_derived(name, run), **values}, flags[name], path)
    return PipelineConfig(**{f.name: getattr(run, f.name) for f in fields(RunArguments)}, **blocks)


def _recipe_path(argv: list[str]) -> tuple[Path, list[str]]:
    """The recipe named by ``--config PATH`` or ``--config=PATH`` (default: ``recipes/tiny-cpu.yaml``), and the
    other arguments."""
    given = [at for at, token in enumerate(argv) if token == "--config" or token.startswith("--config=")]
    if len(given) > 1:
        raise ConfigError("--config is given more than once: one recipe per run (flags change its values)")
    if not given:
        return DEFAULT_RECIPE, argv
    token = argv.pop(given[0])
    if token == "--config" and given[0] < len(argv) and not argv[given[0]].startswith("--"):
        token += "=" + argv.pop(given[0])
    path = token.partition("=")[2]
    if not path:
        raise ConfigError("--config needs a recipe path (e.g. --config recipes/smoke.yaml)")
    return Path(path), argv


def read_recipe(path: Path) -> dict:
    """A recipe file as a mapping (``ConfigError`` when it is missing or not one)."""
    if not Path(path).exists():
        raise ConfigError(f"--config {path}: no such recipe (see recipes/ for examples)")
    try:
        recipe = yaml.safe_load(Path(path).read_text()) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(recipe, dict):
        raise ConfigError(f"{path}: a recipe is a YAML mapping, got {type(recipe).__name__}")
    return recipe


def _derived(block: str, run: RunArguments) -> dict:
    """A block's defaults taken from the run (below the recipe's values and the flags)."""
    if block == "tiny":
        return {"seed": run.seed}
    if block not in ("sft", "grpo"):
        return {}
    import torch

    cuda = torch.cuda.is_available()
    loggers = [name for name in ("tensorboard", "trackio") if importlib.util.find_spec(name)][:1]
    return {"output_dir": str(Path(run.output_dir) / f"{block}-run"), "seed": run.seed, "data_seed": run.seed,
            "use_cpu": not cuda, "bf16": cuda, "report_to": loggers or "none"}


def _split_flags(argv: list[str]) -> dict[str, list[str]]:
    """``argv`` split by block: ``--grpo.beta 0.1`` goes to ``grpo`` as ``--beta 0.1``, ``--seed 1`` to the run."""
    groups: dict[str, list[str]] = {"": [], **{name: [] for name in BLOCKS}}
    current = ""
    for token in argv:
        if token.startswith("--"):
            name, eq, value = token[2:].partition("=")
            block, dot, key = name.partition(".")
            if dot and block not in BLOCKS:
                raise ConfigError(f"--{name}: there is no block {block!r}; blocks are {', '.join(BLOCKS)}")
            current, token = (block, f"--{key}{eq}{value}") if dot else ("", token)
        groups[current].append(token)
    return groups


def _parser(kind: type, block: str) -> TrlParser:
    """TRL's parser for one block, raising instead of exiting; ``--<block>.help`` shows how its flags are written."""
    flag = f"--{block}.FIELD" if block else "--FIELD"
    about = f"The recipe's '{block}:' block ({kind.__name__})" if block else \
        f"The run's own settings (a recipe's top-level keys; --BLOCK.help for a block's: {', '.join(BLOCKS)})"
    return TrlParser([kind], exit_on_error=False, allow_abbrev=False,
                     usage=f"physics-grpo [COMMAND] [--config RECIPE] [{flag} VALUE ...]",
                     description=f"{about}, written {flag} VALUE; the defaults shown are the recipe's values.")


def _parse(kind: type, block: str, values: dict, flags: list[str], path: Path):
    """One block through TRL's parser: ``values`` as its defaults, then ``flags``."""
    parser = _parser(kind, block)
    unused = parser.set_defaults_with_config(**_shaped(parser, block, values, path))
    if unused:
        raise ConfigError(f"{path}: unknown key " + _unknown(block, unused[0][2:], repr))
    try:
        parsed, rest = parser.parse_args_into_dataclasses(args=flags, return_remaining_strings=True)
    except argparse.ArgumentError as exc:  # a value of the wrong type, or a flag without its value
        key = (exc.argument_name or "").lstrip("-").split("/")[0]
        raise ConfigError(f"{block + '.' if block else ''}{key}: {exc.message}") from None
    except ConfigError:
        raise
    except (ValueError, TypeError) as exc:  # a config's own check (__post_init__)
        raise ConfigError(f"{block or 'recipe'}: {exc}") from None
    if rest and not any(token.startswith("--") for token in rest):  # a value no flag takes
        hint = f"--config {rest[0]}" if rest[0].endswith((".yaml", ".yml")) else \
            "--<field> VALUE or --<block>.<field> VALUE"
        raise ConfigError(f"unexpected argument {rest[0]!r}" + (f" among the --{block}.* flags" if block else "") +
                          f": did you mean {hint}?")
    if rest:
        key = next(token[2:].partition("=")[0] for token in rest if token.startswith("--"))
        raise ConfigError("unknown flag " + _unknown(block, key, lambda name: f"--{name}"))
    return parsed


def _shaped(parser: TrlParser, block: str, values: dict, path: Path) -> dict:
    """A block's recipe values in the shape of their fields, as their flags would give them: a number for a
    list field (``reward_weights: 1.0``) is a list of one; a list for a number field is an error. (TRL's
    parser takes a recipe's values as they are: the one was a TypeError in ``validate``, the other failed in
    the trainer, after the model had loaded.)"""
    shaped = dict(values)
    for action in parser._actions:
        value = values.get(action.dest)
        if action.nargs in ("+", "*") and isinstance(value, (int, float)):
            shaped[action.dest] = [value]
        elif action.type in (int, float) and action.nargs not in ("+", "*") and isinstance(value, list):
            where = f"{block}.{action.dest}" if block else action.dest
            raise ConfigError(f"{path}: {where!r} takes one number, got the list {value!r}")
    return shaped


def _unknown(block: str, key: str, show) -> str:
    """``block.key`` as ``show`` writes a name, with the nearest real setting or the config that lacks it."""
    close = _closest(block, key)
    owner = BLOCKS[block].__name__ if block else "the run (top level)"
    return show(f"{block}.{key}" if block else key) + (f": did you mean {show(close)}?" if close else
                                                       f" ({owner} has no such field)")


def _closest(block: str, key: str) -> str | None:
    """The real setting nearest to ``block.key``: an old flat name's new one (``sft_max_steps`` is
    ``sft.max_steps``), the same field in another block, else a close spelling (of a block's name too).

    >>> _closest("", "sft_epochs"), _closest("", "eval_pass_k"), _closest("sft", "beta"), _closest("", "grop")
    ('sft.num_train_epochs', 'eval.pass_k', 'grpo.beta', 'grpo')
    """
    names = [f.name for f in fields(RunArguments)] + [f"{b}.{f.name}" for b, kind in BLOCKS.items()
                                                        for f in fields(kind) if f.init]
    wanted = f"{block}.{key}" if block else key
    if not block:
        names += list(BLOCKS)
        renamed = RENAMED.get(key) or key.replace("_", ".", 1)
        if renamed.split(" ")[0] in names:
            return renamed
    same = [n for n in names if n.split(".")[-1] == key and n != wanted]
    close = same or difflib.get_close_matches(wanted, names, n=1, cutoff=0.75)
    return close[0] if close else None
