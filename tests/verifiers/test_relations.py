"""Relations, intervals, sets, matrices; answers in a sentence or a chat template, math delimiters; the
equivalence check's under- and overflow."""

import pytest

from verifiers import verify

CASES = [
    (r"\eta > 2", r"\eta > 2", "correct"),  # a relation against itself
    (r"\eta > 2", r"2 < \eta", "correct"),  # the same relation written the other way round
    (r"\eta > 2", r"\eta \ge 2", "wrong_value"),  # strict is not non-strict
    (r"\eta > 2", r"\eta < 2", "wrong_value"),  # the opposite direction
    (r"\eta > 2", r"\eta > 3", "wrong_value"),  # another bound
    (r"x \le 3", r"x \leq 3", "correct"),  # \le inside the answer is no hedge when the gold is a relation
    (r"x < 1", r"-x > -1", "correct"),  # both sides times -1 turns the sign
    (r"x < 1", r"-x < -1", "wrong_value"),  # ... and without turning it, it is another relation
    (r"x \geq 5", r"5 \leq x", "correct"),  # geq/leq spelled out, sides swapped
    (r"x \neq 5", "x != 5", "correct"),  # plain-text not-equal, not a factorial
    ("12 N", r"F \le 12 N", "hedged"),  # a bound where a value is wanted stays a hedge
    (r"(0, \infty)", "x > 0", "correct"),  # a one-sided relation is an interval to infinity
    (r"(0, \infty)", r"x \ge 0", "wrong_value"),  # ... closed at 0 is another one
    ("[1, 2)", "[1,2)", "correct"),  # a half-open interval
    ("[1, 2)", "[1,2]", "wrong_value"),  # closed at 2 is another interval
    (r"[1, 2) \cup (3, \infty)", r"[1,2) \cup (3,\infty)", "correct"),  # a union
    (r"[1, 2) \cup (3, \infty)", r"[1,2) \cup [3,\infty)", "wrong_value"),  # a union differing at one end
    (r"x \in [-2, 7]", "[-2, 7]", "correct"),  # membership: the interval is the answer
    ("-793 < a < 10", "(-793, 10)", "correct"),  # a chain is an interval
    (r"(\frac{3}{5}, \frac{8}{3}]", "(0.6, 2.6667]", "correct"),  # numeric ends to the numeric tolerance
    (r"\{1, 2\}", r"\{2, 1\}", "correct"),  # sets have no order
    (r"\{1, 2\}", r"\{2, 3\}", "wrong_value"),  # another member
    (r"\{1, 2\}", r"\{1, 2, 2\}", "wrong_value"),  # another count of members
    ("x > 2", "x > 2 or x < 1", "hedged"),  # two relations, one right
    ("x > 2", r"x > 2 \cup", "unparseable_response"),  # a broken answer
    ("x > 5", r"Therefore $x \gt 5$ is the solution.", "correct"),  # the math span before "is the solution"
    ("x < 3", r"We find that $x \lt 3$.", "correct"),  # a sentence leading into one math span
    ("5 m/s", "The speed is $5$ m/s.", "correct"),  # ... but a unit after the span stays with it
    (r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}",
     r"\left[\begin{array}{cc}1 & 2 \\ 3 & 4\end{array}\right]", "correct"),  # any bracket, array or matrix
    (r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}", r"\begin{bmatrix}1 & 2 \\ 4 & 3\end{bmatrix}",
     "wrong_value"),  # entries swapped
    (r"\begin{pmatrix}1 & 2\end{pmatrix}", r"\begin{pmatrix}1 \\ 2\end{pmatrix}", "wrong_value"),  # a column is no row
    (r"(\begin{pmatrix}\frac{1}{3} \\ \frac{1}{5}\end{pmatrix})", r"\begin{pmatrix}0.333 \\ 0.2\end{pmatrix}",
     "correct"),  # numeric entries to the numeric tolerance, outer brackets dropped
    (r"\begin{pmatrix}1 & 2\end{pmatrix}", r"\begin{pmatrix}1 & 2", "unparseable_response"),  # unclosed
    ("-12; -11; -10", r"\{-10, -12, -11\}", "correct"),  # a set answers a list in any order
    ("-12; -11; -10", r"\{-10, -12, -12\}", "wrong_value"),  # ... with the same members only
    ("9", r"Answer \( 9 \)", "correct"),  # inline math delimiters
    ("9", r"Answer \[ 9 \]", "correct"),  # display math delimiters
    ("1/3", r"\cfrac{1}{3}", "correct"),  # a continued-fraction \frac
    ("16386.17", r"\boxed{\$16386.17}", "correct"),  # a currency sign
    ("32349", r"\boxed{32,\! 349}", "correct"),  # thousands kept apart by a comma and a negative space
    (r"28\%", r"\boxed{28 percentage}", "correct"),  # percent spelled out
    ("19", "The number of points is 19. <|im_start|>user\nNext question: 7", "correct"),  # a new turn ends it
    ("19", "<|im_start|>assistant\nThe answer is 19<|im_end|>", "correct"),  # chat tokens are no text
    (r"3 \pm 2\sqrt{x}", r"3 - 2\sqrt{x}, 3 + 2\sqrt{x}", "correct"),  # \pm is its two values, in any order
    (r"3 \pm 2\sqrt{x}", r"3 + 2\sqrt{x}", "wrong_value"),  # ... one of them is not both
    (r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}", r"\frac{-b \pm \sqrt{b^2-4ac}}{2a}", "correct"),  # inside a fraction
    ("5.0 m", r"(5.0 \pm 0.1) m", "correct"),  # a stated uncertainty is no second value
    ("5", r"\boxed{5 \pm 100}", "hedged"),  # ... unless it is wider than a tenth of the value:
    ("4 m", r"\boxed{4 \pm 1 m}", "hedged"),  # a range of values is no answer
    ("(3, 4)", r"(3 \pm 1, 4)", "wrong_value"),
    (r"2.5 \times 10^3", r"(2.5 \pm 0.1) \times 10^3", "correct"),
    ("3", r"3 \pm 2^2", "hedged"),  # ... but a number going on into a power is
    (r"\propto r^2", r"F \propto 3 r^2", "correct"),  # proportional up to a constant factor
    (r"F \propto r^{-2}", r"F \propto \frac{1}{r^2}", "correct"),  # the same dependence written otherwise
    (r"F \propto r^{-2}", r"F \propto r^2", "wrong_value"),  # another power
    (r"F \propto r^{-2}", r"G \propto r^{-2}", "wrong_value"),  # another quantity
    (r"u \propto T^4", r"u(T) \propto T^{4}", "correct"),  # the quantity written as a function of its variable
    (r"I(\lambda) \propto \lambda^{-4}", r"I \propto \frac{1}{\lambda^4}", "correct"),  # ... on the gold's side
    (r"u \propto T^4", r"u(x) \propto T^4", "wrong_value"),  # an argument the dependence is not in: a product
    (r"u \propto T^4", r"u(T) \propto T^3", "wrong_value"),  # another power still
    (r"v \geq 5\ \mathrm{m/s}", r"v \ge 18\ \mathrm{km/h}", "correct"),  # a bound in another unit, converted
    (r"v \geq 5\ \mathrm{m/s}", r"v \ge 20\ \mathrm{km/h}", "wrong_value"),
    (r"0 \le x \le 1 m", r"0 \le x \le 100 cm", "correct"),  # a lone letter beside a unit of its dimension is that
    (r"0 \le x \le 1 m", r"0 \le x \le 100 m", "wrong_value"),  # unit (table 87); alone it may be a symbol: x \le 2h
    (r"v \geq 5\ \mathrm{m/s}", r"v \ge 5 m", "wrong_value"),  # another dimension
    # a set with its unit after it: each member in that unit, in any order
    (r"E \in \{-1, 0, 1\}\ \mathrm{eV}", r"\{1, 0, -1\}\ \mathrm{eV}", "correct"),
    (r"E \in \{-1, 0, 1\}\ \mathrm{eV}", r"\{-1000, 0, 1000\} meV", "correct"),
    (r"\{-1, 0, 1\}\ \mathrm{eV}", r"E \in \{-1, 0, 1\} eV", "correct"),
    (r"E \in \{-1, 0, 1\}\ \mathrm{eV}", r"\{-1, 0, 2\} eV", "wrong_value"),
    # the dependence alone claims a value, I = lambda^{-4}, not a proportion (PHYSICS's labels: 4 of 6 so)
    (r"u \propto T^4", "T^4", "wrong_value"),
    ("x > 2", "x >", "unparseable_response"),  # a side missing
    ("5", "x = 5 = 5.0", "correct"),  # a chain whose sides agree
    (r"e^{-10^7 t}", r"e^{-2\times10^7 t}", "wrong_value"),  # both underflow at the sample points
    # numbers past a float's range are no floats to compare (both were inf, or 0): sympy decides
    ("10^{400}", "10^{401}", "wrong_value"),
    ("10^{400}", r"\infty", "wrong_value"),
    (r"\infty", "10^{400}", "wrong_value"),
    ("1e400", "2e400", "wrong_value"),
    (r"2\times10^{-400}", "10^{-400}", "wrong_value"),
    ("10^{400}", r"10^{399} \cdot 10", "correct"),
    ("1", r"\frac{10^{400}}{10^{400}}", "correct"),  # inf/inf at every point decides nothing
    ("0", r"0 \cdot 5", "correct"),  # a zero factor is no underflow
    ("10^{400}", r"1.001 \times 10^{400}", "correct"),  # ... compared by their logarithms, at the tolerance
    ("10^{400}", "1e400", "correct"),  # ... a literal's exactly as written
    ("e^{1000}", "e^{1000.001}", "correct"),
    ("e^{1000}", "e^{1001}", "wrong_value"),
    ("2", r"\frac{10^{400}}{10^{400}}", "wrong_value"),  # inf/inf in floats, 1 by logarithms
    ("0", r"0 \cdot 10^{400}", "correct"),  # 0 times inf in floats, 0 exactly
    ("9^{9^9}", "8^{9^9}", "wrong_value"),
    ("5", r"(10^{10^{10}})!", "wrong_value"),  # too large to build exactly: not sent to sympy
    ("5", r"10^{10^{10}} - 10^{10^{10}} + 5", "wrong_value"),
    ("5.0", r"5.0 \pm 0.1 \pm 0.2", "correct"),  # statistical and systematic uncertainties
    ("5", r"\frac{10}{2} \pm 3", "hedged"),  # an uncertainty whose width cannot be checked
    (r"e^{-10^7 t}", r"e^{-t \cdot 10^7}", "correct"),  # the same tiny value
    (r"10^{10^{10^{10}}}", r"10^{10}", "wrong_value"),  # an overflowing gold is no finite number
    # red-team helper-41: a value past a float's range times a unit letter (its complex product was nan, so
    # the comparison went to sympy and overran the time limit)
    ("12 N", r"10^{10^{10}} N", "wrong_value"),
    ("12 N", r"-10^{10^{10}} N", "wrong_value"),
    # ... and plain e-notation past a float's range is compared as written (its float, 0, matched any tiny value)
    ("1e-400", "2e-400", "wrong_value"),
    ("1e-400", "0", "wrong_value"),
    ("1e-400 J", "0 J", "wrong_value"),
    ("1e-400", r"1.0 \times 10^{-400}", "correct"),
    ("1e400", "2e400", "wrong_value"),
    ("1e-400 m", "1.0e-400 m", "correct"),
    # red-team helpers 41 and 46: a pair in square brackets is a closed interval, not answered by the open one
    ("[0, L]", "(0, L)", "wrong_value"),
    ("[0, 1]", r"\left(0, 1\right)", "wrong_value"),
    ("[0, L]", "[0, L]", "correct"),
    ("(3, 4)", "[3, 4]", "correct"),  # (a pair in round brackets may be a point, a vector)
    ("[1, 2, 3]", "(1, 2, 3)", "correct"),  # (three or more: a list)
    ("[2.0, 1.32]", "(2, 1.32)", "correct"),  # (ends that decrease: a list, as TheoremQA writes one; helper-57)
    # helper-64: an inequality multiplied through by a positive quantity (a power of one symbol or two) keeps its sense
    (r"\Delta p \geq \frac{\hbar}{2 \Delta x}", r"\Delta x \Delta p \geq \frac{\hbar}{2}", "correct"),
    (r"\Delta p \geq \frac{\hbar}{2 \Delta x}", r"\Delta x \Delta p \leq \frac{\hbar}{2}", "wrong_value"),
    (r"\Delta p \geq \frac{\hbar}{2 \Delta x}", r"\Delta x \Delta p \geq \hbar", "wrong_value"),
    (r"E < \frac{k}{r}", r"E r < k", "correct"),
]


