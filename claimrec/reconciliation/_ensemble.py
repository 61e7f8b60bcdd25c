"""The default estimator: a two-member ensemble with a calibrated confidence.

No single truth-discovery method is best on every data set (the benchmark shows TruthFinder
below majority vote on Flights, Pooled Investment below it on the synthetic set, Accu below it
on BirthPlaces). :func:`ensemble` averages, per item, the value shares of two methods from
different families: Accu with the observed number of false values (a Bayesian accuracy model,
Dong et al. 2009) and Investment (a fact-finder, Pasternack & Roth 2010). How the members were
chosen and what the benchmark shows is in ``docs/truth_discovery.md``.
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np
from numpy.typing import ArrayLike, NDArray

from claimrec.reconciliation._accu import accu
from claimrec.reconciliation._crh import crh
from claimrec.reconciliation._estimate import Clamp, Estimate, check_range, finish
from claimrec.reconciliation._pasternack import investment
from claimrec.reconciliation._segments import seg_sum
from claimrec.reconciliation._table import ClaimTable

__all__ = ["CALIBRATION", "ensemble"]

FloatArray = NDArray[np.float64]

#: The calibration map of the ensemble's confidence: (raw share, probability right) knots,
#: linearly interpolated. Fitted by ``benchmarks/calibrate.py`` (isotonic regression) on
#: synthetic claim sets with a known truth (24 sets, seeds 1000-1023, 77,454 items), never on
#: the benchmark gold.
CALIBRATION: tuple[tuple[float, float], ...] = (
    (0.00, 0.000),
    (0.30, 0.194),
    (0.35, 0.326),
    (0.40, 0.399),
    (0.45, 0.418),
    (0.50, 0.503),
    (0.55, 0.572),
    (0.60, 0.638),
    (0.65, 0.704),
    (0.70, 0.717),
    (0.75, 0.750),
    (0.80, 0.849),
    (0.85, 0.916),
    (0.90, 0.947),
    (0.95, 0.976),
    (1.00, 1.000),
)


def _shares(table: ClaimTable, score: FloatArray, off: NDArray[np.bool_]) -> FloatArray:
    """Each value's share of its item's non-negative scores (eligible values only)."""
    pos = np.where(off, 0.0, np.maximum(np.nan_to_num(score, nan=0.0, posinf=0.0), 0.0))
    den = seg_sum(pos, table.item_start)[table.value_item]
    return np.asarray(np.where(den > 0, pos / np.where(den > 0, den, 1.0), 0.0), np.float64)


def _entailed(table: ClaimTable, choice: NDArray[np.int32]) -> NDArray[np.bool_]:
    """Per value: whether the chosen value of its item entails it (and is not it)."""
    out = np.zeros(table.n_values, dtype=bool)
    imp = table.implication
    if imp is None or imp.nnz == 0:
        return out
    chosen = choice[choice >= 0]
    sub = imp[chosen]
    rows = np.repeat(chosen, np.diff(sub.indptr))
    hit = (sub.data >= 1.0 - 1e-9) & (sub.indices != rows)
    out[sub.indices[hit]] = True
    return out


def _against_rivals(table: ClaimTable, p: FloatArray, friends: NDArray[np.bool_]) -> FloatArray:
    """Renormalise each item's masses without the values its choice entails.

    ``p / (1 - mass of the entailed values)``: Accu's posterior and a share both have one
    denominator per item, so leaving a value out is dividing by what remains.
    """
    if not friends.any():
        return p
    friend_mass = seg_sum(np.where(friends, p, 0.0), table.item_start)[table.value_item]
    rest = 1.0 - friend_mass
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(rest > 1e-12, p / rest, p)
    return np.asarray(np.clip(out, 0.0, 1.0), np.float64)


def _where_sources_meet(
    table: ClaimTable,
) -> tuple[ClaimTable, NDArray[np.bool_], NDArray[np.bool_]] | None:
    """Return the sub-table of items with two or more evidence groups, and its masks."""
    groups = table.claim_group if table.claim_group is not None else np.arange(table.n_claims)
    key = np.unique(np.stack([table.claim_item.astype(np.int64), groups.astype(np.int64)]), axis=1)
    per_item = np.bincount(key[0], minlength=table.n_items)
    met = per_item >= 2
    if met.all() or not met.any():
        return None
    keep_claim = met[table.claim_item]
    keep_value = met[table.value_item]
    new_value = np.cumsum(keep_value) - 1
    new_item = np.cumsum(met) - 1
    imp = table.implication
    known = table.item_known
    sub = ClaimTable(
        sources=table.sources,
        items=[label for label, m in zip(table.items, met.tolist(), strict=True) if m],
        values=[label for label, m in zip(table.values, keep_value.tolist(), strict=True) if m],
        claim_source=table.claim_source[keep_claim],
        claim_value=new_value[table.claim_value[keep_claim]],
        value_item=new_item[table.value_item[keep_value]],
        claim_group=None if table.claim_group is None else table.claim_group[keep_claim],
        implication=None if imp is None else imp[keep_value][:, keep_value],
        value_low=None if table.value_low is None else table.value_low[keep_value],
        value_best=None if table.value_best is None else table.value_best[keep_value],
        value_high=None if table.value_high is None else table.value_high[keep_value],
        source_prior=table.source_prior,
        item_known=None
        if known is None
        else np.where(known[met] >= 0, new_value[np.maximum(known[met], 0)], -1),
    )
    return sub, met, keep_value


def _members(
    table: ClaimTable, options: dict[str, Any]
) -> tuple[FloatArray, FloatArray, FloatArray, int, bool]:
    """Accu's probabilities, Investment's scores, the accuracies, iterations, convergence.

    Trust is learnt where sources meet: a claim nobody else addresses says nothing about its
    source's reliability (a party's uncontested claims must not make it more credible where it
    is contested). So the members run on the items with two or more pieces of evidence; the
    other items are weighed once with the accuracies learnt there.
    """
    inv_options = {**options, "max_iter": min(int(options["max_iter"]), 20)}
    split = _where_sources_meet(table)
    if split is None:
        first = accu(table, n_false="observed", smoothing=2.0, **options)
        second = investment(table, **inv_options)
        return (
            first.value_score, second.value_score, first.source_trust,
            max(first.iterations, second.iterations), first.converged,
        )  # fmt: skip
    sub, _met, keep = split
    sub_options = {**options}
    if options.get("exclude_values") is not None:
        sub_options["exclude_values"] = np.asarray(options["exclude_values"], dtype=bool)[keep]
    first = accu(sub, n_false="observed", smoothing=2.0, **sub_options)
    second = investment(sub, **{**sub_options, "max_iter": inv_options["max_iter"]})
    seen = np.bincount(sub.claim_source, minlength=table.n_sources) > 0
    start = options.get("prior")
    base = table.source_prior if start is None else np.asarray(start, dtype=np.float64)
    if base is None:
        base = np.full(table.n_sources, np.nan)
    trust = np.where(seen, first.source_trust, base)
    lone = accu(
        table, n_false="observed", smoothing=2.0, **{**options, "prior": trust, "max_iter": 1}
    )
    accu_v = lone.value_score.copy()
    accu_v[keep] = first.value_score
    inv_v = np.asarray(table.value_support, dtype=np.float64).copy()
    inv_v[keep] = second.value_score
    trust = np.where(seen, first.source_trust, lone.source_trust)
    return accu_v, inv_v, trust, max(first.iterations, second.iterations), first.converged


def calibrated(raw: ArrayLike) -> FloatArray:
    """Map raw ensemble shares to probabilities with :data:`CALIBRATION`.

    Examples
    --------
    >>> from claimrec.reconciliation._ensemble import calibrated
    >>> calibrated([0.0, 1.0]).tolist()
    [0.0, 1.0]
    """
    x, y = zip(*CALIBRATION, strict=True)
    return np.asarray(np.interp(np.asarray(raw, np.float64), x, y), np.float64)


def ensemble(
    table: ClaimTable,
    *,
    max_iter: int = 100,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    specific: float | None = None,
    calibrate: bool = True,
) -> Estimate:
    """Average Accu's and Investment's value shares per item; calibrate the confidence.

    Each member runs on the table with the shared options; its value scores become shares of
    their item (a value's score over the item's total), the two shares are averaged, and the
    item chooses by the average (ties and ``specific`` as for every method). The confidence is
    the mean of Accu's probability of the chosen value (for a lone value, the accuracy of the
    sources claiming it) and its Investment share, mapped through :data:`CALIBRATION`, a
    monotone map fitted
    on synthetic data with a known truth, so that among items reported at confidence 0.8 about
    80 % are right (the benchmark prints the expected calibration error per data set).

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol, prior, exclude_values, rho, specific
        As for every estimator; passed to both members.
    calibrate : bool, optional
        Map the confidence through :data:`CALIBRATION` (default); False gives the raw share.

    Returns
    -------
    Estimate
        ``value_score`` is the average share; ``source_trust`` is Accu's accuracy (a
        probability of being right); ``item_estimate`` is CRH's weighted median for numeric
        items (robust to a vandal's figure), else the chosen value's figure.

    References
    ----------
    .. [1] X. L. Dong, L. Berti-Equille, D. Srivastava, "Integrating conflicting data: the role
       of source dependence", PVLDB 2(1), 2009.
    .. [2] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [3] Q. Li et al., "Resolving conflicts in heterogeneous data by truth discovery and
       source reliability estimation", SIGMOD 2014 (the weighted median).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._ensemble import ensemble
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 5]
    ... )
    >>> est = ensemble(t)
    >>> est.choices(t), bool(est.item_confidence[0] < est.item_confidence[1])
    ({'x': 1, 'y': 5}, True)
    """
    check_range("rho", rho, 0.0, 1.0)
    options = {
        "max_iter": max_iter,
        "tol": tol,
        "prior": prior,
        "exclude_values": exclude_values,
        "rho": rho,
        "specific": specific,
    }
    clamp = Clamp(table, exclude_values)
    accu_v, inv_v, trust, iterations, converged = _members(table, options)
    score = (_shares(table, accu_v, clamp.off) + _shares(table, inv_v, clamp.off)) / 2.0
    clamp.apply(score, high=1.0)
    numeric = table.item_numeric()
    item_estimate = None
    if numeric.any():
        median = crh(table, **options).item_estimate  # type: ignore[arg-type]
        if median is not None:
            item_estimate = np.where(numeric, median, np.nan)
    est = finish(
        table,
        method="ensemble",
        value_score=score,
        source_trust=trust,
        clamp=clamp,
        iterations=iterations,
        converged=converged,
        specific=specific,
        params=(("members", "accu(n_false=observed)+investment"), ("rho", rho)),
    )
    if item_estimate is not None:
        chosen_best = est.item_estimate
        if chosen_best is not None:
            item_estimate = np.where(np.isfinite(item_estimate), item_estimate, chosen_best)
    # The confidence reads Accu's probability itself, not its share: an item with one value
    # has share 1, but Accu gives it the accuracy of the sources that claim it.
    # Values the chosen one entails ("Mali" when "Kayes" is chosen) are not its rivals.
    has = est.item_choice >= 0
    pick = np.where(has, est.item_choice, 0)
    friends = _entailed(table, est.item_choice)
    accu_v = np.clip(np.nan_to_num(accu_v, nan=0.0), 0.0, 1.0)
    accu_p = _against_rivals(table, accu_v, friends)[pick]
    inv_share = _against_rivals(table, _shares(table, inv_v, clamp.off), friends)
    conf = np.where(has, (accu_p + inv_share[pick]) / 2.0, 0.0)
    conf = np.where(clamp.known_items, 1.0, conf)
    if calibrate:
        conf = np.where(clamp.known_items, 1.0, calibrated(conf))
    return attrs.evolve(est, item_confidence=conf, item_estimate=item_estimate)
