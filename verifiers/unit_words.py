"""Units spelt in words: "meters per second squared", "kilograms per cubic meter", "joules per kilogram kelvin".

A word pass (no regex), run only when the text has one of the joining words: ``per`` divides by the run of
unit words after it, ``square``/``cubic`` raise the next unit word, ``squared``/``cubed`` the one before.
Words that are not units are left as they are.

>>> spell_units("9.8 meters per second squared")
'9.8 meters / (second^2)'
>>> spell_units("1000 kilograms per cubic meter")
'1000 kilograms / (meter^3)'
>>> spell_units("4186 joules per kilogram kelvin")
'4186 joules / (kilogram kelvin)'
"""

from __future__ import annotations

from verifiers.units import lookup_word

_POWER_BEFORE = {"square": 2, "cubic": 3}
_POWER_AFTER = {"squared": 2, "cubed": 3}
JOINING_WORDS = ("per", "square", "cubic", "squared", "cubed")


def spell_units(text: str) -> str:
    """``text`` with units in words written as unit algebra (unchanged when there are none)."""
    words = text.split(" ")
    if not any(word in JOINING_WORDS for word in words):
        return text
    words = [part for word in words for part in _split_punctuation(word)]
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "per":
            run, i = _unit_run(words, i + 1)
            out.append(f"/ ({' '.join(run)})" if run else "per")
            continue
        run, end = _unit_run(words, i)
        if run:
            out.extend(run)
            i = end
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _split_punctuation(word: str) -> tuple[str, ...]:
    core = word.rstrip(".,;")
    return (core, word[len(core):]) if core and core != word else (word,)


def _unit_run(words: list[str], start: int) -> tuple[list[str], int]:
    """The unit words from ``start`` on, each with its spelt power, and where the run ends."""
    run, i = [], start
    while i < len(words):
        power = _POWER_BEFORE.get(words[i])
        word = words[i + 1] if power and i + 1 < len(words) else words[i]
        if not lookup_word(word):
            break
        i += 2 if power else 1
        after = _POWER_AFTER.get(words[i]) if i < len(words) else None
        if after:
            power, i = after, i + 1
        run.append(f"{word}^{power}" if power else word)
    return run, i
