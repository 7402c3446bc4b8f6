"""Parse a normalised answer into a small expression tree (tuples), safely (tokens: ``verifiers.lexer``).

Why our own parser: sympy's LaTeX parsers and latex2sympy2 build sympy objects eagerly (so
``10^{10^{10^{10}}}`` hangs inside them), know nothing of units, and cost milliseconds a parse. Answers
use a small grammar, parsed here in bounded time: at most MAX_TOKENS tokens and MAX_DEPTH nesting.
Nothing here evaluates anything.

Nodes are tuples: ``("num", value, text)``, ``("name", letters)`` (a letter run, resolved later as
units or symbols), ``("sym", name)`` (a Greek letter or subscripted symbol), ``("unit", pint_name)``,
``("const", "pi")``, ``("add", items)``, ``("mul", items)``, ``("inv", x)``, ``("pow", base, exp)``,
``("neg", x)``, ``("func", name, arg)``, ``("fact", x)``, ``("tuple", items)``,
``("eq", lhs, rhs, sides, exact)`` (a chain ``a = b \\approx c``: see ``equation``).

>>> parse(r"\\frac{1}{2} m v^2")[0]
'mul'
>>> parse("3.2e4")
('num', 32000.0, '3.2e4')
"""

from __future__ import annotations

import re

from verifiers.errors import ParseError  # defined in verifiers.errors, importable here too
from verifiers.latex import normalise
from verifiers.lexer import ACCENTS, FUNCTIONS, GREEK, number_node, tokenize
from verifiers.limits import MAX_DEPTH
from verifiers.units import lookup_word
from verifiers.vectors import DIRECTION_LETTERS

_UNIT_COMMANDS = {"circ": "degree", "AA": "angstrom", "Omega": "ohm", "ohm": "ohm"}
_OPEN = {"(": ")", "[": "]", "{": "}"}
_STARTS_FACTOR = {"num", "cmd", "word"}
_CLOSING_COMMANDS = {"\\rangle", "\\approx"}
_END = ("end", "")
_ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}|[a-z]")  # "E^{(II)}", "P^{(x)}": a region's, an order's, an axis' index
_AFTER_CHARGE = {")", "]", "}", ",", ";", "=", ""}  # what may follow "^-" when the sign is a charge
_LOOKAHEAD = 5  # the furthest peek: "^{(1)}" in _order_index
_SIGNS = ("-", "+")
_POSTFIX = ("!", "%", "'")
_MINUS_ONE = ("neg", ("num", 1.0, "1"))
_TWO = ("num", 2.0, "2")


def parse(text: str, *, normalised: bool = False):
    """Parse answer text (LaTeX or plain) into a tree; ParseError if it is not one."""
    tokens = tokenize(text if normalised else normalise(text))
    if not tokens:
        raise ParseError("empty answer")
    if len(tokens) == 1 and tokens[0][0] == "num":  # a lone number (a fifth of all answers): no descent
        return number_node(tokens[0][1])
    parser = _Parser(tokens)
    tree = parser.sequence()
    if parser.pos != len(tokens):
        raise ParseError(f"unexpected {tokens[parser.pos][1]!r}")
    return tree


