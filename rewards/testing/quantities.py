r"""The physical quantities the audit corpus and the Hypothesis strategies are built from.

Each :class:`Quantity` is a gold answer (a value in a unit) with units of the same dimension to convert
to, a unit of another dimension and a unit with another prefix. Conversions are pint's (its default
application registry, not the judge's), so the labels do not depend on the code under test.

>>> q = QUANTITIES[0]
>>> q.gold, [spell(q.value_in(u), u) for u in q.alternatives]
('500 m', ['0.5 km', '50000 cm'])
>>> number_text(2.8e22), number_text(2.8e22, latex=True)
('2.8e22', '2.8 \\times 10^{22}')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pint


@dataclass(frozen=True)
class Unit:
    """One unit in four spellings: pint's expression, plain text, LaTeX and words."""

    pint: str
    plain: str
    latex: str
    words: str


def _u(pint_expr: str, plain: str, latex: str, words: str) -> Unit:
    return Unit(pint_expr, plain, latex, words)


UNITS: dict[str, Unit] = {
    "m": _u("meter", "m", r"\mathrm{m}", "meters"),
    "km": _u("kilometer", "km", r"\mathrm{km}", "kilometers"),
    "cm": _u("centimeter", "cm", r"\mathrm{cm}", "centimeters"),
    "mm": _u("millimeter", "mm", r"\mathrm{mm}", "millimeters"),
    "nm": _u("nanometer", "nm", r"\mathrm{nm}", "nanometers"),
    "um": _u("micrometer", "μm", r"\mu\mathrm{m}", "micrometers"),
    "angstrom": _u("angstrom", "Å", r"\mathring{A}", "angstroms"),
    "s": _u("second", "s", r"\mathrm{s}", "seconds"),
    "ms": _u("millisecond", "ms", r"\mathrm{ms}", "milliseconds"),
    "ns": _u("nanosecond", "ns", r"\mathrm{ns}", "nanoseconds"),
    "min": _u("minute", "min", r"\mathrm{min}", "minutes"),
    "h": _u("hour", "h", r"\mathrm{h}", "hours"),
    "m/s": _u("meter/second", "m/s", r"\mathrm{m\,s^{-1}}", "meters per second"),
    "km/h": _u("kilometer/hour", "km/h", r"\mathrm{km/h}", "kilometers per hour"),
    "km/s": _u("kilometer/second", "km/s", r"\mathrm{km/s}", "kilometers per second"),
    "m/s^2": _u("meter/second**2", "m/s^2", r"\mathrm{m/s^{2}}", "meters per second squared"),
    "cm/s^2": _u("centimeter/second**2", "cm/s^2", r"\mathrm{cm\,s^{-2}}", "centimeters per second squared"),
    "mm/s^2": _u("millimeter/second**2", "mm/s^2", r"\mathrm{mm/s^{2}}", "millimeters per second squared"),
    "N": _u("newton", "N", r"\mathrm{N}", "newtons"),
    "kN": _u("kilonewton", "kN", r"\mathrm{kN}", "kilonewtons"),
    "J": _u("joule", "J", r"\mathrm{J}", "joules"),
    "kJ": _u("kilojoule", "kJ", r"\mathrm{kJ}", "kilojoules"),
    "MJ": _u("megajoule", "MJ", r"\mathrm{MJ}", "megajoules"),
    "cal": _u("calorie", "cal", r"\mathrm{cal}", "calories"),
    "eV": _u("electron_volt", "eV", r"\mathrm{eV}", "electronvolts"),
    "keV": _u("kiloelectron_volt", "keV", r"\mathrm{keV}", "kiloelectronvolts"),
    "W": _u("watt", "W", r"\mathrm{W}", "watts"),
    "kW": _u("kilowatt", "kW", r"\mathrm{kW}", "kilowatts"),
    "hp": _u("horsepower", "hp", r"\mathrm{hp}", "horsepower"),
    "Pa": _u("pascal", "Pa", r"\mathrm{Pa}", "pascals"),
    "kPa": _u("kilopascal", "kPa", r"\mathrm{kPa}", "kilopascals"),
    "MPa": _u("megapascal", "MPa", r"\mathrm{MPa}", "megapascals"),
    "atm": _u("standard_atmosphere", "atm", r"\mathrm{atm}", "atmospheres"),
    "bar": _u("bar", "bar", r"\mathrm{bar}", "bars"),
    "C": _u("coulomb", "C", r"\mathrm{C}", "coulombs"),
    "mC": _u("millicoulomb", "mC", r"\mathrm{mC}", "millicoulombs"),
    "uC": _u("microcoulomb", "μC", r"\mu\mathrm{C}", "microcoulombs"),
    "nC": _u("nanocoulomb", "nC", r"\mathrm{nC}", "nanocoulombs"),
    "A": _u("ampere", "A", r"\mathrm{A}", "amperes"),
    "mA": _u("milliampere", "mA", r"\mathrm{mA}", "milliamperes"),
    "uA": _u("microampere", "μA", r"\mu\mathrm{A}", "microamperes"),
    "V": _u("volt", "V", r"\mathrm{V}", "volts"),
    "kV": _u("kilovolt", "kV", r"\mathrm{kV}", "kilovolts"),
    "mV": _u("millivolt", "mV", r"\mathrm{mV}", "millivolts"),
    "ohm": _u("ohm", "Ω", r"\Omega", "ohms"),
    "kohm": _u("kiloohm", "kΩ", r"\mathrm{k}\Omega", "kilohms"),
    "Mohm": _u("megaohm", "MΩ", r"\mathrm{M}\Omega", "megohms"),
    "F": _u("farad", "F", r"\mathrm{F}", "farads"),
    "uF": _u("microfarad", "μF", r"\mu\mathrm{F}", "microfarads"),
    "nF": _u("nanofarad", "nF", r"\mathrm{nF}", "nanofarads"),
    "pF": _u("picofarad", "pF", r"\mathrm{pF}", "picofarads"),
    "T": _u("tesla", "T", r"\mathrm{T}", "teslas"),
    "mT": _u("millitesla", "mT", r"\mathrm{mT}", "milliteslas"),
    "Hz": _u("hertz", "Hz", r"\mathrm{Hz}", "hertz"),
    "kHz": _u("kilohertz", "kHz", r"\mathrm{kHz}", "kilohertz"),
    "MHz": _u("megahertz", "MHz", r"\mathrm{MHz}", "megahertz"),
    "kg": _u("kilogram", "kg", r"\mathrm{kg}", "kilograms"),
    "g": _u("gram", "g", r"\mathrm{g}", "grams"),
    "mg": _u("milligram", "mg", r"\mathrm{mg}", "milligrams"),
    "K": _u("kelvin", "K", r"\mathrm{K}", "kelvin"),
    "mK": _u("millikelvin", "mK", r"\mathrm{mK}", "millikelvin"),
    "degC": _u("degree_Celsius", "°C", r"^{\circ}\mathrm{C}", "degrees Celsius"),
    "kg/m^3": _u("kilogram/meter**3", "kg/m^3", r"\mathrm{kg/m^{3}}", "kilograms per cubic meter"),
    "g/cm^3": _u("gram/centimeter**3", "g/cm^3", r"\mathrm{g\,cm^{-3}}", "grams per cubic centimeter"),
    "g/m^3": _u("gram/meter**3", "g/m^3", r"\mathrm{g/m^{3}}", "grams per cubic meter"),
    "kg/m^2": _u("kilogram/meter**2", "kg/m^2", r"\mathrm{kg/m^{2}}", "kilograms per square meter"),
    "L": _u("liter", "L", r"\mathrm{L}", "liters"),
    "mL": _u("milliliter", "mL", r"\mathrm{mL}", "milliliters"),
    "m^3": _u("meter**3", "m^3", r"\mathrm{m^{3}}", "cubic meters"),
    "m^2": _u("meter**2", "m^2", r"\mathrm{m^{2}}", "square meters"),
    "cm^2": _u("centimeter**2", "cm^2", r"\mathrm{cm^{2}}", "square centimeters"),
    "mm^2": _u("millimeter**2", "mm^2", r"\mathrm{mm^{2}}", "square millimeters"),
    "cm^3": _u("centimeter**3", "cm^3", r"\mathrm{cm^{3}}", "cubic centimeters"),
    "kg m/s": _u("kilogram*meter/second", "kg m/s", r"\mathrm{kg\,m\,s^{-1}}", "kilogram meters per second"),
    "N s": _u("newton*second", "N s", r"\mathrm{N\,s}", "newton seconds"),
    "g m/s": _u("gram*meter/second", "g m/s", r"\mathrm{g\,m/s}", "gram meters per second"),
    "kg m/s^2": _u("kilogram*meter/second**2", "kg m/s^2", r"\mathrm{kg\,m\,s^{-2}}", "kilogram meters per second squared"),
    "N m": _u("newton*meter", "N m", r"\mathrm{N\,m}", "newton meters"),
    "N cm": _u("newton*centimeter", "N cm", r"\mathrm{N\,cm}", "newton centimeters"),
    "kN m": _u("kilonewton*meter", "kN m", r"\mathrm{kN\,m}", "kilonewton meters"),
    "N/m": _u("newton/meter", "N/m", r"\mathrm{N/m}", "newtons per meter"),
    "N/cm": _u("newton/centimeter", "N/cm", r"\mathrm{N/cm}", "newtons per centimeter"),
    "kN/m": _u("kilonewton/meter", "kN/m", r"\mathrm{kN/m}", "kilonewtons per meter"),
    "N/C": _u("newton/coulomb", "N/C", r"\mathrm{N/C}", "newtons per coulomb"),
    "V/m": _u("volt/meter", "V/m", r"\mathrm{V/m}", "volts per meter"),
    "kV/m": _u("kilovolt/meter", "kV/m", r"\mathrm{kV/m}", "kilovolts per meter"),
    "J/(kg K)": _u("joule/(kilogram*kelvin)", "J/(kg K)", r"\mathrm{J\,kg^{-1}\,K^{-1}}", "joules per kilogram kelvin"),
    "J/(g K)": _u("joule/(gram*kelvin)", "J/(g K)", r"\mathrm{J\,g^{-1}\,K^{-1}}", "joules per gram kelvin"),
    "kJ/(kg K)": _u("kilojoule/(kilogram*kelvin)", "kJ/(kg K)", r"\mathrm{kJ\,kg^{-1}\,K^{-1}}", "kilojoules per kilogram kelvin"),
    "J/kg": _u("joule/kilogram", "J/kg", r"\mathrm{J/kg}", "joules per kilogram"),
}


