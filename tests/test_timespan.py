"""TimeSpan: English and French date phrases, the interval algebra, lossless text forms."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec.errors import InvalidClaimError, UnparsableValueError
from claimrec.timespan import Precision, TimeSpan
from tests.strategies import timespans

UTC = dt.timezone.utc

#: The reference date of the tables: a report published on Wednesday 2 July 2025.
WED = dt.date(2025, 7, 2)

#: Spans in a three-month window, so that random pairs often overlap or touch.
near_spans = timespans(min_day=dt.date(2025, 6, 1), max_day=dt.date(2025, 8, 31))


def _dt(*fields: int) -> dt.datetime:
    return dt.datetime(*fields)


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2025-07-01", _dt(2025, 7, 1), _dt(2025, 7, 2), Precision.DAY),
        ("2025-07-01T04:00", _dt(2025, 7, 1, 4), _dt(2025, 7, 1, 4, 1), Precision.MINUTE),
        ("2025-07-01 04:00", _dt(2025, 7, 1, 4), _dt(2025, 7, 1, 4, 1), Precision.MINUTE),
        ("2025-07-01T04:00:59", _dt(2025, 7, 1, 4), _dt(2025, 7, 1, 4, 1), Precision.MINUTE),
        ("2025-07-01T04", _dt(2025, 7, 1, 4), _dt(2025, 7, 1, 5), Precision.HOUR),
        ("2025-07", _dt(2025, 7, 1), _dt(2025, 8, 1), Precision.MONTH),
        ("2025-12", _dt(2025, 12, 1), _dt(2026, 1, 1), Precision.MONTH),
        ("2025", _dt(2025, 1, 1), _dt(2026, 1, 1), Precision.YEAR),
        ("2025-W27", _dt(2025, 6, 30), _dt(2025, 7, 7), Precision.WEEK),
        ("2025-W01", _dt(2024, 12, 30), _dt(2025, 1, 6), Precision.WEEK),
        ("2025-07 early", _dt(2025, 7, 1), _dt(2025, 7, 11), Precision.PART_OF_MONTH),
        ("2025-07 mid", _dt(2025, 7, 11), _dt(2025, 7, 21), Precision.PART_OF_MONTH),
        ("2025-02 late", _dt(2025, 2, 21), _dt(2025, 3, 1), Precision.PART_OF_MONTH),
        ("2025-07-01 morning", _dt(2025, 7, 1, 5), _dt(2025, 7, 1, 12), Precision.PART_OF_DAY),
        ("2025-07-01 afternoon", _dt(2025, 7, 1, 12), _dt(2025, 7, 1, 18), Precision.PART_OF_DAY),
        ("2025-07-01 evening", _dt(2025, 7, 1, 18), _dt(2025, 7, 1, 22), Precision.PART_OF_DAY),
        ("2025-07-01 night", _dt(2025, 7, 1, 22), _dt(2025, 7, 2, 5), Precision.PART_OF_DAY),
        ("2025-07-01/2025-07-03", _dt(2025, 7, 1), _dt(2025, 7, 4), Precision.RANGE),
        ("2025-07-01/2025-07-01", _dt(2025, 7, 1), _dt(2025, 7, 2), Precision.RANGE),
        ("2025-06/2025-07", _dt(2025, 6, 1), _dt(2025, 8, 1), Precision.RANGE),
        ("2024/2025", _dt(2024, 1, 1), _dt(2026, 1, 1), Precision.RANGE),
        (
            "2025-07-01T04:00/2025-07-01T06:30",
            _dt(2025, 7, 1, 4),
            _dt(2025, 7, 1, 6, 30),
            Precision.RANGE,
        ),
        (
            "2025-07-01T04:00:05.25/2025-07-01T04:00:06",
            _dt(2025, 7, 1, 4, 0, 5, 250000),
            _dt(2025, 7, 1, 4, 0, 6),
            Precision.RANGE,
        ),
        ("1 July 2025", _dt(2025, 7, 1), _dt(2025, 7, 2), Precision.DAY),
        ("  1   July\t2025 ", _dt(2025, 7, 1), _dt(2025, 7, 2), Precision.DAY),
        ("July 2025", _dt(2025, 7, 1), _dt(2025, 8, 1), Precision.MONTH),
        ("mid-July 2025", _dt(2025, 7, 11), _dt(2025, 7, 21), Precision.PART_OF_MONTH),
    ],
)
def test_parse_gives_the_documented_bounds(text, start, end, precision):
    """Each written form covers the documented half-open span, with its precision."""
    span = TimeSpan.parse(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # absolute dates in English
        ("1 July 2025", "2025-07-01"),
        ("July 1, 2025", "2025-07-01"),
        ("1st July 2025", "2025-07-01"),
        ("Jul 1 2025", "2025-07-01"),
        ("Jul. 1st, 2025", "2025-07-01"),
        ("the 1st of July 2025", "2025-07-01"),
        ("Tuesday 1 July 2025", "2025-07-01"),
        ("July 2025", "2025-07"),
        ("mid-July 2025", "2025-07 mid"),
        ("the end of June 2025", "2025-06 late"),
        ("1-3 July 2025", "2025-07-01/2025-07-03"),
        ("1\u20133 July 2025", "2025-07-01/2025-07-03"),
        ("between 1 and 3 July 2025", "2025-07-01/2025-07-03"),
        ("week of 2025-06-30", "2025-W27"),
        ("week of 2 July 2025", "2025-W27"),
        # relative to the reference
        ("2 June", "2025-06-02"),
        ("June", "2025-06"),
        ("July", "2025-07"),
        ("August", "2024-08"),
        ("early June", "2025-06 early"),
        ("early July", "2025-07 early"),
        ("late July", "2024-07 late"),
        ("Tuesday", "2025-07-01"),
        ("on Tuesday", "2025-07-01"),
        ("Tue", "2025-07-01"),
        ("Wednesday", "2025-07-02"),
        ("Thursday", "2025-06-26"),
        ("last Friday", "2025-06-27"),
        ("Friday last", "2025-06-27"),
        ("last Wednesday", "2025-06-25"),
        ("yesterday", "2025-07-01"),
        ("today", "2025-07-02"),
        ("the day before yesterday", "2025-06-30"),
        ("this morning", "2025-07-02 morning"),
        ("this afternoon", "2025-07-02 afternoon"),
        ("tonight", "2025-07-02 night"),
        ("last night", "2025-07-01 night"),
        ("yesterday evening", "2025-07-01 evening"),
        ("Tuesday morning", "2025-07-01 morning"),
        ("on Tuesday afternoon", "2025-07-01 afternoon"),
        ("Tuesday evening", "2025-07-01 evening"),
        ("Tuesday night", "2025-07-01 night"),
        ("night of Monday to Tuesday", "2025-06-30 night"),
        ("Monday to Wednesday", "2025-06-30/2025-07-02"),
        ("this week", "2025-W27"),
        ("last week", "2025-W26"),
        # clock times
        ("Tuesday 04:00", "2025-07-01T04:00"),
        ("Tuesday at 4 am", "2025-07-01T04"),
        ("Tuesday at 4 a.m.", "2025-07-01T04"),
        ("4:30 pm on Tuesday", "2025-07-01T16:30"),
        ("Tuesday at 12 am", "2025-07-01T00"),
        ("Tuesday at 12 pm", "2025-07-01T12"),
        ("noon on Tuesday", "2025-07-01T12"),
        ("Tuesday at 4 o'clock", "2025-07-01T04"),
        ("1 July 2025 at 16:45", "2025-07-01T16:45"),
        ("2025-07-01 04:00", "2025-07-01T04:00"),
        ("7 in the evening yesterday", "2025-07-01T19"),
        ("Tuesday night at 11", "2025-07-01T23"),
        ("Tuesday night at 2 am", "2025-07-02T02"),
        ("Tuesday night at 01:30", "2025-07-02T01:30"),
        ("Tuesday morning at 9", "2025-07-01T09"),
    ],
)
def test_english_phrases_against_a_wednesday_report(text, expected):
    """English phrases in a report of Wednesday 2 July 2025 mean the documented spans."""
    assert str(TimeSpan.parse(text, reference=WED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er juillet 2025", "2025-07-01"),
        ("le 1er juillet 2025", "2025-07-01"),
        ("mardi 1er juillet 2025", "2025-07-01"),
        ("2 juin", "2025-06-02"),
        ("juillet 2025", "2025-07"),
        ("mi-juillet 2025", "2025-07 mid"),
        ("début juin", "2025-06 early"),
        ("fin juin", "2025-06 late"),
        ("du 1er au 3 juillet", "2025-07-01/2025-07-03"),
        ("entre le 1er et le 3 juillet 2025", "2025-07-01/2025-07-03"),
        ("semaine du 30 juin", "2025-W27"),
        ("mardi", "2025-07-01"),
        ("MARDI", "2025-07-01"),
        ("mardi matin", "2025-07-01 morning"),
        ("mardi après-midi", "2025-07-01 afternoon"),
        ("mardi soir", "2025-07-01 evening"),
        ("mardi dans la soirée", "2025-07-01 evening"),
        ("mardi nuit", "2025-07-01 night"),
        ("vendredi dernier", "2025-06-27"),
        ("hier", "2025-07-01"),
        ("hier soir", "2025-07-01 evening"),
        ("avant-hier", "2025-06-30"),
        ("aujourd'hui", "2025-07-02"),
        ("aujourd\u2019hui", "2025-07-02"),
        ("ce matin", "2025-07-02 morning"),
        ("cet après-midi", "2025-07-02 afternoon"),
        ("ce soir", "2025-07-02 evening"),
        ("cette nuit", "2025-07-01 night"),
        ("la nuit dernière", "2025-07-01 night"),
        ("dans la nuit de lundi à mardi", "2025-06-30 night"),
        ("cette semaine", "2025-W27"),
        ("la semaine dernière", "2025-W26"),
        ("mardi à 4h", "2025-07-01T04"),
        ("mardi à 4h30", "2025-07-01T04:30"),
        ("mardi à 04h00", "2025-07-01T04:00"),
        ("mardi 4 h du matin", "2025-07-01T04"),
        ("hier à 7 heures du soir", "2025-07-01T19"),
        ("hier soir vers 22h", "2025-07-01T22"),
        ("mardi 1er juillet 2025 à 16h", "2025-07-01T16"),
    ],
)
def test_french_phrases_against_a_wednesday_report(text, expected):
    """French phrases in a report of Wednesday 2 July 2025 mean the documented spans."""
    assert str(TimeSpan.parse(text, reference=WED)) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Friday", dt.date(2025, 6, 27), "2025-06-27"),
        ("last Friday", dt.date(2025, 6, 27), "2025-06-20"),
        ("28 December", dt.date(2026, 1, 5), "2025-12-28"),
        ("29 February", dt.date(2025, 7, 2), "2024-02-29"),
        ("December", dt.date(2026, 1, 5), "2025-12"),
        ("yesterday", dt.date(2025, 3, 1), "2025-02-28"),
        ("last week", dt.date(2025, 1, 1), "2024-W52"),
    ],
)
def test_relative_phrases_mean_the_latest_occurrence_on_or_before_the_reference(
    text, reference, expected
):
    """A relative phrase means the most recent such time starting on or before the reference."""
    assert str(TimeSpan.parse(text, reference=reference)) == expected


@pytest.mark.parametrize(
    "reference", [WED, _dt(2025, 7, 2, 23, 59), "2025-07-02"], ids=["date", "datetime", "str"]
)
def test_reference_may_be_a_date_a_datetime_or_iso_text(reference):
    """The reference is a date; a datetime counts by its date, ISO text is read."""
    assert str(TimeSpan.parse("Tuesday", reference=reference)) == "2025-07-01"


def test_bad_reference_names_the_field():
    """A reference that is not a date fails naming ``reference``."""
    with pytest.raises(InvalidClaimError) as info:
        TimeSpan.parse("Tuesday", reference="next week")
    assert info.value.field == "reference"


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday",
        "on Tuesday",
        "2 June",
        "June",
        "yesterday",
        "hier",
        "this morning",
        "last week",
        "mardi soir",
        "early June",
        "tonight",
    ],
)
def test_relative_phrase_without_reference_asks_for_one(text):
    """A relative phrase with no reference fails, saying a reference is needed."""
    with pytest.raises(UnparsableValueError) as info:
        TimeSpan.parse(text)
    assert info.value.field == "when"
    assert info.value.value == text
    assert "reference=" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "lots of",
        "over 80",
        "80",
        "repelled",
        "morning",
        "04:00",
        "last",
        "the",
        "Tuesday and",
        "1 - 3",
        "2025-07-01/2025-07-02/2025-07-03",
        "July 2025 2026",
        "Tuesday Wednesday",
        "2025-07-01T25:00",
        "Tuesday 25:00",
        "13 pm",
        "31 June 2025",
        "2025-02-29",
        "2025-13",
        "2025-W54",
        "3-1 July 2025",
        "mid-2025",
        "2025-07-03/2025-07-01",
        "Monday 1 July 2025",
        "9999",
        "\u0661\u0662 July",
        "2025-07-01T04:00+02:00",
        "2025-07-01T04:00Z",
        "2025-07-01 04:00-05:00",
    ],
)
def test_bad_text_raises_naming_the_text(text):
    """Unreadable, impossible or self-contradictory text raises UnparsableValueError naming it."""
    with pytest.raises(UnparsableValueError) as info:
        TimeSpan.parse(text, reference=WED)
    assert info.value.field == "when"
    assert info.value.value == text
    assert isinstance(info.value, ValueError)


def test_unreadable_text_says_what_is_expected():
    """The message for unreadable text gives examples of what reads."""
    with pytest.raises(UnparsableValueError, match=r"expected e\.g\. '2025-07-01'"):
        TimeSpan.parse("lots of")


def test_weekday_that_contradicts_the_date_says_so():
    """'Monday 1 July 2025' fails saying 1 July 2025 is a Tuesday."""
    with pytest.raises(UnparsableValueError, match="is a Tuesday, not a Monday"):
        TimeSpan.parse("Monday 1 July 2025")


def test_time_zone_is_rejected_not_converted():
    """An ISO text with an offset fails saying times are local to the event."""
    with pytest.raises(UnparsableValueError, match="time zone"):
        TimeSpan.parse("2025-07-01T04:00+00:00")


def test_parse_keeps_the_text_but_does_not_compare_it():
    """``text`` keeps the words read, and is not part of equality or hashing."""
    a = TimeSpan.parse("Tuesday", reference=WED)
    b = TimeSpan.parse("2025-07-01")
    assert (a.text, b.text) == ("Tuesday", "2025-07-01")
    assert a == b
    assert hash(a) == hash(b)


def test_parse_rejects_a_non_string():
    """``parse`` takes text only; ``from_value`` takes dates."""
    with pytest.raises(UnparsableValueError):
        TimeSpan.parse(dt.date(2025, 7, 1))  # type: ignore[arg-type]


def test_night_ends_at_five_the_next_morning():
    """'Tuesday night' holds Wednesday 04:59 but not Wednesday 05:00."""
    night = TimeSpan.parse("Tuesday night", reference=WED)
    assert night.contains(_dt(2025, 7, 2, 4, 59))
    assert not night.contains(_dt(2025, 7, 2, 5))


# --------------------------------------------------------------------------- construction


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2025, 7, 1), "2025-07-01"),
        (_dt(2025, 7, 1, 4, 30, 15, 5), "2025-07-01T04:30"),
        (_dt(2025, 7, 1), "2025-07-01T00:00"),
        ("2025-07-01", "2025-07-01"),
        ("yesterday", "2025-07-01"),
    ],
)
def test_from_value_converts_dates_datetimes_and_text(value, expected):
    """A date is its day, a datetime the minute holding it, text is parsed."""
    assert str(TimeSpan.from_value(value, reference=WED)) == expected


def test_from_value_returns_a_span_unchanged():
    """A TimeSpan passes through ``from_value`` as itself."""
    span = TimeSpan.parse("2025-07")
    assert TimeSpan.from_value(span) is span


@pytest.mark.parametrize(
    "value", [dt.datetime(2025, 7, 1, tzinfo=UTC), 20250701, None, [2025, 7, 1]]
)
def test_from_value_rejects_aware_datetimes_and_other_types(value):
    """An aware datetime or a non-date value fails naming ``when``."""
    with pytest.raises(InvalidClaimError) as info:
        TimeSpan.from_value(value)
    assert info.value.field == "when"


def test_day_gives_a_day_span():
    """``TimeSpan.day`` gives the calendar day, also of a datetime."""
    assert TimeSpan.day(dt.date(2025, 7, 1)) == TimeSpan.parse("2025-07-01")
    assert TimeSpan.day(_dt(2025, 7, 1, 15)) == TimeSpan.parse("2025-07-01")


def test_constructor_converts_dates_text_and_precision_names():
    """Start and end accept dates and ISO text; precision accepts its name."""
    span = TimeSpan(start=dt.date(2025, 7, 1), end="2025-07-02T00:00", precision="DAY")
    assert span == TimeSpan.parse("2025-07-01")
    assert TimeSpan(start=_dt(2025, 7, 1), end=_dt(2025, 7, 5)).precision is Precision.RANGE


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"start": _dt(2025, 7, 2), "end": _dt(2025, 7, 1)}, "end"),
        ({"start": _dt(2025, 7, 1), "end": _dt(2025, 7, 1)}, "end"),
        ({"start": dt.datetime(2025, 7, 1, tzinfo=UTC), "end": _dt(2025, 7, 2)}, "start"),
        ({"start": _dt(2025, 7, 1), "end": "soon"}, "end"),
        ({"start": 2025, "end": _dt(2025, 7, 2)}, "start"),
        ({"start": _dt(2025, 7, 1), "end": _dt(2025, 7, 2), "precision": "fortnight"}, "precision"),
        ({"start": _dt(2025, 7, 1), "end": _dt(2025, 7, 3), "precision": "day"}, "precision"),
        ({"start": _dt(2025, 7, 1, 1), "end": _dt(2025, 7, 2, 1), "precision": "day"}, "precision"),
        (
            {"start": _dt(2025, 7, 1, 4, 30), "end": _dt(2025, 7, 1, 5, 30), "precision": "hour"},
            "precision",
        ),
        (
            {
                "start": _dt(2025, 7, 1, 4, 0, 1),
                "end": _dt(2025, 7, 1, 4, 1, 1),
                "precision": "minute",
            },
            "precision",
        ),
        (
            {"start": _dt(2025, 7, 1, 6), "end": _dt(2025, 7, 1, 12), "precision": "part_of_day"},
            "precision",
        ),
        ({"start": _dt(2025, 7, 1), "end": _dt(2025, 7, 8), "precision": "week"}, "precision"),
        (
            {"start": _dt(2025, 7, 2), "end": _dt(2025, 7, 12), "precision": "part_of_month"},
            "precision",
        ),
        ({"start": _dt(2025, 7, 2), "end": _dt(2025, 8, 2), "precision": "month"}, "precision"),
        ({"start": _dt(2025, 7, 1), "end": _dt(2026, 7, 1), "precision": "year"}, "precision"),
    ],
)
def test_bad_fields_name_the_field(kwargs, field):
    """Bad bounds, an aware datetime or a span not of its precision's shape names the field."""
    with pytest.raises(InvalidClaimError) as info:
        TimeSpan(**kwargs)
    assert info.value.field == field


