"""The physics correctness reward: TRL's reward-function signature over ``verifiers.verify``.

>>> physics_reward(["\\\\boxed{0.5 km}", "\\\\boxed{5 s}"], answer=["500 m", "5 m"])
[1.0, 0.0]
>>> physics_reward([[{"role": "assistant", "content": "Answer: 500 km"}]], answer=["500 m"])
[0.25]
"""

from __future__ import annotations

import difflib
import logging
from collections import Counter

from rewards.batch import WorkerPool, verify_batch
from rewards.completions import completion_list, completion_text
from rewards.credit import credit_table, score
from verifiers import Status, Verdict, VerifyOptions
from verifiers.options import ROW_OPTION_COLUMNS, VERIFY_OPTION_NAMES, column_values, row_options, shown

logger = logging.getLogger(__name__)

_MAX_REMEMBERED_BAD = 10_000
BAD_ROW_OPTION = "a per-row option (answer_type, tolerance, unit...) is invalid"
# The judge, not the completion, failed: TRL skips the sample (None) instead of punishing the policy.
NO_REWARD = frozenset({Status.UNPARSEABLE_REFERENCE, Status.ERROR})
_DEFAULT_NAME = "physics_reward"
_DEFAULT_TOLERANCE = 0.01
_TRL_KWARGS = ("trainer_state", "log_extra", "log_metric", "environments")


class PhysicsReward:
    """A picklable reward callable: ``reward(completions, answer, **columns) -> list[float | None]``.

    Scores come from each Verdict's status through the partial-credit table (see ``rewards.credit``).
    ``None`` marks a sample the judge could not score because of the judge or the data (a missing or
    unreadable gold, a bad per-row option, an internal error); TRL then ignores this reward for it. Such a
    gold is logged once. After each call ``last_verdicts`` holds the Verdicts; when TRL passes
    ``log_metric`` the share of each status is logged as ``verdicts/<status>`` (``<name>/verdicts/<status>`` for
    a reward not named ``physics_reward``), and when it passes
    ``log_extra`` each sample's extracted answer and status go to its completions table.

    Scoring is serial in this process by default (512 completions take well under a second, and each
    verification has its own time limit). ``workers=N`` (N >= 2) verifies batches of at least
    ``parallel_threshold`` samples across N helper processes; they work in a script without a
    ``if __name__ == "__main__":`` guard.

    >>> PhysicsReward(answer_column="solution")(["\\\\boxed{2 N}"], solution=["2 N"])
    [1.0]
    """

    def __init__(self, *, tolerance: float | None = None, require_units: bool = False, sig_figs: bool = False,
                 partial_credit: bool | dict = True, timeout: float = 1.0, workers: int = 1,
                 parallel_threshold: int = 256, answer_column: str = "answer", name: str = _DEFAULT_NAME,
                 **verify_options):
        if "rel_tol" in verify_options:  # the verify option's own name for the tolerance
            rel_tol = verify_options.pop("rel_tol")
            if tolerance is not None and rel_tol != tolerance:
                raise TypeError(f"tolerance={tolerance!r} and rel_tol={rel_tol!r} name one option: give one of them")
            tolerance = rel_tol
        tolerance = _DEFAULT_TOLERANCE if tolerance is None else tolerance
        unknown = [key for key in verify_options if key not in VERIFY_OPTION_NAMES]
        if unknown:
            raise TypeError(f"unknown option {unknown[0]!r}{_did_you_mean(unknown[0])}; a physics reward takes "
                            f"{sorted(_OWN_OPTIONS)} and the verify options {sorted(VERIFY_OPTION_NAMES)}")
        self.options = VerifyOptions.from_kwargs(rel_tol=tolerance, require_units=require_units,
                                                 sig_figs=sig_figs, timeout=timeout, **verify_options)
        self.credit = credit_table(partial_credit)
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a whole number >= 1 (helper processes), got {workers!r}")
        if isinstance(parallel_threshold, bool) or not isinstance(parallel_threshold, int) or parallel_threshold < 0:
            raise ValueError(f"parallel_threshold must be a whole number >= 0 (the smallest batch sent to the "
                             f"helpers), got {parallel_threshold!r}")
        if not isinstance(answer_column, str) or not answer_column.strip():
            raise ValueError(f"answer_column must name the dataset column of the gold answers, e.g. 'solution'; "
                             f"got {answer_column!r}")
        self.workers, self.parallel_threshold = workers, parallel_threshold
        self.answer_column = answer_column
        self.__name__ = name
        self.last_verdicts: list[Verdict] = []
        self._pool = WorkerPool(self.workers)
        self._bad_references: set = set()

    def __call__(self, completions, answer=None, **kwargs) -> list[float | None]:
        verdicts = self.verdicts(completions, answer, **kwargs)
        rewards = [None if v.status in NO_REWARD else score(v, self.credit) for v in verdicts]
        log_metric, log_extra = kwargs.get("log_metric"), kwargs.get("log_extra")
        if callable(log_metric) and verdicts:
            counts = status_counts(verdicts)
            prefix = "" if self.__name__ == _DEFAULT_NAME else f"{self.__name__}/"  # two physics rewards log apart
            for status in Status:  # every status every batch: TRL averages a metric over the batches logging it
                log_metric(f"{prefix}verdicts/{status.value}", counts.get(status.value, 0) / len(verdicts))
        if callable(log_extra):  # TRL's completions table: why each completion scored as it did
            log_extra(f"{self.__name__}/extracted", [v.extracted or "" for v in verdicts])
            log_extra(f"{self.__name__}/status", [v.status.value for v in verdicts])
        return rewards

    def verdicts(self, completions, answer=None, **kwargs) -> list[Verdict]:
        """The Verdicts behind the rewards, for debugging (same arguments as a call)."""
        completions = completion_list(completions)
        column = self._gold_column(answer, kwargs)
        golds = column_values(self.answer_column, column, len(completions))
        written = column if isinstance(column, list) and len(column) == len(golds) else golds  # (for the log)
        options = self._row_options(kwargs, len(completions))
        texts = [completion_text(c) for c in completions]
        bad_row = Verdict.make(Status.UNPARSEABLE_REFERENCE, BAD_ROW_OPTION)
        todo = [i for i, opts in enumerate(options) if opts is not None]
        checked = verify_batch([texts[i] for i in todo], [golds[i] for i in todo], [options[i] for i in todo],
                               pool=self._pool, parallel_threshold=self.parallel_threshold)
        verdicts = [bad_row] * len(completions)
        for i, verdict in zip(todo, checked):
            verdicts[i] = verdict
        for reference, verdict in zip(written, verdicts):  # the gold as the data writes it ("N/A", not None)
            self._log_bad_reference(reference, verdict)
        self.last_verdicts = verdicts
        return verdicts

    def _gold_column(self, answer, kwargs: dict):
        columns = dict(kwargs, **({} if answer is None else {"answer": answer}))
        if columns.get(self.answer_column) is None:
            present = sorted(k for k in columns if k not in _TRL_KWARGS)
            raise TypeError(f"{self.__name__} reads the gold answers from the dataset column "
                            f"{self.answer_column!r}, which this batch lacks; columns present: {present}. "
                            + (f"Pass the golds as {self.answer_column}=[...]" if self.answer_column != "answer"
                               else f"Add the column, or build the reward with answer_column=, e.g. "
                                    f"{_builder(self)}(answer_column='solution')"))
        return columns[self.answer_column]

    def _row_options(self, kwargs: dict, rows: int) -> list[VerifyOptions | None]:
        columns = {c: column_values(c, kwargs[c], rows) for c in ROW_OPTION_COLUMNS if kwargs.get(c) is not None}
        out = []
        for index in range(rows):
            try:
                out.append(row_options({c: values[index] for c, values in columns.items()}, self.options))
            except (TypeError, ValueError) as exc:
                self._log_once(("option", str(exc)), "row %d: %s; this sample gets no reward", index, exc)
                out.append(None)
        return out

    def _log_bad_reference(self, reference, verdict: Verdict) -> None:
        if verdict.status is Status.UNPARSEABLE_REFERENCE and verdict.detail != BAD_ROW_OPTION:
            self._log_once(("ref", shown(reference, 120)), "cannot read reference %s: %s", shown(reference, 120),
                           verdict.detail)

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
        self._pool = WorkerPool(self.workers)

    def close(self) -> None:
        """Stop the helper processes (they are also stopped at exit)."""
        self._pool.close()


