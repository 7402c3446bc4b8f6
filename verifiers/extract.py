"""Find the final answer(s) a completion commits to.

Order of preference: ``\\boxed{}``/``\\fbox{}`` contents, ``<answer>`` tags, "final answer is" /
"Answer:" lines, then the last line. Every distinct candidate of the winning kind is returned, so the
grader can tell a consistent answer from a hedge (two different boxed values).

>>> extract_answers(r"so v = 3 m/s, giving \\boxed{\\frac{1}{2}} overall")
['\\\\frac{1}{2}']
>>> extract_answers("Work...\\nAnswer: 12 N")
['12 N']
>>> extract_answers("   ")
[]

All scans are linear and look only at the last ``_TAIL`` characters of very long completions.
"""

from __future__ import annotations

import re

from verifiers.limits import MAX_ANSWER_CHARS

_TAIL = 20_000
_BOX_RE = re.compile(r"\\(?:boxed|fbox)\s*")
_TAG_RE = re.compile(r"<answer>(.{0,4000}?)</answer>", re.S | re.I)
_ANSWER_LINE_RE = re.compile(
    r"\b(?:final\s+answer|answer)s?\b\s*(?:\*\*)?\s*(?:is|:|=)?\s*(?:\*\*)?\s*:?\s*([^\n]{0,%d})" % MAX_ANSWER_CHARS,
    re.I)
_TRAILING_JUNK = " \t.;,:*$"


def extract_answers(text: str) -> list[str]:
    """Candidate final answers, distinct, in the order they appear (the last one is the final one)."""
    if not text or not text.strip():
        return []
    tail = text[-_TAIL:]
    for finder in (_boxed, _tagged, _answer_lines):
        found = [c for c in (_clean(x) for x in finder(tail)) if c]
        if found:
            return _distinct(found)
        if finder is _answer_lines and _ANSWER_LINE_RE.search(tail):
            return []  # an "Answer:" with nothing after it commits to nothing
    last = _last_line(tail)
    return [last] if last else []


def _boxed(text: str) -> list[str]:
    return [text[start:end] for start, end in box_spans(text)]


def box_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the contents of each closed ``\\boxed{}``/``\\fbox{}``; ``text[end]`` is its ``}``."""
    spans = []
    for match in _BOX_RE.finditer(text):
        start = match.end()
        if start < len(text) and text[start] == "{":
            end = _closing_brace(text, start)
            if end is not None:
                spans.append((start + 1, end))
    return spans


def _closing_brace(text: str, open_at: int) -> int | None:
    """Index of the brace closing the group that opens at ``open_at`` (nested braces allowed), or None."""
    depth = 0
    limit = min(len(text), open_at + MAX_ANSWER_CHARS + 2)
    for i in range(open_at, limit):
        ch = text[i]
        if ch == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif ch == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i
    return None


def _tagged(text: str) -> list[str]:
    return [m.group(1) for m in _TAG_RE.finditer(text)]


def _answer_lines(text: str) -> list[str]:
    matches = list(_ANSWER_LINE_RE.finditer(text))
    return [matches[-1].group(1)] if matches else []


def _last_line(text: str) -> str:
    for line in reversed(text.splitlines()):
        line = _clean(line)
        if line:
            # "So the speed is 5 m/s" -> "5 m/s": keep what follows the last "is"
            cut = re.split(r"\b(?:is|are|equals|be)\b", line[-MAX_ANSWER_CHARS:])
            return _clean(cut[-1]) or line[-MAX_ANSWER_CHARS:]
    return ""


def _clean(candidate: str) -> str:
    candidate = candidate.strip()
    for wrapper in (r"\[", r"\]", r"\(", r"\)"):
        if candidate.startswith(wrapper) or candidate.endswith(wrapper):
            candidate = candidate.removeprefix(wrapper).removesuffix(wrapper).strip()
    return candidate.strip(_TRAILING_JUNK).strip()


def _distinct(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = re.sub(r"\s+", "", item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
