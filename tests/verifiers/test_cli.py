"""The physics-verify command line."""

import json

import pytest

from verifiers.cli import main


def test_correct_answer_exits_zero_and_says_why(capsys):
    assert main(["\\boxed{0.5 km}", "500 m"]) == 0
    assert capsys.readouterr().out.startswith("correct:")


def test_wrong_answer_exits_one_with_json(capsys):
    assert main(["12 J", "12 N", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "dimension_mismatch" and out["correct"] is False


def test_options_reach_the_verifier(capsys):
    assert main(["103 m", "100 m"]) == 1
    assert main(["103 m", "100 m", "--rel-tol", "0.05"]) == 0
    assert main(["12", "12 N", "--require-units"]) == 1
    assert "missing_unit" in capsys.readouterr().out


def test_bad_option_exits_two():
    with pytest.raises(SystemExit) as exc:
        main(["1", "1", "--answer-type", "essay"])
    assert exc.value.code == 2
