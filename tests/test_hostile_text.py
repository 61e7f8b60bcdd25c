"""Hostile text for matching keys: other scripts, invisible and look-alike characters, caches.

Reproducer classes of issue 13: Arabic text normalised to an empty key (two different
Arabic claims became one item that corroborated itself; ``Category.of`` called Arabic text
blank); a zero-width space or a Cyrillic letter in a Latin name made one source two that
corroborated each other; caches kept every distinct untrusted string.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec import _text
from claimrec._text import normalize

_ARABIC_A = "مقتل خمسة جنود في كيدال"
_ARABIC_B = "هجوم على قاعدة عسكرية في ميناكا"


@pytest.mark.parametrize(
    ("text", "key"),
    [("جماعة نصرة الإسلام", "jmh nsrh lslm"),
     ("Тимбукту", "timbuktu"), ("Κίδαλ", "kidal"), ("Ménaka", "menaka"),
     ("北京", "beijing"), ("ｍａｌｉ", "mali"), ("ﬁre", "fire")],  # noqa: RUF001
)  # fmt: skip
def test_non_latin_scripts_normalise_to_a_nonempty_ascii_key(text, key):
    """Other scripts transliterate (anyascii): a non-empty ASCII key, never ''."""
    assert normalize(text) == key
    assert normalize(text)
    assert normalize(text).isascii()


_ARABIC_MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]


@pytest.mark.parametrize(
    ("pointed", "plain"),
    [("قُتِلَ", "قتل"), ("قُتلوا", "قتلوا"), ("نفياً", "نفيا"), ("الادّعاءات", "الادعاءات"),
     ("قتـــل", "قتل"), ("שָׁלוֹם", "שלום")],
)  # fmt: skip
def test_vowel_marks_and_tatweel_are_one_key_with_the_bare_word(pointed, plain):
    """Arabic short vowels, shadda, tanween, tatweel and Hebrew points are optional."""
    assert normalize(pointed) == normalize(plain)


@given(st.lists(st.sampled_from(_ARABIC_MARKS), max_size=6), st.integers(0, 5))
def test_arabic_marks_anywhere_never_change_a_key(marks, at):
    """Inserting vowel marks into an Arabic word leaves its key unchanged."""
    word = "مقتل خمسة جنود"
    at = min(at, len(word))
    assert normalize(word[:at] + "".join(marks) + word[at:]) == normalize(word)


def test_arabic_text_normalises_to_different_keys():
    """Two different Arabic phrases have two different keys."""
    assert normalize(_ARABIC_A) != normalize(_ARABIC_B)


def test_two_different_arabic_claims_are_not_one_item():
    """Two Arabic claims about different things are two items, neither corroborating itself."""
    claims = [
        cr.Claim(source="الجزيرة", subject="جنود", predicate="قتل", value=5, place="كيدال",
                 when="2025-07-01", id="a"),
        cr.Claim(source="العربية", subject="قاعدة عسكرية", predicate="هاجم", place="ميناكا",
                 when="2025-07-01", id="b"),
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    assert len(graph.groups()) == 2
    assert graph.corroborations() == ()


def test_category_of_arabic_text_is_not_blank():
    """Category.of keeps Arabic words as a category with a non-empty name."""
    category = cr.Category.of("صدّ الهجوم")
    assert category.value
    assert category.text == "صدّ الهجوم"


def test_arabic_claim_keeps_its_own_words():
    """Transliteration is for keys only: the claim keeps the Arabic text as given."""
    claim = cr.Claim(source="الجزيرة", subject="جنود", predicate="قتل")
    assert (claim.source.name, claim.subject, claim.predicate) == ("الجزيرة", "جنود", "قتل")


@pytest.mark.parametrize(
    "variant",
    ["JN\u200bIM", "J\u200dNIM", "\ufeffJNIM", "JN\u00adIM", "\u202eJNIM", "JN\u0406M",
     "\u0408NIM", "ＪＮＩＭ"],  # noqa: RUF001
)  # fmt: skip
def test_invisible_and_look_alike_characters_fold_for_identity(variant):
    """Zero-width, soft-hyphen, bidi, BOM, Cyrillic look-alikes, fullwidth: one key."""
    assert normalize(variant) == normalize("JNIM")


def test_invisible_character_does_not_make_a_second_independent_source():
    """'JNIM' and 'JN<ZWSP>IM' saying the same thing are one speaker: no corroboration."""
    claims = [
        cr.Claim(source=name, subject="bases", predicate="captured", value=3, place="Kayes",
                 when="2025-07-01", id=f"c{k}")
        for k, name in enumerate(["JNIM", "JN\u200bIM", "J\u041dIM"])
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    assert len(graph.groups()) == 1
    assert graph.corroborations() == ()


def test_normalize_cache_keeps_no_long_strings():
    """Long distinct texts are normalised without entering the cache (bounded memory)."""
    before = normalize.cache_info().currsize  # type: ignore[attr-defined]
    for k in range(50):
        assert normalize(f"{k} " + "x" * 10_000).startswith(str(k))
    assert normalize.cache_info().currsize == before  # type: ignore[attr-defined]


def test_normalize_cache_is_bounded_in_entries():
    """Short texts are cached, up to a bounded number of entries."""
    for k in range(70_000):
        normalize(f"name {k}")
    assert normalize.cache_info().currsize <= 65_536  # type: ignore[attr-defined]


def test_timespan_cache_keeps_no_long_strings():
    """A long date phrase is refused before it could reach the parse cache."""
    from claimrec import timespan  # noqa: PLC0415

    before = timespan._parse_short.cache_info().currsize
    with pytest.raises(cr.UnparsableValueError):
        cr.TimeSpan.parse("1 July 2025 " * 200)
    assert timespan._parse_short.cache_info().currsize == before
    assert _text.CACHED_CHARS < 1_000


@given(st.text(max_size=40))
def test_normalize_is_idempotent_ascii_and_nonempty_for_letters(text):
    """normalize(normalize(t)) == normalize(t); text with a letter or digit has a key."""
    key = normalize(text)
    assert normalize(key) == key
    assert key == key.strip()
    if any(ch.isalnum() for ch in text):
        assert key
