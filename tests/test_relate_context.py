"""relate(a, b, context=claims): the context is resolved once, and read as before.

That relate on the graph's claims equals the graph is tests/test_graph.py's
test_relate_with_context_equals_the_graph_on_every_related_pair (it now runs on the
kept context).
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

import claimrec as cr
from claimrec.model import Claim
from claimrec.relation import _context, _relate, relate
from claimrec.resolution._columns import _Columns
from tests.test_graph_oracle import feeds


def _claims() -> list[Claim]:
    def toll(cid: str, source: str, value: str, **kw: object) -> Claim:
        base = {"subject": "civilians", "predicate": "killed", "place": "Kayes"}
        base["when"] = "2025-07-01"
        return Claim(id=cid, source=source, value=value, **{**base, **kw})

    return [
        toll("army", "FAMa", "12"),
        toll("jnim", "JNIM", "40"),
        toll("resident", "Kayes resident", "at least 30"),
        toll("ngo", "MSF", "about 35"),
        toll("month", "UN", "200", when="2025-07", place="Mali"),
    ]


@pytest.fixture
def columns_built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count every resolution of claims into columns that relate starts."""
    built: list[int] = []

    class Counting(_Columns):
        def __init__(self, claims, resolver, context=()):  # type: ignore[no-untyped-def]
            built.append(len(claims) + len(context))
            super().__init__(claims, resolver, context)

    _context._clear()
    monkeypatch.setattr(_context, "_Columns", Counting)
    monkeypatch.setattr(_relate, "_Columns", Counting)
    return built


def test_the_second_call_on_one_context_does_not_resolve_it_again(columns_built):
    """A loop of relate calls over one context resolves the context once, not per call."""
    claims = _claims()
    first = relate(claims[0], claims[1], context=claims)
    assert columns_built == [5]
    for other in claims[1:]:
        relate(claims[0], other, context=claims)
        relate(other, claims[0], context=claims)
    assert columns_built == [5]  # one resolution for nine calls
    assert relate(claims[0], claims[1], context=claims) == first


def test_an_equal_context_in_another_list_reuses_the_resolution(columns_built):
    """The cache is keyed by the claims, not by the list object: a copy or a generator hits."""
    claims = _claims()
    relate(claims[0], claims[1], context=claims)
    relate(claims[0], claims[2], context=list(claims))
    relate(claims[0], claims[3], context=(c for c in claims))
    assert columns_built == [5]


def test_a_changed_context_or_vocabulary_is_resolved_afresh(columns_built):
    """An edited claim (same id) or another vocabulary never reads a stale resolution."""
    claims = _claims()
    relate(claims[0], claims[1], context=claims)
    edited = [*claims[:2], attrs.evolve(claims[2], place="Diboli"), *claims[3:]]
    relate(edited[0], edited[1], context=edited)
    assert columns_built == [5, 5]
    fama = cr.Actor(id="fama", name="FAMa", kind="state", party="Mali government")
    other = cr.default_vocabulary().extend(actors=[fama])
    relate(claims[0], claims[1], context=claims, vocabulary=other)
    assert columns_built == [5, 5, 5]


def test_a_pair_outside_its_context_is_read_as_before(columns_built):
    """A claim the context does not hold (or holds in another version) is resolved per call."""
    claims = _claims()
    stranger = attrs.evolve(claims[1], value="41")  # the context holds another 'jnim'
    rel = relate(claims[0], stranger, context=claims)
    assert rel.kind is cr.Relation.CONTRADICTS
    assert columns_built == [5]  # the pair and the context's three others, not cached
    relate(claims[0], stranger, context=claims)
    assert columns_built == [5, 5]


@settings(max_examples=20, deadline=None)
@given(claims=feeds())
def test_the_prepared_context_reads_every_pair_as_relate_did(claims):
    """Oracle: relate on the kept context equals relate resolving the pair against it."""
    prepared = [relate(a, b, context=claims) for a in claims[:2] for b in claims if a.id != b.id]
    original = _relate._prepared
    try:
        _relate._prepared = lambda *args: None
        alone = [relate(a, b, context=claims) for a in claims[:2] for b in claims if a.id != b.id]
    finally:
        _relate._prepared = original
    for new, old in zip(prepared, alone, strict=True):
        assert (new.kind, new.disputed, new.strength) == (old.kind, old.disputed, old.strength)
        assert [r.kind for r in new.reasons] == [r.kind for r in old.reasons]


def test_a_pairs_report_claims_in_the_context_are_read_with_it():
    """A speaker's toll of fighters beside its civilians in one report (the context holds
    the civilians): relate reads it as the whole context does, prepared or not.

    Found by hypothesis: the pair alone was read without its report's other claims, so a
    toll of fighters looked like a statement of who the victims were (a victim dispute).
    """
    rfi = cr.Report(outlet="RFI", id="rfi")
    tv = cr.Report(outlet="ORTM", id="tv")
    a = Claim(id="a", source="FAMa", subject="civilians", predicate="killed", actor="JNIM",
              via=tv)  # fmt: skip
    b = Claim(id="b", source="JNIM", subject="militants", predicate="killed", actor="JNIM",
              via=rfi)  # fmt: skip
    beside = Claim(id="c", source="JNIM", subject="civilians", predicate="killed", via=rfi)
    claims = [a, b, beside]
    prepared = relate(a, b, context=claims)
    original = _relate._prepared
    try:
        _relate._prepared = lambda *args: None  # type: ignore[assignment]
        alone = relate(a, b, context=claims)
    finally:
        _relate._prepared = original
    assert (alone.kind, alone.disputed) == (prepared.kind, prepared.disputed)
    assert not alone.disputed
