"""Helper processes end with the process that started them, even when they are busy in C code, and are
not ended with the (short-lived) thread that started them."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

from verifiers import child_process
from verifiers.ipc import MessageReader
from verifiers.limits import Deadline

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _kill_parent_of_busy_helper(script: str) -> list[int]:
    """Run ``script`` (it prints its helpers' pids, then keeps them busy), SIGKILL it once the helpers
    compute, and return the helpers still running 5 s later (killing them, so nothing is left behind)."""
    parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert pids, "the script started no helper"
        start = {pid: _cpu_seconds(pid) for pid in pids}
        for _ in range(100):  # until each helper is busy in its request
            time.sleep(0.1)
            if all(_cpu_seconds(pid) - start[pid] > 0.3 for pid in pids):
                break
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    for _ in range(50):
        if not any(_running(pid) for pid in pids):
            return []
        time.sleep(0.1)
    left = [pid for pid in pids if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def test_regression_a_sympy_worker_busy_in_c_code_ends_with_its_killed_parent():
    # before: sympy multiplying out 10^(10^10) never let the worker's watch thread run, so a trainer killed
    # with SIGKILL left its worker at 100% of a core (and growing in memory) for as long as the machine ran
    left = _kill_parent_of_busy_helper("""
        from verifiers import sandbox, symbolic, verify
        assert verify(r"x 10^{10^{3+x}}", r"10^{10^{x+3}} x").correct  # a ready worker
        symbolic._POINTS = 0  # so sympy, not random points, decides the next one
        print(*sandbox.worker_pids(), flush=True)
        verify(r"x^{10^{10^{10}}}", "x^{10^{10^{10}}} + 1", timeout=600)
    """)
    assert not left, "a sympy worker outlived its killed parent"


def test_regression_a_batch_helper_busy_in_c_code_ends_with_its_killed_parent(tmp_path):
    # before: a helper did not watch its parent at all; a custom judge stuck in C kept it running
    (tmp_path / "spinning_judge.py").write_text(
        "def spin(response, reference, opts):\n    return sum(range(10 ** 12))  # minutes in one C call\n")
    left = _kill_parent_of_busy_helper(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from rewards.batch import WorkerPool
        from verifiers import VerifyOptions
        from spinning_judge import spin
        pool = WorkerPool(1)
        pool.map_chunks([[("1 m", "1 m", VerifyOptions())]], [600.0])  # a ready helper
        print(*[helper.proc.pid for helper in pool._helpers], flush=True)
        pool.map_chunks([[("1 m", "1 m", VerifyOptions())]], [600.0], judge=spin)
    """)
    assert not left, "a batch helper outlived its killed parent"


def test_a_helper_started_by_a_thread_that_ended_keeps_running():
    # the kernel's parent-death signal follows the starting thread, so helpers are started by one that lasts
    box = {}

    def start_and_wait_ready():
        proc = child_process.start("verifiers.sympy_worker")
        box["ready"] = MessageReader(proc.stdout.fileno()).read(Deadline(60), "a starting worker")
        box["proc"] = proc

    thread = threading.Thread(target=start_and_wait_ready)
    thread.start()
    thread.join(90)
    proc = box["proc"]
    try:
        assert box["ready"] == "ready"  # its death signal is armed (it does so before it says ready)
        time.sleep(0.5)
        assert proc.poll() is None, "the helper was killed when the thread that started it ended"
    finally:
        proc.kill()
        proc.wait()
