"""What a denial denies (resolution's ``denies``) and what it then contradicts (relation).

Made-up claims only: a denial of who did it, of a means, of the event, of a figure, or only
of a confirmation, each against the claims it does and does not dispute.
"""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.resolution import TARGETS, Denial
from claimrec.resolution._denial import means_named, means_negated, means_of

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def denies(c: cr.Claim) -> Denial | None:
    return cr.resolve([c])[c.id].denies


def deny(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return claim(cid, source, subject, predicate, polarity="denied", **kw)


# --------------------------------------------------------------------------- resolution


@pytest.mark.parametrize(
    ("subject", "predicate", "extra", "target", "rule"),
    [
        ("attack", "involvement", {}, "perpetrator", "responsibility"),
        ("attaque", "responsabilité", {}, "perpetrator", "responsibility"),
        ("massacre", "commis", {}, "perpetrator", "perpetrator words"),
        ("civilians", "targeting", {}, "perpetrator", "perpetrator words"),
        # an active verb of doing denied, naming no one: the speaker's involvement (blamed)
        ("ataque", "realizou", {}, "perpetrator", "responsibility"),
        ("chemical weapons", "used", {}, "means", "means"),
        ("armes chimiques", "utilisées", {}, "means", "means"),
        ("frappe aérienne", "menée", {"quote": "une mise en scène"}, "event", "fabricated"),
        ("civilians", "harmed", {}, "event", "act"),
        ("civils", "tués", {"quote": "une mise en scène"}, "event", "fabricated"),
        ("people", "killed", {"value": 300}, "figure", "value"),
        ("toll", "exaggerated", {}, "figure", "figure words"),
        ("bilan", "exagéré", {}, "figure", "figure words"),
        ("civilians killed", "confirmed", {"value": 40}, "confirmation", "unconfirmed"),
        ("strike", "justified", {}, "unknown", "legitimacy"),
        ("report", "xyzzy", {}, "unknown", "none"),
    ],
)
def test_what_a_denial_denies(subject, predicate, extra, target, rule):
    found = denies(deny("d", "FAMa", subject, predicate, **extra))
    assert found is not None
    assert (found.target, found.rule) == (target, rule)
    assert found.target in TARGETS
    assert 0.0 <= found.score <= 1.0


def test_an_assertion_denies_nothing_unless_its_words_say_it_was_staged():
    assert denies(claim("a", "Hospital", "civilians", "killed", value=12)) is None
    staged = denies(claim("s", "Ministry", "chemical attack", "staged"))
    assert staged is not None
    assert (staged.target, staged.in_words, staged.means) == ("event", True, {"chemical"})
    assert denies(claim("f", "Ministry", "attaque", "fabriquée de toutes pièces")) is not None


def test_a_denial_of_who_did_it_names_the_actor_else_the_speakers_side():
    named = denies(deny("d1", "Hospital", "attack", "responsible for", actor="JNIM"))
    assert named is not None
    assert named.perpetrator is not None
    assert named.perpetrator.id == "JNIM"
    own = denies(deny("d2", "FAMa", "attack", "involvement"))
    assert own is not None
    assert own.perpetrator is not None
    assert own.perpetrator.id == "FAMa"
    # a news agency saying nobody claimed the attack names no perpetrator
    agency = denies(deny("d3", "AP", "responsibility", "claimed"))
    assert agency is not None
    assert agency.target == "perpetrator"
    assert agency.perpetrator is None


def test_means_words_are_negated_and_nested():
    assert means_named("killed in a gas attack") == {"chemical"}
    assert means_named("pas une attaque chimique") == frozenset()
    assert means_negated("pas une attaque chimique") == {"chemical"}
    assert means_named("ataque aéreo") == {"air"}
    sarin = claim("s", "Doctors", "people", "killed", value=40, qualifiers=["sarin"])
    assert means_of(sarin, None) == {"nerve_agent", "chemical"}


def test_explain_shows_what_a_denial_denies():
    text = cr.resolve([deny("d", "FAMa", "chemical weapons", "used")])["d"].explain()
    assert "denies     means (means, 0.80): 'chemical weapons' [chemical]" in text


@st.composite
def denial_sets(draw):
    subjects = ["attack", "civilians", "chemical weapons", "toll", "massacre", "explosion"]
    predicates = ["involvement", "killed", "harmed", "used", "commis", "staged", "confirmed"]
    sources = ["FAMa", "JNIM", "AP", "Hospital", "Ministry"]
    n = draw(st.integers(2, 7))
    return [
        cr.Claim(
            source=draw(st.sampled_from(sources)),
            subject=draw(st.sampled_from(subjects)),
            predicate=draw(st.sampled_from(predicates)),
            polarity=draw(st.sampled_from(["asserted", "denied"])),
            actor=draw(st.sampled_from([None, "JNIM", "FAMa"])),
            place="Kayes",
            id=f"c{k}",
        )
        for k in range(n)
    ]


@settings(max_examples=60, deadline=None)
@given(denial_sets(), st.randoms(use_true_random=False))
def test_what_a_denial_denies_does_not_depend_on_order(claims, rnd: random.Random):
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    first, second = cr.resolve(claims), cr.resolve(shuffled)
    assert {c.id: first[c.id].denies for c in claims} == {
        c.id: second[c.id].denies for c in claims
    }


# --------------------------------------------------------------------------- relation


def test_a_denial_of_who_did_it_disputes_only_a_toll_naming_that_side():
    """"FAMa denies involvement": a toll naming no one stands; "26 killed by FAMa" does not."""
    denial = deny("d", "FAMa", "attack", "involvement")
    assert relate(denial, claim("t", "Hospital", "civilians", "killed", value=26)).kind is not (
        Relation.CONTRADICTS
    )
    named = claim("u", "Hospital", "civilians", "killed", value=26, actor="FAMa")
    assert relate(denial, named).kind is Relation.CONTRADICTS
    other = claim("v", "Hospital", "civilians", "killed", value=26, actor="JNIM")
    assert relate(denial, other).kind is not Relation.CONTRADICTS


def test_a_denial_of_who_did_it_disputes_naming_that_side():
    denial = deny("d", "FAMa", "attack", "involvement")
    blame = claim("b", "Hospital", "attack", "carried out by", actor="FAMa")
    other = claim("o", "Hospital", "attack", "carried out by", actor="JNIM")
    rel = relate(denial, blame)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(denial, other).kind is not Relation.CONTRADICTS
    reasons = [str(r) for r in relate(denial, other).reasons]
    assert any("denies who did it (FAMa)" in r and "another: JNIM" in r for r in reasons)


def test_a_means_denial_disputes_the_act_with_that_means_or_none_named():
    denial = deny("d", "Ministry", "chemical weapons", "used")
    gas = claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)
    shelling = claim("s", "Monitor", "civilians", "killed", value=11, qualifiers=["by shelling"])
    not_gas = claim("n", "Monitor", "civilians", "killed", value=21,
                    qualifiers=["not a chemical attack"])  # fmt: skip
    rel = relate(denial, gas)
    assert rel.kind is Relation.CONTRADICTS
    assert any("the means (chemical)" in str(r) for r in rel.reasons)
    assert relate(denial, shelling).kind is not Relation.CONTRADICTS
    assert relate(denial, not_gas).kind is not Relation.CONTRADICTS


