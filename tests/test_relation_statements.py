"""One speaker's figures: a rounded relay of a bound, or a new figure (made-up claims)."""

from __future__ import annotations

import attrs
import pytest

from claimrec.model import Claim, Report
from claimrec.relation import Relation, _changed, relate


def said(value, outlet, cid, published=None):
    """The Kayes governor's toll of the market blast, carried by ``outlet``."""
    return Claim(
        source="Kayes governor",
        subject="people",
        predicate="killed",
        value=value,
        place="Kayes",
        via=Report(outlet=outlet, published=published, id=f"r-{cid}"),
        id=cid,
    )


@pytest.mark.parametrize(
    ("first", "second", "changed"),
    [
        ("at least 471", "at least 500", True),  # two lower bounds, neither a rounding
        ("at most 40", "at most 50", True),
        ("over 314", "over 300", False),  # a relay rounds a bound to its weaker side
        ("fewer than 75", "fewer than 80", False),
        ("more than 80", "at least 80", False),  # one bound, two wordings
        ("203", "over 200", False),  # nested figures of another kind: one figure relayed
        ("500", "471", True),
    ],
)
def test_which_figures_of_one_speaker_are_new(first, second, changed):
    a, b = said(first, "A", "a"), said(second, "B", "b")
    assert _changed(a, b) is changed
    assert _changed(b, a) is changed


def test_a_new_bound_is_a_revision_when_the_reports_order_it():
    early = said("at least 500", "Wire", "early", published="2025-03-03")
    late = said("at least 471", "Radio", "late", published="2025-03-04")
    assert relate(late, early).kind is Relation.REVISES


def test_a_new_bound_with_no_order_is_not_an_echo():
    rel = relate(said("at least 500", "Wire", "x"), said("at least 471", "Radio", "y"))
    # a changed toll that nothing dates: a revision, the lower read as the earlier
    assert rel.kind is Relation.REVISES
    assert not rel.reasons_of("echo")
    assert not rel.disputed


def test_a_rounded_bound_is_the_same_statement_relayed():
    rel = relate(said("over 314", "Wire", "x"), said("over 300", "Radio", "y"))
    assert rel.reasons_of("echo")


def test_a_figure_for_one_of_the_places_listed_is_a_part_not_a_revision():
    """'over 400 across Kayes, Wadi Bera and Kolo', then 'at least 300 at Kayes': a part."""
    wide = attrs.evolve(
        said("over 400", "Wire", "wide", "2025-03-03"), place="Kayes, Wadi Bera and Kolo"
    )
    part = said("at least 300", "Radio", "part", published="2025-03-05")
    rel = relate(part, wide)
    assert rel.kind is not Relation.REVISES
    same_places = attrs.evolve(part, place=wide.place)
    assert relate(same_places, wide).kind is Relation.REVISES
