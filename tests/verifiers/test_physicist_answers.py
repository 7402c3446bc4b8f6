"""Answers as physicists and models write them to physics golds (kinds found by bench/judge_agreement.py
on the PHYSICS benchmark's golds, their derived forms, and real models' labelled answers)."""

import pytest

from verifiers import verify

# (reference, response, expected status)
FUNCTION_VALUES = [
    # a function at a number is a value of its own: s_z(0) is never s_z times 0 (which made every sign right)
    (r"s_z(t) = s_z(0) \cos \omega t + s_x(0) \sin \omega t", r"-\left(s_z(0) \cos \omega t + s_x(0) \sin \omega t\right)",
     "wrong_value"),
    (r"s_z(t) = s_z(0) \cos \omega t + s_x(0) \sin \omega t", r"s_z(0) \cos \omega t + s_x(0) \sin \omega t", "correct"),
    # an antisymmetric combination of one-particle states is not zero
    (r"\frac{1}{\sqrt{2}}[\psi_1(1)\psi_2(2) - \psi_2(1)\psi_1(2)]", r"\frac{2}{\sqrt{2}}[\psi_1(1)\psi_2(2) - \psi_2(1)\psi_1(2)]",
     "wrong_value"),
    # I(0) times a pattern: the doubled pattern is another answer
    (r"I = I(0) \cos^2 \alpha", r"I = 2 I(0) \cos^2 \alpha", "wrong_value"),
]
LABELS = [
    # a label taken at a product of symbols: its bare value answers it
    (r"G(n\pi) = (-1)^n", "(-1)^n", "correct"),
    # a label taken at a power of a symbol (a particle's quantum number)
    (r"C(\eta^0) = +1", "+1", "correct"),
    (r"C(\eta^0) = +1", "-1", "wrong_value"),
    # the square of a quantity names it
    (r"p_f^2 = 2me\phi(x)", r"2me\phi(x)", "correct"),
    # ... but a sum with a power in it is a condition, which a bare number does not answer
    ("a^2 + b = 0", "0", "wrong_type"),
    # a label at a number: S(0)
    ("S(0) = 0", "0", "correct"),
    # a particle's charge is part of its name: P(\pi^-)
    (r"P(\pi^-) = -1", "-1", "correct"),
    (r"P(\pi^-) = -1", "1", "wrong_value"),
]
SWAPPED = [
    # a numeric definition written the other way round
    (r"T = 10.32 \, \text{MeV}", r"10.32 \, \text{MeV} = T", "correct"),
    (r"\Delta E = 10.36 \, \text{MeV}", r"10.36 \, \text{MeV} = \Delta E", "correct"),
    ("G = -1", "-1 = G", "correct"),
    # a symbolic definition of a function-like label, swapped
    (r"F(r) = -\frac{e^2 r}{4 \pi \varepsilon_0 a^3}", r"-\frac{e^2 r}{4 \pi \varepsilon_0 a^3} = F(r)", "correct"),
    (r"F(r) = -\frac{e^2 r}{4 \pi \varepsilon_0 a^3}", r"-\frac{e^2 r}{4 \pi \varepsilon_0 a^2} = F(r)", "wrong_value"),
    # "mvr = n\hbar" is a condition, not a definition of "n of \hbar": dropping n is wrong
    (r"mvr = n\hbar", r"mvr = \hbar", "wrong_value"),
    (r"mvr = n\hbar", r"n\hbar = mvr", "correct"),
    (r"2d \cos \theta = m\lambda", r"2d \cos \theta = \lambda", "wrong_value"),
]
FORMULAS = [
    # a formula times lone letters is in symbols (a length l), not 0.6 litres: a bare 3/5 drops the l
    (r"d = \frac{3l}{5}", r"\frac{3}{5}", "wrong_value"),
    (r"d = \frac{3l}{5}", r"\frac{3 l}{5}", "correct"),
    # 2 sqrt(2) m is a mass, not 2.83 metres
    (r"M = 2\sqrt{2}m", "2.83", "wrong_value"),
    (r"\delta y = \frac{L}{1000}", "0.001", "wrong_value"),
    # a number with a lone-letter unit still takes a bare number in that unit
    ("5 m", "5", "correct"),
]
WRITTEN = [
    # a gold that ends its sentence with a full stop
    (r"n = 3.3 \times 10^{16} \, \text{m}^{-3}.", r"3.3 \times 10^{16} m^{-3}", "correct"),
    ("0.", "0", "correct"),
    # the label of a question's part before the value (was read as barns: "(b) 33 m" is 33 b m)
    (r"33 \, \text{m}", r"(b) \, 33 \, \text{m}", "correct"),
    ("3500 °C", r"\mathbf{(B)}~3500^\circ C", "correct"),  # an option's letter before its value
    # the Laplacian is an operator of its own, not nabla squared
    (r"k \left(\frac{\nabla T}{T}\right)^2", r"k \frac{\nabla^2 T}{T}", "wrong_value"),
    (r"-\frac{\hbar^2}{2m}\nabla^2 \psi", r"-\frac{\hbar^2 \nabla^{2} \psi}{2m}", "correct"),
    (r"\nabla^2 \phi", r"\nabla \cdot \nabla \phi", "correct"),  # the divergence of the gradient
    # an equation of motion set to zero names no quantity: "0" does not answer it
    (r"\frac{\partial T}{\partial t} - \frac{k}{\rho c} \nabla^2 T = 0", "0", "wrong_type"),
    ("S_D - S_A = 0", "0", "correct"),  # a difference of quantities does
    ("5 m/s", "(B) 6 m/s", "wrong_value"),
    ("A + B", "(A) + B", "correct"),  # but a capital in brackets before an operator is a symbol
    ("F d", "(F) d", "correct"),
    (r"8 \, \text{min}", r"\text{(b) } 8 \text{ min}", "correct"),
    (r"10^{-13} \, \text{cm}", r"\textbf{(b)}~10^{-13}\,\mathrm{cm}.", "correct"),
    (r"10^{-13} \, \text{cm}", r"\text{b) } 10^{-13} \, \text{cm}", "correct"),
    (r"10^{-13} \, \text{cm}", r"(b) 10^{-12} \, \text{cm}", "wrong_value"),
    # a multiple-choice letter is still a letter
    ("B", "(B)", "correct"),
    # a lowercase option in brackets is a choice too, answered with its text after it
    ("(c)", r"\text{(c) Exactly by a single high-pass (RC) filter}", "correct"),
    ("(a)", r"\text{Option}~(\mathrm{a})", "correct"),
    ("(a)", "(b)", "wrong_value"),
    # two choices, with a comma or "and" between them, commit to neither
    ("A", "(A), (B)", "hedged"),
    ("(a)", "(a) and (b)", "hedged"),
    # ... whatever marks join them, or when each is followed by its text (each was choice A)
    ("A", r"(A) \& (B)", "hedged"),
    ("A", "(A)/(B)", "hedged"),
    ("A", "(A) + (B)", "hedged"),
    ("A", "(A) 33 m (B) 44 m", "hedged"),
    # parts judged one by one are no choice of (a)
    ("(a)", r"\begin{aligned}&\text{(a)}: \quad \text{True}, \\ &\text{(b)}: \quad \text{Not Necessarily True}\end{aligned}",
     "hedged"),
    # a qualifying word in the name a value is given for is no hedge
    (r"\frac{\hbar \omega}{2}", r"\text{Minimum Energy } = \frac{\hbar \omega}{2}", "correct"),
    ("M_s = 0", r"\text{Maximum } M_s = 0", "correct"),
    ("12 N", "the minimum force = 12 N", "correct"),
    # ... but a trailing bound still is
    ("12 N", "12 N at least", "hedged"),
]
LISTS = [
    # several quantities given: the one the gold names is graded
    (r"E_x = \frac{q}{\chi} \gamma (x - vt)", r"E_x = \frac{q}{\chi} \gamma (x - vt), \quad B_x = 0", "correct"),
    ("L_z = 0", r"L^2 = \frac{6}{\alpha^2}, \quad L_z = 0", "correct"),
    ("L_z = 0", r"L^2 = \frac{6}{\alpha^2}, \quad L_z = 1", "wrong_value"),
    (r"C_v = 20.8 \, \text{J/K/mol}", r"C_v = 20.785 \, \text{J/(mol K)}, \quad C_p = 29.009 \, \text{J/(mol K)}", "correct"),
    # one quantity given two values commits to neither
    ("x = 3", "x = 3, x = 4", "wrong_type"),
    # values without names: which is the answer is not said
    ("x = 3", "3, 4", "wrong_type"),
    # an alignment environment's lines are such a list
    (r"R = 10^3 \, \Omega", "\\begin{aligned}\n&R = 1000 \\, \\Omega \\\\\n&L = 1 \\, mH \\\\\n&C = 1 \\, \\mu F\n\\end{aligned}",
     "correct"),
    # ... each line's own closing comma or full stop is no part of it (a list, not an empty item)
    (r"x = 0.25 \ \text{g}, \ y = 1.75 \ \text{g}, \ z = 1.00 \ \text{g}",
     r"\begin{aligned} m'_{\text{ice}} &= 0.25 \text{ g}, \\ m'_{\text{water}} &= 1.75 \text{ g}, \\ m'_{\text{vapor}} &= 1 \text{ g}. \end{aligned}",
     "correct"),
    (r"x = 0.25 \ \text{g}, \ y = 1.75 \ \text{g}, \ z = 1.00 \ \text{g}",
     r"\begin{aligned} m'_{\text{ice}} &= 0.25 \text{ g}, \\ m'_{\text{water}} &= 1.75 \text{ g}, \\ m'_{\text{vapor}} &= 2 \text{ g}. \end{aligned}",
     "wrong_value"),
    (r"\alpha = n + 1", "\\begin{align*}\n&\\text{Energy Density Exponent } \\alpha &= n+1 \\\\\n"
                        "& \\text{Specific Heat Exponent }\\beta &= n\n\\end{align*}", "correct"),
    # lines in words and equations: the item that gives the gold's quantity, named in words or not
    (r"E_0 = -6.8 \ \text{eV}", "\\begin{aligned}\n&\\text{Bohr radius } a_0' = 5.29 \\times 10^{-8} \\ \\text{cm}, "
     "\\\\\n&\\text{Ground state energy } E_0 = -6.8 \\ \\text{eV}\n\\end{aligned}", "correct"),
    ("T = 2 m g", "(a) T = 2mg, (b) v < c", "correct"),
    # a gold definition written the other way names the symbol on its right: "\frac{eg}{\hbar c} = n" once took its
    # formula as the label, so the rearranged definition was an identity that 0 = 0 answered
    (r"\frac{eg}{\hbar c} = n", "0 = 0", "wrong_value"),
    (r"\frac{eg}{\hbar c} = n", "n - n = 0", "wrong_value"),
    (r"\frac{eg}{\hbar c} = n", r"n = \frac{eg}{\hbar c}", "correct"),
    # ... the item is held to the rules of an answer: a bound is a hedge
    ("y = 2", "x = 1, y < 2", "hedged"),
    # a part label with a colon
    (r"U = \frac{Q^2}{8 \pi \varepsilon_0 b}", r"\text{(c)}: U = \frac{Q^2}{8\pi\varepsilon_0 b}", "correct"),
    # an array in brackets is a matrix, not lines
    (r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}", r"\left[\begin{array}{cc}1 & 2 \\ 3 & 4\end{array}\right]", "correct"),
]

