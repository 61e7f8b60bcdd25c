"""One place written in several romanisations (resolution/_romanised.py): key and guards."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.resolution._romanised import (
    SCRIPT_COUNTRIES,
    RomanisedIndex,
    romanised_key,
    romanised_keys,
)
from claimrec.vocab import default_vocabulary

KHAN_SHAYKHUN, TAJOURA, TADJOURA = "gn.168325", "gn.2210394", "gn.220782"


def _said(cid: str, place: str, report: str = "w") -> cr.Claim:
    return cr.Claim(source="Wire", subject="civilians", predicate="killed", value=12,
                    place=place, via=cr.Report(outlet="Wire", id=report), id=cid)  # fmt: skip


def _hit(claims: list[cr.Claim], cid: str = "a") -> tuple[str, str] | None:
    hit = cr.resolve(claims)[cid].place
    return None if hit is None else (hit.id, hit.rule)


# --------------------------------------------------------------------------- the key


def test_each_language_s_letters_for_one_sound_give_one_key() -> None:
    """A made-up name in the letters of seven languages: one key among each one's keys."""
    target = romanised_key("Bir Shaykhun")
    for name in ("Bir Sheikhoun", "Bir Cheikhoun", "Bir Scheichun", "Bir Syaikhun",
                 "Bir Shijún", "Al-Bir Shaykhun", "Bir Szajchun"):  # fmt: skip
        assert target in romanised_keys(name), name
    assert romanised_key("Wadi Djourah") == romanised_key("Wadi Jurah")
    assert romanised_key("Dayr al-Hawa") in romanised_keys("Deir el-Haoua")  # French ou: w
    assert target in romanised_keys("Bir Shaykhun")  # English: the index's convention


def test_the_key_keeps_what_tells_names_apart() -> None:
    """*sh* is not *s*, *a* is not *i* or *u*, a consonant is never dropped but *h*."""
    assert romanised_key("Kishishe") != romanised_key("Kisesi")
    assert romanised_key("Kafr Nabl") != romanised_key("Kafr Nibl")
    assert romanised_key("Tajura") != romanised_key("Tamura")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz '-ÉéèçšžÂ", max_size=30))
def test_the_key_is_idempotent(text: str) -> None:
    """The key of a key is the key (each key letter reads as itself)."""
    key = romanised_key(text)
    assert romanised_key(key) == key
    assert key in romanised_keys(text)


# --------------------------------------------------------------------------- the guards


def test_a_variant_alone_is_read_when_its_key_names_one_populous_place() -> None:
    """*Chan Scheichun*, *Khan Syaikhun*: the one town of that key, rule ``romanised``."""
    for name in ("Chan Scheichun", "Khan Syaikhun", "Khan Cheikoun", "Jan Shijún"):
        assert _hit([_said("a", name)]) == (KHAN_SHAYKHUN, "romanised"), name
    hit = cr.resolve([_said("a", "Chan Scheichun")])["a"].place
    assert hit is not None
    assert hit.score < 0.85  # below a misspelling's


def test_two_places_of_one_key_need_the_claim_s_country() -> None:
    """*Tadschura* (German): Tajoura, Libya, and Tadjoura, Djibouti. Alone, neither."""
    assert _hit([_said("a", "Tadschura")]) == ("local:tadschura", "local")  # no town of ours
    assert _hit([_said("a", "Tadschura"), _said("b", "Misrata")]) == (
        TAJOURA, "romanised")  # fmt: skip
    assert _hit([_said("a", "Tadschura"), _said("b", "Djibouti")]) == (TADJOURA, "romanised")
    # another report's places are no evidence
    alone = _hit([_said("a", "Tadschura"), _said("b", "Misrata", report="x")])
    assert alone == ("local:tadschura", "local")


def test_a_place_of_another_country_is_not_read() -> None:
    """The claim's country rules out the one place of the key elsewhere."""
    index = RomanisedIndex(default_vocabulary())
    assert index.read("Khan Cheikhoun", default_vocabulary(), {"LB"}) is None


def test_an_exact_or_known_name_is_never_read_by_its_sounds() -> None:
    """A name the gazetteer or the world layer knows keeps its own reading."""
    assert _hit([_said("a", "Khan Sheikhun")]) == (KHAN_SHAYKHUN, "exact")
    assert _hit([_said("a", "Misrata")])[1] != "romanised"  # type: ignore[index]


def test_only_names_from_arabic_script_are_read_by_their_sounds() -> None:
    """The key folds the sounds of names from Arabic script; a Ukrainian town's is not read."""
    assert _hit([_said("a", "Kostjantyniwka")]) == ("local:kostjantyniwka", "local")


def test_a_short_key_or_a_common_word_is_not_read() -> None:
    """Too few letters (many namesakes), or no capital (a common word), reads nothing."""
    index = RomanisedIndex(default_vocabulary())
    assert index.candidates("Duma") == []  # four letters
    assert index.read("chan scheichun", default_vocabulary()) is None


def test_a_lone_small_place_is_not_read_without_the_claim_s_country() -> None:
    """Below the population bar the only place of a key needs the claim's country."""
    vocab = default_vocabulary()
    index = RomanisedIndex(vocab)
    small = next(
        (tid, names[0])
        for tid, names, people, country in vocab.towns.spellings()
        if people < 20_000
        and country in SCRIPT_COUNTRIES
        and len(romanised_key(names[0])) >= 8
        and len(names[0].split()) <= 2
        and [p.id for p in index.candidates(names[0])] == [tid]
        and index.read(names[0], vocab) is None
    )
    country = vocab.towns.get(small[0]).country
    assert index.read(small[1], vocab, {country}) is not None


@settings(max_examples=20, deadline=None)
@given(st.permutations(["Tadschura", "Misrata", "Tadjoura", "Djibouti"]))
def test_the_reading_is_order_independent(names: list[str]) -> None:
    """Two reports, each read by its own places, in any order of the claims."""
    report = {"Tadschura": "ly", "Misrata": "ly", "Tadjoura": "dj", "Djibouti": "dj"}
    claims = [_said(name, name, report=report[name]) for name in names]
    found = cr.resolve(claims)
    assert found["Tadschura"].place.id == TAJOURA  # type: ignore[union-attr]
    assert found["Tadjoura"].place.id == TADJOURA  # type: ignore[union-attr]
