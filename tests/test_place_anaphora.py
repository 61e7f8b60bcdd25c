"""A place string that only refers back (*the same city*) names no place (made-up claims)."""

from __future__ import annotations

import pytest

from claimrec import claim_graph
from claimrec.model import Report
from claimrec.resolution._anaphora import refers_back
from tests.test_event_items import _claim


@pytest.mark.parametrize(
    "words",
    ["la misma ciudad", "in the same town", "dans la même ville", "la localité", "ebenda",
     "im selben Dorf", "nella stessa città", "в том же городе", "там", "المدينة نفسها",
     "cette région"],
)  # fmt: skip
def test_words_that_refer_back_are_read_so(words):
    assert refers_back(words)


@pytest.mark.parametrize(
    "words",
    ["Kayes", "the village of Moura", "Tudun Biri village", "dans la région", "a village",
     "north of the village", "près du village",
     "a nearby building", "the central city market", "la", "the"],
)  # fmt: skip
def test_names_and_areas_are_not_read_as_referring_back(words):
    assert not refers_back(words)


@pytest.mark.parametrize("same", ["la misma ciudad", "dans la même ville", "ebenda"])
def test_two_articles_same_city_is_each_article_s_own_place(same):
    """Two articles on two towns' incidents each write *the same city* for their town:
    the words are no place shared by both (they were one event of their own); each
    claim is of its own article's event, its place read as its article's town."""
    first = Report(outlet="A", id="a", url="https://a.example/1")
    second = Report(outlet="B", id="b", url="https://b.example/2")
    claims = [
        _claim("a-placed", first, place="Kayes", when="2023-01-05"),
        _claim("a-same", first, subject="a school", predicate="shelled", value=None,
               place=same),
        _claim("b-placed", second, place="Mopti", when="2023-03-10", value=30),
        _claim("b-same", second, subject="a school", predicate="shelled", value=None,
               place=same),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert graph.event_of("a-same") == graph.event_of("a-placed")
    assert graph.event_of("b-same") == graph.event_of("b-placed")
    assert graph.event_of("a-same") != graph.event_of("b-same")
    places = {c.id: r.place for c, r in zip(claims, graph.resolution, strict=True)}
    assert places["a-same"].id == places["a-placed"].id  # type: ignore[union-attr]
    assert places["a-same"].rule == "report"  # type: ignore[union-attr]
    assert places["b-same"].id == places["b-placed"].id  # type: ignore[union-attr]
    assert same not in graph.event_of("a-same").label
