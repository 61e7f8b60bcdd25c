"""Spans of event time, with the precision a source gave them.

A report rarely gives an instant: it says *Tuesday morning*, *1 July 2025*,
*mid-July*, *2025*. A :class:`TimeSpan` is the half-open interval
``[start, end)`` such a phrase covers, with the :class:`Precision` it was given
at (compare UCDP's ``date_prec`` and ACLED's ``time_precision``), so that two
claims can be compared by overlap rather than by string equality:

>>> import datetime as dt
>>> from claimrec.timespan import TimeSpan
>>> wed = dt.date(2025, 7, 2)
>>> night = TimeSpan.parse("Tuesday night", reference=wed)
>>> str(night), night.start, night.end
('2025-07-01 night', datetime.datetime(2025, 7, 1, 22, 0), datetime.datetime(2025, 7, 2, 5, 0))
>>> night.overlaps(TimeSpan.parse("2 July 2025"))
True

Conventions
-----------
- Times are **naive and local to the event**: claimrec has no time zones. A
  time-zone-aware ``datetime`` or an ISO text with an offset is rejected rather
  than converted, because converting to any zone could move the event to
  another day; drop the offset yourself (``value.replace(tzinfo=None)``) once
  you know it is the event's local time.
- Spans are half-open: ``end`` is the first instant *after* the span, so the
  day 2025-07-01 is ``[2025-07-01 00:00, 2025-07-02 00:00)`` and two
  consecutive days are adjacent, not overlapping.
- Relative phrases (``"Tuesday"``, ``"yesterday"``, ``"2 June"``) are read
  against a ``reference`` date, normally the report's publication date, and
  mean the most recent such time that starts *on or before* the reference (a
  report tells of the past): in a report of Wednesday 2 July 2025, ``"Tuesday"``
  is 1 July, ``"Wednesday"`` is the same day, ``"last Wednesday"`` is 25 June,
  ``"2 June"`` is 2 June 2025 and ``"August"`` is August 2024.
- Parts of the day: morning 05:00-12:00, afternoon 12:00-18:00, evening
  18:00-22:00, night 22:00-05:00 of the next day (``"Tuesday night"`` starts on
  Tuesday). Parts of a month: early = days 1-10, mid = 11-20, late = 21-end.
- A clock time is a minute (``"04:00"``, ``"4h30"``) or an hour (``"4 am"``,
  ``"4h"``) wide, as precise as it was written; seconds are dropped (the
  minute is the finest precision).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

import attrs

from claimrec._enum import WordEnum
from claimrec._limits import MAX_PHRASE_CHARS
from claimrec._text import CACHED_CHARS
from claimrec.errors import InvalidClaimError, UnparsableValueError

__all__ = ["Precision", "TimeSpan"]

_EXPECTED = "not a date or time (expected e.g. '2025-07-01', '1 July 2025', 'Tuesday morning')"
_TIME_ZONE = "has a time zone; claimrec times are naive, local to the event"
_FIRST = dt.datetime(1, 1, 1)  # datetime.min, naive by design
_LAST = dt.datetime(9999, 12, 31, 23, 59, 59, 999999)  # datetime.max
_OUT_OF_RANGE = "out of the supported range of dates (0001-01-01 to 9999-12-30)"
_NEEDS_REFERENCE = "pass reference= (e.g. the report's publication date)"

_MINUTE = dt.timedelta(minutes=1)
_HOUR = dt.timedelta(hours=1)
_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_ZERO = dt.timedelta(0)


class Precision(WordEnum):
    """How precisely a source gave a time; the shape a :class:`TimeSpan` must have.

    ============== ========================================== ======================
    member         span                                       ``str`` form
    ============== ========================================== ======================
    MINUTE         one minute                                 ``2025-07-01T04:30``
    HOUR           one clock hour                             ``2025-07-01T04``
    PART_OF_DAY    morning, afternoon, evening or night       ``2025-07-01 morning``
    DAY            one calendar day                           ``2025-07-01``
    WEEK           one ISO week, Monday to Sunday             ``2025-W27``
    PART_OF_MONTH  early (1-10), mid (11-20), late (21-end)   ``2025-07 early``
    MONTH          one calendar month                         ``2025-07``
    YEAR           one calendar year                          ``2025``
    RANGE          any explicit span                          ``2025-07-01/2025-07-03``
    ============== ========================================== ======================

    Examples
    --------
    >>> from claimrec.timespan import Precision
    >>> Precision("part of day")
    <Precision.PART_OF_DAY: 'part_of_day'>
    >>> Precision.DAY.value
    'day'
    """

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


#: Part of the day -> (start hour, length).
_PARTS: dict[str, tuple[int, dt.timedelta]] = {
    "morning": (5, dt.timedelta(hours=7)),
    "afternoon": (12, dt.timedelta(hours=6)),
    "evening": (18, dt.timedelta(hours=4)),
    "night": (22, dt.timedelta(hours=7)),
}
_PART_BY_HOUR = {hour: (name, length) for name, (hour, length) in _PARTS.items()}

#: Part of a month -> first day.
_MONTH_PARTS: dict[str, int] = {"early": 1, "mid": 11, "late": 21}
_MONTH_PART_BY_DAY = {day: name for name, day in _MONTH_PARTS.items()}


# --------------------------------------------------------------------------- calendar helpers


def _naive(  # noqa: PLR0917 - mirrors datetime.datetime
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> dt.datetime:
    """Build a naive datetime: claimrec times are local to the event, with no time zone."""
    return dt.datetime(year, month, day, hour, minute, second, micro)


def _midnight(day: dt.date) -> dt.datetime:
    return _naive(day.year, day.month, day.day)


def _next_month(year: int, month: int) -> dt.datetime:
    return _naive(year + 1, 1, 1) if month == 12 else _naive(year, month + 1, 1)


def _month_part_end(year: int, month: int, first_day: int) -> dt.datetime:
    if first_day == _MONTH_PARTS["late"]:
        return _next_month(year, month)
    return _naive(year, month, first_day + 10)


def _is_midnight(moment: dt.datetime) -> bool:
    return moment.time() == dt.time(0)


def _shape_error(start: dt.datetime, end: dt.datetime, precision: Precision) -> str | None:
    """Say why ``[start, end)`` does not have the shape ``precision`` calls for, if it does not."""
    length = end - start
    if precision is Precision.RANGE:
        return None
    if precision is Precision.MINUTE:
        ok = start.second == start.microsecond == 0 and length == _MINUTE
        return None if ok else "not one whole minute"
    if precision is Precision.HOUR:
        ok = start.minute == start.second == start.microsecond == 0 and length == _HOUR
        return None if ok else "not one whole clock hour"
    if precision is Precision.PART_OF_DAY:
        part = _PART_BY_HOUR.get(start.hour)
        ok = part is not None and start.time() == dt.time(start.hour) and length == part[1]
        return None if ok else "not a morning, afternoon, evening or night"
    if not _is_midnight(start):
        return f"a {precision.value} span starts at midnight"
    if precision is Precision.DAY:
        return None if length == _DAY else "not one calendar day"
    if precision is Precision.WEEK:
        ok = start.weekday() == 0 and length == _WEEK
        return None if ok else "not one ISO week (Monday to Sunday)"
    if precision is Precision.PART_OF_MONTH:
        ok = start.day in _MONTH_PART_BY_DAY and end == _month_part_end(
            start.year, start.month, start.day
        )
        return None if ok else "not days 1-10, 11-20 or 21-end of a month"
    if precision is Precision.MONTH:
        ok = start.day == 1 and end == _next_month(start.year, start.month)
        return None if ok else "not one calendar month"
    ok = start.month == start.day == 1 and end == _naive(start.year + 1, 1, 1)
    return None if ok else "not one calendar year"


# --------------------------------------------------------------------------- converters


def _to_datetime(field: str, value: Any) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidClaimError(
                field, value, "not an ISO date-time (expected e.g. '2025-07-01T04:00')"
            ) from None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise InvalidClaimError(field, value, _TIME_ZONE)
        return value
    if isinstance(value, dt.date):
        return _midnight(value)
    raise InvalidClaimError(field, value, "expected a datetime")


def _to_start(value: Any) -> dt.datetime:
    return _to_datetime("start", value)


def _to_end(value: Any) -> dt.datetime:
    return _to_datetime("end", value)


def _to_precision(value: Any) -> Precision:
    try:
        return Precision(value)
    except ValueError:
        names = ", ".join(p.value for p in Precision)
        raise InvalidClaimError("precision", value, f"not a precision (one of {names})") from None


def _to_reference(reference: Any) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            pass
    raise InvalidClaimError("reference", reference, "expected a date (e.g. '2025-07-02')")


# --------------------------------------------------------------------------- TimeSpan


@attrs.frozen(kw_only=True, repr=False)
class TimeSpan:
    """A half-open span of event time ``[start, end)`` with the precision it was given at.

    Parameters
    ----------
    start : datetime.datetime
        First instant of the span (naive, local to the event). A ``date`` means its midnight.
    end : datetime.datetime
        First instant after the span; must be after ``start``.
    precision : Precision or str
        How precisely the time was given; the span must have that shape (a ``DAY`` span is
        one calendar day). Use ``Precision.RANGE`` for any other span.
    text : str, optional
        The words the span was read from; not compared.

    Raises
    ------
    InvalidClaimError
        Naming the field: a time-zone-aware or non-date ``start``/``end``, ``end`` not
        after ``start``, or a span that does not have the shape of its ``precision``.

    See Also
    --------
    TimeSpan.parse : read a date or time phrase.
    TimeSpan.from_value : accept a ``date``, a ``datetime``, a phrase or a span.

    Notes
    -----
    ``str(span)`` is a compact ISO-like form that :meth:`parse` reads back to an equal
    span without any reference date, for every precision.

    Examples
    --------
    >>> import datetime as dt
    >>> from claimrec.timespan import Precision, TimeSpan
    >>> span = TimeSpan(start=dt.datetime(2025, 7, 1), end=dt.datetime(2025, 7, 4),
    ...                 precision=Precision.RANGE)
    >>> str(span), span.duration.days
    ('2025-07-01/2025-07-03', 3)
    >>> TimeSpan(start=dt.datetime(2025, 7, 1), end=dt.datetime(2025, 7, 4), precision="day")
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidClaimError: precision='day': not one calendar day
    """

    start: dt.datetime = attrs.field(converter=_to_start)
    end: dt.datetime = attrs.field(converter=_to_end)
    precision: Precision = attrs.field(default=Precision.RANGE, converter=_to_precision)
    text: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.start < self.end:
            raise InvalidClaimError(
                "end", self.end, f"must be after start={self.start.isoformat()}"
            )
        problem = _shape_error(self.start, self.end, self.precision)
        if problem is not None:
            raise InvalidClaimError("precision", self.precision.value, problem)

    # ----------------------------------------------------------------- construction

    @classmethod
    def parse(cls, text: str, *, reference: dt.date | dt.datetime | None = None) -> TimeSpan:
        """Read a date or time phrase, in English or French.

        Parameters
        ----------
        text : str
            The phrase. Understood forms:

            - ISO: ``2025``, ``2025-07``, ``2025-07-01``, ``2025-07-01T04``,
              ``2025-07-01T04:00``, ``2025-07-01 04:00``, ``2025-W27``, intervals
              ``2025-07-01/2025-07-03`` (date ends are whole days, so this is three days;
              ends with a time are instants), and every ``str(span)`` form
              (``2025-07-01 morning``, ``2025-07 early``).
            - dates: ``1 July 2025``, ``July 1, 2025``, ``1st July 2025``, ``Jul 1 2025``,
              ``Tuesday 1 July 2025``, ``1er juillet 2025``, ``July 2025``, ``juillet 2025``,
              ``mid-July 2025``, ``early June``, ``fin juin``, ``1-3 July 2025``,
              ``du 1er au 3 juillet``, ``week of 2025-06-30``, ``semaine du 30 juin``.
            - two dates as the ends of one span, when the whole is no one date: ``between
              Nov. 2022 and Apr. 2023``, ``from March 2021 to June 2022``, ``entre novembre
              2022 et avril 2023``, ``Nov 2022 - Apr 2023`` (from the start of the first to
              the end of the second; precision ``RANGE``).
            - relative to ``reference``: ``2 June``, ``June``, ``Tuesday``, ``on Tuesday``,
              ``last Friday``, ``yesterday``, ``today``, ``this morning``, ``last night``,
              ``tonight``, ``this week``, ``last week``, ``mardi``, ``vendredi dernier``,
              ``hier``, ``avant-hier``, ``aujourd'hui``, ``ce matin``, ``cette nuit`` (the
              night before the reference), ``nuit de lundi à mardi``.
            - with a part of the day or a clock time: ``Tuesday morning``, ``Tuesday
              night``, ``mardi soir``, ``hier après-midi``, ``Tuesday 04:00``, ``Tuesday at
              4 am``, ``mardi à 4h30``, ``1 July 2025 at 16:45``. A clock time wins over a
              part of the day, which only sets am/pm (``7 in the evening``) and, for a
              night, the day (``Tuesday night at 2 am`` is Wednesday 02:00).
        reference : datetime.date or datetime.datetime, optional
            The date relative phrases are read against, normally the report's publication
            date. A relative phrase means the most recent such time starting on or before
            it; a weekday on the reference day is that day (``last`` makes it a week
            earlier).

        Returns
        -------
        TimeSpan
            With ``text`` set to the phrase.

        Raises
        ------
        UnparsableValueError
            With ``field='when'``, when the phrase is not a date or time, names a day that
            does not exist or contradicts itself (``Monday 1 July 2025``), carries a time
            zone, is relative and no ``reference`` is given, lies outside 0001-01-01 to
            9999-12-30, or is longer than 1,000 characters.

        Examples
        --------
        >>> import datetime as dt
        >>> from claimrec.timespan import TimeSpan
        >>> wed = dt.date(2025, 7, 2)
        >>> [str(TimeSpan.parse(t, reference=wed)) for t in
        ...  ["Tuesday", "last Friday", "2 June", "hier soir", "early July", "Tuesday 04:00"]]
        ['2025-07-01', '2025-06-27', '2025-06-02', '2025-07-01 evening', '2025-07 early',
         '2025-07-01T04:00']
        >>> TimeSpan.parse("1er juillet 2025").precision
        <Precision.DAY: 'day'>
        >>> TimeSpan.parse("Tuesday")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnparsableValueError: when='Tuesday': relative to an unknown day;
        pass reference=...
        >>> TimeSpan.parse("lots of")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnparsableValueError: when='lots of': not a date or time (expected e.g. ...)
        """
        if not isinstance(text, str):
            raise UnparsableValueError("when", text, _EXPECTED)
        if len(text) > MAX_PHRASE_CHARS:
            raise UnparsableValueError(
                "when", text, f"longer than {MAX_PHRASE_CHARS:,} characters: not a date phrase"
            )
        ref = _to_reference(reference)
        exact = cls is TimeSpan and type(text) is str and len(text) <= CACHED_CHARS
        if exact:
            found = _SPANS.get((text, ref))
            if found is not None:
                return found
        try:
            start, end, precision = _parse_cached(" ".join(text.split()), ref)
        except _Unparsable as exc:
            raise UnparsableValueError("when", text, exc.reason) from None
        span = cls(start=start, end=end, precision=precision, text=text)
        if exact:  # spans are frozen: the same phrase on the same day gives one shared span
            if len(_SPANS) >= _SPANS_SIZE:
                _SPANS.clear()
            _SPANS[text, ref] = span
        return span

    @classmethod
    def from_value(cls, value: Any, *, reference: dt.date | dt.datetime | None = None) -> TimeSpan:
        """Convert a span, a date, a datetime or a phrase to a :class:`TimeSpan`.

        A ``date`` gives its day; a ``datetime`` gives the minute containing it (pass a
        ``date`` for a whole day); a string is read by :meth:`parse`.

        Parameters
        ----------
        value : TimeSpan, datetime.date, datetime.datetime or str
            The value to convert.
        reference : datetime.date or datetime.datetime, optional
            Passed to :meth:`parse` for relative phrases.

        Returns
        -------
        TimeSpan

        Raises
        ------
        InvalidClaimError
            For a time-zone-aware datetime or a value of another type
            (:class:`~claimrec.UnparsableValueError` for an unreadable string).

        Examples
        --------
        >>> import datetime as dt
        >>> from claimrec.timespan import TimeSpan
        >>> str(TimeSpan.from_value(dt.date(2025, 7, 1)))
        '2025-07-01'
        >>> str(TimeSpan.from_value(dt.datetime(2025, 7, 1, 4, 30, 15)))
        '2025-07-01T04:30'
        >>> str(TimeSpan.from_value("yesterday", reference=dt.date(2025, 7, 2)))
        '2025-07-01'
        """
        if isinstance(value, TimeSpan):
            return value
        if isinstance(value, str):
            return cls.parse(value, reference=reference)
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                raise InvalidClaimError("when", value, _TIME_ZONE)
            start = value.replace(second=0, microsecond=0)
            if start > _LAST - _MINUTE:
                raise InvalidClaimError("when", value, _OUT_OF_RANGE)
            return cls(start=start, end=start + _MINUTE, precision=Precision.MINUTE)
        if isinstance(value, dt.date):
            return cls.day(value)
        raise InvalidClaimError(
            "when", value, "expected a TimeSpan, a date, a datetime or a date phrase"
        )

    @classmethod
    def day(cls, day: dt.date) -> TimeSpan:
        """Return the calendar day ``day`` (the date of a ``datetime``) as a ``DAY`` span.

        Examples
        --------
        >>> import datetime as dt
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.day(dt.date(2025, 7, 1))
        TimeSpan.parse('2025-07-01')

        Raises
        ------
        InvalidClaimError
            For the last day of the calendar, 9999-12-31, whose end is beyond ``datetime``.
        """
        if not isinstance(day, dt.date):
            raise InvalidClaimError("when", day, "expected a date")
        if day.toordinal() >= dt.date.max.toordinal():
            raise InvalidClaimError("when", day, _OUT_OF_RANGE)
        start = _midnight(day)
        return cls(start=start, end=start + _DAY, precision=Precision.DAY)

    # ----------------------------------------------------------------- text forms

    def __str__(self) -> str:
        start, precision = self.start, self.precision
        if precision is Precision.MINUTE:
            return start.isoformat(timespec="minutes")
        if precision is Precision.HOUR:
            return start.isoformat(timespec="hours")
        if precision is Precision.PART_OF_DAY:
            return f"{start.date().isoformat()} {_PART_BY_HOUR[start.hour][0]}"
        if precision is Precision.DAY:
            return start.date().isoformat()
        if precision is Precision.WEEK:
            year, week, _ = start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if precision is Precision.PART_OF_MONTH:
            return f"{start.year:04d}-{start.month:02d} {_MONTH_PART_BY_DAY[start.day]}"
        if precision is Precision.MONTH:
            return f"{start.year:04d}-{start.month:02d}"
        if precision is Precision.YEAR:
            return f"{start.year:04d}"
        if _is_midnight(self.start) and _is_midnight(self.end):
            last_day = (self.end - _DAY).date()
            return f"{start.date().isoformat()}/{last_day.isoformat()}"
        return f"{_instant(self.start)}/{_instant(self.end)}"

    def __repr__(self) -> str:
        return f"TimeSpan.parse({str(self)!r})"

    # ----------------------------------------------------------------- measures

    @property
    def duration(self) -> dt.timedelta:
        """How long the span lasts.

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07-01 night").duration
        datetime.timedelta(seconds=25200)
        """
        return self.end - self.start

    @property
    def midpoint(self) -> dt.datetime:
        """The instant halfway through the span.

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07-01").midpoint
        datetime.datetime(2025, 7, 1, 12, 0)
        """
        return self.start + (self.end - self.start) / 2

    # ----------------------------------------------------------------- algebra

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans share an instant (adjacent spans do not).

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> july = TimeSpan.parse("2025-07")
        >>> july.overlaps(TimeSpan.parse("2025-07-01 morning"))
        True
        >>> july.overlaps(TimeSpan.parse("2025-08-01"))
        False
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: TimeSpan | dt.date | dt.datetime) -> bool:
        """Whether ``other`` lies wholly within the span.

        Parameters
        ----------
        other : TimeSpan, datetime.datetime or datetime.date
            A span, an instant, or a date (meaning its whole day).

        Examples
        --------
        >>> import datetime as dt
        >>> from claimrec.timespan import TimeSpan
        >>> july = TimeSpan.parse("July 2025")
        >>> july.contains(TimeSpan.parse("2025-07-01 night"))
        True
        >>> july.contains(dt.datetime(2025, 8, 1)), dt.date(2025, 7, 31) in july
        (False, True)
        """
        if isinstance(other, dt.datetime):
            return self.start <= other < self.end
        if isinstance(other, dt.date):
            other = TimeSpan.day(other)
        return self.start <= other.start and other.end <= self.end

    def __contains__(self, item: object) -> bool:
        if isinstance(item, TimeSpan | dt.date):
            return self.contains(item)
        return False

    def intersection(self, other: TimeSpan) -> TimeSpan | None:
        """Return the shared part of the two spans, or None when they do not overlap.

        A result with the bounds of one of the spans keeps that span's precision;
        any other result is a ``RANGE``.

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07").intersection(TimeSpan.parse("2025-07-01"))
        TimeSpan.parse('2025-07-01')
        >>> TimeSpan.parse("2025-06-30/2025-07-02").intersection(TimeSpan.parse("2025-07"))
        TimeSpan.parse('2025-07-01/2025-07-02')
        >>> TimeSpan.parse("2025-06").intersection(TimeSpan.parse("2025-07")) is None
        True
        """
        start, end = max(self.start, other.start), min(self.end, other.end)
        if not start < end:
            return None
        return _derived(start, end, self, other)

    def hull(self, other: TimeSpan) -> TimeSpan:
        """Return the smallest span containing both spans (and any gap between them).

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07-01").hull(TimeSpan.parse("2025-07-03"))
        TimeSpan.parse('2025-07-01/2025-07-03')
        """
        return _derived(min(self.start, other.start), max(self.end, other.end), self, other)

    def gap(self, other: TimeSpan) -> dt.timedelta:
        """Return the time between the two spans: zero when they overlap or are adjacent.

        Two spans are adjacent when one ends exactly where the other starts.

        Examples
        --------
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07-01").gap(TimeSpan.parse("2025-07-04"))
        datetime.timedelta(days=2)
        >>> TimeSpan.parse("2025-07-01").gap(TimeSpan.parse("2025-07-02"))
        datetime.timedelta(0)
        """
        return max(other.start - self.end, self.start - other.end, _ZERO)

    def widen(self, delta: dt.timedelta) -> TimeSpan:
        """Return the span stretched by ``delta`` on both sides, as a ``RANGE``.

        Parameters
        ----------
        delta : datetime.timedelta
            How much to add on each side; not negative. Zero returns the span itself.

        Raises
        ------
        InvalidClaimError
            When ``delta`` is negative or not a timedelta.

        Notes
        -----
        At the ends of the calendar the span stops at ``datetime.min`` and
        ``datetime.max``: a tolerance window cannot reach past them.

        Examples
        --------
        >>> import datetime as dt
        >>> from claimrec.timespan import TimeSpan
        >>> TimeSpan.parse("2025-07-02").widen(dt.timedelta(days=1))
        TimeSpan.parse('2025-07-01/2025-07-03')
        >>> TimeSpan.parse("0001-01-01").widen(dt.timedelta(days=1)).start
        datetime.datetime(1, 1, 1, 0, 0)
        """
        if not isinstance(delta, dt.timedelta) or delta < _ZERO:
            raise InvalidClaimError("delta", delta, "must be a timedelta of zero or more")
        if delta == _ZERO:
            return self
        start = _FIRST if self.start - _FIRST < delta else self.start - delta
        end = _LAST if _LAST - self.end < delta else self.end + delta
        return TimeSpan(start=start, end=end, precision=Precision.RANGE)


def _instant(moment: dt.datetime) -> str:
    if moment.second == moment.microsecond == 0:
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()


def _derived(start: dt.datetime, end: dt.datetime, *operands: TimeSpan) -> TimeSpan:
    for span in operands:
        if span.start == start and span.end == end and span.precision is not Precision.RANGE:
            return TimeSpan(start=start, end=end, precision=span.precision)
    return TimeSpan(start=start, end=end, precision=Precision.RANGE)


# --------------------------------------------------------------------------- parsing


class _Unparsable(Exception):  # noqa: N818 - internal signal, mapped to UnparsableValueError
    def __init__(self, reason: str = _EXPECTED) -> None:
        super().__init__(reason)
        self.reason = reason


_Bounds = tuple[dt.datetime, dt.datetime, Precision]

_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "lundi"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "mardi"), 1),
    **dict.fromkeys(("wednesday", "wed", "mercredi"), 2),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "jeudi"), 3),
    **dict.fromkeys(("friday", "fri", "vendredi"), 4),
    **dict.fromkeys(("saturday", "sat", "samedi"), 5),
    **dict.fromkeys(("sunday", "sun", "dimanche"), 6),
}
_MONTHS = {
    **dict.fromkeys(("january", "jan", "janvier", "janv"), 1),
    **dict.fromkeys(("february", "feb", "fevrier", "fevr", "fev"), 2),
    **dict.fromkeys(("march", "mar", "mars"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juin"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juil"), 7),
    **dict.fromkeys(("august", "aug", "aout"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "decembre"), 12),
}
_PART_WORDS = {
    **dict.fromkeys(("morning", "matin", "matinee"), "morning"),
    **dict.fromkeys(("afternoon", "apresmidi"), "afternoon"),
    **dict.fromkeys(("evening", "soir", "soiree"), "evening"),
    **dict.fromkeys(("night", "nuit", "overnight"), "night"),
}
_RELATIVE_DAYS = {
    **dict.fromkeys(("today", "aujourdhui"), 0),
    **dict.fromkeys(("yesterday", "hier"), -1),
    **dict.fromkeys(("daybeforeyesterday", "avanthier"), -2),
    **dict.fromkeys(("tomorrow", "demain"), 1),
}
_MONTH_PART_WORDS = {
    **dict.fromkeys(("early", "beginning", "debut"), "early"),
    **dict.fromkeys(("mid", "middle", "mi"), "mid"),
    **dict.fromkeys(("late", "end", "fin"), "late"),
}
_SIMPLE_WORDS: dict[str, tuple[str, object]] = {
    **dict.fromkeys(("last", "previous", "dernier", "derniere"), ("last", True)),
    **dict.fromkeys(("this",), ("this", "en")),
    **dict.fromkeys(("ce", "cet", "cette"), ("this", "fr")),
    **dict.fromkeys(("tonight",), ("tonight", True)),
    **dict.fromkeys(("week", "semaine"), ("week", True)),
    **dict.fromkeys(("noon", "midday", "midi"), ("clock", (12, 0, Precision.HOUR, False))),
    **dict.fromkeys(("to", "and", "et", "through", "until", "till"), ("conn", True)),
    #: Words that join two days or are dropped: "du 1er au 3", "à 4h".
    **dict.fromkeys(("a", "au"), ("conn?", True)),
}
_FILLERS = frozenset(
    (
        *("on", "the", "of", "in", "at", "an", "during", "around", "about", "approximately"),
        *("approx", "circa", "ca", "between", "from"),
        *("le", "la", "les", "l", "de", "du", "des", "d", "en", "dans", "vers", "entre"),
    )
)

_TZ_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}[t ]\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:z|[+-]\d{2}:?\d{2})\b", re.ASCII
)
_END = r"(?![\w:])"
_TOKEN_RE = re.compile(
    rf"(?P<isodate>(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})"
    rf"(?:t(?P<hh>\d{{2}})(?::(?P<mm>\d{{2}})(?::\d{{2}}(?:\.\d{{1,6}})?)?)?)?){_END}"
    rf"|(?P<isoweek>(?P<wy>\d{{4}})-w(?P<ww>\d{{2}})){_END}"
    rf"|(?P<isomonth>(?P<my>\d{{4}})-(?P<mm2>\d{{2}})){_END}"
    rf"|(?P<clock>(?P<ch>\d{{1,2}}):(?P<cm>\d{{2}})(?::\d{{2}}(?:\.\d{{1,6}})?)?(?P<cap>am|pm)?){_END}"
    r"|(?P<word>[a-z0-9]+)"
    r"|(?P<dash>-)",
    re.ASCII,
)
_SEPARATORS = frozenset(" ,;.()")
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|re|e|eme)?", re.ASCII)
_HOUR_RE = re.compile(r"(\d{1,2})(?:h(\d{2})?|(am|pm)|oclock)", re.ASCII)
_ENDPOINT_RE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[t ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?",
    re.ASCII,
)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['`\u2018\u2019\u02bc\u02bb\u00b4]", " ", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    text = re.sub(r"(\d)\s*([ap])\.?\s?m\b\.?", r"\1\2m", text)
    text = re.sub(r"(\d)\s*h\s*(\d{2})\b", r"\1h\2", text)
    text = re.sub(r"(\d)\s*(?:h|heures?)\b", r"\1h", text)
    text = re.sub(r"(\d)\s*o\s*clock\b", r"\1oclock", text)
    for phrase, word in (
        ("day before yesterday", "daybeforeyesterday"),
        ("avant hier", "avanthier"),
        ("aujourd hui", "aujourdhui"),
        ("apres midi", "apresmidi"),
    ):
        text = text.replace(phrase, word)
    return text


def _tokens(text: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    pos = 0
    while pos < len(text):
        if text[pos] in _SEPARATORS or text[pos].isspace():
            pos += 1
            continue
        match = _TOKEN_RE.match(text, pos)
        if match is None:
            raise _Unparsable
        pos = match.end()
        groups = match.groupdict()
        if groups["isodate"]:
            date = (int(groups["y"]), int(groups["m"]), int(groups["d"]))
            out.append(("date", date))
            if groups["hh"] is not None:
                minute = groups["mm"]
                precision = Precision.HOUR if minute is None else Precision.MINUTE
                out.append(("clock", (int(groups["hh"]), int(minute or 0), precision, True)))
        elif groups["isoweek"]:
            out.append(("isoweek", (int(groups["wy"]), int(groups["ww"]))))
        elif groups["isomonth"]:
            out.append(("year", int(groups["my"])))
            out.append(("month", int(groups["mm2"])))
        elif groups["clock"]:
            hour, minute, ampm = int(groups["ch"]), int(groups["cm"]), groups["cap"]
            out.append(("clock", _clock(hour, minute, ampm, Precision.MINUTE)))
        elif groups["dash"]:
            out.append(("conn", True))
        else:
            out.append(_word(groups["word"]))
    return out


def _clock(hour: int, minute: int, ampm: str | None, precision: Precision) -> tuple[Any, ...]:
    """Return a clock token: (hour, minute, precision, fixed), fixed when am/pm was given."""
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise _Unparsable(f"no such time: {hour} {ampm}")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    return (hour, minute, precision, ampm is not None)


def _word(word: str) -> tuple[str, Any]:
    for kind, table in (
        ("weekday", _WEEKDAYS),
        ("month", _MONTHS),
        ("part", _PART_WORDS),
        ("rel", _RELATIVE_DAYS),
        ("monthpart", _MONTH_PART_WORDS),
    ):
        if word in table:
            return (kind, table[word])
    if word in _SIMPLE_WORDS:
        return _SIMPLE_WORDS[word]
    if word in _FILLERS:
        return ("filler", None)
    if word in ("utc", "gmt", "z"):
        raise _Unparsable(_TIME_ZONE)
    if len(word) == 4 and word.isdigit():
        return ("year", int(word))
    match = _HOUR_RE.fullmatch(word)
    if match is not None:
        hour, minute, ampm = match.groups()
        precision = Precision.HOUR if minute is None else Precision.MINUTE
        return ("clock", _clock(int(hour), int(minute or 0), ampm, precision))
    match = _DAY_RE.fullmatch(word)
    if match is not None:
        return ("day", int(match.group(1)))
    raise _Unparsable


def _joined(tokens: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Drop fillers and join ``1 - 3`` into a day range, ``Monday to Tuesday`` into a pair."""
    tokens = [t for t in tokens if t[0] != "filler"]
    out: list[tuple[str, Any]] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind in ("conn", "conn?"):
            before = out[-1] if out else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if before is not None and after is not None and before[0] == after[0] == "day":
                out[-1] = ("dayrange", (before[1], after[1]))
                i += 2
                continue
            if before is not None and after is not None and before[0] == after[0] == "weekday":
                out[-1] = ("weekdays", (before[1], after[1]))
                i += 2
                continue
            if kind == "conn":
                raise _Unparsable
        else:
            out.append((kind, value))
        i += 1
    return out


