"""bench/judge_agreement.py reads Math-Verify's labelled test tables whatever their label column is called."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))  # where the script runs from
import judge_agreement  # noqa: E402

_TABLES = '''
import pytest

@pytest.mark.parametrize("gold,pred,expected", [("$1$", "$1$", 1), ("$2$", "$3$", 0)])
def test_a(gold, pred, expected): ...

@pytest.mark.parametrize("gold, pred, result", [("$12:00$", "$1:00$", 0)])
def test_b(gold, pred, result): ...

@pytest.mark.parametrize("pred,expected,config", [("A", ["a"], None)])
def test_c(pred, expected, config): ...
'''


def test_labelled_tables_are_read_under_either_label_name():
    rows = list(judge_agreement._parametrized_triples(_TABLES))
    assert rows == [("$1$", "$1$", True), ("$2$", "$3$", False), ("$12:00$", "$1:00$", False)]
