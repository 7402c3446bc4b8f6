"""The physics correctness reward: TRL's reward-function signature over ``verifiers.verify``.

>>> physics_reward(["\\\\boxed{0.5 km}", "\\\\boxed{5 s}"], answer=["500 m", "5 m"])
[1.0, 0.0]
>>> physics_reward([[{"role": "assistant", "content": "Answer: 500 km"}]], answer=["500 m"])
[0.25]
"""

from __future__ import annotations

import logging
from collections import Counter

from rewards.batch import WorkerPool, default_workers, verify_batch
from rewards.completions import completion_text
from rewards.credit import credit_table, score
from verifiers import Status, Verdict, VerifyOptions
from verifiers.options import ROW_OPTION_COLUMNS  # None in a row means "use the reward's default"

logger = logging.getLogger(__name__)

_MAX_REMEMBERED_BAD = 10_000
BAD_ROW_OPTION = "a per-row option (answer_type, tolerance, unit...) is invalid"


class PhysicsReward:
    """A picklable reward callable: ``reward(completions, answer, **columns) -> list[float | None]``.

    Scores come from each Verdict's status through the partial-credit table (see ``rewards.credit``).
    ``None`` marks a sample whose reference cannot be read (TRL then ignores this reward for it); such a
    reference is logged once. After each call, ``last_verdicts`` holds the Verdicts and, when TRL passes
    ``log_metric``, the share of each status is logged as ``verdicts/<status>``.
    """

    def __init__(self, *, tolerance: float = 0.01, require_units: bool = False, sig_figs: bool = False,
                 partial_credit: bool | dict = True, timeout: float = 1.0, workers: int | None = None,
                 parallel_threshold: int = 256, start_method: str = "spawn", name: str = "physics_reward",
                 **verify_options):
        self.options = VerifyOptions.from_kwargs(rel_tol=tolerance, require_units=require_units,
                                                 sig_figs=sig_figs, timeout=timeout, **verify_options)
        self.credit = credit_table(partial_credit)
        self.workers = default_workers() if workers is None else int(workers)
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, got {workers!r}")
        self.parallel_threshold = int(parallel_threshold)
        self.start_method = start_method
        self.__name__ = name
        self.last_verdicts: list[Verdict] = []
        self._pool = WorkerPool(self.workers, start_method)
        self._bad_references: set = set()

    def __call__(self, completions, answer=None, **kwargs) -> list[float | None]:
        verdicts = self.verdicts(completions, answer, **kwargs)
        rewards = [None if v.status is Status.UNPARSEABLE_REFERENCE else score(v, self.credit) for v in verdicts]
        log_metric = kwargs.get("log_metric")
        if callable(log_metric) and verdicts:
            counts = status_counts(verdicts)
            for status in Status:  # every status every batch: TRL averages a metric over the batches logging it
                log_metric(f"verdicts/{status.value}", counts.get(status.value, 0) / len(verdicts))
        return rewards

    def verdicts(self, completions, answer=None, **kwargs) -> list[Verdict]:
        """The Verdicts behind the rewards, for debugging (same arguments as a call)."""
        if answer is None:
            raise TypeError(f"{self.__name__} needs the gold answers: pass a dataset column named 'answer'")
        completions, answer = list(completions), list(answer)
        if len(answer) != len(completions):
            raise ValueError(f"{len(completions)} completions but {len(answer)} answers")
        options = [self._row_options(kwargs, i) for i in range(len(completions))]
        texts = [completion_text(c) for c in completions]
        bad_row = Verdict.make(Status.UNPARSEABLE_REFERENCE, BAD_ROW_OPTION)
        todo = [i for i, opts in enumerate(options) if opts is not None]
        checked = verify_batch([texts[i] for i in todo], [answer[i] for i in todo], [options[i] for i in todo],
                               pool=self._pool, parallel_threshold=self.parallel_threshold)
        verdicts = [bad_row] * len(completions)
        for i, verdict in zip(todo, checked):
            verdicts[i] = verdict
        for reference, verdict in zip(answer, verdicts):
            self._log_bad_reference(reference, verdict)
        self.last_verdicts = verdicts
        return verdicts

    def _row_options(self, kwargs: dict, index: int) -> VerifyOptions | None:
        overrides = {}
        for column in ROW_OPTION_COLUMNS:
            values = kwargs.get(column)
            if isinstance(values, (list, tuple)) and index < len(values) and values[index] is not None \
                    and values[index] != "":
                overrides[column] = values[index]
        if not overrides:
            return self.options
        try:
            return self.options.merged(**overrides)
        except (TypeError, ValueError) as exc:
            self._log_once(("option", str(exc)), "row %d: %s; this sample gets no reward", index, exc)
            return None

    def _log_bad_reference(self, reference, verdict: Verdict) -> None:
        if verdict.status is Status.UNPARSEABLE_REFERENCE and verdict.detail != BAD_ROW_OPTION:
            self._log_once(("ref", str(reference)), "cannot read reference %.120r: %s", reference, verdict.detail)

    def _log_once(self, key, message, *args) -> None:
        if key not in self._bad_references and len(self._bad_references) < _MAX_REMEMBERED_BAD:
            self._bad_references.add(key)
            logger.warning(message, *args)

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_pool"] = None  # processes do not travel; the copy starts its own when it needs them
        state["last_verdicts"] = []
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._pool = WorkerPool(self.workers, self.start_method)

    def close(self) -> None:
        """Stop the worker processes (they are also stopped at exit)."""
        self._pool.close()


def status_counts(verdicts: list[Verdict]) -> dict[str, int]:
    """How many Verdicts have each status.

    >>> status_counts([Verdict.make(Status.CORRECT), Verdict.make(Status.NO_ANSWER)])
    {'correct': 1, 'no_answer': 1}
    """
    return dict(Counter(v.status.value for v in verdicts))


def make_physics_reward(**kwargs) -> PhysicsReward:
    """A configured physics reward: ``make_physics_reward(tolerance=0.02, require_units=True,
    partial_credit={"wrong_unit": 0.1}, workers=2)``. Arguments as :class:`PhysicsReward`."""
    return PhysicsReward(**kwargs)


physics_reward = PhysicsReward()
