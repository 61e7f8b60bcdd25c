""":class:`ClaimGraph`: claims, sources, reports and their relationships (private)."""

from __future__ import annotations

import functools
import html
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import networkx as nx
import numpy as np

from claimrec._gc import paused
from claimrec._records import (
    CLAIM_COLUMNS,
    frame,
    said_line,
)
from claimrec._text import normalize
from claimrec.errors import FormatError, UnknownNameError
from claimrec.graph._arrays import CODE, KINDS, Adjacency, Relations
from claimrec.graph._echoes import bare, echo_clusters, primary
from claimrec.graph._incidents import _events
from claimrec.graph._nodes import (
    _STORED,
    _STRUCTURE,
    _add_claim_nodes,
    _asserted_by,
    _claim_from,
    _relation_attrs,
    _relationship_from,
    _report_from,
    _source_from,
    _unprefixed,
    _via_id,
    _why,
    claim_node,
    source_node,
)
from claimrec.graph._results import Corroboration, Dispute, Echo, Event, SourcePair
from claimrec.graph._support import SupportIndex
from claimrec.graph._tables import (
    claim_records,
    corroboration_records,
    dispute_records,
    echo_records,
    relationship_records,
)
from claimrec.model import Claim, Report, Source, SourceKind
from claimrec.quantity import Quantity
from claimrec.relation import (
    ReasonKind,
    Relation,
    Relationship,
    _aggregates,
    _lookup,
)
from claimrec.resolution import ClaimResolution, Resolution, Resolved, Unresolved, resolve
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor, Vocabulary

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
        "_eager",
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
        # the relationships as arrays, each Relationship built when read (_arrays)
        self._relationships = (
            relationships
            if isinstance(relationships, Relations)
            else Relations.from_mapping(relationships, list(self._claims))
        )
        # the relationships as the judge made them, kept by the oracle path only
        self._eager: Mapping[tuple[str, str], Relationship] | None = None
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
        self._related_index: Adjacency | None = None
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
        out._answers = self._answers  # the copies edges change no answer
        out._related_index = self._related_index
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
            lambda: tuple(self._relationships.rows(self._relationships.sorted_rows())),
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

    def _related(self) -> Adjacency:
        """Claim -> [(other claim id, relation of claim to other, row of the arrays)].

        Built once (the graph never changes), from the arrays; callers only read it.
        """
        if self._related_index is None:
            self._related_index = self._relationships.adjacency()
        return self._related_index

    def _contradictions(self) -> list[tuple[str, str, bool]]:
        """Return (a, b, whether a reason is about who did it) of each contradiction, by ids.

        Read from the arrays: no :class:`Relationship` is built.
        """
        store = self._relationships
        rows = np.flatnonzero(store.kind == CODE[Relation.CONTRADICTS])
        blame = store.has_reason(ReasonKind.PERPETRATOR)[rows].tolist()
        ids = store.ids
        return sorted(
            (ids[a], ids[b], p)
            for a, b, p in zip(store.a[rows].tolist(), store.b[rows].tolist(), blame, strict=True)
        )

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
        store = self._relationships
        for rel in store.rows(np.flatnonzero(store.disputed)):  # only these are built
            by_group[self._groups.get(rel.a, rel.a)].append(rel)
        support = SupportIndex(store, self._related(), self._groups, _SIDE_KINDS)
        out: list[Dispute] = []
        for gid in sorted(by_group):
            rels = sorted(by_group[gid], key=lambda r: (r.a, r.b))
            sides = self._sides(rels, support)
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
        self, rels: list[Relationship], support: SupportIndex
    ) -> tuple[tuple[Claim, ...], ...]:
        disputed = [(r.a, r.b) for r in rels]
        # supporters are sought within the disputed claims' own groups: followed across the
        # whole graph, support chains through every group of a busy feed (each dispute then
        # walked a component of millions of claims at 1M)
        members, backing = support.walk(sorted({x for r in rels for x in (r.a, r.b)}))
        ordered = _assign_sides(members, disputed, backing)
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
        """One speaker's relays of one statement; never two statements of it (``_echoes``)."""
        if self._echoes is None:
            self._echoes = echo_clusters(
                self._same_speaker_rows(),
                self._claims,
                speaker=self._speaker,
                person=lambda claim_id: self._record(claim_id).person,
                medium=lambda claim_id: self._record(claim_id).medium,
            )
        return self._echoes

    def _same_speaker_rows(self) -> list[tuple[str, str, Relation, bool]]:
        """Return (a, b, kind, has an echo reason) of the stored pairs of one speaker.

        Each related claim's speaker is read once, and compared over the arrays.
        """
        store = self._relationships
        if len(store) == 0:
            return []
        related = np.unique(np.concatenate((store.a, store.b)))
        code: dict[str, int] = {}
        speaker = np.full(len(store.ids), -1, dtype=np.int64)
        ids, key = store.ids, self._speaker
        speaker[related] = [code.setdefault(key(ids[x]), len(code)) for x in related.tolist()]
        same = np.flatnonzero(speaker[store.a] == speaker[store.b])
        echo = store.has_reason(ReasonKind.ECHO)[same].tolist()
        ids = store.ids
        return [
            (ids[a], ids[b], KINDS[k], e)
            for a, b, k, e in zip(
                store.a[same].tolist(), store.b[same].tolist(), store.kind[same].tolist(), echo,
                strict=True,
            )
        ]

    def _primary(self, cluster: list[str]) -> str:
        return primary(cluster, self._claims)

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

        Claims are one event when they are one aligned item, carry one event label,
        name places within one another on one day, or name one place (its gazetteer
        entry, its words, or its first name: *Moura* and *village de Moura*) on days
        that can only be one incident's; a claim with no time or place joins the one
        event its report's other claims are in (never bridging two such events), and
        the claims of a report that gives no place and time are one event.
        :attr:`Event.reasons` names the links (see
        ``docs/resolution.md``). A claim whose time span and
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
            lossy = tuple(c for c in relays if bare(c.id, cluster, self._claims))
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
        parties_of: dict[str, str] = {}  # a claim supports many: its party is read once

        def party_of(claim_id: str) -> str:
            found = parties_of.get(claim_id)
            if found is None:
                found = parties_of[claim_id] = self._party(self._claims[claim_id].source, claim_id)
            return found

        out: list[Corroboration] = []
        ids = self._relationships.ids
        # only the claims that some claim agrees with or entails can be corroborated
        for position, others in self._related().supporters(Relation.AGREES, Relation.REFINED_BY):
            claim_id = ids[position]
            if evidence[claim_id] != claim_id:
                continue  # an echo: its statement is reported once, under its primary claim
            claim = self._claims[claim_id]
            own_party = party_of(claim_id)
            parties: dict[str, Source] = {own_party: claim.source}
            supporting: dict[str, Claim] = {}
            for other_position in others:
                other_id = ids[other_position]
                group = evidence[other_id]
                other = self._claims[other_id]
                party = party_of(other_id)
                if group == claim_id or party == own_party:
                    continue
                if not self._independent(claim, other):
                    continue
                if group != other_id and not self._independent(claim, self._claims[group]):
                    continue  # the echo's original says otherwise: a relay's wording is no support
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
        statement relayed, so they never count as a second voice. Nor does an outlet
        narrating in its own voice (naming no source) a description, no figure, in the
        very words of the other claim (subject, predicate, perpetrator and place, as
        written): one outlet's sentence reproduced by another, or one wire copy, is one
        account. Two outlets giving one figure are still two voices: a count coincides
        in any wording. And two claims of responsibility (*TRF claimed the attack*, *the
        attack was reportedly claimed by a LeT branch*) report one claimant's statement,
        however many outlets repeat it: its only source is the claimant
        (:attr:`~claimrec.ClaimResolution.claimant`), so one never supports another.
        """
        if self._record(claim.id).claimant is not None and (
            self._record(other.id).claimant is not None
        ):
            return False  # one claim of responsibility relayed: the claimant is its one source
        va, vb = claim.value, other.value
        if isinstance(va, Quantity) and isinstance(vb, Quantity) and not _overlaps(va, vb):
            return False
        if (
            va is None
            and vb is None
            and (_narrated(claim) or _narrated(other))
            and _same_words(claim, other)
        ):
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
        store = self._relationships
        names_of = [self._claims[x].source.name for x in store.ids]
        for a, b, code, disputed in zip(
            store.a.tolist(), store.b.tolist(), store.kind.tolist(), store.disputed.tolist(),
            strict=True,
        ):  # fmt: skip
            names = sorted((names_of[a], names_of[b]))
            key = (names[0], names[1])
            kind = KINDS[code]
            kind = _STORED.get(kind, kind)
            counts[key][kind.value] += 1
            if disputed:
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
            "disputes": lambda: dispute_records(self),
            "corroborations": lambda: corroboration_records(self),
            "echoes": lambda: echo_records(self),
            "sources": lambda: [attrs.asdict(p) for p in self.source_summary()],
            "claims": lambda: claim_records(self),
            "relationships": lambda: relationship_records(self),
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

    # ---------------------------------------------------------------- display

    def _count(self, kind: Relation) -> int:
        return int(np.count_nonzero(self._relationships.kind == CODE[kind]))

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


@functools.lru_cache(maxsize=65536)
def _overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether two figures overlap (cached: the same few figures recur over many pairs)."""
    return a.overlaps(b)


