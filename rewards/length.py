"""Soft overlong penalty (DAPO, eq. 13): 0 up to ``max_length - cache``, then linear down to -1 at
``max_length``, and -1 beyond.

TRL has ``trl.rewards.get_soft_overlong_punishment``; this twin keeps the core install free of TRL and
falls back to character counts (``chars_per_token``) when TRL does not pass ``completion_ids``.

>>> penalty = SoftOverlongPenalty(max_length=100, cache=20)
>>> penalty(["a", "b", "c"], completion_ids=[[1] * 80, [1] * 90, [1] * 120])
[0.0, -0.5, -1.0]
"""

from __future__ import annotations

from rewards.completions import completion_list, completion_text


class SoftOverlongPenalty:
    """A picklable penalty callable in [-1, 0]."""

    __name__ = "soft_overlong_penalty"

    def __init__(self, max_length: int = 1024, cache: int = 256, chars_per_token: float = 4.0):
        if max_length <= 0 or not 0 <= cache <= max_length:
            raise ValueError(f"need max_length > 0 and 0 <= cache <= max_length, got {max_length}, {cache}")
        self.max_length, self.cache, self.chars_per_token = max_length, cache, chars_per_token

    def __call__(self, completions, completion_ids=None, **kwargs) -> list[float]:
        if completion_ids is not None:
            lengths = [len(ids) for ids in completion_ids]
        else:
            lengths = [len(completion_text(c)) / self.chars_per_token for c in completion_list(completions)]
        return [self.penalty(length) for length in lengths]

    def penalty(self, length: float) -> float:
        start = self.max_length - self.cache
        if length <= start:
            return 0.0
        if length <= self.max_length:
            return (start - length) / self.cache
        return -1.0


soft_overlong_penalty = SoftOverlongPenalty()
