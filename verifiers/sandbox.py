"""Run sympy, which is not bounded in time, in a worker process that can be killed.

A worker thread cannot be stopped and SIGALRM only works on the main thread, so the one step whose
cost is unbounded (sympy simplification) goes to a child process started with ``subprocess`` (which,
unlike ``multiprocessing``, also works inside daemonic pool workers). Requests are pickled expression
trees (plain tuples); the child rebuilds sympy objects from them, never from text.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading

from verifiers.limits import Deadline, VerifyTimeout

logger = logging.getLogger(__name__)
_LOCK = threading.Lock()
_WORKER: dict = {}  # pid -> Popen, so a forked process never shares its parent's worker


def sympy_equal(tree_a, tree_b, deadline: Deadline) -> bool | None:
    """Does sympy simplify ``a - b`` to zero? None if it cannot tell; VerifyTimeout past the deadline."""
    with _LOCK:
        proc = _worker()
        payload = pickle.dumps((tree_a, tree_b), protocol=4)
        try:
            proc.stdin.write(struct.pack("<I", len(payload)) + payload)
            proc.stdin.flush()
            header = _read(proc, 4, deadline)
            answer = pickle.loads(_read(proc, struct.unpack("<I", header)[0], deadline))
        except VerifyTimeout:
            _kill(proc)
            raise
        except (OSError, EOFError, struct.error, pickle.UnpicklingError) as exc:
            logger.warning("sympy worker failed: %r", exc)
            _kill(proc)
            return None
    return answer


def _worker() -> subprocess.Popen:
    proc = _WORKER.get(os.getpid())
    if proc is None or proc.poll() is not None:
        proc = subprocess.Popen([sys.executable, "-m", "verifiers.sympy_worker"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        _WORKER[os.getpid()] = proc
    return proc


def _read(proc: subprocess.Popen, size: int, deadline: Deadline) -> bytes:
    fd = proc.stdout.fileno()
    chunks, got = [], 0
    while got < size:
        remaining = deadline.remaining()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise VerifyTimeout("sympy simplification exceeded the time limit")
        chunk = os.read(fd, size - got)
        if not chunk:
            raise EOFError("sympy worker exited")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _kill(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()
    _WORKER.pop(os.getpid(), None)