# speakers a name does not identify: witnesses, "local sources", "aid groups"; and a
# state's voice that names no state, no party and no known body ("responsables
# palestiniens", "officials"): it may be the very ministry whose figure it repeats
_ANONYMOUS = frozenset({SourceKind.WITNESS, SourceKind.OTHER, SourceKind.STATE})


def _narrated(claim: Claim) -> bool:
    """Whether an outlet says it in its own voice: a media speaker, its own report or none."""
    if claim.source.kind is not SourceKind.MEDIA:
        return False
    return claim.via is None or normalize(claim.via.outlet) == normalize(claim.source.name)


def _same_words(a: Claim, b: Claim) -> bool:
    """Whether two claims say it in the same words (subject, predicate, actor, place)."""

    def text(x: object) -> str:
        return "" if x is None else normalize(str(x))

    return all(
        text(getattr(a, f)) == text(getattr(b, f))
        for f in ("subject", "predicate", "actor", "place")
    )


def _same_reading(x: str, y: str, rx: Resolved | None, ry: Resolved | None) -> bool:
    """Whether two texts say one thing: the same words, or one resolved identity."""
    if normalize(x) == normalize(y):
        return True
    return rx is not None and ry is not None and rx.id == ry.id


def _assign_sides(
    members: set[str],
    disputed: Sequence[tuple[str, str]],
    support: Mapping[str, set[str]],
) -> list[list[str]]:
    """Split a dispute's claims into sides of mutually supporting, undisputed claims.

    Claims are taken most-disputed first (then by id); each joins the first side that
    holds one of its supporters and none of the claims it disputes, or opens a new side.
    A side's members are a set, so each test reads the claim's own (few) partners rather
    than the whole side. Sides come largest first, then by their first id; members sorted.
    """
    degree = Counter(x for pair in disputed for x in pair)
    against: dict[str, set[str]] = defaultdict(set)
    for a, b in disputed:
        against[a].add(b)
        against[b].add(a)
    sides: list[set[str]] = []
    for claim_id in sorted(members, key=lambda x: (-degree[x], x)):
        mine, backed = against[claim_id], support.get(claim_id, set())
        for side in sides:
            if side.isdisjoint(mine) and not side.isdisjoint(backed):
                side.add(claim_id)
                break
        else:
            sides.append({claim_id})
    return sorted((sorted(side) for side in sides), key=lambda s: (-len(s), s[0]))
