r"""Derived forms of a gold answer for bench/judge_agreement.py, built by string rules: rewrites a judge must
accept (equivalents) and perturbations it must reject. Only the gold (a benchmark's own text) is rewritten;
nothing is evaluated. A rule that does not apply to a gold yields nothing for it.

>>> [rule for rule, _ in equivalents(r"v = \frac{1}{2} g t")][:4]
['bare right-hand side', 'sides swapped', '\\dfrac', '\\tfrac']
>>> equivalents(r"v = \frac{1}{2} g t")[-1]
('fraction combined', 'v = \\frac{g t}{2}')
>>> perturbations("12 N")[0]
('coefficient changed', '18 N')
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifiers.answer_text import outside_brackets  # noqa: E402

# a gold this bench can rewrite safely: one value or one "label = value", no prose, no relation, no list
_NOT_AUTO = re.compile(r"\\(?:begin|int|sum|prod|partial|approx|sim|le|ge|leq|geq|ll|gg|pm|mp|to|rightarrow|"
                       r"Rightarrow|quad|qquad|propto|neq|lim|nabla|bra|ket|cdots|ldots|dots|oint|equiv|simeq|"
                       r"text\s*\{[^}]*\s[^}]*\})(?![a-zA-Z])|[<>,;:!|]|"
                       r"\\text\s*\{\s*[a-zA-Z]{4,}")
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(?:(?:\\times|\\cdot|×)\s*10\s*\^\s*\{?\s*([-−]?\d+)\s*\}?)?\s*(.*)$",
                     re.S)
_UNIT_WRAP = re.compile(r"\\(?:text|mathrm|rm)\s*\{([^{}]*)\}")
_UNIT_TOKEN = re.compile(r"([A-Za-zÅΩ]+)(?:\^\{?(-?\d)\}?)?")
_TRAILING_UNIT = re.compile(r"(?:\\[,;! ]|~|\s)*\\(?:text|mathrm)\s*\{[^{}]{1,24}\}(?:\^\{?-?\d\}?)?\s*\Z")
_FUNCTION = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|ln|log|exp|arcsin|arccos|arctan)(?![a-zA-Z])")
# a side that names a quantity: one symbol with accents, indices, primes and arguments (T_1, \dot{x}, G(n\pi))
_LABEL = re.compile(r"\s*(?:\\[a-zA-Z]+\s*\{[^{}]*\}|\\[a-zA-Z]+|[A-Za-z])(?:_\{[^{}]*\}|_\\?[A-Za-z0-9]+|"
                    r"\^\{[^{}]*\}|\^\\?[A-Za-z0-9*]+|')*\s*(?:\([^()]*\))?\s*")
_PART_LABEL = re.compile(r"\s*\((?:[a-h]|i{1,3}|iv|vi{0,3})\)(?:\s|\\[,;:! ])*")  # "(b) \, ": a question's part
_PREFIX_SCALE = {"km": ("m", 3), "cm": ("m", -2), "mm": ("m", -3), "nm": ("m", -9), "keV": ("eV", 3),
                 "MeV": ("keV", 3), "GeV": ("MeV", 3), "ms": ("s", -3), "ns": ("s", -9), "kJ": ("J", 3),
                 "kg": ("g", 3), "MHz": ("Hz", 6), "kHz": ("Hz", 3), "kV": ("V", 3), "mA": ("A", -3)}
_WRONG_PREFIX = {"m": "km", "s": "ms", "J": "kJ", "eV": "keV", "g": "kg", "Hz": "kHz", "N": "kN", "K": "mK",
                 "V": "kV", "A": "mA", "W": "kW", "Pa": "kPa", "km": "m", "cm": "mm", "kg": "g", "MeV": "GeV",
                 "GeV": "MeV", "keV": "eV", "nm": "mm", "T": "mT", "C": "mC"}


def auto_scorable(gold: str) -> bool:
    """One value or one ``label = value``: no prose, relation, list, vector or unread construct, and
    whole (some golds of the source are cut short: their braces do not balance)."""
    if gold.count("{") != gold.count("}"):
        return False
    unspaced = re.sub(r"\\[,;:! ]", " ", gold)
    return bool(gold.strip()) and not _NOT_AUTO.search(unspaced) and gold.count("=") <= 1 and len(gold) <= 200


def equivalents(gold: str) -> list[tuple[str, str]]:
    """(rule, text) rewrites of ``gold`` that mean the same answer."""
    label, value = _split_equation(gold)
    out = []
    if label is not None:
        if _LABEL.fullmatch(label):  # "mvr = n\\hbar" is a condition: its right side alone is no answer
            out.append(("bare right-hand side", value))
        part = _PART_LABEL.match(label)  # "(b) E = 6 J" -> "(b) 6 J = E": the part's label stays in front
        out.append(("sides swapped", f"{label[:part.end()]}{value} = {label[part.end():]}" if part
                    else f"{value} = {label}"))
    number = _NUMBER.match(value)
    if number and (is_unit(number.group(3)) or not number.group(3).strip()):
        return out + [(rule, _with_label(label, text)) for rule, text in _numeric_forms(*number.groups())]
    value, unit = _unit_apart(value)
    for rule, text in _symbolic_forms(value):
        out.append((rule, _with_label(label, text + unit)))
    return out


def _unit_apart(value: str) -> tuple[str, str]:
    """``5000 - 5x \\, \\text{N}`` -> (``5000 - 5x``, `` \\, \\text{N}``): a formula's unit stays after it."""
    match = _TRAILING_UNIT.search(value)
    if not match or not match.start() or not is_unit(match.group(0)):
        return value, ""
    return value[:match.start()].rstrip(), " " + match.group(0).strip()


