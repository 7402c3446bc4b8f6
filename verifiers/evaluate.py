"""Evaluate an expression tree with complex floats: bounded work, no big integers, no code execution.

Every operation is O(1) on a float, so a tree of at most MAX_TOKENS nodes evaluates in microseconds;
``9^{9^{9^9}}`` overflows to ``inf`` instead of building a huge integer.

>>> evaluate(("pow", ("num", 2.0, "2"), ("num", 10.0, "10")))
(1024+0j)
>>> evaluate(("mul", (("sym", "x"), ("num", 3.0, "3"))), {"x": 2.0})
(6+0j)
"""

from __future__ import annotations

import cmath
import decimal
import math
import threading

from verifiers.errors import NotNumeric
from verifiers.limits import MAX_FACTORIAL

_NAN = complex(math.nan, math.nan)
LEAVES = frozenset(("num", "const", "unit", "name", "sym"))
_UNIT_VALUES = {"degree": math.pi / 180, "percent": 0.01, "arcminute": math.pi / 10800}
_CONSTS = {"pi": complex(math.pi), "inf": complex(math.inf)}
_FUNCS = {
    "sin": cmath.sin, "cos": cmath.cos, "tan": cmath.tan, "exp": cmath.exp, "ln": cmath.log,
    "log": cmath.log, "sqrt": cmath.sqrt, "arcsin": cmath.asin, "arccos": cmath.acos,
    "arctan": cmath.atan, "asin": cmath.asin, "acos": cmath.acos, "atan": cmath.atan,
    "sinh": cmath.sinh, "cosh": cmath.cosh, "tanh": cmath.tanh, "abs": lambda z: complex(abs(z)),
    "sec": lambda z: 1 / cmath.cos(z), "csc": lambda z: 1 / cmath.sin(z), "cot": lambda z: 1 / cmath.tan(z),
    "coth": lambda z: 1 / cmath.tanh(z), "sech": lambda z: 1 / cmath.cosh(z), "csch": lambda z: 1 / cmath.sinh(z),
    # an expectation value <f> is some function of f, the same on both sides: <r^2> is not <r>^2
    "mean": lambda z: cmath.exp(0.7 * z) + 0.3 * z * z,
}


def symbol_names(node) -> set[str]:
    """Free symbols of a tree; a letter run such as ``mv`` counts as the product of ``m`` and ``v``."""
    names: set[str] = set()
    stack = [node]
    while stack:  # a loop, not recursion: this runs several times on both sides of every symbolic comparison
        node = stack.pop()
        kind = node[0]
        if kind == "name":
            names.update(node[1])
        elif kind == "sym":
            names.add(node[1])
        elif kind == "pow" and node[1] == _E:  # e^{x}: Euler's number, no symbol e (see is_euler_power)
            stack.append(node[2])
        elif kind not in LEAVES:
            stack.extend(children(node))
    return names


_E = ("name", "e")


def is_euler_power(node) -> bool:
    """``e^{x}``: Euler's number to a power, unless ``e`` is a free symbol elsewhere in the comparison (then
    it is the elementary charge, one meaning per comparison)."""
    return node[0] == "pow" and node[1] == _E


def is_zero(node) -> bool:
    """A literal zero, signed or not (``0``, ``-0``)."""
    if node[0] == "neg":
        node = node[1]
    return node[0] == "num" and node[1] == 0


def holds(node, test) -> bool:
    """Does ``node`` or any node inside it pass ``test``?

    >>> holds(("add", (("num", 0.0, "0"), ("const", "inf"))), lambda n: n == ("const", "inf"))
    True
    """
    return test(node) or any(holds(child, test) for child in children(node))


def children(node) -> tuple:
    """The subtrees of a node, none for a leaf: the one place that knows where each kind keeps them."""
    kind = node[0]
    if kind in LEAVES:
        return ()
    if kind in ("add", "mul", "tuple"):
        return node[1]
    if kind in ("pow", "eq"):
        return (node[1], node[2])
    if kind == "func":
        return (node[2],)
    return (node[1],)  # neg, inv, fact


