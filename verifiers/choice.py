"""Multiple-choice and true/false answers.

>>> from verifiers.reference import parse_reference
>>> grade_choice("(B) 12 N", parse_reference("B", None, "auto")).status.value
'correct'
>>> grade_choice("A, B", parse_reference("A", None, "auto")).status.value
'hedged'
"""

from __future__ import annotations

import re

from verifiers.extract import OPTION_LETTER_RE
from verifiers.latex import normalise
from verifiers.reference import BOOL_WORDS, Reference
from verifiers.verdict import Status, Verdict

# "B", "(B)", "B)", "B.", "option B", "(B) 12 N", "B. 12 N", "Answer: (B)", "The correct answer is (B)" - a letter
# and, after a bracket or stop, its text
# Linear by construction (tests/verifiers/test_regex_linear.py): anchored, and no two quantifiers that
# can share a character sit side by side ("\s*[(]?\s*" and "\s*,?\s*" backtracked exponentially).
_SINGLE_RE = re.compile(r"\A\{*(?:i(?: would|'d|’d)? (?:choose|pick|select|go with) )?"
                        r"(?:(?:the )?(?:correct )?(?:option|choice|answer)(?: is)?:?)?"
                        r"\s*(?:[({\[]\s*)?([A-Ja-j])\s*(?:[)}\].:]\s*(.*))?", re.I | re.S)
# "A, C", "(A) and (C)", "options A and C", "A, B, and D", "Both A and C are correct."
_MULTI_RE = re.compile(r"\A(?i:both )?(?i:(?:the )?(?:correct )?(?:options?|choices?|answers?)(?: are| is)?:? )?"
                       r"[({\[\s]*([A-Ja-j](?:\s*(?:[,;&]\s*)?(?:\band\b\s*)?[A-Ja-j])*)[)}\]\s.]*"
                       r"(?i: (?:are|is) (?:correct|right|true)\.?)?")
_BRACKETED_RE = re.compile(r"[({\[]\s*([A-Ja-j])\s*[)}\]]")
# "(B)(C)", "(B), (C)", "(B) and (C)", "(B)/(C)", "(B) \\& (C)", "(B) + (C)": the text after B is choice C (any
# marks between them); "(B) 12 N (C) 15 N": a bracketed capital later in the text is another choice too
_ANOTHER_CHOICE_RE = re.compile(r"\A[^\w({\[]*(?:(?:and|or)\b[^\w({\[]*)?[({\[]\s*[A-Ja-j]\s*[)}\]]", re.I)
# "(C)", "; C: 6 m/s", ", C) 6 m/s"; after a word that offers it, ending a sentence, or called right ("Actually C.",
# "or C", "C is also correct"); not a body's name ("A is at rest")
_LATER_CHOICE_RE = re.compile(r"[({\[]\s*[A-J]\s*[)}\]]|[,;]\s*[A-J]\s*[:)]|\b(?i:or|and|actually|option|choice|also|"
                              r"maybe|perhaps|but|though|be|again),?\s{1,3}\(?[A-J]\b|(?:(?<=[.;!?]\s)|\A)[A-J](?:\.|\s{0,3}\Z)|"
                              r"(?<![\w\\'’])[A-J]\s{1,3}(?:(?:is|are)\s{1,3}(?:also\s{1,3})?(?:correct|right|true|plausible)\b|"
                              r"(?:might|could|may)\b)")
_LATER_PART_RE = re.compile(r"[,;]\s*[({\[]\s*[A-Ja-j]\s*[)}\]]\s*:")  # "(a): True, (b): False": parts judged
# "(a) True, (b) False", "(a) & True \\ (b) & False": each option judged; those judged true are the ones chosen
# ("A: false. B: true.", "A - False; B - True": a capital alone before a colon or dash)
_JUDGED_RE = re.compile(r"(?:[({\[]\s*([A-Ja-j])\s*[)}\]]\s*(?:[:&]\s*)?|\b([A-J])\s*[:\-]\s*)"
                        r"(true|false|correct|incorrect)\b", re.I)
