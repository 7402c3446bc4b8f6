r"""TRL reward-function contract checks: what GRPOTrainer relies on, each a named pass/fail.

>>> from rewards.testing.calling import RewardCaller
>>> def shout(completions, **kw):
...     return [1.0 for _ in completions]
>>> [c.name for c in check_contract(RewardCaller(shout)) if not c.passed]  # a local function does not pickle
['picklable', 'unreadable_gold_gives_none']
"""

from __future__ import annotations

import math
import numbers
import pickle
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from rewards.testing.calling import RewardCaller

# A small mixed batch: right and wrong answers, two formats, two golds.
PROBE = (
    (r"So \boxed{0.5 km}", "500 m"), (r"\boxed{12 J}", "12 N"), ("Answer: 4 m/s^2", "4 m/s^2"),
    (r"\boxed{5 s}", "5 m"), (r"\boxed{1.2 kN}", "1200 N"), ("", "500 m"),
)
HOSTILE = (
    "4 m/s^2 " * 125_000,  # 1 MB
    r"\boxed{" * 20_000 + "4" + "}" * 20_000,  # deep nesting
    r"\boxed{9^{9^{9^{9^{9}}}}}",
    r"\boxed{" + "1" * 50_000 + " m/s^2}",
    r"\boxed{\frac{\frac{\frac{\frac{1}{2}}{3}}{4}}{" + "x+" * 5_000 + "1}}",
    r"\boxed{\sqrt{" * 3_000 + "2" + "}" * 3_000 + "}",
)
UNREADABLE_GOLDS = ("", r"\frac{", "}{", r"\frac{1", "5 m/", "unknown")  # (missing, broken, cut off, a placeholder)
TRL_EXTRA_COLUMNS = {"completion_ids": None, "trainer_state": None, "difficulty": "hard", "source": "corpus"}


@dataclass(frozen=True)
class CheckResult:
    """One contract check: its name, whether it passed, and what was seen."""

    name: str
    passed: bool
    detail: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "passed": self.passed, "detail": self.detail}


def _probe(caller: RewardCaller, extra: dict | None = None, order=None) -> list:
    pairs = [PROBE[i] for i in (order or range(len(PROBE)))]
    return caller([t for t, _ in pairs], [a for _, a in pairs], **(extra or {}))


def _is_reward_value(value) -> bool:
    if value is None:
        return True  # a numpy float is a number too (TRL makes a tensor of them)
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x == y or (x is not None and y is not None and math.isclose(x, y))
                                    for x, y in zip(a, b))


def check_one_value_each(caller: RewardCaller, base: list) -> CheckResult:
    empty = caller([], [])
    ok = len(base) == len(PROBE) and len(empty) == 0
    return CheckResult("one_value_per_completion", ok, f"{len(base)} values for {len(PROBE)} completions, "
                                                       f"{len(empty)} for none")


def check_value_types(caller: RewardCaller, base: list) -> CheckResult:
    bad = [v for v in base if not _is_reward_value(v)]
    return CheckResult("floats_or_none", not bad, f"not a finite float or None: {bad[:3]!r}" if bad else "")


def check_chat_format(caller: RewardCaller, base: list) -> CheckResult:
    other = caller.with_format("text" if caller.completion_format == "chat" else "chat")
    try:
        values = _probe(other)
    except Exception as exc:  # noqa: BLE001 - a reward may accept only one format
        if caller.completion_format == "chat":
            return CheckResult("chat_format", True, f"chat only; strings raise {type(exc).__name__}")
        return CheckResult("chat_format", False, f"chat messages raise {type(exc).__name__}: {exc}")
    return CheckResult("chat_format", _same(values, base), f"text {base} vs chat {values}"
                       if not _same(values, base) else "")


def check_extra_columns(caller: RewardCaller, base: list) -> CheckResult:
    metrics: list = []
    extra = dict(TRL_EXTRA_COLUMNS, prompts=["Q"] * len(PROBE), log_metric=lambda *a: metrics.append(a),
                 log_extra=lambda *a: None)
    extra = {k: (v if not isinstance(v, str) else [v] * len(PROBE)) for k, v in extra.items()}
    values = _probe(caller, extra)
    return CheckResult("extra_columns_ignored", _same(values, base), "" if _same(values, base)
                       else f"{values} with TRL's extra columns, {base} without")


