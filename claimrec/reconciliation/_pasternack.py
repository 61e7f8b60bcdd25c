"""Sums, Average-Log, Investment and PooledInvestment fact-finders (Pasternack & Roth 2010).

All four alternate a trust update ``T`` (sources, from the beliefs of their claims) and a belief
update ``B`` (values, from the trust of their sources) over the sparse source x value matrices of
a :class:`~claimrec.reconciliation._table.ClaimTable`, and max-normalise ``T`` and ``B`` after
each update as the paper does. Each iteration is a few sparse mat-vecs and per-item reductions.

Evidence groups: the belief side uses the table's evidence matrix, in which an echo group
carries weight 1 split among its claims, so an echo adds the *mean* trust of its members, not
their sum; the trust side uses the plain incidence (a source that relays a true statement is
judged on it in full).

Implication: with ``rho > 0`` and a table implication, a claim of ``v`` also asserts each ``w``
with ``imp[v, w] > 0`` at weight ``rho * imp[v, w]`` (the weighted assertions of generalized
fact-finding, Pasternack & Roth 2011). Negative implications are not used by this family
(PooledInvestment already makes the values of an item compete).

Known items (``table.item_known``) are clamped after each belief update: the known value gets the
top belief, the other values of the item 0, as in the semi-supervised setting of the paper.
Excluded values get belief 0 (they count as false for the trust of their sources).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from claimrec.reconciliation._estimate import (
    Clamp,
    Estimate,
    check_iter,
    check_range,
    claims_per_source,
    finish,
    implied,
    max_normalise,
    trust_init,
)
from claimrec.reconciliation._segments import seg_sum
from claimrec.reconciliation._table import ClaimTable

__all__ = ["average_log", "investment", "pooled_investment", "sums"]

FloatArray = NDArray[np.float64]
_Step = Callable[[FloatArray, FloatArray], tuple[FloatArray, FloatArray]]


def _run(
    table: ClaimTable,
    method: str,
    step: _Step,
    *,
    max_iter: int,
    tol: float,
    trust0: FloatArray,
    belief0: FloatArray,
    clamp: Clamp,
    specific: float | None,
    params: tuple[tuple[str, Any], ...],
) -> Estimate:
    trust, belief = trust0, clamp.apply(belief0.copy())
    max_normalise(trust)
    max_normalise(belief)
    converged = False
    it = 0
    for it in range(1, max_iter + 1):
        new_trust, new_belief = step(trust, belief)
        clamp.apply(new_belief)
        max_normalise(new_trust)
        max_normalise(new_belief)
        delta = max(_maxabs(new_trust - trust), _maxabs(new_belief - belief))
        trust, belief = new_trust, new_belief
        if it >= 2 and delta < tol:
            converged = True
            break
    return finish(
        table,
        method=method,
        value_score=belief,
        source_trust=trust,
        clamp=clamp,
        iterations=it,
        converged=converged,
        specific=specific,
        params=params,
    )


def _maxabs(x: FloatArray) -> float:
    return float(np.abs(x).max()) if len(x) else 0.0


def _prepare(
    table: ClaimTable,
    *,
    max_iter: int,
    tol: float,
    rho: float,
    prior: ArrayLike | None,
    exclude_values: ArrayLike | None,
) -> tuple[Any, Any, Any, FloatArray, Clamp, FloatArray]:
    check_iter(max_iter, tol)
    check_range("rho", rho, 0.0, 1.0)
    ev, inc = implied(table, rho)
    ev_t = ev.T.tocsr()
    clamp = Clamp(table, exclude_values)
    trust0 = trust_init(table, prior, 1.0)
    return ev, inc, ev_t, trust0, clamp, claims_per_source(table)


def sums(
    table: ClaimTable,
    *,
    max_iter: int = 20,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    specific: float | None = None,
) -> Estimate:
    """Estimate by Sums (Hubs and Authorities): trust sums a source's beliefs, and back.

    ``T(s) = sum of B(v) over the values s claims``; ``B(v) = sum of T(s) over the sources
    claiming v`` (evidence-weighted); both max-normalised each iteration.

    Parameters
    ----------
    table : ClaimTable
    max_iter : int, optional
        Iterations at most. Default 20, as run in the paper.
    tol : float, optional
        Stop when the largest change of normalised trust and belief is below ``tol``
        (checked from the second iteration). Default 1e-6.
    prior : array of float, optional
        Initial trust per source (nan: none); default the table's ``source_prior``, else 1.
        With a prior, the first beliefs are the prior-weighted votes.
    exclude_values : array of bool, optional
        Values that cannot win (e.g. :func:`flag_outliers`); their belief is held at 0.
    rho : float, optional
        Weight of implied assertions (see the module notes). Default 0.5.
    specific : float, optional
        Prefer a more specific value that refines the winner when it scores more than
        ``specific`` times the winner (see :func:`choose`). Default None (plain arg-max).

    Returns
    -------
    Estimate
        ``value_score`` is the normalised belief, ``source_trust`` the normalised trust.

    References
    ----------
    .. [1] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [2] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
       the ACM 46(5), 1999 (Hubs and Authorities, the origin of Sums).
    .. [3] J. Pasternack, D. Roth, "Generalized fact-finding", WWW 2011 (weighted assertions,
       used for implication).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._pasternack import sums
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> est = sums(t)
    >>> est.choices(t), est.source_trust.round(2).tolist()
    ({'x': 1, 'y': 5}, [1.0, 1.0, 0.0])
    """
    _, inc, ev_t, trust0, clamp, _ = _prepare(
        table, max_iter=max_iter, tol=tol, rho=rho, prior=prior, exclude_values=exclude_values
    )
    belief0 = ev_t @ trust0 if _has_prior(table, prior) else np.ones(table.n_values)

    def step(_trust: FloatArray, belief: FloatArray) -> tuple[FloatArray, FloatArray]:
        new_trust = inc @ belief
        max_normalise(new_trust)
        return new_trust, ev_t @ new_trust

    return _run(
        table,
        "sums",
        step,
        max_iter=max_iter,
        tol=tol,
        trust0=trust0,
        belief0=belief0,
        clamp=clamp,
        specific=specific,
        params=(("rho", rho),),
    )


def average_log(
    table: ClaimTable,
    *,
    max_iter: int = 20,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    specific: float | None = None,
) -> Estimate:
    """Estimate by Average-Log: trust is a source's mean belief times log of its claim count.

    ``T(s) = log|C(s)| * mean of B(v) over the values s claims``; ``B(v)`` as in Sums. A source
    with a single claim gets trust 0 (``log 1``), as in the paper.

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol, prior, exclude_values, rho, specific
        As for :func:`sums`.

    Returns
    -------
    Estimate

    References
    ----------
    .. [1] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [2] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
       the ACM 46(5), 1999 (Hubs and Authorities, the origin of Sums).
    .. [3] J. Pasternack, D. Roth, "Generalized fact-finding", WWW 2011 (weighted assertions,
       used for implication).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._pasternack import average_log
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> average_log(t).choices(t)
    {'x': 1, 'y': 5}
    """
    _, inc, ev_t, trust0, clamp, n_claims = _prepare(
        table, max_iter=max_iter, tol=tol, rho=rho, prior=prior, exclude_values=exclude_values
    )
    factor = np.log(n_claims) / n_claims
    belief0 = ev_t @ trust0 if _has_prior(table, prior) else np.ones(table.n_values)

    def step(_trust: FloatArray, belief: FloatArray) -> tuple[FloatArray, FloatArray]:
        new_trust = factor * (inc @ belief)
        max_normalise(new_trust)
        return new_trust, ev_t @ new_trust

    return _run(
        table,
        "average_log",
        step,
        max_iter=max_iter,
        tol=tol,
        trust0=trust0,
        belief0=belief0,
        clamp=clamp,
        specific=specific,
        params=(("rho", rho),),
    )


def investment(
    table: ClaimTable,
    *,
    max_iter: int = 20,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    g: float = 1.2,
    specific: float | None = None,
) -> Estimate:
    """Estimate by Investment: sources invest trust in their claims and are paid in belief.

    ``T_i(s) = sum over v of B_{i-1}(v) * (T_{i-1}(s)/|C(s)|) / H_{i-1}(v)`` with the pool
    ``H(v) = sum over sources r claiming v of T(r)/|C(r)|``; then ``B_i(v) = H_i(v) ** g``.

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol, prior, exclude_values, rho, specific
        As for :func:`sums`. Initial trust 1 without a prior; initial belief the *voted*
        prior of the paper (a value's share of its item's votes).
    g : float, optional
        Exponent of the belief growth function ``G(x) = x ** g``. Default 1.2 (the paper's).

    Returns
    -------
    Estimate

    References
    ----------
    .. [1] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [2] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
       the ACM 46(5), 1999 (Hubs and Authorities, the origin of Sums).
    .. [3] J. Pasternack, D. Roth, "Generalized fact-finding", WWW 2011 (weighted assertions,
       used for implication).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._pasternack import investment
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> investment(t).choices(t)
    {'x': 1, 'y': 5}
    """
    check_range("g", g, 0.0, 10.0, open_low=True)
    ev, _, ev_t, trust0, clamp, n_claims = _prepare(
        table, max_iter=max_iter, tol=tol, rho=rho, prior=prior, exclude_values=exclude_values
    )

    def step(trust: FloatArray, belief: FloatArray) -> tuple[FloatArray, FloatArray]:
        invest = trust / n_claims
        pool = ev_t @ invest
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(pool > 0, belief / pool, 0.0)
        new_trust = invest * (ev @ ratio)
        max_normalise(new_trust)
        new_pool = ev_t @ (new_trust / n_claims)
        return new_trust, np.power(new_pool, g)

    return _run(
        table,
        "investment",
        step,
        max_iter=max_iter,
        tol=tol,
        trust0=trust0,
        belief0=_voted(table, ev_t, trust0),
        clamp=clamp,
        specific=specific,
        params=(("rho", rho), ("g", g)),
    )


def pooled_investment(
    table: ClaimTable,
    *,
    max_iter: int = 20,
    tol: float = 1e-6,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    g: float = 1.4,
    specific: float | None = None,
) -> Estimate:
    """Estimate by PooledInvestment: Investment whose returns are pooled within each item.

    Trust as in :func:`investment`; then ``H_i(v)`` as there and
    ``B_i(v) = H_i(v) * G(H_i(v)) / sum over the values d of v's item of G(H_i(d))``, so the
    values of an item compete for the belief their sources invested.

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol, prior, exclude_values, rho, specific
        As for :func:`investment`.
    g : float, optional
        Exponent of ``G(x) = x ** g``. Default 1.4 (the paper's).

    Returns
    -------
    Estimate

    References
    ----------
    .. [1] J. Pasternack, D. Roth, "Knowing what to believe (when you already know
       something)", COLING 2010.
    .. [2] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
       the ACM 46(5), 1999 (Hubs and Authorities, the origin of Sums).
    .. [3] J. Pasternack, D. Roth, "Generalized fact-finding", WWW 2011 (weighted assertions,
       used for implication).

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._pasternack import pooled_investment
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "a", "b", "c"], ["x", "x", "x", "y", "y", "y"], [1, 1, 2, 5, 5, 6]
    ... )
    >>> pooled_investment(t).choices(t)
    {'x': 1, 'y': 5}
    """
    check_range("g", g, 0.0, 10.0, open_low=True)
    ev, _, ev_t, trust0, clamp, n_claims = _prepare(
        table, max_iter=max_iter, tol=tol, rho=rho, prior=prior, exclude_values=exclude_values
    )
    starts = table.item_start
    vi = table.value_item

    def step(trust: FloatArray, belief: FloatArray) -> tuple[FloatArray, FloatArray]:
        invest = trust / n_claims
        pool = ev_t @ invest
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(pool > 0, belief / pool, 0.0)
        new_trust = invest * (ev @ ratio)
        max_normalise(new_trust)
        h = ev_t @ (new_trust / n_claims)
        grown = np.power(h, g)
        grown[clamp.off] = 0.0
        den = seg_sum(grown, starts)[vi]
        with np.errstate(invalid="ignore", divide="ignore"):
            new_belief = np.where(den > 0, h * grown / den, 0.0)
        return new_trust, new_belief

    return _run(
        table,
        "pooled_investment",
        step,
        max_iter=max_iter,
        tol=tol,
        trust0=trust0,
        belief0=_voted(table, ev_t, trust0),
        clamp=clamp,
        specific=specific,
        params=(("rho", rho), ("g", g)),
    )


def _voted(table: ClaimTable, ev_t: Any, trust0: FloatArray) -> FloatArray:
    """Return the voted prior belief: each value's share of its item's (trust-weighted) votes."""
    votes = ev_t @ trust0
    den = seg_sum(votes, table.item_start)[table.value_item]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, votes / den, 0.0)


def _has_prior(table: ClaimTable, prior: ArrayLike | None) -> bool:
    arr = table.source_prior if prior is None else np.asarray(prior, dtype=float)
    return arr is not None and bool(np.isfinite(arr).any())
