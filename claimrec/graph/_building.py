""":func:`claim_graph`: which pairs are related, and how the graph is built (private)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import networkx as nx
import numpy as np

from claimrec._gc import paused
from claimrec._text import normalize
from claimrec.alignment import (
    _R_SUBJECT,
    _RELATIONS,
    FEATURES,
    Alignment,
    Feature,
    PairScore,
    _pair_score,
    _score,
    align,
)
from claimrec.alignment._common import _P_NONE, _R_NONE, _REJECT
from claimrec.graph._arrays import RelationsBuilder
from claimrec.graph._claimgraph import ClaimGraph
from claimrec.graph._nodes import _STORED, _add_claim_nodes, _relation_attrs, claim_node
from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.relation import (
    _ONE_TIME_DAYS,
    Relation,
    Relationship,
    _accord,
    _aggregates,
    _article,
    _bounded,
    _check_options,
    _dated,
    _denied_side,
    _judge,
    _Lookup,
    _lookup,
    _Pair,
    _perpetrator_of,
    _perpetrator_reason,
    _perpetrator_role,
    _place_of,
    _relate_scored,
    _relay,
    _relay_key,
    _relay_numbers,
    victim_pairs,
)
from claimrec.relation._accounts import account_pairs
from claimrec.relation._causes import asserts_cause
from claimrec.relation._claimed import claimed_pairs
from claimrec.relation._disputes import _listed_parts
from claimrec.relation._harm import harm_pairs
from claimrec.relation._kinds import _judged
from claimrec.relation._rejections import rejection_pairs
from claimrec.relation._screen import _may_answer, _Who, _who_facets
from claimrec.resolution import ClaimResolution, Resolution, Resolved, resolve
from claimrec.resolution._denial import means_of
from claimrec.resolution._geography import is_local
from claimrec.resolution._resolver import _speaker_key
from claimrec.resolution._sites import _place_key
from claimrec.resolution._words import _place_core, _place_head, _wide_head
from claimrec.timespan import TimeSpan
from claimrec.vocab import Actor, Place, Vocabulary

#: Groups up to this size have every pair related; larger ones only their scored pairs.
ALL_PAIRS_LIMIT = 40


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


def _group_scores(alignment: Alignment) -> Callable[[int], dict[tuple[str, str], float]]:
    """Return the aligned pair scores of the ``k``-th group, read when asked for.

    The same as :func:`_array_scores`, one group at a time: a dict of every group's pairs
    at once held a key tuple and a float per aligned pair (about half a GiB at a million
    claims) for the whole build.
    """
    a_index, b_index, scores = alignment.pair_table()
    membership = alignment.membership
    inside = np.flatnonzero(membership[a_index] == membership[b_index])
    group = membership[a_index[inside]]
    order = np.argsort(group, kind="stable")
    rows, group = inside[order], group[order]
    n_groups = len(alignment.groups)
    cut = np.searchsorted(group, np.arange(n_groups + 1))
    ids = [c.id for c in alignment.claims]

    def scores_of(k: int) -> dict[tuple[str, str], float]:
        out: dict[tuple[str, str], float] = {}
        take = rows[cut[k] : cut[k + 1]]
        for i, j, score in zip(
            a_index[take].tolist(), b_index[take].tolist(), scores[take].tolist(), strict=True
        ):
            x, y = ids[i], ids[j]
            out[(x, y) if x <= y else (y, x)] = float(score)
        return out

    return scores_of


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
    try:
        with paused():  # a Relationship and its reasons per pair, none in a cycle
            return build(alignment, lookup, tolerance, dispute_ratio)
    finally:
        lookup.findings.clear()  # the judge's findings by distinct facets: one graph's


def _group_labels(alignment: Alignment) -> tuple[dict[str, str], dict[str, str]]:
    """Return each claim's alignment group and each group's label."""
    groups: dict[str, str] = {}
    labels: dict[str, str] = {}
    for group in alignment.groups:
        labels[group.id] = group.label
        for claim in group.claims:
            groups[claim.id] = group.id
    return groups, labels


def _stored(
    rel: Relationship,
    aggregates: Mapping[str, tuple[str, ...]],
    covered: Mapping[str, str],
) -> Relationship | None:
    """Return a relationship as the graph stores it, or None when there is none.

    The graph keeps one direction of each pair (``refined_by`` as the converse
    ``refines``), and a dispute between an aggregate and an event it covers is a bound.
    """
    if rel.kind is Relation.UNRELATED:
        return None
    if rel.kind in _STORED:
        rel = _converse(rel)
    if rel.disputed and (
        (rel.a in aggregates and covered.get(rel.b) == rel.a)
        or (rel.b in aggregates and covered.get(rel.a) == rel.b)
    ):
        rel = _bounded(rel)
    return rel


def _converse(rel: Relationship) -> Relationship:
    """Return ``rel.converse()`` without re-running the converters on its checked values.

    ``Relationship.converse`` is ``attrs.evolve``, which converts every field again (the
    claim ids, the kind, the strength, each reason); the graph turns a stored direction
    about once in three pairs.
    """
    return _judged(
        rel.b, rel.a, rel.kind.converse, rel.strength, rel.reasons, rel.magnitude_ratio,
        rel.disputed,
    )  # fmt: skip


#: Aligned pairs across groups read from the pair table at a time (as Python values).
_BLOCK = 4096


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
    groups, labels = _group_labels(alignment)
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
    # each relationship is kept as a row of arrays, its object dropped (_arrays)
    relationships = RelationsBuilder([c.id for c in claims], position)
    scores_of = _group_scores(alignment)

    def add(rel: Relationship, seq: int | None = None) -> None:
        stored = _stored(rel, aggregates, covered)
        if stored is not None:
            relationships.add(stored, seq)

    def judge(a: Claim, b: Claim, score: float) -> Relationship:
        # the records read here directly (a call of record() only for a claim's first)
        ra = records.get(a.id) or record(a.id)
        rb = records.get(b.id) or record(b.id)
        return _judge(
            a, b, score=score, lookup=lookup, tolerance=tolerance,
            dispute_ratio=dispute_ratio, ra=ra, rb=rb,
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
            pair = _unexplained_pair(
                table.ids[first[k]],
                table.ids[second[k]],
                values[k],
                rejects[k] == _R_NONE and values[k] >= opts.threshold,
                opts.threshold,
                _features(opts.weights, features[k]),
                _RELATIONS[codes[k]] if codes[k] != _P_NONE else None,
                _REJECT[rejects[k]] or None,
            )
            yield _relate_scored(
                a, b, pair, lookup, tolerance, dispute_ratio, record(a.id), record(b.id)
            )

    # In-group pairs, group by group (one group's scores at a time): scored ones judged
    # at once, the others kept their place in the oracle's order and scored together
    # after the groups.
    unscored: list[tuple[Claim, Claim]] = []
    places: list[int] = []
    for k, group in enumerate(alignment.groups):
        if len(group.claims) < 2:
            continue
        scored_pairs = scores_of(k)
        for a, b in _pairs_of(group.claims, scored_pairs):
            found = scored_pairs.get((a.id, b.id))
            if found is not None:
                add(judge(a, b, found))
            else:
                unscored.append((a, b))
                places.append(relationships.reserve())
    for rel, seq in zip(relate_all(unscored), places, strict=True):
        add(rel, seq)
    del unscored, places
    # Aligned pairs that complete linkage put in two groups (a toll aligned with two
    # groups that are not aligned with each other) are related too: relate(a, b) and the
    # graph give the same answer for every aligned pair.
    a_index, b_index, scores = alignment.pair_table()
    membership = alignment.membership
    across = np.flatnonzero(membership[a_index] != membership[b_index])
    # read as Python ints and floats a block at a time (no scalar indexing of an array a
    # pair, no list of every pair held at once)
    for start in range(0, len(across), _BLOCK):
        part = across[start : start + _BLOCK]
        for i, j, score in zip(
            a_index[part].tolist(), b_index[part].tolist(), scores[part].tolist(), strict=True
        ):
            add(judge(claims[i], claims[j], score))
    # A denial of what another claim entails ("no attack on civilians" and "civilians
    # killed") is a dispute across predicate families, which alignment keeps apart.
    victims = list(_victim_pairs(claims, record, lookup))
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
    relationships.freeze()  # the pairs so far, indexed for has()
    for a, b in [
        *_entailment_pairs(claims, resolution, lookup, groups),
        *harm_pairs(claims, record, lookup, groups),
        *victims,
        *_perpetrator_pairs(claims, record, lookup, skip=relationships.has),
        *account_pairs(claims, record, lookup),
        *rejection_pairs(claims, record, lookup),
        *claimed_pairs(claims, record, lookup),
        *victim_pairs(claims, record, lookup),
    ]:
        if relationships.has(a.id, b.id):
            continue
        if (a.id, b.id) not in seen:  # a pair listed twice is judged once: the same answer
            seen.add((a.id, b.id))
            extra.append((a, b))
    for rel in relate_all(extra):
        add(rel)
    for a, b in _relay_pairs(claims, record, lookup):
        if relationships.has(a.id, b.id):
            continue
        relayed = _relay(a, b, record(a.id), record(b.id), lookup)
        if relayed is not None:
            add(relayed)
    stored = relationships.done()
    stored.positions = position
    out = ClaimGraph(
        None,
        {c.id: c for c in claims},
        stored,
        groups,
        labels,
        lookup.vocabulary,
        resolution,
        aggregates,
    )
    out._records.update(records)  # noqa: SLF001 - the graph's own cache, filled here
    return out


_UNEXPLAINED = "not explained (the graph keeps no unrelated pair)"


def _features(weights: Iterable[float], scores: Iterable[float]) -> tuple[Feature, ...]:
    """Return a pair's features (unexplained), as ``Feature(...)`` of each would.

    Each is made without the class's converter when its score is a float in [0, 1] (what
    the scorer gives; anything else goes through the class, and its check).
    """
    out = []
    new, setter = object.__new__, object.__setattr__
    for name, w, x in zip(FEATURES, weights, scores, strict=True):
        score = round(x, 6)
        if type(score) is not float or not 0.0 <= score <= 1.0:
            out.append(Feature(name=name, score=score, weight=w, detail=_UNEXPLAINED))
            continue
        feature = new(Feature)
        setter(feature, "name", name)
        setter(feature, "score", score)
        setter(feature, "weight", w)
        setter(feature, "detail", _UNEXPLAINED)
        out.append(feature)
    return tuple(out)


def _unexplained_pair(  # noqa: PLR0917 - private: PairScore's fields, in its order
    a: str,
    b: str,
    score: float,
    aligned: bool,
    threshold: float,
    features: tuple[Feature, ...],
    place_relation: str | None,
    rejected: str | None,
) -> PairScore:
    """Return ``PairScore(...)`` of these fields, without its converters when they hold.

    The scorer's values are already what the class converts them to (a float score in
    [0, 1], a tuple of features, ``a`` sorting first); anything else goes through the
    class, and its checks.
    """
    if type(score) is not float or not 0.0 <= score <= 1.0 or not a <= b:
        return PairScore(
            a=a, b=b, score=score, aligned=aligned, threshold=threshold, features=features,
            place_relation=place_relation, rejected=rejected,
        )  # fmt: skip
    out: PairScore = object.__new__(PairScore)
    setter = object.__setattr__
    setter(out, "a", a)
    setter(out, "b", b)
    setter(out, "score", score)
    setter(out, "aligned", aligned)
    setter(out, "threshold", threshold)
    setter(out, "features", features)
    setter(out, "place_relation", place_relation)
    setter(out, "rejected", rejected)
    return out


def _features_reference(weights: Iterable[float], scores: Iterable[float]) -> tuple[Feature, ...]:
    """Return the features as the class builds them (the oracle of :func:`_features`)."""
    return tuple(
        Feature(name=name, score=round(x, 6), weight=w, detail=_UNEXPLAINED)
        for name, w, x in zip(FEATURES, weights, scores, strict=True)
    )


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
    groups, labels = _group_labels(alignment)
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
        stored = _stored(rel, aggregates, covered)
        if stored is None:
            return
        relationships[(stored.a, stored.b)] = stored
        graph.add_edge(
            claim_node(stored.a),
            claim_node(stored.b),
            key=stored.kind.value,
            **_relation_attrs(stored),
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
    victims = list(_victim_pairs(claims, record, lookup))
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
    for a, b in [
        *_entailment_pairs(claims, resolution, lookup, groups),
        *harm_pairs(claims, record, lookup, groups),
        *victims,
        *_perpetrator_pairs(claims, record, lookup),
        *account_pairs(claims, record, lookup),
        *rejection_pairs(claims, record, lookup),
        *claimed_pairs(claims, record, lookup),
        *victim_pairs(claims, record, lookup),
    ]:
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
    out._eager = relationships  # noqa: SLF001 - the judge's own objects, for the oracle test
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
    # one number qualified two ways ("at least 200", "about 200") has two lower bounds:
    # one speaker's qualified figures that state one number
    numbers: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
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
        for number in _relay_numbers(claim):
            numbers[speaker, claim.polarity, number].append(claim)
    for members in buckets.values():
        if 1 < len(members) <= _RELAY_BUCKET:
            yield from itertools.combinations(members, 2)
    seen: set[tuple[str, str]] = set()  # a pair may state two numbers alike (199, 200)
    for members in numbers.values():
        if 1 < len(members) <= _RELAY_BUCKET:
            for a, b in itertools.combinations(members, 2):
                if _low(a) != _low(b) and (a.id, b.id) not in seen:  # else bucketed above
                    seen.add((a.id, b.id))
                    yield a, b


def _low(claim: Claim) -> float | None:
    value = claim.value
    return value.low if isinstance(value, Quantity) else None


def _entailment_pairs(
    claims: list[Claim], resolution: Resolution, lookup: _Lookup, groups: Mapping[str, str]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (denial, assertion) whose asserted predicate entails the denied one.

    A claim that denies in its words ("the attack was staged", "rejected the accusations":
    resolution's ``Denial.in_words``) is a denial here too.
    """
    worded = {
        c.id
        for k, c in enumerate(claims)
        if not c.denied and (reading := resolution[k].denies) is not None and reading.in_words
    }
    denied = [c for c in claims if c.denied or c.id in worded]
    if not denied:
        return
    predicate_of = {
        c.id: (None if (hit := resolution[k].predicate) is None else hit.id)
        for k, c in enumerate(claims)
    }
    asserted = [
        c
        for c in claims
        if not c.denied and c.id not in worded and predicate_of[c.id] is not None
    ]
    # Each denial meets only the assertions of the predicates that entail its own (in input
    # order), not every assertion: comparing every denial with every assertion was
    # quadratic (a million claims, 1% of them denials: ten billion comparisons).
    by_predicate: dict[str | None, list[int]] = defaultdict(list)
    for k, c in enumerate(asserted):
        by_predicate[predicate_of[c.id]].append(k)
    entailing: dict[str, list[int]] = {}
    for d in denied:
        target = predicate_of[d.id]
        if target is None:
            continue
        found = entailing.get(target)
        if found is None:
            found = entailing[target] = sorted(
                k for p, ks in by_predicate.items() if lookup.entails(p, target) for k in ks
            )
        for k in found:
            c = asserted[k]
            if groups.get(c.id) != groups.get(d.id):
                yield (d, c) if d.id <= c.id else (c, d)
    yield from _means_pairs(claims, resolution, lookup, groups, denied, asserted, predicate_of)


