"""Two figures dispute only when they count one set: places of different scope do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim
from claimrec.relation import Relation, relate


def toll(source, value, place=None, **kw):
    """A made-up toll of one attack on 3 May (override any field)."""
    base = {
        "subject": "people",
        "predicate": "killed",
        "when": "2031-05-03",
        "event": "market attack",
    }
    base.update(kw)
    return Claim(source=source, value=value, place=place, **base)


def scoped(rel):
    return any("scope" in r.detail or "a part of a toll" in r.detail for r in rel.reasons)


@pytest.mark.parametrize(
    ("site", "town"),
    [
        ("Kayes hospital", "Kayes"),  # the site noun after the town's name
        ("a clinic in Kayes", "Kayes"),  # the site noun before it
        ("Kayes railway station", "Kayes"),
        ("Kayes and Nioro", "Kayes"),  # one place of a list joined by "and"
    ],
)
@pytest.mark.parametrize(("inner", "outer"), [(8, 60), (90, 60)])
def test_figures_of_nested_places_never_dispute(site, town, inner, outer):
    """A count at a site and one for its town count different sets, whichever is higher."""
    rel = relate(toll("Clinic staff", inner, site), toll("Governor", outer, town))
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    assert not rel.disputed


def test_figures_of_one_place_still_dispute():
    """The same town, far-apart figures of one day: a dispute (the rule needs a scope)."""
    rel = relate(toll("Clinic staff", 8, "Kayes"), toll("Governor", 60, "Kayes"))
    assert rel.kind is Relation.CONTRADICTS, rel.explain()
    assert not scoped(rel)


def test_a_town_with_its_district_and_province_is_one_place():
    """'X, Y district, Z province' is X in its setting, no list: the figures still dispute."""
    a = toll("Governor", 12, "Kayes, Kayes Cercle, Kayes Region")
    b = toll("Clinic staff", 70, "Kayes")
    rel = relate(a, b)
    assert rel.kind is Relation.CONTRADICTS, rel.explain()


def test_a_site_against_an_unplaced_toll_is_a_part():
    """Six killed at a hospital against 35 with no place: a part of a toll, not a rival."""
    rel = relate(toll("Doctors", 6, "Kayes hospital"), toll("Relief group", 35, None))
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    assert scoped(rel)


def test_an_unplaced_toll_against_a_town_still_disputes():
    """No site: a town's figure and an unplaced one of the same day may be rival counts."""
    rel = relate(toll("Doctors", 6, "Kayes"), toll("Relief group", 35, None))
    assert rel.kind is Relation.CONTRADICTS, rel.explain()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(["Kayes hospital", "a school in Kayes", "Kayes and Nioro"]),
)
def test_scope_rule_is_symmetric(x, y, site):
    """The pair's outcome does not depend on which claim comes first."""
    a, b = toll("Clinic staff", x, site), toll("Governor", y, "Kayes")
    ab, ba = relate(a, b), relate(b, a)
    assert (ab.kind is Relation.CONTRADICTS) is (ba.kind is Relation.CONTRADICTS)
    assert ab.disputed is ba.disputed


def test_the_graph_shows_no_dispute_between_a_site_and_its_town():
    """claim_graph agrees with relate: a clinic's count and the town's are no dispute."""
    site = toll("Clinic staff", 8, "Kayes hospital", id="site")
    town = toll("Governor", 60, "Kayes", id="town")
    rival = toll("Red Cross", 8, "Kayes", id="rival")
    graph = claim_graph([site, town, rival])
    pairs = {frozenset((r.a, r.b)): r for r in graph.relationships}
    assert pairs[frozenset(("site", "town"))].kind is not Relation.CONTRADICTS
    assert not pairs[frozenset(("site", "town"))].disputed
    assert pairs[frozenset(("rival", "town"))].kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    "village",
    [
        "Kayes in the Kayes Cercle of western Mali",  # a village in its setting
        "Nioro village in Nioro Cercle",
        "village de Nioro dans la région de Kayes",
    ],
)
def test_a_village_in_its_setting_is_no_site(village):
    """'X in Y district' names a village where it lies, not a site: an unplaced toll of
    the same day may still dispute its count (the site rule reads a kind of site only)."""
    rel = relate(toll("Doctors", 6, village), toll("Relief group", 35, None))
    assert rel.kind is Relation.CONTRADICTS, rel.explain()
    assert not scoped(rel)


@pytest.mark.parametrize(
    "site",
    ["a theatre in Kayes", "a market in the town of Kayes", "le marché de Kayes",
     "centre de santé de Kayes", "Kayes station"],
)  # fmt: skip
def test_a_kind_of_site_in_a_town_is_still_a_part(site):
    rel = relate(toll("Doctors", 6, site), toll("Relief group", 35, None))
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    assert scoped(rel)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=1, max_value=300),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(["Nioro village in Nioro Cercle", "a theatre in Kayes", "Kayes hospital"]),
)
def test_site_reading_is_symmetric(x, y, place):
    a, b = toll("Doctors", x, place, id="a"), toll("Relief group", y, None, id="b")
    assert relate(b, a) == relate(a, b).converse()
