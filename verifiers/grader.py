"""``verify``: extract the final answer, parse both sides, compare, and say why.

>>> verify("0.5 km", "500 m").status.value
'correct'
>>> verify("5 s", "5 m").status.value
'dimension_mismatch'
>>> verify(r"... so \\boxed{12 N} or \\boxed{15 N}", "12 N").status.value
'hedged'
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from verifiers import sandbox
from verifiers.compare import beyond_floats, compare_quantities, sig_fig_half_ulp
from verifiers.evaluate import children, is_zero, symbol_names
from verifiers.extract import (OPTION_LETTER_RE, extract_answers, part_segment, states_value, unit_dimension,
                               values_with_units)
from verifiers.latex import closed, decimal_comma, normalise, unescaped
from verifiers.lexer import FUNCTIONS
from verifiers.limits import MAX_REFERENCE_CHARS, MAX_RESPONSE_CHARS, Deadline, VerifyTimeout
from verifiers.number_words import in_digits
from verifiers.options import VerifyOptions, reference_text, shown
from verifiers.answer_text import (DENIAL_RE, RELATION_SIGN_RE, compass_bearing, directions, item_named, labelled_part,
                                   part_label,
                                   named_item, opposes, parse_answer, qualifier, relabelled, restatement, value_after_label,
                                   without_comparison, without_condition, without_denied_value, without_givens,
                                   without_index_range, without_part_labels, without_unit_markup)
from verifiers.choice import grade_bool, grade_choice, judges_options, leads_with_choice
from verifiers.quantity import (Quantity, as_difference, column_units, constant_quantity, leads_with_power_of_ten,
                                spells_symbol_product, to_quantity)
from verifiers.relations import OR_RE, as_matrix_row, as_union, is_union, read_structure, same_structure
from verifiers.reference import (Reference, UnreadableReference, canonical_text, is_prose, parse_reference, squeezed,
                                 with_shared_unit)
from verifiers.symbolic import (as_definition, compare_symbolic, definition, exact_value, has_decimals, is_label, is_symbol,
                                names_quantity, physical_reading, proportional, satisfies, strip_definition)
from verifiers.units import lookup_word, unit_info, usual_case
from verifiers.vectors import BARE_UNIT_VECTORS, as_components
from verifiers.verdict import Status, Verdict

logger = logging.getLogger(__name__)

# "between 2 and 3 m", "from 2 to 3 m": found word by word, as "\bbetween\b.+\band\b" rescans each line
# to its end from every "between" (quadratic)
_RANGE_WORDS = {word: (re.compile(rf"\b{word}\b", re.I), re.compile(rf"\b{end}\b", re.I))
                for word, end in (("between", "and"), ("from", "to"))}
# brackets after a value that give a reason ("(since 2.5 rounds to 3)") or name another quantity and its value ("(period
# 1.1 s)", "(peak 4.88 V)"), with no doubt or other offer in them
_REASON_RE = re.compile(r"\A\s{0,2}(?:(?:approximately|approx\.?|roughly),?\s{1,2})?(?:since|because|as|rounding|rounded|from|by|"
                        r"via)\b", re.I)
# "(using g = 9.8 m/s^2)", "(taking g = 10)": the one value the answer used, named by its symbol, and nothing more
_GIVEN_IN_BRACKETS_RE = re.compile(r"(?![^)]{0,60}\b(?:it|would|gives?|yields?|is|be|becomes?|then|so|or)\b)"
                                   r"\s{0,2}(?:using|taking|assuming|given|with)\s{1,3}\$?\\?[A-Za-z]{1,8}(?:_\{?\w{1,6}\}?)?"
                                   r"\s{0,2}(?:=|\\approx)\s{0,2}[-\d.,\s\\{}^*/()a-zA-Z]{1,40}?\$?\s{0,2}", re.I)
_NAMED_OTHER_RE = re.compile(r"\A\s{0,2}(?!(?:or|and|maybe|perhaps|possibly|probably|likely|about|approximately|approx|"
                             r"roughly|nearly|almost|around|ie|if|with|without|for|when|else|otherwise|alternatively|not|but|"
                             r"than|vs|versus|instead|exactly|precisely|equivalently|which|that|this|it|the)\b)"
                             r"[A-Za-z]{3,20}(?:\s[A-Za-z]{3,20})?\s{0,2}(?:=|:|\bis\b|\bof\b)?\s{0,2}-?\d")
_UNIT_SAID_RE = re.compile(r"\A\s{0,2}(?:in\s|units?\b)", re.I)
_DOUBTING_RE = re.compile(r"\b(?:or|maybe|perhaps|possibly|probably|could|might|if|unless|otherwise|else|guess|not|"
                          r"unsure|alternatively)\b|\?", re.I)
_RESTATING_RE = re.compile(r"\A\s*(?:i\.? ?e\.?,?|or|about|approximately|approx\.?|roughly|\\approx|=)\s*")  # "(i.e. 18 km/h)", "(\approx 18 km/h)"
_ROUNDING = 0.05  # the coarsest rounding (half a unit in its last digit, relative) a chain's end may write
_SHORT_ANSWER = 500  # characters: a response this short with no blank line is an answer, never a whole solution
_MAX_COMPASS = 120  # characters: the longest answer, or stretch of its line, read for a compass bearing
# a sentence read whole and misread: several values, a word read as a unit ("in": inches), words left over
_MISREAD = (Status.WRONG_TYPE, Status.DIMENSION_MISMATCH, Status.WRONG_VALUE, Status.UNPARSEABLE_RESPONSE)
_STATING_VERB_RE = re.compile(r"\b(?:is|are|was|were|equals|of|(?:rises|falls|drops|increases|decreases)\s{1,3}to)\b|=|\u2248|"
                              r"\\approx")
# what states a value right before it: a verb ("slides", "moved"), or "of" after its quantity's name ("a speed of"; not "a fraction of",
# "capped at", "bounded by")
_STATED_BEFORE_RE = re.compile(r"(?:\b(?:is|are|was|were|equals|to|[a-z]{2,15}(?:s|ed))|=|\u2248|\\approx|\b(?!(?:fraction|part|multiple|half|"
                               r"portion|most|least|order|limit|bound|excess|twice|times)\b)[a-z]{3,20}\s{1,3}of)\s{0,3}\Z",
                               re.I)
_NUMBER_RE = re.compile(r"(?<![\d.^_{])\d{1,30}(?:\.\d{1,30})?")  # (not a unit's power: "m/s^2")
# what may follow the value a sentence states: where or when, after a verb perhaps ("in 4 minutes", "for a 2 kg mass",
# "flows through the resistor"); no doubt, condition, comparison or unit after it ("12 N per second", "12 N, if that's
# right", "12 N plus the friction")
_PLACE_OR_TIME_RE = re.compile(r"(?:(?:\s{1,3}[a-z]{2,12})?\s{1,3}(?:in|after|within|before|during|until|below|above|from|"
                               r"for|at|on|over|through|across|along|to)\b(?![^,;]{0,80}\b(?:if|unless|otherwise|but|suppose|"
                               r"guess|assum\w{0,5}|verif\w{0,8}|plus|minus|short|than|per|when|larger|smaller|higher|lower|"
                               r"more|less)\b)[^,;]{0,80})?[\s.]{0,3}")
_NEGATED_RE = re.compile(r"\b(?:never|not|hardly|barely|no\s{1,3}longer|cannot)\b|n't\b", re.I)  # "It never travels 25 m"
_PREPOSITION_RE = re.compile(r" (?:in|after|within|during|for|over) \d")  # "2.4 m in 3 s": a phrase, if no sentence
_GIVEN_OBJECT_RE = re.compile(r"(?:an?|the)\s\$?\d", re.I)  # "A 1.0 kg ball moving at 5.0 m/s ...": the question's data
_CONNECTIVE_RE = re.compile(r"\A(?:so|hence|thus|therefore|consequently)\b,?\s{1,3}", re.I)
_AND_RE = re.compile(r"(?:\{\s*)?\band\b(?:\s*\})?")
_IN_RE = re.compile(r"\\in(?![a-zA-Z])")
_DEFAULTS = VerifyOptions()


def verify(response, reference, **options) -> Verdict:
    """Judge ``response`` (a whole completion or a bare answer) against the gold ``reference``.

    Options are those of :class:`verifiers.options.VerifyOptions` (``rel_tol``, ``sig_figs``,
    ``require_units``, ``answer_type``, ``reference_unit``, ``timeout``...). Bad options raise
    TypeError/ValueError; anything in ``response`` yields a Verdict, never an exception.
    """
    return verify_with(response, reference, VerifyOptions.from_kwargs(**options) if options else _DEFAULTS)


def verify_with(response, reference, opts: VerifyOptions) -> Verdict:
    """:func:`verify` with options already built (the fast path for batches)."""
    deadline = Deadline(opts.timeout)
    try:
        return _verify(response, reference, opts, deadline)
    except VerifyTimeout:
        return Verdict.make(Status.TIMEOUT, f"verification exceeded {opts.timeout} s")
    except RecursionError:
        return Verdict.make(Status.UNPARSEABLE_RESPONSE, "answer nested too deeply")
    except Exception as exc:  # a verifier bug must cost one sample, not a training run
        logger.warning("verifier error on %s vs %s: %r", shown(response), shown(reference), exc)
        return Verdict.make(Status.ERROR, f"internal error: {type(exc).__name__}: {exc}")


def _verify(response, reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    try:
        text = reference_text(reference)  # None, "", NaN, pd.NA, "N/A", []: not the symbols n*a*n
    except TypeError as exc:
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, str(exc))
    except RecursionError:  # (the gold's fault, not the answer's: the reward skips the sample)
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, "reference nested too deeply")
    if text is None:
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, f"missing reference ({reference!r:.80})")
    if len(text) > MAX_REFERENCE_CHARS:  # a gold is a value or a formula, not a document: bounded like a response
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, f"reference longer than {MAX_REFERENCE_CHARS} characters")
    reference = unescaped(text)
    try:
        ref = parse_reference(reference, opts.reference_unit, opts.answer_type)
    except RecursionError:
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, "reference nested too deeply")
    except UnreadableReference as exc:
        said = _gold_restated(response, reference)
        if said is not None:  # a gold cut off or broken ("\\frac{1"), answered in its own words: right, however read
            return Verdict.make(Status.CORRECT, "identical to the reference", extracted=said)
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, str(exc))
    if response is None:
        return Verdict.make(Status.NO_ANSWER, "no response")
    text = response if isinstance(response, str) else shown(response, None)
    if text is None:  # (an int of 5,000 digits has no text)
        return Verdict.make(Status.UNPARSEABLE_RESPONSE, f"a response with no text ({type(response).__name__})")
    if len(text) > MAX_RESPONSE_CHARS:
        return Verdict.make(Status.UNPARSEABLE_RESPONSE, f"response longer than {MAX_RESPONSE_CHARS} characters")
    text = unescaped(text)
    verdict = _judge(text, ref, opts, deadline)
    if len(ref.directions) == 2 and ref.kind == "quantity" and ref.quantity.unit is not None \
            and ref.quantity.unit.dimensionality == _ANGLE:  # "30° north of east": an angle between compass points
        compass = _compass_verdict(text, verdict, ref, opts)
        if compass is not None:
            return compass
    if verdict.correct and ref.directions and opposes(ref.directions, directions(_line_of(text, verdict.extracted))):
        # "25 m/s south", "The energy decreases by 5 J" for "25 m/s north", "increases by 5 J": the value's sense
        return Verdict.make(Status.WRONG_VALUE, f"another direction than the reference's ({', '.join(ref.directions)})",
                            extracted=verdict.extracted)
    if verdict.correct and ref.directions and _NO_DIRECTION.search(_line_of(text, verdict.extracted)):
        # "25 m/s in any direction", "25 m/s, direction unknown": a direction declined pays for any the gold gives
        return Verdict.make(Status.HEDGED, f"no direction committed to (the reference's: {', '.join(ref.directions)})",
                            extracted=verdict.extracted)
    if not verdict.correct and (text.strip() == reference.strip() or _same_text(verdict.extracted, reference)):
        # (boxed too: "\\boxed{Planet_1 is preferred due to its ~1.65 times higher probability to transit.}")
        return Verdict.make(Status.CORRECT, "identical to the reference", extracted=text.strip()[:200])
    last_line = text.strip().rsplit("\n", 1)[-1] if ref.kind == "text" else ""  # (for a gold in words only)
    if last_line and len(last_line) <= _SHORT_ANSWER and (verdict.correct or verdict.status is
                                                          Status.UNPARSEABLE_REFERENCE):
        sense = _sense_verdict(normalise(last_line), ref.text)
        if sense is not None and not verdict.correct:  # "... F = kq_1q_2/r^2 grows.\nSo the force increases.": the
            return sense  # last line's sense
        if sense is not None and not sense.correct:  # "\boxed{\text{increases}}\nSo the force decreases."
            return Verdict.make(Status.HEDGED, "the last line states the opposite sense", extracted=verdict.extracted)
    if verdict.status in (Status.NO_ANSWER, Status.UNPARSEABLE_RESPONSE) and ref.kind == "text" \
            and len(text) <= _SHORT_ANSWER and _WORDS_RE.fullmatch(ref.text) and _states_words(normalise(text), ref.text):
        # "not split, direction is changed": the gold's words, where no answer was read (one read and judged
        # wrong stays wrong: "\boxed{counterclockwise} The rotation is clockwise." would pay either gold)
        return Verdict.make(Status.CORRECT, "the reference's words", extracted=text.strip()[:200])
    return verdict


_NO_DIRECTION = re.compile(r"\b(?:any|some|either|every|whichever|an?\s{1,3}arbitrary|unknown|unspecified|undetermined|"
                           r"indeterminate)\s{1,3}direction|\bdirections?\s{1,3}(?:is\s{1,3}|are\s{1,3})?(?:unknown|"
                           r"undetermined|unspecified|indeterminate|arbitrary|not\s{1,3}(?:known|determined|specified))|"
                           r"\bdirection\s{1,3}(?:cannot|can't|can\s{1,3}not)\s{1,3}be\s{1,3}(?:determined|known|found|"
                           r"specified|told)", re.I)


def _compass_verdict(text: str, verdict: Verdict, ref: Reference, opts: VerifyOptions) -> Verdict | None:
    """A direction given as an angle between compass points against a gold that gives one: right where both point
    the same way, however measured (``60° east of north`` or ``N 60° E`` for ``30° north of east``; not ``30° east
    of north``), to the tolerance of the gold's angle; None where either gives no such angle."""
    if verdict.status in (Status.HEDGED, Status.NO_ANSWER) or not verdict.extracted \
            or len(verdict.extracted) > _MAX_COMPASS:  # ("either 30° N of E or 30° E of N": a hedge still)
        return None
    gold = compass_bearing(normalise(ref.text))
    if gold is None:
        return None
    said = compass_bearing(normalise(verdict.extracted))  # the answer's own words first: "\\boxed{30° E of N}"
    if said is None:  # "\\boxed{30°} north of east": the words after it on its line
        said = compass_bearing(normalise(_line_of(text, verdict.extracted)[:_MAX_COMPASS]))
    if said is None:
        return None
    if abs((said[0] - gold[0] + 180.0) % 360.0 - 180.0) <= opts.rel_tol * gold[1]:
        return Verdict.make(Status.CORRECT, "the same compass bearing", extracted=verdict.extracted)
    return Verdict.make(Status.WRONG_VALUE, "another compass bearing", extracted=verdict.extracted)