def check_order(caller: RewardCaller, base: list) -> CheckResult:
    order = list(reversed(range(len(PROBE))))
    values = _probe(caller, order=order)
    ok = _same(values, [base[i] for i in order])
    return CheckResult("order_kept", ok, "" if ok else f"reversed batch gave {values}")


def check_deterministic(caller: RewardCaller, base: list) -> CheckResult:
    values = _probe(caller)
    return CheckResult("deterministic", _same(values, base), "" if _same(values, base) else f"{base} then {values}")


def check_picklable(caller: RewardCaller, base: list) -> CheckResult:
    try:
        copy = pickle.loads(pickle.dumps(caller.reward))
    except Exception as exc:  # noqa: BLE001 - any pickling failure is the finding
        return CheckResult("picklable", False, f"{type(exc).__name__}: {exc}")
    values = _probe(RewardCaller(copy, caller.answer_column, caller.completion_format))
    return CheckResult("picklable", _same(values, base), "" if _same(values, base) else f"copy gave {values}")


def check_worker_thread(caller: RewardCaller, base: list) -> CheckResult:
    with ThreadPoolExecutor(max_workers=1) as pool:
        values = pool.submit(_probe, caller).result()
    return CheckResult("worker_thread", _same(values, base), "" if _same(values, base) else f"thread gave {values}")


def check_bounded_time(caller: RewardCaller, time_limit: float) -> CheckResult:
    """Hostile completions (1 MB, deep nesting, towers of powers) scored within ``time_limit`` seconds.

    Runs in the calling thread, as TRL calls rewards (a worker thread would switch off signal-based
    timeouts such as math-verify's); a reward that never returns hangs the audit as it would hang training.
    """
    start = time.perf_counter()
    values = caller(list(HOSTILE), ["4 m/s^2"] * len(HOSTILE))
    seconds = time.perf_counter() - start
    paid = [v for v in values if v]
    detail = f"{len(HOSTILE)} hostile completions in {seconds:.2f} s (limit {time_limit:g} s)" + \
        (f"; paid {paid}" if paid else "")
    return CheckResult("bounded_time", seconds <= time_limit, detail)


def check_unreadable_gold(caller: RewardCaller) -> CheckResult:
    values = caller([r"\boxed{500 m}"] * len(UNREADABLE_GOLDS), list(UNREADABLE_GOLDS))
    ok = len(values) == len(UNREADABLE_GOLDS) and all(v is None for v in values)
    return CheckResult("unreadable_gold_gives_none", ok, "" if ok else
                       f"golds {list(UNREADABLE_GOLDS)!r} gave {values} (TRL skips a sample only on None)")


_CHECKS = (("one_value_per_completion", check_one_value_each), ("floats_or_none", check_value_types),
           ("chat_format", check_chat_format), ("extra_columns_ignored", check_extra_columns),
           ("order_kept", check_order), ("deterministic", check_deterministic), ("picklable", check_picklable),
           ("worker_thread", check_worker_thread))


def check_contract(caller: RewardCaller, time_limit: float = 10.0) -> list[CheckResult]:
    """Run every contract check; a check that raises fails with the exception as its detail."""
    try:
        base = _probe(caller)
    except Exception as exc:  # noqa: BLE001 - nothing else can run
        hint = (" (GRPOTrainer calls a reward with prompts=, completions=, completion_ids= and every dataset column "
                "as keywords: give it **kwargs)") if isinstance(exc, TypeError) else ""
        return [CheckResult("callable", False, f"{type(exc).__name__}: {exc}{hint}")]
    results = []
    for name, check in _CHECKS:
        results.append(_guarded(name, check, caller, base))
    results.append(_guarded("bounded_time", check_bounded_time, caller, time_limit))
    results.append(_guarded("unreadable_gold_gives_none", check_unreadable_gold, caller))
    return results


def _guarded(name: str, check, *args) -> CheckResult:
    try:
        return check(*args)
    except Exception as exc:  # noqa: BLE001 - a crash is a failed check, with its reason
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}"[:300])
