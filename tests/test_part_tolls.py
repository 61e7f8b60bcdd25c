"""Tolls of a part of an incident's dead (one family's, one household's) against the whole.

A witness's "34 members of my family were killed" counts a part of the dead of the strike
that killed 85: no dispute with the incident's toll (docs/relations.md, rule 6). Made-up
claims only; none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

_SAID = {"place": "Kayes market", "stated": "2025-03-01"}  # one event, one time


def subject_of(text: str) -> str | None:
    claim = cr.Claim(source="Wire", subject=text, predicate="killed", value=3, id="c")
    hit = cr.resolve([claim])["c"].subject
    return None if hit is None else hit.id


@pytest.mark.parametrize(
    "text",
    [
        "family members",
        "members of his family",
        "relatives",
        "household members",
        "membres de la famille",
        "proches",
        "familiares",
        "miembros de la familia",
        "Familienmitglieder",
        "Angehörige",
        "familiari",
        "члены семьи",
        "родственники",
        "członkowie rodziny",
        "أفراد عائلة",
        "أقارب",
        "anggota keluarga",
        "wanafamilia",
    ],
)
def test_a_family_is_read_as_relatives(text: str) -> None:
    assert subject_of(text) == "relatives"


@pytest.mark.parametrize("text", ["families", "people", "villagers"])
def test_other_words_are_not_relatives(text: str) -> None:
    # a count of families is a count of households, not of the dead of one family
    assert subject_of(text) != "relatives"


@pytest.mark.parametrize("whole", ["people", "dead", "personnes"])
def test_one_familys_dead_do_not_dispute_the_whole_toll(whole: str) -> None:
    family = cr.Claim(source="Witness", subject="members of my family", predicate="were killed",
                      value=14, id="family", **_SAID)  # fmt: skip
    toll = cr.Claim(source="Agency", subject=whole, predicate="killed", value=40, id="toll",
                    **_SAID)  # fmt: skip
    r = relate(family, toll)
    assert r.kind is Relation.COMPATIBLE
    assert any("counts a part" in x.detail for x in r.reasons)


def test_before_relatives_one_familys_dead_disputed_the_toll() -> None:
    # the same pair with the family named as plain people is a dispute: the class decides
    family = cr.Claim(source="Witness", subject="people", predicate="were killed", value=14,
                      id="family", **_SAID)  # fmt: skip
    toll = cr.Claim(source="Agency", subject="people", predicate="killed", value=40, id="toll",
                    **_SAID)  # fmt: skip
    assert relate(family, toll).kind is Relation.CONTRADICTS


def test_a_family_larger_than_the_whole_still_disputes_it() -> None:
    # a part cannot count more than the whole: 50 relatives against 40 dead in all
    family = cr.Claim(source="Witness", subject="relatives", predicate="were killed", value=50,
                      id="family", **_SAID)  # fmt: skip
    toll = cr.Claim(source="Agency", subject="people", predicate="killed", value=40, id="toll",
                    **_SAID)  # fmt: skip
    assert relate(family, toll).kind is Relation.CONTRADICTS


def test_one_speakers_family_toll_is_no_revision_of_its_toll() -> None:
    # a family is no status of the dead (civilians, fighters): one speaker giving a family's
    # dead and the whole toll, undated, does not revise one into the other
    family = cr.Claim(source="Governor", subject="relatives", predicate="killed", value=14,
                      place="Kayes market", id="family")  # fmt: skip
    toll = cr.Claim(source="Governor", subject="people", predicate="killed", value=40,
                    place="Kayes market", id="toll")  # fmt: skip
    assert relate(family, toll).kind not in (Relation.REVISES, Relation.REVISED_BY)


@settings(max_examples=30, deadline=None)
@given(
    part=st.integers(min_value=1, max_value=120),
    whole=st.integers(min_value=1, max_value=120),
    data=st.data(),
)
def test_a_family_toll_is_symmetric_and_order_free(
    part: int, whole: int, data: st.DataObject
) -> None:
    claims = [
        cr.Claim(source="Witness", subject="family members", predicate="were killed", value=part,
                 id="family", **_SAID),
        cr.Claim(source="Agency", subject="people", predicate="killed", value=whole, id="toll",
                 **_SAID),
        cr.Claim(source="Ministry", subject="civilians", predicate="killed", value=whole + 3,
                 id="civil", **_SAID),
    ]  # fmt: skip
    order = data.draw(st.permutations(range(len(claims))))
    graph = assert_symmetric_and_order_free(claims, list(order))
    if part <= whole:  # a part within the whole: never a dispute, with either toll
        rel = graph.relationship("family", "toll")
        assert rel is None or rel.kind is not Relation.CONTRADICTS
        assert relate(claims[0], claims[2]).kind is not Relation.CONTRADICTS
