"""Equivalence of symbolic answers: evaluation at random points, then sympy where that is inconclusive.

Random-point evaluation (``evaluate`` on complex floats) decides almost every case in microseconds and
is robust to any rewriting: two expressions that agree at several random points are equal with
overwhelming probability. Only when evaluation cannot decide (the expressions are undefined at every
point tried) is sympy asked to simplify the difference, in a killable worker (``verifiers.sandbox``).

>>> from verifiers.parser import parse
>>> compare_symbolic(parse(r"\\frac{m v^2}{2}"), parse("0.5*v*v*m"), 1e-6)
True
>>> compare_symbolic(parse("R^2"), parse("r^2"), 1e-6)  # symbols are case-sensitive
False
"""

from __future__ import annotations

import cmath
import math
import random
import zlib

from verifiers.decimals import Decimal, as_symbols, is_decimal
from verifiers.evaluate import (CUTS, LEAVES, NotNumeric, children, evaluate, holds, is_euler_power, magnitude,
                                 symbol_names)
from verifiers.limits import Deadline
from verifiers.vectors import cartesian_renamed, direction_aliases, is_direction

_POINTS = 5
_WIDE_POINTS = 4  # more points, every other one wide, for an answer with rounded decimals
_WIDE = math.log(20.0)  # wide points: symbols from 1/20 to 20, log-uniform
# two of the points take every symbol from one side of 1: a term that vanishes above 1 (v^{-100}) or below it
# (v^{100}) where the others all lie cannot hide at both
_SCALED_POINTS = {1: (0.3, 0.9), 3: (1.2, 3.0)}
_MORE_POINTS = 10  # points drawn again where one falls where a root takes a negative number (v > c)
_ONE = ("num", 1.0, "1")
_UNDERFLOW = 1e-290  # values this small may be floats' zero, not the expression's
_TWO_PI = ("mul", (("num", 2.0, "2"), ("const", "pi")))
_HBAR = ("mul", (("name", "h"), ("inv", _TWO_PI)))
_COULOMB = ("inv", ("mul", (("num", 4.0, "4"), ("const", "pi"), ("sym", "epsilon_0"))))  # k = 1/(4 pi epsilon_0)
_BETA = ("mul", (("name", "v"), ("inv", ("name", "c"))))  # beta = v/c
_E, _EULER = ("name", "e"), ("func", "exp", ("num", 1.0, "1"))


# A lone letter i that both sides write is sampled as the imaginary unit: "\frac{1}{1 + i\omega RC}" is
# "\frac{1 - i\omega RC}{1 + \omega^2R^2C^2}", "e^{i\omega t}" is "\cos\omega t + i\sin\omega t". An identity in a
# real i (a current) holds at i = sqrt(-1) too, so no right answer is lost; where one side has no i, i^2 would
# answer -1 ("\frac12 L i^2" is no "-\frac{L}{2}").
IMAGINARY = "i"


def _imaginary(a, b) -> bool:
    return IMAGINARY in symbol_names(a) and IMAGINARY in symbol_names(b)


def _points_for(names: list) -> random.Random:
    """A generator of sample points seeded by the symbols' names, so a comparison is repeatable (an int seed:
    a string one costs a SHA-512)."""
    return random.Random(zlib.crc32(",".join(names).encode()))


def _lorentz(beta):
    """The Lorentz factor 1/sqrt(1 - beta^2) of a speed ``beta`` (a tree) in units of c."""
    return ("inv", ("func", "sqrt", ("add", (("num", 1.0, "1"), ("neg", ("pow", beta, ("num", 2.0, "2")))))))


_LORENTZ = _lorentz(_BETA)
_VACUUM_PERMEABILITY = ("inv", ("mul", (("sym", "epsilon_0"), ("pow", ("name", "c"), ("num", 2.0, "2")))))  # 1/(eps_0 c^2)
_LIGHT = ("inv", ("func", "sqrt", ("mul", (("sym", "mu_0"), ("sym", "epsilon_0")))))  # c = 1/sqrt(mu_0 epsilon_0)