def test_an_event_denial_with_a_means_spares_tolls_of_other_means():
    denial = deny("d", "Ministry", "chemical agents", "used to attack the town",
                  quote="fabrications")  # fmt: skip
    plain = claim("p", "Doctors", "people", "killed", value=40)
    shelling = claim("s", "Monitor", "people", "died", value=11,
                     qualifiers=["suffocation from conventional weapons"])  # fmt: skip
    rel = relate(denial, plain)
    assert rel.kind is Relation.CONTRADICTS  # no means named: the general rule
    assert any("that the event happened (chemical)" in str(r) for r in rel.reasons)
    spared = relate(denial, shelling)
    assert spared.kind is Relation.COMPATIBLE
    assert any("another means: conventional" in str(r) for r in spared.reasons)


def test_an_event_denial_disputes_the_tolls_it_entails():
    denial = deny("d", "JNIM", "civilians", "harmed")
    toll = claim("t", "Hospital", "civilians", "killed", value=12)
    rel = relate(denial, toll)
    assert rel.kind is Relation.CONTRADICTS
    assert any("denies what Hospital asserts: that the event happened" in str(r)
               for r in rel.reasons)  # fmt: skip


def test_a_denial_of_killing_whose_victims_are_not_read_disputes_no_toll():
    """Who a denial of killing speaks of must be read before it is held against a toll."""
    unread = deny("d", "Army", "qwzx vlorp", "killed")
    toll = claim("t", "Hospital", "people", "killed", value=12)
    assert denies(unread).target == "event"
    rel = relate(unread, toll)
    assert rel.kind is not Relation.CONTRADICTS
    assert any("whom it speaks of ('qwzx vlorp') is not read" in str(r)
               for r in rel.reasons)  # fmt: skip
    assert relate(toll, unread).kind is rel.kind.converse
    # the same denial naming its victims keeps disputing their toll
    read = deny("d2", "Army", "people", "killed")
    assert relate(read, toll).kind is Relation.CONTRADICTS


def test_an_assertion_that_it_was_staged_is_read_as_a_denial():
    staged = claim("s", "Ministry", "chemical attack", "staged")
    gas = claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)
    assert relate(staged, gas).kind is Relation.CONTRADICTS


