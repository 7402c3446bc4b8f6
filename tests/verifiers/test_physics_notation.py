"""Physics answers as physicists write them (issue 10): equations, symbols, units, hedges, golds from real
benchmarks. Tables are (reference, response, expected_status) with a comment per case."""

import logging

import pytest

from verifiers import reference, verify
from verifiers.reference import parse_reference

EQUATIONS = [
    (r"m' = \frac{R^3}{a^3}m", r"\frac{R^3}{a^3}m", "correct"),  # bare right side of a primed definition
    (r"\delta y = \frac{g t^2}{2}", r"\frac{1}{2} g t^2", "correct"),  # a differential on the left
    (r"S_D - S_A = k \ln 2", r"k \ln 2", "correct"),  # a general equation: its right side answers it
    (r"S_D - S_A = k \ln 2", r"S_D - S_A = \ln 2^k", "correct"),  # same left side, equal right side
    (r"S_D - S_A = k \ln 2", r"S_D - S_A = k \ln 3", "wrong_value"),  # same left side, other right side
    (r"P(\rho) = \rho^2", r"\rho^2", "correct"),  # a function of its argument on the left
    (r"\sqrt{2gh} = v", r"v = \sqrt{2gh}", "correct"),  # a definition written backwards
    # a commutator's value: the pair is the statement, in either order where it vanishes
    ("[H, L_z] = 0", "[H, L_z] = 0", "correct"),
    ("[H, L_z] = 0", "[L_z, H] = 0", "correct"),
    ("[H, L_z] = 0", "[H, L_x] = 0", "wrong_value"),  # another commutator (it was read as a value 0 for two labels)
    ("[H, L_z] = 0", "L_z = 0", "wrong_value"),
    (r"v = \sqrt{2gh}", r"\sqrt{2gh} = v", "correct"),  # and the other way round
    (r"D = (0, 1)", r"D = (0, 1)", "correct"),  # identical strings with a tuple value
    (r"\frac{d\sigma}{d\Omega} = \frac{R^2}{4}", r"\frac{d\sigma}{d\Omega} = \frac{R^2}{4}", "correct"),  # identical
    (r"\frac{d\sigma}{d\Omega} = \frac{R^2}{4}", r"\frac{R^2}{4}", "correct"),  # bare right side
    (r"\sigma(N,\tau) = N x", r"\sigma(N,\tau) = N x", "correct"),  # identical, arguments on the left
    (r"\frac{W'}{W} = \frac{1}{3}", r"W'/W = 1", "wrong_value"),  # primes kept: W'/W is not W/W
    (r"\nu' = 2.42\times10^{19}\ \mathrm{Hz}", "2.42e19 Hz", "correct"),  # primed quantity with a unit
]

