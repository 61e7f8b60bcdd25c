"""Quantities as reports state them: an interval, a best estimate and the words used.

Reports rarely give one exact number. "Over 80", "dozens", "about 40", "between 10
and 20" and "une quarantaine" each assert an *interval* of values, sometimes with a
point estimate inside it. :class:`Quantity` stores that interval with the class of
phrase (:class:`QuantityKind`) that stated it, so that later stages can compare
magnitudes, detect agreement within a tolerance, and notice when a relay dropped a
qualifier ("more than 80" repeated as "80").

Examples
--------
>>> from claimrec.quantity import Quantity
>>> q = Quantity.parse("over 80")
>>> q.low, q.high, q.kind.value
(81.0, None, 'lower_bound')
>>> q.contains(80), q.contains(81)
(False, True)
>>> str(Quantity.parse("une quarantaine"))
'about 40'
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from numbers import Real
from typing import Any, NamedTuple

import attrs

from claimrec.errors import InvalidClaimError, UnparsableValueError

__all__ = ["Quantity", "QuantityKind", "number_word"]

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


# ------------------------------------------------------------------------------- Quantity


@attrs.frozen(kw_only=True, repr=False)
class Quantity:
    """A numeric interval as stated in a report, with an optional best estimate.

    Build one with :meth:`parse` (from words) or the constructors :meth:`exact`,
    :meth:`between`, :meth:`at_least`, :meth:`at_most` and :meth:`approximately`.

    Parameters
    ----------
    low, high : float or None
        The bounds; None means unbounded on that side. Stored as floats.
    low_open, high_open : bool, default False
        Whether a bound is excluded. For ``integer`` quantities open bounds are
        closed onto whole numbers at construction: ``low=80, low_open=True``
        becomes ``low=81``.
    best : float or None, default None
        A point estimate inside the interval. A one-point interval gets its only
        value as ``best``.
    integer : bool, default True
        Whether the quantity counts things (people, vehicles). Integer bounds are
        rounded inwards to whole numbers; an interval holding none is an error.
    kind : QuantityKind or str, optional
        The class of phrase; inferred from the bounds when omitted (one point:
        EXACT, no high: LOWER_BOUND, no low: UPPER_BOUND, otherwise RANGE; no
        bounds at all: VAGUE).
    text : str or None, default None
        The original words. Not part of equality: ``"80" == "eighty"``.

    Raises
    ------
    InvalidClaimError
        Naming the field: a bound or ``best`` that is not a finite number,
        ``low > high``, an empty interval, ``best`` outside the interval, or a
        ``kind`` that does not fit the bounds.

    See Also
    --------
    Quantity.parse : read a quantity from words.

    Notes
    -----
    Equality and hashing use every field but ``text``. ``str(q)`` renders the
    fields as words that :meth:`parse` reads back to an equal quantity
    (``Quantity.parse(str(q), integer=q.integer) == q``); a quantity no phrase
    describes renders in interval notation, e.g. ``'[76, 84] (approximate, best 80)'``.

    Examples
    --------
    >>> from claimrec.quantity import Quantity
    >>> Quantity(low=80, low_open=True, high=None)
    Quantity(low=81, high=None, kind=QuantityKind.LOWER_BOUND)
    >>> Quantity.parse("80") == Quantity.parse("eighty")
    True
    >>> Quantity(low=50, high=40)
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidClaimError: low=50.0: greater than high=40
    """

    low: float | None = attrs.field(converter=_to_low)
    high: float | None = attrs.field(converter=_to_high)
    low_open: bool = attrs.field(default=False, validator=_is_bool)
    high_open: bool = attrs.field(default=False, validator=_is_bool)
    best: float | None = attrs.field(default=None, converter=_to_best)
    integer: bool = attrs.field(default=True, validator=_is_bool)
    kind: QuantityKind = attrs.field(
        default=attrs.Factory(_default_kind, takes_self=True), converter=_to_kind
    )
    text: str | None = attrs.field(default=None, eq=False, validator=_is_text)

    def __attrs_post_init__(self) -> None:
        raw = _bounds(self)
        if raw.low is not None and raw.high is not None and raw.low > raw.high:
            raise InvalidClaimError("low", self.low, f"greater than high={_fmt(raw.high)}")
        b = _normalised(raw, integer=self.integer)
        if b is None:
            what = "no whole number in" if self.integer else "empty interval"
            raise InvalidClaimError("low", self.low, f"{what} {_interval_text(raw)}")
        best = self.best
        if best is None and b.low is not None and b.low == b.high:
            best = b.low
        if best is not None and not _inside(b, best):
            raise InvalidClaimError("best", best, f"outside {_interval_text(b)}")
        problem = _check_kind(self.kind, b, best)
        if problem is not None:
            raise InvalidClaimError("kind", self.kind.value, problem)
        object.__setattr__(self, "low", b.low)
        object.__setattr__(self, "high", b.high)
        object.__setattr__(self, "low_open", b.low_open)
        object.__setattr__(self, "high_open", b.high_open)
        object.__setattr__(self, "best", best)

    # ---------------------------------------------------------------- constructors

    @classmethod
    def exact(cls, n: float, *, integer: bool = True) -> Quantity:
        """Return the quantity of exactly ``n``.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> str(Quantity.exact(80)), Quantity.exact(80).best
        ('80', 80.0)
        """
        return cls(low=n, high=n, integer=integer, kind=QuantityKind.EXACT)

    @classmethod
    def between(cls, a: float, b: float, *, integer: bool = True) -> Quantity:
        """Return the closed range from ``a`` to ``b`` (kind RANGE).

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.between(10, 20) == Quantity.parse("between 10 and 20")
        True
        """
        return cls(low=a, high=b, integer=integer, kind=QuantityKind.RANGE)

    @classmethod
    def at_least(cls, n: float, *, integer: bool = True) -> Quantity:
        """Return ``n`` or more, unbounded above (kind LOWER_BOUND).

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.at_least(81) == Quantity.parse("over 80")
        True
        """
        return cls(low=n, high=None, integer=integer, kind=QuantityKind.LOWER_BOUND)

    @classmethod
    def at_most(cls, n: float, *, integer: bool = True) -> Quantity:
        """Return 0 to ``n`` (kind UPPER_BOUND): amounts in reports are never negative.

        Build ``Quantity(low=None, high=n)`` for an interval unbounded below.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> q = Quantity.at_most(50)
        >>> q.low, q.high, q == Quantity.parse("at most 50")
        (0.0, 50.0, True)
        """
        return cls(low=0, high=n, integer=integer, kind=QuantityKind.UPPER_BOUND)

    @classmethod
    def approximately(
        cls, n: float, *, tolerance: float = _ABOUT_TOLERANCE, integer: bool = True
    ) -> Quantity:
        """Return "about ``n``": ``n`` +/- ``tolerance`` (relative), with ``best=n``.

        Integer bounds are widened outwards to whole numbers. The default
        tolerance, 10 %, is the one :meth:`parse` gives "about", "around",
        "some", "une quarantaine" and the like.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> q = Quantity.approximately(45)
        >>> q.low, q.high, q.best
        (40.0, 50.0, 45.0)
        >>> q == Quantity.parse("around 45")
        True
        """
        t = _tolerance(tolerance)
        x = _number("n", n)
        b = _widened(_Bounds(x, x, low_open=False, high_open=False), t, integer=integer)
        return cls(low=b.low, high=b.high, best=x, integer=integer, kind=QuantityKind.APPROXIMATE)

    @classmethod
    def parse(cls, text: str | float | Quantity, *, integer: bool = True) -> Quantity:
        """Read a quantity from the words of a report, in English or French.

        Parameters
        ----------
        text : str, int, float or Quantity
            The amount phrase alone ("over 80", not "over 80 militants"); a
            trailing "of"/"de" is tolerated ("dozens of", "des dizaines de").
            Case, accents and spacing do not matter. A number is read as exact;
            a Quantity is returned unchanged.
        integer : bool, default True
            Whether the amount counts things. With True, "over 80" starts at 81
            and a lone "2.5" is an error; pass False for measurements.

        Returns
        -------
        Quantity
            With ``text`` set to the words given.

        Raises
        ------
        UnparsableValueError
            With ``field='value'`` and the text as ``value``, when the text is
            not an amount, names a fraction of a count, or is an empty or
            reversed range.

        See Also
        --------
        Quantity.conservative : the single figure ACLED-style coding would use.

        Notes
        -----
        The full table, with the reasoning for each row, is in
        ``docs/quantities.md``. In brief, for counts (``integer=True``):

        ======================================  ============  ======  ==============
        phrase                                  interval      best    kind
        ======================================  ============  ======  ==============
        80, eighty, quatre-vingts, 1,200, 3k    [80, 80]      80      exact
        exactly / precisely / a total of 55     [55, 55]      55      exact
        over / more than / plus de 80           [81, inf)             lower_bound
        at least / no fewer than / 80+ / 80     [80, inf)             lower_bound
        or more / au moins 80
        at most / no more than / au plus 50     [0, 50]               upper_bound
        fewer than / less than / under /        [0, 49]               upper_bound
        moins de 50
        as many as / up to / as high as /       [45, 50]      50      high_estimate
        jusqu'à 50
        30-odd, thirty-odd, 30 et quelques      [31, 39]              range
        nearly / almost / close to / près de    [45, 49]              nearly
        50
        about / around / some / ~ / an          [36, 44]      40      approximate
        estimated / environ 40
        a dozen, une douzaine                   [10, 14]      12      approximate
        une dizaine ... une soixantaine,        n +/- 10 %    n       approximate
        une centaine, un millier
        10-20, between 10 and 20, 10 to 20,     [10, 20]              range
        entre 10 et 20, de 10 à 20
        no, none, zero, nobody, aucun           [0, 0]        0       zero
        two dozen, deux douzaines               [21, 27]      24      approximate
        a few, a handful, quelques              [2, 5]                vague
        several, plusieurs                      [3, 9]                vague
        a number of, multiple, un certain       [2, inf)              vague
        nombre
        many, numerous, de nombreux             [3, inf)              vague
        tens, des dizaines                      [20, 99]              vague
        dozens                                  [24, 99]              vague
        scores                                  [40, 99]              vague
        hundreds, des centaines                 [200, 999]            vague
        thousands, des milliers                 [2000, 9999]          vague
        several hundred, plusieurs centaines    [300, 999]            vague
        ======================================  ============  ======  ==============

        "About n" is n +/- 10 % widened outwards to whole numbers; "nearly n" is
        the lower half of that, excluding n. The plural of a unit u ("dozens",
        "hundreds") means at least two u and less than the next power of ten
        above u (100 for tens, dozens and scores; 1000 for hundreds).

        Phrases longer than 200 characters are refused (an amount phrase is a
        few words), so parsing takes bounded time; amounts above 10**15 are
        refused with a claimrec error rather than overflowing.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> q = Quantity.parse("plus d'une vingtaine")
        >>> q.low, q.high
        (21.0, None)
        >>> Quantity.parse("10-20") == Quantity.parse("entre dix et vingt")
        True
        >>> Quantity.parse("1.5 million").low
        1500000.0
        >>> Quantity.parse("lots of")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnparsableValueError: value='lots of': not a quantity (expected ...)
        """
        if isinstance(text, Quantity):
            return text
        if not isinstance(integer, bool):
            raise InvalidClaimError("integer", integer, "not True or False")
        if isinstance(text, str):
            return _parse_cached(text, integer)
        try:
            return cls.exact(_number("value", text), integer=integer)
        except InvalidClaimError as exc:
            reason = _NOT_A_QUANTITY if exc.reason == "not a number" else exc.reason
            raise UnparsableValueError("value", _short(text), reason) from None

    @classmethod
    def partition(cls, text: str, *, integer: bool = True) -> tuple[Quantity | None, str]:
        """Split the amount at the start of ``text`` from the words after it.

        The longest leading run of words that :meth:`parse` reads is the amount
        ("dozens of soldiers" gives "dozens" and "soldiers"); a lone article
        before one noun ("a civilian", "un soldat") is read as one. Nothing is
        guessed beyond that: the caller decides what the remaining words mean.

        Returns
        -------
        (Quantity or None, str)
            The amount (None when ``text`` does not start with one) and the rest.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> q, rest = Quantity.partition("dozens of soldiers")
        >>> str(q), rest
        ('dozens', 'soldiers')
        >>> q, rest = Quantity.partition("30 days")
        >>> q.low, rest
        (30.0, 'days')
        >>> Quantity.partition("heavy losses")
        (None, 'heavy losses')
        """
        if not isinstance(text, str):
            raise InvalidClaimError("text", text, "not a string")
        words = text.split()
        if len(text) > _MAX_PHRASE * 4:
            words = words[:_PARTITION_WORDS]
        for k in range(min(len(words), _PARTITION_WORDS), 0, -1):
            head = " ".join(words[:k])
            try:
                return _parse_cached(head, integer), " ".join(words[k:])
            except UnparsableValueError:
                continue
        if len(words) == 2 and _prepare(words[0]) in _ARTICLES:
            return cls.exact(1, integer=integer), words[1]
        return None, " ".join(words)

    # ---------------------------------------------------------------- properties

    @property
    def is_point(self) -> bool:
        """Whether the interval holds a single value.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("80").is_point, Quantity.parse("over 80").is_point
        (True, False)
        """
        return self.low is not None and self.low == self.high

    @property
    def width(self) -> float:
        """``high - low``; ``inf`` when a side is unbounded.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("10-20").width, Quantity.parse("over 80").width
        (10.0, inf)
        """
        if self.low is None or self.high is None:
            return math.inf
        return self.high - self.low

    @property
    def center(self) -> float:
        """The magnitude to compare: ``best``, else the midpoint, else the finite bound.

        ``nan`` for a quantity unbounded on both sides.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("about 40").center, Quantity.parse("10-20").center
        (40.0, 15.0)
        >>> Quantity.parse("over 80").center
        81.0
        """
        if self.best is not None:
            return self.best
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        if self.low is not None:
            return self.low
        if self.high is not None:
            return self.high
        return math.nan

    @property
    def conservative(self) -> float:
        """The single figure a conservative, ACLED-style coding would record.

        ACLED's published fatality methodology records the most conservative
        estimate when reports are vague or differ, and codes plural round words
        as one unit: "tens" as 10, "dozens" as 12, "hundreds" as 100 (see
        References). Following that rule:

        - a stated figure (EXACT, APPROXIMATE) is the figure itself:
          "about 40" gives 40;
        - a plural unit word gives one unit, below its own interval:
          "dozens" gives 12, "scores" 20, "thousands" 1000;
        - everything else gives the lowest value the words assert:
          "over 80" gives 81, "10-20" gives 10, "several" gives 3,
          "several hundred" gives 300, "nearly 50" gives 45; upper bounds
          ("up to 50") commit to no minimum and give 0.

        Returns the center for an interval unbounded below.

        References
        ----------
        .. [1] ACLED, "Fatalities", in *Uses and limitations of ACLED data*
           (knowledge base, 2023), https://acleddata.com/knowledge-base/

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> [Quantity.parse(p).conservative for p in ("dozens", "over 80", "several")]
        [12.0, 81.0, 3.0]
        """
        if self.kind is QuantityKind.APPROXIMATE and self.best is not None:
            return self.best
        if self.kind is QuantityKind.VAGUE:
            entry = _VAGUE_BY_BOUNDS.get((self.low, self.high))
            if entry is not None:
                return float(entry.conservative)
        if self.low is not None:
            return self.low
        return self.center

    # ----------------------------------------------------------------- algebra

    def contains(self, x: float) -> bool:
        """Whether ``x`` is a value of this quantity.

        Integer quantities hold whole numbers only: ``48.5`` is not a possible
        count, even between the bounds. Non-finite ``x`` is never contained.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> q = Quantity.parse("fewer than 50")
        >>> q.contains(49), q.contains(50), q.contains(48.5)
        (True, False, False)
        """
        v = _as_float("x", x)
        if not math.isfinite(v):
            return False
        if self.integer and not v.is_integer():
            return False
        return _inside(_bounds(self), v)

    def intersection(self, other: Quantity) -> Quantity | None:
        """Return the values both quantities allow, or None if there are none.

        The result is a plain interval: its kind is inferred from its bounds and
        it keeps no best estimate (except the value of a one-point result). It
        counts whole numbers if either operand does.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> str(Quantity.parse("over 80").intersection(Quantity.parse("70-90")))
        '81-90'
        >>> Quantity.parse("dozens").intersection(Quantity.parse("hundreds")) is None
        True
        """
        integer = self.integer or other.integer
        raw = _from_keys(
            max(_lower_key(self), _lower_key(other)), min(_upper_key(self), _upper_key(other))
        )
        b = _normalised(raw, integer=integer)
        if b is None:
            return None
        return Quantity(
            low=b.low, high=b.high, low_open=b.low_open, high_open=b.high_open, integer=integer
        )

    def overlaps(self, other: Quantity) -> bool:
        """Whether the two quantities share at least one value.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("dozens").overlaps(Quantity.parse("over 80"))
        True
        >>> Quantity.parse("a few").overlaps(Quantity.parse("dozens"))
        False
        """
        return self.intersection(other) is not None

    def hull(self, other: Quantity) -> Quantity:
        """Return the smallest interval holding both quantities.

        Like :meth:`intersection`, the result is a plain interval with an
        inferred kind and no best estimate; it counts whole numbers only if both
        operands do.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> str(Quantity.parse("10-20").hull(Quantity.parse("over 80")))
        'at least 10'
        """
        lower = min(_lower_key(self), _lower_key(other))
        upper = max(_upper_key(self), _upper_key(other))
        b = _from_keys(lower, upper)
        return Quantity(
            low=b.low,
            high=b.high,
            low_open=b.low_open,
            high_open=b.high_open,
            integer=self.integer and other.integer,
        )

    def contains_interval(self, other: Quantity) -> bool:
        """Whether every value of ``other`` is a value of this quantity.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> over_80 = Quantity.parse("over 80")
        >>> over_80.contains_interval(Quantity.parse("about 100"))
        True
        >>> over_80.issuperset(Quantity.parse("80-100"))
        False
        """
        if self.integer and not other.integer:
            # a real interval holds non-whole numbers unless it is one point
            return other.is_point and other.low is not None and self.contains(other.low)
        if self.low is not None:
            if other.low is None or other.low < self.low:
                return False
            if other.low == self.low and self.low_open and not other.low_open:
                return False
        if self.high is not None:
            if other.high is None or other.high > self.high:
                return False
            if other.high == self.high and self.high_open and not other.high_open:
                return False
        return True

    issuperset = contains_interval

    def issubset(self, other: Quantity) -> bool:
        """Whether every value of this quantity is a value of ``other``.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("85").issubset(Quantity.parse("over 80"))
        True
        """
        return other.contains_interval(self)

    def widen(self, tolerance: float) -> Quantity:
        """Return this quantity with each finite bound moved out by ``tolerance`` (relative).

        Integer bounds move outwards to whole numbers. An exact quantity (or a
        high estimate) that widens becomes APPROXIMATE with its value as ``best``; other kinds are
        kept. ``text`` is dropped.

        Parameters
        ----------
        tolerance : float
            Relative widening in [0, 1): 0.05 moves 100 to [95, 105].

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> str(Quantity.parse("50").widen(0.05))
        '[47, 53] (approximate, best 50)'
        >>> Quantity.parse("40").widen(0.1) == Quantity.parse("about 40")
        True
        """
        t = _tolerance(tolerance)
        if t == 0:
            return self
        b = _widened(_bounds(self), t, integer=self.integer)
        kind = self.kind
        if kind in (QuantityKind.EXACT, QuantityKind.HIGH_ESTIMATE) and b.low != b.high:
            kind = QuantityKind.APPROXIMATE
        return attrs.evolve(self, low=b.low, high=b.high, best=self.best, kind=kind, text=None)

    def agrees_with(self, other: Quantity, *, tolerance: float = 0.05) -> bool:
        """Whether the quantities overlap once each is widened by ``tolerance``.

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> Quantity.parse("50").agrees_with(Quantity.parse("52"))
        True
        >>> Quantity.parse("50").agrees_with(Quantity.parse("60"))
        False
        >>> Quantity.parse("50").agrees_with(Quantity.parse("60"), tolerance=0.1)
        True
        """
        return self.widen(tolerance).overlaps(other.widen(tolerance))

    def magnitude_ratio(self, other: Quantity) -> float:
        """How many times larger the larger :attr:`center` is: ``max / min`` (>= 1).

        ``inf`` when one center is 0 and the other is not, 1.0 when both are 0,
        ``nan`` when a center is undefined (a quantity unbounded on both sides).

        Examples
        --------
        >>> from claimrec.quantity import Quantity
        >>> round(Quantity.parse("over 90").magnitude_ratio(Quantity.parse("at least 20")), 2)
        4.55
        >>> Quantity.parse("none").magnitude_ratio(Quantity.parse("3"))
        inf
        """
        a, b = abs(self.center), abs(other.center)
        if math.isnan(a) or math.isnan(b):
            return math.nan
        if a == 0 and b == 0:
            return 1.0
        if a == 0 or b == 0:
            return math.inf
        return max(a, b) / min(a, b)

    # ------------------------------------------------------------------- text

    def __str__(self) -> str:
        for phrase in _phrases(self):
            if _reads_back(phrase, self):
                return phrase
        return _bracket_text(self)

    def __repr__(self) -> str:
        parts = [
            f"low={'None' if self.low is None else _fmt(self.low)}",
            f"high={'None' if self.high is None else _fmt(self.high)}",
        ]
        if self.low_open:
            parts.append("low_open=True")
        if self.high_open:
            parts.append("high_open=True")
        if self.best is not None and not self.is_point:
            parts.append(f"best={_fmt(self.best)}")
        if not self.integer:
            parts.append("integer=False")
        parts.append(f"kind=QuantityKind.{self.kind.name}")
        if self.text is not None:
            parts.append(f"text={self.text!r}")
        return f"Quantity({', '.join(parts)})"


# ---------------------------------------------------------------------------- rendering


def _phrases(q: Quantity) -> list[str]:
    """Candidate phrases for ``q``, most natural first; :meth:`__str__` checks each."""
    kind, low, high = q.kind, q.low, q.high
    out: list[str] = []
    if kind is QuantityKind.ZERO:
        out.append("none")
    elif kind is QuantityKind.EXACT and low is not None:
        out.append(_fmt(low))
    elif kind is QuantityKind.APPROXIMATE and q.best is not None:
        out.append(f"about {_fmt(q.best)}")
    elif kind is QuantityKind.LOWER_BOUND and low is not None:
        if q.integer and low >= 1:  # "over 80" or "at least 30": as stated, else the rounder
            over, least = f"over {_fmt(low - 1)}", f"at least {_fmt(low)}"
            stated = _stated_op(q.text)
            if stated in (_GT, _GE):
                out += [over, least] if stated == _GT else [least, over]
            else:
                out += [least, over] if _roundness(low) > _roundness(low - 1) else [over, least]
        out.append(f"{'over' if q.low_open else 'at least'} {_fmt(low)}")
    elif kind is QuantityKind.UPPER_BOUND and high is not None:
        if q.integer:  # "at most 50" or "fewer than 50": as stated, else the rounder
            upto, fewer = f"at most {_fmt(high)}", f"fewer than {_fmt(high + 1)}"
            stated = _stated_op(q.text)
            if stated in (_LE, _LT):
                out += [fewer, upto] if stated == _LT else [upto, fewer]
            else:
                out += [fewer, upto] if _roundness(high + 1) > _roundness(high) else [upto, fewer]
        out.append(f"{'under' if q.high_open else 'at most'} {_fmt(high)}")
    elif kind is QuantityKind.HIGH_ESTIMATE and q.best is not None:
        out.append(f"as many as {_fmt(q.best)}")
    elif kind is QuantityKind.NEARLY and high is not None:
        out.append(f"nearly {_fmt(high + 1 if q.integer else high)}")
    elif kind is QuantityKind.RANGE and low is not None and high is not None:
        out.append(f"{_fmt(low)}-{_fmt(high)}")
    elif kind is QuantityKind.VAGUE:
        entry = _VAGUE_BY_BOUNDS.get((low, high))
        if entry is not None:
            out.append(entry.phrase)
    return out


def _stated_op(text: str | None) -> str | None:
    """Return the bound operator the original words used ("at least" -> ge), if any."""
    if text is None or len(text) > _MAX_PHRASE:
        return None
    s = _prepare(text)
    for prefix in _PREFIX_ORDER:
        if s.startswith(prefix):
            return _PREFIXES[prefix]
    for suffix in _SUFFIX_ORDER:
        if s.endswith(suffix):
            return _SUFFIXES[suffix]
    return None


def _roundness(x: float) -> tuple[int, bool]:
    """How round a whole number reads: trailing zeros, then divisible by 5."""
    if not x.is_integer() or x == 0:
        return (0, False)
    n, zeros = int(abs(x)), 0
    while n % 10 == 0:
        n, zeros = n // 10, zeros + 1
    return (zeros, n % 5 == 0)


def _reads_back(phrase: str, q: Quantity) -> bool:
    try:
        return _parse_cached(phrase, q.integer) == q
    except InvalidClaimError:
        return False


def _bracket_text(q: Quantity) -> str:
    extra = f", best {_fmt(q.best)}" if q.best is not None and not q.is_point else ""
    return f"{_interval_text(_bounds(q))} ({q.kind.value}{extra})"


# ------------------------------------------------------------------------------ parsing


class _RejectError(Exception):
    """A specific reason the phrase is not an amount."""


class _Num(NamedTuple):
    value: Fraction
    scale: int  # the multiplier word or suffix, 1 if none ("2 million" -> 1_000_000)
    approx: bool  # an approximate noun: "a dozen", "une vingtaine"


class _Vague(NamedTuple):
    phrase: str  # canonical phrase, for rendering
    low: float
    high: float | None
    conservative: int


_APOSTROPHES = "'`\u2018\u2019\u02bc\u02bb\u00b4"
_PREPARE = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u202f\u2009\u2007", " "),
        "\u2265": ">=",
        "\u2264": "<=",
        "\u2248": "~",
    }
)
_SPACES = re.compile(r"\s+")
_TRAILING_OF = re.compile(r"\s+(?:of|de|d)$")


def _prepare(text: str) -> str:
    """Casefold, drop accents, map dashes and apostrophes; keep ``.,+-~<>``."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_PREPARE))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    plain = _SPACES.sub(" ", plain).strip()
    stripped = _TRAILING_OF.sub("", plain)
    return stripped or plain


