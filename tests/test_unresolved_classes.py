"""Classes of words real reports use that resolution could not read (issue 9, items 2, 6, 7).

Every string here is made up; none is copied from a corpus or held-out report.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec import Claim, resolve
from tests.test_resolution_rules import one, pid

# ------------------------------------------------------ verbs that count, see or receive


@pytest.mark.parametrize(
    ("predicate", "subject", "concept"),
    [
        ("seen", "corpses", "bodies"),  # bodies seen: a count of bodies
        ("satellite images show", "bodies", "bodies"),  # the media, then the verb
        ("las fotos muestran", "cadáveres", "bodies"),
        ("se contabilizaron", "muertos", "killed"),  # a reflexive pronoun
        ("counted on the video", "corpses", "bodies"),  # the media after the verb
        ("zeigen die Bilder", "Leichen", "bodies"),
        ("oszacowano liczbę", "ofiar", "killed"),  # "estimated the number of victims"
        ("received", "dead", "killed"),
    ],
)
def test_verbs_that_count_see_or_receive_read_their_subject(predicate, subject, concept):
    """A verb that only counts, sees or receives its figure counts what its subject names."""
    assert pid(one(predicate=predicate, subject=subject, value=30)) == concept


@pytest.mark.parametrize(
    ("predicate", "subject"),
    [
        ("seen in the streets", "corpses"),  # where they lay: one stage of a toll
        ("received at the morgue", "bodies"),
        ("shows no sign of", "bodies"),  # another word: not a count
    ],
)
def test_a_count_with_a_place_or_another_word_is_not_read(predicate, subject):
    """A place after the verb says which stage of a toll the count is: left unread."""
    assert pid(one(predicate=predicate, subject=subject, value=30)) not in ("killed", "bodies")


def test_victims_in_polish_are_a_toll():
    """*Ofiary*, *ofiar* (victims) are read as *victims* and *vítimas* are."""
    assert pid(one(predicate="zginęło", subject="ofiar", value=12)) == "killed"
    assert pid(one(predicate="potwierdzono", subject="ofiary", value=12)) == "killed"


# ------------------------------------------------------ adverbs of time that hold a bound


@pytest.mark.parametrize(
    "predicate",
    ["tally up to now", "bilan jusqu'à présent", "resultado hasta el momento", "saldo até agora"],
)
def test_a_figure_so_far_is_a_count_not_a_ceiling(predicate):
    """*Up to now*, *hasta el momento*: a figure to date, read as its subject's toll."""
    rec = one(predicate=predicate, subject="muertos", value=40)
    assert pid(rec) == "killed"


def test_so_far_is_not_read_as_at_most():
    """The qualifier of "up to" is not read inside "up to now"."""
    from claimrec.resolution._figure import verb_qualifier  # noqa: PLC0415

    assert verb_qualifier("killed up to now") is None
    assert verb_qualifier("could be up to") == "at most"


# ------------------------------------------------------ a verb that says the act was staged


@pytest.mark.parametrize(
    ("predicate", "subject", "concept"),
    [
        ("fabrications", "air strike", "airstrike"),
        ("was staged", "claims of an air strike", "airstrike"),  # the act inside its phrase
        ("mise en scène", "la frappe", "attacked"),
    ],
)
def test_a_staged_act_is_the_act_its_subject_names(predicate, subject, concept):
    """'The air strike: fabrications' is about the air strike (and denies it in words)."""
    rec = one(predicate=predicate, subject=subject)
    assert pid(rec) == concept
    assert rec.predicate is not None
    assert rec.predicate.rule == "subject"


def test_a_staged_subject_that_names_no_act_stays_unread():
    """'The videos: staged' names no act: the claim stays unresolved, and is listed."""
    claim = Claim(source="Wire", subject="the videos", predicate="staged", id="c")
    result = resolve([claim])
    assert result["c"].predicate is None
    assert [u.field for u in result.unresolved() if u.field == "predicate"] == ["predicate"]


def test_mise_en_scene_is_not_missing():
    """French *mise* (put) cuts to the lemma of *missing*: never read as it."""
    assert pid(one(predicate="mise en scène", subject="la foule")) != "missing"
    assert pid(one(predicate="missing", subject="people", value=4)) == "missing"


def test_received_is_not_a_retreat():
    """French *reçus* (received) cuts to the stem of Portuguese *recuar*: not *withdrew*."""
    assert pid(one(predicate="reçus", subject="blessés", value=9)) != "withdrew"
    assert pid(one(predicate="recuaram", subject="tropas")) == "withdrew"