SYMBOLS = [
    (r"\frac{\hbar^2}{2m}", r"\frac{h^2}{8\pi^2 m}", "correct"),  # hbar is h/2pi (the reward audit's case)
    (r"\hbar/2", r"h/(4\pi)", "correct"),  # and h/(4 pi) is not hours
    (r"\hbar/2", r"h/2", "wrong_value"),  # h is not hbar
    (r"E_0 = \frac{\hbar \omega}{2}", r"E_{0}=\frac{1}{2}hf", "correct"),  # omega is 2 pi f where one side writes f
    (r"\phi = \frac{\omega d}{2c}(n_R - n_L)", r"\phi = \frac{\pi \nu d}{c}(n_R - n_L)", "correct"),  # ... or nu
    (r"2\pi f_0 L", r"\omega_0 L", "correct"),  # the same subscript on both
    (r"\frac{\hbar \omega}{2}", r"\frac{1}{2}\hbar f", "wrong_value"),  # 2 pi missing
    (r"\omega_0 L", r"2\pi f L", "wrong_value"),  # another subscript: another frequency
    (r"\omega f", r"2\pi f^2", "wrong_value"),  # a side that writes both keeps omega its own symbol
    (r"\lambda' = \lambda + \frac{h}{mc}(1 - \cos\theta)", r"\lambda' = \lambda + \frac{h}{m_e c}(1 - \cos\theta)",
     "correct"),  # the electron's mass where the gold writes a bare m
    (r"\frac{h}{m_e c}", r"\frac{h}{m_p c}", "wrong_value"),  # another particle's mass is not the electron's
    (r"\frac{h}{mc}", r"\frac{h m_e}{m c}", "wrong_value"),  # a side that writes both keeps them apart
    # beta is 1/kT where the other side writes k (or k_B) and T: the inverse temperature
    (r"Z = \left(e^{\mu_0 B/kT} + e^{-\mu_0 B/kT}\right)^N", r"[2\cosh(\beta \mu_0 B)]^N", "correct"),
    (r"N\mu_0 \tanh\left(\frac{\mu_0 B}{k_B T}\right)", r"N \mu_0 \tanh(\beta \mu_0 B)", "correct"),
    (r"N\mu_0 \tanh\left(\frac{2\mu_0 B}{k_B T}\right)", r"N \mu_0 \tanh(\beta \mu_0 B)", "wrong_value"),
    (r"\gamma m c^2", r"\frac{m c^2}{\sqrt{1 - \beta^2}}", "correct"),  # beyond T and k, beta stays v/c's
    (r"Z_1 = \left(1 + e^{-\beta \epsilon}\right)^2", r"(1 + e^{-\epsilon/k_BT})^2", "correct"),  # k_BT as one run
    (r"2 e^2 n_0", r"2 e^{2} n_0", "correct"),  # identical forms agree whatever e is
    (r"\frac{e^2 E}{m} + e B", r"\frac{e^2 E}{m} + B e", "correct"),  # e bare somewhere: the charge throughout
    (r"\frac{e^2 E}{m} + e B", r"\frac{\exp(2) E}{m} + e B", "wrong_value"),  # so e^2 is not Euler's number
    (r"e^{-t/\tau}", r"\exp(-t/\tau)", "correct"),  # e alone as a base: Euler's number
    (r"nV_Q", r"n V_Q", "correct"),  # juxtaposed symbols are a product, the subscript on the last
    (r"nV_Q", r"nV", "wrong_value"),  # the subscript is part of the name
    (r"v^2_0", r"v_0^2", "correct"),  # a subscript after a superscript
    (r"\dot{x}^2 + x", r"x + \dot{x}^2", "correct"),  # an accent makes a name
    (r"\dot{x}", r"x", "wrong_value"),  # which is not the bare letter
    (r"\bar{\nu}_{\mu}", r"\bar{\nu}_\mu", "correct"),  # accent then subscript
    (r"r^{\prime 2}", r"r'^2", "correct"),  # \prime is a prime, not a power
    (r"\theta^{\prime\prime}", r"\theta''", "correct"),  # double prime
    (r"\left\langle r^{2}\right\rangle", r"\langle r^2 \rangle", "correct"),  # expectation values
    (r"\langle r^2 \rangle", r"\langle r \rangle^2", "wrong_value"),  # <r^2> is not <r>^2
    (r"(0, \infty)", r"(0, \infty)", "correct"),  # infinity read, and equal to itself
    (r"\frac{\partial A}{\partial z}", r"\frac{\partial A}{\partial z}", "correct"),  # partial derivatives read
    ("Q/(2M)", "Q/2M", "correct"),  # plain text: names juxtaposed after / are the denominator
    (r"\frac{\hbar}{2}", r"h/4\pi", "correct"),  # h/4pi is h/(4 pi)
    (r"\frac{m v^2}{2}", "1/2 m v^2", "correct"),  # but a number over a number stays a coefficient
    (r"\frac{x}{2} \sin\theta", r"x/2 \sin\theta", "correct"),  # and a function is no part of a denominator
    (r"\frac{\hbar}{2}", "ℏ/2", "correct"),  # Unicode h-bar (U+210F)
    ("0.5 nm", "5 \u212b", "correct"),  # the angstrom sign (U+212B)
    (r"\frac{\nabla \phi}{2}", r"\frac{1}{2}\nabla \phi", "correct"),  # nabla is a symbol
    (r"\left(\frac{a}{b}\right)^{\frac13}", r"(a/b)^{1/3}", "correct"),  # \left( ... \right) to a power
    (r"\Phi(\phi) = A e^{im\phi} + B e^{-im\phi}", r"A e^{i m \phi} + B e^{- i m \phi}",
     "correct"),  # a capital A before math is a symbol, not the article
    (r"x^{(1)} = A \sin \omega t", r"A \sin\omega t", "correct"),  # x^{(1)}: an order index names a quantity
    (r"x^{(1)}", "x", "wrong_value"),  # and is not a power of x
    (r"\frac{h}{\lambda}", "h/λ", "correct"),  # Unicode Greek letters are their LaTeX names
    (r"1, 2, \ldots, n", r"1, 2, \ldots, n", "correct"),  # an ellipsis no grammar reads: the same text is right
    (r"1, 2, \ldots, n", r"1, 2, 3, \ldots, n", "wrong_value"),  # and other text is not
    ("1, 2, ..., n", r"1, 2, \ldots, n", "correct"),  # an ellipsis however typed
    (r"\frac{\ln 2}{\lambda}", r"0.693/\lambda", "correct"),  # a rounded constant: held to the numeric tolerance
    (r"N_0 e^{-t \ln 2/T}", r"N_0 e^{-0.693 t/T}", "correct"),  # ... in an exponent too
    # ... at points of more than one scale, where a small change shows: not a rounding
    (r"\frac{GMm}{r^2}", r"\frac{GMm}{r^{2.01}}", "wrong_value"),
    (r"\frac{GMm}{r^2}", r"\frac{GMm}{r^{1.99}}", "wrong_value"),
    (r"2\pi\sqrt{\frac{l}{g}}", r"6.28\sqrt{l/g}", "correct"),  # 2 pi to three figures
    (r"\frac{\sqrt{3}}{2} m g", "0.866 mg", "correct"),  # mg as symbols, not milligrams, with a rounded root
    (r"2\pi\sqrt{\frac{l}{g}}", r"6.1\sqrt{l/g}", "wrong_value"),  # but not beyond that tolerance
    (r"\frac{\ln 2}{\lambda}", r"\frac{\ln 3}{\lambda}", "wrong_value"),  # exact forms stay exact
    # a coefficient is good to 1%, as a number is; a decimal anywhere else only to the digits it writes:
    ("m g h", "m g h + 0.001", "wrong_value"),  # 0.001 is not nothing, however small beside mgh
    ("x", "x^{1.001}", "wrong_value"),  # four figures in an exponent claim 1.001, not 1
    (r"e^{-t\ln 2/T}", r"e^{-0.69 t/T}", "correct"),  # ln 2 to two figures: far from t ~ T, what it moves
    ("e^{-x}", "e^{-1.001 x}", "wrong_value"),
    (r"\frac{1}{2} m v^2", "0.505 m v^2", "correct"),  # a coefficient 1% off, as the number 0.505 for 0.5
    (r"\frac{1}{2} m v^2", "0.51 m v^2", "wrong_value"),
    (r"\sqrt{\frac{8kT}{\pi m}}", r"1.59\sqrt{kT/m}", "correct"),  # a truncated coefficient, 0.4% off
    (r"1.22\frac{\lambda}{D}", r"\frac{1.21\lambda}{D}", "correct"),  # 0.8%, between two rounded coefficients
    (r"\sqrt{2 g h}", r"1.414\sqrt{g h}", "correct"),
    (r"\sqrt{2 g h}", r"1.4\sqrt{g h}", "wrong_value"),  # 1.4 is 1% from sqrt 2: beyond the tolerance
    (r"\frac{l_1}{l_2} = 0.707", r"\frac{1}{\sqrt{2}}", "correct"),  # the gold's decimal is a rounding too
    (r"0.5 F", r"0.51 F", "wrong_value"),  # one side's rounding or the other's, not both added (F a symbol)
    # never more than 1% of the value, however far a decimal's error moves it
    ("m g h", r"v^2 \cdot (1.0)^{1000}", "wrong_value"),  # 1.0 good to 1% would make any answer right
    ("m g h", r"2mgh\, e^{5e2-500}", "wrong_value"),
    ("5 J", r"10 \cdot 1.0^{1000} \text{ J}", "wrong_value"),
]

