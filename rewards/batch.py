"""Verify a batch in order, serially or across helper processes, never losing a sample.

Each verification already has its own hard time limit (``verifiers`` bounds in-process work and kills
its sympy workers), so a serial batch costs at most ``timeout`` per sample; serial is the default.
Across processes (opt-in), the helpers are started with ``subprocess`` (``rewards.batch_worker``), so a
script without an ``if __name__ == "__main__":`` guard works. A chunk whose helper dies or fails is
re-scored in this process; one that overruns its budget (sum of its samples' limits plus start-up) is
scored ``timeout`` and its helper killed. The rest of the batch keeps its verdicts.

>>> from verifiers import VerifyOptions
>>> [v.status.value for v in verify_batch(["0.5 km", "5 s"], ["500 m", "5 m"], [VerifyOptions()] * 2)]
['correct', 'dimension_mismatch']
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import sys
import threading
import weakref

from verifiers import Status, Verdict, VerifyOptions, verify_with
from verifiers import child_process
from verifiers.ipc import MessageReader, write_message
from verifiers.limits import Deadline, VerifyTimeout

logger = logging.getLogger(__name__)
STARTUP_S = 60.0  # a helper's imports (verifiers, pint) on a loaded machine, added to a chunk's budget
_POOLS: weakref.WeakSet = weakref.WeakSet()


def _verify_chunk(items: list, judge=verify_with) -> list[Verdict]:
    return [judge(response, reference, opts) for response, reference, opts in items]


class _Helper:
    def __init__(self):
        self.proc = child_process.start("rewards.batch_worker")
        self.reader = MessageReader(self.proc.stdout.fileno())
        self.ready = False
        write_message(self.proc.stdin, ("path", list(sys.path)))

    def send(self, judge_blob: bytes, chunk: list) -> None:
        write_message(self.proc.stdin, (judge_blob, chunk))

    def receive(self, deadline: Deadline):
        while not self.ready:
            self.ready = self.reader.read(deadline, "a verification helper") == "ready"
        return self.reader.read(deadline, "a verification helper")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


class WorkerPool:
    """Helper processes, started on first use and kept warm; a dead or stuck one is replaced. Calls from
    several threads take turns. Not picklable state: a copy of a reward gets a fresh (unstarted) pool."""

    def __init__(self, workers: int):
        self.workers = workers
        self._helpers: list[_Helper] = []
        self._lock = threading.Lock()  # one batch at a time: a helper's pipe carries one request and its reply
        self._pid = os.getpid()
        _POOLS.add(self)

    @property
    def started(self) -> bool:
        return bool(self._helpers)

    def map_chunks(self, chunks: list[list], budget_s: list[float], judge=verify_with) -> list[list[Verdict]]:
        """Verdicts for each chunk, one chunk per helper, in order."""
        try:
            judge_blob = pickle.dumps(judge)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            logger.warning("the judge cannot be sent to a helper process (%r); scoring in-process", exc)
            return [_verify_chunk(chunk, judge) for chunk in chunks]
        with self._lock:  # (calls from two threads would read each other's replies)
            return self._map(judge_blob, chunks, budget_s, judge)

    def _map(self, judge_blob: bytes, chunks: list[list], budget_s: list[float], judge) -> list[list[Verdict]]:
        helpers = self._get(len(chunks))
        deadlines: list[Deadline | None] = []
        for helper, chunk, budget in zip(helpers, chunks, budget_s):
            deadlines.append(Deadline(budget + (0 if helper.ready else STARTUP_S)))
            try:
                helper.send(judge_blob, chunk)
            except (OSError, ValueError, pickle.PicklingError, TypeError, AttributeError) as exc:
                logger.warning("cannot send %d samples to a helper (%r); scoring them here", len(chunk), exc)
                deadlines[-1] = None
        return [self._collect(helper, chunk, deadline, judge)
                for helper, chunk, deadline in zip(helpers, chunks, deadlines)]

    def _collect(self, helper: _Helper, chunk: list, deadline: Deadline | None, judge) -> list[Verdict]:
        if deadline is None:
            self._drop(helper)
            return _verify_chunk(chunk, judge)
        try:
            kind, result = helper.receive(deadline)
        except VerifyTimeout:
            logger.warning("a chunk of %d samples overran its time budget; scoring it as timeout", len(chunk))
            self._drop(helper)
            return [Verdict.make(Status.TIMEOUT, "helper process overran the batch time limit")] * len(chunk)
        except (EOFError, OSError, ValueError, TypeError, pickle.UnpicklingError, AttributeError) as exc:
            logger.warning("a verification helper died (%r); re-scoring its %d samples here", exc, len(chunk))
            self._drop(helper)
            return _verify_chunk(chunk, judge)
        if kind == "done" and len(result) == len(chunk):
            return result
        logger.warning("a verification helper failed on %d samples (%s); re-scoring them here", len(chunk), result)
        return _verify_chunk(chunk, judge)

    def _get(self, count: int) -> list[_Helper]:
        if self._pid != os.getpid():  # a forked copy: the parent's helpers are not ours
            self._helpers, self._pid = [], os.getpid()
        self._helpers = [h for h in self._helpers if h.proc.poll() is None]
        while len(self._helpers) < min(count, self.workers):
            self._helpers.append(_Helper())
        return self._helpers[:count]

    def _drop(self, helper: _Helper) -> None:
        helper.kill()
        self._helpers = [h for h in self._helpers if h is not helper]

    def close(self) -> None:
        if self._pid == os.getpid():
            for helper in self._helpers:
                helper.kill()
        self._helpers = []


@atexit.register
def _close_pools() -> None:
    for pool in list(_POOLS):
        pool.close()


def verify_batch(responses: list, references: list, options: list[VerifyOptions], *,
                 pool: WorkerPool | None = None, parallel_threshold: int = 256, judge=verify_with) -> list[Verdict]:
    """Verdicts for parallel lists, in order; across ``pool`` when it has two or more workers and the
    batch has at least ``parallel_threshold`` samples, else serially in this thread."""
    items = list(zip(responses, references, options))
    if pool is None or pool.workers < 2 or len(items) < parallel_threshold:
        return _verify_chunk(items, judge)
    size = -(-len(items) // pool.workers)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    budgets = [sum(opts.timeout for _, _, opts in chunk) + 10.0 for chunk in chunks]
    return [verdict for chunk in pool.map_chunks(chunks, budgets, judge) for verdict in chunk]
