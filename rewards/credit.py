"""Partial credit: how much a Verdict status is worth. The default weights live here and only here.

A physics teacher gives some credit for the right value in a wrong but convertible unit (``500 km`` for
``500 m``: the arithmetic is right, the unit label is not) and for a right number with no unit when units
were required; none for a dimension mismatch or a wrong value.

>>> DEFAULT_CREDIT["wrong_unit"], DEFAULT_CREDIT["missing_unit"], DEFAULT_CREDIT.get("dimension_mismatch", 0.0)
(0.25, 0.5, 0.0)

Every status not listed scores 0.
"""

from __future__ import annotations

from types import MappingProxyType

from verifiers import Status, Verdict

DEFAULT_CREDIT = MappingProxyType({
    Status.CORRECT.value: 1.0,
    Status.MISSING_UNIT.value: 0.5,
    Status.WRONG_UNIT.value: 0.25,
})


def credit_table(partial_credit: bool | dict = True) -> dict[str, float]:
    """The status -> score table: defaults, none (``False``: only correct scores), or overrides by status.

    >>> credit_table(False)
    {'correct': 1.0}
    >>> credit_table({"wrong_unit": 0.5})["wrong_unit"]
    0.5
    """
    if partial_credit is False:
        return {Status.CORRECT.value: 1.0}
    table = dict(DEFAULT_CREDIT)
    if isinstance(partial_credit, dict):
        for status, value in partial_credit.items():
            try:
                key = Status(status).value
            except ValueError:
                raise ValueError(f"partial credit for an unknown status {status!r}; statuses: "
                                 f"{[s.value for s in Status]}") from None
            try:
                credit = float(value)
            except (TypeError, ValueError):
                raise ValueError(f"partial credit for {key!r} must be a number in [0, 1], got {value!r}") from None
            if not 0.0 <= credit <= 1.0:
                raise ValueError(f"partial credit for {key!r} must be in [0, 1], got {value!r}")
            table[key] = credit
    elif partial_credit is not True:
        raise TypeError(f"partial_credit must be True, False or a dict of status -> score, got {partial_credit!r}")
    return table


def score(verdict: Verdict, table: dict[str, float]) -> float:
    return table.get(verdict.status.value, 0.0)
