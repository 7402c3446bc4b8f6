"""Multiple choice, true/false, tuples and multi-part references."""

import pytest

from verifiers import Status, verify

C, WV, WT = Status.CORRECT, Status.WRONG_VALUE, Status.WRONG_TYPE

CHOICE_CASES = [
    ("B", "B", C),
    ("B", "(B)", C),  # parenthesised
    ("B", r"\text{(B)}", C),  # LaTeX text
    ("B", r"\boxed{B}", C),  # boxed
    ("B", "The answer is B.", C),  # in a sentence
    ("B", "(B) 12 N", C),  # letter followed by the option's text
    ("B", "b", C),  # lower case
    ("B", "C", WV),
    ("B", "12 N", WT),  # the option's content is not a letter
    ("(C)", "C", C),  # reference in parentheses
    ("(b)", r"\boxed{\text{{Answer: (b)}}}", C),  # a boxed "Answer:" line
    ("(a)", r"\boxed{\text{The correct answer is (a)}}", C),  # a boxed sentence naming the option
    ("(a)", r"\boxed{\text{The correct answer is (b)}}", WV),
]


@pytest.mark.parametrize("reference,response,expected", CHOICE_CASES)
def test_multiple_choice(reference, response, expected):
    assert verify(response, reference).status is expected


def test_several_correct_choices():
    assert verify("A, C", "AC", answer_type="mc").correct
    assert verify("C and A", "A, C", answer_type="mc").correct
    assert not verify("A", "A, C", answer_type="mc").correct
    assert verify("(A) and (C)", "AC", answer_type="mc").correct  # each letter in its brackets
    assert verify("(C), (A)", "AC", answer_type="mc").correct
    assert not verify("(A) and (B)", "AC", answer_type="mc").correct


def test_options_judged_true_or_false_choose_those_judged_true():
    assert verify(r"\text{(a) True, (b) False, (c) False}", "(a)").correct
    assert verify(r"\begin{array}{ll} \text{(a)} & \text{False} \\ \text{(b)} & \text{True} \end{array}", "(b)").correct
    assert not verify(r"\text{(a) True, (b) True, (c) False}", "(a)").correct  # two chosen where one is right
    assert not verify("(a) False, (b) False", "(b)").correct
    assert verify("(A) True, (A) False, (B) False", "A").status.value == "hedged"  # one option judged both ways
    assert verify("A: false. B: true. C: false. D: false.", "B", answer_type="mc").correct  # capitals alone
    assert verify("(A): true. (B): false. Re-check: (A) false. Final answer: C", "C", answer_type="mc").correct


def test_a_short_answer_opening_with_a_letter_chose_it():
    assert verify("C. The field is zero", "C").correct  # not "zero", the words after "is"
    assert not verify("B. The field is zero", "C").correct
    assert verify("A. no wait, (C) is right", "C").status.value == "hedged"
    assert verify("A - False; B - True; C - False; D - True", "BD", answer_type="mc").correct
    assert not verify("A: incorrect. B: correct. C: incorrect.", "C", answer_type="mc").correct
    assert not verify("Working through each option in turn. " * 20 + "A: false. B: true. C: false.", "C",
                      answer_type="mc").correct  # a long solution's last words judge C false: no choice of C
    assert verify("(a) True, (c) True", "AC", answer_type="mc").correct


def test_the_name_of_the_quantity_asked_for_is_no_answer():
    assert verify("(c)", r"c = \sqrt{\frac{1}{\epsilon_0 \mu_0}}").status.value == "wrong_value"
    assert verify("E", "E = 4E_0").status.value == "wrong_value"
    assert verify("c", "c").correct  # where the gold is that symbol, it is the answer


@pytest.mark.parametrize("reference,response,expected", [
    ("True", "true", C), ("False", "True", WV), ("Yes", "yes", C), ("T", "F", WV),
])
def test_true_false(reference, response, expected):
    answer_type = "bool" if len(reference) == 1 else "auto"
    assert verify(response, reference, answer_type=answer_type).status is expected


def test_ugphysics_type_codes():
    assert verify("T", "T", answer_type="TF").correct
    assert verify("12 N", "12 N", answer_type="NV").correct
    assert verify("m v", "v m", answer_type="EX").correct


TUPLE_CASES = [
    ("(1, 2, 3)", "(1, 2, 3)", C),
    ("(1, 2, 3)", "1, 2, 3", C),  # without parentheses
    ("(1, 2, 3)", "(1, 3, 2)", WV),  # order matters
    ("(1, 2, 3)", "(1, 2)", WT),  # length matters
    ("(1, 2, 3)", "2", WT),
    ("12 N, 3 m/s", "12 N and 3 m/s", C),  # a multi-part reference, parts joined by "and"
    ("12 N, 3 m/s", "12000 mN, 300 cm/s", C),  # each part converted
    ("12 N, 3 m/s", "12 N, 3 s", Status.DIMENSION_MISMATCH),  # a part's status is kept
    (r"(\frac{m}{2}, g t)", r"(0.5 m, t g)", C),  # symbolic parts
    ("12 N, 3 m/s", r"\boxed{12 N} and \boxed{3 m/s}", C),  # one box per part
]


@pytest.mark.parametrize("reference,response,expected", TUPLE_CASES)
def test_tuples(reference, response, expected):
    assert verify(response, reference).status is expected


def test_a_tuple_for_a_single_value_is_wrong_type():
    assert verify("12 N, 15 N", "12 N").status is WT
