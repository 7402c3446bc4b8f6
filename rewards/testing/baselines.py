r"""Naive rewards the audit is measured against (what many GRPO scripts use), as picklable functions.

>>> substring_match_reward(["so 500 m or 600 m"], answer=["500 m"])
[1.0]
>>> last_number_reward(["v = 3 m/s, so d = 12 m"], answer=["12 m"])
[1.0]
>>> boxed_exact_match_reward([r"\boxed{12 m}", r"\boxed{12\,\mathrm{m}}"], answer=["12 m", "12 m"])
[1.0, 0.0]
"""

from __future__ import annotations

import math
import re

from rewards.completions import completion_text
from verifiers.extract import box_spans

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _gold_or_none(gold) -> str | None:
    text = "" if gold is None else str(gold).strip()
    return text or None


def substring_match_reward(completions, answer, **kwargs) -> list[float | None]:
    """1.0 when the gold text occurs anywhere in the completion."""
    out = []
    for completion, gold in zip(completions, answer):
        gold_text = _gold_or_none(gold)
        out.append(None if gold_text is None else float(gold_text in completion_text(completion)))
    return out


def _last_number(text: str) -> float | None:
    found = _NUMBER.findall(text)
    return float(found[-1]) if found else None


def last_number_reward(completions, answer, rel_tol: float = 1e-2, **kwargs) -> list[float | None]:
    """1.0 when the completion's last number equals the gold's first number within ``rel_tol`` (units ignored)."""
    out = []
    for completion, gold in zip(completions, answer):
        gold_numbers = _NUMBER.findall(str(gold or ""))
        if not gold_numbers:
            out.append(None)
            continue
        value = _last_number(completion_text(completion))
        out.append(float(value is not None and math.isclose(value, float(gold_numbers[0]), rel_tol=rel_tol)))
    return out


def boxed_exact_match_reward(completions, answer, **kwargs) -> list[float | None]:
    """1.0 when the last ``\\boxed{}`` holds exactly the gold text (whitespace-insensitive)."""
    out = []
    for completion, gold in zip(completions, answer):
        gold_text = _gold_or_none(gold)
        if gold_text is None:
            out.append(None)
            continue
        text = completion_text(completion)
        spans = box_spans(text)
        boxed = text[spans[-1][0]:spans[-1][1]] if spans else None
        out.append(float(boxed is not None and "".join(boxed.split()) == "".join(gold_text.split())))
    return out
