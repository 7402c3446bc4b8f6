"""Run sympy, which is not bounded in time, in worker processes that can be killed.

A worker thread cannot be stopped and SIGALRM only works on the main thread, so the one step whose
cost is unbounded (sympy simplification) goes to a child process started with ``subprocess`` (which,
unlike ``multiprocessing``, also works inside daemonic pool workers and in scripts without a main guard).
Requests are pickled expression trees (plain tuples); the child rebuilds sympy objects from them, never
from text.

The life cycle of a worker, so that no request pays for another:

- A worker says when sympy is imported. A request is only ever sent to a ready worker, and waiting for
  the import is not charged to the request's time limit (it waits up to ``STARTUP_TIMEOUT_S`` more).
  ``prestart()`` starts a worker ahead of need (when a symbolic reference is parsed).
- A request that reaches its deadline gets its worker killed at once, so no work outlives it; a
  replacement starts immediately, and a spare beside it, so that in a run of such requests each finds a
  worker already warm (one at a time, each would wait for the next one's import: 1.8 s a request, not 1).
- Each process has a small pool (``MAX_WORKERS``): a thread takes an idle worker or starts its own,
  so honest calls from other threads never queue behind a hostile one.
- After ``fork`` the child starts with an empty pool and a fresh lock (``os.register_at_fork``): it
  never inherits a lock held by another thread or its parent's workers.

>>> tree = ("add", (("name", "x"), ("num", 1.0, "1")))
>>> sympy_equal(tree, tree, Deadline(5.0))
True
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import select
import threading
import time

from verifiers import child_process
from verifiers.ipc import MessageReader, write_message
from verifiers.limits import Deadline, VerifyTimeout

logger = logging.getLogger(__name__)
READY = "ready"
MAX_WORKERS = 8  # per process: one per concurrent caller, bounded
STARTUP_TIMEOUT_S = 30.0  # importing sympy, on a loaded machine; not charged to a request


class _Worker:
    def __init__(self):
        self.proc = child_process.start("verifiers.sympy_worker")
        self.ready, self.reader = False, MessageReader(self.proc.stdout.fileno())

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait_ready(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for sympy to be imported; EOFError if the worker died starting."""
        if not self.ready:
            try:
                self.ready = self.reader.read(Deadline(seconds), "the starting sympy worker") == READY
            except VerifyTimeout:
                return False
        return self.ready

    def poll_ready(self) -> bool:
        """Has sympy been imported? Without waiting: an idle worker's readiness is only known once read."""
        if not self.ready and select.select([self.reader.fd], [], [], 0)[0]:
            try:
                return self.wait_ready(1.0)  # its message is there
            except EOFError:
                return False
        return self.ready

    def ask(self, tree_a, tree_b, deadline: Deadline):
        write_message(self.proc.stdin, (0, tree_a, tree_b))
        return self.reader.read(deadline, "sympy simplification")[1]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


class _Pool:
    """The workers of one process: idle ones in a list, busy ones held by the calling thread."""

    def __init__(self):
        self.cond = threading.Condition()
        self.idle: list[_Worker] = []
        self.workers: list[_Worker] = []
        self.pid = os.getpid()

    def acquire(self, deadline: Deadline) -> _Worker:
        with self.cond:
            while True:
                self.idle = [w for w in self.idle if w.alive()]
                self.workers = [w for w in self.workers if w in self.idle or w.alive()]
                if self.idle:
                    ready = [w for w in self.idle if w.poll_ready()]
                    worker = (ready or self.idle)[-1]
                    self.idle.remove(worker)
                    return worker
                if len(self.workers) < MAX_WORKERS:
                    return self._start()
                if deadline.remaining() <= 0 or not self.cond.wait(deadline.remaining()):
                    raise VerifyTimeout(f"all {MAX_WORKERS} sympy workers stayed busy past the time limit",
                                        what="sympy worker pool")

    def release(self, worker: _Worker) -> None:
        with self.cond:
            self.idle.append(worker)
            self.cond.notify()

    def replace(self, worker: _Worker) -> None:
        """Kill ``worker`` (busy past its deadline, or broken) and start its successor now."""
        worker.kill()
        with self.cond:
            self.workers = [w for w in self.workers if w is not worker]
            self.idle.append(self._start())
            if len(self.idle) < 2 and len(self.workers) < MAX_WORKERS:
                self.idle.append(self._start())  # a spare: in a run of hostile requests each finds one warm
            self.cond.notify()

    def prestart(self) -> None:
        with self.cond:
            if not self.workers:
                self.idle.append(self._start())

    def _start(self) -> _Worker:
        worker = _Worker()
        self.workers.append(worker)
        return worker

    def close(self) -> None:
        with self.cond:
            for worker in self.workers:
                worker.kill()
            self.workers, self.idle = [], []


_POOL = _Pool()
_INHERITED: list = []  # a forked child keeps its parent's worker objects (never uses them, never closes them)


def _after_fork_in_child() -> None:
    global _POOL
    _INHERITED.append(_POOL)
    _POOL = _Pool()


os.register_at_fork(after_in_child=_after_fork_in_child)


@atexit.register
def _stop_workers() -> None:
    if _POOL.pid == os.getpid():
        _POOL.close()


def prestart() -> None:
    """Start a worker now (it imports sympy in the background) unless this process has one."""
    _POOL.prestart()


def worker_pids() -> list[int]:
    """Process ids of this process's sympy workers (for tests and monitoring).

    >>> isinstance(worker_pids(), list)
    True
    """
    with _POOL.cond:
        return [w.proc.pid for w in _POOL.workers if w.alive()]


def sympy_equal(tree_a, tree_b, deadline: Deadline) -> bool | None:
    """Does sympy simplify ``a - b`` to zero? None if it cannot tell; VerifyTimeout past the deadline."""
    worker = _POOL.acquire(deadline)
    try:
        _wait_for_import(worker, deadline)
        answer = worker.ask(tree_a, tree_b, deadline)
    except VerifyTimeout:
        if worker.ready:  # the request was sent and may be computing: stop it now, start a fresh worker
            _POOL.replace(worker)
        else:  # still importing sympy: no request was sent, nothing to stop
            _POOL.release(worker)
        raise
    except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
        logger.warning("sympy worker failed: %r", exc)
        _POOL.replace(worker)
        return None
    _POOL.release(worker)
    return answer


def _wait_for_import(worker: _Worker, deadline: Deadline) -> None:
    """Wait for ``worker`` to import sympy, and give the request that time back."""
    if worker.ready:
        return
    start = time.perf_counter()
    if not worker.wait_ready(STARTUP_TIMEOUT_S):
        raise VerifyTimeout(f"the sympy worker did not start within {STARTUP_TIMEOUT_S} s", what="sympy worker start")
    deadline.extend(time.perf_counter() - start)