def test_a_pair_in_square_brackets_typed_as_a_tuple_is_a_list():
    """TheoremQA's ``[1, 2]`` with ``answer_type="tuple"``: the data says it is a list, no interval."""
    assert verify("(1, 2)", "[1, 2]", answer_type="tuple").correct
    assert verify("(1, 2)", "[1, 2]").status.value == "wrong_value"


CASES += [
    # a bound on one symbol is answered by that symbol's extremum, named (helper-49)
    (r"v \geq \sqrt{5 g R}", r"v_{\min} = \sqrt{5gR}", "correct"),  # the least speed: v's lower bound
    (r"v > \sqrt{5 g R}", r"\boxed{v_{min} = \sqrt{5gR}}", "correct"),
    (r"v \le \sqrt{5 g R}", r"v_{\text{max}} = \sqrt{5gR}", "correct"),
    (r"v \geq \sqrt{5 g R}", r"v_{\max} = \sqrt{5gR}", "wrong_value"),  # ... not the other extremum
    (r"v \geq \sqrt{5 g R}", r"v_{\min} = \sqrt{gR}", "wrong_value"),  # ... nor another bound
    (r"x \geq 2", "u_{min} = 2", "wrong_value"),  # ... nor another symbol's
]


@pytest.mark.parametrize("reference,response,expected_status", CASES)
def test_relations_intervals_sets(reference, response, expected_status):
    assert verify(response, reference).status.value == expected_status


