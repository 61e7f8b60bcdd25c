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


def test_a_graph_is_reconciled_with_the_vocabulary_it_was_built_with():
    """reconcile(graph) reads names with the graph's vocabulary, not the shipped one."""
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415 - test data

    vocabulary = build_world(seed=0).vocabulary
    graph = cr.claim_graph(generate(200, seed=0).claims, vocabulary=vocabulary)
    mine = cr.reconcile(graph).to_records("items")
    assert mine == cr.reconcile(graph, vocabulary=vocabulary).to_records("items")
    shipped = cr.reconcile(graph, vocabulary=cr.default_vocabulary()).to_records("items")
    assert mine != shipped  # the two vocabularies read these claims differently


def test_an_item_note_names_a_few_speakers_and_counts_the_rest():
    """Forty sources and twenty figures: the note stays a sentence, not a directory."""
    claims = [
        Claim(source=f"Outlet {k}", subject="civilians", predicate="killed",
              value=50 if k < 10 else k, place="Kayes", when="2025-03-03", id=f"c{k}")
        for k in range(40)
    ]  # fmt: skip
    note = cr.reconcile(claims).item("c0").note
    assert "others say" in note
    assert "other values" in note
    assert len(note) < 1500
