"""Size caps and the cooperative deadline that bound every in-process verification step.

All in-process work (extraction, tokenising, parsing, float evaluation, unit lookup) is bounded by the
caps below, and checks a :class:`Deadline` as it goes, so it stops within the time limit in any thread.
The one step that is not bounded by construction, sympy simplification, runs in a killable worker
process (see ``verifiers.sandbox``).
"""

from __future__ import annotations

import time

from verifiers.errors import VerifyTimeout  # defined in verifiers.errors, importable here too

MAX_RESPONSE_CHARS = 2_000_000  # a longer completion is not searched for an answer
MAX_REFERENCE_CHARS = 20_000  # nor is a longer gold read (PHYSICS's longest, a worked derivation, is ~3,000)
MAX_ANSWER_CHARS = 2_000  # an extracted final answer longer than this is not parsed
MAX_TOKENS = 600
MAX_DEPTH = 60  # nesting of brackets, fractions, powers
MAX_UNIT_EXPONENT = 12
MAX_FACTORIAL = 170
DEFAULT_TIMEOUT_S = 1.0


class Deadline:
    """A point in time after which work stops.

    >>> d = Deadline(10.0)
    >>> d.check()  # plenty of time: returns quietly
    >>> d.remaining() > 9
    True
    """

    __slots__ = ("end",)

    def __init__(self, seconds: float):
        self.end = time.perf_counter() + seconds

    def remaining(self) -> float:
        return self.end - time.perf_counter()

    def extend(self, seconds: float) -> None:
        """Move the deadline later, e.g. by time spent waiting for something not charged to the call."""
        self.end += seconds

    def check(self) -> None:
        if time.perf_counter() > self.end:
            raise VerifyTimeout("time limit reached", what="verification")
