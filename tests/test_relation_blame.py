"""Blame read from the claims' words, arsenals, and incident words (relation._disputes).

Made-up claims (a strike on a hospital and a station, in Gaza, Mali and Ukraine): none is
copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._sites import incident_sites


def report(outlet: str, day: str) -> Report:
    return Report(outlet=outlet, published=day, id=f"{outlet}-{day}")


def cause(source: str, value: str, cid: str, day: str = "2024-05-02", **kw: object) -> Claim:
    """The hospital blast said to be caused by ``value`` (reported on ``day``)."""
    fields: dict[str, object] = {"subject": "hospital blast", "predicate": "caused by"}
    via = report(f"r-{cid}", day)
    return Claim(source=source, value=value, id=cid, via=via, **{**fields, **kw})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- resolution


def test_a_nations_adjective_names_its_armed_groups():
    """'roquette palestinienne' names the Palestinian armed groups (demonyms.csv)."""
    rec = resolve([cause("France", "une roquette palestinienne", "c")])["c"]
    assert (rec.actor.id, rec.actor.rule) == ("Palestinian armed groups", "demonym")


@pytest.mark.parametrize(
    "value",
    [
        "collaborating with the Malian army",
        "pour avoir collaboré avec l'armée malienne",
        "having sided with the Malian army",
    ],
)
def test_the_victims_conduct_towards_a_party_names_no_perpetrator(value):
    """'Caused by collaborating with the Malian army': the reason given, not who did it."""
    rec = resolve([cause("JNIM", value, "c", subject="killing of the villagers")])["c"]
    assert rec.actor is None
    toll = Claim(source="Radio", subject="villagers", predicate="killed", value=40,
                 actor="JNIM", id="t", via=report("r-t", "2024-05-02"))  # fmt: skip
    claim = cause("JNIM", value, "c", subject="killing of the villagers")
    assert relate(claim, toll).kind is not Relation.CONTRADICTS
    # the army named as the one who did it still is
    blamed = resolve([cause("JNIM", "the Malian army", "b")])["b"]
    assert blamed.actor is not None


def test_a_weapon_fired_from_within_a_territory_names_its_actor():
    """'from within X' reads X's country; 'fired from X' does not (X may be occupied)."""
    within = resolve([cause("Army", "a stray rocket fired from within the Gaza Strip", "w")])
    hit = within["w"].actor
    assert (hit.id, hit.rule) == ("Palestinian armed groups", "launched")
    mali = resolve([cause("Army", "a shell fired from inside Mali", "m")])
    assert mali["m"].actor.id == "Malian government"
    plain = resolve([cause("Army", "a rocket fired from Gaza", "p")])
    assert plain["p"].actor is None


def test_a_nations_armed_groups_never_speak_as_its_officials():
    """'Palestinian officials' is no organ of the Palestinian armed groups."""
    claim = Claim(source="Palestinian officials", subject="dead", predicate="killed", id="o")
    speaker = resolve([claim])["o"].speaker
    assert speaker is None or speaker.id != "Palestinian armed groups"


@pytest.mark.parametrize(
    ("predicate", "qualifiers", "expected"),
    [
        ("used only by", (), "arsenal"),
        ("utilisé par", ("seules",), "arsenal"),
        ("used by", ("the only party",), "arsenal"),
        ("used by", (), "blamed"),  # "chemical weapons used by X" says who did it
        ("fired by", ("only",), "blamed"),  # no verb of use: an act
    ],
)
def test_a_weapon_used_only_by_one_force_is_an_arsenal_claim(predicate, qualifiers, expected):
    claim = Claim(
        source="Defence ministry", subject="rockets of this type", predicate=predicate,
        value="the other army", qualifiers=qualifiers, id="a",
    )  # fmt: skip
    assert resolve([claim])["a"].predicate.id == expected


