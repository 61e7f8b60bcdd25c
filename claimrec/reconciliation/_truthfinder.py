"""TruthFinder (Yin, Han & Yu, KDD 2007 / TKDE 2008), vectorised over a claim table."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

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
from claimrec.reconciliation._table import ClaimTable

__all__ = ["truthfinder"]

FloatArray = NDArray[np.float64]
_MAX_TRUST = 1.0 - 1e-9  # keeps tau = -ln(1 - t) finite


def truthfinder(
    table: ClaimTable,
    *,
    max_iter: int = 100,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    gamma: float = 0.3,
    initial_trust: float = 0.9,
    specific: float | None = None,
) -> Estimate:
    """TruthFinder: trust is the mean confidence of a source's facts; confidence a damped sigmoid.

    Each iteration, with ``t(s)`` the trust of source ``s``:

    - ``tau(s) = -ln(1 - t(s))``;
    - ``sigma(v) = sum of tau(s) over the claims of v`` (evidence-weighted: an echo group adds
      the mean ``tau`` of its members);
    - ``sigma*(v) = sigma(v) + rho * sum over the other values w of the item of
      sigma(w) * imp[w, v]`` (implication; negative entries oppose);
    - ``s(v) = 1 / (1 + exp(-gamma * sigma*(v)))``;
    - ``t(s) = mean of s(v)`` over the distinct values ``s`` claims.

    It stops when ``1 - cos(t_i, t_{i-1}) < tol``, compared between two computed trust vectors,
    so never after the first iteration alone (from uniform initial trust the first update often
    barely changes the direction of the trust vector, which would stop a naive implementation at
    once).

    Parameters
    ----------
    table : ClaimTable
    max_iter : int, optional
        Iterations at most. Default 100.
    tol : float, optional
        Threshold on ``1 - cos`` of successive trust vectors. Default 1e-6.
    prior : array of float, optional
        Initial trust per source (nan: ``initial_trust``); default the table's ``source_prior``.
    exclude_values : array of bool, optional
        Values that cannot win; their confidence is held at 0.
    rho : float, optional
        Weight of implication between facts. Default 0.5 (the paper's).
    gamma : float, optional
        Dampening factor of the sigmoid. Default 0.3 (the paper's).
    initial_trust : float, optional
        Initial trust of sources without a prior. Default 0.9 (the paper's).
    specific : float, optional
        As for :func:`~claimrec.reconciliation._pasternack.sums`.

    Returns
    -------
    Estimate
        ``value_score`` is the confidence ``s(v)`` in (0, 1); ``source_trust`` is ``t(s)``.
        Items choose by ``sigma*(v)``, which orders values as ``s(v)`` does but does not
        saturate: with many sources ``s(v)`` rounds to 1.0 for several values.

    References
    ----------
    .. [1] X. Yin, J. Han, P. S. Yu, "Truth discovery with multiple conflicting information
       providers on the web", KDD 2007.
    .. [2] X. Yin, J. Han, P. S. Yu, "Truth discovery with multiple conflicting information
       providers on the web", IEEE TKDE 20(6), 2008.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._truthfinder import truthfinder
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> est = truthfinder(t)
    >>> est.choices(t), est.converged, est.iterations > 1
    ({'x': 1, 'y': 5}, True, True)
    """
    check_iter(max_iter, tol)
    check_range("rho", rho, 0.0, 1.0)
    check_range("gamma", gamma, 0.0, 100.0, open_low=True)
    check_range("initial_trust", initial_trust, 0.0, 1.0)
    clamp = Clamp(table, exclude_values)
    trust = trust_init(table, prior, initial_trust)
    ev_t = table.evidence.T.tocsr()
    inc = table.incidence
    n_claims = claims_per_source(table)
    imp_t = None
    if rho > 0 and table.implication is not None and table.implication.nnz:
        imp_t = offdiag(table.implication).T.tocsr()
    conf = np.zeros(table.n_values)
    sigma = np.zeros(table.n_values)
    converged = False
    it = 0
    for it in range(1, max_iter + 1):
        tau = -np.log1p(-np.minimum(trust, _MAX_TRUST))
        sigma = ev_t @ tau
        if imp_t is not None:
            sigma = sigma + rho * (imp_t @ sigma)
        conf = 1.0 / (1.0 + np.exp(-gamma * sigma))
        clamp.apply(conf, high=1.0)
        new_trust = (inc @ conf) / n_claims
        change = _one_minus_cos(new_trust, trust)
        trust = new_trust
        if it >= 2 and change < tol:
            converged = True
            break
    return finish(
        table,
        method="truthfinder",
        value_score=conf,
        source_trust=trust,
        clamp=clamp,
        primary=sigma,
        iterations=it,
        converged=converged,
        specific=specific,
        params=(("rho", rho), ("gamma", gamma), ("initial_trust", initial_trust)),
    )


def _one_minus_cos(a: FloatArray, b: FloatArray) -> float:
    na = float(np.linalg.norm(a))
    nb = float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 0.0 if na == nb else 1.0
    return max(0.0, 1.0 - float(a @ b) / (na * nb))
