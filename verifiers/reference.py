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
import logging
import re
from dataclasses import dataclass, replace

from verifiers import sandbox
from verifiers.answer_text import (directions, is_prose, leads_with_words, parse_answer, part_label, restatement,
                                   value_after_label, without_condition, without_definition, without_index_range,
                                   without_part_labels, without_remarks, without_unit_markup)
from verifiers.compare import compare_quantities
from verifiers.errors import UnreadableReference
from verifiers.extract import extract_answers
from verifiers.latex import closed, decimal_comma, normalise
from verifiers.lexer import FUNCTIONS, GREEK
from verifiers.options import VerifyOptions
from verifiers.parser import ParseError, parse
from verifiers.quantity import Quantity, column_units, to_quantity
from verifiers.relations import joined_bounds, read_structure, relations_joined
from verifiers.evaluate import holds
from verifiers.symbolic import definition, is_symbol, strip_definition
from verifiers.units import lookup_word
from verifiers.vectors import as_components

_APPROXIMATE_LEAD = re.compile(r"\A\s{0,3}(?:approx\.?|approximately|about|roughly|around|~|\\approx)\s{0,3}(?=[-\d.\\])", re.I)
_MC_RE = re.compile(r"^(?:(?i:option|choice|answer)\s?:?\s?)?[({\s]*([A-J])[)}\s.]*$")  # "B", "(B)", "Option: B"
_MC_LOWER_RE = re.compile(r"^\(\s*([a-j])\s*\)$")  # "(a)": an option of the question, as "(A)" is
_OPTION_RUN_RE = re.compile(r"([A-D]{2,4})")
_OPTION_WITH_VALUE_RE = re.compile(r"\(?([A-J])\)\s?(\d[^()]{0,80}|-\s?\d[^()]{0,80})")  # "(B) 12 N", "(C) -3 m/s"
# "A, C", "A, B and D", "A, B, and D": options listed, each after the one before
_OPTION_LIST_RE = re.compile(r"([A-J](?:\s?(?:,\s?(?:and\s)?|\sand\s)[A-J]){1,9})")
_BRACKETED_LETTER_RE = re.compile(r"\(([A-J])\)")
_MC_MULTI_RE = re.compile(r"^[({\s]*([A-J](?:[\s,;]*(?:and\s+)?[A-J])*)[)}\s.]*$")
BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "t": True, "f": False,
          "correct": True, "incorrect": False}


logger = logging.getLogger(__name__)
_LETTER_GAP_RE = re.compile(r"(?<=[^\W\d_])\s+(?=[^\W\d_])")  # spaces between two letters (linear: after a letter only)
_BOXES_RE = re.compile(r"\\boxed\{[^{}]*\}")
_WORDS_RE = re.compile(r"[A-Za-z]{3,}")
# "\text{Unpolarised fraction} = 0.60": a gold that names its quantity in words gives the value after them
# (four letters or more: "\text{emf} = 0" is a symbol's definition, answered as "0 = \text{emf}" too)
_WORDED_LABEL_RE = re.compile(r"\A\\(?:text|textrm|mathrm|textbf)\s*\{(?:[A-Za-z][A-Za-z ,.'-]{3,}\}\s*(?:=|\\approx|:)"
                              r"|[A-Za-z][A-Za-z ,.'-]*:\s*\})\s*(?=\S)")  # "\text{O: } {}^3P_2" too
_ANSWER_MARKER = re.compile(r"\b(?i:final\s{1,3}answer|answer\s{0,3}:|answer\s{1,3}is)\b")  # "... Answer: 12 N"
_WORKED = re.compile(r"\n|\.\s{1,3}[A-Z]")  # lines, or sentences: a worked solution, which states its answer
_LOWER_WORD_RE = re.compile(r"(?<![\\A-Za-z])[a-z]{4}")  # a word of four letters or more, no command
_UNIT_REMARK = re.compile(r"\s{0,3}\([A-Za-z0-9 .,'^/-]{1,40}\)\s{0,3}\Z")  # "m/s (upward)": a remark on the unit
_DIGIT_RE = re.compile(r"\d")  # ("N (10^3)": a scale, no remark)
_MAX_WORDED = 60  # characters: a gold this short in words says one value, and its words its sense
_UNIT_ALTERNATIVES = re.compile(r"\s{1,3}(?:or|i\.e\.|=)\s{1,3}")  # "N/C or V/m", "T i.e. Wb/m^2"
_WARNED: set = set()  # golds and unit columns already warned about (a dataset repeats them row after row)
_MAX_WARNED = 10_000
_RESTATED = VerifyOptions()  # a restatement agrees with the value it restates, to the usual tolerance ("27.8 m/s")
_STATES_A_VALUE = re.compile(r"[\d=\\]")  # a stated answer has a number or notation in it
_JOINING_WORDS_RE = re.compile(r"\s?\b(?:and|or)\b\s?")
_MATH_TEXT_RE = re.compile(r"[\w\\{}\[\]()^+\-*/=,.;:|'!<>&]*")  # the alphabet of math notation, squeezed


