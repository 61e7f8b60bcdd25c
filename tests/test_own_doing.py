"""A party's denial of an attack naming no doer denies its own doing (rule ``own doing``).

"The Ruritanian army denied it had hit the school": the army says its side did not hit it,
not that the school was not hit. It disputes an account naming the army as the doer, never
a toll naming no one (nor one naming another side). A passive ("the school was not hit"),
a bare participle ("no civilians harmed"), a denial naming its doer, or one by a speaker
that is no party (a news agency) keeps the reading of a denial of the event.
Made-up claims only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.resolution import Denial

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def deny(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return claim(cid, source, subject, predicate, polarity="denied", **kw)


def denies(c: cr.Claim) -> Denial | None:
    return cr.resolve([c])[c.id].denies


@pytest.mark.parametrize(
    ("source", "predicate"),
    [
        ("FAMa", "had hit"),  # a known armed force
        ("FAMa", "a bombardé"),
        ("Mali government", "haber bombardeado"),  # a state
        ("JNIM", "are attacking"),  # an armed group, progressive
        ("FAMa", "ha colpito"),
        ("FAMa", "hat bombardiert"),
    ],
)
def test_a_partys_active_denial_of_an_attack_denies_its_own_doing(source, predicate):
    found = denies(deny("d", source, "the school", predicate))
    assert found is not None
    assert (found.target, found.rule) == ("perpetrator", "own doing")
    assert found.perpetrator is not None


def test_a_party_key_speaker_stands_for_its_party():
    """A speaker read only as a party key (its declared party unknown to the vocabulary)."""
    source = cr.Source(name="a Ruritanian Liberation Front officer", kind="armed_group",
                       party="Ruritanian Liberation Front")  # fmt: skip
    found = denies(deny("d", source, "the detention centre", "had hit"))  # type: ignore[arg-type]
    assert found is not None
    assert (found.target, found.rule) == ("perpetrator", "own doing")
    assert found.perpetrator is not None
    assert found.perpetrator.id.startswith("~party:")


@pytest.mark.parametrize(
    ("source", "predicate", "extra"),
    [
        ("FAMa", "was hit", {}),  # a passive: the event
        ("FAMa", "a été bombardé", {}),
        ("FAMa", "wurde getroffen", {}),
        ("FAMa", "has been hit", {}),
        ("FAMa", "harmed", {}),  # a bare participle may be a passive ("no civilians harmed")
        ("Reuters", "had hit", {}),  # no party: a news agency
        ("Hospital", "had hit", {}),
    ],
)
def test_a_passive_a_bare_participle_or_no_party_keeps_the_event(source, predicate, extra):
    found = denies(deny("d", source, "the school", predicate, **extra))
    assert found is not None
    assert found.rule != "own doing"
    assert found.target == "event"


def test_a_denial_naming_its_doer_keeps_its_reading():
    found = denies(deny("d", "FAMa", "the school", "had hit", actor="JNIM"))
    assert found is not None
    assert found.rule != "own doing"


def test_own_doing_disputes_only_an_account_naming_that_side():
    denial = deny("d", "FAMa", "the school", "had hit")
    toll = claim("t", "Hospital", "the school", "hit")  # naming no one
    named = claim("n", "Hospital", "the school", "hit", actor="FAMa")
    other = claim("o", "Hospital", "the school", "hit", actor="JNIM")
    assert relate(denial, toll).kind is not Relation.CONTRADICTS  # the event stands
    assert relate(denial, named).kind is Relation.CONTRADICTS  # its side named
    assert relate(denial, other).kind is not Relation.CONTRADICTS
    # the same words as a passive deny the event: the toll at the school is disputed
    passive = deny("p", "FAMa", "the school", "was hit")
    assert relate(passive, toll).kind is Relation.CONTRADICTS


def test_own_doing_of_a_party_key_disputes_the_accounts_naming_that_party():
    """A speaker read as a party key denies that its party did it: an actor read as the key."""
    source = cr.Source(name="a Ruritanian Liberation Front officer", kind="armed_group",
                       party="Ruritanian Liberation Front")  # fmt: skip
    denial = deny("d", source, "the detention centre", "had hit")  # type: ignore[arg-type]
    named = claim("n", "Hospital", "the detention centre", "hit",
                  actor="Ruritanian Liberation Front")  # fmt: skip
    other = claim("o", "Hospital", "the detention centre", "hit", actor="JNIM")
    toll = claim("t", "Hospital", "the detention centre", "hit")
    graph = cr.claim_graph([denial, named, other, toll])
    assert graph.relationship("d", "n").kind is Relation.CONTRADICTS
    assert graph.relationship("d", "o").kind is not Relation.CONTRADICTS
    assert graph.relationship("d", "t").kind is not Relation.CONTRADICTS


_SOURCES = st.sampled_from(["FAMa", "JNIM", "Hospital", "Reuters", "Mali government"])
_PREDICATES = st.sampled_from(["had hit", "was hit", "attacking", "a bombardé", "harmed"])


@settings(max_examples=25, deadline=None)
@given(_SOURCES, _PREDICATES, st.sampled_from([None, "FAMa", "JNIM"]))
def test_own_doing_relations_are_symmetric(source, predicate, actor):
    denial = deny("d", source, "the school", predicate)
    other = claim("o", "Hospital", "the school", "hit", actor=actor)
    assert relate(denial, other).kind is relate(other, denial).kind.converse


# ------------------------------------------------------------- the words of doing and blaming


@pytest.mark.parametrize(
    ("subject", "predicate", "family"),
    [
        ("the depot", "wurde getroffen", "attack"),  # de: was hit
        ("the town", "pounded", "attack"),
        ("i migranti", "hanno aperto il fuoco contro", "attack"),  # it: opened fire on
        ("les rebelles", "incrimine", "responsibility"),  # fr: blames
        ("l'episodio", "puntando il dito contro", "responsibility"),  # it: pointing at
        ("il raid aereo", "è stato condotto da", "responsibility"),  # it: carried out by
        ("الهجوم", "شنها", "attack"),  # ar: launched it: the subject's act
        ("الغارات", "نفذها", "attack"),  # ar: carried it out
    ],
)
def test_words_of_doing_and_blaming_make_the_role_readable(subject, predicate, family):
    c = claim("c", "Monitor", subject, predicate, actor="FAMa")
    found = cr.resolve([c])["c"].predicate
    assert found is not None, predicate
    assert getattr(found.record, "family", None) == family
