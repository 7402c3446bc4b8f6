"""``python -m training.data``: build the bundled splits, check them, or convert a real dataset.

    python -m training.data build [--out datasets] [--sft 3000 --grpo 1500 --test 1000 --seed 0]
    python -m training.data check [--dir datasets]
    python -m training.data convert SOURCE INPUT --out FILE.jsonl [--map question=problem answer=final]
                                    [--on-bad skip|fail]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from training.data.adapters import SOURCES, BadRow, adapt_rows, load_source
from training.data.build import DEFAULT_SIZES, build_splits, build_tiny_splits, read_split, write_splits
from training.data.schema import problems

logger = logging.getLogger("training.data")
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "datasets"


def check_dir(directory) -> dict[str, list[str]]:
    """Every row of every split: schema problems and solution-vs-answer mismatches, by row id."""
    bad = {}
    for path in sorted(Path(directory).rglob("*.jsonl")):
        for row in read_split(path):
            found = problems(row, check_solution=True)
            if found:
                bad[f"{path.relative_to(directory)}:{row.get('id')}"] = found
    return bad


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="python -m training.data", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="generate the bundled splits")
    build.add_argument("--out", default=str(DEFAULT_DIR))
    for name, size in DEFAULT_SIZES.items():
        build.add_argument(f"--{name}", type=int, default=size)
    build.add_argument("--seed", type=int, default=0)
    check = sub.add_parser("check", help="verify every gold answer against its own solution")
    check.add_argument("--dir", default=str(DEFAULT_DIR))
    convert = sub.add_parser("convert", help="map a real dataset into the row schema")
    convert.add_argument("source", choices=SOURCES)
    convert.add_argument("input", help="a .json/.jsonl/.parquet file or a Hub dataset id")
    convert.add_argument("--out", required=True)
    convert.add_argument("--split", default="train")
    convert.add_argument("--map", nargs="*", default=[], help="generic column mapping: field=column ...")
    convert.add_argument("--on-bad", choices=("skip", "fail"), default="skip")
    args = parser.parse_args(argv)

    if args.command == "build":
        stats = write_splits(build_splits(args.sft, args.grpo, args.test, args.seed), args.out)
        logger.info("wrote %s", ", ".join(f"{k}: {v['rows']} rows" for k, v in stats.items()))
        stats = write_splits(build_tiny_splits(args.seed), Path(args.out) / "tiny")
        logger.info("wrote tiny/ %s", ", ".join(f"{k}: {v['rows']} rows" for k, v in stats.items()))
        return 0
    if args.command == "check":
        bad = check_dir(args.dir)
        for row_id, found in bad.items():
            logger.error("%s: %s", row_id, "; ".join(found))
        logger.info("%d bad rows", len(bad))
        return 1 if bad else 0
    try:
        mapping = dict(item.split("=", 1) for item in args.map)
    except ValueError:
        parser.error("--map takes field=column pairs, e.g. --map question=problem answer=final")
    try:
        report = adapt_rows(args.source, load_source(args.input, args.split), mapping, args.on_bad)
    except BadRow as exc:
        logger.error("%s (use --on-bad skip to leave such rows out)", exc)
        return 1
    with open(args.out, "w", encoding="utf-8") as handle:
        for row in report.rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    logger.info("wrote %d rows to %s; skipped %d bad rows", len(report.rows), args.out, len(report.bad))
    return 0


if __name__ == "__main__":
    sys.exit(main())
