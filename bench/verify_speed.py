"""Verifications per second and latency of ``verifiers.verify`` beside math-verify, in one process.

    pip install -e ".[bench]" && python bench/verify_speed.py [--rounds 20] [--out docs/results/verify_speed]

Prints, per answer kind and overall: checks/s and p50/p99 latency for ours (reference cache cleared
before every call, so each call parses both sides) and for math-verify (``parse`` both + ``verify``),
their ratio, and how many of the set each judges as a physicist would. ``--repeat N`` measures N times
and reports the run with the median ratio, listing all ratios; ``--out`` also writes that report to
``OUT.md``. Both judges run in the same process, one after the other, so the ratio holds on a
busy machine better than either rate does.
"""

from __future__ import annotations

import argparse
import logging
import platform
import statistics
import time
from pathlib import Path

from verifiers import verify
from verifiers.quantity import to_quantity
from verifiers.reference import parse_reference

logger = logging.getLogger("bench")

# (kind, response, reference, physically correct?)
CASES = [
    ("units", "0.5 km", "500 m", True), ("units", "5 s", "5 m", False), ("units", "1.2 kN", "1200 N", True),
    ("units", r"\boxed{9.8\,\mathrm{m/s^2}}", "9.8 m/s^2", True), ("units", "72 km/h", "20 m/s", True),
    ("units", "12 J", "12 N", False), ("units", r"4.8 $\mathrm{~km}$", "4800 m", True),
    ("units", r"1.7 \times 10^{8} N", r"1.7 $10^8 \mathrm{~N}$", True), ("units", "298.15 K", r"25\,^{\circ}\mathrm{C}", True),
    ("units", r"5\,\mu\mathrm{C}", "5e-6 C", True), ("units", "1 atm", "101.325 kPa", True),
    ("units", "8.314 J/(mol K)", r"8.314 \mathrm{~J} \mathrm{~mol}^{-1} \mathrm{~K}^{-1}", True),
    ("numbers", "3.1416", "3.14", True), ("numbers", "2e-9", "1e-9", False), ("numbers", r"\frac{1}{2}", "0.5", True),
    ("numbers", r"3.2 \times 10^{4}", "32000", True), ("numbers", "1,234", "1234", True), ("numbers", "-9.8", "9.8", False),
    ("numbers", "The answer is \\boxed{42}.", "42", True), ("numbers", r"2\sqrt{2}", "2.828", True),
    ("symbolic", r"\frac{\sqrt{3} M c^2}{8}", r"\frac{\sqrt{3}}{8} M c^2", True),
    ("symbolic", r"E = \frac{1}{2} m v^2", r"\frac{m v^2}{2}", True), ("symbolic", "r^2", "R^2", False),
    ("symbolic", r"\sqrt{2gh}", r"\sqrt{2 g h}", True), ("symbolic", r"\frac{q}{4\pi\epsilon_0 r^2}", r"\frac{q}{4 \pi \varepsilon_{0} r^{2}}", True),
    ("symbolic", r"2\pi\sqrt{L/g}", r"2 \pi \sqrt{\frac{L}{g}}", True), ("symbolic", "m g h", r"\frac{m v^2}{2}", False),
    ("choice", "(B)", "B", True), ("choice", r"\boxed{C}", "B", False), ("tuple", "(1, 2, 3)", "(1, 2, 3)", True),
]


def _ours(response, reference):
    parse_reference.cache_clear()  # as for math-verify below: no call reuses another call's work
    to_quantity.cache_clear()
    return verify(response, reference).correct


def _math_verify():
    try:
        from math_verify import parse, verify as mv_verify
        from math_verify import parser as mv_parser
    except ImportError:
        return None
    caches = [getattr(mv_parser, name) for name in ("parse_latex_cached", "parse_expr_cached", "extract_latex")
              if hasattr(getattr(mv_parser, name, None), "cache_clear")]

    def judge(response, reference):
        for cached in caches:  # as for ours: every call parses both sides
            cached.cache_clear()
        return bool(mv_verify(parse(reference), parse(response)))
    return judge


def _measure(judge, rounds):
    times, verdicts = {}, {}
    for _ in range(rounds):
        for index, (kind, response, reference, _) in enumerate(CASES):
            start = time.perf_counter()
            verdicts[index] = judge(response, reference)
            times.setdefault(kind, []).append(time.perf_counter() - start)
    return times, verdicts


def _row(name, samples):
    samples = sorted(samples)
    rate = len(samples) / sum(samples)
    p50, p99 = statistics.median(samples), samples[min(len(samples) - 1, int(0.99 * len(samples)))]
    line = f"  {name:<10} {rate:10.0f} checks/s   p50 {p50 * 1e3:7.3f} ms   p99 {p99 * 1e3:7.3f} ms"
    logger.info(line)
    return rate, line


def _run(judges: dict, rounds: int) -> tuple[list[str], float | None]:
    """One measurement of every judge: the report's lines and the speed ratio (None without math-verify)."""
    rates, report = {}, []
    for name, judge in judges.items():
        times, verdicts = _measure(judge, rounds)
        right = sum(verdicts[i] == case[3] for i, case in enumerate(CASES))
        report.append(f"{name}: judged {right}/{len(CASES)} as a physicist would")
        logger.info(report[-1])
        for kind, samples in times.items():
            report.append(_row(kind, samples)[1])
        non_symbolic = [t for kind, s in times.items() if kind != "symbolic" for t in s]
        report.append(_row("non-symb.", non_symbolic)[1])
        rates[name], line = _row("all", [t for s in times.values() for t in s])
        report.append(line)
    if len(rates) < 2:
        return report, None
    ratio = rates["verifiers"] / rates["math-verify"]
    report.append(f"speed ratio verifiers / math-verify: {ratio:.1f}x")
    logger.info(report[-1])
    return report, ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=1, help="measure this many times; report the median run")
    parser.add_argument("--out", type=Path, help="also write the report to OUT.md")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("math_verify").setLevel(logging.CRITICAL)
    judges = {"verifiers": _ours, "math-verify": _math_verify()}
    if judges["math-verify"] is None:
        logger.info("math-verify is not installed: pip install -e '.[bench]'")
        del judges["math-verify"]
    for judge in judges.values():
        judge(*CASES[0][1:3])  # warm-up: imports, registry
    runs = sorted((_run(judges, args.rounds) for _ in range(args.repeat)), key=lambda run: run[1] or 0.0)
    report, ratio = runs[len(runs) // 2]
    if args.repeat > 1 and ratio is not None:
        ratios = ", ".join(f"{run[1]:.1f}" for run in runs)
        report.append(f"median of {args.repeat} runs (the run shown); all ratios, sorted: {ratios}")
        logger.info(report[-1])
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.with_suffix(".md").write_text(
            f"# verify speed\n\n`python bench/verify_speed.py --rounds {args.rounds} --repeat {args.repeat} "
            f"--out {args.out}`, Python {platform.python_version()}, {len(CASES)} cases x {args.rounds} rounds.\n\n"
            "```\n" + "\n".join(report) + "\n```\n")


if __name__ == "__main__":
    main()