def test_spans_are_frozen():
    """A TimeSpan cannot be changed in place; ``attrs.evolve`` makes a new one."""
    span = TimeSpan.parse("2025-07-01")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = _dt(2025, 7, 2)  # type: ignore[misc]
    assert attrs.evolve(span, start=_dt(2025, 6, 30), precision="range").duration.days == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-01T04:30", "2025-07-01T04:30"),
        ("2025-07-01T04", "2025-07-01T04"),
        ("2025-07-01 morning", "2025-07-01 morning"),
        ("1 July 2025", "2025-07-01"),
        ("2025-W27", "2025-W27"),
        ("2025-07 early", "2025-07 early"),
        ("July 2025", "2025-07"),
        ("2025", "2025"),
        ("1-3 July 2025", "2025-07-01/2025-07-03"),
        ("2025-07-01T04:00/2025-07-01T06:30", "2025-07-01T04:00/2025-07-01T06:30"),
        ("2025-07-01T00:00/2025-07-02T04:00", "2025-07-01T00:00/2025-07-02T04:00"),
    ],
)
def test_str_gives_the_compact_form_of_each_precision(text, expected):
    """``str`` gives one compact ISO-like form for each precision."""
    assert str(TimeSpan.parse(text)) == expected


def test_repr_is_short_and_evaluates_back():
    """``repr`` is a ``TimeSpan.parse`` call that gives the span back."""
    span = TimeSpan.parse("Tuesday night", reference=WED)
    assert repr(span) == "TimeSpan.parse('2025-07-01 night')"
    assert eval(repr(span), {"TimeSpan": TimeSpan}) == span  # noqa: S307 - our own repr


