"""Rival accounts of how the victims died: no one's deliberate act, or a party's.

Made-up claims only: an account naming an accident, stored munitions or fuel exploding, a
fire, crossfire or stray bullets, fighting between two sides (resolution's ``account``),
against a claim naming who killed or attacked the victims; and the pairs it leaves
standing (two accounts, no perpetrator named, fighters, the party the account blames
itself, a part of the victims, other victims, nothing placing both in one event).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.quantity import Quantity
from claimrec.relation import Relation, relate

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def account(c: cr.Claim) -> cr.Account | None:
    return cr.resolve([c])[c.id].account


ACCIDENT = claim(
    "acc", "Ruritanian Ministry", "the deaths", "caused by",
    value="an accidental explosion of fuel containers",
)  # fmt: skip
STRAY = claim("stray", "Ruritanian Ministry", "civilians", "were killed by stray bullets")
MASSACRE = claim("hrw", "HRW", "civilians", "executed", value=30, actor="FAMa")


@pytest.mark.parametrize(
    ("subject", "predicate", "value", "means"),
    [
        ("the deaths", "caused by", "an accidental explosion of fuel containers",
         {"accident", "explosion"}),
        ("the deaths", "blamed on", "a fire that broke out", {"fire"}),
        ("civilians", "were killed by stray bullets", None, {"crossfire"}),
        ("civils", "tués par des balles perdues", None, {"crossfire"}),
        ("civiles", "murieron en un fuego cruzado", None, {"crossfire"}),
        ("people", "died in the fight between the army and the rebels", None, {"fighting"}),
        ("personnes", "tuées lors des combats entre l'armée et les rebelles", None, {"fighting"}),
        ("the casualties", "were the result of a weapons cache exploding", None, {"explosion"}),
        ("warga", "tewas karena ranjau", None, {"explosion"}),
        ("people", "died in", "un malheureux accident", {"accident"}),
    ],
)  # fmt: skip
def test_an_account_of_how_the_victims_died_is_read(
    subject: str, predicate: str, value: str | None, means: set[str]
) -> None:
    found = account(claim("c", "Ruritanian Ministry", subject, predicate, value=value))
    assert found is not None
    assert found.means == frozenset(means)
    assert found.blames is None
    assert not found.named


@pytest.mark.parametrize(
    ("subject", "predicate", "kw"),
    [
        ("civilians", "were killed by stray bullets", {"polarity": "denied"}),  # a denial
        ("a weapons depot", "the air strike hit", {}),  # an act, not how they died
        ("some civilians", "were killed by stray bullets", {}),  # a part of the victims
        ("civilians", "died during the fighting", {}),  # the setting of any act
        ("civilians", "were killed when soldiers opened fire", {}),  # shooting, no fire
        ("civilians", "were killed", {}),
    ],
)
def test_what_is_no_account(subject: str, predicate: str, kw: dict[str, object]) -> None:
    assert account(claim("c", "Ruritanian Ministry", subject, predicate, **kw)) is None


def test_an_account_naming_a_party_blames_it() -> None:
    known = account(claim("k", "FAMa", "civilians", "were killed by landmines", actor="JNIM"))
    assert known is not None
    assert known.named
    assert known.blames is not None
    assert known.blames.id == "JNIM"
    unknown = account(claim("u", "FAMa", "civilians", "were killed by mines planted by the RPLF"))
    assert unknown is not None
    assert unknown.named
    assert unknown.blames is None


@pytest.mark.parametrize("account_claim", [ACCIDENT, STRAY], ids=["accident", "stray"])
def test_an_account_disputes_a_claim_naming_who_did_it(account_claim: cr.Claim) -> None:
    rel = relate(account_claim, MASSACRE)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.disputed
    assert any("how they died" in r.detail for r in rel.reasons)
    assert relate(MASSACRE, account_claim).kind is Relation.CONTRADICTS


def test_an_attribution_and_an_attack_are_disputed_too() -> None:
    blamed = claim("b", "HRW", "the killings", "blamed on", actor="FAMa")
    attacked = claim("a", "HRW", "the village", "attacked", actor="FAMa")
    assert relate(ACCIDENT, blamed).kind is Relation.CONTRADICTS
    assert relate(STRAY, attacked).kind is Relation.CONTRADICTS


def test_the_party_an_account_blames_is_disputed_only_by_another_party() -> None:
    mines = claim("m", "FAMa", "civilians", "were killed by landmines", actor="JNIM")
    by_jnim = claim("j", "HRW", "civilians", "executed", value=30, actor="JNIM")
    assert relate(mines, by_jnim).kind is not Relation.CONTRADICTS  # both blame JNIM
    assert relate(mines, MASSACRE).kind is Relation.CONTRADICTS  # JNIM's mines, FAMa's act
    unknown = claim("u", "FAMa", "civilians", "were killed by mines planted by the RPLF")
    assert relate(unknown, MASSACRE).kind is not Relation.CONTRADICTS  # a party unknown


@pytest.mark.parametrize(
    "other",
    [
        claim("two", "HRW", "civilians", "were killed in crossfire"),  # two accounts
        claim("none", "HRW", "civilians", "killed", value=30),  # names no perpetrator
        claim("fighters", "HRW", "militants", "killed", value=30, actor="FAMa"),  # a battle
        claim(
            "other", "HRW", "civilians", "killed", actor="FAMa",
            value=Quantity(low=10, high=10, text="another 10"),
        ),  # other dead than the account's
        claim("denied", "HRW", "civilians", "executed", actor="FAMa", polarity="denied"),
        claim("far", "HRW", "civilians", "executed", actor="FAMa", place="Gao",
              when="2025-06-03"),  # nothing places both in one event
        claim("same", "Ruritanian Ministry", "civilians", "executed", actor="FAMa"),
    ],
    ids=lambda c: c.id,
)  # fmt: skip
def test_what_an_account_leaves_standing(other: cr.Claim) -> None:
    assert relate(STRAY, other).kind is not Relation.CONTRADICTS
    assert relate(other, STRAY).kind is not Relation.CONTRADICTS


def test_an_account_of_a_part_of_the_victims_leaves_the_toll_standing() -> None:
    part = claim("p", "Ruritanian Ministry", "some civilians", "were killed by stray bullets")
    assert relate(part, MASSACRE).kind is not Relation.CONTRADICTS


def test_the_accused_answers_its_sides_accusation_at_its_scene() -> None:
    # JNIM's own account, placed nowhere and undated, against the accusations of JNIM,
    # all at one village: the accused answers them there
    answer = cr.Claim(source="JNIM", subject="civilians", predicate="were killed by stray bullets",
                      id="answer")  # fmt: skip
    accused = claim("accused", "HRW", "civilians", "executed", value=30, actor="JNIM",
                    stated="2025-03-20")  # fmt: skip
    claims = [answer, accused]
    assert cr.resolve(claims)["answer"].accused_place is not None
    assert relate(answer, accused, context=claims).kind is Relation.CONTRADICTS
    graph = cr.claim_graph(claims)
    rel = graph.relationship("answer", "accused")
    assert rel is not None
    assert rel.kind is Relation.CONTRADICTS
    # another party's account names no side of its own accused there
    other = cr.Claim(source="HRW", subject="civilians", predicate="were killed by stray bullets",
                     id="other")  # fmt: skip
    assert relate(other, accused, context=[other, accused]).kind is not Relation.CONTRADICTS


def test_the_graph_finds_the_dispute() -> None:
    graph = cr.claim_graph([STRAY, MASSACRE, ACCIDENT])
    for a in ("stray", "acc"):
        rel = graph.relationship(a, "hrw")
        assert rel is not None
        assert rel.kind is Relation.CONTRADICTS


ACCOUNTS = [ACCIDENT, STRAY, claim("fight", "Ruritanian Ministry", "people",
            "died in the clashes between the army and the rebels")]  # fmt: skip
OTHERS = [
    MASSACRE,
    claim("b", "HRW", "the killings", "blamed on", actor="FAMa"),
    claim("n", "HRW", "civilians", "killed", value=30),
    claim("j", "UN", "civilians", "killed", value=12, actor="JNIM"),
]


@settings(max_examples=40, deadline=None)
@given(x=st.sampled_from(ACCOUNTS + OTHERS), y=st.sampled_from(ACCOUNTS + OTHERS))
def test_the_account_rule_is_symmetric(x: cr.Claim, y: cr.Claim) -> None:
    if x.id == y.id:
        return
    forward, backward = relate(x, y), relate(y, x)
    assert (forward.kind is Relation.CONTRADICTS) == (backward.kind is Relation.CONTRADICTS)
    told = any("how they died" in r.detail for r in forward.reasons)
    assert told == any("how they died" in r.detail for r in backward.reasons)


def test_the_accused_answers_at_its_scene_though_its_article_names_the_country() -> None:
    # the group's account, relayed in an article whose other claim is placed in all the
    # country; an accusation stated at the village and an unknown hamlet (read as no
    # place) meets the group's scene (the village, inside the article's country)
    url = "https://wire.example/2025/week-12"
    relayed = {
        cid: cr.Report(outlet="Wire", url=url, relays=cr.Report(outlet=cid, id=f"s-{cid}"),
                       id=f"r-{cid}")
        for cid in ("a", "c")
    }  # fmt: skip
    answer = cr.Claim(source="M23", subject="civilians", predicate="were killed by stray bullets",
                      via=relayed["a"], id="answer")  # fmt: skip
    country = cr.Claim(source="UN", subject="people", predicate="displaced", value=4000,
                       place="DR Congo", via=relayed["c"], id="country")  # fmt: skip
    scene = cr.Claim(source="HRW", subject="civilians", predicate="executed", value=30,
                     actor="M23", place="Kishishe, territoire de Rutshuru", when="2025-03-03",
                     stated="2025-03-20", id="scene")  # fmt: skip
    words = cr.Claim(source="UN", subject="civilians", predicate="executed", value=31,
                     actor="M23", place="Kishishe and Zorbaville", when="2025-03-03",
                     stated="2025-03-21", id="words")  # fmt: skip
    claims = [answer, country, scene, words]
    res = cr.resolve(claims)
    assert res["answer"].article_place is not None  # the country
    assert res["answer"].accused_place is not None  # the village
    assert res["words"].place is None
    assert relate(answer, words, context=claims).kind is Relation.CONTRADICTS
