"""Hostile time input: the ends of the calendar, long phrases, any text against any day.

Reproducer class of issue 13: dates at the end of the calendar raised ``OverflowError``
(``TimeSpan.day(date.max)``, ``from_value(datetime.max)``, ``widen`` near year 1 or 9999).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.timespan import Precision, TimeSpan

_LAST_MINUTE = dt.datetime(9999, 12, 31, 23, 59)


@pytest.mark.parametrize("value", [dt.date.max, _LAST_MINUTE, "9999-12-31", "31 December 9999"])
def test_dates_at_the_end_of_the_calendar_are_claimrec_errors(value):
    """The last day (and minute) of the calendar cannot be a span: an InvalidClaimError."""
    with pytest.raises(cr.InvalidClaimError, match="range"):
        TimeSpan.from_value(value)


def test_the_day_before_the_end_of_the_calendar_is_a_span():
    """9999-12-30 is the last day a span can hold."""
    assert str(TimeSpan.day(dt.date(9999, 12, 30))) == "9999-12-30"


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-30"])
def test_widen_at_the_ends_of_the_calendar_stops_there(day):
    """A tolerance window stops at datetime.min/max instead of raising OverflowError."""
    wide = TimeSpan.parse(day).widen(dt.timedelta(days=400))
    assert wide.start >= dt.datetime(1, 1, 1)
    assert wide.precision is Precision.RANGE
    assert wide.contains(TimeSpan.parse(day))


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [("yesterday", dt.date(1, 1, 1)), ("hier", dt.date(1, 1, 1)),
     ("last week", dt.date(1, 1, 3)), ("this week", dt.date(9999, 12, 30)),
     ("last night", dt.date(1, 1, 1)), ("9999-W52", None), ("week of 9999-12-30", None),
     ("0001-01-01/9999-12-31", None), ("9999-12", None), ("9999", None)],
)  # fmt: skip
def test_phrases_past_the_ends_of_the_calendar_are_unparsable(phrase, reference):
    """Phrases reaching before year 1 or after 9999-12-31 say the supported range."""
    with pytest.raises(cr.UnparsableValueError, match="0001-01-01 to 9999-12-30"):
        TimeSpan.parse(phrase, reference=reference)


@pytest.mark.parametrize(
    ("phrase", "reference", "text"),
    [("tonight", dt.date(9999, 12, 30), "9999-12-30 night"),
     ("0001-01-01 morning", None, "0001-01-01 morning"),
     ("today", dt.date(1, 1, 1), "0001-01-01")],
)  # fmt: skip
def test_phrases_at_the_ends_of_the_calendar_are_spans(phrase, reference, text):
    """Phrases just inside the calendar's ends are ordinary spans."""
    assert str(TimeSpan.parse(phrase, reference=reference)) == text


def test_claims_at_the_end_of_the_calendar_relate_and_reconcile():
    """Claims on 9999-12-30 go through align, relate, graph and reconcile without error."""
    claims = [
        cr.Claim(source=s, subject="militants", predicate="killed", value=v, place="Kayes",
                 when="9999-12-30", id=s)
        for s, v in [("a", 3), ("b", 4), ("c", "over 2")]
    ]  # fmt: skip
    result = cr.reconcile(cr.claim_graph(claims))
    assert len(result.items) == 1


def test_long_phrase_is_refused_before_parsing():
    """A phrase over 1,000 characters is not a date: refused at once, with its length."""
    with pytest.raises(cr.UnparsableValueError, match="longer than 1,000 characters"):
        TimeSpan.parse("Tuesday " * 500)


@given(st.text(max_size=60), st.none() | st.dates())
def test_any_text_against_any_day_parses_or_raises_unparsable(text, reference):
    """TimeSpan.parse on any text and any reference day gives a span or a ClaimrecError."""
    try:
        span = TimeSpan.parse(text, reference=reference)
    except cr.UnparsableValueError:
        return
    assert span.start < span.end


@given(st.datetimes(), st.timedeltas(min_value=dt.timedelta(0)))
def test_widen_never_overflows(moment, delta):
    """Widening any minute span by any non-negative delta gives a span."""
    try:
        span = TimeSpan.from_value(moment)
    except cr.InvalidClaimError:
        return
    assert span.widen(delta).contains(span)
