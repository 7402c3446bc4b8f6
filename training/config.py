"""The pipeline's configuration: one flat dataclass, read from a YAML recipe with TRL's parser, command-line
flags winning, and checked as a whole before any model is loaded.

>>> cfg = PipelineConfig(output_dir="runs/x", num_generations=8, grpo_prompts_per_step=8)
>>> cfg.validate(stages=("sft",)) is None
True
>>> try:
...     PipelineConfig(num_generations=1).validate(stages=("grpo",))
... except ConfigError as exc:
...     print(exc)
num_generations=1: GRPO needs at least 2 completions per prompt to compare (set --num_generations 4 or more)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from training.data.schema import REQUIRED, problems
from training.grpo_loss import LOSS_TYPES

DATA_DIR = Path(__file__).resolve().parents[1] / "datasets"
TINY = "tiny"
SCALE_REWARDS = ("group", "batch", "none")
STAGES = ("sft", "grpo", "sft_continued", "eval")
GUARDS = ("extend", "stop", "warn", "off")


class ConfigError(ValueError):
    """A configuration that cannot work; the message names the field and the fix."""


def _f(default, help_text):
    return field(default=default, metadata={"help": help_text})


@dataclass
class PipelineConfig:
    """Every knob of the run. Field names are the command-line flags (``--grpo_learning_rate 5e-5``)."""

    # model
    model_name_or_path: str = _f(TINY, "'tiny' builds the built-in model; else a local path or Hub id")
    load_in_4bit: bool = _f(False, "NF4 4-bit weights with double quantisation (QLoRA); implies LoRA")
    use_lora: bool = _f(False, "train LoRA adapters on all linear layers instead of every weight")
    lora_r: int = _f(16, "LoRA rank")
    lora_alpha: int = _f(32, "LoRA alpha")
    lora_dropout: float = _f(0.05, "LoRA dropout")
    tiny_hidden_size: int = _f(256, "built-in model width (a multiple of 64)")
    tiny_intermediate_size: int = _f(704, "built-in model MLP width (a multiple of 64)")
    tiny_layers: int = _f(4, "built-in model layers")
    tiny_heads: int = _f(4, "built-in model attention heads")
    tiny_vocab_size: int = _f(512, "built-in tokenizer vocabulary (a multiple of 64)")
    # data
    data_dir: str = _f(str(DATA_DIR / "tiny"), "folder with sft.jsonl, grpo.jsonl, test.jsonl")
    sft_limit: int = _f(0, "use at most this many SFT rows (0: all)")
    grpo_limit: int = _f(0, "use at most this many GRPO prompts (0: all)")
    eval_limit: int = _f(0, "evaluate on at most this many test problems (0: all)")
    # run
    output_dir: str = _f("runs/tiny-cpu", "where models, checkpoints, logs and the report go")
    seed: int = _f(0, "random seed (data order, initialisation, sampling)")
    stages: str = _f("sft,grpo,sft_continued", "stages of `physics-grpo run`, in order (sft_continued: the SFT "
                     "model trained further on the SFT data for the wall time GRPO took, the compute-matched control)")
    resume: bool = _f(False, "continue an interrupted SFT or GRPO run from its last checkpoint")
    save_steps: int = _f(50, "checkpoint every this many optimizer steps")
    logging_steps: int = _f(10, "log every this many steps")
    report_to: str = _f("auto", "'auto' (TensorBoard or trackio when installed), 'none', or a list")
    torch_threads: int = _f(0, "torch CPU threads (0: one per core)")
    # SFT
    sft_epochs: float = _f(4.0, "SFT epochs")
    sft_max_steps: int = _f(-1, "stop SFT after this many steps (-1: run the epochs)")
    sft_learning_rate: float = _f(1e-3, "SFT learning rate")
    sft_batch_size: int = _f(32, "SFT batch size per device")
    sft_max_length: int = _f(160, "SFT sequence length in tokens")
    # GRPO
    grpo_max_steps: int = _f(60, "GRPO optimizer steps")
    grpo_learning_rate: float = _f(2e-5, "GRPO learning rate")
    grpo_prompts_per_step: int = _f(8, "distinct prompts per GRPO step")
    grpo_gradient_accumulation_steps: int = _f(1, "micro-batches per GRPO step (prompts x G must divide by it)")
    num_generations: int = _f(8, "group size G: completions sampled per prompt")
    num_iterations: int = _f(1, "optimizer steps on each generated batch (PPO-style reuse, clipped by epsilon)")
    scale_rewards: str = _f("group", "divide advantages by the group std ('group'), batch std ('batch') or not ('none')")
    epsilon: float = _f(0.2, "PPO clipping range")
    beta: float = _f(0.0, "KL weight to the reference policy (0 disables the reference model)")
    loss_type: str = _f("dapo", "'dapo' (mean over all tokens), 'bnpo', 'grpo' (per sequence), 'dr_grpo' (constant length)")
    max_completion_length: int = _f(64, "tokens generated per completion")
    temperature: float = _f(1.0, "sampling temperature during GRPO")
    mask_truncated_completions: bool = _f(True, "leave completions cut at max_completion_length out of the loss")
    reward_funcs: str = _f("physics_reward", "GRPO rewards, comma-separated: physics_reward, format_reward, "
                           "unit_reward, soft_overlong_penalty, or module:name for your own")
    reward_weights: str = _f("", "their weights, comma-separated (empty: 1 each)")
    format_reward_weight: float = _f(0.0, "adds format_reward with this weight beside reward_funcs (0: none)")
    use_vllm: bool = _f(False, "generate GRPO completions with vLLM (GPU only; pip install vllm)")
    vllm_mode: str = _f("colocate", "'colocate' (vLLM inside the training processes) or 'server' (trl vllm-serve)")
    vllm_gpu_memory_utilization: float = _f(0.3, "GPU memory share vLLM may take in colocate mode")
    min_sample_accuracy: float = _f(0.3, "GRPO's start must sample right answers at least this often on its pool")
    max_zero_spread: float = _f(0.9, "at most this share of GRPO pool prompts may have G equally-scored completions")
    guard_prompts: int = _f(64, "GRPO pool prompts sampled (G times each) to check the start before GRPO")
    grpo_guard: str = _f("extend", "when the start fails the check: 'extend' (more SFT, then check again), 'stop' "
                         "or 'warn'; 'off' skips the check (e.g. for rewards other than correctness)")
    sft_extend_steps: int = _f(100, "SFT steps added by grpo_guard=extend before checking again (once)")
    # evaluation
    eval_pass_k: int = _f(4, "k for pass@k (sampled); 0 skips sampling")
    eval_pass_k_limit: int = _f(200, "sample pass@k on at most this many test problems, spread over the split (0: all)")
    eval_batch_size: int = _f(64, "prompts generated at once in evaluation")
    eval_max_new_tokens: int = _f(64, "tokens generated per evaluation answer")
    eval_temperature: float = _f(1.0, "sampling temperature for pass@k")
    eval_stages: str = _f("sft,sft_continued,grpo", "stages evaluated by `physics-grpo run` (base: the untrained "
                          "model, greedy only)")

    def __post_init__(self):
        data = Path(self.data_dir).expanduser()
        if not data.is_absolute() and not data.exists() and (DATA_DIR.parent / data).exists():
            self.data_dir = str(DATA_DIR.parent / data)  # a recipe's "datasets/tiny", run from elsewhere

    @property
    def is_tiny(self) -> bool:
        return self.model_name_or_path == TINY

    @property
    def lora(self) -> bool:
        return self.use_lora or self.load_in_4bit

    def stage_list(self, text: str | None = None) -> list[str]:
        return [s.strip() for s in (text if text is not None else self.stages).split(",") if s.strip()]

    def validate(self, stages=("sft", "grpo", "eval")) -> None:
        """Raise ConfigError for the first thing that cannot work, before any model is loaded."""
        self._check_model()
        self._check_numbers()
        for stage in stages:
            if stage not in STAGES:
                raise ConfigError(f"unknown stage {stage!r}: stages are {', '.join(STAGES)}")
        if "sft_continued" in stages and "grpo" not in stages:
            raise ConfigError("stage sft_continued is matched to GRPO's wall time: list it after grpo")
        needed = {"sft": "sft.jsonl", "sft_continued": "sft.jsonl", "grpo": "grpo.jsonl", "eval": "test.jsonl"}
        for stage in stages:
            self._check_data(Path(self.data_dir) / needed[stage], stage)
        if "grpo" in stages:
            self._check_grpo()

    def _check_model(self) -> None:
        if self.is_tiny:
            for name in ("tiny_heads", "tiny_layers"):
                if getattr(self, name) <= 0:
                    raise ConfigError(f"{name}={getattr(self, name)} must be positive")
            for name in ("tiny_hidden_size", "tiny_intermediate_size", "tiny_vocab_size"):
                if getattr(self, name) % 64:
                    raise ConfigError(f"{name}={getattr(self, name)} must be a multiple of 64 "
                                      f"(bitsandbytes' CPU 4-bit kernels crash on other widths)")
            if self.tiny_hidden_size % self.tiny_heads:
                raise ConfigError(f"tiny_hidden_size={self.tiny_hidden_size} must divide by tiny_heads={self.tiny_heads}")
            return
        path = Path(self.model_name_or_path).expanduser()
        looks_local = self.model_name_or_path.startswith((".", "/", "~")) or path.exists()
        if looks_local and not (path / "config.json").exists():
            raise ConfigError(f"model_name_or_path={self.model_name_or_path!r}: no config.json there; point it at a "
                              f"folder saved with save_pretrained (e.g. a downloaded Llama-3.1-8B) or use 'tiny'")
        if not looks_local and os.environ.get("HF_HUB_OFFLINE") == "1":
            raise ConfigError(f"model_name_or_path={self.model_name_or_path!r} is a Hub id but HF_HUB_OFFLINE=1: "
                              f"download it first and pass its local folder")

    def _check_numbers(self) -> None:
        positive = ("sft_batch_size", "sft_max_length", "grpo_prompts_per_step", "max_completion_length",
                    "eval_batch_size", "eval_max_new_tokens", "lora_r", "save_steps", "logging_steps")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name}={getattr(self, name)} must be positive")
        for name in ("sft_learning_rate", "grpo_learning_rate", "temperature"):
            if not getattr(self, name) > 0:
                raise ConfigError(f"{name}={getattr(self, name)} must be > 0")
        if self.beta < 0 or self.epsilon <= 0:
            raise ConfigError(f"beta={self.beta} must be >= 0 and epsilon={self.epsilon} > 0")
        if self.eval_pass_k < 0 or (self.eval_pass_k and not self.eval_temperature > 0):
            raise ConfigError(f"eval_pass_k={self.eval_pass_k} must be >= 0, and sampling for pass@k needs "
                              f"eval_temperature > 0 (got {self.eval_temperature})")
        if not self.sft_epochs > 0 or self.torch_threads < 0 or not 0 <= self.lora_dropout < 1:
            raise ConfigError(f"need sft_epochs > 0 (got {self.sft_epochs}), torch_threads >= 0 (got "
                              f"{self.torch_threads}) and 0 <= lora_dropout < 1 (got {self.lora_dropout})")

    def _check_grpo(self) -> None:
        if self.num_generations < 2:
            raise ConfigError(f"num_generations={self.num_generations}: GRPO needs at least 2 completions per prompt "
                              f"to compare (set --num_generations 4 or more)")
        if self.loss_type not in LOSS_TYPES:
            raise ConfigError(f"loss_type={self.loss_type!r}: choose one of {', '.join(LOSS_TYPES)}")
        if self.scale_rewards not in SCALE_REWARDS:
            raise ConfigError(f"scale_rewards={self.scale_rewards!r}: choose one of {', '.join(SCALE_REWARDS)}")
        if self.grpo_guard not in GUARDS:
            raise ConfigError(f"grpo_guard={self.grpo_guard!r}: choose one of {', '.join(GUARDS)}")
        if self.guard_prompts <= 0 or self.sft_extend_steps < 0:
            raise ConfigError(f"guard_prompts={self.guard_prompts} must be positive and sft_extend_steps="
                              f"{self.sft_extend_steps} >= 0")
        try:
            from training.reward_registry import rewards_for

            rewards_for(self)
        except ValueError as exc:
            raise ConfigError(f"reward_funcs={self.reward_funcs!r}, reward_weights={self.reward_weights!r}: {exc}") \
                from None
        if self.num_iterations < 1:
            raise ConfigError(f"num_iterations={self.num_iterations} must be at least 1")
        if self.grpo_max_steps <= 0:
            raise ConfigError(f"grpo_max_steps={self.grpo_max_steps} must be positive")
        if self.use_vllm:
            import importlib.util

            if self.vllm_mode not in ("colocate", "server"):
                raise ConfigError(f"vllm_mode={self.vllm_mode!r}: choose 'colocate' or 'server'")
            if importlib.util.find_spec("vllm") is None:
                raise ConfigError("use_vllm=true but vLLM is not installed: pip install vllm (on a GPU machine), "
                                  "or set --use_vllm false")
        batch = self.grpo_prompts_per_step * self.num_generations
        processes = int(os.environ.get("WORLD_SIZE", "1") or 1)
        split = self.grpo_gradient_accumulation_steps * processes
        if self.grpo_gradient_accumulation_steps <= 0 or batch % split:
            raise ConfigError(f"grpo_prompts_per_step x num_generations = {batch} completions per step must divide "
                              f"by grpo_gradient_accumulation_steps={self.grpo_gradient_accumulation_steps} x "
                              f"{processes} processes")

    def _check_data(self, path: Path, stage: str) -> None:
        if not path.exists():
            raise ConfigError(f"{stage}: {path} does not exist; set --data_dir to a folder with sft.jsonl, grpo.jsonl "
                              f"and test.jsonl (python -m training.data build makes the bundled ones)")
        import json

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
                if missing or (stage == "sft" and not str(row.get("solution") or "").strip()):
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
        return {f.name: getattr(self, f.name) for f in fields(self)}
