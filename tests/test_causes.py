"""A means denied against a claim naming that means as the cause, in another family.

Made-up claims only: "the chemical attack was staged" (or "no chemical weapons were used")
against an attribution of the chemical attack, the chemical named as the weapon, and the
victims treated for exposure to chemicals; and the claims of those families it leaves
standing (no means named, another means).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.relation._causes import asserts_cause
from claimrec.relation._lookup import _lookup

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


STAGED = claim("s", "Ruritanian Ministry", "chemical attack", "staged")
NOT_USED = claim("n", "Ruritanian Embassy", "chemical weapons", "used", polarity="denied")

#: Claims naming the chemical means as the cause, each of a family that is no act.
NAMING = {
    "treated": claim(
        "t", "Hospital", "people", "treated for exposure to toxic chemicals", value=500
    ),
    "blamed": claim(
        "b",
        "Inspectors",
        "chemical weapons attack",
        "perpetrators",
        value="the Ruritanian air force",
        actor="Ruritanian air force",
    ),
    "weapon": claim("w", "Inspectors", "toxic chemical", "used as a weapon"),
}


def test_the_families_that_assert_a_cause():
    lookup = _lookup(None)
    assert all(asserts_cause(lookup, p) for p in ("killed", "shelled", "blamed", "treated"))
    assert not any(asserts_cause(lookup, p) for p in ("displaced", "arrested", "condemned"))


@pytest.mark.parametrize("family", sorted(NAMING))
@pytest.mark.parametrize("denial", [STAGED, NOT_USED], ids=["staged", "not used"])
def test_a_denied_means_disputes_a_claim_naming_it_as_the_cause(
    denial: cr.Claim, family: str
) -> None:
    other = NAMING[family]
    res = cr.resolve([denial, other])
    assert res[other.id].predicate is not None
    assert res[other.id].predicate.id == family
    rel = relate(denial, other)
    assert rel.kind is Relation.CONTRADICTS
    assert any("asserts the means" in str(r) and "(chemical)" in str(r) for r in rel.reasons)
    assert relate(other, denial).kind is Relation.CONTRADICTS


def test_claims_of_those_families_naming_no_means_or_another_stand():
    treated = claim("t2", "Hospital", "people", "treated", value=500)
    blamed = claim("b2", "Monitor", "attack", "blamed on", value="the air force",
                   actor="Ruritanian air force")  # fmt: skip
    smoke = claim("t3", "Hospital", "people", "treated for smoke from conventional weapons",
                  value=70)  # fmt: skip
    for other in (treated, blamed, smoke):
        assert relate(STAGED, other).kind is not Relation.CONTRADICTS, other.id
        assert relate(NOT_USED, other).kind is not Relation.CONTRADICTS, other.id


def test_another_place_is_another_event():
    far = claim("far", "Hospital", "people", "treated for exposure to toxic chemicals",
                value=500, place="Tombouctou", when="2019-06-01")  # fmt: skip
    assert relate(STAGED, far).kind is not Relation.CONTRADICTS


def test_the_graph_finds_the_disputes_relate_finds():
    claims = [STAGED, NOT_USED, *NAMING.values()]
    graph = cr.claim_graph(claims)
    for other in NAMING.values():
        for denial in (STAGED, NOT_USED):
            rel = graph.relationship(denial.id, other.id)
            assert rel is not None, (denial.id, other.id)
            assert rel.kind is Relation.CONTRADICTS


@settings(max_examples=25, deadline=None)
@given(st.permutations([STAGED, NOT_USED, *NAMING.values()]))
def test_the_disputes_do_not_depend_on_order(claims: list[cr.Claim]) -> None:
    graph = cr.claim_graph(claims)
    found = {
        frozenset((r.a, r.b)) for r in graph.relationships if r.kind is Relation.CONTRADICTS
    }
    expected = {frozenset((d.id, o.id)) for d in (STAGED, NOT_USED) for o in NAMING.values()}
    assert expected <= found
