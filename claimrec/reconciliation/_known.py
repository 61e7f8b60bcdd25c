"""Reconcile tabular claims whose items are already known: (source, item, value) rows.

When the data already say which item each row is about (a table of sellers' author lists per
ISBN, of sites' departure times per flight, of sources' tolls per event id), fuzzy alignment has
nothing to do and can only do harm (merging distinct items with similar names). This path skips
it: the rows become a :class:`ClaimTable` directly, each distinct value is typed once, and the
estimator runs on the table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Hashable, Mapping
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from claimrec.errors import UnknownNameError
from claimrec.model import to_value
from claimrec.quantity import Quantity
from claimrec.reconciliation._ensemble import ensemble
from claimrec.reconciliation._estimate import Estimate
from claimrec.reconciliation._estimators import ESTIMATORS
from claimrec.reconciliation._table import (
    ClaimTable,
    flag_outliers,
    implication_from_hierarchy,
    implication_from_intervals,
)
from claimrec.vocab import Gazetteer, default_vocabulary

__all__ = ["TableReconciliation", "reconcile_table"]

Hierarchy = (
    Mapping[Hashable, Hashable] | Callable[[Hashable], Collection[Hashable]] | Gazetteer | str
)


def _gazetteer_hierarchy(
    gazetteer: Gazetteer, labels: tuple[Hashable, ...]
) -> Callable[[Hashable], Collection[Hashable]]:
    """Ancestors of each value label among the table's labels, by the gazetteer's places."""
    ids_of: dict[Hashable, set[str]] = {}
    labels_of: dict[str, set[Hashable]] = {}
    for label in set(labels):
        if not isinstance(label, str):
            continue
        ids = {p.id for p in gazetteer.resolve(label)}
        ids_of[label] = ids
        for place_id in ids:
            labels_of.setdefault(place_id, set()).add(label)
    cache: dict[Hashable, frozenset[Hashable]] = {}

    def ancestors(label: Hashable) -> Collection[Hashable]:
        if label not in cache:
            found: set[Hashable] = set()
            for place_id in ids_of.get(label, ()):
                for parent in gazetteer.path(place_id)[:-1]:
                    found |= labels_of.get(parent.id, set())
            found.discard(label)
            cache[label] = frozenset(found)
        return cache[label]

    return ancestors


@attrs.frozen(kw_only=True, eq=False, repr=False)
class TableReconciliation:
    """The outcome of reconciling known-item rows: a value per item, a verdict per row.

    Attributes
    ----------
    method : str
    table : ClaimTable
        The rows as a claim table (row *k* is claim *k*).
    estimate : Estimate
        The estimator's scores, trust and choices.
    implausible : array of bool
        Per value code: flagged orders of magnitude off its item (it could not win).

    Examples
    --------
    >>> import claimrec as cr
    >>> rows = {"source": ["a", "b", "c"], "item": ["Gao", "Gao", "Gao"],
    ...         "value": ["85", "over 80", "3"]}
    >>> result = cr.reconcile(rows, item="item", source="source", value="value")
    >>> result
    <TableReconciliation method='ensemble' items=1 rows=3>
    >>> result.choices()  # "85" refines "over 80", which supports it
    {'Gao': '85'}
    >>> result.verdicts()
    ['chosen', 'supports', 'lost']
    """

    method: str
    table: ClaimTable
    estimate: Estimate
    implausible: NDArray[np.bool_]

    def __repr__(self) -> str:
        return (
            f"<TableReconciliation method={self.method!r} items={self.table.n_items} "
            f"rows={self.table.n_claims}>"
        )

    def choices(self) -> dict[Hashable, Hashable | None]:
        """Return ``{item: chosen value}`` (None where every value was implausible).

        Examples
        --------
        >>> import claimrec as cr
        >>> rows = [{"source": "a", "item": 1, "value": "x"}, {"source": "b", "item": 1,
        ...          "value": "x"}, {"source": "c", "item": 1, "value": "y"}]
        >>> cr.reconcile(rows, item="item").choices()
        {1: 'x'}
        """
        return self.estimate.choices(self.table)

    def verdicts(self) -> list[str]:
        """Return one verdict per input row, in input order.

        ``chosen``, ``supports`` (its value entails or supports the chosen one), ``lost``,
        ``implausible`` or ``uncontested`` (the only value of its item), as in
        :class:`~claimrec.Verdict`.

        Examples
        --------
        >>> import claimrec as cr
        >>> rows = {"source": ["a", "b"], "item": ["t", "u"], "value": [1, 2]}
        >>> cr.reconcile(rows, item="item").verdicts()
        ['uncontested', 'uncontested']
        """
        t, est = self.table, self.estimate
        choice = est.item_choice[t.claim_item]
        v = t.claim_value
        chosen = v == choice
        supports = np.zeros(t.n_claims, dtype=bool)
        if t.implication is not None and t.implication.nnz:
            has = choice >= 0
            rows = np.flatnonzero(has & ~chosen)
            if len(rows):
                weights = np.asarray(t.implication[v[rows], choice[rows]]).ravel()
                supports[rows] = weights > 0
        sizes = np.diff(t.item_start)[t.claim_item]
        out = np.full(t.n_claims, "lost", dtype=object)
        out[supports] = "supports"
        out[chosen] = "chosen"
        out[sizes == 1] = "uncontested"
        out[self.implausible[v]] = "implausible"
        return [str(x) for x in out.tolist()]

    def summary(self, *, contested_only: bool = False) -> str:
        """Return a plain-text summary: contested items first, then the sources' trust.

        An item is contested when its rows give more than one value. Each line gives the
        chosen value and its confidence, the figures' range for numeric items, and says
        *undecided* when the top score is shared (the estimate then holds one of the tied
        values only by the documented tie-break), as :meth:`Reconciliation.summary
        <claimrec.Reconciliation.summary>` does for claims.

        Examples
        --------
        >>> import claimrec as cr
        >>> rows = {"source": ["a", "b", "c", "d"], "item": ["Gao", "Gao", "Gao", "Kidal"],
        ...         "value": ["85", "over 80", "3", "12"]}
        >>> print(cr.reconcile(rows, item="item", source="source", value="value").summary())
        ... # doctest: +NORMALIZE_WHITESPACE
        Reconciliation by ensemble (converged after ... iterations): 2 items, 4 rows
        <BLANKLINE>
        * Gao [disputed]: '85' (confidence ...), 3 values, figures from 3 to 85
        * Kidal [undisputed]: '12' (confidence ...)
        <BLANKLINE>
        Source trust (rows behind it):
            ...
        """
        t, est = self.table, self.estimate
        iterations = f"{est.iterations} iteration{'s' if est.iterations != 1 else ''}"
        head = (
            f"Reconciliation by {self.method} ({est.stop_reason.value} after {iterations}): "
            f"{t.n_items} items, {t.n_claims} rows"
        )
        lines = [head, ""]
        records = self.to_records()
        for rec in sorted(records, key=lambda r: (r["values"] < 2, str(r["item"]))):
            contested = rec["values"] > 1
            if contested_only and not contested:
                continue
            mark = "disputed" if contested else "undisputed"
            if rec["value"] is None:
                said = "every value implausible, nothing chosen"
            elif rec["tie"]:
                said = (
                    f"undecided, {rec['value']!r} only by the tie-break "
                    f"(confidence {rec['confidence']:.2f})"
                )
            else:
                said = f"{rec['value']!r} (confidence {rec['confidence']:.2f})"
            if contested:
                said += f", {rec['values']} values"
                if rec["low"] is not None and rec["low"] != rec["high"]:
                    said += f", figures from {rec['low']:g} to {rec['high']:g}"
            lines.append(f"* {rec['item']} [{mark}]: {said}")
        lines += ["", "Source trust (rows behind it):"]
        rows_of = np.bincount(t.claim_source, minlength=t.n_sources)
        trust = est.source_trust
        for k in sorted(range(t.n_sources), key=lambda k: (-float(trust[k]), str(t.sources[k]))):
            lines.append(f"    {t.sources[k]!s:40s} {float(trust[k]):.3f}  ({int(rows_of[k])})")
        return "\n".join(lines)

    def to_records(self) -> list[dict[str, Any]]:
        """Return one dict per item: the value, confidence, tie, and UCDP low/high figures.

        ``low`` and ``high`` are the lowest and highest figure claimed for a numeric item
        (implausible values left out); ``best`` the chosen value's figure.

        Examples
        --------
        >>> import claimrec as cr
        >>> rows = {"source": ["a", "b", "c"], "item": ["t"] * 3, "value": [10, 10, 12]}
        >>> rec = cr.reconcile(rows, item="item").to_records()[0]
        >>> rec["value"], rec["low"], rec["best"], rec["high"]
        (10, 10.0, 10.0, 12.0)
        """
        t, est = self.table, self.estimate
        best = t.value_best
        out = []
        for i, label in enumerate(t.items):
            lo, hi = int(t.item_start[i]), int(t.item_start[i + 1])
            c = int(est.item_choice[i])
            row: dict[str, Any] = {
                "item": label,
                "value": t.values[c] if c >= 0 else None,
                "confidence": round(float(est.item_confidence[i]), 6),
                "tie": bool(est.tie[i]),
                "values": hi - lo,
                "low": None,
                "best": None,
                "high": None,
            }
            if best is not None:
                figures = [float(best[v]) for v in range(lo, hi) if not self.implausible[v]]
                figures = [x for x in figures if math.isfinite(x)]
                if figures:
                    row["low"], row["high"] = min(figures), max(figures)
                if c >= 0 and math.isfinite(float(best[c])):
                    row["best"] = float(best[c])
            out.append(row)
        return out


def _typed(label: Hashable) -> tuple[float, float, float] | None:
    """Return one distinct value's numeric payload: numbers, and text read as an amount."""
    if isinstance(label, bool):
        return None
    if isinstance(label, int | float | np.integer | np.floating):
        x = float(label)
        return (x, x, x) if math.isfinite(x) else None
    if not isinstance(label, str | Quantity):
        return None
    try:
        value = to_value(label)
    except ValueError:
        return None
    if not isinstance(value, Quantity):
        return None
    low = -math.inf if value.low is None else value.low
    high = math.inf if value.high is None else value.high
    return (low, value.best if value.best is not None else value.center, high)


