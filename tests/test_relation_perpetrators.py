"""Who did it, across predicate families: attributions, acts and denials of one event.

Made-up claims (a market in Kayes struck on 3 March 2025): none is copied from the corpus.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.alignment import compare
from claimrec.model import Claim, Report
from claimrec.relation import (
    ReasonKind,
    Relation,
    _actor_name,
    _lookup,
    _Pair,
    _perpetrator_dispute,
    relate,
)
from claimrec.resolution import resolve


def blamed(source="Mali government", actor="JNIM", cid="blamed", **kw):
    """The market blast blamed on ``actor``."""
    fields = {
        "subject": "explosion",
        "predicate": "blamed",
        "value": None,
        "place": "Kayes",
        "when": "2025-03-03",
    }
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})


def struck(source="JNIM", actor="FAMa", cid="struck", **kw):
    """A violent act at the market by ``actor`` (an air strike that killed people)."""
    fields = {
        "subject": "civilians",
        "predicate": "killed",
        "value": 12,
        "place": "Kayes",
        "when": "2025-03-03",
    }
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})


def test_an_attribution_and_an_act_by_another_party_dispute_who_did_it():
    """'The blast was JNIM's' and 'FAMa killed 12 there': two families, one perpetrator dispute."""
    rel = relate(blamed(), struck())
    assert rel.kind is Relation.CONTRADICTS
    assert rel.disputed
    assert any("different parties" in r.detail for r in rel.reasons_of(ReasonKind.PERPETRATOR))
    assert relate(struck(), blamed()) == rel.converse()


def test_a_denial_of_responsibility_disputes_an_act_naming_that_party():
    """'FAMa denies responsibility' against 'FAMa killed civilians' (another speaker).

    A toll naming FAMa ("FAMa killed 12") too: who did it is part of what it asserts.
    """
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny")
    rel = relate(denial, struck(source="HRW", value=None))
    assert rel.kind is Relation.CONTRADICTS
    assert rel.reasons_of(ReasonKind.POLARITY)
    assert relate(denial, struck(source="HRW")).kind is Relation.CONTRADICTS


def test_denying_one_party_does_not_dispute_naming_another():
    """'FAMa denies responsibility' and 'JNIM killed 12': both can hold."""
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny")
    rel = relate(denial, struck(source="HRW", actor="JNIM"))
    assert rel.kind is not Relation.CONTRADICTS


def test_the_same_party_named_twice_is_no_dispute():
    """An attribution to JNIM and an act by Katiba Macina (a JNIM group) agree on who."""
    rel = relate(blamed(actor="JNIM"), struck(source="HRW", actor="Katiba Macina"))
    assert rel.kind is not Relation.CONTRADICTS


def test_fighters_killed_in_a_battle_name_no_rival_perpetrator():
    """JNIM claims the attack; the army says it killed 40 militants: both sides kill."""
    claim = blamed(source="Az-Zallaqa", actor="JNIM", predicate="claimed responsibility")
    army = struck(source="FAMa", actor="FAMa", subject="militants", value=40)
    assert relate(claim, army).kind is not Relation.CONTRADICTS


def test_nothing_placing_them_in_one_event_is_no_dispute():
    """An attribution at Kayes and an act at Timbuktu a week later: two events."""
    far = struck(source="HRW", place="Timbuktu", when="2025-03-10")
    assert relate(blamed(), far).kind is not Relation.CONTRADICTS
    nowhere = struck(source="HRW", place=None, when=None)
    assert relate(blamed(place=None, when=None), nowhere).kind is not Relation.CONTRADICTS


def test_a_perpetrator_read_by_resemblance_makes_no_dispute():
    """A misspelt actor is read fuzzily: never evidence of a rival perpetrator."""
    rel = relate(blamed(actor="JNIMM"), struck(source="HRW"))
    assert rel.kind is not Relation.CONTRADICTS


def test_one_speaker_naming_two_perpetrators_is_not_a_dispute_with_itself():
    rel = relate(blamed(source="HRW"), struck(source="HRW"))
    assert rel.kind is not Relation.CONTRADICTS


