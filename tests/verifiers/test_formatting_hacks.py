"""Final answers hidden, doubled or withdrawn by formatting (a red-team of answer markup, helper-70): a hedge
after blank lines or invisible characters, a second result in another marker's syntax, a boxed question, a
struck-out value, an answer line the reply disowns, a guess tag; and the clean forms that must still be paid."""

import pytest

from verifiers import verify

# (response, reference, expected status)
CASES = [
    # a hedge or correction is read however many blank lines, spaces or invisible characters come before it
    ("\\boxed{12 N}\n\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n \n\t\n\nWait, I forgot friction. T = 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nI hope this helps!\n\nAlternatively, 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n---\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nAlter\u200bnatively, 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N} o\u200br 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}" + " " * 300 + "or 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n(Or 20 N.)", "12 N", "hedged"),
    # ... while a later paragraph on another matter is no hedge
    ("\\boxed{12 N}\n\n\n\nThe mass of the block is 3 kg.", "12 N", "correct"),
    # a second result after the box in another marker's syntax: GSM8K's ####, "Ans:", "TL;DR:", "Edit:", a JSON field
    ("\\boxed{12 N}\n\n#### 15", "12 N", "hedged"),
    ("\\boxed{B}\n\n#### C", "B", "hedged"),
    ("\\boxed{True}\n\n#### False", "True", "hedged"),
    ("\\boxed{\\frac{1}{2} m v^2}\n\nAns: m v^2", "\\frac{1}{2} m v^2", "hedged"),
    ("\\boxed{12 N}\n\nTL;DR: 20 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nEdit: 20 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nP.S. 20 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nResult: T = 20 N", "12 N", "hedged"),
    # ... but a worked solution after the answer is none ("Solution:" opens working)
    ("**Answer:** \\boxed{12 N}\n\n**Solution:** $mg - T = ma$, so $T = m(g-a)$.", "12 N", "correct"),
    ("\\boxed{12 N}\n\n\u2234 T = 20 N", "12 N", "hedged"),
    ('\\boxed{12 N}\n\n```json\n{"answer": "15 N"}\n```', "12 N", "hedged"),
    # ... and \framebox is a box like \boxed and \fbox
    ("\\framebox{15 N}\n\n\\boxed{12 N}", "12 N", "hedged"),
    # ... the same result restated, or a heading, is none
    ("\\boxed{12 N}\n\n#### 12", "12 N", "correct"),
    ("Answer: 12 N\n#### 12", "12 N", "correct"),
    ("#### 12", "12 N", "correct"),
    ("\\boxed{12 N}\n\n#### Step 2: Work Done Calculation\n\nW = 4 J", "12 N", "correct"),
    ("\\boxed{12 N}\n\n#### 2. Energy\nThe energy is 5 J.", "12 N", "correct"),
    ("\\boxed{12 N}\n\n#### Part 2: Energy", "12 N", "correct"),
    ("\\boxed{12 N}\n\nResult: 0.012 kN", "12 N", "correct"),
    # ... a summary of quantities under labels of their own, one of them the box's, is none either
    ("\\boxed{12 N}\n\nResult: T = 12 N, a = 2 m/s^2", "12 N", "correct"),
    ("\\boxed{12 N}\n\nResult: T = 12 N, T = 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nResult: T = 15 N, a = 2 m/s^2", "12 N", "hedged"),
    # a box asked as a question commits to nothing
    ("Is the answer \\boxed{12 N}?", "12 N", "no_answer"),
    ("Is it $\\boxed{B}$?", "B", "no_answer"),
    ("\\boxed{12 N} (?)", "12 N", "no_answer"),
    # a value offered under another condition in brackets on the answer's line
    ("\\boxed{12 N} (20 N without friction)", "12 N", "hedged"),
    ("\\boxed{12 N} (with friction: 20 N)", "12 N", "hedged"),
    ("\\boxed{12 N} for g = 10 m/s^2 (15 N for g = 9.8 m/s^2)", "12 N", "hedged"),
    ("\\boxed{\\text{B}} (if the spring is ideal; otherwise C)", "B", "hedged"),
    ("\\boxed{12 N} (for g = 10 m/s^2)", "12 N", "correct"),
    # ... and in a footnote, or a paragraph that opens unsure
    ("\\boxed{12 N}^*\n\n*assuming no friction; otherwise 20 N", "12 N", "hedged"),
    ("\\boxed{12 N}[^1]\n\n[^1]: or 20 N if the pulley is massive", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n(Unverified. Could be 15 N.)", "12 N", "hedged"),
    # ... a restatement in another scale must agree: 37 °C is 310 K
    ("\\boxed{300 K} (37 °C)", "300 K", "hedged"),
    ("\\boxed{300 K} (27 °C)", "300 K", "correct"),
    # a reply that ends by giving up, or calling its answer likely wrong, answers nothing
    ("Known: F = 12 N\nUnknown: T\nI don't know how to find T.", "12 N", "no_answer"),
    ("\\boxed{12 N}\n\nI could not verify this and it's likely wrong.", "12 N", "no_answer"),
    # ... a restatement in brackets is the value again
    ("\\boxed{12 N} (or 0.012 kN)", "12 N", "correct"),
    # struck-out text is withdrawn: never the answer
    ("~~12 N~~", "12 N", "no_answer"),
    ("Answer: ~~12 N~~", "12 N", "no_answer"),
    ("\\sout{\\boxed{12 N}}", "12 N", "no_answer"),
    ("~~\\boxed{15 N}~~ \\boxed{12 N}", "12 N", "correct"),
    ("Answer: <del>15 N</del> 12 N", "12 N", "correct"),
    # ... LaTeX's ~ spaces are no strike-through
    ("F = 12~~\\mathrm{N} and g = 9.8~~\\mathrm{m/s^2}. Answer: 12~~N", "12 N", "correct"),
    # an answer line the reply does not give as its own
    ("Incorrect answer: 12 N", "12 N", "no_answer"),
    ("Answer: 15 N\n\nWrong answer: 12 N", "12 N", "wrong_value"),
    ("Answer: 15 N\n\nReference answer: 12 N", "12 N", "wrong_value"),
    ("Final answer: 15 N\nDraft answer: 12 N", "12 N", "wrong_value"),
    ("\\text{The correct answer is (a)}", "(a)", "correct"),
    # ... an alternative answer line right after the answer line is a second final answer (it was read alone, as the
    # last answer line: wrong either way); so is an "Expected answer:" line (table 70: it was paid as the last line)
    ("Answer: 12 N\nAlternative answer: 15 N", "12 N", "hedged"),
    ("Answer: 15 N\n\nExpected answer: 12 N", "12 N", "hedged"),
    ("Initial answer: 15 N\n\nRevised answer: 12 N", "12 N", "correct"),  # (a revision supersedes)
    # ... a word in italics is the word ("_Or_ 15 N." after the box); a reply that does not know gives no answer
    ("\\boxed{12 N}\n\n_Or_ 15 N.", "12 N", "hedged"),
    # ... a paragraph after the box that opens "With g = 10 ..." offers the value under another assumption (tables 73,
    # 75: its "With g =" was missed when a space followed the "=")
    ("\\boxed{12 N}\n\n(With g = 10 m/s^2 instead, it would be 12.3 N.)", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nWith g = 9.8 m/s^2 as given, the weight is 19.6 N.", "12 N", "correct"),
    # table 80: a bound in words is no value; MathJax's \bbox is a box
    ("F is bounded below by 12 N.", "12 N", "hedged"),
    ("F is bounded above by 12 N.", "12 N", "hedged"),
    ("\\bbox[yellow]{12\\ \\mathrm{N}}", "12 N", "correct"),
    ("The answer: $\\bbox[5px,border:2px solid red]{15 N}$", "12 N", "wrong_value"),
    ("Use the format \\boxed{12 N} for answers. I don't know this one.", "12 N", "no_answer"),
    # a box tagged as a guess commits to nothing
    ("\\boxed{12 N} (just a guess)", "12 N", "no_answer"),
    ("\\boxed{True} (random guess)", "True", "no_answer"),
    ("\\boxed{12 N} [unverified]", "12 N", "no_answer"),
    # HTML's formatting tags are no relations, and <sup> is a power
    ("<b>12 N</b>", "12 N", "correct"),
    ("<p>The tension is <b>12 N</b>.</p>", "12 N", "correct"),
    ("<strong>Answer:</strong> 12 N", "12 N", "correct"),
    ("<strong>Answer:</strong> 9.8 m/s<sup>2</sup>", "9.8 m/s^2", "correct"),
    ("The tension is 12&nbsp;N.", "12 N", "correct"),
]


@pytest.mark.parametrize("response,reference,expected", CASES)
def test_formatting_does_not_hide_or_double_an_answer(response, reference, expected):
    assert verify(response, reference).status.value == expected


# other benchmarks' answer forms (a red-team of JEEBench, TheoremQA, GPQA shapes, helper-69)
OTHER_FORMS = [
    # letter sets with an Oxford comma, and golds of bracketed letters
    ("A, B, and D", "ABD", {}, "correct"),
    ("Answer: A, B, and D", "ABD", {}, "correct"),
    ("ABD", "(A), (B), (D)", {}, "correct"),
    ("A, B, D", "(A)(B)(D)", {}, "correct"),
    ("ABD", "(A), (B), (D)", {"answer_type": "mc"}, "correct"),
    ("A, B, and D", "A, B and D", {}, "correct"),
    # ... a letter short is wrong
    ("A, B", "ABD", {}, "wrong_value"),
    ("A and D", "A, B and D", {}, "wrong_value"),
    # an option named with its text and called right; a gold written "Option B" or "B) 4.5 m/s"
    ("Hence, option (B) $\\frac{\\sqrt{3}}{2}$ is correct.", "B", {}, "correct"),
    ("Thus, option (C) $2\\sqrt{2}$ m/s is the right choice.", "C", {}, "correct"),
    ("Option (A) 12 N is correct, and option (B) too", "A", {}, "hedged"),
    ("Answer: B", "Option B", {}, "correct"),
    ("Answer: C", "Option B", {}, "wrong_value"),
    ("Answer: B", "B) 4.5 m/s", {}, "correct"),
    # a reason in brackets after the value, or another quantity of another dimension named there, is no second value
    ("The answer is 3 (since 2.5 rounds to 3).", "3", {}, "correct"),
    ("The frequency is 0.9 Hz (period 1.1 s).", "0.9 Hz", {}, "correct"),
    ("5 m/s (kinetic energy 25 J)", "5 m/s", {}, "correct"),
    # ... one of the same dimension is a second value
    ("12 N (tension 15 N)", "12 N", {}, "hedged"),
    ("12 N (since it could be 15 N)", "12 N", {}, "hedged"),
    # the precision a value is given to, after it, is no part of it
    ("Answer: 0.50 (correct up to 2 decimal places)", "0.5", {}, "correct"),
    ("2.5 (approx.)", "2.5", {}, "correct"),
    ("0.50 [rounded]", "0.5", {}, "correct"),
    ("0.50 \u2014 rounded to two decimals", "0.5", {}, "correct"),
    # ... and the value still counts
    ("0.51 (approx.)", "0.5", {}, "wrong_value"),
    ("5 (approximately seven)", "5", {}, "wrong_value"),
]


@pytest.mark.parametrize("response,reference,options,expected", OTHER_FORMS)
def test_other_benchmarks_answer_forms(response, reference, options, expected):
    assert verify(response, reference, **options).status.value == expected


UNIT_ECHOES = [
    # the question's unit repeated after the value, as TheoremQA's "(Unit: ...)" asks: the value in it
    ("Therefore, the answer is 1.12 (Unit: 10^4 m/s).", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("Therefore, the answer is 1.12 (in units of $10^4$ m/s).", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("1.12 in units of 10^4 m/s", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("1.3 (in units of 10^4 m/s)", "1.12", {"reference_unit": "10^4 m/s"}, "wrong_value"),
    ("12 (units: N)", "12 N", {}, "correct"),
    # ... a time or place after the value a sentence states is no factor of it ("in" is no inch there)
    ("The block slides 2.4 m in 3 s.", "2.4 m", {}, "correct"),
    ("2.4 m in 3 s", "2.4 m", {}, "correct"),
    ("The block slides 2.5 m in 3 s.", "2.4 m", {}, "wrong_value"),
    ("The block slides 2.4 m in 3 s.", "3 s", {}, "dimension_mismatch"),
    ("12 in", "12 in", {}, "correct"),
    # ... one value its own verb states, in a part's sentence; not the question's data quoted
    ("**(a)** The speed is 10 m/s.\n\n**(b)** It travels 25 m.", "(b) 25 m", {}, "correct"),
    ("It travels 26 m.", "25 m", {}, "wrong_value"),
    ("From the problem, F = 12 N.\nI'm stuck here.", "12 N", {}, "wrong_type"),
]


@pytest.mark.parametrize("response,reference,options,expected", UNIT_ECHOES)
def test_units_echoed_and_times_after_a_value(response, reference, options, expected):
    assert verify(response, reference, **options).status.value == expected


# a red-team of the rules above (helper-71): what they must not refuse, and variants they must catch
REFINED = [
    # numbered headings and working after the box are no second result
    ("\\boxed{12 N}\n\n#### 2.", "12 N", "correct"),
    ("\\boxed{12 N}\n\n#### Q2", "12 N", "correct"),
    ("\\boxed{12 N}\n\nConclusion: T < W = 19.6 N", "12 N", "correct"),
    # ... a result restated in LaTeX, braces and all, agrees with the box
    ("\\boxed{\\frac{1}{2} m v^2}\n\nResult: $K = \\frac{1}{2} m v^2$", "\\frac{1}{2} m v^2", "correct"),
    ("\\boxed{9.8\\ \\text{m/s}^2}\n\nAns. $g = 9.8\\ \\text{m/s}^2$", "9.8 m/s^2", "correct"),
    # ... a summary of the parts with a superscript power agrees with the parts' boxes
    ("(a) $\\boxed{5\\ \\text{m/s}^2}$\n\n(b) $\\boxed{10\\ \\text{m/s}}$\n\n**Summary:** (a) 5 m/s², (b) 10 m/s",
     "(a) 5 m/s^2", "correct"),
    # a check against another quantity later on is no hedge; a paragraph on another matter ends the answer's reach
    ("\\boxed{12 N}\n\nIf we compare this to the weight of the block (mg = 19.6 N), the tension is smaller.",
     "12 N", "correct"),
    ("\\boxed{12 N}\n\nThe block then moves on.\n\nIf the rope were cut, the net force would be 19.6 N.",
     "12 N", "correct"),
    # a unit echoed after a value that has it is not multiplied in
    ("Answer: 12 N (units: N)", "12 N", "correct"),
    ("Therefore, the answer is 5 m/s (Unit: m/s).", "5 m/s", "correct"),
    # "the expected answer is" is the reply's own
    ("The expected answer is 12 N.", "12 N", "correct"),
    # the options ruled out after the one called right are no further choices
    ("Therefore option (C) with $v = 2\\sqrt{2}$ m/s is correct, not option (B).", "C", "correct"),
    ("Option (B) $\\frac{\\sqrt{3}}{2}$ is correct; options (A), (C) and (D) are wrong.", "B", "correct"),
    ("Option (A) is correct only if friction is ignored; since the surface is rough, option (C) is correct.", "C",
     "correct"),
    ("Option (A) is correct and option (B) is correct.", "A", "hedged"),
    ("Option (C) is correct, or maybe option (B).", "C", "hedged"),
    # padding of any kind: newlines, CRLF, wide spaces, more invisible characters
    ("\\boxed{12 N}" + "\n" * 300 + "Or 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}" + "\r\n" * 50 + "Or 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}" + "\u2003" * 300 + "or 15 N", "12 N", "hedged"),
    ("\\boxed{12 N} o\u2062r 15 N", "12 N", "hedged"),
    ("\\boxed{12 N} o\ufe0fr 15 N", "12 N", "hedged"),
    # more result markers, JSON keys and boxes
    ("\\boxed{12 N}\n\nAns = 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nBottom line: 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n- **Result:** 15 N\n\nGood luck!", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n$\\therefore T = 15$ N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n{\"result\": \"15 N\"}", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n```json\n{'answer': '15 N'}\n```", "12 N", "hedged"),
    ("\\framebox[1.1\\width]{12 N}", "12 N", "correct"),
    # ... and after an answer line
    ("The answer is 12 N.\n\n#### 15 N", "12 N", "hedged"),
    ("Final answer: 12 N\n\nTL;DR: 15 N", "12 N", "hedged"),
    ("The answer is 12 N.\n\n#### 12", "12 N", "correct"),
    # an answer whose first sentence runs past the longest answer read is none; a long line of sentences is read
    ("Answer: 12 N, i.e. " + "very " * 410 + "roughly 15 N", "12 N", "no_answer"),
    ("The answer is " + "12 N or " * 300 + "15 N", "12 N", "no_answer"),
    ("The answer is 12 N. " + "It follows from the law. " * 100, "12 N", "correct"),
    # more guess tags and questions
    ("\\boxed{12 N} (my best guess)", "12 N", "no_answer"),
    ("\\boxed{12 N} (I'm not sure)", "12 N", "no_answer"),
    ("\\boxed{12 N} - just a guess", "12 N", "no_answer"),
    ("\\boxed{12 N}\n(just a guess)", "12 N", "no_answer"),
    ("\\boxed{12 N} (a guess-and-check approach gives the same)", "12 N", "correct"),
    ("\\boxed{12 N}\uff1f", "12 N", "no_answer"),
    ("\\boxed{12 N} (??)", "12 N", "no_answer"),
    # struck out in HTML or inside the box
    ("Answer: <s>12 N</s>", "12 N", "no_answer"),
    ("\\boxed{~~12 N~~}", "12 N", "unparseable_response"),
    # HTML entities are their characters
    ("<b>Answer:</b> 25 &deg;C", "25 °C", "correct"),
    ("<b>Answer:</b> &minus;5 m/s", "-5 m/s", "correct"),
]


@pytest.mark.parametrize("response,reference,expected", REFINED)
def test_formatting_rules_refined(response, reference, expected):
    assert verify(response, reference).status.value == expected


# an independent red-team table (helper-72): what it found the judge missed
INDEPENDENT = [
    # a second value after ", or roughly" / ", or about", boxed or in math
    ("\\boxed{12 N}, or roughly 20 N", "12 N", {}, "hedged"),
    ("Answer: $1.23 \\times 10^{-10}$ m, or about 12.3 nm.", "0.123 nm", {}, "hedged"),
    ("Answer: $1.23 \\times 10^{-10}$ m, or about 1.23 Å.", "0.123 nm", {}, "correct"),
    # an alternative in \( ... \) math, and a paragraph that opens in doubt and ends on another value
    ("\\boxed{9.9 m/s}\n\nAlternatively, if we include the rotation, \\( v = 8.37 \\, \\text{m/s} \\).", "9.9 m/s", {},
     "hedged"),
    ("\\boxed{12 N}\n\nHmm, let me reconsider. The tension is 12 N.", "12 N", {}, "correct"),
    ("\\boxed{12 N}\n\nWait, let me recheck: the weight is 19.6 N and the tension is 12 N.", "12 N", {}, "correct"),
    ("\\boxed{12 N}\n\nHowever, note that the normal force on the floor is 20 N.", "12 N", {}, "correct"),
    # a range in brackets after the box, of the answer's own values, is a hedge; one of another quantity is not
    ("\\boxed{12 N} (approximately, could be anywhere from 11 to 13 N)", "12 N", {}, "hedged"),
    ("\\boxed{0.5} (between 0.4 and 0.6)", "0.5", {}, "hedged"),
    ("\\boxed{12 N} (for t = 2 to 3 s)", "12 N", {}, "correct"),
    ("\\boxed{12} (items 1-3)", "12", {}, "correct"),
    # a reply that gives up, calling its box a guess, answers nothing
    ("\\boxed{12 N}\n\nI could not complete the derivation, so this is a guess.", "12 N", {}, "no_answer"),
    # boxes of other quantities on the way to the answer are none to it; the same number in another unit contradicts it
    ("Step 1: $a = \\boxed{3.92\\ \\text{m/s}^2}$\n\nStep 2: $T = m a = \\boxed{11.76\\ \\text{N}}$", "11.8 N", {},
     "correct"),
    ("Step 1: $a = \\boxed{3.92\\ \\text{m/s}^2}$\n\nStep 2: $T = m a = \\boxed{11.76\\ \\text{N}}$", "12.5 N", {},
     "wrong_value"),
    ("\\boxed{12 N}\nFinal answer: 12 J", "12 N", {}, "hedged"),
    # golds with a unit in words or a remark, read as answers are
    ("12 kN", "12 (in kN)", {}, "correct"),
    ("12000 N", "12 (in kN)", {}, "correct"),
    ("25 m/s", "25 m/s (approx.)", {}, "correct"),
    # a reason after a part's value is no part of it
    ("(a) The speed is 10 m/s because v = at.\n(b) The distance is 25 m because s = at^2/2.", "(b) 25 m", {},
     "correct"),
    ("The tension is 12 N since T = mg.", "12 N", {}, "correct"),
]


@pytest.mark.parametrize("response,reference,options,expected", INDEPENDENT)
def test_independent_table_findings(response, reference, options, expected):
    assert verify(response, reference, **options).status.value == expected


# a red-team of the rules above (helper-73): ordinary completions they must not refuse, and hacks still caught
LATEST = [
    # a later paragraph that names other quantities, in a check or an assumption, is no second answer
    ("\\boxed{12 N}\n\nAssuming g = 9.8 m/s^2, the weight is 19.6 N.", "12 N", "correct"),
    ("\\boxed{12 N}\n\nLet me reconsider the free-body diagram. The normal force is 19.6 N.", "12 N", "correct"),
    ("\\boxed{12 N}\n\nHmm, maybe I should double-check with the weight: mg = 19.6 N > T.", "12 N", "correct"),
    # ... a footnote to the box is read with it
    ("\\boxed{12 N}^*\n\n*assuming no friction; otherwise 20 N", "12 N", "hedged"),
    # notes opening "Probably", "Perhaps" are no guess tags; a bracket of doubt alone is
    ("\\boxed{12 N}\n\n- Probably the most common mistake is to forget the pulley.", "12 N", "correct"),
    ("\\boxed{12 N}\n\n(Perhaps surprisingly, this is less than the weight.)", "12 N", "correct"),
    ("\\boxed{12 N} (probably)", "12 N", "no_answer"),
    ("Is it \\boxed{12 N}, maybe?", "12 N", "no_answer"),
    # options called right with reasons about the others
    ("The answer is (B) because the net force is zero.", "B", "correct"),
    ("Option (C) is correct since option (A) would require a frictionless surface.", "C", "correct"),
    ("Option (C) is correct, not (A) or (B).", "C", "correct"),
    ("Therefore option (D) is correct; option (A) is a common trap.", "D", "correct"),
    ("The answer is C, since A and B violate energy conservation.", "C", "correct"),
    # ... two options called right remain a hedge
    ("Option (B) or (C) is correct.", "B", "hedged"),
    ("Option (B) is correct (so is option C).", "B", "hedged"),
    ("Option (B) is correct because option (C) is also correct.", "B", "hedged"),
    # a summary of parts or side results with the box's value among values of other dimensions restates it
    ("\\boxed{12 N}\n\nSummary: (a) 3.8 m/s^2, (b) 12 N", "12 N", "correct"),
    ("\\boxed{12 N}\n\nResult: T = 12 N (a = 3.8 m/s^2)", "12 N", "correct"),
    ("\\boxed{12 N}\n\nSummary: (a) 3.8 m/s^2, (b) 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nSummary: 12 N, 15 N", "12 N", "hedged"),
    # a bracket of words about the value offers none
    ("\\boxed{0.6} (in the range 0 to 1, as required for an efficiency)", "0.6", "correct"),
    # the question's unit echoed after a value written in full is read with it, not as a second value
    ("Therefore the answer is 1.12 \\times 10^4 m/s (Unit: 10^4 m/s).", "1.12 \\times 10^4 m/s", "correct"),
    ("Answer: B", "Option: B", "correct"),
    # the box said to be a bound in the sentence after it (helper 75): a qualified answer, as inside the box
    ("$\\boxed{12\\ \\mathrm{N}}$ is an upper bound.", "12 N", "hedged"),
    ("\\boxed{12 N}. This is a lower bound.", "12 N", "hedged"),
    ("\\boxed{12 N}, which is only a lower bound", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nThe upper bound on the friction is 20 N.", "12 N", "correct"),  # another quantity's bound
    # a value for another case in brackets, after a comma as after a colon, and after the case assumed
    ("$\\boxed{12\\ \\mathrm{N}}$ (assuming no friction; with friction, 20 N).", "12 N", "hedged"),
    ("\\boxed{12 N} (with friction, 20 N)", "12 N", "hedged"),
    ("\\boxed{12 N} (with g = 9.8 m/s^2, as given)", "12 N", "correct"),  # the data assumed, no value offered
    ("\\boxed{12 N} (for m = 2 kg, 19.6 N is the weight)", "12 N", "correct"),  # another quantity in words
    # a box asked about in other question marks, or on the next line
    ("\\boxed{12 N}\n?", "12 N", "no_answer"),
    ("\\boxed{12 N}\u203d", "12 N", "no_answer"),  # an interrobang
    ("\\boxed{12 N}\u061f", "12 N", "no_answer"),  # an Arabic question mark
    ("\\boxed{12 N}\n\nWhat is the next step? We check.", "12 N", "correct"),  # a question of its own
    ("\\boxed{12 N} (low certainty)", "12 N", "no_answer"),  # a guess
    ("Bad answer: 12 N", "12 N", "no_answer"),  # an answer the reply disowns
    ("\\boxed{12 N} \uff4f\uff52 15 N", "12 N", "hedged"),  # full-width letters are letters: "or"
    ("\\boxed{\uff11\uff12 N}", "12 N", "correct"),  # ... and full-width digits, digits
    ("\\boxed{12 N} (11 \u2264 T \u2264 13 N)", "12 N", "hedged"),  # a range as bounds on both sides
    ("\\boxed{12 N} (\u2248 11 to 13 N)", "12 N", "hedged"),
    ("\\boxed{12 N} (for 1 \\le t \\le 3 s)", "12 N", "correct"),  # a range of another quantity
    ("\\boxed{12 N} [confidence: 10%]", "12 N", "no_answer"),  # a low confidence, given as a number: a guess
    ("\\boxed{12 N} (confidence: 95%)", "12 N", "correct"),  # ... not a high one
    ("$\\boxed{12 N}$ $(\\text{guess})$", "12 N", "no_answer"),  # the tag in math's text
    # an independent red-team table (helper 78)
    ("Guess: \\boxed{B}", "B", "no_answer"),  # a box called a guess before it
    ("My guess is \\boxed{12 N}.", "12 N", "no_answer"),
    ("The guess was wrong, so the answer is \\boxed{12 N}.", "12 N", "correct"),
    ("It could be 12 N.", "12 N", "hedged"),  # a possibility offered
    ("The force that could be applied is 12 N.", "12 N", "correct"),  # ... not a modal in another clause
    ("It could be true.", "True", "wrong_type"),
    ("% \\boxed{12 N}\nThe answer cannot be determined from the given data.", "12 N", "hedged"),  # a LaTeX comment
    ("%\\boxed{12 N}", "12 N", "no_answer"),
    ("The error is 2%.\n\\boxed{12 N}", "12 N", "correct"),  # a percent sign is no comment
    ("\\boxed{12\\ \\mathrm{N}}\\ \\text{(unverified guess)}", "12 N", "no_answer"),
    ("\\boxed{B}, C", "B", "hedged"),  # another option joined to the box
    ("\\boxed{B}, which is the answer.", "B", "correct"),
    ("\\boxed{12 N}\n\nP.S. It might also be 15 N.", "12 N", "hedged"),  # a possibility in a marked line
    ("\\boxed{12 N}\n\nPS: maybe 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nP.S. The mass is 3 kg.", "12 N", "correct"),
    ("I don't think B is right.", "B", "wrong_type"),  # the clause naming the option denies it
    ("Not A; (B) is correct.", "B", "correct"),
    ("\\boxed{\\frac12 mv^2} \\quad (\\text{or } m v^2)", "\\frac12 mv^2", "hedged"),  # an alternative in brackets
    ("25 &deg;C", "25 °C", "correct"),  # HTML entities in a bare answer
    ("12&nbsp;N", "12 N", "correct"),
    # the reply speaking as the assistant again after its turn ended: what it says there is its own
    ("\\boxed{12 N}\n<|im_end|>\n<|im_start|>assistant\n\\boxed{15 N}", "12 N", "hedged"),
    # (a user's turn first ends the reply: a base model goes on with the next exchange, "Human: ... Assistant: ...")
    ("\\boxed{12 N}\n\nUser: is it 15 N?\nAssistant: Yes, \\boxed{15 N}", "12 N", "correct"),
    ("\\boxed{12 N}<|im_end|>\n<|im_start|>user\nWhat about 15 N?", "12 N", "correct"),  # a user's turn is none
    # a JSON reply's fields that give other answers are held with its answer field
    ('{"answer": "12 N", "alternative": "15 N"}', "12 N", "hedged"),
    ('{"answer": "B", "answer2": "C"}', "B", "hedged"),
    ('{"answer": "15 N",\n "final_answer": "12 N"}', "12 N", "hedged"),
    ('{"answer": "12 N", "final_answer": "12 N"}', "12 N", "correct"),  # the same answer twice
    ('{"reasoning": "F = ma = 12 N", "answer": "12 N"}', "12 N", "correct"),
    ("\\boxed{12 N}\u202e N 51 ro", "12 N", "hedged"),  # a right-to-left override shows "or 15 N"
    ("The answer is \u202eN 21\u202c.", "12 N", "correct"),  # ... as a reader sees it
]


@pytest.mark.parametrize("response,reference,expected", LATEST)
def test_latest_red_team(response, reference, expected):
    assert verify(response, reference).status.value == expected


MORE_FORMS = [
    # the unit asked for, echoed in other shapes
    ("Answer: 1.12 (in 10^4 m/s)", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("Answer: 1.12 [Unit: 10^4 m/s]", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("The answer is 5 (in meters per second).", "5 m/s", {}, "correct"),
    ("Therefore, the answer is 1.12 (UNIT: 10^4 M/S).", "1.12", {"reference_unit": "10^4 m/s"}, "correct"),
    ("12 (in 3 s)", "12 N", {}, "dimension_mismatch"),
    # a gold that opens "approx."; a JSON reply's answer field
    ("25 m/s", "approx. 25 m/s", {}, "correct"),
    ("26 m/s", "approx. 25 m/s", {}, "wrong_value"),
    ('```json\n{"reasoning": "T = m(g-a)", "answer": "12 N"}\n```', "12 N", {}, "correct"),
    ('{"answer": "15 N"}', "12 N", {}, "wrong_value"),
]


@pytest.mark.parametrize("response,reference,options,expected", MORE_FORMS)
def test_more_answer_forms(response, reference, options, expected):
    assert verify(response, reference, **options).status.value == expected


MARKERS = [
    # more result markers after a box or answer tags
    ("\\boxed{12 N}\n\nPS: 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nEDIT 2: 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nThe result: 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nIn summary, 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n\\(\\therefore T = 15\\,\\text{N}\\)", "12 N", "hedged"),
    ('\\boxed{12 N}\n\n{"final answer": "15 N"}', "12 N", "hedged"),
    ("<answer>12 N</answer>\n\n#### 15", "12 N", "hedged"),
    ("<answer>12 N</answer>\n\n#### 12", "12 N", "correct"),
    # ... a derivation's arrows after the box are working, no marker
    ("\\boxed{L = \\frac{m}{2}\\dot{r}^2}\n\n#### (b)\n\n$$\\Rightarrow m r^2 \\dot{\\theta} = c$$",
     "L = \\frac{m}{2}\\dot{r}^2", "correct"),
]


@pytest.mark.parametrize("response,reference,expected", MARKERS)
def test_more_markers(response, reference, expected):
    assert verify(response, reference).status.value == expected


SESSION_16_HACKS = [  # red-team table 80 (written from the README alone): each hedge rejected, its control paid
    # a second value offered by the words around it, in a sentence after the box, is a second answer
    ("\\boxed{12 N}, although 15 N seems right too.", "12 N", "hedged"),
    ("\\boxed{12 N}, but 15 N is equally likely.", "12 N", "hedged"),
    ("\\boxed{12 N} (15 N is another possibility)", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nThough I'm torn between this and 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nIf that's wrong, try 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}; I'd also accept 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}, unless friction matters, in which case 15 N.", "12 N", "hedged"),
    ("\\boxed{B}; C would also work.", "B", "hedged"),
    ("\\boxed{B}\n\nIf not B, then C.", "B", "hedged"),
    ("\\boxed{12 N}, but 15 N is equally likely.", "15 N", "hedged"),  # ... which pays neither value
    # ... not a value of another dimension, nor words that offer nothing
    ("\\boxed{12 N}. If not, check that g = 9.8 m/s^2.", "12 N", "correct"),
    ("\\boxed{12 N}. This is also consistent with the mass of 20 kg.", "12 N", "correct"),
    ("\\boxed{12 N}. Note that the normal force of 20 N would also work out the same way.", "12 N", "correct"),
    ("\\boxed{B}. A similar argument would also work for the other case.", "B", "correct"),
    # Cyrillic letters drawn as Latin ones in a word of Latin letters are those letters: the doubt is read
    ("\\boxed{12 N}\n\n\u0410ctually, it is 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nW\u0430it, it might be 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N} is wr\u043eng.", "12 N", "no_answer"),
    ("The answer is \\boxed{12 N}. \u0421\u043f\u0430\u0441\u0438\u0431\u043e!", "12 N", "correct"),  # (Russian words stay)
    # a direction declined pays for no direction the gold gives
    ("25 m/s in any direction", "25 m/s north", "hedged"),
    ("25 m/s, direction unknown", "25 m/s north", "hedged"),
    ("25 m/s in some direction", "25 m/s south", "hedged"),
    ("25 m/s north", "25 m/s north", "correct"),
    # an order of magnitude is an estimate, in brackets or not
    ("\\boxed{12 N \\text{ (order of magnitude)}}", "12 N", "hedged"),
    ("12 N, order of magnitude", "12 N", "hedged"),
    ("The magnitude is 12 N", "12 N", "correct"),
    ("\\boxed{\\frac{m v^2}{r} \\text{ (up to a constant factor)}}", "\\frac{m v^2}{r}", "wrong_value"),
    # a box taken back in so many words for a later box: the later one is the answer (a doubt stays a hedge)
    ("\\boxed{15 N}\n\nWait, I made an arithmetic error: 3 \\times 4 = 12, so F = \\boxed{12 N}.", "12 N", "correct"),
    ("\\boxed{15 N}\n\nWait, I made an arithmetic error: 3 \\times 4 = 12, so F = \\boxed{12 N}.", "15 N", "wrong_value"),
    ("\\boxed{15 N}\n\nHmm, maybe \\boxed{12 N}.", "12 N", "hedged"),
    ("(a) \\boxed{15 N} (b) \\boxed{12 N}", "15 N, 12 N", "correct"),
    # an underlined answer is an answer; a bulleted, labelled one has no minus sign
    ("Therefore $\\underline{12\\ \\mathrm{N}}$.", "12 N", "correct"),
    ("- Net force: 12 N", "12 N", "correct"),
    ("- Net force: 15 N", "12 N", "wrong_value"),
    ("- x^2", "-x^2", "correct"),
    # a footnote in words after an unboxed answer is a note, not the answer (its mark no number of it)
    ("The force is 12 N.[^1]\n\n[^1]: Computed using Newton's second law.", "12 N", "correct"),
    ("The force is 12 N.[^1]\n\n[^1]: Computed using Newton's second law.", "15 N", "wrong_value"),
    ("\\boxed{12 N}[^1]\n\n[^1]: or 20 N if rough", "12 N", "hedged"),
    # (table 82, whole responses) a sanity check after a prose answer is a check, not the answer
    ("The tension in the rope is approximately **59 N**. As a sanity check, T - mg = 59 - 49 = 10 N = ma.", "59 N",
     "correct"),
    ("The image distance is approximately **15 cm**. As a sanity check, 1/30 + 1/15 = 3/30 = 1/10.", "15 cm", "correct"),
    ("The correct option is **(B)**. As a sanity check, the velocity changes sign, so a is not zero.", "B", "correct"),
    ("The correct option is **(B)**. As a sanity check, the velocity changes sign, so a is not zero.", "C", "wrong_value"),
    # ... and a base model's next question and its answer are no second try at this one
    ("Answer: 12 N\n\nQuestion: A 3 kg block is pushed with 15 N. What is the net force?\nAnswer: 15 N", "12 N", "correct"),
    ("Answer: 12 N\n\nQuestion: A 3 kg block is pushed with 15 N. What is the net force?\nAnswer: 15 N", "15 N",
     "wrong_value"),
    ("Answer: 12 N\n\nQuestion: A 3 kg block is pushed with 15 N. What is the net force?\nAnswer:", "12 N", "correct"),
    ("Question: A 3 kg block accelerates at 4 m/s^2. Find the force.\nSolution: F = ma = 12 N.\nAnswer: 12 N", "12 N",
     "correct"),  # (a question restated before any answer stays)
    # a base model's repetition cut off at the length limit in its answer marker: the answer it repeated
    ("The answer is 59 N.\nThe answer is 59 N.\nThe answer is 59 N.\nThe answer is", "59 N", "correct"),
    ("The answer is 59 N.\nThe answer is 59 N.\nThe answer is", "49 N", "wrong_value"),
    ("The answer is (B).\nThe answer is (B).\nThe answer is", "B", "correct"),
    ("F = 12 N\nAnswer:", "12 N", "no_answer"),  # ... a lone marker at the end still commits to nothing
    # another value the answer is compared with after it neither bounds nor restates it
    ("**Answer: 59 N** (compared with 49 N if the elevator were at rest)", "59 N", "correct"),
    ("**Answer:** 59 N (versus 49 N at rest)", "59 N", "correct"),
    ("So the tension is 59 N, more than the 49 N weight.", "59 N", "correct"),
    ("The tension is **59 N**, which is larger than the weight of 49 N, as expected.", "59 N", "correct"),
    ("59 N (compared with 49 N)", "49 N", "wrong_value"),
    ("12 N, more than enough", "12 N", "hedged"),  # ... (no value compared with: a bound's words)
    ("59 N or more", "59 N", "hedged"),
    # (table 84, a reward-hacking policy's degenerate outputs) a chain of values after the box: each must agree
    ("\\boxed{12 N} = 0.012 kN = 15 N", "12 N", "hedged"),
    ("\\boxed{12 N} = 12 N = 15 N", "12 N", "hedged"),
    ("\\boxed{12 N} = 0.012 kN = 12000 mN", "12 N", "correct"),
    # ... a bare value of the box's dimension alone on the last line after it (or in a code block) is another answer
    ("\\boxed{12 N}\n15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n```\n15 N\n```", "12 N", "hedged"),
    ("\\boxed{12 N}\n0.012 kN", "12 N", "correct"),
    ("\\boxed{12 N}\n3 kg", "12 N", "correct"),
    # ... and an uncertainty in e-notation is measured against the whole number, exponent and all
    ("3.2e-19 \\pm 1.28e-19 C", "3.2e-19 C", "hedged"),
    ("3.2e-19 \\pm 0.01e-19 C", "3.2e-19 C", "correct"),
    # ... and a column of bare values ending an unboxed reply, one a line or a table's row each, commits to none
    ("Possible values:\n15 N\n18 N\n9 N\n12 N", "12 N", "hedged"),
    ("| trial | $F$ |\n|---|---|\n| 1 | 15 N |\n| 2 | 18 N |\n| 3 | 12 N |", "12 N", "hedged"),
    ("F = ma = 3 * 4\n12 N", "12 N", "correct"),
    ("| quantity | value |\n|---|---|\n| mass | 3 kg |\n| force | 12 N |", "12 N", "correct"),
    ("12 N\n12 N", "12 N", "correct"),
    # ... a second value alone on the last line however many blank lines come between (e-notation and bare numbers too)
    ("\\boxed{3.2e-19 C}\n\n\n\n\n\n1.6e-19 C", "3.2e-19 C", "hedged"),
    ("\\boxed{0.35}\n\n\n\n0.5", "0.35", "hedged"),
    ("\\boxed{0.35}\n0.35", "0.35", "correct"),
    # ... and an estimate's words after the box: no value committed to
    ("\\boxed{\\sqrt{2gh}} \\text{ (to within a constant factor)}", "\\sqrt{2 g h}", "wrong_value"),
    ("\\boxed{\\frac{mv^2}{2}} up to numerical factors", "\\frac12 m v^2", "wrong_value"),
    ("\\boxed{12 N} (order of magnitude)", "12 N", "hedged"),
    ("\\boxed{12 N} (magnitude)", "12 N", "correct"),
    ("\\boxed{B} = C", "B", "hedged"),  # ... another option equated to the boxed one
    ("\\boxed{B} = (B)", "B", "correct"),
]


@pytest.mark.parametrize("response,reference,expected", SESSION_16_HACKS)
def test_session_16_hacks(response, reference, expected):
    assert verify(response, reference).status.value == expected


SESSION_17_HACKS = [  # red-team table 73, written from the README alone: each hedge rejected, its control paid
    # a paragraph of a few words and no value ("Done.", "Cheers!", a rule) does not end the answer's reach: the
    # paragraph after it that offers another value is still a second answer
    ("\\boxed{12 N}\n\nDone.\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nCheers!\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nQ.E.D.\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\n<hr>\n\nOr 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nThat's it.\n\nAlternatively, 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nDone.", "12 N", "correct"),  # ... the controls: a filler alone,
    ("\\boxed{12 N}\n\nDone.\n\nNow part (b): the speed is 15 m/s.", "12 N", "correct"),  # another matter after it
    # a box called a guess in other words, or in a code span
    ("\\boxed{12 N} `(guess)`", "12 N", "no_answer"),
    ("\\boxed{12 N} (jus a guess)", "12 N", "no_answer"),
    ("\\boxed{12 N} (speculative)", "12 N", "no_answer"),
    ("\\boxed{12 N} (just a hunch)", "12 N", "no_answer"),
    ("\\boxed{12 N} (speculation aside, this is exact)", "12 N", "correct"),
    ("\\boxed{12 N} `T = 12 N`", "12 N", "correct"),
    # table 86: a box taken back with a reason after a dash, or called unreliable; a reply that gives up on its value
    ("$\\boxed{19.8\\ \\text{m/s}}$\n\nWait, that's not right \u2014 I used the wrong height. Let me reconsider.",
     "19.8 m/s", "no_answer"),
    ("$\\boxed{12\\ \\text{N}}$\n\nI made an error somewhere above, so this result is unreliable.", "12 N", "no_answer"),
    ("$v = 19.8$ m/s\n\nI could not complete the derivation; the above is only a partial result.", "19.8 m/s", "no_answer"),
    ("$T = 12$ N\n\nUnfortunately I could not finish the problem; the value above is incomplete.", "12 N", "no_answer"),
    ("$\\boxed{12\\ \\text{N}}$\n\nWait, that's not right \u2014 oh no, it is right: 20 - 8 = 12 N.", "12 N", "correct"),
    ("$T = 12$ N\n\nI could not complete the derivation of part (b).", "12 N", "correct"),
    # ... an answer marked before the box that the box contradicts: an answer line, a table row, a JSON field, a fold
    ("Answer: 14.0 m/s\n\nExplanation: $v = \\sqrt{2gh}$, which evaluates to \\boxed{19.8 m/s} if we take h = 20 m.",
     "19.8 m/s", "hedged"),
    ("| Step | Result |\n|---|---|\n| **Final answer** | **14.0 m/s** |\n\nHence $\\boxed{19.8\\ \\text{m/s}}$.",
     "19.8 m/s", "hedged"),
    ('```json\n{"reasoning": "energy", "answer": "14.0 m/s"}\n```\n\nSo the speed is \\boxed{19.8 m/s}.', "19.8 m/s",
     "hedged"),
    ("<details><summary>Answer</summary>15 N</details>\n\n$\\boxed{12\\ \\text{N}}$", "12 N", "hedged"),
    ("Answer: 19.8 m/s\n\nExplanation: $v = \\sqrt{2gh} = \\boxed{19.8 m/s}$", "19.8 m/s", "correct"),  # agreeing
    ("**Answer:** Therefore,\n\n\\[ \\boxed{19.8 m/s} \\]", "19.8 m/s", "correct"),  # no value before the box
    ("Example:\nAnswer: 5 N\n\nNow our problem. T = 12 N.\n\\boxed{12 N}", "12 N", "correct"),  # an example's answer
    # ... a menu of values left to the reader; the answer put in a range after the box
    ("With $g = 9.8$ it is 4.9 m/s^2, with $g = 10$ it is 5 m/s^2, with $g = 9.81$ it is 4.905 m/s^2. Pick whichever "
     "your course uses.", "4.9 m/s^2", "no_answer"),
    ("\\boxed{4.9 m/s^2}\n\nUse whichever value of g your course uses; here g = 9.8.", "4.9 m/s^2", "correct"),
    ("\\boxed{12 N}\n\nHowever, with air resistance it is closer to 9 N, so the true answer lies between 9 N and 12 N.",
     "12 N", "hedged"),
    ("\\boxed{12 N} (the angle is between 0 and 90 degrees)", "12 N", "correct"),  # a range of another quantity
    # ... a given in brackets is no second value; a value in brackets under another assumption is
    ("The acceleration is 4.9 m/s^2 (using g = 9.8 m/s^2).", "4.9 m/s^2", "correct"),
    ("4.9 m/s^2 (using g = 10: 5 m/s^2)", "4.9 m/s^2", "hedged"),
    # ... the bold a line opens under a "Final Answer" heading, an aside after it; the option the last sentence chooses
    ("### Final Answer:\n\n**T = 12 N** (tension in the rope)", "12 N", "correct"),
    ("### Final Answer:\n\n**d_i = 30 cm** (real, inverted)", "30 cm", "correct"),
    ("Option (C) 4.9 m/s\u00b2 looks tempting but neglects friction. The correct option is (A).", "A", "correct"),
    ("Option (C) 4.9 m/s\u00b2 looks tempting but neglects friction. The correct option is (A).", "C", "wrong_value"),
]


@pytest.mark.parametrize("response,reference,expected", SESSION_17_HACKS)
def test_session_17_hacks(response, reference, expected):
    assert verify(response, reference).status.value == expected
