"""Memory and time of one GRPO step in the Llama-3.1-8B recipe's shape: 4-bit NF4 (double quant) base
weights, LoRA r=16 on all linear layers, G=8 completions of 512 tokens.

    python bench/gpu_memory.py [--prompt-length 256] [--completion-length 512] [--generations 8]
                               [--micro-batch 8] [--lora-r 16] [--estimate] [--smoke]

On a GPU (``torch.cuda.is_available()``) it builds the architecture from
``tests/training/data/llama-3.1-8b-config.json`` with randomly initialised weights (quantised to NF4 layer
by layer, so the bf16 model never exists in memory), then times and measures (``max_memory_allocated``)
the two phases of a GRPO step: sampling G completions with the KV cache, then one policy-gradient
forward/backward over a micro-batch of them with gradient checkpointing and an AdamW step on the LoRA
parameters. Without a GPU (or with ``--estimate``) it prints an analytic ESTIMATE, term by term.
``--smoke`` runs the measuring code on a CPU with a 2-layer, narrow model of the same kind (a code check,
not a figure). The model is set up as ``training/modeling.py`` does: bitsandbytes leaves the embeddings
and lm_head unquantised and ``peft.prepare_model_for_kbit_training`` then casts them to fp32.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch (see training/runtime.py)
ROOT = Path(__file__).resolve().parents[1]
CONFIG_JSON = ROOT / "tests/training/data/llama-3.1-8b-config.json"
GB = 1e9


@dataclass(frozen=True)
class Shape:
    prompt: int = 256
    completion: int = 512
    generations: int = 8
    micro_batch: int = 8
    lora_r: int = 16


# --- the analytic estimate ----------------------------------------------------------------------------------
def estimate(cfg: dict, shape: Shape) -> list[tuple[str, float, str]]:
    """(term, bytes, how) for each part of the peak; the phases' peaks are added up by the caller."""
    h, inter, layers, vocab = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    heads, kv_heads = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    dim = h // heads
    kv = kv_heads * dim
    linear_io = [(h, h), (h, kv), (h, kv), (h, h), (h, inter), (h, inter), (inter, h)]  # q k v o gate up down
    linear = layers * sum(i * o for i, o in linear_io)
    embed = vocab * h * (1 if cfg.get("tie_word_embeddings") else 2)
    lora = layers * shape.lora_r * sum(i + o for i, o in linear_io)
    tokens = shape.prompt + shape.completion
    mb_tokens = shape.micro_batch * tokens
    # NF4: 4 bits a weight; absmax per 64-weight block, double-quantised to 8 bits with one fp32
    # second-level constant per 256 blocks: 1/64 + 4/(64*256) bytes a weight (QLoRA's 0.127 bits)
    dq = 1 / 64 + 4 / (64 * 256)
    per_token_kv = 2 * layers * kv * 2  # K and V, every layer, bf16
    return [
        ("weights: NF4 linear layers", linear * 0.5, f"{linear / 1e9:.2f}B weights x 4 bits"),
        ("weights: double-quant constants", linear * dq, "1/64 + 4/16384 bytes a weight (8-bit absmax/64, fp32/256 blocks)"),
        ("weights: embeddings + lm_head, fp32", embed * 4,
         f"{embed / 1e9:.2f}B weights left unquantised by bitsandbytes (bf16 at load: {embed * 2 / GB:.2f} GB), "
         "cast to fp32 by prepare_model_for_kbit_training"),
        ("LoRA: parameters + grads + AdamW m, v (fp32)", lora * 4 * 4, f"{lora:,} parameters x 16 bytes"),
        ("generation: KV cache", shape.generations * tokens * per_token_kv,
         f"G={shape.generations} x {tokens} tokens x 2 (K,V) x {layers} layers x {kv_heads} heads x {dim} dims x 2 bytes"),
        ("generation: step temporaries", (h * inter * 2 + shape.generations * vocab * 4) * 2,
         "one dequantised bf16 MLP weight, fp32 next-token logits, x2 slack"),
        ("training: checkpointed layer inputs", layers * mb_tokens * h * 4,
         f"micro-batch {shape.micro_batch} x {tokens} tokens x {layers} layers x hidden {h} x 4 bytes (the residual "
         "stream is fp32: the embeddings are)"),
        ("training: one layer recomputed, fwd + grads", mb_tokens * (10 * h + 6 * inter + 2 * kv) * 2 * 2,
         "per token ~(10 hidden + 6 intermediate + 2 kv) bf16 values incl. LoRA dropout copies, x2 for their grads"),
        ("training: completion logits", 3 * shape.micro_batch * shape.completion * vocab * 2,
         f"{shape.micro_batch} x {shape.completion} x vocab {vocab} bf16: logits, /temperature copy, their grad"),
    ]


