"""Relations, intervals, sets and matrices: answers with their own reading and comparison.

Read from normalised text into tuples: ``("rel", ops, sides)`` for ``x \\le 3`` or ``0 < x < 1``
(ops among ``<``, ``<=``, ``!=``, ``propto``, after turning ``>`` around); ``("interval", pieces)``
for ``[1, 2) \\cup (3, \\infty)`` (pieces of ``(lo_closed, lo, hi, hi_closed)``); ``("set", items)``
for ``\\{1, 2\\}``, and for ``a \\pm b`` its two values; ``("matrix", rows)`` for ``\\begin{pmatrix}
1 & 2 \\end{pmatrix}`` (any bracket). Only text with a relation sign, a brace, ``\\cup``, ``\\in``,
``\\infty``, ``\\begin``, ``\\pm``, ``\\propto`` or a half-open bracket is read here, so plain answers
never pay for it.

>>> read_structure(r"2 < \\eta")[0], read_structure(r"[1, 2) \\cup (3, \\infty)")[0]
('rel', 'interval')
>>> same_structure(read_structure(r"\\eta > 2"), read_structure(r"2 < \\eta"), (1e-6, 0.01))
True
"""

from __future__ import annotations

import cmath
import itertools
import math
import re

from verifiers.evaluate import NotNumeric, evaluate, magnitude, symbol_names
from verifiers.parser import ParseError, parse
from verifiers.quantity import column_units, spells_symbol_product, to_quantity
from verifiers.symbolic import compare_symbolic, constant_ratio, is_label, is_symbol, physical_reading, \
    ratios_at_points, strip_definition
from verifiers.units import convert, lookup_word

# each alternative opens with a literal character, so a search skips straight to those
_CUE_RE = re.compile(r"<|>|!=|\\(?:le|ge|ne|cup|in|infty|begin|pm|propto)(?![a-zA-Z])|\\[{}]|\[[^\[\]]*\)|\([^()]*\]")
_SIGN_RE = re.compile(r"<=|>=|!=|\\(?:le|ge|ne|propto)(?![a-zA-Z])|[<>]")
_SIGNS = {"<": ("<", False), "<=": ("<=", False), "\\le": ("<=", False), ">": ("<", True),
          ">=": ("<=", True), "\\ge": ("<=", True), "!=": ("!=", False), "\\ne": ("!=", False),
          "\\propto": ("propto", False)}
_CUP_RE = re.compile(r"\\cup(?![a-zA-Z])")
OR_RE = re.compile(r"(?:\{\s*)?\b(?:or)\b(?:\s*\})?", re.I)  # "or", "{or}": a word that joins answers
_IN_RE = re.compile(r"\\in(?![a-zA-Z])")
_ROW_RE = re.compile(r"\\\\|\\(?=\s)")  # a matrix row ends at "\\" (or "\ " where normalising left one)
_INFINITY = ("const", "inf")
_MAX_MATRICES = 4  # in one sum or product: each product multiplies the size of an entry's tree
_UNNAMED = ("name", "")


def has_structure_cue(plain: str) -> bool:
    """A cheap test: could this normalised text be a relation, interval or set?"""
    return _CUE_RE.search(plain) is not None


def read_structure(plain: str, cued: bool = False):
    """A relation, interval or set tuple of normalised text, or None when it is none of these.
    ``cued``: read brackets as intervals even without a cue (the gold is a relation)."""
    if not cued and not has_structure_cue(plain):
        return None
    try:
        builder = _SET_BUILDER_RE.fullmatch(plain.strip())
        if builder:  # "\{x : 1 \le x < 2\}", "\{x \mid x > 2\}": the condition that builds the set
            plain = builder.group(1)
        member = _IN_RE.split(plain)
        if len(member) == 2:  # "x \in [-2, 7]": the set is the answer
            plain = member[1]
        if "\\begin" in plain:
            return _matrix(plain.strip())
        if "\\pm" in plain:  # "3 \pm 2\sqrt{x}": the two values
            return _plus_minus(plain)
        if _SIGN_RE.search(plain):
            if "and" in plain:
                joined = joined_bounds(plain)
                if joined is not None:
                    return joined
            return _union(plain) if _CUP_RE.search(plain) else _relation(plain)
        text = plain.strip()
        if text.startswith("[[") and text.endswith("]]"):  # "[[1, 2], [3, 4]]": a matrix as a list of its rows
            return _nested_rows(text)
        close = text.rfind("\\}") if text.startswith("\\{") else -1
        unit = _unit_after(text[close + 2:]) if close > 0 else None
        if close > 0 and (close == len(text) - 2 or unit is not None):  # "\\{-1, 0, 1\\} eV": each member in eV
            members = tuple(_parts(text[2:close], None))
            return ("set", tuple(("mul", (member, unit)) for member in members) if unit else members)
        return _intervals(text)
    except ParseError:
        return None