def evaluate(node, env: dict | None = None) -> complex:
    """The value of a tree, with symbols from ``env``; NotNumeric for an unknown symbol or a unit."""
    kind = node[0]  # (the kinds in order of frequency: a tree is mostly products, numbers, names, powers)
    if kind == "num":
        return complex(node[1])
    if kind == "mul":
        out = 1 + 0j
        for child in node[1]:
            out *= evaluate(child, env)  # a complex product never raises: it overflows to inf or nan
        return out if out == out else _real_product(node[1], env)  # (nan: see _real_product)
    if kind == "name":
        if env is None:
            raise NotNumeric(f"symbol {node[1]!r}", what=node[1])
        out = 1 + 0j  # "mv": the product of its letters
        for letter in node[1]:
            if letter not in env:
                raise NotNumeric(f"symbol {letter!r}", what=letter)
            out *= env[letter]
        return out
    if kind == "pow":
        if node[1] == _E and (env is None or "e" not in env):  # Euler's number to a power (is_euler_power)
            return _safe(cmath.exp, evaluate(node[2], env))
        if node[1][0] == "name" and len(node[1][1]) > 1:  # "mc^2" is m c^2: the power takes the last letter
            letters = node[1][1]
            return evaluate(("mul", (("name", letters[:-1]), ("pow", ("name", letters[-1]), node[2]))), env)
        base, exponent = evaluate(node[1], env), evaluate(node[2], env)
        return _power(base, exponent)
    if kind == "inv":
        return _safe(_reciprocal, evaluate(node[1], env))
    if kind == "sym":
        if env is None or node[1] not in env:
            raise NotNumeric(f"symbol {node[1]!r}", what=node[1])
        return complex(env[node[1]])
    if kind == "add":
        return sum((evaluate(c, env) for c in node[1]), 0j)
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "func":
        argument = evaluate(node[2], env)
        if node[1] in _CUT_ON_NEGATIVES and argument.real < 0 and _is_real(argument):
            CUTS.touched = True
            argument = complex(argument.real, 0.0)  # on the cut from above (see _is_real)
        return _safe(_FUNCS[node[1]], argument)
    if kind == "const":
        return _CONSTS[node[1]]
    if kind == "unit":
        if node[1] in _UNIT_VALUES:
            return complex(_UNIT_VALUES[node[1]])
        raise NotNumeric(f"unit {node[1]!r}", what=node[1])
    if kind == "fact":
        return _factorial(evaluate(node[1], env))
    raise NotNumeric(f"{kind} is not a single value", what=kind)


def _reciprocal(z: complex) -> complex:
    return 1 / z


def _real_product(factors, env) -> complex:
    """A product whose complex arithmetic gave nan, in reals where its factors are real: inf times a real is
    inf, but a complex product of inf is nan ("10^{10^{10}} N" was undecided and went to sympy)."""
    values = [evaluate(child, env) for child in factors]
    if any(value.imag for value in values):
        return _NAN
    return complex(math.prod(value.real for value in values))


def _safe(fn, z: complex) -> complex:
    try:
        return complex(fn(z))
    except (OverflowError, ZeroDivisionError, ValueError):
        return _NAN


def _power(base: complex, exponent: complex) -> complex:
    try:
        if exponent.imag == 0 and base.imag == 0 and base.real >= 0:
            return complex(math.pow(base.real, exponent.real))
        if exponent.imag == 0 and exponent.real.is_integer() and abs(exponent.real) <= 1024 and base.imag == 0:
            return complex(base.real ** int(exponent.real))
        if base.real < 0 and _is_real(base):
            CUTS.touched = True
            base = complex(base.real, 0.0)  # on the cut from above (see _is_real)
        return complex(base ** exponent)
    except (OverflowError, ZeroDivisionError, ValueError):
        return complex(math.inf) if magnitude(base) > 1 and exponent.real > 0 else _NAN


class _Cuts(threading.local):
    """Whether an evaluation took a root or logarithm of a negative number (``\\sqrt{2E - kx^2}`` where kx^2 >
    2E): no physical point, where two forms of one root may take different branches (``\\sqrt{1/z}`` is not
    ``1/\\sqrt{z}`` there). The caller resets it before the evaluations it asks about."""
    touched = False


CUTS = _Cuts()
_CUT_ON_NEGATIVES = frozenset(("sqrt", "ln", "log"))


def _is_real(z: complex) -> bool:
    """Is ``z`` real, but for an imaginary part of zero or of a rounding's size? A negative number taken so is
    read on its cut from above: ``1/\\cos\\theta`` at a negative cosine is ``-1.25 - 0j``, whose square root is
    ``-1.12j`` where ``\\sqrt{-1.25}`` is ``+1.12j``, so the same root written two ways differed."""
    return z.imag == 0 or abs(z.imag) <= 1e-12 * abs(z.real)