NOTATION = [
    # physicists write J/mol·K for J/(mol K): the \cdot goes on in the denominator after a number and units
    (r"C_v = 21 \, \text{J/mol} \cdot \text{K}", r"C_v = 21 J mol^{-1} K^{-1}", "correct"),
    (r"0.2 \, \text{cal/g·K}", r"0.2 \, \text{cal}/(\text{g} \cdot \text{K})", "correct"),
    (r"21 \, \text{J/mol} \cdot \text{K}", "21 J K/mol", "dimension_mismatch"),
    # ... never in a formula: F/m \cdot t is (F/m) t
    (r"F/m \cdot t", r"\frac{F}{m} t", "correct"),
    # \left\{ ... \right\} groups, as brackets do
    (r"q = Q_0 \exp\left\{ -\frac{t}{RC} \right\}", r"Q_0 e^{-t/(RC)}", "correct"),
    (r"\{2, 1\}", r"\left\{1, 2\right\}", "correct"),
    # \overset{\circ}{A} is the angstrom
    (r"d = 4260 \, \overset{\circ}{A}", "426 nm", "correct"),
    # a derivative is a symbol: du/dT is not u/T (which made T/3 du/dT - u/3 zero, right at any sign)
    (r"u = \frac{T}{3} \frac{du}{dT} - \frac{1}{3} u", r"u = -\left(\frac{T}{3} \frac{du}{dT} - \frac{1}{3} u\right)",
     "wrong_value"),
    (r"\frac{d\sigma}{d\Omega} = \frac{R^2}{4}", r"\frac{R^2}{4}", "correct"),
    (r"\frac{\partial f}{\partial r} = 0", r"\frac{\partial f}{\partial r} = 0", "correct"),
    # names with a star, a region's index, a function at a sign; the inverse of a quantity as a label
    (r"E_g = \frac{\hbar^2}{2mR^2} \left[n^* + \frac{\phi}{\phi_0}\right]^2",
     r"\frac{\hbar^2 \left[n^* + \frac{\phi}{\phi_0}\right]^2}{2mR^2}", "correct"),
    (r"E^{(I)}_z = - \frac{V_0}{d} \cos \omega t", r"- \frac{V_0}{d} \cos \omega t", "correct"),
    (r"P(+) = \frac{1}{2} (1 + \sin 2\omega t)", r"\frac{1 + \sin 2\omega t}{2}", "correct"),
    (r"K^{-1} = \frac{2}{3} n \epsilon_F", r"\frac{2}{3} n \epsilon_F", "correct"),
    # an offset temperature is within tolerance of its number or within half a degree: 273 K is 0 degC (a share
    # of the Celsius number alone made 0 exact), 7 degC is not 5 degC
    (r"0 \circ C", "273 K", "correct"),
    # ... half a degree only across scales (the kelvin zero point rounded): in the gold's own unit 0.4 degC was 0 degC
    # and 1.4 degC was 1 degC (40 % off), and any reading of a 0.1 degC difference
    (r"0 \circ C", r"0.4 \circ C", "wrong_value"),
    (r"1 \circ C", r"1.4 \circ C", "wrong_value"),
    (r"\Delta T = 0.1 \circ C", r"0.4 \circ C", "wrong_value"),
    ("5 °C", "7 °C", "wrong_value"),
    ("-214 °C", "-220 °C", "wrong_value"),
    ("25 °C", "25 K", "wrong_unit"),
    ("0 °C", "32 °F", "correct"),
    ("100 °C", "212 °F", "correct"),  # offset scales converted by their definitions (no pint Quantity: faster)
    ("-40 °C", "-40 °F", "correct"),
    ("300 K", "80.33 °F", "correct"),
    ("300 K", "100 °F", "wrong_value"),
    # Boltzmann's constant as k_B on one side and k on the other
    (r"S = k \ln \Omega", r"S = k_B \ln \Omega", "correct"),
    (r"U = -N \mu_0 B \tanh\left(\frac{\mu_0 B}{kT}\right)", r"-N \mu_0 B \tanh\left(\frac{\mu_0 B}{k_B T}\right)",
     "correct"),
    (r"k^2 T", r"k_B k T", "wrong_value"),
    # a braced name takes an index: {\mu}_0
    (r"\frac{\mu_0 I}{2\pi r}", r"\frac {{\mu}_0 I}{2\pi r }", "correct"),
    # a statement in \text that ends in the answer: its closing brace is no part of it
    ("(a)", r"\text{The correct answer is (a)}", "correct"),
    # an exponential that underflows at every sample point hides in a sum: exact algebra decides
    (r"I_L(t) = 0.05(1 - e^{-10^7 t})", r"I_L(t) = 0.05(1 - e^{-10^{8} t})", "wrong_value"),
    (r"I_L(t) = 0.05(1 - e^{-10^7 t})", r"0.05 - 0.05 e^{-10^{7} t}", "correct"),
    # a formula with its unit in \text or \mathrm after it answers the formula
    (r"\frac{2 \pi \varepsilon l}{\ln (b / a)}", r"\dfrac{2 \pi \varepsilon l}{\ln (b / a)} \text{F}", "correct"),
    (r"\sqrt{\frac{g}{l_{2}}}", r"\sqrt{\frac{g}{l_{2}}} \text{s}^{-1}", "correct"),
    (r"\frac{m v^2}{r}", r"\frac{m v^2}{R}\,\mathrm{N}", "wrong_value"),
    # ... and a gold written so is answered by the formula alone
    (r"C = \frac{2 \pi \varepsilon l}{\ln (b / a)}\,\text{F}", r"\frac{2 \pi \varepsilon l}{\ln (b / a)}", "correct"),
    (r"\frac{2 \pi \varepsilon l}{\ln (b / a)}\,\text{F}", r"\frac{2 \pi \varepsilon}{\ln (b / a)}", "wrong_value"),
    # ... or with the unit ending a side of the answer's equation
    (r"v_0 = u(t)e^{-t} - u(t-1)e^{-t+1} \, \text{V}", r"u(t)e^{-t} - u(t-1)e^{-t+1} \, \text{V} = v_0", "correct"),
    # ... but a bare letter after it is a symbol: m v^2/2 is not v^2/2
    (r"\frac12 v^2", r"\frac12 v^2 m", "wrong_value"),
    # the hyperbolic cotangent
    (r"\langle E \rangle = \frac{\hbar \omega}{2} \coth \frac{\hbar \omega}{2 k T}",
     r"\frac{\hbar \omega}{2 \tanh \frac{\hbar \omega}{2 k T}}", "correct"),
    # an inverse trigonometric function written with ^{-1}: \tan^{-1} is the arctangent, not a cotangent
    (r"\theta_B = \arctan \left(\frac{n_2}{n_1}\right)", r"\tan^{-1} \left( \frac{n_2}{n_1} \right)", "correct"),
    (r"\frac{\pi}{6}", r"\sin^{-1}(0.5)", "correct"),
    (r"\frac{1}{\sin x}", r"\sin^{-1} x", "wrong_value"),
    (r"\csc x", r"(\sin x)^{-1}", "correct"),  # bracketed, the power is a power
]

CONSTANTS = [
    # mu_0 where the other side writes epsilon_0 and c: 1/(epsilon_0 c^2) (red-team helper-39)
    (r"\frac{q^2a^2}{6\pi\epsilon_0 c^3}", r"\frac{\mu_0 q^2 a^2}{6\pi c}", "correct"),
    (r"\frac{q^2a^2}{6\pi\epsilon_0 c^3}", r"\frac{\mu_0 q^2 a^2}{6\pi c^2}", "wrong_value"),
    (r"\frac{E_0^2}{2\mu_0 c}", r"\frac{1}{2}c\epsilon_0 E_0^2", "correct"),  # in either direction
    (r"\frac{1}{2}c\epsilon_0 E_0^2", r"\frac{E_0^2}{\mu_0 c}", "wrong_value"),
    # Coulomb's constant k (or k_e) where the other side writes epsilon_0: k e^2 is e^2/(4 pi epsilon_0)
    (r"\frac{e^2}{4\pi\varepsilon_0}", "k e^2", "correct"),
    (r"k e^2", r"\frac{e^2}{4\pi\varepsilon_0}", "correct"),  # in either direction
    (r"\frac{e^2}{4\pi\varepsilon_0 r}", r"\frac{k_e e^2}{r}", "correct"),
    (r"\frac{q_1 q_2}{4\pi\epsilon_0 r^2}", r"\frac{kq_1q_2}{r^2}", "correct"),  # k in a letter run
    (r"\frac{e^2}{4\pi\varepsilon_0}", "ke^2", "correct"),  # the power takes the run's last letter only
    (r"\frac{e^2}{4\pi\varepsilon_0 r}", r"\frac{2 k e^2}{r}", "wrong_value"),  # twice the value
    (r"\frac{e^2}{4\pi\varepsilon_0 r}", r"\frac{k e^2}{r^2}", "wrong_value"),
    # ... and k_B against k stays Boltzmann's constant
    ("k T", r"k_B T", "correct"),
    ("c_v = N k", r"N k_B", "correct"),  # a number of particles: thermal too
    # but k is Coulomb's constant only with a charge, Boltzmann's only where the comparison is thermal
    (r"\frac{1}{2} k x^2", r"\frac{x^2}{8\pi\epsilon_0}", "wrong_value"),  # a spring's k
    (r"\sqrt{k/m}", r"\sqrt{\frac{1}{4\pi\epsilon_0 m}}", "wrong_value"),
    (r"\frac{\hbar^2 k^2}{2m}", r"\frac{\hbar^2}{2m (4\pi\epsilon_0)^2}", "wrong_value"),  # a wave number
    (r"\hbar k", r"\hbar k_B", "wrong_value"),
    (r"\frac{1}{2} k x^2", r"\frac{1}{2} k_B x^2", "wrong_value"),
    (r"\frac{k q}{r^2}", r"\frac{k_B q}{r^2}", "wrong_value"),  # Coulomb's k is not Boltzmann's
    (r"\frac{2 k \lambda}{r}", r"\frac{\lambda}{2\pi\epsilon_0 r}", "correct"),  # a charge density is a charge's
    (r"\frac{p^2}{2m} + \frac12 kx^2", r"\frac{p^2}{2m} + \frac{x^2}{8\pi\epsilon_0}", "wrong_value"),  # p: a momentum
    (r"\frac12 kx^2 + \frac12 CV^2", r"\frac12 k_B x^2 + \frac12 CV^2", "wrong_value"),  # C: a capacitance
    ("C_V = Nk", r"C_V = N k_B", "correct"),  # a heat capacity is thermal
    (r"C_V = \frac{3}{2}k_B", r"C_V = \frac{3}{2}k", "correct"),  # and k with no other symbol is Boltzmann's
    (r"c = \sqrt{\frac{1}{\epsilon_0 \mu_0}}", "c = c", "wrong_value"),  # the quantity's name, no value
    # c where the other side writes mu_0 and epsilon_0 is 1/sqrt(mu_0 epsilon_0)
    (r"\frac{1}{\sqrt{\mu_0\epsilon_0}}", "c", "correct"),
    (r"c^2", r"\frac{1}{\mu_0 \varepsilon_0}", "correct"),
    # gauss after a number: 1 G is 1e-4 T (pint's own gauss is the Gaussian-CGS unit)
    (r"10^{-4} \, \text{T}", "1 G", "correct"),
    (r"0.25 \, \text{mT}", r"2.5 \, \text{G}", "correct"),
    ("5e-3 T", "5 G", "wrong_value"),  # 5 G is 0.5 mT
    ("5 T", "5 G", "wrong_unit"),  # the number of the wrong unit
    ("1 T", "10 kG", "correct"),  # kilogauss
    (r"2.9 \times 10^{-11} \, \text{eV/Gs}^2", r"2.9 \times 10^{-11} eV Gs^{-2}", "correct"),  # Gs spelled: one unit
    # ... while G in a formula is still the gravitational constant
    (r"\sqrt{\frac{GM}{R}}", r"\sqrt{G M / R}", "correct"),
    (r"\frac{G M m}{r}", r"\frac{2 G M m}{r}", "wrong_value"),
    # a gold that is a bare physical constant: itself, its equivalent forms and its value in units
    ("c", "c", "correct"),
    (r"\hbar", r"\frac{h}{2\pi}", "correct"),
    ("h", r"2\pi\hbar", "correct"),
    (r"\hbar", "h", "wrong_value"),  # 2 pi apart
    ("c", r"3 \times 10^8 \, \text{m/s}", "correct"),
    (r"3 \times 10^8 \, \text{m/s}", "c", "correct"),
    ("h", r"6.626 \times 10^{-34} \, \text{J s}", "correct"),
    (r"1.055 \times 10^{-34} \, \text{J s}", r"\hbar", "correct"),
    (r"1.6 \times 10^{-19} \, \text{C}", "e", "correct"),  # the elementary charge as the answer
    ("c", r"3 \times 10^7 \, \text{m/s}", "wrong_value"),  # a tenth of c
    ("c", "2c", "wrong_value"),
    ("h", r"6.626 \times 10^{-34} \, \text{J}", "wrong_value"),  # energy is no action
    ("1 h", "h", "correct"),  # one hour, or a symbol h: never Planck's constant against an hour
    # ... and formulas in other constants: Coulomb's constant, m_e c^2, R = N_A k_B
    (r"8.99 \times 10^9 \, \text{N m}^2/\text{C}^2", r"\frac{1}{4\pi\epsilon_0}", "correct"),
    (r"\frac{1}{4\pi\varepsilon_0}", r"8.99 \times 10^9 N m^2 C^{-2}", "correct"),
    ("0.511 MeV", "m_e c^2", "correct"),
    ("0.611 MeV", "m_e c^2", "wrong_value"),
    ("m_e c^2", "0.511 MeV", "correct"),
    ("8.314 J/(mol K)", "N_A k_B", "correct"),
    (r"6.67 \times 10^{-11} \, \text{N m}^2/\text{kg}^2", "G", "correct"),  # bare G: the constant, never gauss
]

