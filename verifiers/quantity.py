"""Read an expression tree as a quantity: a numeric coefficient times a product of units.

>>> from verifiers.parser import parse
>>> q = to_quantity(parse(r"1.7 $10^8 \\mathrm{~N}$"))
>>> q.value, q.unit.text, q.mantissa
(170000000.0, 'newton', '1.7')
>>> to_quantity(parse("m v^2")) is None  # v is not a unit: a symbolic answer
True
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace

import pint

from verifiers.errors import NotAQuantity, NotNumeric
from verifiers.evaluate import children, evaluate, holds, is_euler_power
from verifiers.limits import MAX_UNIT_EXPONENT
from verifiers.units import (OFFSET_UNITS, TEMPERATURE_AFTER_DEGREE, UnitInfo, lookup_word, spelled_unit,
                            split_word, unit_info)


@dataclass(frozen=True)
class Quantity:
    """A real value with an optional unit (None for a bare number); ``mantissa`` is the literal digits
    of the leading number where the coefficient is one number (times a power of ten), for sig figs."""

    value: float
    unit: UnitInfo | None
    mantissa: str | None = None
    mantissa_value: float | None = None
    symbol_like: bool = False  # every unit is a lone letter (``m g``): the text may be a symbolic answer
    unit_scale: float = 1.0  # a factor the unit was given with (SciBench ``10^8 N``), for bare answers


_GREEK_NAMED_UNITS = {"psi"}  # the parser reads "psi" as a Greek letter; after a number it is a unit
# symbols with a subscript that are astronomy's units after a number ("1.4 M_\odot", "2 M_{\text{sun}}")
_SUBSCRIPTED_UNITS = {"M_odot": "solar_mass", "M_sun": "solar_mass", "R_odot": "solar_radius", "R_sun": "solar_radius",
                      "L_odot": "solar_luminosity", "L_sun": "solar_luminosity", "M_oplus": "earth_mass",
                      "M_earth": "earth_mass", "R_oplus": "earth_radius", "R_earth": "earth_radius",
                      "M_jup": "jupiter_mass", "M_Jup": "jupiter_mass"}
# physical constants a formula may give a value in: c, h, \hbar, G, e where it is no power's base (e^{x}),
# and the subscripted ones (\epsilon_0, \mu_0, k_B, m_e, m_p, N_A)
_CONSTANTS = {("name", "c"): ("unit", "speed_of_light"), ("name", "h"): ("unit", "planck_constant"),
              ("sym", "hbar"): ("unit", "hbar"), ("name", "e"): ("unit", "elementary_charge"),
              ("name", "G"): ("unit", "gravitational_constant"), ("sym", "epsilon_0"): ("unit", "vacuum_permittivity"),
              ("sym", "mu_0"): ("unit", "magnetic_constant"), ("sym", "k_B"): ("unit", "boltzmann_constant"),
              ("sym", "m_e"): ("unit", "electron_mass"), ("sym", "m_p"): ("unit", "proton_mass"),
              ("sym", "N_A"): ("unit", "avogadro_constant")}


@functools.lru_cache(maxsize=2048)
def to_quantity(node, require_number: bool = True) -> Quantity | None:
    """The quantity a tree denotes, or None if it has symbols that are not units (or, unless
    ``require_number`` is False, units with no number: ``m/s`` alone is not an answer). Cached: an answer's
    tree is read while parsing and again while grading, and a GRPO group repeats answers."""
    try:
        numeric, units = [], []
        _flatten(node, 1.0, numeric, units)
        if require_number and units and _no_number(numeric):
            return None
        value = 1.0
        for part, exp in numeric:
            if exp == 1 and part[0] == "num":  # the usual factor: a literal, no tree to walk
                real = part[1]
            else:
                z = evaluate(part) if exp == 1 else evaluate(("pow", part, ("num", exp, str(exp))))
                if abs(z.imag) > 1e-12 * max(1.0, abs(z.real)):
                    return None
                real = z.real
            before, value = value, value * real
            if (value == 0 or math.isinf(value)) and _out_of_range(part, real, before, value):
                return None
        unit = _resolve_units(units) if units else None
        mantissa = _mantissa(numeric)
        # "m g" (lone letters) may be symbols; so may "\frac{1}{2} kT" and "\frac{3}{2} mg", a formula's
        # coefficient (no plain number leads) before short letter runs, which "2 mg" (milligrams) and
        # "10^{-2} cm/s" (a power of ten alone is a number as written) are not
        number = mantissa or (numeric and all(exp == 1 and _is_power_of_ten(part) for part, exp in numeric))
        symbol_like = bool(units) and all(_is_letter_symbols(node) or (not number and _letter_run(node))
                                          for node, _ in units)
    except (NotAQuantity, NotNumeric, pint.errors.PintError, OverflowError):  # OverflowError: km^{12} km^{12}...
        return None  # anything else is a bug, and surfaces as Status.ERROR
    if math.isnan(value):
        return None
    return Quantity(value, unit, mantissa[0] if mantissa else None, mantissa[1] if mantissa else None,
                    symbol_like)


# units that only a unit column writes: "MeV/c^2", "GeV/c", "b" (barn), "\mu_B"
_COLUMN_UNITS = {("name", "c"): ("unit", "speed_of_light"), ("name", "b"): ("unit", "barn"),
                 ("sym", "mu_B"): ("unit", "bohr_magneton"), ("sym", "mu_N"): ("unit", "nuclear_magneton")}


def column_units(node, table: dict = _COLUMN_UNITS):
    """A unit column's tree, or an answer's to a gold with a unit, with the letters only unit columns use
    read as units (``MeV/c^2``, ``0.8 c``); ``table`` gives other readings (``g`` as standard gravity, ``i`` as a
    unit vector)."""
    if node in table:
        return table[node]
    if node[0] in ("mul", "tuple", "add"):
        return (node[0], tuple(column_units(child, table) for child in node[1]))
    if node[0] == "pow":
        return ("pow", column_units(node[1], table), node[2])
    if node[0] in ("inv", "neg"):
        return (node[0], column_units(node[1], table))
    return node


# letter products physicists write far more often than the units they spell: a weight, work against gravity, a
# thermal energy, a gas's pV and nRT
SYMBOL_PRODUCTS = frozenset("mg Mg mgh Mgh mgl mgL mgR mgr kT pV PV nRT RT".split())
_SYMBOL_PRODUCT_NAMES = frozenset(("name", letters) for letters in SYMBOL_PRODUCTS)


def spells_symbol_product(value) -> bool:
    """Does a value write letters physicists mean as a product of symbols, not units: a letter run among
    SYMBOL_PRODUCTS (``2 mg``, ``5 kT``), or a product of numbers and letters spelling one in order (``2 m g``)?

    >>> from verifiers.parser import parse
    >>> spells_symbol_product(parse("2 m g")), spells_symbol_product(parse("5 kT")), spells_symbol_product(parse("2 ms"))
    (True, True, False)
    """
    if holds(value, _SYMBOL_PRODUCT_NAMES.__contains__):
        return True
    factors = value[1] if value[0] == "mul" else (value,)
    return all(factor[0] in ("num", "name") for factor in factors) \
        and "".join(factor[1] for factor in factors if factor[0] == "name") in SYMBOL_PRODUCTS


def _no_number(numeric: list) -> bool:
    """Are the factors only signs (``-m/s``): units with no number?"""
    for part, _ in numeric:
        if part[0] != "num" or part[2] != "-1":
            return False
    return True


def _out_of_range(part, factor: float, before: float, after: float) -> bool:
    """Did multiplying ``before`` by ``part`` (``factor``) leave a float's range? ``10^{401}`` and ``9^{9^9}``
    overflow to inf, where they would equal 10^{400} and ``\\infty``; ``10^{-400}`` underflows to 0, where
    ``2 \\times 10^{-400}`` would equal it. Such a value is no number to compare: the tree is read as the
    expression it is (sympy decides)."""
    if math.isinf(after):
        return part != ("const", "inf") and not math.isinf(before)
    if factor == 0:
        return part[0] == "pow" and part[1][0] == "num" and part[1][1] != 0
    return after == 0 and before != 0


_C = ("name", "c")


def constant_quantity(node) -> Quantity | None:
    """The value of a formula in physical constants and numbers alone (``c``, ``0.5 c``, ``\\frac{h}{2\\pi}``,
    ``\\frac{1}{4\\pi\\epsilon_0}``), with their units; None for anything else (a formula with another symbol).

    >>> from verifiers.parser import parse
    >>> q = constant_quantity(parse("c/2"))
    >>> q.value, q.unit.text
    (0.5, 'speed_of_light')
    >>> constant_quantity(parse("m c^2")) is None
    True
    """
    read = _constants_as_units(node)
    return None if read is None or read == node else to_quantity(read, require_number=False)


def _constants_as_units(node):
    """``node`` with its constants as units; None where any other symbol or unit is in it."""
    if node in _CONSTANTS:
        return _CONSTANTS[node]
    kind = node[0]
    if kind in ("num", "const"):
        return node
    if kind in ("mul", "add"):
        read = []
        for child in node[1]:
            read.append(_constants_as_units(child))
            if read[-1] is None:
                return None
        return (kind, tuple(read))
    if kind in ("inv", "neg"):
        inner = _constants_as_units(node[1])
        return None if inner is None else (kind, inner)
    if kind == "pow" and not is_euler_power(node) and node[2][0] in ("num", "neg", "inv", "mul"):
        base = _constants_as_units(node[1])
        return None if base is None or _constants_as_units(node[2]) != node[2] else ("pow", base, node[2])
    if kind == "func" and node[1] == "sqrt":
        inner = _constants_as_units(node[2])
        return None if inner is None else ("pow", inner, ("num", 0.5, "0.5"))
    return None


def _is_letter_symbols(node) -> bool:
    """A name that reads as one-letter units (``m``, ``g``, ``gh``) or as several units run together
    (``NkT``, ``mgh``: a physicist's N k T and m g h; not ``mg`` or ``ms``, which are one unit as written),
    or ``\\mu`` before one: it may as well be a product of symbols."""
    if node == ("sym", "mu"):
        return True
    if node[0] != "name":
        return False
    pieces = split_word(node[1])
    return pieces is not None and (len(pieces) > 1 or len(node[1]) == 1)


def as_difference(quantity: Quantity) -> Quantity:
    """A temperature in degrees Celsius or Fahrenheit as a difference of temperatures (10 °C of change is 10 K,
    not 283 K); any other quantity as it is.

    >>> as_difference(to_quantity(("mul", (("num", 18.0, "18"), ("unit", "degree"), ("name", "F"))))).unit.text
    'delta_degree_Fahrenheit'
    """
    unit = quantity.unit
    if unit is None or not unit.offset:
        return quantity
    return replace(quantity, unit=unit_info(tuple((OFFSET_UNITS.get(name, name), exp) for name, exp in unit.factors)))


def _letter_run(node) -> bool:
    return node[0] == "name" and len(node[1]) <= 3 and node[1].isascii() and node[1].isalpha()


def _flatten(node, exp: float, numeric: list, units: list) -> None:
    kind = node[0]
    if kind == "mul":
        for child in node[1]:
            _flatten(child, exp, numeric, units)
    elif kind == "inv":
        _flatten(node[1], -exp, numeric, units)
    elif kind == "neg":
        numeric.append((("num", -1.0, "-1"), 1.0))
        _flatten(node[1], exp, numeric, units)
    elif kind in ("name", "unit", "sym"):
        units.append((node, exp))
    elif kind == "pow" and not is_euler_power(node) and _has_units(node[1]):
        power = evaluate(node[2])  # NotNumeric if the exponent has symbols
        if power.imag or abs(power.real) > MAX_UNIT_EXPONENT:
            raise NotAQuantity("unit exponent", what="unit exponent")
        pieces = _powered_run(node[1], power.real)
        if pieces:  # "kgm^2" is kg m^2, "ms^{-2}" is m s^-2: the power takes the last unit
            units.extend((("unit", piece), exp) for piece in pieces[:-1])
            units.append((("unit", pieces[-1]), exp * power.real))
        else:
            _flatten(node[1], exp * power.real, numeric, units)
    elif _has_units(node):
        raise NotAQuantity(f"{kind} with units inside", what=kind)
    else:
        numeric.append((node, exp))


def _powered_run(node, power: float) -> tuple | None:
    """The units of a letter run under a power that applies to its last unit only: a run that is no unit
    as a whole (``kgm``), or two different unit letters under a negative power (``ms^{-2}``, ``Nm^{-2}``;
    ``dm^3``, ``dm^{-3}`` and ``km^2`` are one unit)."""
    if node[0] != "name" or len(node[1]) < 2:
        return None
    word = node[1]
    if lookup_word(word):
        two_letters = len(word) == 2 and word[0] != word[1] and word[0] != "d" and not spelled_unit(word) \
            and all(lookup_word(ch) for ch in word)  # "dm^{-3}" is a decimetre's (no day's) power
        return tuple(lookup_word(ch) for ch in word) if two_letters and power < 0 else None
    if power < 0 and len(word) > 2 and lookup_word(word[-1]):  # "kgms^{-1}" is kg m s^-1, not kg per millisecond
        head = split_word(word[:-1])
        if head:
            return (*head, lookup_word(word[-1]))
    pieces = split_word(word)
    return pieces if pieces and len(pieces) > 1 else None


def _has_units(node) -> bool:
    kind = node[0]
    if kind in ("name", "sym", "unit"):
        return True
    if kind in ("num", "const", "func"):  # inside a function, a degree sign is a number (pi/180)
        return False
    if is_euler_power(node):
        return _has_units(node[2])
    return any(_has_units(child) for child in children(node))


def _resolve_units(units: list) -> UnitInfo:
    if any(node == _C for node, _ in units) and any(_is_energy_word(node) for node, _ in units):
        # "0.511 MeV/c^2", "540 MeV/c": beside an electronvolt, c is the speed of light
        units = [(("unit", "speed_of_light"), exp) if node == ("name", "c") else (node, exp) for node, exp in units]
    factors = []
    i = 0
    while i < len(units):
        node, exp = units[i]
        kind, text = node[0], node[1]
        nxt = units[i + 1][0] if i + 1 < len(units) else None
        if kind == "unit" and text == "degree" and nxt and nxt[0] == "name" and nxt[1] in TEMPERATURE_AFTER_DEGREE:
            factors.append((TEMPERATURE_AFTER_DEGREE[nxt[1]], units[i + 1][1]))  # "\circ C^{-1}" is 1/degC
            i += 2
            continue
        if kind == "sym" and text == "mu" and nxt and nxt[0] == "unit":  # "\mu b" of a unit column: microbarn
            factors.append(("micro" + nxt[1], units[i + 1][1]))
            i += 2
            continue
        if kind == "sym" and text == "mu" and nxt and nxt[0] == "name":  # "\mu C" is microcoulomb
            pieces = split_word("u" + nxt[1])
            if pieces is None:
                raise NotAQuantity("mu", what="mu")
            factors.extend((p, units[i + 1][1]) for p in pieces)
            i += 2
            continue
        if kind == "unit":
            factors.append((text, exp))
        elif kind == "sym" and text in _SUBSCRIPTED_UNITS:
            factors.append((_SUBSCRIPTED_UNITS[text], exp))
        elif kind == "name" or (kind == "sym" and text in _GREEK_NAMED_UNITS):
            pieces = split_word(text)
            if pieces is None:
                raise NotAQuantity(f"{text!r} is not a unit", what=text)
            factors.extend((p, exp) for p in pieces)
        else:
            raise NotAQuantity(f"symbol {text!r}", what=text)
        i += 1
    return unit_info(tuple(factors))


def _is_energy_word(node) -> bool:
    return node[0] == "name" and (lookup_word(node[1]) or "").endswith("electron_volt")


def _mantissa(numeric: list) -> tuple[str, float] | None:
    """The literal of the leading number when the coefficient is ``number [* 10^k]``."""
    nums, others = [], []
    for part, exp in numeric:
        if exp == 1 and part[0] == "num":
            if part[2] != "-1":
                nums.append(part)
        else:
            others.append(part)
    if len(nums) != 1 or not all(_is_power_of_ten(p) for p in others):
        return None
    return nums[0][2], nums[0][1]


def leads_with_power_of_ten(node) -> bool:
    """``10^{-10} m``: a coefficient that is a power of ten as written, a number (not a formula's letters)."""
    return node is not None and node[0] == "mul" and _is_power_of_ten(node[1][0])


def _is_power_of_ten(node) -> bool:
    return node[0] == "pow" and node[1][0] == "num" and node[1][1] == 10.0