# set-builder notation: "\{x : 1 \le x < 2\}", "\{x \mid x > 2\}", "\{x \in R : x > 2\}" (the variable, maybe its domain)
_SET_BUILDER_RE = re.compile(r"\\\{\s?\\?[A-Za-z]{1,8}(?:_\{?\w{1,6}\}?)?(?:\s?\\in\s?[A-Za-z]{1,3})?\s?(?::|\\mid|\|)\s?"
                             r"([^{}]{1,200})\\\}")
_ROW_GAP_RE = re.compile(r"\]\s{0,3},\s{0,3}\[")


def _nested_rows(text: str):
    """``[[1, 2], [3, 4]]`` as a matrix of those rows; None where the rows differ in length."""
    pieces = _ROW_GAP_RE.split(text[2:-2])
    if any("[" in piece or "]" in piece for piece in pieces):
        return None
    rows = tuple(tuple(_parts(piece, None)) for piece in pieces)
    return ("matrix", rows) if len({len(row) for row in rows}) == 1 else None


def _unit_after(text: str):
    """The tree of a unit written after a structure (``eV`` of ``\\{-1, 0, 1\\} eV``), its letters read as the units
    they name (written there, ``m`` is metres, no symbol); None where the text is none."""
    if not text.strip():
        return None
    unit = column_units(parse(text, normalised=True), _UNIT_WORDS)
    quantity = to_quantity(unit, require_number=False)
    return unit if quantity is not None and quantity.unit is not None else None


class _UnitWords:
    """A :func:`column_units` table that reads each letter run naming a unit as that unit (``("unit", "meter")``)."""

    def __contains__(self, node) -> bool:
        return node[0] == "name" and lookup_word(node[1]) is not None

    def __getitem__(self, node):
        return ("unit", lookup_word(node[1]))


_UNIT_WORDS = _UnitWords()


_AND_RE = re.compile(r"\s(?:and|&)\s")


def joined_bounds(plain: str):
    """``x > 0 and x \\le 1``: two bounds on one side joined by "and", as the chain ``0 < x \\le 1``; None otherwise."""
    pieces = _AND_RE.split(plain)
    if len(pieces) != 2 or not all(_SIGN_RE.search(piece) for piece in pieces):
        return None
    try:
        first, second = (_relation(piece) for piece in pieces)
    except ParseError:
        return None
    if first is None or second is None or len(first[1]) != 1 or len(second[1]) != 1 \
            or not {first[1][0], second[1][0]} <= {"<", "<="}:
        return None
    if first[2][1] == second[2][0]:  # "0 < x", "x \le 1"
        return ("rel", first[1] + second[1], (first[2][0], first[2][1], second[2][1]))
    if second[2][1] == first[2][0]:  # "x \le 1", "0 < x"
        return ("rel", second[1] + first[1], (second[2][0], second[2][1], first[2][1]))
    return None


def _plus_minus(plain: str):
    if plain.count("\\pm") != 1:
        return None
    values = (parse(plain.replace("\\pm", sign), normalised=True) for sign in ("+", "-"))
    return ("set", tuple(strip_definition(value) for value in values))


def _relation(plain: str):
    signs = [_SIGNS[m.group(0)] for m in _SIGN_RE.finditer(plain)]
    # "\\propto r^2" leaves its left side unnamed
    sides = [parse(side, normalised=True) if side.strip() else _UNNAMED for side in _SIGN_RE.split(plain)]
    if _UNNAMED in sides[1:] or (sides[0] == _UNNAMED and signs != [("propto", False)]):
        return None  # "x <", "< 3": a side missing
    if len({flipped for _, flipped in signs}) > 1 or any(side[0] in ("tuple", "eq") for side in sides):
        return None  # "1 < x > 0" or a list of relations: not read here
    ops = tuple(op for op, _ in signs)
    if signs[0][1]:
        ops, sides = ops[::-1], sides[::-1]
    if len(ops) == 1 and ops[0] in ("<", "<=") and sides[0][0] == "func" and sides[0][1] == "abs" \
            and not symbol_names(sides[1]):  # "|x| < 1": -1 < x < 1 (not "|v| < c": a magnitude's bound in symbols)
        return ("rel", ops * 2, (("neg", sides[1]), sides[0][2], sides[1]))
    return ("rel", ops, tuple(sides))


