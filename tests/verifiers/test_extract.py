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
    # Markdown code marks used as math's $: "we compute `x = 24/4 = 6`." and "the answer is `6`."
    ("Finally, we compute: `d = \\frac{24}{4} = 6`.", ["d = \\frac{24}{4} = 6"]),
    ("So the answer is `6`.", ["6"]),
    # a reply after the thinking cut off inside its math (the length limit): the thinking's own final answer
    ("<think>\nSo the mass is...\n**Final Answer**\n\\boxed{2\\sqrt{2}\\, m}\n</think>\n\nGiven a particle of rest mass \\( m",
     ["2\\sqrt{2}\\, m"]),
    ("<think>\n\\boxed{5}\n</think>\nThe energy is\n\\[ E = \\frac{1", ["5"]),
    # ... but a reply that ends, boxed or not, is the answer, whatever the thinking boxed
    ("<think>\n\\boxed{5}\n</think>\nSo the speed is 6 m/s.", ["6 m/s"]),
    ("<think>\n\\boxed{5}\n</think>\nThe speed is \\( v = 6 \\) m/s and the rest follows",
     ["\\( v = 6 \\) m/s and the rest follows"]),
]


# whole completions as reasoning models and chat models write them (red-team helper-25)
COMPLETIONS = [
    # thinking the prompt opened (DeepSeek-R1, QwQ, Qwen3 templates): only "</think>" is in the completion, and
    # what the thinking boxed or said is no final answer
    ("5 m/s", "a = 2 so v = 4 m/s: \\boxed{4 m/s}. Wait, a = 2.5.\n</think>\n\nThe speed is \\boxed{5\\ \\text{m/s}}.",
     "correct"),
    ("12 N", "Hmm, the answer is 12 N.\n</think>\n\nThe net force acting on the block is 15 N.", "wrong_value"),
    ("C", "I think it's \\boxed{B}. No wait... C.\n</think>\n\n**Answer:** \\boxed{C}", "correct"),
    # an aside after the answer, with a number in it, is no answer
    ("12 N", "Thus, F = 12 N.\n\nLet me know if you have 2 more questions!", "correct"),
    ("12 N", "Thus, F = 12 N.\n\nI hope this helps with your Physics 101 homework!", "correct"),
    ("12 N", "F = ma = 4 \\times 3 = 12 N.\n\nNote: g = 9.8 m/s^2 was not needed here.", "correct"),
    ("12 N", "Thus, F = 15 N.\n\nI hope this helps with your Physics 101 homework!", "wrong_value"),
    # the value restated in other units after "or equivalently" or "i.e." must agree
    ("5 m/s", "So the final answer is 5 m/s, or equivalently 18 km/h.", "correct"),
    ("5 m/s", "The final answer is 5 m/s, i.e. 18 km/h.", "correct"),
    ("5 m/s", "The final answer is 5 m/s, i.e. 20 km/h.", "hedged"),
    ("300 K", "The final temperature is $T = 300\\ \\text{K}$, i.e. about $27^\\circ\\text{C}$.", "correct"),
    # numbered steps are no parts of the answer; the last one states it (with its unit after the math)
    ("2.0 m/s^2", "Steps:\n1. Newton's law along the incline: $ma = mg\\sin\\theta - \\mu mg\\cos\\theta$.\n"
     "2. Substituting the numbers, $a = 2.0$ m/s^2.", "correct"),
    # "maximum" or "minimum" naming the quantity is no bound; "a maximum of", "maximum 5" still are
    ("20.4 m", "The ball reaches a maximum height of about 20.4 m.", "correct"),
    ("8.9 m/s", "So the car needs a minimum speed of 8.9 m/s at the top of the loop.", "correct"),
    ("5 m/s", "a maximum of 5 m/s", "hedged"),
    ("5 m/s", "maximum 5 m/s", "hedged"),
    # a lead-in in words with an apostrophe before the math
    (r"\frac{G M m}{r^2}", "By Newton's law of gravitation, $F = \\dfrac{GMm}{r^2}$.", "correct"),
    ("5 m/s", "From Bernoulli's equation, $v = 5\\ \\text{m/s}$.", "correct"),
    # red-team helper-27, against the rules above
    ("5 N", "\\boxed{5} \\times 10^{3}\\ \\text{N}", "wrong_value"),  # a power of ten after the box is the value's
    ("5000 N", "\\boxed{5} \\times 10^{3}\\ \\text{N}", "correct"),
    ("5", "The force is \\boxed{5} \\times 10^{3}.", "wrong_value"),  # ... for a unitless gold too
    ("300 K", "\\boxed{300}\\ ^\\circ\\text{C}", "wrong_unit"),  # a degree sign after the box
    ("300 K", "\\boxed{27}\\ ^\\circ\\text{C}", "correct"),
    ("5 m", "The length is \\boxed{5}\ncm", "wrong_unit"),  # a unit alone on the next line
    ("5 m/s", "\\boxed{18} \\text{km/h}\\text{.}", "correct"),
    ("5 m/s", "So \\boxed{5 m/s}.\n</think>\nHmm, I made an error. Redo: $v = \\sqrt{", "unparseable_response"),
    ("5 m/s", "So \\boxed{5 m/s}.\n</think>\nThe answer is $\\boxed{6", "unparseable_response"),
    ("5 m/s", "So \\boxed{5 m/s}.\n</think>\nThe answer is $v = \\frac{", "correct"),
    ("5 m/s", "first \\boxed{6 m/s}; later \\boxed{5 m/s}.\n</think>\nThe answer is $v = \\frac{", "correct"),
    ("5 m/s", "v = 5 m/s\nNote: the final speed is actually 6 m/s.", "wrong_value"),  # an aside that corrects
    ("12 N", "Case A: 15 N\nCase B: 12 N", "wrong_type"),  # two cases' answers, not the last line alone
    ("2 m/s, 4 m/s", "Part 1: 2 m/s\nPart 2: 4 m/s", "correct"),
    ("mg", "F = mg to the left, doubled", "wrong_type"),  # a word that changes the value is no clause
    (r"\frac{mv^2}{r}", "$F = \\frac{mv^2}{r}$ toward the center", "correct"),
    ("x = 5", "x = 5 < 3", "hedged"),  # a bound the value breaks is no remark on its sign
    ("qE", "F = qE where q is the charge", "correct"),  # the value, not "the charge"
    ("mg", "F = mg where g is 2 m/s^2", "wrong_value"),  # ... a clause that gives a value stays
    ("20 N", "A minimum force of 20 N is required.", "correct"),
    ("mg", "mg, i.e. the weight", "correct"),  # "i.e." and words: no second value
    (r"3\hat{i}", "\\boxed{3i}", "correct"),  # one component along a bare i
    (r"q v B \hat{k}", "\\boxed{qvB\\,k}", "correct"),
    (r"\mathbf{B} = \frac{\mu_0 I}{2} \frac{R^2}{(R^2 + z^2)^{3/2}} \hat{\mathbf{z}}",
     r"\frac{\mu_0 IR^2}{2(z^2+R^2)^{3/2}}", "correct"),  # ... but a bare z is a coordinate: the direction dropped
    # red-team helper-28: another option, formula or truth value offered right after the final answer is a hedge
    ("B", "\\boxed{B} (or C)", "hedged"),
    ("B", "\\boxed{B}, or C", "hedged"),
    ("B", "\\boxed{B}\\text{ or }C", "hedged"),
    ("B", "\\boxed{B} (C if friction is included)", "hedged"),
    (r"\frac{1}{2}mv^2", "\\boxed{\\frac{1}{2}mv^2} (or mv^2)", "hedged"),
    ("True", "\\boxed{\\text{True}} (or False)", "hedged"),
    ("5 m/s", "\\boxed{5 m/s} (6 m/s if air resistance is included)", "hedged"),
    ("5 m/s", "\\boxed{5 m/s} (18 km/h if you prefer)", "correct"),  # ... the same value is no alternative
    ("5 m/s", "\\boxed{5 m/s} (rounded if needed)", "correct"),  # ... nor words
    ("12 N", "\\boxed{12 N} or so", "correct"),
    ("5 m/s", "\\boxed{\\text{5 m/s is wrong}}", "hedged"),  # a value called wrong is no answer
    ("B", "The answer is B. Actually, C.", "hedged"),  # a correction to another option
    ("5 m/s", "\\boxed{5 m/s}. Actually, A careful check agrees.", "correct"),  # ... a capital starting words is none
    ("B", "\\boxed{\\text{B: 5 m/s; C: 6 m/s}}", "hedged"),  # several options with their values
    ("B", "\\boxed{\\text{B) 5 m/s, C) 6 m/s}}", "hedged"),
    ("B", "\\boxed{\\text{B: 5 m/s}}", "correct"),
    # labels of a tuple say which part each value is; a set has no order, which a bracketed tuple has
    ("x = 2, y = 3", "\\boxed{(y, x) = (2, 3)}", "wrong_value"),
    ("x = 2, y = 3", "\\boxed{(y, x) = (3, 2)}", "correct"),
    ("v_1 = 3 m/s, v_2 = 4 m/s", "(v_2, v_1) = (3 m/s, 4 m/s)", "wrong_value"),
    ("(3 m/s, 4 m/s)", "\\boxed{\\{4 m/s, 3 m/s\\}}", "wrong_value"),  # ... its members in their written order
    ("(3 m/s, 4 m/s)", "\\boxed{\\{3 m/s, 4 m/s\\}}", "correct"),
    # a value in brackets right after the final answer, under a condition or not, must agree with it
    ("5 m/s", "\\boxed{5 m/s} [6 m/s]", "hedged"),
    ("5 m/s", "\\boxed{5 m/s} (if rough: 6 m/s)", "hedged"),
    ("5 m/s", "\\boxed{5 \\text{ m/s}}\\ (\\approx 6 \\text{ m/s})", "hedged"),
    ("5", "\\boxed{5} (\\approx 6)", "hedged"),
    ("5 m/s", "\\boxed{5 m/s} (18 km/h)", "correct"),
    ("5 m/s", "\\boxed{5 m/s} (2 s.f.)", "correct"),  # ... a precision remark, a citation, a bare number: none
    ("5 m/s", "\\boxed{5 m/s} [1]", "correct"),
    ("-3, 3", "\\{3, -3\\}", "correct"),  # ... a bare list of solutions is answered by a set
    ("(-3, 3)", "\\pm 3", "correct"),
    # a Markdown table's last row answers by its last cell, a part's row after its label (helper-32)
    ("3 A", "The current follows.\n\n| quantity | value |\n|---|---|\n| voltage | 12 V |\n"
     "| **current (answer)** | **3 A** |", "correct"),
    ("3 A", "| quantity | value |\n|---|---|\n| **current** | **3 A** |\n| voltage | 12 V |", "dimension_mismatch"),
    ("5 m/s, 6 s", "Summary:\n\n| part | answer |\n|---|---|\n| (a) | 5 m/s |\n| (b) | 6 s |", "correct"),
    ("5 m/s, 6 s", "Summary:\n\n| part | answer |\n|---|---|\n| (a) | 5 m/s |\n| (b) | 7 s |", "wrong_value"),
    # ... and labelled part lines in another order are read in their labels' order (helper-35)
    ("5 m/s, 6 s", "| part | answer |\n|---|---|\n| (b) | 6 s |\n| (a) | 5 m/s |", "correct"),
    ("(a) 12 N (b) 2.4 m/s^2", "**Final Answer:**\n(b) 2.4 m/s^2\n(a) 12 N", "correct"),
    ("5 m/s, 6 s", "Summary:\n(b) 7 s\n(a) 5 m/s", "wrong_value"),
    ("5 m/s, 6 s", "Summary:\n2. 6 s\n(a) 5 m/s", "wrong_type"),  # ... labels of one kind
    ("T_1 = 2mg, T_2 = mg", "Final answer:\nT_2 = mg\nT_1 = 2mg", "correct"),  # ... or equation lines
    ("T_1 = 2mg, T_2 = mg", "Final answer:\nT_2 = 2mg\nT_1 = mg", "wrong_value"),
    # "**Final Answer:**" alone on its line, the parts' answers on the lines below it
    ("(a) 12 N (b) 2.4 m/s^2", "The forces balance.\n\n**Final Answer:**\n(a) 12 N\n(b) 2.4 m/s^2", "correct"),
    ("(a) 12 N (b) 2.4 m/s^2", "The forces balance.\n\n**Final Answer:**\n(a) 12 N\n(b) 3.4 m/s^2", "wrong_value"),
    ("12 N", "The forces balance.\n\n**Final Answer:**\n12 N", "correct"),
    # the last line naming an option answers, though it holds no digit (a bullet above it held math)
    ("B", "- (A) wrong.\n- (B) correct: the tension equals $mg$ in equilibrium.\n- (C) wrong sign.\n\n"
     "So the correct choice is option B.", "correct"),
    ("B", "- (A) wrong.\n- (B) correct: the tension equals $mg$.\n\nSo the correct choice is option C.", "wrong_value"),
    # Markdown's bold around a value, with its restatement in brackets after it; never a power
    ("3.6 km", "So the distance walked is **3600 m** (3.6 km).", "correct"),
    ("3.6 km", "So the distance walked is **3600 m** (3.7 km).", "hedged"),
    ("9", "The answer is 3**2", "correct"),
    # a "Final answer:" line beside the box that gives another option, truth value, word, sign or relation is a
    # hedge, as another number was (its numbers alone were compared: "-5 m/s" agreed with "5 m/s"; helper-34)
    ("B", "\\boxed{B}\nFinal answer: (C)", "hedged"),
    ("B", "\\boxed{B}\nFinal answer: (B)", "correct"),
    ("True", "\\boxed{True}. Final answer: False", "hedged"),
    ("ABD", "\\boxed{ABD}. Final answer: AB", "hedged"),
    ("-5 m/s", "\\boxed{-5 m/s}. Final answer: 5 m/s", "hedged"),
    ("-5 m/s", "\\boxed{-5 m/s}. Final answer: -5 m/s", "correct"),
    ("clockwise", "\\boxed{\\text{clockwise}}. Final answer: counterclockwise", "hedged"),
    ("T_1 < T_2", "\\boxed{T_1 < T_2}. Final answer: T_1 > T_2", "hedged"),
    ("T_1 < T_2", "\\boxed{T_1 < T_2}. Final answer: T_1 < T_2", "correct"),
    ("5 m", "The result.\n\\boxed{5 m}\nFinal answer: 5 meters", "correct"),
    # ... and "i.e." after the box restates the answer, which must agree, as inside it
    ("B", "\\boxed{B}, i.e. option C", "hedged"),
    ("B", "\\boxed{B}, i.e. option B", "correct"),
    ("B", "\\boxed{B}, i.e. 5 m/s", "correct"),  # ... an option's content restates a letter gold's answer
    ("B", "\\boxed{\\text{B or not B}}", "hedged"),  # ... but words naming an option do not
    # a unit written after an answer line's math is the value's (helper-37): "24 km/h" was read as a bare 24 m/s
    ("17.6 MeV", "**Answer:** $2.82\\times10^{-12}$ J", "correct"),
    ("24 m/s", "Answer: $24$ km/h", "wrong_unit"),
    ("24 m/s", "Answer: $24$ m/s.", "correct"),
    ("12", "Final answer: $12$ apples are left.", "correct"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. 18 km/h", "correct"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. 6 m/s", "hedged"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. the speed of the block", "correct"),
    # ... the whole restatement, not its number alone: a sign, a unit, another option or word (helper-35)
    ("5 m/s", "\\boxed{5 m/s}, i.e. -5 m/s", "hedged"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. 5 km/h", "hedged"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. 5 m/s or 6 m/s", "hedged"),
    ("2", "\\boxed{2}, i.e. three times", "hedged"),
    ("B", "\\boxed{B}, i.e. options B and C", "hedged"),
    ("\\text{Insulator}", "\\boxed{\\text{Insulator}}, i.e. a conductor", "hedged"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. 18 km/h. Next we compute the time.", "correct"),
    ("5 m/s", "\\boxed{5 m/s}, i.e. about 5.0 m/s", "correct"),
    ("B", "\\boxed{B}. Final answer: B and C", "hedged"),  # ... and options added on the answer line
    # a bound written just outside the box is the hedge it is inside it (helper-36)
    ("12 N", "The force is \\boxed{12 N} at least.", "hedged"),
    ("12 N", "\\boxed{12 N} (at least)", "hedged"),
    ("12 N", "\\boxed{12 N} or more", "hedged"),
    ("12 N", "The force is at least \\boxed{12 N}.", "hedged"),
    ("12 N", "\\boxed{12 N}, at minimum", "hedged"),
    ("5 m", "The maximum height is \\boxed{5 m}. The maximum speed follows.", "correct"),
    # ... and an answer tag beside the box is another final answer, held against it
    ("12 N", "<answer>15 N</answer> \\boxed{12 N}", "hedged"),
    ("12 N", "\\boxed{12 N} <answer>15 N</answer>", "hedged"),
    ("12 N", "\\boxed{12 N} <answer>12 N</answer>", "correct"),
    # a display's closing delimiter alone on a line is no answer: the line above it is (a reply cut off after it)
    ("\\sqrt{2\\mu Rh}", "The distance is:\n   \\[\n   x = v t = \\sqrt{\\mu g R} \\cdot \\sqrt{\\frac{2h}{g}}\n   \\]\n"
     "   Simplifying the expression:\n  ", "correct"),
    ("\\sqrt{2\\mu Rh}", "The distance is:\n   \\[\n   x = \\sqrt{\\mu g R}\n   \\]\n   Simplifying:\n", "wrong_value"),
    ("5 m/s", "So\n\\[\n\\begin{aligned}\nv = 5 m/s\n\\end{aligned}\n\\]", "correct"),  # ... nor an environment's end
    # a paragraph after the final answer that opens by taking it back holds another value against it
    ("12 N", "**Final Answer:**\n12 N\n\nWait, let me recheck: 13 N", "hedged"),
    ("12 N", "The force is \\boxed{12 N}.\n\nActually, I made an error: it is 13 N.", "hedged"),
    ("12 N", "**Final Answer:**\n12 N\n\nWait, let me recheck: yes, 12 N is right.", "correct"),
    ("12 N", "The force is \\boxed{12 N}.\n\nNow for part two, the speed is 20 m/s.", "correct"),
    ("B", "\\boxed{B}. Final answer: B, C", "hedged"),
    # ... but the option's letter after a value's box restates it where the gold is no option
    ("6 mT", "\\[\\boxed{B = 6 \\times 10^{-3} \\text{ Tesla}}\\]\n\nTherefore, the correct answer is **(b)**.", "correct"),
    ("6 mT", "\\[\\boxed{B = 7 \\times 10^{-3} \\text{ Tesla}}\\]\n\nTherefore, the correct answer is **(b)**.",
     "wrong_value"),
    # red-team helper-38: an answer line's math span joined to another value ("to", "and", "or", a dash) is read
    # with it, as the same line without "$" is (the first span alone was paid)
    ("12 N", "Answer: $12\\ \\text{N}$ to $15\\ \\text{N}$", "wrong_value"),
    ("12 N", "**Final Answer:** $12\\ \\text{N}$ – $15\\ \\text{N}$", "wrong_value"),
    ("B", "**Answer:** $B$ and $C$", "hedged"),
    ("5 m/s", "Final answer: $v = 5$ m/s or $v = 6$ m/s", "hedged"),  # (the unit before the joining word)
    ("12 N", "The answer is $12\\ \\text{N}$ (or $13$ N).", "hedged"),
    ("mg", "**Answer:** $\\frac{mg}{2}$ to $mg$", "wrong_value"),
    ("5 m/s", "Final answer: $v = 5$ m/s or $v = 5.0$ m/s", "correct"),  # ... one value twice
    ("12 N", "The answer is $12\\ \\text{N}$ (or $1.2 \\times 10^1$ N).", "correct"),
    ("5 m/s", "Final answer: $v = 5$ m/s, or equivalently $18$ km/h.", "correct"),
    ("12 N", "The answer is $12\\ \\text{N}$, not $24\\ \\text{N}$.", "correct"),  # ... another value denied
    ("12 N", "**Final Answer:** $12\\ \\text{N}$, $15\\ \\text{N}$", "wrong_type"),  # ... a comma before math
    ("12 N", "The final answer is $12\\ \\text{N}$ (lower bound) to $15\\ \\text{N}$ (upper bound).", "hedged"),
    # a value denied after the answer is no qualifier of it; a doubt still is
    ("12 N", "The tension is $12\\,\\text{N}$, not $24\\,\\text{N}$ as one might naively expect.", "correct"),
    ("24 N", "The tension is $12\\,\\text{N}$, not $24\\,\\text{N}$ as one might naively expect.", "wrong_value"),
    ("12 N", "The answer is 12 N rather than 24 N.", "correct"),
    ("12 N", "12 N, not sure", "hedged"),
    # a precision remark after a comma, as in brackets
    ("2.4 m", "The answer is 2.4 m, rounded to two significant figures.", "correct"),
    ("2.4 m", "2.4 m, to 2 s.f.", "correct"),
    # a check after the answer is an aside, not the answer
    ("5 m/s", "Therefore, the speed is 5 m/s.\n\nCheck: $5^2 = 25 = 2 \\times 2.5 \\times 5$ ✓.", "correct"),
    ("2.6 m", "So the block travels $x \\approx 2.6$ m up the incline.\n\n*Dimensional check:* $[v^2/a] = \\text{m}$ ✓",
     "correct"),
    # an answer sentence: the truth it states; one math span among words; the option called right
    ("True", "Hence the statement is true.", "correct"),
    ("False", "Hence the statement is true.", "wrong_value"),
    ("True", "Answer: the statement is true.", "correct"),
    ("C", "So the answer: option C is correct.", "correct"),
    ("2.4 m", "**Answer:** The block slides $2.4\\ \\text{m}$ before stopping.", "correct"),
    ("2.4 m", "**Answer:** The block slides at most $2.4$ m before stopping.", "hedged"),
    ("B", "- (A) predicts $a = g\\sin\\theta$: wrong.\n- (B) matches.\n\nHence (B) is correct; (A), (C), and (D) are "
     "incorrect.", "correct"),
    ("A", "- (A) predicts $a = g\\sin\\theta$: wrong.\n- (B) matches.\n\nHence (B) is correct; (A), (C), and (D) are "
     "incorrect.", "wrong_value"),
    # options boxed one by one on one line, for a gold of several options (not boxes on several lines)
    ("ABD", "The correct options are \\(\\boxed{A}\\), \\(\\boxed{B}\\), and \\(\\boxed{D}\\).", "correct"),
    ("ABD", "The correct options are \\(\\boxed{A}\\), \\(\\boxed{B}\\).", "wrong_value"),
    ("ABD", "First \\boxed{A}.\nThen \\boxed{B}.\nFinally \\boxed{D}.", "wrong_value"),
    ("A", "\\boxed{A}, \\boxed{B}", "hedged"),
    # parts: in paragraphs below "Final Answer:", after bullets, in bold, after a name in words
    ("5 m/s, 6 s", "Work.\n\n**Final Answer:**\n\n(a) $5$ m/s\n\n(b) $6$ s", "correct"),
    ("5 m/s, 6 s", "Work.\n\n**Final Answer:**\n\n(a) $5$ m/s\n\n(b) $7$ s", "wrong_value"),
    ("5 m/s, 6 s", "Work.\n\n- (a) $v = 5$ m/s\n- (b) $t = 6$ s", "correct"),
    ("5 m/s, 6 s", "Work.\n\n**Part (a):** $v = 5\\ \\text{m/s}$\n\n**Part (b):** $t = 6\\ \\text{s}$", "correct"),
    ("5 m/s, 6 s", "**Final Answers:**\n1. Speed at the bottom: $5\\ \\text{m/s}$\n2. Time to stop: $6\\ \\text{s}$",
     "correct"),
    ("5 m/s, 6 s", "### Final Answer\n\n- Speed: $5\\ \\text{m/s}$\n- Time: $6\\ \\text{s}$", "correct"),
    ("5 m/s, 6 s", "### Final Answer\n\n- Speed: $5\\ \\text{m/s}$\n- Time: $7\\ \\text{s}$", "wrong_value"),
    ("6 s", "### Final Answer\n\n- Speed: $5\\ \\text{m/s}$\n- Time: $6\\ \\text{s}$", "correct"),  # ... one asked
    # ... each part stated in a sentence, where the gold has parts (a list of steps stays steps)
    ("(a) 12 N (b) 2.4 m/s^2", "**Final Answer:**\n\n(a) The tension is $12\\ \\text{N}$.\n\n"
     "(b) The acceleration is $2.4\\ \\text{m/s}^2$.", "correct"),
    ("(a) 12 N (b) 2.4 m/s^2", "**Final Answer:**\n\n(a) The tension is $12\\ \\text{N}$.\n\n"
     "(b) The acceleration is $3.4\\ \\text{m/s}^2$.", "wrong_value"),
    ("12 N, 2.4 m/s^2", "Summary:\n(a) The tension is 12 N.\n(b) The acceleration is 2.4 m/s^2.", "correct"),
    ("2.4 m/s^2", "Steps:\n1. The force is $F = 12$ N.\n2. The acceleration is $a = 2.4$ m/s^2.", "correct"),
    # red-team helper-41: a bound in a sentence of its own right after the box qualifies it (not a paragraph on)
    ("12 N", "\\boxed{12 N}. At least 12 N.", "hedged"),
    ("12 N", "\\boxed{12 N}.\n\nAt least, that is what the model predicts for a light rope.", "correct"),
    # an aside's sentence on the last line states no answer
    ("12 N", "The tension is 12 N. Note: we used g = 9.8 m/s^2.", "correct"),
    ("12 N", "The tension is 12 N. Note that g = 9.8 m/s^2 was used.", "correct"),
    # red-team helper-40: a sentence that denies what it states states no value
    ("2 m/s", "\\boxed{\\text{The speed can't be } 2\\,\\text{m/s}}", "wrong_value"),
    ("2 m/s", "\\boxed{\\text{No speed is } 2\\,\\text{m/s}}", "wrong_value"),
    ("2 m/s", "The speed can't be 2 m/s.", "wrong_value"),
    ("2 m/s", "The claim that the speed is 2 m/s is false.", "wrong_value"),
    ("1000.99", "the number is not 10 which is 1,000.99€", "correct"),  # ... a denial of another number (Math-Verify's)
    ("2.4 m", "**Answer:** The block slides at most $2.4$ m.", "hedged"),
    ("2.4 m", "**Answer:** The block does not slide $2.4$ m.", "hedged"),
    ("True", "It is not the case that the statement is true.", "wrong_type"),
    ("x < 3", "We find that $x < 3$.", "correct"),  # (a relation inside the math is the answer's own)
    ("12 N", "The tension is 12 N, not 100% sure.", "hedged"),  # ... doubt after "not" is no denied value
    ("12 N", "12 N, not 15 N but maybe 13 N", "hedged"),
    # ... another value after an answer line's math, however it is joined
    ("12 N", "Answer: $12$ N, possibly $15$ N", "wrong_type"),
    ("12 N", "Answer: $12$ N—$15$ N", "wrong_type"),  # (an em dash is punctuation, no minus sign: two values)
    ("12 N", "Answer — 12 N", "correct"),  # ... "Answer — 12 N" marks its answer (helper-52: it had read -12 N)
    ("-12 N", "Answer — 12 N", "wrong_value"),
    ("12 N", "**Final Answer:**\n- 12 N", "correct"),  # a list's bullet, no minus sign
    ("12 N", "Work.\n\n- 12 N", "correct"),
    ("-12 N", "Answer: -12 N", "correct"),
    ("12 N", "Answer: $12$ N; $15$ N", "wrong_type"),
    ("12 N", "Answer: $12$ N, 15 N", "wrong_type"),
    ("12 N", "Answer: $12$ N (approximately $15$ N)", "hedged"),
    ("12 N", "Answer: $12$ N (approximately $12.0$ N)", "correct"),
    ("5 m/s", "Final answer: $v = 5$ m/s, which is $18$ km/h.", "correct"),  # "which is" restates, as "i.e."
    ("5 m/s", "Final answer: $v = 5$ m/s, which is $19$ km/h.", "hedged"),
    # ... options boxed one by one and joined by "or" are no list of options
    ("AB", "\\boxed{A} or \\boxed{B}", "wrong_value"),
    ("AB", "\\boxed{A} and \\boxed{B}", "correct"),
    # ... one numbered part below "Final Answer:": its label is no value
    ("1 m/s", "**Final Answer:**\n1. Speed at the bottom: $5$ m/s", "wrong_value"),
    ("5 m/s", "**Final Answer:**\n1. Speed at the bottom: $5$ m/s", "correct"),
    # ... the options a sentence calls right (and not an option it calls not correct)
    ("C", "Hence (C) is correct.", "correct"),
    ("BC", "(B) and (C) are correct.", "correct"),
    ("B", "Hence (B) is correct; (C) is also correct.", "hedged"),
    ("B", "(B) is the only correct option.", "correct"),
    ("B", "(B) is not correct.", "wrong_type"),
    # ... values one a paragraph below "Final Answer:", for a gold of parts
    ("5 m/s, 6 s", "**Final Answer:**\n\n$5$ m/s\n\n$6$ s", "correct"),
    ("5 m/s, 6 s", "**Final Answer:**\n\n$5$ m/s\n\n$7$ s", "wrong_value"),
    ("5 m/s", "**Final Answer:**\n\n$5$ m/s\n\n$6$ s", "correct"),
    # ... a gold for one labelled part: what the completion says under that part, in any layout
    ("(a) 5 m/s", "(a) The speed is 7 m/s. (b) The time is 5 m/s.", "wrong_value"),
    ("(a) 5 m/s", "**Final Answer:**\n\n(a) $5$ m/s\n\n(b) $7$ m/s", "correct"),
    ("(a) 5 m/s", "**Final Answer:**\n\n(a) $7$ m/s\n\n(b) $5$ m/s", "wrong_value"),
    ("(a) 5 m/s", "**Part (a):** $v = 5$ m/s\n\n**Part (b):** $t = 7$ s", "correct"),
    ("(b) 7 s", "(a) First we find v. \\boxed{5 m/s}\n(b) Then the time. \\boxed{7 s}", "correct"),
    ("(a) 5 m/s", "(a) First we find v. \\boxed{6 m/s}\n(b) Then the time. \\boxed{5 m/s}", "wrong_value"),
    ("(a) 5 m/s", "(b) 5 m/s", "correct"),  # ... a lone part is read for its value (a model numbers parts its own way)
    # ... more ways of joining another value to an answer line's math
    ("12 N", "Answer: $12$ N, up to $15$ N", "wrong_type"),
    ("12 N", "Answer: $12$ N, but could be $15$ N", "wrong_type"),
    ("12 N", "Answer: $12$ N, not $1.2$ kN, or $15$ N", "hedged"),
    ("AB", "\\boxed{A} \\quad \\boxed{B}", "correct"),
    # red-team helper-42: a gold in words is found in the whole reply only where no answer was read (a box read
    # and judged wrong stays wrong: one reply would pay both golds of a two-way question)
    ("\\text{clockwise}", "\\boxed{\\text{counterclockwise}}\n\nThe rotation is clockwise.", "wrong_value"),
    ("\\text{counterclockwise}", "\\boxed{\\text{counterclockwise}}\n\nThe rotation is clockwise.", "correct"),
    ("\\text{decreases}", "<answer>increases</answer> It decreases", "wrong_value"),
    ("\\text{Insulator}", "The solid is a good insulator.", "correct"),
    ("\\text{Insulator}", "The solid is not a good insulator.", "wrong_value"),
    # ... a short reply that opens with a letter and then offers another chose none
    ("B", "B. Actually C.", "hedged"),
    ("B", "B. Or C.", "hedged"),
    ("B", "B. C is also correct.", "hedged"),
    ("B", "(B) Because the net force is zero, A is at rest.", "correct"),  # (A: a body's name)
    ("B", "(B) 3500 °C", "correct"),  # (C: a unit after a degree sign)
    ("B", "B. C. D.", "hedged"),
    ("B", "B. Not sure, could be C.", "hedged"),
    ("B", "B. Though C is plausible.", "hedged"),
    ("B", "B. D might also work.", "hedged"),
    ("B", "B. The ball would be at rest.", "correct"),
    ("B", "(B) is not correct.", "wrong_type"),
    # ... a final-answer sentence before the box on its line that gives another value
    ("12 N", "The final answer is 15 N. Therefore \\boxed{12 N}", "hedged"),
    ("12 N", "The final answer is 12 N. Therefore \\boxed{12 N}", "correct"),
    ("B", "Answer: C\n\\boxed{B}", "hedged"),  # ... an "Answer:" line right above the box too
    # red-team helper-47: a bound written after the box in text or in brackets; restated "in other words"; doubt
    ("12 N", "\\boxed{12 N}\\ \\text{or more}", "hedged"),
    ("12 N", "\\boxed{12 N} (upper bound)", "hedged"),
    ("12 N", "\\boxed{12 N} (maximum)", "hedged"),
    ("5 m/s", "\\boxed{5 m/s}. Maximum speed occurs at the bottom.", "correct"),  # (no bracket: another sentence)
    ("500 m", "Answer: 500 m. In other words 700 m.", "hedged"),
    ("500 m", "Answer: 500 m. In other words 0.5 km.", "correct"),
    ("12 N", "The tension is unlikely to be 12 N.", "wrong_value"),
    ("[0, L]", "\\{0, L\\}", "wrong_value"),  # ... a set of the endpoints is no closed interval
    ("500 m", "Answer: 500 m, which is less than 1 km", "correct"),  # ... a comparison remarked on restates nothing
    # red-team helper-42: two bare values as the final answer, below "Final Answer:" or on the line after it
    ("12 N", "Final Answer:\n12 N\n15 N", "hedged"),
    ("12 N", "Final Answer: 12 N\n15 N", "hedged"),
    ("12 N", "Final Answer: 12 N\n1.2 \\times 10^1 N", "correct"),  # ... the same value twice
    ("12 N", "Answer: 12 N\n(2 s.f.)", "correct"),  # ... a note on its precision, no second value
    ("12 N", "Answer: 12 N\n2 s.f.", "correct"),
    ("12 N", "Final Answer: 12 N\nCheck: 12 = 2 \\times 6", "correct"),
    ("500 m", "\\boxed{500 m}, which is less than 1 km.", "correct"),
    ("5 m/s", "\\boxed{\\text{somewhere near } 5 \\text{ m/s}}", "wrong_value"),  # ... words before a boxed value with
    ("5 m/s", "\\boxed{\\text{anything but } 5 \\text{ m/s}}", "wrong_value"),  # no verb are no naming sentence
    ("B", "Answer: B\n\\boxed{B}", "correct"),
    ("12 N", "**Answer:** the tension is\n\\[ \\boxed{12 N} \\]", "correct"),
    # ... parts labelled "Part (a):"
    ("(a) 12 N", "Part (a): 12 N; part (b): 15 N", "correct"),
    ("(a) 12 N", "Part (a): 15 N; part (b): 12 N", "wrong_value"),
    ("12 N, 15 N", "Part (a): 12 N; part (b): 15 N", "correct"),
    # red-team helper-44: after a box, a value restated by "or equivalently" or ", which is" must agree
    ("500 m", "\\boxed{500 m}, or equivalently 5 km.", "hedged"),
    ("500 m", "\\boxed{500 m}, or equivalently 0.5 km.", "correct"),
    ("500 m", "\\boxed{500 m}, which is 5 km.", "hedged"),
    ("500 m", "\\boxed{500 m}, which is 0.5 km.", "correct"),
    ("500 m", "\\boxed{500 m}, which is quite far.", "correct"),
    ("C", "I would pick option C.", "correct"),
    # ... parts stated in the sentences of one line, where the gold has parts
    ("(a) 5 m/s (b) 10 J", "Part (a): the speed is 5 m/s. Part (b): the energy is 10 J.", "correct"),
    ("(a) 5 m/s (b) 10 J", "Part (a): the speed is 5 m/s. Part (b): the energy is 11 J.", "wrong_value"),
    # ... a part given as a formula in letters, where the gold has parts
    (r"(a) \frac{mg}{k} (b) 2\pi\sqrt{\frac{m}{k}}", "(a) mg/k\n(b) 2\\pi \\sqrt{m/k}", "correct"),
    (r"(a) \frac{mg}{k} (b) 2\pi\sqrt{\frac{m}{k}}", "(a) k/mg\n(b) 2\\pi \\sqrt{m/k}", "wrong_value"),
    # ... "the speed of light" in words is c ("86.6% of the speed of light" restates (sqrt 3)/2 c)
    (r"v = \frac{\sqrt{3}}{2} c", r"\boxed{\frac{\sqrt{3}}{2}c}, or equivalently, approximately 86.6\% of the speed of light.",
     "correct"),
    (r"v = \frac{\sqrt{3}}{2} c", r"\boxed{\frac{\sqrt{3}}{2}c}, or equivalently, approximately 76.6\% of the speed of light.",
     "hedged"),
    ("C", "I'd go with (C).", "correct"),
    # ... parts listed on the last line are read there, not with labelled lines of working above it
    ("5 m/s, 6 s", "**(a)** Energy conservation: $\\tfrac12 v^2 = g h$ with $h = 1.28$ m.\n\n**(b)** On the rough "
     "floor the deceleration is $\\mu g = 0.83\\ \\text{m/s}^2$, so $t = v/(\\mu g)$.\n\n(a) 5 m/s; (b) 6 s", "correct"),
]


@pytest.mark.parametrize("gold, response, status", COMPLETIONS)
def test_completion(gold, response, status):
    assert verify(response, gold).status.value == status


@pytest.mark.parametrize("text,expected", EXTRACT_CASES)
def test_extract(text, expected):
    assert extract_answers(text) == expected


def test_an_answer_line_right_above_a_box_is_held_against_it():
    """The box is the answer; an "Answer:" line right above it that differs is a second final answer (a hedge, as
    DESIGN.md counts a box contradicting a final-answer line); one in the reasoning further up is not."""
    assert extract_answers("Answer: 3 m\n\\boxed{4 m}") == ["4 m", "3 m"]
    assert verify("Answer: 3 m\n\\boxed{4 m}", "4 m").status.value == "hedged"
    assert extract_answers("Answer: 3 m, we guess.\n\nWorking again:\n\\boxed{4 m}") == ["4 m"]


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


@pytest.mark.parametrize("response,gold,status", [
    # a hedge right after the final answer offers another value: a cue word, then a number not the answer's
    (r"\boxed{5}, or possibly 6.", "5", "hedged"),  # "or possibly"
    (r"\boxed{5}? Actually I am not sure, it might be 6.", "5", "hedged"),  # "might be", after doubts
    (r"The answer is \boxed{5}, though it could also be 6.", "5", "hedged"),  # "could also be"
    (r"\boxed{5} (or 6 if friction is included)", "5", "hedged"),  # an alternative in brackets
    ("<answer>5</answer> but it may be 6", "5", "hedged"),  # after an answer tag
    ("The answer is 5. Wait, no, it's 6.", "5", "hedged"),  # after an answer line, taking it back
    (r"\boxed{5}, or possibly 6.", "6", "hedged"),  # the hedge is no answer for the other value either
    # ordinary endings: no cue, no number, the answer's own number, or other words between cue and number
    (r"\boxed{5} m/s. This is the speed of the block after 2 s.", "5", "correct"),  # a number, no cue
    (r"\boxed{5}. I hope it is correct.", "5", "correct"),  # a pleasantry
    (r"\boxed{12 N}. Let me know if you have any other questions.", "12 N", "correct"),  # a pleasantry
    (r"\boxed{5}. Actually, 5 m/s is a reasonable speed.", "5", "correct"),  # a cue, then the answer's number
    ("Final Answer: The final answer is $5$. I hope it is correct.", "5", "correct"),  # Minerva's closing line
    (r"\boxed{5}, which may be compared with 6 m/s found for the lighter block.", "5", "correct"),  # a comparison
    (r"\boxed{5 m/s} (or 18 km/h)", "5 m/s", "correct"),  # the same value in other units
    (r"(a) \boxed{5 m/s} (b) \boxed{6 s}", "5 m/s, 6 s", "correct"),  # a multi-part answer
    ("Maybe it is 6 N, or perhaps 7 N.\nSo \\boxed{5 N}.", "5 N", "correct"),  # hedges before the answer
    # a "Final answer:" line and a box that give different values are two answers, in either order
    ("Final answer: 6\n\\boxed{5}", "5", "hedged"),  # the line first
    ("\\boxed{5}\nFinal answer: 6", "5", "hedged"),  # the box first
    ("Final answer: 5\n\\boxed{5}", "5", "correct"),  # the same value twice
    ("Final answer: (a) 5 m/s, (b) 6 s\n\\boxed{5 m/s} \\boxed{6 s}", "5 m/s, 6 s", "correct"),  # parts restated
    # an echoed question states no answer
    ("Is the speed 5 m/s? I cannot tell.", "5 m/s", "no_answer"),  # a question, then no answer
    ("What is v? Is v = 5 m/s? I don't know.", "5 m/s", "no_answer"),  # the last question has the value
    ("Answer: is it 5 m/s? I don't know.", "5 m/s", "no_answer"),  # after an answer marker too
    ("What is v? We find v = 5 m/s.", "5 m/s", "correct"),  # a question before the stated answer
    (r"\boxed{\text{Given } v = 5 \text{ m/s, find } t}", "5 m/s", "hedged"),  # a box restating the givens
    ("The efficiency is given as 0.96.", "0.96", "correct"),  # ... "given" as a verb is no qualifier
    (r"\boxed{v_{given} = 5}", "5", "correct"),  # ... nor in a name
    # a "Final answer:" line that holds the box, or words leading to it, gives no second value
    ("Final Answer: \\[ \\boxed{5.3 K}. \\]", "5.3 K", "correct"),  # a display around the box
    ("Final Answer: \\[\n\\boxed{5.3 K}.\n\\]", "5.3 K", "correct"),  # ... over three lines
    (r"Final Answer: $E = \frac{1}{2}mv^2 = \boxed{25 \text{ J}}$", "25 J", "correct"),  # working on the line
    ("Final answer: after 2 steps we get\n\\boxed{5}", "5", "correct"),  # prose with a number
    # endings that count something else, or put the answer in inline math, are no hedge
    (r"\boxed{2 \text{ m}}, or \(200 \text{ cm}\).", "2 m", "correct"),  # the same value in inline math
    (r"\boxed{5 \text{ m/s}}. Actually, to 2 significant figures, this is 5.0 m/s.", "5 m/s", "correct"),
    (r"\boxed{5 \text{ m/s}}. This might be 10% off due to air resistance.", "5 m/s", "correct"),
    (r"\boxed{5 \text{ m/s}}. Though the 2nd method gives the same.", "5 m/s", "correct"),  # an ordinal
    (r"\boxed{5 \text{ m/s}}. Note: g may be 10 m/s^2 instead.", "5 m/s", "correct"),  # another quantity's value
    ("\\boxed{5 \\text{ m/s}}.\n\nFor part (b), at about 20 Hz (or 20 kHz) ...", "5 m/s", "correct"),  # a new paragraph
    (r"\boxed{2000 J}, or about 2,000 J", "2000 J", "correct"),  # a number with thousands separators is one number
    ("\\boxed{2.5 m/s^2}\nFinal answer: 2 m/s^2", "2.5 m/s^2", "hedged"),  # a line's numbers restate the box in order
    (r"\boxed{5}. Correction: 6.", "5", "hedged"),  # a correction after the answer
    (r"\boxed{5} is wrong; it should be 6.", "5", "hedged"),
    (r"\boxed{5}. This should be compared with 6 m/s.", "5", "correct"),  # ... not a comparison
    # helper-56: another formula offered after the box, in math delimiters (its leading number may be the box's)
    (r"So $\boxed{\frac{\mu_0 I}{2\pi r}}$, or maybe $\frac{\mu_0 I}{4\pi r}$.", r"\frac{\mu_0 I}{2\pi r}", "hedged"),
    (r"So $\boxed{\frac{\mu_0 I}{2\pi r}}$. Alternatively, $B = \frac{\mu_0 I}{4\pi r}$.", r"\frac{\mu_0 I}{2\pi r}",
     "hedged"),
    (r"$\boxed{2\pi\sqrt{m/k}}$, or maybe $2\pi\sqrt{k/m}$", r"2\pi\sqrt{\frac{m}{k}}", "hedged"),
    (r"So $\boxed{\frac{\mu_0 I}{2\pi r}}$, or equivalently $\frac{\mu_0 I}{2 \pi r}$.", r"\frac{\mu_0 I}{2\pi r}",
     "correct"),  # ... the same formula restated
    (r"$\boxed{mgh}$, where $h$ is the height.", "m g h", "correct"),  # ... words before the math: no offer
    (r"$\boxed{v = \sqrt{2gh}}$. The units should be $\mathrm{m/s}$.", r"v = \sqrt{2gh}", "correct"),  # ... a unit
    (r"$\boxed{\frac{\sqrt{3}}{2}c}$, or equivalently, approximately $86.6\%$ of the speed of light.",
     r"v = \frac{\sqrt{3}}{2} c", "correct"),  # ... a share of something else
    (r"\boxed{12 N}. This is correct: $a = 4$ m/s^2.", "12 N", "correct"),  # ... a check, no offer
    # a correction in math after the box, numbers too ("Wait, that's not right: $x = 6$ m")
    (r"$\boxed{T = 2\pi\sqrt{m/k}}$ Wait, that's not right: $T = 2\pi\sqrt{k/m}$.", r"T = 2\pi\sqrt{\frac{m}{k}}",
     "hedged"),
    (r"$\boxed{x = 5\text{ m}}$ Wait, that's not right: $x = 6\text{ m}$.", "5 m", "hedged"),
    (r"So $\boxed{\frac{\mu_0 I}{2\pi r}}$. Wait, that's not right - it is $\frac{\mu_0 I}{4\pi r}$.",
     r"\frac{\mu_0 I}{4\pi r}", "hedged"),  # (the math read whole: it had been cut at "\mu_0")
    # ... the box's label given another value after a correction word in its paragraph (not a rounding)
    (r"$$\boxed{Q = \frac{\sqrt{3}}{8}Mc^{2}}$$ Actually, I should double-check the rest masses: the released energy "
     r"is $Q = \frac{\sqrt{3}}{4}Mc^2$.", r"\frac{\sqrt{3}}{8}Mc^2", "hedged"),
    (r"$\boxed{Q = \frac{\sqrt{3}}{8}Mc^2}$. Numerically, $Q \approx 0.22 Mc^2$.", r"\frac{\sqrt{3}}{8}Mc^2", "correct"),
    # two answers, each under its condition, on an answer line
    (r"The answer is $\frac{q^2}{8\pi\epsilon_0 R}$ if the sphere is a conductor and $\frac{3q^2}{20\pi\epsilon_0 R}$ "
     r"otherwise.", r"\frac{q^2}{8\pi\epsilon_0 R}", "hedged"),
    (r"The answer is $\frac{q^2}{8\pi\epsilon_0 R}$ when the sphere conducts and $Q$ is fixed.",
     r"\frac{q^2}{8\pi\epsilon_0 R}", "correct"),  # ... a condition's own symbol, no second answer
    # helper-58: other values listed right after the box, or another option or truth value said to be right
    (r"\boxed{12 N}, 15 N, 18 N", "12 N", "hedged"),
    (r"\boxed{12 N} / 15 N", "12 N", "hedged"),
    (r"\boxed{m g h}, \frac{1}{2} m v^2", "m g h", "hedged"),
    (r"\boxed{v = 5 m/s}, t = 2 s", "5 m/s", "correct"),  # ... another quantity listed
    (r"\boxed{12 N}, so the block accelerates at 3 m/s^2.", "12 N", "correct"),
    (r"\boxed{12 N} \pm 100 N", "12 N", "hedged"),  # a too-wide uncertainty outside the box, as inside it
    ("\\boxed{B}\nHowever, D could also be correct.", "B", "hedged"),
    ("\\boxed{True}\nBut it could be false.", "True", "hedged"),
    (r"\boxed{12 N} (to within a factor of 2)", "12 N", "hedged"),  # an estimate, no value committed to
    ("12 N to within a factor of 2", "12 N", "hedged"),
    (r"\boxed{12 N}, within 1% of the measured value", "12 N", "correct"),  # ... a precision remark
    # another value offered as an alternative, or among other values, in the next paragraph
    ("The tension is \\boxed{20 N}.\n\n- Alternative: 10 N", "20 N", "hedged"),
    ("The tension is \\boxed{20 N}.\n\nOther values that could come up: 10 N", "20 N", "hedged"),
    ("The tension is \\boxed{20 N}.\n\nOther possible answers: 10 N or 15 N.", "20 N", "hedged"),
    ("The tension is \\boxed{20 N}.\n\nAlternative method: energy gives the same 20 N.", "20 N", "correct"),
    ("The tension is \\boxed{20 N}.\n\nNote: the weight of the block is 49 N.", "20 N", "correct"),  # no offer
    # helper-63/64: another option or value after a change of mind; a formula offered without math delimiters
    ("\\boxed{C}\n\nActually, on second thought, D seems better.", "C", "hedged"),
    ("\\boxed{5 m/s}\n\nLet me verify: v = a t = 3 × 2 = 6 m/s, so the final speed is actually 6 m/s.", "5 m/s",
     "hedged"),
    (r"\boxed{\frac{n^2h^2}{8mL^2}}, or maybe \frac{n^2h^2}{4mL^2}", r"E_n = \frac{n^2 h^2}{8 m L^2}", "hedged"),
    (r"\boxed{\sqrt{2gh}}, or maybe \sqrt{gh}", r"\sqrt{2gh}", "hedged"),
    (r"\boxed{\sqrt{2gh}}, or equivalently \sqrt{2} \sqrt{gh}.", r"\sqrt{2gh}", "correct"),
    (r"\boxed{\sqrt{2gh}}, or maybe the speed depends on h.", r"\sqrt{2gh}", "correct"),  # words, no formula
    (r"\boxed{\sqrt{2gh}}, i.e. $v = (2gh)^{1/2}$", r"v = \sqrt{2gh}", "correct"),  # restated in math, brackets whole
    (r"\boxed{\sqrt{2gh}}, i.e. $v = (3gh)^{1/2}$", r"v = \sqrt{2gh}", "hedged"),
    # helper-65: what is and is not an offer
    (r"The force is \boxed{\frac{m v^2}{r}}, or maybe \frac{m v^2}{2r} instead.", r"\frac{m v^2}{r}", "hedged"),
    (r"The force is \boxed{\frac{m v^2}{r}}, or perhaps m v^2/(2r) if the mass is spread.", r"\frac{m v^2}{r}", "hedged"),
    (r"The speed is \boxed{\sqrt{2gh}}, or maybe 2gh", r"\sqrt{2gh}", "hedged"),  # letters of the box's, no gram-hours
    (r"The speed is \boxed{\sqrt{2gh}}, or maybe so.", r"\sqrt{2gh}", "correct"),  # ... a word
    ("The tension is \\boxed{12 N}.\nAnother plausible value is 15 N.", "12 N", "hedged"),
    ("The speed is \\boxed{5 m/s}.\n\nChecking with energy, the speed is actually 6 m/s.", "5 m/s", "hedged"),
    ("The speed is \\boxed{5 m/s}.\n\nSo the speed is really 6 m/s.", "5 m/s", "hedged"),
    ("The tension is \\boxed{12 N}.\n\nOther answers I considered: 15 N (ignoring friction).", "12 N", "hedged"),
    # helper-68: the value after "=" with a thin space; a doubt then the same value rechecked; a note of assumptions
    (r"$\boxed{12 N} = 12.0\,\text{N}$", "12 N", "correct"),
    (r"\boxed{12 N} \sim 15 N", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nHmm, that can't be right. Let me check: T = 2(9.8 - 3.8) = 12 N. Yes, it is 12 N.", "12 N",
     "correct"),
    ("\\boxed{12 N}\n\nActually, I neglected the pulley's mass, as stated; the weight of the block is 19.6 N.", "12 N",
     "correct"),
    ("\\boxed{12 N}\n\nLet me recheck: the net force should be 7.6 N downward, and 19.6 - 7.6 = 12. Correct.", "12 N",
     "correct"),
    ("The tension is \\boxed{12 N}. My answer could be wrong.", "12 N", "correct"),  # modesty, no retraction
    ("The tension is 12 N per kilogram for a 2 kg mass.", "12 N", "dimension_mismatch"),
    ("The tension is \\boxed{12 N}.\n\nOther values given in the problem: applied force 20 N, mass 2 kg.", "12 N",
     "correct"),  # the question's data
    ("The tension is \\boxed{12 N}.\n\nAlternative approach: the normal force is 17 N and friction 5 N, so the "
     "tension is again 12 N.", "12 N", "correct"),
    ("The tension is \\boxed{12 N}.\nThus the tension is less than the weight mg = 19.6 N.", "12 N", "correct"),
    ("The tension is \\boxed{12 N}. Ignoring friction would give 15 N, so that is wrong.", "12 N", "correct"),
    ("The tension is \\boxed{12 N}. If friction acts instead, it is 15 N, unless the data is wrong.", "12 N", "hedged"),
    ("The tension is \\boxed{12 N}. If you got 24 N, you doubled the mass by mistake.", "12 N", "correct"),
    ("The tension is \\boxed{12 N}. If you got 24 N, that's definitely wrong.", "12 N", "correct"),
    ("The tension is \\boxed{12 N}. Many say 15 N; that's wrong.", "12 N", "correct"),
    ("Maybe it's 6 m/s.", "6 m/s", "hedged"),  # a guess commits to nothing
    ("I guess the speed is 6 m/s.", "6 m/s", "hedged"),
    ("\\boxed{\\text{increases}}\nSo the force decreases.", "The force increases", "hedged"),
    # helper-66/67: a value again after "=" or \approx must agree; a correction naming the mistake; another paragraph in doubt
    (r"\boxed{12 N} = 15 N", "12 N", "hedged"),
    (r"\boxed{12 N} \approx 15 N", "12 N", "hedged"),
    (r"\boxed{4800 m} = 4.8 km.", "4.8 km", "correct"),
    (r"\boxed{\sqrt{2gh}} = 9.9 m/s", r"\sqrt{2gh}", "correct"),  # ... a formula's value for the data is no answer
    ("\\boxed{12 N}\n\nWait, I forgot the friction force. Including it, T = 12 + 3 = 15 N.", "12 N", "hedged"),
    ("Answer: 6 m/s. Wait — I double counted the height. It's 3 m/s.", "6 m/s", "hedged"),
    ("\\boxed{12 N}. Wait, I forgot to mention that g = 9.8 m/s^2 was used.", "12 N", "correct"),
    ("The weight is \\boxed{19.6 N}.\n\nAlternatively, using $g = 10$ m/s^2, $W = 20$ N.", "19.6 N", "hedged"),
    ("\\boxed{12.5 N}\n\nHowever, a more accurate value is 13.2 N.", "12.5 N", "hedged"),
    ("\\boxed{12 N}\n\nI think it might be 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nHmm, it might be 15 N.", "12 N", "hedged"),
    ("\\boxed{12 N}\n\nI think this makes sense, since the pulley is light.", "12 N", "correct"),
    ("\\boxed{12 N}\n\nIf you got 15 N, you forgot friction.", "12 N", "correct"),  # a mistake told
    (r"\boxed{9.8 m/s^2}, which is g.", "9.8 m/s^2", "correct"),  # a name, no second value
    ("\\boxed{1.23 \\times 10^4 Pa}\n\nThe answer is given to 3 significant figures since all data have 3.",
     r"1.23 \times 10^{4} Pa", "correct"),
])
def test_hedges_around_the_final_answer(response, gold, status):
    assert verify(response, gold).status.value == status


@pytest.mark.parametrize("response", [
    "\\boxed{12 N}\nActually no, that's wrong. I'm not sure of the answer.",  # denied right after it
    "\\boxed{12 N}\nHmm, on second thought this is incorrect.",  # ("this is": read since the pattern was mended)
    r"\boxed{12 N} is not the answer.",
    "We get F = 12 N. I don't know.",  # giving up in the last words
    "\\boxed{12 N}\nI could not complete the derivation.",  # the reply's last words give up
    r"\boxed{12 N} is wrong.",  # taken back right after it
    "The answer is 12 N. Wait, that's wrong.",  # ... in a bare denial ending its paragraph
    "<answer>12 N</answer> That's wrong.",
    # helper-63: denials with a reason, or with the answer named
    "\\boxed{12 N}\n\nHmm, actually that violates Newton's third law, so this is incorrect.",
    "\\boxed{12 N}\n\nBut this answer is wrong because I ignored friction.",
    "So F = \\boxed{12 N}. Hmm, this can't be correct since it exceeds the weight.",
    "\\boxed{12 N}\n\nOn reflection, I don't think this is right.",
    "\\boxed{12 N}. This is probably wrong.",
    "\\boxed{12 N}. I'm pretty sure that's incorrect.",
    "\\boxed{12 N}. Honestly, I am not confident this is right.",
    "\\boxed{12 N}. Hmm, wait, actually no, that's wrong.",
    "\\boxed{12 N}. Actually, I don't think that's right.",
    "\\boxed{12 N}. Sorry, that's incorrect.",
    "\\boxed{12 N}. This answer seems off; the pulley should reduce it.",
    "\\boxed{12 N}. Hmm, wait. That can't be correct, since friction acts.",  # after a sentence of fillers
    "\\boxed{12 N}. I'm not confident in this result.",
])
def test_an_answer_taken_back_with_none_in_its_place_is_no_answer(response):
    assert verify(response, "12 N").status is Status.NO_ANSWER


@pytest.mark.parametrize("response", [
    "The answer is \\boxed{12 N}. I could not find any error.",  # a check, no giving up
    "\\boxed{12 N}\nIs that right? Yes.",
    "\\boxed{12 N}. That's wrong? No, it is right.",  # a question, no denial
    "\\boxed{12 N}\nThe first attempt gave 15 N. That's wrong. The box is right.",  # the attempt denied
    "\\boxed{12 N}. I don't know if this helps.",
    "\\boxed{12 N}. If you got 24 N, that's wrong because you counted the weight twice.",  # another value denied
    "\\boxed{12 N}. This is correct because the net force vanishes.",
])
def test_an_answer_checked_after_it_stands(response):
    assert verify(response, "12 N").correct


# helper-61: a small model's outputs during RL
@pytest.mark.parametrize("response,gold,status", [
    # a concluding final line after a blank line that gives another value of the box's dimension, or another option
    ("\\boxed{9.9 m/s}\n\nHence the ball hits the ground at 14 m/s.", "9.9 m/s", "hedged"),
    ("$\\boxed{3 \\text{ A}}$\n\nSo the current is 0.33 A.", "3 A", "hedged"),
    ("\\boxed{4.0 \\times 10^{-5} T}\n\nTherefore the field is 8.0 x 10^-5 T.", "4.0e-5 T", "hedged"),
    ("The answer is $\\boxed{C}$.\n\nSo the correct option is (D).", "C", "hedged"),
    ("\\boxed{12 N}\n\nSo the mass is 3 kg.", "12 N", "correct"),  # ... another quantity
    # a final line in words after a number in the reasoning
    ("We have $F = ma = 3 \\times 4 = 12$ N.\nThe net force is twelve joules.", "12 N", "dimension_mismatch"),
    ("Using the lens equation, $d_i = 15$ cm.\nThe image forms fifteen centimeters from the lens.", "15 cm", "correct"),
    ("Energy gives $v = 25$ m/s.\nSo the speed just before impact is twenty-five meters per second.", "25 m/s",
     "correct"),
    ("F = 12 N.\nThis is one way to see it.", "12 N", "correct"),  # "one" with no unit after it
    ("I cannot solve this. If I had to guess it might be twelve newtons, but I refuse to answer.", "12 N", "hedged"),
    # an option's letter with its text, or named then explained (helper-62): the option, not a number in its text
    ("Answer: C) The acceleration is 9.8 m/s^2 downward at every point.", "C", "correct"),
    ("The correct choice is **(C)**: the acceleration is $9.8$ m/s^2 downward", "C", "correct"),
    ("Answer: C) The acceleration is 9.8 m/s^2 downward at every point.", "D", "wrong_value"),
    ("Answer: (b) The tension is 12 N.", "12 N", "correct"),  # (a part's label, lower case: its value)
    ("So the correct choice is not option B; it is option C.", "B", "wrong_type"),  # ... denied, not chosen
    # a phrase of time or place after the value's unit (helper-62)
    ("The ball falls $19.6$ m in the first two seconds.", "19.6 m", "correct"),
    ("The speed of the car is 2 m/s after 3 s.", "2 m/s", "correct"),
    ("12 N in the x direction", "12 N", "correct"),
    ("5 m in 2 s", "2.5 m/s", "dimension_mismatch"),  # ... a distance, no speed
    # the question restated after an unboxed answer is no answer
    ("F = ma = 12 N.\n\nA 3 kg block accelerates at 4 m/s^2. What force acts on it?", "12 N", "correct"),
    ("The escape speed is 11.2 km/s.\n\nCalculate the escape speed from Earth's surface (M = 5.97 x 10^24 kg).",
     "11.2 km/s", "correct"),
    ("T = 300 K\n\nA gas occupies 0.02494 m^3 at 1.0 x 10^5 Pa. If n = 1 mol, find its temperature.", "300 K",
     "correct"),
    # a correction after a wrong box, then an answer line: two final answers, as DESIGN.md rules (a box contradicting
    # a "Final answer:" line is hedged, a correction between them or not)
    ("$F = 3 \\times 5 = \\boxed{15 \\text{ N}}$\n\nWait, I made an error: the acceleration is 4 m/s$^2$, not 5.\n"
     "Answer: 12 N", "12 N", "hedged"),
    # end-of-sequence tokens and a plain-text new turn
    ("Answer: 15 cm</s>", "15 cm", "correct"),
    ("So $\\boxed{9.9 m/s}$.\n\nHuman: A ball falls 20 m. Find its speed.\n\nAssistant: $\\boxed{19.8 m/s}$", "9.9 m/s",
     "correct"),
    # units in capitals, read in lower case where that gives the gold's dimension
    ("Answer: 15 CM", "15 cm", "correct"),
    ("Answer: 2.48 EV", "2.48 eV", "correct"),
    ("Answer: 11.2 KM/S", "11.2 km/s", "correct"),
    ("5 KN", "5 kN", "correct"),
    ("12 M", "12 m", "dimension_mismatch"),  # one capital letter: mega or molar
    # helper-63: a self-correction inside the last sentence; "it's"; a truth value after a reason; a sense, led in
    ("It slides 2.4 m. Hmm, I halved it by mistake; it actually slides 4.8 m.", "4.8 m", "correct"),
    ("The speed is 5 m/s. Actually no — I made an arithmetic slip: it's 6 m/s.", "6 m/s", "correct"),
    ("Hmm, I made an error; let me redo: the block slides 4.8 m.", "4.8 m", "correct"),
    # helper-66: the one value of the gold's dimension in a closing sentence that states others; a bare degree sign
    ("The car travels a total distance of 4.8 km in 4 minutes.", r"4.8 $\mathrm{~km}$", "correct"),  # ("in": no inch)
    ("The ball reaches the ground after 1.01 s with a speed of 9.9 m/s.", "9.9 m/s", "correct"),
    ("A current of 0.5 A flows through the 12 ohm resistor.", "0.5 A", "correct"),
    ("The car travels 5.2 km in 4 minutes.", "4.8 km", "wrong_value"),
    ("The car travels 4.8 km or 5 km in 4 minutes.", "4.8 km", "hedged"),
    ("The car does not travel 4.8 km in 4 minutes.", "4.8 km", "hedged"),
    ("A 1.0 kg ball moving at 5.0 m/s collides with an identical ball at rest.", "5.0 m/s", "wrong_value"),  # the data
    # options weighed line by line, then named on the last line (plural "options are"), read from that line
    ("(A) For an isothermal process, $Q = W$. Correct.\n(B) Adiabatic expansion heats the gas. Incorrect.\n"
     "(C) At constant volume, $Q = \\Delta U$. Correct.\n(D) Free expansion changes $T$. Incorrect.\n\n"
     "The correct options are (A) and (C).", "AC", "correct"),
    ("Statement B: an adiabatic expansion cools the gas, so B is false.\n\nThe correct options are (A) and (C).",
     "AC", "correct"),
    ("(A) holds.\n(B) fails.\n\nOptions A and C are correct, while B and D are false.", "AC", "correct"),
    ("(A) holds.\n(B) fails.\n\nThe correct options are (A) and (B).", "AC", "wrong_value"),
    # ... but a degree sign alone is an angle's (another dimension than a temperature's, as DESIGN.md rules)
    (r"The two scales agree at $\boxed{-40^\circ}$.", r"-40 ^\circ C", "dimension_mismatch"),
    ("It's 6 m/s.", "6 m/s", "correct"),
    ("Since the normal force is not equal to mg on the incline, the statement is false.", "False", "correct"),
    ("It is not the case that the statement is false.", "False", "wrong_type"),  # ... the clause saying it denies
    ("Hence, the current decreases.", "The current decreases", "correct"),
    ("Hence, the current increases.", "The current decreases", "wrong_value"),
    ("As the separation shrinks, F = kq_1q_2/r^2 grows.\nSo the force increases.", "The force increases", "correct"),
])
def test_small_model_outputs(response, gold, status):
    assert verify(response, gold).status.value == status


@pytest.mark.parametrize("response,gold,options,status", [
    # a value in units judged as such: read as symbols, m and s, the rounding of 9.9 had let 10.0 pass
    ("10.0 m/s", "9.9 m/s", {}, "wrong_value"),
    ("2.0 m/s", "1.98 m/s", {}, "wrong_value"),
    ("2.51 m", "2.50 m", {"sig_figs": True}, "wrong_value"),  # (helper-60: significant figures had gone too)
    ("1.5 mg", r"\frac{3}{2} m g", {}, "correct"),  # a formula's letters still read as symbols
])
def test_a_value_in_units_is_not_read_again_as_symbols(response, gold, options, status):
    assert verify(response, gold, **options).status.value == status


# helper-59: attacks on this session's rules after the final answer
@pytest.mark.parametrize("response,gold,status", [
    (r"\boxed{12 N} ± 5 N", "12 N", "hedged"),  # an uncertainty outside the box, in any sign
    (r"\boxed{12 N} +/- 5 N", "12 N", "hedged"),
    (r"\boxed{12 N} give or take 5 N", "12 N", "hedged"),
    (r"\boxed{12 N} \pm 0.1 N", "12 N", "correct"),  # ... a narrow one is a precision
    (r"The tension isn't \boxed{12 N}.", "12 N", "hedged"),
    (r"It can never be \boxed{12 N}.", "12 N", "hedged"),
    (r"\boxed{12 N}. Or more precisely $12.0$ N.", "12 N", "correct"),  # no bound: "or more precisely"
    ("\\boxed{12 N}\n\nWait, that's wrong.", "12 N", "no_answer"),  # denied in the next paragraph
    (r"\boxed{12 N}. That can't be right.", "12 N", "no_answer"),
    (r"\boxed{12 N}. This doesn't look right.", "12 N", "no_answer"),
    (r"\boxed{12 N}. That was wrong.", "12 N", "no_answer"),
    (r"\boxed{12 N} is definitely wrong.", "12 N", "no_answer"),
    (r"\boxed{12 N} isn't right.", "12 N", "no_answer"),
    (r"\boxed{12 N} is right.", "12 N", "correct"),
    ("So T = 12 N. I'm unable to complete the derivation.", "12 N", "no_answer"),
    ("So T = 12 N. I could not complete the derivation, sorry.", "12 N", "no_answer"),
    ("So T = 12 N. I give up.", "12 N", "no_answer"),
    (r"\boxed{12 N}. My first attempt gave 14 N. That's not right.", "12 N", "correct"),  # the attempt denied
    (r"\boxed{12 N}. Is it 24 N? No, that's wrong.", "12 N", "correct"),  # the question's value denied
    (r"$\boxed{T = 12 N}$ Hmm, scratch that: the tension is $15$ N.", "12 N", "hedged"),
    (r"\boxed{B}. D is also correct.", "B", "hedged"),  # another option said to be right
    (r"\boxed{B}. One might think D could also be correct, but it ignores friction.", "B", "correct"),  # ... raised,
    (r"\boxed{B}. D could also be correct only if friction acted, which it does not.", "B", "correct"),  # dismissed
    # helper-67: more ways of saying another option may be right (not raised and dismissed, nor narrowed by "only")
    (r"\boxed{C}, but B is also plausible.", "C", "hedged"),
    (r"\boxed{C}, though A is possible too.", "C", "hedged"),
    (r"\boxed{B}. D is another possibility.", "B", "hedged"),
    (r"\boxed{True}, although it might be false if the collision is inelastic.", "True", "hedged"),
    (r"\boxed{C}. Option B is plausible at first sight, but it ignores friction.", "C", "correct"),
    (r"\boxed{C}. A is possible only if friction acts, which it does not.", "C", "correct"),
    (r"\boxed{v = \sqrt{2gh}}, or about $4.4$ m/s for $h = 1$ m.", r"v = \sqrt{2gh}", "correct"),  # its value
    (r"\boxed{v = 5 m/s}, which should be equal to $mgh = 25$ J", "5 m/s", "correct"),  # another quantity
    (r"\boxed{K = \frac12 mv^2}. Actually, in terms of momentum, $K = \frac{p^2}{2m}$.", r"\frac{1}{2} mv^2",
     "correct"),  # an explanation, no correction
    (r"\boxed{Q = 41860 J}. Wait, I should double-check: $Q = 4.19 \times 10^4$ J.", "41.9 kJ", "correct"),  # its unit
    (r"$\boxed{12\text{ N}}$, $15$ N.", "12 N", "hedged"),  # listed after the box, in math
    (r"\boxed{12 N} and 15 N.", "12 N", "hedged"),
    (r"\boxed{12 N} and the block slides.", "12 N", "correct"),
    ("Answer: $12$ N if the block is static and $15$ N otherwise.", "12 N", "hedged"),  # conditions, with units
    (r"Answer: $\frac{Q}{4\pi\epsilon_0 r^2}$ if the sphere conducts; otherwise $0$.", r"\frac{Q}{4\pi\epsilon_0 r^2}",
     "hedged"),
    (r"Answer: $\frac{Q}{4\pi\epsilon_0 r^2}$ for a conductor, $0$ for an insulator.", r"\frac{Q}{4\pi\epsilon_0 r^2}",
     "hedged"),
    (r"Answer: $T = mg$ for the hanging mass and $N = mg\cos\theta$ for the block", "mg", "correct"),  # two quantities
])
def test_what_follows_the_final_answer_red_team(response, gold, status):
    assert verify(response, gold).status.value == status


def test_an_answer_denied_before_its_box_is_hedged():
    assert verify(r"It is not \boxed{12 N}.", "12 N").status is Status.HEDGED


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
