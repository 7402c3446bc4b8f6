r"""Hypothesis strategies for labelled physics answers: test your own reward with ``@given(answer_pairs())``.

>>> from hypothesis import given, settings
>>> from rewards import physics_reward
>>> @settings(max_examples=20, deadline=None)
... @given(answer_pairs())
... def test_reward(pair):
...     response, reference, expected_correct = pair
...     assert (physics_reward([response], answer=[reference])[0] == 1.0) == expected_correct
>>> test_reward()

Needs ``hypothesis`` (the ``test`` extra). Values come from the quantity table's units; conversions are
pint's. Right pairs: the same value in another unit of the same dimension, plain or LaTeX, decimal or
scientific notation, bare or boxed. Wrong pairs: the value 5% to 3x off, the same number in a unit of another
dimension, or with another prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from rewards.testing.quantities import QUANTITIES, Quantity, convert, spell

KINDS = ("same_unit", "converted", "wrong_value", "other_dimension", "other_prefix")
RIGHT_KINDS = ("same_unit", "converted")
WRAPPERS = ("{}", r"\boxed{{{}}}", "Answer: {}", "The final answer is ${}$.", r"So the result is $\boxed{{{}}}$")


@dataclass(frozen=True)
class AnswerPair:
    """A response, a gold reference and whether the response is right; unpacks as a 3-tuple."""

    response: str
    reference: str
    expected_correct: bool
    kind: str = ""

    def __iter__(self):
        return iter((self.response, self.reference, self.expected_correct))


@st.composite
def magnitudes(draw) -> str:
    """A gold value with three significant figures between 1e-2 and 1e4, as text ("4.52", "0.0317")."""
    mantissa = draw(st.integers(100, 999))
    exponent = draw(st.integers(-4, 2))
    return f"{mantissa * 10.0 ** exponent:.6g}"


def _response(draw, q: Quantity, value: float, kind: str) -> tuple[float, str]:
    if kind == "converted":
        unit = draw(st.sampled_from(q.alternatives))
        return convert(value, q.unit, unit), unit
    if kind == "wrong_value":
        factor = draw(st.one_of(st.floats(1.05, 3.0), st.floats(0.3, 0.95)))
        return value * factor, q.unit
    if kind == "other_dimension":
        return value, q.other_dimension
    if kind == "other_prefix":
        return value, q.other_prefix
    return value, q.unit


def answer_pairs(kinds: tuple[str, ...] = KINDS, wrappers: tuple[str, ...] = WRAPPERS) -> st.SearchStrategy:
    """Labelled ``(response, reference, expected_correct)`` pairs; ``kinds`` picks from :data:`KINDS`,
    ``wrappers`` are format strings around the response (bare, boxed, 'Answer:', ...).

    >>> from hypothesis import find
    >>> find(answer_pairs(kinds=("other_dimension",)), lambda p: True).expected_correct
    False
    """
    unknown = set(kinds) - set(KINDS)
    if unknown or not kinds:
        raise ValueError(f"unknown kinds {sorted(unknown)}; expected some of {KINDS}")
    return _answer_pairs(tuple(kinds), tuple(wrappers))


@st.composite
def _answer_pairs(draw, kinds: tuple[str, ...], wrappers: tuple[str, ...]) -> AnswerPair:
    q = draw(st.sampled_from(QUANTITIES))
    gold_text = draw(magnitudes())
    kind = draw(st.sampled_from(kinds))
    value, unit = _response(draw, q, float(gold_text), kind)
    wrapper = draw(st.sampled_from(wrappers))
    response_style = "latex" if "$" in wrapper else draw(st.sampled_from(("plain", "latex")))
    sig = 9 if kind == "converted" else 6  # enough digits that an offset conversion stays within 1%
    response = spell(value, unit, response_style, sig=sig, force_exponent=draw(st.booleans()))
    reference_style = draw(st.sampled_from(("plain", "latex")))
    reference = spell(float(gold_text), q.unit, reference_style, sig=3)
    if reference_style == "latex":
        reference = f"${reference}$"
    return AnswerPair(wrapper.format(response), reference, kind in RIGHT_KINDS, kind)
