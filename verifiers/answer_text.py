"""From an extracted answer to a parse tree: drop filler words around the value, refuse qualified ones.

``about 12 N to the left`` is ``12 N``; ``less than 12 N`` or ``12 N \\le F`` commits to no value.

>>> qualifier("less than 12 N"), qualifier("about 12 N")
('less', None)
>>> parse_answer("about 12 N to the left", want_quantity=True)
('mul', (('num', 12.0, '12'), ('name', 'N')))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifiers.latex import normalise
from verifiers.lexer import FUNCTIONS, GREEK
from verifiers.parser import ParseError, parse
from verifiers.quantity import to_quantity
from verifiers.symbolic import strip_definition
from verifiers.number_words import NUMBER_WORDS, in_digits
from verifiers.unit_words import spell_units
from verifiers.units import lookup_word

_FILLER = set("""about approximately approx roughly around nearly almost so thus therefore hence then the answer
    final result value is equals equal to we get obtain find it its this that which gives exactly just a an
    total net magnitude of be becomes equivalently namely""".split())
_DIRECTIONS = set("""up down upward upwards downward downwards left right north south east west forward
    forwards backward backwards inward inwards outward outwards clockwise counterclockwise anticlockwise
    horizontally vertically radially toward towards""".split())
# "to the left", "toward the center"
_DIRECTION_FILLERS = set("to the of into out page directed pointing pointed along and center centre origin".split())
_QUALIFIER_WORDS = ("not less more greater smaller fewer least most under over exceed exceeds neither nor unknown "
                    "cannot impossible undefined maybe perhaps either minimum maximum bound bounded unsure uncertain "
                    "guess given wrong incorrect").split()
# a box that restates the question's data ("Given v = 5 m/s, find t") answers nothing: "given" as its first word,
# before an "=", qualifies the value, where other words name the quantity ("maximum height = 5 m")
_GIVEN = "given"
_QUALIFIER_SIGNS = "le ge ne leq geq neq lesssim gtrsim".split()
_QUALIFIER_PHRASES = [r"up\s+to", r"within\s+(?:a\s+factor|an?\s+order)", r"(?:could|might)\s+be",
                      r"orders?\s+of\s+magnitude"]  # "12 N (order of magnitude)": an estimate; "up to 5 m/s": a
# bound; "to within a factor of 2": an estimate; "It could be 12 N": a possibility offered, no answer
_EXTREMA = ("maximum", "minimum")
_NAMED_NEXT = re.compile(r" (?!of\b|is\b|at\b)[A-Za-z]{3,}\b")  # "maximum height" names; "maximum of 5" bounds
_QUALIFIER_RE = re.compile(r"\b(%s)\b|(\\(?:%s)(?![a-zA-Z])|[<>])"
                           % ("|".join(_QUALIFIER_WORDS + _QUALIFIER_PHRASES), "|".join(_QUALIFIER_SIGNS)), re.I)
# Searching _QUALIFIER_RE costs about 100 ns a character. In lower-cased ASCII text each of its matches starts
# with a whole letter run among its words (a phrase's first), a sign's name after a backslash, or < or >: one
# findall rules them out.
_QUALIFIER_CUES = frozenset(_QUALIFIER_WORDS + _QUALIFIER_SIGNS + ["<", ">", "up", "within", "could", "might", "order",
                                                                     "orders"])
_QUALIFIER_CUE_RE = re.compile(r"[a-z]+|[<>]")
# after the value too: "12 N at least", "2 kg m/s, upper bound", "12 N, not sure", "12 N (a guess)"
_BOUND_WORDS = {"least", "most", "more", "less", "greater", "smaller", "fewer", "minimum", "maximum", "bound", "not",
                "unsure", "uncertain", "guess", "wrong", "incorrect"}  # "5 m/s is wrong": no answer either
# a sentence denying what it states: "The speed can't be 2 m/s", "No speed is", "The claim ... is false"
DENIAL_RE = re.compile(r"\b(?:not|never|no|cannot|false|wrong|incorrect|neither|nor|unlikely|doubt)\b|n't\b", re.I)
_NAMING_SENTENCE = re.compile(r"\A[A-Za-z][\w{}\\'’ -]{0,80}? (?:is|are|was|were|be|equals?(?: to)?|becomes|remains)\s+(?=\S)")
_WORD_AT_START = re.compile(r"^([A-Za-z]+),?\s+")  # "So, v = 5 m/s": a comma may follow a filler word
# (?<!\s): a search starts a leading \s* only where a run of spaces begins (else it is quadratic)
_BY_A_FACTOR = re.compile(r"(?:[A-Za-z ]{0,60}\s)?by\s(?:a\s)?factor\s(?:of\s)?([^=]{1,40})", re.I)
# a phrase ending in a unit after the value, that says when or where ("in the first two seconds", "after 3 s")
_PHRASE_OF_TIME = re.compile(r"\s(?:in|during|after|before|over|within|for)\s(?:the\s)?(?:first\s|last\s|next\s)?"
                             r"(?:[\w.]{1,12}\s){0,2}[A-Za-z]{1,12}\Z")
_PREPOSITION_AT_END = re.compile(r"\s(?:in|at|on|for|of)\Z")
_POWER_OF_TEN_AT_END = re.compile(r"10\s?\^\s?\{\s?[-+]?\s?\d{1,4}\s?\}\Z")  # "... \\times 10^{-10}"
_WORD_AT_END = re.compile(r"(?<!\s)\s*\(?\b([A-Za-z]+)\b[).]*\s*$")
_CLAUSE = re.compile(r"\A\s*[a-z][a-z ()-]*\.?")  # "5 m/s, directed north": matched on the text after the last comma
# "5 N, at 53° above the x-axis", "25 m/s, directed 30° north of east": the direction a value points, by an angle
_ANGLE_DIRECTION = re.compile(r"\A\s{0,3}(?:(?:at|directed|pointing|pointed|making)\s{1,3})?(?:an\s{1,3}angle\s{1,3}(?:of\s{1,3})?)?"
                              r"-?\d{1,3}(?:\.\d{1,6})?\s{0,2}(?:\\circ|degrees?|deg)\s{1,3}(?:above|below|from|to|with|north|"
                              r"south|east|west|counterclockwise|clockwise|relative)\b[a-z ()-]{0,60}\.?\Z", re.I)
# the short words a clause in words may hold; any other word of three letters or fewer is read as a value
_CLAUSE_SHORT_WORDS = frozenset("up in out to the of at on by its is as a an and due".split())
# "Tension: 12 N", "Final speed: 5 m/s": a label in words (its last word of three letters or more right
# before the colon, a space after it; "Option 2:", "Case B:" with their number or letter) - not a ratio "A:B"
# or "7 : 32"
# ("(Internal Energy): U = 3NkT" too; "..., Part 2: 4 m/s" after a list's comma)
_LABEL_IN_WORDS = re.compile(r"\A\(?[A-Za-z ]*[A-Za-z]{3}(?: (?:\d{1,2}|[A-Za-z]))?\)?:\s")
_LATER_LABEL_IN_WORDS = re.compile(r"(?<=[,;])\s*[A-Za-z ]*[A-Za-z]{3}(?: (?:\d{1,2}|[A-Za-z]))?:\s")
_UNSEPARATED_PART = re.compile(r"(?<=[^\s,;])\s+(?=(?:Part|Case)\s[A-Ha-h1-9]\s?:)")
_VALUE_START = re.compile(r"[\d\\(]")
# "12 distinct sequences that meet the conditions": a number, then words only (no digit, no math after it)
_COUNT_OF_THINGS = re.compile(r"(?<![\d,.])(-?\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d{1,3}|\s?\*\s?10\s?\^\s?\{?\s?-?\d{1,3}\s?\}?)?)"
                              r"\s+([A-Za-z]{3,})\b[A-Za-z ,;.'()-]*")  # ("3 \times 10^{14} photons" too)
# "(b) 33 m", "b) 8 min", "(ii) x = 2": a part's label at the start or after a list's comma
_PART_LABEL = re.compile(r"(?:\A|(?<=[,;]))\s*(?:(?i:part)\s?)?(?:\(\s*(?:[a-h]|i{1,3}|iv|vi{0,3})\s*\)|(?<![^\s,;])[a-h]\))\s*:?\s*"
                         r"(?=[^\s^_*/)=,;.!:])")
# "(a) 2 m/s (b) 4 m/s": a later part's label with no comma before it, in an answer that opens with a label
_LATER_PART_LABEL = re.compile(r"(?<=[^\s,;])(?<![Pp]art)\s+(?=\(\s*(?:[a-h]|i{1,3}|iv|vi{0,3})\s*\)\s*:?\s*[^\s^_*/)=,;.!:])")
# an item's own part label ("(a)", "a)", "Part (a):")
_ITEM_LABEL = re.compile(r"(?:(?i:part)\s?)?(?:\(\s?([a-h]|i{1,3}|iv|vi{0,3})\s?\)|([a-h])\)):?")
_OPTION_LABEL = re.compile(r"\A\s*\(\s*[A-H]\s*\)\s*:?\s*(?=-?\.?\d|\\)")  # "(B) 3500 °C": an option's value (not "(A) + B")
_WORDS_EQUAL = re.compile(r"\A((?:[A-Za-z]+ )*[A-Za-z]+) ?(?:=|\\approx) ?")  # "Minimum Energy = ...", "Ratio \approx 2"
# "\,\text{nm}", "~\mathrm{J}", "\text{s}^{-1}" closing an answer
_UNIT_MARKUP_RE = re.compile(r"\\(?:text|mathrm|rm|mbox)\s*\{([^{}]{1,24})\}(\^\{?-?\d\}?)?(?=\s*(?:=|\Z))")
# a bracket or subscript in an equation's label that holds a relation: the condition the value holds under
# (``E(r > R) = ...``, ``E_{r<R} = 0``); each class leaves out its own closing mark, so a search is linear
_LABEL_BRACKET_RE = re.compile(r"\((?P<round>[^()]*)\)|_\{(?P<sub>[^{}]*)\}")
RELATION_SIGN_RE = re.compile(r"[<>]|\\[lg]eq?(?![a-zA-Z])")  # an inequality's sign: a condition, an interval
_MAX_LABEL = 200
_SIGN_BOUND_RE = re.compile(r"(?:[<>]=?|\\[lg]eq?)\s*-?\d+(?:\.\d+)?\Z")  # "> 0" ending an answer
# ", (n = 0, \pm 1, \pm 2, \ldots)", ", k = 1, 2, 3, ...", ", n \in Z" ending an answer (searched in its last
# _MAX_INDEX_RANGE characters only: each comma may start a match that runs to the end)
_INDEX_RANGE_RE = re.compile(r"[,;]\s*\(?\s*[a-zA-Z](?:_[a-zA-Z0-9])?\s*(?:=[-+\d\\pm ,.]*(?:\\[lc]?dots|\.\.\.)"
                             r"|\\in\s*[ZN])\s*\)?\Z")
_MAX_INDEX_RANGE = 120
_CONDITION_WORDS = (" for ", " when ", " where ", " if ")
# "..., where x = \lambda e^{-\epsilon/\tau}" ending an answer: one symbol's definition, matched from after "where"
_SYMBOL = r"\\?[A-Za-z]{1,12}(?:_\{?[A-Za-z0-9]{1,6}\}?)?"  # "x", "\lambda", "v_0", "E_{F}": a symbol as written
_DEFINITION_RE = re.compile(rf"(?P<symbol>{_SYMBOL}) ?= ?[^=,;<>]{{1,160}}")
_WHERE = " where "
_SCRIPT_RE = re.compile(r"[_^](?:\{[^{}]*\}|[^\s{])")  # a sub- or superscript: "K^0_s", "\pi^{+}"
_GROUP_RE = re.compile(r"\([^()]*\)|\{\s*\}|\\text\s*\{[^{}]*\}")  # an innermost bracket group, words, "{}"
_OFFERS_VALUE_RE = re.compile(r"\d|\?|\\in(?![a-zA-Z])")  # a number, a question, a set: no name
# "p(t) = eEt", "E(r) = ...": a listed quantity named as a function of its variable is that quantity
_FUNCTION_LABEL_RE = re.compile(rf"\A({_SYMBOL}) ?\( ?(?:[a-z]|\\theta|\\phi) ?\) ?(?==)")
_REMARK_RE = re.compile(r"(?<=\S) \(([A-Za-z][A-Za-z ,]{2,40})\) ?\.?\Z")  # "... (constant).", "... (Bohr)"
_MAX_REMARK = 48
# "(3 s.f.)", "(to one significant figure)", "[2 d.p.]": the precision the value is given to, no factor of it
_DOUBT_RE = re.compile(r"\b(?:sure|certain|confident|maybe|perhaps|possibly|probably|but|or)\b|%", re.I)
_DENIED_VALUE = re.compile(r"(?:,\s{0,3}(?:and\s|but\s)?not|\s(?:rather\s{1,3}than|instead\s{1,3}of))\s{1,3}(?:the\s)?"
                           r"\$?\s?(?:-?\.?\d|\\frac|\\sqrt)[^,;]{0,80}\Z")  # ("not $3.0$ m": in math too)
_PRECISION_REMARK = re.compile(r"(?: ?[(\[]|, ?| ?[\u2014\u2013] ?| - | )(?:(?:(?:correct|accurate|rounded|given|exact)\s{1,2})?"
                               r"(?:up\s?)?to\s{1,2}(?:the\s{1,2})?)?(?:(?:\d|one|two|three|four|five)(?:st|nd|rd|th)? ?"
                               r"(?:s\.? ?f\.?|sig\.? ?figs?\.?|significant (?:figures?|digits?)|d\.? ?p\.?|decimal (?:places?|digits?)|"
                               r"decimals)|approx\.?|approximately|rounded|roughly|estimated)"
                               r"[)\]]? ?\.?\Z", re.I)  # "(2 s.f.)", ", rounded to two significant figures", "(approx.)",
# "(correct up to 2 decimal places)", JEEBench's "correct upto the 2nd decimal digit"
_IN_UNITS = re.compile(r"(?:\s?[(\[]\s?(?:in(?!\s{1,3}units\s)|units?\s?:)\s{1,3}((?:10\^|[A-Za-z])[A-Za-z /^.\d{}-]{0,30})[)\]]|"
                       r",\s{0,3}in\s{1,3}([A-Za-z][A-Za-z /^.\d-]{0,30})|\s?[(\[]?\s?(?:in\s{1,3}units\s{1,3}of|units?\s{1,3}of|"
                       r"units?\s?:)\s{1,3}([A-Za-z$\\\d][A-Za-z /^.\d${}\\-]{0,30}?)\s?[)\]]?)\s?\.?\Z", re.I)
# "(in newtons)", "(units: N)", ", in kN": its unit; TheoremQA's "(Unit: 10^4 m/s)", "in units of 10^4 m/s", "[Unit: ...]",
# "(in 10^4 m/s)" (a power of ten in it scales the value)
_ENDS_IN_UNIT = re.compile(r"\d\s{0,2}(?:\\[,;: ]\s?)?(?:\\(?:text|mathrm)\s?\{\s?)?[A-Za-z\u00b0\u03bc\u00b5\u212b][A-Za-z/^.\d\s{}\u00b2\u00b3-]{0,24}\}?\Z")
_DOUBTING_WORDS = frozenset("wrong incorrect false not no maybe perhaps or unsure".split())
# "(assuming g = 9.8 m/s^2)", "(using g = 10)": the data a value was worked out from, no second value
_ASSUMPTION_REMARK = re.compile(r" ?\((?:(?:assuming|using|taking|with|given)\s{1,3}(?:that\s{1,3})?[A-Za-z\\][\w\\{}]{0,12}"
                                r"\s?=\s?[^():;,=]{1,40}|(?:assuming|neglecting|ignoring|without)\s{1,3}[A-Za-z ,'-]{1,50})"
                                r"\) ?\.?\Z", re.I)  # (one datum, no second value after it; or a condition in words)
_MAX_ASSUMPTION = 72
_BOUND_RE = re.compile(r"\\(?:gtrsim|lesssim|gg|ll|ne|neq|propto|sim)(?![a-zA-Z])")  # relations a gold may hold
WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")  # a word of three letters or more, not a command's name
_DOTTED_LABEL = re.compile(r"\A((?:[A-Z]\.){1,3}) ?(?==)")  # "K.E. = 5 J": initials as a name
_OPERATOR_WORDS = {"times", "plus", "minus", "over", "divided", "multiplied", "per", "squared", "cubed", "and"}
# words that offer or change a value: a clause or a remark that holds one is no clause or remark
_VALUE_WORDS = NUMBER_WORDS | (_OPERATOR_WORDS - {"per", "and"}) | frozenset(
    "else otherwise alternatively then twice double triple doubled tripled halved quadrupled".split())
_MAX_TRIMS = 8  # words dropped from either end: "... at the top of the loop"


def qualifier(plain: str) -> str | None:
    """The word or sign that qualifies the value (``not``, ``less``, ``\\le``), looking before the first
    number, at bounds after it (``12 N at least``) and at inequality signs anywhere; None for a plain answer.
    A word before an ``=`` is part of the name a value is given for (``maximum height = 5 m``), but
    ``given`` is not (``Given v = 5 m/s``: the question's data)."""
    if plain.isascii() and _QUALIFIER_CUES.isdisjoint(_QUALIFIER_CUE_RE.findall(plain.lower())):
        return None
    head = _VALUE_START.split(plain, maxsplit=1)[0]
    for match in _QUALIFIER_RE.finditer(plain):
        if match.group(1) and match.group(1).lower() == _GIVEN:
            if plain[:match.start()].strip() or "=" not in plain[match.end():]:
                continue  # "is given as 0.96", "v_{given}": a verb or a name, not the question's data restated
            return match.group(1)
        if match.group(1) and "=" in plain[match.end():]:
            continue
        if match.group(1) and match.group(1).lower() in _EXTREMA and _NAMED_NEXT.match(plain, match.end()):
            continue  # "a maximum height of 20.4 m", "a minimum speed of 8.9 m/s": the quantity's name, no bound
        if match.group(2) or match.start() < len(head) or match.group(0).lower() in _BOUND_WORDS \
                or match.group(0).lower().startswith("within") or match.group(0).lower().endswith("magnitude"):
            # "12 N to within a factor of 2", "12 N (order of magnitude)": an estimate
            return match.group(0)
    return None


# "about 2.5 times the weight", "twice as large", "25% of the load": the value compared with another, no value
# restated (at the remark's start: "30 N, about three times the weight" restates a value first)
_RATIO_RE = re.compile(r"\A(?:(?:about|approximately|roughly|nearly|almost|just|over|under|some)\s{1,3})?"
                       r"(?:[\d.]{1,12}\s{0,3}|(?:a|one|two|three|four|five|ten|a\s{1,3}hundred)\s{1,3})?"
                       r"(?:(?:times|twice|thrice|half|fraction)\s{1,3}(?:the|as|that|of|what|larger|smaller|greater|"
                       r"bigger|more|less)\b|(?:%|\\%|percent)\s{0,3}of\b)", re.I)


# after an answer, another value it is compared with: "(compared with 49 N at rest)", "(versus 49 N)", ", more than the
# 49 N weight", ", which is larger than the weight of 49 N" (a number in the comparison: "12 N, more than enough" is none)
_COMPARED_IN_BRACKETS = re.compile(r" ?\((?:(?:as\s)?compared\s(?:with|to)|versus|vs\.?)\s[^()]{0,40}?\d[^()]{0,40}\) ?\.?\Z",
                                   re.I)
_COMPARED_AFTER = re.compile(r"(?:which\s(?:is|are)\s|that'?s\s|it'?s\s)?(?:(?:much|far|slightly|somewhat|a\sbit)\s)?"
                             r"(?:more|less|larger|greater|smaller|higher|lower|bigger|heavier|lighter|faster|slower)\sthan\s"
                             r"(?:the\s|its\s|a\s)?(?:[A-Za-z]{1,15}\s){0,3}(?:of\s)?(?:the\s)?\$?-?\d", re.I)


def compares(remark: str) -> bool:
    """Does a remark after an answer (``which is ...``) compare the value with another rather than restate it:
    a bound (``less than 1 km``) or a ratio (``about 2.5 times the weight``)?

    >>> compares("about 2.5 times the weight of the mass"), compares("less than 1 km"), compares("18 km/h")
    (True, True, False)
    """
    return qualifier(remark) is not None or _RATIO_RE.match(remark.strip()) is not None \
        or _COMPARED_AFTER.match(remark.strip()) is not None


def without_comparison(plain: str) -> str:
    """An answer without another value it is compared with after it, which neither bounds nor restates it.

    >>> without_comparison("59 N (compared with 49 N at rest)"), without_comparison("59 N, more than the 49 N weight")
    ('59 N', '59 N')
    >>> without_comparison("59 N, more than enough")  # (no value compared with: a bound's words, for qualifier)
    '59 N, more than enough'
    """
    if "than" not in plain and "ompared" not in plain and "vs" not in plain and "versus" not in plain:
        return plain
    plain = _COMPARED_IN_BRACKETS.sub("", plain)
    head, comma, tail = plain.rpartition(",")
    return head if comma and head.strip() and _COMPARED_AFTER.match(tail.strip()) else plain


def without_condition(plain: str) -> str:
    """An answer without the condition its value holds under, in its label (``E(r > R) = \\frac{Q}{r^2}``,
    ``E_{r<R} = 0``) or after it (``E = \\frac{kQ}{r^2} for r > R``, ``... (r > R)``): an answer for the region
    asked about, not a bound.

    >>> without_condition("E(r > R) = 5"), without_condition("E(r) = 5"), without_condition("E = 5 for r > R")
    ('E = 5', 'E(r) = 5', 'E = 5')
    """
    if not RELATION_SIGN_RE.search(plain):
        return plain
    plain = _without_sign_bound(_without_trailing_condition(plain))
    cut = plain.find("=")
    if cut <= 0 or cut > _MAX_LABEL:
        return plain
    label = plain[:cut]
    for match in _LABEL_BRACKET_RE.finditer(label):
        if RELATION_SIGN_RE.search(match.group("round") or match.group("sub") or ""):
            return f"{(label[:match.start()] + label[match.end():]).rstrip()} {plain[cut:]}"
    return plain


def _without_sign_bound(plain: str) -> str:
    """``\\Delta S = C_p \\ln 2 > 0`` -> ``\\Delta S = C_p \\ln 2``: a bound by a number after an equation's value
    says what sign (or size) the value has, no part of it (a relation with no ``=`` is left to be one)."""
    match = _SIGN_BOUND_RE.search(plain)
    if match is None:
        return plain
    head = plain[:match.start()]
    last_part = head[max(head.rfind(","), head.rfind(";")) + 1:]  # "x = 1, y < 2": a bound of its own
    if "=" not in last_part or RELATION_SIGN_RE.search(head) or _false_bound(last_part, match.group(0)):
        return plain
    return head.rstrip()


def _false_bound(equation: str, bound: str) -> bool:
    """Does the bound contradict the value it follows, where that value is a plain number (``x = 5 < 3``)?"""
    try:
        value = float(equation.rpartition("=")[2])
    except ValueError:
        return False  # a formula's sign cannot be checked here
    sign, limit = bound[:1] if bound[0] in "<>" else bound[1], float(bound.lstrip("<>=\\lgeq ").strip())
    below = sign in ("<", "l")
    return value > limit if below else value < limit


def without_index_range(plain: str) -> str:
    """``k = \\frac{(2n+1)\\pi}{a}, (n = 0, \\pm 1, \\ldots)`` -> ``k = \\frac{(2n+1)\\pi}{a}``: the values an index in
    the answer runs over, stated after it, are no part of the value (``, n \\in Z`` likewise)."""
    if plain[-1:] not in "s.)ZN" or not plain.endswith(("dots", "...", "dots)", "...)", "Z", "N")):
        return plain
    tail = plain[-_MAX_INDEX_RANGE:]
    match = _INDEX_RANGE_RE.search(tail)
    return plain[:len(plain) - len(tail) + match.start()].rstrip() if match and match.start() else plain


def value_after_label(plain: str, answer: bool = False) -> str | None:
    """``\\frac{K^+ \\to \\pi^+ \\pi^0}{K^0_s \\to \\pi^+\\pi^-} \\approx 1.5 \\times 10^{-3}``: a gold whose label no
    grammar here reads (a ratio of decays, a transition) gives its value after its one ``=`` or ``\\approx``; None
    for a gold with a bound (``\\rho \\geq ... = 1.47``) or several parts. For an ``answer``, a label that holds a
    number outside its scripts, a ``?``, a ``|`` or a set is no name either.

    >>> value_after_label(r"\\Delta E(2P \\rightarrow 1S) \\approx 150 eV")
    '150 eV'
    """
    plain = plain.replace("\\approx", "=")
    cuts = outside_brackets(plain, "=,;")
    if len(cuts) != 1 or plain[cuts[0]] != "=" or RELATION_SIGN_RE.search(plain) or _BOUND_RE.search(plain):
        return None
    if answer and _OFFERS_VALUE_RE.search(_bare_level(plain[:cuts[0]])):
        return None  # an answer's label that holds a number or a hedge ("7 m/s (approx.) = 5 m/s") names nothing
    return plain[cuts[0] + 1:].strip() or None


def _bare_level(text: str) -> str:
    """``text`` without its scripts, bracket groups and words (``I_{2P \\to 1S}``, ``\\sum_{i=1}^{3}``, ``(2p)``,
    ``\\text{in 2p}``): what it writes at its own level, innermost first, a few levels deep (a fraction's
    arguments stay: ``\\frac{7}{3}`` is a value)."""
    for _ in range(_MAX_TRIMS):
        bare = _GROUP_RE.sub(" ", _SCRIPT_RE.sub(" ", text))
        if bare == text:
            break
        text = bare
    return text


def without_definition(plain: str) -> str:
    """``P = \\frac{4x}{(1+x)^4}, where x = \\lambda e^{-\\epsilon/\\tau}`` -> ``P = \\frac{4x}{(1+x)^4}``: a definition of a
    symbol the value uses, stated after it, is no part of a gold's value (answers are judged in that symbol). Not
    for answers: ``P = 4x, where x = 5`` is 20, not the gold's 4x.

    >>> without_definition("P = 4x, where x = a b"), without_definition("P = 4y, where x = a b")
    ('P = 4x', 'P = 4y, where x = a b')
    """
    start = plain.rfind(_WHERE)
    match = _DEFINITION_RE.fullmatch(plain, start + len(_WHERE)) if start > 0 else None
    if match is None:
        return plain
    head = plain[:start].rstrip(" ,;")
    symbol = match.group("symbol")
    if symbol not in head:
        return plain
    braces = head.count("{") - head.count("}")  # "{(d) : E = ..., where n = N/V}": the group it closed
    return head + "}" * braces if braces > 0 else head


def _without_trailing_condition(plain: str) -> str:
    """``E = 5 for r > R`` -> ``E = 5``: a relation after "for", "when", "where" or "if", or in brackets, that
    ends the answer (and gives no value: no ``=`` in it)."""
    start = max(plain.rfind(word) for word in _CONDITION_WORDS)
    if start <= 0 and plain.endswith(")"):
        start = plain.rfind("(")
    condition = plain[start:] if start > 0 else ""
    if not condition or len(condition) > _MAX_LABEL or "=" in condition or not RELATION_SIGN_RE.search(condition) \
            or condition.count("(") != condition.count(")") or "," in condition or ";" in condition \
            or len(WORD_RE.findall(condition)) > 1:  # "if x < 0, 7 otherwise", "for x > 0 but 7": another value
        return plain
    return plain[:start].rstrip(" ,;")


def top_level_items(plain: str) -> list[str]:
    """The items of a list outside brackets, each without a part label or a name in words before a colon
    (``(a) Bohr radius: a_0 = 5.3 pm, E_0 = -6.8 eV`` -> ``a_0 = 5.3 pm``, ``E_0 = -6.8 eV``)."""
    items = split_outside_brackets(plain, ",;")
    cleaned = (_without_remark(_LABEL_IN_WORDS.sub("", without_part_labels(item.strip())).rstrip(" .")) for item in items)
    return [item.strip() for item in cleaned if item.strip()]


def split_outside_brackets(text: str, characters: str) -> list[str]:
    """``text`` cut at each of ``characters`` outside every bracket and brace.

    >>> split_outside_brackets("f(a, b), c", ",")
    ['f(a, b)', ' c']
    """
    pieces, start = [], 0
    for index in outside_brackets(text, characters):
        pieces.append(text[start:index])
        start = index + 1
    pieces.append(text[start:])
    return pieces


def outside_brackets(text: str, characters: str) -> list[int]:
    """Where ``characters`` occur in ``text`` outside every bracket and brace.

    >>> outside_brackets("f(a, b), c", ",")
    [7]
    """
    found, depth = [], 0
    for index, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch in characters and depth == 0:
            found.append(index)
    return found


_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")  # a word, not a command
_VOWELS = frozenset("aeiouyAEIOUY")
_PROSE_WORDS = 4
_PROSE_CHARS = 15  # four words of three letters and the spaces between them


def leads_with_words(plain: str) -> bool:
    """Does ``plain`` open with two words (``The answer is 5 m/s``, ``It increases by a factor of 4``), no
    product of symbols or units a formula opens with?

    >>> leads_with_words("The answer is 5 m/s"), leads_with_words("eV s"), leads_with_words(r"\\Delta T = 0 for a gas")
    (True, False, False)
    """
    if not plain[:1].isalpha():  # a number, a command, a bracket: a formula (most golds)
        return False
    first = plain.split(" ", 2)[:2]
    return len(first) == 2 and all(len(word) >= 2 and word.isalpha() and word.isascii() and _is_word(word)
                                   for word in first)


def _is_word(word: str) -> bool:
    """A word of a sentence: a vowel in it, and no unit, function, Greek letter, number or operator word."""
    lower = word.lower()
    return not _VOWELS.isdisjoint(word) and not (lower in NUMBER_WORDS or lower in _OPERATOR_WORDS
                                                 or word in FUNCTIONS or lower in GREEK or lookup_word(word))


def is_prose(text: str) -> bool:
    """Is ``text`` a sentence: four different words (a vowel in each) that are no unit, function, Greek letter,
    number or operator word (``5 meters per second squared`` is a value, ``Nmg`` a product)?

    >>> is_prose(r"\\text{The two neutrons must be in a singlet state.}"), is_prose("5 meters per second squared")
    (True, False)
    """
    if len(text) < _PROSE_CHARS or text.count(" ") < _PROSE_WORDS - 1:
        return False
    words = set()
    for word in _WORD.findall(text):
        if _is_word(word):
            words.add(word.lower())
            if len(words) >= _PROSE_WORDS:
                return True
    return False


def without_part_labels(plain: str) -> str:
    """``(b) 33 m`` -> ``33 m``; ``(a) x = 1, (b) y = 2`` -> ``x = 1, y = 2``: the labels of a question's
    parts, at the start of the answer or of an item of a list, are no part of the value; nor is the option
    letter before a value (``(B) 3500 °C`` for a gold 3500 °C)."""
    if ")" not in plain:
        return plain
    if plain.count(")") > 1 and _PART_LABEL.match(plain):
        plain = _in_label_order(_LATER_PART_LABEL.sub(", ", plain))
    return _PART_LABEL.sub(" ", _OPTION_LABEL.sub("", plain, count=1)).strip()


def without_denied_value(plain: str) -> str:
    """``12 N, not 24 N as one might expect`` -> ``12 N``: another value denied after the answer is no
    qualifier of it ("12 N, not sure" still is: no value follows the "not")."""
    if "not" not in plain and "rather" not in plain and "instead" not in plain:
        return plain
    match = _DENIED_VALUE.search(plain)
    if not match or not match.start() or _DOUBT_RE.search(match.group(0)):
        return plain  # "12 N, not 100% sure", "not 15 N but maybe 13 N": doubt, which qualifies the answer
    return plain[:match.start()].rstrip()


def part_label(plain: str) -> tuple[str, str] | None:
    """``(a) 12 N`` -> ``("a", "12 N")``: a gold that answers one labelled part of its question, as the label
    and the value; None for no label, or a list of several parts.

    >>> part_label("(a) 12 N"), part_label("(a) 12 N, (b) 3 m/s"), part_label("(a)")
    (('a', '12 N'), None, None)
    """
    match = _PART_LABEL.match(plain)
    if match is None or _LATER_PART_LABEL.search(plain) or len(_PART_LABEL.findall(plain)) > 1:
        return None
    label = _ITEM_LABEL.search(plain)
    return label.group(1) or label.group(2), plain[match.end():].strip()


def labelled_part(plain: str, label: str) -> str | None:
    """``(a) F, (b) T`` -> ``F`` for the label ``a``: the item of a list of labelled parts that the label
    names; None where the answer is no such list or names the part not once."""
    items = [item.strip() for item in split_outside_brackets(_LATER_PART_LABEL.sub(", ", plain), ",;")]
    labels = [_ITEM_LABEL.match(item) for item in items]
    if len(items) < 2 or not all(labels):  # "(a) S, E": part (a)'s answer is the list
        return None
    named = [item[match.end():] for item, match in zip(items, labels) if (match.group(1) or match.group(2)) == label]
    return without_part_labels(named[0].strip()) if len(named) == 1 else None


_LABEL_ORDERS = ("abcdefgh", "ABCDEFGH", "123456789", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"))


def label_rank(label: str) -> tuple[int, int] | None:
    """A part label's kind and place among its kind (``b`` -> (0, 1), ``iii`` -> (3, 2)); None for another.

    >>> label_rank("b"), label_rank("iii"), label_rank("2"), label_rank("z")
    ((0, 1), (3, 2), (2, 1), None)
    """
    for kind in (3, 0, 1, 2):  # roman numerals first: "i" and "v" are letters too
        if label in _LABEL_ORDERS[kind]:
            return kind, _LABEL_ORDERS[kind].index(label)
    return None


def _in_label_order(plain: str) -> str:
    """``(b) 4 m/s, (a) 2 m/s`` -> ``(a) 2 m/s, (b) 4 m/s``: parts each after its label, put in the labels' order
    (a gold's unlabelled list is answered in order); the text as it is where any item has no label."""
    items = split_outside_brackets(plain, ",;")
    labels = [_ITEM_LABEL.match(item.lstrip()) for item in items]
    if len(items) < 2 or not all(labels):
        return plain
    ranks = [label_rank((match.group(1) or match.group(2)).lower()) for match in labels]
    if None in ranks or len({kind for kind, _ in ranks}) > 1 or len(set(ranks)) < len(ranks):
        return plain  # labels of one kind, each once
    return ", ".join(item.strip() for _, item in sorted(zip(ranks, items)))


def parse_answer(plain: str, want_quantity: bool, single: bool = True, counting: bool = False):
    """A parse tree of a normalised answer, or None. Filler words before the value and trailing words
    after a unit are dropped; a word right after a bare number is kept (``5 bananas`` is not ``5``)
    unless ``counting``: the gold is a pure number, which counts the things the words name.
    ``single``: one value is expected, so a trailing clause in words after a comma is dropped too."""
    if ":" in plain:
        if not single:  # each listed part's label too ("Part 1: 2 m/s Part 2: 4 m/s": a comma before each)
            plain = _LATER_LABEL_IN_WORDS.sub(" ", _UNSEPARATED_PART.sub(", ", plain))
        plain = _LABEL_IN_WORDS.sub("", plain)
    if "=" in plain or "\\approx" in plain:
        plain = _named_in_words(_DOTTED_LABEL.sub(lambda m: m.group(1).replace(".", ""), plain))
    if "factor" in plain:  # "It increases by a factor of two.": the factor
        factor = _BY_A_FACTOR.fullmatch(plain.strip(" ."))
        plain = factor.group(1) if factor else plain
    if " " in plain:
        plain = _after_naming_sentence(plain)
    stripped = _strip_leading(plain).lstrip("= ").strip()
    # "five", "\text{five hundred}", "two thirds", "a hundred", "ten meters per second": the whole answer in words
    in_words = in_digits(stripped) or in_digits(plain)
    plain = spell_units(in_words) if in_words else stripped
    if counting:
        plain = _count_of_things(plain)
    if plain.startswith("\\approx"):  # "\approx 9.8 m/s^2"
        plain = plain[len("\\approx"):].lstrip("= ")
    plain = _unit_said(plain)
    head, comma, tail = plain.rpartition(",")
    if single and comma and (_is_clause(tail) or _RATIO_RE.match(tail.strip()) or _ANGLE_DIRECTION.match(tail)):
        # (", about twice the weight", ", at 53° above the x-axis")
        plain = head
    if plain.endswith((")", ").", ") .", "]")) or ("," in plain and _PRECISION_REMARK.search(plain[-_MAX_REMARK:])):
        plain = _without_remark(plain)
    if plain[-1:].isalpha():  # "... downward", "..., where q is the charge"
        if _WHERE in plain:
            plain = without_words_defining(plain)
        last = plain[plain.rfind(" ") + 1:].lower()
        if last in _DIRECTIONS or last in _DIRECTION_FILLERS:
            plain = _without_direction(plain)
    first = None
    for _ in range(_MAX_TRIMS):
        try:
            tree = parse(plain, normalised=True)
            first = first or tree
            if not want_quantity or tree[0] == "tuple" or to_quantity(strip_definition(tree)) is not None:
                return tree  # ("x = 2.6 m up the incline": an equation's words are dropped too)
        except ParseError:
            pass
        plain = _drop_trailing_word(plain)
        if plain is None:
            break
    return first


def _is_clause(tail: str) -> bool:
    """Is the text after an answer's last comma a clause in words (``directed north``, ``to the right``), not
    another value in letters (``y``, ``mv``: ``mgh, mv`` lists two formulas), nor one behind a word that offers
    or changes a value (``else mv``, ``times two``)?"""
    if not _CLAUSE.fullmatch(tail):
        return False
    words = re.findall(r"[a-z]+", tail)
    return any(len(word) >= 4 or word in ("up", "in", "out") for word in words) and all(
        word in _CLAUSE_SHORT_WORDS if len(word) <= 3 else word not in _VALUE_WORDS for word in words)


def _named_in_words(plain: str) -> str:
    """``Minimum Energy = \\frac{\\hbar \\omega}{2}`` -> the value: a name in words (one of four letters or
    more that is no Greek letter, function or unit) before the only ``=`` (or ``\\approx``)."""
    match = _WORDS_EQUAL.match(plain)
    if not match or plain.count("=") > 1:
        return plain
    words = match.group(1).split()
    if any(len(w) >= 4 and w not in GREEK and w not in FUNCTIONS and not lookup_word(w) for w in words):
        return plain[match.end():]
    return plain


def _count_of_things(plain: str) -> str:
    """``12 distinct sequences`` -> ``12``: a number followed by words that are not units, functions,
    Greek letters or operators (``5 hours``, ``2 pi``, ``5 times 3`` are kept)."""
    match = _COUNT_OF_THINGS.fullmatch(plain)
    if not match:
        return plain
    word = match.group(2)
    if lookup_word(word) or word.lower() in _OPERATOR_WORDS or word in FUNCTIONS or word in GREEK or word == "pi":
        return plain
    return match.group(1)


def _after_naming_sentence(plain: str) -> str:
    """``The speed of the car is 2 m/s`` -> ``2 m/s``: a sentence that names the quantity, in words and
    symbols (``The critical resistance R_c should equal``), up to its verb; the value after it. A bound or a
    denial ("is not", "is at least") has been ruled a hedge before this."""
    match = _NAMING_SENTENCE.match(plain)
    return plain[match.end():] if match and not DENIAL_RE.search(plain) else plain


def _strip_leading(plain: str) -> str:
    for _ in range(_MAX_TRIMS):
        match = _WORD_AT_START.match(plain)
        if not match or match.group(1).lower() not in _FILLER or _is_symbol_a(match.group(1), plain[match.end():]):
            break
        plain = plain[match.end():]
    return plain


def _unit_said(plain: str) -> str:
    """``12 (in newtons)``, ``12, in kN``, ``1.12 (Unit: 10^4 m/s)``: the value in the unit its words give; a unit
    already written echoed (``5 m/s (Unit: m/s)``) is not multiplied in."""
    if " in " in plain or "(in " in plain or "nit" in plain or "NIT" in plain:
        said = _IN_UNITS.search(plain)
        unit = said and (said.group(1) or said.group(2) or said.group(3)).strip()
        if unit and " " in unit and any(word.lower() in ("per", "square", "cubic") for word in unit.split()):
            unit = spell_units(unit)  # "(in meters per second)": m/s
        if unit and unit.isupper() and "/" in unit:
            unit = unit.lower()  # "(UNIT: 10^4 M/S)": a unit in capitals
        if unit and all(lookup_word(word) or word in ("per", "square", "cubic") for word in WORD_RE.findall(unit)) \
                and _DIGIT.search(plain, 0, said.start()):
            before = plain[:said.start()].rstrip()
            return before if _ENDS_IN_UNIT.search(before) else f"{before} {unit}"
    return plain


def without_remarks(plain: str) -> str:
    """A gold's value as an answer's is read: in the unit its words give, without a remark in brackets ending it.

    >>> without_remarks("12 (in kN)"), without_remarks("25 m/s (approx.)")
    ('12 kN', '25 m/s')
    """
    plain = _unit_said(plain)
    return _without_remark(plain) if plain.endswith((")", ").", "]")) else plain


def _is_symbol_a(word: str, rest: str) -> bool:
    """``a \\cos \\theta``, ``a (b + c)``, ``a b``, ``A e^{ikx}``, ``A sin(wt)``: the letter as a symbol, not the
    article."""
    if word not in ("a", "A"):
        return False
    if not rest[:1].isalpha() or not rest[1:2].isalpha():
        return True
    function = _LOWER_WORD.match(rest)
    return function is not None and function.group(0) in FUNCTIONS \
        and not rest[function.end():function.end() + 1].isalpha()


def _without_remark(plain: str) -> str:
    """``p_\\theta = m r^2 \\dot{\\theta} (constant).`` -> the value: a remark in words in brackets ending an answer
    (a word of four letters or more that is no function, Greek letter or unit) is no factor of it, nor is the
    precision it is given to (``5 m/s (1 s.f.)``), nor the data it was worked out from (``(assuming g = 9.8)``)."""
    precision = _PRECISION_REMARK.search(plain[-_MAX_REMARK:])
    if precision:
        return plain[:max(len(plain) - _MAX_REMARK, 0) + precision.start()].rstrip()
    assumption = _ASSUMPTION_REMARK.search(plain[-_MAX_ASSUMPTION:])
    if assumption and plain[:max(len(plain) - _MAX_ASSUMPTION, 0) + assumption.start()].strip():
        return plain[:max(len(plain) - _MAX_ASSUMPTION, 0) + assumption.start()].rstrip()
    match = _REMARK_RE.search(plain[-_MAX_REMARK:])
    words = match.group(1).lower().split() if match else ()
    if not any(len(word) >= 4 and word not in FUNCTIONS and word not in GREEK and not lookup_word(word)
               for word in words) or any(word in _VALUE_WORDS or word in _DOUBTING_WORDS for word in words) \
            or qualifier(match.group(1)):
        return plain  # "(approximately seven)", "(wrong)", "(order of magnitude)", "(up to a constant factor)": a remark
        # that offers a value, doubts this one or bounds it
    return plain[:max(len(plain) - _MAX_REMARK, 0) + match.start()].rstrip()


_DIGIT = re.compile(r"\d")
_OPENED_GROUP = re.compile(r"\\[a-zA-Z]{1,12}\s?\{\Z")
# ", where m = 3 kg and a = 4 m/s^2", ", with m = 3 kg": the data an answer used, named after it
_GIVENS_AFTER = re.compile(r",\s{0,2}(?:where|with|using|given)\s{1,2}(?:[A-Za-z\\][\w\\{}]{0,12}\s?=\s?-?\d[\d.]{0,12}"
                           r"(?:\s?[A-Za-z/^{}*.\d-]{1,15})?(?:\s{0,2},?\s{0,2}(?:and\s)?)?){1,4}\s?\.?\Z")
_LOWER_WORD = re.compile(r"[a-z]+")
_GIVEN_NAMES = re.compile(r"([A-Za-z\\][\w\\{}]{0,12})\s?=")  # the names a data clause gives values for
_LETTER_RUN = re.compile(r"(?<!\\)[A-Za-z]+")
_DEFINING_VERBS = frozenset("is are denotes denote represents represent means".split())


def without_givens(plain: str) -> str:
    """``12 N, where m = 3 kg`` -> ``12 N``: the question's data named after a number stated (``P = 4x, where x =
    5`` states a formula, and keeps its clause).

    >>> without_givens("12 N, with m = 3 kg and a = 4 m/s^2"), without_givens("P = 4x, where x = 5")
    ('12 N', 'P = 4x, where x = 5')
    """
    givens = _GIVENS_AFTER.search(plain) if "=" in plain and _DIGIT.search(plain) else None
    if givens is None:
        return plain
    head = plain[:givens.start()]
    value = head.rsplit("=", 1)[-1].strip()  # a number, in units alone: no formula
    stated = value.removeprefix("-")[:1].isdigit()
    named = head.split("=", 1)[0].strip() if "=" in head else None  # "F = 12 N, where F = 15 N": the asked
    renamed = named is not None and named in _GIVEN_NAMES.findall(givens.group())  # quantity given again
    return head.rstrip(" ,;") \
        if stated and not renamed and all(lookup_word(word) for word in _LETTER_RUN.findall(value)) else plain


def without_words_defining(plain: str) -> str:
    """``r = \\frac{mv}{qB}, where q is the charge`` -> ``r = \\frac{mv}{qB}``: a clause in words that says what
    a symbol is, with no value in it (``, where x = 5`` gives one, and stays, unless a number was stated before
    it: ``12 N, where m = 3 kg`` restates the question's data)."""
    plain = without_givens(plain)
    start = plain.rfind(_WHERE)
    if start <= 0:
        return plain
    tail = plain[start + len(_WHERE):]
    if "=" in tail or RELATION_SIGN_RE.search(tail) or _DEFINING_VERBS.isdisjoint(tail.split(" ")) \
            or _DIGIT.search(tail):  # "where g is 2 m/s^2" gives a value in words
        return plain
    head = plain[:start].rstrip(" ,;")
    if head.endswith("{"):  # "..., \text{ where } q \text{ is ...}" as written: the group "where" opened
        head = _OPENED_GROUP.sub("", head).rstrip(" ,;")
    return head


# senses a gold in words may give its value with, as directions: "increases by 5 J", "attractive", "into the page"
_SENSES = {word: sense for sense, words in (
    ("increase", "increase increases increased increasing rises rise grows gained gains gain"),
    ("decrease", "decrease decreases decreased decreasing falls drops drop lost loses loss"),
    ("attractive", "attractive attracts"), ("repulsive", "repulsive repels"),
    ("compressive", "compressive compression"), ("tensile", "tensile tension"),
    ("into", "into"), ("out", "out"), ("above", "above"), ("below", "below")) for word in words.split()}
_DIRECTION_AXES = {"up": "down", "north": "south", "east": "west", "left": "right", "forward": "backward",
                   "inward": "outward", "clockwise": "counterclockwise", "anticlockwise": "clockwise"}
_OPPOSITE = {**_DIRECTION_AXES, **{b: a for a, b in _DIRECTION_AXES.items()}}


_SPACED_CLOCKWISE = re.compile(r"\b(counter|anti)\s{1,3}clockwise")


def directions(plain: str) -> frozenset[str]:
    """The directions (and senses of change) a text names in words, each as its plain form (``upwards`` ->
    ``up``, ``decreases`` -> ``decrease``).

    >>> sorted(directions("25 m/s to the left")), sorted(directions("12 N upwards")), directions("it increases")
    (['left'], ['up'], frozenset({'increase'}))
    """
    found = set()
    text = plain.lower().replace("-", "")  # ("counter-clockwise", "east}" of a box)
    if "clockwise" in text:
        text = _SPACED_CLOCKWISE.sub(r"\1clockwise", text)  # "counter clockwise": one word, not clockwise
    for word in _LOWER_WORD.findall(text):
        if word in _SENSES:
            found.add(_SENSES[word])
        elif word in _DIRECTIONS:
            word = word[:-1] if word.endswith("wards") else word
            found.add(word[:-4] if word.endswith("ward") and word[:-4] in _OPPOSITE else word)
    return frozenset(found)


_COMPASS_POINTS = {"east": 0.0, "north": 90.0, "west": 180.0, "south": 270.0, "e": 0.0, "n": 90.0, "w": 180.0,
                   "s": 270.0}  # counterclockwise from east, in degrees
_ANGLE_WRITTEN = r"(\d{1,3}(?:\.\d{1,6})?)\s{0,2}(?:\\circ|degrees?|deg)"
_POINT_WRITTEN = r"(north|south|east|west|[NSEW])"
_ANGLE_OF_POINT = re.compile(_ANGLE_WRITTEN + r"\s{1,3}" + _POINT_WRITTEN + r"\s{1,3}of\s{1,3}(?:due\s{1,3})?" + _POINT_WRITTEN
                             + r"\b", re.I)  # "30 \circ north of east", "30 \circ N of E"
_BEARING = re.compile(r"\b(north|south|[NS])\s{0,3}" + _ANGLE_WRITTEN + r"\s{0,3}(east|west|[EW])\b", re.I)  # "N 60 \circ E"


def compass_bearing(plain: str) -> tuple[float, float] | None:
    """The direction a normalised text gives as an angle turned from one compass point toward another (``30°
    north of east``, the bearing ``N 60° E``): (that direction counterclockwise from east, the angle as written), in
    degrees; None where it gives none, or its points are no quarter turn apart.

    >>> compass_bearing(r"30 \\circ north of east"), compass_bearing(r"N 60 \\circ E"), compass_bearing("40 N")
    ((30.0, 30.0), (30.0, 60.0), None)
    """
    match = _ANGLE_OF_POINT.search(plain)
    if match:
        angle, toward, start = match.groups()
    else:
        match = _BEARING.search(plain)
        if not match:
            return None
        start, angle, toward = match.groups()
    base, turn = _COMPASS_POINTS[start.lower()], (_COMPASS_POINTS[toward.lower()] - _COMPASS_POINTS[start.lower()]) % 360
    if turn not in (90.0, 270.0):
        return None
    written = float(angle)
    return (base + (written if turn == 90.0 else -written)) % 360, written


def opposes(gold: frozenset[str], answer: frozenset[str]) -> bool:
    """Does an answer name a direction the gold does not where the gold names one (``south`` or ``east`` for
    ``north``, ``counterclockwise`` for ``clockwise``, ``decreases`` for ``increases``), or the opposite of one
    (``south of east`` for ``north of east``)?"""
    return bool(answer) and (gold.isdisjoint(answer) or any(_OPPOSITE.get(direction) in answer for direction in gold))


def _without_direction(plain: str) -> str:
    """``\\sqrt{2gh} downward``, ``mg to the left`` -> the value: a direction in words after it is no factor of it
    (a number's unit is kept by the caller's trimming; a formula's letters would read the words as symbols)."""
    words = plain.split(" ")
    cut = len(words)
    while cut > 1 and (words[cut - 1].lower() in _DIRECTIONS or words[cut - 1].lower() in _DIRECTION_FILLERS):
        cut -= 1
    if cut == len(words) or cut == 0 or not any(word.lower() in _DIRECTIONS for word in words[cut:]) \
            or (cut == 1 and words[0].isalpha() and _is_word(words[0])):  # "counter clockwise": words, no formula
        return plain
    return " ".join(words[:cut]).rstrip(" ,")


def _drop_trailing_word(plain: str) -> str | None:
    match = _WORD_AT_END.search(plain)
    if match and match.start() > 0 and lookup_word(match.group(1)):
        phrase = _PHRASE_OF_TIME.search(plain)  # "19.6 m in the first two seconds": the value, then when
        return plain[:phrase.start()].rstrip() if phrase and phrase.start() > 0 else None
    if not match or match.start() == 0:
        return None
    before = plain[:match.start()].rstrip()
    if (before[-1:].isdigit() or (before[-1:] == "}" and _POWER_OF_TEN_AT_END.search(before))) \
            and match.group(1).lower() not in _DIRECTIONS:
        return None  # "5 bananas", "5 \times 10^{-10} esu": the word after a number is its unit, a wrong one
    if len(match.group(1)) == 1 and before[-1:] in ")}":
        return None  # "\frac{4}{5} c", "(1/2) m": a letter after a number in math is a factor, a symbol or a unit
    preposition = _PREPOSITION_AT_END.search(before)
    if preposition and before[:preposition.start()].rstrip()[-1:].isalpha():
        return before[:preposition.start()].rstrip()  # "3e8 m/s in vacuum": no inch ("5 in" stays 5 inches)
    return before


def named_item(plain: str, label) -> tuple | None:
    """(text, tree) of the one item of a list in words and equations (``Bohr radius a_0 = ..., E_0 = -6.8
    eV``) that is an equation giving ``label``; None when no item, or more than one, does."""
    items = top_level_items(plain)
    if len(items) < 2:
        return None
    equations = []
    for item in items:
        try:
            tree = parse(_FUNCTION_LABEL_RE.sub(r"\1 ", item, count=1), normalised=True)
        except ParseError:
            continue
        if tree[0] == "eq":
            equations.append((item, tree))
    return _the_one(equations, label, lambda pair: pair[1])


def _the_one(items: list, label, equation_of):
    """The one item whose equation gives ``label`` (see ``_gives``), else the one that gives it with a
    subscript the gold leaves out (``W_{isothermal} = ...`` for ``W``); None when none do, or several that
    give different values."""
    for gives in (_gives, _gives_by_base):
        named = [item for item in items if gives(equation_of(item), label)]
        if named:  # several that give one value agree ("E_{in} = kQ/r^2, E_{out} = kQ/r^2")
            return named[0] if len({repr(equation_of(item)[2]) for item in named}) == 1 else None
    return None


def item_named(tree, label):
    """The one equation of a list that gives ``label`` (the gold's left side), when every item is an
    equation and no other gives it; None otherwise (``x = 3, x = 4`` commits to no value)."""
    items = tree[1]
    if label is None or not all(item[0] == "eq" for item in items):
        return None
    named = _the_one(list(items), label, lambda item: item)
    return relabelled(named, label) if named is not None else None


def _gives(equation, label) -> bool:
    """Does ``equation`` give ``label``, as its left side or named in words before it?"""
    return equation[1] == label or worded_label(equation[1]) == label


def _gives_by_base(equation, label) -> bool:
    """Does ``equation`` give ``label`` with a subscript of words added (``W_{isothermal}``, ``E_{\\text{in}}`` for
    ``W``, ``E``)? Not a subscript of a digit or a letter: ``v_0`` is the initial speed, not ``v``."""
    side = equation[1]
    if side[0] != "sym" or label[0] not in ("name", "sym") or "_" in label[1]:
        return False
    base, _, subscript = side[1].partition("_")
    return base == label[1] and len(subscript) >= 2 and subscript.isalpha()


def relabelled(equation, label):
    """``Energy Density Exponent \\alpha = n + 1`` as ``\\alpha = n + 1``: the equation with the gold's label."""
    sides = (label, *equation[3][1:])
    return ("eq", label, sides[-1], sides, equation[4])


def worded_label(side):
    """``Energy Density Exponent \\alpha`` -> ``\\alpha``: a symbol named in words before it; else None."""
    if side[0] != "mul" or not all(f[0] == "name" and len(f[1]) >= 3 for f in side[1][:-1]):
        return None
    return side[1][-1]


@dataclass(frozen=True)
class UnitMarkup:
    """A formula with its unit said beside it in markup: ``formula`` without it, and the unit's dimension."""

    formula: str
    dimension: str


def without_unit_markup(text: str) -> UnitMarkup | None:
    """``\\frac{2\\pi\\varepsilon l}{\\ln(b/a)} \\text{F}`` -> the formula and the unit's dimension: a unit in
    ``\\text``/``\\mathrm`` that ends a symbolic answer or a side of its equation (a symbol is never written so;
    a bare letter after a formula is read as one)."""
    match = _UNIT_MARKUP_RE.search(text)
    if not match or not match.start():
        return None
    try:
        unit = to_quantity(parse("1 " + normalise(match.group(1) + (match.group(2) or ""))))
    except ParseError:
        return None
    formula = text[:match.start()].rstrip(" ~\\,;!")
    if not formula or unit is None or unit.unit is None:
        return None
    return UnitMarkup(f"{formula} {text[match.end():].strip()}".strip(), unit.unit.dimensionality)


def restatement(plain: str) -> tuple[str, str] | None:
    """``100 km/h (27.8 m/s)``: the text before the brackets that end it and what they hold, where a value (a
    digit) is in them; None where the text ends in no such brackets (``J/(mol K)``, ``2 (x)``).

    >>> restatement("0.01 (10^{-2})"), restatement("21 J/(mol K)")
    (('0.01', '10^{-2}'), None)
    """
    start = plain.rfind("(")
    if start <= 0 or plain[start - 1] != " " or not plain.endswith(")") or ")" in plain[start + 1:-1] \
            or not any(char.isdigit() for char in plain[start:]):
        return None
    return plain[:start].rstrip(), plain[start + 1:-1]
