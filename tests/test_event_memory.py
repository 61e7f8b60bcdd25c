"""The events computation's working state (issue 12, fourteenth round).

The events (``graph/_incidents.py``) are computed on first use, for the report by
``disputes()``, on top of the whole graph: their working state set the 1M path's peak. It
is now smaller (no Python int per link in the last components, the records as a list, each
pass's state dropped when the pass is done); the answers are the same. The oracles below are
the plain union-find and the plain dict the array paths and the list replaced; the last test
bounds the memory the computation allocates (about 1,070 bytes a claim on ``main``, about 580
now, at 1,500 synthetic claims).
"""

from __future__ import annotations

import tracemalloc
from array import array
from collections import defaultdict

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.graph._incidents import _article, _Articles, _distinct, _Records, _roots
from claimrec.model import Report

_LINKS = st.integers(min_value=1, max_value=30).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(
            st.tuples(
                st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(["a", "b", "c"])
            ),
            max_size=40,
        ),
    )
)


def _plain(n: int, links: list[tuple[int, int, str]]) -> tuple[list[int], dict[int, set[str]]]:
    """Each index's least linked index, and each component's reasons: one link at a time."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for x, y, _ in links:
        a, b = find(x), find(y)
        parent[max(a, b)] = min(a, b)
    roots = [find(k) for k in range(n)]
    why: dict[int, set[str]] = defaultdict(set)
    for x, _, reason in links:
        why[roots[x]].add(reason)
    return roots, why


@given(case=_LINKS)
def test_the_components_over_arrays_are_the_union_find(case):
    """Links given as numpy arrays or machine-integer arrays (no Python int per link)."""
    n, links = case
    roots, why = _plain(n, links)
    names = sorted({r for _, _, r in links})
    for kind in (np.asarray, lambda v: array("i", v)):
        xs = kind([x for x, _, _ in links])
        ys = kind([y for _, y, _ in links])
        codes = kind([names.index(r) for _, _, r in links])
        found = _roots(n, xs, ys)
        assert list(found) == roots
        reasons: dict[int, set[str]] = defaultdict(set)
        for root, code in _distinct(found, xs, codes):
            reasons[root].add(names[code])
        assert reasons == why


@given(st.lists(st.booleans(), max_size=30))
def test_the_records_are_the_dict_they_replace(member):
    values = [f"r{k}" if m else None for k, m in enumerate(member)]
    members = [k for k, m in enumerate(member) if m]
    plain = {k: values[k] for k in members}
    records = _Records(values, members)  # type: ignore[arg-type]
    assert list(records) == list(plain)
    assert dict(records.items()) == plain
    assert len(records) == len(plain)
    for k in (*range(-1, len(member) + 1),):
        assert records.get(k) == plain.get(k)
        assert (k in records) == (k in plain)


def test_an_article_is_named_once_and_as_before():
    name = _Articles()
    reports = [
        Report(outlet="AFP", url="https://example.org/a"),
        Report(outlet="Reuters", url="https://example.org/a"),
        Report(outlet="AFP", id="r-1"),
        Report(outlet="AFP", id="https://example.org/a"),  # an id that reads as an address
    ]
    got = [name(r) for r in reports]
    assert got == [_article(r) for r in reports]
    assert got[0] is got[1]
    assert got[2] != got[3] != got[0]


def test_the_events_working_state_is_small():
    """The memory the events computation allocates, per claim, on synthetic claims."""
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415 - the benchmark's

    world = build_world(seed=0)
    claims = generate(1500, seed=0, world=world).claims
    vocabulary = world.vocabulary
    graph = cr.claim_graph(cr.align(claims, vocabulary=vocabulary), vocabulary=vocabulary)
    graph._aggregate_map()  # computed by the graph already; not the events' own
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        events, of = graph._compute_events()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(of) == len(claims)
    assert events
    assert (peak - before) / len(claims) < 800  # bytes a claim: about 1,070 on main
