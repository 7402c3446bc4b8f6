r"""``assert_reward_ok``: a reward audit as one pytest assertion whose message lists the failing cases.

>>> from rewards import physics_reward
>>> from rewards.testing.corpus import default_corpus
>>> assert_reward_ok(physics_reward, cases=default_corpus(["hedge"]), contract=False).false_positive_rate
0.0
"""

from __future__ import annotations

from typing import Callable

from rewards.testing.audit import RewardAudit, audit_reward


class RewardAuditError(AssertionError):
    """The reward failed its audit; ``audit`` holds the whole :class:`RewardAudit`."""

    def __init__(self, message: str, audit: RewardAudit):
        super().__init__(message)
        self.audit = audit


def assert_reward_ok(fn: Callable, max_false_positive: float = 0.0, max_false_negative: float = 1.0,
                     contract: bool = True, show: int = 20, **audit_options) -> RewardAudit:
    """Audit ``fn`` and raise :class:`RewardAuditError` when its rates exceed the limits or a contract
    check fails; returns the audit otherwise. ``audit_options`` go to :func:`audit_reward`."""
    audit = audit_reward(fn, contract=contract, **audit_options)
    problems = []
    if audit.false_positive_rate > max_false_positive:
        problems.append(f"false-positive rate {audit.false_positive_rate:.3f} > {max_false_positive}")
    if audit.false_negative_rate > max_false_negative:
        problems.append(f"false-negative rate {audit.false_negative_rate:.3f} > {max_false_negative}")
    if audit.pays_nothing:
        problems.append("pays none of the cases that must be paid (each got 0, None or an error)")
    problems += [f"contract check {c.name} failed: {c.detail}" for c in audit.contract_failures]
    problems += [f"note: {note}" for note in audit.notes if note.startswith("every case raised")]
    if not problems:
        return audit
    failing = sorted(audit.failures, key=lambda r: (r.case.should_pay, r.case.id))
    lines = [f"{audit.reward_name}: " + "; ".join(problems)]
    for result in failing[:show]:
        must = "must pay" if result.case.should_pay else "must not pay"
        lines.append(f"  [{result.case.category}] {result.case.id} ({must}): got "
                     f"{result.error or result.reward!r} for {result.case.completion[:100]!r} "
                     f"(gold {result.case.answer!r})")
    if len(failing) > show:
        lines.append(f"  ... and {len(failing) - show} more")
    raise RewardAuditError("\n".join(lines), audit)