UNITS = [
    ("300 K", r"T = 300\,\mathrm{K}\ (27^\circ\text{C})", "correct"),  # the value restated in other units
    ("5 m/s", "5 m/s (18 km/h)", "correct"),
    ("5 m/s", "5 m/s (i.e. 18 km/h)", "correct"),
    ("5 m/s", "5 m/s (or 18 km/h)", "correct"),  # an "or" inside brackets joins no answers
    ("5 m/s", "v = 5 m/s (to one significant figure)", "correct"),  # the precision it is given to
    ("3 m", "x = 3 m (3 s.f.)", "correct"),
    ("6 m/s", "5 m/s (to 1 s.f.)", "wrong_value"),
    ("5 m/s", "5 m/s (20 km/h)", "hedged"),  # restated as another value: two answers
    ("300 K", r"300 K (50^\circ C)", "hedged"),
    ("2 ms", "2 m s", "dimension_mismatch"),  # a metre-second is no millisecond, though the letters match
    (r"2 \text{ nm}", "2 n m", "wrong_value"),  # nor is n times a metre a nanometre
    ("0 J", "0 m", "dimension_mismatch"),  # a zero in units keeps its dimension
    (r"0 \text{ m/s}", "0 kg", "dimension_mismatch"),
    ("0 J", "0 N m", "correct"),
    ("25 m/s", "The answer is 25 meters per second.", "correct"),  # compound unit in words
    ("9.8 m/s^2", "9.8 meters per second squared", "correct"),  # 'squared' after the unit
    ("4.7 kΩ", "4.7 kilohms", "correct"),  # plural of a prefixed unit
    ("1000 kg/m^3", "1000 kilograms per cubic meter", "correct"),  # 'cubic' before the unit
    ("4186 J/(kg K)", "4186 joules per kilogram kelvin", "correct"),  # 'per' takes the whole run
    ("13.6 eV", "13.6 electronvolts", "correct"),  # electronvolts in one word
    ("3.5 cm^2", "3.5 square centimeters", "correct"),  # 'square' before the unit
    ("2 L", "2 dm^3", "correct"),  # dm^3 is a cubic decimetre, not day m^3
    ("3 kg m^2", "3 kgm^2", "correct"),  # the power takes the last unit of a run
    ("9.8 m/s^2", "9.8 ms^{-2}", "correct"),  # a negative power on two unit letters
    ("144.5 s^{-1}", "144.5 1/s", "correct"),  # a plain reciprocal unit
    ("2 m^{-2} s^{-1}", "2 1/m^2/s", "correct"),  # chained reciprocals
    ("273.15 K", "0 °C", "correct"),  # offset temperatures compared in kelvin
    ("273 K", "10 °C", "wrong_value"),  # not by the Celsius number
    ("5 Hz", "300 rpm", "correct"),  # revolutions counted as cycles
    ("5 rad/s", "5 Hz", "dimension_mismatch"),  # angular frequency stays apart from frequency
    ("4.0 rad/s", r"\boxed{4.0\ \text{s}^{-1}}", "correct"),  # ... but a radian is 1 in SI: s^-1 is rad/s
    ("4 s^{-1}", "4 rad/s", "correct"),
    ("4.0 rad/s", "4 s", "dimension_mismatch"),
    (r"60 \text{ dB}", "60 decibels", "correct"),  # a level in decibels (red-team helper-43)
    (r"60 \text{ dB}", "70 dB", "wrong_value"),
    ("0.5", "0.5 dB", "dimension_mismatch"),
    (r"-2.0 \text{ diopters}", "-2.0 m^{-1}", "correct"),  # dioptres, a reciprocal metre
    (r"2.5 \text{ dioptres}", "0.025 cm^{-1}", "correct"),
    ("50 mH", "50 millihenries", "correct"),  # a plural in -ies
    (r"\pi/4", r"45^\circ", "correct"),  # an angle in degrees for a pure number in radians
    (r"45^\circ", r"\pi/4", "correct"),  # and a bare number in radians for a gold in degrees
    ("9.11e-31 kg", "0.511 MeV/c^2", "correct"),  # c beside an electronvolt is the speed of light
    ("28 %", "28 pct", "correct"),  # pct is percent, not ton parsec
    ("8.314 J/(mol K)", "8.314 J/mol K", "correct"),  # a unit after / with another juxtaposed: both divide
    ("(1, 2, 3) m/s", "(100, 200, 300) cm/s", "correct"),  # a unit after a vector applies to each part
    ("(1, 2, 3) m/s", "(100, 200, 300) m/s", "wrong_value"),  # and is converted
    ("1.26e6 m^{-1}", "1.26 1/µm", "correct"),  # a reciprocal prefixed unit: the prefix stays with its unit
    ("3.202e6 s^{-1}", r"3.202\ 1/\mu s", "correct"),  # written with \mu
]

