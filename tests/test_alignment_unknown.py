"""Alignment: what one side cannot tell is unknown, not different (made-up claims).

Two rules of the soft features: a predicate that entails the other (*shelled* entails
*attacked*, declared in the vocabulary) is the narrower act of one family, scored as
related (0.75), not as a mere sibling (0.5); and a place name compared with one written in
another script (through its transliteration, which loses letters: Arabic writes no short
vowels) can say "same", never "different".
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.alignment import align, compare
from claimrec.model import Claim


def claim(cid: str, **fields: object) -> Claim:
    base: dict[str, object] = {
        "source": "Outlet",
        "subject": "market",
        "predicate": "attacked",
        "when": "2025-07-01",
    }
    base.update(fields)
    return Claim(id=cid, **base)  # type: ignore[arg-type]


# ----------------------------------------------------------------- related predicates


def test_a_predicate_that_entails_the_other_is_related_not_a_sibling() -> None:
    shelled = claim("a", predicate="shelled")
    attacked = claim("b", predicate="attacked")
    airstrike = claim("c", predicate="air strike")
    entailed = compare(shelled, attacked).feature("predicate")
    assert entailed.score == 0.75
    assert "one entails the other" in entailed.detail
    # two kinds of attack: neither entails the other, same family only
    assert compare(shelled, airstrike).feature("predicate").score == 0.5


def test_an_entailed_predicate_scores_the_pair_higher_than_a_sibling() -> None:
    shelled = claim("a", predicate="shelled", place="Kayes")
    attacked = claim("b", predicate="attacked", place="Kayes")
    airstrike = claim("c", predicate="air strike", place="Kayes")
    gap = compare(shelled, attacked).score - compare(shelled, airstrike).score
    assert round(gap, 6) == round(0.25 / 8, 6)  # predicate weight 1 of 8


# ----------------------------------------------------------------- two scripts


def test_a_name_in_another_script_is_unknown_not_different() -> None:
    arabic = claim("b", place="ديبولي")  # "Diboli" in Arabic letters: no short vowels
    latin = claim("a", place="Diboli")
    place = compare(latin, arabic).feature("place")
    assert place.score == 0.5
    assert "two scripts" in place.detail


def test_a_transliteration_that_matches_still_says_same() -> None:
    latin = claim("a", place="Kobeladougou")  # unknown to the gazetteer
    cyrillic = claim("b", place="Кобеладугу")
    assert compare(latin, cyrillic).feature("place").score > 0.8


def test_two_unrelated_names_in_one_script_still_differ() -> None:
    one = claim("a", place="Kobeladougou")
    other = claim("b", place="Zarkoutene")
    assert compare(one, other).feature("place").score == 0.0


def test_align_and_compare_agree_across_scripts_and_entailed_predicates() -> None:
    claims = [
        claim("a", place="Kayes", predicate="shelled"),
        claim("b", place="كايس"),
        claim("c", place="Кобеладугу", predicate="shelled"),
        claim("d", place="Kobeladougou"),
        claim("e", place="Zarkoutene", predicate="air strike"),
    ]
    alignment = align(claims)
    scored = {(p.a, p.b): p.score for p in alignment.pairs}
    for (a, b), score in scored.items():
        x, y = (c for c in claims if c.id in (a, b))
        assert compare(x, y, context=claims).score == score


PLACES = ("Kayes", "كايس", "Kobeladougou", "Кобеладугу", "Zarkoutene", "ضحيان", None)
PREDICATES = ("attacked", "shelled", "air strike", "killed")


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(PLACES),
    st.sampled_from(PREDICATES),
    st.sampled_from(PREDICATES),
)
def test_the_new_features_are_symmetric(pa: str, pb: str, qa: str, qb: str) -> None:
    a = claim("a", place=pa, predicate=qa)
    b = claim("b", place=pb, predicate=qb)
    one, two = compare(a, b), compare(b, a)
    assert one.score == two.score
    assert [f.score for f in one.features] == [f.score for f in two.features]


# ----------------------------------------------------------------- unknown actors


def test_two_unknown_actors_that_differ_count_against_by_their_text() -> None:
    """No floor: two unknown names that differ weigh below neutral (docs/alignment.md)."""
    one = claim("a", actor="the Northern Brigade")  # made up, unknown to the vocabulary
    other = claim("b", actor="Coastal Defence Units")
    assert compare(one, other).feature("actor").score < 0.5
    known = compare(claim("c", actor="JNIM"), claim("d", actor="FAMa")).feature("actor")
    assert known.score == 0.5


def test_a_close_unknown_actor_name_still_says_same() -> None:
    one = claim("a", actor="the Northern Brigade")
    other = claim("b", actor="Northern Brigade")  # the same name without its article
    assert compare(one, other).feature("actor").score > 0.75
