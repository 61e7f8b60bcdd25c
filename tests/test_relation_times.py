"""Tolls of one incident ordered in time: bounds from the reports, rising tolls and disputes.

Made-up claims only (the made-up Kayes market blast of March 2025).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from claimrec.quantity import Quantity
from claimrec.relation import ReasonKind, Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._bounds import bound_day

BLAST = dt.date(2025, 3, 1)


def report(outlet: str, day: dt.date | None, **kw: object) -> Report:
    return Report(outlet=outlet, published=day, id=f"r-{outlet}-{day}", **kw)


def toll(source: str, value: object, cid: str, day: dt.date | None = None, **kw: object) -> Claim:
    """A toll of the blast, relayed by a wire report of ``day`` (undated: no report)."""
    fields: dict[str, object] = {"subject": "people", "predicate": "killed", "place": "Kayes"}
    if day is not None:
        fields["via"] = report(f"Wire {cid}", day)
    return Claim(source=source, value=value, id=cid, **{**fields, **kw})


def days(n: int) -> dt.date:
    return BLAST + dt.timedelta(days=n)


# --------------------------------------------------------------------------- resolution


def test_bounds_come_from_the_earliest_dated_report_of_the_chain():
    radio = Report(outlet="Radio", url="https://radio.example/2025/03/02/blast", id="radio")
    wire = Report(outlet="Wire", published="2025-03-04", relays=radio, id="wire")
    claim = toll("Governor", 40, "c", via=wire)
    rec = resolve([claim])["c"]
    assert rec.stated is None  # a bound is never the statement time
    assert (rec.stated_by.id, rec.stated_by.rule, rec.stated_by.text) == (
        "2025-03-02",
        "report address",
        "Radio",
    )
    assert (rec.happened_by.id, rec.happened_by.rule) == ("2025-03-02", "report address")
    assert "stated by  'Radio' -> 2025-03-02 (report address" in rec.explain()


def test_a_stated_time_and_an_event_time_bound_better_than_the_reports():
    claim = toll(
        "Governor", 40, "c", days(5), stated="2025-03-03", when="2025-03-01/2025-03-02"
    )
    rec = resolve([claim])["c"]
    assert (rec.stated_by.id, rec.stated_by.rule) == ("2025-03-03", "stated")
    assert rec.stated_by is rec.stated  # the statement time bounds itself
    assert (rec.happened_by.id, rec.happened_by.rule) == ("2025-03-01/2025-03-02", "event time")
    assert bound_day(rec.happened_by) == dt.date(2025, 3, 2)  # its last day
    assert "stated by" not in rec.explain()  # the claim's own times are shown as such
    assert resolve([toll("Governor", 40, "u")])["u"].stated_by is None


# --------------------------------------------------------------------------- relations


def test_a_rising_toll_stays_compatible_and_says_which_dates_decided():
    early, late = toll("Hospital", 30, "a", days(1)), toll("Red Cross", 57, "b", days(8))
    rel = relate(early, late)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert not rel.disputed
    assert any("2025-03-02" in r.detail and "2025-03-09" in r.detail for r in rel.reasons)


@pytest.mark.parametrize("lower", ["30", "fewer than 50", "100-300", "up to 40"])
def test_a_lower_figure_of_another_speaker_stated_later_disputes_the_higher(lower):
    """The ministry says 500 on day 1; a week later another body says fewer: a dispute."""
    high = toll("Ministry", "at least 500", "a", days(1))
    low = toll("Agency", lower, "b", days(8))
    rel = relate(high, low)
    assert rel.kind is Relation.CONTRADICTS, rel.explain()
    [why] = [r for r in rel.reasons if r.kind is ReasonKind.TEMPORAL]
    assert "reported by 2025-03-09" in why.detail
    assert "reported by 2025-03-02" in why.detail
    assert relate(low, high).kind is Relation.CONTRADICTS  # either order


def test_the_same_lower_figure_stated_before_is_a_rising_toll():
    low = toll("Agency", "30", "b", days(1))
    high = toll("Ministry", "at least 500", "a", days(8))
    assert relate(high, low).kind is Relation.COMPATIBLE


def test_the_same_speaker_lower_later_is_a_revision_not_a_dispute():
    first = toll("Ministry", 500, "a", days(1))
    second = toll("Ministry", 300, "b", days(8))
    rel = relate(second, first)
    assert rel.kind is Relation.REVISES, rel.explain()
    assert not rel.disputed


def test_undated_tolls_stay_compatible_whatever_their_order():
    high, low = toll("Ministry", "at least 500", "a"), toll("Agency", "100-300", "b")
    assert relate(high, low).kind is Relation.COMPATIBLE


@pytest.mark.parametrize(
    ("high_kw", "low_value"),
    [
        ({"hedge": "could reach"}, "300"),  # a possibility, not a count
        ({}, "dozens"),  # an impression, not a count
    ],
)
def test_no_dispute_from_a_possibility_or_an_impression(high_kw, low_value):
    high = toll("Ministry", "500", "a", days(1), **high_kw)
    low = toll("Agency", low_value, "b", days(8))
    assert relate(high, low).kind is not Relation.CONTRADICTS


def test_an_event_that_began_after_the_other_was_reported_is_another_event():
    """500 reported on day 1; 30 killed in an attack on day 6 at Kayes: two events."""
    high = toll("Ministry", "500", "a", days(1))
    low = toll("Agency", "30", "b", days(8), when=str(days(6)))
    assert relate(high, low).kind is not Relation.CONTRADICTS


def test_relate_with_context_agrees_with_the_graph():
    claims = [
        toll("Ministry", "at least 500", "a", days(1)),
        toll("Agency", "100-300", "b", days(8)),
        toll("Hospital", "30", "c", days(0)),
        toll("Ministry", "450", "d", days(9)),
    ]
    graph = claim_graph(claims)
    for i, x in enumerate(claims):
        for y in claims[i + 1 :]:
            got = graph.relationship(x.id, y.id)
            want = relate(x, y, context=claims)
            assert (got.kind if got else Relation.UNRELATED) is want.kind, want.explain()


# --------------------------------------------------------------------------- property

_COUNTS = st.sampled_from(["30", "45", "at least 60", "100-150", "fewer than 20", "up to 80"])


@settings(max_examples=60, deadline=None)
@given(
    first=_COUNTS,
    second=_COUNTS,
    day_a=st.integers(0, 20),
    day_b=st.integers(0, 20),
)
def test_far_apart_dated_tolls_contradict_exactly_when_the_later_is_lower(
    first, second, day_a, day_b
):
    """Two speakers' tolls reported more than 3 days apart: a dispute iff the later is lower.

    And the relation is symmetric (``relate(b, a)`` is the converse).
    """
    a = toll("Ministry", first, "a", days(day_a))
    b = toll("Agency", second, "b", days(day_b))
    rel = relate(a, b)
    assert relate(b, a) == rel.converse()
    if abs(day_a - day_b) <= 3:
        return
    early, late = (a, b) if day_a < day_b else (b, a)
    ve, vl = early.value, late.value
    assert isinstance(ve, Quantity)
    assert isinstance(vl, Quantity)
    lower_later = vl.high is not None and ve.low is not None and vl.high < ve.low
    assert (rel.kind is Relation.CONTRADICTS) == lower_later, rel.explain()
    if not lower_later:
        assert not (rel.disputed and rel.kind is Relation.CONTRADICTS)


def test_a_bound_is_a_day_span():
    rec = resolve([toll("Governor", 40, "c", days(2))])["c"]
    assert rec.stated_by is not None
    assert attrs.asdict(rec.stated_by)["rule"] == "report chain"
    assert str(rec.stated_by.record) == "2025-03-03"


def test_one_speakers_reports_are_ordered_by_their_chains_earliest_dates():
    """The relay is undated but the radio it relays has a dated address: a revision."""
    radio = Report(outlet="Radio", url="https://radio.example/2025/03/02/blast", id="radio")
    first = toll("Ministry", 500, "a", via=Report(outlet="Wire", relays=radio, id="wire"))
    second = toll("Ministry", 300, "b", days(8))
    assert relate(second, first).kind is Relation.REVISES
    undated = attrs.evolve(first, via=Report(outlet="Wire", id="wire2"))
    # which came first is unknown: a revision all the same, ordered by the toll's rise
    # (the lower read as the earlier), and the reason says no date ordered them
    rel = relate(second, undated)
    assert rel.kind is Relation.REVISED_BY
    assert any("no date orders" in r.detail for r in rel.reasons_of("same_speaker"))
