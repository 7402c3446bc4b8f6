"""Vectors in answers: unit vectors (``\\hat{r}``, ``\\mathbf{e}_z``), components along them, and hats that are
quantum operators instead.

>>> is_direction("hat(x)"), is_direction("x")
(True, False)
"""

from __future__ import annotations

from verifiers.evaluate import is_zero, symbol_names

# the letters a hat makes a unit vector of ("\hat{r}"; over any other letter a hat is an operator: "\hat{H}")
DIRECTION_LETTERS = frozenset(("x", "y", "z", "r", "i", "j", "k", "n", "theta", "phi", "varphi", "rho"))
_BASIS = {f"e_{axis}" for axis in ("x", "y", "z", "r", "theta", "phi", "varphi", "rho")}
_CARTESIAN = tuple({f"{form.format(axis)}": index for index, axis in enumerate(axes)}
                   for axes, form in ((("i", "j", "k"), "hat({})"), (("x", "y", "z"), "hat({})"), (("x", "y", "z"), "e_{}")))


_ZERO = ("num", 0.0, "0")


def as_components(tree, size: int = 0):
    """``3\\hat{i} + 4\\hat{j}`` -> the tuple ``(3, 4)``: a vector written along Cartesian unit vectors, as its
    components (at least ``size`` of them, 0 along an axis it leaves out); None for anything else, and for one
    term unless ``size`` asks for a list.

    >>> from verifiers.parser import parse
    >>> as_components(parse(r"3\\hat{x} - \\hat{z}"))
    ('tuple', (('num', 3.0, '3'), ('num', 0.0, '0'), ('neg', ('num', 1.0, '1'))))
    """
    if tree[0] == "mul":  # "2(\\hat{x} + \\hat{y})", "\\frac{F\\hat{x} + G\\hat{y}}{m}": a factor common to the components
        sums = [factor for factor in tree[1] if factor[0] == "add"]
        inner = as_components(sums[0], size) if len(sums) == 1 else None
        if inner is not None:
            rest = tuple(factor for factor in tree[1] if factor is not sums[0])
            return ("tuple", tuple(("mul", rest + (component,)) for component in inner[1]))
    terms = tree[1] if tree[0] == "add" else (tree,)
    for axes in _CARTESIAN:
        found = {}
        for term in terms:
            negative, body = term[0] == "neg", term[1] if term[0] == "neg" else term
            factors = list(body[1]) if body[0] == "mul" else [body]
            along = [factor for factor in factors if factor[0] == "sym" and factor[1] in axes]
            if len(along) != 1:
                break
            factors.remove(along[0])
            value = ("num", 1.0, "1") if not factors else factors[0] if len(factors) == 1 else ("mul", tuple(factors))
            value = ("neg", value) if negative else value
            axis = axes[along[0][1]]  # ("v_0\sin\theta\hat{y} - g t\hat{y}": one component written as two terms)
            found[axis] = ("add", (found[axis], value)) if axis in found else value
        else:
            if len(found) < 2 and size < 2:  # "B \mathbf{e}_z": a magnitude along one axis, unless a list is asked for
                return None
            length = max(size, max(found) + 1)
            while length > size and is_zero(found.get(length - 1, _ZERO)):
                length -= 1  # "3\hat{i} + 4\hat{j} + 0\hat{k}" for "(3, 4)": a zero along an axis not asked for
            return ("tuple", tuple(found.get(index, _ZERO) for index in range(length)))
    return None


# i, j, k written bare where the gold writes them hatted: its unit vectors ("3i + 4j" for "3\\hat{i} + 4\\hat{j}")
BARE_UNIT_VECTORS = {("name", axis): ("sym", f"hat({axis})") for axis in "ijk"}
_IJK = tuple(hatted[1] for hatted in BARE_UNIT_VECTORS.values())


def is_direction(name: str) -> bool:
    return name[:4] == "hat(" or name in _BASIS


def _as_operators(own: set, other: set) -> dict:
    """``\\hbar\\omega(\\hat{n} + \\frac{1}{2})`` against ``\\hbar\\omega(n + \\frac{1}{2})``: a hatted letter the other
    side writes bare (and never hatted) is the quantum operator of that letter, not a unit vector."""
    aliases = {}
    for name in own:
        letter = name[4:-1] if name[:4] == "hat(" else None
        if letter and letter in other and name not in other:
            aliases[("sym", name)] = ("name", letter) if len(letter) == 1 else ("sym", letter)
    return aliases


def _direction_dropped(tree, own: set, other: set, gold: bool = False) -> dict:
    """``\\frac{Q}{4\\pi\\epsilon_0 r^2} \\hat{r}`` against a gold that gives no direction: the component along it,
    where the unit vector (``\\hat{r}``, ``\\mathbf{e}_z``) is one factor of the whole answer and the other
    side writes none (``5\\hat{x} + 3\\hat{y}`` keeps its directions); a gold's magnitude answers it too, as the
    PHYSICS benchmark's labels have it (``B = \\mu_0 n i_0 \\sin\\omega t`` for ``... \\mathbf{e}_z``)."""
    # ("3\hat{i}" against "3i": i, j, k written bare are the unit vectors, read as the hat's, see _as_operators;
    # a bare x, y, z or r is a coordinate)
    directions = [name for name in own if is_direction(name) and not (gold and name in _IJK and name[4:-1] in other)]
    if len(directions) != 1 or any(is_direction(name) for name in other):
        return {}
    while tree[0] == "neg":
        tree = tree[1]
    factors = _factors(tree) if tree[0] == "mul" else []
    node = ("sym", directions[0])
    if node not in factors:
        return {}
    factors.remove(node)
    if directions[0] in symbol_names(("mul", tuple(factors))):  # "\hat{r} (1 + \hat{r})": not a factor alone
        return {}
    return {node: ("num", 1.0, "1")}


def _factors(product) -> list:
    """The factors of a product, those of a product inside it too (``\\frac{kQ\\hat{r}}{r^2}``)."""
    out = []
    for factor in product[1]:
        out.extend(_factors(factor) if factor[0] == "mul" else (factor,))
    return out


def direction_aliases(tree, own: set, other: set, gold: bool = False) -> dict:
    """How to read the unit vectors of one side (``tree``, its symbol names ``own``) against the other's: as
    operators where the other writes the letter bare, else dropped as a lone factor (see both rules). ``gold``:
    this side is the gold's, whose ``\\hat{i}``, ``\\hat{j}``, ``\\hat{k}`` an answer may write bare (``3i``
    for ``3\\hat{i}``; an answer's ``\\hbar \\hat{k}`` is no wave number ``\\hbar k``)."""
    return {**_as_operators(own, other), **_direction_dropped(tree, own, other, gold)}


def cartesian_renamed(own: set, other: set) -> dict:
    """``\\frac{\\mu_0 I}{2R}\\hat{k}`` against ``... \\hat{z}``: the answer's Cartesian unit vectors in the gold's
    form (i, j, k hatted; x, y, z hatted; e_x, e_y, e_z), where each side writes one form and they differ."""
    forms = [[index for index, axes in enumerate(_CARTESIAN) if names & axes.keys()] for names in (own, other)]
    if len(forms[0]) != 1 or len(forms[1]) != 1 or forms[0] == forms[1]:
        return {}
    mine, theirs = (_CARTESIAN[form[0]] for form in forms)
    axis_name = {index: name for name, index in theirs.items()}
    return {("sym", name): ("sym", axis_name[index]) for name, index in mine.items() if name in own}
