"""The Llama-3.1-8B QLoRA path on paper, on a CPU: the real architecture built from its public config on
the ``meta`` device (no weights, no memory), passed through the pipeline's own ``load_model`` with the
8B recipe, and the chat template that recipe gives a base Llama 3 tokenizer."""

import json
import re
from pathlib import Path

import pytest

from training.cli import parse

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "recipes/llama-3.1-8b-qlora.yaml"
CONFIG_JSON = Path(__file__).parent / "data/llama-3.1-8b-config.json"

# LoRA adds r*(in + out) parameters to each targeted Linear(in -> out). Per Llama-3.1-8B decoder layer
# (hidden 4096, intermediate 14336, 32 query heads and 8 KV heads of 128 dims, so k/v project to 1024):
#   q_proj 4096->4096: 8192   k_proj 4096->1024: 5120   v_proj 4096->1024: 5120   o_proj 4096->4096: 8192
#   gate_proj 4096->14336: 18432   up_proj 4096->14336: 18432   down_proj 14336->4096: 18432
#   sum of (in + out) = 81,920; x r=16 = 1,310,720 per layer; x 32 layers = 41,943,040.
# lm_head (4096 -> 128256) is excluded by PEFT's "all-linear" (the output layer is never adapted).
LINEAR_IN_OUT = {"q_proj": (4096, 4096), "k_proj": (4096, 1024), "v_proj": (4096, 1024),
                 "o_proj": (4096, 4096), "gate_proj": (4096, 14336), "up_proj": (4096, 14336),
                 "down_proj": (14336, 4096)}
LAYERS = 32


def lora_params(r: int) -> int:
    return LAYERS * r * sum(i + o for i, o in LINEAR_IN_OUT.values())


def test_the_trainable_count_formula_is_the_issue_figure():
    assert lora_params(16) == 41_943_040


@pytest.fixture(scope="module")
def recipe():
    cfg = parse(["--config", str(RECIPE)])
    assert cfg.model.load_in_4bit and cfg.model.use_peft and not cfg.is_tiny  # the QLoRA path, not the tiny model
    return cfg


@pytest.fixture(scope="module")
def peft_8b(recipe):
    """Llama-3.1-8B on the meta device, through ``training.modeling.load_model`` with the 8B recipe:
    only ``from_pretrained`` (which would need the 16 GB of weights) is replaced."""
    import torch
    from accelerate import init_empty_weights
    from transformers import AutoModelForCausalLM, LlamaConfig

    from training import modeling

    config = LlamaConfig(**json.loads(CONFIG_JSON.read_text()))
    seen = {}

    def from_pretrained(path, **kwargs):
        seen.update(path=path, **kwargs)
        with init_empty_weights():
            return AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)

    mp = pytest.MonkeyPatch()
    mp.setattr(AutoModelForCausalLM, "from_pretrained", from_pretrained)
    try:
        model = modeling.load_model(recipe, "meta-llama/Llama-3.1-8B", trainable=True)
    finally:
        mp.undo()
    return model, seen


def test_the_8b_config_is_the_published_architecture():
    from transformers import LlamaConfig

    config = LlamaConfig(**json.loads(CONFIG_JSON.read_text()))
    assert (config.hidden_size, config.intermediate_size, config.num_hidden_layers) == (4096, 14336, 32)
    assert (config.num_attention_heads, config.num_key_value_heads, config.vocab_size) == (32, 8, 128256)
    assert config.hidden_size // config.num_attention_heads == 128
    assert config.max_position_embeddings == 131072 and config.tie_word_embeddings is False
    rope = getattr(config, "rope_parameters", None) or config.rope_scaling
    assert rope["rope_type"] == "llama3" and rope["factor"] == 8.0
    assert rope.get("rope_theta", getattr(config, "rope_theta", None)) == 500000.0


def test_the_recipe_asks_for_nf4_double_quant(peft_8b):
    _, seen = peft_8b
    quant = seen["quantization_config"]
    assert quant.load_in_4bit and quant.bnb_4bit_quant_type == "nf4" and quant.bnb_4bit_use_double_quant


def test_the_base_model_is_the_full_8b_on_meta(peft_8b):
    model, _ = peft_8b
    base = model.get_base_model()
    assert {p.device.type for p in base.parameters()} == {"meta"}  # nothing was allocated
    total = sum(p.numel() for n, p in base.named_parameters() if "lora_" not in n)
    assert total == 8_030_261_248  # Llama-3.1-8B's published parameter count


def test_lora_targets_every_linear_layer_but_lm_head(peft_8b, recipe):
    model, _ = peft_8b
    lora = model.peft_config["default"]
    assert (lora.r, lora.lora_alpha, lora.lora_dropout) == (recipe.model.lora_r, recipe.model.lora_alpha,
                                                            recipe.model.lora_dropout)
    assert (lora.r, lora.lora_alpha, lora.lora_dropout) == (16, 32, 0.05)  # what the recipe says today
    assert lora.task_type == "CAUSAL_LM"
    assert set(lora.target_modules) == set(LINEAR_IN_OUT)
    adapted = {n.rsplit(".lora_A", 1)[0] for n, _ in model.named_modules() if n.endswith(".lora_A")}
    pattern = re.compile(r".*\.layers\.(\d+)\.(self_attn|mlp)\.(\w+)$")
    by_layer = {}
    for name in adapted:
        match = pattern.match(name)
        assert match, f"unexpected adapted module {name}"
        by_layer.setdefault(int(match[1]), set()).add(match[3])
    assert sorted(by_layer) == list(range(LAYERS))
    assert all(names == set(LINEAR_IN_OUT) for names in by_layer.values())
    assert not any("lm_head" in n or "embed" in n for n in adapted)