def as_union(plain: str) -> str:
    """``x < 0 or x > 2`` -> ``x < 0 \\cup x > 2``: where the gold is a union, "or" joins its pieces."""
    return OR_RE.sub(r" \\cup ", plain)


def is_union(structure) -> bool:
    return structure is not None and structure[0] == "interval" and len(structure[1]) > 1


def relations_joined(plain: str):
    """A gold ``x < 0 or x > 2`` as its union; None where "or" joins no relations (``(11, 7) or (7, 11)``
    lists two answers)."""
    if not (OR_RE.search(plain) and _SIGN_RE.search(plain)):
        return None
    union = read_structure(as_union(plain))
    return union if is_union(union) else None


def _union(plain: str):
    """``x < 0 \\cup x > 2``, ``x < 0 \\cup [1, 2]``: relations of one symbol and intervals as one union."""
    pieces, symbols = [], set()
    for part in _CUP_RE.split(plain):
        if _SIGN_RE.search(part):
            relation = _relation(part)
            if relation is None:
                return None
            symbols |= {side for side in relation[2] if side[0] in ("name", "sym")}
            interval = as_intervals(relation)
        else:
            interval = _intervals(part.strip())
        if interval is None:
            return None
        pieces.extend(interval[1])
    return ("interval", tuple(pieces)) if len(symbols) <= 1 else None


def _intervals(text: str):
    pieces = []
    for piece in _CUP_RE.split(text):
        piece = _as_brackets(piece.strip())
        if len(piece) < 2 or piece[0] not in "([" or piece[-1] not in ")]":
            return None
        ends = _parts(piece[1:-1], 2)
        if ends is None:
            return None
        pieces.append((piece[0] == "[", ends[0], ends[1], piece[-1] == "]"))
    return ("interval", tuple(pieces))


def _as_brackets(piece: str) -> str:
    """An interval in the reversed brackets of ISO 31-11 (``]0, \\infty[``, ``[1, 2[``) in round ones for open ends."""
    if len(piece) > 2 and (piece[0] == "]" or piece[-1] == "[") and piece[0] in "[]" and piece[-1] in "[]":
        return ("(" if piece[0] == "]" else "[") + piece[1:-1] + (")" if piece[-1] == "[" else "]")
    return piece


def _matrix(text: str):
    """``\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}`` (maybe inside one pair of brackets) as rows; a
    label before it is dropped (``A = \\begin{pmatrix}...``), a factor multiplies every entry
    (``\\frac{1}{2} \\begin{pmatrix}...``), and matrices written side by side, added or subtracted are
    multiplied, added or subtracted (at most _MAX_MATRICES of them)."""
    begin = text.find("\\begin{")
    before, factor = text[:begin].strip(), None
    if "=" in before:  # "A = \\begin{pmatrix}", "S_x = \\frac{\\hbar}{2} \\begin{pmatrix}": what a label names
        label, _, before = before.partition("=")
        if not label.strip() or "=" in before or not _names_matrix(parse(label, normalised=True)):
            return None
        before = before.strip()
    if before not in ("", "(", "["):
        factor = parse(before, normalised=True)
        if factor[0] in ("tuple", "eq"):
            return None
    terms, ops = [], []
    while True:
        block = _matrix_block(text, begin)
        if block is None or len(terms) == _MAX_MATRICES:
            return None
        terms.append(block[0])
        begin = text.find("\\begin{", block[1])
        gap = text[block[1]:begin if begin >= 0 else len(text)].strip()
        if begin < 0:
            break
        if gap not in ("", "*", "+", "-"):
            return None
        ops.append(gap)
    if gap.rstrip(".,; ") not in ("", ")", "]"):  # ("... \end{bmatrix}.": the sentence's full stop)
        return None
    cells = _combined(terms, ops)
    if cells is not None and factor is not None:
        cells = tuple(tuple(cell if cell[0] == "num" and not cell[1] else ("mul", (factor, cell)) for cell in row)
                      for row in cells)  # a zero stays a zero (0 times \\hbar/2 would be undecided at every point)
    return None if cells is None else ("matrix", cells)




