"""Reward functions chosen by name in a recipe: this project's rewards, or ``module:name`` for a user's.

>>> [reward.__name__ for reward in resolve_rewards("physics_reward,format_reward")]
['physics_reward', 'format_reward']
>>> resolve_rewards("tests_do_not_exist")
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


def resolve_rewards(spec: str) -> list:
    """The reward callables named in a comma-separated ``spec``, in order."""
    registry = _registry()
    rewards = []
    for name in (part.strip() for part in spec.split(",")):
        if not name:
            continue
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


def reward_weights(cfg, count: int) -> list[float]:
    """The weights of ``count`` rewards from ``cfg.reward_weights`` (empty: 1.0 each)."""
    if not cfg.reward_weights.strip():
        return [1.0] * count
    try:
        weights = [float(w) for w in cfg.reward_weights.split(",") if w.strip()]
    except ValueError:
        raise ValueError(f"reward_weights must be numbers, got {cfg.reward_weights!r}") from None
    if len(weights) != count:
        raise ValueError(f"{len(weights)} reward_weights for {count} reward_funcs")
    return weights


def rewards_for(cfg) -> tuple[list, list[float]]:
    """The run's GRPO rewards and their weights: ``reward_funcs`` with ``reward_weights``, plus
    ``format_reward`` at ``format_reward_weight`` when that is set."""
    rewards = resolve_rewards(cfg.reward_funcs)
    weights = reward_weights(cfg, len(rewards))
    if cfg.format_reward_weight:
        rewards, weights = rewards + resolve_rewards("format_reward"), weights + [cfg.format_reward_weight]
    return rewards, weights
