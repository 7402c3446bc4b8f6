"""Final-answer extraction from whole completions, and hedging."""

import pytest

from verifiers import Status, verify
from verifiers.extract import extract_answers

EXTRACT_CASES = [
    (r"Work... so the result is \boxed{12 N}.", ["12 N"]),  # boxed
    (r"\boxed{\frac{a}{\sqrt{b}}}", [r"\frac{a}{\sqrt{b}}"]),  # nested braces
    (r"\fbox{3 m}", ["3 m"]),  # fbox
    ("Reasoning <answer> 4 kg </answer>", ["4 kg"]),  # answer tags
    ("Steps\nAnswer: 12 N\n", ["12 N"]),  # Answer: line
    ("The final answer is $5\\,\\mathrm{m/s}$.", [r"5\,\mathrm{m/s}"]),  # final answer is, $ and period stripped
    ("**Final Answer:** 7 J", ["7 J"]),  # markdown bold
    ("So the speed is 5 m/s.", ["5 m/s"]),  # fallback: the last line after "is"
    (r"\boxed{12 N} and again \boxed{12 N}", ["12 N", "12 N"]),  # every box is kept (multi-part answers)
    (r"\boxed{\boxed{12 N}}", [r"\boxed{12 N}"]),  # a box in a box is one answer
    ("<think>\\boxed{15 N}</think><answer>12 N</answer>", ["12 N"]),  # reasoning in <think> is not the answer
    ("To answer this we compute v = 3 m/s.\nSo the speed is 5 m/s", ["5 m/s"]),  # "answer" in prose
    ("Final Answer: The final answer is $5$. I hope it is correct.", ["5"]),  # Minerva's closing line
    ("Therefore the answer is 12 N. I hope this helps!", ["12 N"]),  # a sentence after the answer
    (r"The answer is \(5\ \text{m/s}\).", [r"5\ \text{m/s}"]),  # inline math delimiters
    ("The force is 12 N.\n\nLet me know if you have other questions.", ["12 N"]),  # a pleasantry last
    (r"\boxed{.5}", [".5"]),  # a leading decimal point is kept
    (r"\boxed{12 N} then \boxed{15 N}", ["12 N", "15 N"]),  # two different boxes: both kept
    ("", []),  # empty
    ("   \n\t ", []),  # whitespace
    ("Answer:", []),  # nothing after Answer:
    (r"\boxed{12 N", ["\\boxed{12 N"]),  # an unclosed box falls back to the last line
]


@pytest.mark.parametrize("text,expected", EXTRACT_CASES)
def test_extract(text, expected):
    assert extract_answers(text) == expected


def test_boxed_beats_answer_line():
    assert extract_answers("Answer: 3 m\n\\boxed{4 m}") == ["4 m"]


@pytest.mark.parametrize("response", [
    r"\boxed{12 N} or \boxed{15 N}",  # two different boxed values
    "Answer: 12 N or 15 N",  # or
    r"\boxed{12 N \text{ or } 15 N}",  # or inside LaTeX text
    "Answer: between 10 and 20 N",  # a range
    "<answer>15 N</answer> ... <answer>12 N</answer>",  # two different tagged answers
])
def test_hedged_answers_are_not_correct(response):
    verdict = verify(response, "12 N")
    assert not verdict.correct
    assert verdict.status is Status.HEDGED


def test_the_same_answer_twice_in_two_forms_is_not_a_hedge():
    assert verify(r"\boxed{500 m} that is \boxed{0.5 km}", "500 m").correct


def test_two_wrong_answers_are_wrong_not_hedged():
    assert verify(r"\boxed{1 N} or \boxed{2 N}", "12 N").status is Status.WRONG_VALUE


@pytest.mark.parametrize("response,status", [
    ("", Status.NO_ANSWER),
    ("   ", Status.NO_ANSWER),
    ("Answer:", Status.NO_ANSWER),
    (None, Status.NO_ANSWER),
])
def test_no_answer(response, status):
    assert verify(response, "12 N").status is status


def test_trailing_words_after_the_answer_are_ignored():
    assert verify("Answer: 12 N to the left", "12 N").correct
    assert verify("Answer: about 12 N", "12 N").correct


def test_extract_false_uses_the_whole_text():
    assert verify("12 N", "12 N", extract=False).correct
