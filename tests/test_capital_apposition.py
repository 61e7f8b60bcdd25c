"""A capital named with its country's adjective is that city (resolution/_words.py, _NEAR)."""

from __future__ import annotations

import pytest

import claimrec as cr


def _place(text: str) -> str | None:
    claim = cr.Claim(source="Agency", subject="people", predicate="killed", value=5,
                     place=text, id="c")  # fmt: skip
    found = cr.resolve([claim])["c"].place
    return None if found is None else found.id


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("the Ukrainian capital, Kyiv", "Kyiv"),
        ("la capitale malienne Bamako", "Bamako"),
        ("der malischen Hauptstadt Bamako", "Bamako"),
        ("la capital ucraniana, Kiev", "Kyiv"),
        ("the capital Bamako", "Bamako"),
        ("a suburb of the Malian capital Bamako", "Bamako"),
        ("un quartier de Bamako", "Bamako"),
    ],
)
def test_a_capital_apposition_reads_as_its_city(text, city):
    assert _place(text) is not None
    assert _place(text) == _place(city)


@pytest.mark.parametrize("text", ["the capital", "the Malian capital", "capital punishment"])
def test_the_word_of_capital_alone_names_no_place(text):
    assert _place(text) is None
