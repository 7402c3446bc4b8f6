"""answer_pairs(): labelled pairs that the judge agrees with, that physics_reward passes and a unit-blind reward fails."""

import pytest
from hypothesis import HealthCheck, given, settings

from rewards import physics_reward
from rewards.testing.baselines import last_number_reward
from rewards.testing.strategies import KINDS, AnswerPair, answer_pairs
from verifiers import Status, verify


def _pays(reward, pair) -> bool:
    return reward([pair.response], answer=[pair.reference])[0] == 1.0


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_pairs())
def test_physics_reward_agrees_with_500_answer_pairs(pair):
    assert _pays(physics_reward, pair) == pair.expected_correct, pair


def test_a_unit_blind_reward_fails_the_same_property():
    @settings(max_examples=200, deadline=None, database=None, derandomize=True)
    @given(answer_pairs())
    def unit_blind(pair):
        assert _pays(last_number_reward, pair) == pair.expected_correct, pair

    with pytest.raises(AssertionError):
        unit_blind()


EXPECTED_STATUS = {"same_unit": {Status.CORRECT}, "converted": {Status.CORRECT}, "wrong_value": {Status.WRONG_VALUE},
                   "other_dimension": {Status.DIMENSION_MISMATCH}, "other_prefix": {Status.WRONG_UNIT,
                                                                                     Status.WRONG_VALUE}}


@settings(max_examples=100, deadline=None)
@given(answer_pairs())
def test_verify_labels_pairs_as_stated(pair):
    assert verify(pair.response, pair.reference).status in EXPECTED_STATUS[pair.kind], pair


@settings(max_examples=30, deadline=None)
@given(answer_pairs(kinds=("other_dimension",)))
def test_kinds_restrict_the_pairs(pair):
    response, reference, expected_correct = pair
    assert pair.kind == "other_dimension" and expected_correct is False and response and reference


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kinds"):
        answer_pairs(kinds=("nope",))


def test_answer_pair_unpacks_like_a_tuple():
    assert tuple(AnswerPair("0.5 km", "500 m", True)) == ("0.5 km", "500 m", True)
    assert set(EXPECTED_STATUS) == set(KINDS)