def is_label(node) -> bool:
    """A side of an equation that names a quantity: a symbol (``v``, ``m'``, ``T_1``, ``\\dot{x}``), its
    magnitude (``|\\vec{F}|``), its power (``p_f^2``), a symbol of its arguments (``P(\\rho)``, ``\\sigma(N, \\tau)``, ``G(n\\pi)``,
    ``C(\\eta^0)``), an expectation value (``\\langle x^2 \\rangle``) or a differential (``\\delta y``)."""
    if node[0] in ("sym", "name"):
        return is_symbol(node)
    if node[0] == "mul" and len(node[1]) == 1:  # "(f_0')^2": a symbol in brackets
        return is_label(node[1][0])
    if node[0] == "tuple":  # "(p, q) = (3, 2)"
        return bool(node[1]) and all(is_label(item) for item in node[1])
    if node[0] == "func" and node[1] == "abs":  # "|\vec{S}| = \frac{\sqrt{3}}{2}\hbar": a vector's magnitude
        return is_symbol(node[2])
    if node[0] == "func" and node[1] == "mean":  # "\langle S_z \rangle = \hbar/2": an expectation value
        return _is_argument(node[2]) and bool(symbol_names(node[2]))
    if node[0] == "pow":  # "p_f^2 = 2 m e \\phi", "K^{-1} = ...": a power of a quantity names it
        exponent = node[2][1] if node[2][0] == "neg" else node[2]
        return exponent[0] == "num" and is_label(node[1]) and node[1][0] != "pow"
    if node[0] == "mul" and len(node[1]) == 2 and is_label(node[1][0]) and node[1][0][0] != "pow":
        argument = node[1][1]
        return is_label(argument) or _is_argument(argument) or \
            (argument[0] == "tuple" and all(is_label(a) or _is_argument(a) for a in argument[1]))
    return False


def _is_argument(node) -> bool:
    """What a function-like label is taken at: a product of symbols, numbers and constants (``n\\pi``,
    ``\\omega t``, ``\\eta^0``), not a sum (``m (v + u)`` is a product)."""
    if node[0] in ("num", "const") or is_label(node):
        return True
    if node[0] == "mul":
        return all(_is_argument(child) for child in node[1])
    return node[0] == "pow" and _is_argument(node[1]) and node[2][0] == "num"


def names_quantity(node) -> bool:
    """A side that names what an equation gives: a label, or a difference, ratio or product of at most
    three labels (``S_D - S_A``, ``W'/W``, ``\\frac{d\\sigma}{d\\Omega}``); never a side with a number in it
    (``a + 3z = 0`` and ``7 = 11a + c`` are conditions, not values)."""
    if is_label(node) or node[0] == "unit":  # "d\\Omega": a Greek capital read as a unit is a letter here
        return True
    if node[0] == "name":  # "AB": a product of letters, or a segment's name
        return len(node[1]) <= 3
    if node[0] == "func":  # "|AB|", "\\sin\\theta"; an expectation value names one, whatever it encloses
        return node[1] == "mean" or names_quantity(node[2])
    if node[0] == "inv" or (node[0] == "mul" and len(node[1]) == 2 and node[1][0] == _ONE and node[1][1][0] == "inv"):
        return is_label(node[1] if node[0] == "inv" else node[1][1][1])  # "\\frac{1}{f}", "1/\\lambda": a reciprocal's
    if node[0] == "pow" and node[2][0] == "num":  # "v^2", "T^2": a power of one
        return is_label(node[1])
    # "\\dot{T} - \\frac{k}{\\rho c}\\nabla^2 T = 0": an equation of motion, no quantity's value
    if node[0] == "add" and holds(node, _is_derivative):
        return False
    if node[0] in ("add", "mul") and len(node[1]) <= 3:  # "a^2 + b": a sum with a power in it is a condition
        return all(names_quantity(child[1] if child[0] in ("neg", "inv") else child) and child[0] != "pow"
                   for child in node[1])
    return False


def _is_derivative(node) -> bool:
    return node[0] == "sym" and node[1].startswith(("dot(", "ddot("))


def exact_value(node):
    """The value a chain ``x = a = b \\approx c`` gives: its last side before an ``\\approx`` (the exact
    one), or its last side when the approximation follows the label at once (``x \\approx 3``)."""
    sides, exact = node[3], node[4]
    return sides[exact - 1] if exact >= 2 else sides[-1]


def definition(node):
    """(label, value) of ``label = value`` in either order (``v = \\sqrt{2gh}``, ``\\sqrt{2gh} = v``), the
    left side first when both name quantities; a chain that starts with a label (``x = 5 + 6 = 11``) gives
    its :func:`exact_value`. None for anything else (a general equation, no equation)."""
    if node[0] != "eq":
        return None
    if len(node[3]) > 2:
        return (node[1], exact_value(node)) if is_label(node[1]) else None
    lhs, rhs = node[1], node[2]
    if is_label(lhs):
        return lhs, rhs
    if is_symbol(rhs) or _is_change(rhs):  # "\\sqrt{2gh} = v", "... = \\Delta E"; but "mvr = n\\hbar" is a condition,
        return rhs, lhs  # not n of \\hbar
    return None