def _gold_restated(response, reference: str) -> str | None:
    """The answer, where a response gives exactly the gold's text (the whole response, or its one box); None
    otherwise."""
    if not isinstance(response, str) or len(response) > MAX_RESPONSE_CHARS \
            or not any(map(str.isalnum, _COMMAND_RE.sub("", reference))):
        return None  # ("???", "{", "\\boxed{}": no gold at all, which no repetition answers)
    text = unescaped(response)
    if text.strip() == reference.strip():
        return text.strip()[:200]
    if "\\boxed" not in text:  # (a bare reply that goes on, "5 m/ ... I mean 7 m/s", does not repeat the gold)
        return None
    answers = extract_answers(text)
    gold = canonical_text(reference).replace(" ", "")
    return answers[0] if len(answers) == 1 and canonical_text(answers[0]).replace(" ", "") == gold else None


def _sense_verdict(plain: str, words: str) -> Verdict | None:
    """A gold in words that states a direction or a sense of change ("The force increases", "The ball moves to
    the left"), against an answer in words that states one of the same thing ("it increases", "left"; no word
    the gold has not, and none of the gold's left out but its subject's): the opposite is wrong, the same
    (undenied) right; None otherwise ("entropy increases", or "internal energy increases" for "Internal energy
    increases adiabatically")."""
    answer = _CONNECTIVE_RE.sub("", plain.strip(" ."), count=1)  # "Hence, the current decreases"
    if not (_WORDS_RE.fullmatch(words) and _WORDS_RE.fullmatch(answer)):
        return None
    gold, said = directions(words), directions(answer)
    if not gold or not said:
        return None
    gold_words = _LETTER_RUN_RE.findall(words.lower())
    sense_at = next(index for index, word in enumerate(gold_words) if directions(word))
    subject = set(gold_words[:sense_at])
    gold_rest, answer_rest = ({word for word in found if not directions(word)} - _FUNCTION_WORDS
                              for found in (gold_words, _LETTER_RUN_RE.findall(answer.lower())))
    if not answer_rest <= gold_rest or not gold_rest - answer_rest <= subject:
        return None
    if opposes(gold, said):
        return Verdict.make(Status.WRONG_VALUE, f"another direction or sense than the reference's ({', '.join(gold)})")
    if said == gold and not DENIAL_RE.search(answer):
        return Verdict.make(Status.CORRECT, f"the reference's direction or sense ({', '.join(gold)})")
    return None


_OTHER_RELATION_RE = re.compile(r"[<>!~]|\\(?:[gl]eq?|neq?|approx|sim|propto|to|[Rr]ightarrow|[Ll]eftarrow|equiv)(?![A-Za-z])")


def _text_equation_restated(said: str, gold: str) -> bool:
    """Does ``said`` give a gold equation that no grammar reads (``J^{PC}(\\eta^0)=0^{-+}``) with its sides swapped,
    or its right-hand side alone where that is more than a zero (a condition's "= 0" says nothing alone)? Both
    without spaces."""
    sides = gold.split("=")
    if len(sides) != 2 or not all(sides) or said == gold or _OTHER_RELATION_RE.search(gold):
        return False  # (not "\\rho \\geq \\frac{3M}{4\\pi R^3} = 1.47 g/cm^3": a bound's value alone is no answer)
    return said == f"{sides[1]}={sides[0]}" or (said == sides[1] and sides[1] not in ("0", "-0", "0.0"))


def _same_text(extracted: str | None, reference: str) -> bool:
    """Is the answer read the gold's own text, but for spacing, math delimiters and a full stop?"""
    return bool(extracted) and " ".join(extracted.split()).strip(" .$") == " ".join(reference.split()).strip(" .$")


def _line_of(text: str, extracted: str | None) -> str:
    """The clause of ``text`` the extracted answer was read from, to its sentence's or clause's end ("The energy
    decreases by 5 J"; not "Although the drag is decreasing, \\boxed{5 m/s}"): the answer itself where it is
    not found."""
    at = text.rfind(extracted[:40]) if extracted else -1
    if at < 0:
        return extracted or ""
    start = max(text.rfind(mark, 0, at) for mark in ("\n", ". ", "; ", ", ")) + 1
    ends = [end for end in (text.find(mark, at + len(extracted)) for mark in ("\n", ". ", "; ")) if end >= 0]
    return text[start:min(ends) if ends else len(text)]


