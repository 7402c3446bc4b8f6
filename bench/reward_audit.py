"""Audit four rewards over the labelled physics corpus and write one comparison table.

    pip install -e ".[train,test,bench]"   # TRL's accuracy_reward needs trl and math-verify
    python bench/reward_audit.py --out docs/results/reward_audit

Rewards: this project's ``physics_reward``; TRL's ``trl.rewards.accuracy_reward`` (math-verify
underneath; gold answers in its ``solution`` column, chat-format completions); a boxed exact-match
reward; a last-number reward. Writes ``OUT.md`` (the table, per category the false-negative rate of
categories that must be paid and the false-positive rate of those that must not) and ``OUT.json``
(every audit's ``to_dict()``), and prints the table. A reward that cannot be imported is left out with a
warning.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch loads (TRL imports it)

from rewards import physics_reward  # noqa: E402
from rewards.testing import audit_reward  # noqa: E402
from rewards.testing.baselines import boxed_exact_match_reward, last_number_reward  # noqa: E402
from rewards.testing.report import markdown_table  # noqa: E402

logger = logging.getLogger("bench")


def _trl_accuracy_reward():
    from trl.rewards import accuracy_reward

    return accuracy_reward


def rewards_to_audit() -> list[tuple[object, str]]:
    """(reward, answer column) pairs; TRL's reward is skipped with a warning when it cannot be imported."""
    chosen = [(physics_reward, "answer")]
    try:
        chosen.append((_trl_accuracy_reward(), "solution"))
    except ImportError as exc:
        logger.warning("TRL's accuracy_reward is unavailable (%s); install the train and bench extras", exc)
    return chosen + [(boxed_exact_match_reward, "answer"), (last_number_reward, "answer")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/results/reward_audit", help="output path without extension")
    parser.add_argument("--time-limit", type=float, default=30.0, help="bounded_time limit per reward (s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("rewards.physics", "math_verify", "latex2sympy2_extended"):
        logging.getLogger(noisy).setLevel(logging.ERROR)  # unreadable golds in the contract checks, by design
    audits = []
    for reward, column in rewards_to_audit():
        start = time.perf_counter()
        audits.append(audit_reward(reward, answer_column=column, time_limit=args.time_limit))
        logger.info("%s: %.1f s", audits[-1].reward_name, time.perf_counter() - start)
    table = markdown_table(audits)
    command = "python bench/reward_audit.py" + (f" --out {args.out}" if argv or len(sys.argv) > 1 else "")
    header = (f"Reward audit over {audits[0].n_cases} labelled cases (paid at reward >= 1.0), "
              f"Python {platform.python_version()}, `{command}`.\n\n")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(f"{args.out}.md").write_text(header + table + "\n", encoding="utf-8")
    Path(f"{args.out}.json").write_text(json.dumps([a.to_dict() for a in audits], indent=1, ensure_ascii=False)
                                        + "\n", encoding="utf-8")
    sys.stdout.write(header + table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