def _slots(tokens: list[tuple[str, Any]]) -> dict[str, Any]:
    slots: dict[str, Any] = {}

    def put(key: str, value: Any) -> None:
        if key in slots:
            raise _Unparsable
        slots[key] = value

    for kind, value in _joined(tokens):
        if kind == "date":
            put("year", value[0])
            put("month", value[1])
            put("day", value[2])
        elif kind == "dayrange":
            put("day", value[0])
            put("day2", value[1])
        elif kind == "weekdays":
            put("weekday_from", value[0])
            put("weekday", value[1])
        else:
            put(kind, value)
    return slots


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _need(reference: dt.date | None, why: str) -> dt.date:
    if reference is None:
        raise _Unparsable(f"{why}; {_NEEDS_REFERENCE}")
    return reference


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Unparsable(f"no such day: {year:04d}-{month:02d}-{day:02d}") from None


def _resolve_date(year: int | None, month: int, day: int, reference: dt.date | None) -> dt.date:
    if year is not None:
        return _date(year, month, day)
    ref = _need(reference, "no year given")
    for candidate in range(ref.year, ref.year - 9, -1):
        try:
            found = dt.date(candidate, month, day)
        except ValueError:
            continue
        if found <= ref:
            return found
    raise _Unparsable(f"no such day: month {month}, day {day}")


