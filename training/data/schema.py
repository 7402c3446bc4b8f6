"""The row schema every split and adapter produces, its checks, and the TRL formats.

Row: ``id, topic, family, level, question, solution, answer, answer_type`` and optional per-row verify
options (``verifiers.options.ROW_OPTION_COLUMNS``: ``tolerance`` (relative), ``unit`` (a unit given apart
from the answer, SciBench-style), ``abs_tol``, ``sig_figs``, ``require_units``...).

>>> row = {"id": "x", "topic": "kinematics", "family": "f", "level": 1, "question": "Q?",
...        "solution": "\\\\boxed{2 m}", "answer": "2 m", "answer_type": "numeric"}
>>> problems(row)
[]
>>> to_grpo(row)["prompt"][1]
{'role': 'user', 'content': 'Q?'}
"""

from __future__ import annotations

from verifiers import verify_with
from verifiers.options import ROW_OPTION_COLUMNS, row_options
from verifiers.reference import UnreadableReference, parse_reference

SYSTEM_PROMPT = "Solve step by step. End with the final answer in \\boxed{}, e.g. \\boxed{12 N}."
REQUIRED = ("id", "topic", "family", "level", "question", "solution", "answer", "answer_type")


def problems(row: dict, check_solution: bool = False) -> list[str]:
    """What is wrong with a row (empty when nothing is): missing fields, an unreadable gold answer, and
    with ``check_solution`` a solution whose final answer does not verify against the gold one."""
    found = [f"missing field {key!r}" for key in REQUIRED if key not in row]
    if found:
        return found
    if not str(row["question"]).strip():
        found.append("empty question")
    answer = row["answer"]
    if answer is None or not str(answer).strip():
        return found + ["missing answer"]
    try:
        options = row_options(row)
    except (TypeError, ValueError) as exc:
        return found + [f"bad per-row option (tolerance, unit, answer_type...): {exc}"]
    try:
        parse_reference(str(answer), options.reference_unit, options.answer_type)
    except (ValueError, UnreadableReference) as exc:
        return found + [f"unreadable answer {str(answer)[:80]!r}: {exc}"]
    if check_solution and row["solution"]:
        verdict = verify_with(row["solution"], str(answer), options)
        if not verdict.correct:
            found.append(f"solution does not reach the answer: {verdict.status.value} ({verdict.detail})")
    return found


def prompt_messages(question: str) -> list[dict]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question}]


def to_sft(row: dict) -> dict:
    """TRL conversational prompt/completion (loss on the completion only)."""
    return {"prompt": prompt_messages(row["question"]),
            "completion": [{"role": "assistant", "content": row["solution"]}]}


def to_grpo(row: dict) -> dict:
    """TRL prompt plus the columns the rewards read: ``answer``, ``answer_type``, ``tolerance``, ``unit`` and
    any other per-row option column the row has (``sig_figs``, ``abs_tol``...)."""
    options = {column: row[column] for column in ROW_OPTION_COLUMNS if column in row}
    return {"prompt": prompt_messages(row["question"]), "answer": str(row["answer"]), **options,
            "answer_type": row.get("answer_type") or "auto", "tolerance": row.get("tolerance"),
            "unit": row.get("unit"), "topic": row.get("topic", ""), "level": row.get("level", 0), "id": row["id"]}
