"""Weight several rewards into one callable with a readable ``__name__``.

>>> from rewards import physics_reward, format_reward
>>> both = combine(physics_reward, format_reward, weights=[1.0, 0.2])
>>> both.__name__
'1.0*physics_reward+0.2*format_reward'
>>> both(["\\\\boxed{500 m}", "500 m"], answer=["0.5 km", "0.5 km"])
[1.2, 1.0]
"""

from __future__ import annotations

import math

from rewards.completions import completion_list


class CombinedReward:
    """Weighted sum of rewards. A component's ``None`` (not applicable) is left out of that sample's
    sum; a sample for which every component is None gets None."""

    def __init__(self, rewards, weights=None):
        rewards = list(rewards)
        if not rewards:
            raise ValueError("combine() needs at least one reward")
        weights = [1.0] * len(rewards) if weights is None else [float(w) for w in weights]
        if len(weights) != len(rewards):
            raise ValueError(f"{len(rewards)} rewards but {len(weights)} weights")
        if not all(math.isfinite(w) for w in weights):  # (a NaN weight made every sample NaN: TRL drops them all)
            raise ValueError(f"weights must be finite numbers, got {weights}")
        for reward in rewards:
            if not callable(reward):
                raise TypeError(f"{reward!r} is not callable")
        self.rewards, self.weights = rewards, weights
        self.__name__ = _name(rewards[0]) if len(rewards) == 1 and weights == [1.0] else \
            "+".join(f"{w}*{_name(r)}" for r, w in zip(rewards, weights))

    def __call__(self, completions, answer=None, **kwargs) -> list[float | None]:
        if answer is not None:  # the golds given positionally, as to physics_reward: to each reward by name
            kwargs["answer"] = answer
        completions = completion_list(completions)
        total: list[float | None] = [None] * len(completions)
        for reward, weight in zip(self.rewards, self.weights):
            for i, value in enumerate(reward(completions, **kwargs)):
                if value is not None:
                    total[i] = (total[i] or 0.0) + weight * value
        return total


def combine(*rewards, weights=None) -> CombinedReward:
    """One reward from several: ``combine(physics_reward, format_reward, weights=[1, 0.2])``."""
    return CombinedReward(rewards, weights)


def _name(reward) -> str:
    return getattr(reward, "__name__", type(reward).__name__)
