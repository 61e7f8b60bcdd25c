"""The country of a claim's event (ClaimResolution.country): never one item nor one event."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.resolution._demonyms import scene_country

CHAD = Report(outlet="Wire A", title="Dozens dead after raid on a market in Chad", id="ra")
PERU = Report(outlet="Wire B", title="Peru: toll from village attack rises", id="rb")
PLAIN = Report(outlet="Wire C", title="A grim week", id="rc")


def _toll(cid: str, via: Report | None, value: int = 12, **kw: object) -> Claim:
    fields: dict[str, object] = {
        "source": "a local official",
        "subject": "civilians",
        "predicate": "killed",
        "value": value,
        "via": via,
        "id": cid,
    }
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def _country(claim: Claim, *others: Claim) -> tuple[str, str] | None:
    hit = cr.resolve([claim, *others])[claim.id].country
    return None if hit is None else (hit.id, hit.rule)


def test_the_country_is_read_from_the_strongest_evidence():
    assert _country(_toll("a", None, place="Kayes")) == ("ML", "place")
    assert _country(_toll("a", None, place="norte del Chad, cerca de Xyzville")) == (
        "TD",
        "place words",
    )
    assert _country(_toll("a", CHAD)) == ("TD", "title")
    assert _country(_toll("a", PERU)) == ("PE", "title")  # a dateline
    assert _country(_toll("a", PLAIN, predicate="were killed in Chad")) == ("TD", "words")
    # the report's other claims' places (two: none fills its place), all in one country
    placed = (_toll("b", PLAIN, place="Kayes"), _toll("c", PLAIN, place="Diboli"))
    assert _country(_toll("a", PLAIN), *placed) == ("ML", "report")
    # the statements one article (one address) relays are one report's
    url = "https://daily.example/grim-week"
    one = Report(outlet="Daily", url=url, relays=Report(outlet="Army", id="army"), id="d1")
    two = Report(outlet="Daily", url=url, relays=Report(outlet="Mayor", id="mayor"), id="d2")
    relayed = (_toll("b", two, place="Kayes"), _toll("c", two, place="Diboli"))
    assert _country(_toll("a", one), *relayed) == ("ML", "report")
    # a place beats a title that names another country
    assert _country(_toll("a", PERU, place="Kayes")) == ("ML", "place")


def test_a_partys_nationality_names_no_scene():
    # who did it, or who speaks, is not where it happened
    assert _country(_toll("a", PLAIN, subject="civilians", actor="Peruvian troops")) is None
    assert _country(_toll("a", PLAIN, predicate="killed in a Chadian airstrike")) is None
    assert scene_country("Peru denies any role in the attack") is None
    assert scene_country("a village near the Chadian capital") == "TD"


def test_evidence_naming_two_countries_leaves_the_country_unknown():
    assert _country(_toll("a", PLAIN, predicate="killed in Chad and in Peru")) is None
    both = Report(outlet="W", title="Deaths in Chad; deaths in Peru", id="rd")
    assert _country(_toll("a", both)) is None


def test_tolls_of_two_countries_are_two_items_and_two_events():
    claims = [_toll("chad", CHAD, 12), _toll("peru", PERU, 12)]
    alignment = cr.align(claims)
    assert [g.ids for g in alignment.groups] == [("chad",), ("peru",)]
    pair = cr.compare(*claims)
    assert pair.rejected == "country"
    assert "Chad (TD" in pair.feature("place").detail
    assert "Peru (PE" in pair.feature("place").detail
    graph = cr.claim_graph(claims)
    assert graph.event_of("chad") != graph.event_of("peru")


def test_a_claim_of_no_country_bridges_no_two_countries():
    # each toll aligns with an unplaced toll of no known country: it joins neither
    claims = [
        _toll("chad", CHAD, 12),
        _toll("peru", PERU, 12),
        _toll("loose", PLAIN, 12),
    ]
    graph = cr.claim_graph(claims)
    assert graph.event_of("chad") != graph.event_of("peru")
    # with one country only, it joins as before
    one = cr.claim_graph([_toll("chad", CHAD, 12), _toll("loose", PLAIN, 12)])
    assert one.event_of("chad") == one.event_of("loose")


def test_an_aggregate_across_borders_has_no_country():
    claim = _toll("a", CHAD, 500, place="Chad and Peru")
    assert _country(claim) is None


_REPORTS = (CHAD, PERU, PLAIN)


@st.composite
def _feeds(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(2, 7))
    out = []
    for k in range(n):
        via = draw(st.sampled_from(_REPORTS))
        value = draw(st.sampled_from((12, 13)))
        out.append(_toll(f"c{k}", via, value))
    return out


def _partition(graph: cr.ClaimGraph) -> set[frozenset[str]]:
    return {frozenset(c.id for c in e.claims) for e in graph.events()}


@settings(max_examples=40, deadline=None)
@given(claims=_feeds(), seed=st.integers(0, 1000))
def test_countries_and_events_do_not_depend_on_order(claims: list[Claim], seed: int):
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    res_a, res_b = cr.resolve(claims), cr.resolve(shuffled)
    for claim in claims:
        assert res_a[claim.id].country == res_b[claim.id].country
    graph_a, graph_b = cr.claim_graph(claims), cr.claim_graph(shuffled)
    assert _partition(graph_a) == _partition(graph_b)
    for event in graph_a.events():  # no event holds two known countries
        known = {h.id for c in event.claims if (h := res_a[c.id].country) is not None}
        assert len(known) <= 1


def test_a_local_place_of_no_known_country_says_nothing_of_the_report_s_country():
    """A village no gazetteer knows, in no known place, leaves its report's country standing.

    Found by the relate-as-the-resolution-of-all property: the whole input read the
    report as of several countries (the local place's none), a claim read alone in that
    context read it as Mali's.
    """
    wire = Report(outlet="Wire", published="2025-07-02", id="w1")
    places = [None, "Kayes", "Kayes", "Nowhereville"]
    claims = [
        Claim(id=f"c{k}", source="FAMa", subject="militants", predicate="killed", place=p,
              via=wire)
        for k, p in enumerate(places)
    ]  # fmt: skip
    whole = cr.resolve(claims)["c0"].country
    alone = cr.resolve([claims[0]], context=claims)["c0"].country
    assert whole is not None
    assert alone is not None
    assert (whole.id, whole.rule) == (alone.id, alone.rule) == ("ML", "report")


def test_a_title_names_its_country_in_more_languages():
    """CLDR names in German, Dutch, Polish, Russian... (``states.csv``) name a scene."""
    german = Report(outlet="Blatt", title="Tote nach Angriff auf ein Lager in Libyen", id="de")
    assert _country(_toll("a", german, source="ein Sprecher")) == ("LY", "title")
    dutch = Report(outlet="Krant", title="Oekraïne: doden bij aanval op markt", id="nl")
    assert _country(_toll("a", dutch)) == ("UA", "title")  # a dateline
    # German *Libyen* is also the French adjective *libyen*: one country, read as a name
    # after a preposition of place, still an adjective in *le gouvernement libyen*
    assert scene_country("Angriff in Libyen") == "LY"
    assert scene_country("un raid attribué au gouvernement libyen") is None


def test_a_name_that_is_another_word_names_no_country():
    """A further language's name equal to a common word, or another country's, is left out."""
    from claimrec.resolution._demonyms import countries_named  # noqa: PLC0415
    from claimrec.vocab._states import state_rows  # noqa: PLC0415

    rows = {r.country: r for r in state_rows()}
    assert "Islanda" in rows["IS"].names
    assert "Island" not in rows["IS"].names
    # Turkish *Şili* (Chile) is Ukrainian *сили* (forces) once normalised
    assert "Şili" not in rows["CL"].names
    # Russian *(США)* after the Virgin Islands: the qualifier names the US, not the islands
    assert "США" not in rows["VI"].names
    assert countries_named("shelling on the island") == frozenset()
    assert countries_named("Збройні сили атакували село") == frozenset()
