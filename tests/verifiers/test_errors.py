"""The judge's exceptions (``verifiers.errors``): one base class, structured fields, picklable, and still
importable from the modules that used to define them."""

import pickle

import pytest

from verifiers import VerifierError, errors

CASES = [  # (error, its fields)
    (errors.UnreadableReference("cannot parse reference '1 +': end", reference="1 +"), {"reference": "1 +"}),
    (errors.NotNumeric("symbol 'x'", what="x"), {"what": "x"}),
    (errors.NotAQuantity("symbol 'q'", what="q"), {"what": "q"}),
    (errors.VerifyTimeout("time limit reached", what="verification"), {"what": "verification"}),
    (errors.BadRow("rows.jsonl:3: expected a JSON object", line=3), {"line": 3}),
    (errors.ParseError("unexpected ')'", what=")"), {"what": ")"}),
]


@pytest.mark.parametrize("error, fields", CASES, ids=lambda case: type(case).__name__)
def test_each_error_pickles_with_its_message_and_fields(error, fields):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert copy.field_values() == fields == error.field_values()
    assert isinstance(copy, VerifierError)


def test_former_value_errors_still_are_and_a_timeout_is_not():
    # callers' ``except ValueError`` keep their meaning; a time limit must never be swallowed as bad input
    assert all(issubclass(cls, ValueError)
               for cls in (errors.UnreadableReference, errors.NotNumeric, errors.BadRow, errors.ParseError))
    assert not issubclass(errors.VerifyTimeout, ValueError)


def test_old_import_paths_name_the_same_classes():
    from verifiers.evaluate import NotNumeric
    from verifiers.limits import VerifyTimeout
    from verifiers.parser import ParseError
    from verifiers.reference import UnreadableReference
    from verifiers.score import BadRow
    assert (UnreadableReference, NotNumeric, VerifyTimeout, BadRow, ParseError) == \
        (errors.UnreadableReference, errors.NotNumeric, errors.VerifyTimeout, errors.BadRow, errors.ParseError)


def test_an_unknown_field_is_a_type_error():
    with pytest.raises(TypeError, match="no field 'line'"):
        errors.NotNumeric("x", line=3)