def _reject(slots: dict[str, Any], *keys: str) -> None:
    if any(key in slots for key in keys):
        raise _Unparsable


def _week(slots: dict[str, Any], reference: dt.date | None) -> _Bounds:
    _reject(slots, "clock", "part", "monthpart", "day2", "weekday_from", "rel", "tonight")
    _reject(slots, "weekday")
    if "isoweek" in slots:
        _reject(slots, "year", "month", "day", "last", "this", "week")
        year, week = slots["isoweek"]
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise _Unparsable(f"no such week: {year:04d}-W{week:02d}") from None
    elif "day" in slots:
        _reject(slots, "last", "this")
        if "month" not in slots:
            raise _Unparsable
        day = _resolve_date(slots.get("year"), slots["month"], slots["day"], reference)
        monday = day - dt.timedelta(days=day.weekday())
    elif ("last" in slots) != ("this" in slots):
        _reject(slots, "year", "month")
        ref = _need(reference, "relative to an unknown week")
        monday = ref - dt.timedelta(days=ref.weekday() + (7 if "last" in slots else 0))
    else:
        raise _Unparsable
    start = _midnight(monday)
    return (start, start + _WEEK, Precision.WEEK)


def _month_or_year(slots: dict[str, Any], reference: dt.date | None) -> _Bounds:
    _reject(slots, "weekday", "weekday_from", "rel", "this", "tonight", "last", "clock", "part")
    year: int | None = slots.get("year")
    month: int | None = slots.get("month")
    part: str | None = slots.get("monthpart")
    if month is None:
        if year is None or part is not None:
            raise _Unparsable
        return (_naive(year, 1, 1), _naive(year + 1, 1, 1), Precision.YEAR)
    if not 1 <= month <= 12:
        raise _Unparsable(f"no such month: {month}")
    first = _MONTH_PARTS[part] if part is not None else 1
    if year is None:
        ref = _need(reference, "no year given")
        year = ref.year if (month, first) <= (ref.month, ref.day) else ref.year - 1
    if part is None:
        return (_naive(year, month, 1), _next_month(year, month), Precision.MONTH)
    start = _naive(year, month, first)
    return (start, _month_part_end(year, month, first), Precision.PART_OF_MONTH)


