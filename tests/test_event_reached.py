"""Events: an aligned item whose claims only their reports place joins the event they reach."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from tests.test_event_items import _claim, assert_same_events_in_any_order


def _report(name: str) -> Report:
    return Report(outlet=name.upper(), url=f"https://{name}.example/story", id=name)


def _village() -> list[Claim]:
    # a dated attack on a village no gazetteer knows (a local place), and an article whose
    # only placed claim names the village undated: its loose toll aligns with two other
    # articles' tolls that name no place and no time
    a, b, c, d = (_report(n) for n in "abcd")
    return [
        _claim("b-dated", b, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("a-placed", a, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru"),
        _claim("a-loose", a),
        # an article whose other claim is of the village's country
        _claim("c-where", c, subject="the army", predicate="deployed", value=None,
               place="Democratic Republic of the Congo"),
        _claim("c-loose", c, value=21),
        # an article that says nothing of where: nothing places its toll
        _claim("d-loose", d, value=19),
    ]  # fmt: skip


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def test_an_item_placed_by_its_reports_joins_the_event_they_reach():
    """The tolls are one item; the one its article places brings it into the village's
    event, with the toll of an article of the village's country, not the one nothing places."""
    graph = claim_graph(_village())
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["a-loose"] == items["c-loose"] == items["d-loose"]
    assert _same(graph, "a-placed", "b-dated")
    assert _same(graph, "a-loose", "b-dated")
    assert _same(graph, "c-loose", "b-dated")
    assert not _same(graph, "d-loose", "b-dated")


def test_an_item_whose_reports_reach_two_events_joins_neither():
    """Two villages attacked a day apart: an item whose articles reach one each is no
    evidence that they are one incident, and joins neither."""
    a, b, e, f = (_report(n) for n in "abef")
    claims = [
        _claim("b-dated", b, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("a-placed", a, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru"),
        _claim("a-loose", a),
        _claim("f-dated", f, subject="houses", predicate="burned", value=None,
               place="Bambo, Rutshuru", when="2022-11-30"),
        _claim("e-placed", e, subject="shops", predicate="looted", value=None,
               place="Bambo, Rutshuru"),
        _claim("e-loose", e, value=21),
    ]  # fmt: skip
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["a-loose"] == items["e-loose"]
    assert not _same(graph, "b-dated", "f-dated")
    assert not _same(graph, "a-loose", "b-dated")
    assert not _same(graph, "e-loose", "f-dated")


PLACES = ("Kelmaro, Rutshuru", "Bambo, Rutshuru", "Kaya, Burkina Faso",
          "Democratic Republic of the Congo", "Burkina Faso", None)  # fmt: skip
DAYS = ("2022-11-29", "2022-11-30", "2023-03-01", None)


@st.composite
def reached(draw: st.DrawFn) -> list[Claim]:
    reports = [_report(f"r{n}") for n in range(5)]
    return [
        _claim(
            f"c{k}",
            draw(st.sampled_from((*reports, None))),
            value=draw(st.integers(19, 21)),
            place=draw(st.sampled_from(PLACES)),
            when=draw(st.sampled_from(DAYS)),
        )
        for k in range(draw(st.integers(2, 12)))
    ]


@settings(max_examples=60, deadline=None)
@given(claims=reached(), seed=st.integers(0, 1000))
def test_items_reaching_events_give_the_same_events_in_any_order(claims, seed):
    """Joining an item to the event its reports reach is order-independent."""
    assert_same_events_in_any_order(claims, seed)


def test_two_sites_near_one_unknown_village_on_one_day_are_one_event():
    """Neither site is known to the gazetteer; both name the village Kelmaro, on one day:
    one incident. A list of two villages, another day, or a wide area name links none."""
    a, b, c, d, e = (_report(n) for n in "abcde")
    claims = [
        _claim("meadow", a, subject="tourists", predicate="shot", value=None,
               place="Tundaro near Kelmaro", when="2025-04-22"),
        _claim("famed", b, value=26, place="a famed meadow near Kivara's Kelmaro town",
               when="2025-04-22"),
        _claim("later", c, subject="houses", predicate="burned", value=None,
               place="a farm near Kelmaro", when="2025-06-03"),
        _claim("listed", d, subject="shops", predicate="looted", value=None,
               place="Bambo and Kelmaro", when="2025-04-22"),
        _claim("region", e, subject="roads", predicate="closed", value=None,
               place="a pass near Burkina Faso", when="2025-04-22"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert _same(graph, "meadow", "famed")
    assert not _same(graph, "meadow", "later")
    assert not _same(graph, "meadow", "listed")
    assert not _same(graph, "meadow", "region")
    assert "one name, one day" in graph.event_of("famed").reasons


SITES = ("Tundaro near Kelmaro", "a meadow near Kelmaro", "Kelmaro", "Bambo near Tundaro",
         "Bambo and Kelmaro", None)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    picks=st.lists(st.tuples(st.sampled_from(SITES), st.sampled_from(DAYS)), min_size=2,
                   max_size=10),
    seed=st.integers(0, 1000),
)  # fmt: skip
def test_one_name_one_day_gives_the_same_events_in_any_order(picks, seed):
    """Joining claims that name one place on one day is order-independent."""
    claims = [
        _claim(f"c{k}", _report(f"r{k % 3}"), value=10 + k, place=place, when=when)
        for k, (place, when) in enumerate(picks)
    ]
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    first = sorted(e.ids for e in claim_graph(claims).events())
    second = sorted(e.ids for e in claim_graph(shuffled).events())
    assert first == second


def test_an_article_that_reaches_no_event_does_not_bar_a_loose_event_from_one():
    """A loose event of two articles' claims (one event label, no place, no time): one
    article reaches the village's event (its placed claim), the other, all of whose
    claims lack a place and a time, reaches none. The loose event joins the one event
    reached (the second article's other claim with it); a claim of April in it, far
    from the village's day, bars it."""
    a, b, g = (_report(n) for n in "abg")
    claims = [
        _claim("b-dated", b, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("a-placed", a, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru"),
        _claim("a-loose", a, subject="houses", predicate="burned", event="the raid"),
        _claim("g-loose", g, subject="shops", predicate="looted", event="the raid"),
        _claim("g-other", g, subject="the army", predicate="denied involvement", value=None),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert _same(graph, "a-loose", "g-loose")
    assert _same(graph, "g-loose", "b-dated")
    assert _same(graph, "g-other", "b-dated")
    april = [*claims, _claim("g-april", g, subject="cattle", predicate="stolen",
                             event="the raid", when="2022-04")]  # fmt: skip
    graph = claim_graph(april)
    assert not _same(graph, "g-april", "b-dated")
    # an article reaching two events still bars it
    e, f = _report("e"), _report("f")
    two = [
        *claims,
        _claim("f-dated", f, subject="houses", predicate="burned", value=None,
               place="Bambo, Rutshuru", when="2022-11-30"),
        _claim("e-placed", e, subject="shops", predicate="looted", value=None,
               place="Bambo, Rutshuru"),
        _claim("e-placed-2", e, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru"),
        _claim("e-loose", e, subject="cattle", predicate="stolen", event="the raid"),
    ]  # fmt: skip
    graph = claim_graph(two)
    assert not _same(graph, "g-loose", "b-dated")
