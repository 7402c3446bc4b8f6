"""Map real physics datasets into the row schema, from local JSON/JSONL/Parquet files or a Hub id.

Each adapter takes one source row and returns a schema row (or raises BadRow with the reason):

- ``scibench``: ``problem_text``, ``answer_number``, ``unit`` (LaTeX, maybe with a ``10^k`` factor)
- ``ugphysics``: ``problem``, ``answers`` (one or several), ``answer_type`` (NV/EX/EQ/MC/TF/IN), ``subject``
- ``olympiadbench``: ``question``, ``final_answer`` (a list), ``unit``, ``error`` (tolerance), ``subfield``
- ``phybench``: ``content``, ``answer`` (an expression), ``tag``
- ``generic``: any columns, named by a mapping such as ``question=problem answer=final``

>>> adapt_row("scibench", {"problem_text": "Q", "answer_number": "1.7", "unit": "$10^8 \\\\mathrm{~N}$"}, 0)["unit"]
'$10^8 \\\\mathrm{~N}$'
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from training.data.schema import problems

logger = logging.getLogger(__name__)
SOURCES = ("scibench", "ugphysics", "olympiadbench", "phybench", "generic")
_UG_TYPES = {"NV": "numeric", "EX": "symbolic", "EQ": "symbolic", "MC": "mc", "TF": "bool", "IN": "auto"}
_OB_TYPES = {"numerical": "numeric", "expression": "symbolic", "equation": "symbolic", "tuple": "tuple",
             "interval": "auto"}


class BadRow(ValueError):
    """A source row that cannot become a schema row; the message says why."""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def _strip_math(answer: str) -> str:
    return answer.strip().strip("$").strip()


def _row(index, source, question, answer, answer_type="auto", topic="", solution="", tolerance=None,
         unit=None, row_id=None) -> dict:
    if not _text(question):
        raise BadRow("no question")
    if not _text(answer):
        raise BadRow("no answer")
    return {"id": str(row_id if row_id not in (None, "") else f"{source}-{index}"), "topic": _text(topic) or source,
            "family": source, "level": 0, "question": _text(question), "solution": _text(solution),
            "answer": _text(answer), "answer_type": answer_type, "tolerance": tolerance, "unit": unit or None}


def scibench(row: dict, index: int) -> dict:
    unit = _text(row.get("unit"))
    return _row(index, "scibench", row.get("problem_text"), _text(row.get("answer_number")), "numeric",
                row.get("source"), row.get("solution"), unit=unit if unit.strip("$ ") else None,
                row_id=row.get("problemid"))


def ugphysics(row: dict, index: int) -> dict:
    answers = row.get("answers", row.get("answer"))
    types = row.get("answer_type") or ""
    codes = [t.strip() for t in (types if isinstance(types, list) else re.split(r"[,\s]+", types)) if t.strip()]
    kinds = {_UG_TYPES.get(c.upper(), "auto") for c in codes}
    answer_type = kinds.pop() if len(kinds) == 1 else "auto"
    if isinstance(answers, (list, tuple)) and len(answers) > 1:
        answer_type = "auto"  # several answers: a multi-part reference
    answer = _text([_strip_math(_text(a)) for a in answers] if isinstance(answers, (list, tuple)) else _strip_math(_text(answers)))
    return _row(index, "ugphysics", row.get("problem"), answer, answer_type, row.get("subject"), row.get("solution"),
                row_id=row.get("index"))


def olympiadbench(row: dict, index: int) -> dict:
    answers = row.get("final_answer") or []
    answers = answers if isinstance(answers, list) else [answers]
    answer = ", ".join(_strip_math(_text(a)) for a in answers)
    kind = _OB_TYPES.get(_text(row.get("answer_type")).split(",")[0].strip().lower(), "auto")
    tolerance = None
    error = _text(row.get("error"))
    if error:
        try:
            tolerance = float(error.split(",")[0])
        except ValueError:
            raise BadRow(f"tolerance {error!r} is not a number") from None
    unit = _text(row.get("unit"))
    return _row(index, "olympiadbench", row.get("question"), answer, kind if len(answers) == 1 else "auto",
                row.get("subfield"), _text(row.get("solution")), tolerance, unit or None, row.get("id"))


def phybench(row: dict, index: int) -> dict:
    return _row(index, "phybench", row.get("content"), _strip_math(_text(row.get("answer"))), "symbolic",
                row.get("tag"), row.get("solution"), row_id=row.get("id"))


@dataclass
class Generic:
    """Columns named by the user: ``{"question": "problem", "answer": "final", ...}``."""

    mapping: dict = field(default_factory=dict)

    def __call__(self, row: dict, index: int) -> dict:
        get = lambda key, default=None: row.get(self.mapping.get(key, key), default)  # noqa: E731
        tolerance = get("tolerance")
        return _row(index, "generic", get("question"), _strip_math(_text(get("answer"))), get("answer_type") or "auto",
                    get("topic"), get("solution"), float(tolerance) if tolerance not in (None, "") else None,
                    get("unit"), get("id"))


def adapter(source: str, mapping: dict | None = None):
    table = {"scibench": scibench, "ugphysics": ugphysics, "olympiadbench": olympiadbench, "phybench": phybench}
    if source == "generic":
        return Generic(mapping or {})
    if source not in table:
        raise ValueError(f"unknown source {source!r}: choose one of {', '.join(SOURCES)}")
    return table[source]


def adapt_row(source: str, row: dict, index: int, mapping: dict | None = None) -> dict:
    return adapter(source, mapping)(row, index)


@dataclass
class AdaptReport:
    rows: list = field(default_factory=list)
    bad: list = field(default_factory=list)  # (id, reason)


def adapt_rows(source: str, rows, mapping: dict | None = None, on_bad: str = "skip") -> AdaptReport:
    """Adapt every row; a bad one (no answer, an answer the verifiers cannot read) is reported with its id
    and reason, then skipped (``on_bad="skip"``) or raised (``on_bad="fail"``). Never dropped silently."""
    if on_bad not in ("skip", "fail"):
        raise ValueError(f"on_bad={on_bad!r}: choose 'skip' or 'fail'")
    convert, report = adapter(source, mapping), AdaptReport()
    for index, raw in enumerate(rows):
        try:
            try:
                row = convert(dict(raw), index)
            except BadRow:
                raise
            except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a malformed source row
                raise BadRow(f"cannot convert: {exc}") from None
            found = problems(row)
            if found:
                raise BadRow("; ".join(found))
            report.rows.append(row)
        except BadRow as exc:
            row_id = dict(raw).get("id", f"{source}-{index}")
            if on_bad == "fail":
                raise BadRow(f"row {row_id}: {exc}") from None
            report.bad.append((str(row_id), str(exc)))
    for row_id, reason in report.bad:
        logger.warning("skipped %s row %s: %s", source, row_id, reason)
    if report.bad:
        logger.warning("%s: %d rows kept, %d skipped", source, len(report.rows), len(report.bad))
    return report


def load_source(path_or_id: str, split: str = "train"):
    """Rows from a local .json/.jsonl/.parquet file (with Hugging Face ``datasets``) or a Hub dataset id."""
    from pathlib import Path

    from datasets import load_dataset

    path = Path(path_or_id)
    if path.exists():
        kind = {".json": "json", ".jsonl": "json", ".parquet": "parquet"}.get(path.suffix)
        if kind is None:
            raise ValueError(f"{path}: expected a .json, .jsonl or .parquet file")
        return load_dataset(kind, data_files=str(path), split="train")
    return load_dataset(path_or_id, split=split)