def canonical_text(text: str) -> str:
    """A gold's text as compared when no grammar reads it: normalised LaTeX, see :func:`squeezed`."""
    return squeezed(normalise(text))


def squeezed(plain: str) -> str:
    """Normalised text without its spaces, but for one between two letters (``2 m s`` is not ``2 ms``).

    >>> squeezed("1, 2, ...,  n"), squeezed("2 m  s")
    ('1,2,...,n', '2m s')
    """
    if " " not in plain:
        return plain
    if _LETTER_GAP_RE.search(plain) is None:
        return "".join(plain.split())
    return "".join(_LETTER_GAP_RE.sub("\0", plain).split()).replace("\0", " ")


@dataclass(frozen=True)
class Reference:
    kind: str  # mc | bool | quantity | symbolic | equation | tuple | relation | text
    text: str
    quantity: Quantity | None = None
    tree: tuple | None = None
    letters: frozenset = frozenset()
    truth: bool | None = None
    parts: tuple = ()
    label: tuple | None = None  # the left side of "T_1 = 2 m g", for matching the parts of an answer
    canonical: str = ""  # the gold's answer as canonical_text: an answer written the same way is right
    unordered: bool = False  # a list of solutions (bare pure numbers or tuples): any order answers it
    scale: tuple | None = None  # a unit column that is no unit ("m_{0}"): the gold is a number of these
    unread_unit: str | None = None  # a unit column no reading gives: an answer with a unit cannot be judged
    unit_dimension: str | None = None  # of the unit a symbolic gold says beside its formula ("... \text{F}")
    option: Reference | None = None  # the option's own answer, of a gold "(B) 12 N": what its text answers
    part: str | None = None  # the question's part a gold "(a) 12 N" answers
    directions: frozenset = frozenset()  # the directions a gold names in words ("25 m/s north"), which no answer opposes


def parse_reference(reference: str, reference_unit: str | None, answer_type: str) -> Reference:
    """A typed reference; raises UnreadableReference when it cannot be read at all. A gold is read once and
    kept (a GRPO group judges one gold G times), but for a long one (a worked solution), read each time, so
    that what is kept stays small: at most 8,192 golds of at most ``_MAX_KEPT_CHARS`` characters.

    >>> parse_reference("12 N", None, "auto") is parse_reference("12 N", None, "auto")
    True
    """
    if len(reference) > _MAX_KEPT_CHARS:
        return _read_reference(reference, reference_unit, answer_type)
    return _kept_reference(reference, reference_unit, answer_type)


_MAX_KEPT_CHARS = 2000


