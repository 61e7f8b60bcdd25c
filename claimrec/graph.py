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

import datetime as dt
import functools
import hashlib
import html
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs
import networkx as nx
import numpy as np

from claimrec._gc import paused
from claimrec._records import (
    CLAIM_COLUMNS,
    claim_record,
    frame,
    said_line,
    value_columns,
    value_words,
)
from claimrec._text import normalize
from claimrec.alignment import (
    _P_NONE,
    _R_NONE,
    _R_SUBJECT,
    _REJECT,
    _RELATIONS,
    FEATURES,
    Alignment,
    Feature,
    PairScore,
    _pair_score,
    _score,
    align,
)
from claimrec.category import Category
from claimrec.errors import FormatError, InvalidClaimError, UnknownNameError
from claimrec.model import Claim, Report, Source, SourceKind, Value
from claimrec.quantity import Quantity
from claimrec.relation import (
    _EVENT_DAYS,
    _FINE_KINDS,
    Reason,
    ReasonKind,
    Relation,
    Relationship,
    _aggregates,
    _bounded,
    _changed,
    _check_options,
    _judge,
    _Lookup,
    _lookup,
    _lossy,
    _place_of,
    _relate_scored,
    _relay,
    _relay_key,
    _span_days,
)
from claimrec.resolution import ClaimResolution, Resolution, Resolved, Unresolved, resolve
from claimrec.resolution._resolver import _relate_places, _speaker_key
from claimrec.resolution._words import _place_core
from claimrec.timespan import TimeSpan
from claimrec.vocab import Actor, Place, Vocabulary

__all__ = [
    "ClaimGraph",
    "Corroboration",
    "Dispute",
    "Echo",
    "Event",
    "SourcePair",
    "claim_graph",
]

#: Groups up to this size have every pair related; larger ones only their scored pairs.
ALL_PAIRS_LIMIT = 40
#: Relations that count as one claim supporting the other.
SUPPORT = frozenset({Relation.AGREES, Relation.REFINES, Relation.REFINED_BY})
#: How relations are stored as edges: the directed ones point from the narrower (refines)
#: or later (revises) claim; the converse kinds are never stored.
_STORED = {
    Relation.REFINED_BY: Relation.REFINES,
    Relation.REVISED_BY: Relation.REVISES,
}
_STRUCTURE = ("asserts", "carries", "relays", "copies")


# --------------------------------------------------------------------------- node ids


def claim_node(claim_id: str) -> str:
    """Return the node id of a claim in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import claim_node
    >>> claim_node("c1")
    'claim:c1'
    """
    return "claim:" + claim_id


def source_node(name: str) -> str:
    """Return the node id of a source (by name) in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import source_node
    >>> source_node("FAMa")
    'source:FAMa'
    """
    return "source:" + name


def report_node(report_id: str) -> str:
    """Return the node id of a report in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import report_node
    >>> report_node("ortm-2025-07-01")
    'report:ortm-2025-07-01'
    """
    return "report:" + report_id


# --------------------------------------------------------------------------- flattening


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _flat_span(out: dict[str, Any], prefix: str, span: TimeSpan | None) -> None:
    if span is None:
        return
    out[f"{prefix}_start"] = span.start.isoformat()
    out[f"{prefix}_end"] = span.end.isoformat()
    out[f"{prefix}_precision"] = span.precision.value
    _put(out, f"{prefix}_text", span.text)


def _span_from(data: Mapping[str, Any], prefix: str) -> TimeSpan | None:
    if f"{prefix}_start" not in data:
        return None
    return TimeSpan(
        start=dt.datetime.fromisoformat(str(data[f"{prefix}_start"])),
        end=dt.datetime.fromisoformat(str(data[f"{prefix}_end"])),
        precision=data[f"{prefix}_precision"],
        text=data.get(f"{prefix}_text"),
    )


def _flat_value(out: dict[str, Any], value: Value) -> None:
    if value is None:
        out["value_type"] = "none"
        return
    if isinstance(value, bool):
        out["value_type"] = "bool"
        out["value"] = "true" if value else "false"
        out["value_bool"] = value
        return
    out["value"] = str(value)
    if isinstance(value, Quantity):
        out["value_type"] = "quantity"
        # Floats always, so that every graph file gives one type per attribute.
        for key in ("low", "high", "best"):
            number = getattr(value, key)
            _put(out, f"value_{key}", None if number is None else float(number))
        out["value_low_open"] = value.low_open
        out["value_high_open"] = value.high_open
        out["value_integer"] = value.integer
        out["value_kind"] = value.kind.value
        _put(out, "value_text", value.text)
    elif isinstance(value, TimeSpan):
        out["value_type"] = "timespan"
        _flat_span(out, "value", value)
    elif isinstance(value, Category):
        out["value_type"] = "category"
        out["value_category"] = value.value
        _put(out, "value_text", value.text)
    else:
        out["value_type"] = "str"


def _value_from(data: Mapping[str, Any]) -> Value:
    kind = data.get("value_type", "none")
    if kind == "none":
        return None
    if kind == "bool":
        return bool(data["value_bool"])
    if kind == "quantity":
        return Quantity(
            low=data.get("value_low"),
            high=data.get("value_high"),
            low_open=bool(data.get("value_low_open", False)),
            high_open=bool(data.get("value_high_open", False)),
            best=data.get("value_best"),
            integer=bool(data.get("value_integer", True)),
            kind=data["value_kind"],
            text=data.get("value_text"),
        )
    if kind == "timespan":
        return _span_from(data, "value")
    if kind == "category":
        return Category(value=data["value_category"], text=data.get("value_text"))
    if kind == "str":
        return str(data["value"])
    raise InvalidClaimError(
        "value_type", kind, "expected none, bool, quantity, timespan, category or str"
    )


def _claim_attrs(claim: Claim, group: str | None, label: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "claim",
        "label": claim.describe(),
        "source": claim.source.name,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "polarity": claim.polarity.value,
    }
    _flat_value(out, claim.value)
    for key in ("hedge", "actor", "place", "event", "quote"):
        _put(out, key, getattr(claim, key))
    if claim.qualifiers:
        out["qualifiers"] = json.dumps(list(claim.qualifiers), ensure_ascii=False)
    _flat_span(out, "when", claim.when)
    _flat_span(out, "stated", claim.stated)
    if claim.via is not None:
        out["via"] = claim.via.id
    _put(out, "group", group)
    _put(out, "group_label", label)
    return out


def _source_attrs(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "source",
        "name": source.name,
        "label": source.name,
        "source_kind": source.kind.value,
    }
    _put(out, "party", source.party)
    if source.aliases:
        out["aliases"] = json.dumps(list(source.aliases), ensure_ascii=False)
    _put(out, "reliability", source.reliability)
    return out


def _report_attrs(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "report", "label": report.outlet}
    out["outlet"] = report.outlet
    _put(out, "published", None if report.published is None else report.published.isoformat())
    for key in ("url", "author", "title"):
        _put(out, key, getattr(report, key))
    if report.relays is not None:
        out["relays"] = report.relays.id
    return out


def _relation_attrs(rel: Relationship) -> dict[str, Any]:
    out: dict[str, Any] = {
        "relation": rel.kind.value,
        "strength": rel.strength,
        "reasons": "\n".join(str(r) for r in rel.reasons),
        "disputed": rel.disputed,
    }
    _put(out, "magnitude_ratio", rel.magnitude_ratio)
    return out


def _relationship_from(a: str, b: str, data: Mapping[str, Any]) -> Relationship:
    text = str(data.get("reasons", ""))
    reasons = tuple(Reason.parse(line) for line in text.split("\n") if line.strip())
    ratio = data.get("magnitude_ratio")
    return Relationship(
        a=a,
        b=b,
        kind=data["relation"],
        strength=float(data.get("strength", 1.0)),
        reasons=reasons,
        magnitude_ratio=None if ratio is None else float(ratio),
        disputed=bool(data.get("disputed", False)),
    )


# --------------------------------------------------------------------------- results


@attrs.frozen(kw_only=True)
class Dispute:
    """An item on which the claims disagree, with its sides.

    Parameters
    ----------
    item : str
        What the item is (the alignment group's label).
    group_id : str
        The alignment group.
    sides : tuple of tuple of Claim
        Claims grouped into sides of mutually supporting claims, largest side first.
    relationships : tuple of Relationship
        The disputed relationships: contradictions, and compatible figures far apart.
    event_id : str, optional
        The event the item lies in (:meth:`ClaimGraph.event_of`).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> dispute = claim_graph(cr.datasets.mali_2025()).disputes()[0]
    >>> [[c.id for c in side] for side in dispute.sides]
    [['fama-thwarted'], ['jnim-seized']]
    """

    item: str
    group_id: str
    sides: tuple[tuple[Claim, ...], ...]
    relationships: tuple[Relationship, ...]
    event_id: str | None = None

    def explain(self) -> str:
        """Return the dispute in plain words.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> print(claim_graph(cr.datasets.mali_2025()).disputes()[0].explain())
        Dispute over ...
          side 1: FAMa: attacks thwarted ...
          side 2: JNIM: military installations seized control of ...
          fama-thwarted contradicts jnim-seized ...
        """
        lines = [f"Dispute over {self.item} ({self.group_id})"]
        for number, side in enumerate(self.sides, start=1):
            lines.extend(f"  side {number}: {claim.describe()}" for claim in side)
        lines.extend("  " + rel.explain().splitlines()[0] for rel in self.relationships)
        return "\n".join(lines)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim of the dispute, side by side.

        Examples
        --------
        >>> import claimrec as cr
        >>> [c.id for c in cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].claims]
        ['fama-thwarted', 'jnim-seized']
        """
        return tuple(claim for side in self.sides for claim in side)

    def to_dict(self) -> dict[str, Any]:
        """Return the dispute as nested plain data (what ``json.dumps`` takes).

        Examples
        --------
        >>> import claimrec as cr
        >>> data = cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].to_dict()
        >>> [[c["source"] for c in side] for side in data["sides"]]
        [['FAMa'], ['JNIM']]
        """
        return {
            "item": self.item,
            "group_id": self.group_id,
            "sides": [[claim_record(c) for c in side] for side in self.sides],
            "relationships": [
                {
                    "a": r.a,
                    "b": r.b,
                    "kind": r.kind.value,
                    "strength": r.strength,
                    "disputed": r.disputed,
                    "explanation": r.explain(),
                }
                for r in self.relationships
            ],
        }

    def to_json(self) -> str:
        """Return the dispute as JSON text (sides, claims with provenance, relationships).

        Examples
        --------
        >>> import json, claimrec as cr
        >>> text = cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].to_json()
        >>> json.loads(text)["relationships"][0]["kind"]
        'contradicts'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def __repr__(self) -> str:
        sides = " vs ".join("+".join(sorted({c.source.name for c in side})) for side in self.sides)
        return f"<Dispute {self.item!r}: {sides}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{number}</td><td>{html.escape(c.source.name)}</td>"
            f"<td>{html.escape(c.subject)} {html.escape(c.predicate)}</td>"
            f"<td>{html.escape(value_words(c.value) or '')}</td>"
            f"<td>{html.escape(c.quote or '')}</td>"
            f"<td>{html.escape(' < '.join(r.outlet for r in c.via.chain()) if c.via else '')}</td>"
            "</tr>"
            for number, side in enumerate(self.sides, start=1)
            for c in side
        )
        return (
            f"<div><b>Dispute over {html.escape(self.item)}</b><table><tr><th>side</th>"
            "<th>source</th><th>says</th><th>value</th><th>quote</th><th>via</th></tr>"
            f"{rows}</table></div>"
        )


