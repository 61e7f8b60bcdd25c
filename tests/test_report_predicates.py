"""Predicates real reports use that resolved to nothing, and words read as the wrong concept.

Rescued, sheltering or present, deaths in more languages and scripts, and the names of
structures that hold an act's word (*an air-raid shelter* is a place, not an air strike).
Every string here is made up; none is copied from a corpus or held-out report.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import Claim, default_vocabulary, resolve
from tests.test_resolution_rules import one, pid

# ------------------------------------------------------ people rescued


@pytest.mark.parametrize(
    "predicate",
    [
        "were pulled out alive",  # not "pulled out" (withdrew)
        "lebend gerettet",
        "wurden gerettet",
        "tratti in salvo dai vigili del fuoco",
        "sauvés des décombres",
        "fueron salvados",
        "спасены из-под завалов",
        "врятували рятувальники",
        "uratowano",
        "تم إنقاذ من تحت الركام",
        "أنقذوا من المنزل",
        "in veiligheid gebracht",
    ],
)
def test_people_rescued_are_evacuated(predicate):
    """A rescue in any vocabulary language is *evacuated*: people taken out of danger."""
    assert pid(one(predicate=predicate, subject="people", value=40)) == "evacuated"


# ------------------------------------------------------ people sheltering or present


@pytest.mark.parametrize(
    "predicate",
    [
        "hatten im Keller Schutz gesucht",
        "haben in der Schule Schutz gefunden",
        "were hiding in the basement",
        "had taken shelter",
        "s'abritaient dans la mosquée",
        "se escondían en la iglesia",
        "si nascondevano nella scuola",
        "укрывались в подвале",
        "ховалися в підвалі",
        "كانوا داخل المدرسة",
        "كانوا يحتمون بالمسجد",
        "had gathered for a funeral",  # a crowd gathered where the strike fell
        "se habían reunido en el mercado",
        "s'étaient réunis pour un baptême",
        "hatten sich auf dem Platz versammelt",
        "berkumpul di pasar",
    ],
)
def test_people_sheltering_are_present(predicate):
    """Sheltering, hiding, inside, gathered: a count of those present, never a toll."""
    assert pid(one(predicate=predicate, subject="people", value=500)) == "people_present"


# ------------------------------------------------------ deaths


@pytest.mark.parametrize(
    "predicate",
    [
        "وفاة",  # death (a noun: "the death of 12 people")
        "وفيات",
        "توفوا",
        "suffocated",
        "hukkus",  # Estonian
        "életüket vesztették",  # Hungarian
        "کشته شدند",  # Persian
        "մահացել են",  # Armenian
        "遇害",
    ],
)
def test_deaths_in_more_languages_are_killed(predicate):
    assert pid(one(predicate=predicate, subject="people", value=12)) == "killed"


@pytest.mark.parametrize(
    ("predicate", "subject"),
    [
        ("بلغ عدد", "القتلى"),  # the definite form of the dead: the toll from the subject
        ("an unread verb", "الضحايا"),
        ("räägiti", "hukkunust"),
        ("hovorili", "mŕtvych"),
    ],
)
def test_the_dead_named_by_the_subject_make_a_toll(predicate, subject):
    """An unknown verb with a figure counts what its subject names: the dead, in more forms."""
    assert pid(one(predicate=predicate, subject=subject, value=25)) == "killed"


def test_returned_fire_is_a_clash_not_a_return():
    """*Returned fire* is an exchange of fire, not people coming back to a place."""
    assert pid(one(predicate="returned fire", subject="soldiers")) == "clashed"
    assert pid(one(predicate="returned to the village", subject="villagers")) == "returned"


# ------------------------------------------------------ structures that hold an act's word


@pytest.mark.parametrize(
    ("predicate", "concept"),
    [
        ("were rescued from the air-raid shelter", "evacuated"),
        ("were sheltering in the air raid shelters", "people_present"),
        ("killed in the bomb shelter", "killed"),
        ("were taken to the displacement camp", None),  # a camp named, nothing done
        ("the air-raid shelter", None),  # a place alone names no act
        ("air raid on the shelter", "airstrike"),  # the act itself is still read
    ],
)
def test_a_structure_named_by_an_acts_word_is_a_place(predicate, concept):
    assert pid(one(predicate=predicate, subject="people", value=30)) == concept


@pytest.mark.parametrize(
    "subject",
    ["the air-raid shelter", "bomb shelter", "Der Luftschutzbunker", "укрытие", "الملجأ"],
)
def test_a_shelter_is_a_building(subject):
    """A shelter is a structure (class *buildings*), not the attack nor a weapon."""
    assert default_vocabulary().subjects.resolve(subject).id == "buildings"


_PHRASES = st.sampled_from(
    [
        ("were rescued from the air-raid shelter", "people"),
        ("air raid", "the shelter"),
        ("Schutz gesucht", "Menschen"),
        ("وفاة", "شخصا"),
        ("returned fire", "soldiers"),
        ("pulled out alive", "people"),
    ]
)


@settings(max_examples=30, deadline=None)
@given(st.lists(_PHRASES, min_size=2, max_size=6))
def test_the_new_readings_do_not_depend_on_order(rows):
    """Each phrase reads alone: the same reading whatever claims come with it, in any order."""
    claims = [
        Claim(source=f"S{k}", subject=s, predicate=p, value=10, id=f"c{k}")
        for k, (p, s) in enumerate(rows)
    ]
    forward = resolve(claims)
    backward = resolve(list(reversed(claims)))
    for claim in claims:
        a, b = forward[claim.id].predicate, backward[claim.id].predicate
        assert (a and a.id) == (b and b.id)
