"""The judge's exceptions: one base class, structured fields, picklable (modelled on pint's ``errors.py``).

Each error keeps its message as ``str(error)`` and its facts as attributes named in ``fields``, and
pickles with both, so an error crosses a process pool intact. Errors that were ValueErrors still are;
``VerifyTimeout`` deliberately is not, so an ``except ValueError`` can never swallow a time limit.

>>> error = UnreadableReference("cannot parse reference '1 +': end of input", reference="1 +")
>>> isinstance(error, VerifierError), isinstance(error, ValueError), error.reference
(True, True, '1 +')
>>> import pickle; pickle.loads(pickle.dumps(error)).reference
'1 +'
"""

from __future__ import annotations


class VerifierError(Exception):
    """Base of the judge's errors: a message plus the subclass's ``fields`` as attributes (None when not
    given); an unknown field name raises TypeError.

    >>> NotNumeric("symbol 'x'", what="x").what
    'x'
    """

    fields: tuple[str, ...] = ()

    def __init__(self, message: str = "", **values):
        unknown = sorted(set(values) - set(self.fields))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {unknown[0]!r}; its fields: {self.fields}")
        super().__init__(message)
        for name in self.fields:
            setattr(self, name, values.get(name))

    def field_values(self) -> dict:
        """The structured fields as a dict.

        >>> VerifyTimeout("time limit reached", what="verification").field_values()
        {'what': 'verification'}
        """
        return {name: getattr(self, name) for name in self.fields}

    def __reduce__(self):
        return _rebuild, (type(self), str(self), self.field_values())


def _rebuild(cls, message: str, values: dict) -> VerifierError:
    return cls(message, **values)


class UnreadableReference(VerifierError, ValueError):
    """The gold answer itself cannot be read; the message says why. Field: ``reference`` (its text)."""

    fields = ("reference",)


class ParseError(VerifierError, ValueError):
    """The text is not an answer the grammar reads; the message says where. Field: ``what`` (the token or
    limit it stopped at, where known)."""

    fields = ("what",)


class NotNumeric(VerifierError, ValueError):
    """An expression has a free symbol or unit where a number was needed. Field: ``what`` (that symbol,
    unit or kind of node)."""

    fields = ("what",)


class NotAQuantity(VerifierError):
    """An expression is not a number times units (a symbol that is no unit, units inside a function).
    Internal to ``verifiers.quantity``, where it means "not a quantity". Field: ``what``."""

    fields = ("what",)


class VerifyTimeout(VerifierError):
    """A verification's deadline passed; turned into a ``timeout`` Verdict. Field: ``what`` (what ran out of
    time: the verification, a sympy worker...)."""

    fields = ("what",)


class BadRow(VerifierError, ValueError):
    """A line of a ``physics-verify score`` input that cannot be scored; the message names the line and the
    fix. Field: ``line`` (1-based line number)."""

    fields = ("line",)
