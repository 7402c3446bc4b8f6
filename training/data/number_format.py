"""How numbers are written in generated problems and solutions.

>>> fmt(72.0), fmt(0.000123456), fmt(123456.0), fmt(3.14159)
('72', '1.23 \\\\times 10^{-4}', '1.23 \\\\times 10^{5}', '3.14')
>>> spell_product(48, 8)
'48*8 = 40*8 + 8*8 = 320 + 64 = 384'
"""

from __future__ import annotations

import math

SIG_FIGS = 3


def round_sig(x: float, figures: int = SIG_FIGS) -> float:
    """``x`` rounded to ``figures`` significant figures."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, figures - 1 - int(math.floor(math.log10(abs(x)))))


def fmt(x: float, figures: int = SIG_FIGS) -> str:
    """A value as a solution writes it: integers plainly, others to ``figures`` significant figures,
    very large or small ones as ``a \\times 10^{k}``."""
    x = round_sig(float(x), figures)
    if x == 0:
        return "0"
    exponent = int(math.floor(math.log10(abs(x))))
    if -3 <= exponent < 5:
        if float(x).is_integer():
            return str(int(x))
        return f"{x:.{max(0, figures - 1 - exponent)}f}".rstrip("0").rstrip(".")
    mantissa = x / 10 ** exponent
    text = f"{mantissa:.{figures - 1}f}".rstrip("0").rstrip(".")
    return f"{text} \\times 10^{{{exponent}}}"


def spell_product(a: int, b: int) -> str:
    """Integer multiplication spelt out by place value, the way a small model can learn it."""
    if a < 10 or b >= 10 or a >= 1000:
        return f"{a}*{b} = {a * b}"
    parts = [int(d) * 10 ** i for i, d in enumerate(reversed(str(a))) if d != "0"][::-1]
    if len(parts) == 1:
        return f"{a}*{b} = {a * b}"
    terms = " + ".join(f"{p}*{b}" for p in parts)
    partial = " + ".join(str(p * b) for p in parts)
    return f"{a}*{b} = {terms} = {partial} = {a * b}"
