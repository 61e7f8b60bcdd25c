"""One person described at length, not named, by several reports (resolution ``local``).

Every description here is made up.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report, Source
from claimrec.resolution import resolve
from claimrec.resolution._described import described_speakers
from claimrec.resolution._local import LOCAL
from tests.test_resolution_local import assert_echoes_of_one_speaker, keys


def test_one_person_described_in_reworded_words_is_one_speaker():
    """A long description repeated, reworded or with one detail added, is one speaker."""
    for names in (
        ("a nurse who carried the wounded children out", "a nurse who carried wounded children"),
        (
            "a farmer collecting the bodies near the river",
            "a farmer who collected the bodies near the river",
        ),
        (
            "a driver evacuating the injured by truck",
            "a driver evacuating the injured by truck daily",
        ),
    ):
        found = keys(*names)
        assert len(set(found)) == 1, names
    res = resolve([Claim(source="a nurse who carried the wounded children out", subject="x",
                         predicate="killed", id="a"),
                   Claim(source="a nurse who carried wounded children", subject="x",
                         predicate="killed", id="b")])  # fmt: skip
    assert res["a"].speaker is not None
    assert res["a"].speaker.rule == LOCAL


def test_classes_short_and_different_descriptions_stay_apart():
    """Classes, short descriptions, other details, other heads or languages link nothing."""
    for names in (
        ("a resident of Nara Hills", "a resident of Nara Hills town"),  # too few details
        ("a nurse who carried the wounded children out", "a nurse who fed the hungry children"),
        ("a nurse who carried the wounded children out",
         "a driver who carried the wounded children out"),
        ("a farmer burying the victims near the river",
         "un agriculteur enterrant les victimes près de la rivière"),
    ):  # fmt: skip
        assert len(set(keys(*names))) == 2, names
    # plural: a class; anonymity says nothing of the person: never one described person,
    # the class of unnamed witnesses (``resolution/_witnesses.py``)
    for names in (
        ("residents who buried the victims near the river",
         "residents burying the victims near the river"),
        ("a witness who asked not to be named by the press",
         "a witness who asked not to be named"),
    ):  # fmt: skip
        assert keys(*names) == ["~witnesses"] * 2, names


def test_a_declared_witness_described_at_length_is_one_person():
    """A declared witness is a class, unless described at length: then one person quoted."""
    first = Source(name="a nurse who carried the wounded children out", kind="witness")
    second = Source(name="a nurse who carried wounded children", kind="witness")
    assert len(set(keys(first, second))) == 1
    short = Source(name="a nurse in Kayes", kind="witness")
    assert len(set(keys(short, Source(name="a nurse from Kayes", kind="witness")))) == 2
    other = Source(name="a nurse who carried wounded children", kind="state")
    assert len(set(keys(first, other))) == 2  # two declared kinds: never one speaker


def _reports(first: str, second: str) -> cr.ClaimGraph:
    """Two outlets each reporting one person's count of 40 villagers killed in Kayes."""

    def report(outlet: str, source: str, cid: str) -> Claim:
        via = Report(outlet=outlet, published="2031-03-05", id=f"r-{cid}")
        return Claim(source=source, subject="villagers", predicate="killed", value=40,
                     place="Kayes", via=via, id=cid)  # fmt: skip

    return cr.claim_graph([report("Wire One", first, "a"), report("Wire Two", second, "b")])


def test_relays_of_one_described_person_are_one_echo():
    """Two reports of one described person's count are one echo, not a corroboration."""
    graph = _reports("a farmer collecting the bodies near the river",
                     "a farmer who collected the bodies near the river")  # fmt: skip
    assert [sorted(c.id for c in echo.claims) for echo in graph.echoes()] == [["a", "b"]]
    assert graph.corroborations() == ()
    apart = _reports("a resident of Nara Hills", "a resident of Nara Hills town")
    assert apart.echoes() == ()


DESCRIPTIONS = (
    "a nurse who carried the wounded children out",
    "a nurse who carried wounded children",
    "a nurse who carried wounded children out of the ward",
    "a nurse who fed the hungry children",
    "a driver who carried the wounded children out",
    "a resident of Nara Hills",
    "residents burying the victims near the river",
    "a farmer burying the victims near the river",
)


@given(names=st.lists(st.sampled_from(DESCRIPTIONS), max_size=8), seed=st.integers(0, 999))
def test_described_groups_are_order_independent(names, seed):
    """The same descriptions, in any order, make the same groups."""
    sources = [Source(name=n) for n in names]
    shuffled = list(sources)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    assert described_speakers(sources) == described_speakers(shuffled)


@settings(deadline=None, max_examples=25)
@given(names=st.lists(st.sampled_from(DESCRIPTIONS), min_size=1, max_size=8),
       seed=st.integers(0, 99))  # fmt: skip
def test_echoes_never_join_two_described_people(names, seed):
    """An echo cluster never contains two speakers, described people included."""
    assert_echoes_of_one_speaker(names, seed)
