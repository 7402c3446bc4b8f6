"""Numbers written in English words, as an answer may give them: ``five hundred``, ``twenty-one``, ``one
half``, ``two thirds``, ``one and a half``, ``three meters``. A small reader of its own: no library on the
package index reads fractions and unit words together, and this one is bounded (words, not characters).

>>> in_digits("five hundred"), in_digits("twenty-one"), in_digits("two thirds"), in_digits("one and a half")
('500', '21', '(2/3)', '(1+1/2)')
>>> in_digits("three meters"), in_digits("five bananas"), in_digits("x"), in_digits("90 million years")
('3 meters', None, None, '90*10^6 years')
"""

from __future__ import annotations

from verifiers.unit_words import JOINING_WORDS
from verifiers.units import lookup_word

_ONES = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
          "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
          "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
NUMBER_WORDS = frozenset(_ONES) | frozenset(_TENS) | frozenset(_SCALES) | frozenset(_PARTS) | {"hundred"}
_NEGATIVE = ("minus", "negative")
_UNIT_MARKS = frozenset("/*^()0123456789.-")  # what a unit written out may hold besides its words
_MAX_WORDS = 12
_AS_MUCH = frozenset(tuple(phrase.split()) for phrase in (
    "as large", "as much", "as big", "as great", "as many", "as fast", "as long", "as high", "as strong", "larger",
    "greater", "bigger", "more", "higher", "faster", "stronger", "longer"))


def in_digits(text: str) -> str | None:
    """``text`` (a whole answer) in digits, where its words are a number alone or before a unit; None where
    they are not."""
    if not text[:1].isalpha():
        return _scaled_in_words(text)
    written = text.replace("-", " ").split()
    words = [word.lower() for word in written]
    for size in (2, 1):  # "twice as large", "four times as much": the factor
        if len(words) > size and tuple(words[-size:]) in _AS_MUCH and words[-size - 1] in ("times", "twice", "thrice"):
            written, words = written[:-size], words[:-size]
            break
    if words in (["twice"], ["thrice"]):  # a factor in one word
        return "2" if words[0] == "twice" else "3"
    if len(words) > 1 and words[-1] == "times":  # "four times": the factor, as "4 times" is
        written, words = written[:-1], words[:-1]
    sign = ""
    if words and words[0] in _NEGATIVE:
        sign, words, written = "-", words[1:], written[1:]
    if not words or len(words) > _MAX_WORDS or not (words[0] in _ONES or words[0] in _TENS or words[0] == "a"
                                                    or words[0] in _PARTS):
        return None
    for end in range(len(words), 0, -1):
        value = _number(words[:end])
        if value is not None:
            unit = written[end:]
            return " ".join([sign + value, *unit]) if all(map(_unit_word, unit)) else None
    return None


def _scaled_in_words(text: str) -> str | None:
    """``90 million years``, ``2.5 billion``: digits and a scale word (before a unit), as a power of ten."""
    if "illion" not in text and "thousand" not in text:  # most answers: no scale word at all
        return None
    written = text.split()
    if len(written) < 2 or written[1].lower() not in _SCALES or not all(map(_unit_word, written[2:])):
        return None
    try:
        float(written[0])
    except ValueError:
        return None
    exponent = len(str(_SCALES[written[1].lower()])) - 1
    return " ".join([f"{written[0]}*10^{exponent}", *written[2:]])


def _unit_word(word: str) -> bool:
    """A word of a unit: ``meters``, ``per``, ``m/s``, ``N``, ``/``, ``(second)``."""
    pieces = "".join(char if char.isalpha() else " " for char in word).split()
    if not pieces:
        return set(word) <= _UNIT_MARKS
    return all(piece.lower() in JOINING_WORDS or lookup_word(piece) for piece in pieces)


def _number(words: list[str]) -> str | None:
    """The number ``words`` spell, in digits (a fraction as ``(p/q)``, a whole and a fraction as ``(n+p/q)``)."""
    if "and" in words and words[-1] in _PARTS:  # "one and a half"
        cut = words.index("and")
        whole, part = _whole(words[:cut]), _fraction(words[cut + 1:])
        return None if whole is None or part is None else f"({whole}+{part})"
    if words[-1] in _PARTS:
        part = _fraction(words)
        return None if part is None else f"({part})"
    whole = _whole(words)
    return None if whole is None else str(whole)


def _fraction(words: list[str]) -> str | None:
    """``two thirds`` -> ``2/3``; ``a half``, ``one half``, ``half`` -> ``1/2``."""
    count = 1 if words[:-1] in ([], ["a"]) else _whole(words[:-1])
    return None if not count else f"{count}/{_PARTS[words[-1]]}"


def _whole(words: list[str]) -> int | None:
    """``five hundred and two`` -> 502, ``a thousand`` -> 1000; None for words no number is written as
    (``five five``, ``one thousand thousand``, ``one and``)."""
    total, group, last, scale = 0, 0, None, None
    for index, word in enumerate(words):
        if word == "a" and index == 0 and len(words) > 1:
            group, last = 1, "a"
        elif word in _ONES and (last in (None, "hundred", "scale", "and") or
                                (last == "tens" and 0 < _ONES[word] < 10)):
            group, last = group + _ONES[word], "ones"
        elif word in _TENS and last in (None, "hundred", "scale", "and"):
            group, last = group + _TENS[word], "tens"
        elif word == "hundred" and last in ("ones", "tens", "a") and 0 < group < 100:  # "twelve hundred"
            group, last = group * 100, "hundred"
        elif word in _SCALES and last in ("ones", "tens", "hundred", "a") and (scale is None or _SCALES[word] < scale):
            total, group, last, scale = total + group * _SCALES[word], 0, "scale", _SCALES[word]
        elif word == "and" and last in ("hundred", "scale"):
            last = "and"
        else:
            return None
    return None if last in (None, "and", "a") else total + group
