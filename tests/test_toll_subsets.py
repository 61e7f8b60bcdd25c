"""A figure whose own words make it a part of a toll (rule ``subset``) against the whole.

"16 civilians killed directly by the strike", "85 already buried", "18 names", "30 still in
hospital", "100 are from one village": the predicate restricts the figure to a part of the
dead or wounded, so it bounds the toll from below and never disputes a larger whole
(resolution/_tolls.py ``toll_subsets``, relation/_figures.py ``part_count``). Made-up claims
only; none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate

_SAID = {"place": "Kayes market", "stated": "2025-03-01"}  # one event, one time


def read(subject: str, predicate: str, value: object = 12) -> tuple[str | None, str | None]:
    claim = cr.Claim(source="Wire", subject=subject, predicate=predicate, value=value, id="c")
    hit = cr.resolve([claim])["c"].predicate
    return (None, None) if hit is None else (hit.id, hit.rule)


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("civilians", "killed directly by the strike"),
        ("civils", "tués directement par la frappe"),
        ("Tote", "seien nach dem Angriff bereits bestattet worden"),
        ("victims", "are from the village"),
        ("ضحية", "أسماء"),
        ("people", "killed and identified"),
        ("wounded", "still in hospital"),
    ],
)
def test_a_restricted_figure_is_a_part_of_its_toll(subject: str, predicate: str) -> None:
    pid, rule = read(subject, predicate)
    assert pid in ("killed", "wounded")
    assert rule == "subset"


@pytest.mark.parametrize(
    ("subject", "predicate"), [("people", "killed"), ("civils", "tués"), ("people", "died")]
)
def test_a_plain_toll_is_no_part(subject: str, predicate: str) -> None:
    assert read(subject, predicate)[1] != "subset"


def test_a_denied_or_unnumbered_claim_is_no_part() -> None:
    assert read("civilians", "killed directly by the strike", None)[1] != "subset"
    claim = cr.Claim(source="Army", subject="civilians", predicate="killed directly by the strike",
                     value=12, polarity="denied", id="c")  # fmt: skip
    hit = cr.resolve([claim])["c"].predicate
    assert hit is None or hit.rule != "subset"


def _pair(part: int, whole: int) -> tuple[cr.Claim, cr.Claim]:
    a = cr.Claim(source="Mission", subject="people", predicate="killed directly by the strike",
                 value=part, id="part", **_SAID)  # fmt: skip
    b = cr.Claim(source="Villagers", subject="people", predicate="killed", value=whole,
                 id="whole", **_SAID)  # fmt: skip
    return a, b


def test_a_part_below_the_whole_does_not_dispute_it() -> None:
    a, b = _pair(16, 22)
    for x, y in ((a, b), (b, a)):
        r = relate(x, y)
        assert r.kind is not Relation.CONTRADICTS
        assert any("part of the toll" in reason.detail for reason in r.reasons)


def test_before_the_rule_the_same_figures_disputed() -> None:
    # the same figures, the part's words removed: two tolls of one incident that differ
    a = cr.Claim(source="Mission", subject="people", predicate="killed", value=16,
                 id="part", **_SAID)  # fmt: skip
    b = cr.Claim(source="Villagers", subject="people", predicate="killed", value=22,
                 id="whole", **_SAID)  # fmt: skip
    assert relate(a, b).kind is Relation.CONTRADICTS


def test_a_whole_below_its_part_still_disputes_it() -> None:
    # "40 killed directly" and "10 killed": fewer dead than the part counts
    a, b = _pair(40, 10)
    assert relate(a, b).kind is Relation.CONTRADICTS


@settings(max_examples=40, deadline=None)
@given(part=st.integers(1, 500), extra=st.integers(0, 500))
def test_a_part_never_disputes_a_whole_at_or_above_it(part: int, extra: int) -> None:
    a, b = _pair(part, part + extra)
    assert relate(a, b).kind is not Relation.CONTRADICTS
    assert relate(b, a).kind is not Relation.CONTRADICTS


def test_one_speakers_part_and_whole_are_no_revision() -> None:
    # "16 killed directly by the strike" and "22 killed" of one speaker: a part and its
    # whole, not a toll that rose from 16 to 22
    part = cr.Claim(source="Mission", subject="people", predicate="killed directly by the strike",
                    value=16, id="part", place="Kayes market")  # fmt: skip
    whole = cr.Claim(source="Mission", subject="people", predicate="killed", value=22,
                     id="whole", place="Kayes market")  # fmt: skip
    plain = cr.Claim(source="Mission", subject="people", predicate="killed", value=16,
                     id="plain", place="Kayes market")  # fmt: skip
    revisions = (Relation.REVISES, Relation.REVISED_BY)
    assert relate(plain, whole).kind in revisions  # the same figures, no part: a revision
    for x, y in ((part, whole), (whole, part)):
        assert relate(x, y).kind not in revisions
        assert relate(x, y).kind is not Relation.CONTRADICTS
