"""Toll frames: one death toll relayed in other words (made-up claims)."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, relate

GOV = Source(name="Ministry of the Interior", kind="state", party="Ruritania")


def claim(cid: str, subject: str, predicate: str, value: object = "57", **kw: object) -> Claim:
    fields: dict[str, object] = {"source": GOV, "place": "Kayes", "when": "2025-07-01"}
    return Claim(id=cid, subject=subject, predicate=predicate, value=value, **{**fields, **kw})


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("lives", "the fighting claimed"),  # claimed N lives
        ("vies", "les combats ont coûté"),
        ("people", "the toll rose to"),
        ("personnes", "le bilan est passé à"),
        ("personas", "el balance asciende a"),
        ("persone", "il bilancio è salito a"),
        ("people", "accused the rebels of killing"),
        ("personas", "ha acusado a los rebeldes de matar"),
        ("civilians", "deaths blamed on crossfire"),
    ],
)
def test_a_frame_of_a_toll_counts_the_dead(subject: str, predicate: str) -> None:
    rec = cr.resolve([claim("a", subject, predicate)])["a"]
    assert rec.predicate is not None
    assert rec.predicate.id == "killed"  # not clashes, a blame, or unread


def test_a_toll_of_the_wounded_counts_the_wounded() -> None:
    rec = cr.resolve([claim("a", "blessés", "le bilan s'élève à")])["a"]
    assert rec.predicate is not None
    assert rec.predicate.id == "wounded"


@pytest.mark.parametrize(
    ("subject", "predicate", "value"),
    [
        ("people", "accused the rebels of killing", None),  # a blame without a figure
        ("the rebels", "blamed for", "57"),  # no people, no dead counted
        ("houses", "the toll rose to", "57"),  # a toll of houses is no toll of the dead
        ("people", "claimed responsibility for the attack", "57"),  # no act of killing named
        ("responsibility", "claimed", "57"),  # no lives taken
    ],
)
def test_no_frame_without_a_figure_of_people_and_a_toll(
    subject: str, predicate: str, value: object
) -> None:
    rec = cr.resolve([claim("a", subject, predicate, value)])["a"]
    assert rec.predicate is None or rec.predicate.rule != "toll"


def test_a_denied_toll_is_not_read_as_a_toll() -> None:
    c = claim("a", "people", "the toll rose to", polarity="denied")
    rec = cr.resolve([c])["a"]
    assert rec.predicate is None or rec.predicate.rule != "toll"


def test_two_relays_of_one_toll_in_two_frames_are_one_statement() -> None:
    """ "the clashes claimed 57 lives" and "57 people were killed": one toll relayed."""
    origin = Report(outlet="Ministry", published="2025-07-01", id="origin")
    wire = Report(outlet="Wire", published="2025-07-02", id="ra", relays=origin)
    daily = Report(outlet="Daily", published="2025-07-02", id="rb", relays=origin)
    a = claim("a", "lives", "the clashes claimed", via=wire)
    b = claim("b", "people", "were killed", via=daily)
    rel = relate(a, b)
    assert rel.reasons_of(ReasonKind.ECHO)
    graph = claim_graph([a, b])
    assert any({"a", "b"} <= {c.id for c in e.claims} for e in graph.echoes())
