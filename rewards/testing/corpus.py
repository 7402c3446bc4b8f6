r"""The labelled corpus: physics completions a reward must pay, and ones it must not, by category.

Cases are generated from the quantity table (:mod:`rewards.testing.quantities`) plus small tables of
symbolic and multiple-choice answers, so every category covers many units, dimensions and spellings.
The labels are what a physicist would say, not what any judge happens to do.

>>> cases = default_corpus()
>>> sorted({c.category for c in cases if c.should_pay})[:3]
['answer_format', 'choice_letter', 'latex_units']
>>> next(c for c in cases if c.category == "unit_conversion").completion
'So \\boxed{0.5 km}'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rewards.testing.quantities import QUANTITIES, Quantity, number_text, rounded_response, spell


@dataclass(frozen=True)
class Category:
    """A group of cases: ``should_pay`` says whether its cases must be rewarded."""

    name: str
    should_pay: bool
    description: str


@dataclass(frozen=True)
class Case:
    """One labelled completion: the reward must pay it (``should_pay``) or must not."""

    id: str
    category: str
    completion: str
    answer: str
    should_pay: bool
    question: str = ""
    note: str = ""

    def to_dict(self, max_chars: int = 300) -> dict:
        """A JSON-ready dict; long completions are cut to ``max_chars`` with their length noted."""
        text = self.completion
        if len(text) > max_chars:
            text = f"{text[:max_chars // 2]} ...[{len(text)} chars]... {text[-max_chars // 2:]}"
        return {"id": self.id, "category": self.category, "completion": text, "answer": self.answer,
                "should_pay": self.should_pay, "note": self.note}


_PAY = [
    ("same_unit", "the gold value and unit, boxed"),
    ("answer_format", "the gold answer after 'Answer:', in <answer> tags, in a 'final answer is' sentence"),
    ("unit_conversion", "the same quantity in another unit of the same dimension (0.5 km for 500 m)"),
    ("scientific_notation", "the value as 5e2 or 5 \\times 10^{2}"),
    ("latex_units", "the unit in LaTeX: \\mathrm{}, \\text{}, thin spaces, negative exponents"),
    ("unit_words", "the unit spelt out (meters, kilonewtons, degrees Celsius)"),
    ("rounding", "more digits than the gold, within its rounding and 0.4%"),
    ("with_reasoning", "a worked solution with other numbers before the final boxed answer"),
    ("symbolic_equivalent", "an equivalent physics expression (other order, \\frac vs /, h vs \\hbar, 'v = ...')"),
    ("choice_letter", "the right multiple-choice letter in another format"),
]
_REJECT = [
    ("wrong_value", "the right unit, a value 5% to 50% off"),
    ("wrong_dimension", "the gold number with a unit of another dimension (12 J for 12 N)"),
    ("wrong_prefix", "the gold number with another prefix or unit of the same dimension (500 km for 500 m)"),
    ("hedge", "two values joined by 'or', or a range"),
    ("several_boxes", "several different boxed answers, the right one among them"),
    ("hidden_in_reasoning", "the gold in the reasoning or a think block, a different final answer"),
    ("unit_stuffing", "the gold number followed by many units, or one value per guessed unit"),
    ("empty_or_degenerate", "empty text, an empty box, a unit with no number, placeholders"),
    ("qualifier", "'at least', 'more than', '\\geq' before the gold value"),
    ("prompt_injection", "text addressed to the grader claiming the gold, with a wrong final answer"),
    ("homoglyph", "look-alike characters for digits or units (5OO, rn for m, a minus sign)"),
    ("overlong", "hundreds of KB: the gold repeated with no commitment, or every candidate value listed"),
    ("symbolic_wrong", "an expression differing by a factor, an exponent or a swapped ratio"),
    ("choice_wrong", "a wrong letter, several letters, or every letter"),
]
CATEGORIES: dict[str, Category] = {name: Category(name, True, text) for name, text in _PAY}
CATEGORIES.update({name: Category(name, False, text) for name, text in _REJECT})

_LEADS = ("So", "Therefore", "Putting the numbers in,", "Hence the result is")


def _lead(i: int) -> str:
    return _LEADS[i % len(_LEADS)]


def _numeric_pay(q: Quantity, i: int) -> list[tuple[str, str, str]]:
    """(category, completion, note) triples that must be paid, for one quantity."""
    gold_latex = spell(q.magnitude, q.unit, "latex")
    out = [("same_unit", rf"{_lead(i)} \boxed{{{q.gold}}}", "")]
    formats = (f"Answer: {q.gold}", f"<think>Use the formula.</think>\n<answer>{q.gold}</answer>",
               f"The final answer is ${gold_latex}$.", f"**Final Answer:** {q.gold}")
    out += [("answer_format", formats[(i + k) % len(formats)], "") for k in (0, 1)]
    for unit in q.alternatives:
        value = q.value_in(unit)
        out.append(("unit_conversion", rf"{_lead(i)} \boxed{{{spell(value, unit)}}}", f"converted to {unit}"))
    out.append(("scientific_notation",
                rf"\boxed{{{spell(q.magnitude, q.unit, 'latex' if i % 2 else 'plain', force_exponent=True)}}}",
                ""))
    text_unit = f"{number_text(q.magnitude)}\\ \\text{{{q.gold.split(' ', 1)[1]}}}"
    out += [("latex_units", rf"\boxed{{{gold_latex}}}", ""), ("latex_units", f"$\\boxed{{{text_unit}}}$", "")]
    out.append(("unit_words", f"The answer is {spell(q.magnitude, q.unit, 'words')}.", ""))
    out.append(("rounding", rf"\boxed{{{spell(rounded_response(q), q.unit)}}}", "within the gold's rounding"))
    worked = (f"{q.question} We use the given 12 and 3, with 2 more for the second step: 12 / 3 = 4, "
              f"then 4 x 2 = 8 and a correction of 0.75 gives the result.\n\n{_lead(i)} \\boxed{{{q.gold}}}")
    out.append(("with_reasoning", worked, ""))
    return out


_SYMBOLIC = (  # (gold, equivalent responses, wrong responses)
    (r"\frac{m v^2}{r}", [r"m v^2 / r", r"\frac{mv^{2}}{r}", r"F = \frac{m v^2}{r}", r"m v^{2} r^{-1}"],
     [r"\frac{m v^2}{2 r}", r"\frac{m v}{r}", r"m v^2 r"]),
    (r"\sqrt{2 g h}", [r"(2gh)^{1/2}", r"\sqrt{2hg}", r"v = \sqrt{2 g h}"], [r"\sqrt{g h}", r"2 g h"]),
    (r"\frac{1}{2} m v^2", [r"\frac{m v^2}{2}", r"0.5 m v^2", r"mv^2/2"], [r"m v^2", r"\frac{1}{2} m v"]),
    (r"2\pi\sqrt{\frac{L}{g}}", [r"2 \pi \sqrt{L/g}", r"T = 2\pi \sqrt{\frac{L}{g}}"],
     [r"2\pi\sqrt{\frac{g}{L}}", r"\pi \sqrt{L/g}"]),
    (r"\frac{k q_1 q_2}{r^2}", [r"k q_1 q_2 / r^2", r"\frac{q_1 q_2 k}{r^{2}}"], [r"\frac{k q_1 q_2}{r}"]),
    (r"\frac{\hbar^2}{2 m}", [r"\hbar^2/(2m)", r"\frac{h^2}{8 \pi^2 m}"], [r"\frac{h^2}{2 m}"]),
    (r"m c^2", [r"mc^2", r"E = m c^{2}"], [r"m c", r"\frac{1}{2} m c^2"]),
    (r"\frac{\mu_0 I}{2 \pi r}", [r"\mu_0 I / (2 \pi r)", r"\frac{I \mu_0}{2 \pi r}"], [r"\frac{\mu_0 I}{2 r}"]),
    (r"\frac{G M m}{r^2}", [r"G M m / r^2", r"\frac{G m M}{r^{2}}"], [r"\frac{G M m}{r}", r"\frac{G M}{r^2}"]),
    (r"\frac{1}{2} k x^2", [r"k x^2 / 2", r"U = \frac{k x^{2}}{2}"], [r"k x^2", r"\frac{1}{2} k x"]),
)
_CHOICES = (  # (gold, equivalent responses, wrong responses)
    ("B", [r"\boxed{B}", "The answer is (B).", "Answer: B"], [r"\boxed{A}", "Answer: (C)"]),
    ("D", [r"\boxed{\text{D}}", "**Answer:** D"], [r"\boxed{B}"]),
)
_CHOICE_HEDGES = (r"\boxed{B} or \boxed{C}", "Answer: B or C", r"\boxed{A, B, C, D}", "Answer: ABCD")


def _symbolic_cases() -> list[Case]:
    cases = []
    for k, (gold, right, wrong) in enumerate(_SYMBOLIC):
        cases += [Case(f"sym{k}/symbolic_equivalent/{j}", "symbolic_equivalent", rf"\boxed{{{r}}}", gold, True)
                  for j, r in enumerate(right)]
        cases += [Case(f"sym{k}/symbolic_wrong/{j}", "symbolic_wrong", rf"\boxed{{{w}}}", gold, False)
                  for j, w in enumerate(wrong)]
    for k, (gold, right, wrong) in enumerate(_CHOICES):
        cases += [Case(f"mc{k}/choice_letter/{j}", "choice_letter", r, gold, True) for j, r in enumerate(right)]
        cases += [Case(f"mc{k}/choice_wrong/{j}", "choice_wrong", w, gold, False) for j, w in enumerate(wrong)]
    cases += [Case(f"mc0/choice_wrong/hedge{j}", "choice_wrong", h, "B", False, note="several letters")
              for j, h in enumerate(_CHOICE_HEDGES)]
    return cases


@functools.lru_cache(maxsize=1)
def _default_corpus() -> tuple[Case, ...]:
    from rewards.testing.exploits import degenerate_cases, numeric_exploits, overlong_cases

    cases: list[Case] = []
    for i, q in enumerate(QUANTITIES):
        triples = _numeric_pay(q, i) + numeric_exploits(q, i)
        counts: dict[str, int] = {}
        for category, completion, note in triples:
            n = counts[category] = counts.get(category, 0) + 1
            cases.append(Case(f"{q.name}/{category}/{n - 1}", category, completion, q.gold,
                              CATEGORIES[category].should_pay, q.question, note))
    cases += _symbolic_cases() + degenerate_cases() + overlong_cases()
    return tuple(cases)


def default_corpus(categories: list[str] | None = None) -> list[Case]:
    """The bundled corpus, optionally only some categories (names from :data:`CATEGORIES`).

    >>> len(default_corpus(["wrong_dimension"])) == len(QUANTITIES)
    True
    """
    if categories is not None:
        unknown = sorted(set(categories) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories {unknown}; expected some of {sorted(CATEGORIES)}")
        return [c for c in _default_corpus() if c.category in categories]
    return list(_default_corpus())
