"""The kinds of quantity phrase and the interval helpers every part of the package shares."""

from __future__ import annotations

import math
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from numbers import Real
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from claimrec.errors import InvalidClaimError

if TYPE_CHECKING:
    from claimrec.quantity._core import Quantity

__all__ = ["QuantityKind"]

#: Relative half-width of "about n": n +/- 10 %, widened outwards to whole numbers.
_ABOUT_TOLERANCE = 0.1
_NOT_A_QUANTITY = "not a quantity (expected e.g. '80', 'over 80', '30-40')"


class QuantityKind(str, Enum):
    """The class of phrase a quantity was stated with.

    Two quantities with the same interval but different kinds are different
    statements: "between 24 and 99" is precise, "dozens" is vague. The kind is also
    what reveals a relay that lost a qualifier ("more than 80" repeated as "80").

    Attributes
    ----------
    EXACT
        One number: ``"80"``, ``"eighty"``. ``low == high``.
    ZERO
        A word for none: ``"no"``, ``"none"``, ``"nobody"``, ``"aucun"``.
        ``low == high == 0``. The digit ``"0"`` is EXACT.
    LOWER_BOUND
        ``"over 80"``, ``"at least 30"``, ``"80+"``; unbounded above.
    UPPER_BOUND
        ``"at most 50"``, ``"fewer than 50"``; counts start at 0.
    HIGH_ESTIMATE
        ``"as many as 82"``, ``"up to 82"``, ``"jusqu'à 82"``: a figure that reaches
        82 at most, stated as large. ``best`` is 82; the interval is ``[⌊0.9 n⌋, n]``.
    APPROXIMATE
        ``"about 40"``, ``"a dozen"``, ``"une vingtaine"``; has a ``best`` estimate.
    NEARLY
        ``"nearly 50"``, ``"almost 50"``, ``"près de 50"``: just under the number.
    RANGE
        ``"10-20"``, ``"between 10 and 20"``; also intervals computed by the algebra.
    VAGUE
        A word with no number: ``"dozens"``, ``"several"``, ``"many"``.

    Examples
    --------
    >>> from claimrec.quantity import Quantity, QuantityKind
    >>> Quantity.parse("more than 80").kind is QuantityKind.LOWER_BOUND
    True
    >>> QuantityKind("vague")
    <QuantityKind.VAGUE: 'vague'>
    """

    EXACT = "exact"
    ZERO = "zero"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"
    APPROXIMATE = "approximate"
    NEARLY = "nearly"
    RANGE = "range"
    VAGUE = "vague"
    HIGH_ESTIMATE = "high_estimate"


# --------------------------------------------------------------------------- converters


def _as_float(field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (Real, Decimal)):
        raise InvalidClaimError(field, value, "not a number")
    try:
        return float(value)
    except (OverflowError, ValueError):
        raise InvalidClaimError(field, _short(value), "beyond the range of a float") from None


