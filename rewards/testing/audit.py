r"""Audit any reward function over the labelled physics corpus and TRL's contract.

>>> from rewards.testing.baselines import substring_match_reward
>>> audit = audit_reward(substring_match_reward, cases=default_corpus(["several_boxes", "unit_conversion"]),
...                      contract=False)
>>> audit.false_positive_rate, audit.false_negative_rate
(1.0, 1.0)
>>> audit.by_category["several_boxes"].failed == audit.by_category["several_boxes"].n
True
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from rewards.testing.calling import RewardCaller, as_trl_reward, choose_format, reward_name
from rewards.testing.contract import CheckResult, check_contract
from rewards.testing.corpus import CATEGORIES, Case, default_corpus

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseResult:
    """What the reward returned for one case, and whether that is a failure of the reward."""

    case: Case
    reward: float | None
    paid: bool
    error: str | None = None

    @property
    def failed(self) -> bool:
        """Paid when it must not be, not paid when it must, or no number at all (None, an exception)."""
        return self.paid != self.case.should_pay or self.error is not None or self.reward is None

    def to_dict(self) -> dict:
        return {"case": self.case.to_dict(), "reward": self.reward, "paid": self.paid, "error": self.error}


@dataclass(frozen=True)
class CategoryScore:
    """One category. ``failed`` counts cases not paid (must-pay categories) or paid (must-not-pay ones),
    so ``rate`` is its false-negative or false-positive rate; ``unscored`` counts None and exceptions."""

    name: str
    should_pay: bool
    n: int
    failed: int
    mean_reward: float
    unscored: int = 0

    @property
    def rate(self) -> float:
        return self.failed / self.n if self.n else 0.0

    def to_dict(self) -> dict:
        return {"should_pay": self.should_pay, "n": self.n, "failed": self.failed, "rate": self.rate,
                "mean_reward": self.mean_reward, "unscored": self.unscored}


@dataclass(frozen=True)
class RewardAudit:
    """The scoreboard of one reward: error rates, per category, failures, contract checks."""

    reward_name: str
    threshold: float
    n_cases: int
    false_positive_rate: float
    false_negative_rate: float
    by_category: dict[str, CategoryScore]
    failures: tuple[CaseResult, ...]
    contract: tuple[CheckResult, ...]
    completion_format: str = "text"
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def exploits_paid(self) -> tuple[CaseResult, ...]:
        """Failures on cases that must not be paid and were."""
        return tuple(r for r in self.failures if not r.case.should_pay and r.paid)

    @property
    def contract_failures(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.contract if not c.passed)

    @property
    def pays_nothing(self) -> bool:
        """Were all the cases that must be paid given 0, None or an error (a reward that teaches nothing)?"""
        must = [c for c in self.by_category.values() if c.should_pay]
        return bool(must) and all(c.failed == c.n for c in must)

    @property
    def ok(self) -> bool:
        """No exploit or wrong answer paid, no contract check failed, no case raised, and some right answers
        paid."""
        return not self.exploits_paid and not self.contract_failures and \
            not any(r.error for r in self.failures) and not self.pays_nothing

    def to_dict(self) -> dict:
        """A JSON-ready dict of everything."""
        return {"reward": self.reward_name, "threshold": self.threshold, "n_cases": self.n_cases,
                "false_positive_rate": self.false_positive_rate, "false_negative_rate": self.false_negative_rate,
                "by_category": {k: v.to_dict() for k, v in self.by_category.items()},
                "failures": [r.to_dict() for r in self.failures],
                "contract": [c.to_dict() for c in self.contract], "ok": self.ok,
                "completion_format": self.completion_format, "seconds": round(self.seconds, 3),
                "notes": list(self.notes)}


def _score_batch(caller: RewardCaller, batch: Sequence[Case], threshold: float) -> list[CaseResult]:
    texts, answers = [c.completion for c in batch], [c.answer for c in batch]
    try:
        values = caller(texts, answers)
        if len(values) != len(batch):
            raise ValueError(f"{len(values)} rewards for {len(batch)} completions")
    except Exception as exc:  # noqa: BLE001 - find the case that breaks it, one at a time
        if len(batch) > 1:
            return [r for case in batch for r in _score_batch(caller, [case], threshold)]
        return [CaseResult(batch[0], None, False, f"{type(exc).__name__}: {exc}"[:300])]
    return [CaseResult(case, _plain(value), _paid(value, threshold)) for case, value in zip(batch, values)]


def _plain(value):
    """A reward as a plain float (numpy's float32, a torch scalar), so the audit's report is JSON; None, or a
    value that is no number (which the contract checks name), as it is."""
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return value


def _paid(value, threshold: float) -> bool:
    try:
        return value is not None and float(value) >= threshold
    except (TypeError, ValueError):
        return False


def _mean(values: list) -> float:
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    return sum(numbers) / len(numbers) if numbers else 0.0


def summarise(results: list[CaseResult]) -> tuple[dict[str, CategoryScore], float, float]:
    """Per-category scores (in :data:`CATEGORIES` order), the false-positive and false-negative rates."""
    by_category = {}
    order = {name: i for i, name in enumerate(CATEGORIES)}
    for name in sorted({r.case.category for r in results}, key=lambda n: (order.get(n, len(order)), n)):
        group = [r for r in results if r.case.category == name]
        should_pay = group[0].case.should_pay
        by_category[name] = CategoryScore(name, should_pay, len(group), sum(r.paid != should_pay for r in group),
                                          _mean([r.reward for r in group]),
                                          sum(r.reward is None or r.error is not None for r in group))
    pay = [r for r in results if r.case.should_pay]
    reject = [r for r in results if not r.case.should_pay]
    fp = sum(r.paid for r in reject) / len(reject) if reject else 0.0
    fn = sum(not r.paid for r in pay) / len(pay) if pay else 0.0
    return by_category, fp, fn


def audit_reward(fn: Callable, *, threshold: float = 1.0, answer_column: str = "answer",
                 cases: Sequence[Case] | None = None, contract: bool = True, batch_size: int = 64,
                 completion_format: str = "auto", time_limit: float = 10.0) -> RewardAudit:
    """Run ``fn`` over the corpus (or ``cases``) and the TRL contract checks.

    ``fn`` is a TRL reward ``f(completions, **columns)`` or a plain ``f(response, reference)``; a reward
    of at least ``threshold`` counts as paid. Gold answers go in the ``answer_column`` keyword (TRL's
    ``accuracy_reward`` reads ``solution``). ``completion_format`` ``auto`` uses strings, or chat messages
    when strings raise.
    """
    if not callable(fn):
        raise TypeError(f"audit_reward needs the reward function itself, not {type(fn).__name__} {fn!r:.60}: "
                        "pass physics_reward, not 'physics_reward'")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1e9:
        raise ValueError(f"threshold={threshold!r}: the least reward that counts as paid, a number above 0 "
                         "(1.0 for a reward that pays 1 for a right answer)")
    start = time.perf_counter()
    cases = list(default_corpus() if cases is None else cases)
    caller = RewardCaller(as_trl_reward(fn, answer_column), answer_column)
    probe = cases[:2] or default_corpus()[:2]
    caller, note = choose_format(caller, [c.completion for c in probe], [c.answer for c in probe],
                                 completion_format)
    results: list[CaseResult] = []
    for i in range(0, len(cases), batch_size):
        results += _score_batch(caller, cases[i:i + batch_size], threshold)
    by_category, fp, fn_rate = summarise(results)
    checks = tuple(check_contract(caller, time_limit)) if contract else ()
    name = reward_name(fn)
    notes = [note] if note else []
    errors = {r.error for r in results}
    if results and None not in errors and len(errors) == 1:  # "missing ... 'solution'": the gold's column
        notes.append(f"every case raised {errors.pop()}; if the reward reads its gold from another column than "
                     f"{answer_column!r}, pass answer_column=")
        logger.warning("%s: %s", name, notes[-1])
    logger.info("audited %s: %d cases, FP %.3f, FN %.3f", name, len(cases), fp, fn_rate)
    return RewardAudit(name, threshold, len(cases), fp, fn_rate, by_category,
                       tuple(r for r in results if r.failed), checks, caller.completion_format,
                       time.perf_counter() - start, tuple(notes))
