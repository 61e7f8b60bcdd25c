"""One party, two acts: a strike on stored munitions against its own attack on the victims.

Made-up claims only. "FAMa conducted an air strike on a rebel weapons depot" (a party's
account: the victims died of what the depot held, released by its strike) and "FAMa carried
out a chemical attack" name one party as the doer of two exclusive acts: rival accounts,
never corroboration. The strike's account disputes no other party's act, no other account,
and no statement of its own party.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._text import normalize
from claimrec.relation import Relation, relate
from claimrec.resolution._account import _others, _tables

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


DEPOT = claim(
    "depot", "Ruritanian Ministry of Defence", "the Malian Air Force",
    "conducted an air strike on a rebel warehouse where weapons were stored", actor="FAMa",
)  # fmt: skip
CHEMICAL = claim("chem", "HRW", "the town", "carried out a chemical attack", actor="FAMa")
RAID = claim("raid", "Amnesty", "civilians", "were killed in an air raid", actor="FAMa")


def test_a_known_partys_strike_on_stored_munitions_is_an_account() -> None:
    found = cr.resolve([DEPOT])["depot"].account
    assert found is not None
    assert found.means == frozenset({"explosion"})
    assert found.struck is not None
    assert found.struck.id == "FAMa"
    assert found.named  # the depot is the rebels'
    assert "struck by FAMa" in str(found)


@pytest.mark.parametrize(
    "predicate",
    [
        "bombed an ammunition depot",
        "bombardeou um depósito de armamento",
        "bombardeó una fábrica de armas",
        "a bombardé un dépôt d'armes",
        "قصفت مستودعا للذخيرة",
    ],
)
def test_a_strike_on_a_depot_is_read_in_several_languages(predicate: str) -> None:
    c = claim("s", "Ruritanian Ministry of Defence", "the air force", predicate, actor="FAMa")
    found = cr.resolve([c])["s"].account
    assert found is not None
    assert found.struck is not None


@pytest.mark.parametrize("predicate", ["landmine", "planted landmines", "hit the fuel tanks"])
def test_mines_and_fuel_are_no_stored_munitions_a_strike_hits(predicate: str) -> None:
    # explosion words, but no depot: a party's landmine is its own act, never its account of a
    # strike on stored munitions (read as one, every such claim became an account and the
    # graph paired each with its party's every act)
    c = claim("m", "Ruritanian Ministry of Defence", "civilians", predicate, actor="FAMa")
    found = cr.resolve([c])["m"].account
    assert found is None or found.struck is None


def test_a_strike_by_no_known_party_or_on_no_depot_is_no_account() -> None:
    unknown = claim("u", "HRW", "jets", "bombed a weapons depot", actor="the Ruritanian jets")
    assert cr.resolve([unknown])["u"].account is None
    assert cr.resolve([CHEMICAL])["chem"].account is None


def test_one_partys_two_acts_are_disputed_not_corroborated() -> None:
    for other in (CHEMICAL, RAID):
        for a, b in ((DEPOT, other), (other, DEPOT)):
            rel = relate(a, b, context=[DEPOT, other])
            assert rel.kind is Relation.CONTRADICTS
            assert any("two accounts of what it did" in r.detail for r in rel.reasons)
    graph = cr.claim_graph([DEPOT, CHEMICAL, RAID])
    rel = graph.relationship("depot", "chem")
    assert rel is not None
    assert rel.kind is Relation.CONTRADICTS


def test_what_the_strikes_account_leaves_standing() -> None:
    jnim = claim("jnim", "UN", "civilians", "were killed in an attack", actor="JNIM")
    relay = claim(
        "relay", "Agency", "FAMa", "bombed a rebel weapons depot", actor="FAMa",
    )  # fmt: skip
    for other in (jnim, relay):
        assert relate(DEPOT, other, context=[DEPOT, other]).kind is not Relation.CONTRADICTS
        assert relate(other, DEPOT, context=[DEPOT, other]).kind is not Relation.CONTRADICTS
    # one speaker's own two statements: not this rule's
    mine = claim("mine", "Ruritanian Ministry of Defence", "the town",
                 "carried out a chemical attack", actor="FAMa")  # fmt: skip
    assert relate(DEPOT, mine, context=[DEPOT, mine]).kind is not Relation.CONTRADICTS


OTHERS = [
    DEPOT,
    CHEMICAL,
    RAID,
    claim("j", "UN", "civilians", "killed", value=12, actor="JNIM"),
    claim("b", "HRW", "the killings", "blamed on", actor="FAMa"),
]


@settings(max_examples=30, deadline=None)
@given(x=st.sampled_from(OTHERS), y=st.sampled_from(OTHERS))
def test_the_strike_rule_is_symmetric(x: cr.Claim, y: cr.Claim) -> None:
    if x.id == y.id:
        return
    forward, backward = relate(x, y), relate(y, x)
    assert (forward.kind is Relation.CONTRADICTS) == (backward.kind is Relation.CONTRADICTS)
    told = any("two accounts of what it did" in r.detail for r in forward.reasons)
    assert told == any("two accounts of what it did" in r.detail for r in backward.reasons)


@pytest.mark.parametrize(
    ("means", "text"),
    [("explosion", "une cache d'armes a explosé"), ("fire", "les victimes de l'incendie")],
)
def test_french_words_with_an_elision_are_read(means: str, text: str) -> None:
    # normalisation folds "d'armes" to "darmes": the words are kept as written, so that
    # both sides fold alike (written "cache d armes", they never matched)
    assert _tables()[0][means].search(normalize(text)) is not None
    assert _others().search(normalize("d'autres civils")) is not None
