r"""Format reward: the completion ends with exactly one final answer in the expected form.

>>> format_reward(["Since F = ma, \\boxed{12 N}", "\\boxed{1} then \\boxed{2}", "12 N"])
[1.0, 0.0, 0.0]
>>> FormatReward(style="answer_tags")(["<think>...</think> <answer>12 N</answer>"])
[1.0]
"""

from __future__ import annotations

import re

from rewards.completions import completion_list, completion_text
from verifiers.extract import box_spans

STYLES = ("boxed", "answer_tags")
_AFTER_BOX = re.compile(r"[\s$.\\\])]*")
_TAIL = 20_000


class FormatReward:
    """1.0 when the completion ends with exactly one non-empty final answer in ``style``, else 0.0."""

    def __init__(self, style: str = "boxed", name: str | None = None):
        if style not in STYLES:
            raise ValueError(f"format style {style!r}: expected one of {STYLES}")
        self.style = style
        self.__name__ = name or ("format_reward" if style == "boxed" else f"format_reward_{style}")

    def __call__(self, completions, **kwargs) -> list[float]:
        return [1.0 if self.is_well_formed(completion_text(c)) else 0.0 for c in completion_list(completions)]

    def is_well_formed(self, text: str) -> bool:
        if len(text) > _TAIL and self.style == "boxed" and "\\boxed" in text[:-_TAIL]:
            return False  # a box far before the end is not the final answer
        tail = text[-_TAIL:]
        if self.style == "boxed":
            spans = box_spans(tail)
            if len(spans) != 1 or tail.count("\\boxed") + tail.count("\\fbox") != 1:
                return False
            start, end = spans[0]
            return bool(tail[start:end].strip()) and _AFTER_BOX.fullmatch(tail, end + 1) is not None
        if tail.count("<answer>") != 1:  # found by plain search: "<answer>(.*?)</answer>" is quadratic
            return False
        start = tail.index("<answer>") + len("<answer>")
        end = tail.find("</answer>", start)
        return end >= 0 and bool(tail[start:end].strip()) and not tail[end + len("</answer>"):].strip()


format_reward = FormatReward()
