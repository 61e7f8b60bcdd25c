"""Idioms of targeting read as an attack, never by the arrest their verb also names.

Italian *prendere di mira* ("to take aim at") holds *preso*, which alone is Portuguese and
Italian for "arrested" or "taken"; the Spanish *tomar como objetivo* holds *tomado*. The
idiom is the longer phrase, so it wins (Sumy: *la città è stata presa di mira* read as an
arrest kept a relay of the strike apart from its statement).
"""

from __future__ import annotations

import pytest

import claimrec as cr


def _concept(predicate: str) -> str | None:
    claim = cr.Claim(source="outlet", subject="la città", predicate=predicate, id="c")
    hit = cr.resolve([claim])["c"].predicate
    return None if hit is None else hit.id


@pytest.mark.parametrize(
    "predicate",
    [
        "è stata presa di mira",
        "sono stati presi di mira",
        "ha preso di mira",
        "hanno preso di mira",
        "tomó como objetivo",
        "fue tomado como objetivo",
    ],
)
def test_targeting_is_an_attack(predicate: str) -> None:
    assert _concept(predicate) == "attacked"


def test_the_verb_alone_keeps_its_reading() -> None:
    assert _concept("preso") == "arrested"