def magnitude(z: complex) -> float:
    """The larger of ``|re z|`` and ``|im z|``: ``abs(z)`` raises OverflowError for huge finite parts."""
    return max(abs(z.real), abs(z.imag))


def _factorial(z: complex) -> complex:
    """``n!``; at the non-integer points where symbols are sampled, Gamma(n + 1), which agrees with it at
    every integer (``\\ln n!`` for ``\\ln N!`` was undecided at every point and went to sympy, for a second)."""
    if z.imag != 0 or not 0 <= z.real <= MAX_FACTORIAL:
        return _NAN
    if z.real.is_integer():
        return complex(math.factorial(int(z.real)))
    return complex(math.gamma(z.real + 1))


def log10_magnitude(node) -> tuple[int, float] | None:
    """(sign, log10 of the absolute value) of a number written as products, quotients, powers and roots of
    numbers, where the value itself may be past a float's range (``10^{400}``, ``1.001 \\times 10^{400}``);
    None for anything else (a sum, a symbol, zero).

    >>> log10_magnitude(("pow", ("num", 10.0, "10"), ("num", 400.0, "400")))
    (1, 400.0)
    """
    kind = node[0]
    if kind == "num":
        return _literal_log10(node)
    if kind == "const" and node[1] == "pi":
        return 1, math.log10(math.pi)
    if kind in ("neg", "inv"):
        inner = log10_magnitude(node[1])
        return None if inner is None else (-inner[0], inner[1]) if kind == "neg" else (inner[0], -inner[1])
    if kind == "mul":
        sign, total = 1, 0.0
        for child in node[1]:
            part = log10_magnitude(child)
            if part is None:
                return None
            sign, total = sign * part[0], total + part[1]
        return sign, total
    if kind == "func" and node[1] == "sqrt":
        inner = log10_magnitude(node[2])
        return None if inner is None or inner[0] < 0 else (1, inner[1] / 2)
    if is_euler_power(node) or (kind == "func" and node[1] == "exp"):  # e^{1000}: its exponent over ln 10
        try:
            exponent = evaluate(node[2])
        except NotNumeric:
            return None
        return (1, exponent.real / math.log(10)) if not exponent.imag and math.isfinite(exponent.real) else None
    if kind == "pow":
        base = log10_magnitude(node[1])
        try:
            exponent = evaluate(node[2])
        except NotNumeric:
            return None
        if base is None or exponent.imag or not math.isfinite(exponent.real):
            return None
        if base[0] < 0 and not exponent.real.is_integer():
            return None
        return (-1 if base[0] < 0 and exponent.real % 2 else 1), base[1] * exponent.real
    return None


def _literal_log10(node) -> tuple[int, float] | None:
    """(sign, log10 |value|) of a number as written, exact where its float over- or underflowed (``1e400``)."""
    value = node[1]
    if value and math.isfinite(value):
        return (1 if value > 0 else -1), math.log10(abs(value))
    try:
        exact = decimal.Decimal(node[2].replace(",", "").replace(" ", ""))
    except (decimal.InvalidOperation, ValueError):
        return None
    return (1 if exact > 0 else -1, float(abs(exact).log10())) if exact and exact.is_finite() else None


def too_large(node) -> bool:
    """Does ``node`` hold a power or factorial of numbers with more than ``_MAX_DIGITS`` digits
    (``10^{10^{10}}``), which exact arithmetic (sympy) would take minutes or gigabytes to build?"""
    kind = node[0]
    if kind == "pow" and not symbol_names(node):
        magnitude_ = log10_magnitude(node)
        if magnitude_ is None:
            try:
                exponent = evaluate(node[2]).real
            except NotNumeric:
                exponent = math.inf
            return not math.isfinite(exponent) or abs(exponent) > _MAX_DIGITS
        if abs(magnitude_[1]) > _MAX_DIGITS:
            return True
    if kind == "fact" and not symbol_names(node):
        try:
            return not abs(evaluate(node[1]).real) <= _MAX_DIGITS
        except NotNumeric:
            return True
    return any(too_large(child) for child in children(node))


_MAX_DIGITS = 10_000
