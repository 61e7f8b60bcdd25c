"""Victims of asphyxia are the affected, not the dead; an opposition's adjective names no state.

Made-up claims only.
"""

from __future__ import annotations

import pytest

from claimrec.model import Claim, Polarity
from claimrec.quantity import Quantity
from claimrec.resolution import resolve
from claimrec.resolution._demonyms import names_nonstate


@pytest.mark.parametrize(
    "subject",
    [
        "victimes d'asphyxie",
        "victimes intoxiquées",
        "victims of suffocation",
        "víctimas de asfixia",
        "vittime di asfissia",
        "cas d'asphyxie",
    ],
)
def test_victims_of_asphyxia_are_a_figure_of_the_affected(subject):
    # a toll read from its subject: "the gas attack made 250 victims of asphyxia"
    claim = Claim(
        id="c1", source="A relief group", subject=subject, predicate="a fait",
        value=Quantity.parse("250"),
    )  # fmt: skip
    predicate = resolve([claim])["c1"].predicate
    assert predicate is not None
    assert predicate.id == "treated"


@pytest.mark.parametrize(
    "subject", ["morts asphyxiés", "muertos por asfixia", "died of asphyxiation", "victimes"]
)
def test_deaths_by_asphyxia_stay_a_toll(subject):
    claim = Claim(
        id="c1", source="A relief group", subject=subject, predicate="a fait",
        value=Quantity.parse("12"),
    )  # fmt: skip
    predicate = resolve([claim])["c1"].predicate
    assert predicate is not None
    assert predicate.id == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "مخزن ذخيرة للمعارضة السورية",  # an ammunition store of the Syrian opposition
        "الفصائل العراقية",  # the Iraqi factions
        "مقر للمتمردين اليمنيين",  # a rebels' headquarters
    ],
)
def test_arabic_words_of_the_opposition_are_non_state(text):
    assert names_nonstate(text)


def test_a_denied_opposition_depot_names_no_state():
    # "no stockpile of the Syrian opposition blew up": the opposition's, not Syria's state
    claim = Claim(
        id="c1", source="A foreign ministry", subject="مخزن أسلحة للمعارضة السورية",
        predicate="انفجر", polarity=Polarity.DENIED,
    )  # fmt: skip
    got = resolve([claim])["c1"]
    assert got.actor is None or got.actor.id != "Syria government"
    assert got.denies is None or got.denies.perpetrator is None


def test_a_state_adjective_alone_still_names_the_state():
    assert not names_nonstate("غارة للطائرات السورية")  # a strike by Syrian aircraft
