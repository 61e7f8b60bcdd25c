"""Blocking: candidate pairs from one sort and one sweep per (family, country)."""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from claimrec.alignment._common import _DAY_S, I64, B
from claimrec.alignment._table import _Table


@attrs.frozen(kw_only=True)
class _Blocks:
    order_claim: I64  # claim of each element, in sweep order
    visitor: B  # element is a copy of a claim with no known country
    counts: I64  # partners of each element (elements after it within reach)
    pairs: int  # exact candidate pairs
    blocks: int
    largest: tuple[tuple[str, int], ...]


def _block(table: _Table, window_s: int, *, top: int = 10) -> _Blocks:
    n = table.n
    n_countries = len(table.country_names)
    cell_of = table.fam.astype(np.int64) * (n_countries + 1) + (table.country + 1)
    cells, cell_idx = np.unique(cell_of, return_inverse=True)
    cell_idx = cell_idx.reshape(-1).astype(np.int64)
    cell_fam = cells // (n_countries + 1)
    cell_wild = (cells % (n_countries + 1)) == 0

    # Claims with no known country visit every concrete cell of their family.
    concrete = np.flatnonzero(~cell_wild)
    conc_fam = cell_fam[concrete]
    wild_claims = np.flatnonzero(table.country < 0)
    fam_of_wild = table.fam[wild_claims]
    lo = np.searchsorted(conc_fam, fam_of_wild, side="left")
    hi = np.searchsorted(conc_fam, fam_of_wild, side="right")
    reps = hi - lo
    vis_claim = np.repeat(wild_claims, reps)
    offsets = np.arange(len(vis_claim)) - np.repeat(np.cumsum(reps) - reps, reps)
    vis_cell = concrete[np.repeat(lo, reps) + offsets]

    elem_claim = np.concatenate([np.arange(n, dtype=np.int64), vis_claim.astype(np.int64)])
    elem_cell = np.concatenate([cell_idx, vis_cell.astype(np.int64)])
    elem_vis = np.concatenate([np.zeros(n, np.bool_), np.ones(len(vis_claim), np.bool_)])

    # Relative times: unknown times span everything, so they meet every claim of the cell.
    known = table.t_known
    if known.any():
        t0 = int(table.t_start[known].min())
        span = int(table.t_end[known].max()) - t0
    else:
        t0, span = 0, 0
    w = window_s
    width = span + 2 * w + 3
    rel_start = np.where(known, table.t_start - t0 + w + 1, 0)
    rel_end = np.where(known, table.t_end - t0 + w + 1, width - w - 1)
    key = elem_cell * width + rel_start[elem_claim]
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    reach = elem_cell[order] * width + rel_end[elem_claim[order]] + w
    ends = np.searchsorted(sorted_key, reach, side="right")
    counts = ends - np.arange(len(order)) - 1

    # Visitor-visitor pairs are not candidates in a concrete cell: they meet once, at home.
    total = int(counts.sum())
    sorted_cells = elem_cell[order]
    per_cell = np.bincount(sorted_cells, weights=counts, minlength=len(cells))
    wild_cells = np.flatnonzero(cell_wild)
    n_conc = np.bincount(conc_fam, minlength=len(table.fam_names))
    total -= int(sum(int(n_conc[cell_fam[c]]) * int(per_cell[c]) for c in wild_cells))

    # Blocks for the report: cell x day of the event's start.
    day = np.where(known, table.t_start // _DAY_S, -1)[elem_claim]
    block_key = elem_cell * (int(day.max(initial=0)) + 2) + (day + 1)
    keys, sizes = np.unique(block_key, return_counts=True)
    biggest = np.argsort(-sizes, kind="stable")[:top]
    largest = []
    for k in biggest.tolist():
        cell, d = divmod(int(keys[k]), int(day.max(initial=0)) + 2)
        fam = table.fam_names[int(cell_fam[cell])]
        c = int(cells[cell] % (n_countries + 1)) - 1
        country = table.country_names[c] if c >= 0 else "*"
        when = "any time" if d == 0 else dt.date.fromordinal(d - 1).isoformat()
        largest.append((f"{fam}|{country}|{when}", int(sizes[k])))
    return _Blocks(
        order_claim=elem_claim[order],
        visitor=elem_vis[order],
        counts=counts.astype(np.int64),
        pairs=total,
        blocks=len(keys),
        largest=tuple(largest),
    )
