"""Intervals and paired comparisons: what the report's claims of a gain rest on."""

import random

import pytest

from training.compare import paired_difference, wilson
from training.readiness import Readiness


@pytest.mark.parametrize("successes, n", [(0, 10), (10, 10), (337, 1000), (1, 3)])
def test_wilson_interval_holds_the_estimate_inside_zero_one(successes, n):
    low, high = wilson(successes, n)
    assert 0.0 <= low <= successes / n <= high <= 1.0


def test_wilson_interval_narrows_with_more_problems():
    assert wilson(500, 1000)[1] - wilson(500, 1000)[0] < wilson(50, 100)[1] - wilson(50, 100)[0]


def test_a_real_paired_gain_is_significant_and_its_interval_holds_it():
    rng = random.Random(0)
    before = [rng.random() < 0.4 for _ in range(1000)]
    after = [b or rng.random() < 0.15 for b in before]  # fixes ~9% of problems, breaks none
    d = paired_difference(after, before, seed=1)
    assert d.only_second == 0 and d.significant and 0 < d.low <= d.difference <= d.high


def test_no_gain_is_not_significant():
    rng = random.Random(3)
    first = [rng.random() < 0.5 for _ in range(400)]
    second = [rng.random() < 0.5 for _ in range(400)]  # independent coin flips: no real difference
    d = paired_difference(first, second, seed=0)
    assert d.low < 0 < d.high or abs(d.difference) > 0.07  # the rare unlucky draw aside


def test_the_difference_is_antisymmetric():
    a, b = [1, 0, 1, 1, 0, 0, 1], [0, 0, 1, 0, 1, 0, 0]
    assert paired_difference(a, b).difference == -paired_difference(b, a).difference


def test_paired_results_need_the_same_problems():
    with pytest.raises(ValueError, match="same problems"):
        paired_difference([1, 0], [1])


@pytest.mark.parametrize("groups, problem", [
    ([[True, False]] * 4, None),  # every group has spread: GRPO can learn
    ([[False, False]] * 3 + [[True, False]], "sample accuracy"),  # rarely right
    ([[True, True]] * 9 + [[True, False]], "no reward spread"),  # always right: nothing to compare
])
def test_readiness_names_what_stops_grpo(groups, problem):
    found = Readiness.from_groups(groups).problem(min_sample_accuracy=0.3, max_zero_spread=0.8)
    assert (found is None) if problem is None else (problem in found)