@attrs.frozen(kw_only=True)
class Corroboration:
    """A claim supported by more than one independent source.

    Parameters
    ----------
    claim : Claim
        The claim.
    sources : tuple of Source
        One source per independent party that supports it (the claim's own included),
        sorted by name.
    supporting : tuple of Claim
        The other claims that agree with it or entail it, from other evidence groups.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.graph import claim_graph
    >>> claims = [Claim(source=s, subject="civilians", predicate="killed", value=v,
    ...                 place="Kayes", when="2025-07-01", id=s)
    ...           for s, v in [("HRW", "12"), ("UN", "12"), ("Kayes resident", "about 12")]]
    >>> for c in claim_graph(claims).corroborations():
    ...     print(c.claim.id, [s.name for s in c.sources])
    HRW ['HRW', 'Kayes resident', 'UN']
    Kayes resident ['HRW', 'Kayes resident', 'UN']
    UN ['HRW', 'Kayes resident', 'UN']
    """

    claim: Claim
    sources: tuple[Source, ...]
    supporting: tuple[Claim, ...]


@attrs.frozen(kw_only=True)
class Echo:
    """One speaker's statement relayed by several reports: one piece of evidence.

    Parameters
    ----------
    primary : Claim
        The original (the report others relay, else the earliest statement, else the
        claim that kept its qualifier).
    relays : tuple of Claim
        The other claims of the same statement, sorted by id.
    lossy : tuple of Claim
        The relays that lost a qualifier ("more than 80" repeated as "80"): not a new value.

    Examples
    --------
    >>> from claimrec.model import Claim, Report
    >>> from claimrec.graph import claim_graph
    >>> tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    >>> claims = [Claim(source="FAMa", subject="militants", predicate="killed", value="12",
    ...                 when="2025-07-01", id=f"c{i}",
    ...                 via=tv if i == 0 else Report(outlet=f"outlet {i}", relays=tv))
    ...           for i in range(3)]
    >>> echo = claim_graph(claims).echoes()[0]
    >>> echo.primary.id, [c.id for c in echo.relays], echo.lossy
    ('c0', ['c1', 'c2'], ())
    """

    primary: Claim
    relays: tuple[Claim, ...]
    lossy: tuple[Claim, ...]

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The primary claim followed by its relays.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.graph import Echo
        >>> c = Claim(source="FAMa", subject="militants", predicate="killed", id="c")
        >>> len(Echo(primary=c, relays=(), lossy=()).claims)
        1
        """
        return (self.primary, *self.relays)

    def __repr__(self) -> str:
        outlets = sorted({c.via.outlet for c in self.relays if c.via is not None})
        return (
            f"<Echo {self.primary.id!r} ({self.primary.source.name}) relayed by "
            f"{len(self.relays)}: {', '.join(outlets)}>"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'primary' if c is self.primary else 'relay'}"
            f"{' (lossy)' if c in self.lossy else ''}</td><td>{html.escape(c.id)}</td>"
            f"<td>{html.escape(' < '.join(r.outlet for r in c.via.chain()) if c.via else '')}"
            f"</td><td>{html.escape(value_words(c.value) or '')}</td></tr>"
            for c in self.claims
        )
        return (
            f"<div><b>Echo of {html.escape(said_line(self.primary))}</b><table><tr><th></th>"
            f"<th>claim</th><th>via</th><th>value</th></tr>{rows}</table></div>"
        )


@attrs.frozen(kw_only=True)
class Event:
    """One incident: the claims about it, whatever their predicate or subject.

    Items (one toll, one outcome) live inside events. An *aggregate* is a claim whose
    time span and area strictly contain several events (a monthly or a three-country
    total): it is an event of its own, ``aggregate=True``, that bounds the events it
    ``covers`` and never contradicts one of them.

    Parameters
    ----------
    id : str
        Stable: derived from the member ids.
    claims : tuple of Claim
        The members, sorted by id.
    label : str
        Where and when, in words.
    aggregate : bool
        Whether this is an aggregate claim over other events.
    covers : tuple of str
        For an aggregate, the ids of the events it covers.
    reasons : tuple of str
        Why the members are one event (shared report, place and day, aligned items...).

    Examples
    --------
    >>> import claimrec as cr
    >>> graph = cr.claim_graph(cr.datasets.mali_2025())
    >>> event = graph.event_of("fama-thwarted")
    >>> "jnim-seized" in [c.id for c in event.claims], event.aggregate
    (True, False)
    """

    id: str
    claims: tuple[Claim, ...]
    label: str
    aggregate: bool = False
    covers: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        """The member ids, sorted."""
        return tuple(c.id for c in self.claims)


@attrs.frozen(kw_only=True)
class SourcePair:
    """How often the claims of two sources stand in each relation.

    ``a <= b`` by name; ``a == b`` counts a source's claims related to each other
    (its repetitions and revisions).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> pair = claim_graph(cr.datasets.mali_2025()).source_summary()[0]
    >>> pair.a, pair.b, pair.contradicts
    ('FAMa', 'JNIM', 1)
    """

    a: str
    b: str
    agrees: int = 0
    refines: int = 0
    compatible: int = 0
    contradicts: int = 0
    revises: int = 0
    disputed: int = 0


# --------------------------------------------------------------------------- the graph


class ClaimGraph:
    """Claims, sources and reports, and how the claims stand to each other.

    Build one with :func:`claim_graph` (or read one with
    :func:`claimrec.io.graphfile.read_graphml`); the underlying
    :class:`networkx.MultiDiGraph` is :attr:`nx`, for any networkx algorithm.

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> graph = claim_graph(cr.datasets.mali_2025())
    >>> graph
    <ClaimGraph claims=17 sources=5 contradictions=1>
    >>> sorted({kind for _, kind in graph.nx.nodes(data="kind")})
    ['claim', 'report', 'source']
    """

    __slots__ = (
        "_aggregates",
        "_answers",
        "_claims",
        "_copies",
        "_echoes",
        "_events",
        "_groups",
        "_labels",
        "_lookup",
        "_nx",
        "_records",
        "_related_index",
        "_relationships",
        "_resolution",
    )

    def __init__(  # noqa: PLR0917 - private constructor; users call claim_graph
        self,
        graph: nx.MultiDiGraph | None,
        claims: Mapping[str, Claim],
        relationships: Mapping[tuple[str, str], Relationship],
        groups: Mapping[str, str],
        labels: Mapping[str, str],
        vocabulary: Vocabulary | None = None,
        resolution: Resolution | None = None,
        aggregates: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._nx = graph
        self._claims = dict(claims)
        self._relationships = dict(relationships)
        self._groups = dict(groups)
        self._labels = dict(labels)
        self._lookup = _lookup(vocabulary)
        self._resolution = resolution
        self._records: dict[str, ClaimResolution] = {}
        self._aggregates = None if aggregates is None else dict(aggregates)
        self._events: tuple[tuple[Event, ...], dict[str, Event]] | None = None
        self._echoes: list[list[str]] | None = None
        # the networkx view is built from the claims and relationships when first read
        # (None until then), with these source copies edges
        self._copies: tuple[tuple[str, str, float], ...] = ()
        self._related_index: dict[str, list[tuple[str, Relation, Relationship]]] | None = None
        # answers to the queries, computed once: the graph never changes
        self._answers: dict[str, Any] = {}

    def with_copies(self, copies: Iterable[tuple[str, str, float]]) -> ClaimGraph:
        """Return a new graph with ``copies`` edges between sources detected copying.

        Parameters
        ----------
        copies : iterable of (str, str, float)
            Source names and the probability that they depend on each other, as found by a
            copy-aware reconciliation (:func:`~claimrec.reconcile` with ``method="accu_copy"``).

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> copied = graph.with_copies([("FAMa", "News report", 0.9)])
        >>> copied.nx.get_edge_data("source:FAMa", "source:News report")["copies"]["probability"]
        0.9
        >>> graph.nx.has_edge("source:FAMa", "source:News report")
        False
        """
        if self._nx is not None:
            graph = self._nx.copy()
            for a, b, probability in copies:
                for name in (a, b):
                    if source_node(name) not in graph:
                        raise UnknownNameError("source", name)
                graph.add_edge(
                    source_node(a), source_node(b), key="copies", relation="copies",
                    probability=float(probability),
                )  # fmt: skip
            pending: tuple[tuple[str, str, float], ...] = ()
        else:  # not built yet: the new graph builds its view with the copies edges
            names = {c.source.name for c in self._claims.values()}
            added = []
            for a, b, probability in copies:
                for name in (a, b):
                    if name not in names:
                        raise UnknownNameError("source", name)
                added.append((a, b, float(probability)))
            graph, pending = None, (*self._copies, *added)
        out = ClaimGraph(
            graph, self._claims, self._relationships, self._groups, self._labels,
            self._lookup.vocabulary, self._resolution, self._aggregates,
        )  # fmt: skip
        out._copies = pending
        out._records = self._records
        out._events = self._events
        return out

    # ---------------------------------------------------------------- construction

    @classmethod
    def from_networkx(
        cls, graph: nx.MultiDiGraph, *, vocabulary: Vocabulary | None = None
    ) -> ClaimGraph:
        """Rebuild a claim graph (claims, sources, reports, relationships) from its networkx form.

        The nodes and edges need the attributes :func:`claim_graph` gives them, as in a
        graph read back from GraphML or node-link JSON.

        Raises
        ------
        FormatError
            Listing every node or edge that cannot be read back.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import ClaimGraph, claim_graph
        >>> graph = claim_graph(cr.datasets.mali_2025())
        >>> again = ClaimGraph.from_networkx(graph.nx.copy())
        >>> again.claims == graph.claims
        True
        """
        problems: list[tuple[int, str]] = []
        sources: dict[str, Source] = {}
        report_data: dict[str, Mapping[str, Any]] = {}
        claim_data: list[tuple[int, str, Mapping[str, Any]]] = []
        for number, (node, data) in enumerate(graph.nodes(data=True), start=1):
            kind = data.get("kind")
            try:
                if kind == "source":
                    source = _source_from(data)
                    sources[str(node)] = source
                elif kind == "report":
                    report_data[_unprefixed(node, "report:")] = data
                elif kind == "claim":
                    claim_data.append((number, _unprefixed(node, "claim:"), data))
                else:
                    problems.append((number, f"node {node!r}: unknown kind {kind!r}"))
            except (KeyError, TypeError, ValueError) as exc:
                problems.append((number, f"node {node!r}: {_why(exc)}"))
        reports: dict[str, Report] = {}
        for rid in report_data:
            try:
                _report_from(rid, report_data, reports, set())
            except (KeyError, TypeError, ValueError) as exc:
                problems.append((0, f"report {rid!r}: {_why(exc)}"))
        claims: dict[str, Claim] = {}
        groups: dict[str, str] = {}
        labels: dict[str, str] = {}
        for number, node, data in claim_data:
            try:
                claim = _claim_from(node, data, _asserted_by(graph, node, sources), reports)
            except (KeyError, TypeError, ValueError) as exc:
                problems.append((number, f"node {claim_node(node)!r}: {_why(exc)}"))
                continue
            claims[claim.id] = claim
            if "group" in data:
                groups[claim.id] = str(data["group"])
                if "group_label" in data:
                    labels[str(data["group"])] = str(data["group_label"])
        relationships: dict[tuple[str, str], Relationship] = {}
        for number, (u, v, data) in enumerate(graph.edges(data=True), start=1):
            relation = data.get("relation")
            if relation in _STRUCTURE:
                continue
            a, b = str(u).removeprefix("claim:"), str(v).removeprefix("claim:")
            if a not in claims or b not in claims:
                problems.append((number, f"edge {u!r} -> {v!r}: a relation must join two claims"))
                continue
            try:
                relationships[(a, b)] = _relationship_from(a, b, data)
            except (KeyError, TypeError, ValueError) as exc:
                problems.append((number, f"edge {u!r} -> {v!r}: {_why(exc)}"))
        if problems:
            raise FormatError(None, sorted(problems))
        return cls(graph, claims, relationships, groups, labels, vocabulary)

    # ---------------------------------------------------------------- access

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The underlying :class:`networkx.MultiDiGraph` (run any networkx algorithm on it).

        Examples
        --------
        >>> import claimrec as cr, networkx as nx
        >>> from claimrec.graph import claim_graph
        >>> g = claim_graph(cr.datasets.mali_2025()).nx
        >>> nx.number_weakly_connected_components(g) >= 1
        True
        """
        if self._nx is None:
            graph = nx.MultiDiGraph()
            with paused():
                _add_claim_nodes(graph, self._claims.values(), self._groups, self._labels)
                for (a, b), rel in self._relationships.items():
                    graph.add_edge(
                        claim_node(a), claim_node(b), key=rel.kind.value, **_relation_attrs(rel)
                    )
                for a, b, probability in self._copies:
                    graph.add_edge(
                        source_node(a), source_node(b), key="copies", relation="copies",
                        probability=probability,
                    )  # fmt: skip
            self._nx = graph
        return self._nx

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The claims, in the order they came in.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> len(claim_graph(cr.datasets.mali_2025()).claims)
        17
        """
        return tuple(self._claims.values())

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources, sorted by name.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> [s.name for s in claim_graph(cr.datasets.mali_2025()).sources][:2]
        ['FAMa', 'JNIM']
        """
        found = {c.source.name: c.source for c in self._claims.values()}
        return tuple(found[name] for name in sorted(found))

    @property
    def reports(self) -> tuple[Report, ...]:
        """The reports (relayed ones included), sorted by id.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> "ortm-2025-07-01" in [r.id for r in claim_graph(cr.datasets.mali_2025()).reports]
        True
        """
        found: dict[str, Report] = {}
        for claim in self._claims.values():
            if claim.via is not None:
                for report in claim.via.chain():
                    found.setdefault(report.id, report)
        return tuple(found[rid] for rid in sorted(found))

    @property
    def relationships(self) -> tuple[Relationship, ...]:
        """Every stored relationship (unrelated pairs are not stored), as on the edges.

        Directed kinds are stored from the narrower (``refines``) or later (``revises``)
        claim, so no relationship here is ``refined_by`` or ``revised_by``.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> rels = claim_graph(cr.datasets.mali_2025()).relationships
        >>> sorted({r.kind.value for r in rels})
        ['compatible', 'contradicts']
        """
        found: tuple[Relationship, ...] = self._answer(
            "relationships",
            lambda: tuple(self._relationships[key] for key in sorted(self._relationships)),
        )
        return found

    def claim(self, claim_id: str) -> Claim:
        """Return the claim with this id.

        Raises
        ------
        KeyError
            For an unknown id.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> claim_graph(cr.datasets.mali_2025()).claim("jnim-seized").source.name
        'JNIM'
        """
        return self._claims[claim_id]

    def relationship(self, a: str | Claim, b: str | Claim) -> Relationship | None:
        """Return how claim ``a`` stands to claim ``b``, or None when not related.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> graph = claim_graph(cr.datasets.mali_2025())
        >>> graph.relationship("jnim-seized", "fama-thwarted").kind.value
        'contradicts'
        """
        first = a.id if isinstance(a, Claim) else a
        second = b.id if isinstance(b, Claim) else b
        found = self._relationships.get((first, second))
        if found is not None:
            return found
        reverse = self._relationships.get((second, first))
        return None if reverse is None else reverse.converse()

    def label(self, group_id: str) -> str:
        """Return the readable label of an aligned group (what its item is about).

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> gid = next(g for g, claims in graph.groups().items()
        ...            if any(c.id == "fama-neutralised" for c in claims))
        >>> graph.label(gid)
        'casualties: militants neutralised | western Mali | 2025-07-01'
        """
        label = self._labels.get(group_id)
        if label is not None:
            return label
        members = self.groups().get(group_id)
        if not members:
            raise UnknownNameError("group", group_id)
        return self._label_of((members,))

    def groups(self) -> dict[str, tuple[Claim, ...]]:
        """Return the aligned groups: group id to its claims (in input order).

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> groups = claim_graph(cr.datasets.mali_2025()).groups()
        >>> sum(len(claims) for claims in groups.values())
        17
        """
        return dict(self._answer("groups", self._group_claims))

    def _group_claims(self) -> dict[str, tuple[Claim, ...]]:
        out: dict[str, list[Claim]] = {}
        for claim_id, claim in self._claims.items():
            out.setdefault(self._groups.get(claim_id, claim_id), []).append(claim)
        return {gid: tuple(members) for gid, members in out.items()}

    def __len__(self) -> int:
        return len(self._claims)

    # ---------------------------------------------------------------- queries

    def _related(self) -> dict[str, list[tuple[str, Relation, Relationship]]]:
        """Claim id -> [(other claim id, relation of claim to other, stored relationship)].

        Built once (the graph never changes); callers only read it.
        """
        if self._related_index is None:
            out: dict[str, list[tuple[str, Relation, Relationship]]] = defaultdict(list)
            with paused():
                for (a, b), rel in self._relationships.items():
                    out[a].append((b, rel.kind, rel))
                    out[b].append((a, rel.kind.converse, rel))
            self._related_index = out
        return self._related_index

    def _answer(self, name: str, compute: Callable[[], Any]) -> Any:
        """Return a query's answer, computed once (with the cyclic collector paused)."""
        if name not in self._answers:
            with paused():
                self._answers[name] = compute()
        return self._answers[name]

    def disputes(self, *, event: str | Event | None = None) -> tuple[Dispute, ...]:
        """Return the items in dispute, each with its sides (of one ``event`` if given).

        An item is disputed when two of its claims contradict each other, or give
        compatible figures far apart (``dispute_ratio``). Claims are grouped into sides
        of mutually supporting claims (agreeing, refining, or one speaker's revisions);
        claims that take no part are left out.

        Returns
        -------
        tuple of Dispute
            Sorted by group id.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> [d.item for d in claim_graph(cr.datasets.mali_2025()).disputes()]
        ['...']
        """
        found: tuple[Dispute, ...] = self._answer("disputes", self._disputes)
        if event is not None:
            wanted = event.id if isinstance(event, Event) else event
            found = tuple(d for d in found if d.event_id == wanted)
        return found

    def _disputes(self) -> tuple[Dispute, ...]:
        by_group: dict[str, list[Relationship]] = defaultdict(list)
        for (a, _), rel in self._relationships.items():
            if rel.disputed:
                by_group[self._groups.get(a, a)].append(rel)
        related = self._related()
        out: list[Dispute] = []
        for gid in sorted(by_group):
            rels = sorted(by_group[gid], key=lambda r: (r.a, r.b))
            sides = self._sides(rels, related)
            label = self._labels.get(gid) or self._label_of(sides)
            out.append(
                Dispute(
                    item=label,
                    group_id=gid,
                    sides=sides,
                    relationships=tuple(rels),
                    event_id=self.event_of(rels[0].a).id,
                )
            )
        return tuple(out)

    def _label_of(self, sides: tuple[tuple[Claim, ...], ...]) -> str:
        first = sides[0][0]
        return f"{first.subject} {first.predicate}"

    def _sides(
        self,
        rels: list[Relationship],
        related: Mapping[str, list[tuple[str, Relation, Relationship]]],
    ) -> tuple[tuple[Claim, ...], ...]:
        disputed: set[frozenset[str]] = {frozenset((r.a, r.b)) for r in rels}
        core = sorted({x for r in rels for x in (r.a, r.b)})
        support: dict[str, set[str]] = defaultdict(set)
        members = set(core)
        queue = list(core)
        while queue:
            current = queue.pop()
            for other, kind, rel in related.get(current, ()):
                if rel.disputed or kind not in _SIDE_KINDS:
                    continue
                support[current].add(other)
                support[other].add(current)
                if other not in members:
                    members.add(other)
                    queue.append(other)
        degree = Counter(x for pair in disputed for x in pair)
        sides: list[list[str]] = []
        for claim_id in sorted(members, key=lambda x: (-degree[x], x)):
            for side in sides:
                consistent = all(frozenset((claim_id, m)) not in disputed for m in side)
                if consistent and any(m in support[claim_id] for m in side):
                    side.append(claim_id)
                    break
            else:
                sides.append([claim_id])
        ordered = sorted((sorted(side) for side in sides), key=lambda s: (-len(s), s[0]))
        return tuple(tuple(self._claims[x] for x in side) for side in ordered)

    @property
    def resolution(self) -> Resolution:
        """How every claim's names were read (:func:`~claimrec.resolve`).

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> graph.resolution["jnim-seized"].predicate.id
        'captured'
        """
        if self._resolution is None:
            self._resolution = resolve(self._claims.values(), vocabulary=self._lookup.vocabulary)
        return self._resolution

    def _record(self, claim_id: str) -> ClaimResolution:
        found = self._records.get(claim_id)
        if found is None:
            found = self._records[claim_id] = self.resolution[claim_id]
        return found

    def _speaker_record(self, claim_id: str) -> object:
        hit = self._record(claim_id).speaker
        return None if hit is None else hit.record

    def _speaker(self, claim_id: str) -> str:
        speakers: dict[str, str] = self._answers.setdefault("speakers", {})
        found = speakers.get(claim_id)
        if found is None:
            found = speakers[claim_id] = _speaker_key(
                self._record(claim_id).speaker,
                self._claims[claim_id].source,
                self._lookup.vocabulary,
            )
        return found

    def unresolved(self) -> tuple[Unresolved, ...]:
        """Return every claim field that resolved to nothing (see :meth:`Resolution.unresolved`).

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> sorted({u.field for u in graph.unresolved()})
        [...]
        """
        return self.resolution.unresolved()

    def _party(self, source: Source, claim_id: str | None = None) -> str:
        if source.party:
            return "party:" + normalize(source.party)
        hit = self._record(claim_id).speaker if claim_id is not None else None
        if hit is not None and isinstance(hit.record, Actor):
            if hit.record.kind.value == "witness":
                return "speaker:" + normalize(source.name)
            return "party:" + normalize(hit.record.party or hit.record.id)
        return "speaker:" + normalize(source.name)

    def evidence_groups(self) -> dict[str, str]:
        """Return claim id -> evidence group id: one speaker's agreeing claims share a group.

        Five outlets repeating the army's statement are one piece of evidence, not five:
        their claims share one group (named after the primary claim, see :meth:`echoes`),
        so an echo never counts as corroboration. Every claim is in the mapping; a claim
        with no echo is its own group.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> groups = claim_graph(cr.datasets.mali_2025()).evidence_groups()
        >>> groups["fama-neutralised"]
        'fama-neutralised'
        """
        return dict(self._answer("evidence", self._evidence_groups))

    def _evidence_groups(self) -> dict[str, str]:
        out = {claim_id: claim_id for claim_id in self._claims}
        for cluster in self._echo_clusters():
            primary = self._primary(cluster)
            for claim_id in cluster:
                out[claim_id] = primary
        return out

    def _echo_clusters(self) -> list[list[str]]:
        """One speaker's relays of one statement; never two statements of it.

        Echo pairs join their clusters unless a claim of one and a claim of the other are
        two statements of the speaker (a revision, or figures that differ): 500 relayed
        and 471 relayed are two clusters, however many vague relays sit between them.
        """
        if self._echoes is not None:
            return self._echoes
        echo_pairs: list[tuple[str, str]] = []
        apart: set[frozenset[str]] = set()
        for (a, b), rel in sorted(self._relationships.items()):
            if self._speaker(a) != self._speaker(b):
                continue  # an echo is one speaker's statement, never two speakers'
            if rel.reasons_of(ReasonKind.ECHO):
                echo_pairs.append((a, b))
            elif rel.kind in _TWO_STATEMENTS or _changed(self._claims[a], self._claims[b]):
                apart.add(frozenset((a, b)))  # a revision, or two figures of the speaker
        members: dict[str, list[str]] = {}
        root: dict[str, str] = {}
        for a, b in echo_pairs:
            ra, rb = root.get(a, a), root.get(b, b)
            if ra == rb:
                continue
            left, right = members.get(ra, [a]), members.get(rb, [b])
            if any(frozenset((x, y)) in apart for x in left for y in right):
                continue
            keep, gone = min(ra, rb), max(ra, rb)
            merged = sorted({*left, *right})
            members[keep] = merged
            members.pop(gone, None)
            for x in merged:
                root[x] = keep
        self._echoes = [m for _, m in sorted(members.items()) if len(m) > 1]
        return self._echoes

    def _bare(self, claim_id: str, cluster: Iterable[str]) -> bool:
        """Whether the claim's figure is another cluster member's figure without its qualifier."""
        value = self._claims[claim_id].value
        if not isinstance(value, Quantity):
            return False
        for other in cluster:
            other_value = self._claims[other].value
            if other != claim_id and isinstance(other_value, Quantity):
                found = _lossy(value, other_value)
                if found is not None and found[1] is value:
                    return True
        return False

    def _primary(self, cluster: list[str]) -> str:
        def key(claim_id: str) -> tuple[int, int, str, str]:
            claim = self._claims[claim_id]
            depth = len(claim.via.chain()) if claim.via is not None else 1
            when = claim.statement_time
            return (
                depth,
                int(self._bare(claim_id, cluster)),
                when.start.isoformat() if when else "~",
                claim_id,
            )

        return min(cluster, key=key)

    # ---------------------------------------------------------------- events

    def _aggregate_map(self) -> dict[str, tuple[str, ...]]:
        if self._aggregates is None:
            self._aggregates = _aggregates(list(self._claims.values()), self.resolution)
        return self._aggregates

    def _build_events(self) -> tuple[tuple[Event, ...], dict[str, Event]]:
        if self._events is None:
            with paused():
                self._events = self._compute_events()
        return self._events

    def _compute_events(self) -> tuple[tuple[Event, ...], dict[str, Event]]:
        return _events(
            list(self._claims.values()),
            self.resolution,
            self._groups,
            self._aggregate_map(),
        )

    def events(self) -> tuple[Event, ...]:
        """Return the events: the claims about one incident, items inside them.

        Claims are one event when they are one aligned item, carry one event label, or
        name places within one another on one day; a claim with no time or place joins
        the one event of the other claims of its report. A claim whose time span and
        area strictly contain several events (a monthly or a several-country total) is
        an *aggregate*: an event of its own that :attr:`Event.covers` them.

        Returns
        -------
        tuple of Event
            Largest first, then by first claim id.

        Examples
        --------
        >>> import claimrec as cr
        >>> events = cr.claim_graph(cr.datasets.mali_2025()).events()
        >>> sum(len(e.claims) for e in events)
        17
        >>> [e.label for e in events][:1]
        ['...2025-07-01']
        """
        return self._build_events()[0]

    def event_of(self, claim: str | Claim) -> Event:
        """Return the event a claim (or claim id) belongs to.

        Raises
        ------
        UnknownNameError
            For an unknown claim id.

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> graph.event_of("fama-thwarted") == graph.event_of("jnim-seized")
        True
        """
        key = claim.id if isinstance(claim, Claim) else claim
        found = self._build_events()[1].get(key)
        if found is None:
            raise UnknownNameError("claim", str(key))
        return found

    def aggregates(self) -> tuple[Event, ...]:
        """Return the aggregate claims' events (totals over several events), by id.

        Examples
        --------
        >>> import claimrec as cr
        >>> cr.claim_graph(cr.datasets.mali_2025()).aggregates()
        ()
        """
        return tuple(sorted((e for e in self.events() if e.aggregate), key=lambda e: e.id))

    def echoes(self) -> tuple[Echo, ...]:
        """Return the statements relayed by several reports, each as one :class:`Echo`.

        An echo is a set of claims of one speaker that agree with each other and come
        through different reports. A relay that lost a qualifier ("more than 80
        neutralised" repeated as "80 killed") is listed in :attr:`Echo.lossy`, attached
        to the primary claim, not counted as a new value.

        Returns
        -------
        tuple of Echo
            Sorted by primary claim id.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> claim_graph(cr.datasets.mali_2025()).echoes()
        ()
        """
        found: tuple[Echo, ...] = self._answer("echoes", self._echo_list)
        return found

    def _echo_list(self) -> tuple[Echo, ...]:
        out: list[Echo] = []
        for cluster in self._echo_clusters():
            reports = {_via_id(self._claims[c]) for c in cluster}
            if len(reports) < 2:
                continue
            primary = self._primary(cluster)
            relays = tuple(self._claims[c] for c in cluster if c != primary)
            lossy = tuple(c for c in relays if self._bare(c.id, cluster))
            out.append(Echo(primary=self._claims[primary], relays=relays, lossy=lossy))
        return tuple(sorted(out, key=lambda e: e.primary.id))

    def corroborations(self) -> tuple[Corroboration, ...]:
        """Return the claims supported by more than one independent source.

        A claim is supported by another that agrees with it or entails it (is narrower).
        Supporters count once per independent party: echoes of one statement are one
        piece of evidence (:meth:`evidence_groups`: only the primary claim of an echo is
        listed, and a supporting echo appears as its primary), and sources of one party
        (FAMa and DIRPA, through :attr:`~claimrec.Source.party` or the actor
        vocabulary's ``party``) are one voice.

        Returns
        -------
        tuple of Corroboration
            Sorted by claim id.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> claim_graph(cr.datasets.mali_2025()).corroborations()
        ()
        """
        found: tuple[Corroboration, ...] = self._answer("corroborations", self._corroborations)
        return found

    def _corroborations(self) -> tuple[Corroboration, ...]:
        evidence = self._answer("evidence", self._evidence_groups)
        out: list[Corroboration] = []
        for claim_id, pairs in sorted(self._related().items()):
            if evidence[claim_id] != claim_id:
                continue  # an echo: its statement is reported once, under its primary claim
            claim = self._claims[claim_id]
            own_party = self._party(claim.source, claim_id)
            parties: dict[str, Source] = {own_party: claim.source}
            supporting: dict[str, Claim] = {}
            for other_id, kind, _ in pairs:
                if kind not in (Relation.AGREES, Relation.REFINED_BY):
                    continue
                group = evidence[other_id]
                other = self._claims[other_id]
                party = self._party(other.source, other_id)
                if group == claim_id or party == own_party:
                    continue
                if not self._independent(claim, other):
                    continue
                supporting[group] = self._claims[group]
                current = parties.get(party)
                if current is None or other.source.name < current.name:
                    parties[party] = other.source
            if len(parties) > 1:
                out.append(
                    Corroboration(
                        claim=claim,
                        sources=tuple(sorted(parties.values(), key=lambda s: s.name)),
                        supporting=tuple(supporting[k] for k in sorted(supporting)),
                    )
                )
        return tuple(out)

    def _independent(self, claim: Claim, other: Claim) -> bool:
        """Whether ``other`` is independent support for ``claim`` (a corroboration).

        Figures that agree only within the tolerance (43 and "at least 45") are two counts,
        not one confirmed; and the same words (or one subject and predicate as resolved)
        from an anonymous speaker that nothing identifies (a witness or a collective: "a
        worker evacuated", "an employee of the gas site": "many people dead") may be one
        statement relayed, so they never count as a second voice.
        """
        va, vb = claim.value, other.value
        if isinstance(va, Quantity) and isinstance(vb, Quantity) and not _overlaps(va, vb):
            return False
        unidentified = any(
            c.source.kind in _ANONYMOUS
            and not c.source.party
            and not isinstance(self._speaker_record(c.id), Actor)
            for c in (claim, other)
        )
        if not unidentified:
            return True
        ra, rb = self._record(claim.id), self._record(other.id)
        return not (
            _same_reading(claim.subject, other.subject, ra.subject, rb.subject)
            and _same_reading(claim.predicate, other.predicate, ra.predicate, rb.predicate)
        )

    def source_summary(self) -> tuple[SourcePair, ...]:
        """Return, per pair of sources, how often their claims agree, contradict...

        Returns
        -------
        tuple of SourcePair
            Most contradictions first, then most disputed, then by names.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> for pair in claim_graph(cr.datasets.mali_2025()).source_summary()[:1]:
        ...     print(pair.a, "vs", pair.b, "contradicts:", pair.contradicts)
        FAMa vs JNIM contradicts: 1
        """
        counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for (a, b), rel in self._relationships.items():
            names = sorted((self._claims[a].source.name, self._claims[b].source.name))
            key = (names[0], names[1])
            kind = _STORED.get(rel.kind, rel.kind)
            counts[key][kind.value] += 1
            if rel.disputed:
                counts[key]["disputed"] += 1
        out = [
            SourcePair(
                a=a,
                b=b,
                agrees=c["agrees"],
                refines=c["refines"],
                compatible=c["compatible"],
                contradicts=c["contradicts"],
                revises=c["revises"],
                disputed=c["disputed"],
            )
            for (a, b), c in counts.items()
        ]
        return tuple(sorted(out, key=lambda p: (-p.contradicts, -p.disputed, p.a, p.b)))

    # ---------------------------------------------------------------- tables

    def to_records(self, table: str = "disputes") -> list[dict[str, Any]]:
        """Return one of the graph's tables as flat dicts (for a data frame or a CSV file).

        Parameters
        ----------
        table : {"disputes", "corroborations", "echoes", "sources", "claims", "relationships"}
            ``disputes``: one row per claim of each dispute (``dispute``, ``side``...);
            ``corroborations``: one row per corroborated claim; ``echoes``: one row per
            claim of each echo; ``sources``: :meth:`source_summary`; ``claims``: the claim
            table with each claim's alignment ``group``; ``relationships``: one row per
            related pair.

        Raises
        ------
        UnknownNameError
            For another table name.

        Examples
        --------
        >>> import claimrec as cr
        >>> graph = cr.claim_graph(cr.datasets.mali_2025())
        >>> [(r["dispute"], r["side"], r["claim"], r["source"]) for r in graph.to_records()]
        [(1, 1, 'fama-thwarted', 'FAMa'), (1, 2, 'jnim-seized', 'JNIM')]
        >>> graph.to_records("sources")[0]["contradicts"]
        1
        """
        builders = {
            "disputes": self._dispute_records,
            "corroborations": self._corroboration_records,
            "echoes": self._echo_records,
            "sources": lambda: [attrs.asdict(p) for p in self.source_summary()],
            "claims": self._claim_records,
            "relationships": self._relationship_records,
        }
        if table not in builders:
            raise UnknownNameError("table", table, sorted(builders))
        return builders[table]()

    def to_frame(self, table: str = "disputes") -> Any:
        """Return :meth:`to_records` as a pandas DataFrame (needs ``claimrec[frames]``).

        Examples
        --------
        >>> import claimrec as cr
        >>> _ = __import__("pytest").importorskip("pandas")
        >>> cr.claim_graph(cr.datasets.mali_2025()).to_frame("claims").shape[0]
        17
        """
        records = self.to_records(table)
        columns = list(records[0]) if records else _EMPTY_COLUMNS.get(table)
        return frame(records, columns)

    def _dispute_records(self) -> list[dict[str, Any]]:
        out = []
        for number, dispute in enumerate(self.disputes(), start=1):
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

    def _corroboration_records(self) -> list[dict[str, Any]]:
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
            for k in self.corroborations()
        ]

    def _echo_records(self) -> list[dict[str, Any]]:
        out = []
        for number, echo in enumerate(self.echoes(), start=1):
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

    def _claim_records(self) -> list[dict[str, Any]]:
        group_of = {c.id: gid for gid, members in self.groups().items() for c in members}
        return [{**claim_record(c), "group": group_of.get(c.id)} for c in self.claims]

    def _relationship_records(self) -> list[dict[str, Any]]:
        return [
            {
                "a": r.a,
                "b": r.b,
                "kind": r.kind.value,
                "strength": r.strength,
                "disputed": r.disputed,
                "reasons": "; ".join(r.explain().splitlines()[1:]).strip() or None,
            }
            for r in self.relationships
        ]

    # ---------------------------------------------------------------- display

    def _count(self, kind: Relation) -> int:
        return sum(1 for rel in self._relationships.values() if rel.kind is kind)

    def __repr__(self) -> str:
        sources = len({c.source.name for c in self._claims.values()})
        contradictions = self._count(Relation.CONTRADICTS)
        return (
            f"<ClaimGraph claims={len(self._claims)} sources={sources} "
            f"contradictions={contradictions}>"
        )

    def draw(self, ax: Any = None) -> Any:
        """Draw the claim graph with matplotlib (needs ``claimrec[draw]``); return the axes.

        Claims sit by item (disputed items first, on red), coloured by source; sources stand
        apart on the left; contradictions are red, agreements green, compatible figures far
        apart orange dashed, revisions blue, echoes grey dotted.

        Examples
        --------
        >>> import claimrec as cr
        >>> _ = __import__("pytest").importorskip("matplotlib")
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> ax = cr.claim_graph(cr.datasets.mali_2025()).draw()
        >>> len(ax.collections) >= 17   # one marker per claim
        True
        """
        from claimrec._picture import draw  # noqa: PLC0415 - matplotlib only when drawing

        return draw(self, ax)

    def to_svg(self) -> str:
        """Return the same picture as :meth:`draw` as one self-contained SVG element.

        Examples
        --------
        >>> import claimrec as cr
        >>> svg = cr.claim_graph(cr.datasets.mali_2025()).to_svg()
        >>> svg.startswith("<svg"), svg.count('class="edge contradicts"')
        (True, 1)
        """
        from claimrec._picture import svg  # noqa: PLC0415 - built only when asked for

        return svg(self)

    def _repr_html_(self) -> str:
        rows = [
            ("claims", len(self._claims)),
            ("sources", len({c.source.name for c in self._claims.values()})),
            ("reports", len(self.reports)),
        ]
        rows.extend((kind.value, self._count(kind)) for kind in _EDGE_KINDS)
        table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        items = "".join(
            f"<li>{html.escape(d.item)}<ul>"
            + "".join(
                f"<li>side {number}: {html.escape(said_line(c))}</li>"
                for number, side in enumerate(d.sides, start=1)
                for c in side
            )
            + "</ul></li>"
            for d in self.disputes()
        )
        disputes = f"<p>Disputes:</p><ul>{items}</ul>" if items else ""
        picture = self.to_svg() if len(self._claims) <= 300 else ""
        return f"<div><b>ClaimGraph</b><table>{table}</table>{disputes}{picture}</div>"


