"""Every regular expression in ``verifiers`` and ``rewards`` costs at most linear time on hostile text.

Python's ``re`` runs in C holding the interpreter lock: a pattern that backtracks exponentially freezes
every thread and no time limit can fire. Each module-level pattern is fed adversarial strings at growing
sizes, with ``search`` and ``fullmatch``; multiplying the size by 8 must not multiply the cost by more
than 24 (linear is 8, quadratic 64). Costs are the minimum of a few repeats, and a suspect ratio is
measured again, so a loaded machine does not fail the test.
"""

import importlib
import pkgutil
import re
import time

import pytest

import rewards
import verifiers
from verifiers import verify

# (piece repeated n times, then a tail that makes the match fail at the very end)
_PIECES = [
    " ",  # a run of spaces: leading/trailing \s* restarted at every position
    "a", "A", "x ",  # letters and words
    "A ", "A,", "A A", "A and ",  # choice lists (the multiple-choice hang)
    "1", "1 ", "1,", "1,000", ".1", "1e", "10^", "1\\pm ",  # numbers, thousands, exponents
    "(", ")", "( ", ") ", "{", "}", "}.", "[",  # unclosed and unbalanced groups
    "\\", "\\boxed", "\\boxed{", "{\\over ", "\\mathrm{", "\\Omega", "\\mu ", "^", "^{", "$", "**", "=", "-", "a-", ".", ". A",
    "<answer>", "<think>", "answer ", "answer is ", "Final Answer: ",  # extraction markers, never closed
    "between ", "from ", "or ", "and ", "deg ", "light ",  # words some patterns span with .+
]
_TAILS = ["\x00", " 1", "!"]
_SMALL, _BIG, _EXP_SMALL, _EXP_BIG = 300, 2400, 12, 24


def _patterns():
    found = []
    for package in (verifiers, rewards):
        for module_info in pkgutil.iter_modules(package.__path__):
            if module_info.ispkg or module_info.name == "sympy_worker":  # the worker imports sympy at once
                continue
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    found.append(pytest.param(value, id=f"{module.__name__}.{name}"))
    return found


def _cost(call, text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return max(best, 5e-5)  # below this the clock's noise, not the pattern, sets the ratio


def _ratio(call, piece: str, tail: str, small: int, big: int) -> float:
    ratios = []
    for attempt in range(5):  # a suspect ratio is measured again, more carefully: a busy machine inflates one
        repeats = 3 if attempt == 0 else 7  # measurement (a pattern that is not linear stays over at every try)
        ratios.append(_cost(call, piece * big + tail, repeats) / _cost(call, piece * small + tail, repeats))
        if ratios[-1] <= 3 * big / small:
            break
    return min(ratios)


@pytest.mark.parametrize("pattern", _patterns())
def test_pattern_cost_grows_at_most_linearly(pattern):
    for piece in _PIECES:
        for tail in _TAILS:
            for method in ("search", "fullmatch"):
                call = getattr(pattern, method)
                # exponential backtracking shows at tiny sizes, before a large input could hang the test
                assert _ratio(call, piece, tail, _EXP_SMALL, _EXP_BIG) <= 6 * _EXP_BIG / _EXP_SMALL, \
                    (pattern.pattern, method, piece, tail)
                assert _ratio(call, piece, tail, _SMALL, _BIG) <= 3 * _BIG / _SMALL, (pattern.pattern, method, piece, tail)


def test_patterns_are_found():
    assert len(_patterns()) >= 30  # the audit above reaches every module's patterns


@pytest.mark.parametrize("letters", [23, 26, 40])  # 23 took 2-4 s, 26 did not return in 5 s, 40: years
def test_repeated_choice_letters_do_not_hang_the_multiple_choice_grader(letters):
    response = "\\boxed{" + " ".join(["A"] * letters) + " 1}"
    start = time.perf_counter()
    verdict = verify(response, "A, B", answer_type="mc")
    elapsed = time.perf_counter() - start
    assert verdict.status.value == "wrong_type"
    # milliseconds, not seconds: compared with the cost of a 4-letter answer on the same machine
    small = min(_timed(lambda: verify("\\boxed{A A A A 1}", "A, B", answer_type="mc")) for _ in range(3))
    assert elapsed <= 50 * max(small, 1e-3)


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
