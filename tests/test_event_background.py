"""Events: background incidents and totals an article recalls stay apart (made-up claims)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.graph._incidents import _item_parts
from claimrec.model import Claim, Report
from tests.test_event_items import _claim, assert_same_events_in_any_order


def _report(name: str, published: str = "2024-03-12") -> Report:
    return Report(outlet=name.upper(), url=f"https://{name}.example/story", id=name,
                  published=published)  # fmt: skip


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def _article(name: str) -> list[Claim]:
    # an article on a strike on Kharkiv on 10 March, placed and dated, with a loose toll
    a = _report(name)
    return [
        _claim(name + "-struck", a, subject="a residential building", predicate="was struck",
               value=None, place="Kharkiv", when="2024-03-10"),
        _claim(name + "-toll", a, value=9),
    ]  # fmt: skip


def test_a_recalled_strike_elsewhere_is_not_the_article_incident():
    """A loose claim whose own place is a known town apart from the event's (a market in
    Odesa, recalled with no date in an article on Kharkiv) is another incident's; a loose
    claim placed in the event's town, or in a region holding it, joins it as before."""
    a = _report("a")
    claims = [
        *_article("a"),
        _claim("a-recalled", a, value=14, place="a market in Odesa"),
        _claim("a-same-town", a, subject="windows", predicate="were shattered", value=None,
               place="a school in Kharkiv"),
        _claim("a-country", a, subject="sirens", predicate="sounded", value=None,
               place="Ukraine"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert _same(graph, "a-toll", "a-struck")
    assert not _same(graph, "a-recalled", "a-struck")
    assert _same(graph, "a-same-town", "a-struck")
    assert _same(graph, "a-country", "a-struck")


def test_a_claim_dated_days_before_the_incident_is_an_earlier_incident():
    """A loose claim dated five days before the article's incident is an earlier one's
    (a toll is counted after its incident); one dated two days after (the toll rose) is
    the incident's, as before."""
    a = _report("a")
    claims = [
        *_article("a"),
        _claim("a-before", a, subject="soldiers", value=6, when="2024-03-05"),
        _claim("a-after", a, subject="wounded", predicate="died", value=2, when="2024-03-12"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert not _same(graph, "a-before", "a-struck")
    assert _same(graph, "a-after", "a-struck")


def test_a_claim_of_another_year_in_an_item_is_not_the_incident():
    """Tolls aligned as one item: one dated ten months after the incident its article
    recalls is a later incident's, not the earlier one's."""
    b = _report("b", published="2025-01-20")
    claims = [
        *_article("a"),
        _claim("b-struck", b, subject="a residential building", predicate="was struck",
               value=None, place="Kharkiv", when="2024-03-10"),
        _claim("b-later", b, value=30, when="2025-01-18"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert not _same(graph, "b-later", "a-struck")
    assert _same(graph, "b-struck", "a-struck")


def test_a_total_since_a_year_is_an_aggregate_of_its_own():
    """A count since a year (*more than 10,000 dead since 2015*) totals many incidents:
    an aggregate event covering the article's incident, not a member of it."""
    a = _report("a")
    claims = [
        *_article("a"),
        _claim("a-total", a, value=10000, qualifiers=["since 2015"]),
        _claim("a-since-tuesday", a, subject="wounded", value=40, qualifiers=["since Tuesday"]),
    ]  # fmt: skip
    graph = claim_graph(claims)
    total = graph.event_of("a-total")
    assert total.aggregate
    assert total.ids == ("a-total",)
    assert total.covers == (graph.event_of("a-struck").id,)
    assert total in graph.aggregates()
    # a count since a day is the incident's toll so far
    assert _same(graph, "a-since-tuesday", "a-struck")


_PLACES = ("Kharkiv", "a market in Odesa", "a school in Kharkiv", "Ukraine", None)
_WHEN = ("2024-03-10", "2024-03-05", "2024-03-12", None)


@settings(max_examples=10, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from(_PLACES), st.sampled_from(_WHEN),
                  st.booleans()),
        min_size=1, max_size=8,
    ),
    st.integers(0, 1000),
)  # fmt: skip
def test_background_events_are_order_free(rows: list[tuple], seed: int) -> None:
    claims = [
        _claim(f"{art}-{k}", _report(art), place=place, when=when, value=10 + k,
               qualifiers=["since 2015"] if total else [])
        for k, (art, place, when, total) in enumerate(rows)
    ]  # fmt: skip
    assert_same_events_in_any_order(claims, seed)


def test_claims_of_another_country_than_the_item_incident_are_not_of_it():
    """An aligned item of one incident (country 0): its claims nothing places of a known
    country that the incident is not of (country 1) are not of it, and neither are the
    claims of no country beside them (they could be of either); with no such claims,
    the item is one part as before."""
    day = dt.date(2020, 2, 14)
    spans = {10: (day, day)}
    context = {0: 10, 1: 10}
    held = {10: {0}}
    parts = _item_parts([0, 1, 2, 3, 4], context, {}, spans, known={2: 1, 3: 1}, held=held)
    assert sorted(map(sorted, parts)) == [[0, 1], [2, 3]]
    parts = _item_parts([0, 1, 4, 5], context, {}, spans, known={}, held=held)
    assert parts == [[0, 1, 4, 5]]
    parts = _item_parts([0, 1, 2, 4], context, {}, spans, known={2: 0}, held=held)
    assert parts == [[0, 1, 2, 4]]


def test_a_claim_placed_apart_is_placed_by_its_bound_in_another_incident_only():
    """A claim its own place sets apart from the incident its report reaches (``barred``)
    is never placed in that incident by its report's date, but may be in another that
    date fits (a shelling of Rwanda in an article on Goma, with the Gisenyi toll); when
    only the barred incident fits, it is in no part."""
    day, later = dt.date(2025, 1, 27), dt.date(2025, 3, 28)
    spans = {10: (day, day), 20: (later, later)}
    context = {0: 10, 1: 10, 3: 20, 4: 20}
    bound = {2: later}
    # without the bar the date fits both incidents: the claim is placed in neither
    parts = _item_parts([0, 1, 2, 3, 4], context, bound, spans)
    assert not any(2 in p and (0 in p or 3 in p) for p in parts)
    parts = _item_parts([0, 1, 2, 3, 4], context, bound, spans, barred={2: 10})
    assert sorted(map(sorted, parts)) == [[0, 1], [2, 3, 4]]
    parts = _item_parts([0, 1, 2, 3, 4], context, bound, spans, barred={2: 20})
    assert sorted(map(sorted, parts)) == [[0, 1, 2], [3, 4]]
    parts = _item_parts([0, 1, 2], {0: 10, 1: 10}, {2: day}, spans, barred={2: 10})
    assert not any(2 in p for p in parts)
