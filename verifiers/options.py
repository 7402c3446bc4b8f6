"""Per-call verification options, validated up front. Frozen and hashable, so they double as cache keys.

>>> VerifyOptions.from_kwargs(rel_tol=0.05).rel_tol
0.05
>>> VerifyOptions.from_kwargs(tolerance=0.02).rel_tol  # dataset-column alias
0.02
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from verifiers.limits import DEFAULT_TIMEOUT_S

ANSWER_TYPES = ("auto", "numeric", "symbolic", "mc", "tuple", "bool")
# Dataset columns read as per-row verify options (by the rewards and by ``physics-verify score``).
ROW_OPTION_COLUMNS = ("answer_type", "tolerance", "rel_tol", "abs_tol", "unit", "reference_unit", "sig_figs",
                      "require_units")

# Aliases accepted from dataset columns and other toolkits' option names.
_ALIASES = {"tolerance": "rel_tol", "unit": "reference_unit", "units": "reference_unit"}
# UGPhysics-style answer-type codes.
_TYPE_CODES = {"nv": "numeric", "ex": "symbolic", "eq": "symbolic", "mc": "mc", "tf": "bool",
               "in": "auto", "numerical": "numeric", "number": "numeric", "expression": "symbolic",
               "equation": "symbolic", "multiple_choice": "mc", "choice": "mc", "boolean": "bool"}


@dataclass(frozen=True)
class VerifyOptions:
    """How a response is compared with a reference.

    rel_tol: relative tolerance after converting to the reference's unit (default 1%).
    abs_tol: absolute tolerance in the reference's unit, for values near zero (default 0).
    sig_figs: when True the reference's significant figures set the tolerance (half a unit in its last
        place) instead of rel_tol.
    require_units: when True a bare number for a reference with a unit is ``missing_unit``; otherwise it
        is read in the reference's unit.
    answer_type: one of ``auto numeric symbolic mc tuple bool`` (UGPhysics codes NV/EX/EQ/MC/TF too).
    reference_unit: a unit given apart from the reference (SciBench-style ``unit`` column).
    extract: when True the final answer is extracted from a whole completion.
    timeout: hard limit in seconds for the whole verification.
    symbolic_rel_tol: tolerance when comparing symbolic expressions at random points.
    """

    rel_tol: float = 0.01
    abs_tol: float = 0.0
    sig_figs: bool = False
    require_units: bool = False
    answer_type: str = "auto"
    reference_unit: str | None = None
    extract: bool = True
    timeout: float = DEFAULT_TIMEOUT_S
    symbolic_rel_tol: float = 1e-6

    def __post_init__(self):
        for name in ("rel_tol", "abs_tol", "symbolic_rel_tol"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
                    or value < 0:
                raise ValueError(f"option {name}={value!r}: expected a finite number >= 0")
        if not isinstance(self.timeout, (int, float)) or not 0 < self.timeout <= 600:
            raise ValueError(f"option timeout={self.timeout!r}: expected seconds in (0, 600]")
        if self.answer_type not in ANSWER_TYPES:
            raise ValueError(f"option answer_type={self.answer_type!r}: expected one of {ANSWER_TYPES} "
                             f"or a code among {sorted(_TYPE_CODES)}")

    @classmethod
    def from_kwargs(cls, **kwargs) -> "VerifyOptions":
        """Build options from keyword arguments, accepting aliases; an unknown name raises TypeError."""
        return cls(**cls._clean(kwargs))

    def merged(self, **kwargs) -> "VerifyOptions":
        """These options with some replaced (aliases accepted, None ignored), e.g. from a dataset row.

        >>> VerifyOptions(rel_tol=0.05).merged(unit="m", tolerance=None).reference_unit
        'm'
        """
        return dataclasses.replace(self, **self._clean(kwargs))

    @classmethod
    def _clean(cls, kwargs: dict) -> dict:
        known = {f.name for f in dataclasses.fields(cls)}
        clean = {}
        for key, value in kwargs.items():
            name = _ALIASES.get(key, key)
            if name not in known:
                raise TypeError(f"unknown verify option {key!r}; known options: {sorted(known)}")
            if value is None and name != "reference_unit":
                continue  # a missing per-row value means "use the default"
            if name == "answer_type":
                value = normalise_answer_type(value)
            if name in ("rel_tol", "abs_tol", "symbolic_rel_tol", "timeout") and isinstance(value, str):
                value = _float_option(name, value)
            if name in ("sig_figs", "require_units", "extract"):
                value = _bool_option(name, value)
            if name == "reference_unit" and value is not None and not isinstance(value, str):
                raise TypeError(f"option {key}={value!r}: expected a unit as text, e.g. 'm/s'")
            clean[name] = value
        return clean


def normalise_answer_type(value) -> str:
    """Map an answer-type name or code (``NV``, ``EX``, ``MC``...) to one of ANSWER_TYPES."""
    text = str(value).strip().lower()
    if text in ANSWER_TYPES:
        return text
    if text in _TYPE_CODES:
        return _TYPE_CODES[text]
    raise ValueError(f"option answer_type={value!r}: expected one of {ANSWER_TYPES} "
                     f"or a code among {sorted(_TYPE_CODES)}")


def _bool_option(name: str, value) -> bool:
    """Booleans from dataset columns: True/False, 1/0 or the strings true/false/yes/no/1/0."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "t", "y"):
        return True
    if text in ("false", "no", "0", "f", "n", ""):
        return False
    raise ValueError(f"option {name}={value!r}: expected true or false")


def _float_option(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"option {name}={text!r}: expected a number") from None