# --------------------------------------------------------------------------- algebra


def test_duration_and_midpoint():
    """Duration is end minus start; the midpoint is halfway."""
    span = TimeSpan.parse("2025-07-01 night")
    assert span.duration == dt.timedelta(hours=7)
    assert span.midpoint == _dt(2025, 7, 2, 1, 30)


def test_adjacent_spans_touch_without_overlapping():
    """Consecutive days do not overlap, have a zero gap, and their hull is both days."""
    a, b = TimeSpan.parse("2025-07-01"), TimeSpan.parse("2025-07-02")
    assert not a.overlaps(b)
    assert a.intersection(b) is None
    assert a.gap(b) == dt.timedelta(0)
    assert str(a.hull(b)) == "2025-07-01/2025-07-02"


def test_contains_takes_spans_datetimes_and_dates():
    """``contains`` and ``in`` take spans, instants (end excluded) and dates (whole days)."""
    july = TimeSpan.parse("2025-07")
    assert july.contains(TimeSpan.parse("2025-07-31 evening"))
    assert not july.contains(TimeSpan.parse("2025-07-31 night"))
    assert _dt(2025, 7, 31, 23, 59) in july
    assert _dt(2025, 8, 1) not in july
    assert dt.date(2025, 7, 1) in july
    assert "2025-07-01" not in july