_EMPTY_COLUMNS = {
    "disputes": ["dispute", "item", "group", "side", "claim", "source", "party", "says", "value",
                 "low", "best", "high", "polarity", "quote", "via"],
    "corroborations": ["claim", "source", "says", "value", "low", "best", "high", "sources",
                       "n_sources", "supporting"],
    "echoes": ["echo", "claim", "role", "lossy", "source", "value", "via", "primary"],
    "sources": ["a", "b", "agrees", "refines", "compatible", "contradicts", "revises", "disputed"],
    "relationships": ["a", "b", "kind", "strength", "disputed", "reasons"],
    "claims": [*CLAIM_COLUMNS, "group"],
}  # fmt: skip
_TWO_STATEMENTS = frozenset({Relation.REVISES, Relation.REVISED_BY, Relation.CONTRADICTS})
_SIDE_KINDS = frozenset(
    {Relation.AGREES, Relation.REFINES, Relation.REFINED_BY, Relation.REVISES, Relation.REVISED_BY}
)
_EDGE_KINDS = (
    Relation.AGREES,
    Relation.REFINES,
    Relation.COMPATIBLE,
    Relation.CONTRADICTS,
    Relation.REVISES,
)


def _via_id(claim: Claim) -> str | None:
    return None if claim.via is None else claim.via.id


