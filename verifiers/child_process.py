"""Helper processes (``python -m MODULE``) that end when the process that started them ends.

``verifiers.sandbox`` starts sympy workers and ``rewards.batch`` starts verification helpers with
``start``; each helper calls ``exit_with_parent`` first thing. A helper busy inside one long C-level
computation (sympy multiplying out a huge integer power) never lets its Python threads run, so a watch
thread alone leaves it computing at 100% of a core after its parent is killed (SIGKILL, the OOM killer).
On Linux the kernel kills it instead (``prctl(PR_SET_PDEATHSIG)``, which Python's standard library does
not expose, hence ``ctypes``). That signal follows the *thread* that started the helper, not its
process, so ``start`` starts helpers from the main thread or from one daemon thread that lives as long
as the process: a helper started by a short-lived thread is not killed when that thread ends.

>>> proc = start("verifiers.child_process")  # a module with nothing to run: exits at once
>>> proc.wait(timeout=60)
0
"""

from __future__ import annotations

import ctypes
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future

PARENT_ENV = "VERIFIERS_HELPER_PARENT"  # the starting process's pid, as the helper checks it
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def start(module: str) -> subprocess.Popen:
    """``python -m module`` in the project root, with pipes on its stdin and stdout (stderr discarded)."""
    if threading.current_thread() is threading.main_thread():
        return _popen(module)
    future: Future = Future()
    _launcher().put((module, future))
    return future.result()


def exit_with_parent(interval_s: float = 0.5) -> threading.Thread:
    """In a helper: be killed by the kernel when the starting thread ends (Linux), and leave from a watch
    thread when the parent is gone (every system; it runs whenever this process runs Python)."""
    parent = int(os.environ.get(PARENT_ENV) or os.getppid())
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:  # (a parent that died before the prctl is noticed here)
            time.sleep(interval_s)
        os._exit(0)

    thread = threading.Thread(target=watch, name="exit-with-parent", daemon=True)
    thread.start()
    return thread


def _popen(module: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", module], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=_ROOT, env={**os.environ, PARENT_ENV: str(os.getpid())})


def _serve(requests: queue.SimpleQueue) -> None:
    while True:
        module, future = requests.get()
        try:
            future.set_result(_popen(module))
        except BaseException as exc:  # (OSError, or anything else: it belongs to the caller)
            future.set_exception(exc)


_LOCK = threading.Lock()
_LAUNCHER: dict[int, queue.SimpleQueue] = {}  # this process's pid -> its launcher thread's requests


def _launcher() -> queue.SimpleQueue:
    with _LOCK:
        if os.getpid() not in _LAUNCHER:  # (a forked child has no launcher thread: its parent's stayed there)
            _LAUNCHER.clear()
            _LAUNCHER[os.getpid()] = queue.SimpleQueue()
            threading.Thread(target=_serve, args=(_LAUNCHER[os.getpid()],), name="helper-launcher",
                             daemon=True).start()
        return _LAUNCHER[os.getpid()]


def _after_fork_in_child() -> None:
    global _LOCK
    _LOCK = threading.Lock()  # another thread may have held it at the fork


os.register_at_fork(after_in_child=_after_fork_in_child)
