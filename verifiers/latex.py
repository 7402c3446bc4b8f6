"""Rewrite LaTeX and Unicode math in an answer into the plain form the tokenizer reads.

Only string rewriting happens here (no evaluation). The result keeps LaTeX commands the parser knows
(``\\frac``, ``\\sqrt``, Greek letters, ``\\circ``...) and drops presentation-only markup.

>>> normalise(r"4.8 $\\mathrm{~km}$")
'4.8 { km}'
>>> normalise("9.8 m/s²")
'9.8 m/s^(2)'
>>> normalise(r"25\\,^{\\circ}\\mathrm{C}")
'25 \\\\circ {C}'
"""

from __future__ import annotations

import re

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPER_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi",
    "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Σ": "Sigma", "Φ": "Phi",
    "Ψ": "Psi", "ħ": "hbar",
}
_SIMPLE = {
    "−": "-", "–": "-", "—": "-", "×": "*", "·": "*", "⋅": "*", "•": "*", "∙": "*", "÷": "/",
    "√": r"\sqrt ", "°": r"\circ ", "Å": r"\AA ", "Ω": "ohm", "\u2126": "ohm", "∞": r"\infty ", "≈": "=", "≃": "=", "±": r"\pm ",
    "\u2009": " ", "\u202f": " ", "\u00a0": " ", "\u2212": "-",
}
_DROP_COMMANDS = re.compile(
    r"\\(?:mathrm|text|textrm|textup|textnormal|mathit|mathbf|mathsf|mathtt|mathcal|mathbb|textit|textbf|"
    r"operatorname|boldsymbol|bm|vec|hat|overrightarrow|overline|mbox|unit|si)\b\s*")
_SPACES = re.compile(r"\\[,;:! ]|\\(?:quad|qquad|enspace|thinspace|displaystyle|textstyle|left|right|"
                     r"[bB]igg?[lr]?|rm|limits)(?![a-zA-Z])|~|\$")
_THIN_THOUSANDS = re.compile(r"(?<=\d)(?:\\[,;! ]|\{,\}|\u2009|\u202f)(?=\d{3}(?!\d))")
_OPS = [(re.compile(r"\\(?:times|cdot|ast)(?![a-zA-Z])"), "*"), (re.compile(r"\\div(?![a-zA-Z])"), "/"),
        (re.compile(r"\\[dt]frac(?![a-zA-Z])"), r"\\frac"),
        (re.compile(r"\\(?:approx|simeq|sim|cong|equiv)(?![a-zA-Z])"), "="),
        (re.compile(r"\\%"), "%"), (re.compile(r"\\(?:degree|textdegree)(?![a-zA-Z])"), r"\\circ "),
        (re.compile(r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ"), r" \\circ "),
        (re.compile(r"\\varepsilon"), r"\\epsilon"), (re.compile(r"\\varphi"), r"\\phi"),
        (re.compile(r"\\vartheta"), r"\\theta"), (re.compile(r"\\ell(?![a-zA-Z])"), "l"),
        (re.compile(r"(?<=[kMGmu])\\Omega(?![a-zA-Z])"), "ohm"),  # k\Omega -> kohm, a pint name
        (re.compile(r"\{\s*\}"), " ")]
# "5.0 \pm 0.1" -> "5.0": the stated uncertainty does not change the value
_UNCERTAINTY = re.compile(r"(?<=[\d}])\s*\\pm\s*\(?\d*\.?\d+(?:[eE][+-]?\d+)?\)?")


def normalise(text: str) -> str:
    """Plain-ish text for the tokenizer; see the module docstring."""
    text = _SUPER_RUN.sub(lambda m: "^(" + m.group(0).translate(_SUPERSCRIPTS) + ")", text)
    text = _THIN_THOUSANDS.sub("", text)
    text = "".join(_SIMPLE.get(ch) or (("\\" + _GREEK[ch] + " ") if ch in _GREEK else ch) for ch in text)
    text = _DROP_COMMANDS.sub("", text)
    text = _SPACES.sub(" ", text)
    for pattern, replacement in _OPS:
        text = pattern.sub(replacement, text)
    text = _UNCERTAINTY.sub("", text)
    return re.sub(r"\s+", " ", text).strip()
