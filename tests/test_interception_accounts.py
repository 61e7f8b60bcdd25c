"""An interception account is a cause, not a rival perpetrator.

Made-up claims only: "the strike was the result of Ruritanian air defences" (the harm
caused by the defender's air defence: its work, its fire, an interception, a missile shot
down that fell on the target) tells how the attacker's weapon came to hit, not who
attacked. It is read as *shot down* (rule ``interception``), names no perpetrator, agrees
with "the missile was shot down" and contradicts "it was not shot down", never a toll
naming the attacker's missile. Guard: the defender's own munition that hit (*an errant
air-defence missile*, *an air-defence missile fired by a Buk launcher*) still names a rival
perpetrator.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate
from claimrec.resolution._interception import names_interception
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

WHERE = {"place": "Kharkiv", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def read(c: cr.Claim) -> cr.ClaimResolution:
    return cr.resolve([c])[c.id]


# the attacker's strike, its toll, and accounts of what brought its missile down
TOLL = claim("toll", "regional governor", "people", "killed", value=12,
             actor="a Russian missile strike")  # fmt: skip
AIR_DEFENCE = claim("ad", "Kremlin spokesman", "the strike", "was the result of",
                    value="Ukrainian air defences")  # fmt: skip
TIR = claim("tir", "Kremlin spokesman", "une tragédie", "pouvant être due à",
            value="un tir de la défense antiaérienne ukrainienne")  # fmt: skip
RISULTATO = claim("ris", "Kremlin spokesman", "la tragedia", "è il risultato di",
                  value="un'intercettazione di un missile della difesa aerea")  # fmt: skip
SLEDSTVIE = claim("sl", "Kremlin spokesman", "трагедия", "стала следствием действия",
                  value="контр-ракет ПВО")  # fmt: skip
FELL = claim("fell", "presidential adviser", "the missile",
             "had fallen on the building after being shot down by air defences")  # fmt: skip
SHOT_DOWN = claim("down", "presidential adviser", "the missile", "was shot down")
CANNOT = claim("cannot", "air force", "means to shoot down this type of missile", "have",
               polarity="denied")  # fmt: skip
# the defender's own munition that hit: a rival perpetrator (the guard)
ERRANT = claim("errant", "newspaper", "the strike", "was the result of",
               value="an errant Ukrainian air-defence missile")  # fmt: skip
BUK = claim("buk", "newspaper", "the strike", "was the result of",
            value="a Ukrainian air-defence missile fired by a Buk launcher")  # fmt: skip

ACCOUNTS = [AIR_DEFENCE, TIR, RISULTATO, SLEDSTVIE, FELL]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian air defences",
        "un tir de la défense antiaérienne",
        "la defensa antiaérea",
        "l'intercettazione di un missile",
        "die Flugabwehr",
        "работа ПВО",
        "дії ППО",
        "obrona przeciwlotnicza",
        "الدفاعات الجوية",
        "the debris of a shot-down missile",
        "zestrzelona rakieta",
    ],
)
def test_air_defence_as_agent_or_an_interception_is_read_in_each_language(text: str) -> None:
    assert names_interception(text)


@pytest.mark.parametrize(
    "text",
    [
        "an air-defence missile fired by a Buk launcher",
        "украинской ракетой ПВО",
        "un misil de defensa antiaérea",
        "an errant air-defence missile shot at a drone",  # a misfire, whatever else it says
        "civilians shot down in the street",  # people, no weapon or air defence
        "a rocket fired by the rebels",
        "a strike on Ukrainian air defence positions",  # air defence as the target
        "удар по ПВО",
        "une frappe contre la défense antiaérienne",
    ],
)
def test_a_munition_a_misfire_or_people_are_no_interception(text: str) -> None:
    assert not names_interception(text)


def test_a_munition_fired_at_is_no_munition_that_hit() -> None:
    assert names_interception("air defence fire on the missile")
    strike_on_defence = claim("on", "Kremlin spokesman", "the blast", "was the result of",
                              value="a strike on Ukrainian air defence positions")  # fmt: skip
    assert read(strike_on_defence).predicate.id == "blamed"


@pytest.mark.parametrize("c", ACCOUNTS, ids=lambda c: c.id)
def test_a_cause_of_air_defence_is_an_interception_naming_no_perpetrator(c: cr.Claim) -> None:
    res = read(c)
    assert res.predicate is not None
    assert (res.predicate.id, res.predicate.rule) == ("shot_down", "interception")
    assert res.actor is None or c is FELL
    assert res.subject is not None
    assert res.subject.id == "weapons"


def test_a_missile_shot_down_names_its_attacker_never_as_the_one_who_did_it() -> None:
    assert read(FELL).actor is None  # "the missile" names no one, shot down or not
    down = read(claim("d", "adviser", "the Russian missile", "was shot down"))
    assert down.actor is None  # the attacker's weapon, not who brought it down
    hit = read(claim("h", "adviser", "the Russian missile", "hit the block"))
    assert hit.actor is not None
    assert hit.actor.id == "Russia"


def test_a_denial_of_the_means_to_shoot_it_down_denies_the_interception() -> None:
    res = read(CANNOT)
    assert res.predicate is not None
    assert (res.predicate.id, res.predicate.rule) == ("shot_down", "interception")
    killing = claim("k", "air force", "civilians", "were killed", polarity="denied")
    assert read(killing).predicate.id != "shot_down"  # an act's denial is never re-read


@pytest.mark.parametrize("c", ACCOUNTS, ids=lambda c: c.id)
def test_an_interception_account_never_disputes_the_attackers_toll(c: cr.Claim) -> None:
    assert relate(c, TOLL).kind is not Relation.CONTRADICTS
    assert relate(TOLL, c).kind is not Relation.CONTRADICTS


@pytest.mark.parametrize("c", [ERRANT, BUK], ids=lambda c: c.id)
def test_the_defenders_own_munition_still_names_a_rival_perpetrator(c: cr.Claim) -> None:
    res = read(c)
    assert res.predicate is not None
    assert res.predicate.id == "blamed"
    assert relate(c, TOLL).kind is Relation.CONTRADICTS


def test_an_interception_account_agrees_with_shot_down_and_contradicts_its_denial() -> None:
    assert relate(AIR_DEFENCE, SHOT_DOWN).kind is Relation.AGREES  # not narrower: one account
    assert relate(AIR_DEFENCE, CANNOT).kind is Relation.CONTRADICTS
    assert relate(CANNOT, TIR).kind is Relation.CONTRADICTS


def test_two_wordings_of_one_interception_account_are_one_statement() -> None:
    relayed = claim("relay", "Kremlin spokesman", "the strike", "could have been caused by",
                    value="air defence")  # fmt: skip
    rel = relate(AIR_DEFENCE, relayed)
    assert rel.kind is Relation.AGREES  # the cause's wording is no narrower value
    assert rel.reasons_of(ReasonKind.SAME_SPEAKER)


ALL = [*ACCOUNTS, SHOT_DOWN, CANNOT, ERRANT, TOLL]


@settings(max_examples=15, deadline=None)
@given(order=st.permutations(range(len(ALL))))
def test_interception_relations_are_symmetric_and_order_free(order: list[int]) -> None:
    assert_symmetric_and_order_free(ALL, list(order))
