"""Events: an aligned item of loose claims does not bridge incidents months apart."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from tests.strategies import examples


def _claim(cid: str, via: Report | None, **kw: object) -> Claim:
    fields: dict[str, object] = {
        "source": "Source " + cid,
        "subject": "people",
        "predicate": "killed",
        "value": 20,
        "id": cid,
        "via": via,
    }
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def _two_incidents() -> list[Claim]:
    # an incident of 2020 in Kelmaro, its report's loose "people killed" (no place, no
    # time) aligned with those of reports of 2015, which name no place
    early = Report(outlet="Early", published="2015-10-04", id="early")
    late = Report(outlet="Late", published="2020-11-12", id="late")
    return [
        _claim("early-dated", early, subject="hospital", predicate="struck", value=None,
               when="2015-10-03"),
        _claim("early-loose", early),
        _claim("late-placed", late, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro", when="2020-11-09"),
        _claim("late-loose", late, value=21),
        # reported by 5 October 2015: long before the incident of 2020
        _claim("reported-early", Report(outlet="Wire", published="2015-10-05", id="w"),
               value=22),
        # no date, no place, nothing in its report: of either, bridging neither
        _claim("unplaced", Report(outlet="Blog", id="blog"), value=19),
        _claim("unplaced-2", Report(outlet="Post", id="post"), value=20),
    ]  # fmt: skip


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def test_a_loose_item_does_not_bridge_two_incidents_years_apart():
    """The loose tolls align as one item, but each joins its own report's incident."""
    claims = _two_incidents()
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["early-loose"] == items["late-loose"] == items["unplaced"]  # one item
    assert _same(graph, "late-loose", "late-placed")
    assert _same(graph, "early-loose", "early-dated")
    assert _same(graph, "reported-early", "early-loose")
    assert not _same(graph, "early-loose", "late-placed")
    assert not _same(graph, "unplaced", "early-loose")
    assert not _same(graph, "unplaced", "late-placed")
    assert _same(graph, "unplaced", "unplaced-2")  # what nothing separates stays together


def test_an_item_of_one_incident_still_joins_its_loose_claims():
    """With one incident in the item, its claims are one event through the item: a claim
    reported after the incident may be of it, one reported by no date too (nothing there
    names a country); it joins the incident its report places (``test_event_reached``)."""
    claims = [c for c in _two_incidents() if c.id.startswith(("late", "unplaced"))]
    claims.append(_claim("reported-late", Report(outlet="W", published="2020-11-15", id="w2")))
    graph = claim_graph(claims)
    loose = ("late-loose", "reported-late", "unplaced", "unplaced-2", "late-placed")
    assert len({graph.event_of(c).id for c in loose}) == 1


YEARS = ("2015-10-03", "2015-10-20", "2020-04", "2020-11-09", None)
# 2018 and 2023: more than two years after the incidents of 2015 and of 2020
PUBLISHED = ("2015-10-04", "2016-01-10", "2018-03-01", "2020-11-12", "2023-04-12", None)


@st.composite
def far_incidents(draw: st.DrawFn) -> list[Claim]:
    reports = [Report(outlet=f"R{n}", published=draw(st.sampled_from(PUBLISHED)), id=f"r{n}")
               for n in range(5)]  # fmt: skip
    out = []
    for k in range(draw(st.integers(2, 12))):
        when = draw(st.sampled_from(YEARS))
        place = (
            draw(st.sampled_from(("Kouakourou", "Moura", "Kelmaro, Cameroon", None)))
            if when
            else None
        )
        out.append(
            _claim(
                f"c{k}",
                draw(st.sampled_from((*reports, None))),
                value=draw(st.integers(10, 12)),
                place=place,
                when=when,
            )
        )
    return out


@settings(max_examples=examples(30), deadline=None)
@given(claims=far_incidents(), seed=st.integers(0, 1000))
def test_items_split_by_days_give_the_same_events_in_any_order(claims, seed):
    """Splitting items by their claims' days is order-independent."""
    assert_same_events_in_any_order(claims, seed)


def assert_same_events_in_any_order(claims: list[Claim], seed: int) -> None:
    """The graph's events of ``claims`` and of a shuffled copy are the same."""
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    first = sorted(e.ids for e in claim_graph(claims).events())
    second = sorted(e.ids for e in claim_graph(shuffled).events())
    assert first == second