# number words: additive values and multipliers, English and French in one table
def _listed(words: str, sep: str = " ") -> list[str]:
    """Split a table written as one string (kept on one line for reading)."""
    return words.split(sep)


_ADD = {
    **dict(
        zip(_listed("one two three four five six seven eight nine ten"), range(1, 11), strict=True)
    ),
    **dict(
        zip(
            _listed("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
            range(11, 20),
            strict=True,
        )
    ),
    **dict(
        zip(
            _listed("twenty thirty forty fifty sixty seventy eighty ninety"),
            range(20, 100, 10),
            strict=True,
        )
    ),
    **dict(
        zip(_listed("un deux trois quatre cinq six sept huit neuf dix"), range(1, 11), strict=True)
    ),
    **dict(zip(_listed("onze douze treize quatorze quinze seize"), range(11, 17), strict=True)),
    "une": 1,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}


_HUNDRED = frozenset({"hundred", "cent", "cents"})
_ET_NEXT = frozenset({"un", "une", "onze"})
_SCALE_WORDS = {
    "thousand": 1000,
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
}
_SUFFIX_SCALE = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "hundred": 100,
    "thousand": 1000,
    "mille": 1000,
    "millier": 1000,
    "milliers": 1000,
    **{w: v for w, v in _SCALE_WORDS.items() if v >= 10**6},
}
_SCALE_ALT = "|".join(sorted(_SUFFIX_SCALE, key=len, reverse=True))
# 1,200 / 12,000.5 / 1 200 / 1 200,5 / 1.200 / 1.200.000 / 1.200,5 (French thousands)
_GROUPED = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
)
_PLAIN = r"\d+(?:[.,]\d+)?"  # 80 / 1.5 / 1,5 (a decimal comma: never three digits)
_DIGITS = re.compile(rf"(?P<num>{_GROUPED}|{_PLAIN})(?:\s*(?P<scale>{_SCALE_ALT}))?")
_AMOUNT = rf"(?:{_GROUPED}|{_PLAIN})(?:\s*(?:{_SCALE_ALT}))?"
#: The longest phrase read as an amount, and the largest amount: beyond them, a claimrec error.
_MAX_PHRASE = 200
_MAX_AMOUNT = 10**15
#: "30-odd", "thirty odd", "30 et quelques": more than n, below n plus its last round unit.
_ODD = re.compile(r"(?P<n>.+?)(?:\s*-\s*|\s+)(?:odd|et quelques|et quelque)")
#: "two dozen", "deux douzaines": n times twelve, approximately.
_DOZEN = re.compile(r"(?P<n>.+?)\s+(?:dozen|douzaines?)")
_DASH_RANGE = re.compile(rf"(?P<a>{_AMOUNT})\s*-\s*(?P<b>{_AMOUNT})")

