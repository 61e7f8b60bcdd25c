"""``reconcile()``: from claims to the most likely value of every item, with its reasons.

The path: claims are aligned into items and related (:func:`~claimrec.graph.claim_graph`);
echoes of one statement become one evidence group; every claim becomes one row of a sparse
:class:`~claimrec.reconciliation._table.ClaimTable` (its source, its item, its value); the
table's implication says which values support or oppose which (an interval supports the
values it contains, ``"repelled"`` opposes ``"captured"``, an assertion opposes its
denial); a truth-discovery estimator weighs sources and values; the result explains itself.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, overload

import numpy as np

from claimrec._disjoint import DisjointSets
from claimrec._gc import paused
from claimrec.alignment import Alignment
from claimrec.errors import InvalidClaimError, NotConvergedError, UnknownNameError
from claimrec.graph import ClaimGraph, claim_graph
from claimrec.model import Claim, Source
from claimrec.reconciliation._estimate import Estimate
from claimrec.reconciliation._estimators import (
    accu,
    accu_copy,
    average_log,
    crh,
    ensemble,
    investment,
    majority_vote,
    pooled_investment,
    sums,
    truthfinder,
)
from claimrec.reconciliation._explain import (
    _entailment,
    _explain,
    _silent_results,
    _with_lists_and_silences,
)
from claimrec.reconciliation._known import TableReconciliation, reconcile_table
from claimrec.reconciliation._results import (
    Policy,
    Reconciliation,
)
from claimrec.reconciliation._rows import (
    _SELF,
    _rows,
    source_identity,
)
from claimrec.reconciliation._table import (
    ClaimTable,
    flag_outliers,
    implication_from_exclusions,
    implication_from_intervals,
)
from claimrec.vocab import Vocabulary

__all__ = ["METHODS", "reconcile"]

METHODS: Mapping[str, Callable[..., Estimate]] = {
    "majority": majority_vote,
    "sums": sums,
    "average_log": average_log,
    "investment": investment,
    "pooled_investment": pooled_investment,
    "truthfinder": truthfinder,
    "crh": crh,
    "accu": accu,
    "accu_copy": accu_copy,
    "ensemble": ensemble,
}
"""The truth-discovery methods :func:`reconcile` knows, by name."""

#: Predicate families in which a party to the conflict speaks of its own losses or successes.

# --------------------------------------------------------------------------- reconcile


def _graph_of(
    data: Iterable[Claim] | Alignment | ClaimGraph, vocabulary: Vocabulary | None
) -> ClaimGraph:
    if isinstance(data, ClaimGraph):
        return data
    if isinstance(data, Alignment):
        return claim_graph(data, vocabulary=vocabulary)
    claims = list(data)
    for k, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise InvalidClaimError(f"claims[{k}]", claim, "not a Claim")
    return claim_graph(claims, vocabulary=vocabulary)


def _families(graph: ClaimGraph, a: str, b: str, seen: dict[str, object] | None = None) -> bool:
    """Whether two claims' predicates resolve to two different families.

    ``seen`` keeps each claim's family (a claim takes part in many contradictions).
    """
    seen = {} if seen is None else seen
    resolution = graph.resolution
    fa, fb = (
        seen[x]
        if x in seen
        else seen.setdefault(
            x, getattr(hit.record, "family", None) if (hit := resolution[x].predicate) else None
        )
        for x in (a, b)
    )
    return fa != fb


def _disputed_together(graph: ClaimGraph) -> dict[str, tuple[Claim, ...]]:
    """Return the graph's groups, those joined by a contradiction merged into one item.

    The graph may find a contradiction between claims that alignment put in two groups (a
    denial worded unlike the claim it denies); reconciled apart, both could win. A merged
    item keeps the id of its first group.

    A dispute over who did it between claims of two predicate families (*blamed on X*
    against *Y killed 12*) is shown as a dispute but does not merge the toll into the
    attribution: merged through such disputes, the items of a busy place would chain into
    one item holding every figure of every event there.
    """
    groups = graph.groups()
    group_of = {claim.id: gid for gid, claims in groups.items() for claim in claims}
    sets = DisjointSets(groups)
    # the contradictions, read from the graph's arrays (no Relationship built)
    family: dict[str, object] = {}
    for first, second, blame in graph._contradictions():  # noqa: SLF001 - the graph's arrays
        if blame and _families(graph, first, second, family):
            continue
        sets.union(group_of[first], group_of[second])
    merged: dict[str, list[Claim]] = {}
    for gid in sorted(groups):
        merged.setdefault(sets.find(gid), []).extend(groups[gid])
    return {gid: tuple(claims) for gid, claims in merged.items()}


@overload
def reconcile(
    data: Iterable[Claim] | Alignment | ClaimGraph,
    *,
    method: str = ...,
    policy: Policy | str = ...,
    priors: Mapping[str, float] | None = ...,
    party_aware: bool = ...,
    party_prior: float = ...,
    known: Iterable[Claim | str] = ...,
    trust_by: str = ...,
    outliers: bool = ...,
    max_iter: int | None = ...,
    tol: float | None = ...,
    strict: bool = ...,
    vocabulary: Vocabulary | None = ...,
    item: None = ...,
    source: str = ...,
    value: str = ...,
    hierarchy: Any = ...,
    **options: Any,
) -> Reconciliation: ...


@overload
def reconcile(
    data: Any,
    *,
    method: str = ...,
    policy: Policy | str = ...,
    priors: Mapping[str, float] | None = ...,
    party_aware: bool = ...,
    party_prior: float = ...,
    known: Iterable[Claim | str] = ...,
    trust_by: str = ...,
    outliers: bool = ...,
    max_iter: int | None = ...,
    tol: float | None = ...,
    strict: bool = ...,
    vocabulary: Vocabulary | None = ...,
    item: str,
    source: str = ...,
    value: str = ...,
    hierarchy: Any = ...,
    **options: Any,
) -> TableReconciliation: ...


def reconcile(
    data: Any,
    *,
    method: str = "ensemble",
    policy: Policy | str = Policy.BEST,
    priors: Mapping[str, float] | None = None,
    party_aware: bool = True,
    party_prior: float = 0.5,
    known: Iterable[Claim | str] = (),
    trust_by: str = "source",
    outliers: bool = True,
    max_iter: int | None = None,
    tol: float | None = None,
    strict: bool = False,
    vocabulary: Vocabulary | None = None,
    item: str | None = None,
    source: str = "source",
    value: str = "value",
    hierarchy: Any = None,
    **options: Any,
) -> Reconciliation | TableReconciliation:
    """Estimate source trust and the most likely value of every item.

    Parameters
    ----------
    data : iterable of Claim, Alignment or ClaimGraph
        The claims; they are aligned and related first unless a graph is given.
    method : str, default "ensemble"
        One of :data:`METHODS`: ``"ensemble"`` (the default: Accu and Investment averaged,
        with a calibrated confidence; never below majority vote and within 2 points of the
        best method on any benchmark set), ``"majority"``, ``"sums"``, ``"average_log"``,
        ``"investment"``, ``"pooled_investment"``, ``"truthfinder"``, ``"crh"``, ``"accu"``,
        ``"accu_copy"``.
    policy : {"best", "conservative", "estimator"}
        How the single figure of a numeric item is chosen (see :class:`Policy`).
    priors : mapping of str to float, optional
        Prior reliability in [0, 1] per source name; ``Source.reliability`` is used where
        a source is not listed.
    party_aware : bool, default True
        Treat a party to the conflict (a source with a ``party``, or a state or armed group
        the vocabulary knows as a party) speaking of casualties, outcomes, responsibility,
        destruction or recoveries as self-interested: those claims are weighed under a
        separate trust scope ``"self-interested"`` whose prior is ``party_prior``.
    party_prior : float, default 0.5
        Prior trust of self-interested claims (capped by the source's own prior).
    known : iterable of Claim or claim id
        Claims known to be true: their items are clamped to their values (supervision).
    trust_by : {"source", "source_predicate"}
        Estimate one trust per source, or one per (source, predicate family).
    outliers : bool, default True
        Flag numeric values orders of magnitude off the rest of their item; they cannot win.
    max_iter, tol : optional
        Passed to iterative methods (each method's own default otherwise).
    strict : bool, default False
        Raise :class:`~claimrec.NotConvergedError` when the method did not converge.
    vocabulary : Vocabulary, optional
        The vocabulary (the shipped one by default).
    item, source, value : str, optional
        For tabular data whose items are already known: ``data`` is a data frame, a mapping
        of columns or a list of records, and these name its columns. No alignment runs; the
        result is a :class:`TableReconciliation` (see
        :func:`~claimrec.reconciliation.reconcile_table`; ``method``, ``outliers`` and
        ``options`` apply, the claim options do not).
    hierarchy : mapping or callable, optional
        With ``item=``: place-like values' parents (``{"Kayes": "Mali"}``), so that a value
        entails its ancestors.
    **options
        Passed to the estimator (``rho``, ``gamma``...). ``specific`` defaults to 0.5 here:
        a value that refines the winner ("85" inside "over 80") is preferred when its score
        is at least half the winner's, since a general value always gathers the support of
        the specific ones it contains.

    Returns
    -------
    Reconciliation

    Raises
    ------
    UnknownNameError
        For an unknown method, policy or known claim.
    NotConvergedError
        With ``strict=True`` when the method stopped at ``max_iter``.

    Notes
    -----
    Each alignment group is one item. Within an item, a claim's value is its typed value
    when all the item's claims share one predicate, else its predicate (so "repelled" and
    "captured" compete as outcomes); a denial is the value ``"not ..."`` and opposes the
    assertion. Echoes of one statement are one evidence group: they never count as
    corroboration. Codes are assigned in sorted label order, so the result does not
    depend on the order of the claims.

    References
    ----------
    .. [1] X. Yin, J. Han, P. S. Yu, "Truth discovery with multiple conflicting information
       providers on the web", KDD 2007.
    .. [2] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [3] Q. Li et al., "Resolving conflicts in heterogeneous data by truth discovery and
       source reliability estimation", SIGMOD 2014.
    .. [4] X. L. Dong, L. Berti-Equille, D. Srivastava, "Integrating conflicting data: the
       role of source dependence", VLDB 2009.

    Examples
    --------
    >>> import claimrec as cr
    >>> claims = [
    ...     cr.Claim(source="FAMa", subject="soldiers", predicate="killed", value="3",
    ...              when="2025-07-01", place="Kayes"),
    ...     cr.Claim(source="Reuters", subject="soldiers", predicate="killed", value="about 40",
    ...              when="2025-07-01", place="Kayes"),
    ...     cr.Claim(source="AFP", subject="soldiers", predicate="killed", value="at least 35",
    ...              when="2025-07-01", place="Kayes"),
    ... ]
    >>> result = cr.reconcile(claims, method="majority")
    >>> item = result.items[0]
    >>> item.value, item.low, item.best, item.high
    ('about 40', 3.0, 40.0, 40.0)
    >>> item.chosen_low, item.chosen_high
    (36.0, 44.0)
    >>> result.verdict(claims[0]).verdict.value
    'lost'
    """
    if item is not None:
        table_method = {"majority": "majority_vote"}.get(method, method)
        return reconcile_table(
            data, item=item, source=source, value=value, hierarchy=hierarchy,
            method=table_method, outliers=outliers, **options,
        )  # fmt: skip
    if method not in METHODS:
        raise UnknownNameError("method", method, sorted(METHODS))
    try:
        policy = Policy(policy)
    except ValueError:
        raise UnknownNameError("policy", str(policy), [p.value for p in Policy]) from None
    if trust_by not in ("source", "source_predicate"):
        raise UnknownNameError("trust_by", trust_by, ["source", "source_predicate"])
    if not 0.0 <= party_prior <= 1.0:
        raise InvalidClaimError("party_prior", party_prior, "must be in [0, 1]")
    # Millions of small objects (rows, labels, results), none in a cycle: the cyclic
    # collector would scan them again and again and free nothing.
    with paused():
        graph = _graph_of(data, vocabulary)
        # the graph's own vocabulary: a graph built with a custom one is reconciled with it
        vocab = vocabulary if vocabulary is not None else graph.resolution.vocabulary
        groups = _disputed_together(graph)
        evidence = graph.evidence_groups()
        rows, items, exclusions, entails, silent = _rows(
            groups, vocab, party_aware=party_aware, trust_by=trust_by
        )
        if not rows:
            only_silent = _silent_results(graph, silent)
            return Reconciliation(
                method=method, policy=policy, items=tuple(r for r, _ in only_silent), sources=(),
                claims=tuple(v for _, vs in only_silent for v in vs), copies=(), converged=True,
                iterations=0, stop_reason="converged", graph=graph,
            )  # fmt: skip

        # ---- priors
        names_prior: dict[str, float] = {}
        for row in rows:
            if row.claim.source.reliability is not None:
                names_prior.setdefault(row.source_key[0], row.claim.source.reliability)
        for name, p in (priors or {}).items():
            if not 0.0 <= float(p) <= 1.0:
                raise InvalidClaimError(f"priors[{name!r}]", p, "must be in [0, 1]")
            names_prior[source_identity(Source(name=name), vocab)] = float(p)
        source_prior: dict[Hashable, float] = {}
        for row in rows:
            name, scope = row.source_key
            base = names_prior.get(name)
            if scope == _SELF:
                source_prior[row.source_key] = (
                    party_prior if base is None else min(base, party_prior)
                )
            elif base is not None:
                source_prior[row.source_key] = base

        # ---- known claims (the claims by id only when some are known: at a million claims
        # the index held about 150 MB through the explanations, the stage's peak)
        known_map: dict[Hashable, Hashable] = {}
        known = tuple(known)
        if known:
            by_id = {row.claim.id: (row, item) for row, item in zip(rows, items, strict=True)}
            for k in known:
                cid = k.id if isinstance(k, Claim) else str(k)
                if cid not in by_id:
                    raise UnknownNameError("known claim", cid)
                row, item = by_id[cid]
                known_map[item] = row.value
            del by_id

        # ---- the table (its per-claim label lists are read once and not held after it)
        numeric_of = {r.value: r.numeric for r in rows if r.numeric is not None}
        table = ClaimTable.from_records(
            [r.source_key for r in rows],
            items,
            [item + "\x1f" + r.value for r, item in zip(rows, items, strict=True)],
            groups=[evidence.get(r.claim.id, r.claim.id) for r in rows],
            known={i: f"{i}\x1f{v}" for i, v in known_map.items()} or None,
            source_prior=source_prior or None,
            numeric=lambda label: numeric_of.get(str(label).split("\x1f", 1)[1]),
        )
        matrices = [implication_from_intervals(table)]
        if exclusions:
            matrices.append(implication_from_exclusions(table, exclusions))
        if entails:
            matrices.append(_entailment(table, entails))
        table = table.with_implication(*matrices)
        exclude = flag_outliers(table) if outliers and table.value_best is not None else None
        # Words about an item with figures support a figure above zero; they never replace it.
        word_labels = {
            f"{item}\x1f{r.value}" for r, item in zip(rows, items, strict=True) if r.words
        }
        words = np.array([label in word_labels for label in table.values], dtype=bool)
        cannot_win = words if exclude is None else (exclude | words)

        kwargs: dict[str, Any] = {"specific": 0.5, **options}
        if max_iter is not None:
            kwargs["max_iter"] = max_iter
        if tol is not None:
            kwargs["tol"] = tol
        if cannot_win.any():
            kwargs["exclude_values"] = cannot_win
        estimate = METHODS[method](table, **kwargs)
        if strict and not estimate.converged:
            raise NotConvergedError(estimate.iterations, float(kwargs.get("tol", float("nan"))))

        result = _explain(
            graph, groups, rows, table, estimate, exclude, policy, method, source_prior
        )
        return _with_lists_and_silences(result, rows, items, silent, graph)