def _read_reference(reference: str, reference_unit: str | None, answer_type: str) -> Reference:
    """The reading of a gold (see :func:`parse_reference`).

    A dataset's type hint or unit column that does not fit the gold (a symbolic gold typed numeric, a
    unit no one can read) is dropped with a logged warning and the gold read as it is; a gold the grammar
    cannot read (a reaction, a term symbol, an integral) is kept as text, matched by the same text."""
    written = _answer_text(reference)
    text = closed(written)
    normalised = without_condition(without_definition(without_index_range(_APPROXIMATE_LEAD.sub("", normalise(text)))))
    if normalised.endswith(")") and " (" in normalised:
        normalised = without_remarks(_without_restatement(normalised))  # "12 (in kN)", "25 m/s (approx.)"
    part = part_label(normalised) if normalised[:1] == "(" else None
    if part:  # "(a) 12 N": the answer to the question's part (a), which an answer listing its parts gives as (a)
        normalised = part[1]
    elif normalised[:1] == "(" and normalised.count(")") > 1:  # "(a) 12 N (b) 3.0 m/s^2": the parts, as a list
        normalised = without_part_labels(normalised)
    canonical = squeezed(normalised)  # canonical_text(text), without normalising again
    try:
        if is_prose(normalised) or leads_with_words(normalised):
            # "Nuclei cannot be made of protons and electrons", "The answer is 5 m/s": no product of symbols
            raise UnreadableReference(f"reference {reference!r} is in words", reference=reference)
        typed = _typed_reference(reference, text, normalised, canonical, reference_unit, answer_type)
        column_directions = directions(reference_unit) if reference_unit and typed.kind == "quantity" else None
        if column_directions:  # "m/s (upward)": the column's direction, the gold's
            typed = replace(typed, directions=column_directions)
        if part:
            return replace(typed, part=part[0])
        markup = without_unit_markup(text) if typed.kind == "symbolic" and "{" in text else None
        if markup:  # "\frac{2\pi\varepsilon l}{\ln(b/a)} \text{F}": the formula, its unit said beside it
            formula = _typed_reference(reference, markup.formula, normalise(markup.formula), canonical,
                                       reference_unit, answer_type)
            return replace(formula, unit_dimension=markup.dimension)
        return typed
    except UnreadableReference as exc:
        if answer_type == "auto" and reference_unit is None:
            value = value_after_label(normalised)
            if value is not None:
                found = parse_reference(value, None, "auto")
                if found.kind != "text":  # the gold written out in full is still right; its words' sense kept
                    return replace(found, canonical=canonical, directions=directions(normalised))
            if _is_math_text(written) and not is_prose(text) and not leads_with_words(normalised) \
                    and not _WORKED.search(reference):
                return _text_reference(text, exc, part)
            try:  # "Using v = d/t we get 500 m.\n\nSo it is 500 m": a worked solution's stated answer
                stated = _stated_answer(reference, exc)
                short = len(normalised) <= _MAX_WORDED and "\n" not in reference  # "increases by 5 J": its sense
                return replace(stated, directions=directions(normalised)) if short else stated
            except UnreadableReference:
                if _is_math_text(written):  # "The two neutrons must be in a singlet state.": matched by the same text
                    return _text_reference(text, exc, part)
                raise
        warned = (reference_unit, answer_type) if reference_unit else (reference, answer_type)
        if warned not in _WARNED and len(_WARNED) < _MAX_WARNED:  # once per unit column (or gold), not per row
            _WARNED.add(warned)
            logger.warning("%s; reading the gold as it is", exc)
        written_out = _with_unit_column(reference, reference_unit) \
            if reference_unit and answer_type in ("auto", "numeric") else None
        if written_out is not None:  # "(0.829)" and "$\mathrm{~N} \hat{\mathrm{i}}$": the gold as an answer writes it
            try:
                found = parse_reference(written_out, None, "auto")
            except UnreadableReference:
                found = None
            if found is not None and found.kind == "quantity" and found.quantity.unit is None:
                # "2.00" and "$10^{10} \text{ electrons; }$": a count, 2e10 (a unit it might still be, unknown here:
                # an answer with a unit cannot be judged)
                return replace(found, unread_unit=reference_unit)
            if found is not None and (found.kind == "quantity" or (found.kind == "symbolic" and not holds(
                    found.tree, lambda node: node[0] == "name" and len(node[1]) > 2))):
                return found  # (not "5 furlongs per fortnight blah": words as products of letters)
        as_it_is = parse_reference(reference, None, "auto")
        if reference_unit and as_it_is.kind == "quantity" and as_it_is.quantity.unit is None:
            return replace(as_it_is, scale=_scale(reference_unit), unread_unit=reference_unit)
        return as_it_is


_kept_reference = functools.lru_cache(maxsize=8192)(_read_reference)
parse_reference.cache_clear = _kept_reference.cache_clear  # (as a cached function's: tests and benches clear it)


def _without_restatement(plain: str) -> str:
    """``0.01 (10^{-2})``, ``100 km/h (27.8 m/s)``, ``0.5 (50\\%)``: a gold that restates its value in brackets, as
    the value before them (no product: the two agree, rounded); the text as it is otherwise.

    >>> _without_restatement("0.01 (10^{-2})"), _without_restatement("2 (x + 1)")
    ('0.01', '2 (x + 1)')
    """
    parts = restatement(plain)
    if parts is None:
        return plain
    try:
        before, inside = (to_quantity(parse(part, normalised=True)) for part in parts)
    except ParseError:
        return plain
    if before is None or inside is None:
        return plain
    return parts[0] if compare_quantities(before, inside, _RESTATED).correct else plain