# approximate nouns: "une vingtaine" is about 20
_APPROX_NOUNS = {
    "a dozen": 12,
    "une dizaine": 10,
    "une douzaine": 12,
    "une quinzaine": 15,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une centaine": 100,
    "un millier": 1000,
}

_ZERO_WORDS = frozenset(
    {"no", "none", "zero", "nobody", "no one", "no-one", "noone", "nil", "aucun", "aucune"}
)


def _vague_table() -> dict[str, _Vague]:
    table: dict[str, _Vague] = {}

    def add(phrases: str, low: int, high: int | None, conservative: int) -> None:
        names = phrases.split("|")
        entry = _Vague(names[0], float(low), None if high is None else float(high), conservative)
        for name in names:  # keys as _prepare leaves them: "a number of" -> "a number"
            table.setdefault(_TRAILING_OF.sub("", name), entry)

    add("a couple", 2, 3, 2)
    add("a few|a handful|quelques|une poignee", 2, 5, 2)
    add("several|plusieurs", 3, 9, 3)
    add("a number of|un certain nombre|multiple|multiples", 2, None, 2)
    add("many|numerous|de nombreux|de nombreuses|nombreux|nombreuses|beaucoup", 3, None, 3)
    # the plural of a unit u: at least two u, below the next power of ten above u
    plural_units = (
        ("tens|dizaines|des dizaines", 10),
        ("dozens|douzaines|des douzaines", 12),
        ("scores", 20),
        ("hundreds|centaines|des centaines", 100),
        ("thousands|milliers|des milliers", 1000),
        ("tens of thousands|dizaines de milliers|des dizaines de milliers", 10**4),
        ("hundreds of thousands|centaines de milliers|des centaines de milliers", 10**5),
        ("millions|des millions", 10**6),
    )
    for phrases, unit in plural_units:
        add(phrases, 2 * unit, 10 ** len(str(unit)) - 1, unit)
    # a vague multiplier times a unit: "several hundred" is 300-999
    multipliers = (("several", "plusieurs", 3, 9), ("a few", "quelques", 2, 5))
    units = (
        ("dozen|dozens", "douzaines", 12),
        ("", "dizaines", 10),
        ("hundred|hundreds", "centaines", 100),
        ("thousand|thousands", "milliers", 1000),
        ("million|millions", "millions", 10**6),
    )
    for english, french, m_low, m_high in multipliers:
        for en_units, fr_unit, unit in units:
            names = [f"{english} {u}" for u in en_units.split("|") if u]
            names.append(f"{french} {fr_unit}")
            add("|".join(names), m_low * unit, (m_high + 1) * unit - 1, m_low * unit)
    return table