def test_a_look_alike_perpetrator_confirmed_by_its_adjective_counts():
    """'troupes d'occupation russes' reads Russia by its adjective, not by resemblance."""
    claim = Claim(
        source="Kyiv", subject="gare", predicate="frappe",
        actor="troupes d'occupation russes", id="t",
    )  # fmt: skip
    hit = resolve([claim])["t"].actor
    assert hit.id == "Russia"
    assert hit.rule != "fuzzy"


def test_a_look_alike_the_words_contradict_stays_a_look_alike():
    """A perpetrator that resembles one actor's name but whose adjective names another."""
    claim = Claim(
        source="Wire", subject="base", predicate="attacked",
        actor="Forças Armadas da Ucrânia", id="f",
    )  # fmt: skip
    hit = resolve([claim])["f"].actor
    assert hit is None or hit.rule == "fuzzy" or hit.id == "Ukraine government"


@pytest.mark.parametrize(
    ("subject", "place", "sites"),
    [
        ("attaque contre la gare", None, {"station"}),
        ("hospital blast", None, {"hospital"}),
        ("explosão", "hospital Al-Nour", {"hospital"}),
        ("civilians", "Kayes", set()),
    ],
)
def test_incident_words_are_kinds_of_site(subject, place, sites):
    claim = Claim(source="Wire", subject=subject, predicate="killed", place=place, id="s")
    assert resolve([claim])["s"].sites == frozenset(sites)
    assert incident_sites(subject, place) == frozenset(sites)


# --------------------------------------------------------------------------- relations


def test_a_perpetrator_read_from_the_words_disputes_an_aligned_attribution():
    """Two aligned attributions, one naming its perpetrator only by an adjective."""
    israel = cause("Health ministry", "an Israeli air strike", "isr", actor="Israel", place="Gaza")
    rocket = cause("France", "une roquette palestinienne", "pal", place="Gaza")
    rel = relate(israel, rocket)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(rocket, israel) == rel.converse()


def test_a_nations_armed_groups_never_dispute_one_of_them():
    """'a Palestinian rocket' and 'an Islamic Jihad rocket' may name one group."""
    jihad = cause("Army", "a rocket of Islamic Jihad", "pij", actor="Islamic Jihad", place="Gaza")
    rocket = cause("France", "une roquette palestinienne", "pal", place="Gaza")
    assert relate(jihad, rocket).kind is not Relation.CONTRADICTS


def test_one_kind_of_site_a_few_days_apart_places_two_blames_in_one_incident():
    """No place, no event time: 'the hospital' and 'l'hôpital', reported a day apart."""
    israel = cause("Health ministry", "an Israeli air strike", "isr", actor="Israel")
    jihad = cause(
        "Army", "a failed rocket of Islamic Jihad", "pij", actor="Islamic Jihad",
        subject="explosion à l'hôpital", day="2024-05-03",
    )  # fmt: skip
    assert relate(israel, jihad).kind is Relation.CONTRADICTS
    assert cr.claim_graph([israel, jihad]).relationship("isr", "pij").kind is Relation.CONTRADICTS
    # ten days apart, another kind of site, or undated: nothing places them in one incident
    later = cause(
        "Army", "a rocket of Islamic Jihad", "late", actor="Islamic Jihad", day="2024-05-12"
    )
    assert relate(israel, later).kind is not Relation.CONTRADICTS
    school = cause(
        "Army", "a rocket of Islamic Jihad", "school", actor="Islamic Jihad",
        subject="school blast", day="2024-05-03",
    )  # fmt: skip
    assert relate(israel, school).kind is not Relation.CONTRADICTS
    undated = Claim(
        source="Army", subject="hospital blast", predicate="caused by",
        value="a rocket of Islamic Jihad", actor="Islamic Jihad", id="undated",
    )  # fmt: skip
    assert relate(israel, undated).kind is not Relation.CONTRADICTS


