"""Events: a loose claim of an aligned item is placed by its country (made-up claims)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from tests.test_event_items import _claim, assert_same_events_in_any_order


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def _items(graph: object) -> dict[str, str]:
    return {c.id: gid for gid, members in graph.groups().items() for c in members}  # type: ignore[attr-defined]


def _spoken(cid: str, speaker: str) -> list[Claim]:
    """An undated article: a statement of a known state's speaker, and a loose toll."""
    article = Report(outlet="Wire " + cid, id=cid, url=f"https://example.org/{cid}")
    return [
        _claim(cid + "-said", article, source=speaker, subject="the strike",
               predicate="was a mistake", value=None),
        _claim(cid, article, value=26),
    ]  # fmt: skip


def test_loose_claims_of_two_countries_are_not_one_event_through_an_item():
    """Tolls with no place and no time, aligned as one item, whose articles' other claims
    are of two countries (a Nigerian and a Malian speaker), are two incidents'; an
    undated toll of an article naming no country could be of either, and joins neither."""
    claims = [
        *_spoken("nigerian", "Nigerian Army"),
        *_spoken("malian", "Malian army"),
        _claim("nowhere", Report(outlet="Blog", id="blog"), value=25),
    ]
    graph = claim_graph(claims)
    countries = {c.id: r.country for c, r in zip(claims, graph.resolution, strict=True)}
    assert countries["nigerian-said"].id == "NG"  # type: ignore[union-attr]
    assert countries["malian-said"].id == "ML"  # type: ignore[union-attr]
    assert countries["nigerian"] is None
    assert countries["malian"] is None
    items = _items(graph)
    assert items["nigerian"] == items["malian"] == items["nowhere"]  # one item
    assert not _same(graph, "nigerian", "malian")
    assert not _same(graph, "nowhere", "nigerian")
    assert not _same(graph, "nowhere", "malian")
    # with one country only, the item's loose claims stay one event, as before
    one = [c for c in claims if not c.id.startswith("malian")]
    graph = claim_graph(one)
    assert _same(graph, "nigerian", "nowhere")


def _kelmaro(later_speaker: str) -> list[Claim]:
    placed = Report(outlet="A", id="a")
    later = Report(outlet="L", id="l", published="2027-01-05", url="https://example.org/l")
    return [
        _claim("placed", placed, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro, Cameroon", when="2023-12-03"),
        _claim("placed-toll", placed, value=21),
        # a toll of the item reported years after (another incident), in an article
        # quoting a speaker of a known state, or of none
        _claim("later-said", later, source=later_speaker, subject="the strike",
               predicate="was a mistake", value=None),
        _claim("later", later, value=22),
        _claim("titled", Report(outlet="T", id="t", title="Cameroun : des villageois tués"),
               value=24),
        _claim("nowhere", Report(outlet="Blog", id="blog"), value=25),
    ]  # fmt: skip


def test_a_timeless_toll_of_a_known_country_joins_the_item_s_incident_of_that_country():
    """A toll with no place and no time, in an article whose title names Cameroon, joins
    the one incident of the item that may be in Cameroon (the other, reported years
    after, is in Nigeria); a loose toll of an article naming no country joins neither."""
    claims = _kelmaro("Nigerian Army")
    graph = claim_graph(claims)
    items = _items(graph)
    assert len({items[c] for c in ("placed-toll", "later", "titled", "nowhere")}) == 1
    assert _same(graph, "titled", "placed")
    assert not _same(graph, "nowhere", "placed")
    assert not _same(graph, "later", "placed")


def test_a_timeless_toll_joins_no_incident_when_another_may_be_of_its_country():
    """The same, but the article reported years after names no country: that incident
    may be in Cameroon too, and the Cameroonian toll with no time joins neither."""
    claims = _kelmaro("Wire")
    graph = claim_graph(claims)
    items = _items(graph)
    assert len({items[c] for c in ("placed-toll", "later", "titled")}) == 1
    assert not _same(graph, "titled", "placed")
    assert not _same(graph, "titled", "later")


TITLES = (None, "Cameroun : des villageois tués", "Nigeria: villagers killed")
SPEAKERS = ("Wire", "Nigerian Army", "Malian army")


@st.composite
def countried(draw: st.DrawFn) -> list[Claim]:
    reports = [
        Report(outlet=f"R{n}", id=f"r{n}", title=draw(st.sampled_from(TITLES)),
               published=draw(st.sampled_from((None, "2023-12-05", "2020-04-03"))))
        for n in range(4)
    ]  # fmt: skip
    out = []
    for k in range(draw(st.integers(2, 10))):
        when = draw(st.sampled_from(("2023-12-03", "2020-04-02", None)))
        place = draw(st.sampled_from(("Kelmaro, Cameroon", "Zorbanu", None))) if when else None
        out.append(
            _claim(f"c{k}", draw(st.sampled_from(reports)), value=draw(st.integers(20, 22)),
                   source=draw(st.sampled_from(SPEAKERS)), place=place, when=when)
        )  # fmt: skip
    return out


@settings(max_examples=60, deadline=None)
@given(claims=countried(), seed=st.integers(0, 1000))
def test_items_placed_by_country_give_the_same_events_in_any_order(claims, seed):
    """Placing an item's loose claims by their countries is order-independent."""
    assert_same_events_in_any_order(claims, seed)
