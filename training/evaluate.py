"""Evaluation: greedy accuracy and sampled pass@k on a test split, per topic and level, judged by
``verifiers.verify``.

>>> summarise([{"topic": "a", "level": 1, "greedy": True, "samples": [True, False]},
...            {"topic": "b", "level": 1, "greedy": False, "samples": [False, False]}], k=2)["accuracy"]
0.5
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from pathlib import Path

from training.compare import wilson
from training.config import PipelineConfig
from training.data.build import read_split
from training.data.schema import prompt_messages
from verifiers import verify_with
from verifiers.options import row_options

logger = logging.getLogger(__name__)


def load_rows(cfg: PipelineConfig, name: str, limit: int = 0) -> list[dict]:
    """A split's rows; with ``limit``, that many spread evenly over it (rows are sorted by family)."""
    rows = read_split(Path(cfg.data_dir) / f"{name}.jsonl")
    return [rows[i] for i in spread(len(rows), limit)]


def spread(n: int, limit: int = 0) -> list[int]:
    """``limit`` indices spread evenly over ``range(n)`` (all of them when ``limit`` is 0 or enough).

    >>> spread(10, 3), spread(3, 0)
    ([0, 3, 6], [0, 1, 2])
    """
    if not limit or limit >= n:
        return list(range(n))
    return [i * n // limit for i in range(limit)]


def generate(model, tokenizer, questions: list[str], *, max_new_tokens: int, batch_size: int, samples: int = 1,
             temperature: float = 1.0, seed: int = 0, desc: str = "generating") -> list[list[str]]:
    """For each question, ``samples`` completions (greedy when ``samples`` is 1 and temperature is 0)."""
    import torch
    from tqdm.auto import tqdm

    torch.manual_seed(seed)
    tokenizer.padding_side = "left"
    greedy = samples == 1 and temperature == 0
    outputs = []
    model.eval()
    device = next(model.parameters()).device
    for start in tqdm(range(0, len(questions), batch_size), desc=desc, leave=False):
        batch = questions[start:start + batch_size]
        texts = [tokenizer.apply_chat_template(prompt_messages(q), tokenize=False, add_generation_prompt=True)
                 for q in batch]
        encoded = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
        with torch.no_grad():
            generated = model.generate(**encoded, max_new_tokens=max_new_tokens, do_sample=not greedy,
                                       temperature=temperature if not greedy else None,
                                       top_p=1.0 if not greedy else None, top_k=0 if not greedy else None,
                                       num_return_sequences=samples, pad_token_id=tokenizer.pad_token_id,
                                       eos_token_id=stop_tokens(model, tokenizer))
        new = generated[:, encoded["input_ids"].shape[1]:]
        decoded = tokenizer.batch_decode(new, skip_special_tokens=True)
        outputs += [decoded[i:i + samples] for i in range(0, len(decoded), samples)]
    return outputs


def stop_tokens(model, tokenizer) -> list[int]:
    """End-of-turn tokens: the tokenizer's (a chat template may have set ``<|eot_id|>``) and the model's."""
    ids = {tokenizer.eos_token_id}
    configured = getattr(model.generation_config, "eos_token_id", None)
    ids.update(configured if isinstance(configured, (list, tuple)) else [configured])
    return sorted(i for i in ids if i is not None)


def score(rows: list[dict], greedy: list[str], sampled: list[list[str]] | None) -> list[dict]:
    """Per problem: is the greedy answer right, and which samples are."""
    results = []
    for index, row in enumerate(rows):
        opts = row_options(row)
        verdict = verify_with(greedy[index], row["answer"], opts)
        samples = [verify_with(s, row["answer"], opts).correct for s in sampled[index]] if sampled else []
        results.append({"id": row["id"], "topic": row["topic"], "level": row["level"], "greedy": verdict.correct,
                        "status": verdict.status.value, "extracted": verdict.extracted, "completion": greedy[index],
                        "samples": samples})
    return results


def summarise(results: list[dict], k: int) -> dict:
    """Accuracy (greedy), pass@k and sample accuracy overall, per topic and per level."""
    def block(items):
        n = len(items)
        right = sum(r["greedy"] for r in items)
        out = {"n": n, "accuracy": right / n if n else 0.0, "interval": wilson(right, n)}
        sampled = [r for r in items if r["samples"]]  # pass@k may be sampled on a subset
        if k and sampled:
            out[f"pass@{k}"] = sum(any(r["samples"]) for r in sampled) / len(sampled)
            out[f"pass@{k}_n"] = len(sampled)
            total = sum(len(r["samples"]) for r in sampled)
            out["sample_accuracy"] = sum(sum(r["samples"]) for r in items) / total if total else 0.0
        return out

    by_topic, by_level = defaultdict(list), defaultdict(list)
    for r in results:
        by_topic[r["topic"]].append(r)
        by_level[str(r["level"])].append(r)
    summary = block(results)
    summary.update({"k": k, "topics": {t: block(v) for t, v in sorted(by_topic.items())},
                    "levels": {lv: block(v) for lv, v in sorted(by_level.items())},
                    "statuses": dict(Counter(r.get("status", "") for r in results).most_common())})
    return summary


def evaluate_model(model, tokenizer, cfg: PipelineConfig, rows: list[dict], stage: str) -> dict:
    """Greedy accuracy and pass@k of ``model`` on ``rows``; one row per problem goes to
    ``output_dir/eval/<stage>.jsonl`` (id, topic, level, completion, extracted answer, status, correct)."""
    questions = [r["question"] for r in rows]
    greedy = [g[0] for g in generate(model, tokenizer, questions, max_new_tokens=cfg.eval.max_new_tokens,
                                     batch_size=cfg.eval.batch_size, temperature=0, seed=cfg.seed,
                                     desc=f"eval {stage} greedy")]
    sampled = None
    if cfg.eval.pass_k:
        chosen = spread(len(rows), cfg.eval.pass_k_limit)
        drawn = generate(model, tokenizer, [questions[i] for i in chosen], max_new_tokens=cfg.eval.max_new_tokens,
                         batch_size=max(1, cfg.eval.batch_size // cfg.eval.pass_k), samples=cfg.eval.pass_k,
                         temperature=cfg.eval.temperature, seed=cfg.seed, desc=f"eval {stage} pass@{cfg.eval.pass_k}")
        sampled = [[] for _ in rows]
        for i, samples in zip(chosen, drawn):
            sampled[i] = samples
    results = score(rows, greedy, sampled)
    write_results(Path(cfg.output_dir) / "eval" / f"{stage}.jsonl", results)
    summary = summarise(results, cfg.eval.pass_k)
    summary["examples"] = [{"question": rows[i]["question"], "answer": rows[i]["answer"], "greedy": greedy[i]}
                           for i in range(min(3, len(rows)))]
    logger.info("%s: accuracy %.3f on %d problems%s", stage, summary["accuracy"], summary["n"],
                f", pass@{cfg.eval.pass_k} {summary[f'pass@{cfg.eval.pass_k}']:.3f}" if cfg.eval.pass_k else "")
    return summary


def write_results(path: Path, results: list[dict]) -> None:
    """Per-problem results as JSON lines, in test-split order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = ("id", "topic", "level", "completion", "extracted", "status")
    with open(path, "w", encoding="utf-8") as handle:
        for r in results:
            handle.write(json.dumps({**{k: r[k] for k in keys}, "correct": bool(r["greedy"])}, ensure_ascii=False) + "\n")


def read_results(path: Path) -> dict[str, dict]:
    """``{problem id: row}`` from a file written by :func:`write_results`."""
    with open(path, encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle) if row}


def sample_groups(model, tokenizer, cfg: PipelineConfig, rows: list[dict], samples: int) -> list[list[bool]]:
    """For each row, whether each of ``samples`` completions sampled at the GRPO temperature is right."""
    outputs = generate(model, tokenizer, [r["question"] for r in rows],
                       max_new_tokens=cfg.grpo.max_completion_length, batch_size=max(1, cfg.eval.batch_size // samples), samples=samples,
                       temperature=cfg.grpo.temperature, seed=cfg.seed, desc="sampling the GRPO start")
    return [r["samples"] for r in score(rows, [o[0] for o in outputs], outputs)]