FALSE_ACCEPTS = [
    ("12 N", r"\boxed{12 N at least}", "hedged"),  # a trailing bound commits to no value
    ("12 N", "First \\boxed{10 N}. Then correcting.\nFinal answer: 12 N", "hedged"),  # box vs final line
    ("12 N", "So \\boxed{12 N}.\nFinal answer: 12 N", "correct"),  # a final line that agrees
    ("0.25", r"0.25\%", "wrong_value"),  # a unitless gold is not matched by a percent of it
    ("0.25", r"25\%", "correct"),  # but a percent is the number it stands for
    ("0.25", "0.25 m", "dimension_mismatch"),  # nor by a quantity of another dimension
    ("3", r"\boxed{3!}", "wrong_value"),  # a factorial keeps its !
    ("6", r"\boxed{3!}", "correct"),  # and is evaluated
    ("B", r"\boxed{(B)(C)}", "hedged"),  # two choices in brackets side by side
    ("B", r"\text{(B) is correct}", "correct"),  # a choice letter with text, unboxed
    ("x = 3, y = 4", "x = 3, x = 4", "hedged"),  # one quantity given two values is no answer for two
]

WRITTEN_AS_PHYSICISTS_DO = [  # the red-team table of physicist notations (helper 74)
    # a direction as an angle between compass points: the same bearing however measured, not another
    (r"30^{\circ} \text{ north of east}", "30° N of E", "correct"),  # compass letters, not newtons and siemens
    (r"30^{\circ} \text{ north of east}", "N 60° E", "correct"),  # a bearing: 60° east of north
    (r"30^{\circ} \text{ north of east}", r"\boxed{60^\circ \text{ east of north}}", "correct"),  # from the other axis
    (r"30^{\circ} \text{ north of east}", "30° east of north", "wrong_value"),  # the same words, the other way
    (r"30^{\circ} \text{ north of east}", "N 30° W", "wrong_value"),  # another quadrant
    (r"30^{\circ} \text{ north of east}", "30° south of east", "wrong_value"),
    # a power on a function written in plain text: the function's, as \sin^2 x
    (r"\sin^{2}\theta", "sin²θ", "correct"),
    (r"\cos^2(\omega t)", "cos^2(ωt)", "correct"),
    (r"\sin\theta", "sin^2(θ)", "wrong_value"),
    (r"\arcsin x", "sin^{-1}(x)", "correct"),  # the inverse, as \sin^{-1}
    ("5 Hz", r"5 \text{sec}^{-1}", "correct"),  # a unit spelled as a function's name, with no argument: per second
    # an amplitude before a function in plain text is a symbol, not the article
    (r"A\sin\theta", "A sin(θ)", "correct"),
    (r"\sin\theta", "A sin(θ)", "wrong_value"),
    # a fraction before c keeps its c
    ("2.4e8 m/s", r"\frac{4}{5}c", "correct"),
    ("0.8 m/s", r"\frac{4}{5}c", "wrong_unit"),  # 0.8 c is no 0.8 m/s
    (r"\frac{\sqrt{3}}{2}c", r"\frac{\sqrt3}{2}c", "correct"),
    # letters a physicist writes as a product of symbols: a bare number leaves them out
    ("T = 2mg", "2", "wrong_value"),  # not 2 milligrams
    ("2 m g", "2", "wrong_value"),  # not gram-metres
    ("N = 2Mg", "2", "wrong_value"),  # not megagrams
    ("E = 5 kT", "5", "wrong_value"),  # not kilotesla
    ("T = 2mg", "2 m g", "correct"),  # the product written out
    ("2 N m", "2", "correct"),  # a unit of lone letters is still a unit (a torque)
    (r"2.5 \mathrm{~b}", "250 fm^2", "correct"),  # an upright b after a number is the barn
    (r"2.5 \text{b}", "2.5 barns", "correct"),
    (r"2.5 \mathrm{~b}", "2.5 mb", "wrong_unit"),  # a millibarn is not a barn
    ("2.5 b", "250 fm^2", "wrong_value"),  # an italic b is a symbol
    (r"2.6 \, b", r"2.6 \mathrm{b}", "correct"),  # ... unless a thin space sets it apart from its number (PHYSICS)
    (r"3\hat{i}+4\hat{j}", r"\vec{F} = 3\hat{\imath} + 4\hat{\jmath}", "correct"),  # dotless i and j
    (r"\log_{10} 2", r"\lg 2", "correct"),  # the common logarithm
    (r"\ln 2", r"\lg 2", "wrong_value"),
    ("0.368", r"\frac{1}{e}", "correct"),  # e alone beside numbers, for a pure number: Euler's
    ("0.5", r"\frac{1}{e}", "wrong_value"),
    ("0.368 C", r"\frac{1}{e}", "dimension_mismatch"),  # ... not where the gold has a unit
    ("x = 2, -2", r"x = \pm 2", "correct"),  # a gold's roots with the label said once, answered by plus-minus
    ("x = 2, -2", "x = -2, x = 2", "correct"),  # ... or by the label given each root, in any order
    ("x = 2, -2", "x = 2, x = 3", "wrong_value"),
    ("x = 2, -2", "y = 2, y = -2", "hedged"),  # another symbol's values twice
    ("44.5 N", "10 pounds-force", "correct"),  # the pound-force spelled out
    ("4.54 kg", "10 pounds", "correct"),  # ... and the pound of mass
    ("3e8 m/s", r"3.0 \times 10^{8}\ \unit{m.s^{-1}}", "correct"),  # siunitx's \unit, a point between units
    ("3e8 km/s", r"3.0 \times 10^{8}\ \unit{m.s^{-1}}", "wrong_unit"),
    (r"\dot{x}", "dx/dt", "correct"),  # a derivative in plain text
    (r"\ddot{x}", "d^2x/dt^2", "correct"),
    (r"\dot{x}", "x/t", "wrong_value"),  # the ratio is no derivative
    ("N = 2Mg", "2 M g", "correct"),  # M g as symbols, not gram-molar against megagrams
    ("N = 2Mg", "3 M g", "dimension_mismatch"),
    # a magnitude with the direction it points, for a gold that asks the magnitude
    ("5 N", r"5\ \mathrm{N}, \text{ at } 53^{\circ} \text{ above the } x\text{-axis}", "correct"),
    ("25 m/s", "25 m/s, directed 30° north of east", "correct"),
    ("5 N", "6 N, at 53° above the x-axis", "wrong_value"),
    ("5 N", "5 N, 53°", "wrong_type"),  # a bare angle says no direction: a second value
]

