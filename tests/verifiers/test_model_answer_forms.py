"""Forms real models write in answers that the PHYSICS benchmark's labels accept (bench/judge_agreement.py,
labelled model answers): LaTeX subscripts run into the next factor, partial for total derivatives, an
expectation value as the quantity a gold equation names, a formula's coefficient before letters that
also spell a unit (kT, mg), a gold definition rearranged, a value withdrawn by
a word after it."""

import pytest

from verifiers import verify

# (reference, response, expected status)
CASES = [
    # k_BT is k_B times T in LaTeX, where the other side writes k_B (or k) and T
    (r"\frac{n_1}{n_2} = \exp\left(-\frac{E_1 - E_2}{kT}\right)", r"\frac{n_1}{n_2} = e^{-(E_1-E_2)/k_BT}", "correct"),
    (r"e^{-E/(k_B T)}", r"e^{-E/k_BT}", "correct"),
    (r"e^{-E/(k_B T)}", r"e^{-E/k_{B}T}", "correct"),
    # ... and the value still counts
    (r"e^{-2E/(k_B T)}", r"e^{-E/k_BT}", "wrong_value"),
    # a plain-text subscript of several letters stays one name where the other side writes it so
    (r"v_{max} t", r"v_max t", "correct"),
    (r"V_{AB}", r"V_AB", "correct"),
    # a partial derivative answers a total one (and the reverse): answers use them interchangeably
    (r"u = \tau - T \frac{d\tau}{dT}", r"u = \tau - T \frac{\partial \tau}{\partial T}", "correct"),
    (r"\frac{\partial f}{\partial r} = 0", r"\frac{df}{dr} = 0", "correct"),
    # ... but not a derivative by another variable
    (r"\frac{df}{dy}", r"\frac{\partial f}{\partial x}", "wrong_value"),
    # an expectation value names the quantity a gold equation gives: its bare right side answers it
    (r"\langle (E - \langle E \rangle)^2 \rangle = kT^2C_V", r"k T^2 C_V", "correct"),
    (r"\langle (E - \langle E \rangle)^2 \rangle = kT^2C_V", r"2 k T^2 C_V", "wrong_value"),
    (r"\langle x^2 \rangle = \frac{\hbar}{2 m \omega}", r"\frac{\hbar}{2 m \omega}", "correct"),
    # a formula's coefficient before a letter run that also spells a unit: kT is k times T (not kilotesla)
    (r"\overline{E} = \frac{1}{2}kT", r"\overline{E} = \frac{k_B T}{2}", "correct"),
    (r"\frac{3}{2}kT", r"\frac{3}{2} k_B T", "correct"),
    (r"\frac{1}{2} mg", r"\frac{mg}{2}", "correct"),
    # ... a bare number leaves the symbols out, and the value still counts
    (r"\frac{1}{2}kT", "0.5", "wrong_value"),
    (r"\frac{1}{2}kT", "kT", "wrong_value"),
    # ... while a plain number before the unit is a quantity, as before
    ("2 mg", "0.002 g", "correct"),
    # a gold definition answered by the same equation rearranged (the label moved to the other side)
    (r"\lambda' = \lambda + \frac{h}{mc}(1 - \cos \theta)", r"\lambda' - \lambda = \frac{h}{mc}(1-\cos\theta)", "correct"),
    (r"\lambda' = \lambda + \frac{h}{mc}(1 - \cos \theta)", r"\lambda' - \lambda = \frac{2h}{mc}(1-\cos\theta)", "wrong_value"),
    (r"v = \sqrt{2gh}", r"a + b = c", "wrong_value"),
    # a word after the value that withdraws it is a hedge, as "12 N at least" is
    ("2 kg m/s", r"\boxed{2 kg m/s, \text{upper bound}}", "hedged"),
    ("12 N", r"\boxed{12 N, not sure}", "hedged"),
    ("12 N", r"\boxed{12 N (a guess)}", "hedged"),
    # ... but not a direction, nor the bound named before its value
    ("12 N", r"\boxed{12 N, \text{downward}}", "correct"),
    ("12 N", "upper bound = 12 N", "correct"),
]


@pytest.mark.parametrize("reference,response,expected", CASES)
def test_model_answer_forms(reference, response, expected):
    assert verify(response, reference).status.value == expected
