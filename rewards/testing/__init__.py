r"""Unit-test any reward function for physics: a labelled corpus audit plus TRL contract checks.

>>> from rewards.testing import audit_reward, default_corpus
>>> from rewards import physics_reward
>>> audit = audit_reward(physics_reward, cases=default_corpus(["wrong_dimension"]), contract=False)
>>> audit.false_positive_rate
0.0

``audit_reward(fn)`` runs the whole corpus and the contract; ``assert_reward_ok(fn)`` does the same in a
pytest test; ``rewards.testing.strategies.answer_pairs()`` generates labelled pairs for Hypothesis
(needs the ``test`` extra). Imports no torch.
"""

from rewards.testing.assertions import RewardAuditError, assert_reward_ok
from rewards.testing.audit import CaseResult, CategoryScore, RewardAudit, audit_reward
from rewards.testing.calling import JudgeReward, as_trl_reward
from rewards.testing.contract import CheckResult, check_contract
from rewards.testing.corpus import CATEGORIES, Case, Category, default_corpus

__all__ = ["audit_reward", "RewardAudit", "CaseResult", "CategoryScore", "CheckResult", "check_contract",
           "assert_reward_ok", "RewardAuditError", "default_corpus", "Case", "Category", "CATEGORIES",
           "JudgeReward", "as_trl_reward"]
