"""Parse a gold answer once into a typed reference (cached: a GRPO batch repeats each reference G times).

>>> parse_reference("12 N", None, "auto").kind
'quantity'
>>> parse_reference("B", None, "auto").kind
'mc'
>>> parse_reference(r"\\frac{\\sqrt{3}}{8} M c^2", None, "auto").kind
'symbolic'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from verifiers import sandbox
from verifiers.extract import extract_answers
from verifiers.latex import normalise
from verifiers.parser import ParseError, parse
from verifiers.quantity import Quantity, to_quantity
from verifiers.symbolic import strip_definition

_MC_RE = re.compile(r"^[({\s]*([A-J])[)}\s.]*$")
_MC_MULTI_RE = re.compile(r"^[({\s]*([A-J](?:[\s,;]*(?:and\s+)?[A-J])*)[)}\s.]*$")
BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "t": True, "f": False,
          "correct": True, "incorrect": False}


class UnreadableReference(ValueError):
    """The gold answer itself cannot be read; the message says why."""


@dataclass(frozen=True)
class Reference:
    kind: str  # mc | bool | quantity | symbolic | equation | tuple
    text: str
    quantity: Quantity | None = None
    tree: tuple | None = None
    letters: frozenset = frozenset()
    truth: bool | None = None
    parts: tuple = ()
    label: tuple | None = None  # the left side of "T_1 = 2 m g", for matching the parts of an answer


@functools.lru_cache(maxsize=8192)
def parse_reference(reference: str, reference_unit: str | None, answer_type: str) -> Reference:
    """A typed reference; raises UnreadableReference when it cannot be read."""
    text = reference.strip().strip("$").strip()
    if "\\boxed" in text or "\\fbox" in text:  # some datasets box their gold answers
        text = ", ".join(extract_answers(text)) or text
    plain = normalise(text)
    if answer_type in ("mc", "auto"):
        match = (_MC_MULTI_RE if answer_type == "mc" else _MC_RE).match(plain)
        if match:
            return Reference("mc", text, letters=frozenset(re.findall(r"[A-J]", match.group(1))))
        if answer_type == "mc":
            raise UnreadableReference(f"multiple-choice reference {reference!r} is not a letter A-J")
    if answer_type in ("bool", "auto") and plain.strip("{} .").lower() in BOOL_WORDS \
            and (answer_type == "bool" or len(plain.strip("{} .")) > 1):
        return Reference("bool", text, truth=BOOL_WORDS[plain.strip("{} .").lower()])
    try:
        tree = parse(plain, normalised=True)
    except ParseError as exc:
        raise UnreadableReference(f"cannot parse reference {reference!r}: {exc}") from None
    if tree[0] == "tuple" and answer_type != "symbolic":
        parts = tuple(_single(part, None, answer_type, reference) for part in tree[1])
        return Reference("tuple", text, tree=tree, parts=parts)
    return _single(tree, reference_unit, answer_type, reference)


def _single(tree, reference_unit, answer_type, original) -> Reference:
    defined = strip_definition(tree)
    if defined[0] == "eq":  # a general equation, not "symbol = value"
        sandbox.prestart()
        return Reference("equation", original, tree=defined)
    label = tree[1] if defined is not tree else None  # "T_1" of "T_1 = 2 m g"
    tree = defined
    if answer_type != "symbolic":
        quantity = to_quantity(tree)
        if quantity is not None and reference_unit:
            quantity = _attach_unit(quantity, reference_unit, original)
        if quantity is not None:
            return Reference("quantity", original, quantity=quantity, tree=tree, label=label)
        if answer_type == "numeric":
            raise UnreadableReference(f"numeric reference {original!r} is not a number with a unit")
    sandbox.prestart()  # symbolic answers may need sympy: have its worker warm by then
    return Reference("symbolic", original, tree=tree, label=label)


def _attach_unit(quantity: Quantity, unit_text: str, original: str) -> Quantity:
    """Apply a unit given apart (SciBench ``unit`` column, maybe with a ``10^k`` factor) to a bare number."""
    if quantity.unit is not None:
        return quantity
    unit_plain = normalise(unit_text.strip().strip("$"))
    if not unit_plain:
        return quantity
    try:
        unit_q = to_quantity(parse(unit_plain, normalised=True), require_number=False)
    except ParseError:
        unit_q = None
    if unit_q is None:
        raise UnreadableReference(f"cannot read unit {unit_text!r} of reference {original!r}")
    scale = unit_q.value
    return Quantity(quantity.value * scale, unit_q.unit, quantity.mantissa, quantity.mantissa_value,
                    unit_scale=scale)
