"""claimrec: reconcile sourced claims against each other.

Model who says what (:class:`Claim`, :class:`Source`, :class:`Report`) with typed
values (:class:`Quantity`, :class:`TimeSpan`, :class:`Category`); :func:`align` the
claims about the same item; :func:`relate` them (agrees, refines, contradicts...);
see the whole as a :class:`ClaimGraph`; :func:`reconcile` to weigh sources and find the
most likely value of every item.

Examples
--------
>>> import claimrec as cr
>>> claims = cr.datasets.mali_2025()
>>> [c.describe() for c in claims if c.predicate == "neutralised"]
['FAMa: militants neutralised over 80 [western Mali, 2025-07-01]']
>>> graph = cr.claim_graph(claims)
>>> [sorted(c.id for side in d.sides for c in side) for d in graph.disputes()]
[['fama-thwarted', 'jnim-seized']]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from claimrec import datasets
from claimrec.category import Category, CategoryScheme, SetValue, Unstated
from claimrec.errors import (
    ArgumentError,
    CandidateBudgetError,
    ClaimrecError,
    ClaimrecWarning,
    FormatError,
    InvalidClaimError,
    NotConvergedError,
    UnknownNameError,
    UnparsableValueError,
)
from claimrec.io.jsonl import dumps_jsonl, loads_jsonl, read_jsonl, write_jsonl
from claimrec.model import Claim, Polarity, Report, Source, SourceKind, Value, to_value
from claimrec.quantity import Quantity, QuantityKind
from claimrec.timespan import Precision, TimeSpan

if TYPE_CHECKING:
    from claimrec.alignment import (
        AlignedGroup,
        Alignment,
        AlignmentStats,
        BlockingEstimate,
        Feature,
        PairScore,
        align,
        compare,
        estimate_pairs,
    )
    from claimrec.graph import (
        ClaimGraph,
        Corroboration,
        Dispute,
        Echo,
        Event,
        SourcePair,
        claim_graph,
    )
    from claimrec.io.exports import claimreview, events_of, to_acled, to_ucdp
    from claimrec.io.graphfile import (
        from_node_link,
        read_graphml,
        read_json,
        to_node_link,
        write_gexf,
        write_graphml,
        write_json,
    )
    from claimrec.io.tables import (
        from_frame,
        from_records,
        read_csv,
        to_frame,
        to_records,
        write_csv,
    )
    from claimrec.reconciliation import (
        ClaimTable,
        ClaimVerdict,
        CopyRelation,
        Estimate,
        ItemResult,
        Policy,
        Reconciliation,
        SourceFigure,
        SourceTrust,
        TableReconciliation,
        ValueScore,
        Verdict,
        reconcile,
        source_identity,
    )
    from claimrec.relation import Reason, ReasonKind, Relation, Relationship, relate
    from claimrec.report import (
        claims_table,
        item_words,
        provenance,
        render_html,
        render_report,
        said,
        write_html,
    )
    from claimrec.resolution import (
        Account,
        ClaimResolution,
        Denial,
        LocalPlace,
        Resolution,
        Resolved,
        Unresolved,
        resolve,
    )
    from claimrec.vocab import (
        Actor,
        ActorVocabulary,
        Demonym,
        Demonyms,
        Gazetteer,
        Place,
        PlaceRelation,
        Predicate,
        PredicateVocabulary,
        SubjectClass,
        SubjectVocabulary,
        Vocabulary,
        default_vocabulary,
    )

__version__ = "0.1.0"

__all__ = [
    "Account",
    "Actor",
    "ActorVocabulary",
    "AlignedGroup",
    "Alignment",
    "AlignmentStats",
    "ArgumentError",
    "BlockingEstimate",
    "CandidateBudgetError",
    "Category",
    "CategoryScheme",
    "Claim",
    "ClaimGraph",
    "ClaimResolution",
    "ClaimTable",
    "ClaimVerdict",
    "ClaimrecError",
    "ClaimrecWarning",
    "CopyRelation",
    "Corroboration",
    "Demonym",
    "Demonyms",
    "Denial",
    "Dispute",
    "Echo",
    "Estimate",
    "Event",
    "Feature",
    "FormatError",
    "Gazetteer",
    "InvalidClaimError",
    "ItemResult",
    "LocalPlace",
    "NotConvergedError",
    "PairScore",
    "Place",
    "PlaceRelation",
    "Polarity",
    "Policy",
    "Precision",
    "Predicate",
    "PredicateVocabulary",
    "Quantity",
    "QuantityKind",
    "Reason",
    "ReasonKind",
    "Reconciliation",
    "Relation",
    "Relationship",
    "Report",
    "Resolution",
    "Resolved",
    "SetValue",
    "Source",
    "SourceFigure",
    "SourceKind",
    "SourcePair",
    "SourceTrust",
    "SubjectClass",
    "SubjectVocabulary",
    "TableReconciliation",
    "TimeSpan",
    "UnknownNameError",
    "UnparsableValueError",
    "Unresolved",
    "Unstated",
    "Value",
    "ValueScore",
    "Verdict",
    "Vocabulary",
    "align",
    "claim_graph",
    "claimreview",
    "claims_table",
    "compare",
    "datasets",
    "default_vocabulary",
    "dumps_jsonl",
    "estimate_pairs",
    "events_of",
    "from_frame",
    "from_node_link",
    "from_records",
    "item_words",
    "loads_jsonl",
    "provenance",
    "read_csv",
    "read_graphml",
    "read_json",
    "read_jsonl",
    "reconcile",
    "relate",
    "render_html",
    "render_report",
    "resolve",
    "said",
    "source_identity",
    "to_acled",
    "to_frame",
    "to_node_link",
    "to_records",
    "to_ucdp",
    "to_value",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_html",
    "write_json",
    "write_jsonl",
]

#: Where each name that is imported on first use lives: the stages (alignment onwards) pull in
#: scipy.sparse, networkx and the vocabularies, which ``import claimrec`` and ``claimrec show``
#: do not need.
_LAZY: dict[str, str] = {
    "AlignedGroup": "claimrec.alignment",
    "Alignment": "claimrec.alignment",
    "AlignmentStats": "claimrec.alignment",
    "BlockingEstimate": "claimrec.alignment",
    "Feature": "claimrec.alignment",
    "PairScore": "claimrec.alignment",
    "align": "claimrec.alignment",
    "compare": "claimrec.alignment",
    "estimate_pairs": "claimrec.alignment",
    "ClaimGraph": "claimrec.graph",
    "Corroboration": "claimrec.graph",
    "Dispute": "claimrec.graph",
    "Echo": "claimrec.graph",
    "Event": "claimrec.graph",
    "SourcePair": "claimrec.graph",
    "claim_graph": "claimrec.graph",
    "claimreview": "claimrec.io.exports",
    "events_of": "claimrec.io.exports",
    "to_acled": "claimrec.io.exports",
    "to_ucdp": "claimrec.io.exports",
    "from_node_link": "claimrec.io.graphfile",
    "read_graphml": "claimrec.io.graphfile",
    "read_json": "claimrec.io.graphfile",
    "to_node_link": "claimrec.io.graphfile",
    "write_gexf": "claimrec.io.graphfile",
    "write_graphml": "claimrec.io.graphfile",
    "write_json": "claimrec.io.graphfile",
    "from_frame": "claimrec.io.tables",
    "from_records": "claimrec.io.tables",
    "read_csv": "claimrec.io.tables",
    "to_frame": "claimrec.io.tables",
    "to_records": "claimrec.io.tables",
    "write_csv": "claimrec.io.tables",
    "ClaimTable": "claimrec.reconciliation",
    "ClaimVerdict": "claimrec.reconciliation",
    "CopyRelation": "claimrec.reconciliation",
    "Estimate": "claimrec.reconciliation",
    "ItemResult": "claimrec.reconciliation",
    "Policy": "claimrec.reconciliation",
    "Reconciliation": "claimrec.reconciliation",
    "SourceFigure": "claimrec.reconciliation",
    "SourceTrust": "claimrec.reconciliation",
    "TableReconciliation": "claimrec.reconciliation",
    "ValueScore": "claimrec.reconciliation",
    "Verdict": "claimrec.reconciliation",
    "reconcile": "claimrec.reconciliation",
    "source_identity": "claimrec.reconciliation",
    "Reason": "claimrec.relation",
    "ReasonKind": "claimrec.relation",
    "Relation": "claimrec.relation",
    "Relationship": "claimrec.relation",
    "relate": "claimrec.relation",
    "claims_table": "claimrec.report",
    "item_words": "claimrec.report",
    "provenance": "claimrec.report",
    "render_html": "claimrec.report",
    "render_report": "claimrec.report",
    "said": "claimrec.report",
    "write_html": "claimrec.report",
    "Account": "claimrec.resolution",
    "ClaimResolution": "claimrec.resolution",
    "Denial": "claimrec.resolution",
    "LocalPlace": "claimrec.resolution",
    "Resolution": "claimrec.resolution",
    "Resolved": "claimrec.resolution",
    "Unresolved": "claimrec.resolution",
    "resolve": "claimrec.resolution",
    "Actor": "claimrec.vocab",
    "ActorVocabulary": "claimrec.vocab",
    "Demonym": "claimrec.vocab",
    "Demonyms": "claimrec.vocab",
    "Gazetteer": "claimrec.vocab",
    "Place": "claimrec.vocab",
    "PlaceRelation": "claimrec.vocab",
    "Predicate": "claimrec.vocab",
    "PredicateVocabulary": "claimrec.vocab",
    "SubjectClass": "claimrec.vocab",
    "SubjectVocabulary": "claimrec.vocab",
    "Vocabulary": "claimrec.vocab",
    "default_vocabulary": "claimrec.vocab",
}


def __getattr__(name: str) -> Any:
    """Import a stage's public name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'claimrec' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