def test_trainable_parameters_are_the_lora_matrices_only(peft_8b, recipe):
    model, _ = peft_8b
    trainable = {n: p for n, p in model.named_parameters() if p.requires_grad}
    assert all(".lora_A." in n or ".lora_B." in n for n in trainable)
    assert sum(p.numel() for p in trainable.values()) == lora_params(recipe.model.lora_r) == 41_943_040
    for name, p in trainable.items():  # each matrix has the shape r x in (A) or out x r (B)
        i, o = LINEAR_IN_OUT[name.split(".lora_")[0].rsplit(".", 1)[1]]
        assert tuple(p.shape) == ((recipe.model.lora_r, i) if ".lora_A." in name else (o, recipe.model.lora_r)), name


# --- the chat template the recipe gives a base Llama 3 tokenizer -----------------------------------------
LLAMA3_SPECIALS = ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>",
                   "<|eot_id|>", "<|finetune_right_pad_id|>"]


@pytest.fixture
def base_llama3_tokenizer():
    """The tiny tokenizer dressed as a base Llama 3 one: its special tokens, bos/eos as Meta ships them,
    no chat template and no pad token."""
    from training.tiny_model import train_tokenizer

    tok = train_tokenizer(["A ball falls for 2 s. g = 9.8 m/s^2, so v = 19.6 m/s."] * 20, vocab_size=320)
    tok.add_special_tokens({"additional_special_tokens": LLAMA3_SPECIALS})
    tok.bos_token, tok.eos_token = "<|begin_of_text|>", "<|end_of_text|>"
    tok.chat_template = None
    tok.pad_token = None
    return tok


def test_a_base_llama3_tokenizer_gets_llama3_headers_eot_and_a_pad(base_llama3_tokenizer):
    from training.modeling import ensure_chat_template

    tok = base_llama3_tokenizer
    ensure_chat_template(tok)
    messages = [{"role": "system", "content": "Solve."}, {"role": "user", "content": "v = ?"}]
    prompt = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert prompt == ("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nSolve.<|eot_id|>"
                      "<|start_header_id|>user<|end_header_id|>\n\nv = ?<|eot_id|>"
                      "<|start_header_id|>assistant<|end_header_id|>\n\n")
    assert tok.eos_token == "<|eot_id|>"  # generation stops at the end of the assistant's turn
    assert tok.pad_token == "<|finetune_right_pad_id|>" and tok.pad_token_id != tok.eos_token_id
    # every special token is one token, and the prompt is an exact token prefix of the whole conversation
    ids = tok(prompt, add_special_tokens=False)["input_ids"]
    for special in ("<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"):
        assert ids.count(tok.convert_tokens_to_ids(special)) == prompt.count(special)
    full = tok.apply_chat_template(messages + [{"role": "assistant", "content": "19.6 m/s"}], tokenize=False)
    assert full.endswith("19.6 m/s<|eot_id|>")
    assert tok(full, add_special_tokens=False)["input_ids"][:len(ids)] == ids


# --- bench/gpu_memory.py: its estimate agrees with the model above, and its GPU code runs ---------------
def _bench():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("bench_gpu_memory", ROOT / "bench/gpu_memory.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_the_memory_estimate_counts_the_same_lora_and_a_known_kv_cache():
    bench = _bench()
    terms = {name: size for name, size, _ in bench.estimate(json.loads(CONFIG_JSON.read_text()), bench.Shape())}
    assert terms["LoRA: parameters + grads + AdamW m, v (fp32)"] == 41_943_040 * 16
    # 8 sequences x (256 + 512) tokens x 128 KiB a token (K and V x 32 layers x 8 heads x 128 dims x bf16)
    assert terms["generation: KV cache"] == 8 * 768 * 2 * 32 * 8 * 128 * 2
    assert terms["weights: NF4 linear layers"] == 6_979_321_856 / 2  # the 8B's linear weights at 4 bits


def test_the_gpu_measurement_runs_on_a_tiny_nf4_model_on_cpu():
    import torch

    bench = _bench()
    cfg = {**json.loads(CONFIG_JSON.read_text()), **bench.SMOKE}
    result = bench.measure(cfg, bench.Shape(prompt=8, completion=8, generations=4, micro_batch=2, lora_r=4),
                           torch.device("cpu"))
    assert result["trainable"] == 2 * 4 * (512 + 384 + 384 + 512 + 768 + 768 + 768)  # layers x r x sum(in+out)
    assert result["lora_grad_norm"] > 0