def _part(day: dt.date, part: str) -> _Bounds:
    hour, length = _PARTS[part]
    start = _midnight(day) + dt.timedelta(hours=hour)
    return (start, start + length, Precision.PART_OF_DAY)


def _at_clock(day: dt.date, clock: tuple[Any, ...], part: str | None) -> _Bounds:
    hour, minute, precision, fixed = clock
    if not fixed and part in ("afternoon", "evening") and hour < 12:
        hour += 12
    if not fixed and part == "night" and 6 <= hour < 12:
        hour += 12
    if part == "night" and hour < 6:
        day += _DAY
    if hour > 23 or minute > 59:
        raise _Unparsable(f"no such time: {hour}:{minute:02d}")
    start = _midnight(day) + dt.timedelta(hours=hour, minutes=minute)
    return (start, start + (_HOUR if precision is Precision.HOUR else _MINUTE), precision)


def _interpret(slots: dict[str, Any], reference: dt.date | None) -> _Bounds:
    if "week" in slots or "isoweek" in slots:
        return _week(slots, reference)
    part: str | None = slots.get("part")
    if part is not None and "day" in slots and not {"month", "day2", "clock"} & slots.keys():
        # A bare number with a part of the day is an hour: "7 in the evening", "à 7 heures du soir".
        slots["clock"] = (slots.pop("day"), 0, Precision.HOUR, False)
    day: dt.date
    if "day" in slots:
        _reject(slots, "rel", "this", "tonight", "last", "weekday_from", "monthpart")
        if "month" not in slots:
            raise _Unparsable
        day = _resolve_date(slots.get("year"), slots["month"], slots["day"], reference)
        if "day2" in slots:
            _reject(slots, "clock", "part", "weekday")
            if not slots["day"] < slots["day2"]:
                raise _Unparsable
            last = _date(day.year, day.month, slots["day2"])
            return (_midnight(day), _midnight(last) + _DAY, Precision.RANGE)
        weekday = slots.get("weekday")
        if weekday is not None and day.weekday() != weekday:
            raise _Unparsable(
                f"{day.isoformat()} is a {_DAY_NAMES[day.weekday()]}, not a {_DAY_NAMES[weekday]}"
            )
    elif "year" in slots or "month" in slots or "monthpart" in slots:
        return _month_or_year(slots, reference)
    elif "rel" in slots:
        _reject(slots, "weekday", "weekday_from", "this", "tonight", "last")
        day = _need(reference, "relative to an unknown day") + dt.timedelta(days=slots["rel"])
    elif "weekday" in slots:
        _reject(slots, "tonight")
        ref = _need(reference, "relative to an unknown day")
        weekday = slots["weekday"]
        back = (ref.weekday() - weekday) % 7
        if back == 0 and "last" in slots:
            back = 7
        day = ref - dt.timedelta(days=back)
        if "weekday_from" in slots:
            _reject(slots, "clock")
            first = slots["weekday_from"]
            if part == "night" and (first + 1) % 7 == weekday:
                return _part(day - _DAY, "night")
            if part is not None or first == weekday:
                raise _Unparsable
            start = day - dt.timedelta(days=(weekday - first) % 7)
            return (_midnight(start), _midnight(day) + _DAY, Precision.RANGE)
    elif "tonight" in slots or "this" in slots or ("last" in slots and part is not None):
        ref = _need(reference, "relative to an unknown day")
        if "tonight" in slots:
            _reject(slots, "this", "last")
            if part not in (None, "night"):
                raise _Unparsable
            part, day = "night", ref
        elif part is None or ("this" in slots and "last" in slots):
            raise _Unparsable
        elif "last" in slots or (slots.get("this") == "fr" and part == "night"):
            # "last night", "la nuit dernière", and "cette nuit": the night before the reference.
            day = ref - _DAY
        else:
            day = ref
    else:
        raise _Unparsable
    if "clock" in slots:
        return _at_clock(day, slots["clock"], part)
    if part is not None:
        return _part(day, part)
    start = _midnight(day)
    return (start, start + _DAY, Precision.DAY)


