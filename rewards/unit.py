"""Unit reward: the final answer states a unit of the reference's dimension (its value aside).

>>> unit_reward(["\\\\boxed{3 km}", "\\\\boxed{3 s}", "\\\\boxed{3}"], answer=["5 m", "5 m", "5 m"])
[1.0, 0.0, 0.0]
>>> unit_reward(["\\\\boxed{x}"], answer=["\\\\frac{m v^2}{2}"])  # no unit to state: not applicable
[None]
"""

from __future__ import annotations

from rewards.physics import PhysicsReward
from verifiers import Status
from verifiers.options import column_values, reference_text
from verifiers.reference import UnreadableReference, parse_reference

# Statuses reached only after the response's unit was found to have the reference's dimension.
_RIGHT_DIMENSION = {Status.CORRECT, Status.WRONG_UNIT, Status.WRONG_VALUE}


class UnitReward(PhysicsReward):
    """1.0 when the answer has a unit of the reference's dimension, 0.0 when it has none or another;
    None when the reference has no unit (symbolic, choice, bare numbers) or cannot be read."""

    def __init__(self, **kwargs):
        kwargs.setdefault("name", "unit_reward")
        super().__init__(**kwargs)

    def __call__(self, completions, answer=None, **kwargs) -> list[float | None]:
        verdicts = self.verdicts(completions, answer, **kwargs)
        golds = column_values(self.answer_column, self._gold_column(answer, kwargs), len(verdicts))
        rewards = []
        for reference, verdict, opts in zip(golds, verdicts, self._row_options(kwargs, len(verdicts))):
            if not self._has_unit(reference, opts):
                rewards.append(None)
            else:
                right = verdict.response_unit is not None and verdict.status in _RIGHT_DIMENSION
                rewards.append(1.0 if right else 0.0)
        return rewards

    @staticmethod
    def _has_unit(reference, opts) -> bool:
        try:
            text = reference_text(reference)  # a list's items ("["5 m"]"), as the physics reward reads it
        except TypeError:
            return False
        if opts is None or text is None:
            return False
        try:
            ref = parse_reference(text, opts.reference_unit, opts.answer_type)
        except UnreadableReference:
            return False
        return ref.kind == "quantity" and ref.quantity.unit is not None


unit_reward = UnitReward()