@pytest.mark.parametrize("response", ["<" * 500, r"\{" * 300, "(" * 400 + "]", "x < " * 200 + "1",
                                      r"[1, \cup \cup (", r"\{ \}", "x \\in \\in [1, 2]",
                                      r"\begin{pmatrix}" * 50, r"\begin{array}{" + "c" * 500])
def test_hostile_relations_yield_a_verdict(response):
    assert verify(response, r"x \in [1, 2)").status.value in {"wrong_value", "unparseable_response"}


# table 87 (written from the README alone): a bound's unit converts as any value's does, and a bound is compared as a
# value, not as a difference (f - 6e15 Hz and f - 6e14 Hz were near multiples at any point, so 6e15 Hz passed)
BOUNDS_TABLE_87 = [
    (r"\lambda \le 500\ \mathrm{nm}", r"\lambda \leq 5\times10^{-7}\ \mathrm{m}", True),
    (r"\lambda \le 500\ \mathrm{nm}", r"\lambda \le 0.5\ \mu\mathrm{m}", True),
    (r"m > 2\ \mathrm{kg}", r"m > 2000\ \mathrm{g}", True),
    (r"t \geq 3\ \mathrm{s}", r"t \ge 3000\ \mathrm{ms}", True),
    (r"T > 273.15\ \mathrm{K}", r"T > 0\ ^\circ\mathrm{C}", True),  # an absolute temperature, its offset kept
    (r"1\ \mathrm{m} < x < 2\ \mathrm{m}", r"100\ \mathrm{cm} < x < 200\ \mathrm{cm}", True),
    (r"f \geq 6\times10^{14}\ \mathrm{Hz}", r"f \ge 6\times10^{15}\ \mathrm{Hz}", False),
    (r"x > 6\times10^{14}", r"x > 6\times10^{20}", False),
    (r"x \le 7200 s", r"x \le 2h", False),  # (a lone letter a physicist means as a symbol stays one)
    (r"x > 2", r"-x < -2", True),
]


