"""The claim graph's tables as flat rows (``ClaimGraph.to_records``), one function a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimrec._records import claim_record, value_columns, value_words

if TYPE_CHECKING:
    from claimrec.graph._claimgraph import ClaimGraph


def dispute_records(graph: ClaimGraph) -> list[dict[str, Any]]:
    out = []
    for number, dispute in enumerate(graph.disputes(), start=1):
        for side_no, side in enumerate(dispute.sides, start=1):
            for c in side:
                out.append(
                    {
                        "dispute": number,
                        "item": dispute.item,
                        "group": dispute.group_id,
                        "side": side_no,
                        "claim": c.id,
                        "source": c.source.name,
                        "party": c.source.party,
                        "says": f"{c.subject} {c.predicate}",
                        "value": value_words(c.value),
                        **value_columns(c.value),
                        "polarity": c.polarity.value,
                        "quote": c.quote,
                        "via": " < ".join(r.outlet for r in c.via.chain()) if c.via else None,
                    }
                )
    return out


def corroboration_records(graph: ClaimGraph) -> list[dict[str, Any]]:
    return [
        {
            "claim": k.claim.id,
            "source": k.claim.source.name,
            "says": f"{k.claim.subject} {k.claim.predicate}",
            "value": value_words(k.claim.value),
            **value_columns(k.claim.value),
            "sources": "; ".join(s.name for s in k.sources),
            "n_sources": len(k.sources),
            "supporting": " ".join(c.id for c in k.supporting),
        }
        for k in graph.corroborations()
    ]


def echo_records(graph: ClaimGraph) -> list[dict[str, Any]]:
    out = []
    for number, echo in enumerate(graph.echoes(), start=1):
        for c in echo.claims:
            out.append(
                {
                    "echo": number,
                    "claim": c.id,
                    "role": "primary" if c is echo.primary else "relay",
                    "lossy": c in echo.lossy,
                    "source": c.source.name,
                    "value": value_words(c.value),
                    "via": " < ".join(r.outlet for r in c.via.chain()) if c.via else None,
                    "primary": echo.primary.id,
                }
            )
    return out


def claim_records(graph: ClaimGraph) -> list[dict[str, Any]]:
    group_of = {c.id: gid for gid, members in graph.groups().items() for c in members}
    return [{**claim_record(c), "group": group_of.get(c.id)} for c in graph.claims]


def relationship_records(graph: ClaimGraph) -> list[dict[str, Any]]:
    return [
        {
            "a": r.a,
            "b": r.b,
            "kind": r.kind.value,
            "strength": r.strength,
            "disputed": r.disputed,
            "reasons": "; ".join(r.explain().splitlines()[1:]).strip() or None,
        }
        for r in graph.relationships
    ]
