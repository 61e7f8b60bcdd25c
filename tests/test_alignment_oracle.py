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
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.alignment import _blocking, _bulk, _common, _group, _scoring, _table, align, compare
from claimrec.model import Claim, Report
from claimrec.resolution._resolver import _resolver
from tests.strategies import examples

# Pools that hit every branch: synonyms, exclusive and unknown subjects, one family's
# exclusive predicates, unknown predicates, coarse/fine/ambiguous/misspelled/unknown
# places, vague and missing times, actor aliases, event labels, reports for context.
SUBJECTS = ("militants", "fighters", "soldiers", "people", "attacks", "military camp", "enemy")
PREDICATES = (
    "killed",
    "neutralised",
    "repelled",
    "captured",
    "attacked",
    "shelled",
    "heard",
    "herd",
)
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
    "Кобеладугу",  # keys as "kobeladugu": one key, two scripts
    "كايس",
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
ACTORS = ("JNIM", "GSIM", "FAMa", "Mali's army", "DIRPA", "fighters", "Northern Brigade", None)
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


# each example scores every pair with compare(), each call reading the whole set as context
@settings(max_examples=examples(15), deadline=None)
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


# ---------------------------------------------------------------- the bulk scorer

STATED = ("2025-07-01", "2025-07-02", "2025-06-20", None, None, None)
DATED_REPORTS = (
    Report(outlet="ORTM", id="d1", published="2025-07-02"),
    Report(outlet="Wire", id="d2", url="https://example.org/2025/06/29/news"),
    None,
)


@st.composite
def scored_sets(draw: st.DrawFn, max_size: int = 40) -> list[Claim]:
    """Claims from the same pools, plus statement times and dated reports (time bounds)."""
    claims = draw(claim_sets(max_size=max_size))
    out = []
    for c in claims:
        stated = draw(st.sampled_from(STATED))
        via = draw(st.sampled_from((c.via, *DATED_REPORTS)))
        out.append(
            Claim(
                id=c.id,
                source=c.source,
                subject=c.subject,
                predicate=c.predicate,
                place=c.place,
                when=c.when,
                actor=c.actor,
                event=c.event,
                via=via,
                stated=stated,
            )
        )
    return out


def reference_scores(claims, opts):
    """Every candidate pair scored by the reference, all at once: aligned (a, b, score)."""
    table = _table._Table(claims, _resolver(None))
    blocks = _blocking._block(table, opts.window_s)
    pairs = sorted(
        {
            (min(i, j), max(i, j))
            for pos, partner in _bulk._pair_chunks(blocks, 1 << 18)
            for i, j in zip(
                blocks.order_claim[pos].tolist(), blocks.order_claim[partner].tolist(), strict=True
            )
        }
    )
    if not pairs:
        return table, blocks, [], 0
    first = np.array([i for i, _ in pairs], dtype=np.int64)
    second = np.array([j for _, j in pairs], dtype=np.int64)
    scored = _scoring._score(table, first, second, opts)
    ok = (scored.reject == _common._R_NONE) & (scored.score >= opts.threshold)
    kept = sorted(
        (table.ids[i], table.ids[j], s)
        for i, j, s in zip(
            scored.a[ok].tolist(), scored.b[ok].tolist(), scored.score[ok].tolist(), strict=True
        )
    )
    return table, blocks, kept, int((scored.reject != _common._R_NONE).sum())


def bulk_scores(table, blocks, opts, *, oriented=False):
    a, b, s, rejected = _bulk._score_all(table, blocks, opts, False, oriented=oriented)
    ids = table.ids
    kept = [(ids[i], ids[j], x) for i, j, x in zip(a.tolist(), b.tolist(), s.tolist(), strict=True)]
    return kept, rejected


@settings(max_examples=60, deadline=None)
@given(
    claims=scored_sets(),
    window=st.sampled_from([0, 0.5, 1, 3]),
    threshold=st.sampled_from([0.0, 0.5, 0.6, 0.8]),
    place_weight=st.sampled_from([0.0, 1.0, 2.5]),
    chunk=st.sampled_from([1, 7, 1 << 18]),
)
def test_bulk_scorer_equals_the_reference_bit_for_bit(
    claims, window, threshold, place_weight, chunk
):
    """The distinct-code scorer gives the reference's aligned pairs, scores (==, not
    approximately) and rejection count, in id order, whatever the chunk size, the
    orientation of the pairs and the memo mode."""
    opts = _common._options(threshold, window, {"place": place_weight}, 1)
    table, blocks, expected, rejected = reference_scores(claims, opts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_bulk, "_CHUNK", chunk)
        for oriented in (False, True):
            assert bulk_scores(table, blocks, opts, oriented=oriented) == (expected, rejected)
        a, b, _, _ = _bulk._score_blocks(table, blocks, opts)
        assert all(table.ids[i] < table.ids[j] for i, j in zip(a.tolist(), b.tolist(), strict=True))
        patch.setattr(_bulk, "_MEMO_MAX", 0)  # every group judged batch by batch
        assert bulk_scores(table, blocks, opts) == (expected, rejected)


