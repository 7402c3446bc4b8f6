"""Hostile input: every one yields a Verdict within the time limit, from any thread or process,
and nothing in a completion is ever executed."""

import multiprocessing
import os
import pickle
import subprocess
import sys
import threading
import time

import pytest

from verifiers import Status, Verdict, verify
from verifiers import sandbox, symbolic
from verifiers.limits import Deadline, VerifyTimeout

LIMIT = 1.0
SLACK = 1.0  # scheduling noise on a loaded 2-core machine; a hang would take far longer

HOSTILE = [
    "9**9**9**9",
    r"10^{10^{10^{10}}}",
    r"\boxed{10^{10^{10^{10}}}}",
    "x" * 100_000,
    "1" * 100_000,
    "(" * 1000 + "1" + ")" * 1000,
    r"\frac{" * 1000 + "1" + "}" * 1000,
    "{" * 5000,
    "__import__('os').system('touch /tmp/physics_pwned')",
    "eval(compile('1','x','eval'))",
    "lambda: 0",
    r"\boxed{" + "\\boxed{" * 500 + "1" + "}" * 501,
    "Answer: " + "1+" * 5000 + "1",
    "<answer>" * 10000,
    "\\" * 10000,
    "a" * 2_000_001,  # over the response cap
    "1e999999 m",
    "0^0^0^0",
    "(-1)^(1/2)",
    "170! * 171!",
    r"\sqrt[0]{2}",
    "\x00\x01\x02",
    "🚀" * 1000,
]


def _timed(response, reference="12 N", **options):
    start = time.perf_counter()
    verdict = verify(response, reference, **options)
    return verdict, time.perf_counter() - start


@pytest.mark.parametrize("response", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_yields_a_verdict_within_the_limit(response):
    verdict, seconds = _timed(response)
    assert isinstance(verdict, Verdict)
    assert not verdict.correct
    assert seconds < LIMIT + SLACK


def test_code_in_a_completion_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    payloads = [f"__import__('os').system('touch {marker}')", f"\\boxed{{__import__('os').system('touch {marker}')}}",
                f"Answer: open('{marker}', 'w')"]
    for payload in payloads:
        for reference in ("12 N", "x + y", "B", "(1, 2)"):
            verify(payload, reference)
    assert not marker.exists()


def _hanging_case():
    """A response that defeats random-point evaluation and makes sympy build 10^(10^10)."""
    return verify(r"x^{10^{10^{10}}}", "x^{10^{10^{10}}} + 1", timeout=LIMIT)


def test_sympy_is_stopped_at_the_limit_on_the_main_thread(monkeypatch):
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    start = time.perf_counter()
    verdict = _hanging_case()
    assert verdict.status is Status.TIMEOUT
    assert time.perf_counter() - start < LIMIT + SLACK


def test_sympy_is_stopped_at_the_limit_in_a_worker_thread(monkeypatch):
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("v", _hanging_case()))
    thread.start()
    thread.join(LIMIT + SLACK + 5)
    assert not thread.is_alive(), "verification hung in a worker thread"
    assert box["v"].status is Status.TIMEOUT


def _in_pool_worker(_):
    assert verify(r"x 10^{10^{3+x}}", r"10^{10^{x+3}} x").correct  # a warm worker: the import is not timed
    symbolic._POINTS = 0
    start = time.perf_counter()
    verdict = _hanging_case()
    return verdict.status, time.perf_counter() - start


def test_sympy_is_stopped_at_the_limit_in_a_daemonic_pool_worker():
    with multiprocessing.get_context("fork").Pool(1) as pool:
        status, seconds = pool.map(_in_pool_worker, [0])[0]
    assert status is Status.TIMEOUT
    assert seconds < LIMIT + SLACK


def test_the_worker_recovers_after_a_timeout(monkeypatch):
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    assert _hanging_case().status is Status.TIMEOUT
    assert verify(r"\frac{x^2 - 1}{x - 1}", "x + 1").correct  # a fresh worker answers


def test_sandbox_raises_timeout_past_the_deadline():
    tree = ("pow", ("num", 10.0, "10"), ("pow", ("num", 10.0, "10"), ("num", 10.0, "10")))
    with pytest.raises(VerifyTimeout):
        sandbox.sympy_equal(tree, ("num", 1.0, "1"), Deadline(0.5))


def test_verdict_pickles():
    verdict = verify("0.5 km", "500 m")
    assert pickle.loads(pickle.dumps(verdict)) == verdict
    assert verdict.to_dict()["status"] == "correct"


def test_bad_options_name_the_problem():
    with pytest.raises(TypeError, match="rel_toll"):
        verify("1", "1", rel_toll=0.1)
    with pytest.raises(ValueError, match="rel_tol"):
        verify("1", "1", rel_tol=-1)
    with pytest.raises(ValueError, match="answer_type"):
        verify("1", "1", answer_type="essay")


def test_unreadable_reference_is_reported_not_raised():
    assert verify("12 N", "12 N ???").status is Status.UNPARSEABLE_REFERENCE
    assert verify("12 N", "").status is Status.UNPARSEABLE_REFERENCE
    assert verify("12 N", None).status is Status.UNPARSEABLE_REFERENCE


