"""Families whose answer is an expression in given symbols, and a multiple-choice wrapper for numeric ones.

>>> import random
>>> row = SYMBOLIC[0].draw(random.Random(0), level=1)
>>> row["answer_type"], row["solution"].splitlines()[-1].startswith("\\\\boxed{")
('symbolic', True)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.data.family import Family
from training.data.number_format import fmt

_LETTERS = {"m": ("m", "M"), "h": ("h", "H"), "L": ("L", "l"), "r": ("r", "R"), "k": ("k",), "v": ("v", "u"),
            "q": ("q", "Q"), "F": ("F",), "t": ("t", "T")}


@dataclass(frozen=True)
class SymbolicFamily:
    """A derivation: ``question``/``steps``/``answer`` are templates over symbol names (``{m}``, ``{h}``...),
    each drawn from a few spellings so the family has variants."""

    id: str
    topic: str
    question: str
    steps: tuple
    answer: str
    symbols: tuple
    answer_type: str = "symbolic"

    def draw(self, rng: random.Random, level: int) -> dict:
        names = {s: rng.choice(_LETTERS.get(s, (s,))) for s in self.symbols}
        if len(set(names.values())) < len(names):  # two symbols spelt alike: keep the plain spellings
            names = {s: s for s in self.symbols}
        answer = self.answer.format(**names)
        steps = [step.format(**names) for step in self.steps]
        question = self.question.format(**names) + " Express the answer in terms of the given symbols."
        return {"question": question, "solution": "\n".join(steps + [f"\\boxed{{{answer}}}"]), "answer": answer,
                "answer_type": "symbolic", "values": tuple(sorted(names.items())), "value": None, "unit": ""}


SYMBOLIC = [
    SymbolicFamily("sym.drop_speed", "energy", "A ball of mass {m} falls from rest through a height {h} (gravity g). Find its speed.",
                   ("Energy conservation: {m} g {h} = {m} v^2 / 2", "v^2 = 2 g {h}"), r"\sqrt{{2 g {h}}}", ("m", "h")),
    SymbolicFamily("sym.pendulum_period", "oscillations", "A simple pendulum has length {L} (gravity g). Find its small-angle period.",
                   ("For small angles the pendulum is a harmonic oscillator with omega = sqrt(g / {L}).", "T = 2 pi / omega"),
                   r"2 \pi \sqrt{{\frac{{{L}}}{{g}}}}", ("L",)),
    SymbolicFamily("sym.spring_period", "oscillations", "A mass {m} hangs on a spring of constant {k}. Find the period of oscillation.",
                   ("omega = sqrt({k} / {m})", "T = 2 pi / omega"), r"2 \pi \sqrt{{\frac{{{m}}}{{{k}}}}}", ("m", "k")),
    SymbolicFamily("sym.centripetal_force", "circular", "A mass {m} moves in a circle of radius {r} at speed {v}. Find the net inward force.",
                   ("The centripetal acceleration is {v}^2 / {r}.", "F = {m} {v}^2 / {r}"), r"\frac{{{m} {v}^{{2}}}}{{{r}}}", ("m", "v", "r")),
    SymbolicFamily("sym.orbital_speed", "gravitation", "A satellite circles a planet of mass {m} at radius {r} (constant G). Find its speed.",
                   ("Gravity gives the centripetal force: G {m} m_s / {r}^2 = m_s v^2 / {r}", "v^2 = G {m} / {r}"),
                   r"\sqrt{{\frac{{G {m}}}{{{r}}}}}", ("m", "r")),
    SymbolicFamily("sym.range", "kinematics", "A projectile is launched at speed {v} and angle theta over level ground (gravity g). Find its range.",
                   ("Time of flight: t = 2 {v} sin(theta) / g", "Range: R = {v} cos(theta) t = {v}^2 sin(2 theta) / g"),
                   r"\frac{{{v}^{{2}} \sin(2\theta)}}{{g}}", ("v",)),
    SymbolicFamily("sym.coulomb_field", "electrostatics", "Find the field a distance {r} from a point charge {q} in vacuum (permittivity epsilon_0).",
                   ("Coulomb's law for a test charge gives E = {q} / (4 pi epsilon_0 {r}^2)",),
                   r"\frac{{{q}}}{{4 \pi \epsilon_0 {r}^{{2}}}}", ("q", "r")),
    SymbolicFamily("sym.stopping_distance", "kinematics", "A car at speed {v} brakes with deceleration a. Find the stopping distance.",
                   ("0 = {v}^2 - 2 a d", "d = {v}^2 / (2 a)"), r"\frac{{{v}^{{2}}}}{{2 a}}", ("v",)),
    SymbolicFamily("sym.incline_accel", "newton", "A block slides down a frictionless incline of angle theta (gravity g). Find its acceleration.",
                   ("Along the incline the net force is m g sin(theta).", "a = g sin(theta)"), r"g \sin\theta", ()),
    SymbolicFamily("sym.kinetic_energy", "energy", "A body of mass {m} has momentum p. Express its kinetic energy in terms of p and {m}.",
                   ("K = {m} v^2 / 2 and p = {m} v", "K = p^2 / (2 {m})"), r"\frac{{p^{{2}}}}{{2 {m}}}", ("m",)),
]


@dataclass(frozen=True)
class ChoiceFamily:
    """A numeric family asked as multiple choice: the right value among common mistakes."""

    base: Family
    answer_type: str = "mc"

    @property
    def id(self) -> str:
        return self.base.id + ".mc"

    @property
    def topic(self) -> str:
        return self.base.topic

    def draw(self, rng: random.Random, level: int) -> dict:
        row = self.base.draw(rng, level)
        value, unit = row["value"], row["unit"]
        wrong = [value * 10, value / 10, value * 2, value / 2, value ** 2 if abs(value) < 50 else value * 3,
                 value * 3, value / 3]
        distinct = list({fmt(w): w for w in wrong if fmt(w) != fmt(value)}.values())
        options = [value] + rng.sample(distinct, 3)
        rng.shuffle(options)
        letters = "ABCD"
        right = letters[options.index(value)]
        listing = "\n".join(f"({letter}) {fmt(option)} {unit}".rstrip() for letter, option in zip(letters, options))
        solution = row["solution"].rsplit("\n", 1)[0] + f"\nThis is option ({right}).\n\\boxed{{{right}}}"
        return {**row, "question": row["question"] + "\n" + listing + "\nAnswer with the letter of the correct option.",
                "solution": solution, "answer": right, "answer_type": "mc"}