class _Parser:
    def __init__(self, tokens):
        # end markers past the last token, one for each token looked ahead, so peek needs no bounds check
        self.tokens, self.pos, self.depth = tokens + [_END] * (_LOOKAHEAD + 1), 0, 0
        self.bars = 0  # absolute values open: a "|" inside one closes it, outside all it opens one

    def peek(self, offset=0):
        """The token ``offset`` ahead; the next one is read as ``self.tokens[self.pos]`` where it is looked at
        most (a call per look costs more than the look)."""
        return self.tokens[self.pos + offset]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if tok[0] == "end" or (value is not None and tok[1] != value):
            raise ParseError(f"expected {value or 'more'}, found {tok[1] or 'end of answer'!r}")
        self.pos += 1
        return tok

    def enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError(f"nested deeper than {MAX_DEPTH}")

    def sequence(self):
        first = self.equation()
        if self.tokens[self.pos][1] not in (",", ";"):
            return first  # (most trees: no list to build)
        items = [first]
        while self.tokens[self.pos][1] in (",", ";"):
            self.take()
            items.append(self.equation())
        return ("tuple", tuple(items))

    def equation(self):
        """``a = b = c`` -> ("eq", a, c, (a, b, c), 3): first and last side, the whole chain, and how many
        sides come before the first ``\\approx`` (``x = 1/3 \\approx 0.33`` -> 2: the exact sides)."""
        first = self.sum()
        if self.tokens[self.pos][1] not in ("=", "\\approx"):
            return first
        sides, exact = [first], None
        while self.tokens[self.pos][1] in ("=", "\\approx"):
            if self.take()[1] != "=" and exact is None:
                exact = len(sides)
            sides.append(self.sum())
        return ("eq", sides[0], sides[-1], tuple(sides), len(sides) if exact is None else exact)

    def sum(self):
        first = self.product()
        if self.tokens[self.pos][1] not in ("+", "-"):
            return first
        items = [first]
        while self.tokens[self.pos][1] in ("+", "-"):
            sign = self.take()[1]
            term = self.product()
            items.append(("neg", term) if sign == "-" else term)
        return ("add", tuple(items))

    def product(self):
        """Factors; ``a:b`` is the ratio a/b, one colon to a product (``1:2:3`` is no number). After a
        numerator with symbols in it, or before a symbol, the symbols juxtaposed after ``/`` are the denominator,
        as a physicist reads ``Q/2M``, ``h/2\\pi``, ``1/C\\omega`` and ``J/mol K`` (``1/2 m v^2`` keeps its number
        half). A unit after a tuple applies to each part (``(1, 2, 3) m/s``)."""
        items, ratio = [self.unary() if self.tokens[self.pos][1] in _SIGNS else self.power()], False
        while True:
            kind, value = self.tokens[self.pos]
            if value == ":" and ratio:
                raise ParseError("a ratio of more than two terms")
            if value in ("*", "/", ":"):
                self.take()
                ratio = ratio or value == ":"
                factor = self.unary()
                if value == "/":  # "dx/dt", "d^2x/dt^2": a derivative in plain text, as \frac{dx}{dt}
                    second = len(items) > 1 and items[-2] == _D_SQUARED
                    derivative = _derivative(("mul", (items[-2], items[-1])) if second else items[-1], factor)
                    if derivative is not None and not (items[-1][0] == factor[0] == "name" and lookup_word(items[-1][1])
                                                       and lookup_word(factor[1])):  # ("3 dg/dL": decigrams per decilitre)
                        items[-2 if second else -1:] = [derivative]
                        continue
                if value == "/" and (factor == ("sym", "mu") or factor[0] in ("name", "sym")
                                     or not all(item[0] in ("num", "const") for item in items)):
                    factor = self._juxtaposed(factor)  # "1/\\mu m": the prefix stays with its unit; "1/C\\omega" is
                    # 1/(C\\omega), where a number alone is over the slash ("1/2 m v^2" keeps its half)
                if value == "*" and _in_unit_denominator(items, factor):
                    items[-1] = ("inv", ("mul", (items[-1][1], factor)))  # "21 J/mol \\cdot K" is J/(mol K)
                    continue
                items.append(factor if value == "*" else ("inv", factor))
            elif (kind in _STARTS_FACTOR and value not in _CLOSING_COMMANDS) or value in _OPEN \
                    or (value == "|" and not self.bars):  # "\frac{1}{2}|N - Z|": an absolute value as a factor
                if kind == "num" and items[-1][0] == "num" and not self._is_power_of_ten():
                    raise ParseError(f"two numbers in a row near {value!r}")
                items.append(self.power())
            else:
                break
        if len(items) > 1 and items[0][0] == "tuple" and all(item[0] != "tuple" for item in items[1:]):
            return ("tuple", tuple(("mul", (part, *items[1:])) for part in items[0][1]))
        return items[0] if len(items) == 1 else ("mul", tuple(items))

    def _juxtaposed(self, first):
        """``first`` and the names, Greek letters and constants written right after it (not numbers,
        functions, fractions or brackets)."""
        factors = [first]
        while self._starts_name():
            kind, value = self.tokens[self.pos]
            if kind == "word" and len(value) > 1 and lookup_word(value) and not all(map(_unit_word, factors)):
                break  # "-13.6/n^2 eV": a unit after a symbol's denominator is the value's unit, not the denominator's
            factors.append(self.power())
        return factors[0] if len(factors) == 1 else ("mul", tuple(factors))

    def _starts_name(self):
        kind, value = self.tokens[self.pos]
        if kind == "word":
            return value not in FUNCTIONS
        return kind == "cmd" and (value[1:] in GREEK or value[1:] in ACCENTS or value == "\\pi")

    def _order_index(self):
        """At ``^{(1)}``: a number in brackets as a superscript, an index rather than a power."""
        return self.peek(1)[1] == "{" and self.peek(2)[1] == "(" and (self.peek(3)[0] == "num" or _ROMAN.fullmatch(self.peek(3)[1])) \
            and self.peek(4)[1] == ")" and self.peek(5)[1] == "}"

    def _charge(self):
        """At ``^``: a lone sign as the superscript (``^-``, ``^{+}``), as (sign, tokens to skip) or None."""
        if self.peek(1)[1] in ("+", "-") and self.peek(2)[1] in _AFTER_CHARGE:
            return self.peek(1)[1], 2
        if self.peek(1)[1] == "{" and self.peek(2)[1] in ("+", "-") and self.peek(3)[1] == "}":
            return self.peek(2)[1], 4
        return None

    def _is_power_of_ten(self):
        return self.tokens[self.pos][1] == "10" and self.peek(1)[1] == "^"

    def unary(self):
        if self.tokens[self.pos][1] in ("-", "+"):
            sign = self.take()[1]
            self.enter()
            inner = self.unary()
            self.depth -= 1
            return ("neg", inner) if sign == "-" else inner
        return self.power()

    def power(self):
        run = self.tokens[self.pos][0] == "word"  # a letter run, whose last letter alone may take an index
        base = self.atom()
        if self.tokens[self.pos][1] in _POSTFIX:
            base = self.postfix(base)
        # "{\\mu}_0", "{T}_{i}": a braced name's index
        if self.tokens[self.pos][1] == "_" and base[0] in ("name", "sym"):
            base = self.subscripted(base)
        if self.tokens[self.pos][1] == "(" and (self.peek(1)[0] == "num" or self.peek(1)[1] in "+-") \
                and self.peek(2)[1] == ")" and \
                (base[0] == "sym" or (base[0] == "name" and len(base[1]) == 1)):
            # "s_z(0)", "I(0)", "\psi_1(2)": a function at a number is a value of its own, never s_z times 0
            argument = self.peek(1)[1]
            self.pos += 3
            base = self.subscripted(("sym", f"{base[1]}({argument})"))
        if self.tokens[self.pos][1] == "^":
            if base[0] in ("name", "sym") and self._order_index():  # "x^{(1)}": part of the name
                order = self.peek(3)[1]
                self.pos += 6
                return self.subscripted(_renamed(base, f"^({order})"))
            if self.peek(1)[1] == "*" and base[0] in ("name", "sym"):  # "n^*", "p^*": a name of its own
                self.pos += 2
                return self.subscripted(_renamed(base, "^*"))
            if self.peek(1)[1] == "{" and self.peek(2)[1] == "*" and self.peek(3)[1] == "}" \
                    and base[0] in ("name", "sym"):  # "J^{*}", "J^{\ast}" likewise
                self.pos += 4
                return self.subscripted(_renamed(base, "^*"))
            charge = self._charge()
            if charge and base[0] in ("name", "sym", "const"):  # "\\pi^-", "K^{+}": a particle's charge, part of its name
                self.pos += charge[1]
                return self.subscripted(_renamed(base, f"^{charge[0]}"))
            self.take()
            self.enter()
            if self.tokens[self.pos][1] in ("-", "+"):
                exponent = self.unary()
            else:  # a braced exponent ends at its brace: "10^{-3} \%" is a percent of 10^{-3}
                exponent = self.atom() if self.tokens[self.pos][1] in _OPEN else self.power()
            self.depth -= 1
            if base == ("sym", "e"):
                base = ("name", "e")  # Euler's number or the charge: decided per comparison (evaluate)
            if self.tokens[self.pos][1] == "_" and base[0] in ("name", "sym"):
                base = self.subscripted(base)  # "v^2_0" is (v_0)^2
            if run and _is_split_run(base):  # "mv_0^2" is m (v_0)^2, never (m v_0)^2
                return self.postfix(("mul", (base[1][0], ("pow", base[1][1], exponent))))
            if base[0] == "name" and len(base[1]) > 1 and base[1][-1] == "e":  # "Ae^{-kt}" is A e^{-kt}: the power
                return self.postfix(("mul", (("name", base[1][:-1]), ("pow", ("name", "e"), exponent))))  # takes e
            return self.postfix(("pow", base, exponent))
        return base

    def postfix(self, node):
        while self.tokens[self.pos][1] in _POSTFIX:
            op = self.take()[1]
            if op == "!":
                node = ("fact", node)
            elif op == "%":
                node = ("mul", (node, ("unit", "percent")))
            elif node[0] in ("name", "sym"):
                node = self.subscripted(_renamed(node, "'"))  # "m'" and "m'_1" are names of their own
            else:
                node = ("mul", (node, ("unit", "arcminute")))
        return node

    def group(self):
        """A braced/bracketed group, or a single token (LaTeX ``\\frac12`` style arguments)."""
        kind, value = self.tokens[self.pos]
        if value in _OPEN:
            return self.atom()
        if kind == "num" and len(value) > 1 and value.isdigit():
            self.tokens[self.pos] = ("num", value[1:])  # \frac12: the argument is one digit
            return number_node(value[0])
        return self.atom()

    def atom(self):
        kind, value = self.tokens[self.pos]  # (take, inlined: an atom is read for every factor)
        if kind == "end":
            raise ParseError("expected more, found 'end of answer'")
        self.pos += 1
        if kind == "num":
            return number_node(value)
        if value in _OPEN:
            if self.tokens[self.pos][0] == "num" and self.tokens[self.pos + 1][1] == _OPEN[value] \
                    and self.depth < MAX_DEPTH:  # "{2}", "(3)": a number alone, read without the descent
                self.pos += 2
                return number_node(self.tokens[self.pos - 2][1])
            self.enter()
            inner = self.sequence()
            self.take(_OPEN[value])
            self.depth -= 1
            if value in "([" and self.tokens[self.pos][1] == "^" and \
                    ((inner[0] == "name" and len(inner[1]) > 1) or (inner[0] == "sym" and "_" in inner[1])):
                return ("mul", (inner,))  # "(mc)^2", "(k_BT)^2" square the product; "mc^2", "k_BT^2" c and T alone
            return inner
        if value == "|":
            self.enter()
            self.bars += 1
            inner = self.sum()
            self.take("|")
            self.bars -= 1
            self.depth -= 1
            return ("func", "abs", inner)
        if kind == "word":
            return self.word(value)
        if kind == "cmd":
            return self.command(value[1:])
        raise ParseError(f"unexpected {value!r}")

    def word(self, letters):
        if letters in FUNCTIONS and (self.tokens[self.pos][1] in _OPEN or self.tokens[self.pos][0] in _STARTS_FACTOR
                                     or (self._argument_after_power() and not lookup_word(letters))):
            # "sin^2(x)", "cos² θ": as \sin^2 x (not "sec^{-1} K^{-1}", per second per kelvin)
            return self.function(letters)
        if letters in ("pi",):
            return ("const", "pi")
        if letters in GREEK:
            return self.subscripted(("sym", letters))
        return self.subscripted(("name", letters))

    def _argument_after_power(self) -> bool:
        """Does a power (``^2``, ``^{2}``, ``^{-1}``) come next, and an argument after it (``sin^2(x)``, not the unit
        ``sec^{-1}``)?"""
        if self.tokens[self.pos][1] != "^":
            return False
        at = self.pos + 1
        if self.tokens[at][1] == "{":
            closing = next((i for i in range(at + 1, min(at + 5, len(self.tokens))) if self.tokens[i][1] == "}"), None)
            if closing is None:
                return False
            at = closing + 1
        elif self.tokens[at][0] == "num":
            at += 1
        else:
            return False
        return self.tokens[at][1] in _OPEN or self.tokens[at][0] in _STARTS_FACTOR

    def command(self, name):
        if name == "frac":
            self.enter()
            num, den = self.group(), self.group()
            self.depth -= 1
            derivative = _derivative(num, den)
            return derivative or ("mul", (num, ("inv", den)))
        if name == "cross":  # "\cross{v}{B}" (normalise's, of "\vec{v} \times \vec{B}"): one symbol, its sign by order
            self.enter()
            first, second = self.group(), self.group()
            self.depth -= 1
            return _cross(first, second)
        if name == "binom":  # "\binom{N}{n}": N! / (n! (N - n)!)
            self.enter()
            top, bottom = self.group(), self.group()
            self.depth -= 1
            rest = ("fact", ("add", (top, ("neg", bottom))))
            return ("mul", (("fact", top), ("inv", ("mul", (("fact", bottom), rest)))))
        if name == "sqrt":
            index = None
            if self.tokens[self.pos][1] == "[":
                self.take()
                index = self.sum()
                self.take("]")
            self.enter()
            arg = self.group()
            self.depth -= 1
            if index is None:
                return ("func", "sqrt", arg)
            return ("pow", arg, ("inv", index))
        if name in FUNCTIONS:
            return self.function(name)
        if name == "pi":
            return ("const", "pi")
        if name in _UNIT_COMMANDS:
            return ("unit", _UNIT_COMMANDS[name])
        if name in ACCENTS:
            inner = self.group()
            if inner[0] == "mul" and all(part[0] in ("name", "sym") for part in inner[1]):
                inner = ("sym", "".join(part[1] for part in inner[1]))  # "\widetilde{\Delta E}": one name
            if inner[0] not in ("name", "sym"):
                raise ParseError(f"\\{name} over something that is not a symbol")
            if name in ("hat", "widehat"):  # "\hat{r}": a unit vector; "\hat{H}", "\hat{L}^2": an operator, its quantity
                return self.subscripted(("sym", f"hat({inner[1]})") if inner[1] in DIRECTION_LETTERS else inner)
            return self.subscripted(("sym", f"{name}({inner[1]})"))
        if name == "langle":  # an expectation value: a function of what it encloses, never its value
            self.enter()
            items = [self.sum()]
            while self.tokens[self.pos][1] == ",":  # "\langle 3, 4 \rangle": a vector's components
                self.take()
                items.append(self.sum())
            self.take("\\rangle")
            self.depth -= 1
            if len(items) > 1:
                return ("tuple", tuple(items))
            if self.tokens[self.pos][1] == "_":  # "\langle B \rangle_0": the mean in a state, its index kept
                return ("func", "mean", ("mul", (items[0], self.subscripted(("sym", "state")))))
            return ("func", "mean", items[0])
        if name == "infty":
            return ("const", "inf")
        if name in ("partial", "nabla"):
            return ("sym", name)
        if name in GREEK:
            return self.subscripted(("sym", name))
        raise ParseError(f"unknown command \\{name}", what="\\" + name)

    def function(self, name):
        base = None
        if name == "log" and self.tokens[self.pos][1] == "_":
            self.take()
            base = self.group()
        if self.tokens[self.pos][1] == "^":  # \sin^2 x; \tan^{-1} x is the arctangent, as physicists write it
            self.take()
            power = self.group()
            if power == _MINUS_ONE and "arc" + name in FUNCTIONS:
                return self.function("arc" + name)
            return ("pow", self.function(name), power)
        self.enter()
        arg = self.group() if self.tokens[self.pos][1] in _OPEN else self.bare_argument()
        self.depth -= 1
        node = ("func", name, arg)
        return node if base is None else ("mul", (("func", "ln", arg), ("inv", ("func", "ln", base))))

    def bare_argument(self):
        """``\\sin 2\\theta``, ``\\cos \\omega t``: without brackets a function takes the run of implicitly
        multiplied factors that follows, up to an operator or the next function."""
        factors = [self.power()]
        while True:
            kind, value = self.tokens[self.pos]
            if value == "\\circ":  # \sin 30^\circ: the degree sign belongs to the argument
                self.take()
                factors.append(("unit", "degree"))
            elif kind in _STARTS_FACTOR and value not in _CLOSING_COMMANDS and not self._starts_function() \
                    and not self._starts_unit_vector():
                factors.append(self.power())
            else:
                break
        return factors[0] if len(factors) == 1 else ("mul", tuple(factors))

    def _starts_unit_vector(self):
        """At ``\\hat{x}``: a direction's unit vector, which ends a function's bare argument (``v_0 \\cos\\theta
        \\hat{x}`` is a component along x, not the cosine of theta times x-hat)."""
        if self.tokens[self.pos][1] not in ("\\hat", "\\widehat"):
            return False
        braced = self.peek(1)[1] == "{" and self.peek(3)[1] == "}"
        letter = (self.peek(2) if braced else self.peek(1))[1].lstrip("\\")
        # ("\hat{e}_x": a basis vector by its index)
        return letter in DIRECTION_LETTERS or (letter == "e" and self.peek(4 if braced else 2)[1] == "_")

    def _starts_function(self):
        kind, value = self.tokens[self.pos]
        name = value.lstrip("\\")
        return kind in ("cmd", "word") and name in FUNCTIONS

    def subscripted(self, node):
        if self.tokens[self.pos][1] != "_":
            return node
        self.take()
        kind, value = self.tokens[self.pos]
        if value == "{":
            self.take()
            parts, depth = [], 1
            while True:
                tok = self.take()[1]
                depth += (tok == "{") - (tok == "}")
                if depth == 0:
                    break
                parts.append(tok.lstrip("\\"))
                if len(parts) > 20:
                    raise ParseError("subscript too long")
            sub = "".join(p for p in parts if p not in ("{", "}"))
        else:
            sub = self.take()[1].lstrip("\\")
        if not sub:
            raise ParseError("empty subscript")
        if sub == "o":  # "v_o", "\mu_o": a letter o written for the zero of an initial or vacuum value
            sub = "0"
        return _renamed(node, f"_{sub}")


