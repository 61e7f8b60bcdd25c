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
from claimrec.relation._fields import _one_time, _Pair
from claimrec.relation._lookup import _lookup
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
    claim = toll("Governor", 40, "c", days(5), stated="2025-03-03", when="2025-03-01/2025-03-02")
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


# --------------------------------------------------------------------------- one time

#: A hospital in the blast's town (a named site) or the town itself.
_SITES = st.sampled_from(["Nour hospital in Kayes", "Kayes", "the train station in Kayes"])
#: How a statement is dated: not at all, by its report's day, or by its own time.
_DATINGS = st.sampled_from(["none", "report", "stated"])
_SPEAKERS = st.sampled_from(["Ministry", "Agency", "Hospital"])


#: One side of a pair: figure, speaker, place, dating, day of the statement or report,
#: day of the event (or none).
_SIDES = st.tuples(
    _COUNTS, _SPEAKERS, _SITES, _DATINGS, st.integers(0, 12), st.none() | st.integers(0, 2)
)


def _dated_toll(cid: str, side: tuple[str, str, str, str, int, int | None]) -> Claim:
    value, source, place, dating, day, when = side
    kw: dict[str, object] = {"place": place}
    if dating == "stated":
        kw["stated"] = str(days(day))
    if when is not None:
        kw["when"] = str(days(when))
    return toll(source, value, cid, days(day) if dating == "report" else None, **kw)


@settings(max_examples=80, deadline=None)
@given(first=_SIDES, second=_SIDES)
def test_one_time_and_the_relation_do_not_depend_on_the_order(first, second):
    """Whether two figures are dated to one time is symmetric in (a, b), and so is relate.

    Undated, dated by the report or by the statement, at one site or two, with or without
    event times: ``_one_time`` reads the pair the same either way round, and ``relate(b,
    a)`` is the converse of ``relate(a, b)``.
    """
    a, b = _dated_toll("a", first), _dated_toll("b", second)
    res, lookup = resolve([a, b]), _lookup(None)
    forward = _one_time(_Pair(a, b, res["a"], res["b"], lookup))
    assert forward == _one_time(_Pair(b, a, res["b"], res["a"], lookup))
    assert relate(b, a) == relate(a, b).converse()


def test_one_dated_statement_and_one_undated_are_one_time_only_at_one_named_site():
    """The ministry's 471 reported on day 1, an agency's undated 100-300 (made-up).

    At one hospital the two are a dispute (a site is struck once far more often than a
    town, and the dated figure anchors the count); in the town they stay compatible, and
    the reason says which dates were missing.
    """
    for place, kind in (("Nour hospital in Kayes", Relation.CONTRADICTS), ("Kayes", None)):
        dated = toll("Ministry", "471", "a", days(1), place=place)
        undated = toll("Agency", "100-300", "b", place=place)
        rel = relate(dated, undated)
        assert rel.kind is (kind or Relation.COMPATIBLE), rel.explain()
        assert relate(undated, dated) == rel.converse()
        if kind is None:
            why = [r.detail for r in rel.reasons_of("item")]
            assert any("Agency undated" in w and "reported by" in w for w in why), why
            assert not rel.disputed


def test_two_speakers_undated_at_one_site_stay_compatible():
    """Both undated, even at one named site: nothing dates the two counts to one time.

    Measured (benchmarks/one_time_variants.py, ``site``): disputing them gained one right
    contradiction on the corpus and nothing on the held-out events; an undated count at
    a station is as often a count so far (a toll that rose) as a rival figure.
    """
    first = toll("Hospital", "30", "a", place="the train station in Kayes")
    second = toll("Red Cross", "57", "b", place="the train station in Kayes")
    rel = relate(first, second)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert not rel.disputed
    said = {"stated": str(days(0))}  # the same two figures said the same day: a dispute
    rel = relate(attrs.evolve(first, **said), attrs.evolve(second, **said))
    assert rel.kind is Relation.CONTRADICTS
