"""A dispute's sides hold the disputed claims and their supporters of the same items only."""

from __future__ import annotations

import warnings

import claimrec as cr
from benchmarks import news_relations as bench


def test_sides_stay_within_the_disputed_claims_groups() -> None:
    """On real news (Moura), no side pulls in claims of items the dispute is not about."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        claims = bench.load(events=["moura-2022"]).claims
    graph = cr.claim_graph(claims)
    group_of = {c.id: gid for gid, members in graph.groups().items() for c in members}
    disputes = graph.disputes()
    assert disputes
    for dispute in disputes:
        groups = {group_of[x] for rel in dispute.relationships for x in (rel.a, rel.b)}
        for side in dispute.sides:
            assert {group_of[c.id] for c in side} <= groups, dispute.item
        core = {x for rel in dispute.relationships for x in (rel.a, rel.b)}
        assert core <= {c.id for c in dispute.claims}
