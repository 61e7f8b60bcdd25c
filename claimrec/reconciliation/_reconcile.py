"""``reconcile()``: from claims to the most likely value of every item, with its reasons.

The path: claims are aligned into items and related (:func:`~claimrec.graph.claim_graph`);
echoes of one statement become one evidence group; every claim becomes one row of a sparse
:class:`~claimrec.reconciliation._table.ClaimTable` (its source, its item, its value); the
table's implication says which values support or oppose which (an interval supports the
values it contains, ``"repelled"`` opposes ``"captured"``, an assertion opposes its
denial); a truth-discovery estimator weighs sources and values; the result explains itself.
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from enum import Enum
from typing import Any

import attrs
import numpy as np

from claimrec._records import frame
from claimrec._text import normalize
from claimrec.alignment import Alignment
from claimrec.category import Category
from claimrec.errors import InvalidClaimError, NotConvergedError, UnknownNameError
from claimrec.graph import ClaimGraph, claim_graph
from claimrec.model import Claim, SourceKind
from claimrec.quantity import Quantity
from claimrec.reconciliation._estimate import Estimate
from claimrec.reconciliation._estimators import (
    accu,
    accu_copy,
    average_log,
    crh,
    investment,
    majority_vote,
    pooled_investment,
    sums,
    truthfinder,
)
from claimrec.reconciliation._table import (
    ClaimTable,
    flag_outliers,
    implication_from_exclusions,
    implication_from_intervals,
)
from claimrec.vocab import Vocabulary, default_vocabulary

__all__ = [
    "METHODS",
    "ClaimVerdict",
    "CopyRelation",
    "ItemResult",
    "Policy",
    "Reconciliation",
    "SourceTrust",
    "ValueScore",
    "Verdict",
    "reconcile",
]

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
}
"""The truth-discovery methods :func:`reconcile` knows, by name."""

#: Predicate families in which a party to the conflict speaks of its own losses or successes.
SELF_INTEREST_FAMILIES = frozenset(
    {"casualties", "injuries", "outcome", "responsibility", "destruction", "recovery"}
)

_SELF = "self-interested"


class Policy(str, Enum):
    """How the single figure of a numeric item is chosen.

    ``conservative`` follows ACLED's rule (the most conservative figure the winning
    value asserts: "dozens" is 12, "over 80" is 81); ``best`` takes the winning value's
    best estimate (its stated figure or its centre); ``estimator`` takes the estimator's
    own numeric estimate where it has one (CRH's weighted median), else ``best``.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.Policy("conservative")
    <Policy.CONSERVATIVE: 'conservative'>
    """

    CONSERVATIVE = "conservative"
    BEST = "best"
    ESTIMATOR = "estimator"


class Verdict(str, Enum):
    """What became of one claim in a reconciliation.

    ``chosen``: its value won. ``supports``: its value is not the winner but entails or
    supports it ("over 80" beside a winning "85"). ``lost``: another value won.
    ``implausible``: its value is orders of magnitude off the others of its item and could
    not win. ``uncontested``: the only value claimed for its item.

    Examples
    --------
    >>> import claimrec as cr
    >>> [v.value for v in cr.Verdict]
    ['chosen', 'supports', 'lost', 'implausible', 'uncontested']
    """

    CHOSEN = "chosen"
    SUPPORTS = "supports"
    LOST = "lost"
    IMPLAUSIBLE = "implausible"
    UNCONTESTED = "uncontested"


@attrs.frozen(kw_only=True)
class ValueScore:
    """One candidate value of an item, with its score and the claims behind it.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.ValueScore(value="over 80", score=0.9, support=1.0, claims=("fama-1",)).value
    'over 80'
    """

    value: str
    score: float
    support: float
    claims: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ItemResult:
    """The reconciled value of one item, with the evidence for and against it.

    Attributes
    ----------
    item : str
        The item (an alignment group id).
    label : str
        What the item is about, in words.
    value : str or None
        The most likely value, in words (None when every value was implausible).
    numeric : bool
        Whether the item's values are numbers.
    low, best, high : float or None
        For numeric items: the chosen value's interval, narrowed by the values that support
        it and score at least half as much (None: unbounded), and the single figure chosen
        by the ``policy``.
    confidence : float
        In [0, 1]: the winner's share of the item's scores.
    tie : bool
        Whether the winner shared the top score (then the documented tie-break decided).
    runner_ups : tuple of ValueScore
        The other values, best first.
    supporting, opposing : tuple of str
        Ids of the claims that support the chosen value and of those that do not.
    note : str
        An ACLED-style note in plain words: who says what, what was chosen and why.

    Examples
    --------
    >>> import claimrec as cr
    >>> result = cr.reconcile(cr.datasets.mali_2025())
    >>> outcome = result.item("fama-thwarted")
    >>> outcome.contested, sorted(outcome.supporting + outcome.opposing)
    (True, ['fama-thwarted', 'jnim-seized'])
    """

    item: str
    label: str
    value: str | None
    numeric: bool
    low: float | None
    best: float | None
    high: float | None
    confidence: float
    tie: bool
    scores: tuple[ValueScore, ...]
    supporting: tuple[str, ...]
    opposing: tuple[str, ...]
    note: str

    def __repr__(self) -> str:
        mark = " contested" if self.contested else ""
        return f"<ItemResult {self.label!r}: {self.value!r} confidence={self.confidence:.2f}{mark}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(s.value)}</td><td>{s.score:.3g}</td>"
            f"<td>{html.escape(', '.join(s.claims))}</td></tr>"
            for s in self.scores
        )
        interval = (
            f"<p>low {_fmt(self.low)}, best {_fmt(self.best)}, high {_fmt(self.high)}</p>"
            if self.numeric
            else ""
        )
        return (
            f"<div><b>{html.escape(self.label)}</b>: {html.escape(self.value or '-')} "
            f"(confidence {self.confidence:.2f}){interval}<p>{html.escape(self.note)}</p>"
            f"<table><tr><th>value</th><th>score</th><th>claims</th></tr>{rows}</table></div>"
        )

    @property
    def runner_ups(self) -> tuple[ValueScore, ...]:
        """The values that did not win, best first."""
        return tuple(s for s in self.scores if s.value != self.value)

    @property
    def contested(self) -> bool:
        """Whether some claim of the item gives a value that competes with the chosen one."""
        return bool(self.opposing)


@attrs.frozen(kw_only=True)
class SourceTrust:
    """The estimated trust in one source (or one scope of a source).

    ``scope`` is ``"self-interested"`` for a party's claims about its own losses or
    successes when ``party_aware`` is on, the predicate family with
    ``trust_by="source_predicate"``, else empty.

    Examples
    --------
    >>> import claimrec as cr
    >>> t = cr.SourceTrust(source="FAMa", scope="self-interested", trust=0.4, claims=3, prior=0.5)
    >>> t.source, t.claims
    ('FAMa', 3)
    """

    source: str
    scope: str
    trust: float
    claims: int
    prior: float | None


@attrs.frozen(kw_only=True)
class ClaimVerdict:
    """What became of one input claim, and why.

    Examples
    --------
    >>> import claimrec as cr
    >>> result = cr.reconcile(cr.datasets.mali_2025())
    >>> result.verdict("news-soldiers-killed-1-june").verdict
    <Verdict.UNCONTESTED: 'uncontested'>
    """

    claim: str
    item: str
    value: str
    verdict: Verdict
    reason: str


@attrs.frozen(kw_only=True)
class CopyRelation:
    """Two sources that copy each other's values, as detected by a copy-aware method.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.CopyRelation(a="Outlet A", b="Outlet B", probability=0.93).probability
    0.93
    """

    a: str
    b: str
    probability: float


@attrs.frozen(kw_only=True)
class Reconciliation:
    """The outcome of :func:`reconcile`: items, sources, every claim's verdict.

    Examples
    --------
    >>> import claimrec as cr
    >>> result = cr.reconcile(cr.datasets.mali_2025(), method="truthfinder")
    >>> result  # doctest: +ELLIPSIS
    <Reconciliation method='truthfinder' items=... contested=1 claims=17 converged=True>
    >>> len(result.claims) == len(cr.datasets.mali_2025())
    True
    """

    method: str
    policy: Policy
    items: tuple[ItemResult, ...]
    sources: tuple[SourceTrust, ...]
    claims: tuple[ClaimVerdict, ...]
    copies: tuple[CopyRelation, ...]
    converged: bool
    iterations: int
    stop_reason: str
    graph: ClaimGraph = attrs.field(eq=False, repr=False)
    """The related claims; with a copy-aware method, ``copies`` edges join the sources found
    copying each other."""

    def __repr__(self) -> str:
        contested = sum(1 for i in self.items if i.contested)
        return (
            f"<Reconciliation method={self.method!r} items={len(self.items)} "
            f"contested={contested} claims={len(self.claims)} converged={self.converged}>"
        )

    def item(self, item_or_claim: str | Claim) -> ItemResult:
        """Return the result of an item, by item id or by one of its claims (or claim id).

        Examples
        --------
        >>> import claimrec as cr
        >>> result = cr.reconcile(cr.datasets.mali_2025())
        >>> result.item("fama-neutralised").value
        'over 80'
        """
        key = item_or_claim.id if isinstance(item_or_claim, Claim) else item_or_claim
        for result in self.items:
            if result.item == key:
                return result
        for verdict in self.claims:
            if verdict.claim == key:
                return next(r for r in self.items if r.item == verdict.item)
        raise UnknownNameError("item or claim", key)

    def verdict(self, claim: str | Claim) -> ClaimVerdict:
        """Return the verdict on one claim.

        Examples
        --------
        >>> import claimrec as cr
        >>> result = cr.reconcile(cr.datasets.mali_2025())
        >>> result.verdict("fama-neutralised").verdict.value
        'uncontested'
        """
        key = claim.id if isinstance(claim, Claim) else claim
        for verdict in self.claims:
            if verdict.claim == key:
                return verdict
        raise UnknownNameError("claim", key)

    def trust(self) -> dict[str, float]:
        """Return ``{source: trust}``, a scoped source as ``"name [scope]"``.

        Examples
        --------
        >>> import claimrec as cr
        >>> sorted(cr.reconcile(cr.datasets.mali_2025()).trust())[:2]
        ['FAMa', 'FAMa [self-interested]']
        """
        return {_source_label(s.source, s.scope): s.trust for s in self.sources}

    def to_records(self, table: str = "items") -> list[dict[str, Any]]:
        """Return one of the result's tables as plain dicts (for a data frame or a CSV file).

        Parameters
        ----------
        table : {"items", "verdicts", "trust"}
            ``items``: one row per item (value, low/best/high, confidence, note);
            ``verdicts``: one row per input claim (what became of it, and why);
            ``trust``: one row per source (and scope).

        Raises
        ------
        UnknownNameError
            For another table name.

        Examples
        --------
        >>> import claimrec as cr
        >>> result = cr.reconcile(cr.datasets.mali_2025())
        >>> records = result.to_records()
        >>> sorted(records[0])[:4]
        ['best', 'confidence', 'contested', 'high']
        >>> len(result.to_records("verdicts")), sorted(result.to_records("trust")[0])
        (17, ['claims', 'prior', 'scope', 'source', 'trust'])
        """
        if table == "verdicts":
            return [attrs.asdict(v, value_serializer=_plain) for v in self.claims]
        if table == "trust":
            return [attrs.asdict(s) for s in self.sources]
        if table != "items":
            raise UnknownNameError("table", table, ["items", "trust", "verdicts"])
        out = []
        for item in self.items:
            out.append(
                {
                    "item": item.item,
                    "label": item.label,
                    "value": item.value,
                    "low": item.low,
                    "best": item.best,
                    "high": item.high,
                    "confidence": round(item.confidence, 6),
                    "tie": item.tie,
                    "contested": item.contested,
                    "runner_ups": "; ".join(f"{s.value} ({s.score:.3g})" for s in item.runner_ups),
                    "supporting": " ".join(item.supporting),
                    "opposing": " ".join(item.opposing),
                    "note": item.note,
                }
            )
        return out

    def to_frame(self, table: str = "items") -> Any:
        """Return :meth:`to_records` as a pandas DataFrame (needs ``claimrec[frames]``).

        Examples
        --------
        >>> import claimrec as cr
        >>> _ = __import__("pytest").importorskip("pandas")
        >>> cr.reconcile(cr.datasets.mali_2025()).to_frame("verdicts").shape[0]
        17
        """
        records = self.to_records(table)
        columns = list(records[0]) if records else _COLUMNS[table]
        return frame(records, columns)

    def summary(self, *, contested_only: bool = False) -> str:
        """Return a plain-text summary: contested items first, then sources' trust.

        Examples
        --------
        >>> import claimrec as cr
        >>> print(cr.reconcile(cr.datasets.mali_2025()).summary())  # doctest: +ELLIPSIS
        Reconciliation by truthfinder ...
        """
        lines = [
            (
                f"Reconciliation by {self.method} ({self.stop_reason} after {self.iterations} "
                f"iteration{'s' if self.iterations != 1 else ''}); policy {self.policy.value}"
            ),
            "",
        ]
        ordered = sorted(self.items, key=lambda i: (not i.contested, i.label, i.item))
        for item in ordered:
            if contested_only and not item.contested:
                continue
            mark = "disputed" if item.contested else "undisputed"
            lines.append(f"* {item.label} [{mark}]")
            lines.append(f"    {item.note}")
        lines.append("")
        lines.append("Source trust (claims behind it):")
        for s in sorted(self.sources, key=lambda s: (-s.trust, s.source, s.scope)):
            lines.append(f"    {_source_label(s.source, s.scope):40s} {s.trust:.3f}  ({s.claims})")
        for copy in self.copies:
            lines.append(f"Copying detected: {copy.a} ~ {copy.b} (p={copy.probability:.2f})")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr><td>{}</td><td>{}</td><td>{:.2f}</td><td>{}</td></tr>".format(
                html.escape(i.label), html.escape(i.value or "-"), i.confidence, html.escape(i.note)
            )
            for i in self.items
        )
        return (
            f"<p>{html.escape(repr(self))}</p><table><tr><th>item</th><th>value</th>"
            f"<th>confidence</th><th>note</th></tr>{rows}</table>"
        )


_COLUMNS = {
    "items": ["item", "label", "value", "low", "best", "high", "confidence", "tie", "contested",
              "runner_ups", "supporting", "opposing", "note"],
    "verdicts": ["claim", "item", "value", "verdict", "reason"],
    "trust": ["source", "scope", "trust", "claims", "prior"],
}  # fmt: skip


def _plain(_instance: object, _field: object, value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _source_label(source: str, scope: str) -> str:
    return f"{source} [{scope}]" if scope else source


# --------------------------------------------------------------------------- value keys


def _worded(value: object) -> str:
    if isinstance(value, Quantity | Category):
        return value.text or str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _wording(claims: list[Claim]) -> str:
    # The commonest wording; among equals the one that keeps the most accents and other
    # non-ASCII letters (a transliteration loses them), then the first in sorted order:
    # never the first in input order.
    counts = Counter(("not " if c.denied else "") + _worded(c.value) for c in claims)
    return min(counts, key=lambda w: (-counts[w], -sum(not ch.isascii() for ch in w), w))


def _signed_text(claim: Claim) -> str:
    return ("not " if claim.denied else "") + _value_text(claim.value)


def _value_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Category):
        return value.value
    if isinstance(value, str):
        return normalize(value) or value
    return str(value)


@attrs.frozen
class _Row:
    claim: Claim
    source_key: tuple[str, str]
    value: str
    numeric: tuple[float, float, float] | None


def _numeric(q: Quantity) -> tuple[float, float, float]:
    low = -math.inf if q.low is None else q.low
    high = math.inf if q.high is None else q.high
    best = q.best if q.best is not None else q.center
    return (low, best, high)


def _is_party(claim: Claim, vocabulary: Vocabulary) -> bool:
    source = claim.source
    if source.party:
        return True
    if source.kind in (SourceKind.STATE, SourceKind.ARMED_GROUP):
        actor = vocabulary.actors.resolve(source.name)
        return actor is not None and bool(actor.party)
    return False


def _rows(
    groups: Mapping[str, tuple[Claim, ...]],
    vocabulary: Vocabulary,
    *,
    party_aware: bool,
    trust_by: str,
) -> tuple[list[_Row], list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    rows: list[_Row] = []
    items: list[str] = []
    exclusions: list[tuple[str, str]] = []
    entails: list[tuple[str, str]] = []
    for gid, members in groups.items():
        resolved = [vocabulary.predicates.resolve(c.predicate) for c in members]
        pred_ids = [
            p.id if p is not None else normalize(c.predicate)
            for p, c in zip(resolved, members, strict=True)
        ]
        uniform = len(set(pred_ids)) == 1
        for claim, pred, pred_id in zip(members, resolved, pred_ids, strict=True):
            family = pred.family if pred is not None else pred_id
            sign = "not " if claim.denied else ""
            numeric = None
            if not uniform or claim.value is None:
                base = pred_id
            else:
                base = _value_text(claim.value)
                if isinstance(claim.value, Quantity) and not claim.denied:
                    numeric = _numeric(claim.value)
            value = sign + base
            scope = ""
            if trust_by == "source_predicate":
                scope = family
            elif party_aware and family in SELF_INTEREST_FAMILIES and _is_party(claim, vocabulary):
                scope = _SELF
            rows.append(_Row(claim, (claim.source.name, scope), value, numeric))
            items.append(gid)
        # exclusions between the values of this item: denial vs assertion, excluded outcomes
        mine = rows[len(rows) - len(members) :]
        values = {r.value for r in mine}
        if uniform:
            # "X attacked" (no value) is entailed by "7 towns attacked": they do not compete.
            bare = {r.value for r in mine if r.claim.value is None}
            valued = {r.value for r in mine if r.claim.value is not None}
            for b in bare:
                for w in valued:
                    if b.startswith("not ") == w.startswith("not "):
                        entails.append((gid + "\x1f" + w, gid + "\x1f" + b))
        for v in values:
            if v.startswith("not ") and v[4:] in values:
                exclusions.append((gid + "\x1f" + v, gid + "\x1f" + v[4:]))
        if not uniform:
            ids = sorted(set(pred_ids))
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    if vocabulary.predicates.excludes(a, b):
                        for sa in ("", "not "):
                            if sa + a in values and sa + b in values:
                                exclusions.append((gid + "\x1f" + sa + a, gid + "\x1f" + sa + b))
    return rows, items, exclusions, entails


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


def reconcile(
    data: Iterable[Claim] | Alignment | ClaimGraph,
    *,
    method: str = "truthfinder",
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
    **options: Any,
) -> Reconciliation:
    """Estimate source trust and the most likely value of every item.

    Parameters
    ----------
    data : iterable of Claim, Alignment or ClaimGraph
        The claims; they are aligned and related first unless a graph is given.
    method : str, default "truthfinder"
        One of :data:`METHODS`: ``"majority"``, ``"sums"``, ``"average_log"``,
        ``"investment"``, ``"pooled_investment"``, ``"truthfinder"``, ``"crh"``,
        ``"accu"``, ``"accu_copy"``.
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
    >>> item.value, item.low, item.high
    ('about 40', 36.0, 44.0)
    >>> result.verdict(claims[0]).verdict.value
    'lost'
    """
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
    vocab = vocabulary if vocabulary is not None else default_vocabulary()
    graph = _graph_of(data, vocabulary)
    groups = graph.groups()
    evidence = graph.evidence_groups()
    rows, items, exclusions, entails = _rows(
        groups, vocab, party_aware=party_aware, trust_by=trust_by
    )
    if not rows:
        return Reconciliation(
            method=method, policy=policy, items=(), sources=(), claims=(), copies=(),
            converged=True, iterations=0, stop_reason="converged", graph=graph,
        )  # fmt: skip

    # ---- priors
    names_prior: dict[str, float] = {}
    for row in rows:
        if row.claim.source.reliability is not None:
            names_prior.setdefault(row.claim.source.name, row.claim.source.reliability)
    for name, p in (priors or {}).items():
        if not 0.0 <= float(p) <= 1.0:
            raise InvalidClaimError(f"priors[{name!r}]", p, "must be in [0, 1]")
        names_prior[name] = float(p)
    source_prior: dict[Hashable, float] = {}
    for row in rows:
        name, scope = row.source_key
        base = names_prior.get(name)
        if scope == _SELF:
            source_prior[row.source_key] = party_prior if base is None else min(base, party_prior)
        elif base is not None:
            source_prior[row.source_key] = base

    # ---- known claims
    by_id = {row.claim.id: (row, item) for row, item in zip(rows, items, strict=True)}
    known_map: dict[Hashable, Hashable] = {}
    for k in known:
        cid = k.id if isinstance(k, Claim) else str(k)
        if cid not in by_id:
            raise UnknownNameError("known claim", cid)
        row, item = by_id[cid]
        known_map[item] = row.value

    # ---- the table
    numeric_of = {r.value: r.numeric for r in rows if r.numeric is not None}
    value_labels = [item + "\x1f" + r.value for r, item in zip(rows, items, strict=True)]
    table = ClaimTable.from_records(
        [r.source_key for r in rows],
        items,
        value_labels,
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

    kwargs: dict[str, Any] = {"specific": 0.5, **options}
    if max_iter is not None:
        kwargs["max_iter"] = max_iter
    if tol is not None:
        kwargs["tol"] = tol
    if exclude is not None and exclude.any():
        kwargs["exclude_values"] = exclude
    estimate = METHODS[method](table, **kwargs)
    if strict and not estimate.converged:
        raise NotConvergedError(estimate.iterations, float(kwargs.get("tol", float("nan"))))

    return _explain(graph, groups, rows, table, estimate, exclude, policy, method)


def _entailment(table: ClaimTable, pairs: list[tuple[str, str]], down: float = 0.5) -> Any:
    """Implication for (specific, general) value pairs: 1 one way, ``down`` the other."""
    import scipy.sparse as sp  # noqa: PLC0415 - scipy is a core dependency, loaded with the table

    index = {label: k for k, label in enumerate(table.values)}
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for specific, general in pairs:
        s, g = index[specific], index[general]
        rows += [s, g]
        cols += [g, s]
        data += [1.0, down]
    n = table.n_values
    return sp.csr_array((data, (rows, cols)), shape=(n, n))


# --------------------------------------------------------------------------- explanations


def _explain(  # noqa: PLR0917 - private
    graph: ClaimGraph,
    groups: Mapping[str, tuple[Claim, ...]],
    rows: list[_Row],
    table: ClaimTable,
    estimate: Estimate,
    exclude: Any,
    policy: Policy,
    method: str,
) -> Reconciliation:
    score = estimate.value_score
    imp = table.implication
    claims_of_value: dict[int, list[int]] = defaultdict(list)
    for k, v in enumerate(table.claim_value.tolist()):
        claims_of_value[v].append(k)
    item_results: list[ItemResult] = []
    verdicts: dict[str, ClaimVerdict] = {}
    starts = table.item_start.tolist()
    for i, item_label in enumerate(table.items):
        gid = str(item_label)
        lo, hi = starts[i], starts[i + 1]
        codes = list(range(lo, hi))
        choice = int(estimate.item_choice[i])
        display = {v: str(table.values[v]).split("\x1f", 1)[1] for v in codes}
        # show values as their claims worded them, whatever the input order
        for v in codes:
            first = rows[claims_of_value[v][0]]
            if first.claim.value is not None and display[v] == _signed_text(first.claim):
                display[v] = _wording([rows[k].claim for k in claims_of_value[v]])
        ordered = sorted(codes, key=lambda v: (-score[v], v))
        scores = tuple(
            ValueScore(
                value=display[v],
                score=float(round(score[v], 6)),
                support=float(table.value_support[v]),
                claims=tuple(sorted(rows[k].claim.id for k in claims_of_value[v])),
            )
            for v in ordered
        )
        numeric = table.value_best is not None and bool(np.isfinite(table.value_best[lo:hi]).all())
        low = best = high = None
        if numeric and choice >= 0:
            # The winner's interval, narrowed by every value that supports it and scores at
            # least half as much (what the credible sources allow together).
            assert table.value_low is not None
            assert table.value_high is not None
            low, high = float(table.value_low[choice]), float(table.value_high[choice])
            for v in codes:
                if v == choice or score[v] < 0.5 * score[choice] or imp is None:
                    continue
                if float(imp[v, choice]) <= 0 and float(imp[choice, v]) <= 0:
                    continue
                lo_v = max(low, float(table.value_low[v]))
                hi_v = min(high, float(table.value_high[v]))
                if lo_v <= hi_v:
                    low, high = lo_v, hi_v
            winner = rows[claims_of_value[choice][0]].claim.value
            assert isinstance(winner, Quantity)
            if policy is Policy.CONSERVATIVE:
                best = float(winner.conservative)
            elif (
                policy is Policy.ESTIMATOR
                and estimate.item_estimate is not None
                and math.isfinite(estimate.item_estimate[i])
            ):
                best = float(estimate.item_estimate[i])
            else:
                best = float(winner.best if winner.best is not None else winner.center)
            if policy is not Policy.CONSERVATIVE:
                # The figure stays inside the credible range; ACLED's conservative coding
                # may fall below it on purpose ("dozens" is coded 12, the interval is 24-99).
                best = min(max(best, low), high)
            low = None if math.isinf(low) else low
            high = None if math.isinf(high) else high
        supporting: list[str] = []
        opposing: list[str] = []
        for v in codes:
            supports = v == choice or (
                choice >= 0 and imp is not None and float(imp[v, choice]) > 0
            )
            for k in claims_of_value[v]:
                claim = rows[k].claim
                (supporting if supports else opposing).append(claim.id)
                verdicts[claim.id] = _verdict(
                    claim, gid, display[v], v, choice, supports, len(codes), exclude, display
                )
        members = groups[gid]
        note = _note(
            members,
            rows,
            claims_of_value,
            codes,
            choice,
            display,
            estimate,
            i,
            low,
            best,
            high,
            imp,
        )
        item_results.append(
            ItemResult(
                item=gid,
                label=graph.label(gid),
                value=display[choice] if choice >= 0 else None,
                numeric=numeric,
                low=low,
                best=best,
                high=high,
                confidence=float(round(estimate.item_confidence[i], 6)),
                tie=bool(estimate.tie[i]),
                scores=scores,
                supporting=tuple(sorted(supporting)),
                opposing=tuple(sorted(opposing)),
                note=note,
            )
        )

    counts: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        counts[row.source_key] += 1
    prior = table.source_prior
    sources = tuple(
        SourceTrust(
            source=key[0],
            scope=key[1],
            trust=float(round(estimate.source_trust[s], 6)),
            claims=counts[key],
            prior=None if prior is None or math.isnan(prior[s]) else float(prior[s]),
        )
        for s, key in enumerate(table.sources)
        if isinstance(key, tuple)
    )
    copies = tuple(
        CopyRelation(
            a=_source_label(*table.sources[a]),  # type: ignore[misc]
            b=_source_label(*table.sources[b]),  # type: ignore[misc]
            probability=float(round(p, 6)),
        )
        for a, b, p in estimate.copy_pairs
    )
    copy_edges = {
        (str(table.sources[a][0]), str(table.sources[b][0])): float(p)  # type: ignore[index]
        for a, b, p in estimate.copy_pairs
        if table.sources[a][0] != table.sources[b][0]  # type: ignore[index]
    }
    if copy_edges:  # detected copying is shown in the graph, as source -copies-> source edges
        graph = graph.with_copies((a, b, p) for (a, b), p in sorted(copy_edges.items()))
    order = {c.id: k for k, c in enumerate(graph.claims)}
    claim_verdicts = tuple(sorted(verdicts.values(), key=lambda v: order.get(v.claim, 0)))
    return Reconciliation(
        method=method,
        policy=policy,
        items=tuple(sorted(item_results, key=lambda r: r.item)),
        sources=sources,
        claims=claim_verdicts,
        copies=copies,
        converged=bool(estimate.converged),
        iterations=int(estimate.iterations),
        stop_reason=str(estimate.stop_reason.value),
        graph=graph,
    )


def _verdict(  # noqa: PLR0917 - private
    claim: Claim,
    gid: str,
    shown: str,
    v: int,
    choice: int,
    supports: bool,
    n_values: int,
    exclude: Any,
    display: Mapping[int, str],
) -> ClaimVerdict:
    if exclude is not None and bool(exclude[v]):
        verdict, reason = (
            Verdict.IMPLAUSIBLE,
            "orders of magnitude off the other values of its item",
        )
    elif n_values == 1:
        verdict, reason = Verdict.UNCONTESTED, "the only value claimed for its item"
    elif v == choice:
        verdict, reason = Verdict.CHOSEN, "its value is the most likely"
    elif supports:
        verdict, reason = Verdict.SUPPORTS, f"its value supports the chosen {display[choice]!r}"
    else:
        won = display[choice] if choice >= 0 else "nothing"
        verdict, reason = Verdict.LOST, f"{won!r} is more likely"
    return ClaimVerdict(claim=claim.id, item=gid, value=shown, verdict=verdict, reason=reason)


def _note(  # noqa: PLR0917 - private
    members: tuple[Claim, ...],
    rows: list[_Row],
    claims_of_value: Mapping[int, list[int]],
    codes: list[int],
    choice: int,
    display: Mapping[int, str],
    estimate: Estimate,
    i: int,
    low: float | None,
    best: float | None,
    high: float | None,
    imp: Any,
) -> str:
    said = []
    for v in codes:
        speakers = sorted({rows[k].claim.source.name for k in claims_of_value[v]})
        verb = "says" if len(speakers) == 1 else "say"
        said.append(f"{' and '.join(speakers)} {verb} {display[v]!r}")
    text = "; ".join(said) + "."
    all_speakers = {c.source.name for c in members}
    if len(codes) == 1 or all(
        v == choice or (imp is not None and float(imp[v, choice]) > 0) for v in codes
    ):
        if len(all_speakers) == 1:
            return text + " No other source addresses it: uncorroborated, not disputed."
        return text + " Not disputed."
    if choice < 0:
        return text + " Every value was implausible; nothing chosen."
    conf = float(estimate.item_confidence[i])
    text += f" Most likely {display[choice]!r} (confidence {conf:.2f}"
    if bool(estimate.tie[i]):
        text += ", a tie broken by the documented order"
    text += ")."
    if best is not None:
        rng = f"{_fmt(low)}-{_fmt(high)}"
        text += f" Figure {_fmt(best)} (credible range {rng})."
    return text


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:.3g}"