def _with_unit_column(value: str, unit_text: str) -> str | None:
    """A bare gold number written out with a unit column no unit reading takes (``(0.829)`` and ``$\\mathrm{~N}
    \\hat{\\mathrm{i}}$``, ``2.00`` and ``$10^{10} \\text{ electrons; }$``); None for a gold that is no bare number."""
    if not _BARE_NUMBER_RE.fullmatch(value.strip().strip("$").strip()):
        return None
    unit = " ".join(unit_text.replace("$", " ").replace("~", " ").split())
    closing = unit[len(unit.rstrip("} ")):]  # ("\\text { electrons; }": a list's punctuation, inside the braces too)
    unit = unit[:len(unit) - len(closing)].rstrip(" ;,.:") + closing
    return f"{value} \\times {unit}" if unit.startswith("10^") else f"{value} {unit}"


_BARE_NUMBER_RE = re.compile(r"\(?-?\d[\d,]*(?:\.\d*)?\)?")


def _scale(unit_text: str):
    """The tree of a unit column that names no unit (``m_{0}``, ``k``): the gold counts in it, and an answer
    may write it after its number."""
    try:
        return parse(normalise(unit_text.strip().strip("$")), normalised=True)
    except ParseError:
        return None


def _stated_answer(reference: str, error: UnreadableReference) -> Reference:
    """A gold written as a worked solution ("... Final Answer: The final answer is $28\\%$."): the answer it
    states, found as in a completion."""
    found = extract_answers(reference)
    if not found or found[-1] == reference.strip() or not _STATES_A_VALUE.search(found[-1]):
        raise error  # "... be composed of protons and electrons": words after a verb, no value stated
    return parse_reference(found[-1], None, "auto")


def _answer_text(reference: str) -> str:
    """The answer a gold gives: without math delimiters, and the contents of its boxes where it boxes."""
    text = _without_unit_alias(_tidied(reference.strip().strip("$").strip()))
    if text.endswith(".") and not text[-2:-1].isdigit():  # "3.3 \times 10^{16} m^{-3}.": a sentence's full stop
        text = text[:-1].rstrip()
    if "\\boxed" in text or "\\fbox" in text or (("nswer" in text or "NSWER" in text) and _ANSWER_MARKER.search(text)):
        # some datasets box their gold answers, or write a worked solution with "Answer: 12 N" at its end
        boxes = extract_answers(text)
        if len(set(boxes)) == 1 and _WORDS_RE.search(_BOXES_RE.sub(" ", text)):
            return boxes[0]  # a solution that boxes its one answer again and again
        text = ", ".join(boxes) or text
    return _WORDED_LABEL_RE.sub("", text, count=1) if text[:1] == "\\" else text


_WRAPPERS = (("**", "**"), ("__", "__"), ("`", "`"), ("'", "'"), ('"', '"'), ("*", "*"))
# "500 m\n\nExplanation: ...": a gold with its working or reasons after it, in a paragraph of their own
_EXPLANATION_AFTER = re.compile(r"\n\s*\n\s{0,3}(?:\*\*)?(?:explanation|reason(?:ing)?|justification|solution|working|"
                                r"derivation|note|because)\b", re.I)


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_MAX_HEAD = 200  # a value or a formula, not a paragraph of working


def _tidied(text: str) -> str:
    """A gold as a dataset's scraping left it, tidied: its working in a later paragraph, quotes or Markdown emphasis
    around it and a stray ``;``, ``,``, ``:`` or unmatched closing bracket at its end gone (``'500 m'``, ``**500
    m**``, ``500 m;``, ``12 N)``).

    >>> _tidied("**500 m**"), _tidied("12 N)"), _tidied("[1, 2)"), _tidied("500 m\\n\\nExplanation: d = vt")
    ('500 m', '12 N', '[1, 2)', '500 m')
    >>> _tidied("500 m\\n\\nWe used d = v t with v = 50 m/s and t = 10 s.")
    '500 m'
    """
    explained = _EXPLANATION_AFTER.search(text)
    if explained:
        text = text[:explained.start()].rstrip()
    elif "\n" in text:
        head, *rest = _BLANK_LINE_RE.split(text, maxsplit=1)
        if rest and len(head) <= _MAX_HEAD and (_DIGIT_RE.search(head) or "\\" in head) and _wordless(head) \
                and (is_prose(rest[0]) or leads_with_words(rest[0].lstrip())
                                                    or _concludes_in(rest[0], head)):
            text = head.rstrip()  # "500 m\n\nWe used d = v t with v = 50 m/s ...", "500 m\n\nd = 50 \\cdot 10 = 500 m":
            # its working, unannounced (not "x = 5\n\ny = 3": a gold of two parts)
    for opening, closing in _WRAPPERS:
        if len(text) > len(opening) + len(closing) and text.startswith(opening) and text.endswith(closing) \
                and opening not in text[len(opening):-len(closing)]:
            text = text[len(opening):-len(closing)].strip()
    text = text.rstrip(";,:").rstrip()
    if text[-1:] in (")", "]") and _unopened_brackets(text) > 0:
        text = text[:-1].rstrip()  # (an interval's brackets may differ: "[1, 2)" closes as it opens)
    return text


