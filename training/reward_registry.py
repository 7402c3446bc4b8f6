"""Reward functions chosen by name in a recipe: this project's rewards, or ``module:name`` for a user's.

>>> [reward.__name__ for reward in resolve_rewards(["physics_reward", "format_reward"])]
['physics_reward', 'format_reward']
>>> resolve_rewards(["tests_do_not_exist"])
Traceback (most recent call last):
...
ValueError: unknown reward 'tests_do_not_exist': use one of format_reward, physics_reward, soft_overlong_penalty, unit_reward, or module:name for your own
"""

from __future__ import annotations

import importlib


def _registry() -> dict:
    # each call builds fresh reward objects: a run's rewards keep their own state (logged verdicts)
    from rewards import FormatReward, PhysicsReward, SoftOverlongPenalty, UnitReward

    return {"physics_reward": lambda: PhysicsReward(workers=1), "format_reward": FormatReward,
            "unit_reward": lambda: UnitReward(workers=1), "soft_overlong_penalty": SoftOverlongPenalty}


def resolve_rewards(names: list[str]) -> list:
    """The reward callables ``names`` (a recipe's ``grpo.reward_funcs``), in order."""
    registry = _registry()
    rewards = []
    for name in names:
        if name in registry:
            rewards.append(registry[name]())
        elif ":" in name:
            rewards.append(_import(name))
        else:
            raise ValueError(f"unknown reward {name!r}: use one of {', '.join(sorted(registry))}, "
                             f"or module:name for your own")
    if not rewards:
        raise ValueError("reward_funcs is empty: name at least one reward (e.g. physics_reward)")
    return rewards


def _import(target: str):
    module_name, _, attribute = target.partition(":")
    try:
        reward = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"reward {target!r} cannot be imported: {exc}") from None
    if not callable(reward):
        raise ValueError(f"reward {target!r} is not callable")
    return reward
