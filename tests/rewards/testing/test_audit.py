"""The audit: it passes physics_reward and flags naive rewards for exactly the categories they fail."""

import json
from pathlib import Path

import pytest

from rewards import physics_reward
from rewards.testing import RewardAuditError, assert_reward_ok, audit_reward, default_corpus
from rewards.testing.baselines import last_number_reward, substring_match_reward
from rewards.testing.report import markdown_table, scoreboard


@pytest.fixture(scope="module")
def physics_audit():
    return audit_reward(physics_reward)


@pytest.fixture(scope="module")
def substring_audit():
    return audit_reward(substring_match_reward, contract=False)


@pytest.fixture(scope="module")
def last_number_audit():
    return audit_reward(last_number_reward, contract=False)


def _flagged(audit, should_pay):
    return {name for name, score in audit.by_category.items() if score.failed and score.should_pay == should_pay}


def test_physics_reward_pays_no_exploit_and_keeps_the_contract(physics_audit):
    assert physics_audit.false_positive_rate == 0.0
    assert not physics_audit.contract_failures, physics_audit.contract_failures
    assert physics_audit.ok
    assert physics_audit.n_cases >= 300


def test_physics_reward_false_negatives_under_two_percent(physics_audit):
    assert physics_audit.false_negative_rate < 0.02, scoreboard(physics_audit)


def test_physics_reward_misses_only_the_known_judge_gaps(physics_audit):
    assert _flagged(physics_audit, True) <= {"unit_words", "symbolic_equivalent"}
    assert physics_audit.false_negative_rate < 0.05


# A substring reward pays whatever contains the gold text verbatim and nothing else.
SUBSTRING_PAID = {
    "hedge", "several_boxes", "hidden_in_reasoning", "unit_stuffing", "qualifier", "prompt_injection",
    "overlong",  # all of these contain the gold text
    "homoglyph",  # '\u2212500 m' contains '500 m'
    "wrong_dimension",  # '25 m/s^2' contains '25 m/s'
    "symbolic_wrong",  # '\\frac{1}{2} m c^2' contains 'm c^2'
    "choice_wrong",  # 'B or C' contains 'B'
}
SUBSTRING_MISSED = {"answer_format", "latex_units", "rounding", "scientific_notation", "symbolic_equivalent",
                    "unit_conversion", "unit_words"}  # any other spelling of the gold


def test_substring_reward_is_flagged_for_exactly_its_categories(substring_audit):
    assert _flagged(substring_audit, False) == SUBSTRING_PAID
    assert _flagged(substring_audit, True) == SUBSTRING_MISSED
    assert not substring_audit.ok


# A last-number reward ignores units and pays any text whose last number is the gold's.
LAST_NUMBER_PAID = {
    "wrong_dimension", "wrong_prefix", "unit_stuffing", "qualifier",  # units ignored
    "hedge", "several_boxes", "overlong",  # the gold is the last of several numbers
    "homoglyph",  # a Unicode minus is not read as a sign
    "symbolic_wrong",  # '\\frac{1}{2} m c^2' ends in the 2 of 'm c^2'
}
LAST_NUMBER_MISSED = {
    "unit_conversion", "scientific_notation",  # another number for the same quantity
    "same_unit", "answer_format", "latex_units", "rounding", "with_reasoning",  # 'm/s^2' ends in 2
    "symbolic_equivalent", "choice_letter",  # no number to compare
}


def test_last_number_reward_is_flagged_for_exactly_its_categories(last_number_audit):
    assert _flagged(last_number_audit, False) == LAST_NUMBER_PAID
    assert _flagged(last_number_audit, True) == LAST_NUMBER_MISSED
    assert last_number_audit.by_category["choice_wrong"].unscored == 7  # a letter gold gives None


def test_assert_reward_ok_lists_the_failing_cases():
    cases = default_corpus(["several_boxes", "same_unit"])
    with pytest.raises(RewardAuditError) as info:
        assert_reward_ok(substring_match_reward, cases=cases, contract=False)
    message = str(info.value)
    assert "false-positive rate 1.000" in message and "distance/several_boxes/0" in message
    assert info.value.audit.false_negative_rate == 0.0


def test_assert_reward_ok_passes_physics_reward():
    audit = assert_reward_ok(physics_reward, cases=default_corpus(["hedge", "unit_conversion"]), contract=False)
    assert audit.false_negative_rate == 0.0


def exact_judge(response, reference):
    """A plain judge: exact text match."""
    return float(response.strip() == reference)


def test_a_plain_judge_is_audited_through_the_trl_signature():
    audit = audit_reward(exact_judge, cases=default_corpus(["same_unit", "empty_or_degenerate"]))
    assert audit.by_category["same_unit"].rate == 1.0  # '\\boxed{...}' is not the bare gold
    assert audit.by_category["empty_or_degenerate"].rate == 0.0
    assert {c.name for c in audit.contract_failures} == {"unreadable_gold_gives_none"}