@dataclass(frozen=True)
class Quantity:
    """A gold answer ``value unit`` with same-dimension ``alternatives``, a unit of ``other_dimension``
    and one with ``other_prefix`` (same dimension, another size)."""

    name: str
    question: str
    value: str
    unit: str
    alternatives: tuple[str, ...]
    other_dimension: str
    other_prefix: str

    @property
    def gold(self) -> str:
        return f"{self.value} {UNITS[self.unit].plain}"

    @property
    def magnitude(self) -> float:
        return float(self.value)

    def value_in(self, unit: str) -> float:
        """The gold value converted to ``unit`` (a key of :data:`UNITS`) by pint."""
        return convert(self.magnitude, self.unit, unit)


def _q(name, question, value, unit, alternatives, other_dimension, other_prefix) -> Quantity:
    return Quantity(name, question, value, unit, tuple(alternatives), other_dimension, other_prefix)


QUANTITIES: tuple[Quantity, ...] = (
    _q("distance", "How far does the car travel?", "500", "m", ["km", "cm"], "s", "km"),
    _q("speed", "How fast is the cyclist moving?", "25", "m/s", ["km/h"], "m/s^2", "km/s"),
    _q("acceleration", "What is the block's acceleration?", "9.8", "m/s^2", ["cm/s^2"], "m/s", "mm/s^2"),
    _q("force", "What force does the rope exert?", "1200", "N", ["kN"], "J", "kN"),
    _q("energy", "How much work is done?", "4.5", "kJ", ["J", "cal"], "kW", "MJ"),
    _q("power", "What power does the motor deliver?", "750", "W", ["kW", "hp"], "J", "kW"),
    _q("pressure", "What is the gas pressure?", "101.3", "kPa", ["Pa", "atm", "bar"], "kN", "MPa"),
    _q("charge", "What charge is on the sphere?", "3.2", "uC", ["nC", "C"], "uA", "mC"),
    _q("current", "What current flows in the wire?", "15", "mA", ["A", "uA"], "mV", "A"),
    _q("voltage", "What is the potential difference?", "230", "V", ["kV", "mV"], "W", "kV"),
    _q("resistance", "What is the equivalent resistance?", "4.7", "kohm", ["ohm"], "kV", "Mohm"),
    _q("capacitance", "What is the capacitance?", "22", "uF", ["nF", "F"], "uC", "pF"),
    _q("magnetic_field", "What is the magnetic field at the centre?", "0.35", "T", ["mT"], "Hz", "mT"),
    _q("frequency", "What is the frequency of the wave?", "50", "Hz", ["kHz"], "s", "MHz"),
    _q("wavelength", "What is the wavelength of the light?", "532", "nm", ["um", "angstrom", "m"], "ns", "mm"),
    _q("time", "How long does the trip take?", "9000", "s", ["h", "min"], "m", "ms"),
    _q("mass", "What is the mass of the block?", "2.4", "kg", ["g"], "N", "mg"),
    _q("temperature", "What is the final temperature?", "300", "K", ["degC"], "J", "mK"),
    _q("density", "What is the density of the liquid?", "1000", "kg/m^3", ["g/cm^3"], "kg/m^2", "g/m^3"),
    _q("volume", "What volume does the gas occupy?", "2.5", "L", ["mL", "m^3", "cm^3"], "m^2", "mL"),
    _q("momentum", "What is the momentum of the ball?", "12", "kg m/s", ["N s", "g m/s"], "kg m/s^2", "g m/s"),
    _q("torque", "What torque acts on the wheel?", "35", "N m", ["N cm"], "N", "kN m"),
    _q("spring_constant", "What is the spring constant?", "200", "N/m", ["N/cm"], "N", "kN/m"),
    _q("photon_energy", "What is the ionisation energy of hydrogen?", "13.6", "eV", ["J", "keV"], "V", "keV"),
    _q("area", "What is the cross-sectional area?", "3.5", "cm^2", ["m^2", "mm^2"], "cm^3", "m^2"),
    _q("electric_field", "What is the electric field strength?", "5000", "N/C", ["V/m", "kV/m"], "N", "kV/m"),
    _q("specific_heat", "What is the specific heat of water?", "4186", "J/(kg K)", ["kJ/(kg K)", "J/(g K)"],
       "J/kg", "kJ/(kg K)"),
    _q("light_speed", "How fast does light travel in vacuum?", "3.0e8", "m/s", ["km/s"], "m", "km/s"),
    _q("small_time", "How long does the pulse last?", "4.0e-9", "s", ["ns"], "m", "ms"),
    _q("heat", "How much heat is absorbed?", "836", "J", ["kJ", "cal"], "W", "kJ"),
)


