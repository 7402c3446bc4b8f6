"""Agreement of the judge with public benchmarks' gold answers and labels, per set.

    python bench/judge_agreement.py SNAPSHOT [SNAPSHOT ...] --out docs/results/judge_agreement

A SNAPSHOT is a folder holding a fetched copy of a public benchmark repository: a git directory (bare or
with a work tree). Its files are read with ``git show`` at HEAD and never copied anywhere; the report
names each source (the folder's ``owner+name``) and its commit. Three layouts are recognised:

- UGPhysics-style ``data/<subject>/en.jsonl`` rows (``answers``, ``answer_type``, ``unit``): each gold
  against itself, bare and boxed at the end of a completion ("self-agreement"); auto-scorable types only
  (NV, EX, EQ, TF, MC; intervals and open answers are not). A numeric gold with a unit in its ``unit``
  column is also rewritten and perturbed as the PHYSICS golds below are (its unit column given as such).
- Math-Verify-style ``tests/test_*.py`` with ``pytest.mark.parametrize("gold,pred,expected", [...])``
  tables: agreement with the labels (the tables are read with ``ast.literal_eval``, never imported).
- OlympiadBench-style ``eval/scoring_examples.json`` (``GT`` and labelled ``Ans``): agreement with labels.
- PHYSICS-style (yale-nlp/Physics) ``PHYSICS/<subject>_dataset.jsonl`` golds (``final_answers``): each
  auto-scorable gold against itself, against rewrites that mean the same (equation sides swapped, the bare
  right-hand side, ``\\dfrac``, ``\\cdot``, terms reordered, fractions split or combined, scientific notation,
  units written otherwise or with another prefix: must be accepted) and against perturbations (a changed
  coefficient, exponent, sign or unit prefix, a missing factor: must be rejected), built by string rules
  below; and ``outputs/<model>/<subject>/final_evaluation.jsonl``, real models' extracted answers with the
  benchmark's correctness labels (its SymPy check, else its GPT-4o judge): a sample balanced between right
  and wrong answers, over all golds and over formula/number golds.

Writes ``OUT.md`` (a table: set, rows, agreement, false accepts, false rejects; and all labelled pairs of a
source together) and ``OUT.json`` (rates and, per set, up to 40 disagreeing rows), and logs the table.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import logging
import re
import subprocess
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifiers import verify  # noqa: E402

from verifiers.answer_text import outside_brackets  # noqa: E402

logger = logging.getLogger("bench")

_AUTO_TYPES = {"NV", "EX", "EQ", "TF", "MC"}
_MAX_EXAMPLES = 40
_LABELLED_EACH = 1000
_BOXED = re.compile(r"^\\boxed\{(.*)\}$", re.S)
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:\s*\\times\s*10\^\{?-?\d+\}?)?")


@dataclass
class Tally:
    """Counts for one set: agreement with the expected verdict, split into false accepts and rejects."""

    name: str
    source: str
    commit: str
    rows: int = 0
    agree: int = 0
    false_accepts: int = 0
    false_rejects: int = 0
    examples: list = field(default_factory=list)
    by_rule: dict = field(default_factory=dict)

    def add(self, reference: str, response: str, expected: bool, rule: str | None = None, **options) -> None:
        verdict = verify(response, reference, **options)
        self.rows += 1
        if rule is not None:
            counts = self.by_rule.setdefault(rule, {"rows": 0, "agree": 0})
            counts["rows"] += 1
            counts["agree"] += verdict.correct == expected
        if verdict.correct == expected:
            self.agree += 1
            return
        if verdict.correct:
            self.false_accepts += 1
        else:
            self.false_rejects += 1
        if len(self.examples) < _MAX_EXAMPLES:
            self.examples.append({"reference": reference[:300], "response": response[:300], "expected": expected,
                                  "status": verdict.status.value, "detail": verdict.detail[:200],
                                  "options": options, **({"rule": rule} if rule else {})})

    def row(self) -> dict:
        rate = lambda n: round(100.0 * n / self.rows, 2) if self.rows else None  # noqa: E731
        return {"set": self.name, "source": self.source, "commit": self.commit, "rows": self.rows,
                "agreement_pct": rate(self.agree), "false_accept_pct": rate(self.false_accepts),
                "false_reject_pct": rate(self.false_rejects)}


class Snapshot:
    """Read-only access to a fetched repository's files at HEAD."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.commit = self._git("rev-parse", "HEAD").strip()
        self.source = folder.parent.name if folder.name == "repo" else folder.name
        self.files = self._git("ls-tree", "-r", "--name-only", "HEAD").splitlines()

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(self._git_dir()), *args], check=True,
                              capture_output=True, text=True).stdout

    def _git_dir(self) -> Path:
        return self.folder / ".git" if (self.folder / ".git").exists() else self.folder

    def read(self, path: str) -> str:
        return self._git("show", f"HEAD:{path}")