_AND_WORD_RE = re.compile(r"\band\b")
_LIST_RE = re.compile(r"\b[A-J]\b\s*[)\]]?\s*(?:,|;|&|\bAND\b|\bOR\b|/)\s*[(\[]?\s*\b[A-J]\b")


_RULED_OUT_RE = re.compile(r"\s{0,3}(?:is|are)\s{1,3}(?:not|incorrect|wrong|false)\b|\s{0,3}(?:is|are)n't\b", re.I)
_LEADING_CHOICE_RE = re.compile(r"\A\s*[(\[]?[A-J][)\].:](?:\s|\Z)")  # "C. ...", "(B) ...", "D: ..."
_JUDGED_FALSE_RE = re.compile(r"(?:false|incorrect|wrong)\b", re.I)  # "C: false." is no choice of C


def leads_with_choice(text: str) -> bool:
    """Does ``text`` open with a choice's letter, then its reasons (``C. The field is zero``; not ``(B) is not
    correct``, which rules it out)?"""
    match = _LEADING_CHOICE_RE.match(text)
    return match is not None and not _RULED_OUT_RE.match(text, match.end())


def judges_options(text: str) -> bool:
    """Does ``text`` judge several options true or false (``A: false. B: true.``), rather than name one?"""
    return len(_JUDGED_RE.findall(text)) > 1


def grade_choice(text: str, ref: Reference) -> Verdict:
    plain = normalise(text).strip()
    judged = [((bracketed or bare).upper(), word.lower() in ("true", "correct"))
              for bracketed, bare, word in _JUDGED_RE.findall(plain)]
    if len(judged) > 1:
        letters = frozenset(letter for letter, true in judged if true)
        if letters & {letter for letter, true in judged if not true}:
            return Verdict.make(Status.HEDGED, "an option judged both true and false")
        return _choice_verdict(letters, ref) if letters else \
            Verdict.make(Status.WRONG_VALUE, "every option judged false")
    if len(ref.letters) > 1:
        found = _MULTI_RE.fullmatch(_BRACKETED_RE.sub(r"\1", plain))  # "(A) and (C)" as "A and C"
        letters = frozenset(OPTION_LETTER_RE.findall(_AND_WORD_RE.sub(" ", found.group(1)).upper())) if found else None
    else:
        found = _SINGLE_RE.fullmatch(plain)
        letters = frozenset(found.group(1).upper()) if found else None
        if found and found.group(2) and _JUDGED_FALSE_RE.match(found.group(2)):
            return Verdict.make(Status.WRONG_TYPE, f"an option judged false, none chosen: {text[:40]!r}")
        if (found is None and _LIST_RE.search(plain.upper())) or \
                (found is not None and found.group(2) and (_ANOTHER_CHOICE_RE.match(found.group(2))
                                                           or _LATER_PART_RE.search(found.group(2))
                                                           or _LATER_CHOICE_RE.search(found.group(2)))):
            return Verdict.make(Status.HEDGED, f"several choices given: {text[:40]!r}")
    if letters is None:
        return Verdict.make(Status.WRONG_TYPE, f"expected a choice letter, got {text[:40]!r}")
    return _choice_verdict(letters, ref)


def _choice_verdict(letters: frozenset, ref: Reference) -> Verdict:
    chosen, expected = "".join(sorted(letters)), "".join(sorted(ref.letters))
    if letters == ref.letters:
        return Verdict.make(Status.CORRECT, f"choice {chosen}")
    return Verdict.make(Status.WRONG_VALUE, f"chose {chosen}, expected {expected}")


def grade_bool(text: str, ref: Reference) -> Verdict:
    word = normalise(text).strip("{}(). ").lower()
    if word not in BOOL_WORDS:
        return Verdict.make(Status.WRONG_TYPE, f"expected true/false, got {text[:40]!r}")
    ok = BOOL_WORDS[word] == ref.truth
    return Verdict.make(Status.CORRECT if ok else Status.WRONG_VALUE, f"answered {word}")
