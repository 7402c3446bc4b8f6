"""Verify a batch in order, serially or across worker processes, never losing a sample.

Each verification already has its own hard time limit (``verifiers`` bounds in-process work and kills
its sympy worker), so a serial batch costs at most ``timeout`` per sample. Across processes, a chunk that
overruns its budget or whose worker dies is scored ``timeout``/``error`` and the pool is replaced; the
rest of the batch keeps its verdicts.

>>> from verifiers import VerifyOptions
>>> [v.status.value for v in verify_batch(["0.5 km", "5 s"], ["500 m", "5 m"], [VerifyOptions()] * 2)]
['correct', 'dimension_mismatch']
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os

from verifiers import Status, Verdict, VerifyOptions, verify_with

logger = logging.getLogger(__name__)


def _verify_chunk(items: list, judge=verify_with) -> list[Verdict]:
    return [judge(response, reference, opts) for response, reference, opts in items]


class WorkerPool:
    """A lazily started process pool that is rebuilt after a crash or a stuck chunk. Not picklable
    state: a copy of a reward gets a fresh (unstarted) pool."""

    def __init__(self, workers: int, start_method: str = "spawn"):
        self.workers, self.start_method, self._pool = workers, start_method, None

    def map_chunks(self, chunks: list[list], budget_s: list[float], judge=verify_with) -> list[list[Verdict]]:
        pool = self._get()
        futures = [pool.submit(_verify_chunk, chunk, judge) for chunk in chunks]
        out, broken = [], False
        for chunk, future, budget in zip(chunks, futures, budget_s):
            try:
                out.append(future.result(timeout=budget))
            except cf.TimeoutError:
                logger.warning("a chunk of %d samples overran %.1f s; scoring it as timeout", len(chunk), budget)
                out.append([Verdict.make(Status.TIMEOUT, "worker overran the batch time limit")] * len(chunk))
                broken = True
            except (cf.process.BrokenProcessPool, OSError, RuntimeError) as exc:
                logger.warning("a verification worker died (%r); scoring its %d samples as error", exc, len(chunk))
                out.append([Verdict.make(Status.ERROR, f"verification worker died: {exc!r}")] * len(chunk))
                broken = True
        if broken:
            self.close()
        return out

    def _get(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context(self.start_method)
            self._pool = cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.kill()  # a stuck worker would otherwise block shutdown
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def verify_batch(responses: list, references: list, options: list[VerifyOptions], *,
                 pool: WorkerPool | None = None, parallel_threshold: int = 256, judge=verify_with) -> list[Verdict]:
    """Verdicts for parallel lists, in order; across ``pool`` when the batch has at least
    ``parallel_threshold`` samples, else serially in this thread."""
    items = list(zip(responses, references, options))
    if pool is None or pool.workers < 2 or len(items) < parallel_threshold:
        return _verify_chunk(items, judge)
    size = -(-len(items) // pool.workers)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    # each sample may take its own limit; the first call also pays for starting the workers
    budgets = [sum(opts.timeout for _, _, opts in chunk) + 30.0 for chunk in chunks]
    return [verdict for chunk in pool.map_chunks(chunks, budgets, judge) for verdict in chunk]


def default_workers() -> int:
    return max(1, min(8, (os.cpu_count() or 1)))
