"""Words real reports use that claimrec did not read: number words, separable verbs, hedges.

Every string here is made up; none is copied from the corpus.
"""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.errors import UnparsableValueError
from claimrec.model import SourceKind
from claimrec.quantity._words import foreign_number
from claimrec.relation._fields import _hedges
from claimrec.relation._victims import ENEMIES
from claimrec.resolution._resolver import _resolver

# ------------------------------------------------------------------ number words


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("vierzig", 40, 40),
        ("zweiundvierzig", 42, 42),
        ("hundertdreiundzwanzig", 123, 123),
        ("quarantadue", 42, 42),
        ("ventotto", 28, 28),
        ("duecentoquaranta", 240, 240),
        ("cuarenta y dos", 42, 42),
        ("ciento veinte", 120, 120),
        ("cento e vinte e três", 123, 123),
        ("veertig", 40, 40),
        ("tweeënveertig", 42, 42),
        ("сорок два", 42, 42),
        ("двадцять п'ять", 25, 25),
        ("czterdzieści", 40, 40),
        ("førti", 40, 40),
        ("førtito", 42, 42),
        ("fyrtiotvå", 42, 42),
        ("toogfyrre", 42, 42),
        ("empat puluh dua", 42, 42),
        ("dua belas", 12, 12),
        ("arobaini na mbili", 42, 42),
        ("sete", 7, 7),
        ("ocho", 8, 8),
        ("zeven", 7, 7),
    ],
)
def test_number_words_of_more_languages(text: str, low: int, high: int) -> None:
    q = cr.Quantity.parse(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mindestens vierzig", "at least 40"),
        ("almeno quaranta", "at least 40"),
        ("minstens veertig", "at least 40"),
        ("не менее сорока", "at least 40"),
        ("co najmniej czterdziestu", "at least 40"),
        ("angalau arobaini", "at least 40"),
        ("Minst 131", "at least 131"),
        ("mindst 25", "at least 25"),
        ("fler än 25", "over 25"),
        ("flere enn 25", "over 25"),
        ("более двадцати", "over 20"),
    ],
)
def test_amount_phrases_with_number_words(text: str, expected: str) -> None:
    assert str(cr.Quantity.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "to",  # Norwegian two, English "to"
        "fire",  # Norwegian four
        "once",  # Spanish eleven
        "sex",  # Swedish six
        "vierzig due",  # two languages in one phrase
        "zehn zwanzig",  # not descending
        "tito",  # Norwegian ten and two glued the wrong way
    ],
)
def test_words_that_are_not_numbers(text: str) -> None:
    with pytest.raises(UnparsableValueError):
        cr.Quantity.parse(text)


def test_a_word_two_languages_read_alike_is_read() -> None:
    # Dutch "tien" is ten; Norwegian "ti" + "en" is no glued number (the ten must lead)
    assert foreign_number("tien") == 10
    assert foreign_number("tres") == 3  # Spanish and Portuguese; Danish sixty is left out


_DE_UNITS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TENS = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
_IT_UNITS = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
_IT_TENS = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta"]
_IT_TENS.append("novanta")


@given(st.integers(min_value=2, max_value=9), st.integers(min_value=1, max_value=9))
def test_german_and_italian_compounds_read_every_two_digit_number(tens: int, unit: int) -> None:
    german = f"{_DE_UNITS[unit - 1]}und{_DE_TENS[tens - 2]}"
    ten = _IT_TENS[tens - 2]
    italian = f"{ten[:-1] if _IT_UNITS[unit - 1][0] in 'uo' else ten}{_IT_UNITS[unit - 1]}"
    assert foreign_number(german) == foreign_number(italian) == tens * 10 + unit


# ------------------------------------------------------------------ separable verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("griffen das Lager an", "attacked"),
        ("wehrten den Angriff ab", "repelled"),  # the verb, not the noun between its parts
        ("schossen die Drohne ab", "shot_down"),
        ("nahmen fünf Verdächtige fest", "arrested"),
        ("zogen sich aus der Stadt zurück", "withdrew"),
        ("kamen bei dem Angriff ums Leben", "killed"),
        ("ums Leben kamen", "killed"),
        ("die das Lager angriffen", "attacked"),
        ("vielen het kamp aan", "attacked"),
        ("namen twee mannen gevangen", "arrested"),
    ],
)
def test_separable_verbs_in_either_clause_order(text: str, expected: str) -> None:
    found = _resolver(None).predicate(text)
    assert found is not None
    assert found.id == expected


def test_separable_rule_leaves_other_phrases_alone() -> None:
    resolver = _resolver(None)
    found = resolver.predicate("killed in the attack on the camp")
    assert found is not None
    assert (found.id, found.rule) == ("killed", "exact")
    assert resolver.predicate("the convoy left at dawn") is None


# ------------------------------------------------------------------ words of more languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kuoli", "killed"),
        ("Tod durch einen Granatsplitter", "killed"),
        ("zahynulo", "killed"),
        ("zginąć mogło", "killed"),
        ("utrpelo zranenia", "wounded"),
        ("haavoittui", "wounded"),
        ("auraient fait irruption dans le village", "attacked"),
        ("ont ouvert le feu sur la foule", "attacked"),
        ("обстріляний ракетами", "shelled"),
        ("waliwaua", "killed"),
        ("मारे गए", "killed"),
    ],
)
def test_predicates_of_more_languages(text: str, expected: str) -> None:
    found = _resolver(None).predicate(text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twelve POWs", "people"),
        ("lives", "people"),
        ("inmates", "people"),
        ("заключенных", "people"),
        ("ihmistä", "people"),
        ("the town's prison", "buildings"),
        ("the detention centre near the town", "buildings"),
        ("la prisión", "buildings"),
        ("Haftanstalt", "buildings"),
        ("prison staff", "police"),
        ("fusillade", "incident"),
    ],
)
def test_subjects_of_conflict_reporting(text: str, expected: str) -> None:
    found = _resolver(None).subject(text)
    assert found is not None
    assert found.id == expected


# ------------------------------------------------------------------ hedges and enemies


@pytest.mark.parametrize(
    "qualifier",
    ["angeblich 40 Tote", "bilan présumé", "vermoedelijk", "якобы", "rzekomo", "angivelig"],
)
def test_hedge_words_of_more_languages(qualifier: str) -> None:
    claim = cr.Claim(
        source=cr.Source(name="Radio X", kind="media"),
        subject="villagers",
        predicate="killed",
        value="40",
        qualifiers=[qualifier],
    )
    assert _hedges(claim) == (qualifier,)


def test_a_qualifier_without_modality_is_no_hedge() -> None:
    claim = cr.Claim(
        source=cr.Source(name="Radio X", kind="media"),
        subject="villagers",
        predicate="killed",
        value="40",
        qualifiers=["im Dorf"],
    )
    assert _hedges(claim) == ()


def test_enemies_are_data_naming_known_kinds_and_classes() -> None:
    data = json.loads((files("claimrec") / "data" / "enemies.json").read_text(encoding="utf-8"))
    classes = {c.id for c in cr.default_vocabulary().subjects}
    assert set(ENEMIES) == {SourceKind(k) for k in data["enemies"]}
    assert all(ids <= classes for ids in ENEMIES.values())
    assert ENEMIES[SourceKind.STATE] == frozenset({"militants"})
