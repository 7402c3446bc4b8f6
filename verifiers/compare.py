"""Compare a response quantity with a reference quantity: units, dimensions and tolerance.

>>> from verifiers.parser import parse
>>> from verifiers.quantity import to_quantity
>>> from verifiers.options import VerifyOptions
>>> q = lambda s: to_quantity(parse(s))
>>> compare_quantities(q("500 m"), q("0.5 km"), VerifyOptions()).status.value
'correct'
>>> compare_quantities(q("12 N"), q("12 J"), VerifyOptions()).status.value
'dimension_mismatch'
"""

from __future__ import annotations

import cmath
import math
import re

from verifiers.errors import NotNumeric
from verifiers.evaluate import evaluate, holds, is_zero, log10_magnitude, too_large
from verifiers.options import VerifyOptions
from verifiers.quantity import Quantity
from verifiers.units import convert, counted_in_cycles, in_natural_units, radians_as_numbers, read_otherwise
from verifiers.verdict import Status, Verdict

_LITERAL_RE = re.compile(r"(\d[\d,]*)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?")


def close(response: float, reference: Quantity, opts: VerifyOptions) -> bool:
    """Is ``response`` (in the reference's unit) within tolerance of the reference value?"""
    if not math.isfinite(response):
        return response == reference.value  # an infinite gold (an interval's end) is matched by itself
    if not math.isfinite(reference.value):
        return False  # an overflowing gold (10^{10^{10^{10}}}) is no finite number

    target = reference.value
    if opts.sig_figs:
        half_ulp = sig_fig_half_ulp(reference)
        if half_ulp is not None:
            return abs(response - target) <= half_ulp * (1 + 1e-9) + opts.abs_tol
    allowed = max(opts.rel_tol * abs(target), opts.abs_tol) + 1e-12 * abs(target)
    if reference.unit is not None and reference.unit.offset:
        allowed += 1e-9  # 32 degF is 0 degC up to float noise from the offset conversion
    return abs(response - target) <= allowed


def sig_fig_half_ulp(q: Quantity) -> float | None:
    """Half a unit in the last significant place of the reference's literal, in its unit.

    >>> from verifiers.quantity import Quantity
    >>> sig_fig_half_ulp(Quantity(3.14, None, "3.14", 3.14))
    0.005
    """
    if not q.mantissa or not q.mantissa_value:
        return None
    match = _LITERAL_RE.fullmatch(q.mantissa)
    if not match:
        return None
    whole, decimals, exponent = match.group(1) or "", match.group(2), int(match.group(3) or 0)
    if decimals is not None:
        place = -len(decimals)
    else:
        digits = whole.replace(",", "")
        place = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return round(0.5 * 10.0 ** (place + exponent) * abs(q.value / q.mantissa_value), 15)


def compare_quantities(reference: Quantity, response: Quantity, opts: VerifyOptions) -> Verdict:
    """The verdict for a response quantity against a reference quantity."""
    ref_unit, resp_unit = reference.unit, response.unit
    fields = dict(reference_value=reference.value, reference_unit=ref_unit.text if ref_unit else None,
                  response_unit=resp_unit.text if resp_unit else None)
    if ref_unit is None:
        return _against_pure_number(reference, response, opts, fields)
    if resp_unit is None:
        return _bare_number(reference, response, opts, fields)
    if resp_unit.dimensionality != ref_unit.dimensionality:
        resp_unit, ref_unit = counted_in_cycles(resp_unit, ref_unit)  # 300 rpm is 5 Hz
        resp_unit = in_natural_units(resp_unit, ref_unit)  # 140 MeV is 0.14 GeV/c^2
    if resp_unit.dimensionality != ref_unit.dimensionality:
        resp_unit, ref_unit = radians_as_numbers(resp_unit, ref_unit)  # 4 s^-1 is 4 rad/s (not 4 Hz)
    if resp_unit.dimensionality != ref_unit.dimensionality:
        resp_unit, ref_unit = read_otherwise(resp_unit, ref_unit)  # a lens's 2.5 D is 2.5 m^-1 (no debye)
    if resp_unit.dimensionality != ref_unit.dimensionality:
        return Verdict.make(Status.DIMENSION_MISMATCH,
                            f"{resp_unit.text} ({resp_unit.dimensionality}) cannot be "
                            f"{ref_unit.text} ({ref_unit.dimensionality})",
                            response_value=response.value, **fields)
    value = convert(response.value, resp_unit, ref_unit)
    # half a degree only for the rounded zero point of the other scale (273 K for 0 degC): 0.4 degC for 0 degC
    # or 1.4 degC for 1 degC, written in the gold's own unit, is no rounding of a conversion
    within = _close_temperature if ref_unit.offset != resp_unit.offset else close
    if within(value, reference, opts):
        return Verdict.make(Status.CORRECT, f"{response.value} {resp_unit.text} = {value:.6g} {ref_unit.text}",
                            response_value=value, **fields)
    if resp_unit.factors != ref_unit.factors and within(response.value, reference, opts):
        return Verdict.make(Status.WRONG_UNIT, f"the number is right but {resp_unit.text} is not {ref_unit.text}",
                            response_value=value, **fields)
    return Verdict.make(Status.WRONG_VALUE, f"{value:.6g} {ref_unit.text} is not {reference.value:.6g}",
                        response_value=value, **fields)


