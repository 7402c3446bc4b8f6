"""The typed result of a verification: what was decided and why.

>>> from verifiers.verdict import Verdict, Status
>>> v = Verdict.make(Status.WRONG_UNIT, "500 km is not 500 m")
>>> v.correct, v.score, v.status.value
(False, 0.0, 'wrong_unit')
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(str, enum.Enum):
    """Why a response was judged the way it was. String-valued, so it logs and serialises as text."""

    CORRECT = "correct"
    WRONG_VALUE = "wrong_value"
    WRONG_UNIT = "wrong_unit"  # same dimension, the number matches the reference's number, the unit does not
    DIMENSION_MISMATCH = "dimension_mismatch"  # e.g. 12 J for 12 N
    MISSING_UNIT = "missing_unit"  # right number, no unit, and units were required
    WRONG_TYPE = "wrong_type"  # e.g. a letter for a numeric reference, a tuple of the wrong length
    HEDGED = "hedged"  # the completion commits to more than one different final answer
    NO_ANSWER = "no_answer"
    UNPARSEABLE_RESPONSE = "unparseable_response"
    UNPARSEABLE_REFERENCE = "unparseable_reference"
    TIMEOUT = "timeout"
    ERROR = "error"  # an internal failure; the message is in detail


@dataclass(frozen=True)
class Verdict:
    """The outcome of :func:`verifiers.verify`. Frozen and picklable (only primitive fields).

    ``score`` is 1.0 for a correct answer and 0.0 otherwise; partial credit is the rewards' business.
    ``response_value``/``reference_value`` are magnitudes in the reference's unit where there is one.
    """

    correct: bool
    status: Status
    score: float
    detail: str = ""
    extracted: str | None = None
    response_value: float | None = None
    reference_value: float | None = None
    response_unit: str | None = None
    reference_unit: str | None = None

    @classmethod
    def make(cls, status: Status, detail: str = "", **fields) -> "Verdict":
        ok = status is Status.CORRECT
        return cls(correct=ok, status=status, score=1.0 if ok else 0.0, detail=detail, **fields)

    def to_dict(self) -> dict:
        """A JSON-ready dict (status as its string value)."""
        out = dict(self.__dict__)
        out["status"] = self.status.value
        return out
