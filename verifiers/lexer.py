r"""The answer grammar's tokens and the words it knows: ``tokenize`` splits normalised answer text into
(kind, text) tokens in one linear pass, bounded by MAX_ANSWER_CHARS and MAX_TOKENS; ``number_node`` reads a
number token; ``FUNCTIONS``, ``GREEK`` and ``ACCENTS`` are the names the parser (and the answer-text checks)
treat as more than letters.

>>> tokenize(r"\frac{1}{2} m v^2")[:3]
[('cmd', '\\frac'), ('op', '{'), ('num', '1')]
>>> tokenize("1,000.5 kg")
[('num', '1,000.5'), ('word', 'kg')]
>>> number_node("1,000.5")
('num', 1000.5, '1,000.5')
"""

from __future__ import annotations

import itertools
import re

from verifiers.errors import ParseError
from verifiers.limits import MAX_ANSWER_CHARS, MAX_TOKENS

# Each token with the spaces before it, as one group, in the order the kinds are tried: number, escaped
# brace, command, word, operator, and any other character (an error). findall returns the tokens' text
# alone (no match object each: about half the time), and tokenize tells their kinds by their first characters.
_TOKEN_RE = re.compile(r"""\s*(
      [1-9]\d{0,2}(?:,\d{3})+(?![\d])(?:\.\d+)?(?:[eE][+-]?\d+)?
    | [1-9]\d{0,2}(?:\ \d{3}(?!\d))+(?:\.\d+)?
    | \d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?
    | \\[{}]
    | \\[a-zA-Z]+
    | [a-zA-Z]+
    | \*\*|[-+*/^()\[\]{},;=!%_|':]
    | \S)
""", re.X)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_OPERATORS = frozenset("-+*/^()[]{},;=!%_|':")
_KIND_OF_FIRST = {**dict.fromkeys(_LETTERS, "word"), **dict.fromkeys("0123456789", "num"),
                  **dict.fromkeys(_OPERATORS, "op")}

FUNCTIONS = {"sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan", "sinh", "cosh",
             "tanh", "coth", "sech", "csch", "exp", "ln", "log", "sqrt", "asin", "acos", "atan", "abs"}
GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
         "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma",
         "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "hbar"}
# Accents make a new name: "\dot{x}" is a symbol of its own, as "x'" is; "\hat{r}" is the unit vector, not r
# (the parser reads a hat over other letters as an operator: "\hat{H}" is H).
ACCENTS = {"dot", "ddot", "bar", "tilde", "widetilde", "breve", "check", "acute", "grave", "mathring", "hat",
           "widehat"}


def tokenize(text: str) -> list[tuple[str, str]]:
    """Tokens as (kind, text); ParseError on any character outside the grammar."""
    if len(text) > MAX_ANSWER_CHARS:
        raise ParseError(f"answer longer than {MAX_ANSWER_CHARS} characters")
    # without trailing spaces, each search matches where the last one ended: the tokens cover the text
    values = _TOKEN_RE.findall(text.rstrip())
    tokens = []
    for index, value in enumerate(values[:MAX_TOKENS + 1]):
        kind = _KIND_OF_FIRST.get(value[0])  # the usual kinds, told by the first character
        if kind is None or value == "**":
            kind, value = _rare_token(text, index, value)
        tokens.append((kind, value))
    if len(tokens) > MAX_TOKENS:
        raise ParseError(f"more than {MAX_TOKENS} tokens")
    return tokens


def _rare_token(text: str, index: int, value: str) -> tuple[str, str]:
    """The kind of token ``index``, ``value``, whose first character does not tell it: a command or an
    escaped brace, a number in other digits or opening with its point, ``**``; ParseError for a character
    outside the grammar."""
    first = value[0]
    if first == "\\" and len(value) > 1:
        # "\\exp\\left\\{ -t/\\tau \\right\\}": braces that group (a set is read before parsing)
        if value[1] in "{}":
            return "op", "(" if value == "\\{" else ")"
        return "cmd", value
    if first.isdecimal() or (first == "." and len(value) > 1):  # (\d: any Unicode decimal digit)
        return "num", value
    if value == "**":
        return "op", "^"
    raise _unexpected(text, index)


def _unexpected(text: str, index: int) -> ParseError:
    """The error for token ``index`` of ``text``, a character outside the grammar, with its position."""
    match = next(itertools.islice(_TOKEN_RE.finditer(text.rstrip()), index, None))
    pos = match.start(1)
    return ParseError(f"unexpected character {text[pos]!r} at {pos}", what=text[pos])


def number_node(text: str):
    """A number token as the tree's leaf ``("num", value, text)``: ``1,000.5`` and ``1 000`` group digits.
    ``2e-400``, past a float's range, is the product 2 times 10^-400, as LaTeX writes it (its float is 0,
    which any small number or 0 itself matched)."""
    try:
        value = float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        raise ParseError(f"bad number {text!r}") from None
    if (not value or value * 0.0 != 0.0) and ("e" in text or "E" in text):  # 0, or inf (whose product is nan)
        mantissa, _, exponent = text.replace(",", "").replace(" ", "").lower().partition("e")
        if float(mantissa) != 0:
            power = ("num", abs(float(exponent)), exponent.lstrip("+-"))
            return ("mul", (("num", float(mantissa), mantissa),
                            ("pow", ("num", 10.0, "10"), ("neg", power) if exponent.startswith("-") else power)))
    return ("num", value, text)
