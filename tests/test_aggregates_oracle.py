"""The fast aggregates equal the simple ones: each total masking every dated claim (the oracle).

``relation._aggregates`` sorts the dated one-incident claims by (family, start) once and
slices each candidate total's window with ``searchsorted``; it reads places and
predicates per distinct name (``Resolution._records``). ``_aggregates_reference`` compares
every candidate with every dated claim. Both must give the same dict, in the same order,
with the same tuples: on generated claims (spans of a week or more, places in several
countries, undated claims, claims at a window's very edges) and on the news corpus.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.resolution import Resolution
from tests.strategies import examples

WEEK = dt.timedelta(days=7)
ROOT = Path(__file__).resolve().parent.parent
_module = importlib.import_module("claimrec.relation._aggregates")  # not the re-exported name
fast = _module._aggregates
reference = _module._aggregates_reference

# towns and villages of three countries, their regions and countries, an area, lists
# naming places in one or several countries, and a name no gazetteer knows
_PLACES = (
    "Kayes", "Diboli", "Sandare", "Kayes Region", "Mali", "northern Mali", "Gao",
    "Niamey", "Tillaberi", "Niger", "Djibo", "Burkina Faso",
    "Kayes and Niamey", "Gao, Menaka and Tillaberi", "Kayes and Diboli", "Nowhereville",
)  # fmt: skip
# most of one family (casualties), so that totals find several incidents
_PREDICATES = ("killed", "killed", "killed", "wounded", "attacked", "kidnapped", "shelled", "sang")
# July 2025 and its edges: the first and last day, the night of the last day (which ends
# on 1 August), the days just outside; weeks, parts of the month, ranges of 2 and 7 days
_WHENS = (
    None, "2025-07-01", "2025-07-02", "2025-07-07", "2025-07-31", "2025-06-30",
    "2025-08-01", "2025-07-01 morning", "2025-07-31 night", "2025-07-06 night",
    "2025-07-01T04", "2025-07-07T23:59", "2025-W27", "2025-W28", "2025-07", "2025-07 early",
    "2025-07 late", "2025-07-01/2025-07-03", "2025-07-01/2025-07-08",
    "2025-06-30/2025-07-07", "2025-06", "2025",
)  # fmt: skip
# half the claims on one day of July (or a part of it): incidents the totals may cover
_DAYS = tuple(w for w in _WHENS if w is not None and w.startswith("2025-07-") and "/" not in w)
_REPORTS = (None, Report(outlet="AFP", id="r1"), Report(outlet="RFI", id="r2"))


@st.composite
def _claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 30))
    ids = draw(st.permutations([f"c{k:02d}" for k in range(n)]))
    out = []
    for claim_id in ids:
        out.append(
            Claim(
                id=claim_id,
                source=draw(st.sampled_from(("UN", "ACLED", "army", "a resident"))),
                subject=draw(st.sampled_from(("civilians", "soldiers"))),
                predicate=draw(st.sampled_from(_PREDICATES)),
                value=draw(st.sampled_from((None, "3", "12", "about 40"))),
                place=draw(st.sampled_from((None, *_PLACES))),
                when=draw(st.sampled_from(_WHENS) | st.sampled_from(_DAYS)),
                via=draw(st.sampled_from(_REPORTS)),
            )
        )
    return out


def assert_same(claims: list[Claim], resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """Both functions give the same totals, in the same order, covering the same claims."""
    got, want = fast(claims, resolution), reference(claims, resolution)
    assert list(got.items()) == list(want.items())
    return got


def assert_same_records(resolution: Resolution) -> None:
    """``Resolution._records`` reads each claim's place, places and predicate as ``res[i]``."""
    place, places, pred = resolution._records()
    for i, rec in enumerate(resolution):
        assert place[i] is (None if rec.place is None else rec.place.record)
        assert places[i] == tuple(p.record for p in rec.places)
        assert pred[i] is (None if rec.predicate is None else rec.predicate.record)


@settings(max_examples=examples(50), deadline=None)
@given(_claim_sets())
def test_the_fast_aggregates_equal_the_oracle(claims):
    resolution = cr.resolve(claims)
    assert_same(claims, resolution)
    assert_same_records(resolution)


def _killed(cid: str, place: str, when: str, source: str = "UN") -> Claim:
    return Claim(
        id=cid, source=source, subject="civilians", predicate="killed", value="5",
        place=place, when=when,
    )  # fmt: skip


def test_a_month_covers_its_first_and_last_day_and_nothing_across_its_edges():
    """The window is [start, end): a claim ending exactly at the month's end is inside."""
    claims = [
        _killed("total", "Mali", "2025-07", source="ACLED"),
        _killed("first", "Kayes", "2025-07-01"),
        _killed("last", "Diboli", "2025-07-31"),
        _killed("last-night", "Diboli", "2025-07-31 night"),  # ends on 1 August
        _killed("before", "Kayes", "2025-06-30"),
        _killed("after", "Kayes", "2025-08-01"),
        _killed("elsewhere", "Niamey", "2025-07-10"),
        _killed("undated", "Kayes", None),  # type: ignore[arg-type]
    ]
    got = assert_same(claims, cr.resolve(claims))
    assert got == {"total": ("first", "last")}


def test_places_in_several_countries_make_a_total_of_the_same_day():
    """A claim naming towns of two countries covers a claim in each, on its own day."""
    claims = [
        _killed("both", "Kayes and Niamey", "2025-07-02"),
        _killed("kayes", "Kayes", "2025-07-02T04"),
        _killed("niamey", "Niamey", "2025-07-02 morning"),
        _killed("djibo", "Djibo", "2025-07-02"),
    ]
    got = assert_same(claims, cr.resolve(claims))
    assert got == {"both": ("kayes", "niamey")}


def test_one_incident_told_twice_is_not_a_total():
    """Two claims of one place and day are one incident: the week is no aggregate."""
    claims = [
        _killed("week", "Mali", "2025-W27", source="ACLED"),
        _killed("a", "Kayes", "2025-07-01"),
        _killed("b", "Kayes", "2025-07-01 morning", source="army"),
    ]
    assert assert_same(claims, cr.resolve(claims)) == {}


def test_the_fast_aggregates_equal_the_oracle_on_the_news_corpus():
    """The whole real-news corpus (every event's claims, resolved together)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks import news_relations as bench  # noqa: PLC0415

    claims = list(bench.load().claims)
    resolution = cr.resolve(claims)
    assert_same(claims, resolution)  # its totals are mostly undated: none qualifies today
    weeks = [c for c in claims if c.when is not None and c.when.end - c.when.start >= WEEK]
    assert weeks  # but it has candidates, whose windows both functions read
    assert_same_records(resolution)


@pytest.mark.parametrize("n", [2000])
def test_the_fast_aggregates_equal_the_oracle_on_synthetic_claims(n):
    """Synthetic claims of twelve countries over years: many totals, many windows."""
    sys.path.insert(0, str(ROOT))
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415

    world = build_world(seed=0)
    claims = list(generate(n, seed=3, world=world).claims)
    got = assert_same(claims, cr.resolve(claims, vocabulary=world.vocabulary))
    assert got