def _names_matrix(label) -> bool:
    """A label a matrix may be given: a symbol or a product of them (``A``, ``AB``, ``S_x``, ``\\sigma_z``)."""
    return is_label(label) or label[0] == "name" or (label[0] == "mul" and all(c[0] in ("name", "sym") for c in label[1]))


def _matrix_block(text: str, begin: int):
    """(rows of cells, the index after ``\\end{...}``) of the environment that begins at ``begin``."""
    name_end = text.find("}", begin)
    env = text[begin + 7:name_end]
    end = text.find("\\end{" + env + "}", name_end)
    if name_end < 0 or end < 0:
        return None
    body = text[name_end + 1:end]
    if env == "array" and body.startswith("{"):  # the column spec, "{cc}"
        body = body[body.find("}") + 1:]
    rows = [row for row in _ROW_RE.split(body) if row.strip()]
    cells = tuple(tuple(parse(cell, normalised=True) for cell in row.split("&")) for row in rows)
    if not cells or len({len(row) for row in cells}) != 1:
        return None
    return cells, end + len(env) + 6


def _combined(terms: list, ops: list):
    """``A B + C``: products (side by side or ``*``) first, then sums; None where the shapes do not fit."""
    summands, signs = [terms[0]], ["+"]
    for op, term in zip(ops, terms[1:]):
        if op in ("", "*"):
            left = summands[-1]
            if len(left[0]) != len(term):
                return None
            summands[-1] = tuple(tuple(("add", tuple(("mul", (row[k], term[k][j])) for k in range(len(term))))
                                       for j in range(len(term[0]))) for row in left)
        else:
            summands.append(term)
            signs.append(op)
    total = summands[0]
    for sign, term in zip(signs[1:], summands[1:]):
        if (len(term), len(term[0])) != (len(total), len(total[0])):
            return None
        total = tuple(tuple(("add", (a, b if sign == "+" else ("neg", b))) for a, b in zip(row_a, row_b))
                      for row_a, row_b in zip(total, term))
    return total


def _parts(inner: str, count: int | None):
    """The comma-separated parts of a bracket's inside (``count`` of them, or any number)."""
    tree = parse(inner, normalised=True) if inner.strip() else ("tuple", ())
    items = tree[1] if tree[0] == "tuple" else (tree,)
    return items if count is None or len(items) == count else None


def as_intervals(structure):
    """An interval reading of a structure where it has one (``0 < x \\le 1`` is ``(0, 1]``,
    ``x > 2`` is ``(2, \\infty)``, a tuple ``(0, 1)`` is the open interval), else None."""
    kind = structure[0]
    if kind == "interval":
        return structure
    if kind == "tuple" and len(structure[1]) == 2:
        return ("interval", ((False, structure[1][0], structure[1][1], False),))
    if kind != "rel" or "!=" in structure[1] or "propto" in structure[1]:
        return None
    ops, sides = structure[1], structure[2]
    if len(ops) == 2:
        return ("interval", ((ops[0] == "<=", sides[0], sides[2], ops[1] == "<="),))
    if len(ops) == 1 and sides[0][0] in ("name", "sym") and not symbol_names(sides[1]):
        return ("interval", ((False, ("neg", _INFINITY), sides[1], ops[0] == "<="),))
    if len(ops) == 1 and sides[1][0] in ("name", "sym") and not symbol_names(sides[0]):
        return ("interval", ((ops[0] == "<=", sides[0], _INFINITY, False),))
    return None


def same_structure(reference, response, rel_tol: tuple, deadline=None) -> bool:
    """Do two structures say the same thing (``rel_tol``: the symbolic and the numeric tolerance)?
    Relations: the same signs and equivalent sides (a single relation up to a positive factor: ``-x > -1``
    is ``x < 1``); intervals: the same pieces, ends and closedness (a union's pieces in any order); sets:
    the same members in any order; matrices: the same shape and entries."""
    if reference[0] == "rel" and response[0] == "rel":
        return _same_relation(reference, response, rel_tol, deadline)
    if reference[0] == "set" or response[0] == "set":
        ref_items = reference[1] if reference[0] in ("set", "tuple") else None
        items = response[1] if response[0] in ("set", "tuple") else None
        return ref_items is not None and items is not None and \
            _same_members(_values(ref_items), _values(items), rel_tol, deadline)
    if reference[0] == "matrix" or response[0] == "matrix":
        if {reference[0], response[0]} == {"matrix", "tuple"}:  # a column or row vector written as a list
            reference, response = as_matrix_row(reference), as_matrix_row(response)
        return reference[0] == response[0] and len(reference[1]) == len(response[1]) and all(
            len(a) == len(b) and all(_equal(x, y, rel_tol, deadline) for x, y in zip(a, b))
            for a, b in zip(reference[1], response[1]))
    ref_iv, iv = as_intervals(reference), as_intervals(response)
    if ref_iv is None or iv is None or len(ref_iv[1]) != len(iv[1]):
        return False
    unused = list(iv[1])  # a union's pieces in any order: (2, \infty) \cup (0, 1) is (0, 1) \cup (2, \infty)
    for a in ref_iv[1]:
        match = next((i for i, b in enumerate(unused) if a[0] == b[0] and a[3] == b[3] and
                      _equal(a[1], b[1], rel_tol, deadline) and _equal(a[2], b[2], rel_tol, deadline)), None)
        if match is None:
            return False
        unused.pop(match)
    return True


