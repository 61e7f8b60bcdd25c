"""Sources, reports and claims: conversion at the boundary, validation, stable ids."""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._text import normalize


def _claim(**kw):
    base = {"source": "FAMa", "subject": "militants", "predicate": "killed"}
    base.update(kw)
    return cr.Claim(**base)


def test_source_from_a_name():
    """A bare name becomes a Source with kind 'other'."""
    claim = _claim(source="JNIM")
    assert claim.source == cr.Source(name="JNIM")
    assert claim.source.kind is cr.SourceKind.OTHER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("state", "state"),
        ("armed group", "armed_group"),
        ("Armed-Group", "armed_group"),
        ("international org", "international_org"),
        ("NGO", "ngo"),
        ("witness", "witness"),
    ],
)
def test_source_kind_accepts_plain_words(text, kind):
    """Source kinds accept the words an analyst writes."""
    assert cr.Source(name="x", kind=text).kind.value == kind


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "rebel"}, "kind"),
        ({"reliability": 1.2}, "reliability"),
        ({"reliability": "high"}, "reliability"),
        ({"aliases": [""]}, "aliases"),
        ({"name": ""}, "source"),
    ],
)
def test_bad_source_fields_name_the_field(kwargs, field):
    """A bad Source field fails at construction, naming the field."""
    args = {"name": "FAMa", **kwargs}
    with pytest.raises(cr.InvalidClaimError) as info:
        cr.Source(**args)
    assert info.value.field == field


def test_value_text_becomes_a_quantity():
    """``value='over 80'`` becomes a Quantity that excludes 80 and includes 81."""
    value = _claim(value="over 80").value
    assert isinstance(value, cr.Quantity)
    assert not value.contains(80)
    assert value.contains(81)


def test_value_number_becomes_an_exact_quantity():
    """A number becomes an exact Quantity."""
    assert _claim(value=12).value == cr.Quantity.parse("12")


def test_value_plain_text_stays_text():
    """Text that is neither an amount nor a date stays a string."""
    assert (
        _claim(value="coordinated and of high quality").value == "coordinated and of high quality"
    )


def test_value_category_is_kept():
    """A Category passes through unchanged."""
    cat = cr.Category(value="repelled")
    assert _claim(value=cat).value is cat


@pytest.mark.parametrize("bad", ["   ", 3j, [1, 2], {"a": 1}])
def test_bad_value_fails_naming_value(bad):
    """A blank or untyped value fails at construction naming the field ``value``."""
    with pytest.raises(cr.InvalidClaimError) as info:
        _claim(value=bad)
    assert info.value.field == "value"


def test_when_text_becomes_a_timespan():
    """``when='2025-07-01'`` becomes a day-precision TimeSpan."""
    when = _claim(when="2025-07-01").when
    assert isinstance(when, cr.TimeSpan)
    assert when.start == dt.datetime(2025, 7, 1)


def test_relative_when_is_read_against_the_report_date():
    """'Tuesday morning' in a report published Wednesday 2 July 2025 means 1 July 2025."""
    claim = _claim(when="Tuesday morning", via=cr.Report(outlet="x", published="2025-07-02"))
    assert claim.when.start.date() == dt.date(2025, 7, 1)


def test_relative_when_without_a_reference_fails_clearly():
    """A relative date with no report date fails naming ``when`` and saying why."""
    with pytest.raises(cr.InvalidClaimError) as info:
        _claim(when="Tuesday morning")
    assert info.value.field == "when"
    assert "via.published" in str(info.value)


def test_stated_is_not_the_event_time():
    """The statement time is kept apart from the event time."""
    claim = _claim(when="2025-07-01", stated="2025-07-02")
    assert claim.when != claim.stated
    assert claim.statement_time == claim.stated


@pytest.mark.parametrize("field", ["subject", "predicate"])
def test_blank_required_text_fails(field):
    """Blank subject or predicate fails naming the field."""
    with pytest.raises(cr.InvalidClaimError) as info:
        _claim(**{field: "  "})
    assert info.value.field == field


def test_polarity_words():
    """Polarity accepts 'denied' and booleans."""
    assert _claim(polarity="denied").denied
    assert _claim(polarity=False).polarity is cr.Polarity.DENIED
    with pytest.raises(cr.InvalidClaimError):
        _claim(polarity="maybe")


def test_id_is_stable_and_content_derived():
    """Equal content gives equal ids; different content different ids; a given id is kept."""
    assert _claim(value="80").id == _claim(value="eighty").id
    assert _claim(value="80").id != _claim(value="81").id
    assert _claim(id="fama-1").id == "fama-1"


def test_claims_are_frozen_and_hashable():
    """Claims are immutable values usable in sets; changes go through attrs.evolve."""
    claim = _claim(value="over 80")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.subject = "soldiers"  # type: ignore[misc]
    assert len({claim, _claim(value="over 80")}) == 1
    assert attrs.evolve(claim, subject="soldiers").subject == "soldiers"