NOTATIONS_TABLE_79 = [  # the red-team table of physicist notations (helper 79), (reference, response, expected)
    # astronomy's units: solar, Earth and Jupiter masses, in symbols, words or the sun's sign
    (r"1 M_\odot", r"1.99 \times 10^{30} kg", "correct"),
    (r"1 M_{\odot}", r"2 \times 10^{30} kg", "correct"),
    ("1.99e30 kg", "1 solar mass", "correct"),
    (r"1.4 M_\odot", "1.4 solar masses", "correct"),
    ("1.4 M\u2609", "2.8e30 kg", "correct"),
    ("1.79e25 kg", r"3 M_\oplus", "correct"),
    (r"1 M_\odot", r"1.5 M_\odot", "wrong_value"),
    (r"\frac{G M_\odot}{R^2}", r"\frac{G M_\odot}{R^2}", "correct"),  # ... a symbol in a formula stays one
    # a vector's magnitude names the vector's quantity, as its symbol does
    (r"\frac{\sqrt{3}}{2}\hbar", r"|\vec{S}| = \frac{\sqrt{3}}{2}\hbar", "correct"),
    # PHYSICS: a gold equation no grammar reads (a term symbol), given with its sides swapped or as its value alone
    (r"J^{PC} (\eta^0) = 0^{-+}", r"0^{-+} = J^{PC} (\eta^0)", "correct"),
    (r"J^{PC} (\eta^0) = 0^{-+}", r"\boxed{0^{-+}}", "correct"),
    (r"J^{PC} (\eta^0) = 0^{-+}", r"\boxed{0^{+-}}", "wrong_value"),
    (r"J^{PC} (\eta^0) = 0^{-+}", r"0^{-+} = J^{PC}", "wrong_value"),
    (r"\sigma_1 : \sigma_2 : \sigma_3 = 9 : 1 : 2", "9:1:2", "correct"),  # a ratio's value alone
    # PHYSICS: a value with its unit named by a product of symbols is that quantity (its units were symbols, g no gram)
    (r"Am = -2.3 \times 10^{-30} \, \text{kg}", r"Am = -2.3 \times 10^{-27} \, \text{g}", "correct"),
    (r"Am = -2.3 \times 10^{-30} \, \text{kg}", r"-2.3 \times 10^{-27} \, \text{g}", "correct"),
    (r"Am = -2.3 \times 10^{-30} \, \text{kg}", r"-2.3 \times 10^{-27} kg", "wrong_value"),
    (r"F d = 10 \text{ J}", "0.01 kJ", "correct"),
    # table 75: the value under the other one of a pair of labels the question tells apart is another quantity's
    (r"v_1 = 3\ \mathrm{m/s}", r"\boxed{v_2 = 3\ \mathrm{m/s}}", "wrong_value"),
    (r"x_{max} = 0.2 m", r"x_{min} = 0.2 m", "wrong_value"),
    ("E_k = 5 J", "E_p = 5 J", "wrong_value"),
    (r"v_f = \sqrt{2 g h}", r"v_i = \sqrt{2gh}", "wrong_value"),
    ("v_1 = 3 m/s", "v_A = 3 m/s", "correct"),  # ... not the objects named another way,
    ("v_1 = 3 m/s", "v = 3 m/s", "correct"),  # nor the bare symbol
    ("v_1 = 3 m/s", "v_{1} = 3 m/s", "correct"),
    ("I_1 = I_2", "I_2 = I_1", "correct"),  # (a gold relating the pair, its sides swapped)
    ("H_i = H_f", "H_f = H_i", "correct"),
    (r"\rho \geq \frac{3M}{4 \pi R^3} = 1.47 \times 10^{17} \, \text{g/cm}^3", r"1.47 \times 10^{17} g/cm^3",
     "wrong_value"),  # ... not a bound's (the gold is a relation)
    (r"E_b = \frac{mV_0^2}{2\hbar^2}", r"|E| = \frac{m V_0^2}{2 \hbar^2}", "correct"),
    # another time derivative of the gold's symbol is another quantity, whatever its value
    (r"\ddot{x} = -\omega^2 x", r"\dot{x} = -\omega^2 x", "wrong_value"),
    (r"\ddot{x} = -\omega^2 x", r"x = -\omega^2 x", "wrong_value"),
    (r"\ddot{x} = -\omega^2 x", r"-\omega^2 x", "correct"),
    (r"\dot{\theta} = \omega", r"\dot{\theta} = \omega", "correct"),
    (r"\dot{Q} = 5 W", "Q = 5 W", "correct"),  # ... a value in units says which quantity it is
    # D names a debye and a dioptre: read as whichever the other side's dimension is
    ("2.5 D", "2.5 m^{-1}", "correct"),
    ("2.5 D", "2.5 diopters", "correct"),
    ("0.4 m^{-1}", "2.5 D", "wrong_value"),
    ("1.85 D", "6.2e-30 C m", "correct"),
    ("2.5 m", "2.5 D", "dimension_mismatch"),
    # (table 81, sympy's own printing) after a slash a symbol and those juxtaposed with it are the denominator, as in
    # Q/2M, also under a number alone ("1/2 m v^2" keeps its half); a change of a symbol on the right names it
    (r"Z = \sqrt{R^2 + \left(\omega L - \frac{1}{\omega C}\right)^2}",
     r"Z = \sqrt{R^{2} + \left(L \omega - 1 / C \omega\right)^{2}}", "correct"),
    (r"\frac{1}{2}mv^2", "1/2 m v^2", "correct"),
    (r"\frac{2}{mv}", "2/m v", "correct"),
    (r"\frac{m M v^2}{2(m+M)}", r"\frac{M m v^{2}}{2 M + 2 m} = \Delta E", "correct"),
    (r"\frac{m M v^2}{m+M}", r"\frac{M m v^{2}}{2 M + 2 m} = \Delta E", "wrong_value"),
    # a formula of letters that are also units is read in symbols where the letters differ (L and l are both litres)
    (r"\frac{1}{LC}", r"\frac{1}{C l}", "wrong_value"),
    (r"\frac{1}{LC}", r"\frac{1}{CL}", "correct"),
    (r"(f_0')^2 = p^2", r"(f_0')^2 = p^{3}", "wrong_value"),  # ... a symbol's power in brackets names it (on the left)
    # a magnification written with its times sign after it
    ("-2", "The magnification is \u22122\u00d7", "correct"),
    ("-2", r"-2\times", "correct"),
    ("-2", "2\u00d7", "wrong_value"),
]
REAL_GOLDS = [  # golds from UGPhysics and OlympiadBench, each against itself
    r"\boxed{\pi^{-} \rightarrow \mu^{-}+\bar{\nu}_{\mu}}",  # a reaction: compared as text
    r"\boxed{{ }^{3}\mathrm{P}_{0}}",  # a term symbol: compared as text
    r"\boxed{a \cos \theta_{n} = n \lambda}",  # the letter a is a symbol here, not an article
    r"\[ \boxed{\frac{\pi \mu_{0} N^{2} \rho^{2}}{l}, \frac{\pi \mu_{0} N^{2} \rho^{4}}{2 d^{3}}} \]",  # a list
    r"\boxed{\omega=\gamma_{\mathrm{p}}\left\langle B_{0}(\boldsymbol{r})\right\rangle}",  # an expectation value
    r"\boxed{\infty, \infty}",  # infinities
    r"\boxed{\dot{\varphi} + \dot{\theta}, \dot{\varphi} - \dot{\theta}}",  # accents
    r"\boxed{\theta = \theta^{\prime}, \frac{\sin \theta}{\sin \theta^{\prime\prime}} = \frac{n_{2}}{n_{1}}}",  # primes
]


