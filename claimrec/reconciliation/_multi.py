"""Multi-truth discovery for list values: the Latent Truth Model, fitted by EM.

An author list, the towns attacked, the buildings damaged: an item whose true value is a *set*,
where a source may list too few members (a false negative) or a wrong one (a false positive).
The Latent Truth Model (Zhao et al., VLDB 2012) gives each source two qualities, its
sensitivity (how many true members it lists) and its false-positive rate, and each
(item, member) fact a probability of being true. This implementation fits it by EM with Beta
priors rather than the paper's collapsed Gibbs sampler, so it is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping

import attrs
import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from claimrec.errors import InvalidClaimError
from claimrec.reconciliation._estimate import check_iter, check_range
from claimrec.reconciliation._table import ClaimTable

__all__ = ["MultiTruth", "latent_truth"]

FloatArray = NDArray[np.float64]


def _default_members(label: Hashable) -> Collection[Hashable]:
    members = getattr(label, "keys", None)  # a SetValue: its normalised names
    if isinstance(members, frozenset):
        return members
    if isinstance(label, tuple | frozenset | set | list):
        return tuple(label)
    return (label,)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class MultiTruth:
    """What :func:`latent_truth` concluded: a set of members per item, with probabilities.

    Attributes
    ----------
    truths : mapping of item label to frozenset
        The members judged true (probability at least ``threshold``; the most probable member
        when none reaches it).
    probability : mapping of (item label, member) to float
        The probability that each listed member is a true member of its item.
    sensitivity, false_positive_rate : mapping of source label to float
        Each source's share of true members it lists, and of false members it lists.
    iterations : int
    converged : bool

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._multi import latent_truth
    >>> t = ClaimTable.from_records(["a", "b", "c"], ["book"] * 3,
    ...                             [("knuth",), ("knuth", "plass"), ("knuth", "plass")])
    >>> sorted(latent_truth(t).truths["book"])
    ['knuth', 'plass']
    """

    truths: Mapping[Hashable, frozenset[Hashable]]
    probability: Mapping[tuple[Hashable, Hashable], float]
    sensitivity: Mapping[Hashable, float]
    false_positive_rate: Mapping[Hashable, float]
    iterations: int
    converged: bool

    def __repr__(self) -> str:
        return f"<MultiTruth items={len(self.truths)} iterations={self.iterations}>"


def latent_truth(
    table: ClaimTable,
    *,
    members: Callable[[Hashable], Iterable[Hashable]] | None = None,
    max_iter: int = 100,
    tol: float = 1e-6,
    sensitivity_prior: tuple[float, float] = (9.0, 1.0),
    false_positive_prior: tuple[float, float] = (1.0, 19.0),
    threshold: float = 0.5,
) -> MultiTruth:
    """Find the true members of list-valued items (LTM, fitted by EM).

    Every claim lists members of its item. For each (item, member) fact that some source lists,
    a claim of the item that lists it is a positive observation and a claim that does not is a
    negative one. With ``p(f)`` the probability that fact ``f`` is true, each source gets a
    sensitivity ``sens = (positives on true facts + a1) / (observations of true facts + a1 +
    a0)`` and a false-positive rate ``fpr`` likewise on false facts (Beta priors ``(a1, a0)``),
    and ``logit p(f) = sum over observations of log(sens / fpr)`` (positive) or
    ``log((1 - sens) / (1 - fpr))`` (negative). Evidence weights apply: an echo observes once.

    Parameters
    ----------
    table : ClaimTable
        One claim per (source, item) list; values are lists.
    members : callable, optional
        The members of a value label. Default: a :class:`~claimrec.SetValue`'s normalised
        names, a tuple's or set's elements, else the label itself.
    max_iter, tol : optional
        EM iterations at most (default 100) and the largest change of a fact's probability
        below which it stops.
    sensitivity_prior, false_positive_prior : (float, float)
        Beta pseudo-counts (true, false) of the two qualities: by default a source lists 90 %
        of the true members (9, 1) and 5 % of what it lists beyond them is false (1, 19).
    threshold : float, optional
        A member is true from this probability on. Default 0.5.

    Returns
    -------
    MultiTruth

    References
    ----------
    .. [1] B. Zhao, B. I. P. Rubinstein, J. Gemmell, J. Han, "A Bayesian approach to
       discovering truth from conflicting sources for data integration", PVLDB 5(6), 2012.

    Examples
    --------
    Two sellers give one author each, three give both: both authors are true.

    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._multi import latent_truth
    >>> lists = [("aho",), ("ullman",), ("aho", "ullman"), ("aho", "ullman"), ("aho", "ullman")]
    >>> t = ClaimTable.from_records(list("abcde"), ["dragon book"] * 5, lists)
    >>> sorted(latent_truth(t).truths["dragon book"])
    ['aho', 'ullman']
    """
    check_iter(max_iter, tol)
    check_range("threshold", threshold, 0.0, 1.0)
    for field, prior in (
        ("sensitivity_prior", sensitivity_prior),
        ("false_positive_prior", false_positive_prior),
    ):
        if len(prior) != 2 or min(prior) <= 0:
            raise InvalidClaimError(field, prior, "must be two positive pseudo-counts")
    of = members or _default_members
    n_v, n_i = table.n_values, table.n_items
    # facts: (item, member) pairs, and which value lists which fact
    fact_index: dict[tuple[int, Hashable], int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for v, label in enumerate(table.values):
        item = int(table.value_item[v])
        for m in dict.fromkeys(of(label)):
            f = fact_index.setdefault((item, m), len(fact_index))
            rows.append(v)
            cols.append(f)
    n_f = len(fact_index)
    if n_f == 0:
        return MultiTruth(
            truths={}, probability={}, sensitivity={}, false_positive_rate={},
            iterations=0, converged=True,
        )  # fmt: skip
    lists = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n_v, n_f))
    fact_item = np.empty(n_f, dtype=np.int64)
    for (item, _), f in fact_index.items():
        fact_item[f] = item
    item_facts = sp.csr_array((np.ones(n_f), (fact_item, np.arange(n_f))), shape=(n_i, n_f))
    # per source: weighted positive and total observations of each fact
    w = table.claim_weight
    by_source_value = sp.csr_array(
        (w, (table.claim_source, table.claim_value)), shape=(table.n_sources, n_v)
    )
    by_source_item = sp.csr_array(
        (w, (table.claim_source, table.claim_item)), shape=(table.n_sources, n_i)
    )
    pos = sp.csr_array(by_source_value @ lists)
    seen = sp.csr_array(by_source_item @ item_facts)
    neg = sp.csr_array(seen - pos)
    neg.data = np.maximum(neg.data, 0.0)
    a1, a0 = sensitivity_prior
    b1, b0 = false_positive_prior
    total_pos = np.asarray(pos.sum(axis=0)).ravel()
    total_seen = np.asarray(seen.sum(axis=0)).ravel()
    p = np.where(total_seen > 0, total_pos / np.maximum(total_seen, 1e-12), 0.5)
    converged = False
    it = 0
    for it in range(1, max_iter + 1):
        sens = (pos @ p + a1) / (seen @ p + a1 + a0)
        fpr = (pos @ (1 - p) + b1) / (seen @ (1 - p) + b1 + b0)
        w_pos = np.log(sens / fpr)
        w_neg = np.log((1 - sens) / (1 - fpr))
        logit = pos.T @ w_pos + neg.T @ w_neg
        new_p = 1.0 / (1.0 + np.exp(-np.clip(logit, -50, 50)))
        change = float(np.abs(new_p - p).max())
        p = new_p
        if it >= 2 and change < tol:
            converged = True
            break
    keys = list(fact_index)
    truths: dict[Hashable, frozenset[Hashable]] = {}
    for i in range(n_i):
        lo, hi = item_facts.indptr[i], item_facts.indptr[i + 1]
        facts = item_facts.indices[lo:hi]
        if not len(facts):
            continue
        chosen = [keys[f][1] for f in facts.tolist() if p[f] >= threshold]
        if not chosen:
            chosen = [keys[int(facts[np.argmax(p[facts])])][1]]
        truths[table.items[i]] = frozenset(chosen)
    probability = {(table.items[k[0]], k[1]): float(p[f]) for k, f in fact_index.items()}
    return MultiTruth(
        truths=truths,
        probability=probability,
        sensitivity=dict(zip(table.sources, sens.tolist(), strict=True)),
        false_positive_rate=dict(zip(table.sources, fpr.tolist(), strict=True)),
        iterations=it,
        converged=converged,
    )