def _is_change(node) -> bool:
    """A change of one symbol, ``\\Delta E`` or ``\\delta y``."""
    return node[0] == "mul" and len(node[1]) == 2 and node[1][0] in (("sym", "Delta"), ("sym", "delta")) \
        and is_symbol(node[1][1])


def is_symbol(node) -> bool:
    """One symbol (``v``, ``T_1``, ``\\dot{x}``, ``I(0)``): the label a definition may write on its right."""
    return node[0] == "sym" or (node[0] == "name" and len(node[1]) == 1)


def as_definition(label, value):
    """``label = value`` as the parser writes an equation of two sides."""
    return ("eq", label, value, (label, value), 2)


def strip_definition(node):
    """``E = \\frac12 m v^2`` (or ``\\frac12 m v^2 = E``) -> the side that is not the quantity's name."""
    found = definition(node)
    return found[1] if found else node


def has_decimals(node) -> bool:
    """Does the tree write a number with a decimal point or an exponent (a rounded value, ``0.693``)?"""
    stack = [node]
    while stack:  # a loop, not recursion: this runs on both sides of every symbolic comparison
        node = stack.pop()
        if node[0] == "num":
            if is_decimal(node):
                return True
        elif node[0] not in LEAVES:
            stack.extend(children(node))
    return False


def physical_reading(reference, response):
    """Both trees as a physicist means them: ``\\hbar`` is h/2pi; ``e^{x}`` is exp(x) unless ``e`` is a
    free symbol somewhere in the comparison, where it is the elementary charge throughout; ``k_B`` on one
    side and ``k`` on the other are one symbol where the comparison is thermal (``kT``, ``Nk``; ``\\hbar k``
    is a wave number), as are ``k_e`` and ``k``; constants one side writes by a letter and
    the other by what defines them are one quantity (see ``_defined``)."""
    ref_names, resp_names = symbol_names(reference), symbol_names(response)
    ref_splits, resp_splits = _latex_subscripts(ref_names, resp_names), _latex_subscripts(resp_names, ref_names)
    ref_names, resp_names = _with_pieces(ref_names, ref_splits), _with_pieces(resp_names, resp_splits)
    names = ref_names | resp_names
    trees = (reference, response)
    aliases = {("sym", name): ("name", "k") for name in ("k_B", "k_e")
               if (name in ref_names) != (name in resp_names)
               and not ({"k", name} <= ref_names or {"k", name} <= resp_names)
               and (name == "k_e" or _is_thermal(names, trees))} if "k" in names else {}
    ref_aliases = resp_aliases = aliases
    if "epsilon_0" in names or names & {"gamma", "beta"}:  # constants one side may write by what defines them
        charged = "k" in names and (_has_charge(names) or _in_either(trees, is_euler_power))  # "k e^2": e a charge
        ref_aliases = {**aliases, **_defined(ref_names, resp_names, charged)}
        resp_aliases = {**aliases, **_defined(resp_names, ref_names, charged)}
    if names & _PARTICLE_MASSES:  # "\\frac{h}{m_e c}" for "\\frac{h}{mc}"
        ref_aliases = {**ref_aliases, **_bare_mass(ref_names, resp_names)}
        resp_aliases = {**resp_aliases, **_bare_mass(resp_names, ref_names)}
    if any(name.startswith("omega") for name in names):  # "\\frac{\\omega d}{2c}" for "\\frac{\\pi f d}{c}"
        ref_aliases = {**ref_aliases, **_in_frequency(ref_names, resp_names)}
        resp_aliases = {**resp_aliases, **_in_frequency(resp_names, ref_names)}
    ref_aliases = {**ref_aliases, **_split_nodes(ref_splits, ref_aliases)}
    resp_aliases = {**resp_aliases, **_split_nodes(resp_splits, resp_aliases)}
    charge = "e" in names
    if charge and _in_either(trees, _adds_e_to_a_number):
        # "1 - 1/e", "(1 - e^{-1}) Q_0": e added to a number is no charge (the units would not add) but Euler's
        # number ("-e/3" stays a charge)
        charge = False
        ref_aliases, resp_aliases = {**ref_aliases, _E: _EULER}, {**resp_aliases, _E: _EULER}
    if any(is_direction(name) for name in names):
        renamed = cartesian_renamed(resp_names, ref_names)  # "\hat{k}" for "\hat{z}": in the gold's form
        if renamed:
            resp_names = (resp_names - {old[1] for old in renamed}) | {new[1] for new in renamed.values()}
            resp_aliases = {**resp_aliases, **renamed}
        ref_aliases = {**ref_aliases, **direction_aliases(reference, ref_names, resp_names, gold=True)}
        resp_aliases = {**resp_aliases, **direction_aliases(response, resp_names, ref_names)}
    if not charge and names:  # "k e^2 / r", "m e^4": e squared beside other symbols is the charge's square (7.389 k/r
        charge = None         # is no answer to it), Euler's elsewhere: None reads e so in whole powers of 2 or more
    return _reread(reference, charge, ref_aliases), _reread(response, charge, resp_aliases)


