"""Per-call verification options, validated up front. Frozen and hashable, so they double as cache keys.

>>> VerifyOptions.from_kwargs(rel_tol=0.05).rel_tol
0.05
>>> VerifyOptions.from_kwargs(tolerance=0.02).rel_tol  # dataset-column alias
0.02
"""

from __future__ import annotations

import dataclasses
import decimal
import json
import math
import numbers
import sys
from dataclasses import dataclass

from verifiers.limits import DEFAULT_TIMEOUT_S, MAX_REFERENCE_CHARS

ANSWER_TYPES = ("auto", "numeric", "symbolic", "mc", "tuple", "bool")
# Dataset columns read as per-row verify options (see ``row_options``).
ROW_OPTION_COLUMNS = ("answer_type", "tolerance", "rel_tol", "abs_tol", "unit", "units", "reference_unit",
                      "sig_figs", "require_units")

# How missing values print (str(nan), str(pd.NA), str(pd.NaT), str(None)): never a gold answer or an option.
_MISSING_TEXT = frozenset({"", "nan", "<na>", "nat", "none", "null",
                           "n/a", "na", "n.a.", "-", "--", "\u2014", "?", "todo", "tbd", "unknown"})  # and placeholders
# people type

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
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not _finite(value) or value < 0:
                raise ValueError(f"option {name}={value!r}: expected a finite number >= 0")
            if name != "abs_tol" and value >= 1:  # "tolerance=5" meant 5%: at 1 or more, 0 answers every gold
                raise ValueError(f"option {name}={value!r}: a relative tolerance is a fraction below 1 "
                                 f"(0.05 for 5%)")
        if not isinstance(self.timeout, (int, float)) or isinstance(self.timeout, bool) or not 0 < self.timeout <= 600:
            raise ValueError(f"option timeout={self.timeout!r}: expected seconds in (0, 600]")
        if self.answer_type not in ANSWER_TYPES:
            raise ValueError(f"option answer_type={self.answer_type!r}: expected one of {ANSWER_TYPES} "
                             f"or a code among {sorted(_TYPE_CODES)}")

    @classmethod
    def from_kwargs(cls, **kwargs) -> "VerifyOptions":
        """Build options from keyword arguments, accepting aliases; an unknown name raises TypeError, and a
        value that reads as missing (NaN, ``"N/A"``: the default in a dataset's cell) raises ValueError here,
        where a caller chose it."""
        for key, value in kwargs.items():
            if value is not None and is_missing(value) and not (key in ("unit", "reference_unit") and value == ""):
                raise ValueError(f"option {key}={value!r}: no value; leave it out for the default")
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
            twin = next((k for k in kwargs if k != key and _ALIASES.get(k, k) == name and kwargs[k] is not None), None)
            if value is not None and twin is not None and kwargs[twin] != value:
                raise ValueError(f"options {key}={value!r} and {twin}={kwargs[twin]!r} name one option ({name}); "
                                 "give one of them")
            if value is not None and is_missing(value):
                continue  # NaN, pd.NA: a missing per-row value means "use the default"
            value = row_value(value)
            if value is None and name != "reference_unit":
                continue
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


# every name a verify option may be given by, aliases included
VERIFY_OPTION_NAMES = frozenset(f.name for f in dataclasses.fields(VerifyOptions)) | frozenset(_ALIASES)


def row_options(row, base: VerifyOptions | None = None) -> VerifyOptions:
    """The options one dataset row sets in its ROW_OPTION_COLUMNS, over ``base`` (default options);
    missing cells keep the base value. The one mapping used by the rewards, ``physics-verify score`` and
    the training evaluation and data checks. Bad values raise TypeError/ValueError.

    >>> opts = row_options({"tolerance": 0.05, "unit": "m", "sig_figs": "true", "answer_type": "NV"})
    >>> opts.rel_tol, opts.reference_unit, opts.sig_figs, opts.answer_type
    (0.05, 'm', True, 'numeric')
    >>> row_options({"tolerance": float("nan"), "question": "Q?"}) == VerifyOptions()
    True
    """
    base = VerifyOptions() if base is None else base
    overrides = {c: row[c] for c in ROW_OPTION_COLUMNS if c in row and not is_missing(row[c])}
    return base.merged(**overrides) if overrides else base