def _builder(reward) -> str:
    """How a user builds this kind of reward: the factory for physics rewards, the class for the others."""
    return "make_physics_reward" if type(reward) is PhysicsReward else type(reward).__name__


_OWN_OPTIONS = ("tolerance", "require_units", "sig_figs", "partial_credit", "timeout", "workers", "parallel_threshold",
                "answer_column", "name")


def _did_you_mean(key: str) -> str:
    close = difflib.get_close_matches(key, [*_OWN_OPTIONS, *VERIFY_OPTION_NAMES], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def status_counts(verdicts: list[Verdict]) -> dict[str, int]:
    """How many Verdicts have each status.

    >>> status_counts([Verdict.make(Status.CORRECT), Verdict.make(Status.NO_ANSWER)])
    {'correct': 1, 'no_answer': 1}
    """
    return dict(Counter(v.status.value for v in verdicts))


_NAMELESS_OPTIONS = ("workers", "parallel_threshold")  # how it runs, not what it pays


def make_physics_reward(**kwargs) -> PhysicsReward:
    """A configured physics reward: ``make_physics_reward(tolerance=0.02, require_units=True,
    partial_credit={"wrong_unit": 0.1}, answer_column="solution", workers=2)``. Arguments as
    :class:`PhysicsReward`. Unless ``name=`` is given, the name (TRL's key for its logs) says the options that
    change what it pays, so two configurations beside each other log apart:

    >>> make_physics_reward(tolerance=0.02, require_units=True, workers=2).__name__
    'physics_reward_require_units_True_tolerance_0.02'
    """
    if "name" not in kwargs:
        named = [f"{key}_{_named_value(value)}" for key, value in sorted(kwargs.items()) if key not in _NAMELESS_OPTIONS]
        kwargs["name"] = "_".join(["physics_reward", *named])
    return PhysicsReward(**kwargs)


def _named_value(value) -> str:
    """An option's value as a reward's name says it: a partial-credit table by its entries."""
    if isinstance(value, dict):
        return "_".join(f"{key}_{value[key]}" for key in sorted(value))
    return str(value)


physics_reward = PhysicsReward()
