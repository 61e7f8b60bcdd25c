"""Events: a part of a toll placed at a place anchors its whole's loose tolls (made-up claims)."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from tests.test_event_items import assert_same_events_in_any_order


def _claim(cid: str, via: Report, **kw: object) -> Claim:
    fields: dict[str, object] = {
        "source": "Source " + cid,
        "subject": "people",
        "predicate": "were killed",
        "value": 40,
        "id": cid,
        "via": via,
    }
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def _family(place: str = "Kelmaro, Cameroon", when: str = "2031-03-04") -> Claim:
    """A family's dead, placed and dated: a part of the toll of an incident."""
    return _claim("family", Report(outlet="Daily", id="daily"),
                  subject="members of his family", value=9, place=place, when=when)  # fmt: skip


def _loose() -> list[Claim]:
    """Tolls of the whole with no place and no time, in articles of that week."""
    return [
        _claim("toll-a", Report(outlet="Wire", id="wire", published="2031-03-05"), value=41),
        _claim("toll-b", Report(outlet="Post", id="post", published="2031-03-06"), value=44),
    ]


def _same(graph: object, a: str, b: str) -> bool:
    return graph.event_of(a) == graph.event_of(b)  # type: ignore[attr-defined]


def test_a_family_s_dead_placed_at_a_place_anchors_the_whole_toll_s_loose_claims():
    """The relatives' claim is not in the tolls' item (a part is no rival count), but
    the place and day it gives are the incident's: the week's tolls with no place and
    no time join its event."""
    claims = [_family(), *_loose()]
    graph = claim_graph(claims)
    assert graph.resolution[0].subject.id == "relatives"  # type: ignore[union-attr]
    assert graph.resolution[1].subject.id == "people"  # type: ignore[union-attr]
    items = {c.id: gid for gid, members in graph.groups().items() for c in members}
    assert items.get("family") != items["toll-a"]
    assert _same(graph, "toll-a", "toll-b")
    assert _same(graph, "family", "toll-a")


def test_a_part_of_another_time_anchors_no_loose_toll():
    """A family's dead of years before is another incident's: the tolls reported this
    week do not join it."""
    claims = [_family(when="2027-06-01"), *_loose()]
    graph = claim_graph(claims)
    assert _same(graph, "toll-a", "toll-b")
    assert not _same(graph, "family", "toll-a")


SUBJECTS = ("people", "members of his family", "civilians", "children")
PLACES = ("Kelmaro, Cameroon", "Zorbanu", None)
DAYS = ("2031-03-04", "2027-06-01", None)


@st.composite
def parted(draw: st.DrawFn) -> list[Claim]:
    reports = [
        Report(outlet=f"R{n}", id=f"r{n}",
               published=draw(st.sampled_from((None, "2031-03-05", "2027-06-03"))))
        for n in range(4)
    ]  # fmt: skip
    out = []
    for k in range(draw(st.integers(2, 9))):
        when = draw(st.sampled_from(DAYS))
        out.append(
            _claim(f"c{k}", draw(st.sampled_from(reports)), value=draw(st.integers(9, 12)),
                   subject=draw(st.sampled_from(SUBJECTS)),
                   place=draw(st.sampled_from(PLACES)) if when else None, when=when)
        )  # fmt: skip
    return out


@settings(max_examples=60, deadline=None)
@given(claims=parted(), seed=st.integers(0, 1000))
def test_wholes_anchored_by_their_parts_give_the_same_events_in_any_order(claims, seed):
    """Anchoring an item by its parts' placed claims is order-independent."""
    assert_same_events_in_any_order(claims, seed)


def test_a_status_s_part_anchors_no_loose_toll():
    """Children are a part of the civilians (a status): a placed count of children
    killed is not added to the civilians' item, whose loose tolls stay apart from it."""
    claims = [
        _claim("kids", Report(outlet="Daily", id="daily"), subject="children", value=9,
               place="Kelmaro, Cameroon", when="2031-03-04"),
        *(attrs.evolve(c, subject="civilians") for c in _loose()),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert graph.resolution[0].subject.id == "children"  # type: ignore[union-attr]
    assert _same(graph, "toll-a", "toll-b")
    assert not _same(graph, "kids", "toll-a")
