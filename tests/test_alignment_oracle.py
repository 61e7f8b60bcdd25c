"""Oracle tests: blocked, vectorised alignment equals a naive all-pairs reference.

The reference scores every pair with :func:`compare` (with all claims as context, as
:func:`align` reads place names) and groups by textbook greedy complete linkage: merge the
two groups with the highest lowest-pair score, ties to the groups whose first ids come
first, while every pair across them is aligned. Whatever blocking skips or vectorised
scoring and round-based grouping compute must agree with it.
"""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.alignment import _group, align, compare
from claimrec.model import Claim, Report

# Pools that hit every branch: synonyms, exclusive and unknown subjects, one family's
# exclusive predicates, unknown predicates, coarse/fine/ambiguous/misspelled/unknown
# places, vague and missing times, actor aliases, event labels, reports for context.
SUBJECTS = ("militants", "fighters", "soldiers", "people", "attacks", "military camp", "enemy")
PREDICATES = ("killed", "neutralised", "repelled", "captured", "attacked", "heard", "herd")
PLACES = (
    "Kayes",
    "Diboli",
    "Binoli",
    "Sandere",
    "western Mali",
    "Kayes region",
    "Timbuktu",
    "Nioro",
    "Gao",
    "Kobeladougou",
    "Kobeladugu",
    None,
)
TIMES = (
    "2025-07-01",
    "2025-07-01 morning",
    "2025-07-01 night",
    "2025-07-02",
    "2025-07-03",
    "2025-07-05",
    "July 2025",
    None,
)
ACTORS = ("JNIM", "GSIM", "FAMa", "Mali's army", "DIRPA", "fighters", None)
EVENTS = ("1 July attacks", "attacks of 1 July", "Timbuktu attack", None)
REPORTS = (Report(outlet="ORTM", id="r1"), Report(outlet="Wire", id="r2"), None)


@st.composite
def claim_sets(draw: st.DrawFn, max_size: int = 25) -> list[Claim]:
    n = draw(st.integers(0, max_size))
    out = []
    for k in range(n):
        out.append(
            Claim(
                id=f"c{draw(st.integers(0, 999)):03d}-{k}",
                source=draw(st.sampled_from(("FAMa", "JNIM", "Outlet"))),
                subject=draw(st.sampled_from(SUBJECTS)),
                predicate=draw(st.sampled_from(PREDICATES)),
                place=draw(st.sampled_from(PLACES)),
                when=draw(st.sampled_from(TIMES)),
                actor=draw(st.sampled_from(ACTORS)),
                event=draw(st.sampled_from(EVENTS)),
                via=draw(st.sampled_from(REPORTS)),
            )
        )
    return out


def naive_complete_linkage(ids: list[str], edges: dict[tuple[int, int], float]) -> list[list[str]]:
    """Textbook greedy complete linkage over aligned pairs (i, j) -> score."""
    score = {**edges, **{(j, i): s for (i, j), s in edges.items()}}
    clusters = [[i] for i in range(len(ids))]
    while True:
        best = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                cross = [score.get((p, q)) for p in clusters[x] for q in clusters[y]]
                if any(s is None for s in cross):
                    continue
                firsts = sorted(
                    (min(ids[p] for p in clusters[x]), min(ids[q] for q in clusters[y]))
                )
                key = (-min(cross), *firsts)  # type: ignore[type-var]
                if best is None or key < best[0]:
                    best = (key, x, y)
        if best is None:
            return sorted(sorted(ids[i] for i in c) for c in clusters)
        _, x, y = best
        clusters[x] += clusters.pop(y)


def naive_align(claims: list[Claim]) -> tuple[list[list[str]], dict[tuple[str, str], float]]:
    ids = [c.id for c in claims]
    edges: dict[tuple[int, int], float] = {}
    scores: dict[tuple[str, str], float] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            pair = compare(claims[i], claims[j], context=claims)
            if pair.aligned:
                edges[(i, j)] = pair.score
                scores[(pair.a, pair.b)] = pair.score
    return naive_complete_linkage(ids, edges), scores


@settings(max_examples=40, deadline=None)
@given(claims=claim_sets())
def test_blocked_alignment_equals_the_all_pairs_reference(claims):
    """Same groups and same aligned pairs (with scores) as comparing every pair."""
    alignment = align(claims)
    groups, scores = naive_align(claims)
    assert sorted(sorted(g.ids) for g in alignment.groups) == groups
    assert {(p.a, p.b): p.score for p in alignment.pairs} == scores
    for group in alignment.groups:
        assert len(group.pairs) == len(group) * (len(group) - 1) // 2
        assert all(p.aligned for p in group.pairs)


@settings(max_examples=40, deadline=None)
@given(
    claims=claim_sets(max_size=12),
    window=st.sampled_from([0, 0.5, 1, 3]),
    threshold=st.sampled_from([0.4, 0.6, 0.8]),
)
def test_options_are_honoured_alike(claims, window, threshold):
    """Window and threshold change blocked and naive results the same way."""
    alignment = align(claims, time_window=window, threshold=threshold)
    aligned = {
        (c.id, d.id)
        for k, c in enumerate(claims)
        for d in claims[k + 1 :]
        if compare(c, d, context=claims, time_window=window, threshold=threshold).aligned
    }
    got = {tuple(sorted((p.a, p.b))) for p in alignment.pairs}
    assert got == {tuple(sorted(pair)) for pair in aligned}


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 11),
    seed=st.integers(0, 2**32 - 1),
    density=st.floats(0.1, 0.9),
)
def test_round_based_grouping_equals_greedy_complete_linkage(n, seed, density):
    """Merging mutual best pairs in rounds gives greedy complete linkage, ties included."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    order = list(range(n))
    rng.shuffle(order)
    rank = np.array(order, dtype=np.int32)
    ids = [f"{r:03d}" for r in order]  # rank order is id order
    edges = {
        (i, j): rng.choice([0.6, 0.7, 0.7, 0.8, 0.9])
        for i in range(n)
        for j in range(i + 1, n)
        if rng.random() < density
    }
    a = np.array([i for i, _ in edges], dtype=np.int64)
    b = np.array([j for _, j in edges], dtype=np.int64)
    s = np.array(list(edges.values()), dtype=np.float64)
    labels = _group(n, rank, a, b, s)
    got: dict[int, list[str]] = {}
    for i, label in enumerate(labels.tolist()):
        got.setdefault(label, []).append(ids[i])
    assert sorted(sorted(g) for g in got.values()) == naive_complete_linkage(ids, edges)
