"""Ranges written with the words of other languages, and inflected vague amounts.

The forms come from ``claimrec/data/numbers.json`` ("ranges", "vague"); the claims here are
made up.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimrec.errors import UnparsableValueError
from claimrec.quantity import Quantity, QuantityKind
from claimrec.quantity._words import numbers_data

K = QuantityKind
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Every range form of numbers.json, as "A"/"B" templates.
FORMS = [
    f"{before} A {between} B".strip()
    for language in numbers_data()["ranges"].values()
    for before, between, *_glued in language
]
GLUED = [
    f"{before} A {between}B".strip()
    for language in numbers_data()["ranges"].values()
    for before, between, *glued in language
    if glued
]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("zwischen 12 und 45", 12, 45),
        ("von 12 bis 45", 12, 45),
        ("12 bis 45", 12, 45),
        ("zwischen zwölf und fünfundvierzig", 12, 45),
        ("tussen 12 en 45", 12, 45),
        ("van 12 tot 45", 12, 45),
        ("tra 12 e 45", 12, 45),
        ("fra dodici e quarantacinque", 12, 45),
        ("da 12 a 45", 12, 45),
        ("entre 12 y 45", 12, 45),
        ("entre doce y cuarenta y cinco", 12, 45),
        ("entre 12 e 45", 12, 45),
        ("от 12 до 45", 12, 45),
        ("между 12 и 45", 12, 45),
        ("від 12 до 45", 12, 45),
        ("між 12 і 45", 12, 45),  # noqa: RUF001 - Ukrainian "and"
        ("بين 12 و45", 12, 45),
        ("بين 12 و 45", 12, 45),
        ("ما بين 12 و45", 12, 45),
        ("من 12 إلى 45", 12, 45),
        ("700 voire 800", 700, 800),
        ("700 or even 800", 700, 800),
        ("12 bis 45 thousand", 12_000, 45_000),
    ],
)
def test_word_ranges_of_other_languages(text, low, high):
    """A range written with another language's words is the range of its two numbers."""
    q = Quantity.parse(text)
    assert (q.low, q.high, q.kind, q.best) == (low, high, K.RANGE, None)
    assert q.text == text


@pytest.mark.parametrize(
    "text", ["45 bis 12", "zwischen 12 and 45", "between 12 und 45", "от 12 до", "bis 45"]
)
def test_word_ranges_refuse_what_is_no_range(text):
    """A reversed range, a range mixing two languages' words, or a missing end is no amount."""
    with pytest.raises(UnparsableValueError):
        Quantity.parse(text)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Hunderten", "hundreds"),
        ("Dutzenden", "tens"),
        ("Tausenden", "thousands"),
        ("Zehntausenden", "tens of thousands"),
        ("сотнями", "hundreds"),
        ("тисячами", "thousands"),
        ("plusieurs dizaines de milliers", "several tens of thousands"),
        ("mehrere zehntausend", "several tens of thousands"),
    ],
)
def test_inflected_vague_amounts_are_their_english_amount(text, english):
    """An inflected vague amount is the interval of the English amount it names."""
    q, expected = Quantity.parse(text), Quantity.parse(english)
    assert (q.low, q.high, q.kind) == (expected.low, expected.high, K.VAGUE)


def test_several_tens_of_thousands_is_three_to_nine_tens_of_thousands():
    """'Several' tens of thousands is 30 000 to 99 999, like 'several hundred' is 300-999."""
    q = Quantity.parse("several tens of thousands")
    assert (q.low, q.high, q.conservative) == (30_000, 99_999, 30_000)
    assert str(q) == "several tens of thousands"
    assert Quantity.parse(str(q)) == q


def test_partition_reads_a_word_range_before_the_noun():
    """Quantity.partition splits "30 bis 90 Tote" into the range and the rest."""
    q, rest = Quantity.partition("zwischen 14 und 16 Tote")
    assert (q.low, q.high, rest) == (14, 16, "Tote")


@FAST
@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(FORMS + GLUED))
def test_every_word_range_is_the_dash_range(a, b, form):
    """Each form of numbers.json reads A and B as "A-B" does (or refuses both, reversed)."""
    text = form.replace("A", str(a)).replace("B", str(b))
    try:
        dash = Quantity.parse(f"{a}-{b}")
    except UnparsableValueError:
        with pytest.raises(UnparsableValueError):
            Quantity.parse(text)
        return
    q = Quantity.parse(text)
    assert (q.low, q.high, q.kind) == (dash.low, dash.high, dash.kind)


@FAST
@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(FORMS + GLUED))
def test_word_range_renders_and_parses_back(a, b, form):
    """str() of a word range parses back to an equal quantity (the dash form)."""
    low, high = min(a, b), max(a, b)
    q = Quantity.parse(form.replace("A", str(low)).replace("B", str(high)))
    assert Quantity.parse(str(q)) == q


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3 Millionen", 3_000_000, 3_000_000),
        ("1,5 Millionen", 1_500_000, 1_500_000),
        ("2 тысячи", 2000, 2000),
        ("45 mil", 45_000, 45_000),
        ("7 tusen", 7000, 7000),
        ("von 2 bis 3 Millionen", 2_000_000, 3_000_000),
        ("2-3 Millionen", 2_000_000, 3_000_000),
        ("от 2 до 3 тысяч", 2000, 3000),
    ],
)
def test_digits_before_a_scale_word_of_another_language(text, low, high):
    """Digits times a scale word of numbers.json are read as "3 million" is."""
    q = Quantity.parse(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text", ["5 hundert", "3 Millionen Tote", "10 jours", "3 Millionen 5"])
def test_digits_before_other_words_are_no_scaled_amount(text):
    """Only a scale word (thousand and above) multiplies the digits before it."""
    with pytest.raises(UnparsableValueError):
        Quantity.parse(text)


@FAST
@given(st.integers(1, 999), st.sampled_from(["Millionen", "тысячи", "mila", "tusen", "ribu"]))
def test_foreign_scale_matches_the_english_scale(n, word):
    """An amount "n <scale word>" is n times the English scale it names."""
    english = {"Millionen": "million", "тысячи": "thousand", "mila": "thousand"}
    q = Quantity.parse(f"{n} {word}")
    expected = Quantity.parse(f"{n} {english.get(word, 'thousand')}")
    assert (q.low, q.high, q.kind) == (expected.low, expected.high, expected.kind)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("سبعة", 7, 7),
        ("ستة وثلاثون", 36, 36),
        ("أربعمائة", 400, 400),
        ("اثنا عشر", 12, 12),
        ("سبعة آلاف", 7000, 7000),
        ("أكثر من ألف", 1001, None),
        ("بين عشرين وثلاثين", 20, 30),
    ],
)
def test_arabic_number_words(text, low, high):
    """Arabic cardinals: the unit before its ten joined by و, hundreds, teens with عشر."""
    q = Quantity.parse(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("text", "kind"), [("آلاف", K.VAGUE), ("مئات", K.VAGUE)])
def test_arabic_plural_units_stay_vague(text, kind):
    """The plural of a unit alone is still a vague amount, not its unit."""
    assert Quantity.parse(text).kind is kind


def test_arabic_one_alone_is_no_number():
    """"أحد" alone is as often "someone" or "one of" as the number one."""
    with pytest.raises(UnparsableValueError):
        Quantity.parse("أحد")