# ... and solutions joined by "or", as the gold joins them, in any order, or as a set (an answer written as its gold was
# a hedge of two pieces, each "1 values given, 2 expected")
SOLUTIONS_TABLE_87 = [
    (r"x = 1 \text{ or } x = -2", r"x = -2 \text{ or } x = 1", True),
    (r"x = 1 \text{ or } x = -2", r"So $x = 1$ or $x = -2$.", True),
    (r"x = 1 \text{ or } x = -2", r"\{-2, 1\}", True),
    (r"x = 1 \text{ or } x = -2", r"x = 1 or x = 2", False),
    (r"x = 1 \text{ or } x = -2", r"x = 1", False),
    ("t = 1 s or t = 3 s", "t = 3000 ms or t = 1000 ms", True),
    ("t = 1 s or t = 3 s", "t = 1 s or t = 2 s", False),
    (r"\{-2, 1\}", r"x = 1 \text{ or } x = -2", True),
    (r"\{0, \pi\}", r"\theta = 0 \text{ or } \theta = \pi", True),
    (r"\{-2, 1\}", "x = 1 or x = 2", False),
    ("12 N", "12 N or 15 N", False),  # (one answer's "or" is still a hedge)
]


# ... and the notations table 87 found unread or misread
NOTATIONS_TABLE_87 = [
    ("x > 2", r"Final answer: x > 2 (i.e. x \ge 2)", False),  # a restatement in brackets that differs: a hedge (paid)
    ("x > 2", r"x > 2 (i.e. x \in (2, \infty))", True),  # ... one that agrees
    (r"(0, \infty)", r"]0, \infty[", True),  # ISO 31-11's reversed brackets for open ends
    (r"[1, 2)", r"[1, 2[", True),
    (r"[1, 2)", r"[1, 2]", False),
    (r"-1 < x < 1", r"|x| < 1", True),  # a bound on a magnitude is a two-sided bound
    (r"[-1, 1]", r"|x| \le 1", True),
    (r"-1 < x < 1", r"|x| < 2", False),
    (r"0 < x \le 1", r"x > 0 \text{ and } x \leq 1", True),  # two bounds joined by "and" are one chain,
    (r"x > 0 \text{ and } x \leq 1", r"0 < x \le 1", True),  # in the gold too
    (r"0 < x \le 1", r"x > 0 \text{ and } x < 1", False),
    (r"\emptyset", r"\varnothing", True),
    ("(1, 2, 3)", "(1, 2, 3)^T", True),  # a list transposed is the same entries
    ("(1, 2, 3)", "(1, 2, 4)^T", False),
    (r"a \propto F", r"F \propto a", True),  # proportionality goes both ways
    (r"a \propto F", r"F \propto a^2", False),
    # a matrix named by a product of letters and closing a sentence; a row break with extra space (PHYSICS writes \\[6pt])
    (r"\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix}", r"$$AB = \begin{bmatrix}1&2\\3&4\end{bmatrix}.$$", True),
    (r"\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix}", r"\begin{pmatrix}1 & 2\\[4pt] 3 & 4\end{pmatrix}", True),
    (r"\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix}", r"\begin{pmatrix}1 & 2\\[4pt] 3 & 5\end{pmatrix}", False),
    # a relation a sentence states, its words aside (as letters they were symbols, or unread), unless it is denied
    (r"\eta \geq 2", r"The efficiency ratio must satisfy $\eta \geq 2$, otherwise the device cannot operate.", True),
    (r"v \ge \sqrt{g R}", r"The condition is $v \geq \sqrt{gR}$ at the top.", True),
    (r"v \ge \sqrt{g R}", r"The condition is $v \geq 2\sqrt{gR}$ at the top.", False),
    (r"h \geq \frac52 R", r"we need $v_{top}^2 \ge gR$, so energy conservation gives $h \ge \frac{5R}{2}$.", True),
    ("x > 2", "We need x > 2, so the answer follows.", True),
    (r"\gamma > \frac{4}{3}", r"The condition \gamma > 4/3 does not hold.", False),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "[[1, 2], [3, 4]]", True),  # a matrix as a list of its rows
    ("[1, 2)", r"\{x : 1 \le x < 2\}", True),  # set-builder notation: the condition that builds the set
    (r"(2, \infty)", r"\left\{ x \in \mathbb{R} : x > 2 \right\}", True),
    ("[1, 2)", r"\{x : 1 < x < 2\}", False),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "[[1,2],[3,5]]", False),
    # multi-part answers in one sentence, its parts after semicolons ("for part (b)" in lower case)
    ("(a) 20 N (b) 2 m/s^2", "For part (a), the tension is 20 N; for part (b), the acceleration is 2 m/s^2.", True),
    ("(a) 20 N (b) 2 m/s^2", "For part (a), the tension is 20 N; for part (b), the acceleration is 3 m/s^2.", False),
]


@pytest.mark.parametrize("gold, answer, right", BOUNDS_TABLE_87 + SOLUTIONS_TABLE_87 + NOTATIONS_TABLE_87)
def test_relations_table_87(gold, answer, right):
    assert verify(answer, gold).correct is right
