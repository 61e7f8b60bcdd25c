"""The :class:`Quantity` type: an interval with a best estimate, its algebra and its words."""

from __future__ import annotations

import math
from functools import lru_cache

import attrs

from claimrec.errors import InvalidClaimError, UnparsableValueError
from claimrec.quantity._base import (
    _ABOUT_TOLERANCE,
    _NOT_A_QUANTITY,
    QuantityKind,
    _as_float,
    _Bounds,
    _bounds,
    _check_kind,
    _default_kind,
    _fmt,
    _from_keys,
    _inside,
    _interval_text,
    _is_bool,
    _is_text,
    _lower_key,
    _normalised,
    _number,
    _short,
    _to_best,
    _to_high,
    _to_kind,
    _to_low,
    _tolerance,
    _upper_key,
    _widened,
)
from claimrec.quantity._parse import (
    _ARTICLES,
    _GE,
    _GT,
    _LE,
    _LT,
    _MAX_PHRASE,
    _PARTITION_WORDS,
    _PREFIX_ORDER,
    _PREFIXES,
    _SUFFIX_ORDER,
    _SUFFIXES,
    _VAGUE_BY_BOUNDS,
    _parse_cached,
    _prepare,
)

__all__ = ["Quantity"]


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
        return _shown(self, self.text)  # text is not part of equality, but is shown

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


@lru_cache(maxsize=8192)
def _shown(q: Quantity, text: str | None) -> str:  # noqa: ARG001 - a key of the cache
    """Return the first phrase that reads back as ``q`` (rendered once per value and text).

    Rendering tries phrases and parses each back; a million claims hold a few thousand
    distinct figures, and the reconciliation and the reports show each many times.
    """
    for phrase in _phrases(q):
        if _reads_back(phrase, q):
            return phrase
    return _bracket_text(q)


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