def test_an_undated_report_is_dated_by_the_events_of_its_other_claims():
    """An undated article one of whose claims is one event (one label) with a report of
    2015 was written by then: its loose toll is not of the incident of 2020 either."""
    undated = Report(outlet="Undated", id="undated")
    claims = [
        *_two_incidents(),
        _claim("undated-labelled", undated, subject="hospital", predicate="struck", value=None,
               event="the hospital strike"),
        _claim("dated-labelled", Report(outlet="Dated", published="2015-10-06", id="dated"),
               subject="hospital", predicate="struck", value=None,
               event="the hospital strike"),
        _claim("undated-loose", undated, value=18),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["undated-loose"] == items["late-loose"]
    assert _same(graph, "undated-labelled", "dated-labelled")
    assert _same(graph, "undated-loose", "reported-early")
    assert not _same(graph, "undated-loose", "late-placed")
    assert not _same(graph, "undated-loose", "unplaced")


def test_an_item_s_claims_reported_years_after_its_incident_are_not_of_it():
    """A loose toll reported in 2023, nothing else placing it, is not of an incident of
    2020 its words align with; tolls reported in 2020 and in 2023 with no dated
    incident at all are two incidents' too."""
    late = Report(outlet="Late", published="2020-11-12", id="late")
    years = [Report(outlet=f"Y{n}", published=f"2023-04-1{n}", id=f"y{n}") for n in (2, 3)]
    claims = [
        _claim("placed", late, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro", when="2020-11-09"),
        _claim("late-loose", late, value=21),
        _claim("soon", Report(outlet="Soon", published="2020-11-20", id="soon"), value=22),
        _claim("years-1", years[0], value=23),
        _claim("years-2", years[1], value=24),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert len({items[c] for c in ("late-loose", "soon", "years-1", "years-2")}) == 1
    assert _same(graph, "soon", "placed")  # reported eight days after: of it
    assert not _same(graph, "years-1", "placed")
    assert _same(graph, "years-1", "years-2")  # reported a day apart, of one incident
    # with no dated incident in the item, reports of 2020 and of 2023 are two incidents'
    undated = [c for c in claims if c.id != "placed"]
    graph = claim_graph(undated)
    assert _same(graph, "late-loose", "soon")
    assert not _same(graph, "soon", "years-1")


def test_a_toll_nothing_places_joins_no_event_of_a_country_its_report_does_not_name():
    """An undated toll of an article naming no country, aligned with a placed toll in
    Cameroon, does not join the Cameroonian incident (it could be of any country's);
    the same toll of an article whose other claims are in Cameroon does."""
    cameroon = Report(outlet="A", published="2020-11-12", id="a")
    claims = [
        _claim("placed", cameroon, place="Kelmaro, Cameroon", when="2020-11-09"),
        _claim("same-report", cameroon, value=21),
        _claim("no-country", Report(outlet="B", id="b"), value=20),
        _claim("of-cameroon", Report(outlet="D", id="d"), value=19),
        _claim("its-place", Report(outlet="D", id="d"), subject="villagers",
               predicate="displaced", value=None, place="Kelmaro, Cameroon"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert len({items[c] for c in ("placed", "same-report", "no-country", "of-cameroon")}) == 1
    assert _same(graph, "same-report", "placed")
    assert _same(graph, "of-cameroon", "placed")
    assert not _same(graph, "no-country", "placed")


def test_a_loose_claim_of_another_month_is_not_of_the_event_its_report_reaches():
    """An article on the strike of 6 September in Kelmaro that recalls the toll of an
    April strike: the April toll, with no place, aligned with the undated toll of an
    article naming no date, is not of September's event."""
    sept = Report(outlet="Sept", published="2023-09-07", id="sept")
    claims = [
        _claim("market", sept, subject="market", predicate="struck", value=None,
               place="Kelmaro", when="2023-09-06"),
        _claim("april", sept, value=8, when="2023-04"),
        _claim("undated", Report(outlet="Undated", id="undated"), value=9),
        _claim("toll", Report(outlet="Toll", published="2023-09-06", id="toll"), value=17,
               place="Kelmaro", when="2023-09-06"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["april"] == items["undated"]
    assert _same(graph, "market", "toll")
    assert not _same(graph, "april", "market")


def test_a_claim_its_report_s_date_places_joins_no_incident_of_another_country():
    """A loose toll of an article about a prison in Ukraine, reported after an incident
    in Cameroon its words align with, is not of that incident; the same toll of an
    article naming no country is."""
    cameroon = Report(outlet="A", published="2020-11-10", id="a")
    ukraine = Report(outlet="U", published="2021-01-10", id="u")
    claims = [
        _claim("placed", cameroon, place="Kelmaro, Cameroon", when="2020-11-09", source="Wire"),
        # the article's country read from the words of where (not a curated place, which
        # would give its toll the country too, and alignment would keep them apart)
        _claim("prison", ukraine, subject="a prison in Ukraine", predicate="struck",
               value=None, source="Wire"),
        _claim("ukraine-loose", ukraine, value=21, source="Wire"),
        _claim("plain-loose", Report(outlet="P", published="2021-01-11", id="p"), value=22,
               source="Wire"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["placed"] == items["ukraine-loose"] == items["plain-loose"]
    assert graph.resolution["prison"].country is not None
    assert _same(graph, "plain-loose", "placed")
    assert not _same(graph, "ukraine-loose", "placed")