_CHARGES = frozenset(("q", "Q", "e", "lambda", "sigma", "rho"))  # charges, charge densities (p: a momentum)


_THERMAL = frozenset(("T", "N", "S", "Omega"))  # a temperature, a number of particles, entropy, multiplicity
_NOT_THERMAL = frozenset(("hbar", "h", "x", "m", "A", "omega"))  # a wave number's, a spring's company


def _in_either(trees: tuple, test) -> bool:
    """Does a node of either tree pass ``test``?"""
    return any(holds(tree, test) for tree in trees)


def _is_thermal(names: set, trees: tuple) -> bool:
    """Is ``k`` Boltzmann's constant here (``kT``, ``Nk``, ``k \\ln \\Omega``, ``C_V``, ``\\frac32 k`` with no
    other symbol), not a wave number (``\\hbar k``), a spring's constant (``\\frac12 k x^2``, ``\\sqrt{k/m}``;
    ``C`` alone is a capacitance) or Coulomb's (``kq/r^2``)?"""
    if any(name.partition("_")[0] in _THERMAL or name[:2] in ("C_", "c_") for name in names) \
            or _in_either(trees, _is_logarithm):
        return True
    return not (names & _NOT_THERMAL or _has_charge(names))


def _is_logarithm(node) -> bool:
    return node[0] == "func" and node[1] in ("ln", "log")


def _has_charge(names: set) -> bool:
    """Is a charge (``q``, ``Q_1``, ``e``) or a charge density in the comparison, where ``k`` may be Coulomb's
    constant?"""
    return any(name.partition("_")[0] in _CHARGES for name in names)


def _charge_squared(node) -> bool:
    """``e^2``, ``e^4``: e to a charge's small whole power (``N_0 e^{-2}``, two time constants on, is Euler's)."""
    if not is_euler_power(node):
        return False
    exponent = node[2]
    return exponent[0] == "num" and exponent[1] in (2.0, 3.0, 4.0, 6.0)  # (e^{1000} is no charge's power)


def _adds_e_to_a_number(node) -> bool:
    """A sum with a term of numbers alone and a term whose only symbol is e (``1 - \\frac{1}{e}``)."""
    if node[0] != "add":
        return False
    kinds = [symbol_names(term) for term in node[1]]
    return set() in kinds and {"e"} in kinds


def _latex_subscripts(own: set, other: set) -> dict:
    """``k_BT`` is k_B times T in LaTeX (an unbraced subscript is one letter), but plain text writes
    ``v_max`` for v_{max}: a name with a subscript of several letters that only this side writes is read
    the LaTeX way, as its pieces, where the other side writes every one of them (``k_B`` or ``k``, ``T``).
    Trees do not keep braces, so a gold's ``V_{AB}`` is split too where an answer writes ``V_A B``.

    >>> _latex_subscripts({"k_BT", "E"}, {"k", "T", "E"})
    {'k_BT': ('k_B', 'T')}
    """
    out = {}
    for name in own - other:
        base, _, sub = name.partition("_")
        if not (base.isascii() and base.isalpha() and sub.isascii() and sub.isalpha() and 2 <= len(sub) <= 4):
            continue
        first, rest = sub[0], sub[1:]
        if {f"{base}_{first}", base} & other and set(rest) <= other:
            out[name] = (f"{base}_{first}", *rest)
    return out


def _with_pieces(names: set, splits: dict) -> set:
    """``names`` with each split name replaced by its pieces."""
    return names - set(splits) | {piece for pieces in splits.values() for piece in pieces}


def _split_nodes(splits: dict, aliases: dict) -> dict:
    """The product each split name stands for, its pieces read through ``aliases`` (``k_B`` as ``k``), as a
    ``("run", pieces)`` node: ``_reread`` gives a power of the name to its last piece alone."""
    out = {}
    for name, pieces in splits.items():
        nodes = (("sym", pieces[0]),) + tuple(("name", letter) for letter in pieces[1:])
        out[("sym", name)] = ("run", tuple(aliases.get(node, node) for node in nodes))
    return out


