"""Run sympy, which is not bounded in time, in a worker process that can be killed.

A worker thread cannot be stopped and SIGALRM only works on the main thread, so the one step whose
cost is unbounded (sympy simplification) goes to a child process started with ``subprocess`` (which,
unlike ``multiprocessing``, also works inside daemonic pool workers). Requests are pickled expression
trees (plain tuples) tagged with a number; the child rebuilds sympy objects from them, never from text.

The child says when sympy is imported. A request that times out while the child is still starting is
left queued (its late answer is discarded by number); one that times out while the child computes gets
the child killed, and a replacement starts at once so that the next request finds it warm.
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
READY = "ready"
_HEADER = struct.Struct("<I")
_LOCK = threading.Lock()
_WORKERS: dict = {}  # pid -> _Worker, so a forked process never shares its parent's worker


class _Worker:
    def __init__(self):
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.proc = subprocess.Popen([sys.executable, "-m", "verifiers.sympy_worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=root)
        self.ready, self.next_id, self.buffer = False, 0, b""

    def alive(self) -> bool:
        return self.proc.poll() is None

    def ask(self, tree_a, tree_b, deadline: Deadline):
        request_id = self.next_id
        self.next_id += 1
        payload = pickle.dumps((request_id, tree_a, tree_b), protocol=4)
        self.proc.stdin.write(_HEADER.pack(len(payload)) + payload)
        self.proc.stdin.flush()
        while True:
            message = self._message(deadline)
            if message == READY:
                self.ready = True
            elif message[0] == request_id:
                return message[1]
            # else: the late answer to a request that timed out while the worker was starting

    def _message(self, deadline: Deadline):
        fd = self.proc.stdout.fileno()
        while True:
            if len(self.buffer) >= _HEADER.size:
                size = _HEADER.unpack_from(self.buffer)[0]
                if len(self.buffer) >= _HEADER.size + size:
                    body = self.buffer[_HEADER.size:_HEADER.size + size]
                    self.buffer = self.buffer[_HEADER.size + size:]
                    return pickle.loads(body)
            remaining = deadline.remaining()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise VerifyTimeout("sympy simplification exceeded the time limit")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError("sympy worker exited")
            self.buffer += chunk

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


def prestart() -> None:
    """Start the worker now (it imports sympy in the background), so a later request finds it warm."""
    if _LOCK.acquire(blocking=False):  # if another thread holds it, that thread has a worker going
        try:
            _current()
        finally:
            _LOCK.release()


def sympy_equal(tree_a, tree_b, deadline: Deadline) -> bool | None:
    """Does sympy simplify ``a - b`` to zero? None if it cannot tell; VerifyTimeout past the deadline."""
    if not _LOCK.acquire(timeout=max(0.0, deadline.remaining())):
        raise VerifyTimeout("waited past the time limit for the sympy worker")
    try:
        worker = _current()
        try:
            return worker.ask(tree_a, tree_b, deadline)
        except VerifyTimeout:
            if worker.ready:  # it is computing this request: stop it, and start a fresh one now
                _replace(worker)
            raise
        except (OSError, EOFError, struct.error, pickle.UnpicklingError) as exc:
            logger.warning("sympy worker failed: %r", exc)
            _replace(worker)
            return None
    finally:
        _LOCK.release()


def _current() -> _Worker:
    worker = _WORKERS.get(os.getpid())
    if worker is None or not worker.alive():
        worker = _WORKERS[os.getpid()] = _Worker()
    return worker


def _replace(worker: _Worker) -> None:
    worker.kill()
    _WORKERS[os.getpid()] = _Worker()