UNIONS = [
    # a union of intervals is a set: its pieces in any order
    (r"(0, 1) \cup (2, \infty)", r"(2, \infty) \cup (0, 1)", "correct"),
    (r"(-\infty, 0) \cup (2, \infty)", r"x \in (2, \infty) \cup (-\infty, 0)", "correct"),
    (r"[1, 2] \cup [3, 4] \cup (5, 6)", r"[3, 4] \cup (5, 6) \cup [1, 2]", "correct"),
    # ... but each piece keeps its ends and their closedness
    (r"(0, 1) \cup (2, \infty)", r"(2, \infty) \cup (0, 1]", "wrong_value"),
    (r"(0, 1) \cup (2, \infty)", r"(0, 1) \cup (0, 1)", "wrong_value"),  # one piece twice is not both
    # Unicode union and infinity
    (r"(0, 1) \cup (2, \infty)", "(0, 1) ∪ (2, ∞)", "correct"),
    # relations of one variable joined by "or" are a union, not a hedge, where the gold is a union
    (r"(-\infty, 0) \cup (2, \infty)", r"x < 0 \text{ or } x > 2", "correct"),
    (r"x < 0 \text{ or } x > 2", r"(-\infty, 0) \cup (2, \infty)", "correct"),  # such a gold is a union too
    (r"x < 0 \text{ or } x > 2", r"x > 2 \text{ or } x < 0", "correct"),
    (r"(-\infty, 0) \cup (2, \infty)", r"x < 0 \text{ or } x \ge 2", "wrong_value"),  # 2 is not in it
    (r"x < 0 \text{ or } x > 2", "x < 0", "wrong_value"),  # half the set
    (r"(-\infty, 0) \cup (2, \infty)", r"x < 0 \text{ or } y > 2", "unparseable_response"),  # two variables
    # an infinite end equals only the same infinity: |inf - 2| <= tol * inf once took (2, \infty) for (-\infty, 0)
    (r"(-\infty, 0)", r"(2, \infty)", "wrong_value"),
    (r"(-\infty, 0)", r"x > 2", "wrong_value"),
    (r"(-\infty, 0)", r"x < 0 \text{ or } x > 2", "hedged"),  # a union against a one-interval gold
    (r"\begin{pmatrix} 1 & 0 \end{pmatrix}", r"\begin{pmatrix} \infty & 0 \end{pmatrix}", "wrong_value"),
    # ... and where the gold is one interval, "or" still joins two answers: a hedge
    ("x > 2", "x > 2 or x > 3", "hedged"),
]
MATRICES = [
    # a matrix a label names (an operator, a spin matrix) is the matrix
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "correct"),
    (r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "correct"),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"A = \begin{pmatrix} 1 & 2 \\ 4 & 3 \end{pmatrix}", "wrong_value"),
    # a factor before a matrix multiplies every entry: hbar/2 sigma_x
    (r"S_x = \frac{\hbar}{2}\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}",
     r"\begin{pmatrix} 0 & \hbar/2 \\ \hbar/2 & 0 \end{pmatrix}", "correct"),
    (r"S_x = \frac{\hbar}{2}\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}",
     r"\begin{pmatrix} 0 & \hbar \\ \hbar & 0 \end{pmatrix}", "wrong_value"),  # the half left out
    (r"\begin{pmatrix} 0.5 & 0.5 \\ 0.5 & 0.5 \end{pmatrix}", r"\frac{1}{2}\begin{pmatrix} 1 & 1 \\ 1 & 1 \end{pmatrix}",
     "correct"),
    # matrices side by side are multiplied, added or subtracted as written (Math-Verify's test pairs)
    (r"\begin{pmatrix}6 & 8 \\ 10 & 12\end{pmatrix}",
     r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} + \begin{pmatrix}5 & 6 \\ 7 & 8\end{pmatrix}", "correct"),
    (r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}",
     r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix} \begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}", "correct"),  # zero entries
    (r"\begin{pmatrix}2 & 1 \\ 4 & 3\end{pmatrix}",
     r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} \begin{pmatrix}0 & 1 \\ 1 & 0\end{pmatrix}", "correct"),
    (r"\begin{pmatrix}2 & 1 \\ 4 & 3\end{pmatrix}",
     r"\begin{pmatrix}0 & 1 \\ 1 & 0\end{pmatrix} \begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}", "wrong_value"),  # order
    (r"\begin{pmatrix}11\end{pmatrix}", r"\begin{pmatrix}1 & 2\end{pmatrix} \begin{pmatrix}3 \\ 4\end{pmatrix}", "correct"),
    (r"\begin{pmatrix}11\end{pmatrix}", r"\begin{pmatrix}1 & 2\end{pmatrix} \begin{pmatrix}3 & 4\end{pmatrix}",
     "unparseable_response"),  # shapes that do not multiply
    # ... a side that names no quantity is no label
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"a + b = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
     "unparseable_response"),
]

LABELLED_OTHERWISE = [
    # a condition in the label says where the value holds; it is no bound on the value
    (r"\mathbf{E} = \frac{Q}{4 \pi \epsilon_0 r^2}", r"E(r>R) = \frac{Q}{4\pi\epsilon_0 r^2}", "correct"),
    (r"\mathbf{E} = \frac{Q}{4 \pi \epsilon_0 r^2}", r"E(r>R) = \frac{2Q}{4\pi\epsilon_0 r^2}", "wrong_value"),
    (r"E_{r<R} = 0", "0", "correct"),  # ... in a gold's label too, as a subscript
    (r"E(r \le R) = 0", "1", "wrong_value"),
    ("E = 5", "E(r>R) > 5", "hedged"),  # ... but a relation to the value still bounds it
    # a gold that names its quantity in words gives the value after them
    (r"\text{Unpolarised fraction} = 0.60", "0.6", "correct"),
    (r"\text{Length rate} = R \omega", r"\omega R", "correct"),
    (r"\text{Length rate} = R \omega", r"2 \omega R", "wrong_value"),
    (r"\text{emf} = 0", r"0 = \text{emf}", "correct"),  # an abbreviation stays the symbol it defines
    # ... and so does an answer, before an approximate sign
    ("2:1", r"\text{Intensity Ratio} \approx 2 : 1", "correct"),
    ("2:1", r"\text{Intensity Ratio} \approx 3 : 1", "wrong_value"),
    # parts named in words in brackets before a colon: the part the gold names is graded
    ("U = 3NkT", r"\text{(Equation of State): } P=\frac{kT}{V}, \quad \text{(Internal Energy): } U=3NkT", "correct"),
    ("U = 3NkT", r"\text{(Equation of State): } P=\frac{kT}{V}, \quad \text{(Internal Energy): } U=2NkT",
     "wrong_value"),
]
RUN_TOGETHER = [
    # letters run together that read as units (N kT, m g h) are a physicist's symbols too
    ("U = 3NkT", "3 N k_B T", "correct"),
    ("U = 3NkT", "4 N k T", "wrong_value"),
    ("2mgh", "2 m g h", "correct"),
    ("2mgh", "3 m g h", "dimension_mismatch"),
    ("5 kgm^2", "5 kg m^2", "correct"),  # ... and stay units where they are
    ("5 kgm^2", "5 g m^2", "wrong_unit"),
    # in a run, only the last letter takes an index and then a power: mv_0^2 is m (v_0)^2, not (m v_0)^2
    (r"M = a + bT_z + cT_z^2", r"\langle M \rangle = \left[ a + b T_z + c T_z^2 \right]", "correct"),
    (r"\frac12 m v_0^2", r"\frac12 (mv_0^2)", "correct"),
    (r"\frac12 m^2 v_0^2", r"\frac12 mv_0^2", "wrong_value"),
    ("m v_0^2", "(mv^2_0)", "correct"),  # the index after the power
    ("m^2 v_0^2", "(m v_0)^2", "correct"),  # brackets still square the product
    (r"v = \frac{eEct}{\sqrt{(eEt)^2 + (mc)^2}}", r"v = \frac{e Et c}{\sqrt{(e Et)^2 + m^2 c^2}}", "correct"),  # ... a run's too
    ("mc^2", "(mc)^2", "wrong_value"),
    ("5 km^2", "5 (km)^2", "correct"),  # ... and a unit's
]
DIRECTIONS = [
    # a unit vector is no factor of its letter: \hat{r} is not r (which made r^{-3} \hat{r} the gold's r^{-2})
    (r"\frac{Q}{4 \pi \epsilon_0 r^2}", r"\frac{Q}{4\pi \epsilon_0 r^3} \hat{r}", "wrong_value"),
    # the magnitude along a direction answers a gold that gives none, and the other way round (as PHYSICS's labels)
    (r"\frac{Q}{4 \pi \epsilon_0 r^2}", r"\frac{Q}{4\pi \epsilon_0 r^2} \hat{\mathbf{r}}", "correct"),
    (r"\mathbf{B}(t) = \mu_0 n i_0 \sin(\omega t) \mathbf{e}_z", r"B = \mu_0 n i_0 \sin \omega t", "correct"),
    ("5", r"\frac{1}{2} \cdot 10 \hat{x}", "correct"),  # ... a number's too
    (r"\frac{\mu_0 I}{2\pi r}\hat{\phi}", r"-\frac{\mu_0 I}{2\pi r}", "wrong_value"),  # ... but not its opposite
    (r"\frac{Q}{r^2}\hat{r}", r"\frac{Q}{r^2} \hat{z}", "wrong_value"),  # ... another direction is wrong
    ("5", r"5\hat{x} + 3\hat{y}", "wrong_value"),  # components are no magnitude
    # a hat over any other letter is an operator, written for its quantity
    (r"\hat{H} = \frac{p^2}{2m}", r"H = \frac{p^2}{2m}", "correct"),
    (r"\hat{L}^2", "L^2", "correct"),
]
ZEROS = [
    # zero is zero in any unit: a gold that leaves its unit out is answered with one
    (r"\Delta S_1 = 0", r"0 \, \text{J/K}", "correct"),
    (r"L_z = 0", r"0\,\hbar^2", "correct"),
    (r"\Delta S_1 = 0", r"1 \, \text{J/K}", "dimension_mismatch"),
    ("0", "0.001 m", "dimension_mismatch"),
]

