"""The labelled corpus: broad, well-formed, and labelled by physics (pint), not by the judge."""

import pint
import pytest

from rewards.testing import CATEGORIES, default_corpus
from rewards.testing.quantities import QUANTITIES, UNITS, convert


def test_every_category_has_cases_and_ids_are_unique():
    cases = default_corpus()
    assert len(cases) >= 300
    assert len({c.id for c in cases}) == len(cases)
    counts = {name: sum(c.category == name for c in cases) for name in CATEGORIES}
    assert min(counts.values()) >= 5, counts
    assert all(c.should_pay == CATEGORIES[c.category].should_pay for c in cases)


def test_the_quantity_table_spans_many_dimensions_and_units():
    registry = pint.get_application_registry()
    dimensions = {str(registry.Quantity(1, UNITS[q.unit].pint).dimensionality) for q in QUANTITIES}
    assert len(dimensions) >= 20
    assert len({u for q in QUANTITIES for u in q.alternatives}) >= 30


@pytest.mark.parametrize("value, unit, to_unit, expected", [
    (0.5, "km", "m", 500.0),  # prefix
    (90.0, "km/h", "m/s", 25.0),  # compound
    (300.0, "K", "degC", 26.85),  # offset temperature
    (1.0, "atm", "kPa", 101.325),
])
def test_conversions_are_pints(value, unit, to_unit, expected):
    assert convert(value, unit, to_unit) == pytest.approx(expected)


def test_unknown_category_is_refused():
    with pytest.raises(ValueError, match="unknown categories"):
        default_corpus(["nope"])


def test_overlong_cases_are_long_and_cut_in_dicts():
    long_cases = default_corpus(["overlong"])
    assert max(len(c.completion) for c in long_cases) > 200_000
    assert all(len(c.to_dict()["completion"]) < 400 for c in long_cases)
