"""Which claims reconcile reads as one item: disputes that merge items and those that do not.

Made-up claims (a market in Kayes struck on 3 March 2025).
"""

from __future__ import annotations

import claimrec as cr
from claimrec.model import Claim
from claimrec.relation import Relation


def _claims() -> list[Claim]:
    common = {"place": "Kayes", "when": "2025-03-03"}
    return [
        Claim(source="Mali government", actor="JNIM", subject="explosion", predicate="blamed",
              id="blamed", **common),
        Claim(source="JNIM", actor="FAMa", subject="civilians", predicate="killed", value=12,
              id="toll-12", **common),
        Claim(source="Kayes hospital", subject="civilians", predicate="killed", value=40,
              id="toll-40", **common),
    ]  # fmt: skip


def _item_of(result: cr.Reconciliation, claim_id: str) -> str:
    return result.item(claim_id).item


def test_a_dispute_over_who_did_it_does_not_merge_a_toll_into_an_attribution():
    """'Blamed on JNIM' and 'FAMa killed 12' dispute who did it; the toll stays its own item."""
    claims = _claims()
    graph = cr.claim_graph(claims)
    rel = graph.relationship("blamed", "toll-12")
    assert rel is not None
    assert rel.kind is Relation.CONTRADICTS
    result = cr.reconcile(graph)
    assert _item_of(result, "toll-12") == _item_of(result, "toll-40")
    assert _item_of(result, "blamed") != _item_of(result, "toll-12")
    assert any({"blamed", "toll-12"} <= {c.id for c in d.claims} for d in graph.disputes())
