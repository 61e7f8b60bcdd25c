"""Vectorised per-segment reductions shared by the truth-discovery estimators (private).

A *segment* is a run of consecutive positions with the same segment id; the value codes of a
:class:`~claimrec.reconciliation._table.ClaimTable` form one segment per item (value codes are
sorted by item), so per-item maxima, sums and arg-maxima are ``ufunc.reduceat`` calls over the
item offsets. Segments may be empty; their reductions return the ``empty`` fill value.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int32]
BoolArray = NDArray[np.bool_]


def wsum(index: NDArray[np.integer], weights: ArrayLike | None, n: int) -> FloatArray:
    """Return ``np.bincount(index, weights, minlength=n)`` as a float array (typed).

    Examples
    --------
    >>> import numpy as np
    >>> wsum(np.array([0, 2, 2]), np.array([1.0, 0.5, 0.5]), 4).tolist()
    [1.0, 0.0, 1.0, 0.0]
    """
    return np.asarray(np.bincount(index, weights=weights, minlength=n), dtype=np.float64)


def offsets(seg: NDArray[np.integer], n_seg: int) -> NDArray[np.int64]:
    """Return the ``n_seg + 1`` start offsets of the segments of a sorted segment-id array.

    Examples
    --------
    >>> import numpy as np
    >>> offsets(np.array([0, 0, 2]), 3).tolist()
    [0, 2, 2, 3]
    """
    counts = np.bincount(seg, minlength=n_seg)
    out = np.zeros(n_seg + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def seg_max(x: FloatArray, starts: NDArray[np.int64], empty: float = -np.inf) -> FloatArray:
    """Return the maximum of ``x`` over each segment (``empty`` for empty segments).

    Examples
    --------
    >>> import numpy as np
    >>> seg_max(np.array([1.0, 3.0, 2.0]), np.array([0, 2, 2, 3])).tolist()
    [3.0, -inf, 2.0]
    """
    return _reduce(np.maximum, x, starts, empty)


def seg_min(x: FloatArray, starts: NDArray[np.int64], empty: float = np.inf) -> FloatArray:
    """Return the minimum of ``x`` over each segment (``empty`` for empty segments).

    Examples
    --------
    >>> import numpy as np
    >>> seg_min(np.array([1.0, 3.0, 2.0]), np.array([0, 2, 3])).tolist()
    [1.0, 2.0]
    """
    return _reduce(np.minimum, x, starts, empty)


def seg_sum(x: FloatArray, starts: NDArray[np.int64]) -> FloatArray:
    """Return the sum of ``x`` over each segment (0 for empty segments).

    Examples
    --------
    >>> import numpy as np
    >>> seg_sum(np.array([1.0, 3.0, 2.0]), np.array([0, 2, 2, 3])).tolist()
    [4.0, 0.0, 2.0]
    """
    return _reduce(np.add, x, starts, 0.0)


def _reduce(ufunc: np.ufunc, x: FloatArray, starts: NDArray[np.int64], empty: float) -> FloatArray:
    n_seg = len(starts) - 1
    out = np.full(n_seg, empty, dtype=np.float64)
    if n_seg == 0 or len(x) == 0:
        return out
    sizes = np.diff(starts)
    nonempty = sizes > 0
    out[nonempty] = ufunc.reduceat(np.asarray(x, dtype=np.float64), starts[:-1][nonempty])
    return out


def weighted_median(
    seg: NDArray[np.integer], x: FloatArray, w: FloatArray, n_seg: int
) -> FloatArray:
    """Return the lower weighted median of ``x`` per segment (nan where no positive weight).

    ``seg`` need not be sorted. The lower weighted median is the smallest ``x`` whose cumulative
    weight (in increasing ``x``) reaches half the segment's total weight.

    Examples
    --------
    >>> import numpy as np
    >>> seg = np.array([0, 0, 0, 1])
    >>> weighted_median(seg, np.array([1.0, 5.0, 9.0, 4.0]), np.array([1.0, 1.0, 3.0, 1.0]), 2)
    array([9., 4.])
    """
    out = np.full(n_seg, np.nan)
    keep = (w > 0) & np.isfinite(x)
    if not keep.any():
        return out
    seg_k = np.asarray(seg)[keep].astype(np.int64)
    x_k = np.asarray(x, dtype=np.float64)[keep]
    w_k = np.asarray(w, dtype=np.float64)[keep]
    order = np.lexsort((x_k, seg_k))
    seg_s, x_s, w_s = seg_k[order], x_k[order], w_k[order]
    starts = offsets(seg_s, n_seg)
    cum = np.cumsum(w_s)
    before = np.concatenate(([0.0], cum))[starts[:-1]]
    total = seg_sum(w_s, starts)
    within = cum - before[seg_s]
    reached = within >= 0.5 * total[seg_s] * (1.0 - 1e-12)
    idx = np.where(reached, np.arange(len(x_s)), len(x_s))
    first = _reduce(np.minimum, idx.astype(np.float64), starts, float(len(x_s)))
    has = first < len(x_s)
    out[has] = x_s[first[has].astype(np.int64)]
    return out


def seg_first_true(mask: BoolArray, starts: NDArray[np.int64]) -> NDArray[np.int64]:
    """Return the first position where ``mask`` holds in each segment, or -1.

    Examples
    --------
    >>> import numpy as np
    >>> seg_first_true(np.array([False, True, True, False]), np.array([0, 2, 4])).tolist()
    [1, 2]
    >>> seg_first_true(np.array([False, False]), np.array([0, 2])).tolist()
    [-1]
    """
    n = len(mask)
    idx = np.where(mask, np.arange(n, dtype=np.float64), float(n))
    first = _reduce(np.minimum, idx, starts, float(n)).astype(np.int64)
    first[first >= n] = -1
    return first