def test_intersection_keeps_an_operands_precision_when_it_is_that_operand():
    """An intersection equal to one span keeps its precision; otherwise it is a RANGE."""
    day = TimeSpan.parse("2025-07-01")
    assert TimeSpan.parse("2025-W27").intersection(day) == day
    part = TimeSpan.parse("2025-06-30/2025-07-02").intersection(TimeSpan.parse("2025-07"))
    assert part is not None
    assert part.precision is Precision.RANGE


@pytest.mark.parametrize(
    ("delta", "expected"),
    [(dt.timedelta(days=1), "2025-07-01/2025-07-03"), (dt.timedelta(0), "2025-07-02")],
)
def test_widen_stretches_both_sides(delta, expected):
    """``widen`` adds ``delta`` on each side; zero gives the span back."""
    assert str(TimeSpan.parse("2025-07-02").widen(delta)) == expected


@pytest.mark.parametrize("delta", [dt.timedelta(hours=-1), 3])
def test_widen_rejects_a_negative_or_non_timedelta(delta):
    """``widen`` by a negative amount or a non-timedelta fails naming ``delta``."""
    with pytest.raises(InvalidClaimError) as info:
        TimeSpan.parse("2025-07-02").widen(delta)
    assert info.value.field == "delta"


# --------------------------------------------------------------------------- properties


