"""Local places in other scripts and cases, and compounds whose first part is a building.

Made-up names: *Zorma* (a village no gazetteer knows), *زورما* its Arabic spelling, its
Cyrillic one, *Zormie*, *Zormy*... its Slavic cases.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Claim
from claimrec.resolution import resolve
from claimrec.resolution._inflected import nominatives
from claimrec.resolution._localplaces import local_places
from claimrec.resolution._resolver import _resolver
from claimrec.resolution._script_places import settlement_name
from claimrec.vocab import default_vocabulary


def claim(place: str | None, cid: str) -> Claim:
    return Claim(source="A", subject="civilians", predicate="killed", place=place, id=cid)


def places(*names: str | None) -> list[str | None]:
    found = resolve([claim(n, f"c{k}") for k, n in enumerate(names)])
    return [None if (hit := found[f"c{k}"].place) is None else hit.id for k in range(len(names))]


# --------------------------------------------------------------------------- Arabic script


def test_an_arabic_village_by_its_word_is_the_local_place_of_its_latin_name():
    """*قرية زورما بشمال البلاد* (the village of Zorma in the north) is the Latin Zorma."""
    found = places("the village of Zorma", "قرية زورما بشمال البلاد", "في قرية زورما")
    assert found == ["local:zorma"] * 3


def test_an_arabic_village_alone_is_a_local_place_of_its_own():
    """Without a Latin name of its consonants the Arabic name is its own local place."""
    first, second = places("قرية زورما", "قرية زورما بشمال البلاد")
    assert first is not None
    assert first == second
    assert first.startswith("local:")


def test_two_latin_places_of_the_same_consonants_leave_the_arabic_name_alone():
    """*Zorma* and *Zarmo* are both *zrm*: the Arabic name is one of them, which is unknown."""
    latin_a, latin_b, arabic = places("the village of Zorma", "Zarmo village", "قرية زورما")
    assert latin_a != latin_b
    assert arabic is None


@pytest.mark.parametrize(
    "text",
    [
        "قرية صغيرة",  # a small village
        "القرية المجاورة",  # the neighbouring village (definite: an adjective follows)
        "في منطقة مجاورة",  # in a neighbouring area: no settlement's word
        "زورما",  # a bare word: no settlement's word says it is a place
        "قرية 12",
    ],
)
def test_common_words_after_a_settlement_word_name_no_village(text):
    assert settlement_name(text) is None
    assert places(text) == [None]


def test_the_name_key_drops_the_article_and_the_feminine_ending():
    assert settlement_name("بلدة الزورمة") == ("الزورمة", "zwrm")
    assert settlement_name("مدينة زاديان") == ("زاديان", "zadyan")  # the long a (alif) kept


# --------------------------------------------------------------------------- Slavic scripts, cases


def test_a_cyrillic_village_word_and_name_is_the_local_place():
    """The village Zorma, in the village Zorma: the words of kind and prepositions are dropped."""
    found = places("Zorma village", "село Зорма", "у селі Зорма")  # noqa: RUF001 - Cyrillic
    assert found == ["local:zorma"] * 3


def test_an_inflected_slavic_name_is_the_local_place_of_its_nominative():
    """*w Zormie* (Polish locative), the Ukrainian genitive: Zorma of the other reports."""
    found = places("the village of Zorma", "w Zormie", "у Зорми")  # noqa: RUF001 - Cyrillic
    assert found == ["local:zorma"] * 3


def test_an_inflected_form_without_its_nominative_in_the_input_is_its_own_place():
    """No *Zorma* in the input: *w Zormie* is a place of its own, not another name's case."""
    first, second = places("w Zormie", "Mankolo")
    assert first == "local:zormie"
    assert second != first


def test_a_latin_name_not_in_a_slavic_string_is_never_read_as_a_case():
    """*Zormy* in an English phrase is its own name, not Zorma in the genitive."""
    assert places("the village of Zorma", "the village of Zormy") == ["local:zorma", "local:zormy"]


def test_nominatives():
    assert nominatives("zormy") == ["zorma"]
    assert nominatives("kaly") == []  # a stem under four letters


# --------------------------------------------------------------------------- building first


@pytest.mark.parametrize(
    "text",
    [
        "un edificio residencial, en la localidad de Kharkiv",
        "un immeuble, Kharkiv",
        "ein Wohnhaus, Charkiw",
    ],
)
def test_a_compound_whose_first_part_describes_a_building_is_a_site_in_the_rest(text):
    hit = _resolver(None).compound(text)[1]
    assert hit is not None
    assert (hit.name, hit.rule) == ("Kharkiv", "in")


def test_a_compound_with_an_unknown_name_first_is_not_a_site():
    """*Zorrobi, Kharkiv*: the unknown first part is the place, not a building in Kharkiv."""
    assert _resolver(None).compound("Zorrobi, Kharkiv")[1] is None


# --------------------------------------------------------------------------- order


NAMES = ["the village of Zorma", "قرية زورما", "w Zormie", "Zarmo village", "село Зорма",
         "у Зорми", "Mankolo", None]  # fmt: skip  # noqa: RUF001 - Cyrillic


@settings(max_examples=30, deadline=None)
@given(names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=7), seed=st.integers(0, 99))
def test_the_order_of_the_claims_changes_no_identity(names, seed):
    claims = [claim(n, f"c{k}") for k, n in enumerate(names)]
    shuffled = claims[:]
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets

    def read(cs: list[Claim]) -> dict[str, str | None]:
        found = resolve(cs)
        return {c.id: None if (h := found[c.id].place) is None else h.id for c in cs}

    assert read(claims) == read(shuffled)


def test_an_arabic_name_of_a_known_latin_name_is_no_local_place():
    """A known town *Zorma* (whose Arabic name the gazetteer lacks): *قرية زورما* is left
    unread, not made a place of its own beside it."""
    vocab = default_vocabulary()
    names = ["Zorma market", "قرية زورما", "Mankolo"]
    found = local_places(names, vocab, lambda part: None, lambda name: name != "Zorma")
    assert "قرية زورما" not in found
    found = local_places(names, vocab, lambda part: None, lambda name: True)
    assert found["قرية زورما"].id.startswith("local:")


@pytest.mark.parametrize("text", ["Zorma market, Kharkiv", "Al-Zorma hospital, Kharkiv"])
def test_a_named_site_first_is_not_read_as_a_site_in_the_rest(text):
    """*Zorma market, Kharkiv*: the market of a place Zorma, perhaps not in Kharkiv's town."""
    assert _resolver(None).compound(text)[1] is None


def test_an_arabic_name_alone_is_the_settlement_another_string_names_by_its_word():
    """*زورما* alone is the village *قرية زورما* of another report (and of *Zorma*)."""
    assert places("قرية زورما", "زورما", "Zorma") == ["local:zorma"] * 3
    assert places("زورما", "Mankolo")[0] is None  # alone: any word
