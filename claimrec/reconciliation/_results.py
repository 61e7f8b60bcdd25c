"""The results of :func:`~claimrec.reconcile`: items, sources, verdicts, and how to read them."""

from __future__ import annotations

import html
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs

from claimrec._records import frame
from claimrec.errors import UnknownNameError
from claimrec.graph import ClaimGraph
from claimrec.model import Claim

__all__ = [
    "ClaimVerdict",
    "CopyRelation",
    "ItemResult",
    "Policy",
    "Reconciliation",
    "SourceFigure",
    "SourceTrust",
    "ValueScore",
    "Verdict",
]


class Policy(str, Enum):
    """How the single figure of a numeric item is chosen.

    ``conservative`` follows ACLED's rule (the most conservative figure the winning
    value asserts: "dozens" is 12, "over 80" is 81); ``best`` takes the figure the winning
    value's words report (its stated figure, the bound of a one-sided phrase, the lowest value
    of a vague word: "dozens" is 24, the middle of a range); ``estimator`` takes the estimator's
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
    not win. ``uncontested``: the only value claimed for its item. ``unstated``: the claim
    says that its source gave no figure (:class:`~claimrec.Unstated`); it neither supports
    nor contradicts one, and the item's note says so.

    Examples
    --------
    >>> import claimrec as cr
    >>> [v.value for v in cr.Verdict]
    ['chosen', 'supports', 'lost', 'implausible', 'uncontested', 'unstated']
    """

    CHOSEN = "chosen"
    SUPPORTS = "supports"
    LOST = "lost"
    IMPLAUSIBLE = "implausible"
    UNCONTESTED = "uncontested"
    UNSTATED = "unstated"


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
class SourceFigure:
    """What one source said about a numeric item: its words and the figure they give.

    ``figure`` is the number the words report: the stated figure ("80", "about 40", "as
    many as 82"), the bound of a one-sided phrase ("at least 71" gives 71, "at most 50"
    gives 50), the lowest value of a vague word ("dozens" gives 24), the middle of a range.
    ``low`` and ``high`` are the interval the words assert (None: unbounded).

    Examples
    --------
    >>> import claimrec as cr
    >>> f = cr.SourceFigure(source="JNIM", claim="c1", value="at least 71", figure=71.0,
    ...                     low=71.0, high=None)
    >>> f.figure, f.high
    (71.0, None)
    """

    source: str
    claim: str
    value: str
    figure: float
    low: float | None
    high: float | None


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
        For numeric items, UCDP's low / best / high: the lowest and the highest figure that
        credible sources report (every source's figure is in ``figures``; values flagged
        implausible are left out), and the best estimate, the single figure the ``policy``
        takes from the chosen value. None for items without figures.
    chosen_low, chosen_high : float or None
        The chosen value's own interval, narrowed by the values that support it and score at
        least half as much (None: unbounded, or no figure).
    figures : tuple of SourceFigure
        Every credible figure of the item, one per claim: who said what, and the number.
    members : tuple of str or None
        For an item whose values are lists (:class:`~claimrec.SetValue`): the members judged
        true one by one by multi-truth discovery (:func:`latent_truth`), which may be no
        single source's list. None for other items.
    unstated : tuple of str
        Ids of the claims saying that their source gave no figure.
    confidence : float
        In [0, 1]: the estimated probability that the chosen value is right (see the
        method's documentation; for score-based methods, the winner's share of the scores).
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
    chosen_low: float | None = None
    chosen_high: float | None = None
    figures: tuple[SourceFigure, ...] = ()
    members: tuple[str, ...] | None = None
    unstated: tuple[str, ...] = ()

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
    ``trust_by="source_predicate"``, else empty. ``source`` is the source's identity: the
    aliases of one actor ("GSIM", "JNIM") are one source.

    ``trust`` is the method's estimate shrunk toward the source's prior by the number of
    claims behind it, ``(n * estimate + 2 * prior) / (n + 2)``: one lucky claim does not earn
    full trust. The prior is the source's own (``priors``, ``Source.reliability``,
    ``party_prior``) or, without one, the claim-weighted mean estimate of all sources.
    ``estimate`` is the method's figure before shrinkage.

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
    estimate: float | None = None


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
class _Lookup:
    """The items by id and the verdicts by claim id of one :class:`Reconciliation`."""

    items: Mapping[str, ItemResult]
    verdicts: Mapping[str, ClaimVerdict]


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
    _lookup: _Lookup | None = attrs.field(
        init=False, default=None, eq=False, repr=False, hash=False
    )  # built on the first look-up: item() and verdict() are then O(1), not a scan

    def _index(self) -> _Lookup:
        if self._lookup is None:
            lookup = _Lookup(
                items={r.item: r for r in self.items},
                verdicts={v.claim: v for v in self.claims},
            )
            object.__setattr__(self, "_lookup", lookup)  # a cache: frozen stays frozen
            return lookup
        return self._lookup

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
        lookup = self._index()
        found = lookup.items.get(key)
        if found is not None:
            return found
        verdict = lookup.verdicts.get(key)
        if verdict is not None:
            return lookup.items[verdict.item]
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
        found = self._index().verdicts.get(key)
        if found is None:
            raise UnknownNameError("claim", key)
        return found

    def trust(self) -> dict[str, float]:
        """Return ``{source: trust}``, a scoped source as ``"name [scope]"``.

        Examples
        --------
        >>> import claimrec as cr
        >>> sorted(cr.reconcile(cr.datasets.mali_2025()).trust())[:3]
        ['AFRICOM', 'FAMa', 'FAMa [self-interested]']
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
        ['best', 'chosen_high', 'chosen_low', 'confidence']
        >>> len(result.to_records("verdicts")), sorted(result.to_records("trust")[0])
        (17, ['claims', 'estimate', 'prior', 'scope', 'source', 'trust'])
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
                    "chosen_low": item.chosen_low,
                    "chosen_high": item.chosen_high,
                    "figures": "; ".join(f"{f.source}: {f.value}" for f in item.figures),
                    "members": None if item.members is None else "; ".join(item.members),
                    "unstated": " ".join(item.unstated),
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
        Reconciliation by ensemble ...
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
    "items": ["item", "label", "value", "low", "best", "high", "chosen_low", "chosen_high",
              "figures", "members", "unstated", "confidence", "tie", "contested", "runner_ups",
              "supporting", "opposing", "note"],
    "verdicts": ["claim", "item", "value", "verdict", "reason"],
    "trust": ["source", "scope", "trust", "claims", "prior", "estimate"],
}  # fmt: skip


def _plain(_instance: object, _field: object, value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:.3g}"


def _source_label(source: str, scope: str) -> str:
    return f"{source} [{scope}]" if scope else source