def ugphysics_sets(snap: Snapshot) -> list[Tally]:
    bare = Tally("gold self-agreement (bare)", snap.source, snap.commit)
    boxed = Tally("gold self-agreement (boxed in a completion)", snap.source, snap.commit)
    multi = Tally("multi-answer gold self-agreement", snap.source, snap.commit)
    same = Tally("derived equivalents of NV golds with their unit (must accept)", snap.source, snap.commit)
    changed = Tally("perturbations of NV golds with their unit (must reject)", snap.source, snap.commit)
    for path in snap.files:
        if not re.fullmatch(r"data/[^/]+/en\.jsonl", path):
            continue
        for row in _json_rows(snap, path):
            types = [t.strip() for t in str(row.get("answer_type") or "").split(",")]
            gold = str(row.get("answers") or "").strip()
            if not gold or not set(types) <= _AUTO_TYPES:
                continue
            if row.get("is_multiple_answer"):
                multi.add(gold, gold, True)
                continue
            options = {"answer_type": types[0]}
            unit = row.get("unit")
            if unit and str(unit).strip() not in ("None", r"\text{None}"):
                options["unit"] = str(unit)
            bare.add(gold, gold, True, **options)
            boxed.add(gold, f"Working through the problem gives the result.\n\nThe final answer is {gold}.",
                      True, **options)
            value = _BOXED.sub(r"\1", gold)
            unit = options.get("unit", "").strip("$")
            if types == ["NV"] and _PLAIN_NUMBER.fullmatch(value) and is_unit(unit):  # a number and a unit (m_{0} is none)
                _derived_forms(f"{value} {unit}", gold, same, changed, **options)
    return [bare, boxed, multi, same, changed]


def _derived_forms(written: str, gold: str, same: Tally, changed: Tally, **options) -> None:
    """``written`` (a gold as one answer, with its unit) rewritten to mean the same, against ``gold``, and
    changed to mean something else."""
    if "\n" in written or not auto_scorable(written):
        return
    for rule, text in equivalents(written):
        same.add(gold, text, True, rule=rule, **options)
    for rule, text in perturbations(written):
        changed.add(gold, text, False, rule=rule, **options)


def math_verify_sets(snap: Snapshot) -> list[Tally]:
    tallies = []
    for path in snap.files:
        if not re.fullmatch(r"tests/test_[^/]+\.py", path):
            continue
        tally = Tally(f"labelled pairs, {path}", snap.source, snap.commit)
        for gold, pred, expected in _parametrized_triples(snap.read(path)):
            tally.add(gold, pred, expected)
        if tally.rows:
            tallies.append(tally)
    return tallies


def _parametrized_triples(source: str):
    """(gold, pred, expected) rows of ``parametrize("gold,pred,expected...", [...])`` tables."""
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize"
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)):
            continue
        names = [n.strip() for n in str(node.args[0].value).split(",")]
        if names[:3] != ["gold", "pred", "expected"] or not isinstance(node.args[1], ast.List):
            continue
        for element in node.args[1].elts:
            try:
                values = ast.literal_eval(element)
            except ValueError:
                continue
            if len(values) == len(names) and isinstance(values[0], str) and isinstance(values[1], str) \
                    and all(n in ("precision", "strict") or i < 3 for i, n in enumerate(names)):
                yield values[0], values[1], bool(values[2])


def olympiad_sets(snap: Snapshot) -> list[Tally]:
    tally = Tally("labelled pairs, eval/scoring_examples.json", snap.source, snap.commit)
    for item in json.loads(snap.read("eval/scoring_examples.json")):
        for answer in item["Ans"]:
            tally.add(item["GT"], answer["answer"], bool(answer["equal"]))
    return [tally]


def physics_sets(snap: Snapshot) -> list[Tally]:
    golds = []
    for path in snap.files:
        if re.fullmatch(r"PHYSICS/[a-z]+_dataset\.jsonl", path):
            golds += [str(g).strip() for row in _json_rows(snap, path) for g in row.get("final_answers") or []]
    golds = [g for g in dict.fromkeys(golds) if auto_scorable(g)]
    own = Tally("auto-scorable gold self-agreement, PHYSICS/*_dataset.jsonl", snap.source, snap.commit)
    same = Tally("derived equivalents of those golds (must accept)", snap.source, snap.commit)
    changed = Tally("perturbations of those golds (must reject)", snap.source, snap.commit)
    for gold in golds:
        own.add(gold, gold, True)
        _derived_forms(gold, gold, same, changed)
    return [own, same, changed] + _physics_labelled(snap)


