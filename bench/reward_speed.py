"""Throughput of physics_reward on a GRPO-sized batch: the serial default, the opt-in parallel path,
math-verify on the same batch, a plain script without a main guard, and what one hostile completion costs.

    python bench/reward_speed.py [--prompts 64] [--generations 8] [--workers 2]

The batch is ``prompts x generations`` realistic completions (about 1-2 kB of reasoning ending in an
answer: numbers with units, symbolic and choice answers, right and wrong) with the reward each should get.
math-verify (``pip install -e ".[bench]"``) is timed on the same batch in the same run, and a script with
no ``if __name__ == "__main__":`` guard scores the batch with the default ``physics_reward`` in a fresh
process, checking every reward and printing its speed against math-verify's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from rewards import PhysicsReward, physics_reward  # noqa: E402  (after the path, for a plain checkout)

logger = logging.getLogger("bench")

_REASONING = ("We start from Newton's second law, $F = ma$, and the kinematic relation "
              "$v^2 = v_0^2 + 2 a d$. Substituting the given values, $a = \\frac{{F}}{{m}} = "
              "\\frac{{{f} \\text{{ N}}}}{{{m} \\text{{ kg}}}}$, and the work done is $W = F d$. ")
_ANSWERS = [  # (reference, [(completion ending, the reward it should get)])
    ("{v} m/s", [("\\boxed{{{v} \\text{{ m/s}}}}", 1.0), ("\\boxed{{{kmh} km/h}}", 1.0), ("\\boxed{{{w} m/s}}", 0.0),
                 ("\\boxed{{{v} J}}", 0.0)]),
    ("{e} J", [("\\boxed{{{e} J}}", 1.0), ("\\boxed{{{ke} kJ}}", 1.0), ("Answer: {e} N m", 1.0), ("\\boxed{{{w2}}}", 0.0)]),
    ("\\frac{{m v^2}}{{2}}", [("\\boxed{{\\frac{{1}}{{2}} m v^{{2}}}}", 1.0), ("\\boxed{{m v^2}}", 0.0),
                              ("\\boxed{{E = m v^2 / 2}}", 1.0)]),
    ("B", [("\\boxed{{B}}", 1.0), ("The answer is (C).", 0.0), ("\\boxed{{\\text{{(B)}}}}", 1.0)]),
]

# Run as a file of its own: a user's quick script, with no main guard (a spawn pool would re-run it).
NO_GUARD_SCRIPT = """
import json, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from reward_speed import make_batch, math_verify_rewards
from rewards import physics_reward
completions, answers, expected = make_batch({prompts}, {generations})
start = time.perf_counter()
rewards = physics_reward(completions, answer=answers)
seconds = time.perf_counter() - start
result = dict(n=len(rewards), right=sum(r == e for r, e in zip(rewards, expected)), seconds=seconds)
if {compare}:
    start = time.perf_counter()
    math_verify_rewards(completions, answers)
    result["math_verify_seconds"] = time.perf_counter() - start
print(json.dumps(result))
"""


def make_batch(prompts: int, generations: int, seed: int = 0) -> tuple[list[str], list[str], list[float]]:
    """Completions, their gold answers and the reward each should get."""
    rng = random.Random(seed)
    completions, answers, expected = [], [], []
    for _ in range(prompts):
        reference, endings = rng.choice(_ANSWERS)
        values = dict(v=rng.randint(2, 90), e=rng.randint(10, 900), w=rng.randint(100, 999), f=rng.randint(1, 50),
                      m=rng.randint(1, 20))
        values.update(kmh=values["v"] * 3.6, ke=values["e"] / 1000, w2=2 * values["e"] + 1)
        for _ in range(generations):
            ending, reward = rng.choice(endings)
            completions.append(_REASONING.format(**values) * rng.randint(3, 7) + " Therefore " + ending.format(**values))
            answers.append(reference.format(**values))
            expected.append(reward)
    return completions, answers, expected


def math_verify_rewards(completions: list[str], answers: list[str]) -> list[float]:
    """The same batch scored as TRL's accuracy_reward does, with math-verify."""
    from math_verify import parse, verify
    return [float(verify(parse(f"${gold}$"), parse(text))) for text, gold in zip(completions, answers)]


def run_no_guard_script(prompts: int, generations: int, compare: bool) -> dict:
    """Score the batch from a plain script without a main guard, in a fresh Python process."""
    script = NO_GUARD_SCRIPT.format(root=ROOT, bench=os.path.join(ROOT, "bench"), prompts=prompts,
                                    generations=generations, compare=compare)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "score_batch.py")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(script)
        out = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=600, cwd=folder)
    if out.returncode != 0:
        raise RuntimeError(f"the script failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _time(call, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--generations", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    completions, answers, expected = make_batch(args.prompts, args.generations)
    n = len(completions)
    logger.info("batch: %d completions, mean %.0f characters", n, sum(map(len, completions)) / n)

    physics_reward(completions[:8], answer=answers[:8])  # warm-up: imports, unit registry
    t_serial = _time(lambda: physics_reward(completions, answer=answers))
    right = sum(r == e for r, e in zip(physics_reward(completions, answer=answers), expected))
    logger.info("serial (default):   %7.3f s  %8.0f samples/s  %d/%d rewards right", t_serial, n / t_serial, right, n)

    parallel = PhysicsReward(workers=args.workers, parallel_threshold=1)
    parallel(completions, answer=answers)  # start the helper processes once
    t_parallel = _time(lambda: parallel(completions, answer=answers))
    parallel.close()
    logger.info("parallel (%d proc):  %7.3f s  %8.0f samples/s  (%.2fx serial)", args.workers, t_parallel,
                n / t_parallel, t_serial / t_parallel)

    try:
        math_verify_rewards(completions[:8], answers[:8])
        t_mv = _time(lambda: math_verify_rewards(completions, answers), repeats=1)
        logger.info("math-verify:        %7.3f s  %8.0f samples/s  (serial default is %.1fx faster)", t_mv, n / t_mv,
                    t_mv / t_serial)
    except ImportError:
        logger.info("math-verify: not installed (pip install -e '.[bench]')")
        t_mv = None

    script = run_no_guard_script(args.prompts, args.generations, compare=t_mv is not None)
    ratio = script["math_verify_seconds"] / script["seconds"] if "math_verify_seconds" in script else float("nan")
    logger.info("script, no main guard, default physics_reward: %7.3f s, %d/%d rewards right, %.1fx faster than "
                "math-verify in the same run", script["seconds"], script["right"], script["n"], ratio)

    hostile = {
        "deep nesting": ("\\boxed{" + "(" * 1000 + "1" + ")" * 1000 + "}", answers[0]),
        "tower of powers": ("\\boxed{10^{10^{10^{10}}}}", answers[0]),
        "1 MB of text": ("x" * 1_000_000, answers[0]),
        "repeated choice letters": ("\\boxed{" + "A " * 40 + "1}", "A, B"),
        "sympy pushed to the time limit": ("\\boxed{x^{10^{10^{10}}}}", "x^{10^{10^{10}}} + 1"),
    }
    for label, (bad, reference) in hostile.items():
        batch, refs = completions[:-1] + [bad], answers[:-1] + [reference]
        t_bad = _time(lambda: physics_reward(batch, answer=refs))
        t_clean = _time(lambda: physics_reward(completions, answer=answers))  # measured alongside: load varies
        logger.info("one hostile (%s): %7.3f s, %+.3f s over the clean batch (%+.0f%%)", label, t_bad,
                    t_bad - t_clean, 100 * (t_bad - t_clean) / t_clean)


if __name__ == "__main__":
    main()
