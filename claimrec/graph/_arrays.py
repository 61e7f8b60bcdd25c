"""The claim graph's relationships kept as arrays; a :class:`Relationship` built when read.

A million claims make about four million related pairs. Held as a dict of
:class:`~claimrec.relation.Relationship` objects (each with its key tuple, its floats, its
tuple of :class:`~claimrec.relation.Reason` objects and their detail strings) they were
most of the graph's memory, and most of them are never read: reconciling and reporting
only ask which pairs contradict, which are disputed, which are echoes. Here each pair is a
row of flat arrays (the two claims' positions, the kind's code, the strength, the ratio,
the disputed flag) and a reference to its tuple of reasons; equal reasons and equal tuples
of reasons (the same figures, the same places, over many pairs) are kept once, with a
bitmask of the reason kinds each tuple holds, so that the queries that need the kinds and
flags (disputes, corroborations, echoes, reconcile's items) read the arrays, and a
:class:`Relationship` is built only when one is read (:meth:`ClaimGraph.relationship`,
:attr:`ClaimGraph.relationships`, a dispute's relationships, the networkx view, exports).

Private to the graph package.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from claimrec.relation import Reason, ReasonKind, Relation, Relationship
from claimrec.relation._kinds import _judged

__all__ = ["Relations", "RelationsBuilder", "reason_mask"]

#: The kinds, by code (the code of a kind is its place in the enum).
KINDS: tuple[Relation, ...] = tuple(Relation)
CODE = {kind: k for k, kind in enumerate(KINDS)}
_CODE_BY_ID = {id(kind): k for k, kind in enumerate(KINDS)}  # a member is one object
#: The converse kind's code, by code.
CONVERSE = np.array([CODE[kind.converse] for kind in KINDS], dtype=np.int8)
#: Each reason kind's bit in a tuple's mask.
BIT = {kind: 1 << k for k, kind in enumerate(ReasonKind)}


def reason_mask(reasons: Sequence[Reason]) -> int:
    """Return the bitmask of the reason kinds in ``reasons`` (one bit per :class:`ReasonKind`)."""
    mask = 0
    for reason in reasons:
        mask |= BIT[reason.kind]
    return mask


def _relationship(  # noqa: PLR0917 - private
    a: str,
    b: str,
    kind: Relation,
    strength: float,
    reasons: tuple[Reason, ...],
    ratio: float,
    disputed: bool,
) -> Relationship:
    """Build a Relationship from values it was checked with when the judge made it."""
    return _judged(a, b, kind, strength, reasons, None if math.isnan(ratio) else ratio, disputed)


class RelationsBuilder:
    """Collect the graph's relationships row by row, as :func:`claim_graph` stores them.

    ``add`` keeps a relationship's values and drops the object; ``done`` returns the
    :class:`Relations`. A pair stored twice keeps its first place and its last value,
    as a dict would.
    """

    __slots__ = (
        "_a",
        "_b",
        "_bulk",
        "_disputed",
        "_extra",
        "_ids",
        "_kind",
        "_next",
        "_position",
        "_ratio",
        "_reasons",
        "_seq",
        "_strength",
        "_tuples",
        "_why",
    )

    def __init__(self, ids: Sequence[str], position: Mapping[str, int]) -> None:
        self._ids = list(ids)
        self._position = position
        self._a = array("i")
        self._b = array("i")
        self._kind = array("b")
        self._strength = array("d")
        self._ratio = array("d")
        self._disputed = array("b")
        self._why = array("i")
        self._tuples: dict[tuple[Reason, ...], int] = {}  # each distinct tuple once
        self._seq = array("q")  # each row's place in the order
        self._next = 0
        self._reasons: dict[Reason, Reason] = {}  # each distinct reason once
        self._bulk: np.ndarray | None = None  # sorted unordered keys, once frozen
        self._extra: set[int] = set()  # unordered keys added after that

    def reserve(self) -> int:
        """Return a place in the order for a relationship that will be added later."""
        self._next += 1
        return self._next - 1

    def add(self, rel: Relationship, seq: int | None = None) -> None:
        """Store one relationship (as the graph keeps it: its direction, its values).

        ``seq`` is a place :meth:`reserve` gave earlier; by default the next place.
        """
        if seq is None:
            seq = self._next
            self._next += 1
        self._seq.append(seq)
        position = self._position
        i, j = position[rel.a], position[rel.b]
        self._a.append(i)
        self._b.append(j)
        self._kind.append(_CODE_BY_ID[id(rel.kind)])  # by identity: no hash of the enum
        self._strength.append(rel.strength)
        ratio = rel.magnitude_ratio
        self._ratio.append(math.nan if ratio is None else ratio)
        self._disputed.append(rel.disputed)
        why = self._tuples.get(rel.reasons)
        if why is None:  # a new tuple: its reasons shared with the tuples before it
            intern = self._reasons.setdefault
            shared = tuple(map(intern, rel.reasons, rel.reasons))  # setdefault(r, r) each
            why = self._tuples[shared] = len(self._tuples)
        self._why.append(why)
        if self._bulk is not None:
            self._extra.add(self._pair_key(i, j))

    def _pair_key(self, i: int, j: int) -> int:
        return min(i, j) * len(self._ids) + max(i, j)

    def freeze(self) -> None:
        """Index the pairs stored so far for :meth:`has` (call once, after the bulk)."""
        a = np.frombuffer(self._a, dtype=np.int32).astype(np.int64)
        b = np.frombuffer(self._b, dtype=np.int32).astype(np.int64)
        self._bulk = np.sort(np.minimum(a, b) * len(self._ids) + np.maximum(a, b))

    def has(self, first: str, second: str) -> bool:
        """Whether the pair is stored, in either direction (after :meth:`freeze`)."""
        assert self._bulk is not None
        key = self._pair_key(self._position[first], self._position[second])
        if key in self._extra:
            return True
        k = int(np.searchsorted(self._bulk, key))
        return k < len(self._bulk) and int(self._bulk[k]) == key

    def done(self) -> Relations:
        """Return the relationships stored, as arrays."""
        a = np.array(self._a, dtype=np.int32)
        b = np.array(self._b, dtype=np.int32)
        rows: tuple[np.ndarray, ...] = (
            a, b, np.array(self._kind, dtype=np.int8), np.array(self._strength),
            np.array(self._ratio), np.array(self._disputed, dtype=np.bool_),
            np.array(self._why, dtype=np.int32),
        )  # fmt: skip
        seq = np.array(self._seq, dtype=np.int64)
        if len(seq) > 1 and (np.diff(seq) < 0).any():  # rows added out of their order
            order = np.argsort(seq, kind="stable")
            rows = tuple(column[order] for column in rows)
        a, b, kind, strength, ratio, disputed, why = _dict_order(rows, len(self._ids))
        return Relations(self._ids, a, b, kind, strength, ratio, disputed, why, list(self._tuples))


def _dict_order(rows: tuple[np.ndarray, ...], n: int) -> tuple[np.ndarray, ...]:
    """Keep each ordered pair once: its first row's place, its last row's values."""
    a, b = rows[0], rows[1]
    if len(a) < 2:
        return rows
    key = a.astype(np.int64) * n + b
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    repeated = sorted_key[1:] == sorted_key[:-1]
    if not repeated.any():
        return rows
    starts = np.flatnonzero(np.r_[True, ~repeated])  # first row of each key, sorted
    ends = np.r_[starts[1:], len(order)] - 1  # last row of each key
    first, last = order[starts], order[ends]
    place = np.argsort(first, kind="stable")  # keys in the order of their first row
    chosen = last[place]
    out = [column[chosen] for column in rows]
    out[0], out[1] = a[first[place]], b[first[place]]
    return tuple(out)


class Relations(Mapping[tuple[str, str], Relationship]):
    """The stored relationships: (a id, b id) -> Relationship, built when read.

    Iterates in the order the relationships were stored. The arrays (``a``, ``b``: claim
    positions; ``kind``: codes into :data:`KINDS`; ``disputed``; ``mask``: each row's
    reason kinds) are for the graph's queries.
    """

    __slots__ = (
        "_index",
        "_keys",
        "_order",
        "_ratio",
        "_strength",
        "_tuples",
        "_why",
        "a",
        "b",
        "disputed",
        "ids",
        "kind",
        "mask",
        "positions",
    )

    def __init__(  # noqa: PLR0917 - private
        self,
        ids: Sequence[str],
        a: np.ndarray,
        b: np.ndarray,
        kind: np.ndarray,
        strength: np.ndarray,
        ratio: np.ndarray,
        disputed: np.ndarray,
        why: np.ndarray,
        tuples: list[tuple[Reason, ...]],
    ) -> None:
        self.ids = list(ids)
        self.a, self.b, self.kind, self.disputed = a, b, kind, disputed
        self._strength, self._ratio, self._why, self._tuples = strength, ratio, why, tuples
        masks = np.array([reason_mask(t) for t in tuples], dtype=np.int32)
        self.mask = masks[why] if len(why) else np.zeros(0, dtype=np.int32)
        self.positions: dict[str, int] | None = None
        self._keys: np.ndarray | None = None
        self._order: np.ndarray | None = None

    @classmethod
    def from_mapping(
        cls, relationships: Mapping[tuple[str, str], Relationship], ids: Sequence[str]
    ) -> Relations:
        """Store relationships given as a mapping (their order kept)."""
        position = {x: k for k, x in enumerate(ids)}
        builder = RelationsBuilder(ids, position)
        for rel in relationships.values():
            builder.add(rel)
        out = builder.done()
        out.positions = position
        return out

    # ------------------------------------------------------------ rows

    def __len__(self) -> int:
        return len(self.a)

    def row(self, k: int) -> Relationship:
        """Build the relationship of row ``k``."""
        return _relationship(
            self.ids[self.a[k]],
            self.ids[self.b[k]],
            KINDS[self.kind[k]],
            float(self._strength[k]),
            self._tuples[self._why[k]],
            float(self._ratio[k]),
            bool(self.disputed[k]),
        )

    def rows(self, which: Sequence[int] | np.ndarray | None = None) -> Iterator[Relationship]:
        """Build the relationships of the rows ``which`` (all rows by default), in order."""
        ids, kinds, tuples = self.ids, KINDS, self._tuples
        take = np.arange(len(self.a)) if which is None else np.asarray(which, dtype=np.int64)
        a, b = self.a[take].tolist(), self.b[take].tolist()
        kind, why = self.kind[take].tolist(), self._why[take].tolist()
        strength, ratio = self._strength[take].tolist(), self._ratio[take].tolist()
        disputed = self.disputed[take].tolist()
        for k in range(len(a)):
            yield _relationship(
                ids[a[k]], ids[b[k]], kinds[kind[k]], strength[k], tuples[why[k]],
                ratio[k], disputed[k],
            )  # fmt: skip

    # ------------------------------------------------------------ the mapping

    def positions_of(self) -> dict[str, int]:
        """Claim id -> its position in :attr:`ids`."""
        if self.positions is None:
            self.positions = {x: k for k, x in enumerate(self.ids)}
        return self.positions

    def _find(self, key: object) -> int | None:
        if not (isinstance(key, tuple) and len(key) == 2):
            return None
        position = self.positions_of()
        i, j = position.get(key[0]), position.get(key[1])
        if i is None or j is None:
            return None
        if self._keys is None:
            keys = self.a.astype(np.int64) * len(self.ids) + self.b
            self._order = np.argsort(keys, kind="stable")
            self._keys = keys[self._order]
        assert self._order is not None
        wanted = i * len(self.ids) + j
        k = int(np.searchsorted(self._keys, wanted))
        if k < len(self._keys) and int(self._keys[k]) == wanted:
            return int(self._order[k])
        return None

    def __getitem__(self, key: tuple[str, str]) -> Relationship:
        k = self._find(key)
        if k is None:
            raise KeyError(key)
        return self.row(k)

    def __contains__(self, key: object) -> bool:
        return self._find(key) is not None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        ids = self.ids
        for i, j in zip(self.a.tolist(), self.b.tolist(), strict=True):
            yield ids[i], ids[j]

    def values(self) -> Iterator[Relationship]:  # type: ignore[override]
        """Every relationship, built now, in the stored order."""
        return self.rows()

    def items(self) -> Iterator[tuple[tuple[str, str], Relationship]]:  # type: ignore[override]
        """Every (key, relationship), built now, in the stored order."""
        for rel in self.rows():
            yield (rel.a, rel.b), rel

    # ------------------------------------------------------------ for the queries

    def has_reason(self, kind: ReasonKind) -> np.ndarray:
        """Whether each row has a reason of this kind."""
        found: np.ndarray = (self.mask & BIT[kind]) != 0
        return found

    def codes(self, *kinds: Relation) -> np.ndarray:
        """Whether each row's kind is one of ``kinds``."""
        found: np.ndarray = np.isin(self.kind, np.array([CODE[k] for k in kinds], dtype=np.int8))
        return found

    def sorted_rows(self) -> np.ndarray:
        """Return the rows in the order of their keys (a id, then b id, as strings sort)."""
        if len(self.a) == 0:
            return np.zeros(0, dtype=np.int64)
        rank = np.empty(len(self.ids), dtype=np.int64)
        rank[sorted(range(len(self.ids)), key=self.ids.__getitem__)] = np.arange(len(self.ids))
        order: np.ndarray = np.lexsort((rank[self.b], rank[self.a]))
        return order

    def adjacency(self) -> Adjacency:
        """Each claim's related claims, with the kind as seen from it (see :class:`Adjacency`)."""
        return Adjacency(self)