_VAGUE = _vague_table()
_NUMBER_WORDS = frozenset(
    {*_ADD, *_HUNDRED, *_SCALE_WORDS, *_ZERO_WORDS - {"no"}, "dozen", "dozens", "douzaine",
     "douzaines", "dizaines", "centaines", "milliers", "several", "plusieurs", "multiple",
     "multiples", "numerous", "many", "scores", "tens", "hundreds", "thousands", "millions",
     "quelques", "few", "handful"} - {"une", "un"}
)  # fmt: skip
#: The canonical (first registered) entry of each vague interval, for rendering.
_VAGUE_BY_BOUNDS: dict[tuple[float | None, float | None], _Vague] = {}
for _entry in _VAGUE.values():
    _VAGUE_BY_BOUNDS.setdefault((_entry.low, _entry.high), _entry)


def _words(text: str) -> int | None:
    """Value of number words ("one hundred and twenty", "quatre-vingt-dix"), else None."""
    tokens = [t for t in re.split(r"[\s-]+", text) if t]
    if not tokens or tokens[0] in ("and", "et") or tokens[-1] in ("and", "et"):
        return None
    total, group = 0, 0
    last_add, last_scale = 1000, 10**12  # additive words must descend within a group
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("and", "et"):
            # "one hundred and twenty", "two thousand and five"; "vingt et un", "soixante et onze"
            prev = tokens[i - 1]
            ok = prev in _HUNDRED or prev in _SCALE_WORDS if tok == "and" else nxt in _ET_NEXT
            if not ok:
                return None
            i += 1
            continue
        if tok == "quatre" and nxt in ("vingt", "vingts"):
            tok, i = "quatre-vingts", i + 1
            value: int | None = 80
        elif tok in ("a", "an") and i == 0 and (nxt in _HUNDRED or nxt in _SCALE_WORDS):
            value = 1
        else:
            value = _ADD.get(tok)
        if value is not None:
            if value >= last_add:
                return None
            group += value
            last_add = value
        elif tok in _HUNDRED:
            if group >= 100:
                return None
            group = (group or 1) * 100
            last_add = 100
        elif tok in _SCALE_WORDS:
            scale = _SCALE_WORDS[tok]
            if scale >= last_scale or group >= 1000:
                return None
            total += (group or 1) * scale
            group, last_add, last_scale = 0, 1000, scale
        else:
            return None
        i += 1
    return total + group


