"""The sparse claim table every truth-discovery estimator works on.

A :class:`ClaimTable` holds *n* claims as integer codes: who said it (``claim_source``), what
they said (``claim_value``, a global value code; each value code belongs to one item, so
``claim_item = value_item[claim_value]``) and which piece of evidence it belongs to
(``claim_group``: five outlets relaying one army statement are one group). Labels (``sources``,
``items``, ``values``) map the codes back to what the caller passed in. Codes are assigned in
sorted order of the labels, so a table, and every estimate computed on it, does not depend on the
order of the input records.

Nothing here is dense in the number of claims or values: the source x value incidence and the
value implication are ``scipy.sparse`` CSR arrays.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from claimrec.errors import InvalidClaimError, UnknownNameError
from claimrec.reconciliation._segments import offsets, seg_sum, weighted_median, wsum

__all__ = [
    "ClaimTable",
    "flag_outliers",
    "implication_from_exclusions",
    "implication_from_hierarchy",
    "implication_from_intervals",
    "implication_from_similarity",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int32]
BoolArray = NDArray[np.bool_]
Numeric = Callable[[Any], "tuple[float, float, float] | None"]

_ENTAILS = 1.0 - 1e-9  # an implication weight at least this means "v entails w"


# --------------------------------------------------------------------------------------------
# label factorisation


def _label_key(label: object) -> tuple[Any, ...]:
    """Return a total-order sort key for a label of (almost) any hashable type."""
    if isinstance(label, bool):
        return (1, int(label))
    if isinstance(label, (int, float)):
        return (1, label) if label == label else (1, math.inf)  # noqa: PLR0124 nan check
    if isinstance(label, str):
        return (2, label)
    if isinstance(label, tuple):
        return (3, tuple(_label_key(x) for x in label))
    if isinstance(label, frozenset):
        return (4, tuple(sorted(_label_key(x) for x in label)))
    if label is None:
        return (0,)
    return (5, type(label).__name__, repr(label))


def _sorted_labels(labels: Iterable[Hashable]) -> list[Hashable]:
    uniq = list(labels)
    kinds = {type(x) for x in uniq}
    if kinds <= {str} or kinds <= {int}:
        return sorted(uniq)  # type: ignore[type-var]
    return sorted(uniq, key=_label_key)


def _factorize(seq: Sequence[Hashable] | ArrayLike) -> tuple[IntArray, tuple[Hashable, ...]]:
    """Return (codes, labels) with labels sorted; fast path for numeric numpy arrays."""
    if isinstance(seq, np.ndarray) and seq.dtype.kind in "iub":
        uniq, inv = np.unique(seq, return_inverse=True)
        return inv.astype(np.int32).reshape(-1), tuple(uniq.tolist())
    items: list[Hashable] = list(seq)  # type: ignore[arg-type]
    labels = _sorted_labels(dict.fromkeys(items))
    index = {lab: i for i, lab in enumerate(labels)}
    codes = np.fromiter(map(index.__getitem__, items), dtype=np.int32, count=len(items))
    return codes, tuple(labels)


def _default_numeric(label: object) -> tuple[float, float, float] | None:
    """Numbers are their own (low, best, high); anything else is not numeric."""
    if isinstance(label, bool) or not isinstance(label, (int, float, np.integer, np.floating)):
        return None
    x = float(label)
    return (x, x, x) if math.isfinite(x) else None


# --------------------------------------------------------------------------------------------
# validators and converters


def _labels(value: Iterable[Hashable]) -> tuple[Hashable, ...]:
    return tuple(value)


def _int32(value: ArrayLike) -> IntArray:
    arr = np.array(value, dtype=np.int32, copy=True).reshape(-1)
    arr.setflags(write=False)
    return arr


def _float64(value: ArrayLike) -> FloatArray:
    arr = np.array(value, dtype=np.float64, copy=True).reshape(-1)
    arr.setflags(write=False)
    return arr


def _opt_float64(value: ArrayLike | None) -> FloatArray | None:
    return None if value is None else _float64(value)


def _opt_int32(value: ArrayLike | None) -> IntArray | None:
    return None if value is None else _int32(value)


def _opt_csr(value: Any) -> Any:
    if value is None:
        return None
    mat = sp.csr_array(value, dtype=np.float64)
    mat.sum_duplicates()
    mat.sort_indices()
    mat.eliminate_zeros()
    return mat


def _in_range(field: str, codes: IntArray, n: int, what: str) -> None:
    if len(codes) and (codes.min() < 0 or codes.max() >= n):
        bad = int(codes[(codes < 0) | (codes >= n)][0])
        raise InvalidClaimError(field, bad, f"{what} code out of range [0, {n})")


def _same_length(field: str, arr: NDArray[Any] | None, n: int, what: str) -> None:
    if arr is not None and len(arr) != n:
        raise InvalidClaimError(field, len(arr), f"length differs from the number of {what} ({n})")


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ClaimTable:
    """Claims as integer codes: the one input of every truth-discovery estimator.

    Parameters
    ----------
    sources, items, values : tuple of hashable
        Labels of the source, item and value codes. ``values[v]`` is the label of value code
        ``v`` within its item ``value_item[v]`` (one label may occur in several items).
    claim_source, claim_value : array of int
        Per claim: source code and (global) value code.
    value_item : array of int
        Item code of each value code; must be non-decreasing (values sorted by item).
    claim_group : array of int, optional
        Evidence group of each claim; claims of one group are one piece of evidence (an echo).
        Default: every claim its own group.
    implication : sparse matrix, optional
        ``n_values x n_values``, block-diagonal by item, entries in [-1, 1]:
        ``implication[v, w]`` is how much a claim of ``v`` supports ``w`` (negative: opposes).
        The diagonal is implicitly 1 and ignored. Default: no implication.
    value_low, value_best, value_high : array of float, optional
        Numeric payload per value code (nan when not numeric).
    source_prior : array of float, optional
        Prior trust per source in [0, 1] (nan: none); seeds the estimators' initial trust.
    item_known : array of int, optional
        Per item, the value code known to be true (-1: unknown); estimators clamp these items.

    Attributes
    ----------
    claim_item : array of int
        ``value_item[claim_value]``.
    claim_weight : array of float
        Evidence weight of each claim: each (group, item) pair carries weight 1, split equally
        among its claims, so an echo counts once.
    value_support : array of float
        Independent support per value: the sum of its claims' evidence weights (the number of
        evidence groups, an echo counted once).

    See Also
    --------
    ClaimTable.from_records : build a table from parallel sequences of labels.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable
    >>> table = ClaimTable.from_records(
    ...     ["army", "ngo", "radio"], ["toll", "toll", "toll"], [80, 85, 80]
    ... )
    >>> table
    <ClaimTable claims=3 sources=3 items=1 values=2>
    >>> table.values, table.claim_value.tolist()
    ((80, 85), [0, 1, 0])
    >>> table.value_support.tolist()
    [2.0, 1.0]
    """

    sources: tuple[Hashable, ...] = attrs.field(converter=_labels)
    items: tuple[Hashable, ...] = attrs.field(converter=_labels)
    values: tuple[Hashable, ...] = attrs.field(converter=_labels)
    claim_source: IntArray = attrs.field(converter=_int32)
    claim_value: IntArray = attrs.field(converter=_int32)
    value_item: IntArray = attrs.field(converter=_int32)
    claim_group: IntArray | None = attrs.field(default=None, converter=_opt_int32)
    implication: Any = attrs.field(default=None, converter=_opt_csr)
    value_low: FloatArray | None = attrs.field(default=None, converter=_opt_float64)
    value_best: FloatArray | None = attrs.field(default=None, converter=_opt_float64)
    value_high: FloatArray | None = attrs.field(default=None, converter=_opt_float64)
    source_prior: FloatArray | None = attrs.field(default=None, converter=_opt_float64)
    item_known: IntArray | None = attrs.field(default=None, converter=_opt_int32)

    claim_item: IntArray = attrs.field(init=False)
    claim_weight: FloatArray = attrs.field(init=False)
    value_support: FloatArray = attrs.field(init=False)
    item_start: NDArray[np.int64] = attrs.field(init=False)
    evidence: Any = attrs.field(init=False)
    incidence: Any = attrs.field(init=False)
    _index: Any = attrs.field(init=False, default=None)  # label -> code lookups, built lazily

    def __attrs_post_init__(self) -> None:
        n, n_s, n_i, n_v = len(self.claim_source), self.n_sources, self.n_items, self.n_values
        _same_length("claim_value", self.claim_value, n, "claims")
        _same_length("claim_group", self.claim_group, n, "claims")
        _same_length("value_item", self.value_item, n_v, "values")
        for name in ("value_low", "value_best", "value_high"):
            _same_length(name, getattr(self, name), n_v, "values")
        _same_length("source_prior", self.source_prior, n_s, "sources")
        _same_length("item_known", self.item_known, n_i, "items")
        _in_range("claim_source", self.claim_source, n_s, "source")
        _in_range("claim_value", self.claim_value, n_v, "value")
        _in_range("value_item", self.value_item, n_i, "item")
        if n_v > 1 and (np.diff(self.value_item) < 0).any():
            bad = int(np.flatnonzero(np.diff(self.value_item) < 0)[0]) + 1
            raise InvalidClaimError("value_item", bad, "value codes must be sorted by item")
        if self.source_prior is not None:
            prior = self.source_prior
            if ((prior < 0) | (prior > 1)).any():
                bad_p = float(prior[(prior < 0) | (prior > 1)][0])
                raise InvalidClaimError("source_prior", bad_p, "not in [0, 1]")
        if self.item_known is not None:
            known = self.item_known
            has = known >= 0
            if (known < -1).any() or (known >= n_v).any():
                bad = int(known[(known < -1) | (known >= n_v)][0])
                raise InvalidClaimError("item_known", bad, f"value code out of range [-1, {n_v})")
            wrong = has & (self.value_item[np.where(has, known, 0)] != np.arange(n_i))
            if wrong.any():
                bad = int(known[wrong][0])
                raise InvalidClaimError("item_known", bad, "known value belongs to another item")
        self._check_implication()
        self._derive()

    def _check_implication(self) -> None:
        imp = self.implication
        if imp is None:
            return
        n_v = self.n_values
        if imp.shape != (n_v, n_v):
            raise InvalidClaimError("implication", imp.shape, f"shape is not ({n_v}, {n_v})")
        if imp.nnz == 0:
            return
        data = imp.data
        if (np.abs(data) > 1.0 + 1e-12).any() or not np.isfinite(data).all():
            bad = float(data[~(np.abs(data) <= 1.0 + 1e-12)][0])
            raise InvalidClaimError("implication", bad, "entries must be in [-1, 1]")
        rows = np.repeat(np.arange(n_v), np.diff(imp.indptr))
        cross = self.value_item[rows] != self.value_item[imp.indices]
        if cross.any():
            r = int(rows[cross][0])
            c = int(imp.indices[cross][0])
            raise InvalidClaimError(
                "implication", (r, c), "links values of different items (must be block-diagonal)"
            )

    def _derive(self) -> None:
        n, n_s, n_v = self.n_claims, self.n_sources, self.n_values
        claim_item = self.value_item[self.claim_value] if n else np.zeros(0, np.int32)
        claim_item.setflags(write=False)
        if self.claim_group is None:
            weight = np.ones(n)
        else:
            key = self.claim_group.astype(np.int64) * max(self.n_items, 1) + claim_item
            _, inv, counts = np.unique(key, return_inverse=True, return_counts=True)
            weight = 1.0 / counts[inv.reshape(-1)]
        weight.setflags(write=False)
        evidence = sp.csr_array(
            (weight, (self.claim_source, self.claim_value)), shape=(n_s, n_v), dtype=np.float64
        )
        evidence.sum_duplicates()
        evidence.sort_indices()
        incidence = evidence.copy()
        incidence.data = np.ones_like(incidence.data)
        support = wsum(self.claim_value, weight, n_v)
        support.setflags(write=False)
        start = offsets(self.value_item, self.n_items)
        start.setflags(write=False)
        object.__setattr__(self, "claim_item", claim_item)
        object.__setattr__(self, "claim_weight", weight)
        object.__setattr__(self, "value_support", support)
        object.__setattr__(self, "item_start", start)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "incidence", incidence)

    # ----------------------------------------------------------------------------------------
    @property
    def n_claims(self) -> int:
        """Number of claims."""
        return len(self.claim_source)

    @property
    def n_sources(self) -> int:
        """Number of sources."""
        return len(self.sources)

    @property
    def n_items(self) -> int:
        """Number of items."""
        return len(self.items)

    @property
    def n_values(self) -> int:
        """Number of value codes (over all items)."""
        return len(self.values)

    def __repr__(self) -> str:
        return (
            f"<ClaimTable claims={self.n_claims} sources={self.n_sources} "
            f"items={self.n_items} values={self.n_values}>"
        )

    def item_numeric(self) -> BoolArray:
        """Return, per item, whether every value of the item has a finite ``value_best``.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> t = ClaimTable.from_records(["a", "b", "a"], ["n", "n", "who"], [3, 4, "army"])
        >>> t.item_numeric().tolist()
        [True, False]
        """
        if self.value_best is None:
            return np.zeros(self.n_items, dtype=bool)
        bad = (~np.isfinite(self.value_best)).astype(np.float64)
        counts = np.diff(self.item_start)
        return np.asarray((seg_sum(bad, self.item_start) == 0) & (counts > 0), dtype=bool)

    def value_code(self, item: Hashable, value: Hashable) -> int:
        """Return the code of the value labelled ``value`` in item ``item``.

        Raises
        ------
        UnknownNameError
            If the item or the value (within the item) is not in the table.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> t = ClaimTable.from_records(["a", "b"], ["x", "y"], ["p", "p"])
        >>> t.value_code("y", "p")
        1
        """
        i = self.item_code(item)
        lo, hi = int(self.item_start[i]), int(self.item_start[i + 1])
        for v in range(lo, hi):
            if self.values[v] == value:
                return v
        raise UnknownNameError("value", str(value), [str(x) for x in self.values[lo:hi][:5]])

    def item_code(self, item: Hashable) -> int:
        """Return the code of the item labelled ``item``.

        Raises
        ------
        UnknownNameError
            If the item is not in the table.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> ClaimTable.from_records(["a", "b"], ["x", "y"], [1, 2]).item_code("y")
        1
        """
        return self._code("items", item, "item")

    def source_code(self, source: Hashable) -> int:
        """Return the code of the source labelled ``source``.

        Raises
        ------
        UnknownNameError
            If the source is not in the table.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> ClaimTable.from_records(["a", "b"], ["x", "y"], [1, 2]).source_code("b")
        1
        """
        return self._code("sources", source, "source")

    def _code(self, field: str, label: Hashable, kind: str) -> int:
        if self._index is None:
            index = {
                "sources": MappingProxyType({lab: k for k, lab in enumerate(self.sources)}),
                "items": MappingProxyType({lab: k for k, lab in enumerate(self.items)}),
            }
            object.__setattr__(self, "_index", MappingProxyType(index))
        code = self._index[field].get(label)
        if code is None:
            return _lookup(getattr(self, field), label, kind)  # raises with suggestions
        return int(code)

    def with_implication(self, *matrices: Any) -> ClaimTable:
        """Return a copy whose implication is the sum of ``matrices``, clipped to [-1, 1].

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable, implication_from_exclusions
        >>> t = ClaimTable.from_records(["a", "b"], ["x", "x"], ["captured", "repelled"])
        >>> t2 = t.with_implication(implication_from_exclusions(t, [("captured", "repelled")]))
        >>> t2.implication.toarray().tolist()
        [[0.0, -1.0], [-1.0, 0.0]]
        """
        n_v = self.n_values
        total = sp.csr_array((n_v, n_v), dtype=np.float64)
        for mat in matrices:
            total = total + sp.csr_array(mat, dtype=np.float64)
        total = sp.csr_array(total)
        total.data = np.clip(total.data, -1.0, 1.0)
        return attrs.evolve(self, implication=total)

    # ----------------------------------------------------------------------------------------
    @classmethod
    def from_records(
        cls,
        sources: Sequence[Hashable] | ArrayLike,
        items: Sequence[Hashable] | ArrayLike,
        values: Sequence[Hashable] | ArrayLike,
        *,
        groups: Sequence[Hashable] | ArrayLike | None = None,
        known: Mapping[Hashable, Hashable] | None = None,
        source_prior: Mapping[Hashable, float] | None = None,
        numeric: Numeric | None = _default_numeric,
    ) -> ClaimTable:
        """Build a table from parallel sequences of labels, one entry per claim.

        Claim *k* is ``sources[k]`` saying ``values[k]`` about ``items[k]``.

        Parameters
        ----------
        sources, items, values : sequence of hashable
            One entry per claim. Labels are factorised into codes in sorted label order
            (numbers before strings before tuples; any other hashable by type name and repr).
        groups : sequence of hashable, optional
            Evidence group per claim (claims sharing a group label are one piece of evidence).
        known : mapping, optional
            ``{item label: value label}`` of items whose true value is known.
        source_prior : mapping, optional
            ``{source label: prior trust in [0, 1]}``; sources not listed have no prior.
        numeric : callable or None, optional
            Maps a value label to ``(low, best, high)`` or None. By default numbers are numeric.

        Returns
        -------
        ClaimTable

        Raises
        ------
        InvalidClaimError
            If the sequences differ in length, or a known value is not claimed for its item.
        UnknownNameError
            If ``known`` or ``source_prior`` names an item or source without claims.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> t = ClaimTable.from_records(
        ...     ["afp", "reuters", "army"], ["toll", "toll", "toll"], [85, 85, 120],
        ...     groups=["army-statement", "army-statement", "army"], known=None,
        ... )
        >>> t.claim_weight.tolist(), t.value_support.tolist()
        ([0.5, 0.5, 1.0], [1.0, 1.0])
        >>> t.value_best.tolist()
        [85.0, 120.0]
        """
        n = len(sources)  # type: ignore[arg-type]
        for name, seq in (("items", items), ("values", values), ("groups", groups)):
            if seq is not None and len(seq) != n:  # type: ignore[arg-type]
                raise InvalidClaimError(name, len(seq), f"length differs from sources ({n})")  # type: ignore[arg-type]
        src_codes, src_labels = _factorize(sources)
        item_codes, item_labels = _factorize(items)
        val_codes, val_labels = _factorize(values)
        n_vl = max(len(val_labels), 1)
        key = item_codes.astype(np.int64) * n_vl + val_codes
        uniq, inv = np.unique(key, return_inverse=True)
        value_item = (uniq // n_vl).astype(np.int32)
        local = (uniq % n_vl).astype(np.int64)
        labels = tuple(val_labels[k] for k in local.tolist())
        group_codes = None if groups is None else _factorize(groups)[0]

        low = best = high = None
        if numeric is not None and len(val_labels):
            triples = [numeric(lab) for lab in val_labels]
            arr = np.array([t if t is not None else (np.nan,) * 3 for t in triples], dtype=float)
            arr = arr.reshape(-1, 3)
            if np.isfinite(arr).any():
                low, best, high = arr[local, 0], arr[local, 1], arr[local, 2]

        prior = None
        if source_prior:
            prior = np.full(len(src_labels), np.nan)
            for lab, p in source_prior.items():
                prior[_lookup(src_labels, lab, "source")] = p
        item_known = None
        if known:
            item_known = np.full(len(item_labels), -1, dtype=np.int32)
            starts = offsets(value_item, len(item_labels))
            for it_lab, v_lab in known.items():
                i = _lookup(item_labels, it_lab, "item")
                lo, hi = int(starts[i]), int(starts[i + 1])
                match = [v for v in range(lo, hi) if labels[v] == v_lab]
                if not match:
                    raise InvalidClaimError(
                        "known", {it_lab: v_lab}, "the known value is not claimed for this item"
                    )
                item_known[i] = match[0]
        return cls(
            sources=src_labels,
            items=item_labels,
            values=labels,
            claim_source=src_codes,
            claim_value=inv.reshape(-1).astype(np.int32),
            value_item=value_item,
            claim_group=group_codes,
            value_low=low,
            value_best=best,
            value_high=high,
            source_prior=prior,
            item_known=item_known,
        )

    @classmethod
    def from_frame(
        cls,
        frame: Any,
        *,
        source: str = "source",
        item: str = "item",
        value: str = "value",
        group: str | None = None,
        numeric: Numeric | None = _default_numeric,
    ) -> ClaimTable:
        """Build a table from rows whose item is already known: (source, item, value).

        No alignment runs: each row is one claim about the item its ``item`` column names.
        Labels are factorised once per distinct label, so a million rows build in about a
        second.

        Parameters
        ----------
        frame : data frame, mapping of columns, or sequence of records
            A pandas (or any) data frame, ``{"source": [...], "item": [...], ...}``, or a
            list of dicts.
        source, item, value : str
            Column names. Default ``"source"``, ``"item"``, ``"value"``.
        group : str, optional
            Column of evidence groups (rows sharing one are one piece of evidence).
        numeric : callable or None, optional
            As for :meth:`from_records`.

        Returns
        -------
        ClaimTable

        Raises
        ------
        UnknownNameError
            If a column is missing.

        Examples
        --------
        >>> from claimrec.reconciliation._table import ClaimTable
        >>> rows = [{"source": "a", "item": "Gao", "value": 80},
        ...         {"source": "b", "item": "Gao", "value": 85}]
        >>> ClaimTable.from_frame(rows)
        <ClaimTable claims=2 sources=2 items=1 values=2>
        """
        groups = None if group is None else _column(frame, group)
        return cls.from_records(
            _column(frame, source),
            _column(frame, item),
            _column(frame, value),
            groups=groups,
            numeric=numeric,
        )


def _column(frame: Any, name: str) -> Any:
    """Return one column of a data frame, a mapping of columns or a sequence of records."""
    if isinstance(frame, Mapping) or hasattr(frame, "columns"):
        try:
            col = frame[name]
        except (KeyError, IndexError, TypeError):
            have = list(getattr(frame, "columns", frame))
            raise UnknownNameError("column", name, [str(c) for c in have][:10]) from None
        to_numpy = getattr(col, "to_numpy", None)
        return to_numpy() if callable(to_numpy) else col
    rows = frame if isinstance(frame, Sequence) else list(frame)
    out = []
    for k, row in enumerate(rows):
        try:
            out.append(row[name])
        except (KeyError, IndexError, TypeError):
            raise InvalidClaimError(f"rows[{k}]", row, f"has no {name!r}") from None
    return out


def _lookup(labels: tuple[Hashable, ...], label: Hashable, kind: str) -> int:
    try:
        return labels.index(label)
    except ValueError:
        near = [str(x) for x in labels if str(x).casefold() == str(label).casefold()]
        raise UnknownNameError(kind, str(label), near[:3]) from None


# --------------------------------------------------------------------------------------------
# implication builders


def _item_pairs(table: ClaimTable) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Return all ordered pairs (v, w), v != w, of values of the same item."""
    sizes = np.diff(table.item_start)
    sq = sizes * sizes
    total = int(sq.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    item_of_pair = np.repeat(np.arange(table.n_items), sq)
    pair_start = np.zeros(len(sq) + 1, dtype=np.int64)
    np.cumsum(sq, out=pair_start[1:])
    local = np.arange(total, dtype=np.int64) - pair_start[item_of_pair]
    k = sizes[item_of_pair]
    base = table.item_start[item_of_pair]
    v = base + local // k
    w = base + local % k
    keep = v != w
    return v[keep], w[keep]


def _csr(table: ClaimTable, rows: ArrayLike, cols: ArrayLike, data: ArrayLike) -> Any:
    n_v = table.n_values
    mat = sp.csr_array((np.asarray(data, float), (rows, cols)), shape=(n_v, n_v))
    mat.sum_duplicates()
    mat.eliminate_zeros()
    mat.sort_indices()
    return mat


def implication_from_intervals(table: ClaimTable, *, down: float = 0.5) -> Any:
    """Build the implication between numeric values from their ``[value_low, value_high]``.

    For values ``v`` and ``w`` of the same item with intervals ``I_v`` and ``I_w``:

    - ``I_v`` inside ``I_w`` (``"85"`` inside ``"over 80"``): ``imp[v, w] = 1``; whatever makes
      ``v`` true makes ``w`` true.
    - ``I_w`` strictly inside ``I_v``: ``imp[v, w] = down``; ``"over 80"`` supports ``"85"``, but
      only partly, since ``"over 80"`` is also true of 90.
    - partial overlap: ``imp[v, w] = down * |I_v & I_w| / |I_v|`` (``down`` when ``I_v`` has no
      finite width).
    - disjoint: 0 (the values compete as different values of one item).

    Parameters
    ----------
    table : ClaimTable
    down : float, optional
        Support of a wider value for a narrower one it contains, in [0, 1]. Default 0.5.

    Returns
    -------
    scipy.sparse.csr_array
        ``n_values x n_values``, block-diagonal by item, zero diagonal.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable, implication_from_intervals
    >>> t = ClaimTable.from_records(
    ...     ["a", "b"], ["toll", "toll"], ["85", "over 80"],
    ...     numeric=lambda s: (85.0, 85.0, 85.0) if s == "85" else (80.0, 100.0, float("inf")),
    ... )
    >>> implication_from_intervals(t).toarray().tolist()
    [[0.0, 1.0], [0.5, 0.0]]
    """
    _check_unit("down", down)
    if table.value_low is None or table.value_high is None:
        return _csr(table, [], [], [])
    v, w = _item_pairs(table)
    lo, hi = table.value_low, table.value_high
    ok = np.isfinite(lo[v]) & ~np.isnan(hi[v]) & np.isfinite(lo[w]) & ~np.isnan(hi[w])
    v, w = v[ok], w[ok]
    lv, hv, lw, hw = lo[v], hi[v], lo[w], hi[w]
    inside = (lv >= lw) & (hv <= hw)
    contains = (lw >= lv) & (hw <= hv) & ~inside
    overlap = np.minimum(hv, hw) - np.maximum(lv, lw)
    width = hv - lv
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(np.isfinite(width) & (width > 0), overlap / width, 1.0)
    partial = ~inside & ~contains & (overlap > 0)
    data = np.where(inside, 1.0, np.where(contains, down, np.where(partial, down * frac, 0.0)))
    return _csr(table, v, w, np.clip(data, 0.0, 1.0))


def implication_from_hierarchy(
    table: ClaimTable,
    parents: Mapping[Hashable, Hashable] | Callable[[Hashable], Collection[Hashable]],
    *,
    down: float = 0.5,
) -> Any:
    """Build the implication between values linked by a hierarchy (``"Kayes"`` in ``"Mali"``).

    A value entails each of its ancestors (``imp[child, ancestor] = 1``: born in Kayes means born
    in Mali) and an ancestor supports its descendants partly (``imp[ancestor, child] = down``).

    Parameters
    ----------
    table : ClaimTable
    parents : mapping or callable
        Either ``{child label: parent label}`` (followed up to the root), or a function returning
        the collection of all ancestor labels of a value label (for ambiguous names that have
        several possible parents, return the union).
    down : float, optional
        Support of an ancestor for a descendant, in [0, 1]. Default 0.5.

    Returns
    -------
    scipy.sparse.csr_array

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable, implication_from_hierarchy
    >>> t = ClaimTable.from_records(["a", "b", "c"], ["x"] * 3, ["Kayes", "Mali", "Gao"])
    >>> imp = implication_from_hierarchy(t, {"Kayes": "Mali", "Gao": "Mali"})
    >>> t.values, imp.toarray().tolist()
    (('Gao', 'Kayes', 'Mali'), [[0.0, 0.0, 1.0], [0.0, 0.0, 1.0], [0.5, 0.5, 0.0]])
    """
    _check_unit("down", down)
    if callable(parents):
        ancestors_of: Callable[[Hashable], Collection[Hashable]] = parents
    else:
        chain: dict[Hashable, frozenset[Hashable]] = {}

        def ancestors_of(label: Hashable) -> Collection[Hashable]:
            if label not in chain:
                seen: list[Hashable] = []
                node = parents.get(label)
                while node is not None and node not in seen and node != label:
                    seen.append(node)
                    node = parents.get(node)
                chain[label] = frozenset(seen)
            return chain[label]

    anc = [frozenset(ancestors_of(lab)) for lab in table.values]
    v, w = _item_pairs(table)
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for a, b in zip(v.tolist(), w.tolist(), strict=True):
        if table.values[b] in anc[a]:
            rows += [a, b]
            cols += [b, a]
            data += [1.0, down]
    mat = _csr(table, rows, cols, data)
    mat.data = np.minimum(mat.data, 1.0)  # two-way links (cycles) stay within [-1, 1]
    return mat


def implication_from_similarity(
    table: ClaimTable,
    similarity: Callable[[Hashable, Hashable], float],
    *,
    base: float = 0.0,
) -> Any:
    """Build TruthFinder's implication ``imp[v, w] = similarity(v, w) - base`` within items.

    Parameters
    ----------
    table : ClaimTable
    similarity : callable
        ``similarity(label_v, label_w)`` in [0, 1]; need not be symmetric.
    base : float, optional
        TruthFinder's ``base_sim``: similarities below it become negative (the values oppose
        each other). Default 0.

    Returns
    -------
    scipy.sparse.csr_array
        Entries clipped to [-1, 1]; zero diagonal.

    References
    ----------
    .. [1] X. Yin, J. Han, P. S. Yu, "Truth discovery with multiple conflicting information
       providers on the web", KDD 2007; IEEE TKDE 20(6), 2008.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable, implication_from_similarity
    >>> t = ClaimTable.from_records(["a", "b", "c"], ["t"] * 3, [100, 102, 300])
    >>> sim = lambda a, b: max(0.0, 1 - abs(a - b) / 10)
    >>> implication_from_similarity(t, sim).toarray().round(2).tolist()
    [[0.0, 0.8, 0.0], [0.8, 0.0, 0.0], [0.0, 0.0, 0.0]]
    """
    v, w = _item_pairs(table)
    labels = table.values
    pairs = zip(v.tolist(), w.tolist(), strict=True)
    data = np.array([similarity(labels[a], labels[b]) - base for a, b in pairs], dtype=np.float64)
    return _csr(table, v, w, np.clip(data, -1.0, 1.0))


def implication_from_exclusions(
    table: ClaimTable,
    pairs: Iterable[tuple[Hashable, Hashable]],
    *,
    weight: float = 1.0,
) -> Any:
    """Build negative implications between value labels that exclude each other.

    Every pair ``(a, b)`` makes ``imp[a, b] = imp[b, a] = -weight`` in every item holding both
    (``"repelled"`` opposes ``"captured"``).

    Parameters
    ----------
    table : ClaimTable
    pairs : iterable of (label, label)
    weight : float, optional
        Strength of the opposition, in [0, 1]. Default 1.

    Returns
    -------
    scipy.sparse.csr_array

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable, implication_from_exclusions
    >>> t = ClaimTable.from_records(["a", "b"], ["x", "x"], ["captured", "repelled"])
    >>> implication_from_exclusions(t, [("repelled", "captured")], weight=0.5).toarray().tolist()
    [[0.0, -0.5], [-0.5, 0.0]]
    """
    _check_unit("weight", weight)
    excl: set[tuple[Hashable, Hashable]] = set()
    for a, b in pairs:
        excl.add((a, b))
        excl.add((b, a))
    v, w = _item_pairs(table)
    labels = table.values
    hit = [
        (a, b)
        for a, b in zip(v.tolist(), w.tolist(), strict=True)
        if (labels[a], labels[b]) in excl
    ]
    rows = [a for a, _ in hit]
    cols = [b for _, b in hit]
    return _csr(table, rows, cols, [-weight] * len(hit))


def _check_unit(field: str, x: float) -> None:
    if not 0.0 <= x <= 1.0:
        raise InvalidClaimError(field, x, "not in [0, 1]")


# --------------------------------------------------------------------------------------------
# outliers


def flag_outliers(
    table: ClaimTable,
    *,
    factor: float = 5.0,
    min_orders: float = 2.0,
    min_claims: int = 3,
) -> BoolArray:
    """Flag numeric values that are orders of magnitude off the other values of their item.

    Each numeric value ``x`` is placed on a log scale, ``y = sign(x) * log10(1 + |x|)``. Per item,
    the evidence-weighted median ``m`` and median absolute deviation ``MAD`` of ``y`` over the
    item's claims give a robust centre and spread; a value is flagged when
    ``|y - m| > max(factor * 1.4826 * MAD, min_orders)``. The ``min_orders`` floor keeps
    ordinary disagreement (80 against 120, or 8 against 80: a tenfold dispute over a death toll is
    news, not noise) from being flagged when most sources agree closely (small ``MAD``).

    Parameters
    ----------
    table : ClaimTable
        Uses ``value_best``; values without a finite one are never flagged.
    factor : float, optional
        Multiple of the normal-consistent MAD beyond which a value is an outlier. Default 5.
    min_orders : float, optional
        Minimum deviation, in orders of magnitude, to flag. Default 2 (a hundredfold).
    min_claims : int, optional
        Items with fewer numeric claims are never flagged (with two claims one cannot tell
        which is off). Default 3.

    Returns
    -------
    numpy.ndarray of bool
        One flag per value code; pass it as ``exclude_values=`` to an estimator.

    Examples
    --------
    >>> from claimrec.reconciliation._table import ClaimTable, flag_outliers
    >>> t = ClaimTable.from_records(
    ...     ["a", "b", "c", "d"], ["displaced"] * 4, [56_000, 55_000, 58_000, 235_000_000_000]
    ... )
    >>> [t.values[v] for v in flag_outliers(t).nonzero()[0]]
    [235000000000]
    """
    if not factor >= 0:
        raise InvalidClaimError("factor", factor, "must be non-negative")
    if not min_orders >= 0:
        raise InvalidClaimError("min_orders", min_orders, "must be non-negative")
    n_v = table.n_values
    flags = np.zeros(n_v, dtype=bool)
    if table.value_best is None or table.n_claims == 0:
        return flags
    best = table.value_best
    y_val = np.sign(best) * np.log10(1.0 + np.abs(best))
    y = y_val[table.claim_value]
    ok = np.isfinite(y)
    if not ok.any():
        return flags
    item = table.claim_item
    counts = np.bincount(item[ok], minlength=table.n_items)
    w = np.where(ok, table.claim_weight, 0.0)
    centre = weighted_median(item, np.where(ok, y, np.nan), w, table.n_items)
    dev = np.abs(y - centre[item])
    mad = weighted_median(item, np.where(ok, dev, np.nan), w, table.n_items)
    limit = np.maximum(factor * 1.4826 * mad, min_orders)
    vi = table.value_item
    val_dev = np.abs(y_val - centre[vi])
    flags = np.isfinite(val_dev) & (val_dev > limit[vi]) & (counts[vi] >= min_claims)
    return np.asarray(flags, dtype=bool)
