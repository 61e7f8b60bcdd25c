"""A party's denial of involvement meets the claims that blame its side, whatever their family.

Made-up claims (a village, Tessit, where the Malian army is accused of killing civilians on
3 March 2025); none is copied from the corpus. Two ways such a pair used to go unjudged:

- the denial denies *the accusations* themselves (*dément les allégations*, *rejects the
  accusations*): it names no victims and no act, so the party's scene
  (``accused_place``) did not place it (only a denial of *the massacre* did);
- the claim blaming the party names a list of perpetrators (*soldiers and vigilantes*):
  relate() read the state's part of it, but the graph never proposed the pair, since it
  buckets claims by their one perpetrator.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Source
from claimrec.relation import Relation, relate
from tests.test_accused_scene import report

ARMY = Source(name="Malian army", kind="state", party="Mali government")


def placed(cid: str = "placed", **kw: object) -> Claim:
    """The accusation that sets the scene: FAMa killed civilians at Tessit on 3 March."""
    fields: dict[str, object] = {
        "source": "UN", "subject": "civilians", "predicate": "killed", "value": 30,
        "actor": "FAMa", "place": "Tessit", "when": "2025-03-03", "via": report("r1"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def toll(cid: str = "toll", **kw: object) -> Claim:
    """Another report's toll naming the army, with no place and no day."""
    fields: dict[str, object] = {
        "source": "HRW", "subject": "civilians", "predicate": "killed", "value": 41,
        "actor": "FAMa", "via": report("r2", "Post"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def accusations(cid: str = "denial", **kw: object) -> Claim:
    """The army rejects the accusations: no victims, no act, no place, no day."""
    fields: dict[str, object] = {
        "source": ARMY, "subject": "les accusations infondées",
        "predicate": "rejette catégoriquement", "polarity": "denied",
        "via": report("r3", "Daily"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- accusations


def test_a_denial_of_the_accusations_meets_the_toll_at_its_party_scene():
    claims = [placed(), toll(), accusations()]
    res = cr.resolve(claims)
    assert res["denial"].accused_place is not None
    assert res["denial"].subject is None  # the accusations: no victims read
    rel = relate(claims[1], claims[2], context=claims)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(claims[2], claims[1], context=claims) == rel.converse()
    found = cr.claim_graph(claims).relationship("toll", "denial")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


def test_a_denial_of_the_accusations_against_another_party_s_toll_is_no_dispute():
    """Never a denial of one party against a blame of another."""
    other = toll("other", actor="JNIM")
    claims = [placed(), placed("jnim", actor="JNIM", via=report("r4")), other, accusations()]
    assert relate(other, claims[3], context=claims).kind is not Relation.CONTRADICTS


def test_a_denial_of_the_accusations_meets_no_toll_of_another_time_or_place():
    claims = [placed(), accusations()]
    for other in (toll("far", place="Ménaka"), toll("later", when="2025-05-10")):
        context = [*claims, other]
        assert relate(other, claims[1], context=context).kind is not Relation.CONTRADICTS


def test_a_denial_of_a_figure_is_no_denial_of_involvement():
    """*The toll is exaggerated*: the army disputes how many, not that it did it."""
    figure = accusations("figure", subject="the toll", predicate="exaggerated")
    claims = [placed(), toll(), figure]
    assert relate(claims[1], figure, context=claims).kind is not Relation.CONTRADICTS


def test_without_the_scene_a_denial_of_the_accusations_meets_nothing():
    """No accusation is placed: nothing places the unplaced toll and denial in one event."""
    claims = [toll(), accusations()]
    assert relate(claims[0], claims[1], context=claims).kind is not Relation.CONTRADICTS


# --------------------------------------------------------------------------- lists


def listed(cid: str = "list", **kw: object) -> Claim:
    """Soldiers and vigilantes killed civilians at Tessit (the state's part is an organ)."""
    fields: dict[str, object] = {
        "source": "HRW", "subject": "civilians", "predicate": "killed", "value": 12,
        "actor": "soldiers and vigilantes", "place": "Tessit", "when": "2025-03-03",
        "via": report("r5", "Post"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def responsibility(cid: str = "no", actor: str = "FAMa", **kw: object) -> Claim:
    """The state denies its forces' responsibility for the massacre at Tessit."""
    fields: dict[str, object] = {
        "source": "Mali government", "subject": "the massacre", "predicate": "responsible for",
        "actor": actor, "polarity": "denied", "place": "Tessit", "when": "2025-03-04",
        "via": report("r6", "Daily"),
    }  # fmt: skip
    return Claim(id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def test_the_graph_proposes_a_list_naming_the_party_against_its_denial():
    claims = [listed(), responsibility()]
    res = cr.resolve(claims)
    assert res["list"].actor is None  # a list: no one perpetrator
    assert "Malian government" in {hit.id for hit in res["list"].actors}
    assert relate(*claims, context=claims).kind is Relation.CONTRADICTS
    found = cr.claim_graph(claims).relationship("list", "no")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


def test_the_graph_pairs_no_list_with_a_denial_of_a_party_it_does_not_name():
    claims = [listed(), responsibility(actor="JNIM")]
    found = cr.claim_graph(claims).relationship("list", "no")
    assert found is None or found.kind is not Relation.CONTRADICTS


def test_the_graph_pairs_no_list_with_a_denial_of_another_event():
    claims = [listed(), responsibility(place="Ménaka", when="2025-06-20")]
    found = cr.claim_graph(claims).relationship("list", "no")
    assert found is None or found.kind is not Relation.CONTRADICTS


_ALL = {
    "placed": placed(),
    "toll": toll(),
    "denial": accusations(),
    "list": listed(),
    "no": responsibility(),
    "jnim": responsibility("jnim", actor="JNIM", source="JNIM"),
}


@settings(max_examples=15, deadline=None)
@given(st.permutations(sorted(_ALL)))
def test_the_denials_meet_the_same_claims_in_any_order(order):
    """The graph's contradictions do not hang on the order of the claims (and are symmetric)."""
    graph = cr.claim_graph([_ALL[k] for k in order])
    found = set()
    for rel in graph.relationships:
        if rel.kind is Relation.CONTRADICTS:
            found.add(frozenset((rel.a, rel.b)))
            assert relate(_ALL[rel.b], _ALL[rel.a], context=list(_ALL.values())).kind is (
                Relation.CONTRADICTS
            )
    assert frozenset(("toll", "denial")) in found
    assert frozenset(("list", "no")) in found
    assert frozenset(("list", "jnim")) not in found


def test_an_unplaced_list_takes_its_party_s_scene_and_meets_the_denial_there():
    """*FAMa and vigilantes killed them* (no place, no day) and the army's denial."""
    bare = listed("bare", actor="FAMa and vigilantes", place=None, when=None)
    claims = [placed(), bare, accusations()]
    res = cr.resolve(claims)
    assert res["bare"].accused_place is not None
    assert res["bare"].accused_place == res["denial"].accused_place
    assert relate(bare, claims[2], context=claims).kind is Relation.CONTRADICTS
    found = cr.claim_graph(claims).relationship("bare", "denial")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


def test_a_list_whose_parties_have_two_scenes_has_none():
    """FAMa accused at Tessit, JNIM at Ménaka: *FAMa and JNIM killed them* is either."""
    bare = listed("bare", actor="FAMa and JNIM", place=None, when=None)
    jnim = placed("jnim", actor="JNIM", place="Ménaka", via=report("r4"))
    claims = [placed(), jnim, bare, accusations()]
    res = cr.resolve(claims)
    assert res["placed"].accused_place is None  # (placed: its own place)
    assert res["bare"].accused_place is None
    assert relate(bare, claims[3], context=claims).kind is not Relation.CONTRADICTS
