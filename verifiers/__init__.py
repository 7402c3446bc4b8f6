"""Physics answer verifiers: text in, :class:`Verdict` out.

>>> from verifiers import verify
>>> verify("The answer is \\\\boxed{0.5 km}", "500 m").correct
True

Imports sympy (in a worker only), pint and this package's own parser; never torch/transformers/trl.
Note: an unrelated PyPI package is also called ``verifiers``; this is the physics-rewards one.
"""

from verifiers.errors import VerifierError
from verifiers.grader import verify, verify_with
from verifiers.options import VerifyOptions
from verifiers.verdict import Status, Verdict

__all__ = ["verify", "verify_with", "VerifyOptions", "Verdict", "Status", "VerifierError"]
