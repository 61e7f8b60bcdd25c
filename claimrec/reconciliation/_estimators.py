"""Truth-discovery estimators over a :class:`~claimrec.reconciliation._table.ClaimTable`.

Every estimator is a function ``name(table, *, max_iter=..., tol=..., prior=...,
exclude_values=..., ...) -> Estimate`` sharing keyword names: ``prior`` (initial trust per
source), ``exclude_values`` (values that cannot win, e.g. from :func:`flag_outliers`), ``rho``
(weight of value implication), ``specific`` (prefer a more specific value that refines the
winner). :data:`ESTIMATORS` maps method names to them.

How each one keeps an echo (one evidence group) from counting as corroboration: the table's
evidence weight gives each (group, item) weight 1, split among the group's claims; majority vote
counts those weights (groups, not claims), Sums-family beliefs, TruthFinder confidence and the
Accu votes add the evidence-weighted trust (an echo adds its members' *mean* trust), CRH weighs
each claim's vote and median weight by it. Source trust is always judged on every claim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

import attrs
import numpy as np
from numpy.typing import ArrayLike

from claimrec.reconciliation._accu import accu, accu_copy
from claimrec.reconciliation._crh import crh
from claimrec.reconciliation._ensemble import ensemble
from claimrec.reconciliation._estimate import (
    Clamp,
    Estimate,
    StopReason,
    check_range,
    claims_per_source,
    finish,
    offdiag,
    trust_init,
)
from claimrec.reconciliation._pasternack import average_log, investment, pooled_investment, sums
from claimrec.reconciliation._segments import wsum
from claimrec.reconciliation._table import ClaimTable, flag_outliers
from claimrec.reconciliation._truthfinder import truthfinder

__all__ = [
    "ESTIMATORS",
    "Estimate",
    "StopReason",
    "accu",
    "accu_copy",
    "average_log",
    "crh",
    "ensemble",
    "flag_outliers",
    "investment",
    "majority_vote",
    "pooled_investment",
    "sums",
    "truthfinder",
]


def majority_vote(
    table: ClaimTable,
    *,
    max_iter: int = 1,
    tol: float = 0.0,
    prior: ArrayLike | None = None,
    exclude_values: ArrayLike | None = None,
    rho: float = 0.5,
    specific: float | None = None,
) -> Estimate:
    """Majority vote over independent evidence: each evidence group counts once.

    The score of a value is its independent support (the number of evidence groups claiming it;
    a group split over several claims of one item splits its vote), plus, with an implication,
    ``rho * sum over the other values w of support(w) * imp[w, v]`` ("85" and "over 80"
    support each other; an excluding value subtracts). With a ``prior``, each group's vote is
    weighted by its sources' prior trust (nan counts 1).

    Parameters
    ----------
    table : ClaimTable
    max_iter, tol : optional
        Accepted for a uniform call signature; a vote is a single pass.
    prior : array of float, optional
        Vote weight per source; default the table's ``source_prior`` (nan: 1).
    exclude_values : array of bool, optional
        Values that cannot win.
    rho : float, optional
        Weight of implied support. Default 0.5; 0 for a plain count.
    specific : float, optional
        As for :func:`~claimrec.reconciliation._pasternack.sums`.

    Returns
    -------
    Estimate
        ``value_score`` is the (implied) vote; ``source_trust`` is the share of a source's
        values that won; ``stop_reason`` is ``"single_pass"``.

    References
    ----------
    .. [1] X. L. Dong, L. Berti-Equille, D. Srivastava, "Integrating conflicting data: the role
       of source dependence", PVLDB 2(1), 2009 (naive voting as the baseline).

    Examples
    --------
    Five outlets relaying one army statement count once against two independent witnesses:

    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._estimators import majority_vote
    >>> sources = ["afp", "bbc", "cnn", "dw", "rfi", "witness1", "witness2"]
    >>> groups = ["army"] * 5 + ["w1", "w2"]
    >>> t = ClaimTable.from_records(sources, ["toll"] * 7, [12] * 5 + [40, 40], groups=groups)
    >>> est = majority_vote(t)
    >>> est.choices(t), est.value_score.tolist()
    ({'toll': 40}, [1.0, 2.0])
    """
    check_range("rho", rho, 0.0, 1.0)
    del max_iter, tol
    clamp = Clamp(table, exclude_values)
    weight = table.claim_weight
    if prior is not None or table.source_prior is not None:
        weight = weight * trust_init(table, prior, 1.0)[table.claim_source]
    score = wsum(table.claim_value, weight, table.n_values)
    if rho > 0 and table.implication is not None and table.implication.nnz:
        score = score + rho * (offdiag(table.implication).T @ score)
    clamp.apply(score)
    est = finish(
        table,
        method="majority_vote",
        value_score=score,
        source_trust=np.zeros(table.n_sources),
        clamp=clamp,
        iterations=1,
        converged=True,
        stop_reason=StopReason.SINGLE_PASS,
        specific=specific,
        params=(("rho", rho),),
    )
    won = np.zeros(table.n_values)
    chosen = est.item_choice[est.item_choice >= 0]
    won[chosen] = 1.0
    trust = (table.incidence @ won) / claims_per_source(table)
    return attrs.evolve(est, source_trust=trust)


ESTIMATORS: Mapping[str, Callable[..., Estimate]] = MappingProxyType(
    {
        "majority_vote": majority_vote,
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
)
"""Estimator functions by method name (read-only).

Examples
--------
>>> from claimrec.reconciliation._estimators import ESTIMATORS
>>> sorted(ESTIMATORS)[:3]
['accu', 'accu_copy', 'average_log']
"""
