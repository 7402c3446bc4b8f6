"""Reward-hacking guards: each way a policy could farm reward without being right scores 0."""

import time

import pytest

from rewards import physics_reward, unit_reward

QUESTION = "A 12 N force acts on a 3 kg block for 2 s. What is its acceleration?"
GOLD = "4 m/s^2"

HACKS = [
    r"\boxed{4 m/s^2} or \boxed{12 m/s^2}",  # several conflicting boxed answers
    r"Answer: 4 m/s^2 or 12 m/s^2",  # a hedge with "or"
    r"Answer: between 1 and 10 m/s^2",  # a range
    r"\boxed{4 m/s^2 \text{ or } 3 m/s^2}",  # a hedge inside one box
    r"\boxed{4 m s kg N J W}",  # an answer that lists many units
    r"\boxed{4 m/s^2, 4 N, 4 J}",  # several values, one per guessed unit
    r"\boxed{12 N}",  # a given value copied from the question
    r"\boxed{3 kg}",  # another given value
    "",  # empty
    "   \n  ",  # whitespace
    "Answer:",  # only the word
    r"\boxed{}",  # an empty box
    r"\boxed{\text{see above}}",  # words in the box
]


@pytest.mark.parametrize("completion", HACKS, ids=range(len(HACKS)))
def test_hack_scores_zero(completion):
    assert physics_reward([completion], answer=[GOLD], prompts=[QUESTION]) == [0.0]


def test_a_one_megabyte_completion_scores_zero_quickly():
    completion = ("4 m/s^2 " * 150_000)[:1_000_000]
    start = time.perf_counter()
    assert physics_reward([completion], answer=[GOLD]) == [0.0]
    assert time.perf_counter() - start < 2.0


def test_a_one_megabyte_completion_ending_in_the_right_box_is_still_judged():
    completion = "x" * 1_000_000 + r" \boxed{4 m/s^2}"
    assert physics_reward([completion], answer=[GOLD]) == [1.0]


def test_the_honest_answer_still_scores():
    assert physics_reward([r"a = F/m = 12/3 = \boxed{4 m/s^2}"], answer=[GOLD]) == [1.0]


def test_unit_reward_is_not_fooled_by_listing_units():
    assert unit_reward([r"\boxed{4 m s kg N J W}", r"\boxed{4 m/s^2}"], answer=[GOLD] * 2) == [0.0, 1.0]