def _cross(first, second):
    """``a \times b`` of two vectors as a symbol of its own, written in one order of its factors: the other
    order is its negative (``\vec{B} \times \vec{v} = -\vec{v} \times \vec{B}``), a vector's with itself zero."""
    negative = False
    operands = []
    for node in (first, second):
        while node[0] == "neg":  # "\vec{B} \times (-\vec{v})": the sign comes out
            negative, node = not negative, node[1]
        operands.append(node)
    names = ["".join(ch for ch in (node[1] if node[0] in ("name", "sym") else repr(node)) if ch.isalnum())
             for node in operands]
    if names[0] == names[1]:
        return ("num", 0.0, "0")
    product = ("sym", f"cross({min(names)},{max(names)})")
    return product if (names[0] < names[1]) != negative else ("neg", product)


_D_SQUARED = ("pow", ("name", "d"), _TWO)  # the d^2 of a second derivative


def _derivative(num, den):
    """``\\frac{du}{dT}``, ``\\frac{d\\sigma}{d\\Omega}``, ``\\frac{\\partial f}{\\partial r}``: a derivative is
    a symbol of its own, never the ratio u/T of the products d u and d T (which cancels the d); a partial
    derivative is named as the total one, as answers use them interchangeably for one variable."""
    top, bottom = _differential(num), _differential(den)
    if top and bottom and top[0] == bottom[0]:  # partial or total: one name (answers write either)
        # in time, Newton's dot: "\frac{dx}{dt}" is "\dot{x}"
        return ("sym", f"dot({top[1]})" if bottom[1] == "t" else f"d{top[1]}/d{bottom[1]}")
    if den[0] == "pow" and den[2] == _TWO and num[0] == "mul" and len(num[1]) == 2 \
            and num[1][0] == _D_SQUARED:
        top, bottom = _differential(("mul", (("name", "d"), num[1][1]))), _differential(den[1])
        if top and bottom:  # "\frac{d^2x}{dt^2}" is "\ddot{x}"; "\frac{d^2 y}{dx^2}" a name of its own
            return ("sym", f"ddot({top[1]})" if bottom[1] == "t" else f"d2{top[1]}/d{bottom[1]}2")
    return None


