"""The graph's relationships kept as arrays (``graph._arrays``) read back as a dict would.

The claim graph stores each relationship as a row of arrays and builds the
:class:`~claimrec.relation.Relationship` when it is read. These check the store against a
plain dict of the same relationships: order, values, look-ups, pairs stored twice, and the
kinds and flags the queries read off the arrays.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.graph._arrays import Relations, RelationsBuilder
from claimrec.relation import Reason, ReasonKind, Relation, Relationship

IDS = [f"c{k}" for k in range(8)]
REASONS = [
    Reason(kind="numeric", detail="12 and over 20 do not overlap"),
    Reason(kind="perpetrator", detail="JNIM and ISSP are different parties"),
    Reason(kind="echo", detail="both relay one FAMa statement"),
    Reason(kind="hedge", detail="Kayes resident says 'reportedly'"),
]

relationships = st.builds(
    Relationship,
    a=st.sampled_from(IDS),
    b=st.sampled_from(IDS),
    kind=st.sampled_from([k for k in Relation if k is not Relation.UNRELATED]),
    strength=st.floats(0, 1),
    reasons=st.lists(st.sampled_from(REASONS), max_size=3, unique=True).map(tuple),
    magnitude_ratio=st.one_of(st.none(), st.floats(1, 1e6), st.just(math.inf)),
    disputed=st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(rels=st.lists(relationships, max_size=30))
def test_the_store_reads_as_the_dict_it_replaces(rels):
    """Same keys in the same order, same values (a pair stored twice: first place, last value)."""
    expected: dict[tuple[str, str], Relationship] = {}
    builder = RelationsBuilder(IDS, {x: k for k, x in enumerate(IDS)})
    for rel in rels:
        expected[rel.a, rel.b] = rel
        builder.add(rel)
    store = builder.done()
    assert list(store) == list(expected)
    assert list(store.items()) == list(expected.items())
    assert len(store) == len(expected)
    for key, rel in expected.items():
        assert store[key] == rel
        assert key in store
    assert ("c0", "nobody") not in store
    assert store.get(("nobody", "c0")) is None
    kinds = Counter(store.codes(Relation.CONTRADICTS).tolist())
    assert kinds[True] == sum(r.kind is Relation.CONTRADICTS for r in expected.values())
    echo = store.has_reason(ReasonKind.ECHO).tolist()
    assert echo == [bool(r.reasons_of(ReasonKind.ECHO)) for r in expected.values()]
    assert store.disputed.tolist() == [r.disputed for r in expected.values()]
    again = Relations.from_mapping(expected, IDS)
    assert list(again.items()) == list(expected.items())
    ordered = [store.row(k) for k in store.sorted_rows().tolist()]
    assert ordered == [expected[key] for key in sorted(expected)]


def test_equal_reasons_are_kept_once():
    """Two pairs with equal reasons (equal values) share the objects."""
    one = Relationship(a="c0", b="c1", kind="agrees", reasons=(Reason(kind="hedge", detail="x"),))
    two = Relationship(a="c2", b="c3", kind="agrees", reasons=(Reason(kind="hedge", detail="x"),))
    three = Relationship(
        a="c4", b="c5", kind="agrees",
        reasons=(Reason(kind="hedge", detail="x"), Reason(kind="numeric", detail="y")),
    )  # fmt: skip
    builder = RelationsBuilder(IDS, {x: k for k, x in enumerate(IDS)})
    for rel in (one, two, three):
        builder.add(rel)
    store = builder.done()
    first, second, third = store.values()
    assert first.reasons is second.reasons
    assert third.reasons[0] is first.reasons[0]
    assert (first, second, third) == (one, two, three)


def test_has_finds_pairs_either_way_before_and_after_freezing():
    """``has`` (the graph's check before relating another pair) sees both directions."""
    builder = RelationsBuilder(IDS, {x: k for k, x in enumerate(IDS)})
    builder.add(Relationship(a="c3", b="c1", kind="agrees"))
    builder.freeze()
    builder.add(Relationship(a="c5", b="c6", kind="contradicts"))
    assert builder.has("c1", "c3")
    assert builder.has("c3", "c1")
    assert builder.has("c6", "c5")
    assert not builder.has("c1", "c5")


def test_a_reserved_place_keeps_its_order():
    """A relationship added later at a place reserved earlier is read back in that place."""
    builder = RelationsBuilder(IDS, {x: k for k, x in enumerate(IDS)})
    builder.add(Relationship(a="c0", b="c1", kind="agrees"))
    later = builder.reserve()
    builder.add(Relationship(a="c2", b="c3", kind="agrees"))
    builder.add(Relationship(a="c4", b="c5", kind="contradicts"), later)
    assert list(builder.done()) == [("c0", "c1"), ("c4", "c5"), ("c2", "c3")]


@settings(max_examples=300, deadline=None)
@given(
    rel=relationships,
    ratio=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
)
def test_the_judges_unchecked_relationship_equals_the_checked_one(rel, ratio):
    """``_judged`` (the judge's constructor) gives what ``Relationship`` gives, or its error."""
    from claimrec.errors import InvalidClaimError  # noqa: PLC0415
    from claimrec.relation._kinds import _judged  # noqa: PLC0415

    values = (rel.a, rel.b, rel.kind, rel.strength, rel.reasons, ratio, rel.disputed)
    error = None
    try:
        expected = Relationship(
            a=rel.a, b=rel.b, kind=rel.kind, strength=rel.strength, reasons=rel.reasons,
            magnitude_ratio=ratio, disputed=rel.disputed,
        )  # fmt: skip
    except InvalidClaimError as exc:
        error = str(exc)
    if error is not None:
        with pytest.raises(InvalidClaimError) as found:
            _judged(*values)
        assert str(found.value) == error
        return
    made = _judged(*values)
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
