"""format_reward, unit_reward, the soft overlong penalty and combine()."""

import pickle

import pytest

from rewards import FormatReward, SoftOverlongPenalty, combine, format_reward, physics_reward, unit_reward

BOXED = [
    (r"F = ma so \boxed{12 N}", 1.0),  # one box at the end
    (r"\boxed{12 N}.", 1.0),  # trailing period
    (r"$\boxed{12 N}$", 1.0),  # inside math
    (r"\boxed{\frac{1}{2} m v^2}", 1.0),  # nested braces
    (r"\boxed{12 N} and more words after it", 0.0),  # not at the end
    (r"\boxed{1} then \boxed{2}", 0.0),  # two boxes
    (r"\boxed{12 N} \boxed{12 N}", 0.0),  # even the same answer twice
    (r"\boxed{}", 0.0),  # empty box
    (r"\boxed{12 N", 0.0),  # unclosed
    ("Answer: 12 N", 0.0),  # another form
    ("", 0.0),
]


@pytest.mark.parametrize("completion,expected", BOXED)
def test_format_reward_boxed(completion, expected):
    assert format_reward([completion]) == [expected]


TAGS = [
    ("<think>F = ma</think> <answer>12 N</answer>", 1.0),
    ("<answer>12 N</answer>\n", 1.0),
    ("<answer>12 N</answer> trailing", 0.0),
    ("<answer>1</answer><answer>2</answer>", 0.0),
    ("<answer>  </answer>", 0.0),
    (r"\boxed{12 N}", 0.0),
]


@pytest.mark.parametrize("completion,expected", TAGS)
def test_format_reward_answer_tags(completion, expected):
    assert FormatReward(style="answer_tags")([completion]) == [expected]


def test_format_reward_rejects_unknown_style():
    with pytest.raises(ValueError, match="style"):
        FormatReward(style="xml")


def test_unit_reward_checks_dimension_only():
    answers = ["5 m"] * 5
    completions = [r"\boxed{3 km}", r"\boxed{5 m}", r"\boxed{5 s}", r"\boxed{5}", "nothing"]
    assert unit_reward(completions, answer=answers) == [1.0, 1.0, 0.0, 0.0, 0.0]
    assert unit_reward([r"\boxed{x}", "B", "7"], answer=[r"\frac{m v^2}{2}", "B", "7"]) == [None, None, None]
    assert unit_reward([r"\boxed{3 km}"], answer=[["5 m"]]) == [1.0]  # a gold stored as a list (helper-48)


def test_score_reads_a_list_gold_as_the_rewards_do(tmp_path):
    from verifiers.score import read_rows, score_rows
    path = tmp_path / "rows.jsonl"
    path.write_text('{"completion": "\\\\boxed{500}", "answer": ["$500$"]}\n')
    rows, _ = read_rows(str(path))
    assert score_rows(rows)["accuracy"] == 1.0


def test_soft_overlong_penalty_matches_dapo():
    penalty = SoftOverlongPenalty(max_length=100, cache=20)
    assert penalty(["a"] * 4, completion_ids=[[0] * n for n in (50, 80, 90, 101)]) == [0.0, 0.0, -0.5, -1.0]
    assert penalty(["x" * 360], chars_per_token=4) == [-0.5]  # no token ids: characters / 4
    with pytest.raises(ValueError):
        SoftOverlongPenalty(max_length=10, cache=20)


def test_combine_weights_and_names():
    both = combine(physics_reward, format_reward, weights=[1.0, 0.5])
    assert both.__name__ == "1.0*physics_reward+0.5*format_reward"
    assert both([r"\boxed{500 m}", "500 m", r"\boxed{5 s}"], answer=["0.5 km"] * 3) == [1.5, 1.0, 0.5]
    assert pickle.loads(pickle.dumps(both)).__name__ == both.__name__


def test_combine_skips_not_applicable_components():
    both = combine(unit_reward, physics_reward)
    assert both([r"\boxed{x}"], answer=["x"]) == [1.0]  # unit_reward is None for a symbolic answer
    assert combine(unit_reward)(["B"], answer=["B"]) == [None]


def test_combine_rejects_a_weight_that_is_no_finite_number():
    # helper 85: a NaN weight made every sample NaN, and TRL dropped the whole reward without a word
    for weight in (float("nan"), float("inf")):
        with pytest.raises(ValueError, match="finite"):
            combine(physics_reward, format_reward, weights=[1.0, weight])


def test_combine_rejects_mismatched_weights():
    with pytest.raises(ValueError, match="weights"):
        combine(physics_reward, format_reward, weights=[1.0])


def test_combine_takes_the_gold_positionally_as_physics_reward_does():
    both = combine(physics_reward, format_reward, weights=[1.0, 0.2])
    assert both([r"\boxed{1 m}", "1 m"], ["1 m", "2 m"]) == both([r"\boxed{1 m}", "1 m"], answer=["1 m", "2 m"]) \
        == [1.2, 0.0]