def _values(items) -> tuple:
    """A set's members without the one unknown they all solve for (``x = 1, x = -2`` -> ``1, -2``); as they are otherwise."""
    labels = {item[1] for item in items if item[0] == "eq" and len(item[3]) == 2}
    if len(labels) == 1 and all(item[0] == "eq" and len(item[3]) == 2 for item in items):
        return tuple(item[2] for item in items)
    return items


def as_matrix_row(structure):
    """A tuple, or a matrix of one column, as a matrix of one row (``(3, 4)``); any other matrix as it is."""
    if structure[0] == "tuple":
        return ("matrix", (structure[1],))
    if structure[0] == "matrix" and all(len(row) == 1 for row in structure[1]):
        return ("matrix", (tuple(row[0] for row in structure[1]),))
    return structure


def _same_relation(reference, response, rel_tol: tuple, deadline) -> bool:
    if reference[1] != response[1]:
        return False
    sides_a, sides_b = reference[2], response[2]
    if len(sides_a) != 2:  # a chain ("0 < x \\le 1"): side by side
        return all(_equal(a, b, rel_tol, deadline) for a, b in zip(sides_a, sides_b))
    same = [_equal(a, b, rel_tol, deadline) for a, b in zip(sides_a, sides_b)]  # (each pair compared once)
    if all(same):
        return True
    if any(same[label]
           and (_bound_quantities(sides_a[1 - label], sides_b[1 - label]) is not None
                or not (symbol_names(sides_a[1 - label]) or symbol_names(sides_b[1 - label]))) for label in (0, 1)):
        return False  # "f \\ge 6 \\times 10^{15} Hz" for "f \\ge 6 \\times 10^{14} Hz": one quantity's bound, another
        # bound (as differences, f - 6e15 Hz and f - 6e14 Hz were near multiples at any f a random point takes)
    if reference[1][0] == "propto" and _UNNAMED not in (sides_a[0], sides_b[0]) \
            and _equal(sides_a[0], sides_b[1], rel_tol, deadline) and _equal(sides_a[1], sides_b[0], rel_tol, deadline):
        return True  # "F \\propto a" for "a \\propto F": proportionality goes both ways
    if reference[1][0] == "propto":  # "F \\propto r^{-2}": the same left side, right sides up to a factor
        return (_UNNAMED in (sides_a[0], sides_b[0]) or same[0]
                or _taken_at(sides_a[0], sides_b[0], sides_b[1]) or _taken_at(sides_b[0], sides_a[0], sides_a[1])) \
            and _positive_multiple(sides_a[1], sides_b[1], rel_tol[0], sign_free=True)
    sign_free = reference[1][0] == "!="
    a, b = physical_reading(_difference(sides_a), _difference(sides_b))
    return _positive_multiple(a, b, rel_tol[0], sign_free) or (reference[1][0] in ("<", "<=") and _positive_factor(a, b, rel_tol[0]))


def _taken_at(symbol, side, other) -> bool:
    """Is ``side`` the quantity ``symbol`` written as a function of the symbols the proportionality's other side is
    in (``u(T)`` of ``u(T) \\propto T^4``, ``I(\\lambda)`` of ``I(\\lambda) \\propto \\lambda^{-4}``, for ``u``, ``I``)?"""
    if not is_symbol(symbol) or side[0] != "mul" or side[1][0] != symbol or len(side[1]) < 2:
        return False
    arguments = side[1][1:]
    return all(is_symbol(argument) for argument in arguments) \
        and symbol_names(("mul", arguments)) <= symbol_names(other)