@given(timespans())
def test_str_round_trips_through_parse(span):
    """``parse(str(t)) == t`` for every precision, with no reference."""
    again = TimeSpan.parse(str(span))
    assert again == span
    assert again.precision is span.precision


@given(near_spans, near_spans)
def test_overlaps_is_symmetric(a, b):
    """``a.overlaps(b) == b.overlaps(a)``."""
    assert a.overlaps(b) == b.overlaps(a)


@given(near_spans, near_spans)
def test_intersection_is_commutative_and_within_both(a, b):
    """The intersection is commutative, None exactly when disjoint, and inside both spans."""
    meet = a.intersection(b)
    assert meet == b.intersection(a)
    assert (meet is None) == (not a.overlaps(b))
    if meet is not None:
        assert a.contains(meet)
        assert b.contains(meet)


@given(near_spans, near_spans)
def test_contains_implies_overlaps(a, b):
    """A span containing another overlaps it."""
    if a.contains(b):
        assert a.overlaps(b)


@given(near_spans, near_spans)
def test_hull_is_the_smallest_span_containing_both(a, b):
    """The hull contains both spans, commutes, and runs from the first start to the last end."""
    hull = a.hull(b)
    assert hull.contains(a)
    assert hull.contains(b)
    assert hull == b.hull(a)
    assert (hull.start, hull.end) == (min(a.start, b.start), max(a.end, b.end))


