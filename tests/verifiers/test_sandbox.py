"""The sympy workers' life cycle: no request outlives its deadline, none pays for another's, and every
thread and every child process (forked or spawned) gets answers."""

import multiprocessing
import os
import subprocess
import sys
import threading
import time

import pytest

from verifiers import Status, sandbox, symbolic, verify

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIMIT = 1.0
# Decided only by sympy: 10^(10^(x+3)) overflows floats at every random point.
HONEST = (r"x 10^{10^{3+x}}", r"10^{10^{x+3}} x")
# With random points off, sympy is asked to build 10^(10^10): it runs until it is killed.
HOSTILE = (r"x^{10^{10^{10}}}", "x^{10^{10^{10}}} + 1")


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _warm() -> None:
    """Wait until this process has a ready worker (so that a test measures the request, not the import)."""
    assert verify(*HONEST).correct


def test_the_honest_case_needs_sympy(monkeypatch):
    asked = []
    real = sandbox.sympy_equal
    monkeypatch.setattr(sandbox, "sympy_equal", lambda *args: asked.append(1) or real(*args))
    assert verify(*HONEST).correct and asked  # so the tests below exercise the workers


def test_regression_a_timed_out_request_leaves_no_busy_worker(monkeypatch):
    _warm()
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    before = set(sandbox.worker_pids())
    assert verify(*HOSTILE, timeout=LIMIT).status is Status.TIMEOUT
    killed = before - set(sandbox.worker_pids())
    assert killed, "the worker computing the timed-out request was not stopped"
    for pid in killed:
        assert not os.path.exists(f"/proc/{pid}"), "a killed worker was left behind"
    _warm()  # the replacement is ready (and the spare beside it, once it has imported sympy)...
    for worker in list(sandbox._POOL.idle):
        worker.wait_ready(60)
    pids = sandbox.worker_pids()
    used = {pid: _cpu_seconds(pid) for pid in pids}
    time.sleep(0.5)
    # ...and idle: the late request is not computed by anyone (the bug: 70-99% of a core for minutes)
    assert all(_cpu_seconds(pid) - used[pid] < 0.2 for pid in pids)


def test_regression_a_run_of_timed_out_requests_each_finds_a_warm_worker(monkeypatch):
    """helper-48: after a kill the next request waited for the replacement's sympy import (about 0.8 s, not
    charged to it), so back-to-back hostile completions cost 1.8 s each, not the 1 s limit. A spare starts
    beside the replacement: once it has imported, the next request is sent at once."""
    _warm()
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    assert verify(*HOSTILE, timeout=LIMIT).status is Status.TIMEOUT
    assert len(sandbox.worker_pids()) >= 2  # the replacement and a spare
    deadline = time.monotonic() + 60
    while sum(worker.ready or worker.wait_ready(0.1) for worker in sandbox._POOL.idle) < 2:
        assert time.monotonic() < deadline, "the replacement and the spare never became ready"
    before = set(sandbox.worker_pids())
    assert verify(*HOSTILE, timeout=LIMIT).status is Status.TIMEOUT
    assert any(worker.ready for worker in sandbox._POOL.idle)  # the next one already has a warm worker
    assert len(before - set(sandbox.worker_pids())) == 1  # (and only the timed-out worker was killed)


def test_regression_the_sympy_import_is_not_charged_to_the_first_request():
    # a fresh process, a limit shorter than importing sympy (0.6-0.95 s): the answer is still right
    code = (f"from verifiers import verify; v = verify({HONEST[0]!r}, {HONEST[1]!r}, timeout=0.3); "
            "print(v.status.value)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "correct", out.stderr


def test_regression_one_hostile_call_does_not_time_out_seven_honest_threads(monkeypatch):
    monkeypatch.setattr(symbolic, "_POINTS", 0)  # every call below goes to sympy
    honest = (r"\frac{x^2 - 1}{x - 1}", "x + 1")
    results = [None] * 8

    def work(index):
        results[index] = verify(*(HOSTILE if index == 0 else honest), timeout=LIMIT)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert results[0].status is Status.TIMEOUT
    assert [v.status for v in results[1:]] == [Status.CORRECT] * 7
    assert len(sandbox.worker_pids()) <= sandbox.MAX_WORKERS


def _fork_and_verify() -> int:
    """Fork; the child verifies HONEST and exits 0 when it is right. Returns the child's exit status."""
    pid = os.fork()
    if pid == 0:
        try:
            code = 0 if verify(*HONEST, timeout=LIMIT).correct else 1
        finally:
            os._exit(locals().get("code", 2))
    for _ in range(600):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.1)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return -9


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork in a process with threads
def test_regression_a_child_forked_while_the_pool_lock_is_held_gets_answers():
    _warm()
    held, release = threading.Event(), threading.Event()

    def hold_the_lock():
        with sandbox._POOL.cond:  # as another thread does while it takes a worker
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(10)
    try:
        assert _fork_and_verify() == 0
    finally:
        release.set()
        holder.join()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_child_forked_during_a_hostile_sympy_call_gets_answers(monkeypatch):
    _warm()
    monkeypatch.setattr(symbolic, "_POINTS", 0)
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("v", verify(*HOSTILE, timeout=LIMIT)))
    thread.start()
    time.sleep(0.2)  # the thread is inside its sympy call
    try:
        monkeypatch.setattr(symbolic, "_POINTS", 5)
        assert _fork_and_verify() == 0
    finally:
        thread.join(60)
    assert box["v"].status is Status.TIMEOUT


def test_a_spawned_child_gets_answers():
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        verdict = pool.apply(verify, HONEST, {"timeout": LIMIT})
    assert verdict.status is Status.CORRECT