EXPECTATIONS = [
    # an expectation value names the quantity it gives
    (r"\frac{\hbar}{2}", r"\boxed{\langle S_z \rangle = \frac{\hbar}{2}}", "correct"),
    (r"\frac{\hbar \omega}{2}", r"\boxed{\langle \hat{H} \rangle = \hbar\omega/2}", "correct"),
    (r"\frac{\hbar \omega}{2}", r"\boxed{\langle \hat{H} \rangle = \hbar\omega}", "wrong_value"),
]
CONDITIONS_AFTER = [
    # a condition after the value says where it holds, in words or in brackets
    (r"\frac{k Q}{r^2}", r"\boxed{E = \frac{kQ}{r^2} \text{ for } r > R}", "correct"),
    (r"\frac{k Q}{r^2}", r"\boxed{E = \frac{kQ}{r^2} \quad (r > R)}", "correct"),
    (r"\frac{k Q}{r^2}", r"\boxed{E = \frac{2kQ}{r^2} \text{ for } r > R}", "wrong_value"),
    ("5", r"x > 5 \text{ for } t > 0", "hedged"),  # ... and leaves a bound on the value a bound
]
TEX_FORMS = [
    (r"\frac{3}{4}", r"\boxed{{3 \over 4}}", "correct"),  # TeX's \over
    (r"\frac{3}{4}", r"\boxed{{3 \over 5}}", "wrong_value"),
    ("5", r"\boxed{\vphantom{6}5}", "correct"),  # a phantom is never shown: no part of the answer
    ("5", r"\boxed{\phantom{5}6}", "wrong_value"),
    ("1.5", r"\boxed{1{.}5}", "correct"),  # a braced decimal point
    ("5", r"\boxed{\text{five}}", "correct"),  # a number in words, the whole answer
    ("0", "The net force is zero.", "correct"),
    ("4", r"\boxed{\text{five}}", "wrong_value"),
]
CANCELLING = [
    # symbols that cancel leave a number
    (r"\frac{1}{2}", r"\boxed{\frac{x}{2x}}", "correct"),
    ("2", r"\boxed{2 + \sin^2 x + \cos^2 x - 1}", "correct"),
    ("2", r"\boxed{2 x}", "wrong_value"),  # ... symbols that do not are no number
    ("5", r"\boxed{5 + 0 \cdot \infty}", "wrong_value"),  # 0 times infinity is no number
]
VECTORS = [
    # a vector along Cartesian unit vectors is its components
    ("(3, 4)", r"\boxed{3\hat{i} + 4\hat{j}}", "correct"),
    ("(3, 4)", r"\boxed{4\hat{x} + 3\hat{y}}", "wrong_value"),
    ("(3, 4, 0)", r"\boxed{3\hat{x} + 4\hat{y}}", "correct"),  # 0 along an axis left out
    (r"3\hat{i} + 4\hat{j}", r"\boxed{(3, 4)}", "correct"),  # and a gold written so
    (r"\vec{F} = 2\hat{x} - 3\hat{z}", r"2\hat{x} + 3\hat{z}", "wrong_value"),
    ("5", r"5\hat{x} + 3\hat{y}", "wrong_value"),
    ("(3, 4)", r"3\,\mathbf{i} + 4\,\mathbf{j}", "correct"),  # bold i, j are unit vectors
    ("(3, 4, 5)", r"3\mathbf{i} + 4\mathbf{j} + 5\mathbf{k}", "correct"),  # and a bold k beside them
    (r"\hbar k", r"\hbar \mathbf{k}", "correct"),  # a bold k alone is a wave vector
    (r"\frac{kQ}{r^2}", r"\frac{kQ \hat{r}}{r^2}", "correct"),  # the direction inside a fraction: still a factor
    (r"\frac{kQ}{r^2}", r"\frac{2kQ \hat{r}}{r^2}", "wrong_value"),
    # an array's column spec with spaces ({l l}) is no part of its first line
    (r"\langle r \rangle = \frac{3}{2} a_0",
     r"\begin{array}{l l} \langle r \rangle &= \frac{3}{2} a_0 \\[7pt] \langle r^2 \rangle &= 3 a_0^2 \end{array}", "correct"),
    ("(3, 4)", r"3\hat{i} + 4\hat{j} + 0\hat{k}", "correct"),  # zero along an axis the gold leaves out
    ("(3, 4)", r"3\mathbf{i} + 4\mathbf{j} - 0\mathbf{k}", "correct"),
    ("(3, 4)", r"3\hat{i} + 4\hat{j} + \hat{k}", "wrong_type"),  # but not a third component
    # helper-64: a component written as two terms along one unit vector
    (r"\vec{v} = v_0\cos\theta\,\hat{x} + (v_0\sin\theta - g t)\hat{y}",
     r"v_0\cos\theta\,\hat{x} + v_0\sin\theta\,\hat{y} - g t\,\hat{y}", "correct"),
    (r"\vec{v} = v_0\cos\theta\,\hat{x} + (v_0\sin\theta - g t)\hat{y}",
     r"v_0\cos\theta\,\hat{x} + v_0\sin\theta\,\hat{y} + g t\,\hat{y}", "wrong_value"),
    ("(3, 4)", r"3\hat{i} + 2\hat{j} + 2\hat{j}", "correct"),
    ("(3, 4)", r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}", "correct"),  # a column vector
    ("(3, 4)", r"\begin{bmatrix} 3 & 4 \end{bmatrix}", "correct"),  # a row vector
    ("(3, 4)", r"\begin{pmatrix} 3 \\ 5 \end{pmatrix}", "wrong_value"),
    (r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}", "(3, 4)", "correct"),  # a column vector gold, as a list
    (r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}", "(4, 3)", "wrong_value"),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "(1, 2, 3, 4)", "wrong_value"),  # a square matrix is no list
    # red-team helper-39: a unit vector ends a function's bare argument (cos(theta x-hat) before)
    (r"\vec{v} = v_0\cos\theta\,\hat{x} + v_0\sin\theta\,\hat{y}", r"(v_0\cos\theta, v_0\sin\theta)", "correct"),
    (r"\vec{v} = v_0\cos\theta\,\hat{x} + v_0\sin\theta\,\hat{y}", r"(v_0\sin\theta, v_0\cos\theta)", "wrong_value"),
    (r"mg\sin\theta\,\hat{x}", r"\hat{x}\,mg\sin\theta", "correct"),
    # ... i, j, k hatted are x, y, z hatted (and e_x, e_y, e_z), axis by axis
    (r"\vec{v} = v_0\cos\theta\,\hat{x} + v_0\sin\theta\,\hat{y}", r"v_0\cos\theta\,\hat{i} + v_0\sin\theta\,\hat{j}", "correct"),
    (r"\frac{\mu_0 I}{2R}\hat{z}", r"\frac{\mu_0 I}{2R}\hat{k}", "correct"),
    (r"\frac{\mu_0 I}{2R}\hat{z}", r"\frac{\mu_0 I}{2R}\hat{j}", "wrong_value"),
    (r"-kx\,\hat{x}", r"-kx\hat{i}", "correct"),  # (x beside x-hat: the coordinate, and no operator)
    (r"-kx\,\hat{x}", r"kx\hat{i}", "wrong_value"),
    # ... a vector along one axis, answered by its components
    (r"-kx\,\hat{x}", "(-kx, 0, 0)", "correct"),
    (r"-kx\,\hat{x}", "(0, -kx, 0)", "wrong_value"),
    (r"\frac{\mu_0 I}{2R}\hat{z}", r"(0, 0, \frac{\mu_0 I}{2R})", "correct"),
    (r"3\hat{x}", "(3, 1, 0)", "wrong_value"),
    ("3", "(3, 0, 0)", "wrong_type"),  # (a gold with no direction asks for no vector)
]
NATURAL_UNITS = [
    # a particle physicist's mass, momentum and energy in electronvolts, c left out
    (r"0.14 \, \text{GeV/}c^2", r"140 \text{ MeV}", "correct"),
    (r"0.14 \, \text{GeV/}c^2", r"150 \text{ MeV}", "wrong_value"),
    ("5 GeV/c", "5 GeV", "correct"),
    ("9e16 J", "1 kg", "dimension_mismatch"),  # ... only in electronvolts: a kilogram is no energy
]
SUBSCRIPTED_PARTS = [
    # the one listed quantity that names the gold's symbol with a subscript added answers it
    (r"W = RT_0 \ln 2", r"W_{\text{isothermal}} = RT_0 \ln(2), \quad Q_{\text{isothermal}} = RT_0 \ln(2)", "correct"),
    (r"W = RT_0 \ln 2", r"W_{\text{iso}} = 2 RT_0 \ln(2), \quad Q = RT_0 \ln 2", "wrong_value"),
    (r"W = RT_0 \ln 2", r"W_{\text{in}} = RT_0 \ln(2), \quad W_{\text{out}} = 2RT_0", "wrong_type"),  # ... two: which?
    ("v = 3", "v_0 = 3, x = 5", "wrong_type"),  # ... a subscript of words: v_0 is another quantity (the initial speed)
]
OMEGA = [
    # in a formula \Omega is a symbol (a rate of rotation), never ohms or megaohms
    (r"\frac{F}{M\Omega^2}", r"\frac{F}{\Omega^2 M}", "correct"),
    (r"\frac{F}{M\Omega^2}", r"\frac{2F}{\Omega^2 M}", "wrong_value"),
    (r"a\cos(\sqrt{6}\Omega t) - b", r"-b + a\cos(\sqrt{6}\Omega t)", "correct"),
    (r"5 M\Omega", r"5000 k\Omega", "correct"),  # ... after a number it is the unit, prefix and all
    (r"2.2 k\Omega", r"2200 \Omega", "correct"),
]
INDEX_RANGES = [
    # the values an index runs over, stated after the answer, are no part of it
    (r"k = \frac{(2n+1)\pi}{a}, \, (n = 0, \pm1, \pm2, \ldots)", r"k_n = \frac{(2n+1)\pi}{a}", "correct"),
    (r"k = \frac{(2n+1)\pi}{a}, \, (n = 0, \pm1, \pm2, \ldots)", r"k_n = \frac{(2n+3)\pi}{a}", "wrong_value"),
    (r"E_n = \frac{\hbar^2 \pi^2}{2ma^2} (2n + 1)^2, \quad (n = 0, \pm 1, \ldots)",
     r"E_n = \frac{\hbar^2 (2n+1)^2 \pi^2}{2ma^2}, \quad n \in \mathbb{Z}", "correct"),
    ("1, 2, 3", "1, 2, 3", "correct"),  # ... a list of numbers stays a list
]
EQUATIONS_SCALED = [
    # an equation multiplied through by a quantity (never zero) is the same equation
    (r"\sin \theta = \frac{k \lambda}{d}", r"d \sin\theta = k\lambda", "correct"),
    (r"\sin \theta = \frac{k \lambda}{d}", r"d \sin\theta = 2k\lambda", "wrong_value"),
    (r"\ddot{q} + \gamma \dot{q} + \frac{kq}{m} = 0", r"m \ddot{q} + \gamma m \dot{q} + k q = 0", "correct"),
    (r"\ddot{q} + \gamma \dot{q} + \frac{kq}{m} = 0", r"m \ddot{q} + \gamma \dot{q} + k q = 0", "wrong_value"),
    # a gold's name in words before a colon inside the text
    (r"\text{O: } {}^3P_2", "{}^3P_2", "correct"),
    (r"\text{Eigenvalues: } \lambda_1 = 1, \lambda_2 = 2", r"\lambda_1 = 1, \lambda_2 = 2", "correct"),
]
RED_TEAM_2 = [
    # a condition that brings another value is a piecewise answer, no condition
    ("5", r"\boxed{5 \text{ if } x < 0, 7 \text{ otherwise}}", "hedged"),
    ("5", "The answer is 5 for x > 0 but 7 otherwise.", "hedged"),
    ("0", r"0 ^\circ C", "dimension_mismatch"),  # zero in any unit, but 0 degrees C is 273 K
    # symbols cancel exactly, not within the numeric tolerance
    ("5", r"5 + 0.01x", "wrong_value"),
    ("1", r"x^{0.001}", "wrong_value"),
    # a hat over a letter the other side writes bare is its operator (quantum mechanics), not a unit vector
    (r"\hbar\omega(\hat{n}+\frac12)", r"\hbar\omega(n+\frac12)", "correct"),
    (r"\frac12 m\omega^2\hat{x}^2", r"\frac12 m\omega^2 x^2", "correct"),
    (r"\hbar\omega(\hat{n}+\frac12)", r"\hbar\omega(n+\frac32)", "wrong_value"),
    (r"\frac{Q}{4 \pi \epsilon_0 r^2}", r"\frac{Q}{4\pi \epsilon_0 r^3} \hat{r}", "wrong_value"),  # ... a lone factor stays one
    ("6", r"\langle 5 \rangle = 6", "wrong_value"),  # the expectation value of a number names nothing
    # a factor common to the components of a vector
    (r"2\hat{x} + 2\hat{y}", r"2(\hat{x} + \hat{y})", "correct"),
    (r"\frac{F}{m}\hat{x} + \frac{G}{m}\hat{y}", r"\frac{F\hat{x} + G\hat{y}}{m}", "correct"),
    ("(2, 3)", r"2(\hat{x} + \hat{y})", "wrong_value"),
    ("(3, 4)", r"3\widehat{x} + 4\widehat{y}", "correct"),  # a wide hat is a hat
]
WRITTEN_OTHERWISE = [
    # an interval written as the inequalities that bound it
    ("[0, 1]", r"\boxed{0 \le x \le 1}", "correct"),
    ("[0, 1]", "0 < x < 1", "wrong_value"),  # ... its ends included or not
    # units in words, two words or hyphened
    ("5 eV", r"5 \text{ electron volts}", "correct"),
    ("5 N m", r"5 \text{ newton-meters}", "correct"),
    ("3.6 MJ", "1 kilowatt-hour", "correct"),
    # a vector in angle brackets
    ("(3, 4)", r"\boxed{\langle 3, 4 \rangle}", "correct"),
    ("(3, 4)", r"\langle 4, 3 \rangle", "wrong_value"),
    # a repeating decimal
    (r"\frac{2}{3}", r"\boxed{0.\overline{6}}", "correct"),
    (r"\frac{2}{3}", r"0.\overline{7}", "wrong_value"),
    # initials as a name
    ("5 J", r"\boxed{K.E. = 5 J}", "correct"),
    ("5 J", r"\boxed{K.E. = 6 J}", "wrong_value"),
    # a colour is presentation
    (r"\rho_{-} = -\gamma^2 \rho_{+}", r"{\color{blue}{\rho_{-}=-\gamma^{2}\rho_{+}}}", "correct"),
    ("5", r"\textcolor{red}{6}", "wrong_value"),
    # an overline over a symbol is its bar (a mean, a conjugate, an antiparticle)
    (r"D = \frac{1}{3} \bar{v} \bar{\lambda}", r"\frac13 \overline{v}\,\overline{\lambda}", "correct"),
    (r"\bar{x}", r"\overline{y}", "wrong_value"),
    # words after a relation may change it ("is false", "times two"): it is not read without them
    (r"\gamma > \frac{4}{3}", r"\gamma > \frac{4}{3} \text{ is violated}", "wrong_value"),
    ("x > 2", "x > 2 y", "wrong_value"),  # ... a letter after it is a symbol
]
RED_TEAM_3 = [
    # natural units: an answer that writes c must write the gold's power of it
    (r"0.14 \, \text{GeV/}c^2", r"140 \text{ MeV}/c", "dimension_mismatch"),
    ("938 MeV", "938 MeV/c^2", "dimension_mismatch"),
    ("5 GeV/c", "5 GeV/c^2", "dimension_mismatch"),
    # an interval as inequalities bounds one symbol, not an expression
    ("[0, 1]", r"0 \le x - 1 \le 1", "hedged"),
    ("[1, 4]", r"1 \le x^2 \le 4", "hedged"),
    # an equation times a quantity of the motion (which vanishes at times) is another equation
    (r"m\ddot q+\gamma m\dot q+kq=0", r"q(m\ddot q+\gamma m\dot q+kq)=0", "wrong_value"),
    (r"\sin \theta = \frac{k \lambda}{d}", r"\theta d \sin\theta = \theta k\lambda", "wrong_value"),
    # a formula's unit beside it must be of the gold's dimension
    (r"\frac{2\pi\varepsilon l}{\ln(b/a)} \text{F}", r"\frac{2\pi\varepsilon l}{\ln(b/a)} \text{N}", "wrong_value"),
    (r"10^{400}\text{ J}", r"10^{400}\text{ N}", "wrong_value"),
    (r"\frac{m v^2}{2}", r"\frac{m v^2}{2} \text{ J}", "correct"),  # ... a unit the gold leaves out is no error
    # a power or a numeric multiple of the asked quantity is solved for it, not dropped
    ("x = 5 m", "2x = 5 m", "wrong_value"),
    ("x = 5 m", "2x = 10 m", "correct"),
    (r"v=\sqrt{2gh}", r"v^2 = \sqrt{2gh}", "wrong_value"),
    (r"v=\sqrt{2gh}", "v^2 = 2gh", "correct"),
    (r"T = 2\pi\sqrt{L/g}", r"T^2 = 4\pi^2 L/g", "correct"),
    (r"v=\sqrt{2gh}", r"v(t) = \sqrt{2gh}", "correct"),  # ... a function's argument is no factor
    ("x = 3", "x^2 = 9", "wrong_value"),  # ... a number's square root is two values, no root is taken
]

