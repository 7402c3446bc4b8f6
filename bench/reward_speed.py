"""Throughput of physics_reward on a GRPO-sized batch, serial and across processes, and what one
hostile completion costs.

    python bench/reward_speed.py [--prompts 64] [--generations 8] [--workers 2]

Prints samples/s for a batch of ``prompts x generations`` realistic completions (about 1-2 kB of
reasoning ending in a boxed answer, a mix of numeric-with-units, symbolic and choice answers), serially
and in parallel, then the extra time one hostile completion adds to the batch, as a share of the batch.
"""

from __future__ import annotations

import argparse
import logging
import random
import time

from rewards import PhysicsReward

logger = logging.getLogger("bench")

_REASONING = ("We start from Newton's second law, $F = ma$, and the kinematic relation "
              "$v^2 = v_0^2 + 2 a d$. Substituting the given values, $a = \\frac{{F}}{{m}} = "
              "\\frac{{{f} \\text{{ N}}}}{{{m} \\text{{ kg}}}}$, and the work done is $W = F d$. ")
_ANSWERS = [  # (reference, list of completion endings)
    ("{v} m/s", ["\\boxed{{{v} \\text{{ m/s}}}}", "\\boxed{{{kmh} km/h}}", "\\boxed{{{w} m/s}}", "\\boxed{{{v} J}}"]),
    ("{e} J", ["\\boxed{{{e} J}}", "\\boxed{{{ke} kJ}}", "Answer: {e} N m", "\\boxed{{{w}}}"]),
    ("\\frac{{m v^2}}{{2}}", ["\\boxed{{\\frac{{1}}{{2}} m v^{{2}}}}", "\\boxed{{m v^2}}", "\\boxed{{E = m v^2 / 2}}"]),
    ("B", ["\\boxed{{B}}", "The answer is (C).", "\\boxed{{\\text{{(B)}}}}"]),
]


def make_batch(prompts: int, generations: int, seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    completions, answers = [], []
    for _ in range(prompts):
        reference, endings = rng.choice(_ANSWERS)
        values = dict(v=rng.randint(2, 90), e=rng.randint(10, 900), w=rng.randint(100, 999), f=rng.randint(1, 50),
                      m=rng.randint(1, 20))
        values["kmh"], values["ke"] = values["v"] * 3.6, values["e"] / 1000
        for _ in range(generations):
            text = _REASONING.format(**values) * rng.randint(3, 7)
            completions.append(text + " Therefore " + rng.choice(endings).format(**values))
            answers.append(reference.format(**values))
    return completions, answers


def _time(reward, completions, answers, repeats=3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        reward(completions, answer=answers)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--generations", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    completions, answers = make_batch(args.prompts, args.generations)
    n = len(completions)
    size = sum(map(len, completions)) / n
    logger.info("batch: %d completions, mean %.0f characters", n, size)

    serial = PhysicsReward(workers=1)
    serial(completions[:8], answer=answers[:8])  # warm-up: imports, unit registry
    t_serial = _time(serial, completions, answers)
    logger.info("serial:            %7.3f s  %8.0f samples/s", t_serial, n / t_serial)

    parallel = PhysicsReward(workers=args.workers, parallel_threshold=1)
    parallel(completions, answer=answers)  # start the workers once
    t_parallel = _time(parallel, completions, answers)
    parallel.close()
    logger.info("parallel (%d proc): %7.3f s  %8.0f samples/s  (%.2fx serial)", args.workers, t_parallel,
                n / t_parallel, t_serial / t_parallel)

    hostile = {
        "deep nesting": ("\\boxed{" + "(" * 1000 + "1" + ")" * 1000 + "}", answers[0]),
        "tower of powers": ("\\boxed{10^{10^{10^{10}}}}", answers[0]),
        "1 MB of text": ("x" * 1_000_000, answers[0]),
        "sympy pushed to the time limit": ("\\boxed{x^{10^{10^{10}}}}", "x^{10^{10^{10}}} + 1"),
    }
    for label, (bad, reference) in hostile.items():
        batch, refs = completions[:-1] + [bad], answers[:-1] + [reference]
        t_bad = _time(serial, batch, refs, repeats=1)
        logger.info("one hostile (%s): %7.3f s, +%.3f s over the clean batch (%.0f%% of it)", label, t_bad,
                    t_bad - t_serial, 100 * (t_bad - t_serial) / t_serial)


if __name__ == "__main__":
    main()
