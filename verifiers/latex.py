"""Rewrite LaTeX and Unicode math in an answer into the plain form the tokenizer reads.

Only string rewriting happens here (no evaluation). The result keeps LaTeX commands the parser knows
(``\\frac``, ``\\sqrt``, Greek letters, ``\\circ``...) and drops presentation-only markup.

>>> normalise(r"4.8 $\\mathrm{~km}$")
'4.8 km'
>>> normalise("9.8 m/s²")
'9.8 m/s^{2}'
>>> normalise(r"25\\,^{\\circ}\\mathrm{C}")
'25 \\\\circ C'
"""

from __future__ import annotations

import re
import unicodedata

from verifiers.lexer import ACCENTS, FUNCTIONS, GREEK
from verifiers.unit_words import JOINING_WORDS, spell_units
from verifiers.units import lookup_word

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPER_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi",
    "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Σ": "Sigma", "Φ": "Phi",
    "Ψ": "Psi", "ħ": "hbar", "ℏ": "hbar",
}
_SIMPLE = {  # (an em dash is punctuation, "Answer — 12 N", never a minus sign)
    "−": "-", "–": "-", "—": " , ", "×": "*", "·": "*", "⋅": "*", "•": "*", "∙": "*", "÷": "/",
    "√": r"\sqrt ", "°": r"\circ ", "º": r"\circ ", "˚": r"\circ ", "Å": r"\AA ", "\u212b": r"\AA ", "Ω": "ohm",
    "\u2126": "ohm", "∞": r"\infty ", "\u2609": r"_\odot ", "\u2299": r"_\odot ", "\u2295": r"_\oplus ",  # M☉, M⊕
    "≈": r" \approx ", "≃": r" \approx ", "±": r"\pm ", "℃": r" \circ C ", "℉": r" \circ F ", "½": "(1/2)",
    "¼": "(1/4)", "¾": "(3/4)",
    "\u2009": " ", "\u202f": " ", "\u00a0": " ", "\u2212": "-", "\u200b": "", "\u200c": "", "\u200d": "",
    "\ufeff": "", "\u200e": "", "\u200f": "", "\u2061": " ", "\u2062": " ", "\u2063": " ", "\u2064": "+",
    "‹": "<", "›": ">",  # (GPQA writes "λ2 ‹ λ1"; "‹x^2›" is an expectation value)
    "≤": r" \le ", "≥": r" \ge ", "≠": r" \ne ", "∪": r" \cup ", "∈": r" \in ", "∝": r" \propto ",
    "€": " ", "£": " ", "¥": " ",  # currency signs go, as \$ does
    **{chr(0x2080 + d): f"_{d}" for d in range(10)},  # subscript digits: m₁ -> m_1
}
# Presentation commands: "\mathrm{m/s}^2" is unwrapped to "m/s^2" (the writer means s^2, not (m/s)^2).
_DROPPED = ("mathrm text textrm textup textnormal mathit mathbf mathsf mathtt mathcal mathbb textit textbf "
            "operatorname boldsymbol bm vec overrightarrow overline mbox unit si rm displaystyle textstyle "
            "limits boxed fbox bf it pu underline").split()  # \pu{10 kJ/K}: mhchem's physical units
_UNWRAP_RE = re.compile(r"\\(?:%s)\s*\{([^{}]*)\}" % "|".join(_DROPPED))
_SPACING = ", ; : !   quad qquad enspace thinspace left right bigl bigr Bigl Bigr big Big bigg Bigg biggl "\
           "biggr Biggl Biggr tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge".split() + [" "]
# One pass over every LaTeX command: presentation markup goes, operators become plain symbols.
_COMMANDS = {**{name: "" for name in _DROPPED}, **{name: " " for name in _SPACING},
             "%": "%", "times": "*", "cdot": "*", "ast": "*", "div": "/", "dfrac": r"\frac", "cfrac": r"\frac",
             "dbinom": r"\binom", "tbinom": r"\binom",
             "(": " ", ")": " ", "[": " ", "]": " ", "$": " ",  # math delimiters \( \) \[ \], a currency \$
             "_": "_",  # "c\_p": an underscore escaped as in text mode
             "tfrac": r"\frac", "simeq": r"\approx", "sim": r"\approx", "cong": "=", "equiv": "=",
             "varepsilon": r"\epsilon", "varphi": r"\phi", "vartheta": r"\theta", "ell": "l", "hslash": r"\hbar",
             "imath": "i", "jmath": "j",  # dotless i and j, as in \hat{\imath}
             "varnothing": r"\emptyset",  # the empty set however typed
             "lg": r"\log_{10}",  # the common logarithm
             "leq": r"\le", "geq": r"\ge", "lt": "<", "gt": ">", "neq": r"\ne", "leqslant": r"\le",
             "geqslant": r"\ge", "prime": "'", "dagger": "", "mathrm": "",
             "ldots": "...", "cdots": "...", "dots": "..."}  # an ellipsis however typed
