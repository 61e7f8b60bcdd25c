"""Who did it, and the denial of it, as reports in many languages word them.

Made-up claims (a rocket on a village square in Kayes, March 2025; a raid on a market);
none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from claimrec.model import Claim, Report, Source
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._words import _delivers, _opens_with_doing, _says_denied

ARMY = Source(name="Malian army", kind="state", party="Mali government")
JNIM = Source(name="JNIM", kind="armed_group", party="JNIM")


def _read(subject, predicate, *, denied=True, source=ARMY, actor=None, value=None):
    claim = Claim(source=source, subject=subject, predicate=predicate, actor=actor,
                  value=value, polarity="denied" if denied else "asserted", id="c")  # fmt: skip
    return resolve([claim])["c"]


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("مسؤوليته عن الهجوم", "نفى"),  # denied his responsibility for the attack
        ("هذه الاتهامات", "نفت"),  # denied these accusations
        ("الضربة على القرية", "لسنا مسؤولين عن"),  # we are not responsible for the strike
        ("the incident", "has absolutely nothing to do with"),
        ("mit dem Angriff", "habe nichts zu tun"),
        ("les dégâts causés au village", "Nous n'avons rien à voir avec"),
        ("причастность к атаке", "опровергла"),
        ("carrying out an attack on the village", "categorically denies"),
        ("any involvement", "denied"),
        ("استهداف القرية", "تنفي الحركة نفياً قاطعاً الادّعاءات"),  # denies the allegations
    ],
)
def test_a_denial_of_involvement_is_the_speakers_denial_of_the_blame(subject, verb):
    found = _read(subject, verb)
    assert found.predicate is not None
    assert found.predicate.id == "blamed"
    assert found.denies is not None
    assert found.denies.target == "perpetrator"
    assert found.denies.perpetrator is not None  # the speaker's own side


def test_any_is_no_word_of_people():
    """Hindi अन्य (others) folds to 'any': 'any involvement' names no victims."""
    assert _read("any involvement", "denied").subject is None


@pytest.mark.parametrize(
    ("verb", "subject"),
    [
        ("è stato effettuato dal", "il lancio di razzi sul villaggio"),
        ("è stato effettuato dall'", "il lancio del razzo"),
        ("حمل ... مسئولية الهجوم", "الحركة"),  # held responsible for the attack (ئ spelling)
        ("false flag operation", "the attack"),  # staged by the actor named
    ],
)
def test_an_act_carried_out_by_a_named_party_is_an_attribution(verb, subject):
    found = _read(subject, verb, denied=False, source="Army spokesman", actor="JNIM")
    assert found.predicate is not None
    assert found.predicate.id == "blamed"


@pytest.mark.parametrize(
    ("subject", "verb", "act"),
    [
        ("two 500 kilogram bombs", "dropped", "airstrike"),
        ("удар по рынку", "нанесла", "attacked"),
        ("strikes on the market", "have been delivering", "attacked"),
    ],
)
def test_a_verb_delivering_an_attack_is_the_attack(subject, verb, act):
    found = _read(subject, verb, denied=False, actor="JNIM")
    assert found.predicate is not None
    assert (found.predicate.id, found.predicate.rule) == (act, "subject")


def test_a_verb_delivering_nothing_that_attacks_is_no_attack():
    found = _read("leaflets", "dropped", denied=False, actor="JNIM")
    assert found.predicate is None or found.predicate.family != "attack"


@pytest.mark.parametrize("verb", ["نفته", "نفى", "опровергла", "ha negato"])
def test_verbs_of_denying(verb):
    assert _says_denied(verb)


def test_the_words():
    assert not _says_denied("ha confermato")
    assert _opens_with_doing("carrying out an attack")
    assert not _opens_with_doing("the attack")
    assert _delivers("warfen ab")
    assert not _delivers("fired upon by")


@pytest.mark.parametrize(("subject", "verb"), [("مجزرة", "نفته"), ("the massacre", "denied")])
def test_a_partys_denial_of_a_killing_naming_no_one_denies_its_part(subject, verb):
    found = _read(subject, verb, source=JNIM)
    assert found.predicate is not None
    assert (found.predicate.id, found.predicate.rule) == ("blamed", "subject")
    assert found.denies is not None
    assert found.denies.target == "perpetrator"
    assert found.denies.perpetrator is not None


def test_an_attack_denied_naming_no_one_stays_unread():
    """'The raid: categorically denied' may deny that it happened."""
    found = _read("the raid", "categorically denied", source=JNIM)
    assert found.predicate is None


_LAUNCH = {
    "subject": "the rocket launch on the village square",
    "predicate": "was carried out by",
    "actor": "JNIM",
}


def _via(rid, day):
    return Report(outlet="Wire", url=f"https://wire.example/{rid}", id=rid, published=day)


def _denial():
    return Claim(source=JNIM, subject="the incident", predicate="has nothing to do with",
                 polarity="denied", via=_via("r1", "2025-03-03"), id="d")  # fmt: skip


def _blame(day="2025-03-02", **kw):
    return Claim(source="Army spokesman", via=_via("r2", day), id="b", **{**_LAUNCH, **kw})


def test_a_denial_of_involvement_answers_the_attribution_of_its_days():
    rel = relate(_blame(), _denial())
    assert rel.kind is Relation.CONTRADICTS
    assert relate(_denial(), _blame()) == rel.converse()


def test_a_denial_of_involvement_leaves_another_days_attribution_alone():
    assert relate(_blame("2025-01-10"), _denial()).kind is not Relation.CONTRADICTS


def test_a_denial_of_involvement_leaves_an_attribution_of_another_party_alone():
    blame = _blame(actor="Malian army")
    assert relate(blame, _denial()).kind is not Relation.CONTRADICTS


def test_a_denial_of_involvement_leaves_an_attribution_at_a_named_site_alone():
    """'The strike on the bridge was carried out by JNIM': perhaps another act."""
    blame = _blame(subject="the rocket launch on the hospital")
    assert relate(blame, _denial()).kind is not Relation.CONTRADICTS
