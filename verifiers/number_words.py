"""Numbers written in English words, as an answer may give them: ``five hundred``, ``twenty-one``, ``one
half``, ``two thirds``, ``one and a half``, ``three meters``. A small reader of its own: no library on the
package index reads fractions and unit words together, and this one is bounded (words, not characters).

>>> in_digits("five hundred"), in_digits("twenty-one"), in_digits("two thirds"), in_digits("one and a half")
('500', '21', '(2/3)', '(1+1/2)')
>>> in_digits("three meters"), in_digits("five bananas"), in_digits("x")
('3 meters', None, None)
"""

from __future__ import annotations

from verifiers.units import lookup_word

_ONES = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
          "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
          "tenth": 10, "tenths": 10}
_MAX_WORDS = 12


def in_digits(text: str) -> str | None:
    """``text`` (a whole answer) in digits, where its words are a number alone or before one unit word; None
    where they are not."""
    if not text[:1].isalpha():
        return None
    written = text.replace("-", " ").split()
    words = [word.lower() for word in written]
    if not words or len(words) > _MAX_WORDS or (words[0] not in _ONES and words[0] not in _TENS):
        return None
    for end in (len(words), len(words) - 1):
        value = _number(words[:end]) if end else None
        unit = written[end:]
        if value is not None and (not unit or lookup_word(unit[0])):
            return " ".join([value, *unit])
    return None


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
    return None if count is None else f"{count}/{_PARTS[words[-1]]}"


def _whole(words: list[str]) -> int | None:
    """``five hundred and two`` -> 502; None for anything that is not a whole number in words."""
    total = current = 0
    seen = False
    for word in words:
        if word == "and" and seen:
            continue
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES and (seen or word == "hundred"):
            current = max(current, 1) * _SCALES[word]
            if word != "hundred":
                total, current = total + current, 0
        elif word == "a" and not seen:
            current = 1
        else:
            return None
        seen = True
    return total + current if seen else None