# siunitx: \SI{5}{\kilo\meter\per\second} -> "{5}{kmeter / second }"; prefixes glue to the next unit
_SIUNITX_UNITS = ("meter metre second gram kilogram newton joule watt volt ampere kelvin coulomb pascal hertz "
                  "ohm farad henry tesla weber mole liter litre electronvolt radian hour minute").split()
_SIUNITX_PREFIXES = {"kilo": "k", "milli": "m", "micro": "u", "nano": "n", "pico": "p", "mega": "M",
                     "giga": "G", "centi": "c", "femto": "f", "tera": "T"}
_COMMANDS.update({"SI": "", "si": "", "num": "", "qty": "", "unit": "", "per": " / ", "squared": "^2 ", "cubed": "^3 ",
                  "cdotp": "*", **{u: u + " " for u in _SIUNITX_UNITS}, **_SIUNITX_PREFIXES,
                  "degree": r" \circ ", "textdegree": r" \circ ", "degreeCelsius": r" \circ C ",
                  "celsius": r" \circ C "})
# A backslash a string literal read as an escape ("3 \times 10^8" written in Python without r"": a tab and
# "imes"): the control character before a known command's letters is that command again
_ESCAPES = {"\t": "t", "\x0c": "f", "\x08": "b", "\r": "r", "\x07": "a", "\x0b": "v"}
_CONTROL_ESCAPE = re.compile(r"([\t\x0c\x08\r\x07\x0b])([A-Za-z]+)")
_KNOWN_COMMANDS = frozenset(_COMMANDS) | FUNCTIONS | GREEK | ACCENTS | {"frac", "binom", "rangle", "approx", "to",
                                                                       "rightarrow"}
