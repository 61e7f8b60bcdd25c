"""Place phrases in Arabic script read by their structure (resolution/_script_places.py).

Made-up phrases around real place names: the words of a place's kind, of its
surroundings and sides, *في*, the joined prepositions and the article, a holder, a country.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.resolution._resolver import _resolver
from claimrec.resolution._script_places import _parts, script_place

KHAN = "gn.168325"  # Khan Shaykhun, Syria: a town known by its Arabic alias only
REPORT = cr.Report(outlet="Wire", published="2024-03-01", id="r")


def _place(text: str) -> cr.Resolved | None:
    claim = cr.Claim(source="a witness", subject="houses", predicate="damaged", place=text,
                     via=REPORT, id="c")  # fmt: skip
    return cr.resolve([claim])["c"].place


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("خان شيخون", "exact"),  # no capitals in Arabic: a town by its alias all the same
        ("قرية خان شيخون", "named"),  # the village of
        ("خان شيخون في محافظة إدلب", "compound"),  # in Idlib governorate
        ("مدينة خان شيخون بمحافظة إدلب", "compound"),  # joined bi-: in
        ("الضواحي الغربية لمدينة خان شيخون", "near"),  # the western suburbs of the city of
        ("جنوب خان شيخون", "near"),  # south of
        ("مخيم للنازحين في خان شيخون", "in"),  # a camp for the displaced in
        ("بخان شيخون", "exact"),  # a joined preposition before the name
    ],
)
def test_an_arabic_phrase_names_its_town(text, rule):
    found = _place(text)
    assert found is not None
    assert found.id == KHAN
    assert found.rule == rule


def test_the_holder_and_the_country_of_the_phrase_choose_the_place():
    # the town is in Syria: a phrase placing it in Libya names no place (never another
    # country's namesake), in Syria it names the town
    assert _place("بلدة خان شيخون الليبية") is None
    assert _place("بلدة خان شيخون السورية").id == KHAN  # type: ignore[union-attr]
    assert _place("بلدة خان شيخون في ليبيا") is None


def test_a_site_name_is_not_read_as_a_place():
    # "the Martyrs' square in Douma": the square's name is no town's
    found = _place("ساحة الشهداء في دوما")
    assert found is not None
    assert found.id == "gn.170592"
    assert found.rule == "in"
    assert _place("شارع الشهداء") is None


def test_a_division_word_reads_a_division():
    found = _place("ريف محافظة إدلب الجنوبي")
    assert found is not None
    assert found.id == "gn.169387"


def test_a_town_whose_alias_an_arabic_city_elsewhere_may_bear_is_not_read_bare():
    # تاجوراء is an alias of Tadjoura (Djibouti) and the Arabic name of Tajoura (Libya),
    # which the world layer knows by Latin names only: without a holder, no reading
    assert script_place(_resolver(None), "مستودع قرب تاجوراء") is None
    # a namesake outside the Arabic-speaking countries does not count: Beit Lahia, Gaza,
    # shares its consonants with towns of India and Nepal only
    found = script_place(_resolver(None), "بلدة بيت لاهيا")
    assert found is not None
    assert found.record.country == "PS"


def test_an_unknown_place_in_a_comma_list_is_not_its_neighbour():
    # "the village of Xyz, Idlib governorate": the unknown village is not Idlib (it is a
    # place of its own, identified within the input: rule local)
    found = _place("قرية زبرقان، محافظة إدلب")
    assert found is None or found.id.startswith("local:")
    # "a warehouse in Idlib": an unknown site in a known place is that place
    assert _place("مستودع زبرقان في إدلب").id == "gn.169389"  # type: ignore[union-attr]


def test_latin_text_is_left_to_the_other_rules():
    assert script_place(_resolver(None), "Khan Shaykhun, Idlib") is None
    assert _parts("") == ([], set())


_WORDS = ["بلدة", "مدينة", "ريف", "في", "شرق", "الشرقية", "لبلدة", "بريف", "محافظة", "قرب"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=3), st.lists(st.sampled_from(_WORDS), max_size=2))
def test_words_around_a_name_never_move_it_to_another_country(before, after):
    # whatever words of places surround the name, it is the Syrian town or nothing
    found = script_place(_resolver(None), " ".join([*before, "خان شيخون", *after]))
    assert found is None or found.record.country == "SY"