def print_estimate(cfg: dict, shape: Shape) -> None:
    terms = estimate(cfg, shape)
    static = sum(b for name, b, _ in terms if name.startswith(("weights", "LoRA")))
    gen = static + sum(b for name, b, _ in terms if name.startswith("generation"))
    train = static + sum(b for name, b, _ in terms if name.startswith("training"))
    print("ESTIMATE (analytic, no GPU measured): one GRPO step of Llama-3.1-8B, NF4 + LoRA "
          f"r={shape.lora_r} all-linear, G={shape.generations}, prompt {shape.prompt} + completion "
          f"{shape.completion} tokens, training micro-batch {shape.micro_batch}\n")
    print("| term | GB | how |\n| --- | ---: | --- |")
    for name, size, how in terms:
        print(f"| {name} | {size / GB:.2f} | {how} |")
    print(f"| **static (weights + LoRA state)** | **{static / GB:.2f}** | held through the whole step |")
    print(f"| **peak while generating** | **{gen / GB:.2f}** | static + KV cache + temporaries |")
    print(f"| **peak while training** | **{train / GB:.2f}** | static + checkpoints + one layer + logits |")
    print(f"| **estimated peak** | **{max(gen, train) / GB:.2f}** | the larger phase; add ~0.5-1 GB CUDA "
          "context and allocator slack |")
    kv_all = [b for name, b, _ in terms if name == "generation: KV cache"][0] * 8
    print(f"\nNote: the recipe's GRPO step samples 8 prompts x G at once (TRL's generation batch = per-device "
          f"batch x gradient_accumulation_steps), so its KV cache is 8x the row above: {kv_all / GB:.2f} GB; "
          "and the recipe's max_completion_length is 768, not 512.")


# --- the measurement ----------------------------------------------------------------------------------------
def random_nf4_llama(cfg: dict, device, compute_dtype):
    """LlamaForCausalLM from ``cfg`` with random weights: every decoder Linear becomes a bitsandbytes NF4
    (double-quant) Linear4bit quantised as it moves to ``device``; the rest is materialised in fp32."""
    import bitsandbytes as bnb
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM
    from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

    config = LlamaConfig(**cfg)
    with torch.device("meta"):
        model = LlamaForCausalLM(config)
    torch.manual_seed(0)
    for layer in model.model.layers:
        for parent in (layer.self_attn, layer.mlp):
            for name, linear in list(parent.named_children()):
                if not isinstance(linear, torch.nn.Linear):
                    continue
                weight = torch.randn(linear.out_features, linear.in_features, device=device, dtype=torch.bfloat16) * 0.02
                q = bnb.nn.Linear4bit(linear.in_features, linear.out_features, bias=False, compute_dtype=compute_dtype,
                                      compress_statistics=True, quant_type="nf4", device="meta")
                q.weight = bnb.nn.Params4bit(weight, requires_grad=False, compress_statistics=True, quant_type="nf4",
                                             module=q).to(device)
                setattr(parent, name, q)
    for module in model.modules():  # embeddings, lm_head, norms: fp32, as after prepare_model_for_kbit_training
        for name, param in list(module.named_parameters(recurse=False)):
            if param.device.type == "meta":
                value = (torch.ones(param.shape, device=device) if "norm" in type(module).__name__.lower()
                         else torch.randn(param.shape, device=device) * 0.02)
                setattr(module, name, torch.nn.Parameter(value, requires_grad=False))
    model.model.rotary_emb = LlamaRotaryEmbedding(config).to(device)
    return model


