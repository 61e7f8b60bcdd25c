"""Accu and AccuCopy (Dong, Berti-Equille & Srivastava, VLDB 2009), sparse and vectorised.

Accu is a Bayesian vote: a source of accuracy ``A`` votes ``ln(n A / (1 - A))`` for each value it
claims, where ``n`` is the number of false values an item's domain holds; the probability of a
value is the soft-max of its vote count over the item's domain (the claimed values plus the
``n + 1 - k`` unclaimed ones, which have vote count 0); a source's accuracy is the mean
probability of its values. AccuCopy also estimates, for each pair of sources that share values,
the probability that one copies the other (from the values they share, and above all the *false*
values they share), and discounts a copier's vote.

Copy detection only visits pairs of sources that claim a common value: the pair counts are
sparse products of the source x value incidence (``A A^T``, ``A diag(P) A^T``) and the source x
item incidence, never a loop over all pairs of sources.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from claimrec.errors import InvalidClaimError
from claimrec.reconciliation._estimate import (
    Clamp,
    Estimate,
    check_iter,
    check_range,
    claims_per_source,
    finish,
    offdiag,
    trust_init,
)
from claimrec.reconciliation._segments import seg_max, seg_sum, wsum
from claimrec.reconciliation._table import ClaimTable

__all__ = ["accu", "accu_copy"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

_ACC_MIN, _ACC_MAX = 0.01, 0.99  # accuracies are kept here so that no vote is unbounded
_NEGLIGIBLE = 1e-6  # copy probabilities below this do not discount


def accu(
    table: ClaimTable,
    *,
    max_iter: int = 100,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    n_false: int | str = 100,
    initial_accuracy: float = 0.8,
    specific: float | None = None,
    smoothing: float = 0.0,
) -> Estimate:
    """Accu: accuracy-weighted Bayesian vote, iterated with the sources' accuracies.

    Parameters
    ----------
    table : ClaimTable
    max_iter : int, optional
        Iterations at most. Default 100.
    tol : float, optional
        Stop when no accuracy changes by ``tol`` or more (checked from the second iteration).
        Default 1e-6.
    prior : array of float, optional
        Initial accuracy per source (nan: ``initial_accuracy``); default the table's
        ``source_prior``.
    exclude_values : array of bool, optional
        Values that cannot win; their probability is held at 0.
    rho : float, optional
        Weight of value implication in the vote count,
        ``C*(v) = C(v) + rho * sum over w of C(w) * imp[w, v]`` (the paper's similarity
        extension). Default 0.5.
    n_false : int or "observed", optional
        Number of false values in an item's domain (the paper's ``n``). Default 100, the
        paper's. ``"observed"`` takes, per item, the number of distinct values claimed for it
        minus one (at least 1): the false values the data actually show.
    initial_accuracy : float, optional
        Initial accuracy of sources without a prior. Default 0.8.
    specific : float, optional
        As for :func:`~claimrec.reconciliation._pasternack.sums`.
    smoothing : float, optional
        Pseudo-claims at the source's initial accuracy added to its accuracy estimate, so that
        a source with one or two claims does not reach an accuracy of 0.99 (not in the paper).
        Default 0, the paper's.

    Returns
    -------
    Estimate
        ``value_score`` is the probability that each value is true; ``source_trust`` is the
        accuracy (kept within [0.01, 0.99] so that no single vote is unbounded). Items choose by
        the vote count ``C*(v)``, which orders values as the probability does without
        saturating (and is additive, as ``specific`` expects).

    Notes
    -----
    Evidence groups: a claim's vote is multiplied by its evidence weight, so an echo group votes
    with the mean vote of its members.

    References
    ----------
    .. [1] X. L. Dong, L. Berti-Equille, D. Srivastava, "Integrating conflicting data: the role
       of source dependence", PVLDB 2(1), 2009 (VLDB 2009).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._accu import accu
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> est = accu(t)
    >>> est.choices(t), est.converged
    ({'x': 1, 'y': 5}, True)
    """
    return _accu(
        table,
        method="accu",
        copy=False,
        max_iter=max_iter,
        tol=tol,
        prior=prior,
        exclude_values=exclude_values,
        rho=rho,
        n_false=n_false,
        initial_accuracy=initial_accuracy,
        specific=specific,
        alpha=0.2,
        c=0.8,
        copy_threshold=0.5,
        smoothing=smoothing,
    )


def accu_copy(
    table: ClaimTable,
    *,
    max_iter: int = 100,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    n_false: int | str = 100,
    initial_accuracy: float = 0.8,
    alpha: float = 0.2,
    c: float = 0.8,
    copy_threshold: float = 0.5,
    specific: float | None = None,
) -> Estimate:
    """AccuCopy: Accu that detects copying between sources and discounts copied votes.

    For each pair of sources (i, j) sharing at least one value, with ``k_t`` and ``k_f`` the
    expected numbers of shared true and false values (from the current value probabilities) and
    ``k_d`` the number of shared items on which they differ, the likelihoods are

    - independent: ``P_t = A_i A_j``, ``P_f = (1 - A_i)(1 - A_j) / n``, ``P_d = 1 - P_t - P_f``;
    - j copies i: ``c A_i + (1 - c) P_t``, ``c (1 - A_i) + (1 - c) P_f``, ``(1 - c) P_d``;

    (and i copies j likewise with ``A_j``), each raised to the counts, with prior ``alpha`` for
    dependence, split evenly between the two directions, and ``1 - alpha`` for independence.
    A shared false value is far more telling than a shared true one (``P_f`` is divided by
    ``n``). Votes are discounted in order of decreasing accuracy (ties by source code): a
    source's vote for ``v`` is multiplied by ``prod (1 - c P(s ~ s'))`` over the sources ``s'``
    before it that also claim ``v``, where ``P(s ~ s')`` is the probability that the two are
    dependent in either direction.

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol, prior, exclude_values, rho, n_false, initial_accuracy, specific
        As for :func:`accu`.
    alpha : float, optional
        Prior probability that two sources are dependent (one copies the other), in (0, 1).
        Default 0.2.
    c : float, optional
        Probability that a copier copies a given value. Default 0.8.
    copy_threshold : float, optional
        Pairs whose dependence probability (either direction) reaches it are reported in
        ``copy_pairs``. Default 0.5.

    Returns
    -------
    Estimate
        As for :func:`accu`, plus ``copy_pairs``.

    Notes
    -----
    Counts are approximate when a source claims several values for one item. Declared echo
    groups are already split by their evidence weight; copying detected among their members
    discounts them further, so declare echoes *or* rely on copy detection for them.

    References
    ----------
    .. [1] X. L. Dong, L. Berti-Equille, D. Srivastava, "Integrating conflicting data: the role
       of source dependence", PVLDB 2(1), 2009 (VLDB 2009).

    Examples
    --------
    A reliable source outvotes two sources that copy each other's false values:

    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._accu import accu_copy
    >>> rows = [("good", f"q{i}", "t") for i in range(12)]
    >>> rows += [(f"ind{k}", f"q{i}", "t" if (i + k) % 4 else f"err{k}")
    ...          for k in range(3) for i in range(12)]
    >>> rows += [(c, f"q{i}", "t" if i >= 4 else f"f{i}") for c in ("c1", "c2") for i in range(12)]
    >>> rows += [("good", "toll", 85), ("c1", "toll", 120), ("c2", "toll", 120)]
    >>> t = ClaimTable.from_records(*zip(*rows))
    >>> est = accu_copy(t)
    >>> est.choices(t)["toll"], [(t.sources[i], t.sources[j]) for i, j, _ in est.copy_pairs]
    (85, [('c1', 'c2')])
    """
    if not 0.0 < alpha < 1.0:
        raise InvalidClaimError("alpha", alpha, "not in (0, 1)")
    check_range("c", c, 0.0, 1.0)
    check_range("copy_threshold", copy_threshold, 0.0, 1.0)
    return _accu(
        table,
        method="accu_copy",
        copy=True,
        max_iter=max_iter,
        tol=tol,
        prior=prior,
        exclude_values=exclude_values,
        rho=rho,
        n_false=n_false,
        initial_accuracy=initial_accuracy,
        specific=specific,
        alpha=alpha,
        c=c,
        copy_threshold=copy_threshold,
    )


def _accu(
    table: ClaimTable,
    *,
    method: str,
    copy: bool,
    max_iter: int,
    tol: float,
    prior: ArrayLike | None,
    exclude_values: ArrayLike | None,
    rho: float,
    n_false: int | str,
    initial_accuracy: float,
    specific: float | None,
    alpha: float,
    c: float,
    copy_threshold: float,
    smoothing: float = 0.0,
) -> Estimate:
    check_iter(max_iter, tol)
    if not smoothing >= 0:
        raise InvalidClaimError("smoothing", smoothing, "must be non-negative")
    check_range("rho", rho, 0.0, 1.0)
    check_range("initial_accuracy", initial_accuracy, 0.0, 1.0)
    log_n = _log_n_false(table, n_false)
    clamp = Clamp(table, exclude_values)
    acc = np.clip(trust_init(table, prior, initial_accuracy), _ACC_MIN, _ACC_MAX)
    start = acc.copy()
    ev = table.evidence
    ev_rows = np.repeat(np.arange(table.n_sources), np.diff(ev.indptr))
    ev_cols = ev.indices
    ev_w = ev.data
    n_claims = claims_per_source(table)
    imp_t = None
    if rho > 0 and table.implication is not None and table.implication.nnz:
        imp_t = offdiag(table.implication).T.tocsr()
    model = _Voting(table, clamp, log_n, imp_t, rho)
    pairs = _Pairs(table) if copy else None

    discount = np.ones(len(ev_w))
    prob = model.probabilities(ev_rows, ev_cols, ev_w * discount, acc)
    copy_pairs: tuple[tuple[int, int, float], ...] = ()
    converged = False
    it = 0
    for it in range(1, max_iter + 1):
        if pairs is not None:
            discount = pairs.discount(acc, prob, log_n, alpha, c)
        prob = model.probabilities(ev_rows, ev_cols, ev_w * discount, acc)
        right = table.incidence @ prob
        if smoothing:
            raw = (right + smoothing * start) / (np.diff(table.incidence.indptr) + smoothing)
        else:
            raw = right / n_claims
        new_acc = np.clip(raw, _ACC_MIN, _ACC_MAX)
        change = float(np.abs(new_acc - acc).max()) if len(acc) else 0.0
        acc = new_acc
        if it >= 2 and change < tol:
            converged = True
            break
    if pairs is not None:
        copy_pairs = pairs.report(copy_threshold)
    params: tuple[tuple[str, Any], ...] = (("rho", rho), ("n_false", n_false))
    if copy:
        params += (("alpha", alpha), ("c", c))
    return finish(
        table,
        method=method,
        value_score=prob,
        source_trust=acc,
        clamp=clamp,
        primary=model.count,
        iterations=it,
        converged=converged,
        specific=specific,
        copy_pairs=copy_pairs,
        params=params,
    )


class _Voting:
    """Vote counts and value probabilities of Accu, vectorised over the values."""

    def __init__(
        self, table: ClaimTable, clamp: Clamp, log_n: FloatArray, imp_t: Any, rho: float
    ) -> None:
        self.table = table
        self.clamp = clamp
        self.imp_t = imp_t
        self.rho = rho
        self.log_n = log_n
        self.count = np.zeros(table.n_values)
        sizes = np.diff(table.item_start).astype(np.float64)
        n_item = np.exp(seg_max(log_n, table.item_start, empty=0.0))
        self.unclaimed = np.maximum(np.round(n_item) + 1.0 - sizes, 0.0)

    def probabilities(
        self, rows: IntArray, cols: NDArray[np.int32], weight: FloatArray, acc: FloatArray
    ) -> FloatArray:
        table, clamp = self.table, self.clamp
        logit = np.log(acc / (1.0 - acc))
        # A vote is ln(n A / (1 - A)); the model assumes A > 1/(n + 1), better than a guess.
        # Below that the vote would be negative and a claim would count against its own value,
        # which lets small domains (n = 1) collapse to every source at the floor: no vote.
        vote = np.maximum(logit[rows] + self.log_n[cols], 0.0)
        count = wsum(cols, weight * vote, table.n_values)
        if self.imp_t is not None:
            count = count + self.rho * (self.imp_t @ count)
        starts, vi = table.item_start, table.value_item
        live = ~clamp.off
        top = np.maximum(seg_max(np.where(live, count, -np.inf), starts), 0.0)
        expo = np.where(live, np.exp(np.minimum(count - top[vi], 0.0)), 0.0)
        den = seg_sum(expo, starts) + self.unclaimed * np.exp(-top)
        prob = np.asarray(expo / den[vi], dtype=np.float64)
        prob[clamp.known_false] = 0.0
        prob[clamp.known_true] = 1.0
        self.count = count
        return prob


class _Pairs:
    """Copy detection over the pairs of sources that claim a common value.

    Built from the *co-claims*: for every value, every ordered pair of the sources claiming it
    (``sum over values of k_v ** 2`` of them, the work ``A A^T`` does anyway). Pair counts and
    vote discounts are then ``bincount`` over these arrays each iteration.
    """

    def __init__(self, table: ClaimTable) -> None:
        self.table = table
        n_s = table.n_sources
        inc = table.incidence
        self.nnz = inc.nnz
        entry = sp.csr_array(
            (np.arange(inc.nnz, dtype=np.float64), inc.indices, inc.indptr), shape=inc.shape
        )
        by_value = entry.tocsc()
        by_value.sort_indices()
        sizes = np.diff(by_value.indptr).astype(np.int64)
        a, b, owner = _block_pairs(by_value.indptr, sizes)
        src = by_value.indices.astype(np.int32)
        self.s = src[a]
        self.partner = src[b]
        self.entry = by_value.data[a].astype(np.int64)
        self.value = owner.astype(np.int32)
        lo = np.minimum(self.s, self.partner).astype(np.int64)
        hi = np.maximum(self.s, self.partner).astype(np.int64)
        keys, pair = np.unique(lo * n_s + hi, return_inverse=True)
        self.keys = keys
        self.pair = pair.reshape(-1).astype(np.int64)
        self.s_is_i = self.s < self.partner
        self.i = keys // n_s
        self.j = keys % n_s
        self.k_same = wsum(self.pair[self.s_is_i], None, len(keys))
        by_item = sp.csr_array(
            (np.ones(table.n_claims), (table.claim_source, table.claim_item)),
            shape=(n_s, table.n_items),
        )
        by_item.sum_duplicates()
        by_item.data = np.ones_like(by_item.data)
        shared = sp.csr_array(by_item @ by_item.T)
        s_keys, s_data = _upper_pairs(shared, n_s)
        self.k_diff = np.maximum(_align(keys, s_keys, s_data) - self.k_same, 0.0)
        self.p_ij = np.zeros(len(keys))  # P(i copies j)
        self.p_ji = np.zeros(len(keys))  # P(j copies i)

    def discount(
        self, acc: FloatArray, prob: FloatArray, log_n: FloatArray, alpha: float, c: float
    ) -> FloatArray:
        """Update the copy probabilities; return the vote discount per evidence entry."""
        n_s = self.table.n_sources
        if len(self.keys) == 0:
            return np.ones(self.nnz)
        half = self.s_is_i
        pair_h, value_h = self.pair[half], self.value[half]
        k_true = wsum(pair_h, prob[value_h], len(self.keys))
        k_true = np.clip(k_true, 0.0, self.k_same)
        k_false = self.k_same - k_true
        if np.ptp(log_n) == 0:
            n_pair: Any = float(np.exp(log_n[0]))
        else:  # geometric mean of n over the pair's (expected) shared false values
            w = (1.0 - prob[value_h]) * log_n[value_h]
            total = wsum(pair_h, w, len(self.keys))
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = np.where(k_false > 1e-12, total / k_false, float(np.mean(log_n)))
            n_pair = np.exp(mean)
        a_i, a_j = acc[self.i], acc[self.j]
        p_t = a_i * a_j
        p_f = (1.0 - a_i) * (1.0 - a_j) / n_pair
        p_d = np.maximum(1.0 - p_t - p_f, 1e-300)
        k = (k_true, k_false, self.k_diff)
        log_ind = _loglik(*k, p_t=p_t, p_f=p_f, p_d=p_d)
        log_ji = _loglik(  # j copies i: the shared values come from i
            *k, p_t=c * a_i + (1 - c) * p_t, p_f=c * (1 - a_i) + (1 - c) * p_f, p_d=(1 - c) * p_d
        )
        log_ij = _loglik(
            *k, p_t=c * a_j + (1 - c) * p_t, p_f=c * (1 - a_j) + (1 - c) * p_f, p_d=(1 - c) * p_d
        )
        la, li = np.log(alpha / 2.0), np.log1p(-alpha)
        stack = np.vstack((la + log_ij, la + log_ji, li + log_ind))
        top = stack.max(axis=0)
        norm = top + np.log(np.exp(stack - top).sum(axis=0))
        self.p_ij = np.exp(stack[0] - norm)
        self.p_ji = np.exp(stack[1] - norm)
        # order by decreasing accuracy, ties by code; a source's vote is discounted by each
        # earlier source that claims the same value
        rank = np.empty(n_s, dtype=np.int64)
        rank[np.lexsort((np.arange(n_s), -acc))] = np.arange(n_s)
        later = rank[self.partner] < rank[self.s]
        p_copy = (self.p_ij + self.p_ji)[self.pair]
        use = later & (p_copy > _NEGLIGIBLE)
        log_d = wsum(self.entry[use], np.log1p(-c * p_copy[use]), self.nnz)
        return np.exp(log_d)

    def report(self, threshold: float) -> tuple[tuple[int, int, float], ...]:
        dep = self.p_ij + self.p_ji
        hit = np.flatnonzero(dep >= threshold)
        return tuple(
            (int(self.i[h]), int(self.j[h]), round(float(dep[h]), 6)) for h in hit.tolist()
        )


def _block_pairs(
    indptr: NDArray[np.integer], sizes: IntArray
) -> tuple[IntArray, IntArray, IntArray]:
    """Return positions (a, b), a != b, of all ordered pairs within each block, and the block."""
    sq = sizes * sizes
    total = int(sq.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    owner = np.repeat(np.arange(len(sizes), dtype=np.int64), sq)
    start = np.zeros(len(sq) + 1, dtype=np.int64)
    np.cumsum(sq, out=start[1:])
    local = np.arange(total, dtype=np.int64) - start[owner]
    k = sizes[owner]
    base = np.asarray(indptr, dtype=np.int64)[owner]
    a = base + local // k
    b = base + local % k
    keep = a != b
    return a[keep], b[keep], owner[keep]


def _log_n_false(table: ClaimTable, n_false: int | str) -> FloatArray:
    """Return ``log n`` per value code."""
    if n_false == "observed":
        sizes = np.diff(table.item_start).astype(np.float64)
        return np.log(np.maximum(sizes - 1.0, 1.0))[table.value_item]
    if isinstance(n_false, bool) or not isinstance(n_false, (int, np.integer)) or n_false < 1:
        raise InvalidClaimError("n_false", n_false, "must be a positive integer or 'observed'")
    return np.full(table.n_values, np.log(float(n_false)))


def _loglik(
    k_t: FloatArray, k_f: FloatArray, k_d: FloatArray, *, p_t: Any, p_f: Any, p_d: Any
) -> FloatArray:
    tiny = 1e-300
    return np.asarray(
        k_t * np.log(np.maximum(p_t, tiny))
        + k_f * np.log(np.maximum(p_f, tiny))
        + k_d * np.log(np.maximum(p_d, tiny)),
        dtype=np.float64,
    )


def _upper_pairs(mat: Any, n: int) -> tuple[IntArray, FloatArray]:
    """Return the sorted keys ``i * n + j`` (i < j) and data of a square sparse matrix."""
    csr = sp.csr_array(mat)
    rows = np.repeat(np.arange(csr.shape[0]), np.diff(csr.indptr)).astype(np.int64)
    cols = csr.indices.astype(np.int64)
    upper = rows < cols
    keys = rows[upper] * n + cols[upper]
    data = np.asarray(csr.data[upper], dtype=np.float64)
    order = np.argsort(keys, kind="stable")
    return keys[order], data[order]


def _align(keys: IntArray, other_keys: IntArray, other_data: FloatArray) -> FloatArray:
    """Return ``other_data`` at ``keys`` (0 where a key is missing); both key arrays sorted."""
    out = np.zeros(len(keys))
    if len(other_keys) == 0 or len(keys) == 0:
        return out
    pos = np.searchsorted(other_keys, keys)
    pos = np.minimum(pos, len(other_keys) - 1)
    hit = other_keys[pos] == keys
    out[hit] = other_data[pos[hit]]
    return out
