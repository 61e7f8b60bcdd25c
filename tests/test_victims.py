"""Victim disputes: the perpetrator's fighters against another speaker's civilians (_victims)."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate

ARMY = cr.Source(name="FAMa", kind="state", party="Mali government")
HRW = cr.Source(name="Human Rights Watch", kind="ngo")
UN = cr.Source(name="United Nations", kind="international_org")
JNIM = cr.Source(name="JNIM", kind="armed group", party="JNIM")
SPAN = "2025-03-23/2025-03-31"


def claim(source: cr.Source, subject: str, value: object = None, **kw: object) -> cr.Claim:
    fields: dict[str, object] = {"predicate": "killed", "place": "Kayes", "when": SPAN}
    fields.update(kw)
    name = f"{source.name}:{subject}:{value}:{kw.get('actor', '')}:{kw.get('when', '')}"
    return cr.Claim(source=source, subject=subject, value=value, id=name, **fields)


TERRORISTS = claim(ARMY, "terrorists", 203, predicate="neutralised")
CIVILIANS = claim(HRW, "civilians", "about 300", actor="FAMa", when="2025-03")


def kind(a: cr.Claim, b: cr.Claim) -> Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return relate(a, b).kind


def test_the_perpetrators_fighters_against_its_civilians_contradict() -> None:
    r = relate(TERRORISTS, CIVILIANS)
    assert r.kind is Relation.CONTRADICTS
    assert r.disputed
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "FAMa says its dead were fighters ('terrorists')" in reason.detail
    assert "Human Rights Watch says 'civilians' were killed by Mali government" in reason.detail
    assert relate(CIVILIANS, TERRORISTS) == r.converse()
    found = cr.claim_graph([TERRORISTS, CIVILIANS]).relationship(TERRORISTS.id, CIVILIANS.id)
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


def test_without_figures_and_for_an_armed_groups_account() -> None:
    soldiers = claim(JNIM, "soldiers")  # "the dead were soldiers", no figure
    civilians = claim(UN, "civilians", 25, actor="JNIM")
    r = relate(soldiers, civilians)
    assert r.kind is Relation.CONTRADICTS
    assert r.reasons_of(ReasonKind.VICTIM)


@pytest.mark.parametrize(
    ("fighters", "civilians"),
    [
        # the civilians' perpetrator unnamed, or another party: the assailants killed them
        (TERRORISTS, claim(HRW, "civilians", "about 300", when="2025-03")),
        (TERRORISTS, claim(HRW, "civilians", "about 300", actor="JNIM", when="2025-03")),
        # the army's own dead: no account of whom it killed
        (claim(ARMY, "soldiers", 12), CIVILIANS),
        # a third party's count of fighters is no perpetrator's own account
        (claim(HRW, "militants", 30, actor="FAMa"), claim(UN, "civilians", 40, actor="FAMa")),
        # fewer civilians than the fighters it counts: perhaps others' dead too
        (TERRORISTS, claim(UN, "civilians", "about 20", actor="FAMa")),
        # people, with no figure beyond its own toll of fighters
        (TERRORISTS, claim(UN, "people", actor="FAMa")),
        # one day of the operation, within the other's toll: a part
        (claim(ARMY, "terrorists", 145, when="2025-03-27"), claim(UN, "people", 300, actor="FAMa")),
        # two times apart: two events
        (TERRORISTS, claim(HRW, "civilians", "about 300", actor="FAMa", when="2025-05-02")),
        # the perpetrator's own side says both
        (TERRORISTS, claim(cr.Source(name="Malian government", kind="state"), "civilians", 300,
                           actor="FAMa")),
    ],
)
def test_no_dispute_when_both_can_hold(fighters: cr.Claim, civilians: cr.Claim) -> None:
    assert kind(fighters, civilians) is not Relation.CONTRADICTS


def test_people_killed_beyond_the_perpetrators_own_toll() -> None:
    people = claim(UN, "people", "at least 500", predicate="executed", actor="FAMa")
    r = relate(TERRORISTS, people)
    assert r.kind is Relation.CONTRADICTS
    assert "more than it counts" in r.reasons_of(ReasonKind.VICTIM)[0].detail


def test_a_denial_that_civilians_died_against_the_perpetrators_civilians() -> None:
    denial = claim(ARMY, "civilians", polarity="denied")
    assert kind(denial, CIVILIANS) is Relation.CONTRADICTS
    people = claim(UN, "people", 500, actor="FAMa")  # people, not said to be civilians
    assert kind(denial, people) is not Relation.CONTRADICTS


POOL = [
    TERRORISTS,
    CIVILIANS,
    claim(ARMY, "jihadistes", 203, predicate="tués", place="Kayes market", when=None),
    claim(UN, "people", "at least 500", predicate="executed", actor="FAMa"),
    claim(UN, "civilians", "about 20", actor="FAMa"),
    claim(HRW, "civilians", 40),
    claim(ARMY, "soldiers", 12),
    claim(JNIM, "soldiers", 30),
    claim(UN, "civilians", 25, actor="JNIM"),
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(POOL))
def test_graph_and_relate_agree_in_any_order(claims: list[cr.Claim]) -> None:
    assert_graph_agrees_with_relate(claims)


def assert_graph_agrees_with_relate(claims: list[cr.Claim]) -> None:
    """The graph disputes a pair exactly when ``relate`` (with the claims as context) does."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                alone = relate(a, b, context=claims)
                found = graph.relationship(a.id, b.id)
                disputed = found is not None and found.kind is Relation.CONTRADICTS
                assert disputed is (alone.kind is Relation.CONTRADICTS), (a.id, b.id)
                assert relate(b, a, context=claims) == alone.converse()


def test_the_graph_pairs_exclusive_victims_at_one_spot_named_two_ways():
    """'village de Moura, cercle de Djenné' (read as Djenné) and 'Moura' name one spot.

    The graph proposes exclusive victims of one predicate at one place; the place's first
    name counts as the place (unless it names a wide area), so the graph relates the pair
    as ``relate`` does instead of never comparing it.
    """
    army = cr.Claim(
        id="army", source=cr.Source(name="l'armée", kind="state", party="FAMa"),
        subject="combattants terroristes", predicate="tués", value=203,
        place="zone de Moura, cercle de Djenné",
    )
    ngo = cr.Claim(
        id="ngo", source=cr.Source(name="ONG locales", kind="ngo"),
        subject="civils", predicate="tués", value="over 200", place="Moura",
    )
    claims = [army, ngo]
    graph = cr.claim_graph(claims)
    again = cr.relate(army, ngo, context=claims)
    assert again.kind is cr.Relation.CONTRADICTS
    found = graph.relationship("army", "ngo")
    assert (found.kind, found.disputed) == (again.kind, again.disputed)
