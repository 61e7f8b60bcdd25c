"""Groups without chaining: complete linkage inside connected components."""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from claimrec.alignment._common import F64, I32, I64


def _group(n: int, rank: I32, a: I64, b: I64, score: F64) -> I64:
    """Label each claim with its group: complete linkage inside each connected component.

    Greedy complete linkage merges, again and again, the two groups with the highest
    linkage (the lowest score between them), ties going to the groups whose first ids
    come first, as long as every pair across the two is aligned. Components that are
    cliques are one group. Elsewhere, pairs of groups that are each other's best merge
    are merged together, round after round: complete linkage is *reducible* (a merge
    never brings a third group closer), so this gives the greedy result while every
    round is a few vectorised sorts over the group pairs that can still merge.
    """
    if not len(a):
        return _renumber(np.arange(n, dtype=np.int64), rank)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    n_comp, comp = connected_components(graph, directed=False)
    sizes = np.bincount(comp, minlength=n_comp)
    edges = np.bincount(comp[a], minlength=n_comp)
    split = edges != sizes * (sizes - 1) // 2
    labels = comp.astype(np.int64)
    if not split.any():
        return _renumber(labels, rank)
    # Work on id ranks: a group is named by its first member, the tie-break order.
    keep = split[comp[a]]
    u, v = rank[a[keep]].astype(np.int64), rank[b[keep]].astype(np.int64)
    u, v = np.minimum(u, v), np.maximum(u, v)
    s = score[keep].astype(np.float64)
    parent = np.arange(n, dtype=np.int64)
    mapping = np.arange(n, dtype=np.int64)
    parts = np.ones(n, dtype=np.int64)
    best_score = np.full(n, -np.inf)
    best_partner = np.full(n, n, dtype=np.int64)
    while len(u):
        # each group's best partner: highest linkage, then first id
        np.maximum.at(best_score, u, s)
        np.maximum.at(best_score, v, s)
        top_u, top_v = s == best_score[u], s == best_score[v]
        np.minimum.at(best_partner, u[top_u], v[top_u])
        np.minimum.at(best_partner, v[top_v], u[top_v])
        mutual = (best_partner[u] == v) & (best_partner[v] == u)
        roots, merged = u[mutual], v[mutual]
        best_score[u], best_score[v] = -np.inf, -np.inf
        best_partner[u], best_partner[v] = n, n
        parent[merged] = roots
        mapping[merged] = roots
        # group pairs after the merges: a pair touching a merged group survives only
        # if every pair of parts did (a pair that is not complete never will be)
        u, v = mapping[u], mapping[v]
        alive = u != v
        lo, hi, s = np.minimum(u[alive], v[alive]), np.maximum(u[alive], v[alive]), s[alive]
        parts[roots] = 2
        touched = (parts[lo] > 1) | (parts[hi] > 1)
        key = lo[touched] * n + hi[touched]
        order = np.argsort(key, kind="stable")
        key, t_lo, t_hi, t_s = key[order], lo[touched][order], hi[touched][order], s[touched][order]
        first = np.ones(len(key), dtype=np.bool_)
        first[1:] = key[1:] != key[:-1]
        at = np.flatnonzero(first)
        count = np.diff(np.append(at, len(key)))
        low = np.minimum.reduceat(t_s, at) if len(at) else t_s[:0]
        t_lo, t_hi = t_lo[at], t_hi[at]
        complete = count == parts[t_lo] * parts[t_hi]
        parts[roots] = 1
        kept = ~touched
        u = np.concatenate([lo[kept], t_lo[complete]])
        v = np.concatenate([hi[kept], t_hi[complete]])
        s = np.concatenate([s[kept], low[complete]])
    while True:  # point every member at its group's root
        up = parent[parent]
        if np.array_equal(up, parent):
            break
        parent = up
    in_split = split[comp]
    labels[in_split] = n_comp + parent[rank[in_split]]
    return _renumber(labels, rank)


def _renumber(labels: I64, rank: I32) -> I64:
    """Renumber groups 0.. by their first member in id order."""
    order = np.argsort(rank, kind="stable")
    uniq, first = np.unique(labels[order], return_index=True)
    number = np.empty(len(uniq), dtype=np.int64)
    number[np.argsort(first, kind="stable")] = np.arange(len(uniq))
    return number[np.searchsorted(uniq, labels)]