def _defined(own: set, other: set, charged: bool) -> dict:
    """Where only the other side writes epsilon_0, this side's ``k_e`` is Coulomb's constant 1/(4 pi epsilon_0),
    and so is its ``k`` where the comparison is ``charged`` (``k e^2`` for ``\\frac{e^2}{4\\pi\\epsilon_0}``; not a
    spring's ``\\frac12 k x^2``); where it also writes mu_0, its
    ``c`` is 1/sqrt(mu_0 epsilon_0), or where it writes mu_0 without epsilon_0, its mu_0 is 1/(epsilon_0 c^2). Where only the other side writes v and c, this side's ``\\gamma`` is the
    Lorentz factor and its ``\\beta`` is v/c (``\\gamma m c^2`` for ``\\frac{mc^2}{\\sqrt{1 - v^2/c^2}}``); where the other
    writes T and Boltzmann's k (``k`` or ``k_B``, or ``k_BT`` in one) instead, its ``\\beta`` is 1/(kT)."""
    out = {}
    if {"v", "c"} <= other:
        out.update({("sym", name): value for name, value in (("gamma", _LORENTZ), ("beta", _BETA))
                    if name in own and name not in other})
    elif "gamma" in own and "gamma" not in other and "beta" in other:  # "\\frac{mc^2}{\\sqrt{1 - \\beta^2}}"
        out[("sym", "gamma")] = _lorentz(("sym", "beta"))
    elif "beta" in own and "beta" not in other and ("k_BT" in other or ("T" in other and other & {"k", "k_B"})):
        # "\\tanh(\\beta \\mu_0 B)" for "\\tanh\\left(\\frac{\\mu_0 B}{kT}\\right)": the inverse temperature
        boltzmann = ("sym", "k_B") if "k_B" in other else ("name", "k")
        out[("sym", "beta")] = ("inv", ("sym", "k_BT") if "k_BT" in other else ("mul", (boltzmann, ("name", "T"))))
    if "epsilon_0" in own or "epsilon_0" not in other:
        return out
    if "k_e" in own:
        out[("sym", "k_e")] = _COULOMB
    if "k" in own and charged:
        out[("name", "k")] = _COULOMB
    if "c" in own and "mu_0" in other and "mu_0" not in own:
        out[("name", "c")] = _LIGHT
    elif "mu_0" in own and "mu_0" not in other and ("c" in other or "c" in own):
        out[("sym", "mu_0")] = _VACUUM_PERMEABILITY  # "\frac{\mu_0 q^2 a^2}{6\pi c}" for "...{6\pi\epsilon_0 c^3}"
    return out


_PARTICLE_MASSES = frozenset(("m_e", "m_p", "m_n"))


def _bare_mass(own: set, other: set) -> dict:
    """The one particle's mass (``m_e``, ``m_p``, ``m_n``) that only this side writes, where only the other writes a
    bare ``m``: that mass (``\\frac{h}{m_e c}`` for ``\\frac{h}{mc}``, the Compton wavelength).

    >>> _bare_mass({"h", "m_e", "c"}, {"h", "m", "c"})
    {('sym', 'm_e'): ('name', 'm')}
    """
    if "m" in own or "m" not in other or _PARTICLE_MASSES & other:  # ("m - m_p" names two masses, m no particle's)
        return {}
    found = _PARTICLE_MASSES & own  # (the other side writes none: checked above)
    return {("sym", next(iter(found))): ("name", "m")} if len(found) == 1 else {}


def _in_frequency(own: set, other: set) -> dict:
    """An angular frequency ``\\omega`` (``\\omega_0``) that only this side writes, where only the other writes a
    frequency ``f`` or ``\\nu`` of the same subscript: 2 pi times that frequency (``\\frac12 \\hbar\\omega`` is
    ``\\frac12 hf``, ``\\frac{\\omega d}{2c}`` is ``\\frac{\\pi \\nu d}{c}``).

    >>> _in_frequency({"omega", "d"}, {"f", "d"})
    {('sym', 'omega'): ('mul', (('num', 2.0, '2'), ('const', 'pi'), ('name', 'f')))}
    """
    out = {}
    for name in own - other:
        base, _, subscript = name.partition("_")
        if base != "omega":
            continue
        for frequency in ("f", "nu"):
            named = f"{frequency}_{subscript}" if subscript else frequency
            if named in other and named not in own:
                node = ("name", named) if len(named) == 1 else ("sym", named)
                out[("sym", name)] = ("mul", (*_TWO_PI[1], node))
                break
    return out


