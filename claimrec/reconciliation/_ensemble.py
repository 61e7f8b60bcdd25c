"""The default estimator: a two-member ensemble with a calibrated confidence.

No single truth-discovery method is best on every data set (the benchmark shows TruthFinder
below majority vote on Flights, Pooled Investment below it on the synthetic set, Accu below it
on BirthPlaces). :func:`ensemble` averages, per item, the value shares of two methods from
different families: Accu with the observed number of false values (a Bayesian accuracy model,
Dong et al. 2009) and Investment (a fact-finder, Pasternack & Roth 2010). How the members were
chosen and what the benchmark shows is in ``docs/truth_discovery.md``.
"""

from __future__ import annotations

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
    (0.00, 0.071),
    (0.30, 0.132),
    (0.35, 0.315),
    (0.40, 0.391),
    (0.45, 0.429),
    (0.50, 0.492),
    (0.55, 0.590),
    (0.60, 0.626),
    (0.65, 0.702),
    (0.70, 0.720),
    (0.75, 0.786),
    (0.80, 0.850),
    (0.85, 0.922),
    (0.90, 0.951),
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
    first = accu(table, n_false="observed", smoothing=2.0, **options)  # type: ignore[arg-type]
    second = investment(table, **{**options, "max_iter": min(max_iter, 20)})  # type: ignore[arg-type]
    score = (
        _shares(table, first.value_score, clamp.off) + _shares(table, second.value_score, clamp.off)
    ) / 2.0
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
        source_trust=first.source_trust,
        clamp=clamp,
        iterations=max(first.iterations, second.iterations),
        converged=first.converged,
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
    accu_v = np.clip(np.nan_to_num(first.value_score, nan=0.0), 0.0, 1.0)
    accu_p = _against_rivals(table, accu_v, friends)[pick]
    inv_share = _against_rivals(table, _shares(table, second.value_score, clamp.off), friends)
    conf = np.where(has, (accu_p + inv_share[pick]) / 2.0, 0.0)
    conf = np.where(clamp.known_items, 1.0, conf)
    if calibrate:
        conf = np.where(clamp.known_items, 1.0, calibrated(conf))
    return attrs.evolve(est, item_confidence=conf, item_estimate=item_estimate)
