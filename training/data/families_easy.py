"""Easy families for the built-in tiny model: one product of integers, arithmetic spelt out.

A 3M-parameter model learns these in minutes on a CPU when the solution spells out the multiplication
(``48*8 = 40*8 + 8*8 = 320 + 64 = 384``). Solutions are compact (formula and substitution on one line,
no restated givens): about 45 tokens instead of 80, so SFT steps, GRPO sampling and evaluation are
cheaper and a solution has fewer numbers to miscopy.

>>> import random
>>> row = EASY[0].draw(random.Random(1), level=1)
>>> row["solution"].splitlines()[-1]
'\\\\boxed{81 N}'
"""

from __future__ import annotations

from training.data.family import Family, Given, Step


def _product(fid, topic, question, a, b, result, law, formula, unit):
    """``result = a * b`` with ``a`` a two-digit and ``b`` a one-digit integer."""
    (sa, na, ua), (sb, nb, ub) = a, b
    return Family(fid, topic, question,
                  (Given(sa, na, ua, 10, 99), Given(sb, nb, ub, 2, 9)),
                  (Step(result, law, formula, lambda q: q[sa] * q[sb], unit, "{%s} * {%s}" % (sa, sb), (sa, sb)),),
                  compact=True)


EASY = [
    _product("easy.force", "newton", "A {m} box accelerates at {a}. What net force acts on it?",
             ("m", "mass", "kg"), ("a", "acceleration", "m/s^2"), "F", "Newton's second law", "F = m a", "N"),
    _product("easy.momentum", "momentum", "A {m} cart moves at {v}. What is its momentum?",
             ("m", "mass", "kg"), ("v", "speed", "m/s"), "p", "momentum", "p = m v", "kg m/s"),
    _product("easy.work", "energy", "A force of {F} pushes a sled {d} along its motion. How much work is done?",
             ("F", "force", "N"), ("d", "distance", "m"), "W", "work", "W = F d", "J"),
    _product("easy.power", "circuits", "A lamp runs on {V} and draws {I}. What power does it use?",
             ("V", "voltage", "V"), ("I", "current", "A"), "P", "electric power", "P = V I", "W"),
    _product("easy.ohm", "circuits", "A current of {I} flows through a {R} resistor. What is the voltage across it?",
             ("R", "resistance", "ohm"), ("I", "current", "A"), "U", "Ohm's law", "U = I R", "V"),
    _product("easy.distance", "kinematics", "A runner keeps {v} for {t}. How far does she go?",
             ("v", "speed", "m/s"), ("t", "time", "s"), "d", "distance at constant speed", "d = v t", "m"),
    _product("easy.charge", "circuits", "A current of {I} flows for {t}. How much charge passes?",
             ("t", "time", "s"), ("I", "current", "A"), "Q", "charge", "Q = I t", "C"),
    _product("easy.energy", "energy", "A {P} heater runs for {t}. How much energy does it use?",
             ("P", "power", "W"), ("t", "time", "s"), "E", "energy", "E = P t", "J"),
    _product("easy.impulse", "momentum", "A force of {F} acts for {t}. What impulse does it give?",
             ("F", "force", "N"), ("t", "time", "s"), "J", "impulse", "J = F t", "N s"),
    _product("easy.mass", "fluids", "A tank holds {V} of liquid of density {rho}. What is the liquid's mass?",
             ("rho", "density", "kg/m^3"), ("V", "volume", "m^3"), "m", "mass from density", "m = rho V", "kg"),
    _product("easy.flux", "magnetism", "A loop of area {A} sits across a field of {B}. What is the flux?",
             ("B", "field", "T"), ("A", "area", "m^2"), "Phi", "magnetic flux", "Phi = B A", "Wb"),
    _product("easy.wave", "waves", "A wave has wavelength {lam} and frequency {f}. What is its speed?",
             ("lam", "wavelength", "m"), ("f", "frequency", "Hz"), "v", "wave speed", "v = lambda f", "m/s"),
]
