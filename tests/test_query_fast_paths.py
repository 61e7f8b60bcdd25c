"""The graph's queries on integer lists against the plain walks they replaced (oracles)."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.graph import claim_graph
from claimrec.graph._claimgraph import _SIDE_KINDS
from claimrec.graph._incidents import _distinct, _roots
from claimrec.graph._support import SupportIndex
from tests.test_graph_oracle import feeds


def _plain_walk(graph, core):
    """The walk :meth:`ClaimGraph._sides` made through :meth:`Adjacency.of` before."""
    groups = {graph._groups.get(x, x) for x in core}
    support: dict[str, set[str]] = defaultdict(set)
    members = set(core)
    queue = list(core)
    store = graph._relationships
    position = store.positions_of()
    related = graph._related()
    while queue:
        current = queue.pop()
        for other, kind, row in related.of(position[current]):
            if store.disputed[row] or kind not in _SIDE_KINDS:
                continue
            if graph._groups.get(other, other) not in groups:
                continue
            support[current].add(other)
            support[other].add(current)
            if other not in members:
                members.add(other)
                queue.append(other)
    return members, dict(support)


def _assert_walks_agree(graph) -> int:
    index = SupportIndex(graph._relationships, graph._related(), graph._groups, _SIDE_KINDS)
    store = graph._relationships
    seen = 0
    for a, b in zip(store.a.tolist(), store.b.tolist(), strict=True):
        core = sorted({store.ids[a], store.ids[b]})
        assert index.walk(core) == _plain_walk(graph, core)
        seen += 1
    # one claim alone, and every disputed pair's claims together
    for x in store.ids:
        assert index.walk([x]) == _plain_walk(graph, [x])
    for dispute in graph.disputes():
        core = sorted({x for r in dispute.relationships for x in (r.a, r.b)})
        assert index.walk(core) == _plain_walk(graph, core)
    return seen


@settings(max_examples=40, deadline=None)
@given(claims=feeds())
def test_the_support_walk_equals_the_walk_over_the_adjacency(claims):
    """Same members and supporters from any starting claims, on generated claims."""
    _assert_walks_agree(claim_graph(claims))


def test_the_support_walk_on_the_mali_example():
    graph = claim_graph(cr.datasets.mali_2025())
    assert _assert_walks_agree(graph) > 0
    assert len(graph.disputes()) == 1


def _plain_union_find(n, links):
    """The union-find the events used: the larger root joins the smaller; reasons merge."""
    parent = list(range(n))
    why: dict[int, set[str]] = defaultdict(set)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y, reason in links:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
        why[min(rx, ry)].add(reason)
        why[min(rx, ry)].update(why.pop(max(rx, ry), set()) if rx != ry else ())
    return [find(x) for x in range(n)], {k: v for k, v in why.items() if v}


_LINKS = st.integers(1, 30).flatmap(  # repeated links too: they must count once
    lambda n: st.tuples(
        st.just(n),
        st.lists(
            st.tuples(
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                st.sampled_from(["one place", "aligned items", "one report"]),
            ),
            max_size=40,
        ),
    )
)


@given(case=_LINKS)
def test_components_and_reasons_equal_the_union_find(case):
    n, links = case
    roots, why = _plain_union_find(n, links)
    xs = [x for x, _, _ in links]
    found = _roots(n, xs, [y for _, y, _ in links])
    assert list(found) == roots
    names = sorted({r for _, _, r in links})
    reasons: dict[int, set[str]] = defaultdict(set)
    for root, code in _distinct(found, xs, [names.index(r) for _, _, r in links]):
        reasons[root].add(names[code])
    assert reasons == why