def _short(value: Any) -> Any:
    """Return a huge number as a short text, so an error message stays readable."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a {value.bit_length()}-bit integer"
    return value


def _number(field: str, value: Any) -> float:
    x = _as_float(field, value)
    if not math.isfinite(x):
        raise InvalidClaimError(field, value, "not finite (use None for an unbounded side)")
    return x + 0.0  # -0.0 -> 0.0


def _to_low(value: Any) -> float | None:
    return None if value is None else _number("low", value)


def _to_high(value: Any) -> float | None:
    return None if value is None else _number("high", value)


def _to_best(value: Any) -> float | None:
    return None if value is None else _number("best", value)


def _to_kind(value: Any) -> QuantityKind:
    if isinstance(value, QuantityKind):
        return value
    if isinstance(value, str):
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return QuantityKind(key)
        except ValueError:
            pass
    choices = ", ".join(k.value for k in QuantityKind)
    raise InvalidClaimError("kind", value, f"not one of {choices}")


def _is_bool(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidClaimError(attribute.name, value, "not True or False")


def _is_text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "not a string")


def _default_kind(self: Quantity) -> QuantityKind:
    return _infer_kind(self.low, self.high)


def _infer_kind(low: float | None, high: float | None) -> QuantityKind:
    if low is None and high is None:
        return QuantityKind.VAGUE
    if high is None:
        return QuantityKind.LOWER_BOUND
    if low is None:
        return QuantityKind.UPPER_BOUND
    return QuantityKind.EXACT if low == high else QuantityKind.RANGE


# ------------------------------------------------------------------------ interval helpers


class _Bounds(NamedTuple):
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool


def _fmt(x: float) -> str:
    """Shortest text that reads back as ``x``: ``81`` not ``81.0``."""
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    return repr(x)


def _interval_text(b: _Bounds) -> str:
    lo = "(-inf" if b.low is None else ("(" if b.low_open else "[") + _fmt(b.low)
    hi = "inf)" if b.high is None else _fmt(b.high) + (")" if b.high_open else "]")
    return f"{lo}, {hi}"


def _normalised(b: _Bounds, *, integer: bool) -> _Bounds | None:
    """Close integer bounds onto whole numbers; None when the interval is empty."""
    low, high = b.low, b.high
    low_open = b.low_open and low is not None
    high_open = b.high_open and high is not None
    if integer:
        if low is not None:
            low = float(math.floor(low) + 1 if low_open else math.ceil(low))
        if high is not None:
            high = float(math.ceil(high) - 1 if high_open else math.floor(high))
        low_open = high_open = False
    if (
        low is not None
        and high is not None
        and (low > high or (low == high and (low_open or high_open)))
    ):
        return None
    return _Bounds(low, high, low_open, high_open)


def _bounds(q: Quantity) -> _Bounds:
    return _Bounds(q.low, q.high, q.low_open, q.high_open)


def _inside(b: _Bounds, x: float) -> bool:
    if b.low is not None and (x < b.low or (x == b.low and b.low_open)):
        return False
    return not (b.high is not None and (x > b.high or (x == b.high and b.high_open)))


def _lower_key(q: Quantity) -> tuple[float, int]:
    """Order lower bounds by restrictiveness: larger value, then open before closed."""
    return (-math.inf, 0) if q.low is None else (q.low, int(q.low_open))


def _upper_key(q: Quantity) -> tuple[float, int]:
    """Order upper bounds: smaller value is more restrictive, then open before closed."""
    return (math.inf, 1) if q.high is None else (q.high, int(not q.high_open))


def _from_keys(lower: tuple[float, int], upper: tuple[float, int]) -> _Bounds:
    low = None if lower[0] == -math.inf else lower[0]
    high = None if upper[0] == math.inf else upper[0]
    return _Bounds(low, high, bool(lower[1]), not upper[1])


def _tolerance(value: Any) -> Fraction:
    t = _number("tolerance", value)
    if not 0 <= t < 1:
        raise InvalidClaimError("tolerance", value, "not in [0, 1)")
    return Fraction(repr(t))  # the decimal the caller wrote: 0.1 is exactly 1/10


def _scaled(x: float, factor: Fraction, *, down: bool, integer: bool) -> float:
    v = Fraction(x) * factor
    if integer:
        return float(math.floor(v) if down else math.ceil(v))
    return float(v)


def _widened(b: _Bounds, t: Fraction, *, integer: bool) -> _Bounds:
    low = high = None
    if b.low is not None:
        low = _scaled(b.low, 1 - t if b.low >= 0 else 1 + t, down=True, integer=integer)
    if b.high is not None:
        high = _scaled(b.high, 1 + t if b.high >= 0 else 1 - t, down=False, integer=integer)
    return _Bounds(low, high, b.low_open, b.high_open)


def _check_kind(kind: QuantityKind, b: _Bounds, best: float | None) -> str | None:
    """Why ``kind`` does not fit the interval, or None when it does."""
    finite = b.low is not None and b.high is not None
    if kind is QuantityKind.ZERO and not (b.low == 0 and b.high == 0):
        return "a zero quantity needs low == high == 0"
    if kind is QuantityKind.EXACT and not (finite and b.low == b.high):
        return "an exact quantity needs low == high"
    if kind is QuantityKind.LOWER_BOUND and not (b.low is not None and b.high is None):
        return "a lower bound needs a low and no high"
    if kind is QuantityKind.UPPER_BOUND and b.high is None:
        return "an upper bound needs a high"
    if kind in (QuantityKind.RANGE, QuantityKind.NEARLY) and not finite:
        return f"a {kind.value} quantity needs both low and high"
    if kind is QuantityKind.APPROXIMATE and best is None:
        return "an approximate quantity needs a best estimate"
    if kind is QuantityKind.HIGH_ESTIMATE and not (finite and best == b.high):
        return "a high estimate needs both low and high, and best == high"
    return None