def _parse_number(text: str) -> _Num | None:
    found = _parse_number_unchecked(text)
    if found is not None and abs(found.value) > _MAX_AMOUNT:
        raise _RejectError(f"beyond the largest amount read ({_MAX_AMOUNT:.0e})")
    return found


def _grouped_digits(raw: str) -> str:
    """Plain decimal text of a number with thousands separators ("1.200,5" -> "1200.5")."""
    if "," in raw and ("." in raw.split(",", 1)[0] or " " in raw):
        return raw.replace(".", "").replace(" ", "").replace(",", ".")  # 1.200,5 / 1 200,5
    if "," in raw:
        return raw.replace(",", "")  # 1,200 / 1,200.5
    if " " in raw:
        return raw.replace(" ", "")  # 1 200 / 1 200.5
    return raw.replace(".", "")  # 1.200 / 1.200.000


def _parse_number_unchecked(text: str) -> _Num | None:
    text = text.strip()
    if text in _APPROX_NOUNS:
        return _Num(Fraction(_APPROX_NOUNS[text]), 1, approx=True)
    dozen = _DOZEN.fullmatch(text)
    if dozen:
        n = _parse_number_unchecked(dozen["n"]) if not dozen["n"].endswith("dozen") else None
        if n is None or n.approx:
            return None
        return _Num(n.value * 12, 1, approx=True)
    m = _DIGITS.fullmatch(text)
    if m:
        raw = m["num"]
        raw = _grouped_digits(raw) if re.fullmatch(_GROUPED, raw) else raw.replace(",", ".")
        try:
            base = Fraction(Decimal(raw))
        except InvalidOperation:  # pragma: no cover - the regex admits only decimals
            return None
        scale = _SUFFIX_SCALE[m["scale"]] if m["scale"] else 1
        return _Num(base * scale, scale, approx=False)
    value = _words(text)
    if value is None:
        return None
    return _Num(Fraction(value), 1, approx=False)


