"""The claim graph: claims, sources and reports, and how the claims stand to each other.

:func:`claim_graph` aligns claims (or takes an :class:`~claimrec.alignment.Alignment`),
relates every pair inside each aligned group with :func:`~claimrec.relation.relate`,
and returns a :class:`ClaimGraph` over a :class:`networkx.MultiDiGraph`:

- nodes are claims, sources and reports (node attribute ``kind``), with their fields as
  scalar attributes (``"claim:<id>"``, ``"source:<name>"``, ``"report:<id>"``);
- edges are ``source -asserts-> claim``, ``report -carries-> claim``,
  ``report -relays-> report`` and ``claim -agrees/refines/compatible/contradicts/revises->
  claim`` (edge attribute ``relation``, with ``strength``, ``reasons``...).

The analyst's questions are methods: :meth:`ClaimGraph.disputes`,
:meth:`ClaimGraph.corroborations`, :meth:`ClaimGraph.echoes`,
:meth:`ClaimGraph.evidence_groups` and :meth:`ClaimGraph.source_summary`.

The package: ``_building`` (:func:`claim_graph`: which pairs are related, the fast path
and its oracle), ``_claimgraph`` (:class:`ClaimGraph` and its queries), ``_incidents``
(events and aggregates), ``_results`` (what the queries return) and ``_nodes`` (the
networkx form: node ids, attributes, and reading them back).

Examples
--------
>>> from claimrec.model import Claim, Report
>>> from claimrec.graph import claim_graph
>>> statement = Report(outlet="ORTM", published="2025-07-01", id="ortm")
>>> claims = [
...     Claim(source="FAMa", subject="militants", predicate="neutralised", value="more than 80",
...           place="Kayes", when="2025-07-01", via=statement, id="army"),
...     Claim(source="FAMa", subject="militants", predicate="killed", value="80", place="Kayes",
...           when="2025-07-01", id="wire",
...           via=Report(outlet="Wire", published="2025-07-02", relays=statement, id="wire-r")),
... ]
>>> graph = claim_graph(claims)
>>> graph
<ClaimGraph claims=2 sources=1 contradictions=0>
>>> [(e.primary.id, [c.id for c in e.lossy]) for e in graph.echoes()]
[('army', ['wire'])]
"""

from __future__ import annotations

# The package's face: the public names (``__all__``) and the node ids, constants and
# private helpers other modules and tests import from ``claimrec.graph``.
from claimrec.graph._building import (  # noqa: F401 - re-exported
    _SPAN_DAYS,
    ALL_PAIRS_LIMIT,
    _build,
    _build_oracle,
    _days_of,
    _entailment_pairs,
    _relay_pairs,
    _victim_pairs,
    claim_graph,
)
from claimrec.graph._claimgraph import ClaimGraph
from claimrec.graph._incidents import _event, _events  # noqa: F401 - re-exported
from claimrec.graph._nodes import (  # noqa: F401 - re-exported
    _STORED,
    SUPPORT,
    claim_node,
    report_node,
    source_node,
)
from claimrec.graph._results import Corroboration, Dispute, Echo, Event, SourcePair

__all__ = [
    "ClaimGraph",
    "Corroboration",
    "Dispute",
    "Echo",
    "Event",
    "SourcePair",
    "claim_graph",
]