def test_whitespace_is_folded():
    """Runs of white space in text fields fold to one space."""
    assert _claim(subject="  military   installations ").subject == "military installations"


def test_report_chain_follows_relays():
    """A report's chain leads back to the statement it relays."""
    tv = cr.Report(outlet="ORTM", published="2025-07-01")
    wire = cr.Report(outlet="Wire", published="2025-07-02", relays=tv)
    paper = cr.Report(outlet="Paper", relays=wire)
    assert [r.outlet for r in paper.chain()] == ["Paper", "Wire", "ORTM"]
    assert paper.origin is tv


def test_report_published_must_be_a_date():
    """A report's publication date must read as a date."""
    with pytest.raises(cr.InvalidClaimError) as info:
        cr.Report(outlet="x", published="soon")
    assert info.value.field == "published"


def test_report_relays_must_be_a_report():
    """``relays`` takes a Report, not a bare string."""
    with pytest.raises(cr.InvalidClaimError) as info:
        cr.Report(outlet="x", relays="ORTM")
    assert info.value.field == "relays"


def test_describe_mentions_denial():
    """A denied claim reads as a denial."""
    assert "DENIES" in _claim(polarity="denied").describe()


def test_text_with_a_number_that_is_not_an_amount_warns():
    """'at least 30 people' stays text but warns: the amount is expected alone."""
    with pytest.warns(cr.ClaimrecWarning, match="amount alone"):
        claim = _claim(value="at least 30 people")
    assert claim.value == "at least 30 people"


def test_equal_short_texts_of_claims_are_one_object_and_long_quotes_are_not_kept_twice():
    """Claims that repeat a subject or place hold one copy of it (a million claims, few texts)."""
    a, b = (
        cr.Claim(source="A", subject=" militants ", predicate="killed", place="Kayes  ",
                 quote="q" * 100)
        for _ in range(2)
    )  # fmt: skip
    assert a.subject is b.subject
    assert a.place is b.place
    assert a.quote == b.quote


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("dozens of soldiers", "'dozens'"),
        ("30-odd soldiers", "'30-odd'"),
        ("a civilian", "'1'"),
        ("un civil", "'1'"),
        ("des dizaines de soldats", "'des dizaines'"),
        ("30 jours", "'jours'"),
        ("30 days", "'days'"),
        ("5 km", "'km'"),
        ("killed twelve people in Kayes", "'twelve'"),
    ],
)
def test_text_holding_an_amount_warns_naming_it(value, named):
    """Text that keeps an amount the parser did not read stays text with a warning naming it."""
    with pytest.warns(cr.ClaimrecWarning, match=named):
        claim = _claim(value=value)
    assert claim.value == value


def test_a_duration_is_not_a_count():
    """'30 days' is never a casualty figure: it stays text and the warning says why."""
    with pytest.warns(cr.ClaimrecWarning, match="measure"):
        assert cr.to_value("30 days") == "30 days"


@pytest.mark.parametrize(
    "text", ["heavy losses", "two Russian rockets", "a missile, or part of one, from Gaza"]
)
def test_text_without_an_unread_toll_does_not_warn(text):
    """Qualitative text, and an amount describing a thing, stay text without a warning."""
    assert cr.to_value(text) == text


@pytest.mark.parametrize(("value", "integer"), [(30.1, False), (30, True), (30.0, True)])
def test_numbers_are_accepted_as_numbers(value, integer):
    """Claim(value=30.1) is a measurement, as '30.1' is; whole numbers are counts."""
    q = _claim(value=value).value
    assert q.low == value
    assert q.integer is integer


@pytest.mark.parametrize("text", ["at least 71", "over 70", "as many as 82", "30-odd", "1.000"])
def test_describe_keeps_the_claims_own_words(text):
    """describe() never rewrites a bound: 'at least 71' is not shown as 'over 70'."""
    assert _claim(value=text).describe().endswith(text)


@given(st.text(max_size=300))
@settings(max_examples=80, deadline=None)
def test_to_value_raises_only_claimrec_errors(text):
    """Any text becomes a value or raises a claimrec error (warnings aside)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        with contextlib.suppress(cr.ClaimrecError):
            cr.to_value(text)


@given(st.lists(st.text(max_size=20), max_size=6))
@settings(max_examples=60, deadline=None)
def test_a_list_value_raises_only_claimrec_errors(items):
    """Any list becomes a SetValue or raises a claimrec error naming the field 'value'."""
    if any(not normalize(item) for item in items) or not items:
        with pytest.raises(cr.InvalidClaimError) as info:
            cr.to_value(items)
        assert info.value.field == "value"
    else:
        assert isinstance(cr.to_value(items), cr.SetValue)