_GT, _GE, _LE, _LT, _NEARLY, _ABOUT = "gt", "ge", "le", "lt", "nearly", "about"
_HIGH = "high"
_PREFIXES = {
    **dict.fromkeys(
        _listed(
            "over|more than|above|in excess of|upwards of|well over|just over|plus de|plus d"
            "|au dela de|au dela d|>",
            "|",
        ),
        _GT,
    ),
    **dict.fromkeys(
        _listed(
            "at least|no fewer than|no less than|not fewer than|not less than|a minimum of"
            "|au moins|pas moins de|pas moins d|au minimum|>=",
            "|",
        ),
        _GE,
    ),
    **dict.fromkeys(
        _listed(
            "at most|no more than|not more than|a maximum of|au plus|au maximum"
            "|pas plus de|pas plus d|<=",
            "|",
        ),
        _LE,
    ),
    **dict.fromkeys(
        _listed(
            "up to|as many as|as high as|as much as|jusqu a|jusqu au",
            "|",
        ),
        _HIGH,
    ),
    **dict.fromkeys(_listed("fewer than|less than|under|below|moins de|moins d|<", "|"), _LT),
    **dict.fromkeys(
        _listed(
            "nearly|almost|close to|just under|presque|pres de|pres d|pas loin de|quasiment", "|"
        ),
        _NEARLY,
    ),
    **dict.fromkeys(
        _listed(
            "about|around|some|roughly|approximately|approx.|approx|an estimated|estimated"
            "|circa|ca.|c.|~|environ|quelque|a peu pres|approximativement|autour de|autour d"
            "|aux alentours de|aux alentours d",
            "|",
        ),
        _ABOUT,
    ),
}
_PREFIX_ORDER = sorted(_PREFIXES, key=len, reverse=True)
_SUFFIXES = {
    "+": _GE,
    "or more": _GE,
    "and more": _GE,
    "or over": _GE,
    "and over": _GE,
    "ou plus": _GE,
    "et plus": _GE,
    "or fewer": _LE,
    "or less": _LE,
    "ou moins": _LE,
    "or so": _ABOUT,
    "environ": _ABOUT,
}
_SUFFIX_ORDER = sorted(_SUFFIXES, key=len, reverse=True)
_RANGE_FORMS = (
    (re.compile(r"(?:between|entre) (?P<body>.+)"), re.compile(r" (?:and|et) ")),
    (re.compile(r"(?:from|de|d) (?P<body>.+)"), re.compile(r" (?:to|a|au) ")),
)
_BARE_RANGE_SEP = re.compile(r" (?:to|a|or|ou) ")
_NUM = r"-?(?:\d+(?:\.\d*)?(?:e[+-]?\d+)?|inf)"
_BRACKET = re.compile(
    rf"(?P<lb>[\[(])\s*(?P<low>{_NUM})\s*,\s*(?P<high>\+?{_NUM})\s*(?P<rb>[\])])"
    rf"(?:\s*\(\s*(?P<kind>[a-z_]+)\s*(?:,\s*best\s+(?P<best>{_NUM}))?\s*\))?"
)


