"""``physics-verify score FILE.jsonl``: score a file of (completion, answer) rows from any model.

Each line is a JSON object with a completion (``completion`` or ``response``), a gold ``answer`` (or
``reference``), optionally a ``topic`` and per-row options (``answer_type``, ``tolerance``, ``unit``...).
Prints accuracy, the count of each Verdict status and a per-topic table; ``--json`` prints them as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

from verifiers.errors import BadRow
from verifiers.grader import verify_with
from verifiers.options import reference_text, row_options

_COMPLETION_KEYS = ("completion", "response", "output", "prediction")
_ANSWER_KEYS = ("answer", "reference", "gold", "solution_answer")


def read_rows(path: str, skip_bad: bool = False) -> tuple[list[dict], list[str]]:
    """Parsed rows and, with ``skip_bad``, the problems of the rows left out (else BadRow on the first)."""
    rows, problems = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(_row(json.loads(line), number))
            except (BadRow, json.JSONDecodeError, TypeError, ValueError) as exc:
                problem = f"{path}:{number}: {exc}"
                if not skip_bad:
                    raise BadRow(problem + " (fix the row, or pass --skip-bad to leave bad rows out)", line=number) from None
                problems.append(problem)
    return rows, problems


def _row(obj, number: int) -> dict:
    if not isinstance(obj, dict):
        raise BadRow("expected a JSON object", line=number)
    completion = next((obj[k] for k in _COMPLETION_KEYS if k in obj), None)
    answer = next((obj[k] for k in _ANSWER_KEYS if k in obj), None)
    if completion is None:
        raise BadRow(f"no completion: add one of the keys {', '.join(_COMPLETION_KEYS)}", line=number)
    try:
        answer = reference_text(answer)  # a list's items (OlympiadBench's ["$500$"]), as the rewards read it
    except TypeError as exc:
        raise BadRow(str(exc), line=number) from None
    if answer is None or answer.strip() == "":
        raise BadRow(f"no gold answer: add one of the keys {', '.join(_ANSWER_KEYS)}", line=number)
    return {"completion": completion, "answer": answer, "topic": str(obj.get("topic", "all")),
            "options": row_options(obj)}


def score_rows(rows: list[dict]) -> dict:
    """Accuracy, status counts and per-topic accuracy of scored rows."""
    statuses, topics = Counter(), defaultdict(lambda: [0, 0])
    for row in rows:
        verdict = verify_with(row["completion"], row["answer"], row["options"])
        statuses[verdict.status.value] += 1
        topics[row["topic"]][0] += verdict.correct
        topics[row["topic"]][1] += 1
    n = len(rows)
    return {"n": n, "accuracy": (statuses["correct"] / n) if n else 0.0, "statuses": dict(statuses.most_common()),
            "topics": {t: {"n": c[1], "accuracy": c[0] / c[1]} for t, c in sorted(topics.items())}}


def format_report(report: dict) -> str:
    lines = [f"accuracy {report['accuracy']:.3f} on {report['n']} rows", "", "status counts:"]
    lines += [f"  {status:24s} {count:6d}" for status, count in report["statuses"].items()]
    lines += ["", f"  {'topic':24s} {'n':>6s} {'accuracy':>9s}"]
    lines += [f"  {topic:24s} {t['n']:6d} {t['accuracy']:9.3f}" for topic, t in report["topics"].items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="physics-verify score", description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a JSONL file of {completion, answer[, topic, ...]} rows")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--skip-bad", action="store_true", help="leave out unreadable rows (they are counted)")
    args = parser.parse_args(argv)
    try:
        rows, problems = read_rows(args.file, args.skip_bad)
    except (BadRow, OSError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    for problem in problems:
        sys.stderr.write(f"skipped {problem}\n")
    report = score_rows(rows)
    report["skipped_rows"] = len(problems)
    sys.stdout.write(json.dumps(report, indent=2) + "\n" if args.json else format_report(report))
    return 0