@pytest.mark.parametrize("reference, response, expected",
                         EQUATIONS + SYMBOLS + UNITS + FALSE_ACCEPTS + WRITTEN_AS_PHYSICISTS_DO
                         + NOTATIONS_TABLE_79)
def test_physics_notation(reference, response, expected):
    assert verify(response, reference).status.value == expected


@pytest.mark.parametrize("gold", REAL_GOLDS)
def test_real_gold_is_accepted_against_itself(gold):
    assert verify(gold, gold).correct


@pytest.mark.parametrize("gold, options", [
    ("136", {"answer_type": "NV", "unit": r"\text{MeV}/c^{2}"}),  # MeV/c^2 in a unit column
    ("0.82", {"answer_type": "NV", "unit": r"\mathrm{GeV}/c"}),  # GeV/c
    (r"1 \times 10^{4}", {"answer_type": "NV", "unit": r"\text{b}"}),  # b is the barn in a unit column
    (r"\frac{2}{5} \sqrt{15}", {"answer_type": "NV", "unit": r"\mu_{\mathrm{B}}"}),  # Bohr magnetons
    (r"\frac{q^{2}}{16 \pi a^{2} \varepsilon_{1}}", {"answer_type": "NV"}),  # typed numeric, symbolic gold
    ("b", {"answer_type": "MC"}),  # typed multiple choice, a lowercase letter
])
def test_gold_with_a_type_hint_or_unit_column_that_does_not_fit_is_read(gold, options):
    assert verify(gold, gold, **options).correct


