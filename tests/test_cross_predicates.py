"""Contradictions across predicate families: a denial that an event done with a means
happened ("the chemical attack was a fabrication") against the act it denies.

Made-up claims only (a town's market struck on 3 March 2025): none is copied from the corpus.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate

TOWN = {"place": "Kayes"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**TOWN, **kw})


# ------------------------------------------------------------ an event denial with a means


def staged(cid: str = "staged", source: str = "Ruritanian ministry", **kw: object) -> cr.Claim:
    """The ministry: the chemical attack at Kayes was a fabrication (asserted, a denial)."""
    return claim(cid, source, "allegations of a chemical attack", "a fabrication", **kw)


def test_a_staged_event_with_a_means_disputes_an_act_naming_no_means():
    """"The chemical attack was a fabrication" and "40 people killed" at one town.

    The predicates are of no family in common (the fabrication is no predicate at all), so
    alignment keeps them apart; the toll names no means, so it is the act denied.
    """
    denial, toll = staged(), claim("toll", "Doctors", "people", "killed", value=40)
    assert cr.resolve([denial])["staged"].denies.target == "event"
    rel = relate(denial, toll)
    assert rel.kind is Relation.CONTRADICTS
    assert any("that the event happened (chemical)" in str(r) for r in rel.reasons)
    assert relate(toll, denial) == rel.converse()
    wounded = claim("wounded", "Doctors", "people", "wounded", value="over 500")
    assert relate(denial, wounded).kind is Relation.CONTRADICTS


def test_a_staged_event_spares_other_means_other_places_and_non_violent_claims():
    denial = staged()
    shelling = claim("shelling", "Monitor", "people", "died", value=11,
                     qualifiers=["suffocation from conventional weapons"])  # fmt: skip
    assert relate(denial, shelling).kind is not Relation.CONTRADICTS
    elsewhere = claim("elsewhere", "Doctors", "people", "killed", value=40, place="Gao")
    assert relate(denial, elsewhere).kind is not Relation.CONTRADICTS
    fled = claim("fled", "Doctors", "families", "displaced", value=40)
    assert relate(denial, fled).kind is not Relation.CONTRADICTS


def test_a_means_denial_still_needs_the_act_to_name_the_means():
    """"No chemical weapons were used" leaves "40 killed" standing (measured: more false
    contradictions than right ones); only a denial that the event happened reaches it."""
    denial = claim("denial", "Ruritanian ministry", "chemical weapons", "used", polarity="denied")
    assert cr.resolve([denial])["denial"].denies.target == "means"
    toll = claim("toll", "Doctors", "people", "killed", value=40)
    assert relate(denial, toll).kind is Relation.UNRELATED


def test_the_graph_proposes_the_staged_event_and_the_act():
    claims = [
        staged(),
        claim("toll", "Doctors", "people", "killed", value=40),
        claim("elsewhere", "Doctors", "people", "killed", value=40, place="Gao"),
        claim("shelling", "Monitor", "people", "died", value=11,
              qualifiers=["suffocation from conventional weapons"]),
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    by_id = {c.id: c for c in claims}
    for other in ("toll", "elsewhere", "shelling"):
        rel = graph.relationship("staged", other)
        kind = rel.kind if rel is not None else Relation.UNRELATED
        assert kind is relate(by_id["staged"], by_id[other], context=claims).kind
    assert graph.relationship("staged", "toll").kind is Relation.CONTRADICTS


# ------------------------------------------------------------------------ properties


@st.composite
def cross_sets(draw):
    """Claims mixing event and means denials with tolls naming a means, another or none."""
    pool = [
        staged(),
        claim("toll", "Doctors", "people", "killed", value=40),
        claim("gas", "Doctors", "people", "killed in a gas attack", value=30),
        staged("staged2", source="Embassy"),
        claim("denied", "Ruritanian ministry", "chemical weapons", "used", polarity="denied"),
        claim("elsewhere", "Doctors", "people", "killed", value=40, place="Gao"),
        claim("shelling", "Monitor", "people", "died", value=11,
              qualifiers=["suffocation from conventional weapons"]),
        claim("wounded", "Doctors", "people", "wounded", value="over 500"),
    ]  # fmt: skip
    return draw(st.lists(st.sampled_from(pool), min_size=2, max_size=6, unique_by=lambda c: c.id))


def graph_kinds(graph: cr.ClaimGraph) -> dict[tuple[str, str], str]:
    """Each related pair's kind, read with the smaller id first (order-free)."""
    return {(r.a, r.b) if r.a <= r.b else (r.b, r.a): (r.kind if r.a <= r.b else
            r.kind.converse).value for r in graph.relationships}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(cross_sets())
def test_cross_family_disputes_are_symmetric(claims):
    a, b = claims[0], claims[1]
    assert relate(b, a) == relate(a, b).converse()


@settings(max_examples=25, deadline=None)
@given(cross_sets(), st.randoms(use_true_random=False))
def test_cross_family_disputes_do_not_depend_on_order(claims, rnd: random.Random):
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert graph_kinds(cr.claim_graph(claims)) == graph_kinds(cr.claim_graph(shuffled))
