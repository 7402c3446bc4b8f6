"""Units: one pint registry, the rules for reading a word as a unit, and cached conversion factors.

pint does the unit algebra; this module decides which words count as units in an answer. pint also
knows physical constants by one letter (``c``, ``e``, ``k``, ``R``) and odd single-letter units (``a`` for
year): those letters are symbols in physics answers, so single letters must be on an allow-list.

>>> lookup_word("km"), lookup_word("meters"), lookup_word("c")
('kilometer', 'meter', None)
>>> info = unit_info((("kilometer", 1), ("hour", -1)))
>>> round(info.scale, 6), info.text
(0.277778, 'kilometer / hour')
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import pint

REGISTRY = pint.UnitRegistry()
for _alias, _name in (("Torr", "torr"), ("electronvolt", "electron_volt")):  # older pints lack these names
    if _alias not in REGISTRY:
        REGISTRY.define(f"{_alias} = {_name}")
REGISTRY.define("gauss_si = 1e-4 * tesla")  # pint's gauss is Gaussian-CGS; physics answers mean 1e-4 T
# likewise the Gaussian charge, flux and field strength, as the SI quantities physicists convert them to
# (pint's carry Gaussian dimensions, which no SI unit converts to)
REGISTRY.define("statcoulomb_si = 1 / (10 * speed_of_light / (meter / second)) * coulomb")  # 3.336e-10 C
REGISTRY.define("maxwell_si = 1e-8 * weber")
REGISTRY.define("oersted_si = 1000 / (4 * pi) * ampere / meter")
# a sound or signal level in decibels, a number on its own scale (pint's decibel is a logarithmic unit that
# plain arithmetic cannot convert); an optical power in dioptres, a reciprocal length
REGISTRY.define("decibel_level = [level]")
REGISTRY.define("dioptre = 1 / meter")
REGISTRY.define("decade_of_years = 10 * year")  # pint's decade is a logarithmic ratio; "2 decades" are 20 years
# astronomy's units of mass, radius and luminosity (IAU 2015 nominal values; Jupiter's and the Earth's masses from
# their GM over the IAU 2015 G): M_\odot, R_\odot, L_\odot, M_\oplus, M_J
REGISTRY.define("solar_mass = 1.98847e30 * kilogram")
REGISTRY.define("solar_radius = 6.957e8 * meter")
REGISTRY.define("solar_luminosity = 3.828e26 * watt")
REGISTRY.define("earth_mass = 5.9722e24 * kilogram")
REGISTRY.define("earth_radius = 6.3781e6 * meter")
REGISTRY.define("jupiter_mass = 1.89813e27 * kilogram")
if "footcandle" not in REGISTRY:
    REGISTRY.define("footcandle = lumen / foot ** 2")  # an illuminance (pint knows only its symbol, fc)

# Single-letter unit symbols; any other single letter is a symbol (c, e, k, R, a...). Like m (a mass or
# metres), G (the gravitational constant or gauss) is a unit after a number and may be a symbol elsewhere.
_SINGLE_LETTER_UNITS = {"m": "meter", "s": "second", "g": "gram", "K": "kelvin", "A": "ampere",
                        "N": "newton", "J": "joule", "W": "watt", "V": "volt", "C": "coulomb",
                        "F": "farad", "H": "henry", "T": "tesla", "S": "siemens", "L": "liter",
                        "l": "liter", "h": "hour", "d": "day", "t": "metric_ton", "u": "unified_atomic_mass_unit",
                        "M": "molar", "D": "debye", "G": "gauss_si"}
_OVERRIDES = {"AU": "astronomical_unit", "au": "astronomical_unit", "ohm": "ohm", "Ohm": "ohm",
              "ohms": "ohm", "deg": "degree", "degrees": "degree", "sec": "second", "secs": "second",
              "hrs": "hour", "yrs": "year", "mins": "minute", "lbs": "pound", "amu": "unified_atomic_mass_unit",
              "mi": "mile", "kmh": "kilometer_per_hour", "kph": "kilometer_per_hour", "kmph": "kilometer_per_hour",
              "Celsius": "degree_Celsius", "celsius": "degree_Celsius", "Fahrenheit": "degree_Fahrenheit",
              "fahrenheit": "degree_Fahrenheit", "ev": "electron_volt", "cc": "cubic_centimeter",
              "ly": "light_year", "pc": "parsec", "Cal": "kilocalorie", "gauss": "gauss_si", "Gs": "gauss_si",
              "hPa": "hectopascal", "rev": "turn", "revs": "turn", "electronvolt": "electron_volt",
              "pct": "percent", "percentage": "percent", "kilohm": "kiloohm", "megohm": "megaohm",
              "kG": "kilogauss_si", "ton": "metric_ton", "tons": "metric_ton", "tonne": "metric_ton",
              "tonnes": "metric_ton",  # a physicist's ton is 1000 kg (pint's "ton" is the short ton)
              "Gal": "galileo", "Hartree": "hartree", "Ry": "rydberg",
              "micron": "micrometer", "microns": "micrometer", "esu": "statcoulomb_si", "statC": "statcoulomb_si",
              "statcoulomb": "statcoulomb_si", "Mx": "maxwell_si", "maxwell": "maxwell_si", "Oe": "oersted_si",
              "oersted": "oersted_si", "dB": "decibel_level", "decibel": "decibel_level",
              "decibels": "decibel_level", "dioptres": "dioptre", "diopter": "dioptre", "diopters": "dioptre",
              "dpt": "dioptre", "kyr": "kiloyear", "Myr": "megayear", "Gyr": "gigayear", "decade": "decade_of_years"}  # Gal: the CGS acceleration (pint reads a gallon)
# Units an answer may use: pint knows many more (and constants by one letter). Prefixable ones take the
# common SI prefixes; the others only appear as written.
_PREFIXABLE = set("""meter second gram kelvin ampere mole candela newton joule watt volt coulomb farad henry
    tesla siemens ohm weber pascal hertz liter electron_volt bar calorie becquerel gray sievert lumen lux curie
    watt_hour ampere_hour volt_ampere molar dalton parsec radian steradian meter_Hg meter_H2O gauss_si
    rem barn poise""".split())
_PLAIN = set("""minute hour day year week degree arcminute arcsecond angstrom astronomical_unit light_year
    percent ppm standard_atmosphere torr Torr degree_Celsius degree_Fahrenheit degree_Rankine inch foot yard
    mile nautical_mile pound ounce force_pound pound_force_per_square_inch gallon knot mile_per_hour
    foot_per_second kilometer_per_hour revolutions_per_minute turn horsepower british_thermal_unit
    unified_atomic_mass_unit metric_ton slug poise stokes debye acre hectare force_kilogram cubic_centimeter
    erg dyne fermi kilocalorie hectopascal inch_Hg hartree bohr galileo rydberg decibel_level dioptre
    footcandle month century fortnight decade_of_years solar_mass solar_radius solar_luminosity earth_mass
    earth_radius jupiter_mass""".split())
_PREFIXES = {"", "kilo", "mega", "giga", "tera", "peta", "exa", "milli", "micro", "nano", "pico", "femto", "atto",
             "zepto", "centi", "deci", "deca"}  # (no hecto: "hm" is h m; hPa is spelled out above)
_WORDS_NOT_UNITS = frozenset(("as", "am", "ag"))  # attosecond, attometer, attogram: "5 m/s as expected"
_MAX_WORD = 24
_MAX_SPLIT = 4  # letter runs up to this long may be read as several units ("Nm", "kgm")
# Degree symbol followed by a temperature letter (after the parser's "\circ C") means degC/degF ("°K": the
# kelvin's name before 1968).
TEMPERATURE_AFTER_DEGREE = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "K": "kelvin", "Celsius": "degree_Celsius",
                            "Fahrenheit": "degree_Fahrenheit"}
OFFSET_UNITS = {"degree_Celsius": "delta_degree_Celsius", "degree_Fahrenheit": "delta_degree_Fahrenheit"}
@dataclass(frozen=True)
class UnitInfo:
    """A unit as a product of pint unit names, its scale to SI base units and its dimensionality."""

    factors: tuple  # ((pint_name, exponent), ...)
    text: str
    scale: float
    dimensionality: str
    offset: bool  # a lone degC/degF: convert with pint, not by scale


@functools.lru_cache(maxsize=4096)
def lookup_word(word: str) -> str | None:
    """The pint unit name a word stands for in an answer (``"km"`` -> ``"kilometer"``), or None."""
    if len(word) > _MAX_WORD:
        return None
    if word in _OVERRIDES:
        return _OVERRIDES[word]
    if word in _WORDS_NOT_UNITS:
        return None
    if len(word) == 1:
        return _SINGLE_LETTER_UNITS.get(word)
    found = _pint_name(word)
    if found is None and len(word) >= 3 and word[0].isupper() and word[1:].islower():
        found = _pint_name(word.lower())  # "Newtons", "Watts", "Kelvin"
    if found is None and len(word) >= 4 and word.isupper():
        return lookup_word(word.lower())  # "NEWTONS", "JOULES": a word in capitals (not a symbol's letters: "MEV")
    if found is None and len(word) >= 4 and word.endswith("s") and word.islower():
        found = lookup_word(word[:-1]) or (lookup_word(word[:-3] + "y") if word.endswith("ies") else None)
        # "electronvolts", "kilohms", "millihenries"
    return found


# unit symbols often written in lower case: "Mev", "khz", "kj" (see usual_case)
_CASE_BLIND = {"ev": "eV", "hz": "Hz", "j": "J", "w": "W", "n": "N", "pa": "Pa", "v": "V"}


@functools.lru_cache(maxsize=1024)
def usual_case(word: str, capitals: bool = False) -> str | None:
    """The pint unit a letter run names in the case it is usually written, where it is written otherwise:
    ``KJ``, ``Km``, ``KeV`` (K for kilo, which is k), ``Mev``, ``khz``, ``kj`` (eV, Hz, J, W, N, Pa, V in lower
    case), ``CM``, ``EV``, ``KM`` (a symbol in capitals: a unit in lower case, though ``EV`` is an exavolt as
    written; the caller keeps a reading only where it gives the gold's dimension); None for a run that is a unit
    as written, or no unit in any case (``mev``: milli or mega?). ``capitals``: the answer writes all its units in
    capitals (``11.2 KM/S``, ``49 N/M``), so any run in capitals is read in lower case, one letter too.

    >>> usual_case("KJ"), usual_case("Mev"), usual_case("khz"), usual_case("CM"), usual_case("EV")
    ('kilojoule', 'megaelectron_volt', 'kilohertz', 'centimeter', 'electron_volt')
    >>> usual_case("kJ") is None, usual_case("mev") is None
    (True, True)
    >>> usual_case("M"), usual_case("M", capitals=True)
    (None, 'meter')
    """
    if capitals and word.isupper() and lookup_word(word.lower()):
        return lookup_word(word.lower())
    if word.isupper() and 2 <= len(word) <= 3 and lookup_word(word.lower()) \
            and not (word[0] == "K" and lookup_word("k" + word[1:])):  # ("KN": kilo, as below)
        return lookup_word(word.lower())
    if len(word) < 2 or lookup_word(word):
        return None
    if word[0] == "K" and lookup_word(word[1:]) and lookup_word("k" + word[1:]):
        return lookup_word("k" + word[1:])
    head = word[0] if word[0] in "kKMGT" else ""
    symbol = _CASE_BLIND.get(word[len(head):].lower())
    return lookup_word(head.replace("K", "k") + symbol) if symbol else None


def spelled_unit(word: str) -> bool:
    """A word read as one unit by its spelling (``Gs``, ``au``, ``kG``), never as a run of unit letters."""
    return word in _OVERRIDES


def _pint_name(word: str) -> str | None:
    try:
        candidates = REGISTRY.parse_unit_name(word)
    except (pint.errors.PintError, ValueError, KeyError):
        return None
    allowed = [(prefix, name) for prefix, name, _ in candidates
               if (name in _PLAIN and not prefix) or (name in _PREFIXABLE and prefix in _PREFIXES)]
    if not allowed:
        return None
    prefix, name = min(allowed, key=lambda c: len(c[0]))  # "min" is minute, not milli-inch
    return prefix + name


@functools.lru_cache(maxsize=4096)
def split_word(word: str) -> tuple[str, ...] | None:
    """Read a letter run as one unit or a run of units (``"Nm"`` -> newton, meter), fewest pieces first."""
    whole = lookup_word(word)
    if whole:
        return (whole,)
    if len(word) > _MAX_SPLIT:
        return None
    best: list = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 8), end):
            if best[start] is None:
                continue
            piece = lookup_word(word[start:end])
            if piece and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + (piece,)
    return best[-1]


@functools.lru_cache(maxsize=4096)
def unit_info(factors: tuple) -> UnitInfo:
    """Scale and dimensionality of a product of (pint name, exponent) factors; raises pint errors."""
    merged: dict[str, float] = {}
    for name, exp in factors:
        merged[name] = merged.get(name, 0) + exp
    merged = {k: v for k, v in merged.items() if v != 0}
    offset = len(merged) == 1 and next(iter(merged.items())) in (("degree_Celsius", 1), ("degree_Fahrenheit", 1))
    if not offset:  # inside a compound unit a Celsius degree is a temperature difference
        merged = {OFFSET_UNITS.get(k, k): v for k, v in merged.items()}
    unit = REGISTRY.Unit("")
    for name, exp in sorted(merged.items()):
        unit = unit * REGISTRY.Unit(name) ** exp
    scale, _ = REGISTRY.get_base_units(unit)
    scale = float(scale)
    if not (math.isfinite(scale) and scale > 0):
        raise OverflowError(f"unit scale of {unit} is out of range")
    # canonical text (pint orders dimensions by the order the units were multiplied in), with angles
    # counted as a dimension: 5 Hz is not 5 rad/s
    dims = dict(unit.dimensionality)
    angle = REGISTRY.get_root_units(unit)[1]._units.get("radian", 0)
    if angle:
        dims["[angle]"] = angle
    text = " * ".join(f"{d}^{p:g}" for d, p in sorted(dims.items())) or "dimensionless"
    return UnitInfo(tuple(sorted(merged.items())), str(unit) or "dimensionless", scale, text, offset)


def convert(value: float, source: UnitInfo, target: UnitInfo) -> float:
    """``value`` in ``source`` expressed in ``target`` (same dimensionality assumed)."""
    if source.offset or target.offset:  # by the scales' definitions: a pint Quantity costs ~0.1 ms a conversion
        return _from_kelvin(_to_kelvin(value, source), target)
    try:
        return value * (source.scale / target.scale)
    except (OverflowError, ZeroDivisionError):
        return math.inf


_ZERO_CELSIUS = 273.15  # kelvin


def _to_kelvin(value: float, unit: UnitInfo) -> float:
    if unit.text == "degree_Celsius":
        return value + _ZERO_CELSIUS
    if unit.text == "degree_Fahrenheit":
        return (value - 32.0) * 5.0 / 9.0 + _ZERO_CELSIUS
    return value * unit.scale  # kelvin, degree_Rankine: a scale from absolute zero


def _from_kelvin(kelvin: float, unit: UnitInfo) -> float:
    if unit.text == "degree_Celsius":
        return kelvin - _ZERO_CELSIUS
    if unit.text == "degree_Fahrenheit":
        return (kelvin - _ZERO_CELSIUS) * 9.0 / 5.0 + 32.0
    return kelvin / unit.scale


_CYCLES = {"turn": (), "revolutions_per_minute": (("minute", -1),)}


def in_natural_units(first: UnitInfo, second: UnitInfo) -> UnitInfo:
    """``first`` (an answer's unit, which writes no c) times the power of c that gives it ``second``'s
    dimension, where either is written in electronvolts: a particle physicist's mass ``140 MeV`` is
    ``0.14 GeV/c^2``, a momentum ``5 GeV`` is ``5 GeV/c``. ``first`` unchanged otherwise: an answer that
    writes c must write the gold's power of it (``140 MeV/c`` is no mass), and ``1 kg`` never answers ``9e16 J``."""
    if any(name == "speed_of_light" for name, _ in first.factors) or \
            not any(name.endswith("electron_volt") for name, _ in first.factors + second.factors):
        return first
    for power in (-2, -1, 1, 2):
        scaled = unit_info(first.factors + (("speed_of_light", power),))
        if scaled.dimensionality == second.dimensionality:
            return scaled
    return first


def radians_as_numbers(first: UnitInfo, second: UnitInfo) -> tuple[UnitInfo, UnitInfo]:
    """Both units without their radians, where one writes radians and that makes their dimensions agree and
    neither writes hertz: an angular frequency ``4 s^{-1}`` is ``4 rad/s`` (a radian is 1 in SI), but ``4 Hz``
    counts cycles, 2 pi radians each, and stays apart from ``rad/s``."""
    if any(name == "hertz" for name, _ in first.factors + second.factors):
        return first, second

    def without_radians(info: UnitInfo) -> UnitInfo:
        factors = tuple((name, exp) for name, exp in info.factors if name != "radian")
        return unit_info(factors) if len(factors) != len(info.factors) else info
    pair = without_radians(first), without_radians(second)
    return pair if pair[0].dimensionality == pair[1].dimensionality else (first, second)


_OTHER_READINGS = {"debye": "dioptre"}  # "D": a dipole moment's debye, or a lens's power in dioptres


def read_otherwise(first: UnitInfo, second: UnitInfo) -> tuple[UnitInfo, UnitInfo]:
    """Both units with a letter that names two units (``D``) read as the other, where that makes their
    dimensions agree (``2.5 D`` against ``2.5 m^{-1}`` is a lens's power); unchanged otherwise."""
    def other(info: UnitInfo) -> UnitInfo:
        factors = tuple((_OTHER_READINGS.get(name, name), exp) for name, exp in info.factors)
        return unit_info(factors) if factors != info.factors else info
    for pair in ((other(first), second), (first, other(second))):
        if pair[0].dimensionality == pair[1].dimensionality:
            return pair
    return first, second


def counted_in_cycles(first: UnitInfo, second: UnitInfo) -> tuple[UnitInfo, UnitInfo]:
    """Both units with revolutions counted as cycles (a number), so that ``300 rpm`` is ``5 Hz``; unchanged
    unless that makes their dimensions agree (``rad/s`` stays apart from ``Hz``)."""
    def in_cycles(info: UnitInfo) -> UnitInfo:
        factors = []
        for name, exp in info.factors:
            factors.extend(((n, e * exp) for n, e in _CYCLES[name]) if name in _CYCLES else ((name, exp),))
        return unit_info(tuple(factors)) if factors != list(info.factors) else info
    pair = in_cycles(first), in_cycles(second)
    return pair if pair[0].dimensionality == pair[1].dimensionality else (first, second)
