"""Words of striking, killing and finding bodies in more languages (docs/vocabularies.md).

An Arabic word read with its clitics cut (rule ``clitic``); a party's denial that it
strikes, disowns or stands behind an act, relayed in Russian, Spanish, French or Norwegian,
read as the blame it denies; bodies found, documented or registered counted as bodies;
Dutch tolls of lives and parts. Made-up claims only; none is copied from the corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.resolution._clitics import bare_forms
from claimrec.vocab import default_vocabulary


def read(subject: str, predicate: str, value: object = None, *, denied: bool = False):
    claim = cr.Claim(
        source="Wire", subject=subject, predicate=predicate, value=value, id="c",
        polarity="denied" if denied else "asserted",
    )  # fmt: skip
    return cr.resolve([claim])["c"]


def predicate_of(subject: str, predicate: str, value: object = None, **kw: bool) -> str | None:
    hit = read(subject, predicate, value, **kw).predicate
    return None if hit is None else hit.id


# ---------------------------------------------------------------- Arabic clitics


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("بمقتل", "killed"),  # bi- + maqtal: "with the killing of"
        ("فقتلوا", "killed"),  # fa- + qatalu: "so they killed"
        ("وقتلوا", "killed"),  # wa- + qatalu
        ("فقتلوهم", "killed"),  # fa- + qatalu + -hum: "so they killed them"
        ("وأطلقوا النار عليهم", "attacked"),  # "and they opened fire on them"
    ],
)
def test_an_arabic_word_is_read_with_its_clitics_cut(verb: str, expected: str) -> None:
    hit = read("أشخاص", verb, 12).predicate
    assert hit is not None
    assert (hit.id, hit.rule) == (expected, "clitic")


def test_a_listed_word_keeps_its_exact_reading() -> None:
    hit = read("أشخاص", "قتلوا", 12).predicate
    assert hit is not None
    assert (hit.id, hit.rule) == ("killed", "exact")


@pytest.mark.parametrize("text", ["killed", "lanciato su", "", "12"])
def test_only_arabic_words_are_cut(text: str) -> None:
    assert bare_forms(text) == ()


def test_a_short_word_is_never_cut() -> None:
    # three letters or more must remain: "لقي" (he met) is not li- + "قي"
    assert bare_forms("لقي") == ()
    assert "قتل" in bare_forms("وقتل")
    assert bare_forms("وقت") == ()


_ARABIC = re.compile(r"^[\u0621-\u064a]{3,}$")
_WORDS = sorted(
    {
        word
        for pred in default_vocabulary().predicates
        for word in pred.synonyms
        if _ARABIC.match(word)
    }
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WORDS), st.sampled_from(["و", "ف", "فب", "وب", "ول"]))
def test_a_joined_conjunction_or_preposition_changes_no_reading(word: str, lead: str) -> None:
    plain = read("أشخاص", word).predicate
    joined_text = lead + word
    if plain is None or default_vocabulary().predicates.resolve(joined_text) is not None:
        return  # read by another rule, or itself a listed word
    joined = read("أشخاص", joined_text).predicate
    assert joined is not None
    assert joined.id == plain.id


# ---------------------------------------------------------------- denials of striking


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("школы и больницы", "израильские войска наносят удары по"),
        ("escuelas ni hospitales", "las fuerzas armadas israelíes bombardean"),
        ("toute responsabilité dans l'attaque", "renie"),
        ("å stå bak angrepet", "nekter for"),
    ],
)
def test_a_denial_of_striking_or_of_standing_behind_is_a_denied_blame(
    subject: str, verb: str
) -> None:
    assert predicate_of(subject, verb, denied=True) == "blamed"


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("наносят удары по", "attacked"),
        ("завдали ударів по", "attacked"),
        ("bombardean", "airstrike"),
    ],
)
def test_present_and_plural_forms_of_striking(verb: str, expected: str) -> None:
    assert predicate_of("casas", verb) == expected


# ---------------------------------------------------------------- bodies found and counted


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("bodies", "were found"),
        ("bodies", "have been recovered"),
        ("cadáveres", "se habían encontrado"),
        ("dead bodies", "documented and registered"),
        ("corps", "ont été retrouvés"),
    ],
)
def test_bodies_found_or_registered_are_counted(subject: str, verb: str) -> None:
    assert predicate_of(subject, verb, 14) == "bodies"


@pytest.mark.parametrize("verb", ["were found in the streets", "were killed and"])
def test_a_stage_or_another_verb_is_not_a_count(verb: str) -> None:
    assert predicate_of("bodies", verb, 14) != "bodies"


# ---------------------------------------------------------------- Dutch tolls, subjects


def test_dutch_lives_taken_are_a_toll() -> None:
    assert predicate_of("burgers", "het leven gekost", 300) == "killed"
    assert predicate_of("mensen", "kostte het leven aan", 30) == "killed"


def test_dutch_among_whom_is_a_part_of_the_toll() -> None:
    claims = [
        cr.Claim(source="Wire", subject="mensen", predicate="gedood", value=40, id="a", via="r"),
        cr.Claim(source="Wire", subject="kinderen", predicate="onder wie", value=9, id="b",
                 via="r"),
    ]  # fmt: skip
    hit = cr.resolve(claims)["b"].predicate
    assert hit is not None
    assert (hit.id, hit.rule) == ("killed", "part")


@pytest.mark.parametrize(
    ("text", "expected"), [("القرويين", "civilians"), ("жертвами", "people")]
)
def test_villagers_and_victims(text: str, expected: str) -> None:
    hit = read(text, "killed", 5).subject
    assert hit is not None
    assert hit.id == expected


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("personnes", "sort inconnu"),
        ("persone", "non rispondono all'appello"),
        ("personas", "se desconoce su paradero"),
    ],
)
def test_people_whose_fate_is_unknown_are_missing(subject: str, verb: str) -> None:
    assert predicate_of(subject, verb, 20) == "missing"


def test_bodies_in_spanish_and_italian_are_counted_as_bodies() -> None:
    assert predicate_of("cuerpos", "se habían encontrado", 30) == "bodies"
    assert predicate_of("corpi", "sono stati recuperati", 7) == "bodies"
