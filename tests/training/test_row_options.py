"""One mapping from a dataset row to VerifyOptions (issue 11): the reward, ``physics-verify score`` and the
training evaluation and data checks all read a row's option columns through ``verifiers.options.row_options``.

Regression: ``training.data.schema.verify_options`` used to drop ``sig_figs``, ``require_units`` and
``abs_tol``, so the evaluation judged a row more leniently than the reward trained on it.
"""

import json

import pytest

import training.data.schema as schema
import training.evaluate as evaluate
from rewards import make_physics_reward
from rewards import physics as reward_module
from verifiers import VerifyOptions
from verifiers.score import read_rows

ROW = {"id": "r1", "topic": "kinematics", "family": "f", "level": 1, "question": "How far?",
       "solution": r"\boxed{2.00 m}", "answer": "2.00", "answer_type": "NV", "tolerance": 0.02, "unit": "m",
       "abs_tol": 0.001, "sig_figs": True, "require_units": "yes"}
EXPECTED = VerifyOptions(rel_tol=0.02, abs_tol=0.001, sig_figs=True, require_units=True, answer_type="numeric",
                         reference_unit="m")


def _capture(monkeypatch, module, name="verify_with"):
    """Record the options each call of ``module.<name>`` receives (the real function still runs)."""
    seen, real = [], getattr(module, name)

    def spy(response, reference, opts, *args, **kwargs):
        seen.append(opts)
        return real(response, reference, opts, *args, **kwargs)
    monkeypatch.setattr(module, name, spy)
    return seen


def test_reward_reads_every_option_column_of_a_grpo_row(monkeypatch):
    seen = _capture(monkeypatch, reward_module, "verify_batch")
    columns = {key: [value] for key, value in schema.to_grpo(ROW).items()}  # what TRL passes as kwargs
    make_physics_reward()([ROW["solution"]], **columns)
    assert seen == [[EXPECTED]]


def test_score_command_reads_the_same_options(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(dict(ROW, completion=ROW["solution"])) + "\n")
    rows, _ = read_rows(str(path))
    assert rows[0]["options"] == EXPECTED


def test_training_evaluation_and_data_checks_read_the_same_options(monkeypatch):
    seen = _capture(monkeypatch, evaluate)
    evaluate.score([ROW], [ROW["solution"]], [[ROW["solution"]]])
    assert seen == [EXPECTED, EXPECTED]
    seen = _capture(monkeypatch, schema)
    assert schema.problems(ROW, check_solution=True) == []
    assert seen == [EXPECTED]


@pytest.mark.parametrize("column, value", [("sig_figs", "maybe"), ("abs_tol", -1), ("require_units", "perhaps")])
def test_a_bad_option_column_is_a_data_problem(column, value):
    # the data check used to ignore these columns, so a bad value surfaced only as unscored samples in GRPO
    assert schema.problems(dict(ROW, **{column: value}))[0].startswith("bad per-row option")