def perturbations(gold: str) -> list[tuple[str, str]]:
    """(rule, text) changes of ``gold`` that make it a different answer."""
    label, value = _split_equation(gold)
    number = _NUMBER.match(value)
    if number and (is_unit(number.group(3)) or not number.group(3).strip()):
        return [(rule, _with_label(label, text)) for rule, text in _numeric_changes(*number.groups())]
    value, unit = _unit_apart(value)
    out = []
    coefficient = _change_first_number(value)
    if coefficient or "\\infty" not in value:  # 3 times infinity is infinity
        out.append(("coefficient changed", coefficient or f"3 \\left({value}\\right)"))
    exponent = value if _is_zero(value) else re.sub(r"\^\s*(?:\{\s*(-?\d+)\s*\}|(\d))",
                      lambda m: f"^{{{int(m.group(1) or m.group(2)) + 1 or 3}}}", value, count=1)
    if exponent != value:
        out.append(("exponent changed", exponent))
    if not _is_zero(value):
        out.append(("sign flipped", f"-\\left({value}\\right)"))
    dropped = _drop_factor(value)
    if dropped:
        out.append(("factor missing", dropped))
    return [(rule, _with_label(label, text + unit)) for rule, text in out]


def _is_zero(value: str) -> bool:
    """``0``, ``0.``, ``0^\\circ C``: a value that starts with the number zero (its sign and scale change nothing)."""
    return bool(re.match(r"\s*[-+]?(?:0+(?:\.0*)?|\.0+)(?![\d.])", value)) or not value.strip()


def _split_equation(gold: str) -> tuple[str | None, str]:
    gold = re.sub(r"(?<![0-9\s])\s*\.\s*$", "", gold)  # a sentence's full stop is not part of the answer
    if gold.count("=") != 1:
        return None, gold.strip()
    label, value = (side.strip() for side in gold.split("="))
    return (label, value) if label and value else (None, gold.strip())


def _with_label(label: str | None, value: str) -> str:
    return value if label is None else f"{label} = {value}"


def is_unit(text: str) -> bool:
    plain = _plain_unit(text)
    return bool(plain) and bool(re.fullmatch(r"(?:[A-Za-zÅΩ]+(?:\^\{?-?\d\}?)?\s*[/ .]?\s*){1,4}", plain))


def _plain_unit(text: str) -> str:
    plain = _UNIT_WRAP.sub(r"\1", text)
    plain = re.sub(r"\\[,;! ]|~|\\cdot", " ", plain)
    return plain.strip()


def _unit_powers(plain: str) -> list[tuple[str, int]] | None:
    """``kg/m^3`` -> [(kg, 1), (m, -3)]; None for anything with more than one slash."""
    if plain.count("/") > 1:
        return None
    numerator, _, denominator = plain.partition("/")
    powers = []
    for part, sign in ((numerator, 1), (denominator, -1)):
        for match in _UNIT_TOKEN.finditer(part):
            powers.append((match.group(1), sign * int(match.group(2) or 1)))
    return powers or None