def _endpoint(text: str, *, end: bool) -> dt.datetime:
    match = _ENDPOINT_RE.fullmatch(text.strip())
    if match is None:
        raise _Unparsable
    year, month, day, hour, minute, second, fraction = match.groups()
    if hour is not None:
        micro = int(fraction.ljust(6, "0")) if fraction else 0
        return _naive(
            int(year), int(month), int(day), int(hour), int(minute or 0), int(second or 0), micro
        )
    # A date end is a whole period: the interval runs to the end of it.
    if month is None:
        return _naive(int(year) + end, 1, 1)
    if day is None:
        if end:
            return _next_month(int(year), int(month))
        return _naive(int(year), int(month), 1)
    start = _midnight(_date(int(year), int(month), int(day)))
    return start + _DAY if end else start


def _parse_text(text: str, reference: dt.date | None) -> _Bounds:
    if not text:
        raise _Unparsable
    folded = text.casefold()
    if _TZ_RE.search(folded):
        raise _Unparsable(_TIME_ZONE)
    if "/" in folded:
        ends = folded.split("/")
        if len(ends) != 2:
            raise _Unparsable
        start, end = _endpoint(ends[0], end=False), _endpoint(ends[1], end=True)
        if not start < end:
            raise _Unparsable("ends before it starts")
        return (start, end, Precision.RANGE)
    try:
        return _interpret(_slots(_tokens(_clean(text))), reference)
    except _Unparsable:
        two = _two_ends(text, reference)
        if two is None:
            raise
        return two


