"""bench/judge_agreement.py reads Math-Verify's labelled test tables whatever their label column is called."""

import importlib.util
import sys
from pathlib import Path

_BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(_BENCH))  # (the script imports derived_forms from beside it, as it does when run)
_SPEC = importlib.util.spec_from_file_location("judge_agreement", _BENCH / "judge_agreement.py")
judge_agreement = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(judge_agreement)

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