def test_the_graph_finds_the_dispute_alignment_keeps_apart():
    """claim_graph relates the pair (a generator proposes it) exactly as relate does."""
    claims = [
        blamed(),
        struck(),
        blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny"),
        struck(source="Kayes resident", actor=None, cid="witness", value=11),
        struck(source="HRW", cid="act", value=None),  # a denial disputes no toll
    ]
    graph = cr.claim_graph(claims)
    for a, b in [("blamed", "struck"), ("deny", "act")]:
        rel = graph.relationship(a, b)
        assert rel is not None
        assert rel.kind is Relation.CONTRADICTS
        by_id = {c.id: c for c in claims}
        assert relate(by_id[rel.a], by_id[rel.b], context=claims) == rel
    assert graph.disputes()


def test_one_report_chain_places_undated_unplaced_claims_in_one_event():
    """Two relays of one communiqué, neither placed nor dated: one event by provenance."""
    origin = Report(outlet="ORTM", published="2025-03-04", id="ortm")
    a = blamed(via=Report(outlet="Wire", relays=origin, id="w1"), place=None, when=None)
    b = struck(via=Report(outlet="Radio", relays=origin, id="w2"), place=None, when=None)
    assert relate(a, b).kind is Relation.CONTRADICTS


@settings(max_examples=40, deadline=None)
@given(
    order=st.permutations(range(4)),
    actors=st.lists(st.sampled_from(["JNIM", "FAMa", "ISSP", "Wagner"]), min_size=4, max_size=4),
    denied=st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_perpetrator_disputes_are_symmetric_and_order_independent(order, actors, denied):
    polarity = ["denied" if d else "asserted" for d in denied]
    claims = [
        blamed(source="Mali government", actor=actors[0], cid="c0"),
        struck(source="HRW", actor=actors[1], cid="c1"),
        blamed(source="JNIM", actor=actors[2], cid="c2", polarity=polarity[2]),
        struck(source="Amnesty International", actor=actors[3], cid="c3", polarity=polarity[3]),
    ]
    assert_symmetric_and_order_free(claims, order)


@pytest.mark.parametrize(
    ("wide", "narrow"),
    [
        ("Kayes and the Wadi Bera camp", "Kayes"),
        ("Kayes, Wadi Bera and Kolo camps", "Kayes and Wadi Bera"),
    ],
)
def test_a_list_of_places_holding_another_is_the_broader_place(wide, narrow):
    """A toll over 'X, Y and Z' counts more places than one over 'X and Y': a part, no rival.

    The gazetteer knows Kayes only, so it reads every one of these places as Kayes; the
    lists still say which is broader.
    """
    whole = struck(source="OCHA", actor=None, value="over 100", place=wide, cid="whole")
    part = struck(source="Kayes resident", actor=None, value=57, place=narrow, cid="part")
    rel = relate(part, whole)
    assert rel.kind is Relation.COMPATIBLE
    assert any("among the places" in r.detail for r in rel.reasons_of(ReasonKind.SPATIAL))
    rival = struck(source="Kayes resident", actor=None, value=57, place=wide, cid="rival")
    assert relate(rival, whole).kind is Relation.CONTRADICTS


def test_two_sides_dead_are_no_victim_dispute():
    """'35 militants died' and '21 soldiers killed' at one place: both sides' dead."""
    fighters = struck(source="FAMa", actor=None, subject="militants", value=35, cid="m")
    soldiers = struck(source="JNIM", actor=None, subject="soldiers", value="at least 21", cid="s")
    rel = relate(fighters, soldiers)
    assert rel.kind is Relation.UNRELATED
    assert any("two sides" in r.detail for r in rel.reasons_of(ReasonKind.VICTIM))
    civilians = struck(source="HRW", actor=None, subject="civilians", value=35, cid="c")
    assert relate(fighters, civilians).kind is Relation.CONTRADICTS


def test_a_denial_that_dates_the_event_denies_no_less():
    """'FAMa denies responsibility for the 3 March blast' against an undated attribution."""
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny")
    undated = blamed(source="HRW", actor="FAMa", when=None, cid="hrw")
    rel = relate(denial, undated)
    assert rel.kind is Relation.CONTRADICTS
    # a denial at one place of the places the assertion names still denies less
    wide = blamed(source="HRW", actor="FAMa", place="Kayes and Wadi Bera", cid="wide")
    assert relate(denial, wide).kind is Relation.COMPATIBLE


def test_one_article_setting_two_accounts_side_by_side_speaks_of_one_event():
    """An article quoting the government's and JNIM's accounts of who did it, no place given."""
    article = "https://example.org/2025/03/04/market-blast"
    gov = blamed(place=None, when=None, via=Report(outlet="Wire", url=article, id="w-gov"))
    jnim = struck(place=None, when=None, via=Report(outlet="Wire", url=article, id="w-jnim"))
    assert relate(gov, jnim).kind is Relation.CONTRADICTS
    graph = cr.claim_graph([gov, jnim])
    assert graph.relationship("blamed", "struck").kind is Relation.CONTRADICTS
    elsewhere = attrs.evolve(jnim, via=Report(outlet="Radio", id="radio"))
    assert relate(gov, elsewhere).kind is not Relation.CONTRADICTS


def test_one_article_places_two_attributions_and_a_denial_in_one_event():
    """One article: 'blamed on JNIM', 'blamed on FAMa', 'FAMa denies it'; no place, no date."""
    article = "https://example.org/2025/03/04/who-did-it"

    def carried(claim, cid):
        return attrs.evolve(claim, via=Report(outlet="Wire", url=article, id=f"w-{cid}"))

    jnim = carried(blamed(place=None, when=None, cid="jnim"), "jnim")
    fama = carried(blamed(source="HRW", actor="FAMa", place=None, when=None, cid="fama"), "fama")
    denial = carried(
        blamed(source="FAMa", actor="FAMa", polarity="denied", place=None, when=None, cid="no"),
        "no",
    )
    assert relate(jnim, fama).kind is Relation.CONTRADICTS
    assert relate(denial, fama).kind is Relation.CONTRADICTS
    apart = [attrs.evolve(c, via=Report(outlet=c.id, id=f"own-{c.id}")) for c in (fama, denial)]
    assert relate(jnim, apart[0]).kind is not Relation.CONTRADICTS
    assert relate(apart[1], apart[0]).kind is not Relation.CONTRADICTS


def test_a_perpetrator_read_from_the_words_counts_in_the_attribution_rule_only():
    """An actor read from the text ('frappe malienne' -> FAMa) is who did it for attributions.

    Field comparisons read only the stated actor: readings from the words also catch
    victims and motives.
    """
    claims = [blamed(), struck(actor=None)]
    res = resolve(claims)
    ra, rb = res[0], res[1]
    assert rb.actor is None
    read = attrs.evolve(
        ra.actor,
        text="frappe malienne",
        id="FAMa",
        name="FAMa",
        record=cr.default_vocabulary().actors.get("FAMa"),
        rule="demonym",
    )
    rb = attrs.evolve(rb, actor=read)
    assert _actor_name(claims[1], rb) is None
    pair = compare(claims[0], claims[1])
    rel = _perpetrator_dispute(_Pair(claims[0], claims[1], ra, rb, _lookup(None)), pair.score)
    assert rel is not None
    assert rel.kind is Relation.CONTRADICTS


def assert_symmetric_and_order_free(claims: list[Claim], order: list[int]) -> cr.ClaimGraph:
    """``relate`` is symmetric on every pair, and the graph the same in ``order``; the graph."""
    for a in claims:
        for b in claims:
            if a.id < b.id:
                assert relate(b, a) == relate(a, b).converse()
    one = cr.claim_graph(claims)
    two = cr.claim_graph([claims[k] for k in order])
    assert set(one.relationships) == set(two.relationships)
    return one