def _means_pairs(  # noqa: PLR0917 - private, the state of _entailment_pairs
    claims: list[Claim],
    resolution: Resolution,
    lookup: _Lookup,
    groups: Mapping[str, str],
    denied: list[Claim],
    asserted: list[Claim],
    predicate_of: Mapping[str, str | None],
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (denial of a means, act asserted with that means): ``relation._denials``.

    "Chemical weapons were not used" and "40 killed in a gas attack". Each such denial
    meets only the acts naming one of its means (read once per claim, and only when some
    denial names a means).
    """
    index = {c.id: k for k, c in enumerate(claims)}
    wanted: list[tuple[Claim, frozenset[str]]] = []
    for d in denied:
        found = resolution[index[d.id]].denies
        if found is not None and found.target in ("means", "event") and found.means:
            wanted.append((d, found.means))
    if not wanted:
        return
    by_means: dict[str, list[Claim]] = defaultdict(list)
    unnamed: dict[str, list[Claim]] = defaultdict(list)  # acts naming no means, by place
    for c in asserted:
        pid = predicate_of[c.id]
        if pid is not None and asserts_cause(lookup, pid):  # an act, or a cause (_causes)
            named = means_of(c, pid)
            for name in named:
                by_means[name].append(c)
            place = resolution[index[c.id]].place
            if not named and place is not None and lookup.violent(pid):
                unnamed[place.id].append(c)
    for d, means in wanted:
        seen: set[str] = set()
        for name in sorted(means):
            for c in by_means.get(name, ()):
                if c.id not in seen and groups.get(c.id) != groups.get(d.id):
                    seen.add(c.id)
                    yield (d, c) if d.id <= c.id else (c, d)
        # "the chemical attack was staged" and "70 killed" at one place: the act denied
        # (relation._denials.means_meet); alignment's place weighs too much for another
        rec = resolution[index[d.id]]
        found = rec.denies
        if found is None or found.target != "event" or rec.place is None:
            continue
        for c in unnamed.get(rec.place.id, ()):
            if c.id not in seen and groups.get(c.id) != groups.get(d.id):
                seen.add(c.id)
                yield (d, c) if d.id <= c.id else (c, d)
    # two denials of one means deny one thing ("no chemical weapons", "the gas attack:
    # staged"); buckets of more than _PERPETRATOR_BUCKET denials are left to alignment
    denials: dict[str, list[Claim]] = defaultdict(list)
    for d, means in wanted:
        for name in means:
            denials[name].append(d)
    pairs: set[tuple[str, str]] = set()
    for members in denials.values():
        if len(members) > _PERPETRATOR_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            key = (x.id, y.id) if x.id <= y.id else (y.id, x.id)
            if key not in pairs and groups.get(x.id) != groups.get(y.id):
                pairs.add(key)
                yield (x, y) if x.id <= y.id else (y, x)


_PERPETRATOR_BUCKET = 64  # claims naming perpetrators of one place, day or chain, paired


def _perpetrator_pairs(
    claims: list[Claim],
    record: Callable[[str], ClaimResolution],
    lookup: _Lookup,
    skip: Callable[[str, str], bool] | None = None,
    *,
    screen: bool = True,
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of an attribution and another claim naming a perpetrator that dispute who did it.

    "The blast was caused by X" and "Y killed 500" are of two predicate families, which
    alignment keeps apart; relate() examines them (:func:`_perpetrator_dispute`), and so
    does the graph; so are two acts naming perpetrators of two parties ("Y shelled the
    prison", "Z's rockets struck the prison"). Claims are bucketed by what can place two
    of them in one event: their place, each day they meet, their report chain's origin,
    the article that carries them, their event label; each claim is paired with the
    bucket's other claims, and a pair is kept when it disputes who did it (everything but
    alignment's score is checked here, so that only disputes are scored). Buckets larger
    than ``_PERPETRATOR_BUCKET`` claims are left to alignment. A pair ``skip(a id, b id)``
    says is already related is not examined (the graph drops such pairs unjudged).
    With ``screen`` (the default), a pair whose claims' own facts rule both answers out
    (:func:`~claimrec.relation._screen._may_answer`) is not examined either; the same pairs
    come out, in the same order (``screen=False`` examines every pair: the oracle).
    """
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    keys_of: dict[str, set[tuple[str, str]]] = {}
    for claim in claims:
        rec = record(claim.id)
        if _perpetrator_role(rec, lookup) is None:
            continue
        side = _perpetrator_of(rec) or _denied_side(rec, lookup)
        # a list of perpetrators ("soldiers and vigilantes"): each of its parties, which
        # a denial of that party disputes, as _disputes._listed reads it
        sides = [side] if side is not None else list(_listed_parts(rec))
        if not sides:
            continue  # (a denial of who did it names its speaker's side when no actor)
        keys: list[tuple[str, str]] = []
        place = _place_of(rec)
        if place is not None:
            keys.append(("place", place.id))
        elif rec.article_place is not None:  # the article's place (_disputes._article_places)
            keys.append(("place", rec.article_place.id))
        elif rec.accused_place is not None:  # its party's one scene (relation._accused)
            keys.append(("place", rec.accused_place.id))
        if rec.named_place is not None:  # its own words' place (_disputes._article_places)
            keys.extend(_named_keys(rec.named_place.record, rec.named_place.text))
        elif (place is None or is_local(place)) and claim.place is not None:
            # a place no gazetteer knows (or one identified within the input only) meets
            # the claims whose words name it (only those)
            keys.extend(_named_keys(None, claim.place))
        if claim.when is not None:
            keys.extend(("day", day) for day in _days_of(claim.when))
        origin = rec.origin
        if origin is not None:
            keys.append(("origin", origin.id))
        article = _article(claim)
        if article is not None:
            keys.append(("article", article))
        if claim.event is not None:
            keys.append(("event", normalize(claim.event)))
        keys.extend(_incident_keys(claim, rec))
        for each in sides:
            keys.extend(_answer_keys(claim, rec, each))
        keys_of[claim.id] = set(keys)
        for key in keys:
            buckets[key].append(claim)
    kept = {key for key, members in buckets.items() if len(members) <= _PERPETRATOR_BUCKET}
    for shared in keys_of.values():  # each claim's buckets that are kept, once per claim
        shared.intersection_update(kept)
    # what each claim brings to the question (read once), and the pairs it leaves open;
    # a claim in no pair either rule can answer leaves the walk (the buckets kept are
    # those counted above, with every claim)
    facets: dict[str, _Who] = {}
    silent: set[str] = set()
    for key, members in buckets.items():
        if key not in kept:
            continue
        if screen:
            for claim in members:
                if claim.id not in facets and claim.id not in silent:
                    found = _who_facets(claim, record(claim.id), lookup)
                    if found is None:
                        silent.add(claim.id)
                    else:
                        facets[claim.id] = found
            members = [c for c in members if c.id in facets]  # noqa: PLW2901
        for a in members:
            mine = keys_of[a.id]
            fa = facets.get(a.id)
            for b in members:
                if b.id <= a.id:
                    continue  # each pair once (two acts too: _disputes._two_acts)
                if fa is not None and not _may_answer(fa, facets[b.id]):
                    continue  # neither rule can answer (_screen): no need to place the pair
                # a pair is judged in the first bucket both claims share: once, no memory
                shared = mine & keys_of[b.id]
                if any(k[0] == _NAMED for k in shared) and not _named_pair(a, b, record):
                    shared = {k for k in shared if k[0] != _NAMED}
                if not shared or min(shared) != key:
                    continue
                first, second = (a, b) if a.id <= b.id else (b, a)
                if skip is not None and skip(first.id, second.id):
                    continue  # already related: the caller would drop it unjudged
                pair = _Pair(first, second, record(first.id), record(second.id), lookup)
                if _perpetrator_reason(pair) is not None or _accord(pair) is not None:
                    yield first, second  # a dispute over who did it, or an accord


_NAMED = "named"  # buckets of the words of a place no gazetteer knows


def _named_pair(a: Claim, b: Claim, record: Callable[[str], ClaimResolution]) -> bool:
    """Whether one of two claims is placed by its own words only (``named_place``).

    The buckets of unknown place names are for those claims: two claims stating unknown
    places meet as before (their other buckets).
    """
    return record(a.id).named_place is not None or record(b.id).named_place is not None


def _named_keys(place: object, text: str) -> list[tuple[str, str]]:
    """Buckets of a place: a gazetteer place by its id, an unknown one by its key's words.

    Two unknown names meet when one's key words are inside the other's
    (``_fields._one_event``): they share a word.
    """
    if isinstance(place, Place):
        return [("place", place.id)]
    return [(_NAMED, word) for word in _place_key(text).split()]


def _incident_keys(claim: Claim, rec: ClaimResolution) -> list[tuple[str, str]]:
    """Buckets of one kind of site and dates a few days apart (``_disputes._one_incident``).

    A claim dated ``d`` meets the days ``d`` to ``d + _ONE_TIME_DAYS``: two claims at most
    that many days apart share one.
    """
    day = _dated(claim, rec) if rec.sites else None
    if day is None:
        return []
    days = [str(day + dt.timedelta(days=k)) for k in range(_ONE_TIME_DAYS + 1)]
    return [("site", f"{site} {d}") for site in sorted(rec.sites) for d in days]


def _answer_keys(
    claim: Claim, rec: ClaimResolution, side: Resolved | None
) -> list[tuple[str, str]]:
    """Buckets of one party and dates a few days apart (``_disputes._answers``).

    A party's denial and another's claim naming that party, dated at most
    ``_ONE_TIME_DAYS`` apart and with victims read, share one: the denial may answer the
    accusation.
    """
    record = None if side is None else side.record
    if not isinstance(record, Actor) or rec.subject is None:
        return []
    day = _dated(claim, rec)
    if day is None:
        return []
    party = record.party or record.id
    return [
        ("answer", f"{party} {day + dt.timedelta(days=k)}") for k in range(_ONE_TIME_DAYS + 1)
    ]


_INSTANT = dt.timedelta(microseconds=1)  # a span's end is exclusive: its last instant
_SPAN_DAYS = 14  # a span this short meets each of its days (an operation of a week or two)


def _victim_pairs(
    claims: list[Claim], record: Callable[[str], ClaimResolution], lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of one predicate at one place whose victims are exclusive kinds of people.

    Alignment keeps exclusive subjects apart; "civilians killed" and "militants killed" at
    one place may be one count named two ways, which relate() examines: so does the graph.
    Claims of two different days are not paired: a span of up to two weeks meets each of its
    days, an undated claim meets every day.
    """
    buckets: dict[tuple[str, str], dict[str, list[tuple[Claim, str]]]] = {}
    wide: dict[str, bool] = {}  # each head name looked up once
    for claim in claims:
        rec = record(claim.id)
        if rec.predicate is None or rec.subject is None or not lookup.human(rec.subject.id):
            continue
        place = rec.place
        where = {place.id if place is not None else _place_core(claim.place or "")}
        # and the place's first name, unless it names a wide area: "village de Moura,
        # cercle de Djenné" (read as Djenné) and "Moura" speak of one spot
        head = _place_head(claim.place) if claim.place else None
        if head is not None:
            if head not in wide:
                wide[head] = _wide_head(head, lookup.vocabulary)
            if not wide[head]:
                where.add("head:" + head)
        for key in sorted(where - {""}):  # sorted: row order must not hang on the hash seed
            days = buckets.setdefault((rec.predicate.id, key), {})
            for day in _days_of(claim.when):
                days.setdefault(day, []).append((claim, rec.subject.id))
    seen: set[tuple[str, str]] = set()
    exclusive: dict[tuple[str, str], bool] = {}  # each pair of victim classes judged once
    for days in buckets.values():
        undated = days.get("?", [])
        for day, members in days.items():
            pairs: Iterable[tuple[tuple[Claim, str], tuple[Claim, str]]] = itertools.combinations(
                members, 2
            )
            if day != "?":
                pairs = itertools.chain(pairs, itertools.product(members, undated))
            for (a, sa), (b, sb) in pairs:
                found = exclusive.get((sa, sb))
                if found is None:
                    found = exclusive[sa, sb] = lookup.subjects_exclude(
                        sa, sb
                    ) and lookup.subjects_kin(sa, sb)
                if found:
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
