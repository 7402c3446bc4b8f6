"""Adapters for real datasets, each tested on a small file in its source's shape."""

import json

import pytest

from training.data.__main__ import main as data_main
from training.data.adapters import BadRow, adapt_rows, load_source
from verifiers import verify


def _write(path, rows, kind="jsonl"):
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    elif kind == "json":
        path.write_text(json.dumps(rows))
    else:
        import pandas as pd
        pd.DataFrame(rows).to_parquet(path)
    return path


SCIBENCH = [{"problem_text": "What force...?", "answer_number": "1.7", "unit": r"$10^8 \mathrm{~N}$",
             "source": "fund", "problemid": "1.2"},
            {"problem_text": "How far...?", "answer_number": "4.8", "unit": r" $\mathrm{~km}$", "source": "fund",
             "problemid": "1.3"},
            {"problem_text": "No answer here", "answer_number": "", "unit": "m", "source": "fund", "problemid": "1.4"}]
UGPHYSICS = [{"index": 7, "problem": "Find v and a.", "answers": ["$3 m/s$", "$2 m/s^2$"], "answer_type": "NV,NV",
              "subject": "Mechanics"},
             {"index": 8, "problem": "Which is right?", "answers": ["B"], "answer_type": "MC", "subject": "Optics"},
             {"index": 9, "problem": "True?", "answers": ["T"], "answer_type": "TF", "subject": "Optics"},
             {"index": 10, "problem": "Derive E.", "answers": [r"\frac{1}{2} m v^2"], "answer_type": "EX",
              "subject": "Mechanics"}]
OLYMPIAD = [{"id": 21, "question": "Find the period.", "final_answer": ["$2.7 \\times 10^{5}$"], "unit": "s",
             "error": "5e-2", "answer_type": "Numerical", "subfield": "Mechanics"},
            {"id": 22, "question": "Find v.", "final_answer": [r"$v=\sqrt{\frac{2 q U}{m}}$"], "unit": None,
             "error": None, "answer_type": "Expression", "subfield": "Electromagnetism"},
            {"id": 23, "question": "Bad tolerance", "final_answer": ["3"], "unit": None, "error": "five",
             "answer_type": "Numerical", "subfield": "x"}]
PHYBENCH = [{"id": "p1", "content": "A rod...", "answer": r"$\frac{\sqrt{3}}{8} M c^2$", "tag": "MECHANICS"},
            {"id": "p2", "content": "Broken", "answer": r"\frac{", "tag": "OPTICS"}]


def test_scibench(tmp_path):
    report = adapt_rows("scibench", load_source(str(_write(tmp_path / "s.jsonl", SCIBENCH))))
    assert [r["id"] for r in report.rows] == ["1.2", "1.3"]
    assert report.bad == [("scibench-2", "no answer")]
    first = report.rows[0]
    assert verify("1.7e8 N", first["answer"], reference_unit=first["unit"]).correct
    assert verify("1.7", first["answer"], reference_unit=first["unit"]).correct  # the number of 10^8 N


def test_ugphysics(tmp_path):
    report = adapt_rows("ugphysics", load_source(str(_write(tmp_path / "u.json", UGPHYSICS, "json"))))
    rows = {r["id"]: r for r in report.rows}
    assert rows["7"]["answer"] == "3 m/s, 2 m/s^2" and rows["7"]["answer_type"] == "auto"
    assert verify(r"\boxed{3 m/s} and \boxed{2 m/s^2}", rows["7"]["answer"]).correct
    assert rows["8"]["answer_type"] == "mc" and rows["9"]["answer_type"] == "bool"
    assert rows["10"]["answer_type"] == "symbolic" and rows["10"]["topic"] == "Mechanics"


def test_olympiadbench(tmp_path):
    pytest.importorskip("pyarrow")
    report = adapt_rows("olympiadbench", load_source(str(_write(tmp_path / "o.parquet", OLYMPIAD, "parquet"))))
    rows = {r["id"]: r for r in report.rows}
    assert rows["21"]["tolerance"] == 0.05 and rows["21"]["unit"] == "s"
    assert verify("2.8e5 s", rows["21"]["answer"], rel_tol=rows["21"]["tolerance"], reference_unit="s").correct
    assert verify(r"\sqrt{2qU/m}", rows["22"]["answer"]).correct
    assert report.bad == [("23", "tolerance 'five' is not a number")]


def test_phybench_reports_an_unreadable_answer_and_can_fail(tmp_path):
    rows = load_source(str(_write(tmp_path / "p.jsonl", PHYBENCH)))
    report = adapt_rows("phybench", rows)
    assert len(report.rows) == 1 and report.rows[0]["answer_type"] == "symbolic"
    assert report.bad[0][0] == "p2" and "unreadable answer" in report.bad[0][1]
    with pytest.raises(BadRow, match="p2"):
        adapt_rows("phybench", rows, on_bad="fail")


def test_generic_mapping_from_the_command_line(tmp_path):
    source = _write(tmp_path / "g.jsonl", [{"problem": "Q1", "final": "12 N", "kind": "numeric"},
                                           {"problem": "Q2", "final": None, "kind": "numeric"}])
    out = tmp_path / "out.jsonl"
    assert data_main(["convert", "generic", str(source), "--out", str(out),
                      "--map", "question=problem", "answer=final", "answer_type=kind"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["question"], r["answer"], r["answer_type"]) for r in rows] == [("Q1", "12 N", "numeric")]
    assert data_main(["convert", "generic", str(source), "--out", str(out), "--map", "question=problem",
                      "answer=final", "--on-bad", "fail"]) == 1


def test_unknown_source_names_the_choices():
    with pytest.raises(ValueError, match="scibench"):
        adapt_rows("mmlu", [])
