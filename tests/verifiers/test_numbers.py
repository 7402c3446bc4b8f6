"""Numbers, units, conversion and tolerance: (reference, response, expected status) tables."""

import pytest

from verifiers import Status, verify

C, WV, WU, DM, MU = (Status.CORRECT, Status.WRONG_VALUE, Status.WRONG_UNIT, Status.DIMENSION_MISMATCH,
                     Status.MISSING_UNIT)

NUMBER_CASES = [
    ("42", "42", C),  # integer
    ("3.14", "3.1416", C),  # within 1 %
    ("1e-9", "2e-9", WV),  # the math verifier's 6-decimal rounding calls these equal
    ("32000", "3.2e4", C),  # e-notation
    ("32000", r"3.2 \times 10^{4}", C),  # LaTeX times
    ("32000", r"3.2\cdot10^4", C),  # cdot, no spaces
    ("32000", "3.2E+04", C),  # capital E with sign
    ("1234567", "1,234,567", C),  # thousands separators
    ("1234", r"1\,234", C),  # thin-space thousands
    ("0.5", r"\frac{1}{2}", C),  # \frac
    ("0.5", r"\frac12", C),  # \frac with bare digits
    ("0.5", "1/2", C),  # plain fraction
    ("1.4142", r"\sqrt{2}", C),  # \sqrt
    ("6.2832", r"2\pi", C),  # \pi
    ("-9.8", "-9.8", C),  # negative
    ("-9.8", "9.8", WV),  # sign matters
    ("0.25", "25%", C),  # a percent is the fraction it stands for (OlympiadBench's scoring examples: 60% for 0.6)
    ("0.25", "0.25%", WV),  # ... so the gold's digits as a percent are another value
    ("25%", "0.25", C),  # a fraction for a percent reference
    ("25%", "25", C),  # a bare number in the reference's unit
    ("2", "2.01", C),  # 0.5 % off is inside the default 1 %
    ("100", "101.5", WV),  # 1.5 % off is outside the default 1 %
    ("0", "0", C),  # zero equals zero
    ("0", "0.001", WV),  # relative tolerance of zero is zero; abs_tol opts in
]


@pytest.mark.parametrize("reference,response,expected", NUMBER_CASES)
def test_numbers(reference, response, expected):
    assert verify(response, reference).status is expected