def _unit_forms(plain: str) -> list[tuple[str, str]]:
    powers = _unit_powers(plain)
    if not powers:
        return []
    exponent = lambda p: "" if p == 1 else f"^{{{p}}}"  # noqa: E731
    spaced = " ".join(f"{u}{exponent(p)}" for u, p in powers)
    forms = [("unit with negative powers", spaced),
             ("unit in \\mathrm with thin spaces", "\\mathrm{" + "\\,".join(f"{u}{exponent(p)}" for u, p in powers) + "}")]
    up = [f"{u}{exponent(p)}" for u, p in powers if p > 0]
    down = [f"{u}{exponent(-p)}" for u, p in powers if p < 0]
    if up and down:
        forms.append(("unit as a quotient", f"{' '.join(up)}/{' '.join(down) if len(down) == 1 else '(' + ' '.join(down) + ')'}"))
    return [(rule, text) for rule, text in forms if text.replace(" ", "") != plain.replace(" ", "")]


def _decimal(mantissa: str, exponent: str | None) -> Decimal:
    return Decimal(mantissa) * Decimal(10) ** int((exponent or "0").replace("−", "-"))


def _plain_decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _numeric_forms(mantissa: str, exponent: str | None, unit: str) -> list[tuple[str, str]]:
    suffix = f" {unit}" if unit else ""
    out = []
    if exponent is not None:
        out += [("scientific e-notation", f"{mantissa}e{exponent}{suffix}"),
                ("scientific with \\cdot", f"{mantissa} \\cdot 10^{{{exponent}}}{suffix}")]
        if abs(int(exponent.replace("−", "-"))) <= 5:
            out.append(("scientific written out", f"{_plain_decimal(_decimal(mantissa, exponent))}{suffix}"))
    else:
        value = Decimal(mantissa)
        if value and (abs(value) >= 1000 or abs(value) < Decimal("0.01")):
            digits = value.adjusted()
            out.append(("decimal in scientific notation",
                        f"{_plain_decimal(value.scaleb(-digits))} \\times 10^{{{digits}}}{suffix}"))
    plain = _plain_unit(unit)
    power = "" if exponent is None else f" \\times 10^{{{exponent}}}"
    out += [(rule, f"{mantissa}{power} {form}") for rule, form in _unit_forms(plain)]
    powers = _unit_powers(plain)
    if powers and len(powers) == 1 and powers[0][1] == 1 and powers[0][0] in _PREFIX_SCALE:
        base, shift = _PREFIX_SCALE[powers[0][0]]
        scaled = _decimal(mantissa, exponent).scaleb(shift)
        digits = scaled.adjusted()
        out.append(("unit prefix changed, value scaled",
                    f"{_plain_decimal(scaled.scaleb(-digits))} \\times 10^{{{digits}}} \\, \\text{{{base}}}"))
    return out


def _numeric_changes(mantissa: str, exponent: str | None, unit: str) -> list[tuple[str, str]]:
    suffix = f" {unit}" if unit else ""
    power = "" if exponent is None else f" \\times 10^{{{exponent}}}"
    value = Decimal(mantissa)
    changed = _plain_decimal(value * Decimal("1.5")) if value else "1"
    out = [("coefficient changed", f"{changed}{power}{suffix}")]
    if value:
        out.append(("exponent changed",
                    f"{mantissa} \\times 10^{{{int((exponent or '0').replace('−', '-')) + 1}}}{suffix}"))
    if value:
        out.append(("sign flipped", f"-{mantissa}{power}{suffix}"))
    powers = _unit_powers(_plain_unit(unit)) if unit else None
    if powers and len(powers) == 1 and powers[0][1] == 1 and powers[0][0] in _WRONG_PREFIX:
        out.append(("unit prefix changed, value kept", f"{mantissa}{power} \\, \\text{{{_WRONG_PREFIX[powers[0][0]]}}}"))
    return out


