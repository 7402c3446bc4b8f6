"""Batches across processes: order kept, a crashing or stuck sample costs only itself."""

import os
import time

from rewards import PhysicsReward
from rewards.batch import WorkerPool, verify_batch
from verifiers import Status, VerifyOptions, verify_with


def _crashing_judge(response, reference, opts):
    if response == "crash":
        os._exit(3)  # a worker dying mid-batch, as a segfault would
    return verify_with(response, reference, opts)


def _stuck_judge(response, reference, opts):
    if response == "stuck":
        time.sleep(60)
    return verify_with(response, reference, opts)


def test_parallel_batch_keeps_order_and_matches_serial():
    responses = [rf"\boxed{{{i} m}}" for i in range(40)]
    references = [f"{i if i % 3 else i + 1} m" for i in range(40)]
    reward = PhysicsReward(workers=2, parallel_threshold=10, start_method="fork")
    try:
        parallel = reward(responses, answer=references)
    finally:
        reward.close()
    serial = PhysicsReward(workers=1)(responses, answer=references)
    assert parallel == serial
    assert parallel.count(1.0) == sum(1 for i in range(40) if i % 3)


def test_a_crashing_worker_scores_its_samples_as_error_and_the_batch_completes():
    pool = WorkerPool(2, "fork")
    try:
        responses = ["1 m"] * 8 + ["crash"]
        verdicts = verify_batch(responses, ["1 m"] * 9, [VerifyOptions()] * 9, pool=pool, parallel_threshold=2,
                                judge=_crashing_judge)
    finally:
        pool.close()
    assert len(verdicts) == 9
    assert verdicts[-1].status is Status.ERROR
    assert any(v.status is Status.CORRECT for v in verdicts)  # the other chunk kept its verdicts


def test_a_stuck_worker_is_scored_timeout_within_its_budget():
    pool = WorkerPool(2, "fork")
    opts = VerifyOptions(timeout=0.2)
    start = time.perf_counter()
    try:
        chunks = [[("1 m", "1 m", opts)], [("stuck", "1 m", opts)]]
        results = pool.map_chunks(chunks, [5.0, 1.0], judge=_stuck_judge)
    finally:
        pool.close()
    assert results[0][0].status is Status.CORRECT
    assert results[1][0].status is Status.TIMEOUT
    assert time.perf_counter() - start < 20


def test_small_batches_stay_serial():
    pool = WorkerPool(2, "fork")
    verdicts = verify_batch(["1 m"], ["1 m"], [VerifyOptions()], pool=pool, parallel_threshold=256)
    assert verdicts[0].correct and pool._pool is None  # no process was started
