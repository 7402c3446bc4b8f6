"""Problem families: givens with units, formula steps, and the worked solution each draw produces.

A family draws values (in mixed units from level 2 on), computes every step in SI units, and writes a
solution that converts, states each formula, substitutes and ends in ``\\boxed{value unit}``.

>>> fam = Family("demo.speed", "kinematics", "A cart rolls {d} in {t}. What is its average speed?",
...              (Given("d", "distance", "m", 10, 90, alts=(("km", 1000.0),)), Given("t", "time", "s", 2, 9)),
...              (Step("v", "average speed", "v = d / t", lambda q: q["d"] / q["t"], "m/s", "{d} / {t}"),))
>>> row = fam.draw(random.Random(0), level=1)
>>> row["answer"], row["solution"].splitlines()[-1]
('7.38 m/s', '\\\\boxed{7.38 m/s}')
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from training.data.number_format import fmt, round_sig, spell_product

LEVELS = (1, 2, 3)


@dataclass(frozen=True)
class Given:
    """A given quantity: symbol, name, SI unit, range in SI units, and other units it may be stated in
    as ``(unit, factor to SI[, offset])`` (``("°C", 1.0, 273.15)`` for a Celsius temperature)."""

    symbol: str
    name: str
    unit: str
    low: float
    high: float
    decimals: int = 0
    alts: tuple = ()


@dataclass(frozen=True)
class Step:
    """One formula: ``symbol = fn(values)``, stated as ``formula`` and substituted through ``show``."""

    symbol: str
    name: str
    formula: str
    fn: Callable
    unit: str
    show: str
    spell: tuple = ()  # two symbols whose integer product is spelt out


@dataclass(frozen=True)
class Family:
    id: str
    topic: str
    question: str
    givens: tuple
    steps: tuple
    answer_alts: tuple = ()  # other units the answer may be asked in: ((unit, factor to SI), ...)
    constants: str = ""  # e.g. "Use g = 9.8 m/s^2."
    answer_type: str = "numeric"
    compact: bool = False  # no "Given:" line, formula and substitution on one line, no restated result

    def _step_lines(self, step: Step, values: dict, substituted: str) -> list[str]:
        value = values[step.symbol]
        spelt = bool(step.spell) and all(float(values[s]).is_integer() for s in step.spell)
        product = spell_product(*sorted((int(values[s]) for s in step.spell), reverse=True)) if spelt else ""
        result = f"{fmt(value)} {step.unit}".rstrip()
        if self.compact:
            return [f"{step.formula} = {substituted}", product] if spelt else \
                [f"{step.formula} = {substituted} = {result}"]
        head = f"{step.name[0].upper() + step.name[1:]}: {step.formula}"
        if spelt:  # the substitution, then the product spelt out, then the result
            return [head, f"{step.symbol} = {substituted}", product, f"{step.symbol} = {result}"]
        return [head, f"{step.symbol} = {substituted} = {result}"]

    def draw(self, rng: random.Random, level: int) -> dict:
        """One problem at ``level``: 1 SI units, 2 some givens in other units, 3 also the answer."""
        values, shown, lines = {}, {}, []
        for given in self.givens:
            value_si, text, conversion = _draw_given(given, rng, level)
            values[given.symbol], shown[given.symbol] = value_si, text
            if conversion:
                lines.append(conversion)
        display = {symbol: f"{fmt(values[symbol])} {_unit_of(self, symbol)}".strip() for symbol in values}
        in_question_order = sorted(self.givens, key=lambda g: self.question.find("{%s}" % g.symbol))
        if not self.compact:
            lines.insert(0, "Given: " + ", ".join(f"{g.symbol} = {shown[g.symbol]}" for g in in_question_order))
        for step in self.steps:
            value = step.fn(values)
            values[step.symbol] = value
            lines += self._step_lines(step, values, step.show.format(**display))
            display[step.symbol] = f"{fmt(value)} {step.unit}".strip()
        final = self.steps[-1]
        value, unit = values[final.symbol], final.unit
        ask = ""
        if level == 3 and self.answer_alts:
            unit, factor = rng.choice(self.answer_alts)[:2]
            converted = value / factor
            lines.append(f"In {unit}: {fmt(value)} {final.unit} = {fmt(converted)} {unit}")
            value = converted
            ask = f" Give the answer in {unit}."
        elif unit and rng.random() < 0.5:
            ask = f" Give the answer in {unit}."
        answer = f"{fmt(value)} {unit}".strip()
        lines.append(f"\\boxed{{{answer}}}")
        question = self.question.format(**shown) + (" " + self.constants if self.constants else "") + ask
        return {"question": question, "solution": "\n".join(lines), "answer": answer, "answer_type": "numeric",
                "values": tuple(sorted((k, shown[k]) for k in shown)), "value": round_sig(value), "unit": unit}


def _unit_of(family: Family, symbol: str) -> str:
    for given in family.givens:
        if given.symbol == symbol:
            return given.unit
    return ""


def _draw_given(given: Given, rng: random.Random, level: int) -> tuple[float, str, str]:
    """(value in SI, the value as the question states it, a conversion line or "")."""
    use_alt = level >= 2 and given.alts and rng.random() < 0.75
    if not use_alt:
        value = round(rng.uniform(given.low, given.high), given.decimals) if given.decimals else \
            rng.randint(int(given.low), int(given.high))
        return float(value), f"{fmt(value)} {given.unit}".strip(), ""
    unit, factor, *rest = rng.choice(given.alts)
    offset = rest[0] if rest else 0.0
    low, high = (given.low - offset) / factor, (given.high - offset) / factor
    stated = round_sig(rng.uniform(min(low, high), max(low, high)), 2)
    value_si = stated * factor + offset
    conversion = f"{given.symbol} = {fmt(stated)} {unit} = {fmt(value_si)} {given.unit}"
    return value_si, f"{fmt(stated)} {unit}", conversion
