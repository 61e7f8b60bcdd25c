"""Who fired it: misfire accounts, weapon-borne perpetrators, causal predicates.

Made-up claims only: a weapon said to have misfired or gone astray (*an errant missile*,
*un tir raté*) is an account naming the firer's side, read from the claim's actor or a
country's adjective in its words; the party of a weapon phrase in more languages (*russischer
Beschuss*, *украинской ракетой*, *un missile russo*); the verbs of cause of those languages
(*verursacht durch*, *был вызван*); and what they leave standing (a misfire naming no one,
the firer's own side, a nation's armed groups against one of them).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.resolution._demonyms import named_country, names_nonstate
from claimrec.resolution._misfire import names_misfire
from claimrec.resolution._resolver import _resolver
from claimrec.vocab import default_vocabulary
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def account(c: cr.Claim) -> cr.Account | None:
    return cr.resolve([c])[c.id].account


ERRANT = claim("errant", "Wire", "the blast", "caused by", value="an errant Malian missile")
WAYWARD = claim("wayward", "Wire", "a wayward Malian rocket", "result of")
RATE = claim("rate", "Wire", "cette frappe", "un tir raté de", value="l'armée malienne",
             actor="l'armée malienne")  # fmt: skip
NO_ONE = claim("noone", "Wire", "the blast", "caused by", value="a misfired rocket")
BY_JNIM = claim("jnim", "Malian army", "the market", "attacked", actor="JNIM")
BY_FAMA = claim("fama", "HRW", "the market", "attacked", actor="FAMa")


@pytest.mark.parametrize("c", [ERRANT, WAYWARD, RATE], ids=lambda c: c.id)
def test_a_misfire_names_the_side_that_fired_it(c: cr.Claim) -> None:
    found = account(c)
    assert found is not None
    assert found.means == frozenset({"misfire"})
    assert found.named
    assert found.blames is not None
    assert found.blames.id == "Malian government"


def test_a_misfire_naming_no_party_blames_no_one_and_disputes_nothing() -> None:
    found = account(NO_ONE)
    assert found is not None
    assert found.named
    assert found.blames is None
    assert relate(NO_ONE, BY_JNIM).kind is not Relation.CONTRADICTS
    assert relate(NO_ONE, BY_FAMA).kind is not Relation.CONTRADICTS


@pytest.mark.parametrize("c", [ERRANT, WAYWARD, RATE], ids=lambda c: c.id)
def test_a_misfire_disputes_another_partys_act_not_its_own_sides(c: cr.Claim) -> None:
    assert relate(c, BY_JNIM).kind is Relation.CONTRADICTS
    assert relate(BY_JNIM, c).kind is Relation.CONTRADICTS
    assert relate(c, BY_FAMA).kind is not Relation.CONTRADICTS  # the firer's own side


def test_a_misfire_of_a_nations_armed_groups_leaves_one_of_them_standing() -> None:
    misfire = claim("m", "Wire", "the blast", "caused by", value="a misfired Palestinian rocket")
    group = claim("g", "Ruritanian army", "the hospital", "attacked", actor="Hamas")
    assert account(misfire) is not None
    assert relate(misfire, group).kind is not Relation.CONTRADICTS


def test_a_misfire_phrase_is_never_read_as_clashes() -> None:
    resolver = _resolver(default_vocabulary())
    assert resolver.predicate("un tir raté de") is None  # not the clashes of a cut "tirs"
    hit = resolver.predicate("tirs")
    assert hit is not None
    assert hit.id == "clashed"
    assert names_misfire("a wayward missile")
    assert not names_misfire("opened fire")


@pytest.mark.parametrize(
    "predicate", ["a tragic accident", "трагічний нещасний випадок", "несчастный случай"]
)
def test_a_predicate_that_is_an_accident_is_an_account(predicate: str) -> None:
    found = account(claim("a", "Wire", "the strike", predicate))
    assert found is not None
    assert found.means == frozenset({"accident"})
    assert not found.named


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("russischer Beschuss", "Russia"),
        ("un missile russo", "Russia"),
        ("отклонившейся украинской ракетой", "Ukraine government"),
        ("российской артиллерии", "Russia"),
        ("російські війська", "Russia"),
        ("ukraińska rakieta", "Ukraine government"),
        ("ukrajinská raketa", "Ukraine government"),
        ("ein israelischer Luftangriff", "Israel"),
        ("raid aerei statunitensi", "US government"),
    ],
)
def test_a_weapons_party_is_read_in_more_languages(text: str, actor: str) -> None:
    assert named_country(text) == actor


def test_the_target_and_nonstate_words_of_those_languages_name_no_state() -> None:
    assert named_country("удар по украинской армии") is None  # the target
    assert named_country("атака на российские позиции") is None
    assert named_country("Angriff gegen russische Soldaten") is None
    assert names_nonstate("российские боевики")
    assert names_nonstate("terroristi russi")


@pytest.mark.parametrize(
    "predicate",
    ["verursacht durch", "causato da", "veroorzaakt door", "был вызван", "спричинений",
     "spowodowany przez", "disebabkan oleh", "fired using the launcher", "lanzado por",
     "sparato da", "abgefeuert von"],
)  # fmt: skip
def test_verbs_of_cause_are_attributions(predicate: str) -> None:
    hit = _resolver(default_vocabulary()).predicate(predicate)
    assert hit is not None
    assert hit.id == "blamed"


def test_a_cause_named_by_a_weapons_party_disputes_another_partys_strike() -> None:
    ukrainian = claim("u", "Wire", "удар", "был вызван", value="украинской ракетой ПВО",
                      place="Ruritania City")  # fmt: skip
    russian = claim("r", "Ruritanian officials", "the market", "struck by",
                    value="a Russian missile", actor="Russia", place="Ruritania City")  # fmt: skip
    res = cr.resolve([ukrainian])["u"]
    assert res.actor is not None
    assert res.actor.id == "Ukraine government"
    assert relate(ukrainian, russian).kind is Relation.CONTRADICTS


MISFIRES = [ERRANT, WAYWARD, RATE, NO_ONE]
OTHERS = [BY_JNIM, BY_FAMA, claim("n", "HRW", "civilians", "killed", value=30)]


@settings(max_examples=20, deadline=None)
@given(order=st.permutations(range(len(MISFIRES + OTHERS))))
def test_the_misfire_disputes_are_symmetric_and_order_free(order: list[int]) -> None:
    assert_symmetric_and_order_free(MISFIRES + OTHERS, list(order))
