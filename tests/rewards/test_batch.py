"""Batches across helper processes: order kept, nothing lost to infrastructure, any script works."""

import importlib.util
import os
import sys
import textwrap

import pytest

from rewards import PhysicsReward
from rewards.batch import WorkerPool, verify_batch
from verifiers import Status, VerifyOptions, verify_with

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("reward_speed", os.path.join(ROOT, "bench", "reward_speed.py"))
reward_speed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reward_speed)

# A judge importable by the helpers (they get this process's sys.path): it misbehaves only in a helper.
_JUDGES = textwrap.dedent("""
    import os, time
    from verifiers import verify_with
    PARENT = int(os.environ["BATCH_TEST_PARENT"])

    def crashing(response, reference, opts):
        if response == "crash" and os.getpid() != PARENT:
            os._exit(3)  # a helper dying mid-batch, as a segfault would
        return verify_with(response, reference, opts)

    def raising(response, reference, opts):
        if response == "raise" and os.getpid() != PARENT:
            raise RuntimeError("judge bug")
        return verify_with(response, reference, opts)

    def stuck(response, reference, opts):
        if response == "stuck":
            time.sleep(60)
        return verify_with(response, reference, opts)
""")


@pytest.fixture
def judges(tmp_path, monkeypatch):
    (tmp_path / "batch_test_judges.py").write_text(_JUDGES)
    monkeypatch.setenv("BATCH_TEST_PARENT", str(os.getpid()))
    monkeypatch.syspath_prepend(str(tmp_path))
    import batch_test_judges
    yield batch_test_judges
    sys.modules.pop("batch_test_judges", None)


@pytest.fixture
def pool():
    pool = WorkerPool(2)
    yield pool
    pool.close()


def test_parallel_batch_keeps_order_and_matches_serial():
    responses = [rf"\boxed{{{i} m}}" for i in range(40)]
    references = [f"{i if i % 3 else i + 1} m" for i in range(40)]
    reward = PhysicsReward(workers=2, parallel_threshold=10)
    try:
        parallel = reward(responses, answer=references)
    finally:
        reward.close()
    serial = PhysicsReward()(responses, answer=references)
    assert parallel == serial
    assert parallel.count(1.0) == sum(1 for i in range(40) if i % 3)


def test_regression_calls_from_two_threads_get_their_own_rewards():
    """helper-48: two threads calling one ``workers=2`` reward read each other's replies from the shared helper
    pipes (equal-length chunks passed the length check, so nothing was logged)."""
    from concurrent.futures import ThreadPoolExecutor
    reward = PhysicsReward(workers=2, parallel_threshold=8)
    right = ([r"\boxed{1 m}"] * 16, ["1 m"] * 16)
    wrong = ([r"\boxed{1 m}"] * 16, ["2 m"] * 16)
    try:
        with ThreadPoolExecutor(2) as executor:
            futures = [executor.submit(lambda batch: reward(batch[0], answer=batch[1]), right if i % 2 else wrong)
                       for i in range(24)]
            results = [future.result() for future in futures]
    finally:
        reward.close()
    assert all(result == ([1.0] * 16 if i % 2 else [0.0] * 16) for i, result in enumerate(results))


@pytest.mark.parametrize("judge_name, bad", [
    ("crashing", "crash"),  # the helper process dies: its chunk was zeroed before (170 of 512 right)
    ("raising", "raise"),  # the judge raises inside the helper
])
def test_regression_a_failed_helpers_chunk_is_rescored_not_zeroed(judges, pool, judge_name, bad):
    responses = ["1 m"] * 8 + [bad]
    verdicts = verify_batch(responses, ["1 m"] * 9, [VerifyOptions()] * 9, pool=pool, parallel_threshold=2,
                            judge=getattr(judges, judge_name))
    assert verdicts == [verify_with(r, "1 m", VerifyOptions()) for r in responses]  # as if scored here


def test_a_stuck_helper_is_scored_timeout_within_its_budget(judges, pool):
    opts = VerifyOptions(timeout=0.2)
    pool.map_chunks([[("1 m", "1 m", opts)], [("1 m", "1 m", opts)]], [60.0, 60.0], judge=judges.stuck)  # warm
    results = pool.map_chunks([[("1 m", "1 m", opts)], [("stuck", "1 m", opts)]], [30.0, 1.0], judge=judges.stuck)
    assert results[0][0].status is Status.CORRECT
    assert results[1][0].status is Status.TIMEOUT


def test_small_batches_and_the_default_stay_serial(pool):
    verdicts = verify_batch(["1 m"], ["1 m"], [VerifyOptions()], pool=pool, parallel_threshold=256)
    assert verdicts[0].correct and not pool.started  # no process was started
    reward = PhysicsReward()
    reward([r"\boxed{1 m}"] * 300, answer=["1 m"] * 300)
    assert reward.workers == 1 and not reward._pool.started


@pytest.mark.parametrize("setup", [
    "from rewards import physics_reward as reward",  # the default: serial, in-process
    "from rewards import make_physics_reward; reward = make_physics_reward(workers=2, parallel_threshold=64)",
])
def test_regression_a_script_without_a_main_guard_gets_every_reward_right(tmp_path, setup):
    # before: a spawn pool re-ran the script in each worker, every worker died, 342 of 512 rewards were 0
    script = tmp_path / "no_guard.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{ROOT!r}, {os.path.join(ROOT, "bench")!r}]
        from reward_speed import make_batch
        {setup}
        completions, answers, expected = make_batch(64, 8)
        rewards = reward(completions, answer=answers)
        print(sum(r == e for r, e in zip(rewards, expected)), len(rewards))
    """))
    import subprocess
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.stdout.split() == ["512", "512"], out.stderr[-3000:]


def test_the_bench_batch_knows_its_rewards():
    completions, answers, expected = reward_speed.make_batch(8, 4)
    assert len(completions) == len(answers) == len(expected) == 32
    assert PhysicsReward()(completions, answer=answers) == expected