class Adjacency:
    """Claim -> [(other claim id, relation of claim to other, row)], from the arrays.

    The same lists, in the same order, as appending both ends of each row in the
    stored order; built per claim when asked for.
    """

    __slots__ = ("_kind", "_other", "_row", "_start", "_store")

    def __init__(self, store: Relations) -> None:
        n, m = len(store.ids), len(store.a)
        ends = np.column_stack((store.a, store.b)).ravel()  # a0, b0, a1, b1...
        others = np.column_stack((store.b, store.a)).ravel()
        kinds = np.column_stack((store.kind, CONVERSE[store.kind])).ravel()
        rows = np.repeat(np.arange(m, dtype=np.int64), 2)
        order = np.argsort(ends, kind="stable")
        self._other, self._kind, self._row = others[order], kinds[order], rows[order]
        self._start = np.searchsorted(ends[order], np.arange(n + 1))
        self._store = store

    def of(self, position: int) -> list[tuple[str, Relation, int]]:
        """Return the related claims of the claim at ``position`` (id, kind seen from it, row)."""
        lo, hi = int(self._start[position]), int(self._start[position + 1])
        ids = self._store.ids
        return [
            (ids[o], KINDS[k], r)
            for o, k, r in zip(
                self._other[lo:hi].tolist(),
                self._kind[lo:hi].tolist(),
                self._row[lo:hi].tolist(),
                strict=True,
            )
        ]

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(kind seen from the owner, row, other position, each owner's start), by owner."""
        return self._kind, self._row, self._other, self._start

    def supporters(self, *kinds: Relation) -> Iterator[tuple[int, list[int]]]:
        """(claim position, positions of the claims it stands to as one of ``kinds``).

        Claims in the order of their ids; each list in the adjacency's order.
        """
        wanted = np.isin(self._kind, np.array([CODE[k] for k in kinds], dtype=np.int8))
        owner = np.repeat(np.arange(len(self._start) - 1), np.diff(self._start))
        owner, other = owner[wanted], self._other[wanted]
        if len(owner) == 0:
            return
        ids = self._store.ids
        present = np.unique(owner).tolist()
        present.sort(key=ids.__getitem__)
        cut = np.searchsorted(owner, np.arange(len(self._start)))
        for x in present:
            yield x, other[cut[x] : cut[x + 1]].tolist()
