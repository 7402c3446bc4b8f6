"""The problem generator: coverage, determinism, honest splits, verifiable solutions."""

import random

import pytest

from training.data.build import ALL_FAMILIES, NUMERIC, build_splits
from training.data.family import LEVELS
from training.data.number_format import fmt
from training.data.schema import problems, to_grpo, to_sft
from verifiers import verify

TOPICS = {"kinematics", "newton", "energy", "momentum", "circular", "gravitation", "oscillations", "waves",
          "fluids", "thermodynamics", "electrostatics", "circuits", "magnetism", "optics", "modern"}


def test_families_cover_the_topics():
    assert len(ALL_FAMILIES) >= 60
    assert {f.topic for f in ALL_FAMILIES} == TOPICS
    assert len({f.id for f in ALL_FAMILIES}) == len(ALL_FAMILIES)
    assert {f.answer_type for f in ALL_FAMILIES} == {"numeric", "symbolic", "mc"}


@pytest.mark.parametrize("family", ALL_FAMILIES, ids=lambda f: f.id)
def test_every_family_solution_verifies_and_a_perturbed_answer_does_not(family):
    for level in LEVELS:
        for seed in range(3):
            row = family.draw(random.Random(seed), level)
            assert verify(row["solution"], row["answer"], answer_type=row["answer_type"]).correct, row
            assert not verify(_perturbed(row), row["answer"], answer_type=row["answer_type"]).correct, row


def _perturbed(row):
    if row["answer_type"] == "numeric":
        return f"\\boxed{{{fmt(row['value'] * 1.1)} {row['unit']}}}"
    if row["answer_type"] == "mc":
        return "\\boxed{%s}" % ("B" if row["answer"] != "B" else "C")
    return f"\\boxed{{2 ({row['answer']})}}"


def test_levels_add_unit_conversions():
    family = next(f for f in NUMERIC if f.id == "kin.avg_speed")
    rows = {level: [family.draw(random.Random(s), level) for s in range(30)] for level in LEVELS}
    assert all(r["solution"].startswith("Given: d = ") and " m, t = " in r["solution"] for r in rows[1])  # SI
    assert not any(" km " in r["question"] or " min" in r["question"] for r in rows[1])
    assert any(" km " in r["question"] or " min" in r["question"] or " h." in r["question"] for r in rows[2])
    assert any("km/h" in r["answer"] for r in rows[3])


def test_generation_is_deterministic():
    assert build_splits(sft=30, grpo=10, test=10, seed=3) == build_splits(sft=30, grpo=10, test=10, seed=3)
    assert build_splits(sft=30, grpo=10, test=10, seed=3) != build_splits(sft=30, grpo=10, test=10, seed=4)


def test_splits_share_no_problem_and_rows_are_valid():
    splits = build_splits(sft=300, grpo=150, test=100, seed=0)
    keys = {name: {(r["family"], r["question"]) for r in rows} for name, rows in splits.items()}
    assert not keys["test"] & keys["sft"] and not keys["test"] & keys["grpo"] and not keys["sft"] & keys["grpo"]
    ids = [r["id"] for rows in splits.values() for r in rows]
    assert len(ids) == len(set(ids))
    for rows in splits.values():
        for row in rows:
            assert problems(row, check_solution=True) == [], row


def test_rows_convert_to_trl_formats():
    row = build_splits(sft=5, grpo=5, test=5, seed=0)["sft"][0]
    sft, grpo = to_sft(row), to_grpo(row)
    assert [m["role"] for m in sft["prompt"]] == ["system", "user"] and sft["prompt"][1]["content"] == row["question"]
    assert sft["completion"] == [{"role": "assistant", "content": row["solution"]}]
    assert grpo["answer"] == row["answer"] and "\\boxed" in grpo["prompt"][0]["content"]
