"""Disjoint sets: the grouping depends on the unions, never on their order (an oracle test)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from claimrec._disjoint import DisjointSets


def components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    """The oracle: connected components by a plain search."""
    neighbours: dict[int, set[int]] = {k: set() for k in range(n)}
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    seen: set[int] = set()
    out = []
    for start in range(n):
        if start in seen:
            continue
        stack, group = [start], []
        seen.add(start)
        while stack:
            k = stack.pop()
            group.append(k)
            for m in neighbours[k] - seen:
                seen.add(m)
                stack.append(m)
        out.append(sorted(group))
    return sorted(out)


@given(
    n=st.integers(1, 30),
    edges=st.lists(st.tuples(st.integers(0, 29), st.integers(0, 29)), max_size=40),
    seed=st.integers(0, 99),
)
def test_groups_are_the_components_whatever_the_order(n, edges, seed):
    edges = [(a % n, b % n) for a, b in edges]
    sets = DisjointSets(range(n))
    shuffled = edges[:]
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test data
    for a, b in shuffled:
        sets.union(a, b)
    assert sets.groups() == components(n, edges)
    for group in sets.groups():
        assert {sets.find(k) for k in group} == {group[0]}  # the root is the least key