def _build(op: str, n: Fraction, *, integer: bool) -> dict[str, Any]:
    x = float(n)
    t = Fraction(1, 10)
    if op == _GT:
        return {"low": x, "low_open": True, "high": None, "kind": QuantityKind.LOWER_BOUND}
    if op == _GE:
        return {"low": x, "high": None, "kind": QuantityKind.LOWER_BOUND}
    if op in (_LE, _LT):
        return {"low": 0, "high": x, "high_open": op == _LT, "kind": QuantityKind.UPPER_BOUND}
    if op == _HIGH:
        low = _scaled(x, 1 - t, down=True, integer=integer)
        return {"low": low, "high": x, "best": x, "kind": QuantityKind.HIGH_ESTIMATE}
    if op == _NEARLY:
        low = _scaled(x, 1 - t, down=True, integer=integer)
        return {"low": low, "high": x, "high_open": True, "kind": QuantityKind.NEARLY}
    b = _widened(_Bounds(x, x, low_open=False, high_open=False), t, integer=integer)  # _ABOUT
    return {"low": b.low, "high": b.high, "best": x, "kind": QuantityKind.APPROXIMATE}


def _range(a: _Num, b: _Num) -> dict[str, Any] | None:
    low, high = a.value, b.value
    if b.scale > 1 and a.scale == 1 and not a.approx and low * b.scale <= high:
        low *= b.scale  # "1.5-2 million", "10-20 thousand"
    if low > high:
        raise _RejectError("range ends before it starts")
    return {"low": float(low), "high": float(high), "kind": QuantityKind.RANGE}


