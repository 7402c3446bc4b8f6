r"""``physics-verify audit MODULE:NAME``: audit a reward function from the command line (and in CI).

    $ physics-verify audit rewards:physics_reward
    $ physics-verify audit my_rewards:accuracy --answer-column solution --json

Prints a scoreboard (or ``RewardAudit.to_dict()`` with ``--json``). Exit status 0 when no exploit or
wrong answer is paid and every contract check passes, 1 otherwise, 2 when the target cannot be loaded.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import Callable

from rewards.testing.audit import audit_reward
from rewards.testing.calling import FORMATS
from rewards.testing.corpus import default_corpus
from rewards.testing.report import scoreboard


class TargetError(ValueError):
    """MODULE:NAME does not name a callable."""


def load_target(spec: str) -> Callable:
    """The callable ``MODULE:NAME`` (NAME may be dotted) names; the current folder is importable.

    >>> load_target("rewards:physics_reward").__name__
    'physics_reward'
    """
    module_name, sep, attribute = spec.partition(":")
    if not sep or not module_name or not attribute:
        raise TargetError(f"{spec!r}: expected MODULE:NAME, e.g. rewards:physics_reward")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        target = importlib.import_module(module_name)
    except ImportError as exc:
        raise TargetError(f"cannot import {module_name!r}: {exc}") from None
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise TargetError(f"{module_name!r} has no attribute {attribute!r}")
        target = getattr(target, part)
    if not callable(target):
        raise TargetError(f"{spec!r} is a {type(target).__name__}, not a callable")
    return target


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="physics-verify audit",
                                     description="Audit a reward function over the labelled physics corpus "
                                                 "and TRL's reward-function contract.")
    parser.add_argument("target", help="MODULE:NAME of a TRL reward f(completions, **columns) or a "
                                       "judge f(response, reference)")
    parser.add_argument("--json", action="store_true", help="print the whole audit as JSON")
    parser.add_argument("--threshold", type=float, default=1.0, help="a reward >= this counts as paid (default 1)")
    parser.add_argument("--answer-column", default="answer", help="keyword the gold answers go in (default answer)")
    parser.add_argument("--categories", default=None, help="comma-separated categories (default: all)")
    parser.add_argument("--completion-format", choices=FORMATS, default="auto",
                        help="strings, chat messages, or auto (strings unless they raise)")
    parser.add_argument("--no-contract", action="store_true", help="skip the TRL contract checks")
    parser.add_argument("--max-false-negative", type=float, default=None,
                        help="also exit 1 when the false-negative rate is above this")
    parser.add_argument("--worst", type=int, default=10, help="failures to list (default 10)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the audit and print it; see the module docstring for the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        fn = load_target(args.target)
        cases = default_corpus(args.categories.split(",")) if args.categories else None
    except (TargetError, ValueError) as exc:
        sys.stderr.write(f"physics-verify audit: {exc}\n")
        return 2
    audit = audit_reward(fn, threshold=args.threshold, answer_column=args.answer_column, cases=cases,
                         contract=not args.no_contract, completion_format=args.completion_format)
    if args.json:
        sys.stdout.write(json.dumps(audit.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(scoreboard(audit, worst=args.worst) + "\n")
    too_many_misses = args.max_false_negative is not None and audit.false_negative_rate > args.max_false_negative
    return 0 if audit.ok and not too_many_misses else 1