def test_importing_verifiers_imports_no_torch():
    code = ("import sys, verifiers; verifiers.verify('1 m', '1 m'); "
            "bad = [m for m in ('torch', 'transformers', 'trl') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_hostile_inputs_from_a_worker_thread_stay_within_the_limit():
    results = {}

    def work():
        for index, response in enumerate(HOSTILE):
            results[index] = _timed(response)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(len(HOSTILE) * (LIMIT + SLACK))
    assert not thread.is_alive(), "a hostile input hung a worker thread"
    assert len(results) == len(HOSTILE)
    assert all(isinstance(v, Verdict) and not v.correct and t < LIMIT + SLACK for v, t in results.values())


_BUSY_PARENT = """
import subprocess, sys
from verifiers.ipc import read_message, write_message
worker = subprocess.Popen([sys.executable, "-m", "verifiers.sympy_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
assert read_message(worker.stdout) == "ready"
x, y = ("sym", "x"), ("sym", "y")
slow = ("pow", ("add", (("func", "sin", x), ("func", "cos", y), ("func", "tan", ("add", (x, y))))), ("num", 12.0, "12"))
write_message(worker.stdin, (1, slow, ("num", 1.0, "1")))  # a simplify that runs for minutes
print(worker.pid, flush=True)
worker.wait()
"""


def test_regression_a_sympy_worker_exits_when_its_parent_is_killed():
    """Orphaned workers busy in a simplify once kept computing for half an hour after their parent died."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    parent = subprocess.Popen([sys.executable, "-c", _BUSY_PARENT], stdout=subprocess.PIPE,
                              cwd=Path(__file__).parents[2])
    worker = int(parent.stdout.readline())
    time.sleep(1.0)  # the worker is inside the simplify now, not reading its stdin
    parent.kill()
    parent.wait()
    status = Path(f"/proc/{worker}/status")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and status.exists() and "zombie" not in status.read_text():
        time.sleep(0.2)
    alive = status.exists() and "zombie" not in status.read_text()
    if alive:
        subprocess.run(["kill", "-9", str(worker)])
    assert not alive


@pytest.mark.parametrize("reference", [
    list(range(1_000_000)),  # a gold of a million items
    "12 N " * 1_000_000,  # a gold of 5 MB
    10 ** 5000,  # an int past Python's limit for writing it out
    -10 ** 5000,
    '["12 N", ' + '"12 N", ' * 500_000 + '"12 N"]',  # a million items written out as JSON
], ids=["a million items", "5 MB", "an int of 5,001 digits", "its negative", "a JSON list of 5 MB"])  # (no repr of such an int for an id)
def test_a_hostile_gold_is_unreadable_at_once(reference, caplog):
    start = time.perf_counter()
    verdict = verify("12 N", reference, timeout=1.0)
    assert verdict.status is Status.UNPARSEABLE_REFERENCE
    assert time.perf_counter() - start < 1.0  # (it took 3-6 s, past the time limit, before it was bounded)
    assert "Logging error" not in caplog.text


def test_a_huge_tolerance_names_its_option():
    with pytest.raises(ValueError, match="rel_tol"):  # (an OverflowError before)
        verify("12 N", "12 N", rel_tol=10 ** 400)


def test_a_boolean_timeout_and_two_names_for_one_option_are_refused():
    with pytest.raises(ValueError, match="timeout=True"):  # (True was taken for 1 second)
        verify("12 N", "12 N", timeout=True)
    with pytest.raises(ValueError, match="rel_tol=0.01 and tolerance=0.05"):  # (one was silently dropped)
        verify("12 N", "12 N", rel_tol=0.01, tolerance=0.05)
    assert verify("12.1 N", "12 N", rel_tol=0.01, tolerance=0.01).correct  # the same value twice is no conflict


def test_long_golds_are_not_kept_so_the_kept_golds_stay_small():
    from verifiers import reference
    gold = "Using d = v t with v = 10 m/s and t = 50 s. " * 100 + "\n\nSo the distance is 500 m"
    reference.parse_reference.cache_clear()
    assert verify(r"\boxed{500 m}", gold).correct and verify(r"\boxed{400 m}", gold).status is Status.WRONG_VALUE
    # only its stated answer, "500 m", is kept; the worked solution is read each time (8,192 were kept whole)
    assert reference._kept_reference.cache_info().currsize == 1


def test_a_response_with_no_text_is_unreadable():
    verdict = verify(10 ** 5000, "12")  # an int past Python's limit for writing it out (an internal error before)
    assert verdict.status is Status.UNPARSEABLE_RESPONSE


def test_the_reward_skips_a_gold_with_no_text():
    from rewards import physics_reward
    assert physics_reward(prompts=["q", "q"], completions=["12", "12"], answer=[10 ** 5000, "12"]) == [None, 1.0]


def test_a_gold_nested_too_deeply_is_the_golds_fault():
    deep = ["x"]
    for _ in range(100_000):
        deep = [deep]
    assert verify("12 N", deep).status is Status.UNPARSEABLE_REFERENCE  # (an unreadable *response* before: 0 reward)