_PLAIN_WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")  # (not a command's name: \frac, \text)


def _wordless(text: str) -> bool:
    """Does ``text`` write no word but units, functions and Greek letters (``500 m``, ``12 \\mathrm{MeV}``; not
    "Using d = v t with v = 10 m/s")?"""
    return all(lookup_word(word) is not None or word.lower() in GREEK or word in FUNCTIONS
               for word in _PLAIN_WORD_RE.findall(text))


def _concludes_in(working: str, value: str) -> bool:
    """Does ``working`` end by stating ``value`` (``d = 50 \\cdot 10 = 500 m`` for ``500 m``), spaces and a full stop aside?"""
    said, stated = "".join(working.split()).rstrip("."), "".join(value.split())
    return len(said) > len(stated) and said.endswith(stated) and said[-len(stated) - 1] == "="


def _unopened_brackets(text: str) -> int:
    """How many more round or square brackets ``text`` closes than it opens (an interval may open with one kind and
    close with the other: ``[1, 2)``)."""
    return text.count(")") + text.count("]") - text.count("(") - text.count("[")


def _without_unit_alias(text: str) -> str:
    """``12 N/C or V/m`` -> ``12 N/C``: a value whose unit is given a second name, of its dimension, after "or" (a
    second value, ``12 N or 15 N``, is no alias)."""
    head, sep, alias = text.rpartition(" or ")
    if not sep or len(alias) > 20 or not _DIGIT_RE.search(head) or _DIGIT_RE.search(alias):
        return text
    try:
        named = to_quantity(column_units(parse(alias)), require_number=False)
        value = to_quantity(column_units(parse(head)))
    except ParseError:
        return text
    same = named is not None and value is not None and named.unit is not None and value.unit is not None \
        and named.unit.dimensionality == value.unit.dimensionality
    return head if same else text


def _is_math_text(text: str) -> bool:
    """Could ``text`` be an answer in notation no grammar here reads (not broken: ``\\frac{``, ``\\frac{1``, ``12 N
    ???``, ``(5 m/s``, nor cut off after an operator: ``5 m/``)?"""
    text = "".join(normalise(text).split())  # every space gone: the alphabet is what is checked
    return bool(text) and _balanced(text) and text[-1] not in _OPERATOR_END and _unopened_brackets(text) == 0 \
        and _MATH_TEXT_RE.fullmatch(text) is not None


_OPERATOR_END = frozenset("/^_*=\\,")  # (not + or -: a charge, "K^-")


def _text_reference(text: str, error: UnreadableReference, part: tuple[str, str] | None = None) -> Reference:
    """A gold compared as text; one part's words without its label ("(a) Light Amplification by ...")."""
    logger.debug("%s; compared as text", error)
    if part:
        return Reference("text", squeezed(part[1]), canonical=squeezed(part[1]), part=part[0])
    text = canonical_text(text)
    return Reference("text", text, canonical=text)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            return False
    return depth == 0