def _unprefixed(node: object, prefix: str) -> str:
    text = str(node)
    if not text.startswith(prefix):
        raise ValueError(f"node id {text!r} does not start with {prefix!r}")
    return text[len(prefix) :]


def _why(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing attribute {exc.args[0]!r}"
    return str(exc)


def _json_tuple(text: Any) -> tuple[str, ...]:
    if text is None:
        return ()
    try:
        items = json.loads(str(text))
    except RecursionError:  # a hostile file's attribute: report it like other bad JSON
        raise ValueError("expected a JSON list of strings, got JSON nested too deeply") from None
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ValueError(f"expected a JSON list of strings, got {text!r}")
    return tuple(items)


def _source_from(data: Mapping[str, Any]) -> Source:
    return Source(
        name=data["name"],
        kind=data.get("source_kind", "other"),
        party=data.get("party"),
        aliases=_json_tuple(data.get("aliases")),
        reliability=data.get("reliability"),
    )


def _report_from(
    rid: str,
    raw: Mapping[str, Mapping[str, Any]],
    built: dict[str, Report],
    visiting: set[str],
) -> Report:
    if rid in built:
        return built[rid]
    if rid in visiting:
        raise ValueError("relays itself through a cycle")
    visiting.add(rid)
    data = raw[rid]
    relays = data.get("relays")
    relayed = None if relays is None else _report_from(str(relays), raw, built, visiting)
    report = Report(
        outlet=data["outlet"],
        published=data.get("published"),
        url=data.get("url"),
        author=data.get("author"),
        title=data.get("title"),
        relays=relayed,
        id=rid,
    )
    built[rid] = report
    return report


def _asserted_by(
    graph: nx.MultiDiGraph, claim_id: str, sources: Mapping[str, Source]
) -> Source | str | None:
    for node, _, relation in graph.in_edges(claim_node(claim_id), data="relation"):
        if relation == "asserts" and node in sources:
            return sources[node]
    return None


def _claim_from(
    claim_id: str,
    data: Mapping[str, Any],
    source: Source | str | None,
    reports: Mapping[str, Report],
) -> Claim:
    via = data.get("via")
    return Claim(
        source=str(data["source"]) if source is None else source,
        subject=data["subject"],
        predicate=data["predicate"],
        value=_value_from(data),
        polarity=data.get("polarity", "asserted"),
        hedge=data.get("hedge"),
        qualifiers=_json_tuple(data.get("qualifiers")),
        actor=data.get("actor"),
        place=data.get("place"),
        when=_span_from(data, "when"),
        stated=_span_from(data, "stated"),
        event=data.get("event"),
        via=None if via is None else reports[str(via)],
        quote=data.get("quote"),
        id=claim_id,
    )


# --------------------------------------------------------------------------- building


def _add_claim_nodes(
    graph: nx.MultiDiGraph,
    claims: Iterable[Claim],
    groups: Mapping[str, str],
    labels: Mapping[str, str],
) -> None:
    # A source is a node per distinct Source; a second, different Source under a name
    # already taken gets a numbered node, and its claims point to it by their asserts edge.
    source_nodes: dict[Source, str] = {}
    taken: Counter[str] = Counter()
    for claim in claims:
        group = groups.get(claim.id)
        node = claim_node(claim.id)
        graph.add_node(node, **_claim_attrs(claim, group, labels.get(group or "")))
        source = source_nodes.get(claim.source)
        if source is None:
            taken[claim.source.name] += 1
            count = taken[claim.source.name]
            source = source_node(claim.source.name) + ("" if count == 1 else f"~{count}")
            source_nodes[claim.source] = source
            graph.add_node(source, **_source_attrs(claim.source))
        graph.add_edge(source, node, key="asserts", relation="asserts")
        if claim.via is None:
            continue
        for report in claim.via.chain():
            here = report_node(report.id)
            if here not in graph:
                graph.add_node(here, **_report_attrs(report))
            if report.relays is not None:
                relayed = report_node(report.relays.id)
                if relayed not in graph:
                    graph.add_node(relayed, **_report_attrs(report.relays))
                if not graph.has_edge(here, relayed, key="relays"):
                    graph.add_edge(here, relayed, key="relays", relation="relays")
        graph.add_edge(report_node(claim.via.id), node, key="carries", relation="carries")


def _pairs_of(
    members: Iterable[Claim], scored: Iterable[tuple[str, str]]
) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of a group (id order), or only its scored pairs past ALL_PAIRS_LIMIT."""
    ordered = sorted(members, key=lambda c: c.id)
    if len(ordered) <= ALL_PAIRS_LIMIT:
        yield from itertools.combinations(ordered, 2)
        return
    by_id = {c.id: c for c in ordered}
    for first, second in sorted(scored):
        if first in by_id and second in by_id:
            yield by_id[first], by_id[second]


def _array_scores(alignment: Alignment) -> dict[str, dict[tuple[str, str], float]]:
    """Aligned pair scores per group id, read from the alignment's pair table.

    Building a :class:`~claimrec.alignment.PairScore` per pair (with its explanations)
    costs far more than relating the pair; the scores are all :func:`_judge` needs.
    """
    a_index, b_index, scores = alignment.pair_table()
    ids = [c.id for c in alignment.claims]
    membership = alignment.membership.tolist()
    group_ids = [g.id for g in alignment.groups]
    out: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    for i, j, score in zip(a_index.tolist(), b_index.tolist(), scores.tolist(), strict=True):
        if membership[i] != membership[j]:
            continue
        x, y = ids[i], ids[j]
        out[group_ids[membership[i]]][(x, y) if x <= y else (y, x)] = float(score)
    return out


@functools.lru_cache(maxsize=65536)
def _overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether two figures overlap (cached: the same few figures recur over many pairs)."""
    return a.overlaps(b)


# speakers a name does not identify: witnesses, "local sources", "aid groups"
_ANONYMOUS = frozenset({SourceKind.WITNESS, SourceKind.OTHER})


def _same_reading(x: str, y: str, rx: Resolved | None, ry: Resolved | None) -> bool:
    """Whether two texts say one thing: the same words, or one resolved identity."""
    if normalize(x) == normalize(y):
        return True
    return rx is not None and ry is not None and rx.id == ry.id


def claim_graph(
    claims: Iterable[Claim] | Alignment,
    *,
    threshold: float | None = None,
    time_window: Any = None,
    tolerance: float = 0.05,
    dispute_ratio: float = 2.0,
    vocabulary: Vocabulary | None = None,
    _oracle: bool = False,
) -> ClaimGraph:
    """Build the claim graph: align, relate the pairs inside each aligned group.

    Only pairs inside one alignment group are related, never all pairs (groups larger
    than ``ALL_PAIRS_LIMIT`` claims relate only their scored candidate pairs).

    Parameters
    ----------
    claims : iterable of Claim, or Alignment
        The claims, or the result of :func:`~claimrec.alignment.align` on them.
    threshold, time_window : optional
        Passed to :func:`~claimrec.alignment.align` (and to
        :func:`~claimrec.alignment.compare` for unscored pairs of a group).
    tolerance, dispute_ratio : float
        As for :func:`~claimrec.relation.relate`.
    vocabulary : Vocabulary, optional
        The vocabulary for alignment, relations and parties; the shipped one by default.

    Returns
    -------
    ClaimGraph

    Raises
    ------
    InvalidClaimError
        For a bad ``tolerance`` or ``dispute_ratio``.

    See Also
    --------
    claimrec.relation.relate : how one pair is related.
    claimrec.io.graphfile.write_graphml : save the graph for Gephi, yEd or Cytoscape.

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> graph = claim_graph(cr.datasets.mali_2025())
    >>> rel = graph.relationship("fama-thwarted", "jnim-seized")
    >>> rel.kind.value, [r.kind.value for r in rel.reasons]
    ('contradicts', ['categorical'])
    >>> graph.relationship("fama-neutralised", "news-soldiers-killed-1-june") is None
    True
    """
    _check_options(tolerance, dispute_ratio)
    lookup = _lookup(vocabulary)
    options: dict[str, Any] = {"vocabulary": lookup.vocabulary}
    if threshold is not None:
        options["threshold"] = threshold
    if time_window is not None:
        options["time_window"] = time_window
    if isinstance(claims, Alignment):
        alignment = claims
    else:
        items = list(claims)
        resolution = resolve(items, vocabulary=lookup.vocabulary)
        alignment = align(items, resolution=resolution, **options)
    build = _build_oracle if _oracle else _build  # the oracle: every pair by itself
    with paused():  # a Relationship and its reasons per pair, none in a cycle
        return build(alignment, lookup, tolerance, dispute_ratio)


def _build(
    alignment: Alignment,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
) -> ClaimGraph:
    """Relate the pairs and return the graph; the networkx view is built when asked for.

    The same pairs, judged by the same :func:`~claimrec.relation._judge`, in the same order
    as :func:`_build_oracle`; what differs is the cost around the judge: the pairs alignment
    did not score are scored in one vectorised call (a :class:`PairScore` with its
    explanations only for the few that alignment would reject), each claim's resolution is
    read once, and no networkx edge is made until :attr:`ClaimGraph.nx` is read.
    """
    groups: dict[str, str] = {}
    labels: dict[str, str] = {}
    for group in alignment.groups:
        labels[group.id] = group.label
        for claim in group.claims:
            groups[claim.id] = group.id
    claims = list(alignment.claims)
    resolution = _Memo(alignment.resolution)
    position = {c.id: k for k, c in enumerate(claims)}
    records: dict[str, ClaimResolution] = {}

    def record(claim_id: str) -> ClaimResolution:
        found = records.get(claim_id)
        if found is None:
            found = records[claim_id] = resolution[position[claim_id]]
        return found

    table = alignment._table  # noqa: SLF001 - score unscored pairs with the very same table
    opts = alignment._opts  # noqa: SLF001
    aggregates = _aggregates(claims, resolution)
    covered = {x: agg for agg, xs in aggregates.items() for x in xs}
    relationships: dict[tuple[str, str], Relationship] = {}
    fast = _array_scores(alignment)

    def add(rel: Relationship) -> None:
        if rel.kind is Relation.UNRELATED:
            return
        if rel.kind in _STORED:
            rel = rel.converse()
        if rel.disputed and (
            (rel.a in aggregates and covered.get(rel.b) == rel.a)
            or (rel.b in aggregates and covered.get(rel.a) == rel.b)
        ):
            rel = _bounded(rel)
        relationships[(rel.a, rel.b)] = rel

    def judge(a: Claim, b: Claim, score: float) -> Relationship:
        return _judge(
            a, b, score=score, lookup=lookup, tolerance=tolerance,
            dispute_ratio=dispute_ratio, ra=record(a.id), rb=record(b.id),
        )  # fmt: skip

    def relate_all(pairs: list[tuple[Claim, Claim]]) -> Iterator[Relationship]:
        """``_relate_scored`` of every pair, the pairs scored in one vectorised call.

        Each pair's :class:`PairScore` is read from the batch without the features'
        explanations: they only explain an unrelated answer, which the graph never keeps.
        """
        if not pairs:
            return
        ia = np.array([position[a.id] for a, _ in pairs], dtype=np.int64)
        ib = np.array([position[b.id] for _, b in pairs], dtype=np.int64)
        scored = _score(table, ia, ib, opts, full=True)
        first, second = scored.a.tolist(), scored.b.tolist()
        codes, rejects = scored.relation.tolist(), scored.reject.tolist()
        values, features = scored.score.tolist(), scored.features.T.tolist()
        for k, (a, b) in enumerate(pairs):
            pair = PairScore(
                a=table.ids[first[k]],
                b=table.ids[second[k]],
                score=values[k],
                aligned=rejects[k] == _R_NONE and values[k] >= opts.threshold,
                threshold=opts.threshold,
                features=tuple(
                    Feature(name=name, score=round(x, 6), weight=w, detail=_UNEXPLAINED)
                    for name, w, x in zip(FEATURES, opts.weights, features[k], strict=True)
                ),
                place_relation=_RELATIONS[codes[k]] if codes[k] != _P_NONE else None,
                rejected=_REJECT[rejects[k]] or None,
            )
            yield _relate_scored(
                a, b, pair, lookup, tolerance, dispute_ratio, record(a.id), record(b.id)
            )

    # In-group pairs, in the oracle's order: scored ones judged at once, the others
    # scored together first.
    plan: list[tuple[Claim, Claim, float | None]] = []
    for group in alignment.groups:
        if len(group.claims) < 2:
            continue
        scored_pairs: Mapping[tuple[str, str], float] = fast.get(group.id, {})
        for a, b in _pairs_of(group.claims, scored_pairs):
            plan.append((a, b, scored_pairs.get((a.id, b.id))))
    unscored = relate_all([(a, b) for a, b, found in plan if found is None])
    for a, b, found in plan:
        add(judge(a, b, found) if found is not None else next(unscored))
    del plan
    # Aligned pairs that complete linkage put in two groups (a toll aligned with two
    # groups that are not aligned with each other) are related too: relate(a, b) and the
    # graph give the same answer for every aligned pair.
    a_index, b_index, scores = alignment.pair_table()
    membership = alignment.membership
    across = np.flatnonzero(membership[a_index] != membership[b_index])
    for k in across.tolist():
        add(judge(claims[int(a_index[k])], claims[int(b_index[k])], float(scores[k])))
    # A denial of what another claim entails ("no attack on civilians" and "civilians
    # killed") is a dispute across predicate families, which alignment keeps apart.
    victims = list(_victim_pairs(claims, resolution, lookup))
    if victims:
        # keep the pairs the rescue can save: rejected on the subject alone, and aligned
        # without it (scored in one vectorised call; explanations only for those kept)
        va = np.array([position[a.id] for a, _ in victims], dtype=np.int64)
        vb = np.array([position[b.id] for _, b in victims], dtype=np.int64)
        scored = _score(table, va, vb, opts, full=True)
        weights = np.array(opts.weights, dtype=np.float64)
        subject = FEATURES.index("subject")
        rest = weights.sum() - weights[subject]
        without = (weights @ scored.features - weights[subject] * scored.features[subject]) / (
            rest if rest > 0 else 1.0
        )
        keep = (scored.reject == _R_SUBJECT) & (without >= opts.threshold)
        victims = [victims[k] for k in np.flatnonzero(keep).tolist()]
    extra: list[tuple[Claim, Claim]] = []
    seen: set[tuple[str, str]] = set()
    for a, b in [*_entailment_pairs(claims, resolution, lookup, groups), *victims]:
        if (a.id, b.id) in relationships or (b.id, a.id) in relationships:
            continue
        if (a.id, b.id) not in seen:  # a pair listed twice is judged once: the same answer
            seen.add((a.id, b.id))
            extra.append((a, b))
    for rel in relate_all(extra):
        add(rel)
    for a, b in _relay_pairs(claims, record, lookup):
        if (a.id, b.id) in relationships or (b.id, a.id) in relationships:
            continue
        relayed = _relay(a, b, record(a.id), record(b.id), lookup)
        if relayed is not None:
            add(relayed)
    out = ClaimGraph(
        None,
        {c.id: c for c in claims},
        relationships,
        groups,
        labels,
        lookup.vocabulary,
        resolution,
        aggregates,
    )
    out._records.update(records)  # noqa: SLF001 - the graph's own cache, filled here
    return out


_UNEXPLAINED = "not explained (the graph keeps no unrelated pair)"


class _Memo(Resolution):
    """A :class:`Resolution` that builds each claim's :class:`ClaimResolution` once.

    The graph reads a claim's resolution in several places (its pairs, the victim and
    entailment pairs, the aggregates, the events); each read of a plain resolution builds
    a new record.
    """

    __slots__ = ("_memo",)

    def __init__(self, base: Resolution) -> None:
        super().__init__(base._cols)  # noqa: SLF001 - the same columns, read once per claim
        self._memo: dict[int, ClaimResolution] = {}

    def __getitem__(self, key: str | int | Claim) -> ClaimResolution:
        i = self._index(key)
        found = self._memo.get(i)
        if found is None:
            found = self._memo[i] = super().__getitem__(i)
        return found


def _build_oracle(
    alignment: Alignment,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
) -> ClaimGraph:
    """Relate every pair one at a time: the simple path, kept as the oracle of :func:`_build`.

    Every unscored pair gets its own :class:`~claimrec.alignment.PairScore` and the
    networkx view is built eagerly. ``tests/test_graph_oracle.py`` checks that the fast
    path gives the same graph.
    """
    groups: dict[str, str] = {}
    labels: dict[str, str] = {}
    for group in alignment.groups:
        labels[group.id] = group.label
        for claim in group.claims:
            groups[claim.id] = group.id
    graph = nx.MultiDiGraph()
    claims = list(alignment.claims)
    _add_claim_nodes(graph, claims, groups, labels)
    resolution = alignment.resolution
    position = {c.id: k for k, c in enumerate(claims)}
    records: dict[str, ClaimResolution] = {}

    def record(claim_id: str) -> ClaimResolution:
        found = records.get(claim_id)
        if found is None:
            found = records[claim_id] = resolution[position[claim_id]]
        return found

    table = alignment._table  # noqa: SLF001 - score unscored pairs with the very same table
    opts = alignment._opts  # noqa: SLF001
    aggregates = _aggregates(claims, resolution)
    covered = {x: agg for agg, xs in aggregates.items() for x in xs}
    relationships: dict[tuple[str, str], Relationship] = {}
    fast = _array_scores(alignment)

    def add(rel: Relationship) -> None:
        if rel.kind is Relation.UNRELATED:
            return
        if rel.kind in _STORED:
            rel = rel.converse()
        if rel.disputed and (
            (rel.a in aggregates and covered.get(rel.b) == rel.a)
            or (rel.b in aggregates and covered.get(rel.a) == rel.b)
        ):
            rel = _bounded(rel)
        relationships[(rel.a, rel.b)] = rel
        graph.add_edge(
            claim_node(rel.a), claim_node(rel.b), key=rel.kind.value, **_relation_attrs(rel)
        )

    for group in alignment.groups:
        if len(group.claims) < 2:
            continue
        known: Mapping[tuple[str, str], float | PairScore] = fast.get(group.id, {})
        for a, b in _pairs_of(group.claims, known):
            found = known.get((a.id, b.id))
            if isinstance(found, float):
                rel = _judge(
                    a, b, score=found, lookup=lookup,
                    tolerance=tolerance, dispute_ratio=dispute_ratio,
                    ra=record(a.id), rb=record(b.id),
                )  # fmt: skip
            else:
                pair = _pair_score(table, position[a.id], position[b.id], opts)
                rel = _relate_scored(
                    a, b, pair, lookup, tolerance, dispute_ratio, record(a.id), record(b.id)
                )
            add(rel)
    # Aligned pairs that complete linkage put in two groups (a toll aligned with two
    # groups that are not aligned with each other) are related too: relate(a, b) and the
    # graph give the same answer for every aligned pair.
    a_index, b_index, scores = alignment.pair_table()
    membership = alignment.membership
    across = np.flatnonzero(membership[a_index] != membership[b_index])
    for k in across.tolist():
        a, b = claims[int(a_index[k])], claims[int(b_index[k])]
        rel = _judge(
            a, b, score=float(scores[k]), lookup=lookup,
            tolerance=tolerance, dispute_ratio=dispute_ratio,
            ra=record(a.id), rb=record(b.id),
        )  # fmt: skip
        add(rel)
    # A denial of what another claim entails ("no attack on civilians" and "civilians
    # killed") is a dispute across predicate families, which alignment keeps apart.
    victims = list(_victim_pairs(claims, resolution, lookup))
    if victims:
        # keep the pairs the rescue can save: rejected on the subject alone, and aligned
        # without it (scored in one vectorised call; explanations only for those kept)
        va = np.array([position[a.id] for a, _ in victims], dtype=np.int64)
        vb = np.array([position[b.id] for _, b in victims], dtype=np.int64)
        scored = _score(table, va, vb, opts, full=True)
        weights = np.array(opts.weights, dtype=np.float64)
        subject = FEATURES.index("subject")
        rest = weights.sum() - weights[subject]
        without = (weights @ scored.features - weights[subject] * scored.features[subject]) / (
            rest if rest > 0 else 1.0
        )
        keep = (scored.reject == _R_SUBJECT) & (without >= opts.threshold)
        victims = [victims[k] for k in np.flatnonzero(keep).tolist()]
    for a, b in [*_entailment_pairs(claims, resolution, lookup, groups), *victims]:
        if (a.id, b.id) in relationships or (b.id, a.id) in relationships:
            continue
        pair = _pair_score(table, position[a.id], position[b.id], opts)
        add(
            _relate_scored(a, b, pair, lookup, tolerance, dispute_ratio, record(a.id), record(b.id))
        )
    for a, b in _relay_pairs(claims, record, lookup):
        if (a.id, b.id) in relationships or (b.id, a.id) in relationships:
            continue
        relayed = _relay(a, b, record(a.id), record(b.id), lookup)
        if relayed is not None:
            add(relayed)
    out = ClaimGraph(
        graph,
        {c.id: c for c in claims},
        relationships,
        groups,
        labels,
        lookup.vocabulary,
        resolution,
        aggregates,
    )
    out._records.update(records)  # noqa: SLF001 - the graph's own cache, filled here
    return out


_RELAY_BUCKET = 64  # one speaker's claims of one figure compared pair by pair up to this


def _relay_pairs(
    claims: list[Claim], record: Callable[[str], ClaimResolution], lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of one identified speaker's claims of one figure (or predicate): maybe relays.

    Buckets larger than ``_RELAY_BUCKET`` claims (a speaker repeating one figure about
    many events) are left to alignment.
    """
    buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    vocab = lookup.vocabulary
    for claim in claims:
        rec = record(claim.id)
        if rec.speaker is None:
            continue
        key = _relay_key(claim, rec)
        if key is None:
            continue
        speaker = _speaker_key(rec.speaker, claim.source, vocab)
        buckets[speaker, claim.polarity, key].append(claim)
    for members in buckets.values():
        if 1 < len(members) <= _RELAY_BUCKET:
            yield from itertools.combinations(members, 2)


def _entailment_pairs(
    claims: list[Claim], resolution: Resolution, lookup: _Lookup, groups: Mapping[str, str]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (denial, assertion) whose asserted predicate entails the denied one."""
    denied = [c for c in claims if c.denied]
    if not denied:
        return
    predicate_of = {
        c.id: (None if (hit := resolution[k].predicate) is None else hit.id)
        for k, c in enumerate(claims)
    }
    asserted = [c for c in claims if not c.denied and predicate_of[c.id] is not None]
    for d in denied:
        target = predicate_of[d.id]
        if target is None:
            continue
        for c in asserted:
            if groups.get(c.id) != groups.get(d.id) and lookup.entails(predicate_of[c.id], target):
                yield (d, c) if d.id <= c.id else (c, d)


_INSTANT = dt.timedelta(microseconds=1)  # a span's end is exclusive: its last instant
_SPAN_DAYS = 14  # a span this short meets each of its days (an operation of a week or two)


def _victim_pairs(
    claims: list[Claim], resolution: Resolution, lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of one predicate at one place whose victims are exclusive kinds of people.

    Alignment keeps exclusive subjects apart; "civilians killed" and "militants killed" at
    one place may be one count named two ways, which relate() examines: so does the graph.
    Claims of two different days are not paired: a span of up to two weeks meets each of its
    days, an undated claim meets every day.
    """
    buckets: dict[tuple[str, str], dict[str, list[tuple[Claim, str]]]] = {}
    for k, claim in enumerate(claims):
        rec = resolution[k]
        if rec.predicate is None or rec.subject is None or not lookup.human(rec.subject.id):
            continue
        place = rec.place
        where = place.id if place is not None else _place_core(claim.place or "")
        if not where:
            continue
        days = buckets.setdefault((rec.predicate.id, where), {})
        for day in _days_of(claim.when):
            days.setdefault(day, []).append((claim, rec.subject.id))
    seen: set[tuple[str, str]] = set()
    for days in buckets.values():
        undated = days.get("?", [])
        for day, members in days.items():
            pairs: Iterable[tuple[tuple[Claim, str], tuple[Claim, str]]] = itertools.combinations(
                members, 2
            )
            if day != "?":
                pairs = itertools.chain(pairs, itertools.product(members, undated))
            for (a, sa), (b, sb) in pairs:
                if lookup.subjects_exclude(sa, sb) and lookup.subjects_kin(sa, sb):
                    pair = (a, b) if a.id <= b.id else (b, a)
                    if (pair[0].id, pair[1].id) not in seen:
                        seen.add((pair[0].id, pair[1].id))
                        yield pair


def _days_of(when: TimeSpan | None) -> list[str]:
    """Return the day buckets a claim meets: its days (a span of two weeks at most).

    An undated claim meets every day ("?"); a longer span, its first day only.
    """
    if when is None:
        return ["?"]
    first, last = when.start.date(), (when.end - _INSTANT).date()
    count = (last - first).days + 1
    if count > _SPAN_DAYS:
        return [str(first)]
    return [str(first + dt.timedelta(days=k)) for k in range(count)]


# --------------------------------------------------------------------------- events


def _events(
    claims: list[Claim],
    resolution: Resolution,
    groups: Mapping[str, str],
    aggregates: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[Event, ...], dict[str, Event]]:
    parent = list(range(len(claims)))
    why: dict[int, set[str]] = defaultdict(set)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: int, y: int, reason: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
        why[min(rx, ry)].add(reason)
        why[min(rx, ry)].update(why.pop(max(rx, ry), set()) if rx != ry else ())

    members = [k for k, c in enumerate(claims) if c.id not in aggregates]
    by_key: dict[tuple[str, str], int] = {}
    coarse: dict[object, list[int]] = defaultdict(list)
    fine: dict[object, list[tuple[int, Place]]] = defaultdict(list)
    for k in members:
        claim = claims[k]
        group = groups.get(claim.id)
        if group is not None and (hit := by_key.get(("group", group))) is not None:
            union(hit, k, "aligned items")
        elif group is not None:
            by_key["group", group] = k
        if claim.event is not None:
            key = ("event", normalize(claim.event))
            if key in by_key:
                union(by_key[key], k, "one event label")
            else:
                by_key[key] = k
        days = _span_days(claim.when)
        if claim.when is None or days is None or days >= _EVENT_DAYS:
            continue
        place = _place_of(resolution[k])
        if place is None:
            continue
        day = claim.when.start.date()
        key = ("place", f"{place.id}|{day}")
        if key in by_key:
            union(by_key[key], k, "one place, one day")
        else:
            by_key[key] = k
        if place.kind in _FINE_KINDS:
            fine[day].append((k, place))
        else:
            coarse[day].append(k)
    nested: dict[tuple[str, str], bool] = {}  # each pair of places related once
    for moment, wide in coarse.items():
        for k in wide:
            area = _place_of(resolution[k])
            if area is None:
                continue
            for f, place in fine.get(moment, ()):
                within = nested.get((place.id, area.id))
                if within is None:
                    within = nested[place.id, area.id] = _relate_places(
                        resolution.vocabulary, place, area
                    ).value in ("within", "same")
                if within:
                    union(k, f, "places within one another, one day")
    # claims naming one place (or the same words for it) whose times are not known to be
    # days apart: one event ("Moura", "village de Moura", "zone de Moura")
    by_name: dict[str, list[int]] = defaultdict(list)
    for k in members:
        named = resolution[k].place
        text = claims[k].place or (named.text if named is not None else None)
        if (
            named is not None
            and isinstance(named.record, Place)
            and named.record.kind in _FINE_KINDS
        ):
            by_name["id:" + named.id].append(k)
        elif text is not None and named is None:
            by_name["words:" + _place_core(text)].append(k)
    for ks in by_name.values():
        anchor: dict[str, int] = {}
        for k in ks:
            when = claims[k].when
            days = _span_days(when)
            slot = (
                "?"
                if when is None or days is None or days >= _EVENT_DAYS
                else str(when.start.date())
            )
            if slot == "?":
                first = anchor.get("?")
                if first is None:
                    anchor["?"] = k
                    first = next((v for key, v in anchor.items() if key != "?"), None)
                if first is not None and first != k:
                    union(first, k, "one place")
            else:
                same_day = anchor.setdefault(slot, k)
                if same_day != k:
                    union(same_day, k, "one place, one day")
                if "?" in anchor:
                    union(anchor["?"], k, "one place")
    # a claim with no time or no place joins the one event of its report's other claims
    by_report: dict[str, set[int]] = defaultdict(set)
    loose: list[int] = []
    for k in members:
        claim = claims[k]
        if claim.via is None:
            continue
        if claim.when is None or claim.place is None:
            loose.append(k)
        else:
            by_report[claim.via.id].add(k)
    for k in loose:
        via = claims[k].via
        others = by_report.get(via.id if via is not None else "", set())
        roots = {find(o) for o in others}
        if len(roots) == 1:
            union(roots.pop(), k, "one report")
    clusters: dict[int, list[int]] = defaultdict(list)
    for k in members:
        clusters[find(k)].append(k)
    out: list[Event] = []
    of: dict[str, Event] = {}
    for root, ks in clusters.items():
        event = _event([claims[k] for k in ks], tuple(sorted(why.get(root, ()))))
        out.append(event)
        for k in ks:
            of[claims[k].id] = event
    first_of: dict[str, Claim] = {}  # by id: a scan of every claim per aggregate was quadratic
    for c in claims if aggregates else ():
        first_of.setdefault(c.id, c)
    for claim_id, inside in aggregates.items():
        claim = first_of[claim_id]
        covers = tuple(sorted({of[x].id for x in inside if x in of}))
        event = _event([claim], ("a total over several events",), aggregate=True, covers=covers)
        out.append(event)
        of[claim_id] = event
    out.sort(key=lambda e: (-len(e.claims), e.claims[0].id))
    return tuple(out), of


def _event(
    members: list[Claim],
    reasons: tuple[str, ...],
    *,
    aggregate: bool = False,
    covers: tuple[str, ...] = (),
) -> Event:
    ordered = tuple(sorted(members, key=lambda c: c.id))
    ids = "\x1f".join(c.id for c in ordered)
    eid = "e" + hashlib.sha1(ids.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    places = Counter(c.place for c in ordered if c.place is not None)
    times = sorted((c.when for c in ordered if c.when is not None), key=lambda t: t.start)
    parts = []
    if places:
        parts.append(places.most_common(1)[0][0])
    if times:
        parts.append(str(times[0]))
    label = " | ".join(parts) or ordered[0].describe()
    return Event(
        id=eid, claims=ordered, label=label, aggregate=aggregate, covers=covers, reasons=reasons
    )