WRITTEN_LOOSELY = [
    # LaTeX as models type it: "m_ec^2" is m_e c^2 (an unbraced subscript is one letter), and its power is c's
    ("E = 2 m_e c^2", "2m_ec^2", "correct"),
    ("E = m_p^2 c^2", "m_pc^2", "wrong_value"),
    (r"\frac{1}{k_B^2 T^2}", r"\frac{1}{k_BT^2}", "wrong_value"),
    # "\left< x \right>" is an expectation value, not two inequalities
    (r"\langle (\Delta x)^2 \rangle = \frac{Tt}{\lambda}", r"\left< (\Delta x)^2 \right> = \frac{Tt}{\lambda}", "correct"),
    ("x < 2", r"x \left< 2", "unparseable_response"),  # ... never a relation sign in disguise
    # a letter o for the zero of an initial or vacuum value
    (r"\frac{mv_0^2}{R_0}", r"T=mv_{o}^{2}/R_o", "correct"),
    (r"B = \frac{\mu_0 I}{2\pi r}", r"B = \frac{\mu_o I}{2\pi r}", "correct"),
    (r"\frac{mv_0^2}{R_0}", r"mv_{o}^{2}/R", "wrong_value"),
    # old font switches, mhchem's physical units, invisible operators
    ("p = eEt", r"{\bf p = etE}", "correct"),
    (r"\Delta S = 10^4 \, \text{J/K}", r"\Delta S = +\pu{10 kJ / K}", "correct"),
    (r"\Delta S = 10^4 \, \text{J/K}", r"\Delta S = +\pu{10 J / K}", "wrong_value"),
    ("0", "S_{min}(T=0)=nk_B ln\u20611=0", "correct"),  # U+2061 FUNCTION APPLICATION between ln and 1
    # an answer cut one or two closing braces short (as extractors leave it) is closed at its end ...
    (r"p(x) = \frac{1}{\pi} \left( \frac{k}{2E - kx^2} \right)^{\frac{1}{2}}", r"\frac{1}{\pi\sqrt{\frac{2E}{k}-x^2}",
     "correct"),
    (r"\frac{1}{2}\sqrt{3}", r"\frac{1}{2}\sqrt{2", "wrong_value"),
    ("5", r"Hence the speed is \boxed{5", "unparseable_response"),  # ... but a box never closed is a cut-off answer
    ("5", r"\frac{10}{", "unparseable_response"),  # ... and an empty group is broken
    # an escaped underscore, size commands, empty scripts, an alignment mark or a last line break left over
    ("c_p = c_v + k", r"c\_p = c\_v + k", "correct"),
    (r"T_2 = \frac{C_1}{C_2}(T_f - T_1) + T_f", r"\large T_{2} = \left(\dfrac{-C_1}{C_2}\right)T_1 + \left(\dfrac{C_1+C_2}{C_2}\right)T_f",
     "correct"),
    ("10^9", "{}^{}_{}  10 ^9", "correct"),
    (r"Z_1 = (1 + e^{-\beta \epsilon})^2", r"Z_{\text{dist}} &= (1 + e^{-\beta \epsilon})^2", "correct"),
    (r"E_\gamma - B = \frac{B^2}{2Mc^2}", r"\begin{aligned} E_\gamma - B &= \frac{B^2}{2Mc^2} \\ \end{aligned}", "correct"),
    (r"E_\gamma - B = \frac{B^2}{2Mc^2}", r"\begin{aligned} E_\gamma - B &= \frac{B^2}{3Mc^2} \\ \end{aligned}", "wrong_value"),
    # "and" between values lists them (it was read as the product a n d: "1 and 0" equalled a gold 0)
    (r"I_{\text{min}}/I_{0} = 0", r"1 \text{ and } 0", "wrong_type"),
    ("1, 0", "1 and 0", "correct"),
    ("x = 5", "x = 5 and y = 3", "correct"),  # ... of which the part the gold names is judged
    # a computer's exponent in upright type; a point between unit letters; a bound in other units
    (r"6.63 \times 10^{-34} J s", r"6.63\mathrm{e}{-34} J s", "correct"),
    (r"6.63 \times 10^{-34} J s", r"6.63\mathrm{e}{-35} J s", "wrong_value"),
    (r"2 e^{3}", r"2\mathrm{e}^{3}", "correct"),  # ... Euler's e takes a power
    (r"1.6 \times 10^{-19} C", r"1.6\,\mathrm{e}{-19} C", "correct"),  # ... after a thin space too
    (r"3.2 \times 10^{-19} C", r"2\,\mathrm{e}", "correct"),  # ... and with no exponent it is the charge
    ("5 m/s", r"5 \text{ m.s}^{-1}", "correct"),
    ("10 kg m s^{-2}", "10 kg.m.s^{-2}", "correct"),
    ("5 m/s", "The speed is 5 m. So it moves", "dimension_mismatch"),  # ... a full stop is none
    # a bound's units are converted, but not letters a physicist means as symbols: "kT", "2 mg" read as units would
    # let a formula's letters through (red-team pass 5: "E \ge 2 kT" accepted "E \ge 2000 T")
    (r"v \le 5 m/s", r"v \le 500 cm/s", "correct"),
    (r"E \ge 2 kT", r"E \ge 2000 T", "wrong_value"),
    (r"T \ge 2 mg", r"T \ge 0.002 g", "wrong_value"),
    # golds that were text: an expectation value with an index, a starred name in braces, an accent over
    # \Delta E, a ton (1000 kg)
    (r"\langle B \rangle = \langle B \rangle_0 + \lambda \langle C \rangle_0",
     r"\langle B \rangle = \lambda \langle C \rangle_0 + \langle B \rangle_0", "correct"),
    (r"\langle B \rangle = \langle B \rangle_0 + \lambda \langle C \rangle_0",
     r"\langle B \rangle = \lambda \langle C \rangle_1 + \langle B \rangle_0", "wrong_value"),
    (r"J^{\ast}/J = 0.025", "0.025", "correct"),
    (r"J^{\ast}/J = 0.025", "0.25", "wrong_value"),
    (r"\widetilde{\Delta {E}} = \sqrt{k c_v T}", r"\sqrt{k \cdot c_v \cdot T}", "correct"),
    (r"1 \, \text{ton/cm}^3", "10^9 kg/m^3", "correct"),
    (r"1 \, \text{ton/cm}^3", "1 ton cm^{-3}", "correct"),
    # brackets around a split subscript keep the power on the product (red-team pass 4)
    ("k_B T^2", "(k_BT)^2", "wrong_value"),
    ("k_B^2 T^2", "(k_BT)^2", "correct"),
    ("m_e c^2", "(m_ec)^2", "wrong_value"),
    (r"E \le \frac{3}{2} kT", r"E \le 1500 T", "wrong_value"),
    (r"x \le 2h", r"x \le 7200 s", "wrong_value"),
    # an answer's unreadable label that holds a number, a question or a set offers a value: no label to drop
    ("5 m/s", r"7 m/s \text{(approx.)} = 5 m/s", "unparseable_response"),
    ("5", "7 | 3 = 5", "unparseable_response"),
    ("0", r"x \to \infty \text{ gives } 3 = 0", "unparseable_response"),
    (r"1.5 \times 10^{-3}", r"\frac{7}{3} \to \approx 1.5 \times 10^{-3}", "unparseable_response"),
    ("J = 2", r"I_{2^2P_{3/2}\rightarrow 1^2S_{1/2}} / I_{2^2P_{1/2}\rightarrow 1^2S_{1/2}} = 2", "correct"),  # scripts
    ("x < 1, y > 2", "x <1, y>2", "correct"),  # plain angle brackets hold no comma or space: two inequalities
    ("mgh", "mgh, else mv", "wrong_type"),  # a word that offers another value is no clause
    ("6", "6, times two", "wrong_type"),
    ("5 m/s", "5 m/s, to the right", "correct"),
    # a letter after the last comma is another value, not a clause in words ("5 m/s, directed north")
    ("6", "6, y", "wrong_type"),
    ("mgh", "mgh, mv", "wrong_type"),
    ("x", "x and y", "wrong_type"),
    ("5 m/s", "5 m/s, directed north", "correct"),
    ("5 m/s", "5 m/s, up", "correct"),
    # only a short answer is closed: a completion cut off mid-answer is no answer
    (r"\sqrt{2gh}", "Energy conservation at the top and the bottom of the track gives the speed." + " " * 480
     + "\n\nv = \\sqrt{2gh", "unparseable_response"),
    # an absolute value as a factor; a gold whose label no grammar reads gives its value after = or \approx
    (r"I = \frac{1}{2}|N - Z|", r"\frac{|N-Z|}{2}", "correct"),
    (r"I = \frac{1}{2}|N - Z|", r"\frac{|N+Z|}{2}", "wrong_value"),
    (r"\frac{K^+ \to \pi^+ \pi^0}{K^0_s \to \pi^+\pi^-} \approx 1.5 \times 10^{-3}", "0.0015", "correct"),
    (r"\frac{K^+ \to \pi^+ \pi^0}{K^0_s \to \pi^+\pi^-} \approx 1.5 \times 10^{-3}", "0.015", "wrong_value"),
    (r"\frac{K^+ \to \pi^+ \pi^0}{K^0_s \to \pi^+\pi^-} \approx 1.5 \times 10^{-3}",
     r"\frac{K^+ \to \pi^+\pi^0}{K^0_s \to \pi^+ \pi^-} = 1.5 \times 10^{-3}", "correct"),
    (r"\Delta E(2P \rightarrow 1S) \approx 150 \, \text{eV}", "15 eV", "wrong_value"),
    (r"\rho \geq \frac{3M}{4 \pi R^3} = 1.47 \times 10^{17} \, \text{g/cm}^3", r"1.47 \times 10^{17} \, \text{g/cm}^3",
     "wrong_value"),  # ... never a bound's
    # a run whose last letter takes a prime or a star and then an index (it raised a TypeError: Status.ERROR)
    ("m v'_0", "mv'_0", "correct"),
    ("J J^*_0", "JJ^*_0", "correct"),
    # in time, Newton's dots: d/dt is a dot, d^2/dt^2 two; a unit after a symbol's denominator is the value's
    (r"p = m\dot{x}", r"p = m \frac{dx}{dt}", "correct"),
    (r"F = m\ddot{x}", r"F = m \frac{d^2 x}{dt^2}", "correct"),
    (r"F = m\ddot{x}", r"F = m \frac{dx}{dt}", "wrong_value"),
    (r"E = -\frac{13.6 eV}{n^2}", r"E_n = -13.6/n^2 \text{ eV}", "correct"),
    ("21 J/(mol K)", "21 J/mol K", "correct"),  # ... units after a unit's stay in the denominator
    # the Lorentz factor and v/c where only the other side writes v and c (or beta)
    (r"\gamma m c^2", r"\frac{mc^2}{\sqrt{1 - v^2/c^2}}", "correct"),
    (r"\gamma m c^2", r"\frac{mc^2}{\sqrt{1 + v^2/c^2}}", "wrong_value"),
    (r"E = \gamma m c^2", r"E = \frac{m c^2}{\sqrt{1-\beta^2}}", "correct"),
    (r"\omega = \omega_0 \sqrt{\frac{c + v}{c - v}}", r"\omega' = \omega_0 \sqrt{\frac{1 + \beta}{1 - \beta}}", "correct"),
    (r"\gamma = \frac{C_p}{C_v}", r"\frac{C_p}{C_v}", "correct"),  # ... an adiabatic index stays itself
    # plain-text angle brackets around a short name: an expectation value, not two inequalities
    (r"\langle 2s_z \rangle = 0", "<2s_z> = 0", "correct"),
    ("0 < x < 5", "0<x<5", "correct"),
    (r"x \ge 2", "x >= 2", "correct"),
    # a listed quantity named as a function of its variable (p(t), D(r)) is that quantity; a remark in words in
    # brackets after a value is no factor of it; two listed items that give the asked quantity one value agree
    ("p = eEt", r"\begin{aligned} &\text{(a) } p(t) = eEt \\ &\text{(b) } v(t) = \frac{eEt}{m} \end{aligned}", "correct"),
    ("p = eEt", "p(t) = 2eEt, v(t) = eEt", "wrong_value"),
    (r"p_\theta = m r^2 \dot{\theta}", r"p_\theta = mr^2 \dot{\theta} \text{ (constant)}", "correct"),
    (r"p_\theta = m r^2 \dot{\theta}", r"\begin{aligned} & p_r = m \dot{r}, \\ & p_\theta = mr^2 \dot{\theta} \text{ (constant)}. \end{aligned}",
     "correct"),
    ("5", "5 (not exact)", "hedged"),  # ... a remark that qualifies the value still does
    ("5", "5 (approximately seven)", "wrong_value"),  # ... and one that offers another value or doubts this one
    ("5", "5 (approximately eleven)", "wrong_value"),  # ... any number word (the copied list stopped at ten)
    ("5", "5 (approximately fifteen)", "wrong_value"),  # (and the next copy at twelve)
    ("5", "5 (roughly a hundred)", "wrong_value"),
    ("5", "5 (wrong)", "hedged"),  # (a value called wrong is no answer, in brackets or not)
    (r"E = \frac{Q}{4 \pi \epsilon_0 r^2}", r"E_{in} = \frac{Q}{4\pi\epsilon_0 r^2}, E_{out} = \frac{Q}{4\pi\epsilon_0 r^2}", "correct"),
    (r"E = \frac{Q}{4 \pi \epsilon_0 r^2}", r"E_{in} = 0, E_{out} = \frac{Q}{4\pi\epsilon_0 r^2}", "wrong_type"),
    # a decimal comma in braces, as European LaTeX writes it ("1{,}000" stays a thousand)
    (r"1.5 \times 10^{-3}", r"1{,}5 \cdot 10^{-3}", "correct"),
    ("1000", "1{,}000", "correct"),
    # a gold's definition of a symbol its value uses, after "where", is no part of the value
    (r"P_1 = \frac{4x}{(1+x)^4}, \text{ where } x = \lambda e^{-\epsilon / \tau}", r"P_1 = \frac{4x}{(1+x)^4}", "correct"),
    (r"P_4 = \left(\frac{x}{1+x}\right)^4, \text{ where } x = \lambda e^{-\epsilon / \tau}", r"\frac{x^3}{(1+x)^4}", "wrong_value"),
    (r"E = 4y, \text{ where } x = \lambda", "4y", "wrong_type"),  # ... a symbol it does not use: two parts
    # a gold that is a lower-case letter reads as a symbol; "(b)" and words after it are no answer to it: PHYSICS's
    # labels judge the words too (the same "(b) arises from nuclear spin" is right once and wrong five times)
    ("b", r"\text{(b)} \; \text{the wave function is unchanged}", "wrong_value"),
]
AROUND_THE_VALUE = [
    # a power of ten alone is a number as written, not a formula's coefficient: "cm" is centimetres and a bare
    # number answers in them, as "5" answers "5 m" (it was "a bare number where the reference is a formula")
    (r"10^{-2} \text{ cm/sec}", "10^{-2}", "correct"),
    (r"10^{-2} \text{ cm/s}", "0.02", "wrong_value"),
    (r"10^{-2} \text{ cm/s}", "10^{-4} m/s", "correct"),
    (r"\frac{1}{2} kT", "0.5", "wrong_value"),  # ... a formula's coefficient still leaves letters that are symbols
    # "Answer:" inside a text group: the value after it, not the group's closing brace
    (r"10^{-4} \, \text{eV}", r"\text{Answer: } 10^{-4} \text{ eV}", "correct"),
    (r"10^{-4} \, \text{eV}", r"The energy follows. \textbf{Final Answer:} 10^{-5} eV", "wrong_value"),
    # a label in words with its number or letter before the value
    (r"10^{-4} \, \text{eV}", r"\text{Option 2: } 10^{-4} \text{ eV}", "correct"),
    (r"10^{-4} \, \text{eV}", r"\text{Option 3: } 10^{-5} \text{ eV}", "wrong_value"),
    ("12 N", "Case B: 12 N", "correct"),
    ("7/32", "7 : 32", "correct"),  # ... a ratio stays a ratio
    # a bound by a number after an equation's value says its sign: no part of the value, in gold or answer
    (r"\Delta S = C_p \left( \frac{T_i}{T_f} - 1 + \ln \frac{T_f}{T_i} \right) > 0",
     r"C_p\left[ \ln\left(\frac{T_f}{T_i}\right)+\left(\frac{T_i}{T_f}-1\right)\right]", "correct"),
    (r"\Delta S = C_p \left( \frac{T_i}{T_f} - 1 + \ln \frac{T_f}{T_i} \right) > 0",
     r"C_p\left[ \ln\left(\frac{T_f}{T_i}\right)-\left(\frac{T_i}{T_f}-1\right)\right]", "wrong_value"),
    ("x = 5", "x = 5 > 3", "correct"),
    ("x = 5", "x = 6 > 3", "wrong_value"),
    ("x > 0", "x = 5 > 0", "wrong_value"),  # ... a relation gold is still a relation
    ("x = 1, y = 2", "x = 1, y < 2", "hedged"),  # ... and a bound of a part of its own is no remark
    # a gold in words is read for the value it states, not as a product of its letters
    ("The answer is 5 m/s", r"\boxed{5 m/s}", "correct"),
    ("It increases by a factor of 4", r"\boxed{4}", "correct"),
    ("It increases by a factor of 4", r"\boxed{2}", "wrong_value"),
    ("The final answer is $28\\%$.", r"28\%", "correct"),
    # ... a gold that is a sentence in \text with a value after it (it raised inside the judge: "error")
    (r"\text{The maximum of the binding energy per nucleon curve occurs at } A \sim 50.", "A = 50", "correct"),
    (r"\text{The maximum of the binding energy per nucleon curve occurs at } A \sim 50.", "A = 60", "wrong_value"),
    (r"\text{The maximum of the binding energy per nucleon curve occurs at } A \sim 50.", "", "no_answer"),
]
FACTORIALS = [
    # a factorial of a symbol is compared at the sampled (non-integer) points by Gamma(n + 1): it was undecided
    # at every point, and sympy's fallback spent a second (a prose answer timed out)
    (r"S = k \ln \frac{N!}{n!(N-n)!}", r"k \ln \frac{N!}{n! (N-n)!}", "correct"),
    (r"S = k \ln \frac{N!}{n!(N-n)!}", r"k \ln \frac{N!}{n!}", "wrong_value"),
    ("(n+1) n!", "(n+1)!", "correct"),
    ("(n+1) n!", "n!", "wrong_value"),
    ("(n+1)!", "(n+1) n!", "correct"),  # ... a lone letter keeps its "!" (it was stripped as an exclamation)
    ("(n+2)!", "(n+2)(n+1)n!", "correct"),
    ("n", "n!", "wrong_value"),
    (r"\ln n! \approx n \ln n - n", r"\text{Ideal Gas Constraints Prevent Negative Temperatures}", "wrong_value"),
    # ... and a binomial coefficient is that ratio of factorials
    (r"S = k \ln \frac{N!}{n!(N-n)!}", r"k \ln \binom{N}{n}", "correct"),
    (r"S = k \ln \frac{N!}{n!(N-n)!}", r"k \ln \dbinom{N}{n+1}", "wrong_value"),
    ("10", r"\binom{5}{2}", "correct"),
    ("12", r"\binom{5}{3}", "wrong_value"),
]
UNITS_SEEN_LAST = [
    # plain text's unit powers after a number or a unit's "/" (red-team helper-31), not a ratio of masses
    ("5 m^2", "5 m2", "correct"),
    ("9.8 m/s^2", "9.8 m/s2", "correct"),
    ("2 cm^3", "2 cm3", "correct"),
    (r"\frac{m_1}{m_2}", "m1/m2", "correct"),
    # superscript digits are a braced power: "(or 1.2 × 10¹ N)" restates the value (their brackets had split it)
    ("12 N", "12 N (or 1.2 × 10¹ N)", "correct"),
    ("12 N", "12 N (or 1.3 × 10¹ N)", "hedged"),
    # a word after a number's power of ten is its unit, a wrong one where it is none (it was dropped, and the
    # number read in the gold's unit: helper-31)
    ("500 m", r"5 \times 10^{2} bananas", "wrong_value"),
    ("500 m", r"5 \times 10^{2} \text{ m (approximately)}", "correct"),
    # Gaussian units as the SI quantities physicists convert them to
    (r"1.6 \times 10^{-19} C", r"4.8 \times 10^{-10} esu", "correct"),
    (r"4.8 \times 10^{-10} C", r"4.8 \times 10^{-10} esu", "wrong_unit"),
    (r"3.34 \times 10^{-10} C", "1 statcoulomb", "correct"),
    (r"1 \times 10^{-8} Wb", "1 Mx", "correct"),
    ("79.6 A/m", "1 Oe", "correct"),
    # units by name: centipoise, the rydberg, microns, the degree kelvin of old
    ("1 mPa s", "1 cP", "correct"),
    ("13.6 eV", "1 Ry", "correct"),
    ("13.6 eV", r"1.36 \times 10^{1} Ry", "wrong_unit"),  # ... 185 eV, the gold's number in another unit
    (r"5 \mu m", "5 microns", "correct"),
    ("300 K", "300 °K", "correct"),
    ("298 K", "25 ^\\circ Celsius", "correct"),  # ... the degree's words stay (a comment had cut "Celsius" out)
    ("77 ^\\circ F", "25 ^\\circ Celsius", "correct"),
    # a decimetre under a negative power (no day), mercury's millimetres spaced
    ("0.1 M", r"0.1\ \mathrm{mol\,dm^{-3}}", "correct"),
    ("3 m/s", "3 ms^{-1}", "correct"),
    # ... and under a negative power a run's last unit letter takes it: kg m s^-1, not kg per millisecond
    ("15 kg m/s", "15 kgms^{-1}", "correct"),
    ("10 N", "10 kgms^{-2}", "correct"),
    ("2 cm/s", "2 cms^{-1}", "correct"),
    ("2 cm/s", "2 cms^{-2}", "dimension_mismatch"),
    ("1 atm", r"760\ \mathrm{mm\,Hg}", "correct"),
    ("1 atm", "76 cm Hg", "correct"),
    # the angstrom however written; the degree's look-alikes
    ("1.54 Å", r"1.54 \r{A}", "correct"),
    ("1.54 Å", r"\SI{1.54}{\angstrom}", "correct"),
    ("1.54 Å", "1.54 ångström", "correct"),
    ("1.54 Å", "1.54 A\u030a", "correct"),
    ("1.54 Å", "1.54 A", "dimension_mismatch"),
    (r"30^\circ", "30º", "correct"),
    (r"30^\circ", "30˚", "correct"),
    # a change of temperature is a difference: 10 °C of change is 10 K, not 283 K
    (r"\Delta T = 10\,^{\circ}\mathrm{C}", r"\Delta T = 10 K", "correct"),
    (r"\Delta T = 10\,^{\circ}\mathrm{C}", r"\Delta T = 283 K", "wrong_value"),
    (r"\Delta T = 10\ \mathrm{K}", r"\Delta T = 18\ ^{\circ}\mathrm{F}", "correct"),
    (r"\Delta T = 5\ ^\circ C", "5 K", "correct"),
    (r"T = 5\ ^\circ C", "278.15 K", "correct"),  # ... a temperature itself keeps its offset
    (r"T = 5\ ^\circ C", "5 K", "wrong_unit"),
]
WORDS = [
    # a gold that is one word is a word (no product of its letters), answered in any case, after a part
    # label, or as what a sentence says the thing is, never denied
    (r"\text{Insulator}", r"\text{insulator}", "correct"),
    (r"\text{Insulator}", r"\text{The solid is an insulator.}", "correct"),
    (r"\text{Insulator}", r"\text{The solid is not an insulator.}", "wrong_value"),
    (r"\text{Insulator}", r"\text{Conductor}", "wrong_value"),
    (r"\text{Impossible}", r"\text{(a): Impossible}", "correct"),  # ("impossible" was read as a hedge)
    (r"\text{Impossible}", r"\text{(a) Possible}", "wrong_value"),
    (r"\text{saturation}", "Saturation", "correct"),
    (r"\text{Eastward}", "Westward", "wrong_value"),
    ("Insulator", r"The answer is \boxed{\text{insulator}}", "correct"),
    ("Not split, direction is changed", "not split, direction is changed", "correct"),  # ... and words likewise
    ("mgh", "m g h", "correct"),  # ... a run of symbols stays a product
    (r"\text{Insulator}", r"\text{The solid is a good insulator.}", "correct"),
    (r"\text{Insulator}", r"\text{The solid is an insulator, not a conductor.}", "correct"),
    (r"\text{Insulator}", r"\text{The solid is a conductor, not an insulator.}", "wrong_value"),
    (r"\text{increases}", r"\text{It increases.}", "correct"),
    (r"\text{increases}", r"\text{It never increases.}", "wrong_value"),
    ("0, Insulator", "0, Insulator", "correct"),  # ... and a tuple's word part is graded as a tree (it raised)
    ("0,Jaaaa", "0,0", "wrong_value"),
    # a hyphenated word is a word, not the difference of two products of letters (PHYSICS's "\text{Red-shifted}"
    # was R e d - s h i f t e d, and "red-shifted" in lower case had an r the gold lacked); a hyphen or a space
    # between its parts no matter, its meaning does
    (r"\text{Red-shifted}", "red-shifted", "correct"),
    (r"\text{Red-shifted}", "The light is redshifted.", "correct"),
    (r"\text{Red-shifted}", "blue-shifted", "wrong_value"),
    (r"\text{Red-shifted}", "The light is not red-shifted.", "wrong_value"),
    ("counterclockwise", "Counter-clockwise", "correct"),
    ("counter-clockwise", "counter clockwise", "correct"),
    ("spin-up", r"\boxed{\text{spin-down}}", "wrong_value"),
    ("E-E_0", "E - E_0", "correct"),  # ... letters apart from any word stay symbols
    ("mgh-mv", "mgh + mv", "wrong_value"),
]
FORMULAS_SEEN_LAST = [
    # an equation solved for the gold's quantity through a reciprocal, an angle's tangent or a factor hbar
    ("f = \\frac{uv}{u+v}", "\\frac1f = \\frac1u + \\frac1v", "correct"),
    ("f = \\frac{uv}{u+v}", "\\frac1f = \\frac1u + \\frac2v", "wrong_value"),
    ("\\theta = \\arctan(\\frac{v^2}{rg})", "\\tan\\theta = \\frac{v^2}{rg}", "correct"),
    ("\\theta = \\arctan(\\frac{v^2}{rg})", "\\tan\\theta = \\frac{v^2}{2rg}", "wrong_value"),
    ("\\omega = \\frac{E_2-E_1}{\\hbar}", "\\hbar\\omega = E_2 - E_1", "correct"),
    ("x=1/y", "1/x=y", "correct"),
    # ... and a gold that names no one quantity (hbar omega, 1/lambda), solved for the one the answer gives
    ("\\hbar\\omega = E_2 - E_1", "\\omega = \\frac{E_2-E_1}{\\hbar}", "correct"),
    ("\\hbar\\omega = E_2 - E_1", "\\omega = \\frac{E_2+E_1}{\\hbar}", "wrong_value"),
    ("\\frac{1}{\\lambda} = R(\\frac{1}{n_1^2} - \\frac{1}{n_2^2})", "\\lambda = \\frac{n_1^2n_2^2}{R(n_2^2-n_1^2)}",
     "correct"),
    ("\\frac{1}{\\lambda} = R(\\frac{1}{n_1^2} - \\frac{1}{n_2^2})", "\\lambda = \\frac{n_1^2n_2^2}{R(n_2^2+n_1^2)}",
     "wrong_value"),
    ("E=\\hbar\\omega", "\\omega=E/\\hbar", "wrong_value"),  # ... a gold that names E asks for E
    # ... with the sides either way round, a power written negative, a term moved over (helper-35)
    ("f=\\frac{uv}{u+v}", "\\frac1u+\\frac1v=\\frac1f", "correct"),
    ("f=\\frac{uv}{u+v}", "f^{-1}=u^{-1}+v^{-1}", "correct"),
    ("V = 375 \\, \\text{V}", "375 \\, \\text{V} = V", "correct"),  # ... a unit with the label's letter stays one
    ("\\theta=\\arctan(\\mu)", "\\mu=\\tan\\theta", "correct"),
    ("\\theta=\\arctan(\\mu)", "2\\mu=\\tan\\theta", "wrong_value"),
    ("\\hbar\\omega=E_2-E_1", "E_1=E_2-\\hbar\\omega", "correct"),
    ("\\hbar\\omega=E_2-E_1", "E_1=E_2+\\hbar\\omega", "wrong_value"),
    # e raised to a power in symbols is Euler's, though e is the charge in its exponent
    ("I = I_0\\exp(-\\frac{eV}{k_BT})", "I_0 e^{-eV/(k_BT)}", "correct"),
    ("I = I_0(e^{eV/k_BT}-1)", "I_0(\\exp(\\frac{2eV}{k_BT})-1)", "wrong_value"),
    ("2 e^2 n_0", "2 n_0 e^2", "correct"),  # ... squared, the charge
    ("2 e^2 n_0", "2 n_0 \\exp(2)", "wrong_value"),  # ... beside other symbols, even where no other e is
    ("\\frac{k e^2}{r}", "\\frac{7.389 k}{r}", "wrong_value"),
    ("N_0 e^{-2}", "0.135 N_0", "correct"),  # ... two time constants on, Euler's
    ("\\frac{1}{2}mv^2", "\\frac{1}{2}mv^2 + e^{1000} - e^{1000}", "correct"),  # ... as at a power no charge takes
    # plain text's subscripts: m1 is m_1, v0 is v_0 (not "2x3", "CO2", "3e8")
    ("(m_1-m_2)g/(m_1+m_2)", "\\frac{(m1 - m2) g}{m1 + m2}", "correct"),
    ("\\sqrt{v_0^2+2as}", "sqrt(v0^2 + 2*a*s)", "correct"),
    ("\\sqrt{v_0^2+2as}", "sqrt(v1^2 + 2*a*s)", "wrong_value"),
    ("6x", "2x3", "correct"),  # ... after a digit a letter and digits stay a product
    # a cross product of vectors is antisymmetric: B x v is -(v x B) (products commuted paid the flipped force)
    ("\\vec{F} = q\\vec{v}\\times\\vec{B}", "q\\vec{B}\\times\\vec{v}", "wrong_value"),
    ("\\vec{F} = q\\vec{v}\\times\\vec{B}", "-q\\vec{B}\\times\\vec{v}", "correct"),
    ("\\vec{F} = q\\vec{v}\\times\\vec{B}", "q(\\mathbf{v}\\times\\mathbf{B})", "correct"),
    ("\\vec{\\tau} = \\vec{\\mu}\\times\\vec{B}", "\\vec{B}\\times\\vec{\\mu}", "wrong_value"),
    ("\\vec{L} = \\vec{r}\\times\\vec{p}", "-\\mathbf p\\times\\mathbf r", "correct"),
    ("\\vec{F} = q(\\vec{E} + \\vec{v}\\times\\vec{B})", "q\\vec E + q\\vec B\\times\\vec v", "wrong_value"),
    ("0", "\\vec{v}\\times\\vec{v}", "correct"),
    # ... with a bracketed sum as a factor, a sign inside, a scalar before the second vector (helper-35)
    ("\\vec{a}\\times(\\vec{b}+\\vec{c})", "(\\vec{b}+\\vec{c})\\times\\vec{a}", "wrong_value"),
    ("\\vec{a}\\times(\\vec{b}+\\vec{c})", "-(\\vec{b}+\\vec{c})\\times\\vec{a}", "correct"),
    ("q\\vec{v}\\times\\vec{B}", "\\vec{v}\\times q\\vec{B}", "correct"),
    ("q\\vec{v}\\times\\vec{B}", "q\\vec{B}\\times(-\\vec{v})", "correct"),
    ("(2 \\times 3) m", "6 m", "correct"),
    ("3 \\times 10^8 m/s", "3e8 m/s", "correct"),  # ... numbers' times is a product
    # a factor in words, a percent in two words (helper-34)
    ("2", "twice", "correct"),
    ("3", "twice", "wrong_value"),
    ("4", "four times", "correct"),
    ("4", "4 times", "correct"),
    ("2", "twice as large", "correct"),
    ("4", "four times as much", "correct"),
    ("3", "twice as large", "wrong_value"),
    ("4", "4 times larger", "correct"),
    ("2", "It increases by a factor of two.", "correct"),
    ("4", "It increases by a factor of 2.", "wrong_value"),
    ("300 m/s", "300 m/s in vacuum", "correct"),  # ... a preposition after a unit is no inch
    ("12.7 cm", "5 in", "correct"),
    ("40\\%", "40 per cent", "correct"),
    # a gold of options listed with commas is a set of options, not a list of symbols
    ("A, C", "AC", "correct"),
    ("A, C", "C, A", "correct"),
    ("A, C", "A", "wrong_value"),
    ("A, C", "A, B, C", "wrong_value"),
    ("A, C", "options A and C", "correct"),  # ... named in words
    # a gold that names a vector or a pair ("\vec{v} = (2, -1, 3) m/s", "(x, y) = (1.5 m, 2.0 m)") is a tuple with its
    # unit (the unit had been taken for markup beside a formula, the labels for symbols: helper-30)
    ("\\vec{v} = (2, -1, 3)\\ \\mathrm{m/s}", "\\vec{v} = (2.0, -1.0, 3.0) m/s", "correct"),
    ("\\vec{v} = (2, -1, 3)\\ \\mathrm{m/s}", "(200, -100, 300) cm/s", "correct"),
    ("\\vec{v} = (2, -1, 3)\\ \\mathrm{m/s}", "(2, -1, 4) m/s", "wrong_value"),
    ("(x, y) = (1.5 m, 2.0 m)", "y = 2 m, x = 1.5 m", "correct"),
    ("(x, y) = (1.5 m, 2.0 m)", "(2.0 m, 1.5 m)", "wrong_value"),
    ("(x, y) = (1, 2)", "(y, x) = (2, 1)", "correct"),
    ("I_1 = 0.5 A, I_2 = 1.5 A, I_3 = 2.0 A", "I_{1} = 0.5 A, I_{2} = 1.5 A, and I_{3} = 2.0 A", "correct"),
    ("A, C", "Both A and C are correct.", "correct"),
    ("A, C", "options A and B", "wrong_value"),
    ("(A, C)", "(A, C)", "correct"),
    # a gold that gives its option's value ("(B) 12 N") is answered by the letter or by the value
    ("(B) 12 N", "\\boxed{B}", "correct"),
    ("(B) 12 N", "12 N", "correct"),
    ("(B) 12 N", "13 N", "wrong_value"),
    ("(B) 12 N", "C", "wrong_value"),
    # a power of ten before a letter unit is a number as written: the bare power answers it in its unit
    ("10^{-10} m", "10^{-10}", "correct"),
    ("10^{-10} m", "10^{-9}", "wrong_value"),
    ("\\frac{L}{1000}", "0.001", "wrong_value"),  # ... a formula's letters stay symbols
    # a spacing command ending the answer
    ("v=\\sqrt{2gh}", "\\sqrt{2gh}\\,", "correct"),
    ("v=\\sqrt{2gh}", "\\boxed{\\sqrt{2gh}\\;}", "correct"),
]
CONSTANTS_IN_RELATIONS = [
    # a relation's sides, a set's members, are read as any formula is: \hbar is h/2pi, k is k_B beside T
    (r"\Delta x \Delta p \geq \frac{\hbar}{2}", r"\Delta p \Delta x \geq \frac{h}{4\pi}", "correct"),
    (r"x \geq \frac{\hbar}{2}", r"x \geq \frac{h}{2\pi}", "wrong_value"),
    (r"x < \frac{\hbar}{m}", r"x < \frac{h}{2\pi m}", "correct"),
    (r"\{\hbar, 2\hbar\}", r"\{\frac{h}{2\pi}, \frac{h}{\pi}\}", "correct"),
    (r"E > k_B T", "E > kT", "correct"),
    (r"E > k_B T", "E > 2kT", "wrong_value"),
]
UNITS_AFTER_BOXES = [
    # a unit written right after a box that holds a number is the value's unit, for a gold with a unit: a
    # hack (5 km/h for 5 m/s was read as 5 m/s) and a right answer (18 km/h) both
    ("5 m/s", r"\boxed{5}\ \text{km/h}", "wrong_unit"),
    ("5 m/s", r"The speed is \boxed{18}\ \text{km/h}.", "correct"),
    ("1500 J", r"\boxed{1.5}\ \text{kJ}", "correct"),
    ("12 N", r"\boxed{12}~kN", "wrong_unit"),
    ("2 \\times 10^{-3} m", r"\boxed{2}\ \text{mm}", "correct"),
    ("5 m/s", r"The speed is $\boxed{5}$ m/s. Next we find the time.", "correct"),
    # ... only where the unit ends its sentence or line, and is no word ("in" is no inch here)
    ("5 m/s", r"The speed is $\boxed{5}$ m in the first case.", "correct"),
    ("5 m/s", r"The speed is \boxed{5} in.", "correct"),
    ("9.8 m/s^2", r"\boxed{9.8} m s^{-2}.", "correct"),  # (a unit cut short is not read: the box alone)
    # ... and a unitless gold's value is the box alone (a count of years, of seconds)
    ("10^9", r"The age is \boxed{10^9} years.", "correct"),
    ("5", r"\boxed{5} m/s. This is the speed of the block after 2 s.", "correct"),
    # degrees written with a letter o, as many models type them
    (r"30^\circ", "30^o", "correct"),
    (r"30^\circ", "30^{o}", "correct"),
    (r"30^\circ", "31^o", "wrong_value"),
    ("298 K", "25^oC", "correct"),
    # "up to" is a bound, as "at most" is
    ("5 m/s", "up to 5 m/s", "hedged"),
]
PARTS_WITHOUT_COMMAS = [
    # the parts of an answer, each after its label, with no comma between them: a list, in order
    ("2 m/s, 4 m/s", "(a) 2 m/s (b) 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "(i) 2 m/s (ii) 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "(a) 2 m/s (b) 5 m/s", "wrong_value"),
    ("2 m/s, 4 m/s", "(a) $v_1 = 2$ m/s (b) $v_2 = 4$ m/s", "correct"),
    ("4 m/s", "(a) 2 m/s (b) 4 m/s", "wrong_type"),  # ... two values for one
    ("2 m/s, 4 m/s", "(b) 4 m/s (a) 2 m/s", "correct"),  # ... in their labels' order, however written
    ("2 m/s, 4 m/s", "(b) 2 m/s (a) 4 m/s", "wrong_value"),
    ("2 m/s, 4 m/s, 6 m/s", "(ii) 4 m/s (i) 2 m/s (iii) 6 m/s", "correct"),
    # red-team helper-30: each part an equation on its own line, where the gold has parts
    ("T_1 = 2mg, T_2 = mg", "T_1 = 2mg\nT_2 = mg", "correct"),
    ("T_1 = 2mg, T_2 = mg", "T_1 = 2mg\nT_2 = 3mg", "wrong_value"),
    ("v_1 = 3 m/s, v_2 = 4 m/s", "So we get\n$v_1 = 3$ m/s\n$v_2 = 4$ m/s", "correct"),
    ("6 m/s", "a = F/m = 2\nv = at = 6 m/s", "correct"),  # ... a one-part gold: the last line, as before
    # an answer's label that is the gold's label of another part gives that part's value another name
    ("T_1 = 2mg, T_2 = mg", "T_2 = 2mg, T_3 = mg", "wrong_value"),
    ("T_1 = 2mg, T_2 = mg", "T_a = 2mg, T_b = mg", "correct"),
    # a gold whose parts each follow their label, with no comma between them, lists them
    ("(a) 12 N (b) 3.0 m/s^2", "12 N, 3.0 m/s^2", "correct"),
    ("(a) 12 N (b) 3.0 m/s^2", "(b) 3 m/s^2 (a) 12 N", "correct"),
    ("(a) 12 N (b) 3.0 m/s^2", "12 N, 4 m/s^2", "wrong_value"),
    ("(a)", "a", "correct"),  # ... a lone option label stays an option
    # a gold that answers one labelled part of its question: the value, or the answer's part of that label
    ("(a) 5 m/s", r"\boxed{5\,\text{m/s}}", "correct"),  # (it was read as the product a 5 m/s)
    ("(a) 5 m/s", "(a) 5 m/s (b) 3 m/s", "correct"),
    ("(a) 5 m/s", "(a) 3 m/s (b) 5 m/s", "wrong_value"),
    ("(b) 5 m/s", "(a) 3 m/s (b) 5 m/s", "correct"),
    ("(a) 5 m/s", "(a) 5 m/s, (a) 3 m/s", "wrong_type"),  # ... a label named twice is no one part
    (r"(a) \, F", r"\begin{array}{l} (a) F \\ (b) T \\ (c) T \end{array}", "correct"),
    (r"(a) \, F", "(a) T, (b) F, (c) F", "wrong_type"),
    (r"\text{(a) \, S}", r"\text{(a)} \, S, E", "wrong_type"),  # ... an unlabelled item after it belongs to it
    (r"(a) \frac{mv^2}{2}", r"\frac{1}{2}mv^2", "correct"),
    # "2mg", "2pV", "3kT": a weight, pressure times volume, k T, far more often than milligrams, picovolts, kilotesla
    ("T = 2mg", "2 m g", "correct"),
    ("T = 2mg", "3 m g", "dimension_mismatch"),
    ("W = 2pV", "2 p V", "correct"),
    ("E = 3kT", "3 k T", "correct"),
    ("2 ms", "2 m s", "dimension_mismatch"),  # ... a millisecond stays one
    ("2 m/s, 4 m/s", "(a) 2 m/s\n(b) 4 m/s", "correct"),  # ... one a line, as the last lines
    ("2 m/s, 4 m/s", "Work.\n(a) 2 m/s\n\n(b) 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "1. 2 m/s\n2. 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "1. 2 m/s\n2. 5 m/s", "wrong_value"),
    ("4 m/s", "Steps:\n1. compute the speed\n2. so v = 4 m/s", "correct"),  # ... a list of steps is none
    # a label in words before each part
    ("2 m/s, 4 m/s", "Part 1: 2 m/s, Part 2: 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "Speed: 2 m/s, Final speed: 4 m/s", "correct"),
    ("2 m/s, 4 m/s", "Part 1: 2 m/s, Part 2: 5 m/s", "wrong_value"),
    ("2 m/s, 4 m/s", "Part 1: 2 m/s Part 2: 4 m/s", "correct"),  # ... with no comma between them
    ("2 m/s, 4 m/s", "Part 1: 2 m/s Part 2: 5 m/s", "wrong_value"),
]
SAID_BESIDE_A_FORMULA = [
    # a direction in words after a formula is no factor of it (its letters were read as symbols d, o, w, n...)
    (r"\sqrt{2gh}", r"\sqrt{2gh} \text{ downward}", "correct"),
    (r"\sqrt{2gh}", r"\sqrt{2gh} to the left", "correct"),
    (r"\sqrt{2gh}", r"2\sqrt{gh} to the left", "wrong_value"),
    ("mg", r"m g \text{ directed up}", "correct"),
    (r"\frac{mv}{qB}", r"\frac{mv}{qB} \text{ clockwise}", "correct"),
    ("v", "up", "wrong_value"),  # ... a direction alone is no value
    (r"\text{counterclockwise}", r"\text{counter clockwise}", "correct"),  # ... nor is a word before it a formula
    (r"\text{north east}", r"\text{northeast}", "correct"),  # a gold in words: the same words, spaced or not
    (r"\text{north east}", r"\text{north west}", "wrong_value"),
    # a clause in words saying what a symbol is, after "where", with no value in it
    (r"\frac{mv}{qB}", r"r = \frac{mv}{qB}, \text{ where } q \text{ is the charge}", "correct"),
    (r"\frac{mv}{qB}", r"r = \frac{2mv}{qB}, \text{ where } q \text{ is the charge}", "wrong_value"),
    ("4x", "P = 4x, where x = 5", "wrong_type"),  # ... one that gives a value stays
    # i, j, k written plainly for a gold along unit vectors
    (r"3\hat{i}+4\hat{j}", "3i + 4j", "correct"),
    (r"3\hat{i}+4\hat{j}", "4j + 3i", "correct"),
    (r"3\hat{i}+4\hat{j}", "3i + 5j", "wrong_value"),
    (r"3\mathbf{i}+4\mathbf{j} - \mathbf{k}", "3i + 4j - k", "correct"),
    (r"(3\hat{i}+4\hat{j}) N", "(3i + 4j) N", "correct"),
    ("(3, 4)", "3i + 4j", "wrong_type"),  # ... not where the gold writes none (i may be the imaginary unit)
    (r"\hbar k", r"\hbar \hat{k}", "wrong_value"),  # ... nor an answer's unit vector for a gold's wave number
    # "or equivalently" restates the value, in words or in a text group
    (r"\sqrt{2gh}", r"\sqrt{2gh} \text{ or equivalently } \sqrt{2}\sqrt{gh}", "correct"),
    (r"\sqrt{2gh}", r"\sqrt{2gh} \text{ or } \sqrt{3gh}", "hedged"),
    ("5 m/s", r"5 \text{ m/s or } 18 \text{ km/h}", "correct"),
    ("5 m/s", r"5 \text{ m/s or } 20 \text{ km/h}", "hedged"),
]
BRACKETED_UNCERTAINTIES = [
    # an uncertainty in brackets after the value and its unit, in that unit or none, is dropped where it is at most
    # a tenth of the value (as "12.0 \pm 0.1 N" is); a wider one, or one in another unit, is a range
    ("12 N", r"12 N (\pm 0.1 N)", "correct"),
    ("9.81 m/s^2", r"9.81\ \text{m/s}^2\ (\pm 0.05)", "correct"),
    ("9.81 m/s^2", r"9.91\ \text{m/s}^2\ (\pm 0.05)", "wrong_value"),
    ("12 N", r"12 N (\pm 5 N)", "hedged"),
    ("12 N", r"12 N (\pm 0.1 kN)", "hedged"),
    ("5 m/s", r"\boxed{5.0 m/s \pm 0.1 m/s}", "correct"),  # ... or after the unit with its own
    ("5 m/s", r"\boxed{5 m/s \pm 4 m/s}", "hedged"),
    ("12 N", r"12 N (\pm 0.1 N", "hedged"),  # ... an unclosed bracket is no uncertainty read
]
NOTATIONS_SEEN_LAST = [
    # red-team helper-29's right answers the judge rejected
    ("C", "Option (C) is correct.", "correct"),  # an option named, then called right
    ("B", "Option (B) is the correct answer.", "correct"),
    ("C", "Choice C is the right one.", "correct"),
    ("C", "I choose (C).", "correct"),
    ("C", "Option (B) is correct.", "wrong_value"),
    ("AB", r"\boxed{A, B}", "correct"),  # JEEBench: a gold of several options in order is a set of letters
    ("AB", r"\boxed{B, A}", "correct"),
    ("ACD", r"\boxed{A, C, D}", "correct"),
    ("ACD", r"\boxed{A, C}", "wrong_value"),
    ("AB", "A", "wrong_value"),
    (r"13.6\ \mathrm{eV}", r"\boxed{0.5\ \mathrm{Hartree}}", "correct"),  # atomic units
    (r"5.29 \times 10^{-11}\ \mathrm{m}", r"\boxed{1\ \text{bohr}}", "correct"),
    (r"1.6 \times 10^{-19}\ \mathrm{C}", r"\boxed{0.16\ \mathrm{aC}}", "correct"),  # atto, zepto
    (r"9.8\ \mathrm{m/s^2}", r"\boxed{980\ \mathrm{Gal}}", "correct"),  # the CGS galileo, no gallon
    ("5 m/s", "5 m/s as expected", "correct"),  # ... "as" is no attosecond
    (r"\ln 2", r"\boxed{\log_e 2}", "correct"),
    (r"\ln x", r"\log_{e}x", "correct"),
    (r"\frac{\hbar}{2}", r"\boxed{\frac{\hslash}{2}}", "correct"),
    (r"\frac{mg}{k}", r"\boxed{\left.\frac{mg}{k}\right.}", "correct"),  # an invisible delimiter
]
GRAVITIES = [
    # "g" after a number, where the other side is an acceleration, is standard gravity (9.80665 m/s^2), not a gram
    ("19.6 m/s^2", "2g", "correct"),
    ("9.8 m/s^2", r"\boxed{1\,g}", "correct"),
    ("19.6 m/s^2", "3 g", "dimension_mismatch"),
    ("a = 2g", "19.6 m/s^2", "correct"),
    ("19.6 m/s^2", "2 grams", "dimension_mismatch"),  # ... a word for grams stays grams
    ("5 g", "5000 mg", "correct"),  # ... and a mass stays a mass
    ("5 kg", "5 g", "wrong_unit"),
]
IN_ANOTHER_CASE = [
    # unit symbols in the wrong case, as models write them, read as meant where that gives the gold's dimension
    ("5 kJ", "5 KJ", "correct"),  # K for kilo: kilojoules, not kelvin joules
    ("5 km", r"5\ \mathrm{Km}", "correct"),
    ("5 kJ/mol", "5 KJ/mol", "correct"),
    ("5 kHz", "5 KHz", "correct"),
    ("6.6 GeV", r"(a) 6.6\, \mathrm{Gev}", "correct"),  # eV in lower case after a prefix
    ("6.6 MeV", "6.6 Mev", "correct"),
    ("6.6 keV", "6.6 kev", "correct"),
    ("5 Hz", "5 hz", "correct"),
    ("5 kJ", "6 KJ", "wrong_value"),  # ... so read, a wrong number is a wrong value
    ("5 J/K", "5 KJ/K", "wrong_unit"),  # ... kJ/K is not J/K
    ("5 J K", "5 KJ", "correct"),  # ... kelvin joules, where that is the gold's dimension
    ("5 m", "5 Km", "wrong_unit"),
    ("6.6 meV", "6.6 mev", "dimension_mismatch"),  # milli or mega: not guessed
]


@pytest.mark.parametrize("reference, response, expected",
                         FUNCTION_VALUES + LABELS + SWAPPED + FORMULAS + WRITTEN + LISTS + NOTATION + CONSTANTS
                         + UNIONS + MATRICES + LABELLED_OTHERWISE + RUN_TOGETHER + DIRECTIONS + ZEROS + EXPECTATIONS
                         + CONDITIONS_AFTER + TEX_FORMS + CANCELLING + VECTORS + NATURAL_UNITS + SUBSCRIPTED_PARTS
                         + OMEGA + INDEX_RANGES + EQUATIONS_SCALED + RED_TEAM_2
                         + WRITTEN_OTHERWISE + RED_TEAM_3 + WRITTEN_LOOSELY + AROUND_THE_VALUE + GRAVITIES + IN_ANOTHER_CASE + UNITS_AFTER_BOXES + PARTS_WITHOUT_COMMAS
                         + SAID_BESIDE_A_FORMULA + BRACKETED_UNCERTAINTIES + NOTATIONS_SEEN_LAST
                         + CONSTANTS_IN_RELATIONS + FACTORIALS + UNITS_SEEN_LAST + WORDS + FORMULAS_SEEN_LAST)
def test_physicist_answer(reference, response, expected):
    assert verify(response, reference).status.value == expected
