"""The pipeline's configuration: TRL's own configs per stage, and a few settings of this pipeline's own.

A run is a :class:`PipelineConfig`: the top-level run settings (:class:`RunArguments`), ``model``
(``trl.ModelConfig``), ``tiny`` (the built-in model, :class:`training.tiny_model.TinyConfig`), ``sft``
(``trl.SFTConfig``), ``grpo`` (:class:`PhysicsGRPOConfig`: ``trl.GRPOConfig`` plus ``reward_funcs``),
``guard`` (:class:`GuardArguments`) and ``eval`` (:class:`EvalArguments`). ``training.recipe`` reads one
from a YAML recipe and command-line flags; :meth:`PipelineConfig.validate` checks what can only be checked
against the data, the model folder and the chosen stages, before any model is loaded.

>>> GuardArguments(mode="sometimes")
Traceback (most recent call last):
...
training.config.ConfigError: guard.mode='sometimes': choose one of extend, stop, warn, off
>>> EvalArguments(pass_k=4).stages
['sft', 'sft_continued', 'grpo']
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from trl import GRPOConfig, ModelConfig, SFTConfig

from training.data.schema import REQUIRED, problems
from training.tiny_model import TinyConfig

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "datasets"
TINY = "tiny"
STAGES = ("sft", "grpo", "sft_continued", "eval")
EVAL_STAGES = ("base", "sft", "sft_continued", "grpo")
GUARDS = ("extend", "stop", "warn", "off")
# What TRL's GRPOTrainer accepts; it checks them only at the first loss, after the models have loaded.
TRL_LOSS_TYPES = ("grpo", "bnpo", "dr_grpo", "dapo", "cispo", "sapo", "luspo", "vespo")
SCALE_REWARDS = ("group", "batch", "none")


class ConfigError(ValueError):
    """A configuration that cannot work; the message names the setting and the fix."""


def as_list(value) -> list[str]:
    """A list of names from a YAML list or a comma-separated string (``"sft,grpo"``).

    >>> as_list("sft, grpo"), as_list(["sft"])
    (['sft', 'grpo'], ['sft'])
    """
    return [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else list(value)


def _f(default, help_text):
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata={"help": help_text})
    return field(default=default, metadata={"help": help_text})


@dataclass
class RunArguments:
    """The run as a whole: top-level recipe keys and flags (``--output_dir DIR``)."""

    output_dir: str = _f("runs/tiny-cpu", "where models, checkpoints, logs and the report go")
    data_dir: str = _f(str(DATA_DIR / "tiny"), "folder with sft.jsonl, grpo.jsonl, test.jsonl")
    seed: int = _f(0, "random seed (data order, initialisation, sampling); the stages' seed unless they set one")
    stages: list[str] = _f(["sft", "grpo", "sft_continued"], "stages of `physics-grpo run`, in order "
                           "(sft_continued: the SFT model trained further for GRPO's wall time, the control)")
    sft_limit: int = _f(0, "use at most this many SFT rows (0: all)")
    grpo_limit: int = _f(0, "use at most this many GRPO prompts (0: all)")
    resume: bool = _f(False, "continue an interrupted SFT or GRPO run from its last checkpoint")
    torch_threads: int = _f(0, "torch CPU threads (0: one per core)")

    def __post_init__(self):
        self.stages = as_list(self.stages)
        data = Path(self.data_dir).expanduser()
        if not data.is_absolute() and not data.exists() and (ROOT / data).exists():
            self.data_dir = str(ROOT / data)  # a recipe's "datasets/tiny", run from elsewhere
        if self.torch_threads < 0 or self.sft_limit < 0 or self.grpo_limit < 0:
            raise ConfigError(f"torch_threads={self.torch_threads}, sft_limit={self.sft_limit} and grpo_limit="
                              f"{self.grpo_limit} must be >= 0")


@dataclass
class PhysicsGRPOConfig(GRPOConfig):
    """``trl.GRPOConfig`` with the rewards chosen by name (``reward_weights`` is GRPOConfig's own)."""

    reward_funcs: list[str] = _f(["physics_reward"], "GRPO rewards by name: physics_reward, format_reward, "
                                 "unit_reward, soft_overlong_penalty, or module:name for your own")

    def __post_init__(self):
        self.reward_funcs = as_list(self.reward_funcs)
        super().__post_init__()


@dataclass
class GuardArguments:
    """The check before GRPO: sample G completions for some pool prompts and measure whether GRPO can learn."""

    mode: str = _f("extend", "when the start fails the check: 'extend' (more SFT, then check again), 'stop' or "
                   "'warn'; 'off' skips the check (e.g. for rewards other than correctness)")
    min_sample_accuracy: float = _f(0.3, "GRPO's start must sample right answers at least this often on its pool")
    max_zero_spread: float = _f(0.9, "at most this share of pool prompts may have G equally-scored completions")
    prompts: int = _f(64, "GRPO pool prompts sampled (G times each) for the check")
    extend_steps: int = _f(100, "SFT steps added by mode=extend before checking again (once)")

    def __post_init__(self):
        if self.mode not in GUARDS:
            raise ConfigError(f"guard.mode={self.mode!r}: choose one of {', '.join(GUARDS)}")
        if self.prompts <= 0 or self.extend_steps < 0:
            raise ConfigError(f"guard.prompts={self.prompts} must be positive and guard.extend_steps="
                              f"{self.extend_steps} >= 0")


@dataclass
class EvalArguments:
    """Evaluation on the held-out test split: greedy accuracy, and sampled pass@k on a subset."""

    stages: list[str] = _f(["sft", "sft_continued", "grpo"], "stages evaluated by `physics-grpo run` "
                           "(base: the untrained model, greedy only)")
    limit: int = _f(0, "evaluate on at most this many test problems (0: all)")
    pass_k: int = _f(4, "k for pass@k (sampled); 0 skips sampling")
    pass_k_limit: int = _f(200, "sample pass@k on at most this many test problems, spread over the split (0: all)")
    batch_size: int = _f(64, "prompts generated at once")
    max_new_tokens: int = _f(64, "tokens generated per answer")
    temperature: float = _f(1.0, "sampling temperature for pass@k")

    def __post_init__(self):
        self.stages = as_list(self.stages)
        unknown = [s for s in self.stages if s not in EVAL_STAGES]
        if unknown:
            raise ConfigError(f"eval.stages: unknown stage {unknown[0]!r}: choose from {', '.join(EVAL_STAGES)}")
        if self.batch_size <= 0 or self.max_new_tokens <= 0 or self.limit < 0:
            raise ConfigError(f"eval.batch_size={self.batch_size} and eval.max_new_tokens={self.max_new_tokens} "
                              f"must be positive, eval.limit={self.limit} >= 0")
        if self.pass_k < 0 or (self.pass_k and not self.temperature > 0):
            raise ConfigError(f"eval.pass_k={self.pass_k} must be >= 0, and sampling for pass@k needs "
                              f"eval.temperature > 0 (got {self.temperature})")


@dataclass(kw_only=True)
class PipelineConfig(RunArguments):
    """Every setting of a run: the run's own (inherited) and one block per config
    (``training.recipe.load_recipe`` builds one)."""

    model: ModelConfig
    tiny: TinyConfig
    sft: SFTConfig
    grpo: PhysicsGRPOConfig
    guard: GuardArguments
    eval: EvalArguments

    @property
    def is_tiny(self) -> bool:
        return self.model.model_name_or_path == TINY

    def validate(self, stages=("sft", "grpo", "eval")) -> None:
        """Raise ConfigError for the first thing that cannot work, before any model is loaded."""
        self._check_model()
        for stage in stages:
            if stage not in STAGES:
                raise ConfigError(f"unknown stage {stage!r}: stages are {', '.join(STAGES)}")
        if "sft_continued" in stages and "grpo" not in stages:
            raise ConfigError("stage sft_continued is matched to GRPO's wall time: list it after grpo")
        needed = {"sft": "sft.jsonl", "sft_continued": "sft.jsonl", "grpo": "grpo.jsonl", "eval": "test.jsonl"}
        for name in dict.fromkeys(needed[stage] for stage in stages):  # sft.jsonl once for both SFT stages
            self._check_data(Path(self.data_dir) / name, next(s for s in stages if needed[s] == name))
        if "grpo" in stages:
            self._check_grpo()

    def _check_model(self) -> None:
        name = self.model.model_name_or_path
        if not name:
            raise ConfigError("model.model_name_or_path is not set: 'tiny' builds the built-in model, else give a "
                              "local folder or Hub id")
        quantized = "load_in_4bit" if self.model.load_in_4bit else "load_in_8bit" if self.model.load_in_8bit else ""
        if quantized and not self.model.use_peft:
            raise ConfigError(f"model.{quantized}=true trains LoRA adapters only: set model.use_peft true")
        if self.is_tiny:
            if self.tiny.num_attention_heads <= 0 or self.tiny.num_hidden_layers <= 0 or \
                    self.tiny.hidden_size % self.tiny.num_attention_heads:
                raise ConfigError(f"tiny.hidden_size={self.tiny.hidden_size} must divide by tiny.num_attention_heads="
                                  f"{self.tiny.num_attention_heads}, and heads and layers must be positive")
            return
        path = Path(name).expanduser()
        looks_local = name.startswith((".", "/", "~")) or path.exists()
        if looks_local and not (path / "config.json").exists():
            raise ConfigError(f"model.model_name_or_path={name!r}: no config.json there; point it at a folder saved "
                              f"with save_pretrained (e.g. a downloaded Llama-3.1-8B) or use 'tiny'")
        if not looks_local and os.environ.get("HF_HUB_OFFLINE") == "1":
            raise ConfigError(f"model.model_name_or_path={name!r} is a Hub id but HF_HUB_OFFLINE=1: download it "
                              f"first and pass its local folder")

    def _check_grpo(self) -> None:
        from training.reward_registry import resolve_rewards

        grpo = self.grpo
        if grpo.loss_type not in TRL_LOSS_TYPES:
            raise ConfigError(f"grpo.loss_type={grpo.loss_type!r}: choose one of {', '.join(TRL_LOSS_TYPES)}")
        if grpo.scale_rewards not in SCALE_REWARDS:
            raise ConfigError(f"grpo.scale_rewards={grpo.scale_rewards!r}: choose one of {', '.join(SCALE_REWARDS)}")
        try:
            rewards = resolve_rewards(grpo.reward_funcs)
        except ValueError as exc:
            raise ConfigError(f"grpo.reward_funcs={grpo.reward_funcs}: {exc}") from None
        if grpo.reward_weights is not None and len(grpo.reward_weights) != len(rewards):
            raise ConfigError(f"grpo.reward_weights={grpo.reward_weights}: {len(grpo.reward_weights)} weights for "
                              f"{len(rewards)} reward_funcs {grpo.reward_funcs}")
        if grpo.use_vllm and importlib.util.find_spec("vllm") is None:
            raise ConfigError("grpo.use_vllm=true but vLLM is not installed: pip install vllm (on a GPU machine), "
                              "or set --grpo.use_vllm false")

    def _check_data(self, path: Path, stage: str) -> None:
        if not path.exists():
            raise ConfigError(f"{stage}: {path} does not exist; set --data_dir to a folder with sft.jsonl, grpo.jsonl "
                              f"and test.jsonl (python -m training.data build makes the bundled ones)")
        rows = []
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{path}:{number}: not JSON ({exc})") from None
                missing = [key for key in REQUIRED if key not in row] if isinstance(row, dict) else ["all"]
                if missing or (stage in ("sft", "sft_continued") and not str(row.get("solution") or "").strip()):
                    what = f"missing field {missing[0]!r}" if missing else "empty solution (SFT trains on it)"
                    raise ConfigError(f"{path}:{number}: {what} (every row needs the fields of datasets/README.md)")
                rows.append((number, row))
        if not rows:
            raise ConfigError(f"{stage}: {path} has no rows")
        for number, row in rows[::max(1, len(rows) // 200)]:  # answers of ~200 rows spread over the file
            found = problems(row)
            if found:
                raise ConfigError(f"{path}:{number}: {'; '.join(found)} (every row needs an 'answer' the verifiers "
                                  f"can read)")

    def to_dict(self) -> dict:
        """Every setting, JSON-ready: the run's own at the top, each block under its name."""
        run = {name: getattr(self, name) for name in RunArguments.__dataclass_fields__}
        blocks = {"model": asdict(self.model), "tiny": asdict(self.tiny), "guard": asdict(self.guard),
                  "eval": asdict(self.eval)}
        return {**run, **blocks, "sft": self.sft.to_dict(), "grpo": self.grpo.to_dict()}
