"""Disjoint sets (union-find) over hashable keys, for the groupings several stages build.

Each set's root is its least key, so the grouping never depends on the order of the
unions: the property every caller (local places, described persons, reconciled items)
needs for order-independent results.

>>> sets = DisjointSets(["c", "a", "b", "d"])
>>> sets.union("c", "b"); sets.union("b", "a")
>>> sets.find("c"), sets.find("d")
('a', 'd')
>>> sets.groups()
[['a', 'b', 'c'], ['d']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Union-find with path halving; a set's root is its least key."""

    __slots__ = ("_parent",)

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self._parent: dict[K, K] = {k: k for k in keys}

    def add(self, key: K) -> None:
        """Add ``key`` as a set of its own, if it is not there yet."""
        self._parent.setdefault(key, key)

    def find(self, key: K) -> K:
        """Return the root of ``key``'s set (``key`` must have been added)."""
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: K, b: K) -> None:
        """Join the sets of ``a`` and ``b``; the lesser root is the joined set's root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = (ra, rb) if _less(ra, rb) else (rb, ra)
            self._parent[high] = low

    def groups(self) -> list[list[K]]:
        """Return every set's keys, sorted, the sets in the order of their roots."""
        members: dict[K, list[K]] = {}
        for key in self._parent:
            members.setdefault(self.find(key), []).append(key)
        return [sorted(g) for _, g in sorted(members.items())]  # type: ignore[type-var]


def _less(a: Any, b: Any) -> bool:
    return bool(a < b)