_TIMES_X = re.compile(r"(?<=\d)\s*[xX]\s*(?=10\s*\^)")  # "2.5 x 10^3"
_GLUED_SPACE = re.compile(r"q?quad(?=[a-zA-Z])")
_COMMAND_RE = re.compile(r"\\([a-zA-Z]+|[,;:! %()\[\]$_])")
_DEGREE_RE = re.compile(r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ")
_LETTER_O_DEGREE = re.compile(r"(?<=\d)\s?\^\s?(?:o|\{\s?o\s?\})(?=[CF]\b|[^A-Za-z]|\Z)")  # "30^o", "30^{o}", "25^oC": degrees
# k\Omega -> kohm (a pint name), where the prefix follows a number or a space ("5 k\Omega", "\mathrm{M\Omega}"), not
# in a formula's product ("\frac{F}{M\Omega^2}" is M times \Omega squared)
_PREFIXED_OHM = re.compile(r"(?:(?<=[\d\s~,}$][kMGmu])|(?<=\A[kMGmu])|\\mu\s*)\s*\\Omega(?![a-zA-Z])")
# "r^{\prime 2}" is r' squared, "x^{\prime\prime}" is x'': a prime is part of the name, not a power
_PRIME_POWER = re.compile(r"\^\s*\{\s*((?:\\prime\s*)+)([^{}]*)\}|\^\s*\\prime(?![a-zA-Z])")
# Å: "\mathring{A}", "\overset{\circ}{A}", text mode's "\r{A}", siunitx's "\angstrom"
_RING_A = re.compile(r"\\mathring\s*\{\s*A\s*\}|\\overset\s*\{\s*\\circ\s*\}\s*\{\s*A\s*\}|\\r\s*\{\s*A\s*\}"
                     r"|\\angstrom\b")
_ANGSTROM_WORD = re.compile(r"[ÅAåa]ngstr[öo]m")  # the Swedish spelling, "ångström" (its "å" a plain "a")
_BRACED_POINT = re.compile(r"\{\.\}")  # "1{.}5": a decimal point in braces (LaTeX's spacing of a math-mode point)
_BRACED_DECIMAL_COMMA = re.compile(r"(?<=\d)\{,\}(?=\d)")  # "1{,}5" (thousands, "1{,}000", go before)
_EMPTY_GROUP = re.compile(r"\{\s*\}")
_EMPTY_SCRIPT = re.compile(r"[\^_]\{\}")  # "{}^{}_{} 10^9": an empty script is none
_ALIGNED_SIGN = re.compile(r"&\s*(?==)")  # "Z &= 2": an alignment mark left outside its environment
_MAX_UNCLOSED = 2
_THIN_THOUSANDS = re.compile(r"(?<=\d)(?:,\\!\s?|\\[,;! ]|\s?\{\s?,\s?\}|\u2009|\u202f)(?=\d{3}(?!\d))")
# "1000,99", "0,111", "2,5 m": a decimal comma in an answer that is one number (perhaps with a unit)
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(-?\d+),(\d+)([^\d,][^,]*)?")
_THOUSANDS = re.compile(r"-?[1-9]\d{0,2}(?:,\d{3})+")
_DEGREE_WORDS = re.compile(r"\b(?:deg(?:ree)?s?)\s*(C|F|K|Celsius|Fahrenheit|celsius|fahrenheit|Kelvin|kelvin)\b")
# "144.5 1/s", "2 1/m^2/s": a reciprocal unit after a number
_RECIPROCAL_UNIT = re.compile(r"(?<=[\d.])\s+1\s*/\s*(?=[a-zA-Z\\(])")
_LIGHT_YEAR = re.compile(r"\blight[- ]years?\b")
_SOLAR_MASS = re.compile(r"\bsolar[- ]mass(?:es)?\b")  # "1.4 solar masses"
_ELECTRON_VOLT = re.compile(r"\belectron[- ]volts?\b", re.I)
# "newton-meters", "kW-hr", "ohm-cm", "ft-lb", "foot-candles": a unit of two, a product or one word
_HYPHENED_UNITS = re.compile(r"\b([a-z]{3,14})-([a-z]{3,14})\b|(?<=\d )([A-Za-z]{1,14})-([A-Za-z]{1,14})\b")
# (short symbols only after a number and a space: "5 N-m", "0.746 kW-hr"; "T-mg = ma", "2T-W" are differences)
_ARC = re.compile(r"\b(second|minute)s? of arc\b")  # "0.1 second of arc": an arcsecond
_OF_FORCE = re.compile(r"\b(?:lbs?|pounds?)(?:\.? of |-| )force\b")  # "5 lbs. of force", "10 pounds-force"
# "5.0 \pm 0.1" -> "5.0", "(5.0 \pm 0.1) m" -> "(5.0) m": a stated uncertainty of at most _MAX_UNCERTAINTY of
# the value is no second value ("5 \pm 100" or "4 \pm 1" states a range, and is kept); "3 \pm 2\sqrt{x}" and
# "3 \pm 2^2" are two values (the number goes on into a product or a power)
_UNCERTAINTY = re.compile(r"(?<=[\d}])\s*\\pm\s*(?:\((\d*\.?\d+(?:[eE][+-]?\d+)?)\)|(\d*\.?\d+(?:[eE][+-]?\d+)?))"
                          r"(?![\d.]|\s*(?:\\(?:sqrt|frac)|[*^({]))")
_MAX_UNCERTAINTY = 0.1
# "12 N (\pm 0.1 N)", "9.81 m/s^2 (\pm 0.05)": a whole answer whose uncertainty (in brackets or not) follows its unit
_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"  # one way to read each digit: linear
_BRACKETED_UNCERTAINTY = re.compile(rf"\A\s*(-?{_NUMBER})([^()]{{0,24}}?)\s*(\(?)\s*\\pm\s*({_NUMBER})\s*"
                                    r"([^()]{0,24}?)\s*(\)?)\s*\Z")  # "5.0 m/s \pm 0.1 m/s" too
# "\vphantom{6}5": space the size of its contents, never shown, so no part of the answer
_PHANTOM = re.compile(r"\\[hv]?phantom\s*\{[^{}]*\}")
# "3\mathbf{i} + 4\mathbf{j}": unit vectors; a bold k beside them too (alone it is a wave vector: "\hbar\mathbf{k}")
_BOLD_UNIT_VECTOR = re.compile(r"\\mathbf\s*\{\s*([ij])\s*\}")
_BOLD_K = re.compile(r"\\mathbf\s*\{\s*k\s*\}")
# "3\frac{1}{3}", "3\frac{1}{2} m v^2": a whole number and a proper fraction beside it are a mixed number, 10/3
# (a product is written \frac{3}{2}, 3 \cdot \frac{1}{2}); not before a power
# (also "2\,\dfrac{1}{2}", "2~\tfrac12")
_MIXED_NUMBER = re.compile(r"(?<![\w.^_{}\\])(\d+)(?:\s|\\[,;: ]|~)*\\[dtc]?frac\s*"
                           r"(?:\{\s*(\d+)\s*\}|(\d))\s*(?:\{\s*(\d+)\s*\}|(\d))"
                           r"(?!\s*\^)")


def _mixed_number(match: re.Match) -> str:
    whole, numerator, denominator = match[1], match[2] or match[3], match[4] or match[5]
    if int(numerator) >= int(denominator):
        return match.group(0)
    return f"({whole}+{numerator}/{denominator})"


# "\nabla^2 T": the Laplacian, an operator of its own (as symbols, \nabla^2 T / T would equal (\nabla T / T)^2)
_LAPLACIAN = re.compile(r"\\nabla\s*(?:\^\s*(?:2|\{\s*2\s*\})|\\cdot\s*\\nabla(?![a-zA-Z]))")  # or \nabla \cdot \nabla
# "{\color{blue} x}", "\textcolor{red}{5}": a colour is presentation, no part of the answer
_COLOR = re.compile(r"\\(?:text)?color\s*\{[a-zA-Z!0-9 ]{0,30}\}")
# "6.63\mathrm{e}{-34}", "2\text{E}+5": a computer's exponent in upright type (not Euler's e, which takes a ^)
# "2.5 \\mathrm{~b}", "2.6 \\, b": an upright b after a number, or one a thin space sets apart from a decimal, ending
# the text, is the barn (a lone b elsewhere is a symbol, a length or an impact parameter: "2\\,b", "\\frac{2\\,b}{a}")
_UPRIGHT_BARN = re.compile(r"(?<=\d)(\s{0,3}(?:\\[,;:!]\s{0,2}|\\\s|~)?\\(?:mathrm|text|rm|textrm)\s?\{\s?~?\s?)b(\s?\})"
                           r"|(\d\.\d{1,12}\s{0,3}\\[,;]\s{0,2})b()\s{0,3}\Z")  # (a decimal, a thin space, b: all)
_UPRIGHT_EXPONENT = re.compile(r"(?<=\d)(?:\s|\\,)?\\(?:mathrm|text|rm)\s?\{\s?([eE])\s?\}\s?"
                               r"(?:\{\s?([+-]?\d{1,4})\s?\}|([+-]?\d{1,4}))")
# "5 m.s^{-1}", "N.m": a point between unit letters after a number is a product
_LETTER_DOT = re.compile(r"\.[a-zA-Z]")
_DOTTED_UNITS = re.compile(r"(?<=[\d}])(\s?\{?)([a-zA-Z]{1,3}(?:\.[a-zA-Z]{1,3})+)(?![a-zA-Z.])")
# "<x> = 0", "<2s_z>": plain-text angle brackets around a short name (no space or comma: "x <1, y>2" is two
# inequalities), at the start or after a space, "=" or "(", and never "<=" or ">=": an expectation value
_ASCII_ANGLE = re.compile(r"(?:(?<=^)|(?<=[\s=(,]))<([^<>=\s,]{1,30})>(?!=)")
_ANGLE_BRACKET = re.compile(r"\\(left|right)\s*([<>])")  # "\left< x \right>" is "\langle x \rangle"
# "0.\overline{6}", "1.2\overline{34}": a repeating decimal, the fraction it is (digits bounded: int() refuses
# more than 4,300)
_REPEATING = re.compile(r"(?<!\d)(\d{0,15})\.(\d{0,12})\\overline\s*\{(\d{1,12})\}")
# "\overline{x}" is "\bar{x}", a symbol of its own (a mean, a conjugate); over more than a symbol it is dropped
_OVERLINED_SYMBOL = re.compile(r"\\overline\s*\{\s*(\\?[A-Za-z]{1,12})\s*\}")
# "{3 \over 4}": TeX's fraction, in a brace group with no group inside (found first, then its \over: one
# pattern for both would backtrack over every \over between two braces, minutes on "{\over \over ...")
_BRACE_GROUP = re.compile(r"\{([^{}]*)\}")
_OVER = re.compile(r"\\over(?![a-zA-Z])")


def _unit_product(match: re.Match) -> str:
    first, second = (group for group in match.groups() if group is not None)
    if lookup_word(first + second):  # "foot-candles": one unit
        return first + second
    if not (lookup_word(first) and lookup_word(second)):
        return match.group(0)
    if lookup_word(second) == "pound" and lookup_word(first) in ("foot", "inch"):  # "ft-lb", "in-lb": work, torque
        return f"{first} lbf"
    if lookup_word(first) == "pound" and lookup_word(second) in ("foot", "inch"):
        return f"lbf {second}"
    return f"{first} {second}"


def _tex_fraction(group: re.Match) -> str:
    inner = group.group(1)
    over = _OVER.search(inner)
    return rf"\frac{{{inner[:over.start()]}}}{{{inner[over.end():]}}}" if over else group.group(0)


def _repeating_fraction(match: re.Match) -> str:
    whole, fixed, period = match.groups()
    numerator = int(whole + fixed + period) - int(whole + fixed or "0")
    return rf"\frac{{{numerator}}}{{{(10 ** len(period) - 1) * 10 ** len(fixed)}}}"


def _uncertainty(match: re.Match) -> str:
    """"" for a stated uncertainty of at most a tenth of the number before it (past any uncertainty stated
    before it: "5.0 \\pm 0.1 \\pm 0.2", statistical and systematic); the text as it is otherwise, and where no
    plain number comes before it ("\\frac{10}{2} \\pm 3": a width that cannot be checked)."""
    head = match.string[max(0, match.start() - 80):match.start()].rstrip()
    while True:
        before, sign, after = head.rpartition("\\pm")
        if not sign or not _is_number(after.strip(" ()")):
            break
        head = before.rstrip()
    number = head.rsplit(None, 1)[-1].lstrip("({[=$") if head.strip() else ""  # the number before it, with its
    # exponent ("3.2e-19 \\pm 1.28e-19" is no 19 \\pm 1.28e-19)
    if not _is_number(number) or float(match.group(1) or match.group(2)) > _MAX_UNCERTAINTY * abs(float(number)):
        return match.group(0)
    return ""


def _bracketed_uncertainty(match: re.Match) -> str:
    """The value and its unit, where the uncertainty in brackets after them is in that unit (or none) and at most
    a tenth of the value; the text as it is otherwise."""
    value, unit, opened, width, width_unit, closed = match.groups()
    if opened != ("(" if closed else "") or width_unit.strip() not in ("", unit.strip()) \
            or float(width) > _MAX_UNCERTAINTY * abs(float(value)):
        return match.group(0)
    return f"{value}{unit}"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# environments that set lines of equations, with the column specification an array or alignedat takes
_LINE_ENVIRONMENT = re.compile(r"\\begin\s*\{(?:aligned|align\*?|alignedat|array|gathered|gather\*?|split|"
                               r"eqnarray\*?)\}(?:\s*\{[a-z|0-9 ]{1,24}\})?|\\end\s*\{(?:aligned|align\*?|"
                               r"alignedat|array|gathered|gather\*?|split|eqnarray\*?)\}")
_BRACKETED_ARRAY = re.compile(r"[\[(|]\s*\\begin\s*\{array\}")
_LINE_BREAK = re.compile(r"\\\\(?:\[[^\[\]]{0,12}\])?")  # "\\", "\\[2pt]"
_BACKSLASH_RUN = re.compile(r"\\+")
_ESCAPED_COMMAND = re.compile(r"\\\\[a-zA-Z]")


def undouble_backslashes(text: str) -> str:
    """Text escaped twice (``\\\\frac{1}{2}``, as a JSON or Python string of LaTeX), once: when every run of
    backslashes has even length and one of them starts a command. ``a \\\\ b`` (a line break) is kept."""
    if _ESCAPED_COMMAND.search(text) and all(len(run) % 2 == 0 for run in _BACKSLASH_RUN.findall(text)):
        return text.replace("\\\\", "\\")
    return text


def normalise(text: str) -> str:
    """Plain-ish text for the tokenizer; see the module docstring."""
    if "\\\\" in text:
        text = undouble_backslashes(text)
    if "\\begin" in text:
        if "\\\\[" in text:  # "1 & 2 \\\\[4pt] 3 & 4": a row break's extra space, no display math
            text = _ROW_BREAK_SPACE.sub(lambda _: "\\\\ ", text)
        text = _lines_as_list(text)
    if not text.isascii():
        if "\u030a" in text:  # "A" and a combining ring: the one character Å
            text = unicodedata.normalize("NFC", text)
        if "ngstr" in text:
            text = _ANGSTROM_WORD.sub("angstrom", text)
        text = _SUPER_RUN.sub(lambda m: "^{" + m.group(0).translate(_SUPERSCRIPTS) + "}", text)
        text = _THIN_THOUSANDS.sub("", text)  # before the thin space becomes a plain one
        text = _GREEK_DIGITS.sub(lambda m: "\\" + _GREEK[m.group(1)] + "_" + m.group(2) + " ", text)  # "λ2": λ_2
        text = "".join(_SIMPLE[ch] if ch in _SIMPLE else ("\\" + _GREEK[ch] + " ") if ch in _GREEK else ch
                       for ch in text)
    if "\\" in text or "{," in text:
        text = _THIN_THOUSANDS.sub("", text)
    text = _rewritten(text, _PLAIN_REWRITES)
    if "\\" in text:
        text = _rewritten(text, _COMMAND_REWRITES)
        if "mathring" in text or "overset" in text or "\\r{" in text or "angstrom" in text:
            text = _RING_A.sub(r"\\AA ", text)
        for _ in range(3):  # innermost groups first: \text{\mathrm{m}} needs two passes
            unwrapped = _UNWRAP_RE.sub(lambda m: " " + m.group(1) + " ", text)
            if unwrapped == text:
                break
            text = unwrapped
        if "Omega" in text:
            text = _PREFIXED_OHM.sub(lambda m: "uohm" if m.group(0).startswith("\\mu") else "ohm", text)
        text = _COMMAND_RE.sub(_command, text)
        if "circ" in text:
            text = _DEGREE_RE.sub(r" \\circ ", text)
        if "pm" in text:
            text = _UNCERTAINTY.sub(_uncertainty, _BRACKETED_UNCERTAINTY.sub(_bracketed_uncertainty, text))
    text = _rewritten(text, _WORD_REWRITES)
    text = text.replace("~", " ").replace("$", " ").replace("`", " ")  # "`x = 6`": Markdown's code marks
    if "1" in text and "/" in text:
        text = _RECIPROCAL_UNIT.sub(" / ", text)
    if any(word in text for word in JOINING_WORDS):
        text = spell_units(" ".join(text.split()))
    text = " ".join(_rewritten(text, _LAST_REWRITES).split())
    if _LETTER_THEN_DIGIT.search(text):  # "m1", "v0^2": plain text's subscripts, m_1, v_0 (not "2x3", "CO2", "3e8")
        text = _UNIT_POWER.sub(_unit_power, text)  # "5 m2", "9.8 m/s2": after a number or "/", a unit's power
        text = _LETTER_DIGITS.sub(r"\1_\2", text)
    if "-" in text:
        text = _NEGATIVE_UNIT_POWER.sub(_negative_unit_power, text)  # "13.2 m s-1", "J K-1 mol-1": SI's plain text
    if "." in text and _LETTER_DOT.search(text):  # the cheap search first: most points sit between digits
        text = _DOTTED_UNITS.sub(lambda m: m.group(1) + m.group(2).replace(".", " "), text)
    if text.endswith(("*", "times")):
        text = _TIMES_AT_END.sub(r"\1", text)  # "-2×", "3\times": a magnification, the factor itself
    if ")^" in text or ") ^" in text:
        text = _without_transpose(text)
    return text


_MAX_TRANSPOSED = 200  # characters of a list written transposed
_TRANSPOSE = re.compile(r"\)\s?\^\s?(?:\{\s?(?:T|\\top|\\intercal)\s?\}|T|\\top|\\intercal)(?![A-Za-z])")


def _without_transpose(text: str) -> str:
    """``(1, 2, 3)^T``: a list's transpose, the column of the same entries (a list is compared entry by entry);
    ``(x + y)^T``, a power, stays."""
    out, at = [], 0
    for found in _TRANSPOSE.finditer(text):
        depth, start, limit = 0, found.start(), max(at, found.start() - _MAX_TRANSPOSED)
        while start >= limit:  # (back to the bracket this one closes, within a list's length: linear in all)
            depth += (text[start] == ")") - (text[start] == "(")
            if depth == 0:
                break
            start -= 1
        if start >= limit and depth == 0 and "," in text[start:found.start()]:
            out.append(text[at:found.start() + 1])
            at = found.end()
    return "".join(out) + text[at:]


_ROW_BREAK_SPACE = re.compile(r"\\\\\[\s?-?\d{1,3}(?:\.\d{1,3})?\s?(?:pt|em|ex|mm|cm|in|mu)\s?\]")
_TIMES_AT_END = re.compile(r"(\d) ?(?:\*|\\times)\Z")


def closed(text: str) -> str:
    """``\\frac{1}{\\pi\\sqrt{2E/k - x^2}``: an answer cut one or two closing braces short (as extractors that
    stop at the box's own brace leave it) is closed at its end; braces that close too early stay as written.
    For golds and bare answers: a completion cut off at the length limit is not closed into an answer.

    >>> closed("a^{b_{2")
    'a^{b_{2}}'
    """
    if not 0 < text.count("{") - text.count("}") <= _MAX_UNCLOSED or "box" in text or text.rstrip()[-1] == "{":
        return text  # a box never closed is a completion cut off before its answer ended; "\\frac{1}{" is broken
    depth = 0
    for ch in text:
        if ch in "{}":
            depth += 1 if ch == "{" else -1
            if depth < 0:
                return text
    return text + "}" * depth


def _lines_as_list(text: str) -> str:
    """``\\begin{aligned} &R = 1000 \\Omega \\\\ &L = 1 mH \\end{aligned}`` -> ``R = 1000 \\Omega , L = 1 mH``: the
    lines of an alignment environment are a list of answers (a matrix's rows are left to its own reading)."""
    flattened = _LINE_ENVIRONMENT.sub(" ", text)
    if flattened == text or _BRACKETED_ARRAY.search(text):  # "\\left[\\begin{array}{cc} 1 & 2 ...": a matrix
        return text
    lines = (_without_end_mark(line.replace("&", " ")) for line in _LINE_BREAK.split(flattened))
    return " , ".join(line for line in lines if not line.isspace() and line)  # a last "\\" ends no line


def _without_end_mark(line: str) -> str:
    """A line of an alignment without the comma, semicolon or full stop that ends it (``m = 0.25 g,``), which
    the list's own commas replace (a spacing command ``\\,`` stays)."""
    line = line.rstrip()
    return line[:-1] if line[-1:] in (",", ";", ".") and line[-2:-1] != "\\" else line


def decimal_comma(plain: str) -> str:
    """``1000,99`` -> ``1000.99``: a comma between digits, with no space after it, in an answer that is one
    number (perhaps with a unit) is a decimal comma unless the digits group as thousands (``1,234``)."""
    match = _DECIMAL_COMMA.fullmatch(plain) if "," in plain else None
    if not match or _THOUSANDS.fullmatch(f"{match.group(1)},{match.group(2)}"):
        return plain
    return f"{match.group(1)}.{match.group(2)}{match.group(3) or ''}"


def unescaped(text: str) -> str:
    """LaTeX a string literal's escapes broke, mended: a tab before ``imes`` is ``\\times``, a form feed before
    ``rac`` is ``\\frac``; a control character before other letters stays (a real tab).

    >>> unescaped("3 \\times 10^8"), unescaped("\\frac{1}{2}"), unescaped("a\\tb")
    ('3 \\\\times 10^8', '\\\\frac{1}{2}', 'a\\tb')
    """
    return _CONTROL_ESCAPE.sub(_unescaped_command, text)  # one pass in C where there is none (most texts)


def _unescaped_command(match: re.Match) -> str:
    name = _ESCAPES[match.group(1)] + match.group(2)
    return "\\" + name if name in _KNOWN_COMMANDS else match.group(0)


def _command(match: re.Match) -> str:
    """A command's plain form; a spacing command glued to the next name (``\\quadx_2``) is a space."""
    name = match.group(1)
    plain = _COMMANDS.get(name)
    if plain is not None:
        return plain
    glued = _GLUED_SPACE.match(name)
    return " " + name[glued.end():] if glued else match.group(0)


def _primes(match: re.Match) -> str:
    if match.group(1) is None:  # "^\prime"
        return "'"
    rest = match.group(2).strip()
    return "'" * match.group(1).count("prime") + (f"^{{{rest}}}" if rest else "")


# (a word the text must hold, a pattern, its replacement): rewrites run in this order where their word is
_INVISIBLE_DELIMITER = re.compile(r"\\(?:left|right)\s*\.")  # "\left. \frac{mg}{k} \right.": no bracket
_NATURAL_LOG = re.compile(r"\\log\s*_\s*(?:e(?![A-Za-z])|\{\s*e\s*\})")  # "\log_e 2" is \ln 2
_PLAIN_REWRITES = (("<", _ASCII_ANGLE, r"\\langle \1 \\rangle "), ("{.}", _BRACED_POINT, "."),
                   ("{,}", _BRACED_DECIMAL_COMMA, "."), ("^o", _LETTER_O_DEGREE, r" \\circ "),
                   ("^{o", _LETTER_O_DEGREE, r" \\circ "))
# a cross product of two vectors, "\vec{v} \times \vec{B}", "\mathbf{r}\times\mathbf{p}", "\vec{a} \times (\vec{b} +
# \vec{c})", "\vec{v} \times q\vec{B}": antisymmetric, so no product (a scalar before the second is moved out)
_VECTOR_MARK = r"\\(?:vec|mathbf|boldsymbol|bm|overrightarrow)"
_VECTOR_OPERAND = (r"(?:%s\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z])(?:\s?_\s?\{?\w{1,6}\}?)?"
                   r"|\((?=[^()]{0,120}%s)[^()]{1,120}\))") % (_VECTOR_MARK, _VECTOR_MARK)
_CROSS_PRODUCT = re.compile(r"(%s)\s*\\times\s*([A-Za-z](?=\s?%s))?\s?(%s)" % (_VECTOR_OPERAND, _VECTOR_MARK,
                                                                             _VECTOR_OPERAND))


def _cross_product(match: re.Match) -> str:
    return f" {match.group(2) or ''} \\cross{{{match.group(1)}}}{{{match.group(3)}}} "


_COMMAND_REWRITES = (
    ("vec", _CROSS_PRODUCT, _cross_product), ("mathbf", _CROSS_PRODUCT, _cross_product),
    ("boldsymbol", _CROSS_PRODUCT, _cross_product), ("\\bm", _CROSS_PRODUCT, _cross_product),
    ("overrightarrow", _CROSS_PRODUCT, _cross_product),
    ("phantom", _PHANTOM, " "), ("\\left", _INVISIBLE_DELIMITER, " "), ("log", _NATURAL_LOG, r"\\ln "),
    ("color", _COLOR, " "), ("overline", _REPEATING, _repeating_fraction),
    ("overline", _OVERLINED_SYMBOL, r"\\bar{\1}"), ("mathbf", _BOLD_UNIT_VECTOR, r"\\hat{\1}"),
    ("\\hat{", _BOLD_K, r"\\hat{k}"), ("frac", _MIXED_NUMBER, _mixed_number), ("nabla", _LAPLACIAN, r"\\nabla^{(2)}"),
    ("b", _UPRIGHT_BARN, lambda m: (m.group(1) or m.group(3)) + "barn" + (m.group(2) or "")), ("{e}", _UPRIGHT_EXPONENT, lambda m: "e" + (m.group(2) or m.group(3))),
    ("{E}", _UPRIGHT_EXPONENT, lambda m: "e" + (m.group(2) or m.group(3))),
    ("\\left", _ANGLE_BRACKET, lambda m: r"\langle " if m.group(2) == "<" else r"\rangle "),
    ("\\over", _BRACE_GROUP, _tex_fraction), ("prime", _PRIME_POWER, _primes))
_LETTER_THEN_DIGIT = re.compile(r"[A-Za-z]\d")  # the cheap search first
_UNIT_POWER = re.compile(r"(?:(?<=\d )|(?<=\d)|(?<=[A-Za-z]/))([A-Za-z]{1,3})([2-4])(?![\w.])")
_UNIT_BEFORE_SLASH = re.compile(r"([A-Za-z]{1,3})/\Z")


def _unit_power(match) -> str:
    """``m2`` in ``5 m2``, ``s2`` in ``m/s2``: a unit squared (not ``m2`` in ``m1/m2``, masses)."""
    before = match.string[max(0, match.start() - 4):match.start()]
    if before.endswith("/"):  # after "/", only where the unit before it is one ("m/s2", not "m1/m2")
        unit = _UNIT_BEFORE_SLASH.search(before)
        if unit is None or not lookup_word(unit.group(1)):
            return match.group(0)
    return f"{match.group(1)}^{match.group(2)}" if lookup_word(match.group(1)) else match.group(0)
_NEGATIVE_UNIT_POWER = re.compile(r"(?<=[\w}] )([A-Za-z]{1,3})-([1-4])(?![\w.^])")
_WORD_BEFORE = re.compile(r"(?:\A|\s)([\w.^{}-]{1,12}) \Z")


def _negative_unit_power(match) -> str:
    """``s-1`` in ``13.2 m s-1``, ``K-1`` in ``J K-1 mol-1``: a unit to a negative power, where another unit comes
    right before it (not ``x-1`` in a formula, nor ``2 m-1``, which may be 2m - 1)."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 14), match.start())
    word = before.group(1) if before else ""
    is_unit = lookup_word(match.group(1)) and lookup_word(word.split("^")[0].split("-")[0])
    return f"{match.group(1)}^{{-{match.group(2)}}}" if is_unit else match.group(0)


_GREEK_DIGITS = re.compile("([" + "".join(_GREEK) + r"])(\d{1,2})(?![\d.])")  # "λ2", "θ1": plain text's subscripts
_LETTER_DIGITS = re.compile(r"(?<![\w\\^_])([A-Za-z])(\d{1,2})(?![\w.])")
_SPACED_HG = re.compile(r"\b(mm|cm|in)\s{1,3}Hg\b")  # "760 mm Hg", "\mathrm{mm\,Hg}": a pressure's one unit
_SPEED_OF_LIGHT = re.compile(r"\b(?:of\s{1,3})?the\s{1,3}speed\s{1,3}of\s{1,3}light\b", re.I)  # "86.6% of the speed of light"
_PER_CENT = re.compile(r"\bper\s{1,3}cent\b")  # "40 per cent"
_TIMES_AFTER_NUMBER = re.compile(r"\A(-?\d+(?:\.\d+)?)\s{1,3}times(?:\s{1,3}(?:as\s{1,3}[a-z]{3,8}|larger|greater|"
                                 r"bigger|more|higher|faster|stronger|longer))?\Z")  # "4 times (larger)": the factor
def _degrees(match) -> str:
    """``degrees Celsius`` -> a degree sign and C; ``degrees Kelvin`` (an old name) -> K, no angle."""
    scale = match.group(1)[0].upper()
    return " K " if scale == "K" else r" \circ " + scale + " "


_WORD_REWRITES = (
    ("Hg", _SPACED_HG, r"\1Hg"), ("cent", _PER_CENT, "percent"), ("times", _TIMES_AFTER_NUMBER, r"\1"),
    ("deg", _DEGREE_WORDS, _degrees), ("light", _LIGHT_YEAR, " ly "), ("solar", _SOLAR_MASS, " M_sun "),
    ("light", _SPEED_OF_LIGHT, " c "),
    ("electron", _ELECTRON_VOLT, " eV "), ("-", _HYPHENED_UNITS, _unit_product), ("of arc", _ARC, r"arc\1"),
    ("force", _OF_FORCE, "lbf"))
_LAST_REWRITES = (("10", _TIMES_X, "*"), ("{}", _EMPTY_SCRIPT, " "), ("{", _EMPTY_GROUP, " "),
                  ("&", _ALIGNED_SIGN, " "))


def _rewritten(text: str, rewrites: tuple) -> str:
    for word, pattern, replacement in rewrites:
        if word in text:  # a pattern costs a scan; its word's absence rules it out at less
            text = pattern.sub(replacement, text)
    return text
