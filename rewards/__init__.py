"""TRL reward functions built from the physics verifiers.

>>> from rewards import physics_reward
>>> physics_reward(["\\\\boxed{1.2 kN}"], answer=["1200 N"])
[1.0]

Pass them to ``trl.GRPOTrainer(reward_funcs=[physics_reward, format_reward])``. Note: an unrelated PyPI
package is also called ``rewards``; this one ships in the ``physics-rewards`` distribution.
"""

from rewards.combine import combine
from rewards.credit import DEFAULT_CREDIT
from rewards.format import FormatReward, format_reward
from rewards.length import SoftOverlongPenalty, soft_overlong_penalty
from rewards.physics import PhysicsReward, make_physics_reward, physics_reward, status_counts
from rewards.unit import UnitReward, unit_reward

__all__ = ["physics_reward", "make_physics_reward", "PhysicsReward", "format_reward", "FormatReward",
           "unit_reward", "UnitReward", "soft_overlong_penalty", "SoftOverlongPenalty", "combine",
           "DEFAULT_CREDIT", "status_counts"]
