"""CRH: conflict resolution on heterogeneous data (Li et al., SIGMOD 2014), sparse and mixed."""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from claimrec.reconciliation._estimate import (
    Clamp,
    Estimate,
    check_iter,
    check_range,
    choose,
    finish,
    offdiag,
    trust_init,
)
from claimrec.reconciliation._segments import weighted_median, wsum
from claimrec.reconciliation._table import ClaimTable

__all__ = ["crh"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int32]


def crh(
    table: ClaimTable,
    *,
    max_iter: int = 100,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    smoothing: float = 1.0,
    specific: float | None = None,
) -> Estimate:
    """CRH: alternate truths that minimise weighted loss and weights from each source's loss.

    An item is *numeric* when every value of it has a finite ``value_best``, else *categorical*.

    - Loss of a claim: categorical 0-1 loss (claimed value differs from the truth), softened by
      implication: a claim of ``v`` when the truth is ``t`` loses ``1 - max(imp[v, t], 0)``
      ("Kayes" when the truth is "Mali" loses nothing; "Mali" when it is "Kayes" loses half
      with the default hierarchy weights). Numeric: normalised absolute deviation
      ``|x - truth| / std(item)`` (``std`` of the item's claimed numbers; 1 when they agree).
    - Source weight: ``w(s) = -log(L(s) / sum over sources of L)``, where ``L(s)`` is the
      source's *mean* loss per claim, smoothed by ``smoothing`` pseudo-claims at the overall
      mean loss. (The paper sums the losses; on sparse data that penalises a source for making
      many claims. Without smoothing a source whose one or two claims agree gets an unbounded
      weight; the smoothing is this implementation's, set ``smoothing=0`` for the paper's
      form, where a zero loss is floored at 1e-10 of the total.)
    - Truths: categorical items take the weighted vote (weights ``w(s)`` times the claim's
      evidence weight, so an echo group votes once; plus ``rho`` times the implied vote as in
      :func:`~claimrec.reconciliation._estimators.majority_vote`); numeric items take the
      weighted median of the claimed ``value_best``, and the chosen value is the one closest
      to it.

    Initial truths come from the prior-weighted vote / median (uniform weights without a prior;
    with known items and no prior, weights first learnt from the claims on the known items).
    It stops when the truths repeat and the weights change by less than ``tol`` (relative to
    their maximum), checked from the second iteration.

    Parameters
    ----------
    table : ClaimTable
    max_iter : int, optional
        Iterations at most. Default 100.
    tol : float, optional
        Threshold on the largest relative weight change. Default 1e-6.
    prior : array of float, optional
        Initial weight per source (nan: 1); default the table's ``source_prior``.
    exclude_values : array of bool, optional
        Values that cannot be truths (their claims still incur loss).
    rho : float, optional
        Weight of implied votes for categorical items. Default 0.5.
    smoothing : float, optional
        Pseudo-claims at the overall mean loss added to every source. Default 1.
    specific : float, optional
        As for :func:`~claimrec.reconciliation._pasternack.sums` (categorical scores).

    Returns
    -------
    Estimate
        ``value_score`` is the weighted (implied) vote of each value; ``source_trust`` the
        weight ``w(s)``; ``item_estimate`` the weighted median of numeric items.

    References
    ----------
    .. [1] Q. Li, Y. Li, J. Gao, B. Zhao, W. Fan, J. Han, "Resolving conflicts in heterogeneous
       data by truth discovery and source reliability estimation", SIGMOD 2014.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._crh import crh
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"],
    ...     ["toll", "toll", "toll", "who", "who", "who"],
    ...     [80, 82, 300, "army", "army", "rebels"],
    ... )
    >>> est = crh(t)
    >>> est.choices(t), est.item_estimate.tolist()[0]
    ({'toll': 82, 'who': 'army'}, 82.0)
    """
    check_iter(max_iter, tol)
    check_range("rho", rho, 0.0, 1.0)
    check_range("smoothing", smoothing, 0.0, 1e9)
    clamp = Clamp(table, exclude_values)
    n_i, n_v, n_s = table.n_items, table.n_values, table.n_sources
    src, val, item = table.claim_source, table.claim_value, table.claim_item
    numeric_item = table.item_numeric()
    numeric_claim = numeric_item[item]
    best = table.value_best if table.value_best is not None else np.full(n_v, np.nan)
    x = best[val]
    std = _item_std(item, np.where(numeric_claim, x, np.nan), n_i)
    imp = None
    if rho > 0 and table.implication is not None and table.implication.nnz:
        imp = offdiag(table.implication)
    truths = _Truths(
        table, clamp=clamp, numeric_item=numeric_item, best=best, x=x, imp=imp, rho=rho
    )

    def loss_of(truth_v: IntArray, truth_x: FloatArray) -> FloatArray:
        credit = np.zeros(len(val))
        if imp is not None:
            credit = np.maximum(_lookup(imp, val, truth_v[item]), 0.0)
        loss = np.where(
            numeric_claim,
            np.abs(x - truth_x[item]) / std[item],
            np.where(val == truth_v[item], 0.0, 1.0 - credit),
        )
        return np.nan_to_num(loss, nan=1.0)

    def weights_of(loss: FloatArray, use: NDArray[np.bool_]) -> FloatArray:
        sum_loss = wsum(src, np.where(use, loss, 0.0), n_s)
        count = wsum(src, use.astype(np.float64), n_s)
        overall = float(sum_loss.sum()) / max(float(count.sum()), 1.0)
        mean_loss = (sum_loss + smoothing * overall) / np.maximum(count + smoothing, 1e-300)
        mean_loss = np.where(count > 0, mean_loss, overall)
        total = float(mean_loss.sum())
        if total <= 0:
            return np.ones(n_s)
        return 0.0 - np.log(np.maximum(mean_loss, 1e-10 * total) / total)

    weights = trust_init(table, prior, 1.0)
    truth_v, truth_x, vote = truths(weights)
    known_claim = clamp.known_items[item]
    if known_claim.any() and prior is None and table.source_prior is None:
        # semi-supervised start: weigh sources first by their claims on the known items
        weights = weights_of(loss_of(truth_v, truth_x), known_claim)
        truth_v, truth_x, vote = truths(weights)
    converged = False
    it = 0
    everything = np.ones(len(val), dtype=bool)
    for it in range(1, max_iter + 1):
        new_w = weights_of(loss_of(truth_v, truth_x), everything)
        new_v, new_x, vote = truths(new_w)
        scale = max(float(np.abs(new_w).max()) if n_s else 0.0, 1e-300)
        change = float(np.abs(new_w - weights).max()) / scale if n_s else 0.0
        same = np.array_equal(new_v, truth_v) and np.allclose(
            new_x, truth_x, equal_nan=True, rtol=0, atol=1e-12
        )
        weights, truth_v, truth_x = new_w, new_v, new_x
        if it >= 2 and same and change < tol:
            converged = True
            break
    # numeric items choose the value closest to the weighted median
    dist = np.abs(best - truth_x[table.value_item])
    primary = np.where(numeric_item[table.value_item], -dist, vote)
    primary = np.nan_to_num(primary, nan=-np.inf)
    return finish(
        table,
        method="crh",
        value_score=vote,
        source_trust=weights,
        clamp=clamp,
        iterations=it,
        converged=converged,
        primary=primary,
        specific=specific,
        item_estimate=np.where(numeric_item, truth_x, np.nan),
        params=(("rho", rho), ("smoothing", smoothing)),
    )