def _typed_reference(reference: str, text: str, plain: str, canonical: str, reference_unit: str | None,
                     answer_type: str) -> Reference:
    union = relations_joined(plain) if "or" in plain and answer_type in ("auto", "symbolic") else None
    if union is not None:  # "x < 0 or x > 2": one set
        return Reference("relation", text, tree=union, canonical=canonical)
    bounds = joined_bounds(plain) if "and" in plain and answer_type in ("auto", "symbolic") else None
    if bounds is not None:  # "x > 0 and x \\le 1": one chain, 0 < x \\le 1
        return Reference("relation", text, tree=bounds, canonical=canonical)
    if "and" in plain or "or" in plain:  # "6 and 8", "(11,7) or (7,11)": a gold lists its answers, never hedges
        plain = _JOINING_WORDS_RE.sub(", ", plain)
    plain = decimal_comma(plain)
    option = _OPTION_WITH_VALUE_RE.fullmatch(plain.strip()) if answer_type == "auto" else None
    if option:  # "(B) 12 N": the option's letter, or the value it offers
        try:
            value = parse_reference(option.group(2), reference_unit, "auto")
        except UnreadableReference:
            value = None
        return Reference("mc", text, letters=frozenset(option.group(1)), option=value)
    if answer_type in ("mc", "auto"):
        match = (_MC_MULTI_RE.match(_BRACKETED_LETTER_RE.sub(r"\1", plain)) if answer_type == "mc"
                 else _MC_RE.match(plain)) or _MC_LOWER_RE.match(plain) \
            or _options_in_order(plain)
        if match:
            return Reference("mc", text, letters=frozenset(re.findall(r"[A-J]", match.group(1).upper())))
        if answer_type == "mc":
            raise UnreadableReference(f"multiple-choice reference {reference!r} is not a letter A-J",
                                      reference=reference)
    if answer_type in ("bool", "auto") and plain.strip("{} .").lower() in BOOL_WORDS \
            and (answer_type == "bool" or len(plain.strip("{} .")) > 1):
        return Reference("bool", text, truth=BOOL_WORDS[plain.strip("{} .").lower()])
    structure = read_structure(plain) if answer_type in ("auto", "symbolic") else None
    if structure is not None:  # "\eta > 2", "[1, 2)", "\{1, 2\}": compared as what they are
        return Reference("relation", text, tree=structure, canonical=canonical)
    try:
        tree = parse(plain, normalised=True)
    except ParseError as exc:
        raise UnreadableReference(f"cannot parse reference {reference!r}: {exc}", reference=reference) from None
    worded = parse_answer(plain, want_quantity=True, counting=True) \
        if _LOWER_WORD_RE.search(plain) and holds(tree, _is_english_word) else None  # (the cheap search first)
    if worded is not None and to_quantity(strip_definition(worded)) is not None:
        # "approximately 500 m", "25 m/s north": words about a value, read as an answer's are (a direction kept apart;
        # "3 \times 10^{14} photons": the count of the things it names)
        return replace(_single(worded, reference_unit, answer_type, reference, canonical),
                       directions=directions(plain))
    if "hat" in plain or "e_" in plain:  # "\vec{F} = 3\hat{i} + 4\hat{j}": the vector (3, 4)
        found = definition(tree)
        tree = as_components(found[1] if found else tree) or tree
    if tree[0] == "eq" and answer_type != "symbolic":  # "\vec{v} = (2, -1, 3)\ \mathrm{m/s}": the vector's parts
        found = definition(tree)
        if found and found[1][0] == "tuple":
            labels, values = found[0], found[1]
            # "(x, y) = (1.5 m, 2.0 m)": x = 1.5 m, y = 2.0 m
            paired = labels[0] == "tuple" and len(labels[1]) == len(values[1])
            tree = ("tuple", tuple(("eq", label, value, (label, value), 2)
                                   for label, value in zip(labels[1], values[1]))) if paired else values
    if tree[0] == "tuple" and answer_type != "symbolic":
        parts = tuple(_single(part, None, answer_type, reference) for part in tree[1])
        first = tree[1][0]
        if first[0] == "eq" and len(first[3]) == 2 and is_symbol(first[1]) \
                and not any(item[0] == "eq" for item in tree[1][1:]):
            tree = ("tuple", (first[2], *tree[1][1:]))  # "x = 2, -2": the roots of x, its label said once
        return Reference("tuple", text, tree=tree, parts=parts, canonical=canonical,
                         unordered=_solutions(plain, parts))
    scale = _UNIT_WITH_POWER_RE.match(plain) if reference_unit is None and " 10" in plain else None
    # "1.7 $10^8 \mathrm{~N}$": SciBench's number and unit column run together, the unit being 10^8 N: a bare
    # 1.7 is the number asked for, as with the column apart
    return _single(tree, reference_unit, answer_type, reference, canonical,
                   unit_scale=10.0 ** int(scale.group(1)) if scale else 1.0)


# a number and a power of ten side by side, no "\times" between: a unit column's power run on after the number
_UNIT_WITH_POWER_RE = re.compile(r"-?\d{1,12}(?:\.\d{1,12})? 10 ?\^ ?\{? ?(-?\d{1,3}) ?\}? [A-Za-z\\]")


def with_shared_unit(part: Reference, parts: tuple) -> Reference | None:
    """``4.4`` of ``4.4, 13.3 dB``, ``T_e = 999.5`` of ``T_e = 999.5, T_p = 433 MeV``: a bare number in a list
    whose last item alone writes its unit, with that unit (which an answer may write after each item), where
    the items are one kind of quantity (unnamed, or named by one letter); None otherwise (``n = 1.5, v = 2
    \\times 10^8 m/s``: an index and a speed). The bare reading stays first: ``25%, 3 m`` answers ``0.25, 3 m``."""
    last = parts[-1]
    if part is last or part.kind != "quantity" or part.quantity.unit is not None or last.kind != "quantity" \
            or last.quantity.unit is None or _named_by(part.label) != _named_by(last.label):
        return None
    return replace(part, quantity=replace(part.quantity, unit=last.quantity.unit, symbol_like=False))


