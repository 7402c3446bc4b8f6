r"""Calling any reward the way TRL does: TRL reward callables and plain ``judge(response, reference)``.

>>> def judge(response, reference):
...     return float(response.strip() == reference)
>>> is_plain_judge(judge)
True
>>> reward = as_trl_reward(judge)
>>> reward(["12 N", "5 m"], answer=["12 N", "12 N"])
[1.0, 0.0]
>>> RewardCaller(reward)(["12 N"], ["12 N"])
[1.0]
"""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass
from typing import Any, Callable

from rewards.completions import completion_text

FORMATS = ("auto", "text", "chat")
_PROMPT = "Solve the physics problem; put the final answer in \\boxed{}."
_CHARS_PER_TOKEN = 4  # about what a Llama tokenizer gives for English and LaTeX


class JudgeReward:
    """A plain ``judge(response, reference) -> float`` as a picklable TRL reward (answers in ``answer_column``)."""

    def __init__(self, judge: Callable[[str, str], Any], answer_column: str = "answer"):
        self.judge = judge
        self.answer_column = answer_column
        self.__name__ = getattr(judge, "__name__", type(judge).__name__)

    def __call__(self, completions, **columns) -> list[float | None]:  # prompts, completion_ids: unused
        answers = columns[self.answer_column]
        out = []
        for completion, reference in zip(completions, answers):
            value = self.judge(completion_text(completion), reference)
            out.append(None if value is None else float(value))
        return out


def is_plain_judge(fn: Callable) -> bool:
    """True for ``f(response, reference)``: two required positional parameters, none named like TRL's."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False
    names = {p.name for p in params}
    if names & {"completions", "prompts"} or any(p.kind is p.VAR_KEYWORD for p in params):
        return False
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                  and p.default is p.empty]
    return len(positional) == 2


def as_trl_reward(fn: Callable, answer_column: str = "answer") -> Callable:
    """``fn`` itself when it has TRL's signature, else a :class:`JudgeReward` around it."""
    return JudgeReward(fn, answer_column) if is_plain_judge(fn) else fn


def as_chat(text: str) -> list[dict]:
    """A completion as TRL passes it for a conversational dataset."""
    return [{"role": "assistant", "content": text}]


def reward_name(fn: Callable) -> str:
    """A readable name for a reward callable."""
    return getattr(fn, "__name__", None) or type(fn).__name__


@dataclass(frozen=True)
class RewardCaller:
    """Calls ``reward`` with keyword arguments as TRL's GRPOTrainer does: ``prompts=``, ``completions=``,
    ``completion_ids=`` and the answer column (an async reward is awaited).

    ``completion_format`` is ``text`` (strings) or ``chat`` (message lists); ``extra`` goes in as columns.
    """

    reward: Callable
    answer_column: str = "answer"
    completion_format: str = "text"

    def __call__(self, texts: list[str], answers: list[str], **extra) -> list:
        chat = self.completion_format == "chat"
        completions = [as_chat(t) for t in texts] if chat else list(texts)
        prompts = [[{"role": "user", "content": _PROMPT}] if chat else _PROMPT for _ in texts]
        # as GRPOTrainer calls a reward: prompts, completions, completion_ids and the dataset's columns
        ids = [[0] * (len(text) // _CHARS_PER_TOKEN) for text in texts]  # token ids, as many as a tokenizer gives
        keywords = {"prompts": prompts, "completions": completions, "completion_ids": ids,
                    self.answer_column: list(answers), **extra}
        out = self.reward(**keywords)
        if inspect.iscoroutine(out):  # an async reward, which GRPOTrainer awaits
            out = asyncio.run(out)
        return list(out)

    def with_format(self, completion_format: str) -> "RewardCaller":
        return RewardCaller(self.reward, self.answer_column, completion_format)


def choose_format(caller: RewardCaller, texts: list[str], answers: list[str],
                  requested: str = "auto") -> tuple[RewardCaller, str]:
    """The caller in the format the reward accepts, and a note (why chat was chosen, if it was)."""
    if requested not in FORMATS:
        raise ValueError(f"completion_format={requested!r}: expected one of {FORMATS}")
    if requested != "auto":
        return caller.with_format(requested), ""
    try:
        caller.with_format("text")(texts, answers)
        return caller.with_format("text"), ""
    except Exception as exc:  # noqa: BLE001 - any failure on strings means: try the chat format
        return caller.with_format("chat"), f"string completions raise {type(exc).__name__}: {exc}"
