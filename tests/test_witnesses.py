"""Unnamed witnesses: one class of speaker in every language (``resolution/_witnesses.py``).

Every claim here is made up.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report, Source
from tests.test_resolution_local import keys

CLASS = (
    "residents", "villagers of Nara", "Dorfbewohner", "los habitantes",
    "des villageois de Nara", "жители", "очевидцы", "السكان", "شهود", "getuigen",
    "survivors", "fonti locali", "Anwohner", "témoins", "mieszkańcy", "świadkowie", "svědci",
    "túlélők", "Survivors and Nara residents",
)  # fmt: skip


def test_unnamed_witnesses_in_every_language_are_one_speaker() -> None:
    """Plural witness words of eleven languages read as the witness class, one speaker."""
    assert set(keys(*CLASS)) == {"~witnesses"}
    declared = [Source(name=n, kind="witness") for n in CLASS]
    assert set(keys(*declared)) == {"~witnesses"}


def test_a_named_witness_is_a_person() -> None:
    """A witness the report names is that person, never the class."""
    found = keys(Source(name="Jane Roe", kind="witness"), Source(name="Ali Doe", kind="witness"),
                 Source(name="residents", kind="witness"))  # fmt: skip
    assert found == ["~jane roe", "~ali doe", "~witnesses"]


def test_a_village_after_a_capitalised_witness_word_is_no_persons_name() -> None:
    """*Survivors and Nara residents*: two capitals, not in a row, name no person."""
    found = keys(Source(name="Survivors and Nara residents", kind="witness"),
                 Source(name="the farmer Ali Doe", kind="witness"))  # fmt: skip
    assert found == ["~witnesses", "~the farmer ali doe"]


def test_witnesses_joined_to_other_speakers_are_not_the_class() -> None:
    """*Witnesses and security sources*: the other speakers may have made the statement."""
    res = cr.resolve([Claim(source=n, subject="x", predicate="killed", id=str(k)) for k, n in
                      enumerate(("testigos y fuentes de seguridad", "residents and relatives",
                                 "witnesses and a farmers' union"))])  # fmt: skip
    assert res["0"].speaker is None
    assert res["1"].speaker is not None
    assert res["1"].speaker.id == "witnesses"
    assert res["2"].speaker is None


def _graph(sources: tuple[str, ...]) -> cr.ClaimGraph:
    """Each outlet relays one count of 12 villagers killed in Nara, by its witnesses."""
    claims = []
    for k, source in enumerate(sources):
        via = Report(outlet=f"Wire {k}", published="2031-03-05", id=f"r{k}")
        speaker = Source(name=source, kind="witness")
        claims.append(Claim(source=speaker, subject="villagers", predicate="killed", value=12,
                            place="Nara", via=via, id=f"c{k}"))  # fmt: skip
    return cr.claim_graph(claims)


def test_relays_of_one_villagers_statement_in_three_languages_are_one_echo() -> None:
    """Villagers relayed in English, German and Spanish: an echo, not corroboration."""
    graph = _graph(("villagers", "Dorfbewohner", "los habitantes"))
    assert [sorted(c.id for c in e.claims) for e in graph.echoes()] == [["c0", "c1", "c2"]]
    assert graph.corroborations() == ()


def test_one_unnamed_witness_relayed_in_two_languages_is_one_echo() -> None:
    """One anonymous witness relayed in Spanish and Indonesian: one speaker, one echo."""
    graph = _graph(("un testigo", "seorang saksi mata"))
    assert [sorted(c.id for c in e.claims) for e in graph.echoes()] == [["c0", "c1"]]


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_witness_class_does_not_depend_on_claim_order(rnd: random.Random) -> None:
    """Each source's speaker key is the same in any order of the claims."""
    names = [*CLASS, "a resident of Nara", "Jane Roe", "testigos y fuentes de seguridad"]
    base = dict(zip(names, keys(*names), strict=True))
    rnd.shuffle(names)
    assert dict(zip(names, keys(*names), strict=True)) == base
