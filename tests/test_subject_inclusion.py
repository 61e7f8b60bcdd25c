"""A subject naming its people, then some of them after a word of inclusion (rule ``head``).

Made-up subjects; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

import claimrec as cr


def subject(text: str) -> tuple[str, str] | None:
    claim = cr.Claim(source="Wire", subject=text, predicate="killed", value=30, id="c")
    hit = cr.resolve([claim])["c"].subject
    return None if hit is None else (hit.id, hit.rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("people, including children", "people"),
        ("villagers, among them two girls", "civilians"),
        ("personnes, dont des enfants", "people"),
        ("personas, incluidos niños", "people"),
        ("Menschen, darunter Kinder", "people"),
        ("orang, termasuk anak-anak", "people"),
        ("children, including a baby", "children"),
    ],
)
def test_the_people_named_first(text: str, expected: str) -> None:
    assert subject(text) == (expected, "head")


def test_a_part_is_no_rival_class() -> None:
    # 30 children among the people killed is a part of the people's toll, not a rival toll
    claims = [
        cr.Claim(source="A", subject="orang, termasuk anak-anak", predicate="killed",
                 value="at least 133", place="Kayes", stated="2025-03-01", id="a"),
        cr.Claim(source="B", subject="children", predicate="killed", value=30,
                 place="Kayes", stated="2025-03-01", id="b"),
    ]  # fmt: skip
    assert cr.relate(*claims).kind is not cr.Relation.CONTRADICTS


def test_an_unknown_head_is_not_read_so() -> None:
    # nothing known before the inclusion: the subject is read as before, as a whole
    assert subject("Ruritanians, including children") != ("children", "head")
