"""The decimals a formula writes, each good to what it can be: a coefficient (a factor of a term,
``1.41\\sqrt{gh}``, ``0.693/\\lambda``) to the numeric tolerance, as a number is; a decimal anywhere else (an
exponent, a base, a function's argument) only to half a unit in the last digit it writes, since a small
change there is no small change of the value (``x^{1.001}`` is not x, ``e^{-1.001x}`` not e^{-x}, though each is
within 1% where the symbols are near 1; ``e^{-0.693t/T}`` is e^{-t \\ln 2/T} at any t).

A comparison reads each decimal as a symbol at its written value; at each point the sides may differ by
what moving one side's decimals by their errors moves the difference, never by more than the numeric
tolerance of the value (see :func:`verifiers.symbolic.compare_symbolic`).

>>> half_unit("0.693"), half_unit("1.2e-3"), half_unit("6e8")
(0.0005, 5e-05, 50000000.0)
>>> _, _, found = as_symbols(("pow", ("sym", "x"), ("num", 1.001, "1.001")), ("sym", "x"), 0.01)
>>> found
(Decimal(name='#0', value=1.001, error=0.0005, in_reference=True),)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_DECIMALS = 8  # the decimals a comparison follows; any more are read as exact
_NUMBER_RE = re.compile(r"\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?")


@dataclass(frozen=True)
class Decimal:
    """A decimal written in a formula, read as the symbol ``name``: its written ``value``, good to ``error``;
    ``in_reference``: which side writes it."""
    name: str
    value: float
    error: float
    in_reference: bool


def half_unit(text: str) -> float | None:
    """Half a unit in the last digit ``text`` writes (``"0.693"`` -> 0.0005); None for a number not so written."""
    match = _NUMBER_RE.fullmatch(text)
    if match is None:
        return None
    fraction, exponent = match.group(1) or "", match.group(2)
    try:
        return 0.5 * 10.0 ** (int(exponent or 0) - len(fraction))
    except OverflowError:  # "1e400": past a float's range (its value is too)
        return None


def is_decimal(node) -> bool:
    """A number written with a decimal point or an exponent (a rounded value, ``0.693``, ``6e8``)."""
    return node[0] == "num" and ("." in node[2] or "e" in node[2] or "E" in node[2])


def as_symbols(reference, response, rel_tol: float):
    """(reference, response, decimals): both trees with each decimal replaced by a symbol, and the decimals,
    a coefficient good to ``rel_tol`` of its value (as a number is compared), any other to its last digit
    and at most that; the first ``MAX_DECIMALS`` only (the rest are read as exact)."""
    found: list[Decimal] = []
    reference = _replaced(reference, found, rel_tol, True, True)
    response = _replaced(response, found, rel_tol, False, True)
    return reference, response, tuple(found)


def _replaced(node, found: list, rel_tol: float, in_reference: bool, coefficient: bool):
    """``node`` with its decimals replaced; ``coefficient``: is ``node`` a term or a factor of one (not in
    an exponent, a power's base or a function's argument)?"""
    kind = node[0]
    # past MAX_DECIMALS, exact: bounded work, and padding ("1.0 \\cdot 1.0 \\cdots x^{1.001}") buys nothing
    if is_decimal(node) and len(found) < MAX_DECIMALS:
        value = node[1]
        error = rel_tol * abs(value) / (1 - rel_tol)  # within rel_tol of the value it rounds (relative to that)
        written = None if coefficient else half_unit(node[2])
        found.append(Decimal(f"#{len(found)}", value, error if written is None else min(written, error),
                             in_reference))
        return ("sym", found[-1].name)
    if kind in ("add", "mul", "tuple"):
        return (kind, tuple(_replaced(child, found, rel_tol, in_reference, coefficient) for child in node[1]))
    if kind == "pow":
        return ("pow", *(_replaced(child, found, rel_tol, in_reference, False) for child in node[1:]))
    if kind == "func":
        return ("func", node[1], _replaced(node[2], found, rel_tol, in_reference, False))
    if kind in ("neg", "inv", "fact"):
        return (kind, _replaced(node[1], found, rel_tol, in_reference, coefficient and kind != "fact"))
    return node  # a leaf, or a kind whose numbers are not compared this way (an equation's sides)