def _split_range(body: str, sep: re.Pattern[str]) -> dict[str, Any] | None:
    for m in sep.finditer(body):
        a = _parse_number(body[: m.start()])
        b = _parse_number(body[m.end() :])
        if a is not None and b is not None:
            return _range(a, b)
    return None


def _bracket(s: str) -> dict[str, Any] | None:
    m = _BRACKET.fullmatch(s)
    if m is None:
        return None
    low = None if m["low"] in ("-inf", "inf") else float(m["low"])
    high = None if m["high"].lstrip("+") == "inf" else float(m["high"])
    fields: dict[str, Any] = {
        "low": low,
        "high": high,
        "low_open": m["lb"] == "(",
        "high_open": m["rb"] == ")",
    }
    if m["kind"]:
        fields["kind"] = m["kind"]
    if m["best"]:
        fields["best"] = float(m["best"])
    return fields


#: At most this many leading words are tried as an amount by :meth:`Quantity.partition`.
_PARTITION_WORDS = 8
_ARTICLES = frozenset({"a", "an", "un", "une", "one"})


def number_word(text: str) -> str | None:
    """Return the first word of ``text`` that is a number or a number word, or None.

    Used to warn about text that holds an amount the parser did not read.

    Examples
    --------
    >>> from claimrec.quantity import number_word
    >>> number_word("killed dozens in Kayes"), number_word("heavy losses")
    ('dozens', None)
    """
    for raw in re.split(r"[\s,;:()]+", text[: _MAX_PHRASE * 4]):
        word = _prepare(raw).strip(".-")
        if not word:
            continue
        if any(ch.isdigit() for ch in word) or (word in _NUMBER_WORDS and word != "one"):
            return raw  # "one" alone is as often a pronoun ("part of one") as a number
    return None


#: Words that stress an exact figure ("exactly 55", "a total of 30"); what follows must be exact.
_EXACT_PREFIXES = (
    "exactly ", "precisely ", "a total of ", "in all ", "exactement ", "precisement ",
    "un total de ", "au total ",
)  # fmt: skip


def _fields(s: str, *, integer: bool) -> dict[str, Any] | None:
    """Return the constructor arguments the prepared phrase ``s`` denotes, or None."""
    stressed = False
    stripping = True
    while stripping:  # a loop, not recursion: "exactly exactly ... 5" is read in linear time
        stripping = False
        for prefix in _EXACT_PREFIXES:
            if s.startswith(prefix):
                s, stressed, stripping = s[len(prefix) :], True, True
    inner = _plain_fields(s, integer=integer)
    if stressed and (inner is None or inner.get("kind") is not QuantityKind.EXACT):
        return None
    return inner


def _odd(s: str) -> dict[str, Any] | None:
    """Read "30-odd": above n, below n plus its last round unit (31-39)."""
    m = _ODD.fullmatch(s)
    if m is None:
        return None
    n = _parse_number(m["n"])
    if n is None or n.approx or n.value.denominator != 1 or n.value < 10:
        return None
    whole = int(n.value)
    unit = 10
    while whole % (unit * 10) == 0:
        unit *= 10
    return {"low": whole + 1, "high": whole + unit - 1, "kind": QuantityKind.RANGE}


def _plain_fields(s: str, *, integer: bool) -> dict[str, Any] | None:
    if s in _ZERO_WORDS:
        return {"low": 0, "high": 0, "kind": QuantityKind.ZERO}
    vague = _VAGUE.get(s)
    if vague is not None:
        return {"low": vague.low, "high": vague.high, "kind": QuantityKind.VAGUE}
    if s[:1] in "[(":
        return _bracket(s)
    for suffix in _SUFFIX_ORDER:
        if s.endswith(suffix) and (suffix == "+" or s[: -len(suffix)].endswith(" ")):
            n = _parse_number(s[: -len(suffix)])
            if n is not None:
                return _build(_SUFFIXES[suffix], n.value, integer=integer)
    for prefix in _PREFIX_ORDER:
        if s.startswith(prefix):
            rest = s[len(prefix) :]
            if prefix[-1].isalpha() and not rest.startswith(" "):
                continue
            n = _parse_number(rest)
            if n is not None:
                return _build(_PREFIXES[prefix], n.value, integer=integer)
    for form, sep in _RANGE_FORMS:
        m = form.fullmatch(s)
        if m:
            found = _split_range(m["body"], sep)
            if found is not None:
                return found
    odd = _odd(s)
    if odd is not None:
        return odd
    dash = _DASH_RANGE.fullmatch(s)
    if dash:
        a, b = _parse_number(dash["a"]), _parse_number(dash["b"])
        if a is not None and b is not None:
            return _range(a, b)
    found = _split_range(s, _BARE_RANGE_SEP)
    if found is not None:
        return found
    n = _parse_number(s)
    if n is None:
        return None
    if n.approx:
        return _build(_ABOUT, n.value, integer=integer)
    if integer and n.value.denominator != 1:
        raise _RejectError("not a whole number (pass integer=False for a measurement)")
    x = float(n.value)
    return {"low": x, "high": x, "kind": QuantityKind.EXACT}


@lru_cache(maxsize=8192)
def _parse_cached(text: str, integer: bool) -> Quantity:
    if len(text) > _MAX_PHRASE:
        raise UnparsableValueError(
            "value",
            text[:40] + "...",
            f"{len(text)} characters: longer than any amount phrase (limit {_MAX_PHRASE})",
        )
    s = _prepare(text)
    try:
        fields = _fields(s, integer=integer) if s else None
    except _RejectError as exc:
        raise UnparsableValueError("value", text, str(exc)) from None
    if fields is None:
        raise UnparsableValueError("value", text, _NOT_A_QUANTITY)
    try:
        return Quantity(**fields, integer=integer, text=text)
    except InvalidClaimError as exc:
        raise UnparsableValueError("value", text, exc.reason) from None