def measure(cfg: dict, shape: Shape, device) -> dict:
    import bitsandbytes as bnb
    import torch
    from peft import LoraConfig, get_peft_model
    from trl.trainer.utils import selective_log_softmax

    cuda = device.type == "cuda"
    compute_dtype = torch.bfloat16 if cuda else torch.float32
    t0 = time.perf_counter()
    model = random_nf4_llama(cfg, device, compute_dtype)
    model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model.enable_input_require_grads()
    model = get_peft_model(model, LoraConfig(r=shape.lora_r, lora_alpha=2 * shape.lora_r, lora_dropout=0.05,
                                             target_modules="all-linear", task_type="CAUSAL_LM"))
    params = [p for p in model.parameters() if p.requires_grad]
    quantized = [m.weight for m in model.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert quantized and all(w.bnb_quantized and w.dtype == torch.uint8 for w in quantized), "not NF4"
    optimizer = torch.optim.AdamW(params, lr=5e-6)
    out = {"build_s": time.perf_counter() - t0, "trainable": sum(p.numel() for p in params)}
    if cuda:
        torch.cuda.synchronize()
        out["after_build_gb"] = torch.cuda.memory_allocated() / GB
        torch.cuda.reset_peak_memory_stats()

    prompt = torch.randint(0, cfg["vocab_size"], (1, shape.prompt), device=device).repeat(shape.generations, 1)
    model.eval()
    t0 = time.perf_counter()
    with torch.no_grad(), torch.autocast(device.type, dtype=compute_dtype, enabled=cuda):
        seqs = model.generate(input_ids=prompt, attention_mask=torch.ones_like(prompt), do_sample=True,
                              temperature=1.0, top_k=0, max_new_tokens=shape.completion,
                              min_new_tokens=shape.completion, use_cache=True, pad_token_id=0)
    if cuda:
        torch.cuda.synchronize()
        out["generate_peak_gb"] = torch.cuda.max_memory_allocated() / GB
        torch.cuda.reset_peak_memory_stats()
    out["generate_s"] = time.perf_counter() - t0
    assert seqs.shape == (shape.generations, shape.prompt + shape.completion), seqs.shape

    model.train()
    advantages = torch.randn(shape.generations, 1, device=device)
    t0 = time.perf_counter()
    for start in range(0, shape.generations, shape.micro_batch):  # gradient accumulation over micro-batches
        ids = seqs[start:start + shape.micro_batch]
        with torch.autocast(device.type, dtype=compute_dtype, enabled=cuda):
            logits = model(input_ids=ids, use_cache=False, logits_to_keep=shape.completion + 1).logits[:, :-1]
        logps = selective_log_softmax(logits / 1.0, ids[:, -shape.completion:])  # as TRL: /temperature, row by row
        ratio = torch.exp(logps - logps.detach())  # one iteration: old = current policy
        loss = -(ratio * advantages[start:start + shape.micro_batch]).mean() * ids.shape[0] / shape.generations
        loss.backward()
        del logits, logps, ratio, loss
    grad_norm = torch.norm(torch.stack([p.grad.float().norm() for p in params if p.grad is not None]))
    assert torch.isfinite(grad_norm) and grad_norm > 0, "no gradient reached the LoRA parameters"
    out["lora_grad_norm"] = float(grad_norm)
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    if cuda:
        torch.cuda.synchronize()
        out["train_peak_gb"] = torch.cuda.max_memory_allocated() / GB
    out["train_s"] = time.perf_counter() - t0
    return out


SMOKE = {"hidden_size": 256, "intermediate_size": 512, "num_hidden_layers": 2, "num_attention_heads": 4,
         "num_key_value_heads": 2, "vocab_size": 1024, "bos_token_id": None, "eos_token_id": None}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompt-length", type=int, default=256)
    parser.add_argument("--completion-length", type=int, default=512)
    parser.add_argument("--generations", type=int, default=8, help="G, completions per prompt")
    parser.add_argument("--micro-batch", type=int, default=8,
                        help="completions per forward/backward (the recipe's: 8 prompts x 8 / 8 accumulation steps)")
    parser.add_argument("--lora-r", type=int, default=16)
    parser.add_argument("--estimate", action="store_true", help="print the analytic estimate even on a GPU")
    parser.add_argument("--smoke", action="store_true", help="run the measuring code on a tiny model (a check)")
    args = parser.parse_args(argv)
    cfg = json.loads(CONFIG_JSON.read_text())
    shape = Shape(args.prompt_length, args.completion_length, args.generations, args.micro_batch, args.lora_r)
    import torch

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, python {platform.python_version()}, "
          f"torch {torch.__version__}, "
          f"{'GPU ' + torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU'}\n")
    if args.smoke:
        small = Shape(16, 16, 4, 2, 4)
        result = measure({**cfg, **SMOKE}, small, torch.device("cuda" if torch.cuda.is_available() else "cpu"))
        print(f"smoke run (2-layer model, not a figure): {json.dumps(result)}")
        return 0
    if args.estimate or not torch.cuda.is_available():
        print_estimate(cfg, shape)
        return 0
    result = measure(cfg, shape, torch.device("cuda"))
    print(f"MEASURED on {torch.cuda.get_device_name(0)} (random weights): {json.dumps(result, indent=1)}")
    print(f"step peak {max(result['generate_peak_gb'], result['train_peak_gb']):.2f} GB allocated, step time "
          f"{result['generate_s'] + result['train_s']:.1f} s (generation {result['generate_s']:.1f} s)\n")
    print_estimate(cfg, shape)  # beside the measurement, to compare
    return 0


if __name__ == "__main__":
    sys.exit(main())
