"""Equivalence of symbolic answers: evaluation at random points, then sympy where that is inconclusive.

Random-point evaluation (``evaluate`` on complex floats) decides almost every case in microseconds and
is robust to any rewriting: two expressions that agree at several random points are equal with
overwhelming probability. Only when evaluation cannot decide (the expressions are undefined at every
point tried) is sympy asked to simplify the difference, in a killable worker (``verifiers.sandbox``).

>>> from verifiers.parser import parse
>>> compare_symbolic(parse(r"\\frac{m v^2}{2}"), parse("0.5*v*v*m"), 1e-6)
True
>>> compare_symbolic(parse("R^2"), parse("r^2"), 1e-6)  # symbols are case-sensitive
False
"""

from __future__ import annotations

import math
import random

from verifiers.evaluate import NotNumeric, evaluate, symbol_names
from verifiers.limits import Deadline

_POINTS = 5


def strip_definition(node):
    """``E = \\frac12 m v^2`` -> the right side, when the left side is a single symbol."""
    if node[0] == "eq" and (node[1][0] == "sym" or (node[1][0] == "name" and len(node[1][1]) == 1)):
        return node[2]
    return node


def compare_symbolic(reference, response, rel_tol: float, deadline: Deadline | None = None) -> bool | None:
    """True/False when random-point evaluation decides; None when it cannot (see sympy fallback)."""
    names = sorted(symbol_names(reference) | symbol_names(response))
    rng = random.Random(",".join(names))
    decided = 0
    for _ in range(_POINTS):
        if deadline is not None:
            deadline.check()
        env = {name: rng.uniform(0.5, 2.5) for name in names}
        try:
            a, b = evaluate(reference, env), evaluate(response, env)
        except (NotNumeric, KeyError):
            return False
        if not (_finite(a) and _finite(b)):
            if _finite(a) != _finite(b):
                return False
            continue
        if abs(a - b) > rel_tol * max(abs(a), abs(b)) + 1e-300:
            return False
        decided += 1
    return True if decided >= 2 else None


def proportional(reference, response, rel_tol: float) -> bool | None:
    """For general equations ``lhs = rhs``: are ``lhs - rhs`` of both proportional (same equation)?"""
    ref = ("add", (reference[1], ("neg", reference[2])))
    resp = ("add", (response[1], ("neg", response[2])))
    names = sorted(symbol_names(ref) | symbol_names(resp))
    rng = random.Random(",".join(names))
    ratios = []
    for _ in range(_POINTS):
        env = {name: rng.uniform(0.5, 2.5) for name in names}
        try:
            a, b = evaluate(ref, env), evaluate(resp, env)
        except (NotNumeric, KeyError):
            return False
        if _finite(a) and _finite(b) and abs(b) > 1e-12:
            ratios.append(a / b)
    if len(ratios) < 2:
        return None
    return all(abs(r - ratios[0]) <= rel_tol * abs(ratios[0]) for r in ratios) and abs(ratios[0]) > 1e-12


def _finite(z: complex) -> bool:
    return math.isfinite(z.real) and math.isfinite(z.imag)
