"""The claimrec error hierarchy.

Every error claimrec raises on purpose derives from :class:`ClaimrecError`, and
each also derives from the built-in exception a caller would catch for the same
condition (``ValueError`` for bad input, ``KeyError`` for an unknown name,
``RuntimeError`` for a budget or a convergence failure).

Examples
--------
>>> import claimrec as cr
>>> try:
...     cr.Quantity.parse("lots of")
... except cr.UnparsableValueError as exc:
...     print(exc.field, isinstance(exc, ValueError))
value True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: How much of an offending value an error message quotes; the value itself is kept whole.
_QUOTED_CHARS = 120
#: How many bad lines a FormatError's message lists; ``.problems`` keeps every one.
_LISTED_PROBLEMS = 20


def _quoted(value: Any) -> str:
    """``repr(value)``, cut to a readable length for long hostile input."""
    if isinstance(value, int) and value.bit_length() > 256:
        return f"<an integer of {value.bit_length():,} bits>"
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a hostile value whose repr fails (deep nesting...)
        return f"<a {type(value).__name__} that cannot be shown>"
    if len(text) <= _QUOTED_CHARS:
        return text
    size = f"{len(value):,} characters" if isinstance(value, str | bytes) else type(value).__name__
    return f"{text[: _QUOTED_CHARS - 20]}... ({size})"


__all__ = [
    "ArgumentError",
    "CandidateBudgetError",
    "ClaimrecError",
    "ClaimrecWarning",
    "FormatError",
    "InvalidClaimError",
    "NotConvergedError",
    "UnknownNameError",
    "UnparsableValueError",
]


class ClaimrecError(Exception):
    """Base class of every error claimrec raises on purpose.

    Examples
    --------
    >>> import claimrec as cr
    >>> issubclass(cr.FormatError, cr.ClaimrecError)
    True
    """


class ClaimrecWarning(UserWarning):
    """Warning category for conditions a user should see but that do not stop the work.

    Examples
    --------
    >>> import claimrec as cr
    >>> issubclass(cr.ClaimrecWarning, UserWarning)
    True
    """


class InvalidClaimError(ClaimrecError, ValueError):
    """A field of a claim (or of a value, source or report) has a bad value.

    Parameters
    ----------
    field : str
        The name of the offending field.
    value : object
        The offending value, as given.
    reason : str
        What is wrong with it, in a few words.

    Examples
    --------
    >>> import claimrec as cr
    >>> err = cr.InvalidClaimError("reliability", 1.5, "not in [0, 1]")
    >>> print(err)
    reliability=1.5: not in [0, 1]
    """

    def __init__(self, field: str, value: Any, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}={_quoted(value)}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.value, self.reason))


class ArgumentError(InvalidClaimError, TypeError):
    """A constructor was called with an unknown, missing or positional argument.

    It is also a ``TypeError``, the error Python raises for a bad call, so code that
    catches either keeps working. ``field`` names the argument.

    Examples
    --------
    >>> import claimrec as cr
    >>> try:
    ...     cr.Claim(source="FAMa", subject="militants", predicate="killed", valeu="80")
    ... except cr.ArgumentError as exc:
    ...     print(exc)
    valeu='80': not an argument of Claim (did you mean 'value'?)
    """


class UnparsableValueError(InvalidClaimError):
    """A text could not be parsed as the typed value it should be.

    Examples
    --------
    >>> import claimrec as cr
    >>> print(cr.UnparsableValueError("value", "lots of", "not a quantity"))
    value='lots of': not a quantity
    """


class UnknownNameError(ClaimrecError, KeyError):
    """A name (actor, place, predicate, source, method) is not known.

    Parameters
    ----------
    kind : str
        What kind of name was looked up (``"place"``, ``"method"``...).
    name : str
        The name as given.
    suggestions : sequence of str, optional
        Close known names, best first.

    Examples
    --------
    >>> import claimrec as cr
    >>> print(cr.UnknownNameError("method", "truthfinderr", ["truthfinder"]))
    unknown method 'truthfinderr' (did you mean 'truthfinder'?)
    """

    def __init__(self, kind: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        super().__init__(kind, name)

    def __str__(self) -> str:
        hint = ""
        if self.suggestions:
            hint = " (did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?)"
        return f"unknown {self.kind} {self.name!r}{hint}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.kind, self.name, self.suggestions))


class CandidateBudgetError(ClaimrecError, RuntimeError):
    """Blocking would yield more candidate pairs than ``max_pairs`` allows.

    Parameters
    ----------
    pairs : int
        How many candidate pairs blocking yields.
    max_pairs : int
        The budget that was exceeded.
    largest_blocks : sequence of (str, int)
        The largest blocks, as (block key, number of claims), largest first.

    Examples
    --------
    >>> import claimrec as cr
    >>> err = cr.CandidateBudgetError(5_000_000, 1_000_000, [("killed|ML", 3000)])
    >>> err.pairs, err.largest_blocks
    (5000000, (('killed|ML', 3000),))
    >>> print(err)  # doctest: +ELLIPSIS
    blocking yields 5,000,000 candidate pairs, over max_pairs=1,000,000; largest blocks: ...
    """

    def __init__(
        self, pairs: int, max_pairs: int, largest_blocks: Sequence[tuple[str, int]] = ()
    ) -> None:
        self.pairs = pairs
        self.max_pairs = max_pairs
        self.largest_blocks = tuple(largest_blocks)
        blocks = ", ".join(f"{key!r} ({size:,} claims)" for key, size in self.largest_blocks[:5])
        msg = f"blocking yields {pairs:,} candidate pairs, over max_pairs={max_pairs:,}"
        if blocks:
            msg += f"; largest blocks: {blocks}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.pairs, self.max_pairs, self.largest_blocks))


class NotConvergedError(ClaimrecError, RuntimeError):
    """An iterative estimator did not converge and the caller asked for strictness.

    Examples
    --------
    >>> import claimrec as cr
    >>> print(cr.NotConvergedError(100, 1e-6))
    did not converge within 100 iterations (tol=1e-06)
    """

    def __init__(self, iterations: int, tolerance: float) -> None:
        self.iterations = iterations
        self.tolerance = tolerance
        super().__init__(f"did not converge within {iterations} iterations (tol={tolerance:g})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.iterations, self.tolerance))


class FormatError(ClaimrecError, ValueError):
    """An input file is malformed.

    Parameters
    ----------
    path : str or None
        The file, when known.
    problems : sequence of (int, str)
        Each bad line as (1-based line number, what is wrong); all of them, not only the first.

    Examples
    --------
    >>> import claimrec as cr
    >>> err = cr.FormatError("claims.jsonl", [(3, "not JSON"), (7, "missing 'subject'")])
    >>> err.line
    3
    >>> print(err)
    claims.jsonl: 2 bad lines
      line 3: not JSON
      line 7: missing 'subject'
    """

    def __init__(self, path: str | None, problems: Sequence[tuple[int, str]]) -> None:
        self.path = path
        self.problems = tuple(problems)
        self.line = self.problems[0][0] if self.problems else None
        where = path or "<input>"
        if len(self.problems) == 1:
            line, what = self.problems[0]
            msg = f"{where}, line {line}: {what}"
        else:
            shown = self.problems[:_LISTED_PROBLEMS]
            lines = "\n".join(f"  line {line}: {what}" for line, what in shown)
            msg = f"{where}: {len(self.problems)} bad lines\n{lines}"
            if len(self.problems) > len(shown):
                msg += f"\n  ... and {len(self.problems) - len(shown):,} more (see .problems)"
        super().__init__(msg)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.problems))