def test_an_unconfirmed_claim_contradicts_nothing():
    unconfirmed = deny("u", "UN", "civilians", "killed", value=110,
                       qualifiers=["not confirmed"])  # fmt: skip
    toll = claim("t", "Hospital", "civilians", "killed", value=110)
    assert denies(unconfirmed).target == "confirmation"
    assert relate(unconfirmed, toll).kind is not Relation.CONTRADICTS


def test_two_denials_of_one_thing_agree_and_never_contradict():
    first = deny("d1", "Ministry", "chemical weapons", "used")
    staged = claim("d2", "Embassy", "chemical attack", "staged")
    other = deny("d3", "Ruritanian Ministry", "chemical weapons", "used")
    assert relate(first, other).kind is Relation.AGREES
    assert relate(first, staged).kind is not Relation.CONTRADICTS
    harmed = deny("e1", "JNIM", "civilians", "harmed")
    killed = deny("e2", "FAMa", "civilians", "harmed")
    assert relate(harmed, killed).kind is Relation.AGREES


def test_an_unknown_target_keeps_the_general_rule_and_says_so():
    denial = deny("d", "Army", "gunmen", "xyzzied")
    assert denies(denial).target == "unknown"
    rel = relate(denial, claim("a", "Mayor", "gunmen", "xyzzied"))
    assert rel.kind is Relation.CONTRADICTS  # today's rule: it denies the whole claim
    assert any("what the denial denies is unknown" in str(r) for r in rel.reasons)


PAIRS = [
    (deny("d", "FAMa", "attack", "involvement"),
     claim("b", "Hospital", "attack", "carried out by", actor="FAMa")),
    (deny("d", "Ministry", "chemical weapons", "used"),
     claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)),
    (deny("d", "JNIM", "civilians", "harmed"),
     claim("t", "Hospital", "civilians", "killed", value=12)),
    (claim("s", "Ministry", "chemical attack", "staged"),
     claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)),
    (deny("d", "FAMa", "attack", "involvement"),
     claim("t", "Hospital", "civilians", "killed", value=26)),
    (deny("d", "Ministry", "chemical weapons", "used"),
     deny("e", "Embassy", "chemical weapons", "used")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_swapping_a_denial_and_a_claim_gives_the_same_kind(a, b):
    forward = relate(a, b)
    assert relate(b, a) == forward.converse()


@settings(max_examples=60, deadline=None)
@given(denial_sets())
def test_relating_denials_is_symmetric(claims):
    a, b = claims[0], claims[1]
    if a.id == b.id:
        return
    assert relate(b, a) == relate(a, b).converse()


def test_the_graph_reads_denials_as_relate_does():
    claims = [
        deny("d", "Ministry", "chemical weapons", "used"),
        claim("g", "Hospital", "civilians", "killed in a gas attack", value=40),
        claim("s", "Ministry", "chemical attack", "staged"),
        claim("p", "Monitor", "people", "died", value=11,
              qualifiers=["suffocation from conventional weapons"]),
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    for x, y in (("d", "g"), ("s", "g"), ("d", "p"), ("d", "s")):
        rel = graph.relationship(x, y)
        kind = rel.kind if rel is not None else Relation.UNRELATED
        expected = relate(
            next(c for c in claims if c.id == x), next(c for c in claims if c.id == y),
            context=claims,
        ).kind  # fmt: skip
        assert kind is expected
    assert graph.relationship("d", "g").kind is Relation.CONTRADICTS
    # two denials of one means, in words alignment keeps apart ("used", "staged"): agree
    assert graph.relationship("d", "s").kind is Relation.AGREES


def test_a_denial_naming_no_one_needs_more_than_one_article():
    """'We did not target the camp' (RSF) beside 'RSF launched an offensive' in one article.

    One article setting two accounts of who did it side by side speaks of one event; a
    denial that names no one (its speaker's side) and another act of that side do not.
    """
    url = "https://wire.example/rsf"
    statement = cr.Report(outlet="RSF", published="2025-04-13", id="rsf")
    relay = cr.Report(outlet="Wire", published="2025-04-14", url=url, relays=statement, id="w1")
    article = cr.Report(outlet="Wire", published="2025-04-14", url=url, id="w2")
    denial = cr.Claim(source="RSF", subject="camp", predicate="targeted", polarity="denied",
                      via=relay, id="d")  # fmt: skip
    act = cr.Claim(source="Wire", subject="offensive", predicate="launched", actor="RSF",
                   via=article, id="a")  # fmt: skip
    assert relate(denial, act).kind is not Relation.CONTRADICTS
    named = attrs.evolve(denial, actor="RSF")  # "RSF did not target the camp": named
    assert relate(named, act).kind is Relation.CONTRADICTS