@functools.lru_cache(maxsize=None)
def _registry() -> pint.UnitRegistry:
    return pint.get_application_registry()


@functools.lru_cache(maxsize=4096)
def convert(value: float, unit: str, to_unit: str) -> float:
    """``value`` in ``unit`` expressed in ``to_unit`` (keys of :data:`UNITS`), by pint.

    >>> convert(0.5, "km", "m"), round(convert(300, "K", "degC"), 2)
    (500.0, 26.85)
    """
    registry = _registry()
    quantity = registry.Quantity(value, UNITS[unit].pint)
    return float(quantity.to(UNITS[to_unit].pint).magnitude)


def number_text(value: float, sig: int = 6, latex: bool = False, force_exponent: bool = False) -> str:
    """A number as a physicist writes it: ``sig`` significant figures, exponent only when needed.

    >>> number_text(0.5), number_text(1200.0), number_text(5e-7), number_text(500, force_exponent=True)
    ('0.5', '1200', '5e-7', '5e2')
    """
    if value == 0:
        return "0"
    text = f"{value:.{sig - 1}e}" if force_exponent else f"{value:.{sig}g}"
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    power = int(exponent)
    return rf"{mantissa} \times 10^{{{power}}}" if latex else f"{mantissa}e{power}"


def spell(value: float, unit: str, style: str = "plain", sig: int = 6, force_exponent: bool = False) -> str:
    """``value`` with ``unit`` in a ``style``: ``plain``, ``latex`` or ``words``.

    >>> spell(90.0, "km/h"), spell(0.5, "km", "latex"), spell(3, "N", "words")
    ('90 km/h', '0.5\\\\,\\\\mathrm{km}', '3 newtons')
    """
    unit_spelling = UNITS[unit]
    number = number_text(value, sig, latex=style == "latex", force_exponent=force_exponent)
    if style == "latex":
        joiner = "" if unit_spelling.latex.startswith("^") else r"\,"
        return f"{number}{joiner}{unit_spelling.latex}"
    if style == "words":
        return f"{number} {unit_spelling.words}"
    return f"{number} {unit_spelling.plain}"


def significant_step(value_text: str) -> float:
    """Half a unit in the last written place of a number: how far rounding can move it.

    >>> significant_step("9.8"), significant_step("4186"), significant_step("3.0e8")
    (0.05, 0.5, 5000000.0)
    """
    mantissa, _, exponent = value_text.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 0.5 * 10 ** (int(exponent or 0) - decimals)


def rounded_response(quantity: Quantity) -> float:
    """A value a careful solver might give: off by less than the gold's rounding and 0.4%.

    >>> rounded_response(QUANTITIES[0])
    500.4
    """
    step = min(0.8 * significant_step(quantity.value), 0.004 * quantity.magnitude)
    return float(f"{quantity.magnitude + step:.6g}")

