"""A denial that people were harmed against reports that they were, across predicate families.

Made-up claims only (a clinic at Kayes struck on 3 March 2025): none is copied from the
corpus.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

TOWN = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**TOWN, **kw})


def none_hurt(cid: str = "none-hurt", source: str = "Ruritanian governor") -> cr.Claim:
    """The governor: no nurses, patients or civilians were hurt in the air raids."""
    return claim(cid, source, "nurses, patients or civilians", "were hurt in the air raids",
                 polarity="denied")  # fmt: skip


# ------------------------------------------------------------------ resolution: the reading


def test_a_denial_of_harm_in_an_air_raid_denies_the_harm_not_the_raid():
    """The phrase names the cause (*air raids*) after the harm (*hurt*): the harm is denied.

    The air raids are kept as the denial's means, its setting: never denied themselves.
    """
    rec = cr.resolve([none_hurt()])["none-hurt"]
    assert rec.predicate.id == "wounded"
    assert rec.denies.target == "event"
    assert rec.denies.rule == "harm"
    assert rec.denies.means == frozenset({"air"})


def test_an_assertion_of_harm_in_an_air_raid_reads_the_harm_too():
    """One reading for both polarities: the predicate is the harm, whatever the polarity."""
    asserted = claim("asserted", "Monitor", "civilians", "were hurt in the air raids")
    rec = cr.resolve([asserted])["asserted"]
    assert rec.predicate.id == "wounded"
    assert rec.denies is None


def test_a_list_of_nesting_victims_is_a_denial_about_the_broadest():
    rec = cr.resolve([none_hurt()])["none-hurt"]
    assert (rec.subject.id, rec.subject.rule) == ("civilians", "listed")


def test_a_list_of_victims_that_do_not_nest_keeps_its_reading():
    mixed = claim("mixed", "Ruritanian governor", "civilians or soldiers", "killed",
                  polarity="denied")  # fmt: skip
    unread = claim("unread", "Ruritanian governor", "nurses or zorblings", "killed",
                   polarity="denied")  # fmt: skip
    res = cr.resolve([mixed, unread])
    assert getattr(res["mixed"].subject, "rule", None) != "listed"
    assert getattr(res["unread"].subject, "rule", None) != "listed"


# ------------------------------------------------------------------ relations: the rule


def test_a_denial_that_anyone_was_hurt_disputes_a_toll_of_the_dead_it_covers():
    """ "No nurses, patients or civilians hurt" and "14 medical staff killed": the dead were
    hurt (injuries / casualties, two families alignment keeps apart)."""
    denial = none_hurt()
    toll = claim("toll", "Clinic", "medical staff", "killed", value=14)
    rel = relate(denial, toll)
    assert rel.kind is Relation.CONTRADICTS
    assert any("reports the harm" in str(r) for r in rel.reasons)
    assert relate(toll, denial) == rel.converse()
    wounded = claim("wounded", "Clinic", "patients", "wounded", value=27)
    assert relate(denial, wounded).kind is Relation.CONTRADICTS


def test_a_denial_of_harm_spares_other_victims_a_wider_class_and_other_places():
    denial = none_hurt()
    soldiers = claim("soldiers", "Army", "soldiers", "killed", value=14)
    assert relate(denial, soldiers).kind is not Relation.CONTRADICTS
    people = claim("people", "Clinic", "people", "killed", value=22)  # wider: rule 4
    assert relate(denial, people).kind is not Relation.CONTRADICTS
    unread = claim("unread", "Clinic", "zorblings", "killed", value=22)
    assert relate(denial, unread).kind is not Relation.CONTRADICTS
    elsewhere = claim("elsewhere", "Clinic", "medical staff", "killed", value=14, place="Gao",
                      when="2025-06-01")  # fmt: skip
    assert relate(denial, elsewhere).kind is not Relation.CONTRADICTS


def test_a_denial_of_deaths_does_not_dispute_the_wounded():
    """ "No civilians were killed" leaves "27 civilians wounded" standing."""
    denial = claim("no-dead", "Ruritanian governor", "civilians", "killed", polarity="denied")
    wounded = claim("wounded", "Clinic", "civilians", "wounded", value=27)
    assert relate(denial, wounded).kind is not Relation.CONTRADICTS


def test_a_denial_of_harm_with_nothing_placing_it_in_the_event_disputes_nothing():
    """No place, no time, no report in common: perhaps another event."""
    denial = cr.Claim(source="Ruritanian governor", subject="civilians", predicate="harmed",
                      polarity="denied", id="unplaced")  # fmt: skip
    toll = claim("toll", "Clinic", "medical staff", "killed", value=14)
    assert relate(denial, toll).kind is not Relation.CONTRADICTS


def test_a_denial_of_harm_in_a_means_spares_a_toll_of_another_means():
    denial = none_hurt()
    shelled = claim("shelled", "Clinic", "medical staff", "killed in the shelling", value=3)
    assert relate(denial, shelled).kind is not Relation.CONTRADICTS


def test_the_graph_proposes_the_denial_of_harm_and_the_toll():
    claims = [
        none_hurt(),
        claim("toll", "Clinic", "medical staff", "killed", value=14),
        claim("soldiers", "Army", "soldiers", "killed", value=14),
        claim("strike", "Monitor", "hospital", "air raid"),
    ]
    graph = cr.claim_graph(claims)
    by_id = {c.id: c for c in claims}
    for other in ("toll", "soldiers", "strike"):
        rel = graph.relationship("none-hurt", other)
        kind = rel.kind if rel is not None else Relation.UNRELATED
        assert kind is relate(by_id["none-hurt"], by_id[other], context=claims).kind
    assert graph.relationship("none-hurt", "toll").kind is Relation.CONTRADICTS
    strike = graph.relationship("none-hurt", "strike")  # the raid itself is not denied
    assert strike is None or strike.kind is not Relation.CONTRADICTS


# ------------------------------------------------------------------------ properties


@st.composite
def harm_sets(draw):
    pool = [
        none_hurt(),
        none_hurt("none-hurt-2", source="Ruritanian police"),
        claim("toll", "Clinic", "medical staff", "killed", value=14),
        claim("wounded", "Clinic", "patients", "wounded", value=27),
        claim("soldiers", "Army", "soldiers", "killed", value=14),
        claim("people", "Clinic", "people", "killed", value=22),
        claim("no-dead", "Ruritanian governor", "civilians", "killed", polarity="denied"),
        claim("strike", "Monitor", "hospital", "air raid"),
    ]
    return draw(st.lists(st.sampled_from(pool), min_size=2, max_size=6, unique_by=lambda c: c.id))


@settings(max_examples=40, deadline=None)
@given(harm_sets(), st.randoms(use_true_random=False))
def test_harm_disputes_are_symmetric_and_do_not_depend_on_order(claims, rnd: random.Random):
    order = list(range(len(claims)))
    rnd.shuffle(order)
    assert_symmetric_and_order_free(claims, order)


def test_a_party_denying_its_own_act_leaves_another_partys_killing_standing():
    """ "The army did not attack civilians" and "JNIM killed 30 civilians", one article
    placing neither: two sides' acts (who did it is the perpetrator rules'); "nobody was
    hurt" is about the victims, whoever did it."""
    report = cr.Report(outlet="Wire", published="2025-03-04", id="wire")

    def told(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
        return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid,
                        via=report, **kw)  # fmt: skip

    jnim = told("jnim", "Clinic", "civilians", "killed", value=30, actor="JNIM")
    denial = told("no-attack", "FAMa", "civilians", "attacked", polarity="denied")
    assert relate(denial, jnim).kind is not Relation.CONTRADICTS
    ours = told("ours", "Clinic", "civilians", "killed", value=30, actor="FAMa")
    assert relate(denial, ours).kind is Relation.CONTRADICTS
    hurt = told("no-hurt", "FAMa", "civilians", "were hurt", polarity="denied")
    assert relate(hurt, jnim).kind is Relation.CONTRADICTS
