"""``physics-verify RESPONSE REFERENCE [--json]``: check one answer by hand.
``physics-verify score FILE.jsonl``: score a file of completions (see ``verifiers.score``).
``physics-verify audit MODULE:NAME``: audit a reward function (see ``rewards.testing.cli``).

    $ physics-verify '\\boxed{0.5 km}' '500 m'
    correct: 0.5 kilometer = 500 meter
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from verifiers.grader import verify_with
from verifiers.options import ANSWER_TYPES, VerifyOptions


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="physics-verify", description="Judge a physics answer against a gold answer "
                                           "(or: physics-verify score FILE.jsonl; "
                                           "physics-verify audit MODULE:NAME).")
    parser.add_argument("response", help="a whole completion or a bare answer, e.g. '\\boxed{0.5 km}'")
    parser.add_argument("reference", help="the gold answer, e.g. '500 m'")
    parser.add_argument("--json", action="store_true", help="print the whole Verdict as JSON")
    parser.add_argument("--rel-tol", type=float, default=0.01, help="relative tolerance (default 0.01)")
    parser.add_argument("--abs-tol", type=float, default=0.0, help="absolute tolerance in the reference's unit")
    parser.add_argument("--sig-figs", action="store_true", help="tolerance from the reference's significant figures")
    parser.add_argument("--require-units", action="store_true", help="a bare number is missing_unit")
    parser.add_argument("--answer-type", default="auto", help=f"one of {', '.join(ANSWER_TYPES)}")
    parser.add_argument("--unit", default=None, help="the reference's unit, when given apart from it")
    parser.add_argument("--timeout", type=float, default=1.0, help="time limit in seconds (default 1)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Print the verdict; exit status 0 when correct, 1 when not, 2 on bad options."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "score":
        from verifiers.score import main as score_main
        return score_main(argv[1:])
    if argv and argv[0] == "audit":  # audits a reward function; imported only here (rewards.testing, no torch)
        from rewards.testing.cli import main as audit_main
        return audit_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        opts = VerifyOptions.from_kwargs(rel_tol=args.rel_tol, abs_tol=args.abs_tol, sig_figs=args.sig_figs,
                                         require_units=args.require_units, answer_type=args.answer_type,
                                         reference_unit=args.unit, timeout=args.timeout)
    except (TypeError, ValueError) as exc:
        parser.error(str(exc))
    verdict = verify_with(args.response, args.reference, opts)
    if args.json:
        sys.stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(f"{verdict.status.value}: {verdict.detail}\n")
    return 0 if verdict.correct else 1


if __name__ == "__main__":
    sys.exit(main())