#: Two dates joined as the ends of one span: "between Nov. 2022 and Apr. 2023", "from
#: March 2021 to June 2022", "entre novembre 2022 et avril 2023", "Nov 2022 - Apr 2023".
_TWO_ENDS_RE = re.compile(
    r"(?:between|from|since|entre|de|du|desde|depuis)?\s*(?P<a>.+?)\s*"
    r"(?:\s(?:and|to|until|till|through|et|a|à|au|y|hasta|jusqu'?au?)\s|\s[-\u2013\u2014]\s)"
    r"\s*(?P<b>.+)",
    re.IGNORECASE,
)


def _two_ends(text: str, reference: dt.date | None) -> _Bounds | None:
    """Read a phrase no single date form reads as two dates, the ends of one span.

    Each end must read on its own (*Nov. 2022*, *April 2023*); the span runs from the
    start of the first to the end of the second (precision ``RANGE``). Only when the whole
    phrase is no one date: *1-3 July 2025* and *du 1er au 3 juillet* keep their own
    reading. An end before the start reads as nothing.
    """
    found = _TWO_ENDS_RE.fullmatch(text.strip())
    if found is None:
        return None
    try:
        first = _interpret(_slots(_tokens(_clean(found["a"]))), reference)
        second = _interpret(_slots(_tokens(_clean(found["b"]))), reference)
    except _Unparsable:
        return None
    if not first[0] < second[1]:
        raise _Unparsable("ends before it starts")
    return (first[0], second[1], Precision.RANGE)


#: Spans already read, by (phrase as given, reference day): a million claims read from a
#: table repeat a few thousand date phrases. Bounded: cleared when full.
_SPANS: dict[tuple[str, dt.date | None], TimeSpan] = {}
_SPANS_SIZE = 1 << 16


def _parse_cached(text: str, reference: dt.date | None) -> _Bounds:
    # Cache the short phrases that repeat; a long one is parsed each time, so that
    # untrusted text cannot fill the cache with large strings.
    if len(text) <= CACHED_CHARS:
        return _parse_short(text, reference)
    return _parse_uncached(text, reference)


@lru_cache(maxsize=8192)
def _parse_short(text: str, reference: dt.date | None) -> _Bounds:
    return _parse_uncached(text, reference)


def _parse_uncached(text: str, reference: dt.date | None) -> _Bounds:
    try:
        return _parse_text(text, reference)
    except (ValueError, OverflowError):
        raise _Unparsable(_OUT_OF_RANGE) from None