def _matching(text: str, open_at: int) -> int | None:
    """Index of the brace closing the one at ``open_at``."""
    depth = 0
    for i in range(open_at, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def _top_level_terms(text: str) -> list[str]:
    """``a + b - c`` -> ['a', '+ b', '- c'], splitting only outside braces and brackets."""
    terms, start = [], 0
    for i in outside_brackets(text, "+-"):
        if text[:i].strip() and text[:i].rstrip()[-1] not in "^_{(*/=" \
                and not re.search(r"\d\.?[eE]\Z", text[:i]):  # not a sign: "a^{-1}", "= -b", "4e-05"
            terms.append(text[start:i].strip())
            start = i
    terms.append(text[start:].strip())
    return [t for t in terms if t]


def _leading_frac(value: str) -> tuple[str, str, str] | None:
    """``\\frac{N}{D} rest`` -> (N, D, rest)."""
    match = re.match(r"\s*\\frac\s*\{", value)
    if not match:
        return None
    close_n = _matching(value, match.end() - 1)
    if close_n is None or close_n + 1 >= len(value) or value[close_n + 1] != "{":
        return None
    close_d = _matching(value, close_n + 1)
    if close_d is None:
        return None
    return value[match.end():close_n], value[close_n + 2:close_d], value[close_d + 1:].strip()


def _wrapped(text: str) -> str:
    return f"\\left({text}\\right)" if len(_top_level_terms(text)) > 1 else text


def _symbolic_forms(value: str) -> list[tuple[str, str]]:
    out = []
    if "\\frac" in value:
        out += [("\\dfrac", value.replace("\\frac", "\\dfrac")), ("\\tfrac", value.replace("\\frac", "\\tfrac"))]
    if "\\cdot" in value:
        out.append(("\\cdot as juxtaposition", re.sub(r"\s*\\cdot\s*", " ", value)))
    elif not _FUNCTION.search(value):  # "\\sin k x" is sin(kx): no \\cdot may go inside its argument
        dotted = re.sub(r"(?<=[A-Za-z0-9}])(?<!\\[a-zA-Z])(?<!\\[a-zA-Z]{2})(?<!\\[a-zA-Z]{3})(?<!\\[a-zA-Z]{4})"
                        r" +(?=[A-Za-z](?![a-zA-Z]))", r" \\cdot ", value)
        if dotted != value and not re.search(r"\\[a-zA-Z]+ \\cdot", dotted):
            out.append(("juxtaposition as \\cdot", dotted))
    terms = _top_level_terms(value)
    if len(terms) > 1:
        first = terms[0] if terms[0][0] in "+-" else f"+ {terms[0]}"
        reordered = " ".join([terms[1].lstrip("+ ")] + terms[2:] + [first]) if terms[1][0] == "+" \
            else " ".join(terms[1:] + [first])
        out.append(("terms reordered", reordered))
    frac = _leading_frac(value)
    if frac:
        numerator, denominator, rest = frac
        rest = re.sub(r"^\\cdot\s*", "", rest)
        if rest and len(_top_level_terms(value)) == 1 and rest[0] not in "^_'":
            if _FUNCTION.search(numerator):  # "\\frac{a \\ln 3}{\\pi} I": "\\ln 3 I" would read as ln(3I)
                rest = f"\\left({rest}\\right)"
            joined = rest if numerator.strip() == "1" else f"{_wrapped(numerator)} {_wrapped(rest)}"
            out.append(("fraction combined", f"\\frac{{{joined}}}{{{denominator}}}"))
        elif not rest and len(_top_level_terms(numerator)) > 1:
            parts = _top_level_terms(numerator)
            split = " ".join((p[0] + " " if p[0] in "+-" else "") + f"\\frac{{{p.lstrip('+- ')}}}{{{denominator}}}"
                             for p in parts)
            out.append(("fraction split", split.replace("+ ", "+ ", 1)))
    return out


def _change_first_number(value: str) -> str | None:
    """The first number that is a coefficient (not an exponent or subscript), plus one."""
    for match in re.finditer(r"\d+(?:\.\d+)?", value):
        before = value[:match.start()].rstrip()
        if before.endswith(("^", "_", "^{", "_{", ".")) or (before and before[-1].isalpha() and not before.endswith("{")):
            continue
        number = Decimal(match.group())
        changed = number * 2 if number > 1 else number + 1  # +1 on 1000 would sit inside a 1% tolerance
        return value[:match.start()] + _plain_decimal(changed) + value[match.end():]
    return None


_FACTOR = re.compile(r"(?<![\\A-Za-z_^{])([A-Za-z])(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?(?:\^(?:\{[^{}]*\}|\d))?(?![A-Za-z({])")


def _drop_factor(value: str) -> str | None:
    """Remove one symbol that sits in a product next to another factor (``\\pi`` first)."""
    pi = re.search(r"\\pi(?![a-zA-Z])", value)
    candidates = ([pi] if pi else []) + list(_FACTOR.finditer(value))
    for match in candidates:
        before, after = value[:match.start()].rstrip(), value[match.end():].lstrip()
        next_is_factor = bool(after) and (after[0].isalnum() or after[0] in "\\(")
        previous_is_factor = bool(before) and (before[-1].isalnum() or before[-1] in "})")
        if next_is_factor or previous_is_factor:
            dropped = (value[:match.start()] + " " + value[match.end():]).strip()
            if dropped and not re.search(r"\{\s*\}", dropped):
                return re.sub(r"\s+", " ", dropped)
    return None