UNIT_CASES = [
    ("500 m", "0.5 km", C),  # prefix conversion
    ("0.5 km", "500 m", C),  # both directions
    ("1200 N", "1.2 kN", C),  # kilo-newton
    ("5 m", "5 s", DM),  # the math verifier calls these equal
    ("12 N", "12 J", DM),  # dimension mismatch with the same number
    ("500 m", "500 km", WU),  # right number, wrong unit of the right dimension
    ("9.8 m/s^2", "9.8 m s^-2", C),  # plain unit notation
    ("9.8 m/s^2", r"9.8\,\mathrm{m\,s^{-2}}", C),  # LaTeX unit notation
    ("9.8 m/s^2", "9.8 m/s²", C),  # Unicode superscript
    ("10 N", "10 kg m s^-2", C),  # derived unit in base units
    ("10 N*m", "10 J", C),  # torque/energy share a dimension
    ("10 N m", "10 N*m", C),  # product written two ways
    (r"4.8 $\mathrm{~km}$", "4800 m", C),  # SciBench-style LaTeX unit
    (r"1.7 $10^8 \mathrm{~N}$", "1.7e8 N", C),  # a scale factor written into the unit
    (r"1.7 $10^8 \mathrm{~N}$", "1.7 N", WV),  # the factor matters: a forgotten 10^8 is a wrong value
    ("5 uC", r"5\,\mu\mathrm{C}", C),  # \mu prefix
    ("5e-6 C", "5 μC", C),  # Unicode mu
    ("10 \\Omega", "10 ohm", C),  # \Omega
    ("10 kΩ", "10000 ohms", C),  # Unicode Omega with prefix, plural name
    (r"30^\circ", "30 degrees", C),  # degree sign
    (r"30^\circ", r"\frac{\pi}{6} rad", C),  # degrees vs radians
    ("1 atm", "101.325 kPa", C),  # atmospheres
    ("1 bar", "100000 Pa", C),  # bar
    ("2 L", "2000 cm^3", C),  # litres
    ("1 eV", "1.602e-19 J", C),  # electron-volts
    ("3.6 MeV", "3600 keV", C),  # prefixed eV
    ("72 km/h", "20 m/s", C),  # speed conversion
    ("1 mAh", "3.6 C", C),  # charge
    (r"25\,^{\circ}\mathrm{C}", "298.15 K", C),  # offset temperature: degC vs K
    ("m g h", "h m g", C),  # letters that are also units, with no number: compared as symbols
    ("0 \\circ C", "273.15 K", C),  # zero Celsius
    ("100 K", "100 \\circ C", WU),  # offset units: 100 degC is 373 K
    (r"4.18 \mathrm{~J} \mathrm{~g}^{-1} \mathrm{~K}^{-1}", "4180 J/(kg K)", C),  # compound with exponents
    (r"8.314 \mathrm{~J} \mathrm{~mol}^{-1} \mathrm{~K}^{-1}", "8.314 J/(mol*K)", C),  # gas constant
    ("4186 J/(kg °C)", "4186 J/(kg K)", C),  # a Celsius degree inside a compound unit is a difference
    ("2 h", "120 min", C),  # h is an hour, not Planck's constant
    ("12 N", "12", C),  # a bare number is read in the reference's unit by default
    ("5 m/s", r"\SI{5}{\meter\per\second}", C),  # siunitx
    ("5000 m/s", r"\SI{5}{\kilo\meter\per\second}", C),  # siunitx prefix
    ("3 m^2", r"\SI{3}{\meter\squared}", C),  # siunitx power
    ("2500 J", "2.5 x 10^3 J", C),  # plain-text "x" for times
    ("5 m/s", "5 m/s, downward", C),  # a trailing clause in words
    (r"\boxed{12 N}", "12 N", C),  # a boxed gold answer
    ("1500 kg/m^3", r"1.5 \times 10^3 \mathrm{~kg} \cdot \mathrm{m}^{-3}", C),  # cdot between LaTeX units
    (r"4.5 $\mathrm{~J} \mathrm{~mol}^{-1}$", "0.0045 kJ/mol", C),  # SciBench compound unit
]


@pytest.mark.parametrize("reference,response,expected", UNIT_CASES)
def test_units(reference, response, expected):
    assert verify(response, reference).status is expected


def test_required_units_make_a_bare_number_missing_unit():
    assert verify("12", "12 N", require_units=True).status is MU
    assert verify("13", "12 N", require_units=True).status is WV  # a wrong bare number is just wrong
    assert verify("12 N", "12 N", require_units=True).status is C


def test_reference_unit_given_apart():
    # SciBench keeps the unit, sometimes with a power of ten, in its own column.
    assert verify("1.7e8 N", "1.7", reference_unit=r"$10^8 \mathrm{~N}$").correct
    assert verify("1.7 N", "1.7", reference_unit=r"$10^8 \mathrm{~N}$").status is WV
    assert verify("4.8 km", "4.8", unit=r"$\mathrm{~km}$").correct
    assert verify("32 %", "32", unit="%").correct  # a percent sign alone
    assert verify(r"33\%", "32", unit="%").status is WV


def test_relative_tolerance_is_configurable():
    assert not verify("103", "100").correct
    assert verify("103", "100", rel_tol=0.05).correct
    assert verify("103 m", "100 m", tolerance=0.05).correct  # dataset-column alias


def test_absolute_tolerance_for_values_near_zero():
    assert not verify("0.001", "0").correct
    assert verify("0.001", "0", abs_tol=0.01).correct


def test_significant_figures_set_the_tolerance():
    assert verify("3.1416", "3.14", sig_figs=True).correct  # rounds to 3.14
    assert not verify("3.146", "3.14", sig_figs=True).correct  # rounds to 3.15
    assert verify("1249", "1.2e3", sig_figs=True).correct  # two figures: 1200 +- 50
    assert not verify("1251", "1.2e3", sig_figs=True).correct
    assert not verify("3.16", "3.14", sig_figs=True).correct  # inside 1 % but not to three figures
    assert verify("3.16", "3.14").correct


def test_verdict_reports_values_in_the_reference_unit():
    verdict = verify("0.5 km", "500 m")
    assert verdict.response_value == pytest.approx(500)
    assert verdict.reference_value == pytest.approx(500)
    assert verdict.response_unit == "kilometer" and verdict.reference_unit == "meter"
