"""Each TRL contract check fails for a reward that breaks it, and only that check."""

import random
import threading
import time

import pytest

from rewards import physics_reward
from rewards.testing import check_contract
from rewards.testing.calling import RewardCaller


def _readable(gold) -> bool:  # a number, not cut off ("\\frac{1", "5 m/")
    return any(ch.isdigit() for ch in gold) and gold.count("{") == gold.count("}") and not gold.endswith("/")


def good(completions, answer, **kwargs):
    return [float("4" in str(c)) if _readable(a) else None for c, a in zip(completions, answer)]


def one_short(completions, answer, **kwargs):
    return good(completions, answer)[:-1] if completions else []


def returns_bools(completions, answer, **kwargs):
    return [None if v is None else v > 0 for v in good(completions, answer)]


def strings_only(completions, answer, **kwargs):
    return [float("4" in c.lower()) if _readable(a) else None for c, a in zip(completions, answer)]


def no_kwargs(completions, answer):
    return good(completions, answer)


def sorted_rewards(completions, answer, **kwargs):
    return sorted(good(completions, answer), key=lambda v: (v is None, v))


def noisy(completions, answer, **kwargs):
    return [None if v is None else v + random.random() for v in good(completions, answer)]


def main_thread_only(completions, answer, **kwargs):
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("signal only works in main thread")
    return good(completions, answer)


def slow_on_long(completions, answer, **kwargs):
    if any(len(str(c)) > 100_000 for c in completions):
        time.sleep(1.2)
    return good(completions, answer)


def zero_for_bad_gold(completions, answer, **kwargs):
    return [float("4" in str(c)) for c in completions]


class Unpicklable:
    __name__ = "unpicklable"

    def __init__(self):
        self.lock = threading.Lock()

    def __call__(self, completions, answer, **kwargs):
        return good(completions, answer)


@pytest.mark.parametrize("reward, broken", [
    (good, set()),
    (one_short, {"one_value_per_completion", "order_kept", "unreadable_gold_gives_none"}),
    (returns_bools, {"floats_or_none"}),
    (strings_only, {"chat_format"}),  # message lists have no .lower()
    (no_kwargs, {"callable"}),  # GRPOTrainer always passes prompts=, completion_ids=, ...: every call fails
    (sorted_rewards, {"order_kept"}),
    (noisy, {"deterministic", "chat_format", "extra_columns_ignored", "order_kept", "picklable",
             "worker_thread"}),
    (main_thread_only, {"worker_thread"}),  # math-verify's signal-based timeouts
    (slow_on_long, {"bounded_time"}),
    (zero_for_bad_gold, {"unreadable_gold_gives_none"}),
    (Unpicklable(), {"picklable"}),
])
def test_each_check_catches_its_breakage(reward, broken):
    results = check_contract(RewardCaller(reward), time_limit=1.0)
    assert {r.name for r in results if not r.passed} == broken, [r for r in results if not r.passed]


def test_physics_reward_keeps_the_contract_in_both_formats():
    for completion_format in ("text", "chat"):
        results = check_contract(RewardCaller(physics_reward, completion_format=completion_format))
        assert all(r.passed for r in results), [r for r in results if not r.passed]


def test_a_chat_only_reward_passes_chat_format_with_a_note():
    def chat_only(completions, answer, **kwargs):
        return [float("4" in c[0]["content"]) if _readable(a) else None for c, a in zip(completions, answer)]

    results = {r.name: r for r in check_contract(RewardCaller(chat_only, completion_format="chat"))}
    assert results["chat_format"].passed and "chat only" in results["chat_format"].detail