def reconcile_table(
    frame: Any,
    *,
    item: str = "item",
    source: str = "source",
    value: str = "value",
    group: str | None = None,
    hierarchy: Hierarchy | None = None,
    method: str = "ensemble",
    outliers: bool = True,
    specific: float | None = 0.5,
    **options: Any,
) -> TableReconciliation:
    """Reconcile rows whose item is known, without alignment.

    Called by :func:`~claimrec.reconcile` when ``item=`` is given. Each distinct value is typed
    once (numbers and amount phrases such as ``"over 80"`` become intervals that support or
    contain each other); ``hierarchy`` links place-like values ("Kayes" entails "Mali").

    Parameters
    ----------
    frame : data frame, mapping of columns, or sequence of records
    item, source, value, group : str
        Column names (``group``: evidence groups, optional).
    hierarchy : mapping, callable, Gazetteer or "places", optional
        ``{child: parent}`` or a function returning a value's ancestors, passed to
        :func:`~claimrec.reconciliation.implication_from_hierarchy`; or a
        :class:`~claimrec.Gazetteer` (``"places"``: the shipped one), whose place hierarchy
        links the values that name places ("Diboli" entails "Kayes Region" and "Mali").
    method : str, default "ensemble"
        An estimator name (``"ensemble"``, ``"majority_vote"``, ``"accu"``...).
    outliers : bool, default True
        Flag numeric values orders of magnitude off their item; they cannot win.
    specific : float or None, default 0.5
        Prefer a value that refines the winner.
    **options
        Passed to the estimator.

    Returns
    -------
    TableReconciliation

    Raises
    ------
    UnknownNameError
        For an unknown method or a missing column.

    Examples
    --------
    >>> import claimrec as cr
    >>> rows = {"source": ["a", "b", "c"], "item": ["p1"] * 3,
    ...         "value": ["Kayes", "Mali", "Gao"]}
    >>> result = cr.reconcile(rows, item="item", hierarchy={"Kayes": "Mali", "Gao": "Mali"})
    >>> result.choices(), result.verdicts()
    ({'p1': 'Mali'}, ['supports', 'chosen', 'supports'])
    """
    known = {**ESTIMATORS, "ensemble": ensemble}
    if method not in known:
        raise UnknownNameError("method", method, sorted(known))
    table = ClaimTable.from_frame(
        frame, source=source, item=item, value=value, group=group, numeric=_typed
    )
    matrices = []
    if table.value_low is not None:
        matrices.append(implication_from_intervals(table))
    if hierarchy is not None:
        if isinstance(hierarchy, str):
            if hierarchy != "places":
                raise UnknownNameError("hierarchy", hierarchy, ["places"])
            hierarchy = default_vocabulary().places
        if isinstance(hierarchy, Gazetteer):
            hierarchy = _gazetteer_hierarchy(hierarchy, table.values)
        matrices.append(implication_from_hierarchy(table, hierarchy))
    if matrices:
        table = table.with_implication(*matrices)
    flags = (
        flag_outliers(table)
        if outliers and table.value_best is not None
        else np.zeros(table.n_values, dtype=bool)
    )
    kwargs: dict[str, Any] = {"specific": specific, **options}
    if flags.any():
        kwargs["exclude_values"] = flags
    estimate = known[method](table, **kwargs)
    return TableReconciliation(method=method, table=table, estimate=estimate, implausible=flags)