# ------------------------------------------------------ verbs of occurrence: the subject's act


@pytest.mark.parametrize(
    ("predicate", "subject", "concept"),
    [
        ("took place", "the ambush", "attacked"),
        ("happened in", "an air strike", "airstrike"),  # its place is the claim's own field
        ("ont repris", "les combats", "clashed"),
        ("tuvo lugar", "el ataque", "attacked"),
        ("fand statt", "ein Luftangriff", "airstrike"),
        ("mit Drohnen durchgeführt", "Angriff auf das Lager", "attacked"),  # means, then verb
    ],
)
def test_a_verb_of_occurrence_is_about_its_subjects_act(predicate, subject, concept):
    """'The ambush took place', 'fighting resumed': the act is the subject's."""
    rec = one(predicate=predicate, subject=subject)
    assert pid(rec) == concept
    assert rec.predicate is not None
    assert rec.predicate.rule == "subject"


def test_a_denied_occurrence_without_a_doer_stays_unread():
    """'The attack did not take place' names no one: read as ``_AGENCY`` denials are, not."""
    claim = Claim(
        source="Wire", subject="the attack", predicate="took place", id="c", polarity="denied"
    )
    assert resolve([claim])["c"].predicate is None


def test_a_verb_of_use_is_not_read_as_the_act():
    """'Chlorine was used' may be told of another day's attack: left to the weapon rules."""
    rec = one(predicate="used", subject="chlorine gas")
    assert rec.predicate is None or rec.predicate.rule != "subject"


# ------------------------------------------------------ invariants


_CLAIMS = [
    Claim(source="Wire", subject="corpses", predicate="video footage shows", value=30, id="a"),
    Claim(source="Radio", subject="the ambush", predicate="took place", id="b"),
    Claim(source="Army", subject="air strike", predicate="fabrications", id="c"),
    Claim(source="Paper", subject="muertos", predicate="resultado hasta ahora", value=40, id="d"),
    Claim(source="Wire", subject="corpses", predicate="seen in the streets", value=9, id="e"),
]


@given(st.permutations(_CLAIMS))
def test_the_new_readings_do_not_depend_on_order(claims):
    """Each claim reads the same predicate whatever the order of the claims around it."""
    first = resolve(_CLAIMS)
    again = resolve(list(claims))
    for claim in _CLAIMS:
        assert pid(first[claim.id]) == pid(again[claim.id])


@pytest.mark.parametrize(
    ("predicate", "subject", "wrong"),
    [
        ("piégés dans une école", "élèves", "ied"),  # trapped, not booby-trapped
        ("entièrement libéré", "le village", "released"),  # liberated, not freed hostages
    ],
)
def test_french_words_of_two_meanings_are_not_read_by_their_stem(predicate, subject, wrong):
    """A form the lists do not hold, of a word of two meanings, is not read as the listed one."""
    assert pid(one(predicate=predicate, subject=subject, value=12)) != wrong


def test_the_listed_forms_of_those_words_still_read():
    """The listed, unambiguous forms keep their reading."""
    assert pid(one(predicate="engin piégé", subject="marché")) == "ied"
    assert pid(one(predicate="libérés", subject="otages", value=3)) == "released"


# ------------------------------------------------------ how many people were there


@pytest.mark.parametrize(
    ("predicate", "subject"),
    [
        ("at the market", "civilians"),  # only where they were (rule presence)
        ("dans la gare", "personnes"),
        ("à la gare", "personnes"),
        ("were sheltering in", "displaced people"),
        ("se trouvaient", "détenus"),
        ("befanden sich im Lager", "Gefangene"),
    ],
)
def test_a_figure_of_people_at_a_place_is_a_count_of_presence(predicate, subject):
    """'2,000 civilians at the market': how many were there, not a toll."""
    assert pid(one(predicate=predicate, subject=subject, value=2000)) == "people_present"


@pytest.mark.parametrize(
    ("predicate", "subject", "value"),
    [
        ("in the morgue", "bodies", 40),  # what befell them: a stage of a toll
        ("at the market", "civilians", None),  # no figure
        ("was urged to present a figure", "the ministry", None),  # "present" the verb
        ("a chiffré", "personnes", 200),  # French "a" is "has", not "à"
    ],
)
def test_presence_needs_a_figure_of_people_and_no_other_word(predicate, subject, value):
    assert pid(one(predicate=predicate, subject=subject, value=value)) != "people_present"
