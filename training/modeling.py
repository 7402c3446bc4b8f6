"""One code path for models, as the recipe's ``model:`` block (``trl.ModelConfig``) says: the built-in tiny
model or a local path / Hub id, loaded with TRL's ``get_quantization_config`` (4-bit, QLoRA) and given
LoRA adapters from TRL's ``get_peft_config``; and a chat template for base models.

Imports torch lazily: call ``training.runtime.setup()`` (the CLI does) before anything here.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from training.config import PipelineConfig
from training.data.build import read_split
from training.tiny_model import save_tiny_model

logger = logging.getLogger(__name__)
ADAPTER_FILE = "adapter_config.json"
# Llama 3's own header tokens, used when the tokenizer has them but no chat template (a base model).
LLAMA3_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] + '<|eot_id|>' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"
)


def base_model_path(cfg: PipelineConfig) -> str:
    """The base model's folder or Hub id; the tiny model is built (once) under ``output_dir/base-model``."""
    if not cfg.is_tiny:
        return cfg.model.model_name_or_path
    path = Path(cfg.output_dir) / "base-model"
    from accelerate import PartialState

    with PartialState().main_process_first():  # under accelerate, one process builds it, the others wait
        if not (path / "config.json").exists():
            _build_tiny(cfg, path)
    return str(path)


def _build_tiny(cfg: PipelineConfig, path: Path) -> None:
    """Train the tiny model's tokenizer on the run's own data and save a fresh model to ``path``."""
    from training.data.schema import SYSTEM_PROMPT

    texts = [SYSTEM_PROMPT] * 200  # so the system prompt becomes a few tokens, not fifty
    for name in ("sft.jsonl", "grpo.jsonl"):
        file = Path(cfg.data_dir) / name
        if file.exists():
            texts += [r["question"] + "\n" + r["solution"] for r in read_split(file)]
    save_tiny_model(path, texts, cfg.tiny)


def load_tokenizer(path: str):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    ensure_chat_template(tokenizer)
    return tokenizer


def ensure_chat_template(tokenizer) -> None:
    """Give a base model's tokenizer a chat template (Llama 3 headers where it has them) and a pad token."""
    if tokenizer.chat_template is None:
        vocab = tokenizer.get_vocab()
        if "<|start_header_id|>" in vocab and "<|eot_id|>" in vocab:
            tokenizer.chat_template = LLAMA3_TEMPLATE
            tokenizer.eos_token = "<|eot_id|>"
        else:
            tokenizer.chat_template = ("{% for message in messages %}{{ message['role'] + ': ' + message['content'] + "
                                       "eos_token + '\\n' }}{% endfor %}{% if add_generation_prompt %}"
                                       "{{ 'assistant: ' }}{% endif %}")
    if tokenizer.pad_token is None:
        vocab = tokenizer.get_vocab()
        tokenizer.pad_token = "<|finetune_right_pad_id|>" if "<|finetune_right_pad_id|>" in vocab else tokenizer.eos_token


def load_model(cfg: PipelineConfig, path: str, adapter: str | None = None, trainable: bool = True):
    """A causal LM from ``path`` as ``cfg.model`` says (dtype, 4-bit), with the LoRA ``adapter`` loaded when
    given or, for a trainable ``use_peft`` run without one, fresh adapters from ``get_peft_config``."""
    import torch
    from accelerate import PartialState
    from transformers import AutoModelForCausalLM
    from trl import get_peft_config, get_quantization_config

    args = cfg.model
    kwargs = {"revision": args.model_revision, "attn_implementation": args.attn_implementation,
              "dtype": args.dtype if args.dtype in ("auto", None) else getattr(torch, args.dtype)}
    quantization = get_quantization_config(args)
    cuda = torch.cuda.is_available()
    if quantization is not None:
        kwargs["quantization_config"] = quantization
        if cuda:
            kwargs["device_map"] = {"": PartialState().local_process_index}  # each rank on its own GPU
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    if cuda and quantization is None and not trainable:
        model.to(PartialState().device)  # evaluation generates on the GPU; trainers place their own models
    if not adapter and not (args.use_peft and trainable):
        return model
    from peft import PeftModel, get_peft_model, prepare_model_for_kbit_training

    if quantization is not None and trainable:  # frozen, norms in fp32; gradient checkpointing is the trainer's
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    if adapter:  # a LoRA stage is always loaded with its adapter, whatever the flags say
        return PeftModel.from_pretrained(model, adapter, is_trainable=trainable)
    return get_peft_model(model, get_peft_config(args))


def stage_model(cfg: PipelineConfig, stage: str) -> tuple[str, str | None]:
    """(weights path, adapter path or None) of a finished stage: ``base``, ``sft`` or ``grpo``."""
    base = base_model_path(cfg)
    if stage == "base":
        return base, None
    path = Path(cfg.output_dir) / stage
    if not path.exists():
        raise FileNotFoundError(f"no {stage} model in {path}: run `physics-grpo {stage}` first")
    if (path / ADAPTER_FILE).exists():
        return base, str(path)
    return str(path), None


def save_stage(trainer, tokenizer, cfg: PipelineConfig, stage: str, extra: dict | None = None) -> Path:
    """Save a trained stage (weights or adapter, tokenizer) from the main process only."""
    path = Path(cfg.output_dir) / stage
    trainer.save_model(str(path))
    if trainer.accelerator.is_main_process:
        tokenizer.save_pretrained(path)
        (path / "stage.json").write_text(json.dumps({"stage": stage, **(extra or {})}, indent=2))
        logger.info("saved the %s model to %s", stage, path)
    trainer.accelerator.wait_for_everyone()
    return path