@given(near_spans, near_spans)
def test_gap_is_symmetric_and_zero_iff_overlapping_or_adjacent(a, b):
    """The gap is symmetric, never negative, and zero exactly when the spans overlap or touch."""
    assert a.gap(b) == b.gap(a)
    assert a.gap(b) >= dt.timedelta(0)
    touching = a.overlaps(b) or a.end == b.start or b.end == a.start
    assert (a.gap(b) == dt.timedelta(0)) == touching


@given(near_spans, st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=30)))
def test_widened_span_contains_the_span(span, delta):
    """A widened span contains the original and is ``2 * delta`` longer."""
    wide = span.widen(delta)
    assert wide.contains(span)
    assert wide.duration == span.duration + 2 * delta


@given(near_spans)
def test_midpoint_lies_in_the_span(span):
    """The midpoint lies within the span."""
    assert span.contains(span.midpoint)


_WORDS = st.sampled_from(
    [
        "Tuesday",
        "mardi",
        "last",
        "this",
        "night",
        "morning",
        "soir",
        "July",
        "juin",
        "2025",
        "2025-07-01",
        "2025-07",
        "2025-W27",
        "1",
        "31",
        "1er",
        "3rd",
        "-",
        "to",
        "au",
        "a",
        "of",
        "04:00",
        "4h30",
        "4 pm",
        "noon",
        "week",
        "mid",
        "fin",
        "yesterday",
        "hier",
        "tonight",
        "cette",
        "/",
        "2025-07-01T04",
        "+02:00",
        "Z",
        "UTC",
        "0",
        "99",
        "29",
        "February",
        "é",
        ",",
    ]
)


