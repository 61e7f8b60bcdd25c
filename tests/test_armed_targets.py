"""The denial of one account of what a strike hit, and a party's strike on a depot.

Made-up claims only (a strike on Kayes, 3 March 2025). Two classes of false contradiction:

- a denial whose subject is an armed target (*a rebel depot was not hit*, *there were no
  armed combatants in the compound*, *no military base was there*) denies one account of
  what the strike hit, not the strike, its toll or its means: it contradicts only a claim
  that those were hit (fighters or a military site, or a party's strike on a depot);
- a party's denial of its attack (*the army denies carrying out the chemical attack*) is
  not disputed by another speaker's account that the party struck munitions stored there:
  that account tells the act the party says it did instead (a denial of the strike itself,
  *denies having bombed the town*, still is).

And two words read: an air base in Arabic (a military site), the Syrian Observatory for
Human Rights by its Italian names (*Osservatorio nazionale per i diritti umani*, Ondus).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, _disputes, relate

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def deny(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return claim(cid, source, subject, predicate, polarity="denied", **kw)


DEPOT = deny("depot", "UN inquiry", "a rebel depot", "was hit")
COMBATANTS = deny("inside", "Aid group", "armed combatants", "were inside the hospital")
BASE = deny("base", "Rights group", "a military base", "was struck")
DENIALS = (DEPOT, COMBATANTS, BASE)

ATTACK = claim("gas", "Monitor", "the air raid", "released toxic gas")
HOSPITAL = claim("hospital", "Aid group 2", "the hospital", "was hit")
SARIN = claim("sarin", "Inspectors", "sarin", "was used in the attack")
TOLL = claim("toll", "Hospital", "people", "killed", value=40)
OTHERS = (ATTACK, HOSPITAL, SARIN, TOLL)


@pytest.mark.parametrize("denial", DENIALS, ids=lambda c: c.id)
@pytest.mark.parametrize("other", OTHERS, ids=lambda c: c.id)
def test_a_denied_armed_target_leaves_the_attack_standing(denial, other):
    rel = relate(denial, other)
    assert rel.kind is not Relation.CONTRADICTS
    assert not rel.disputed


def test_the_reason_names_the_account_denied():
    rel = relate(DEPOT, ATTACK)
    assert rel.kind is Relation.COMPATIBLE
    [reason] = [str(r) for r in rel.reasons_of("polarity")]
    assert "one account of what was hit" in reason
    assert "militants" in reason


@pytest.mark.parametrize(
    ("denial", "other"),
    [
        (DEPOT, claim("fighters", "Ministry", "militants", "were hit")),
        (COMBATANTS, claim("firing", "Army", "insurgents", "were inside the hospital")),
        (BASE, claim("camp", "Army", "the military camp", "was struck")),
    ],
    ids=["depot", "combatants", "base"],
)
def test_the_account_denied_is_still_contradicted(denial, other):
    assert relate(denial, other).kind is Relation.CONTRADICTS


def test_a_strike_on_the_depot_is_the_account_denied():
    strike = claim(
        "strike",
        "Ruritanian Ministry",
        "the Malian air force",
        "conducted an airstrike on a rebel warehouse where weapons were stored",
        actor="FAMa",
    )
    assert relate(DEPOT, strike).kind is Relation.CONTRADICTS


def test_a_denial_of_an_unarmed_target_keeps_the_general_rule():
    """Only an armed target is one account of what was hit: civilians are the victims."""
    denial = deny("nobody", "UN inquiry", "civilians", "were hit")
    assert relate(denial, claim("c", "Monitor", "civilians", "were hit")).kind is (
        Relation.CONTRADICTS
    )


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(DENIALS), st.sampled_from(OTHERS))
def test_armed_target_rule_is_symmetric(denial, other):
    first, second = relate(denial, other), relate(other, denial)
    assert first.kind.converse is second.kind
    assert first.disputed == second.disputed


# ------------------------------------------------------------- the party's strike on a depot

ARMY_DENIAL = deny("no-attack", "Malian army", "the chemical attack", "carried out")
STRIKE = claim(
    "struck",
    "Ruritanian Ministry",
    "the Malian air force",
    "conducted an airstrike on a rebel warehouse where weapons were stored",
    actor="FAMa",
)
ACCUSATION = claim(
    "accused", "Monitor", "the Malian air force", "carried out a chemical attack", actor="FAMa"
)


def _kinds(claims: list[cr.Claim]) -> dict[tuple[str, str], Relation]:
    graph = cr.claim_graph(claims)
    return {(r.a, r.b): r.kind for r in graph.relationships}


def test_a_partys_denial_is_not_disputed_by_its_strike_on_a_depot():
    kinds = _kinds([ARMY_DENIAL, STRIKE])
    assert Relation.CONTRADICTS not in kinds.values()


def test_without_the_rule_the_strike_disputes_the_denial(monkeypatch):
    monkeypatch.setattr(_disputes, "_struck_instead", lambda *_: False)
    assert Relation.CONTRADICTS in _kinds([ARMY_DENIAL, STRIKE]).values()


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [("the attack", "responsibility"), ("the gas attack", "involvement")],
)
def test_a_denial_of_the_other_act_is_answered_by_the_strike(subject, predicate):
    denial = deny("other-act", "Malian army", subject, predicate)
    assert Relation.CONTRADICTS not in _kinds([denial, STRIKE]).values()


def test_a_denial_of_the_strike_itself_disputes_the_strike():
    """*Denies having bombed the town*: the very strike the account says the party made."""
    denial = deny("no-bombing", "Malian army", "the town", "bombed")
    assert Relation.CONTRADICTS in _kinds([denial, STRIKE]).values()


def test_the_denial_still_disputes_the_accusation():
    kinds = _kinds([ARMY_DENIAL, STRIKE, ACCUSATION])
    assert kinds.get(("accused", "no-attack")) is Relation.CONTRADICTS
    assert kinds.get(("no-attack", "struck")) is not Relation.CONTRADICTS


# ----------------------------------------------------------------------------- words read


@pytest.mark.parametrize("words", ["قاعدة جوية سورية", "القاعدة الجوية", "مطار عسكري"])
def test_an_air_base_in_arabic_is_a_military_site(words):
    c = claim("b", "Monitor", words, "shelled")
    hit = cr.resolve([c])[c.id].subject
    assert hit is not None
    assert hit.id == "military_sites"


@pytest.mark.parametrize(
    "name",
    [
        "Osservatorio nazionale per i diritti umani",
        "Osservatorio nazionale per i diritti umani (Ondus)",
        "Osservatorio siriano per i diritti umani",
    ],
)
def test_the_syrian_observatory_by_its_italian_names(name):
    c = claim("s", name, "morti", "uccisi", value=12)
    hit = cr.resolve([c])[c.id].speaker
    assert hit is not None
    assert hit.id == "SOHR"
