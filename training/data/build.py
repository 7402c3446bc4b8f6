"""Build the bundled splits: draw problems from every family and level, remove duplicates, and split so
that no (family, values) appears in two splits.

>>> splits = build_splits(sft=40, grpo=20, test=20, seed=0)
>>> sorted(splits), len(splits["test"])
(['grpo', 'sft', 'test'], 20)
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from training.data.families_easy import EASY
from training.data.families_fields import FAMILIES as FIELDS
from training.data.families_matter import FAMILIES as MATTER
from training.data.families_mechanics import FAMILIES as MECHANICS
from training.data.families_symbolic import SYMBOLIC, ChoiceFamily
from training.data.family import LEVELS

logger = logging.getLogger(__name__)
NUMERIC = MECHANICS + MATTER + FIELDS
ALL_FAMILIES = NUMERIC + SYMBOLIC + [ChoiceFamily(f) for f in NUMERIC[::4]]
SPLITS = ("test", "grpo", "sft")  # filled in this order, each round-robin over families and levels
DEFAULT_SIZES = {"sft": 3000, "grpo": 1500, "test": 1000}
# The built-in tiny model's curriculum: integer products with the arithmetic spelt out, SI units. The
# GRPO prompts are answer-only (their solutions are dropped): GRPO reads only the gold answer.
TINY_SIZES = {"sft": 2400, "grpo": 2400, "test": 1000}


def _normal_text(question: str) -> str:
    return re.sub(r"\s+", " ", question.lower()).strip()


def draw_pool(per_cell: int, seed: int, families=None, levels=LEVELS) -> dict:
    """Distinct problems per (family, level): up to ``per_cell`` each, no repeated values or questions."""
    rng = random.Random(seed)
    pool, seen_values, seen_text = defaultdict(list), set(), set()
    for family in families or ALL_FAMILIES:
        for level in levels:
            for _ in range(per_cell * 4):
                if len(pool[family.id, level]) >= per_cell:
                    break
                row = family.draw(rng, level)
                key, text = (family.id, row["values"]), _normal_text(row["question"])
                if key in seen_values or text in seen_text:
                    continue
                seen_values.add(key)
                seen_text.add(text)
                pool[family.id, level].append(_finish(row, family, level))
    return pool


def _finish(row: dict, family, level: int) -> dict:
    digest = hashlib.sha1(f"{family.id}|{row['values']}|{level}".encode()).hexdigest()[:10]
    return {"id": f"{family.id}-{level}-{digest}", "topic": family.topic, "family": family.id, "level": level,
            "question": row["question"], "solution": row["solution"], "answer": row["answer"],
            "answer_type": row["answer_type"], "tolerance": None, "unit": None}


def build_splits(sft: int = DEFAULT_SIZES["sft"], grpo: int = DEFAULT_SIZES["grpo"],
                 test: int = DEFAULT_SIZES["test"], seed: int = 0, families=None,
                 levels=LEVELS) -> dict[str, list[dict]]:
    """The three splits, disjoint in (family, values), balanced over families and levels."""
    families = families or ALL_FAMILIES
    sizes = {"sft": sft, "grpo": grpo, "test": test}
    cells = len(families) * len(levels)
    pool = draw_pool(per_cell=-(-sum(sizes.values()) // cells) + 2, seed=seed, families=families, levels=levels)
    queues = {cell: list(rows) for cell, rows in sorted(pool.items())}
    order = list(queues)
    random.Random(seed + 1).shuffle(order)
    splits = {}
    for name in SPLITS:
        chosen = []
        while len(chosen) < sizes[name] and any(queues[c] for c in order):
            for cell in order:
                if queues[cell] and len(chosen) < sizes[name]:
                    chosen.append(queues[cell].pop())
        if len(chosen) < sizes[name]:
            logger.warning("split %s: only %d distinct problems left, %d asked", name, len(chosen), sizes[name])
        splits[name] = sorted(chosen, key=lambda r: r["id"])
    return splits


def build_tiny_splits(seed: int = 0) -> dict[str, list[dict]]:
    """The tiny model's splits (``datasets/tiny/``): easy families at level 1; GRPO rows answer-only."""
    splits = build_splits(**TINY_SIZES, seed=seed, families=EASY, levels=(1,))
    splits["grpo"] = [{**row, "solution": ""} for row in splits["grpo"]]
    return splits


def write_splits(splits: dict[str, list[dict]], out_dir) -> dict:
    """Write ``<split>.jsonl`` files and ``stats.json``; return the stats."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stats = {}
    for name, rows in splits.items():
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        stats[name] = {"rows": len(rows), "families": len({r["family"] for r in rows}),
                       "topics": dict(sorted(Counter(r["topic"] for r in rows).items())),
                       "levels": {str(k): v for k, v in sorted(Counter(r["level"] for r in rows).items())},
                       "answer_types": dict(sorted(Counter(r["answer_type"] for r in rows).items()))}
    (out / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return stats


def read_split(path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