def raise_on_empty(completions, answer, **kwargs):
    if any(not c for c in completions):
        raise ValueError("empty completion")
    return [1.0] * len(completions)


def test_a_case_that_raises_is_isolated_and_reported():
    cases = default_corpus(["empty_or_degenerate"])
    audit = audit_reward(raise_on_empty, cases=cases, contract=False)
    errors = [r for r in audit.failures if r.error]
    assert [r.case.completion for r in errors] == [""]
    assert "ValueError: empty completion" in errors[0].error and not audit.ok


def never_pays(completions, answer, **kwargs):
    return [0.0] * len(completions)


def never_scores(completions, answer, **kwargs):
    return [None] * len(completions)


@pytest.mark.parametrize("reward", [never_pays, never_scores])
def test_a_reward_that_pays_no_right_answer_fails(reward):
    cases = default_corpus(["same_unit", "hedge"])
    with pytest.raises(RewardAuditError, match="pays none of the cases that must be paid"):
        assert_reward_ok(reward, cases=cases, contract=False)
    assert not audit_reward(reward, cases=cases, contract=False).ok


def trl_reward_with_prompts(prompts, completions, completion_ids, answer, **kwargs):
    assert len(prompts) == len(completions) == len(completion_ids)
    return [1.0 if a in c else 0.0 for c, a in zip(completions, answer)]


async def async_reward(completions, answer, **kwargs):
    return [1.0 if a in c else 0.0 for c, a in zip(completions, answer)]


@pytest.mark.parametrize("reward", [trl_reward_with_prompts, async_reward])
def test_rewards_are_called_as_grpo_trainer_calls_them(reward):
    audit = audit_reward(reward, cases=default_corpus(["same_unit"]), contract=False)
    assert audit.by_category["same_unit"].rate == 0.0 and not any(r.error for r in audit.failures)


def reads_solution(completions, solution, **kwargs):
    return [1.0] * len(completions)


def test_a_reward_given_by_name_or_a_threshold_that_pays_everything_is_refused():
    # helper 85: audit_reward("physics_reward") audited a string (FN 1.0, hints about answer_column), and
    # threshold=-1 counted every reward as paid
    with pytest.raises(TypeError, match="not 'physics_reward'"):
        audit_reward("physics_reward")
    for threshold in (-1, 0, float("nan"), True):
        with pytest.raises(ValueError, match="threshold"):
            audit_reward(physics_reward, threshold=threshold)


def test_a_reward_reading_another_column_is_told_about_answer_column():
    audit = audit_reward(reads_solution, cases=default_corpus(["same_unit"]), contract=False)
    assert any("answer_column=" in note for note in audit.notes)
    assert audit_reward(reads_solution, cases=default_corpus(["same_unit"]), contract=False,
                        answer_column="solution").ok


def test_to_dict_and_reports_carry_everything(substring_audit, physics_audit):
    data = substring_audit.to_dict()
    assert data["false_positive_rate"] == substring_audit.false_positive_rate
    assert set(data["by_category"]) == set(substring_audit.by_category)
    assert len(data["failures"]) == len(substring_audit.failures)
    assert max(len(f["case"]["completion"]) for f in data["failures"]) < 400  # overlong cases are cut
    table = markdown_table([physics_audit, substring_audit])
    hedge = substring_audit.by_category["hedge"]
    assert f"| hedge (FP, n={hedge.n}) | 0.0% | {100 * hedge.rate:.1f}% |" in table
    assert "FAIL unreadable_gold_gives_none" not in scoreboard(physics_audit)



def test_regression_a_reward_returning_numpy_floats_audits_to_json():
    """helper-48: a reward returning numpy float32 broke ``to_dict()``'s JSON (and the CLI's ``--json``)."""
    import json
    np = pytest.importorskip("numpy")

    def zeros(completions, answer, **kwargs):
        return np.zeros(len(completions), dtype=np.float32)
    data = json.loads(json.dumps(audit_reward(zeros, cases=default_corpus(["same_unit"]), contract=False).to_dict()))
    assert data["failures"] and all(f["reward"] == 0.0 for f in data["failures"])


ROOT = Path(__file__).resolve().parents[3]
REGENERATE = "rerun: python bench/reward_audit.py --out docs/results/reward_audit, then update the README table"


def test_committed_bench_results_match_a_fresh_audit(physics_audit):
    committed = {a["reward"]: a for a in json.loads((ROOT / "docs/results/reward_audit.json").read_text())}
    physics = committed["physics_reward"]
    assert physics["n_cases"] == physics_audit.n_cases, REGENERATE
    assert {k: v["failed"] for k, v in physics["by_category"].items()} == \
        {k: v.failed for k, v in physics_audit.by_category.items()}, REGENERATE


def test_the_readme_table_is_the_bench_output():
    table = (ROOT / "docs/results/reward_audit.md").read_text().split("\n\n", 1)[1].strip()
    assert table in (ROOT / "README.md").read_text(), REGENERATE
