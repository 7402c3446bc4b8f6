"""The built-in tiny model: a byte-level BPE tokenizer trained on our own text and a small LlamaForCausalLM.

It is saved with ``save_pretrained`` and then loaded like any Hub model, so every code path (4-bit
included) runs on a CPU with no downloads. Layer widths are multiples of 64: bitsandbytes' CPU 4-bit
kernels crash on other widths in generation.

>>> tok = train_tokenizer(["The speed is 12 m/s.", "F = ma = 3*4 = 12 N"], vocab_size=320)
>>> tok.convert_ids_to_tokens(tok("1234")["input_ids"])  # digits are split one by one
['1', '2', '3', '4']
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

PAD, EOS, BOS = "<|pad|>", "<|eot|>", "<|begin|>"
ROLE_TOKENS = ("<|system|>", "<|user|>", "<|assistant|>")
# Each turn is "<|role|>" + content + EOS. The generation prompt "<|assistant|>" is a single special
# token, so a prompt rendered with it is an exact token prefix of the full conversation.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>' + message['content'] + '<|eot|>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"
)


@dataclass(frozen=True)
class TinyConfig:
    """Size of the built-in model. Widths must be multiples of 64."""

    vocab_size: int = 512
    hidden_size: int = 128
    intermediate_size: int = 256
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    max_position_embeddings: int = 512
    seed: int = 0

    def __post_init__(self):
        for name in ("vocab_size", "hidden_size", "intermediate_size"):
            if getattr(self, name) % 64:
                raise ValueError(f"tiny model {name}={getattr(self, name)} must be a multiple of 64 "
                                 f"(bitsandbytes' CPU 4-bit kernels need it)")


def train_tokenizer(texts, vocab_size: int = 512):
    """A byte-level BPE ``PreTrainedTokenizerFast`` trained on ``texts``, digits split one by one,
    with pad/eos/bos and the chat template above."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = [PAD, EOS, BOS, *ROLE_TOKENS]
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)])
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator(texts, trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, pad_token=PAD, eos_token=EOS, bos_token=BOS,
                                   additional_special_tokens=list(ROLE_TOKENS))
    fast.chat_template = CHAT_TEMPLATE
    return fast


def build_tiny_model(tokenizer, config: TinyConfig = TinyConfig()):
    """A randomly initialised ``LlamaForCausalLM`` sized by ``config`` for ``tokenizer``."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    vocab = max(config.vocab_size, -(-len(tokenizer) // 64) * 64)
    torch.manual_seed(config.seed)
    llama = LlamaConfig(vocab_size=vocab, hidden_size=config.hidden_size,
                        intermediate_size=config.intermediate_size, num_hidden_layers=config.num_hidden_layers,
                        num_attention_heads=config.num_attention_heads,
                        num_key_value_heads=config.num_attention_heads,
                        max_position_embeddings=config.max_position_embeddings,
                        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
                        bos_token_id=tokenizer.bos_token_id, tie_word_embeddings=False)
    model = LlamaForCausalLM(llama)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    return model


def save_tiny_model(output_dir, texts, config: TinyConfig = TinyConfig()) -> Path:
    """Train the tokenizer on ``texts``, build the model and save both to ``output_dir``."""
    out = Path(output_dir)
    tokenizer = train_tokenizer(texts, vocab_size=config.vocab_size)
    model = build_tiny_model(tokenizer, config)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(out)
    model.save_pretrained(out)
    params = sum(p.numel() for p in model.parameters())
    logger.info("built tiny Llama (%.2fM parameters, vocab %d) in %s", params / 1e6, len(tokenizer), out)
    return out