def _parse_or_error(text, reference):
    try:
        return TimeSpan.parse(text, reference=reference)
    except UnparsableValueError as exc:
        return exc


@given(
    st.one_of(st.text(max_size=30), st.lists(_WORDS, max_size=6).map(" ".join)),
    st.sampled_from([None, WED]),
)
def test_any_text_parses_or_raises_unparsable(text, reference):
    """Any text either parses to a span or raises UnparsableValueError, never anything else."""
    result = _parse_or_error(text, reference)
    if isinstance(result, UnparsableValueError):
        assert result.value == text
    else:
        assert TimeSpan.parse(str(result)) == result


# --------------------------------------------------------------------------- two ends


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between Nov. 2022 and Apr. 2023", dt.date(2022, 11, 1), dt.date(2023, 4, 30)),
        ("from March 2021 to June 2022", dt.date(2021, 3, 1), dt.date(2022, 6, 30)),
        ("entre novembre 2022 et avril 2023", dt.date(2022, 11, 1), dt.date(2023, 4, 30)),
        ("Nov 2022 - Apr 2023", dt.date(2022, 11, 1), dt.date(2023, 4, 30)),
        ("2025-07-01 - 2025-07-03", dt.date(2025, 7, 1), dt.date(2025, 7, 3)),
        ("between 2019 and 2021", dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
    ],
)
def test_two_dates_joined_read_as_one_span_from_the_first_to_the_second(text, start, end):
    span = TimeSpan.parse(text)
    assert span.precision is Precision.RANGE
    assert (span.start.date(), (span.end - dt.timedelta(microseconds=1)).date()) == (start, end)


def test_two_ends_in_the_wrong_order_read_as_nothing():
    with pytest.raises(UnparsableValueError, match="ends before it starts"):
        TimeSpan.parse("between April 2023 and Nov 2022")


def test_a_phrase_of_one_date_keeps_its_own_reading():
    """*1-3 July 2025* is read by the date forms, never split into two ends."""
    assert TimeSpan.parse("1-3 July 2025") == TimeSpan.parse("2025-07-01/2025-07-03")


@given(
    first=st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    days=st.integers(1, 4000),
)
def test_two_days_joined_span_exactly_the_hull_of_the_two(first, days):
    """A span named by two days is the hull of the two days' spans."""
    second = first + dt.timedelta(days=days)
    fmt = "{0.day} {0:%B} {0.year}"
    span = TimeSpan.parse(f"between {fmt.format(first)} and {fmt.format(second)}")
    assert (span.start, span.end) == (
        TimeSpan.day(first).start,
        TimeSpan.day(second).end,
    )