def _physics_labelled(snap: Snapshot) -> list[Tally]:
    """Real models' answers with the benchmark's labels: up to _LABELLED_EACH right and as many wrong,
    distinct (answer, gold) pairs in a fixed pseudo-random order (sha1 of the pair)."""
    pairs = {}
    for path in snap.files:
        if not re.fullmatch(r"outputs/[^/]+/[^/]+/final_evaluation\.jsonl", path):
            continue
        for row in _json_rows(snap, path):
            for result in row.get("equivalency_results") or []:
                texts, label = result.get("input_expressions") or {}, result.get("final_result")
                answer, gold = texts.get("expr1"), texts.get("expr2")
                if isinstance(label, bool) and isinstance(answer, str) and isinstance(gold, str) and answer and gold:
                    pairs.setdefault((answer, gold), label)
    ordered = sorted(pairs.items(), key=lambda item: hashlib.sha1("\0".join(item[0]).encode()).hexdigest())
    tallies = []
    for name, keep in (("labelled model answers, outputs/*/final_evaluation.jsonl (balanced sample)", None),
                       ("labelled model answers to formula/number golds (balanced sample)", auto_scorable)):
        tally = Tally(name, snap.source, snap.commit)
        for wanted in (True, False):
            chosen = [pair for pair, label in ordered if label is wanted and (keep is None or keep(pair[1]))]
            for answer, gold in chosen[:_LABELLED_EACH]:
                tally.add(gold, answer, wanted)
        tallies.append(tally)
    return tallies


def _json_rows(snap: Snapshot, path: str):
    try:
        text = snap.read(path)
    except subprocess.CalledProcessError:  # a snapshot may leave its largest files out
        logger.warning("%s: not in the snapshot", path)
        return
    for line in text.splitlines():
        try:
            yield json.loads(line)
        except json.JSONDecodeError:  # a snapshot may cut a large file short
            logger.warning("%s: skipped a row that is not JSON", path)


# Derived forms of a gold answer, built by string rules: rewrites a judge must accept, perturbations it must
# reject. Only the gold (a benchmark's own text) is rewritten; nothing is evaluated. A rule that does not
# apply to a gold yields nothing for it. ``equivalents(r"v = \\frac{1}{2} g t")`` gives the bare right side,
# the sides swapped, \\dfrac, \\tfrac, ``\\frac{1}{2} \\cdot g \\cdot t`` and ``\\frac{g t}{2}``.

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
        out.append(("sides swapped", f"{value} = {label}"))
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
        if text[:i].strip() and text[:i].rstrip()[-1] not in "^_{(*/=":  # not a sign: "a^{-1}", "= -b"
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


def sets_of(snap: Snapshot) -> list[Tally]:
    found = []
    if any(re.fullmatch(r"data/[^/]+/en\.jsonl", p) for p in snap.files):
        found += ugphysics_sets(snap)
    if "eval/scoring_examples.json" in snap.files:
        found += olympiad_sets(snap)
    if "src/math_verify/grader.py" in snap.files:
        found += math_verify_sets(snap)
    if any(re.fullmatch(r"PHYSICS/[a-z]+_dataset\.jsonl", p) for p in snap.files):
        found += physics_sets(snap)
    if not found:
        logger.warning("%s: no layout this bench knows", snap.folder)
    return found


def totals(tallies: list[Tally]) -> list[Tally]:
    """One tally over all labelled-pair sets of a source that has several."""
    out = []
    for source in dict.fromkeys(t.source for t in tallies):
        labelled = [t for t in tallies if t.source == source and t.name.startswith("labelled pairs")]
        if len(labelled) > 1:
            total = Tally("all labelled pairs", source, labelled[0].commit)
            for t in labelled:
                total.rows += t.rows
                total.agree += t.agree
                total.false_accepts += t.false_accepts
                total.false_rejects += t.false_rejects
            out.append(total)
    return out


def markdown(rows: list[dict]) -> str:
    lines = ["| source @ commit | set | rows | agreement % | false accepts % | false rejects % |",
             "|---|---|---:|---:|---:|---:|"]
    lines += [f"| {r['source']} @ {r['commit'][:10]} | {r['set']} | {r['rows']} | {r['agreement_pct']} | "
              f"{r['false_accept_pct']} | {r['false_reject_pct']} |" for r in rows]
    return "\n".join(lines) + "\n"


def rule_markdown(tallies: list[Tally]) -> str:
    """Agreement per rewrite or perturbation rule, for the sets built from derived forms."""
    lines = []
    for t in tallies:
        lines += [f"| {t.name} | {rule} | {c['rows']} | {round(100.0 * c['agree'] / c['rows'], 2)} |"
                  for rule, c in sorted(t.by_rule.items())]
    if not lines:
        return ""
    return "\n| set | rule | rows | agreement % |\n|---|---|---:|---:|\n" + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshots", nargs="+", type=Path, help="fetched repository folders")
    parser.add_argument("--out", default="docs/results/judge_agreement", help="output path without extension")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("verifiers").setLevel(logging.ERROR)
    tallies = [t for folder in args.snapshots for t in sets_of(Snapshot(folder))]
    rows = [t.row() for t in tallies] + [t.row() for t in totals(tallies)]
    table = markdown(rows) + rule_markdown(tallies)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    command = " ".join(["python bench/judge_agreement.py", *map(str, args.snapshots), "--out", args.out])
    out.with_suffix(".md").write_text(f"# Judge agreement on public benchmark data\n\n`{command}`\n\n{table}")
    out.with_suffix(".json").write_text(json.dumps(
        [{**t.row(), **({"by_rule": t.by_rule} if t.by_rule else {}), "disagreements": t.examples}
         for t in tallies], indent=1, ensure_ascii=False))
    logger.info("\n%s", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
