"""Hypothesis properties of the judge."""

import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from verifiers import Status, Verdict, verify

values = st.floats(min_value=1e-6, max_value=1e6, allow_nan=False, allow_infinity=False)
signs = st.sampled_from([1, -1])
# (unit, factor to the reference unit, same dimension)
LENGTH = [("m", 1.0), ("km", 1e3), ("cm", 1e-2), ("mm", 1e-3), ("ft", 0.3048), ("um", 1e-6), ("mi", 1609.344)]
ENERGY = [("J", 1.0), ("kJ", 1e3), ("eV", 1.602176634e-19), ("cal", 4.184), ("kWh", 3.6e6), ("erg", 1e-7)]
PRESSURE = [("Pa", 1.0), ("kPa", 1e3), ("atm", 101325.0), ("bar", 1e5), ("psi", 6894.757293168361)]
FAMILIES = st.sampled_from([LENGTH, ENERGY, PRESSURE])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(value=values, sign=signs, family=FAMILIES, data=st.data())
def test_converting_the_response_to_another_unit_never_changes_the_verdict(value, sign, family, data):
    ref_unit, ref_factor = data.draw(st.sampled_from(family))
    resp_unit, resp_factor = data.draw(st.sampled_from(family))
    wrong = data.draw(st.sampled_from([1.0, 1.5, 0.5]))
    reference = f"{sign * value!r} {ref_unit}"
    same_unit = f"{sign * value * wrong!r} {ref_unit}"
    converted = f"{sign * value * wrong * ref_factor / resp_factor!r} {resp_unit}"
    assert verify(converted, reference).correct == verify(same_unit, reference).correct == (wrong == 1.0)


@settings(max_examples=300, deadline=None)
@given(value=values, sign=signs, factor=st.floats(min_value=1.02, max_value=1e3))
def test_scaling_by_more_than_the_tolerance_makes_it_wrong(value, sign, factor):
    reference = f"{sign * value!r} N"
    for scaled in (value * factor, value / factor):
        assert not verify(f"{sign * scaled!r} N", reference).correct


# golds and answers as benchmarks and models write them in words: sentences in \text{...}, lead-ins, labels,
# values and relations among the words (a gold "\text{... occurs at } A \sim 50." raised inside the judge)
PIECES = st.sampled_from([r"\text{", "}", "The", "answer", "is", "occurs at", "maximum", "must be", "Final Answer:",
                          "(a)", "(b)", "A", "x", "=", r"\sim", r"\approx", "<", "50", "5 m/s", "12 N", ".", ",", "$",
                          r"\boxed{", "or", "and", "not", "Yes", "no", r"\frac{1}{2}", "\n", "i.e.", ":"])
SENTENCES = st.sampled_from(["The maximum of the curve occurs at", "The two neutrons must be in a singlet state with",
                             "It increases by a factor of", "The answer is", "the field vanishes where"])
WORDED = st.one_of(st.lists(PIECES, max_size=14).map(" ".join),
                   st.tuples(st.sampled_from(["", r"\text{"]), SENTENCES, st.sampled_from(["", "}"]),
                             st.sampled_from(["A", "x", "E_0", r"\frac{1}{2}", ""]),
                             st.sampled_from(["=", r"\sim", r"\approx", "<", ""]), PIECES, PIECES).map(" ".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=WORDED, reference=WORDED)
def test_golds_and_answers_in_words_never_raise(response, reference):
    verdict = verify(response, reference)
    assert verdict.status is not Status.ERROR, verdict.detail


@settings(max_examples=200, deadline=None)
@given(value=values, factor=st.floats(min_value=0.995, max_value=1.005))
def test_scaling_within_the_tolerance_keeps_it_right(value, factor):
    assert verify(f"{value * factor!r} m/s", f"{value!r} m/s").correct


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=st.text(max_size=300), reference=st.sampled_from(["12 N", r"\frac{m v^2}{2}", "B", "(1, 2)", "True", "25 %"]))
def test_arbitrary_text_never_raises(response, reference):
    verdict = verify(response, reference)
    assert isinstance(verdict, Verdict)
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.status is not Status.ERROR


MATHY = st.text(alphabet="0123456789.+-*/^()[]{}\\_ ,=abcmsNkgJxyzfrac sqrt pi times cdot", max_size=120)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=MATHY, reference=MATHY)
def test_arbitrary_math_like_text_never_raises_on_either_side(response, reference):
    verdict = verify(response, reference)
    assert verdict.status is not Status.ERROR


@settings(max_examples=200, deadline=None)
@given(value=st.floats(min_value=-1e30, max_value=1e30, allow_nan=False).filter(lambda v: abs(v) > 1e-30))
def test_a_number_always_matches_itself_in_any_notation(value):
    mantissa, exponent = f"{value:.6e}".split("e")
    latex = rf"{mantissa} \times 10^{{{int(exponent)}}}"
    assume(math.isfinite(float(f"{value:.6e}")))
    assert verify(latex, f"{value:.6e}").correct
