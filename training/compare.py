"""Accuracy with its interval, and paired comparisons of two models on the same test problems.

A model's accuracy gets a Wilson 95% interval; the difference between two models evaluated on the same
problems gets a paired interval from a paired bootstrap over problems (the problems, not the models,
are the random sample), with McNemar's counts beside it: ``b`` problems only the first model solves,
``c`` only the second.

>>> wilson(50, 100)
(0.4038, 0.5962)
>>> d = paired_difference([1, 1, 1, 0, 1, 1], [0, 1, 0, 0, 1, 0], seed=0)
>>> d.difference, d.only_first, d.only_second
(0.5, 3, 0)
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass

Z95 = 1.959964


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (well-behaved near 0 and 1), rounded to 4 places."""
    if n <= 0:
        return (0.0, 1.0)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


@dataclass(frozen=True)
class PairedDifference:
    """``first`` minus ``second`` accuracy on the same problems, with a paired 95% interval."""

    difference: float
    low: float
    high: float
    n: int
    only_first: int  # McNemar's b: problems only the first model solves
    only_second: int  # McNemar's c
    method: str = "paired bootstrap, 2000 resamples"

    @property
    def significant(self) -> bool:
        """The interval excludes zero."""
        return self.low > 0 or self.high < 0

    def to_dict(self) -> dict:
        return {**asdict(self), "significant": self.significant}


def paired_difference(first: list, second: list, *, resamples: int = 2000, seed: int = 0) -> PairedDifference:
    """Paired bootstrap of ``mean(first) - mean(second)`` over problems (lists of 0/1 or bools, same order).

    Only discordant problems move the difference, so resampling works on their counts: each resample
    draws ``n`` problems with replacement and counts how many land on first-only and second-only ones.
    """
    if len(first) != len(second):
        raise ValueError(f"paired results need the same problems: {len(first)} against {len(second)}")
    n = len(first)
    only_first = sum(1 for a, b in zip(first, second) if a and not b)
    only_second = sum(1 for a, b in zip(first, second) if b and not a)
    if n == 0:
        return PairedDifference(0.0, 0.0, 0.0, 0, 0, 0)
    rng = random.Random(seed)
    diffs = [0] * n
    diffs[:only_first] = [1] * only_first
    diffs[only_first:only_first + only_second] = [-1] * only_second
    draws = sorted(sum(rng.choices(diffs, k=n)) / n for _ in range(resamples))
    low, high = draws[int(0.025 * resamples)], draws[min(resamples - 1, int(0.975 * resamples))]
    return PairedDifference(round((only_first - only_second) / n, 4), round(low, 4), round(high, 4), n,
                            only_first, only_second)