def _reread(node, charge: bool | None, aliases: dict):
    kind = node[0]
    if node == ("sym", "hbar"):
        return _HBAR
    if node == ("unit", "ohm"):  # "\frac{F}{M\Omega^2}": in a formula \Omega is a symbol (a rate), no unit
        return ("sym", "Omega")
    if aliases and kind in ("name", "sym", "pow"):
        if node in aliases:
            alias = aliases[node]
            return ("mul", alias[1]) if alias[0] == "run" else alias
        if kind == "pow" and aliases.get(node[1], ("",))[0] == "run":  # a split name: "m_ec^2" is m_e c^2,
            *first, last = aliases[node[1]][1]  # its last letter takes the power
            return ("mul", (*first, ("pow", last, _reread(node[2], charge, aliases))))
        if _run_with(node, aliases):  # "kq", "ke^2": k times the letters after it
            *first, last = node[1][1] if kind == "pow" else node[1]
            last = ("pow", ("name", last), node[2]) if kind == "pow" else ("name", last)
            return _reread(("mul", tuple(("name", letter) for letter in first) + (last,)), charge, aliases)
    if kind in ("num", "const", "unit", "name", "sym"):
        return node
    if is_euler_power(node):
        exponent = _reread(node[2], charge, aliases)
        # a charge squares ("2 e^2 n_0"); raised to a power in symbols, e is Euler's ("I_0 e^{-eV/k_BT}")
        squared = (charge and not symbol_names(exponent)) or (charge is None and _charge_squared(node))
        return ("pow", ("sym", "e"), exponent) if squared else ("func", "exp", exponent)
    if kind in ("add", "mul", "tuple"):
        return (kind, tuple(_reread(child, charge, aliases) for child in node[1]))
    if kind == "pow":
        return ("pow", _reread(node[1], charge, aliases), _reread(node[2], charge, aliases))
    if kind == "eq":
        sides = tuple(_reread(side, charge, aliases) for side in node[3])
        return ("eq", sides[0], sides[-1], sides, node[4])
    if kind == "func":
        return ("func", node[1], _reread(node[2], charge, aliases))
    return (kind, _reread(node[1], charge, aliases))  # neg, inv, fact


def _run_with(node, aliases: dict) -> bool:
    """A letter run with a letter ``aliases`` rewrites, or its power (which takes its last letter, as ``mv^2``
    is m v^2)."""
    run = node[1] if node[0] == "pow" else node
    return run[0] == "name" and len(run[1]) > 1 and any(("name", letter) in aliases for letter in run[1])


def compare_symbolic(reference, response, rel_tol: float, deadline: Deadline | None = None,
                     wide: bool = False, digits_tol: float | None = None) -> bool | None:
    """True/False when random-point evaluation decides; None when it cannot (see sympy fallback).
    Tuples compare part by part. ``wide``: every other point takes its symbols from 0.05 to 20, not 0.5 to 2.5,
    where a small change shows at one scale and not another (``r^{2.01}`` for ``r^2``). ``digits_tol``: the
    decimals either side writes are rounded values, a coefficient good to ``digits_tol`` of itself and any
    other to its last digit (:mod:`verifiers.decimals`): the sides may differ by what those errors move
    them, and near the symbols' scale never by more than ``digits_tol`` of the value (``0.693/\\lambda`` for
    ``\\ln 2/\\lambda``; not ``x^{1.001}`` for ``x``, nor ``mgh + 0.001`` for ``mgh``)."""
    if reference == response:
        return True
    if reference[0] == "tuple" or response[0] == "tuple":
        if reference[0] != response[0] or len(reference[1]) != len(response[1]):
            return False
        results = [compare_symbolic(a, b, rel_tol, deadline, wide, digits_tol)
                   for a, b in zip(reference[1], response[1])]
        return False if False in results else None if None in results else True
    names = sorted(symbol_names(reference) | symbol_names(response))
    rng = _points_for(names)
    imaginary = IMAGINARY in names and _imaginary(reference, response)
    written = ()
    if digits_tol is not None:
        wide = True
        reference, response, written = as_symbols(reference, response, digits_tol)
    decided, differ_off_physics, off_physics = 0, False, 0
    points = _POINTS + (_WIDE_POINTS if wide else 0)
    point = -1
    while point + 1 < points:
        point += 1
        if deadline is not None:
            deadline.check()
        far = wide and point % 2
        if far:
            env = {name: math.exp(rng.uniform(-_WIDE, _WIDE)) for name in names}
        elif point in _SCALED_POINTS:  # every symbol below 1, or every one above: "+ m v^{-100}" shows at one
            low, high = _SCALED_POINTS[point]
            env = {name: rng.uniform(low, high) for name in names}
        else:
            env = {name: rng.uniform(0.5, 2.5) for name in names}
        if imaginary:
            env[IMAGINARY] = 1j  # the imaginary unit
        if written:
            env.update((decimal.name, decimal.value) for decimal in written)
        CUTS.touched = False
        try:
            a, b = evaluate(reference, env), evaluate(response, env)
        except NotNumeric:
            return False
        if not (_finite(a) and _finite(b)):
            if (cmath.isnan(a) or cmath.isnan(b)) and not holds(("add", (reference, response)), _is_infinity):
                continue  # inf/inf in floats (\frac{10^{400}}{10^{400}}): this point decides nothing; 0 \cdot \infty is no number
            if _finite(a) != _finite(b) or (_infinite(a) and _infinite(b) and a != b):
                return False
            continue
        scale = max(magnitude(a), magnitude(b))
        if scale < _UNDERFLOW:
            continue  # both underflow here (e^{-10^7 t}): this point decides nothing
        # near the symbols' scale a rounding buys no more than the numeric tolerance ((1.0)^{1000} is no 1);
        # far from it, what it moves (e^{-0.69 t/T} at t = 20 T)
        rounding = _rounding(reference, response, env, written, a - b) if written else 0.0
        if written and not far:
            rounding = min(rounding, digits_tol * scale)
        if CUTS.touched:  # a root of a negative number: no physical point, where forms of one root may take
            differ_off_physics = differ_off_physics or magnitude(a - b) > rel_tol * scale + rounding  # other
            if off_physics < _MORE_POINTS:  # branches; physical points decide (more of them are drawn: v < c at
                off_physics, points = off_physics + 1, points + 1  # few of five), and where there are none, a
            continue  # difference here does
        if magnitude(a - b) > rel_tol * scale + rounding:
            return False
        decided += 1
    if decided >= 2 and (_saturates(reference, env) or _saturates(response, env)):
        return None  # "1 - e^{-10^7 t}" is 1 in floats at every point: only exact algebra can tell
    return True if decided >= 2 else False if differ_off_physics else None


