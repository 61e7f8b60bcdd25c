"""The :class:`Estimate` every estimator returns, and the machinery the estimators share.

Shared here: argument checks, the clamping of known items and excluded values, and the choice
of one value per item with a documented, deterministic tie-break.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable
from typing import Any

import attrs
import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from claimrec.errors import InvalidClaimError
from claimrec.reconciliation._segments import seg_first_true, seg_max, seg_sum
from claimrec.reconciliation._table import ClaimTable

__all__ = ["Estimate", "StopReason"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int32]
BoolArray = NDArray[np.bool_]

_ENTAILS = 1.0 - 1e-9
_REL_TIE = 1e-9


class StopReason(str, enum.Enum):
    """Why an estimator stopped iterating.

    Examples
    --------
    >>> from claimrec.reconciliation._estimate import StopReason
    >>> StopReason.MAX_ITER == "max_iter"
    True
    """

    CONVERGED = "converged"
    """The change between the last two iterations fell below ``tol``."""
    MAX_ITER = "max_iter"
    """``max_iter`` iterations ran without converging."""
    SINGLE_PASS = "single_pass"  # noqa: S105 not a password
    """The method is not iterative (majority vote)."""


def _frozen(value: ArrayLike, dtype: Any) -> NDArray[Any]:
    arr = np.array(value, dtype=dtype, copy=True).reshape(-1)
    arr.setflags(write=False)
    return arr


def _f64(value: ArrayLike) -> FloatArray:
    return _frozen(value, np.float64)


def _i32(value: ArrayLike) -> IntArray:
    return _frozen(value, np.int32)


def _bool(value: ArrayLike) -> BoolArray:
    return _frozen(value, np.bool_)


def _pairs(value: Iterable[tuple[int, int, float]]) -> tuple[tuple[int, int, float], ...]:
    return tuple((int(i), int(j), float(p)) for i, j, p in value)


def _params(value: Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple(value)


def _opt_f64(value: ArrayLike | None) -> FloatArray | None:
    return None if value is None else _f64(value)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Estimate:
    """What an estimator concluded: a score per value, a trust per source, a choice per item.

    Parameters
    ----------
    method : str
        Name of the estimator (``"sums"``, ``"truthfinder"``...).
    value_score : array of float
        Belief in each value code (scale depends on the method; higher is more believed).
    source_trust : array of float
        Trust (reliability, accuracy, weight) of each source.
    item_choice : array of int
        Chosen value code per item (-1 when every value of the item was excluded). Ties are
        broken by the highest score, then the most independent support (``value_support``:
        evidence groups, an echo counted once), then the smallest value code (the first label
        in sorted order).
    item_confidence : array of float
        In [0, 1]: the chosen value's share of the item's (non-negative) scores; 1 for known
        items, ``1/k`` when all ``k`` eligible scores are 0, 0 when nothing could be chosen.
    tie : array of bool
        Per item: the top score was shared by more than one value (relative tolerance 1e-9), so
        the choice rests on the tie-break.
    iterations : int
        Iterations run (1 for a single pass).
    converged : bool
        Whether the stopping criterion was met (never after the first iteration alone).
    stop_reason : StopReason
        ``"converged"``, ``"max_iter"`` or ``"single_pass"``.
    copy_pairs : tuple of (int, int, float), optional
        For copy-aware methods: ``(source_i, source_j, probability)`` with ``i < j`` for every
        pair whose probability of dependence (either direction) reaches the threshold.
    item_estimate : array of float, optional
        Numeric estimate per item (nan when not numeric): CRH's weighted median, else the
        chosen value's ``value_best``.
    params : tuple of (str, object), optional
        The parameters the method ran with, for reports.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> from claimrec.reconciliation._estimators import majority_vote
    >>> t = ClaimTable.from_records(["a", "b", "c"], ["toll"] * 3, [80, 80, 95])
    >>> est = majority_vote(t)
    >>> est
    <Estimate method='majority_vote' items=1 iterations=1 stop_reason='single_pass'>
    >>> est.choices(t), est.item_confidence.round(3).tolist()
    ({'toll': 80}, [0.667])
    """

    method: str
    value_score: FloatArray = attrs.field(converter=_f64)
    source_trust: FloatArray = attrs.field(converter=_f64)
    item_choice: IntArray = attrs.field(converter=_i32)
    item_confidence: FloatArray = attrs.field(converter=_f64)
    tie: BoolArray = attrs.field(converter=_bool)
    iterations: int
    converged: bool
    stop_reason: StopReason = attrs.field(converter=StopReason)
    copy_pairs: tuple[tuple[int, int, float], ...] = attrs.field(default=(), converter=_pairs)
    item_estimate: FloatArray | None = attrs.field(default=None, converter=_opt_f64)
    params: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_params)

    def __repr__(self) -> str:
        return (
            f"<Estimate method={self.method!r} items={len(self.item_choice)} "
            f"iterations={self.iterations} stop_reason={self.stop_reason.value!r}>"
        )

    def choices(self, table: ClaimTable) -> dict[Hashable, Hashable | None]:
        """Return ``{item label: chosen value label}`` (None where nothing could be chosen).

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> from claimrec.reconciliation._estimators import majority_vote
        >>> t = ClaimTable.from_records(["a", "b"], ["x", "y"], ["p", "q"])
        >>> majority_vote(t).choices(t)
        {'x': 'p', 'y': 'q'}
        """
        return {
            item: (table.values[c] if c >= 0 else None)
            for item, c in zip(table.items, self.item_choice.tolist(), strict=True)
        }

    def trust(self, table: ClaimTable) -> dict[Hashable, float]:
        """Return ``{source label: trust}``.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> from claimrec.reconciliation._estimators import majority_vote
        >>> t = ClaimTable.from_records(["a", "b", "c"], ["x"] * 3, [1, 1, 2])
        >>> majority_vote(t).trust(t)
        {'a': 1.0, 'b': 1.0, 'c': 0.0}
        """
        return dict(zip(table.sources, self.source_trust.tolist(), strict=True))


# --------------------------------------------------------------------------------------------
# argument checks


def check_iter(max_iter: int, tol: float) -> None:
    """Raise if ``max_iter`` is not a positive int or ``tol`` is negative."""
    if isinstance(max_iter, bool) or not isinstance(max_iter, (int, np.integer)) or max_iter < 1:
        raise InvalidClaimError("max_iter", max_iter, "must be a positive integer")
    if not tol >= 0:
        raise InvalidClaimError("tol", tol, "must be non-negative")


def check_range(field: str, x: float, low: float, high: float, *, open_low: bool = False) -> None:
    """Raise unless ``low <= x <= high`` (``low < x`` when ``open_low``)."""
    ok = (low < x if open_low else low <= x) and x <= high
    if not ok:
        bracket = "(" if open_low else "["
        raise InvalidClaimError(field, x, f"not in {bracket}{low:g}, {high:g}]")


def trust_init(table: ClaimTable, prior: ArrayLike | None, default: float) -> FloatArray:
    """Return the initial trust: ``prior`` (else the table's ``source_prior``), nan -> default."""
    n_s = table.n_sources
    if prior is None:
        prior = table.source_prior
    if prior is None:
        return np.full(n_s, default)
    arr = np.asarray(prior, dtype=np.float64).reshape(-1)
    if len(arr) != n_s:
        raise InvalidClaimError("prior", len(arr), f"length differs from the sources ({n_s})")
    bad = ~np.isnan(arr) & ((arr < 0) | (arr > 1))
    if bad.any():
        raise InvalidClaimError("prior", float(arr[bad][0]), "not in [0, 1]")
    return np.where(np.isnan(arr), default, arr)


class Clamp:
    """Known items and excluded values, applied to a belief vector each iteration."""

    __slots__ = ("any", "exclude", "known_false", "known_items", "known_true", "off")

    def __init__(self, table: ClaimTable, exclude_values: ArrayLike | None) -> None:
        n_v = table.n_values
        if exclude_values is None:
            exclude = np.zeros(n_v, dtype=bool)
        else:
            exclude = np.asarray(exclude_values, dtype=bool).reshape(-1)
            if len(exclude) != n_v:
                raise InvalidClaimError(
                    "exclude_values", len(exclude), f"length differs from the values ({n_v})"
                )
        known_true = np.zeros(n_v, dtype=bool)
        known_items = np.zeros(table.n_items, dtype=bool)
        if table.item_known is not None:
            has = table.item_known >= 0
            known_true[table.item_known[has]] = True
            known_items = has
        known_false = known_items[table.value_item] & ~known_true
        self.exclude = exclude & ~known_true
        self.known_true = known_true
        self.known_false = known_false
        self.known_items = known_items
        self.off = self.exclude | known_false
        self.any = bool(self.off.any() or known_true.any())

    def apply(self, belief: FloatArray, high: float | None = None) -> FloatArray:
        """Zero excluded and known-false values; set known-true ones to ``high`` (default max)."""
        if not self.any:
            return belief
        belief[self.off] = 0.0
        if self.known_true.any():
            top = float(belief.max()) if high is None else high
            belief[self.known_true] = top if top > 0 else 1.0
        return belief


def offdiag(imp: Any, *, positive: bool = False) -> Any:
    """Return ``imp`` without its diagonal (and only its positive entries when ``positive``)."""
    mat = sp.csr_array(imp, copy=True)
    mat.setdiag(0)
    if positive:
        mat.data = np.maximum(mat.data, 0.0)
    mat.eliminate_zeros()
    return mat


def implied(table: ClaimTable, rho: float) -> tuple[Any, Any]:
    """Return the evidence and incidence matrices widened by positive implication.

    A claim of ``v`` also asserts every ``w`` with ``imp[v, w] > 0``, with weight
    ``rho * imp[v, w]`` (generalized fact-finding).
    """
    if rho == 0 or table.implication is None or table.implication.nnz == 0:
        return table.evidence, table.incidence
    pos = offdiag(table.implication, positive=True)
    ev = sp.csr_array(table.evidence + rho * (table.evidence @ pos))
    inc = sp.csr_array(table.incidence + rho * (table.incidence @ pos))
    return ev, inc


def claims_per_source(table: ClaimTable) -> FloatArray:
    """Return the number of distinct values each source claims (at least 1, to divide by)."""
    counts = np.diff(table.incidence.indptr).astype(np.float64)
    return np.asarray(np.maximum(counts, 1.0), dtype=np.float64)


def max_normalise(x: FloatArray) -> FloatArray:
    """Divide by the maximum when it is positive (Pasternack & Roth's normalisation)."""
    top = float(x.max()) if len(x) else 0.0
    if top > 0:
        x /= top
    return x


# --------------------------------------------------------------------------------------------
# choice of one value per item


def choose(
    table: ClaimTable,
    primary: FloatArray,
    clamp: Clamp,
    *,
    specific: float | None = None,
) -> tuple[IntArray, BoolArray]:
    """Return (item_choice, tie) by ``primary``, then independent support, then smallest code.

    With ``specific``, the winner is replaced by the most specific value that strictly refines
    it (entails it without being entailed back, per the implication) and scores more than
    ``specific`` times the winner's score; the deepest such value wins (most values refined),
    then the higher score, then the smaller code.
    """
    starts = table.item_start
    vi = table.value_item
    elig = ~clamp.off
    score = np.where(elig, primary, -np.inf)
    top = seg_max(score, starts)
    top_v = top[vi]
    finite = np.isfinite(top_v)
    close = elig & finite & (score >= top_v - _REL_TIE * np.abs(np.where(finite, top_v, 0.0)))
    n_close = seg_sum(close.astype(np.float64), starts)
    tie = n_close > 1
    support = np.where(close, table.value_support, -np.inf)
    top2 = seg_max(support, starts)[vi]
    fin2 = np.isfinite(top2)
    close2 = close & fin2 & (support >= top2 - _REL_TIE * np.abs(np.where(fin2, top2, 0.0)))
    choice = seg_first_true(close2, starts).astype(np.int32)
    if specific is not None and table.implication is not None and table.implication.nnz:
        choice = _refine(
            table, primary=primary, choice=choice, elig=elig, clamp=clamp, specific=specific
        )
    if clamp.known_items.any():
        assert table.item_known is not None
        choice = np.where(clamp.known_items, table.item_known, choice).astype(np.int32)
        tie = tie & ~clamp.known_items
    return choice, tie


def _refine(
    table: ClaimTable,
    *,
    primary: FloatArray,
    choice: IntArray,
    elig: BoolArray,
    clamp: Clamp,
    specific: float,
) -> IntArray:
    imp = offdiag(table.implication)
    ent = sp.csr_array(imp >= _ENTAILS, dtype=np.float64)
    if ent.nnz == 0:
        return choice
    strict = sp.csr_array(ent - ent.multiply(ent.T))
    strict.eliminate_zeros()
    depth = np.diff(strict.indptr).astype(np.float64)
    coo = strict.tocoo()
    rows = coo.row.astype(np.int64)
    cols = coo.col.astype(np.int64)
    item = table.value_item[cols]
    winner = choice[item]
    keep = (
        (cols == winner)
        & elig[rows]
        & ~clamp.known_items[item]
        & (primary[rows] > specific * primary[cols])
    )
    if not keep.any():
        return choice
    rows, item = rows[keep], item[keep]
    order = np.lexsort((rows, -primary[rows], -depth[rows], item))
    rows, item = rows[order], item[order]
    first = np.ones(len(item), dtype=bool)
    first[1:] = item[1:] != item[:-1]
    out = choice.copy()
    out[item[first]] = rows[first]
    return np.asarray(out, dtype=np.int32)


def confidence(table: ClaimTable, score: FloatArray, choice: IntArray, clamp: Clamp) -> FloatArray:
    """Return the chosen value's share of its item's non-negative eligible scores."""
    starts = table.item_start
    elig = ~clamp.off
    pos = np.where(elig, np.maximum(np.nan_to_num(score, nan=0.0, posinf=0.0), 0.0), 0.0)
    den = seg_sum(pos, starts)
    n_elig = seg_sum(elig.astype(np.float64), starts)
    has = choice >= 0
    num = np.where(has, pos[np.where(has, choice, 0)], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        conf = np.where(den > 0, num / den, np.where(n_elig > 0, 1.0 / np.maximum(n_elig, 1), 0))
    conf = np.where(has, conf, 0.0)
    return np.where(clamp.known_items, 1.0, conf)


def finish(
    table: ClaimTable,
    *,
    method: str,
    value_score: FloatArray,
    source_trust: FloatArray,
    clamp: Clamp,
    iterations: int,
    converged: bool,
    stop_reason: StopReason | None = None,
    primary: FloatArray | None = None,
    specific: float | None = None,
    copy_pairs: tuple[tuple[int, int, float], ...] = (),
    item_estimate: FloatArray | None = None,
    params: tuple[tuple[str, Any], ...] = (),
) -> Estimate:
    """Choose per item and wrap everything into an :class:`Estimate`."""
    if specific is not None:
        check_range("specific", specific, 0.0, 1.0)
    prim = value_score if primary is None else primary
    choice, tie = choose(table, prim, clamp, specific=specific)
    conf = confidence(table, value_score, choice, clamp)
    if item_estimate is None and table.value_best is not None:
        has = choice >= 0
        item_estimate = np.where(has, table.value_best[np.where(has, choice, 0)], np.nan)
    if stop_reason is None:
        stop_reason = StopReason.CONVERGED if converged else StopReason.MAX_ITER
    return Estimate(
        method=method,
        value_score=value_score,
        source_trust=source_trust,
        item_choice=choice,
        item_confidence=conf,
        tie=tie,
        iterations=iterations,
        converged=converged,
        stop_reason=stop_reason,
        copy_pairs=copy_pairs,
        item_estimate=item_estimate,
        params=params,
    )
