"""Hostile arguments to the model: strict converters, ClaimrecErrors that name the field.

Reproducer classes of issue 13: ``Claim()`` with a wrong argument raised ``TypeError``; a
qualifiers dict became its keys; lone surrogates crashed the content digest with
``UnicodeEncodeError``; relay chains of a thousand reports exhausted the stack; numbers
beyond float range raised ``OverflowError``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._limits import MAX_RELAY_DEPTH, MAX_TEXT_CHARS

_BASE = {"source": "FAMa", "subject": "militants", "predicate": "killed"}


@pytest.mark.parametrize(
    ("cls", "kwargs", "field"),
    [(cr.Claim, {**_BASE, "valeu": "80"}, "valeu"),
     (cr.Claim, {"source": "FAMa", "subject": "militants"}, "predicate"),
     (cr.Source, {"name": "FAMa", "party_": "Mali"}, "party_"),
     (cr.Report, {"outlet": "ORTM", "relayed": None}, "relayed")],
)  # fmt: skip
def test_claim_with_a_wrong_argument_raises_argument_error(cls, kwargs, field):
    """An unknown or missing argument is an ArgumentError naming it (still a TypeError)."""
    with pytest.raises(cr.ArgumentError) as info:
        cls(**kwargs)
    assert info.value.field == field
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, cr.ClaimrecError)


def test_argument_error_suggests_the_close_field():
    """A misspelt field name suggests the right one."""
    with pytest.raises(cr.ArgumentError, match="did you mean 'value'"):
        cr.Claim(**_BASE, valeu="80")


def test_positional_arguments_are_an_argument_error():
    """Claim takes keywords only; positional arguments say so."""
    with pytest.raises(cr.ArgumentError, match="keyword arguments only"):
        cr.Claim("FAMa", "militants", "killed")  # type: ignore[misc]


@pytest.mark.parametrize(
    "qualifiers", [{"in every location": True}, {"a", "b"}, frozenset({"a"}), b"ab", 3]
)
def test_qualifiers_dict_is_refused_not_turned_into_its_keys(qualifiers):
    """Only a string, a list or a tuple is accepted: a dict or set would change silently."""
    with pytest.raises(cr.InvalidClaimError) as info:
        cr.Claim(**_BASE, qualifiers=qualifiers)
    assert info.value.field == "qualifiers"


@pytest.mark.parametrize("field", ["subject", "predicate", "place", "quote", "hedge", "event"])
def test_lone_surrogate_in_a_field_is_refused(field):
    """A lone surrogate is not text: refused, naming the field and the code point."""
    with pytest.raises(cr.InvalidClaimError, match="U\\+D800") as info:
        cr.Claim(**{**_BASE, field: "mili\ud800tants"})
    assert info.value.field == field


def test_lone_surrogate_in_a_value_or_a_source_name_is_refused():
    """Values, source names and report outlets refuse lone surrogates too."""
    with pytest.raises(cr.InvalidClaimError, match="U\\+DC9D"):
        cr.Claim(**_BASE, value="eighty\udc9d")
    with pytest.raises(cr.InvalidClaimError, match="U\\+DFFF"):
        cr.Source(name="FA\udfffMa")
    with pytest.raises(cr.InvalidClaimError, match="U\\+D83D"):
        cr.Report(outlet="ORTM\ud83d")


@pytest.mark.parametrize("field", ["subject", "quote", "value", "id"])
def test_text_longer_than_the_limit_is_refused(field):
    """A field over MAX_TEXT_CHARS characters is refused with its length."""
    with pytest.raises(cr.InvalidClaimError, match="longer than 10,000 characters") as info:
        cr.Claim(**{**_BASE, field: "x" * (MAX_TEXT_CHARS + 1)})
    assert info.value.field == field
    assert len(str(info.value)) < 300  # the message quotes the value shortly


def test_relay_chain_of_a_thousand_reports_is_refused():
    """A report cannot relay a chain that would be longer than MAX_RELAY_DEPTH."""
    report = cr.Report(outlet="r0")
    for k in range(1, MAX_RELAY_DEPTH):
        report = cr.Report(outlet=f"r{k}", relays=report)
    assert len(report.chain()) == MAX_RELAY_DEPTH
    with pytest.raises(cr.InvalidClaimError, match="relay chain longer than") as info:
        cr.Report(outlet="one too many", relays=report)
    assert info.value.field == "relays"


@pytest.mark.parametrize("reliability", [10**400, -(10**400), float("nan"), float("inf")])
def test_reliability_beyond_float_range_is_refused(reliability):
    """A huge integer reliability is an InvalidClaimError, not an OverflowError."""
    with pytest.raises(cr.InvalidClaimError):
        cr.Source(name="FAMa", reliability=reliability)


def test_huge_integer_id_is_refused():
    """An integer id over 100 digits is refused (its str() would exceed Python's limit)."""
    with pytest.raises(cr.InvalidClaimError):
        cr.Claim(**_BASE, id=10**5000)


@pytest.mark.parametrize("when", [dt.date.max, dt.datetime(9999, 12, 31, 23, 59, 30), "9999-12-31"])
def test_dates_at_the_end_of_the_calendar_are_claimrec_errors(when):
    """The last day of the calendar is out of range: an InvalidClaimError, not OverflowError."""
    with pytest.raises(cr.InvalidClaimError, match="range"):
        cr.Claim(**_BASE, when=when)


def test_publication_on_the_last_day_of_the_calendar_is_refused():
    """A report published on 9999-12-31 is refused: its day could not be a time span."""
    with pytest.raises(cr.InvalidClaimError):
        cr.Report(outlet="ORTM", published=dt.date.max)


# --------------------------------------------------------------------------- properties

_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = ("source", "subject", "predicate", "value", "polarity", "hedge", "qualifiers",
           "actor", "place", "when", "stated", "event", "via", "quote", "id", "bogus")  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(st.sampled_from(_FIELDS), _JSONISH, max_size=6))
def test_any_keyword_arguments_build_a_claim_or_raise_a_claimrec_error(kwargs):
    """Claim(**anything JSON can hold) gives a Claim or a ClaimrecError, never another error."""
    try:
        claim = cr.Claim(**{**_BASE, **kwargs})
    except cr.ClaimrecError:
        return
    except cr.ClaimrecWarning:  # text with a digit that is neither an amount nor a date
        return
    assert claim.id
    claim.describe()
