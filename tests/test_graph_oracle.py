"""The fast claim graph equals the simple one: every pair judged by itself (the oracle).

``claim_graph(..., _oracle=True)`` keeps the pair-by-pair path: each pair alignment did not
score gets its own :class:`~claimrec.alignment.PairScore`, and the networkx view is built
eagerly. The fast path scores those pairs in one vectorised call, reads each claim's
resolution once and builds the networkx view when asked for. Both must give the same
relationships (kinds, flags, reasons, strengths, in the same order), the same networkx
nodes and edges, and the same answers to every query.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.graph import ClaimGraph, claim_graph
from claimrec.model import Claim, Report
from claimrec.relation import ReasonKind, Relation, Relationship

ROOT = Path(__file__).resolve().parent.parent


def assert_same_graph(fast: ClaimGraph, slow: ClaimGraph) -> None:
    """Every relationship, node, edge and query answer of the two graphs is equal.

    The fast graph keeps its relationships as arrays and builds each when read; the
    oracle keeps the judge's own objects (``_eager``): every relationship rebuilt from the
    arrays equals the judge's (kind, strength, reasons' kinds and details, ratio, flags),
    in the same order, and so does each one looked up by its pair.
    """
    assert slow._eager is not None
    eager = list(slow._eager.items())
    assert list(fast._relationships.items()) == eager
    assert [(r.kind, r.strength, r.reasons, r.magnitude_ratio, r.disputed) for _, r in eager] == [
        (r.kind, r.strength, r.reasons, r.magnitude_ratio, r.disputed)
        for _, r in fast._relationships.items()
    ]
    for (a, b), rel in eager:
        assert fast.relationship(a, b) == rel
        assert fast.relationship(b, a) == rel.converse()
    assert list(fast._relationships.items()) == list(slow._relationships.items())
    assert fast.relationships == slow.relationships
    assert fast.disputes() == slow.disputes()
    assert fast.echoes() == slow.echoes()
    assert fast.corroborations() == slow.corroborations()
    assert fast.evidence_groups() == slow.evidence_groups()
    assert fast.events() == slow.events()
    assert fast.source_summary() == slow.source_summary()
    assert list(fast.nx.nodes(data=True)) == list(slow.nx.nodes(data=True))
    assert list(fast.nx.edges(keys=True, data=True)) == list(slow.nx.edges(keys=True, data=True))
    assert_arrays_read_as_objects(fast, dict(eager))


def assert_arrays_read_as_objects(graph: ClaimGraph, eager: dict) -> None:
    """What the queries read off the arrays is what the judge's objects say.

    The contradictions (and whether a reason is about who did it), each claim's related
    claims with the kind seen from it, the pairs of one speaker with their echo reasons,
    the counts per kind, the sorted relationships: each against the same computed from the
    judge's own Relationship objects, as the queries computed it before the arrays.
    """
    rels = list(eager.values())
    assert graph._contradictions() == sorted(
        (r.a, r.b, bool(r.reasons_of(ReasonKind.PERPETRATOR)))
        for r in rels
        if r.kind is Relation.CONTRADICTS
    )
    related: dict[str, list[tuple[str, Relation, Relationship]]] = defaultdict(list)
    for (a, b), rel in eager.items():
        related[a].append((b, rel.kind, rel))
        related[b].append((a, rel.kind.converse, rel))
    adjacency = graph._related()
    store = graph._relationships
    for k, claim in enumerate(graph.claims):
        found = adjacency.of(k)
        expected = related[claim.id]
        assert [(o, kind) for o, kind, _ in found] == [(o, kind) for o, kind, _ in expected]
        assert [store.row(row) for _, _, row in found] == [rel for _, _, rel in expected]
    supported = {
        graph.claims[k].id: sorted(graph.claims[o].id for o in others)
        for k, others in adjacency.supporters(Relation.AGREES, Relation.REFINED_BY)
    }
    assert list(supported) == sorted(supported)
    assert supported == {
        x: sorted(o for o, kind, _ in pairs if kind in (Relation.AGREES, Relation.REFINED_BY))
        for x, pairs in related.items()
        if any(kind in (Relation.AGREES, Relation.REFINED_BY) for _, kind, _ in pairs)
    }
    same = [
        (a, b, rel.kind, bool(rel.reasons_of(ReasonKind.ECHO)))
        for (a, b), rel in eager.items()
        if graph._speaker(a) == graph._speaker(b)
    ]
    assert graph._same_speaker_rows() == same
    for kind in Relation:
        assert graph._count(kind) == sum(1 for r in rels if r.kind is kind)
    assert graph.relationships == tuple(eager[key] for key in sorted(eager))


def both(claims: list[Claim], **options: object) -> tuple[ClaimGraph, ClaimGraph]:
    alignment = cr.align(claims)
    fast = claim_graph(alignment, **options)  # type: ignore[arg-type]
    slow = claim_graph(alignment, _oracle=True, **options)  # type: ignore[arg-type]
    return fast, slow


# --------------------------------------------------------------------------- generated claims

_TV = Report(outlet="ORTM", published="2025-07-01", id="tv")
_REPORTS = (
    _TV,
    Report(outlet="AFP", published="2025-07-02", relays=_TV, id="afp"),
    Report(outlet="Reuters", published="2025-07-02", relays=_TV, id="reuters"),
    Report(outlet="RFI", published="2025-07-05", id="rfi"),
    Report(outlet="FAMa", published="2025-07-01", id="fama-own"),
    None,
)
_FIELDS = {
    "source": st.sampled_from(
        ["FAMa", "DIRPA", "JNIM", "GSIM", "Kayes resident", "MINUSMA", "HRW", "a witness"]
    ),
    "subject": st.sampled_from(["militants", "civilians", "militia", "people", "soldiers"]),
    "predicate": st.sampled_from(
        ["killed", "neutralised", "attacked", "repelled", "captured", "wounded"]
    ),
    "value": st.sampled_from(
        [None, "12", "about 12", "more than 80", "80", "81", "40", "at least 20", "dozens", "3"]
    ),
    "place": st.sampled_from(
        [None, "Kayes", "Diboli", "western Mali", "Mali", "Timbuktu", "a hospital in Kayes"]
    ),
    "when": st.sampled_from(
        [None, "2025-07-01", "2025-07-02", "2025-07", "2025-06-28/2025-07-04", "2025-07-10"]
    ),
    "actor": st.sampled_from([None, None, "JNIM", "GSIM", "ISSP"]),
    "polarity": st.sampled_from(["asserted", "asserted", "asserted", "denied"]),
    "hedge": st.sampled_from([None, None, "reportedly"]),
    "qualifiers": st.sampled_from([(), (), ("allegedly",)]),
    "stated": st.sampled_from([None, None, "2025-07-01", "2025-07-03"]),
    "event": st.sampled_from([None, None, "Kayes attack"]),
    "via": st.sampled_from(_REPORTS),
}


@st.composite
def feeds(draw: st.DrawFn) -> list[Claim]:
    """Claims about a few incidents: hedges, denials, statement times, relays, totals."""
    n = draw(st.integers(2, 24))
    out = []
    for k in range(n):
        fields = {name: draw(strategy) for name, strategy in _FIELDS.items()}
        out.append(Claim(id=f"c{k:02d}", **fields))
    return out


@settings(max_examples=60, deadline=None)
@given(claims=feeds())
def test_the_fast_graph_equals_the_oracle_on_generated_claims(claims):
    """Same kinds, flags, reasons, strengths, nodes, edges and answers, pair by pair."""
    assert_same_graph(*both(claims))


@settings(max_examples=20, deadline=None)
@given(claims=feeds(), ratio=st.sampled_from([1.5, 2.0, 4.0]))
def test_the_fast_graph_equals_the_oracle_with_other_options(claims, ratio):
    """The options reach both paths the same way."""
    assert_same_graph(*both(claims, tolerance=0.1, dispute_ratio=ratio))


def test_the_fast_graph_equals_the_oracle_on_synthetic_claims():
    """Synthetic claims (the benchmark's): many pairs alignment did not align are related.

    Victim and entailment pairs (and the relays alignment keeps apart) are judged
    without an alignment score: the fast path scores them in one call.
    """
    sys.path.insert(0, str(ROOT))
    from benchmarks._synthetic import generate  # noqa: PLC0415 - the benchmark's generator

    data = generate(1500, seed=3)
    alignment = cr.align(data.claims, vocabulary=data.world.vocabulary)
    fast = claim_graph(alignment, vocabulary=data.world.vocabulary)
    slow = claim_graph(alignment, vocabulary=data.world.vocabulary, _oracle=True)
    assert_same_graph(fast, slow)
    a_index, b_index, _ = alignment.pair_table()
    ids = [c.id for c in alignment.claims]
    aligned = {frozenset((ids[a], ids[b])) for a, b in zip(a_index, b_index, strict=True)}
    unaligned = [key for key in fast._relationships if frozenset(key) not in aligned]
    assert len(unaligned) > 10


def test_the_fast_graph_equals_the_oracle_on_the_mali_example():
    """The shipped example: one dispute, the same graph both ways."""
    fast, slow = both(cr.datasets.mali_2025())
    assert_same_graph(fast, slow)
    assert len(fast.disputes()) == 1


def test_the_fast_graph_equals_the_oracle_on_real_news():
    """The whole real-news corpus (655 claims of eight events)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks import news_relations as bench  # noqa: PLC0415

    assert_same_graph(*both(bench.load().claims))


def test_the_fast_graph_equals_the_oracle_with_aggregates():
    """A monthly total over two incidents bounds them: the same both ways."""

    def killed(cid: str, value: str, place: str, when: str, source: str = "UN") -> Claim:
        return Claim(
            id=cid, source=source, subject="civilians", predicate="killed", value=value,
            place=place, when=when,
        )  # fmt: skip

    claims = [
        killed("total", "40", "Mali", "2025-07", source="ACLED"),
        killed("kayes", "12", "Kayes", "2025-07-01"),
        killed("kayes-2", "about 12", "Kayes", "2025-07-01", source="HRW"),
        killed("diboli", "9", "Diboli", "2025-07-05"),
        killed("diboli-2", "30", "Diboli", "2025-07-05", source="Kayes resident"),
    ]
    fast, slow = both(claims)
    assert fast.aggregates()
    assert_same_graph(fast, slow)


def test_the_networkx_view_is_built_when_first_read():
    """claim_graph makes no networkx edge until .nx is read; with_copies keeps it lazy."""
    graph = claim_graph(cr.datasets.mali_2025())
    assert graph._nx is None
    copied = graph.with_copies([("FAMa", "News report", 0.9)])
    assert copied._nx is None
    assert copied.disputes() is graph.disputes()  # the copies edges change no answer
    assert copied.nx.get_edge_data("source:FAMa", "source:News report")["copies"] == {
        "relation": "copies",
        "probability": 0.9,
    }
    assert not graph.nx.has_edge("source:FAMa", "source:News report")
    with pytest.raises(cr.errors.UnknownNameError):
        graph.with_copies([("FAMa", "Nobody", 0.5)])


def test_queries_are_answered_once():
    """A graph never changes: asking twice gives the very same answer object."""
    graph = claim_graph(cr.datasets.mali_2025())
    assert graph.disputes() is graph.disputes()
    assert graph.corroborations() is graph.corroborations()
    groups = graph.evidence_groups()
    groups["fama-thwarted"] = "changed"  # the caller's copy, not the graph's
    assert graph.evidence_groups()["fama-thwarted"] == "fama-thwarted"


def _entailment_pairs_simple(claims, resolution, lookup, groups):
    """Every denial against every assertion: the definition the indexed generator keeps."""
    predicate_of = {
        c.id: (None if (hit := resolution[k].predicate) is None else hit.id)
        for k, c in enumerate(claims)
    }
    asserted = [c for c in claims if not c.denied and predicate_of[c.id] is not None]
    for d in (c for c in claims if c.denied):
        target = predicate_of[d.id]
        if target is None:
            continue
        for c in asserted:
            if groups.get(c.id) != groups.get(d.id) and lookup.entails(predicate_of[c.id], target):
                yield (d, c) if d.id <= c.id else (c, d)


@settings(max_examples=60, deadline=None)
@given(claims=feeds(), seed=st.integers(0, 3))
def test_entailment_pairs_equal_every_denial_against_every_assertion(claims, seed):
    """The denial-entailment pairs, found through an index by predicate, in the same order."""
    from claimrec.graph._building import _entailment_pairs  # noqa: PLC0415
    from claimrec.relation import _lookup  # noqa: PLC0415

    resolution = cr.resolve(claims)
    lookup = _lookup(None)
    groups = {c.id: f"g{k % (seed + 1)}" for k, c in enumerate(claims)}  # some pairs share one
    fast = [(a.id, b.id) for a, b in _entailment_pairs(claims, resolution, lookup, groups)]
    slow = [(a.id, b.id) for a, b in _entailment_pairs_simple(claims, resolution, lookup, groups)]
    assert fast == slow


def test_a_denial_meets_the_assertions_that_entail_it():
    """A denial meets the assertions of other items whose predicate entails its own."""
    from claimrec.graph._building import _entailment_pairs  # noqa: PLC0415
    from claimrec.relation import _lookup  # noqa: PLC0415

    claims = [
        Claim(id="d", source="JNIM", subject="civilians", predicate="attacked",
              polarity="denied", place="Kayes"),
        Claim(id="a", source="HRW", subject="civilians", predicate="killed", value="12",
              place="Kayes"),
        Claim(id="w", source="HRW", subject="civilians", predicate="wounded", value="3",
              place="Kayes"),
    ]  # fmt: skip
    groups = {"d": "g1", "a": "g2", "w": "g1"}  # one item with the denial: alignment relates it
    pairs = _entailment_pairs(claims, cr.resolve(claims), _lookup(None), groups)
    assert [(a.id, b.id) for a, b in pairs] == [("a", "d")]