def _named_by(label) -> str | None:
    """The letter a label names its quantity by: ``T`` of ``T_{proton}``; None for no label."""
    return None if label is None else label[1].partition("_")[0] if label[0] in ("sym", "name") else repr(label)


def _options_in_order(plain: str):
    """``AB``, ``ACD``, ``A, C``: a JEEBench-style gold of several options, each after the one before (a product
    or a list of symbols would not be written so), as a match whose group 1 holds them; None otherwise."""
    plain = plain.strip()
    if plain[:1] == "(" and len(plain) <= 40:
        plain = _BRACKETED_LETTER_RE.sub(r"\1", plain)  # "(A)(B)(D)", "(A), (B), (D)": the letters alone
    if not plain[:1] or plain[0] not in "ABCDEFGHIJ" or len(plain) > 40:  # most golds: no scan at all
        return None
    match = _OPTION_RUN_RE.fullmatch(plain) or _OPTION_LIST_RE.fullmatch(plain)
    letters = re.findall(r"[A-J]", match.group(1)) if match else []
    return match if len(letters) > 1 and letters == sorted(set(letters)) else None


def _solutions(plain: str, parts: tuple) -> bool:
    """Is a list gold a set of solutions, answered in any order? Tuples listed side by side (``(2, 1), (1,
    2)``) and values of one unknown (``a = 4, -8, -10``; ``p = -1, p = 15/8``) are. A bare list of values
    (``3.2, 4.5``) answers the parts of a question in order, and one bracketed tuple (``(1, 2)``) is ordered."""
    if plain[:1] in "([" and _closing_bracket(plain) == len(plain) - 1:
        return False
    if all(part.kind == "symbolic" and part.tree[0] == "tuple" for part in parts):
        return True
    labels = [part.label for part in parts]
    if labels[0] is not None and all(label == labels[0] for label in labels) and all(part.kind == "quantity" for part in parts):
        return True  # "t = 1 s or t = 3 s": the times at which, in any order
    return labels[0] is not None and all(label in (None, labels[0]) for label in labels) \
        and all(part.kind == "quantity" and part.quantity.unit is None for part in parts)


def _closing_bracket(text: str) -> int | None:
    """Index of the bracket that closes the one opening ``text``."""
    depth = 0
    for index, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0:
            return index
    return None


def is_word(node) -> bool:
    """A letter run that is an English word, no product of symbols (``Insulator``, ``saturation``): five
    letters or more, all lower case after the first, no unit, Greek letter or function."""
    if node[0] != "name":
        return False
    word = node[1]
    return len(word) >= 5 and word[1:].islower() and word.lower() not in GREEK and word.lower() not in FUNCTIONS \
        and lookup_word(word) is None


_COMPOUND_RE = re.compile(r"[A-Za-z]{1,20}(?:-[A-Za-z]{1,20}){1,3}")


def _is_compound_word(canonical: str) -> bool:
    """A gold written as a hyphenated word (``Red-shifted``, ``counter-clockwise``, ``spin-up``): letter runs
    joined by hyphens, one of them an English word; not a difference of symbols (``E-E_0``, ``m-n``, ``mg-ma``).

    >>> _is_compound_word("Red-shifted"), _is_compound_word("m-n"), _is_compound_word("mg-ma")
    (True, False, False)
    """
    return bool(_COMPOUND_RE.fullmatch(canonical)) \
        and any(_is_english_word(("name", part.lower())) for part in canonical.split("-"))


def _is_english_word(node) -> bool:
    """A letter run of four letters or more in lower case that is no unit, Greek letter or function: a word."""
    return node[0] == "name" and len(node[1]) >= 4 and node[1].isalpha() and node[1].islower() \
        and node[1] not in GREEK and node[1] not in FUNCTIONS and lookup_word(node[1]) is None


def _letters_only(node) -> bool:
    """A symbol or a product of symbols, no number or operation (``Am``, ``m v``, ``F_x d``)."""
    if node[0] == "mul":
        return all(child[0] in ("name", "sym") for child in node[1])
    return node[0] in ("name", "sym")