def _differential(node):
    """(``d`` or ``partial``, the symbol) of ``du``, ``d u``, ``d\\sigma``, ``\\partial f``; else None."""
    if node[0] == "name" and len(node[1]) == 2 and node[1][0] == "d":
        return "d", node[1][1]
    if node[0] == "mul" and len(node[1]) == 2 and node[1][0] in (("name", "d"), ("sym", "partial")):
        of = ("sym", "Omega") if node[1][1] == ("unit", "ohm") else node[1][1]  # "d\\Omega", a solid angle
        if of[0] == "sym" or (of[0] == "name" and len(of[1]) == 1):
            return node[1][0][1], of[1]
    if node[0] == "sym" and node[1].startswith("d") and node[1][1:2].isalpha() and "_" in node[1][:3]:
        return "d", node[1][1:]  # "dp_v": the run "dp" took the subscript
    return None


def _in_unit_denominator(items, factor) -> bool:
    """After ``21 J/mol``, does ``\\cdot K`` go on in the denominator? Physicists write J/mol·K, W/m·K and
    cal/g·K for J/(mol K): when a number leads and the numerator, the denominator and the new factor are
    all unit words (never in a formula: ``F/m \\cdot t`` is (F/m) t)."""
    return len(items) >= 3 and items[0][0] == "num" and items[-1][0] == "inv" and _unit_word(factor) \
        and _unit_word(items[-1][1]) and _unit_word(items[-2])


def _unit_word(node) -> bool:
    if node[0] == "pow":
        return node[2][0] in ("num", "neg") and _unit_word(node[1])
    if node[0] == "mul":
        return all(_unit_word(child) for child in node[1])
    return node[0] == "name" and lookup_word(node[1]) is not None


def _is_split_run(node) -> bool:
    """Is ``node`` a letter run that :func:`_renamed` split so that its last letter takes a suffix?"""
    return node[0] == "mul" and len(node[1]) == 2 and node[1][0][0] == "name" and node[1][1][0] == "sym"


def _renamed(node, suffix: str):
    """``node`` with ``suffix`` on its name; in a letter run only the last letter takes it (``nV_Q`` is
    n times V_Q, ``mv'`` is m times v')."""
    if node[0] == "name" and len(node[1]) > 1:
        return ("mul", (("name", node[1][:-1]), ("sym", node[1][-1] + suffix)))
    if _is_split_run(node):  # "JJ^*_0": the run's last letter, already renamed once, takes the index too
        return ("mul", (node[1][0], ("sym", node[1][1][1] + suffix)))
    return ("sym", node[1] + suffix)
