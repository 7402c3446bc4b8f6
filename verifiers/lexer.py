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

import re

from verifiers.errors import ParseError
from verifiers.limits import MAX_ANSWER_CHARS, MAX_TOKENS

_TOKEN_RE = re.compile(r"""
    (?P<num>[1-9]\d{0,2}(?:,\d{3})+(?![\d])(?:\.\d+)?(?:[eE][+-]?\d+)?
           |[1-9]\d{0,2}(?:\ \d{3}(?!\d))+(?:\.\d+)?
           |\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<brace>\\[{}])
  | (?P<cmd>\\[a-zA-Z]+)
  | (?P<word>[a-zA-Z]+)
  | (?P<op>\*\*|[-+*/^()\[\]{},;=!%_|':])
  | (?P<space>\s+)
""", re.X)

FUNCTIONS = {"sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan", "sinh", "cosh",
             "tanh", "coth", "sech", "csch", "exp", "ln", "log", "sqrt", "asin", "acos", "atan", "abs"}
GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
         "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma",
         "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "hbar"}
# Accents make a new name: "\dot{x}" is a symbol of its own, as "x'" is.
ACCENTS = {"dot", "ddot", "bar", "tilde", "widetilde", "breve", "check", "acute", "grave", "mathring"}


def tokenize(text: str) -> list[tuple[str, str]]:
    """Tokens as (kind, text); ParseError on any character outside the grammar."""
    if len(text) > MAX_ANSWER_CHARS:
        raise ParseError(f"answer longer than {MAX_ANSWER_CHARS} characters")
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if not match:
            raise ParseError(f"unexpected character {text[pos]!r} at {pos}", what=text[pos])
        pos = match.end()
        kind = match.lastgroup
        if kind == "space":
            continue
        value = match.group(kind)
        if kind == "brace":  # "\\exp\\left\\{ -t/\\tau \\right\\}": braces that group (a set is read before parsing)
            kind, value = "op", "(" if value == "\\{" else ")"
        tokens.append((kind, "^" if value == "**" else value))
        if len(tokens) > MAX_TOKENS:
            raise ParseError(f"more than {MAX_TOKENS} tokens")
    return tokens


def number_node(text: str):
    """A number token as the tree's leaf ``("num", value, text)``: ``1,000.5`` and ``1 000`` group digits."""
    try:
        return ("num", float(text.replace(",", "").replace(" ", "")), text)
    except ValueError:
        raise ParseError(f"bad number {text!r}") from None