@pytest.mark.parametrize("gold, unit, response, expected", [
    ("0.8", "c", "0.8 c", "correct"),  # a unit column's c, written by the answer, is the speed of light too
    ("0.8", "c", "2.4e8 m/s", "correct"),  # and converts
    (r"\frac{2}{5} \sqrt{15}", r"\mu_{\mathrm{B}}", r"1.549 \mu_{\mathrm{B}}", "correct"),  # Bohr magnetons
    ("8.7", r"\mu\mathrm{b}", r"8.7 \mu b", "correct"),  # a prefixed barn in the column
    ("56 \\%", "\\%", r"56000 \times 10^{-3} \%", "correct"),  # a percent after a braced power of ten
    ("0.375", "m_{0}", "0.375 m_{0}", "correct"),  # a column that is no unit: the gold counts in it
    ("-0.167", "m_{0}", "-0.167 m_{0}", "correct"),  # with a sign
    ("0.375", "m_{0}", "0.375 m_{1}", "wrong_value"),  # another scale is not it
    ("5", "m/s (approx.)", "5 m/s", "correct"),  # a remark on the column's unit is no part of it (helper-48)
    ("5", "(m)", "5 m", "correct"),  # ... a unit in brackets is the unit (helper-53)
    ("5", "J (per mole)", "5 J/mol", "correct"),  # ... a remark with "per" divides ("W (per m^2)")
    ("5", "J (per mole)", "5 J", "dimension_mismatch"),
    ("5", "m/s (upward)", "5 m/s", "correct"),  # ... a direction is the gold's,
    ("5", "m/s (upward)", "5 m/s downward", "wrong_value"),  # which no answer may oppose
    ("5", "N (10^3)", "5000 N", "correct"),  # ... a number in brackets is a scale, no remark (helper-55)
    ("5", "N (10^3)", "5 N", "wrong_value"),
    ("5", "N/C or V/m", "5 V/m", "correct"),  # ... nor is a second name for it
    ("5", "furlongs per fortnight blah", "5 m/s", "unparseable_reference"),  # a column no reading gives: an
    ("5", "furlongs per fortnight blah", "5", "correct"),  # answer with a unit cannot be judged (None, not 0)
    # SciBench: a column that is the gold's unit and its direction, read as the gold written out with it
    ("(0.829)", r"$\mathrm{~N} \hat{\mathrm{i}}$", r"(0.829) \mathrm{ N} \hat{\mathrm{i}}", "correct"),
    ("(0.829)", r"$\mathrm{~N} \hat{\mathrm{i}}$", r"0.829 N \hat{i}", "correct"),
    ("(0.829)", r"$\mathrm{~N} \hat{\mathrm{i}}$", r"0.7 N \hat{i}", "wrong_value"),
    ("(0.829)", r"$\mathrm{~N} \hat{\mathrm{i}}$", r"0.829 N \hat{j}", "wrong_value"),
    # ... and a count of things with a power of ten and a list's semicolon: 2e10 (was "2e10 is not 2")
    ("2.00", r"$10^{10} \text { electrons; }$", r"2.00 \times 10^{10} \text { electrons; }", "correct"),
    ("2.00", r"$10^{10} \text { electrons; }$", "2e10 electrons", "correct"),
    ("2.00", r"$10^{10} \text { electrons; }$", "3e10 electrons", "wrong_value"),
    ("2.00", r"$10^{10} \text { electrons; }$", "2e10 m", "unparseable_reference"),  # (electrons: no unit known here)
])
def test_answer_written_in_the_unit_columns_terms(gold, unit, response, expected):
    assert verify(response, gold, unit=unit, answer_type="NV").status.value == expected