def test_two_sites_of_one_kind_in_places_apart_are_two_incidents():
    """'the hospital' in Kayes and 'the hospital' in Gao, one day apart: two strikes."""
    kayes = cause("Wire", "a JNIM drone", "k", actor="JNIM", place="Kayes")
    gao = cause("Army", "an ISSP drone", "g", actor="ISSP", place="Gao", day="2024-05-03")
    assert relate(kayes, gao).kind is not Relation.CONTRADICTS


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(4)), gap=st.integers(min_value=0, max_value=6))
def test_blame_disputes_are_order_independent_and_match_relate(order, gap):
    """The graph finds the same blame disputes as relate(), whatever the input order."""
    day = f"2024-05-{2 + gap:02d}"
    claims = [
        cause("Health ministry", "an Israeli air strike", "a", actor="Israel"),
        cause("Army", "a failed rocket of Islamic Jihad", "b", actor="Islamic Jihad", day=day),
        cause("France", "une roquette palestinienne", "c", day=day),
        cause("Islamic Jihad", "Islamic Jihad", "d", actor="Islamic Jihad", polarity="denied"),
    ]
    ordered = [claims[k] for k in order]
    graph = cr.claim_graph(ordered)
    for x in claims:
        for y in claims:
            if x.id < y.id:
                rel = graph.relationship(x.id, y.id)
                got = Relation.UNRELATED if rel is None else rel.kind
                want = relate(x, y, context=claims).kind
                assert (got is Relation.CONTRADICTS) == (want is Relation.CONTRADICTS), (x.id, y.id)


# --------------------------------------------------------------------------- denials


def test_no_one_harmed_denies_what_a_killing_entails():
    """'No civilians were harmed' (the harm is an attack) against '12 civilians killed'."""
    denial = Claim(
        source="Militia", subject="civilians", predicate="harmed", polarity="denied",
        place="Kayes", when="2025-03-03", id="deny",
    )  # fmt: skip
    toll = Claim(
        source="HRW", subject="civilians", predicate="killed", value=12,
        place="Kayes", when="2025-03-03", id="toll",
    )  # fmt: skip
    assert resolve([denial])["deny"].predicate.id == "attacked"
    assert relate(denial, toll).kind is Relation.CONTRADICTS
    graph = cr.claim_graph([denial, toll])
    assert graph.relationship("deny", "toll").kind is Relation.CONTRADICTS


@pytest.mark.parametrize("verb", ["came back", "returned to the village", "revenus", "voltaram"])
def test_coming_back_is_one_predicate(verb):
    claim = Claim(source="Wire", subject="gunmen", predicate=verb, id="r")
    assert resolve([claim])["r"].predicate.id == "returned"


def test_a_denial_at_the_place_the_assertions_report_names_denies_no_less():
    """'The army denies the gunmen came back to Kayes' against a Kayes report saying so."""
    wire = Report(outlet="Wire", published="2025-03-04", id="wire")
    about = Claim(source="Wire", subject="civilians", predicate="killed", value=12,
                  place="Kayes", via=wire, id="toll")  # fmt: skip
    back = Claim(source="Wire", subject="gunmen", predicate="came back", via=wire, id="back")
    denial = Claim(
        source="Army", subject="gunmen", predicate="returned", polarity="denied",
        place="Kayes", when="2025-03-03", via=Report(outlet="Army", id="army"), id="deny",
    )  # fmt: skip
    res = resolve([about, back, denial])
    assert res["back"].place.rule == "report"
    rel = relate(denial, back, context=[about])
    assert rel.kind is Relation.CONTRADICTS
    # a place the assertion's report does not name is a narrower denial
    elsewhere = Claim(
        source="Army", subject="gunmen", predicate="returned", polarity="denied",
        place="Gao", when="2025-03-03", via=Report(outlet="Army", id="army2"), id="gao",
    )  # fmt: skip
    assert relate(elsewhere, back, context=[about]).kind is not Relation.CONTRADICTS