@settings(max_examples=40, deadline=None)
@given(claims=scored_sets(max_size=30), window=st.sampled_from([0, 1, 3]))
def test_pair_streams_yield_every_candidate_pair_once(claims, window):
    """Claims at home pair with every element after them within reach, visits only with
    the claims at home: the pairs the sweep reaches, visit-visit pairs left out, once."""
    opts = _common._options(0.6, window, None, 1)
    table = _table._Table(claims, _resolver(None))
    blocks = _blocking._block(table, opts.window_s)
    chunks = list(_bulk._pair_chunks(blocks, 5))
    assert all(0 < len(pos) <= 10 for pos, _ in chunks)  # bounded, however many partners
    got = [
        (i, j)
        for pos, partner in chunks
        for i, j in zip(pos.tolist(), partner.tolist(), strict=True)
    ]
    expected = [
        (i, j)
        for i in range(len(blocks.order_claim))
        for j in range(i + 1, i + 1 + int(blocks.counts[i]))
        if not (blocks.visitor[i] and blocks.visitor[j])
    ]
    assert sorted(got) == sorted(expected)
    assert len(got) == blocks.pairs
    claim = blocks.order_claim.tolist()
    assert len({frozenset((claim[i], claim[j])) for i, j in got}) == len(got)
    assert all(claim[i] != claim[j] for i, j in got)


def test_pair_values_judge_each_distinct_pair_once_and_catch_asymmetry():
    """Values are the judge's; each distinct code pair is judged once and remembered; an
    asymmetric judge is caught unless the pairs are oriented."""
    calls = []

    def judge(a, b):
        calls.append(len(a))
        return (a * 10 + b).astype(np.float64)  # asymmetric on purpose

    reps = np.arange(5, dtype=np.int64)
    ka = np.array([0, 1, 1, 4, 0], dtype=np.int32)
    kb = np.array([2, 3, 3, 4, 2], dtype=np.int32)
    oriented = _bulk._PairValues(reps, judge, oriented=True, symmetric=False)
    assert oriented(ka, kb).tolist() == [2.0, 13.0, 13.0, 44.0, 2.0]
    assert oriented(ka, kb).tolist() == [2.0, 13.0, 13.0, 44.0, 2.0]
    assert calls == [3]  # three distinct pairs, one call, then remembered
    checked = _bulk._PairValues(reps, judge, oriented=False, symmetric=False)
    with pytest.raises(_bulk._Asymmetric):
        checked(ka, kb)


def test_an_asymmetric_group_makes_the_bulk_scorer_orient_every_pair(monkeypatch):
    """A feature scoring a pair differently both ways: the bulk scorer starts again with
    every pair oriented by id, and matches the reference (which orients by id)."""
    subjects = ("militants", "terrorists", "jihadists", "fighters")
    claims = [
        Claim(source=s, subject=subjects[k], predicate="killed", place="Kayes",
              when="2025-07-01", id=s)
        for k, s in enumerate("dbca")
    ]  # fmt: skip
    real_what, real_all = _scoring._what, _bulk._score_all

    def lopsided(table, a, b, workers=1):
        subj, pred, *rest = real_what(table, a, b, workers)
        return (subj - 0.01 * (table.subj_text[a] > table.subj_text[b]), pred, *rest)

    monkeypatch.setattr(_bulk, "_what", lopsided)
    monkeypatch.setattr(_scoring, "_what", lopsided)
    monkeypatch.setattr(_bulk, "_symmetric_subjects", lambda table: False)
    seen = []

    def spy(*args, oriented):
        seen.append(oriented)
        return real_all(*args, oriented=oriented)

    monkeypatch.setattr(_bulk, "_score_all", spy)
    opts = _common._options(0.6, 1, None, 1)
    table, blocks, expected, rejected = reference_scores(claims, opts)
    a, b, s, got_rejected = _bulk._score_blocks(table, blocks, opts)
    got = [
        (table.ids[i], table.ids[j], x)
        for i, j, x in zip(a.tolist(), b.tolist(), s.tolist(), strict=True)
    ]
    assert seen == [False, True]
    assert (got, got_rejected) == (expected, rejected)
    assert len({x for _, _, x in got}) > 1  # the lopsided scores did differ