def test_type_hint_that_does_not_fit_logs_a_warning(caplog):
    parse_reference.cache_clear()
    reference._WARNED.clear()
    with caplog.at_level(logging.WARNING, logger="verifiers.reference"):
        assert parse_reference(r"\frac{m}{2} v^{2}", None, "numeric").kind == "symbolic"
    assert "reading the gold as it is" in caplog.text


def test_an_unreadable_unit_column_is_warned_about_once_not_per_row(caplog):
    """helper-48: 200 rows sharing one unreadable unit column logged 200 warnings."""
    reference._WARNED.clear()
    with caplog.at_level(logging.WARNING, logger="verifiers.reference"):
        for gold in range(50):
            verify("5", str(gold), unit="qqq zzz")
    assert caplog.text.count("cannot read unit 'qqq zzz'") == 1


def test_broken_gold_is_still_unreadable():
    assert verify("12", r"\frac{").status.value == "unparseable_reference"
    assert verify("12", "}{").status.value == "unparseable_reference"


def test_text_gold_rejects_other_text():
    gold = r"\pi^{-} \rightarrow \mu^{-}+\bar{\nu}_{\mu}"
    assert verify(r"\pi^{+} \rightarrow \mu^{+}+\nu_{\mu}", gold).status.value == "wrong_value"


# a review of the session's rules (helper 77): what each must not do
REVIEWED = [
    (r"30^\circ north of east", "either 30° north of east or 30° east of north", "hedged"),  # a hedge stays one
    (r"30^\circ north of east", r"First I thought 30° north of east but the answer is \boxed{30° east of north}",
     "wrong_value"),  # the boxed bearing, not the first one on the line
    (r"30^\circ north of east", "30° north of " * 50 + "east", "wrong_value"),  # no bearing read in a repetition
    ("2b", r"2\,b", "correct"),  # a thin space before a symbol b: no barn
    (r"\frac{2b}{a}", r"\frac{2\,b}{a}", "correct"),
    (r"v \ge 5 m/s", r"v \ge \infty m/s", "wrong_value"),  # an infinite bound is no value near a finite one
    (r"T \ge 10 °C", r"T \ge 10 \text{ kelvin}", "wrong_value"),  # kelvin and Celsius are offset, not scaled
    (r"\{100, 200\} cm", r"\{1, 2\} m", "correct"),  # a set's unit converted
    ("12 N", r"The minimum speed is \boxed{12 N}, which is a lower bound.", "correct"),  # a minimum is a bound
    ("4.2 J/(kg s K)", r"4.2 J kg^{-1} sec^{-1} K^{-1}", "correct"),  # sec^{-1} a unit, not a secant's power
    ("12 N", r"\boxed{12 N} (for m = 2 kg, a = 6)", "correct"),  # the data in brackets, no second answer
    ("12 N", r"\boxed{12 N} (for each rope, 24 N total)", "correct"),  # another quantity
    (r"\frac{2}{3}", r"\frac{2}{3}e", "wrong_value"),  # e as a factor stays the charge's symbol
    ("0.632", r"1 - \frac{1}{e}", "correct"),  # ... and Euler's number below a fraction bar
    (r"2 \text{ mg}", "2", "correct"),  # milligrams set upright: a bare number in the gold's unit
    ("5 mg/L", "5", "correct"),
    ("3 dg/dL", "3 dg/dL", "correct"),  # units, no derivative
    (r"(m - m_p) c^2", r"(m_n - m_p) c^2", "wrong_value"),  # a gold naming a particle's mass keeps m apart
]


@pytest.mark.parametrize("reference, response, expected", REVIEWED)
def test_reviewed_rules_keep_to_their_cases(reference, response, expected):
    assert verify(response, reference).status.value == expected


@pytest.mark.parametrize("gold", ["???", "{", r"\boxed{}"])
def test_a_gold_with_nothing_in_it_is_not_answered_by_repeating_it(gold):
    assert verify(gold, gold).status.value == "unparseable_reference"


def test_a_planet_symbol_is_no_emoji():
    from verifiers.extract import extract_answers
    assert extract_answers("The mass is \\boxed{1 M♃} 🎉") == ["1 M♃"]


GOLD_FORMS = [
    ("12 N/C or V/m", "12 V/m", "correct"),  # a unit given a second name: one value
    ("12 N/C or V/m", "13 V/m", "wrong_value"),
    ("12 N or 15 N", "12 N", "wrong_type"),  # two values are two answers
    ('["$500$"]', "500", "correct"),  # a list written out as JSON (a CSV's cell)
    ("0.123 nm", r"**Answer:** $\lambda \approx 1.23 \times 10^{-10}$ m, or about 12.3 Å.", "hedged"),  # a restatement
    ("0.123 nm", r"**Answer:** $\lambda \approx 1.23 \times 10^{-10}$ m, or about 1.23 Å.", "correct"),  # must agree
]


@pytest.mark.parametrize("reference, response, expected", GOLD_FORMS)
def test_gold_forms_and_restated_answers(reference, response, expected):
    assert verify(response, reference).status.value == expected
