"""Can GRPO learn from this model? Measured on the GRPO pool before GRPO starts.

GRPO learns only from groups whose G completions get different rewards. From a model that rarely samples
a right answer most groups are all wrong, and GRPO drifts (measured: -10 points from a 26% SFT model);
from a model that is always right or always wrong on a prompt there is nothing to compare either. So
before GRPO the pipeline samples G completions for some pool prompts and measures:

- ``sample_accuracy``: the share of sampled completions that are right (the lab's rule of thumb: about
  50% at the GRPO temperature);
- ``pass_at_g``: the share of prompts with at least one right completion among G;
- ``zero_spread``: the share of prompts whose G completions are all right or all wrong.

>>> r = Readiness.from_groups([[True, False], [False, False], [True, True]])
>>> r.sample_accuracy, r.pass_at_g, r.zero_spread
(0.5, 0.6667, 0.6667)
>>> r.problem(min_sample_accuracy=0.6, max_zero_spread=0.9)
'sample accuracy 0.50 < 0.60'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Readiness:
    """How a model samples on the GRPO pool: accuracy, pass@G, zero-spread share (see module doc)."""

    sample_accuracy: float
    pass_at_g: float
    zero_spread: float
    prompts: int
    group_size: int

    @classmethod
    def from_groups(cls, groups: list[list[bool]]) -> "Readiness":
        """From the correctness of each prompt's G sampled completions."""
        samples = [c for group in groups for c in group]
        n = len(groups) or 1
        return cls(sample_accuracy=round(sum(samples) / (len(samples) or 1), 4),
                   pass_at_g=round(sum(any(g) for g in groups) / n, 4),
                   zero_spread=round(sum(len(set(g)) <= 1 for g in groups) / n, 4),
                   prompts=len(groups), group_size=max((len(g) for g in groups), default=0))

    def problem(self, *, min_sample_accuracy: float, max_zero_spread: float) -> str | None:
        """Why GRPO should not start from here, or None when it may."""
        if self.sample_accuracy < min_sample_accuracy:
            return f"sample accuracy {self.sample_accuracy:.2f} < {min_sample_accuracy:.2f}"
        if self.zero_spread > max_zero_spread:
            return f"{self.zero_spread:.0%} of prompts have no reward spread (> {max_zero_spread:.0%})"
        return None

    def to_dict(self) -> dict:
        return asdict(self)


class NotReadyForGRPO(RuntimeError):
    """GRPO would start from a model it cannot improve; the message says what to change."""

    def __init__(self, readiness: Readiness, reason: str):
        self.readiness, self.reason = readiness, reason
        super().__init__(
            f"GRPO not started: {reason} on the GRPO pool (pass@{readiness.group_size} {readiness.pass_at_g:.2f}). "
            f"GRPO learns only from groups with both right and wrong completions; from here it would make the "
            f"model worse. Train SFT longer or on more worked solutions (--sft.num_train_epochs, "
            f"--sft.learning_rate), raise --grpo.temperature, use easier GRPO prompts, or lower "
            f"--guard.min_sample_accuracy to run anyway.")

    def __reduce__(self):
        return (type(self), (self.readiness, self.reason))
