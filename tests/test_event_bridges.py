"""Events: a better-read claim keeps its event; loose claims bridge no two countries
(made-up claims)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from tests.test_event_items import _claim, assert_same_events_in_any_order


def _report(name: str) -> Report:
    return Report(outlet=name.upper(), url=f"https://{name}.example/story", id=name)


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def _recalled() -> list[Claim]:
    # a raid on Kelmaro (article a), and an article h on it that places and dates only
    # two earlier attacks it recalls (Bambo in January, Mbuzi in June): its loose claim
    # of the raid is one event with a's (one event label)
    a, b, h = (_report(n) for n in "abh")
    return [
        _claim("b-dated", b, subject="villagers", predicate="attacked", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("a-placed", a, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru"),
        _claim("a-loose", a, subject="houses", predicate="burned", event="the raid"),
        _claim("h-bambo", h, subject="shops", predicate="looted", value=None,
               place="Bambo, Rutshuru", when="2022-01-05"),
        _claim("h-mbuzi", h, subject="cattle", predicate="stolen", value=None,
               place="Mbuzi, Rutshuru", when="2022-06-10"),
        _claim("h-loose", h, subject="bodies", predicate="buried", event="the raid"),
    ]  # fmt: skip


def test_an_article_that_reaches_two_events_does_not_bar_a_loose_event_from_a_third():
    """An article whose placed, dated claims are two recalled incidents reaches none: it
    neither leads nor bars the loose event its claim is in, which joins the one event the
    other article reaches (before, it floated apart: a claim read better, and aligned with
    such an article's, took its event's claims away)."""
    graph = claim_graph(_recalled())
    assert _same(graph, "a-loose", "h-loose")
    assert _same(graph, "h-loose", "b-dated")
    assert not _same(graph, "h-bambo", "b-dated")
    assert not _same(graph, "h-mbuzi", "b-dated")
    assert not _same(graph, "h-bambo", "h-mbuzi")


def _spoken(cid: str, speaker: str, published: str) -> list[Claim]:
    """A dated article: a statement of a known state's speaker, and a loose toll."""
    article = Report(
        outlet="Wire " + cid, id=cid, url=f"https://{cid}.example/story", published=published
    )
    return [
        _claim(cid + "-said", article, source=speaker, subject="the strike",
               predicate="was a mistake", value=None),
        _claim(cid, article, value=26),
    ]  # fmt: skip


def _two_countries() -> list[Claim]:
    # an item "people killed" told of two incidents of two countries years apart (each
    # toll placed by its article's date and, through its speaker, country), and two
    # articles that say nothing of where or when
    return [
        *_spoken("nigerian", "Nigerian Army", "2023-12-05"),
        *_spoken("malian", "Malian army", "2020-03-18"),
        _claim("blog", _report("blog"), value=25),
        _claim("post", _report("post"), value=24),
    ]  # fmt: skip


def test_loose_claims_of_an_item_of_two_countries_incidents_bridge_no_articles():
    """The two articles' tolls, of no known country, could be of either incident: they are
    not one event with each other (which bridged the articles of the two incidents)."""
    claims = _two_countries()
    graph = claim_graph(claims)
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items["blog"] == items["post"] == items["nigerian"] == items["malian"]
    countries = {c.id: r.country for c, r in zip(claims, graph.resolution, strict=True)}
    assert countries["nigerian-said"].id == "NG"  # type: ignore[union-attr]
    assert countries["malian-said"].id == "ML"  # type: ignore[union-attr]
    assert all(countries[k] is None for k in ("nigerian", "malian", "blog", "post"))
    assert not _same(graph, "nigerian", "malian")
    assert not _same(graph, "blog", "post")
    assert not _same(graph, "blog", "nigerian")
    assert not _same(graph, "blog", "malian")
    # with one country's incident only, the loose tolls stay one event, as before
    one = [c for c in claims if not c.id.startswith("malian")]
    assert _same(claim_graph(one), "blog", "post")


@st.composite
def mixed(draw: st.DrawFn) -> list[Claim]:
    pool = [*_recalled(), *_two_countries(), *_wider()]
    picks = draw(st.lists(st.sampled_from(range(len(pool))), min_size=2, unique=True))
    return [pool[k] for k in sorted(picks)]


@settings(max_examples=40, deadline=None)
@given(claims=mixed(), seed=st.integers(0, 1000))
def test_bridges_give_the_same_events_in_any_order(claims, seed):
    """Reports reaching several events, items of several countries, the report rule after
    wider areas: order-free."""
    assert_same_events_in_any_order(claims, seed)


def _wider() -> list[Claim]:
    # an attack on Kelmaro told by article x with words naming no place (*the region*) and
    # the village; article p tells of the region only, article q of the village only, and
    # each has a loose claim of the raid
    x, p, q = (_report(n) for n in "xpq")
    return [
        _claim("x-wide", x, subject="villagers", predicate="attacked", value=None,
               place="the region", when="2022-11-29"),
        _claim("x-fine", x, subject="houses", predicate="burned", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("p-wide", p, subject="shops", predicate="looted", value=None,
               place="the region", when="2022-11-29"),
        _claim("p-loose", p, subject="cattle", predicate="stolen", event="the raid"),
        _claim("q-fine", q, subject="the rebels", predicate="entered", value=None,
               place="Kelmaro, Rutshuru", when="2022-11-29"),
        _claim("q-loose", q, subject="bodies", predicate="buried", event="the raid"),
    ]  # fmt: skip


def test_a_loose_event_joins_the_one_event_a_wider_area_made_of_the_two_it_reached():
    """The loose claims of the raid reach the region's event (p) and the village's (q):
    two events, so they joined neither; the region's event then joins the village's (one
    article, x, tells of both), and the loose event joins that one event."""
    graph = claim_graph(_wider())
    assert _same(graph, "p-wide", "q-fine")
    assert _same(graph, "p-loose", "q-loose")
    assert _same(graph, "p-loose", "q-fine")