def _rounding(reference, response, env: dict, written: tuple, difference: complex) -> float:
    """How far the decimals of one side, each moved by its error, move the difference at ``env``: the
    larger of the two sides' (either side's rounding may explain it, as a number's tolerance is relative to
    the larger value; not both at once: ``0.51`` is not ``0.5`` within 1%)."""
    moves = [0.0, 0.0]
    for decimal in written:
        moves[decimal.in_reference] += _moved(reference, response, env, decimal, difference)
    return max(moves)


def _moved(reference, response, env: dict, decimal: Decimal, difference: complex) -> float:
    """How far moving ``decimal`` by its error moves the difference of the two sides at ``env`` (0 where
    that leaves the finite numbers: a decimal's error buys no pole)."""
    shifted = {**env, decimal.name: decimal.value + decimal.error}
    try:
        moved = magnitude(evaluate(reference, shifted) - evaluate(response, shifted) - difference)
    except NotNumeric:
        return 0.0
    return moved if math.isfinite(moved) else 0.0


_SATURATING = 700.0  # exp of more than this overflows a float, of less than minus this underflows


def _saturates(node, env: dict) -> bool:
    """Does an exponential in ``node`` under- or overflow at ``env`` (so its value is lost in a sum)?"""
    kind = node[0]
    if kind in ("num", "const", "unit", "name", "sym"):
        return False
    if is_euler_power(node) or (kind == "func" and node[1] == "exp"):
        argument = node[2]
        try:
            if abs(evaluate(argument, env).real) > _SATURATING:
                return True
        except NotNumeric:
            return False
        return _saturates(argument, env)
    for child in children(node):
        if _saturates(child, env):
            return True
    return False


def proportional(reference, response, rel_tol: float) -> bool | None:
    """For general equations ``lhs = rhs``: are ``lhs - rhs`` of both proportional (same equation), by a
    number or by a power of one symbol that divides somewhere in either (``d \\sin\\theta = k\\lambda`` is
    ``\\sin\\theta = \\frac{k\\lambda}{d}``, ``m\\ddot{x} = -kx`` is ``\\ddot{x} = -\\frac{k}{m}x``: the fraction
    cleared)? Not by any symbol: ``q(m\\ddot{q} + kq) = 0`` holds where q vanishes too."""
    ref = ("add", (reference[1], ("neg", reference[2])))
    resp = ("add", (response[1], ("neg", response[2])))
    points = ratios_at_points(ref, resp, with_points=True)
    if points is None:
        return False
    if len(points) < 2:
        return None
    factors = [{}] + [{name: power} for name in sorted(_divisors(ref) | _divisors(resp)) for power in (1, -1, 2, -2)]
    return constant_ratio(points, factors, rel_tol) is not None