def _item_std(item: IntArray, x: FloatArray, n_items: int) -> FloatArray:
    ok = np.isfinite(x)
    xs = np.where(ok, x, 0.0)
    cnt = wsum(item, ok.astype(float), n_items)
    s1 = wsum(item, xs, n_items)
    s2 = wsum(item, xs * xs, n_items)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = s1 / cnt
        var = np.maximum(s2 / cnt - mean * mean, 0.0)
    std = np.sqrt(var)
    return np.where(np.isfinite(std) & (std > 1e-12), std, 1.0)


def _lookup(mat: Any, rows: NDArray[np.integer], cols: NDArray[np.integer]) -> FloatArray:
    """Return ``mat[rows[k], cols[k]]`` for each k (0 where absent or ``cols < 0``)."""
    csr = sp.csr_array(mat)
    csr.sort_indices()
    n = csr.shape[1]
    m_rows = np.repeat(np.arange(csr.shape[0]), np.diff(csr.indptr)).astype(np.int64)
    m_keys = m_rows * n + csr.indices
    keys = rows.astype(np.int64) * n + np.maximum(cols, 0)
    out = np.zeros(len(keys))
    if len(m_keys) == 0:
        return out
    pos = np.minimum(np.searchsorted(m_keys, keys), len(m_keys) - 1)
    hit = (m_keys[pos] == keys) & (cols >= 0)
    out[hit] = csr.data[pos[hit]]
    return out


class _Truths:
    """Truths given source weights: weighted (implied) vote, or weighted median."""

    def __init__(
        self,
        table: ClaimTable,
        *,
        clamp: Clamp,
        numeric_item: NDArray[np.bool_],
        best: FloatArray,
        x: FloatArray,
        imp: Any,
        rho: float,
    ) -> None:
        self.table = table
        self.clamp = clamp
        self.numeric_item = numeric_item
        self.best = best
        ok = ~clamp.off[table.claim_value] & numeric_item[table.claim_item]
        self.x = np.where(ok, x, np.nan)
        self.imp_t = None if imp is None else imp.T.tocsr()
        self.rho = rho

    def __call__(self, weights: FloatArray) -> tuple[IntArray, FloatArray, FloatArray]:
        """Return (truth value code per item, truth number per item, vote per value)."""
        table, clamp = self.table, self.clamp
        claim_w = weights[table.claim_source] * table.claim_weight
        vote = wsum(table.claim_value, claim_w, table.n_values)
        if self.imp_t is not None:
            vote = vote + self.rho * (self.imp_t @ vote)
        truth_v, _ = choose(table, vote, clamp)
        med = weighted_median(table.claim_item, self.x, claim_w, table.n_items)
        lost = self.numeric_item & np.isnan(med)
        if lost.any():  # every weight 0: fall back to the evidence-weighted median
            fallback = weighted_median(table.claim_item, self.x, table.claim_weight, len(med))
            med = np.where(lost, fallback, med)
        if clamp.known_items.any():
            assert table.item_known is not None
            known = clamp.known_items & self.numeric_item
            med = np.where(known, self.best[np.where(known, table.item_known, 0)], med)
        return truth_v, med, vote
