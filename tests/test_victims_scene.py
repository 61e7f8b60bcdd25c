"""Who the dead were, at the one scene of the accused (_victims, resolution's accused_place).

A party's statement that the dead were fighters, naming no place and no day ("the other
victims were members of the rebel groups who had attacked them"), speaks of the act it is
accused of: when every accusation of it names one scene, the statement stands there, and
meets the tolls of civilians placed at that scene (naming the party, or no one).
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate

REBELS = cr.Source(name="Front X", kind="armed group", party="JNIM")
UN = cr.Source(name="United Nations", kind="international_org")
NGO = cr.Source(name="Human Rights Watch", kind="ngo")
LOCALS = cr.Source(name="local sources", kind="other")
DAY = "2025-03-23"


def make(source: cr.Source, subject: str, predicate: str, value: object = None, **kw: object):
    name = f"{source.name}:{subject}:{predicate}:{value}:{kw.get('place', '')}:{kw.get('when', '')}"
    return cr.Claim(
        source=source, subject=subject, predicate=predicate, value=value, id=name, **kw
    )


#: The accused's own statement: no place, no day, a relative clause after the class.
OTHERS = make(REBELS, "the other victims", "were members of",
              "the rebel groups who had attacked them")  # fmt: skip
#: The accusation that gives the party its one scene (Kayes, on one day).
ACCUSED = make(UN, "civilians", "killed", 40, actor="JNIM", place="Kayes", when=DAY)
#: The event's civilians, counted by others who name no perpetrator.
COUNTED = make(LOCALS, "civilians", "killed", 35, place="Kayes", when=DAY)
#: An accusation of the party elsewhere: two acts, no one scene.
MOPTI = make(UN, "civilians", "killed", 9, actor="JNIM", place="Mopti", when=DAY)


def kind(a: cr.Claim, b: cr.Claim, claims: list[cr.Claim]) -> Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return relate(a, b, context=claims).kind


def test_a_relative_clause_is_not_the_class() -> None:
    rec = cr.resolve([OTHERS])[OTHERS.id]
    assert rec.predicate is not None
    assert (rec.predicate.id, rec.subject.id if rec.subject else None) == (
        "victims_were",
        "militants",
    )
    assert rec.subject is not None
    assert rec.subject.rule == "status"


def test_the_statement_stands_at_the_accused_scene() -> None:
    res = cr.resolve([OTHERS, ACCUSED])
    scene = res[OTHERS.id].accused_place
    assert scene is not None
    assert scene.rule == "accused"
    assert scene.id == res[ACCUSED.id].place.id  # type: ignore[union-attr]


@pytest.mark.parametrize("civilians", [ACCUSED, COUNTED])
def test_the_statement_disputes_the_scenes_civilians(civilians: cr.Claim) -> None:
    claims = [OTHERS, ACCUSED, COUNTED]
    r = relate(OTHERS, civilians, context=claims)
    assert r.kind is Relation.CONTRADICTS
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "Front X says its dead were fighters ('the other victims')" in reason.detail
    found = cr.claim_graph(claims).relationship(OTHERS.id, civilians.id)
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("claims", "other"),
    [
        # no context: nothing places the statement at any scene
        ([OTHERS, COUNTED], COUNTED),
        # the party accused at two places: two acts, no one scene
        ([OTHERS, ACCUSED, MOPTI, COUNTED], COUNTED),
        # civilians counted in a wider area: a country's total is no toll of the one act
        ([OTHERS, ACCUSED, make(LOCALS, "civilians", "killed", 900, place="Mali")],
         make(LOCALS, "civilians", "killed", 900, place="Mali")),
        # people, not said to be civilians, with no perpetrator named
        ([OTHERS, ACCUSED, make(NGO, "people", "killed", 35, place="Kayes", when=DAY)],
         make(NGO, "people", "killed", 35, place="Kayes", when=DAY)),
        # the party's scene is a whole country: no one act's scene
        ([OTHERS, make(UN, "civilians", "killed", 40, actor="JNIM", place="Mali", when=DAY),
          make(LOCALS, "civilians", "killed", 35, place="Mali", when=DAY)],
         make(LOCALS, "civilians", "killed", 35, place="Mali", when=DAY)),
    ],
)
def test_no_dispute_without_one_scene(claims: list[cr.Claim], other: cr.Claim) -> None:
    assert kind(OTHERS, other, claims) is not Relation.CONTRADICTS


def test_a_toll_of_its_own_fighters_is_not_its_account_of_its_kills() -> None:
    # "20 fighters killed" by an armed group may be its own dead; only a statement of
    # who the dead were names rival groups' fighters as its enemies
    own = make(REBELS, "fighters", "killed", 20, place="Kayes", when=DAY)
    assert kind(own, ACCUSED, [own, ACCUSED]) is not Relation.CONTRADICTS


POOL = [
    OTHERS,
    ACCUSED,
    COUNTED,
    make(NGO, "people", "killed", 35, place="Kayes", when=DAY),
    make(REBELS, "fighters", "killed", 20, place="Kayes", when=DAY),
    make(UN, "civilians", "killed", 12, actor="FAMa", place="Kayes", when=DAY),
]


@settings(max_examples=15, deadline=None)
@given(st.permutations(POOL))
def test_graph_and_relate_agree_in_any_order(claims: list[cr.Claim]) -> None:
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
