"""A body's name translated word by word, compounded, or written in Arabic script.

``resolution/_glossed.py`` (plural forms, German and Danish compounds, the Arabic-script
reading) and ``resolution/_local.py`` (the second look at a name held in several names).
Every body here is made up (*Nara Hills*, *Watani*).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec._text import normalize
from claimrec.model import Source
from claimrec.resolution._glossed import GLOSSARY, glosses, script_cores, skeleton
from tests.test_resolution_local import linked


def ngo(name: str, *aliases: str) -> Source:
    return Source(name=name, kind="ngo", aliases=aliases)


@pytest.mark.parametrize(
    "names",
    [
        # plural committees, and resistance, in Italian and French
        ("Nara Hills Resistance Committee", "Comitati di resistenza di Nara Hills"),
        ("Nara Hills Resistance Committee", "comités de résistance de Nara Hills"),
        # a German and a Danish compound of resistance and committee
        ("Nara Hills Resistance Committee", "Nara Hills Widerstandskomitee"),
        ("Nara Hills Resistance Committee", "Nara Hills Modstandskomité"),
        # the Arabic plural, the place written in Arabic script
        ("Nara Hills Resistance Committee", "لجان مقاومة نارا هيلز"),
    ],
)
def test_one_committee_named_in_several_languages_is_one_speaker(names):
    """Plurals, compounds and the Arabic script name the committee of one place."""
    assert linked(*(ngo(n) for n in names))


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # another place, in Arabic script
        ("Nara Hills Resistance Committee", "لجان مقاومة بورا"),
        # a council is not a committee, in one script or two
        ("Nara Hills Resistance Committee", "مجلس مقاومة نارا هيلز"),
        ("Nara Hills Resistance Council", "Nara Hills Widerstandskomitee"),
        # two Latin names are compared by their words, never by their consonants
        ("Nara Hills Resistance Committee", "Noor Hilalis Resistance Committee"),
        # a description in lower case links nothing
        ("Nara Hills Resistance Committee", "local resistance committee"),
    ],
)
def test_other_bodies_stay_apart(one, two):
    """Another place, another kind of body, or two Latin spellings are two speakers."""
    assert not linked(ngo(one), ngo(two))


def test_an_arabic_word_that_is_also_a_name_is_read_both_ways():
    """*الوطنية* is *national*, and the *Watani* of a name: both readings are tried."""
    assert linked(ngo("Watani Resistance Committee"), ngo("لجان المقاومة الوطنية"))
    # the head of the Arabic name is its kind, never a name: *لجان* is no *Lijan*
    name = "لجان المقاومة الوطنية"
    _, cores = script_cores(name, frozenset(normalize(name).split()))
    assert all("§ljn" not in core for core in cores)


def test_a_name_held_by_names_joined_later_is_linked():
    """*Widerstandskomitee* is held in three names that look like rivals until joined."""
    sources = [
        ngo("Nara Civil Resistance Committee"),
        ngo("Nara Hills Resistance Committee"),
        ngo("Nara Hills Civil Resistance Committee"),
        ngo("örtliches Widerstandskomitee", "Widerstandskomitee"),
    ]
    assert linked(*sources)
    # without the name holding both, the two stay rivals and the short name joins neither
    assert not linked(*sources[:2], sources[3])


def test_compounds_are_read_only_from_two_listed_words():
    """A compound is two glossary words (a linking -s- allowed); other long words stay."""
    assert glosses("widerstandskomitee") == ("resistance", "committee")
    assert glosses("gesundheitsministerium") == ("health", "ministry")
    assert glosses("naraboerenkomitee") == ("naraboerenkomitee",)
    assert glosses("committee") == ("committee",)
    assert glosses("und") == ()


def test_the_skeleton_folds_romanisations_of_arabic():
    """Vowels, w, y, h and the letters for one sound fold: *Madani*, *مدني*; *Gaza*, *غزة*."""
    assert skeleton("madani") == skeleton(normalize("مدني")) == "mdn"
    assert skeleton("gaza") == skeleton(normalize("غزة"))
    assert skeleton("khartoum") == skeleton(normalize("خرطوم"))


def test_script_cores_of_a_mixed_or_lower_case_name_are_none():
    assert script_cores("Nara لجان", frozenset({"nara", "ljn"})) == ("", frozenset())
    words = frozenset({"local", "resistance", "committee"})
    assert script_cores("local resistance committee", words)[1] == frozenset()


@given(st.sampled_from(sorted(w for w, k in GLOSSARY.items() if k)))
def test_a_glossary_word_is_never_split(word):
    """A listed word keeps its one gloss: compounds are read only for unlisted words."""
    assert glosses(word) == (GLOSSARY[word],)


def test_an_arabic_name_with_and_without_its_article_is_one_speaker():
    """*القناة 12* and *قناة 12* (the channel, a channel) name one outlet; 13 is another."""
    channel = Source(name="القناة 12 الرمادية", kind="media")
    assert linked(channel, Source(name="قناة 12 الرمادية", kind="media"))
    assert not linked(channel, Source(name="قناة 13 الرمادية", kind="media"))
