"""The accused's denial of the act against the accusations of its party's one scene.

Made-up claims (a village, Tessit, where "FLA" is accused of killing civilians on 3 March
2025): none is copied from the corpus. The denial names no place and no day, and its
report names none either; the collection's accusations of its party are placed at one
place (:attr:`~claimrec.ClaimResolution.accused_place`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import Relation, relate


def report(rid: str, outlet: str = "Wire") -> Report:
    return Report(outlet=outlet, url=f"https://{outlet.lower()}.example/{rid}", id=rid)


def placed(cid: str = "placed", **kw: object) -> Claim:
    """The accusation that sets the scene: FLA killed civilians at Tessit on 3 March."""
    fields: dict[str, object] = {
        "source": "UN", "subject": "civilians", "predicate": "killed", "value": 30,
        "actor": "FLA", "place": "Tessit", "when": "2025-03-03", "via": report("r1"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def toll(cid: str = "toll", **kw: object) -> Claim:
    """Another report's toll naming FLA, with no place and no day."""
    fields: dict[str, object] = {
        "source": "Mali government", "subject": "civilians", "predicate": "killed",
        "value": 41, "actor": "FLA", "via": report("r2", "Post"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def denial(cid: str = "denial", **kw: object) -> Claim:
    """FLA denies responsibility for the massacre: no place, no day, in a third report."""
    fields: dict[str, object] = {
        "source": "FLA", "subject": "the massacre", "predicate": "responsible for",
        "polarity": "denied", "via": report("r3", "Daily"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def test_the_accused_denial_takes_the_scene_of_its_party_accusations():
    claims = [placed(), toll(), denial()]
    res = cr.resolve(claims)
    assert res["denial"].accused_place is not None
    assert res["denial"].accused_place.rule == "accused"
    assert res["toll"].accused_place == res["denial"].accused_place
    assert res["placed"].accused_place is None  # it states its own place
    assert res["denial"].place is None  # evidence of one event, never the claim's place


def test_the_accused_denial_disputes_an_undated_toll_of_its_scene():
    claims = [placed(), toll(), denial()]
    rel = relate(claims[1], claims[2], context=claims)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.disputed
    assert relate(claims[2], claims[1], context=claims) == rel.converse()
    graph = cr.claim_graph(claims)
    found = graph.relationship("toll", "denial")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    # without the scene (no context), nothing places the two in one event
    assert relate(claims[1], claims[2]).kind is not Relation.CONTRADICTS


def test_no_scene_when_the_party_is_accused_at_two_places_or_times():
    # two villages far apart: two acts, the denial may answer either
    elsewhere = placed("far", place="Ménaka", via=report("r4"))
    claims = [placed(), elsewhere, toll(), denial()]
    assert cr.resolve(claims)["denial"].accused_place is None
    assert relate(claims[2], claims[3], context=claims).kind is not Relation.CONTRADICTS
    # one village, two days weeks apart
    later = placed("later", when="2025-04-20", via=report("r4"))
    claims = [placed(), later, toll(), denial()]
    assert cr.resolve(claims)["denial"].accused_place is None
    assert relate(claims[2], claims[3], context=claims).kind is not Relation.CONTRADICTS
    # no accusation is placed: nothing sets a scene
    claims = [toll(), denial()]
    assert cr.resolve(claims)["denial"].accused_place is None
    assert relate(claims[0], claims[1], context=claims).kind is not Relation.CONTRADICTS


def test_a_denial_of_harm_to_a_class_of_people_is_no_denial_of_the_one_act():
    """ "We do not target civilians" may speak of a campaign: the scene is not its event."""
    general = denial(subject="civilians", predicate="attacked", actor=None)
    claims = [placed(), toll(), general]
    assert relate(claims[1], claims[2], context=claims).kind is not Relation.CONTRADICTS


def test_a_toll_of_another_place_or_time_is_not_the_denied_act():
    claims = [placed(), denial()]
    other = toll("other", place="Ménaka")
    assert relate(other, claims[1], context=[*claims, other]).kind is not Relation.CONTRADICTS
    later = toll("later", when="2025-05-10")
    assert relate(later, claims[1], context=[*claims, later]).kind is not Relation.CONTRADICTS


def test_a_count_over_months_is_a_campaign_not_the_denied_act():
    """A toll at the scene, qualified by a span of months, counts a campaign's dead."""
    claims = [placed(), denial()]
    months = toll("months", place="Tessit",
                  qualifiers=["between March 2025 and August 2025"])  # fmt: skip
    context = [*claims, months]
    assert cr.resolve(context)["months"].period.rule == "qualifier"
    assert relate(months, claims[1], context=context).kind is not Relation.CONTRADICTS
    one_day = toll("one-day", place="Tessit", qualifiers=["3 March 2025"])
    context = [*claims, one_day]
    assert relate(one_day, claims[1], context=context).kind is Relation.CONTRADICTS


def test_an_accusation_of_another_party_is_no_dispute_of_the_denial():
    """The accused's denial disputes only what is said of its own side."""
    rival = toll("rival", actor="FAMa")
    claims = [placed(), denial(), rival]
    assert relate(rival, claims[1], context=claims).kind is not Relation.CONTRADICTS


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(3)))
def test_the_scene_is_read_whatever_the_order(order):
    claims = [placed(), toll(), denial()]
    ordered = [claims[k] for k in order]
    scene = cr.resolve(claims)["denial"].accused_place
    assert cr.resolve(ordered)["denial"].accused_place == scene
    rel = relate(claims[1], claims[2], context=ordered)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(claims[2], claims[1], context=ordered) == rel.converse()
    assert set(cr.claim_graph(ordered).relationships) == set(cr.claim_graph(claims).relationships)


def test_the_denial_of_the_attack_meets_the_strike_on_a_site_of_the_scene():
    """FLA denies the attack, against "the hospital was struck by FLA" at the scene."""
    struck = placed("struck", subject="the hospital", predicate="shelled", value=None)
    bare = toll("bare", subject="the hospital", predicate="shelled", value=None)
    claims = [struck, bare, denial(subject="the attack")]
    assert cr.resolve(claims)["denial"].accused_place is not None
    assert relate(bare, claims[2], context=claims).kind is Relation.CONTRADICTS
    # a party accused at a hospital and at a school: two acts, no scene
    school = placed("school", subject="the school", predicate="shelled", value=None,
                    via=report("r4"))  # fmt: skip
    claims = [struck, school, bare, denial(subject="the attack")]
    assert cr.resolve(claims)["denial"].accused_place is None
    assert relate(bare, claims[3], context=claims).kind is not Relation.CONTRADICTS


def test_a_bridge_struck_elsewhere_sets_no_scene_of_its_own():
    """Accusations over a bridge or a depot (no site, no people) are other acts."""
    bridge = placed("bridge", subject="the bridge", predicate="shelled", value=None,
                    place="Ménaka", via=report("r4"))  # fmt: skip
    claims = [placed(), bridge, toll(), denial()]
    scene = cr.resolve(claims)["denial"].accused_place
    assert scene is not None
    assert scene == cr.resolve([placed(), toll(), denial()])["denial"].accused_place


def test_two_parties_named_for_the_act_of_their_one_scene_dispute_who_did_it():
    """ "The government blames FLA" and "FAMa killed civilians", neither placed nor dated."""
    fama_there = placed("fama-there", source="FLA", actor="FAMa", via=report("r4"))
    blame = Claim(source="Mali government", subject="the massacre", predicate="blamed",
                  actor="FLA", id="blame", via=report("r5", "Post"))  # fmt: skip
    act = toll("act", source="HRW", actor="FAMa", via=report("r6", "Daily"))
    claims = [placed(), fama_there, blame, act]
    rel = relate(blame, act, context=claims)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(act, blame, context=claims) == rel.converse()
    found = cr.claim_graph(claims).relationship("act", "blame")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    assert relate(blame, act).kind is not Relation.CONTRADICTS  # no scene without the rest
    # FAMa accused elsewhere too: no scene of its own, nothing places its bare act
    fama_far = placed("fama-far", source="FLA", actor="FAMa", place="Ménaka", via=report("r7"))
    claims = [placed(), fama_there, fama_far, blame, act]
    assert relate(blame, act, context=claims).kind is not Relation.CONTRADICTS
    # soldiers killed: each side's dead, no rivals for one act
    soldiers = toll("soldiers", source="HRW", actor="FAMa", subject="militants",
                    via=report("r6", "Daily"))  # fmt: skip
    claims = [placed(), fama_there, blame, soldiers]
    assert relate(blame, soldiers, context=claims).kind is not Relation.CONTRADICTS
