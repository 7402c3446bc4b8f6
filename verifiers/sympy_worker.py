"""The sympy side of ``verifiers.sandbox``: rebuild sympy expressions from trees and simplify.

Run as ``python -m verifiers.sympy_worker``; says ``"ready"`` once sympy is imported and warm, then reads
length-prefixed pickled ``(request_id, tree_a, tree_b)`` on stdin and answers ``(request_id, True/False/None)``. Trees are built into sympy node by node (no text is parsed).
Only the parent process's own trees arrive here, through a pipe it opened.

>>> import sympy
>>> to_sympy(("mul", (("num", 1.0, "1"), ("inv", ("num", 2.0, "2")), ("name", "mv"))))
m*v/2
"""

from __future__ import annotations

import sys

import sympy

from verifiers.child_process import exit_with_parent
from verifiers.ipc import read_message, write_message

_FUNCS = {"sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "sec": sympy.sec, "csc": sympy.csc,
          "cot": sympy.cot, "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan,
          "asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan, "sinh": sympy.sinh,
          "cosh": sympy.cosh, "tanh": sympy.tanh, "exp": sympy.exp, "ln": sympy.log, "log": sympy.log,
          "sqrt": sympy.sqrt, "abs": sympy.Abs, "coth": sympy.coth, "sech": sympy.sech, "csch": sympy.csch}
_UNITS = {"degree": sympy.pi / 180, "percent": sympy.Rational(1, 100), "arcminute": sympy.pi / 10800}


def to_sympy(node):
    """A sympy expression for a tree from ``verifiers.parser`` (symbols positive, case-sensitive)."""
    kind = node[0]
    if kind == "num":
        return sympy.Rational(node[2].replace(",", "")) if node[2] != "-1" else sympy.Integer(-1)
    if kind == "const":
        return sympy.pi
    if kind == "name":
        return sympy.Mul(*[sympy.Symbol(ch, positive=True) for ch in node[1]])
    if kind == "sym":
        return sympy.Symbol(node[1], positive=True)
    if kind == "unit":
        return _UNITS.get(node[1], sympy.Symbol(node[1], positive=True))
    if kind == "add":
        return sympy.Add(*[to_sympy(c) for c in node[1]])
    if kind == "mul":
        return sympy.Mul(*[to_sympy(c) for c in node[1]])
    if kind == "neg":
        return -to_sympy(node[1])
    if kind == "inv":
        return 1 / to_sympy(node[1])
    if kind == "pow":
        if node[1][0] == "name" and len(node[1][1]) > 1:  # "mc^2" is m c^2, as in verifiers.evaluate
            rest, last = node[1][1][:-1], node[1][1][-1]
            return to_sympy(("name", rest)) * sympy.Pow(sympy.Symbol(last, positive=True), to_sympy(node[2]))
        return sympy.Pow(to_sympy(node[1]), to_sympy(node[2]))
    if kind == "func":
        return _FUNCS[node[1]](to_sympy(node[2]))
    if kind == "fact":
        return sympy.factorial(to_sympy(node[1]))
    if kind == "eq":
        return to_sympy(node[1]) - to_sympy(node[2])
    raise ValueError(f"cannot convert {kind}")


def equal(tree_a, tree_b):
    try:
        difference = sympy.simplify(to_sympy(tree_a) - to_sympy(tree_b))
    except (ValueError, TypeError, ZeroDivisionError, RecursionError, AttributeError):
        return None
    return bool(difference == 0) if difference.is_number or difference == 0 else False


def main() -> None:
    exit_with_parent()  # a worker busy in a long simplify never reads its closed stdin
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    x = sympy.Symbol("x", positive=True)
    sympy.simplify((x**2 - 1) / (x - 1) - (x + 1))  # the first simplify costs 0.2 s: not a request's
    write_message(stdout, "ready")  # sympy is imported and warm: requests are answered from now on
    while (request := read_message(stdin)) is not None:
        request_id, tree_a, tree_b = request
        write_message(stdout, (request_id, equal(tree_a, tree_b)))


if __name__ == "__main__":
    main()