def _close_temperature(value: float, reference: Quantity, opts: VerifyOptions) -> bool:
    """``value`` (in the reference's unit, degC or degF) within tolerance of the reference, or within half a
    degree of it: 273 K is 0 degC (the zero point rounded to whole kelvins), where a share of the Celsius
    number alone would demand 273.15; 7 degC is still not 5 degC."""
    return close(value, reference, opts) or abs(value - reference.value) <= 0.5 + 1e-9


def _against_pure_number(reference: Quantity, response: Quantity, opts: VerifyOptions, fields: dict) -> Verdict:
    """A unitless gold: a bare number, a percent (25 % is 0.25) or an angle (45 degrees is pi/4) as the
    pure number it is; any other dimension does not answer it, except for zero, which is zero in any unit
    (``0 J/K`` for a gold ``\\Delta S = 0`` that leaves its unit out)."""
    unit, value = response.unit, response.value
    if unit is not None and not (reference.value == 0 and value == 0 and not unit.offset):
        if unit.dimensionality not in ("dimensionless", "[angle]^1"):
            return Verdict.make(Status.DIMENSION_MISMATCH, f"{unit.text} where a pure number was expected",
                                response_value=value, **fields)
        value = value * unit.scale
    if close(value, reference, opts):
        return Verdict.make(Status.CORRECT, "value matches (reference has no unit)", response_value=value, **fields)
    return Verdict.make(Status.WRONG_VALUE, f"{value:.6g} is not {reference.value:.6g}", response_value=value,
                        **fields)


def _bare_number(reference: Quantity, response: Quantity, opts: VerifyOptions, fields: dict) -> Verdict:
    """A bare number against a reference with a unit: read in the reference's unit unless units are required."""
    unit = reference.unit
    readings = [response.value]
    if reference.unit_scale != 1:  # SciBench: the answer is the number of (10^8 N)
        readings.append(response.value * reference.unit_scale)
    if unit.dimensionality in ("dimensionless", "[angle]^1") and unit.scale != 1:  # 0.25 for 25 %, pi/4 for 45 deg
        readings.append(response.value / unit.scale)
    matched = next((v for v in readings if close(v, reference, opts)), None)
    if matched is None:
        return Verdict.make(Status.WRONG_VALUE, f"{response.value} {unit.text} is not {reference.value:.6g}",
                            response_value=response.value, **fields)
    if opts.require_units and unit.dimensionality != "dimensionless":
        return Verdict.make(Status.MISSING_UNIT, f"right number, but no unit (expected {unit.text})",
                            response_value=matched, **fields)
    return Verdict.make(Status.CORRECT, f"bare number read in {unit.text}", response_value=matched, **fields)


_FLOAT_DIGITS = 300  # a float's range ends near 10^{308}


def beyond_floats(ref_tree, tree, opts: VerifyOptions) -> Verdict | None:
    """Two numbers, one past a float's range: compared by their logarithms where both are products and
    powers of numbers (``1.001 \\times 10^{400}`` for ``10^{400}``, at the numeric tolerance); wrong where a
    side is too large to build exactly (``10^{10^{10}}``: sympy would not finish); None otherwise."""
    logs = log10_magnitude(ref_tree), log10_magnitude(tree)
    in_floats = _float_value(ref_tree), _float_value(tree)
    if None not in logs and (None in in_floats or max(abs(logs[0][1]), abs(logs[1][1])) > _FLOAT_DIGITS):
        if logs[0][0] == logs[1][0] and abs(logs[0][1] - logs[1][1]) <= math.log10(1 + opts.rel_tol):
            return Verdict.make(Status.CORRECT, "the same number (compared by its logarithm)")
        return Verdict.make(Status.WRONG_VALUE, "a different number (compared by its logarithm)")
    if too_large(ref_tree) or too_large(tree):
        return Verdict.make(Status.WRONG_VALUE, "a number too large to compare exactly, and not written as the reference is")
    if in_floats[1] is None and logs[1] is None and not holds(tree, is_zero):  # "\infty - \infty": no number
        return Verdict.make(Status.WRONG_VALUE, "not a number")  # (a zero, 0 \cdot 10^{400}, is left to sympy)
    return None


def _float_value(tree) -> complex | None:
    """The value of a tree of numbers as a float, or None where it is none (past the range, 0/0) or zero."""
    try:
        value = evaluate(tree)
    except NotNumeric:
        return None
    return value if value and cmath.isfinite(value) else None