def _single(tree, reference_unit, answer_type, original, canonical: str = "", unit_scale: float = 1.0) -> Reference:
    if answer_type == "auto" and canonical and is_word(tree):  # "\text{Insulator}": a word, compared as text
        # (a whole gold: a tuple's parts are graded as trees)
        return Reference("text", tree[1], canonical=tree[1])
    if answer_type == "auto" and _is_compound_word(canonical):  # "\text{Red-shifted}": no difference of products
        return Reference("text", canonical, canonical=canonical)
    found = definition(tree)
    if found and found[0][0] == "tuple" and found[1][0] != "tuple":  # "[H, L_z] = 0": a commutator's value, whose
        found = None  # pair is the statement (another pair, "[H, L_x] = 0", is another), not two labels
    if found is None and tree[0] == "eq" and len(tree[3]) == 2 and _letters_only(tree[1]):
        value = to_quantity(tree[2])
        if value is not None and value.unit is not None and value.mantissa is not None and not value.symbol_like:
            found = (tree[1], tree[2])  # "Am = -2.3 \\times 10^{-30} kg", "mv = 5 kg m/s": a value with its unit,
            # named by a product of symbols (no general equation, whose units were symbols: g was no gram)
    defined = found[1] if found else tree
    if defined[0] == "eq":  # a general equation, not "symbol = value"
        sandbox.prestart()
        return Reference("equation", original, tree=defined, canonical=canonical)
    # "T_1" of "T_1 = 2 m g", and n of "\frac{eg}{\hbar c} = n" (its left side as the label made the gold
    # definition an identity, answered by 0 = 0)
    label = found[0] if found else None
    tree = defined
    if answer_type != "symbolic":
        quantity = to_quantity(tree)
        if quantity is not None and reference_unit:
            quantity = _attach_unit(quantity, reference_unit, original)
        elif quantity is not None and unit_scale != 1.0 and quantity.unit is not None:
            quantity = Quantity(quantity.value, quantity.unit, quantity.mantissa, quantity.mantissa_value,
                                quantity.symbol_like, unit_scale)
        if quantity is not None and not (label is not None and label[0] == "pow" and is_symbol(label[1])
                                         and quantity.symbol_like and quantity.unit and len(quantity.unit.factors) > 1
                                         and all(power == 1 for _, power in quantity.unit.factors)):
            # (a power's value a product of letters, "v^2 = 2gh", is a formula for the symbol: no 2 gram hours;
            # "T^2 = 4 s^2", "E^2 = 10 V^2/m^2" stay quantities)
            return Reference("quantity", original, quantity=quantity, tree=tree, label=label, canonical=canonical)
        if answer_type == "numeric":
            raise UnreadableReference(f"numeric reference {original!r} is not a number with a unit",
                                      reference=original)
    sandbox.prestart()  # symbolic answers may need sympy: have its worker warm by then
    return Reference("symbolic", original, tree=tree, label=label, canonical=canonical)


def _attach_unit(quantity: Quantity, unit_text: str, original: str) -> Quantity:
    """Apply a unit given apart (SciBench ``unit`` column, maybe with a ``10^k`` factor) to a bare number."""
    if quantity.unit is not None:
        return quantity
    unit_plain = normalise(unit_text.strip().strip("$"))
    if unit_plain[:1] == "(" and unit_plain[-1:] == ")" and unit_plain.count("(") == 1:
        unit_plain = unit_plain[1:-1].strip()  # "(m)": the unit in brackets
    remark = _UNIT_REMARK.search(unit_plain)
    words = _WORDS_RE.findall(remark.group()) if remark else []
    if remark and any(word.lower() == "per" for word in words):
        unit_plain = normalise(" ".join(unit_plain.replace("(", " ").replace(")", " ").split()).replace(" per ", " / "))
        # "J (per mole)", "W (per m^2)": the unit per another
    elif remark and not any(lookup_word(word) for word in words) and not _DIGIT_RE.search(remark.group()):
        unit_plain = unit_plain[:remark.start()]  # "m/s (approx.)", "m/s (upward)": the unit (a direction is the
        # gold's, see parse_reference)
    unit_plain = _UNIT_ALTERNATIVES.split(unit_plain, maxsplit=1)[0]  # "N/C or V/m": one unit, two names
    if not unit_plain:
        return quantity
    if unit_plain.startswith("%"):  # a percent sign is read after a number only
        unit_plain = "1 " + unit_plain
    try:
        unit_q = to_quantity(column_units(parse(unit_plain, normalised=True)), require_number=False)
    except ParseError:
        unit_q = None
    if unit_q is None:
        raise UnreadableReference(f"cannot read unit {unit_text!r} of reference {original!r}", reference=original)
    scale = unit_q.value
    return Quantity(quantity.value * scale, unit_q.unit, quantity.mantissa, quantity.mantissa_value,
                    unit_scale=scale)