def constant_ratio(points: list, factors: list[dict], rel_tol: float) -> complex | None:
    """The first nonzero ratio (of :func:`ratios_at_points` ``with_points``) that one of ``factors`` (symbol ->
    power; ``{}`` for none) divided out leaves constant at every point, to ``rel_tol``; None where none does.

    >>> from verifiers.parser import parse
    >>> points = ratios_at_points(parse("2 x^2 y"), parse("x y"), with_points=True)
    >>> round(constant_ratio(points, [{}, {"x": 1}], 1e-9).real, 6)
    2.0
    """
    for factor in factors:
        ratios = [ratio / math.prod(env[name] ** power for name, power in factor.items()) for ratio, env in points]
        if magnitude(ratios[0]) > 1e-12 and all(magnitude(r - ratios[0]) <= rel_tol * magnitude(ratios[0]) for r in ratios):
            return ratios[0]
    return None


def _divisors(node) -> set[str]:
    """The symbols ``node`` divides by somewhere (in a denominator or under a negative power)."""
    if node[0] == "inv":
        return symbol_names(node[1])
    if node[0] == "pow" and node[2][0] == "neg":
        return symbol_names(node[1]) | _divisors(node[2])
    found = set()
    for child in children(node):
        found |= _divisors(child)
    return found


def satisfies(equation, symbol, value, rel_tol: float) -> bool | None:
    """Does ``symbol = value`` make ``equation`` hold, at random points of its other symbols: ``v =
    \\sqrt{2eV/m}`` for ``eV = \\frac12 mv^2`` (an equation solved for one of its symbols, in any form)? False
    where the equation has no such symbol or ``value`` holds it; None where no point decides.

    >>> from verifiers.parser import parse
    >>> satisfies(parse("E = m c^2"), ("name", "m"), parse("E/c^2"), 1e-6)
    True
    """
    name = symbol[1]
    if name not in symbol_names(equation) or name in symbol_names(value):
        return False
    names = sorted((symbol_names(equation) | symbol_names(value)) - {name})
    rng = _points_for([*names, name])
    decided, negative = 0, True
    for _ in range(_POINTS):
        env = {other: rng.uniform(0.5, 2.5) for other in names}
        try:
            env[name] = evaluate(value, env)
            a, b = evaluate(equation[1], env), evaluate(equation[2], env)
        except NotNumeric:
            return False
        scale = max(magnitude(a), magnitude(b))
        if not (_finite(a) and _finite(b)) or scale < _UNDERFLOW:
            continue  # this point decides nothing
        if magnitude(a - b) > rel_tol * scale:
            return False
        decided += 1
        negative = negative and env[name].real < 0 and not env[name].imag
    if decided >= 2 and negative and satisfies(equation, symbol, ("neg", value), rel_tol):
        return False  # "v = -\\sqrt{2eV/m}": the other root, where the positive one solves it too (the principal root
        # is the physical quantity's, as for a label's power)
    return True if decided >= 2 else None


def ratios_at_points(a, b, with_points: bool = False) -> list | None:
    """``a / b`` at a few random positive points (seeded by the symbol names, so repeatable), skipping
    points where either side is not finite or ``b`` vanishes; None when either side cannot be evaluated.
    ``with_points``: (ratio, the symbols' values there) pairs.

    >>> from verifiers.parser import parse
    >>> [round(r.real, 6) for r in ratios_at_points(parse("2 x y"), parse("x y"))]
    [2.0, 2.0, 2.0, 2.0, 2.0]
    """
    names = sorted(symbol_names(a) | symbol_names(b))
    rng = _points_for(names)
    imaginary = IMAGINARY in names and _imaginary(a, b)
    ratios = []
    for _ in range(_POINTS):
        env = {name: rng.uniform(0.5, 2.5) for name in names}
        if imaginary:
            env[IMAGINARY] = 1j  # the imaginary unit
        try:
            x, y = evaluate(a, env), evaluate(b, env)
        except NotNumeric:
            return None
        if _finite(x) and _finite(y) and magnitude(y) > 1e-12:
            ratio = _quotient(x, y)
            if _finite(ratio):
                ratios.append((ratio, env) if with_points else ratio)
    return ratios


def _quotient(x: complex, y: complex) -> complex:
    try:
        return x / y
    except (OverflowError, ZeroDivisionError):
        return complex(math.inf, math.inf)


def _is_infinity(node) -> bool:
    return node == ("const", "inf")


def _infinite(z: complex) -> bool:
    return math.isinf(z.real) and z.imag == 0


def _finite(z: complex) -> bool:
    return math.isfinite(z.real) and math.isfinite(z.imag)