def is_missing(value) -> bool:
    """A missing value as data frames and datasets write it: None, NaN (float or numpy), ``pd.NA``,
    ``pd.NaT``, or their printed forms.

    >>> [is_missing(v) for v in (None, float("nan"), "nan", " ", "12 N", 0, False)]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _MISSING_TEXT
    if isinstance(value, decimal.Decimal):  # (a Decimal is no numbers.Real)
        return value.is_nan()
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return isinstance(value, float) and math.isnan(value) if isinstance(value, (int, float)) \
            else _nan(value)  # (an int is never missing, however large: math.isnan overflows on 10**400)
    pandas = sys.modules.get("pandas")  # pd.NA and pd.NaT exist only once pandas is imported
    if pandas is not None and pandas.api.types.is_scalar(value):
        try:
            return bool(pandas.isna(value))
        except (TypeError, ValueError):
            return False
    return False


MAX_GOLD_ITEMS = 1000  # items of a gold given as a list or an array


def shown(value, limit: int | None = 100):
    """A value as text for a message or a log line, whatever it is: its ``str`` (its ``repr`` within ``limit``
    characters where a limit is given); where it has none (an int of 5,000 digits), ``<int>``, or None with no
    limit.

    >>> shown("12 N"), shown(10 ** 5000), shown(10 ** 5000, None) is None
    ("'12 N'", '<int>', True)
    """
    try:
        return str(value) if limit is None else repr(value[:limit] if isinstance(value, str) else value)[:limit]
    except Exception:  # noqa: BLE001 (a str or repr that raises must not lose the message)
        return None if limit is None else f"<{type(value).__name__}>"


def _nan(value) -> bool:
    """Is a real number of another kind (numpy's, Decimal, Fraction) NaN?"""
    try:
        return math.isnan(value)
    except (OverflowError, ValueError):
        return False


def _finite(value: float) -> bool:
    """Is a number finite as a float (an int too large for one is not)?"""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def reference_text(value) -> str | None:
    """A gold answer as text: a number's digits, a list's items as one list (OlympiadBench stores ``["$500$"]``);
    None where it is missing (an empty list too); TypeError for anything else (a dict, bytes).

    >>> reference_text(["$500$"]), reference_text('["$500$"]'), reference_text(("3", "4")), reference_text([])
    ('$500$', '$500$', '3, 4', None)
    >>> reference_text(float("-inf")), reference_text(decimal.Decimal("NaN"))
    ('-\\\\infty', None)
    """
    if type(value) is str:  # the usual case, first (no missing value's text is longer than 8 characters)
        if value[:2] == '["' and value.rstrip()[-2:] == '"]' and len(value) <= MAX_REFERENCE_CHARS:  # the list
            # written out as JSON, as a CSV stores it (a longer gold is refused unread)
            try:
                return reference_text(json.loads(value))
            except ValueError:
                return value
        return None if len(value) <= 8 and value.strip().lower() in _MISSING_TEXT else value
    if is_missing(value):
        return None
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        if getattr(value, "size", 1) > MAX_GOLD_ITEMS:
            raise TypeError(f"a gold answer of {value.size} items is no answer (at most {MAX_GOLD_ITEMS})")
        value = value.tolist()  # an array's items, a numpy scalar's value
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_GOLD_ITEMS:
            raise TypeError(f"a gold answer of {len(value)} items is no answer (at most {MAX_GOLD_ITEMS})")
        items = [text for text in (reference_text(item) for item in value) if text is not None]
        return ", ".join(items) if items else None
    if isinstance(value, (float, decimal.Decimal)) and value in (math.inf, -math.inf):
        return r"\infty" if value > 0 else r"-\infty"  # (not "inf", which reads as i n f)
    if isinstance(value, (str, numbers.Number)):  # True/False too: a yes-or-no gold
        try:
            return str(value)
        except ValueError:  # an int past Python's limit for writing it out (4,300 digits)
            raise TypeError("a gold number too long to write out") from None
    raise TypeError(f"a gold answer is text, a number or a list of them, not {type(value).__name__}")


def row_value(value):
    """One cell of a dataset column as a plain Python value: missing -> None, numpy scalars unwrapped.

    >>> row_value(float("nan")) is None, row_value("0.05")
    (True, '0.05')
    """
    if is_missing(value):
        return None
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return value.item()
    return value


def column_values(name: str, values, rows: int) -> list:
    """One plain value per row (None where missing) from a dataset column given as a list, tuple, numpy
    array or pandas Series; a single value applies to every row.

    >>> column_values("tolerance", (0.05, float("nan")), 2)
    [0.05, None]
    >>> column_values("unit", "m", 2)
    ['m', 'm']
    """
    if isinstance(values, (str, bytes, numbers.Number)) or is_missing(values):
        return [row_value(values)] * rows
    try:
        values = list(values)  # a Series gives its values in order, an array its items
    except TypeError:
        return [row_value(values)] * rows
    if len(values) != rows:
        raise ValueError(f"column {name!r} has {len(values)} values for {rows} completions")
    return [row_value(value) for value in values]


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