def _judge(text: str, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    if ref.kind == "mc" and ref.part is None and len(text) <= _SHORT_ANSWER and "boxed" not in text \
            and "answer" not in text.lower() \
            and (judges_options(text) or leads_with_choice(text)):
        # "A: false. B: true. C: false.": a short answer judging its options chose those judged true; "C. The
        # field is zero": one opening with a letter chose it (a solution weighing them is read for its final
        # answer)
        verdict = _grade_choice(text, ref, opts, deadline)
        if verdict.status is not Status.WRONG_TYPE:
            return verdict  # (options weighed line by line, "(A) ... Correct.\n(B) ...": the final line is read)
    if opts.extract:
        candidates = extract_answers(text, units_after_boxes=_has_unit(ref), several=ref.kind == "tuple")
        segment = part_segment(text, ref.part) if ref.part is not None else None
        if segment and not any(labelled_part(normalise(c), ref.part) for c in candidates):
            # "(a) 5 m/s": what the completion says under its part (a), where its answer lists no such part
            candidates = extract_answers(segment, units_after_boxes=_has_unit(ref))
    else:
        candidates = [text.strip()] if text.strip() else []
    if not candidates:
        return Verdict.make(Status.NO_ANSWER, "no final answer found")
    if len(candidates) == 1 and "{" in text and len(text) <= _SHORT_ANSWER and "\n\n" not in text:
        candidates = [closed(candidates[0])]  # an answer an extractor cut short, not a completion cut off
    if ref.kind == "tuple" and len(candidates) == len(ref.parts):
        candidates = [", ".join(candidates)]  # one box per part of a multi-part answer
    elif ref.kind == "mc" and len(ref.letters) > 1 and len(candidates) > 1:
        candidates = _letters_boxed_on_one_line(text, candidates)
    pieces = []
    union = ref.kind == "relation" and is_union(ref.tree)  # "x < 0 or x > 2" is one answer to a union
    for candidate in candidates:
        if ref.kind not in ("mc", "bool") and _is_range(candidate):
            return Verdict.make(Status.HEDGED, f"a range is not an answer: {candidate[:80]!r}",
                                extracted=candidate)
        restating = _RESTATED_AFTER_RE.search(candidate) if "i.e." in candidate or "which" in candidate \
            or "other" in candidate or "differently" in candidate or "to say" in candidate else None
        if restating:  # "5 m/s, i.e. 18 km/h", "5 m/s, which is 18 km/h": the value restated, which must agree as
            head, restated = candidate[:restating.start()], candidate[restating.end():]  # after "or"; "mg, i.e.
            if head.rstrip().endswith("(") and restated.rstrip(" .").endswith(")"):  # "x > 2 (i.e. x \ge 2)": the
                head, restated = head.rstrip()[:-1], restated.rstrip(" .")[:-1]  # brackets around the restatement
            candidate = f"{head} or {restated}" if states_value(restated.strip(" ,.")) else head  # the weight": words
        if union:
            alternatives = [as_union(candidate)]
        elif "or" in candidate.lower():  # the case-blind OR_RE costs ~50 ns a character: split where it may match
            alternatives = OR_RE.split(candidate)
            if any(piece.count("{") != piece.count("}") for piece in alternatives):
                alternatives = OR_RE.split(normalise(candidate))  # "x \text{ or equivalently } y": as plain text
            if any(piece.count("(") != piece.count(")") or piece.count("{") != piece.count("}")
                   for piece in alternatives):
                alternatives = [candidate]  # "5 m/s (or 18 km/h)": an "or" inside brackets restates the value
            elif (ref.unordered and len(alternatives) == len(ref.parts)) \
                    or (ref.kind == "relation" and ref.tree[0] == "set" and len(alternatives) == len(ref.tree[1])):
                alternatives = [", ".join(piece.strip(" ,;") for piece in alternatives)]  # "x = -2 or x = 1" for the
                # solutions "x = 1 or x = -2": its "or" lists them, as the gold's does
        else:
            alternatives = [candidate]
        for alternative in alternatives:
            piece = alternative.strip(" \t\n,;")  # "5 m/s, or ...": the comma is no part of the first
            if piece:
                pieces.append(piece)
    if not pieces:  # "or", "\\boxed{or}": words that join answers, and no answer
        return Verdict.make(Status.NO_ANSWER, "no final answer found", extracted=" ".join(candidates)[:200])
    if len(pieces) > 1 and ref.kind != "mc":  # "\boxed{6 mT}. The correct answer is **(b)**": the option's
        pieces = [piece for piece in pieces if not _OPTION_ONLY_RE.fullmatch(piece)] or pieces  # letter restates it
    verdicts = []
    for piece in pieces:
        deadline.check()
        verdict = _grade(piece, ref, opts, deadline)
        verdicts.append(Verdict(**{**verdict.__dict__, "extracted": piece}))
    if len(verdicts) > 1 and ref.kind == "mc":  # "\boxed{B}, i.e. 5 m/s": the option's content, no letter at all
        verdicts = [v for v, piece in zip(verdicts, pieces)
                    if v.status is not Status.WRONG_TYPE or _A_LETTER_RE.search(piece)] or verdicts
    if len(verdicts) > 1 and ref.kind == "quantity":  # "\boxed{3.92 m/s^2}" on the way to "\boxed{11.76 N}": the
        # boxes of other quantities are no answers to this one (those of its dimension must agree); the same number
        # in another dimension ("\boxed{12 N}" and "Final answer: 12 J") is the answer contradicted, a hedge
        kept = [v for v in verdicts if v.status is not Status.DIMENSION_MISMATCH]
        numbers = {v.response_value for v in kept}
        if kept and not any(v.response_value in numbers for v in verdicts if v.status is Status.DIMENSION_MISMATCH):
            verdicts = kept
    if len(verdicts) > 1:
        right = sum(v.correct for v in verdicts)
        if 0 < right < len(verdicts):
            return Verdict.make(Status.HEDGED, f"{len(verdicts)} different final answers, {right} right",
                                extracted=" | ".join(pieces)[:500])
    return verdicts[-1]


def _letters_boxed_on_one_line(text: str, candidates: list[str]) -> list[str]:
    """``\\boxed{A}, \\boxed{B}, \\boxed{D}``: options boxed one by one on the last line that boxes any, as one
    answer naming them all (for a gold of several options); the candidates as they are otherwise."""
    end = text.rfind("\\boxed")
    line = text[text.rfind("\n", 0, end) + 1:text.find("\n", end) % (len(text) + 1)]
    count = line.count("\\boxed")
    between = _BOXED_LETTER_RE.split(line)[1:]  # what joins the boxes, and what follows the last
    if 1 < count <= len(candidates) and all(OPTION_LETTER_RE.fullmatch(c.strip("() ")) for c in candidates[-count:]) \
            and len(between) == count and all(_JOINS_OPTIONS_RE.fullmatch(text) for text in between):
        return [", ".join(candidates[-count:])]  # (not "\boxed{A} or \boxed{B}": a hedge)
    return candidates


def _grade_choice(text: str, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """An option letter; for a gold that gives its option's value too ("(B) 12 N"), an answer with no letter is
    held against that value."""
    verdict = grade_choice(text, ref)
    if verdict.status is Status.WRONG_TYPE and ref.option is not None:
        return _grade(text, ref.option, opts, deadline)
    return verdict


def _has_unit(ref: Reference) -> bool:
    """Does the gold give a unit (or a part with one)?"""
    if ref.kind == "tuple":
        return any(_has_unit(part) for part in ref.parts)
    return ref.kind == "quantity" and ref.quantity.unit is not None


def _is_range(text: str) -> bool:
    """A range on one line, ``between x and y`` or ``from x to y`` (linear time)."""
    lowered = text.lower()  # the case-blind searches cost ~50 ns a character: run where their word is
    searches = [pair for word, pair in _RANGE_WORDS.items() if word in lowered]
    if not searches:
        return False
    for line in text.split("\n"):
        for start_re, end_re in searches:
            start = start_re.search(line)
            if start and end_re.search(line, start.end() + 1):
                return True
    return False


def _grade(text: str, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """The verdict on one answer; an answer written as the gold writes its answer is never wrong."""
    if ref.part is not None and ")" in text:  # "(a) F, (b) T" for "(a) F": the part the gold answers
        text = labelled_part(normalise(text), ref.part) or text  # (a lone "(b) 5 m/s" is read for its value, as
        # PHYSICS's labels read it: a model may number its parts its own way)
    if ref.kind == "mc":
        return _grade_choice(text, ref, opts, deadline)
    if ref.kind == "bool":
        return grade_bool(text, ref)
    plain = normalise(text)
    if ref.kind == "text":
        labelled = part_label(plain) if ref.part is not None and plain[:1] == "(" else None
        if labelled and labelled[0] == ref.part:  # "(a) Light Amplification by ..." for that part's words
            plain = labelled[1]
        said = squeezed(plain).replace(" ", "")
        if said == ref.text.replace(" ", ""):  # "northeast" for "north east"
            return Verdict.make(Status.CORRECT, "same text as the reference (which no grammar here reads)")
        if _text_equation_restated(said, ref.text.replace(" ", "")):
            return Verdict.make(Status.CORRECT, "the reference's equation, its sides swapped or its value alone")
        if _WORDS_RE.fullmatch(ref.text) and _states_words(plain, ref.text):
            return Verdict.make(Status.CORRECT, "the reference's words, stated")
        sense = _sense_verdict(plain, ref.text)
        if sense is not None:
            return sense
        if is_prose(ref.text) or _PHRASE_RE.search(ref.text):  # "The two neutrons must be in a singlet state.",
            # "The force increases" (for "it stays the same")
            return Verdict.make(Status.UNPARSEABLE_REFERENCE, "the reference is prose, which only the same text "
                                "answers here (a reward skips the sample rather than punish a paraphrase)")
        return Verdict.make(Status.WRONG_VALUE, "differs from the reference, which is compared as text")
    verdict = _grade_plain(text, plain, ref, opts, deadline)
    if not verdict.correct and ref.canonical and squeezed(plain) == ref.canonical:
        return Verdict.make(Status.CORRECT, "written as the reference is")
    if verdict.status in _MISREAD and ref.kind == "quantity" and ref.quantity.unit is not None \
            and (_PHRASE_RE.search(plain) or _PREPOSITION_RE.search(plain)) and not DENIAL_RE.search(plain) and not qualifier(plain) \
            and not _GIVEN_OBJECT_RE.match(plain):
        # "The car travels 4.8 km in 4 minutes.", "It takes 2.0 s to reach its maximum height of 19.6 m.": the one
        # value of the gold's dimension in a sentence stating others (the question's data, a side result)
        said = _STATING_VERB_RE.split(plain)[-1].strip()  # ("The speed after 3 s is 2 m/s": what its last verb states)
        stated = [(value, unit_dimension(value)) for value in values_with_units(plain)]
        found = [value for value, dimension in stated if dimension == ref.quantity.unit.dimensionality]
        # (after a verb of its own: "The block slides 2.4 m in 3 s", "It travels 25 m." (one value, where its own verb
        # states it: not "From the problem, F = 12 N", the question's data)
        at = said.find(found[0]) if len(found) == 1 else -1
        if at >= 0 and (len(stated) > 1 or at > 0) and not _NEGATED_RE.search(plain, 0, plain.find(found[0])) \
                and (_STATED_BEFORE_RE.search(said[:at]) if at else plain.find(found[0]) == 0
                                            or _STATED_BEFORE_RE.search(plain[:plain.find(found[0])])) \
                and _PLACE_OR_TIME_RE.fullmatch(said[at + len(found[0]):]) and all(dimension for _, dimension in stated) \
                and len(_NUMBER_RE.findall(plain)) == len(stated):  # (every number a value in units: "(6 if ...)" is none)
            return _grade_plain(found[0], normalise(found[0]), ref, opts, deadline)
    if not verdict.correct and ref.kind == "symbolic" and "{" in text:
        markup = without_unit_markup(text)  # its unit, where the gold says one too, of the gold's dimension
        if markup and ref.unit_dimension in (None, markup.dimension) \
                and _grade_plain(markup.formula, normalise(markup.formula), ref, opts, deadline).correct:
            return Verdict.make(Status.CORRECT, "expressions are equivalent (a unit written after the formula)")
    return verdict


_BOXED_LETTER_RE = re.compile(r"\\boxed\{\s?\(?[A-J]\)?\s?\}")
_JOINS_OPTIONS_RE = re.compile(r"[\s,;.$\\()\[\]]{0,12}(?:(?:and|q?quad)[\s$\\()]{0,8})?")  # ", ", "\), and \(", "\quad"
_RESTATED_AFTER_RE = re.compile(r"i\.e\.|,\s{0,3}which\s{1,3}(?:is|equals)\b|\b(?i:in\s{1,3}other\s{1,3}words|put\s{1,3}"
                                r"differently|that\s{1,3}is\s{1,3}to\s{1,3}say),?")
_A_LETTER_RE = re.compile(r"\b[A-Ja-j]\b")  # ("not B" names an option: "B or not B" is a hedge)
_OPTION_ONLY_RE = re.compile(r"(?i:option|choice)\s?\(?[A-Ja-j]\)?|\([A-Ja-j]\)")  # not "B", which may be a field
_WORDS_RE = re.compile(r"[A-Za-z][A-Za-z ,'-]{0,80}")
_LETTER_RUN_RE = re.compile(r"[a-z']+")
_FUNCTION_WORDS = frozenset("a an the it its it's this that they is are was will be to of".split())
_PHRASE_RE = re.compile(r"[A-Za-z]{2,20}\s{1,3}[A-Za-z]{2,20}")  # two words: a phrase, which a paraphrase may answer
# "The solid is an insulator": what a sentence says a thing is (its last words, after the verb and an article)
_STATED_RE = re.compile(r"(?:(?:.{0,120}\s)?(?:is|are|be|as|it|this|that)\s)?(?:an?\s|the\s)?(?:good\s|perfect\s|ideal\s)?"
                        r"([A-Za-z][A-Za-z ,'-]{0,80})", re.I)  # ("It increases.", "a good insulator")
_DENIED_OTHER_RE = re.compile(r",\s(?:and\s|but\s)?not\s(?:an?\s|the\s)?[A-Za-z-]{1,30}\Z")


def _states_words(plain: str, words: str) -> bool:
    """Does an answer give a gold in words (``Insulator``), in any case, after a part label, or as what a
    sentence says something is ("The solid is an insulator."), never denied ("... is not an insulator")?"""
    answer = without_part_labels(plain).replace("{", "").replace("}", "").strip(" .").lower()  # "{Im}possible"
    answer = _DENIED_OTHER_RE.sub("", answer)  # "an insulator, not a conductor": the other denied
    words = _joined(words.lower())  # (a hyphen or a space between a word's parts no matter: "red shifted",
    if _joined(answer) == words:  # "counterclockwise")
        return True
    stated = _STATED_RE.fullmatch(answer)
    return stated is not None and _joined(stated.group(1)) == words and not DENIAL_RE.search(answer)


def _joined(words: str) -> str:
    """Words without the spaces and hyphens between them (``counter-clockwise`` -> ``counterclockwise``)."""
    return words.replace(" ", "").replace("-", "")


def _grade_plain(text: str, plain: str, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """The verdict on one normalised answer (``plain``; ``text`` as written, for messages)."""
    plain = without_condition(without_index_range(without_part_labels(plain)))
    if "=" in plain and "," in plain:
        plain = without_givens(plain)  # "F = 12 N, where m = 3 kg": the value, without the question's data
    if ref.kind == "relation":
        return _grade_relation(plain, ref, opts, deadline)
    if ref.kind != "tuple" and (ref.label is not None or ref.kind == "equation") and ("," in plain or ";" in plain):
        label = _asked_label(ref)
        named = named_item(plain, label)
        if named is not None:  # "(a) T = 2 mg, (b) v < c": the part the gold names, whatever else is listed
            return _qualified(named[0]) or _grade_tree(relabelled(named[1], label), ref, opts, deadline)
    if ref.kind == "tuple" and len(ref.parts) == 2 and (_IN_RE.search(plain) or RELATION_SIGN_RE.search(plain)):
        # "x \in [-2, 7]", "0 \le x \le 1" for "[-2, 7]", "[0, 1]": the gold as an interval (of one symbol:
        # "0 \le x - 1 \le 1" is [1, 2])
        member, interval = read_structure(plain), read_structure(normalise(ref.text), cued=True)
        if member is not None and interval is not None and (member[0] != "rel" or is_symbol(member[2][1])):
            return _structure_verdict(interval, member, opts, deadline)
    plain = without_comparison(without_denied_value(plain))  # "12 N, not 24 N", "59 N, more than the 49 N weight": no
    # qualifier of the answer
    hedged = _qualified(plain)
    if hedged:
        return hedged
    if ref.kind == "quantity" and "\\pm" in plain:  # normalise keeps only an uncertainty too wide to drop
        return Verdict.make(Status.HEDGED, "a range is not an answer: an uncertainty wider than a tenth of the value")
    if "and" in plain:  # "1 and 0": two values (never the product a n d of a formula); "one and a half": one
        plain = in_digits(plain) or _AND_RE.sub(",", plain).replace(", ,", ",")  # (", and I_3 = 2 A": one comma)
    if ref.kind == "tuple" and len(ref.parts) == 2 and ref.canonical[:1] + ref.canonical[-1:] == "[]" \
            and (plain[:1] + plain[-1:] == "()" or plain.startswith("\\{")) and _may_be_interval(ref, opts):
        # "(0, L)", "\{0, L\}" for "[0, L]": a pair in square brackets
        return Verdict.make(Status.WRONG_VALUE, "not the reference's closed interval")
    if ref.kind == "tuple":
        listed_set = read_structure(plain) if plain.startswith("\\{") or "\\pm" in plain else None
        if listed_set is not None and listed_set[0] == "set" and plain.startswith("\\{") \
                and ref.canonical[:1] in "([" and ref.canonical[-1:] in ")]":
            # "\{4, 3\}" for "(3, 4)": a set says no order, which a bracketed tuple (a point, a vector) has: its
            # members as written, in that order ("\{3, 4\}"), answer it
            return _grade_tuple(("tuple", listed_set[1]), ref, opts, deadline)
        if listed_set is not None:  # "\{-12, -11\}", "\pm 3" for "-3, 3": a set answers a list in any order
            return _structure_verdict(ref.tree, listed_set, opts, deadline)
        column = _as_column(plain) if "\\begin" in plain else None
        if column is not None:  # "\begin{pmatrix} 3 \\ 4 \end{pmatrix}" for "(3, 4)": a vector's components
            return _grade_tree(column, ref, opts, deadline)
    listed = ref.kind == "tuple" or (ref.tree is not None and ref.tree[0] == "tuple")
    if not listed and "," in plain:
        plain = decimal_comma(plain)
    counting = ref.kind == "quantity" and ref.quantity.unit is None
    if ref.kind == "quantity" and plain.endswith(")"):
        restated = _restated(plain, opts)
        if isinstance(restated, Verdict):
            return restated
        plain = restated
    tree = parse_answer(plain, want_quantity=ref.kind == "quantity", single=not listed, counting=counting)
    value = value_after_label(plain, answer=True) if tree is None else None
    if value is not None:  # "\frac{K^+ \to \pi^+\pi^0}{K_s \to \pi^+\pi^-} = 1.5": a label no grammar reads
        tree = parse_answer(value, want_quantity=ref.kind == "quantity", single=not listed, counting=counting)
    if tree is None:
        return Verdict.make(Status.UNPARSEABLE_RESPONSE, f"cannot read {text[:80]!r}")
    deadline.check()
    return _grade_tree(tree, ref, opts, deadline)


def _may_be_interval(ref: Reference, opts: VerifyOptions) -> bool:
    """May a gold pair in square brackets be a closed interval: not where the data says it is a list
    (``answer_type="tuple"``, TheoremQA's ``[2.0, 1.32]``), nor where its ends decrease?"""
    if opts.answer_type == "tuple":
        return False
    low, high = (part.quantity for part in ref.parts)
    return low is None or high is None or low.unit != high.unit or low.value < high.value


def _qualified(plain: str) -> Verdict | None:
    """The hedged verdict on an answer a word or sign qualifies (``less than 5``, ``x \\le 5``); else None."""
    word = qualifier(plain)
    return Verdict.make(Status.HEDGED, f"a qualified answer ({word!r}) commits to no value") if word else None


def _grade_relation(plain: str, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """A relation, interval, set or matrix gold: the answer read as one (a tuple ``(0, 1)`` as an interval)."""
    if "min" in plain or "max" in plain:  # "v_{\min} = \sqrt{5gR}" for "v \geq \sqrt{5gR}": the bound, named
        named = parse_answer(plain, want_quantity=False)
        bound = _bound_named(ref.tree, named) if named is not None else None
        if bound is not None:
            return _grade_symbolic(bound, named[2], opts, deadline)
    structure = None
    stated = _relation_in_sentence(plain) if any(_is_word(token) for token in plain.split()) else None
    if stated:  # "The condition is v \\ge \\sqrt{gR} at the top": the relation, its words aside (as letters they were
        structure = read_structure(stated, cued=True)  # symbols)
    if structure is None and ref.tree[0] == "matrix" and "\\begin" not in plain and not plain.lstrip().startswith("[["):
        structure = parse_answer(plain, want_quantity=False, single=False)  # "(3, 4)" for a column vector: a list, no
        # interval (a list of rows, "[[1, 2], [3, 4]]", is read as the matrix it is, below)
    if structure is None:
        structure = read_structure(plain, cued=True)
    if structure is None:
        structure = parse_answer(plain, want_quantity=False, single=False)  # a tuple, or a wrong kind
    if structure is None:
        return Verdict.make(Status.UNPARSEABLE_RESPONSE, f"not a relation, interval or set: {plain[:80]!r}")
    return _structure_verdict(ref.tree, structure, opts, deadline)


_INEQUALITY_TOKENS = frozenset(("<", ">", "\\le", "\\ge", "\\ne", "<=", ">="))


def _relation_in_sentence(plain: str) -> str | None:
    """The last inequality a sentence states, its words aside ("must satisfy \\eta \\ge 2 , otherwise the device
    cannot operate" -> ``\\eta \\ge 2``; "we need v^2 \\ge gR , so it gives h \\ge \\frac{5R}{2}" -> the last);
    None where it states none."""
    tokens = plain.split()
    signs = [i for i, token in enumerate(tokens) if token in _INEQUALITY_TOKENS]
    if not signs or len(tokens) > _MAX_SENTENCE_TOKENS:
        return None
    start = end = signs[-1]
    while start > 0 and _math_token(tokens[start - 1]) and tokens[start - 1][-1:] not in ",;:.":
        start -= 1
    while end + 1 < len(tokens) and _math_token(tokens[end + 1].rstrip(",;:.")):
        end += 1
        if tokens[end][-1:] in ",;:.":  # ("x > 2, so ...": the clause ends with the value)
            break
    if not start < signs[-1] < end or _NEGATED_AFTER.match(" ".join(tokens[end + 1:end + 4])):
        return None  # ("\\gamma > 4/3 is violated": the relation denied)
    return " ".join(tokens[start:end + 1]).strip(" ,.;:")


_MAX_SENTENCE_TOKENS = 200
_SHORT_WORDS = frozenset("at is of in to we as on so or if be by it an and the for all".split())  # (not units here)


_NEGATED_AFTER = re.compile(r"(?:is|are|was|does|do|must|can|cannot|can't|would)?\s?(?:not|never|violated|false|fails?|broken|"
                            r"n't|untrue)\b", re.I)


def _is_word(token: str) -> bool:
    """A word of three letters or more in a sentence, no math ("condition", "top"; not "and", "x", "\\ge", "kg")."""
    letters = token.strip(".,;:")
    return len(letters) >= 3 and letters.lower() != "and" and not _math_token(letters)


def _math_token(token: str) -> bool:
    """Is a token of a normalised sentence math (a symbol, number, unit or operator), not a word?"""
    letters = token.strip(".,;:")
    if not letters or letters.lower() in _SHORT_WORDS:
        return False
    return not (letters.isalpha() and len(letters) >= 3 and letters.lower() not in FUNCTIONS and lookup_word(letters) is None)


_EXTREMA = {"min": 0, "minimum": 0, "max": 1, "maximum": 1}  # which side of "a <= b" each bound names


def _bound_named(relation, answer):
    """The bound a gold relation puts on one symbol where the answer names it as that symbol's extremum:
    ``v \\ge X`` (read ``X <= v``) is answered by ``v_{\\min} = ...``, ``v \\le X`` by ``v_{\\max} = ...``; None
    otherwise (two signs, or the other extremum: ``v_{\\max}`` says nothing of a lower bound)."""
    if relation[0] != "rel" or len(relation[1]) != 1 or answer[0] != "eq" or len(answer[3]) != 2 \
            or answer[1][0] != "sym":
        return None
    base, _, extremum = answer[1][1].partition("_")
    side = _EXTREMA.get(extremum.lower())
    if side is None:
        return None
    bound, symbol = relation[2][side], relation[2][1 - side]  # v_min: the bound below v, on the left
    return bound if symbol in (("name", base), ("sym", base)) else None


def _structure_verdict(ref_structure, structure, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    if same_structure(ref_structure, structure, (opts.symbolic_rel_tol, opts.rel_tol), deadline):
        return Verdict.make(Status.CORRECT, f"the same {ref_structure[0]}")
    return Verdict.make(Status.WRONG_VALUE, f"not the reference's {ref_structure[0]}")


_HBAR_SYMBOL = ("sym", "hbar")
_ZERO, _ONE = ("num", 0.0, "0"), ("num", 1.0, "1")


def _solved_for(label, side, value, roots: bool):
    """The value of the gold's ``label`` where an answer gives a power (``roots``: of a formula, a physical
    quantity's positive root; ``x^2 = 9`` for a number is ±3), a numeric multiple of it (``v^2 = 2gh`` ->
    ``(2gh)^{1/2}``; ``2x = 10`` -> ``10/2``), its reciprocal, its tangent (of a formula: arctan) or a sum with
    it as a term; None where ``side`` is no such thing (``v(t)``, ``kx``: a function's argument and a product
    look alike)."""
    if side[0] == "pow":
        exponent = side[2]
        if roots and side[1] == label and not symbol_names(exponent) and exponent not in (_ZERO, _ONE):
            return ("pow", value, ("inv", exponent))  # "v^2 = 2gh", "f^{-1} = u^{-1} + v^{-1}"
        return None
    if side[0] == "add" and roots and side[1].count(label) + side[1].count(("neg", label)) == 1:
        rest = tuple(term for term in side[1] if term not in (label, ("neg", label)))  # "E_2 - E_1 = \hbar\omega"
        difference = ("add", (value, *(("neg", term) for term in rest)))
        return difference if label in side[1] else ("neg", difference)
    if side == ("inv", label):  # "\frac{1}{f} = \frac{1}{u} + \frac{1}{v}": the lens equation for f
        return ("inv", value)
    if side[0] == "inv":  # "\frac{1}{v^2} = ...": the reciprocal of a power of the label, solved on
        return _solved_for(label, side[1], ("inv", value), roots)
    if side[0] == "mul" and label not in side[1] and ("inv", label) not in side[1]:
        inverses = [factor for factor in side[1] if factor[0] == "inv"]
        numbers = [factor for factor in side[1] if factor[0] == "num"]
        if len(inverses) == 1 and len(inverses) + len(numbers) == len(side[1]):  # "\frac{1}{T^2}", "\frac{3}{v^2}"
            return _solved_for(label, inverses[0][1], ("mul", (*numbers, ("inv", value))), roots)
    if roots and side[0] == "func" and side[2] == label and "arc" + side[1] in FUNCTIONS:
        return ("func", "arc" + side[1], value)  # "\tan\theta = \frac{v^2}{rg}": an angle's principal value
    if side[0] != "mul":
        return None
    inverted = side[1].count(("inv", label)) == 1 and label not in side[1]  # "\frac{1}{f}" is 1 times f^-1
    if side[1].count(label) != 1 and not inverted:
        return None
    rest = [factor for factor in side[1] if factor not in (label, ("inv", label))]
    if inverted and all(factor[0] == "num" for factor in rest):
        return ("mul", (*rest, ("inv", value)))
    if inverted or not all(factor[0] in ("num", "const") or factor == _HBAR_SYMBOL
               or (factor[0] == "inv" and factor[1][0] in ("num", "const")) for factor in rest):
        return None  # a number, pi or hbar times the label ("\hbar\omega = E_2 - E_1"), never another symbol
    return ("mul", (value, ("inv", rest[0] if len(rest) == 1 else ("mul", tuple(rest)))))


# subscripts that tell the quantities of one symbol apart, pair by pair: which pairs a question contrasts
_CONTRASTED_SUBSCRIPTS = (frozenset("123456789"), frozenset("ABCDEFGH"), frozenset(("i", "f")),
                          frozenset(("initial", "final")), frozenset(("min", "max")), frozenset(("p", "k")),
                          frozenset(("in", "out")), frozenset(("x", "y", "z")))


def _contrasting_labels(said, gold) -> bool:
    """Are two labels one symbol with subscripts that tell two quantities apart (``v_2`` and ``v_1``, ``x_{min}`` and
    ``x_{max}``)? Not a label and its bare symbol (``v`` for ``v_f``), nor subscripts of different kinds (``v_A``
    for ``v_1``: the question's objects named another way).

    >>> _contrasting_labels(("sym", "v_2"), ("sym", "v_1")), _contrasting_labels(("sym", "v_A"), ("sym", "v_1"))
    (True, False)
    """
    if said[0] != "sym" or gold[0] != "sym" or said == gold or "_" not in said[1] or "_" not in gold[1]:
        return False
    (base, sub), (gold_base, gold_sub) = said[1].split("_", 1), gold[1].split("_", 1)
    return base == gold_base and sub != gold_sub and any(sub in kind and gold_sub in kind for kind in _CONTRASTED_SUBSCRIPTS)


def _asked_label(ref: Reference):
    """What the gold gives a value for: its label (``T_1`` of ``T_1 = 2 m g``), or a general equation's left side."""
    return ref.tree[1] if ref.kind == "equation" else ref.label


def _grade_tree(tree, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    if ref.kind == "tuple":
        return _grade_tuple(tree, ref, opts, deadline)
    if tree[0] == "eq" and len(tree[3]) == 2 and ref.label is not None and ref.kind != "quantity" \
            and _another_derivative(tree[1], ref.label):
        # "\dot{x} = -\omega^2 x" for "\ddot{x} = -\omega^2 x": another quantity, whatever its value (a value in
        # units says which it is: "Q = 5 W" for "\dot{Q} = 5 W" is the heat current, loosely named)
        return Verdict.make(Status.WRONG_VALUE, "the answer gives another time derivative than the reference's")
    if tree[0] == "eq" and len(tree[3]) == 2 and ref.label is not None and tree[2] != ref.label \
            and _contrasting_labels(tree[1], ref.label):  # (not "I_2 = I_1" for "I_1 = I_2": its sides swapped)
        # "v_2 = 3 m/s" for "v_1 = 3 m/s", "x_{min}" for "x_{max}", "E_p" for "E_k": the other one of a pair of
        # quantities the question tells apart by their subscripts
        return Verdict.make(Status.WRONG_VALUE, "the answer names another quantity of the same symbol than the reference's")
    if tree[0] == "eq" and len(tree[3]) == 2 and ref.label is not None:
        if tree[2] == ref.label:
            tree = as_definition(ref.label, tree[1])  # "... = F(r)": the gold's definition swapped
        solved = _solved_for(ref.label, tree[1], tree[2], roots=ref.kind != "quantity")
        if solved is None and tree[1] != ref.label:  # "\frac1u + \frac1v = \frac1f" (not "V = 375 V": a unit V)
            solved = _solved_for(ref.label, tree[2], tree[1], roots=ref.kind != "quantity")
        if solved is not None:  # "v^2 = 2gh", "2x = 10 m" for "v = ...", "x = ...": the label's own value
            tree = as_definition(ref.label, solved)
        elif ref.kind == "symbolic" and is_symbol(tree[1]) and not is_symbol(ref.label):
            # "\omega = \frac{E_2 - E_1}{\hbar}" for "\hbar\omega = E_2 - E_1": a gold that names no one quantity,
            # solved for the one the answer gives (not "\omega = E/\hbar" for "E = \hbar\omega", which asks for E)
            swapped = _solved_for(tree[1], ref.tree, ref.label, roots=True) \
                or _solved_for(tree[1], ref.label, ref.tree, roots=True)  # ("\hbar\omega = E_2 - E_1" likewise)
            if swapped is not None:
                return _grade_symbolic(swapped, tree[2], opts, deadline)
            if tree[1][1] in symbol_names(ref.label) | symbol_names(ref.tree) and not _applied(ref.label, tree[1]):
                # "a = g\sin\theta" for "m a = m g \sin\theta", "V = nRT/P" for "PV = nRT": the gold's equation solved
                # for one of its symbols (not "a = m g\sin\theta", whose right side alone is the gold's)
                return _grade_equation(tree, as_definition(ref.label, ref.tree), opts, deadline)
    if tree[0] == "tuple" and ref.tree[0] != "tuple":
        along = as_components(strip_definition(ref.tree), size=len(tree[1])) if ref.kind == "symbolic" else None
        if along is not None:  # "(-kx, 0, 0)" for "-kx \hat{x}": the gold's vector along one axis, as components
            return _grade_symbolic(along, tree, opts, deadline)
        named = item_named(tree, _asked_label(ref)) or _derivation_end(tree)
        if named is None:
            return Verdict.make(Status.WRONG_TYPE, f"{len(tree[1])} values given where one was expected")
        tree = named  # "E_x = ..., B_x = 0" for "E_x = ...": the quantity asked for, among others
    if ref.label is not None and strip_definition(tree) == ref.label and ref.tree != ref.label:
        return Verdict.make(Status.WRONG_VALUE, "names the quantity asked for, with no value")  # "c", "c = c"
    if ref.kind == "equation":
        return _grade_equation(tree, ref.tree, opts, deadline)
    if ref.kind == "quantity":
        return _grade_quantity(tree, ref, opts, deadline)
    answer = strip_definition(tree)
    if answer is not tree and len(tree[3]) == 2 and _circular(tree, ref):
        return Verdict.make(Status.WRONG_VALUE, "the answer defines a quantity in terms of itself")  # "h = \sqrt{2gh}"
    if answer is not tree and _rearranged(tree, ref, opts):  # "g T^2 = 4\pi^2 L" for "T = 2\pi\sqrt{L/g}" (g T^2
        return Verdict.make(Status.CORRECT, "the answer's equation holds for the reference's value")  # reads as g(T^2))
    if answer[0] == "eq" and len(answer[3]) == 2 and _is_abbreviation(answer[1]) and ref.label is None:
        answer = answer[2]  # "KE = \frac12 mv^2", "EMF = ...": a quantity named by its initials
    if tree[0] == "eq" and tree[4] < len(tree[3]) and not is_label(tree[3][tree[4] - 1]):
        # "(E_1 =) \frac{\sqrt{3}}{8} M c^2 \approx 0.22 M c^2": the exact side answers; its roundings must agree
        exact = tree[3][tree[4] - 1]
        agree = [compare_symbolic(*physical_reading(exact, rounded), opts.symbolic_rel_tol, deadline,
                                  digits_tol=_ROUNDING) if symbol_names(rounded) == symbol_names(exact) else None
                 for rounded in tree[3][tree[4]:]]  # (to their figures)
        if False in agree:
            return Verdict.make(Status.WRONG_VALUE, "the answer's approximation is not its value")
        if None not in agree or answer is not tree:  # a rounding in other symbols ("\approx 4.4 m/s", the
            answer = exact  # question's data put in) is not checked: after a label only, as before
    if answer[0] == "eq" and len(answer[3]) == 2 and ref.label is not None:
        # "\lambda' - \lambda = \frac{h}{mc}(1 - \cos\theta)" for "\lambda' = \lambda + ...": the
        # gold's definition rearranged is the same equation
        return _grade_equation(answer, as_definition(ref.label, ref.tree), opts, deadline)
    constant = constant_quantity(ref.tree)
    if constant is not None and constant_quantity(answer) is None:  # "3.0e8 m/s" for "c": its value
        quantity = to_quantity(answer)
        verdict = compare_quantities(constant, quantity, opts) if quantity and quantity.unit else None
        if verdict is not None and verdict.correct:
            return verdict
    verdict = _grade_symbolic(ref.tree, answer, opts, deadline)
    return _or_its_symbol(verdict, ref.label, ref.tree, answer, opts, deadline) if answer is tree else verdict


_DERIVATIVE_ACCENTS = (("dddot(", 3), ("ddot(", 2), ("dot(", 1))


def _derivative(label) -> tuple[str, int] | None:
    """A symbol's name without its dots, and how many (``\\ddot{x}``: x, 2); None for no symbol."""
    if label[0] not in ("sym", "name"):
        return None
    name = label[1]
    for accent, order in _DERIVATIVE_ACCENTS:
        if name.startswith(accent) and name.endswith(")"):
            return name[len(accent):-1], order
    return name, 0


def _another_derivative(label, gold_label) -> bool:
    """Do two labels name one symbol's different time derivatives (``\\dot{x}``, ``\\ddot{x}``, ``x``)?"""
    said, gold = _derivative(label), _derivative(gold_label)
    return said is not None and gold is not None and said[0] == gold[0] and said[1] != gold[1]


def _or_its_symbol(verdict: Verdict, label, value, answer, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """``verdict`` on a bare answer to a gold ``label = value``, or where it is wrong and the label is a power or
    reciprocal of one symbol, the verdict on the answer as that symbol's value: ``2\\pi\\sqrt{a^3/GM}`` for ``T^2
    = \\frac{4\\pi^2 a^3}{GM}``, ``\\frac{uv}{u+v}`` for ``\\frac1f = \\frac1u + \\frac1v`` (a principal root:
    not ``-2\\pi\\sqrt{a^3/GM}``)."""
    own = _label_solved(label, value) if not verdict.correct else None
    if own is not None:
        by_symbol = _grade_symbolic(own, answer, opts, deadline)
        if by_symbol.correct:
            return by_symbol
    return verdict


_ARGUMENTS = frozenset("t x y z r s k n p q T E theta phi omega rho lambda nu".split())  # a function's usual variable


def _applied(label, name) -> bool:
    """Is the gold's label a function whose name the answer writes alone (``B(t)``, ``B(r, t)``, ``P(\\rho)`` for
    ``B``, ``P``): the same quantity, not a product ``PV`` of which ``P`` is one factor?"""
    return label[0] == "mul" and label[1][0] == name and all(
        factor[0] == "tuple" or (factor[0] in ("name", "sym") and factor[1] in _ARGUMENTS) for factor in label[1][1:])


def _label_solved(label, value):
    """The value of the one symbol in a gold's label that is a power or reciprocal of it (``T^2 = ...``,
    ``\\frac{1}{f} = ...``), for a bare answer that gives the symbol itself (its principal root); None for
    any other label."""
    if label is None or label[0] not in ("pow", "inv", "mul"):
        return None
    symbols = {node for node in _nodes(label) if node[0] in ("name", "sym")}
    return _solved_for(symbols.pop(), label, value, roots=True) if len(symbols) == 1 else None


def _nodes(node):
    """``node`` and every node inside it."""
    yield node
    for child in children(node):
        yield from _nodes(child)


def _is_abbreviation(node) -> bool:
    """A name of two to four capitals (``KE``, ``PE``, ``EMF``): a quantity's initials on an equation's left."""
    return node[0] == "name" and 2 <= len(node[1]) <= 4 and node[1].isupper()


def _derivation_end(tree):
    """``F = ma, F = 5 N``, ``v^2 = 2gh, v = 9.9 m/s`` (an alignment's lines): working towards one quantity in
    symbols, then its value: that last line; None for anything else (``x = 3, x = 4``, ``F = 12 N, F = 5 N``:
    two values)."""
    items, last = tree[1], tree[1][-1]
    if not all(item[0] == "eq" and len(item[3]) == 2 for item in items) or not is_symbol(last[1]):
        return None
    value, name = to_quantity(last[2]), symbol_names(last[1])
    if value is None:
        return None
    for item in items[:-1]:
        step = to_quantity(item[2])
        in_symbols = step is None or (step.unit is not None and step.symbol_like and (
            value.unit is None or step.unit.dimensionality != value.unit.dimensionality))
        if not (in_symbols and name <= symbol_names(item[1])):
            return None
    return last


def _grade_symbolic(ref_tree, tree, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """Equivalent expressions; a rounded decimal either side writes (``0.693/\\lambda`` for ``\\ln 2/\\lambda``)
    is good to its digits and to the numeric tolerance, as a number would be."""
    ref_tree, tree = physical_reading(ref_tree, tree)
    rounded = has_decimals(tree) or has_decimals(ref_tree)
    same = compare_symbolic(ref_tree, tree, opts.symbolic_rel_tol, deadline,
                            digits_tol=opts.rel_tol if rounded else None)
    if same is None and not symbol_names(ref_tree) and not symbol_names(tree):  # floats decided nothing
        verdict = beyond_floats(ref_tree, tree, opts)
        if verdict is not None:
            return verdict
    return _symbolic_verdict(same, ref_tree, tree, deadline)


def _grade_equation(tree, ref_eq, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    """A general equation ``S_D - S_A = k ln 2``: the side opposite the one that names a quantity answers
    it, as does an equation with the same left side (in either order) and an equal right side, or any
    equation equivalent to it. A condition (``a + 3z = 0``) is answered by an equation only."""
    if tree[0] != "eq":
        for named, value in ((ref_eq[1], ref_eq[2]), (ref_eq[2], ref_eq[1])):
            if names_quantity(named):
                return _or_its_symbol(_grade_symbolic(value, tree, opts, deadline), named, value, tree, opts, deadline)
        return Verdict.make(Status.WRONG_TYPE, "an equation was expected (the reference is a condition)")
    if is_zero(ref_eq[2]) and ref_eq[1][0] == tree[1][0] == "tuple" and len(ref_eq[1][1]) == 2 \
            and tree[1][1] == ref_eq[1][1][::-1]:  # "[L_z, H] = 0" for "[H, L_z] = 0": vanishing either way round
        tree = as_definition(ref_eq[1], tree[2])
    if len(tree[3]) == 2 and is_symbol(tree[1]):  # "\omega = \frac{E_2 - E_1}{\hbar}" for "\hbar\omega = E_2 - E_1"
        for named, value in ((ref_eq[1], ref_eq[2]), (ref_eq[2], ref_eq[1])):
            solved = _solved_for(tree[1], named, value, roots=True)
            if solved is not None:
                return _grade_symbolic(solved, tree[2], opts, deadline)
    ref_eq, tree = physical_reading(ref_eq, tree)
    for side, other in ((tree[1], tree[2]), (tree[2], tree[1])):
        if compare_symbolic(ref_eq[1], side, opts.symbolic_rel_tol, deadline):
            return _grade_symbolic(ref_eq[2], other, opts, deadline)
    same = proportional(ref_eq, tree, opts.symbolic_rel_tol)
    if not same and len(tree[3]) == 2 and is_symbol(tree[1]) \
            and satisfies(ref_eq, tree[1], tree[2], opts.symbolic_rel_tol):
        # "v = \\sqrt{2eV/m}" for "eV = \\frac12 mv^2": the gold solved for one of its symbols
        return Verdict.make(Status.CORRECT, "the answer solves the reference's equation")
    if not same and len(tree[3]) == 2 and is_symbol(ref_eq[1]) and _pins(tree, ref_eq[1], ref_eq[2], opts):
        # "g T^2 = 4\\pi^2 L" for "T = 2\\pi\\sqrt{L/g}": the gold's definition rearranged, powers and all
        return Verdict.make(Status.CORRECT, "the answer's equation holds for the reference's value")
    return _symbolic_verdict(same, ref_eq, tree, deadline)


_OTHER_FACTOR = ("num", 1.37, "1.37")


def _circular(tree, ref: Reference) -> bool:
    """Does the answer ``label = value`` write its label into its value (``h = \\sqrt{2gh}`` for ``v = \\sqrt{2gh}``),
    where the gold does not (``x = 2\\cos x``, an equation to solve, is answered by itself)?"""
    label, value = definition(tree)
    return is_symbol(label) and label != ref.label and _occurrences(value, label[1]) > 0


def _rearranged(tree, ref: Reference, opts: VerifyOptions) -> bool:
    """Is the answer ``label side = value`` an equation the gold's definition rearranged into, its label inside
    another's (``g T^2 = 4\\pi^2 L``)? Not where the gold's label heads a function-like side taken at a symbol:
    ``x(t) = v t^2`` is no rearrangement of ``x = v t``."""
    found = definition(tree)
    if ref.label is None or not is_symbol(ref.label) or found is None or len(tree[3]) != 2:
        return False
    named = found[0]
    if named == ref.label or (named[0] == "mul" and named[1][0] == ref.label
                              and (is_symbol(named[1][1]) or named[1][1][0] == "tuple")):
        return False  # (but "F r^2 = G M m": no function is taken at a power)
    return _pins(tree, ref.label, ref.tree, opts)


def _pins(equation, label, value, opts: VerifyOptions) -> bool:
    """Does ``equation`` hold where ``label`` has the gold's ``value``, and not where it has another (so the
    equation is no identity, ``T = T``)? The label must occur once: ``(T - a)(T - b) = 0`` offers two values; and
    the equation must define no one other symbol.

    >>> from verifiers.parser import parse
    >>> _pins(parse("g T^2 = 4\\pi^2 L"), ("name", "T"), parse("2\\pi\\sqrt{L/g}"), _DEFAULTS)
    True
    """
    left, right = equation[1], equation[2]
    if _occurrences(equation, label[1]) != 1 or not any(_as_factor(side, label) for side in (left, right)) \
            or _names_another(left, label) or (_names_another(right, label, constant=False) and not is_label(left)):
        return False  # ("t = d/v" for "v = d/t", "t^2 = d^2/v^2", "\\frac{1}{g} = ...": another quantity given)
    equation = _terms_apart(equation)
    return satisfies(equation, label, value, opts.symbolic_rel_tol) is True \
        and satisfies(equation, label, ("mul", (_OTHER_FACTOR, value)), opts.symbolic_rel_tol) is False


def _names_another(side, label, constant: bool = True) -> bool:
    """Does ``side`` name a quantity other than the gold's ``label``: another symbol, alone or to a power, its root
    or reciprocal (``t``, ``t^2``, ``\\frac{1}{g}``, ``\\sqrt{L}``)? ``constant``: \\hbar too (which a right side
    may be: ``E/\\omega = \\hbar``, not a left: ``\\hbar = E/\\omega`` gives it)."""
    if side[0] == "mul" and len(side[1]) == 2 and side[1][0] == _ONE:  # "\\frac{1}{g}"
        side = side[1][1]
    if side[0] == "inv" or (side[0] == "func" and side[1] == "sqrt"):
        side = side[-1]
    if side[0] == "pow" and side[2][0] in ("num", "neg"):
        side = side[1]
    return (constant or side != _HBAR_SYMBOL) and is_symbol(side) and side != label


def _as_factor(side, label) -> bool:
    """Is ``label`` in ``side`` a factor of a term, to a numeric power (``g T^2``, ``\\frac12 m v^2 + U``): the side
    then has one positive value of it? Not inside a bracket summed or a function (``(T - a)^2``, ``\\cos(T\\omega)``),
    which may have several."""
    if side == label:
        return True
    if side[0] == "add":
        return any(_as_factor(term, label) for term in side[1])
    return _in_product(side, label)


def _in_product(node, label) -> bool:
    if node == label:
        return True
    if node[0] == "mul":
        return any(_in_product(factor, label) for factor in node[1])
    if node[0] in ("neg", "inv"):
        return _in_product(node[1], label)
    if node[0] == "pow":
        return node[2][0] == "num" and _in_product(node[1], label)
    if node[0] == "func" and node[1] in ("sqrt", "ln", "log", "exp"):  # (one-to-one: one value still)
        return _in_product(node[2], label)
    return False


def _terms_apart(equation):
    """``g T^2 - 4\\pi^2 L = 0`` as ``g T^2 = 4\\pi^2 L``: a sum equal to zero with its negative terms moved across
    (a zero side has no scale to hold a difference against)."""
    for side, other in ((equation[1], equation[2]), (equation[2], equation[1])):
        if other == _ZERO and side[0] == "add":
            plus = tuple(term for term in side[1] if term[0] != "neg")
            minus = tuple(term[1] for term in side[1] if term[0] == "neg")
            if plus and minus:
                return as_definition(_summed(plus), _summed(minus))
    return equation


def _summed(terms: tuple):
    return terms[0] if len(terms) == 1 else ("add", terms)


def _occurrences(node, name: str) -> int:
    """How often the symbol ``name`` occurs in ``node`` (each letter of a run like ``mv`` one symbol)."""
    if node[0] == "name":
        return node[1].count(name) if len(name) == 1 else 0
    if node[0] == "sym":
        return int(node[1] == name)
    return sum(_occurrences(child, name) for child in children(node))


def _grade_quantity(tree, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    answer = _value_side(tree)
    quantity = to_quantity(answer)
    if ref.unread_unit is not None and quantity is not None and quantity.unit is not None:
        return Verdict.make(Status.UNPARSEABLE_REFERENCE, f"the reference's unit {ref.unread_unit!r} cannot be read, "
                            "so an answer with a unit cannot be judged (give the unit as pint writes it)")
    if quantity is None and (ref.quantity.unit is not None or ref.quantity.value == 0):
        # "0.8 c", "1.5 \mu_B": units a unit column writes; "c", "\frac{h}{2\pi}": constants' values ("0 \hbar^2"
        # for a gold 0: zero in any unit)
        quantity = to_quantity(column_units(answer)) or constant_quantity(answer) or _in_usual_case(answer, ref)
    if quantity is None and ref.scale is not None:
        quantity = to_quantity(_without_factor(answer, ref.scale))  # "0.375 m_0" for 0.375 in units of m_0
    claimed = _claimed(tree) if tree[0] == "eq" else None
    if quantity is not None and claimed is not None and not _consistent(claimed, quantity, opts):
        return Verdict.make(Status.WRONG_VALUE, "the answer's equation is false (its sides differ)")
    verdict = None
    formula = (ref.quantity.symbol_like and ref.quantity.mantissa is None and not leads_with_power_of_ten(ref.tree)) \
        or _letters_as_symbols(ref)
    if quantity is not None and formula and quantity.unit is None:
        # "\frac{3l}{5}", "2\sqrt{2} m", "\frac{L}{1000}": a formula times lone letters is in symbols (a
        # length l, a mass m), not 0.6 litres; the bare number that leaves the letters out is no answer
        verdict = Verdict.make(Status.WRONG_VALUE, "a bare number where the reference is a formula in symbols")
    elif quantity is not None:
        gold = ref.quantity
        if _is_difference(ref.label) or (tree[0] == "eq" and _is_difference(tree[1])):
            gold, quantity = as_difference(gold), as_difference(quantity)  # "\Delta T = 10 °C" is 10 K
        verdict = compare_quantities(gold, quantity, opts)
        if verdict.status is Status.DIMENSION_MISMATCH:
            recased = _in_usual_case(answer, ref)  # "5 KJ" for 5 kJ: kilo, not kelvin joules
            verdict = _in_gravities(answer, quantity, ref, opts) or _in_pounds_force(gold, quantity, opts) \
                or (compare_quantities(gold, recased, opts) if recased else verdict)
        if not verdict.correct and tree[0] == "eq" and tree[4] < len(tree[3]):
            verdict = _rounded_value(tree[3][-1], quantity, ref, opts) or verdict
        other_letters = verdict.correct and ref.quantity.symbol_like and quantity.symbol_like \
            and _other_case(_letters(answer), _letters(ref.tree))  # "\frac{1}{C l}" for "\frac{1}{LC}": a litre
        # either way as units, two symbols as letters
        if other_letters:
            verdict = Verdict.make(Status.WRONG_VALUE, "other letters than the reference's, which are symbols here")
        elif verdict.correct or not (ref.quantity.symbol_like or (verdict.status is Status.DIMENSION_MISMATCH
                                                                   and _units_in_letters(ref))) \
                or _same_dimension(gold, quantity):
            return verdict  # ("10.0 m/s" for "9.9 m/s" was judged as a number in units: read as symbols, m and s,
            # the rounding of 9.9 had let it pass, and any tolerance or significant figures asked for had gone)
    if (ref.quantity.symbol_like or _units_in_letters(ref)) and not (verdict is not None and ref.quantity.value == 0):
        # "\frac{3}{2} m g": letters that are units but may be symbols (not after a zero read in units: as
        # symbols "0 m" would equal "0 J"); graded as a formula gold is, label and all ("v = \sqrt{2gh}" for
        # "v^2 = 2gh")
        if _grade_tree(tree, replace(ref, kind="symbolic", quantity=None), opts, deadline).correct:
            return Verdict.make(Status.CORRECT, "expressions are equivalent (read as symbols)")
    if verdict is not None:
        return verdict
    symbols = symbol_names(answer)
    if symbols == {"e"} and ref.quantity.unit is None and not _multiplies_e(answer):
        # "\\frac{1}{e}", "1 - 1/e" for 0.368, 0.632: e by numbers is Euler's ("\\frac{2}{3}e", a quark's charge, is no 1.81)
        euler = to_quantity(column_units(answer, _EULER_NUMBER))
        if euler is not None:
            return compare_quantities(ref.quantity, euler, opts)
    if ref.quantity.unit is None and symbols:
        # "\frac{x}{2x}", "2 + \sin^2 x + \cos^2 x - 1": symbols that cancel, exactly (not "5 + 0.01 x")
        # ("\frac{1}{2}\hat{x}": a direction the gold does not ask for)
        if compare_symbolic(*physical_reading(ref.tree, strip_definition(answer)), opts.symbolic_rel_tol, deadline,
                            wide=True):
            return Verdict.make(Status.CORRECT, "expressions are equivalent (the symbols cancel)")
    elif ref.quantity.unit is None:  # "\frac{10^{400}}{10^{400}}": a number past a float's range
        return _grade_symbolic(ref.tree, strip_definition(tree), opts, deadline)
    if symbols:
        return Verdict.make(Status.WRONG_VALUE, "an expression in symbols where a number was expected")
    return Verdict.make(Status.UNPARSEABLE_RESPONSE, "not a number")


_COMMAND_RE = re.compile(r"\\[A-Za-z]+")
_UPRIGHT_RE = re.compile(r"\\(?:text|mathrm|rm|textrm|operatorname)\b")


def _letters_as_symbols(ref: Reference) -> bool:
    """Is a gold a number times letters a physicist means as symbols (``T = 2mg``, ``2 m g``, ``E = 5 kT``), which a
    bare number leaves out? Not letters set upright as a unit (``2 \\text{ mg}``), nor a unit's quotient (``5 mg/L``)."""
    if ref.tree is None or _UPRIGHT_RE.search(ref.text):
        return False
    value = strip_definition(ref.tree)
    factors = value[1] if value[0] == "mul" else (value,)
    return all(factor[0] in ("num", "name") for factor in factors) and spells_symbol_product(value)


def _letters(node) -> list[str]:
    """The letters of a tree's names, in order of the alphabet, case kept (``LC`` and ``C L``: C, L)."""
    return sorted("".join(symbol_names(node)))


def _other_case(letters: list[str], gold_letters: list[str]) -> bool:
    """Are two runs of two or more letters the same but for case (``Cl``, ``CL``), which as units may be one unit
    (a litre) and as symbols are others?"""
    return len(set(gold_letters)) > 1 and letters != gold_letters \
        and sorted(map(str.lower, letters)) == sorted(map(str.lower, gold_letters))


def _multiplies_e(node) -> bool:
    """Does ``e`` stand as a factor of a product outside any reciprocal (``\\frac{2}{3}e``, ``3e``: a multiple of the
    charge), rather than below a fraction bar or alone (``\\frac{1}{e}``, ``1 - \\frac{1}{e}``, ``e``)?"""
    if node[0] == "inv":
        return False
    if node[0] == "mul" and (_E_NAME in node[1] or ("neg", _E_NAME) in node[1]):
        return True
    return any(_multiplies_e(child) for child in children(node))


_E_NAME = ("name", "e")


def _same_dimension(gold: Quantity, quantity: Quantity) -> bool:
    """Do both values carry units, of one dimension (so the comparison in units was the one to make)?"""
    return gold.unit is not None and quantity.unit is not None \
        and gold.unit.dimensionality == quantity.unit.dimensionality


def _in_pounds_force(gold: Quantity, quantity: Quantity, opts: VerifyOptions) -> Verdict | None:
    """``lb`` as the pound-force where the pound of mass gives either side another dimension (``1600 lb`` for
    ``7117 N``, ``1.48 lb ft`` for ``2.007 J``), as engineering texts write it; None where neither side is so
    read, or the reading is wrong too."""
    for reference, answer in ((_pounds_force(gold), quantity), (gold, _pounds_force(quantity))):
        if reference is not None and answer is not None:
            verdict = compare_quantities(reference, answer, opts)
            if verdict.correct:
                return verdict
    return None


def _pounds_force(quantity: Quantity) -> Quantity | None:
    """The quantity with its pounds read as pounds-force; None where it has no pound."""
    if quantity.unit is None or all(name != "pound" for name, _ in quantity.unit.factors):
        return None
    return replace(quantity, unit=unit_info(tuple(("force_pound" if name == "pound" else name, exp)
                                                  for name, exp in quantity.unit.factors)))


def _is_difference(label) -> bool:
    """Does a label name a change (``\\Delta T``, ``\\Delta\\theta``), whose temperature is a difference?"""
    return label is not None and label[0] == "mul" and label[1][0] == ("sym", "Delta")


def _units_in_letters(ref: Reference) -> bool:
    """May the gold's units be symbols after all, where the answer is no quantity of its dimension (``T = 2mg``,
    twice m times g rather than two milligrams, against ``2 m g``; ``N = 2Mg`` against ``2 M g``; ``2 ms`` stays
    milliseconds)?"""
    return ref.tree is not None and spells_symbol_product(strip_definition(ref.tree))


_EULER_NUMBER = {_E_NAME: ("func", "exp", ("num", 1.0, "1"))}
_ACCELERATION = "[length]^1 * [time]^-2"
_ANGLE = "[angle]^1"
_GRAVITIES = {("name", "g"): ("unit", "standard_gravity")}


def _in_gravities(answer, quantity: Quantity, ref: Reference, opts: VerifyOptions) -> Verdict | None:
    """``3 g`` for an acceleration is three standard gravities, not three grams (and a gold ``2 g`` that an
    acceleration answers likewise); None where neither side is so read."""
    if ref.quantity.unit is None or quantity.unit is None \
            or _ACCELERATION not in (ref.quantity.unit.dimensionality, quantity.unit.dimensionality):
        return None
    quantity = to_quantity(column_units(answer, _GRAVITIES))
    gold = to_quantity(column_units(ref.tree, _GRAVITIES)) if ref.tree is not None else None
    if quantity is None or gold is None:
        return None
    verdict = compare_quantities(gold, quantity, opts)
    return verdict if verdict.correct else None


class _UsualCase:
    """A :func:`column_units` table that reads each letter run as the unit it names in its usual case
    (:func:`verifiers.units.usual_case`, ``capitals`` as there)."""

    def __init__(self, capitals: bool):
        self.capitals = capitals

    def __contains__(self, node) -> bool:
        return node[0] == "name" and usual_case(node[1], self.capitals) is not None

    def __getitem__(self, node):
        return ("unit", usual_case(node[1], self.capitals))


def _in_usual_case(answer, ref: Reference) -> Quantity | None:
    """``5 KJ``, ``6.6 Mev``, ``10 khz``: the answer with its units read in the case they are usually written
    (:func:`verifiers.units.usual_case`), where so read it has the gold's dimension; None otherwise (``5 KJ``
    for a gold in J K stays kelvin joules)."""
    names = [node[1] for node in _nodes(answer) if node[0] == "name"]
    capitals = all(name.isupper() for name in names) and sum(map(len, names)) >= 2  # ("12 M": mega or molar)
    unit = ref.quantity.unit
    for table in (_UsualCase(False), _UsualCase(True)) if capitals else (_UsualCase(False),):
        recased = column_units(answer, table)  # ("KM/S" is km/s, where "KN" is kN: the gold's dimension tells)
        quantity = to_quantity(recased) if recased != answer else None
        if quantity is not None and quantity.unit is not None and unit is not None \
                and quantity.unit.dimensionality == unit.dimensionality:
            return quantity
    return None


def _without_factor(tree, factor):
    """``tree`` with one factor ``factor`` taken out of its product (``-0.167 m_0`` -> ``-0.167``)."""
    if tree == factor:
        return ("num", 1.0, "1")
    if tree[0] == "neg":
        return ("neg", _without_factor(tree[1], factor))
    if tree[0] == "mul" and factor in tree[1]:
        rest = list(tree[1])
        rest.remove(factor)
        return rest[0] if len(rest) == 1 else ("mul", tuple(rest))
    return tree


def _value_side(tree):
    """The side of an answer that is its value. ``v = 5 m/s``, ``a = F/m = 12/3 = 4 m/s^2``: the last side
    (a chain that starts with a name is working that ends in the value); ``x = 1/3 \\approx 0.3``: the
    exact side, unless only the approximation is a number or has the unit (``v = \\sqrt{2gh} \\approx 4.4
    m/s``); ``12 = 7``, a claim of equality, is checked side by side by the caller."""
    if tree[0] != "eq":
        return tree
    if not is_label(tree[1]):
        if len(tree[3]) == 2 and is_symbol(tree[2]):  # "10.32 MeV = T": a definition written the other way
            return tree[1]
        return tree[3][tree[4] - 1]
    exact, last = exact_value(tree), tree[3][-1]
    if exact is last:
        return last
    exact_q, last_q = to_quantity(exact), to_quantity(last)
    if exact_q is None or (exact_q.unit is None and last_q is not None and last_q.unit is not None):
        return last
    return exact


def _rounded_value(last, quantity: Quantity, ref: Reference, opts: VerifyOptions) -> Verdict | None:
    """``v = 16.67 m/s \\approx 17 m/s`` for a gold 17 m/s: the value after the last ``\\approx``, where it
    rounds the answer's value to the digits it writes, two figures at least (``16.67 \\approx 20`` is no
    answer to 20, ``1.9 \\approx 2`` none to 2), answers a gold written to those digits."""
    rounded = to_quantity(last)
    half_unit = sig_fig_half_ulp(rounded) if rounded is not None else None
    if half_unit is None or half_unit > _ROUNDING * abs(rounded.value) \
            or not compare_quantities(rounded, quantity, replace(opts, sig_figs=True)).correct:
        return None
    verdict = compare_quantities(ref.quantity, rounded, opts)
    return verdict if verdict.correct else None


def _claimed(equation):
    """The sides of an answer's equation that each claim its value: all of them where it starts with no
    name (``12/3 = 4``); after the name, where every side is a value as written, with no working
    (``x = 6 = 5``, ``v = 6 m/s = 5 m/s``, a contradiction); none where any side works it out (``x = 5+5+1
    = 7 = 11``: working, wrong steps and all, that ends in the value)."""
    if not is_label(equation[1]):
        return equation
    values = equation[3][1:]
    if len(values) < 2 or not all(_written_value(side) for side in values):
        return None
    return ("eq", values[0], values[-1], values, 0)  # each may round another: "t = 2.03 \\approx 2 s"


def _written_value(node) -> bool:
    """A number as written, with its unit (``5``, ``-1.2e-3 kg``, ``3.0 \\times 10^8 m/s^2``): a quantity whose
    coefficient is one literal (its mantissa), no working."""
    quantity = to_quantity(node)
    return quantity is not None and quantity.mantissa is not None


def _consistent(equation, answer: Quantity, opts: VerifyOptions) -> bool:
    """Every numeric side of an ``equation``'s claimed sides (see :func:`_claimed`) agrees with the ``answer`` it
    gives: an exact side within tolerance (``12/3 = 4 m/s^2``; ``12 = 7`` is no answer), a side after an
    ``\\approx`` to the digits it or the value writes (``1/3 \\approx 0.33``, ``t = 2.03 \\approx 2 s``; not ``5
    \\approx 6``)."""
    sides, exact = equation[3], equation[4]
    rounded = replace(opts, sig_figs=True)
    for index, side in enumerate(sides):
        quantity = to_quantity(side)
        if quantity is None or quantity == answer or _agree(answer, quantity, opts):
            continue
        if index < exact or not _agree(answer, quantity, rounded):
            return False
    return True


def _agree(a: Quantity, b: Quantity, opts: VerifyOptions) -> bool:
    """Is either value within tolerance of the other (each compared as the reference once)?"""
    return compare_quantities(a, b, opts).correct or compare_quantities(b, a, opts).correct


def _symbolic_verdict(same, ref_tree, tree, deadline: Deadline) -> Verdict:
    if same is None:  # random points could not decide: ask sympy, in a killable worker
        same = sandbox.sympy_equal(ref_tree, tree, deadline)
    if same:
        return Verdict.make(Status.CORRECT, "expressions are equivalent")
    if same is None:
        return Verdict.make(Status.WRONG_VALUE, "equivalence could not be established")
    extra = symbol_names(tree) - symbol_names(ref_tree)
    hint = f" (symbols not in the reference: {', '.join(sorted(extra))})" if extra else ""
    return Verdict.make(Status.WRONG_VALUE, "expressions differ" + hint)


_APPROXIMATELY = ("\\approx", "about", "roughly", "approx", "\\sim")  # ("approx" opens "approximately" too)


def _restated(plain: str, opts: VerifyOptions):
    """``T = 300 K (27 °C)``: a value restated in other units in brackets after it is the value (the text
    before the brackets), as is one rounded (``24.5 N (\\approx 25 N)``: within 25's last figure); restated as
    another value, a hedge. Anything else is returned as it is."""
    parts = restatement(plain)
    if parts is None:
        return plain  # "J/(mol K)": a unit's brackets, no value in them
    if _UNIT_SAID_RE.match(parts[1]):
        return plain  # "1.12 (Unit: 10^4 m/s)": the unit asked for, read with the value (answer_text)
    doubted = _DOUBTING_RE.search(parts[1])
    if (_REASON_RE.match(parts[1]) or _GIVEN_IN_BRACKETS_RE.fullmatch(parts[1])) and not doubted:
        return parts[0]  # "3 (since 2.5 rounds to 3)": a reason; "4.9 m/s^2 (using g = 9.8 m/s^2)": a given
    named = _NAMED_OTHER_RE.match(parts[1]) if not doubted else None
    before, inside = parts[0], parts[1][named.end() - 1:] if named else _RESTATING_RE.sub("", parts[1])
    trees = [parse_answer(text, want_quantity=True, single=True) for text in (before, inside)]
    if None in trees:
        return plain
    main, other = (to_quantity(_value_side(tree)) for tree in trees)
    if named and main is not None and other is not None and main.unit is not None and other.unit is not None \
            and main.unit.dimensionality != other.unit.dimensionality:
        return before  # "0.9 Hz (period 1.1 s)": another quantity, named, of another dimension (not "(tension 15 N)")
    if main is not None and other is not None and main.unit is None and other.unit is None:
        return before if _agree(main, other, opts) else plain  # "0.1 (10^{-1})": restated; "2 (3)" a product
    if main is None or other is None or main.unit is None or other.unit is None \
            or main.unit.dimensionality != other.unit.dimensionality:
        return plain
    rounded = parts[1].lstrip().startswith(_APPROXIMATELY)  # "24.5 N (\approx 25 N)": to 25's figures
    if _agree(main, other, opts) or (rounded and compare_quantities(other, main, replace(opts, sig_figs=True)).correct):
        return before
    return Verdict.make(Status.HEDGED, "two different values: one restated in brackets as another")


def _as_column(plain: str):
    """A matrix of one column or one row as the tuple of its entries; None for anything else."""
    matrix = read_structure(plain)
    row = as_matrix_row(matrix) if matrix is not None and matrix[0] == "matrix" else None
    return ("tuple", row[1][0]) if row is not None and len(row[1]) == 1 else None


def _grade_tuple(tree, ref: Reference, opts: VerifyOptions, deadline: Deadline) -> Verdict:
    if tree[0] == "eq" and strip_definition(tree)[0] == "tuple":  # "(p, q) = (3, 2)": p = 3, q = 2
        tree = _paired(tree) or strip_definition(tree)
    if tree[0] != "tuple":  # "3\hat{i} + 4\hat{j}" for "(3, 4)": a vector's components
        vector = strip_definition(tree)
        if "hat" in ref.text or "mathbf" in ref.text:  # "3i + 4j" for a gold along unit vectors: i, j, k are they
            vector = column_units(vector, BARE_UNIT_VECTORS)
        tree = as_components(vector, len(ref.parts)) or tree
    items = tree[1] if tree[0] == "tuple" else (tree,)
    if ref.unordered and len(items) > len(ref.parts):  # a solution listed twice is one solution
        items = tuple({repr(item): item for item in items}.values())
    if len(items) != len(ref.parts):
        return Verdict.make(Status.WRONG_TYPE, f"{len(items)} values given, {len(ref.parts)} expected")
    labels = sorted(repr(item[1]) for item in items if item[0] == "eq")
    gold_labels = [repr(part.label) for part in ref.parts]
    if len(set(labels)) < len(labels) and labels != sorted(gold_labels) \
            and not (ref.unordered and set(labels) <= set(gold_labels)):  # ("x = 2, x = -2": the roots of x)
        return Verdict.make(Status.HEDGED, "one quantity given two values")  # "x = 3, x = 4" for x and y
    items = _align_by_label(items, ref.parts)
    misplaced = _misplaced_label(items, ref.parts)
    if misplaced is not None:  # "T_2 = 2mg, T_3 = mg" for "T_1 = 2mg, T_2 = mg": T_2 is not 2mg
        return Verdict.make(Status.WRONG_VALUE, f"part {misplaced + 1} names another part of the reference")
    for index, (item, part) in enumerate(zip(items, ref.parts)):
        verdict = _grade_tree(item, part, opts, deadline)
        shared = with_shared_unit(part, ref.parts) if verdict.status is Status.DIMENSION_MISMATCH else None
        if shared is not None:  # "4.4 dB, 13.3 dB" for "4.4, 13.3 dB": the list's unit, written after each
            verdict = _grade_tree(item, shared, opts, deadline)
        if not verdict.correct:
            if ref.unordered and _same_members(items, ref.parts, opts, deadline):
                return Verdict.make(Status.CORRECT, f"the same {len(items)} values in another order")
            return Verdict.make(verdict.status, f"part {index + 1}: {verdict.detail}")
    return Verdict.make(Status.CORRECT, f"all {len(items)} parts match")


def _same_members(items, parts, opts: VerifyOptions, deadline: Deadline) -> bool:
    """Does each part of the reference match its own item, in any order? Items written as a part's gold
    tree are paired first, so a tolerance cannot give 118 the 119 that 119 needs."""
    unused = list(items)
    pending = []
    for part in parts:
        found = next((i for i, item in enumerate(unused) if strip_definition(item) == part.tree), None)
        if found is None:
            pending.append(part)
        else:
            unused.pop(found)
    for part in pending:
        deadline.check()
        found = next((i for i, item in enumerate(unused) if _grade_tree(item, part, opts, deadline).correct), None)
        if found is None:
            return False
        unused.pop(found)
    return True


def _paired(tree):
    """``(y, x) = (2, 3)`` as the list ``y = 2, x = 3``: each label with its value, so the labels say which part
    each is (``(x, y) = (2, 3)`` for a gold ``x = 2, y = 3``); None for any other equation."""
    labels, values = tree[1], tree[2]
    if len(tree[3]) != 2 or labels[0] != "tuple" or values[0] != "tuple" or len(labels[1]) != len(values[1]) \
            or not all(is_label(label) for label in labels[1]):
        return None
    return ("tuple", tuple(("eq", label, value, (label, value), 2) for label, value in zip(labels[1], values[1])))


def _misplaced_label(items, parts) -> int | None:
    """The index of an answer's part labelled with the gold's label of another part (so matched by position it
    would give that part's value another name); None where there is none."""
    wanted = [repr(part.label) for part in parts]
    if len(set(wanted)) < len(wanted):  # "p = -1, p = 15/8": one quantity's values, no parts to tell apart
        return None
    for index, item in enumerate(items):
        if item[0] == "eq" and parts[index].label is not None and repr(item[1]) in wanted \
                and wanted.index(repr(item[1])) != index:
            return index
    return None


def _align_by_label(items, parts):
    """``T_2 = mg, T_1 = 2mg`` against ``T_1 = 2 m g, T_2 = m g``: match the parts by their left sides."""
    labels = [item[1] if item[0] == "eq" else None for item in items]
    wanted = [part.label for part in parts]
    if None in labels or None in wanted or sorted(map(repr, labels)) != sorted(map(repr, wanted)) \
            or len(set(map(repr, labels))) != len(labels):
        return items
    by_label = {repr(label): item for label, item in zip(labels, items)}
    return [by_label[repr(label)] for label in wanted]
