"""A report's title names the town a claim of the analysis is read in (rule ``report``)."""

from __future__ import annotations

import claimrec as cr
from claimrec.model import Claim, Report


def _claims(title: str, place: str) -> list[Claim]:
    placed = Claim(source="Turkish media", subject="people", predicate="killed", value=30,
                   place=place, id="placed")  # fmt: skip
    titled = Claim(source="ministry", subject="soldiers", predicate="killed", value=60,
                   via=Report(outlet="Wire", title=title, id="wire"), id="titled")  # fmt: skip
    return [placed, titled]


def test_a_title_names_the_town_a_site_of_the_analysis_lies_in():
    """*the SBU building in Sumy*: Sumy is a place of the analysis; a title "... strike on
    Sumy" places its claim in the town (never at the building)."""
    res = cr.resolve(_claims("Moscow says missile strike on Sumy targeted commanders",
                             "the SBU building in Sumy"))  # fmt: skip
    hit = res["titled"].place
    assert hit is not None
    assert hit.rule == "report"
    assert hit.id == res["placed"].place.id  # the town: the building is read as in Sumy
    assert hit.text == "Sumy"


def test_a_title_naming_another_town_or_a_region_places_nothing():
    for title, place in (
        ("Missile strike on Kharkiv", "the SBU building in Sumy"),  # not of the analysis
        ("Attack in northern Burkina Faso", "the village of Karma in northern Burkina Faso"),
    ):
        res = cr.resolve(_claims(title, place))
        assert res["titled"].place is None, title


def test_an_address_ending_in_a_slash_names_its_place_too():
    """*.../ngo-says-kayes-massacre-toll-is-136/*: the address's last words, not ''."""
    placed = Claim(source="NGO", subject="civilians", predicate="killed", value=136,
                   place="Kayes", id="placed")  # fmt: skip
    url = "https://example.org/2023/04/29/ngo-says-kayes-massacre-toll-is-136/"
    relayed = Claim(source="prosecutor", subject="people", predicate="killed", value=60,
                    via=Report(outlet="Wire", url=url, id="wire"), id="relayed")  # fmt: skip
    hit = cr.resolve([placed, relayed])["relayed"].place
    assert hit is not None
    assert hit.rule == "report"
    assert hit.id == cr.resolve([placed])["placed"].place.id