def _positive_factor(a, b, rel_tol: float) -> bool:
    r"""Is ``a`` ``b`` times a positive number and a power of one symbol or two (``\Delta x \Delta p - \hbar/2`` is
    ``\Delta p - \hbar/(2\Delta x)`` times ``\Delta x``), positive as physical quantities are? An inequality
    multiplied through by it keeps its sense."""
    points = ratios_at_points(a, b, with_points=True)
    if not points or len(points) < 2:
        return False
    names = sorted(symbol_names(a) | symbol_names(b))
    factors = [{name: power} for name in names for power in (1, -1, 2, -2)] \
        + [{first: power, second: power} for first, second in itertools.combinations(names, 2) for power in (1, -1)]
    ratio = constant_ratio(points, factors, rel_tol)  # ("\Delta x" is two symbols, Delta and x)
    return ratio is not None and ratio.real > 1e-12 and abs(ratio.imag) <= rel_tol * ratio.real


def _difference(sides):
    return ("add", (sides[0], ("neg", sides[1])))


def _positive_multiple(a, b, rel_tol: float, sign_free: bool) -> bool:
    """Is ``a`` a constant positive (or, ``sign_free``, any nonzero) multiple of ``b``?"""
    ratios = ratios_at_points(a, b)
    if ratios is None or len(ratios) < 2 or magnitude(ratios[0]) <= 1e-12 \
            or not all(magnitude(r - ratios[0]) <= rel_tol * magnitude(ratios[0]) for r in ratios):
        return False
    return sign_free or (ratios[0].real > 0 and abs(ratios[0].imag) <= rel_tol * ratios[0].real)


def _same_members(ref_items, items, rel_tol: tuple, deadline) -> bool:
    if len(ref_items) != len(items):
        return False
    unused = list(items)
    for want in ref_items:
        match = next((i for i, got in enumerate(unused) if _equal(want, got, rel_tol, deadline)), None)
        if match is None:
            return False
        unused.pop(match)
    return True


def _bound_quantities(a, b) -> tuple | None:
    """Both sides as quantities in units, where both are: each in a unit that is no lone letter a physicist means as
    a symbol ("x \\le 2h" is no 7200 s, "E \\ge 2 kT" no 2000 T), or one is and the other's lone letter is a unit of
    its dimension (``5 \\times 10^{-7} m`` beside ``500 nm``); None otherwise."""
    quantities = to_quantity(a), to_quantity(b)
    if not all(quantity is not None and quantity.unit is not None for quantity in quantities) \
            or spells_symbol_product(a) or spells_symbol_product(b):
        return None
    clear = [not (quantity.symbol_like and len(quantity.unit.factors) == 1) for quantity in quantities]
    same = quantities[0].unit.dimensionality == quantities[1].unit.dimensionality
    return quantities if all(clear) or (any(clear) and same) else None


def _equal(a, b, rel_tol: tuple, deadline) -> bool:
    """Equivalent expressions; plain numbers (``0.6`` for ``\\frac{3}{5}``) to the numeric tolerance."""
    if a == b:
        return True
    quantities = _bound_quantities(a, b)
    if quantities is not None:
        x, y = quantities[0].value, convert(quantities[1].value, quantities[1].unit, quantities[0].unit)
        # ("18 km/h" for "5 m/s", "0 °C" for "273.15 K": in the gold's unit)
        if not (math.isfinite(x) and math.isfinite(y)):
            return x == y  # (an infinite bound is no value within a tolerance of a finite one)
        return quantities[0].unit.dimensionality == quantities[1].unit.dimensionality \
            and abs(x - y) <= max(rel_tol) * max(abs(x), abs(y))
    if symbol_names(a) or symbol_names(b):  # as a physicist means them: \hbar is h/2pi, as in any formula
        return compare_symbolic(*physical_reading(a, b), rel_tol[0], deadline) is True
    try:  # numbers: zero is zero (1 \cdot 0 + 0 \cdot 1, an entry of a product), which no random point decides
        x, y = evaluate(a), evaluate(b)
    except NotNumeric:
        return compare_symbolic(a, b, max(rel_tol), deadline) is True
    if not (cmath.isfinite(x) and cmath.isfinite(y)):  # an infinite end: |inf - 2| <= tol * inf held for any 2
        return x == y
    return magnitude(x - y) <= max(rel_tol) * max(magnitude(x), magnitude(y))
