"""The claim-graph picture's layout: every claim placed once, sources apart, bounded size."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec._picture import MAX_CELLS, MAX_COLUMNS, layout


def _claims(n_items: int, per_item: int = 1) -> list[cr.Claim]:
    return [
        cr.Claim(source=f"s{k}", subject=f"item {i:04d} houses", predicate="burned",
                 place="Kayes", when=f"{1800 + i}-01-01", id=f"c{i}-{k}")
        for i in range(n_items)
        for k in range(per_item)
    ]  # fmt: skip


def test_every_claim_is_placed_once_and_sources_stand_apart():
    """Each claim has one position, right of every source box."""
    pic = layout(cr.claim_graph(cr.datasets.mali_2025()))
    ids = [claim.id for claim, _, _, _ in pic.claims]
    assert sorted(ids) == sorted(c.id for c in cr.datasets.mali_2025())
    rightmost_source = max(x + 150 for _, x, _, _, _ in pic.sources)
    assert all(x > rightmost_source for _, x, _, _ in pic.claims)


def test_disputed_items_come_first():
    """The first cell is the disputed item."""
    pic = layout(cr.claim_graph(cr.datasets.mali_2025()))
    assert pic.groups[0][3] is True
    assert [g[3] for g in pic.groups].count(True) == 1


def test_a_large_graph_is_capped_and_says_so():
    """Beyond MAX_CELLS items the rest are counted, not drawn; the width stays bounded."""
    graph = cr.claim_graph(_claims(MAX_CELLS + 20))
    pic = layout(graph)
    assert len(pic.groups) == MAX_CELLS
    assert pic.hidden == len(graph.groups()) - MAX_CELLS
    assert len({round(x) for _, x, _, _ in pic.groups}) <= MAX_COLUMNS
    assert "more items" in graph.to_svg()


def test_draw_makes_one_marker_per_claim_on_a_hundred_claims():
    """draw() on a 100-claim graph puts 100 markers on the axes."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = cr.claim_graph(_claims(25, per_item=4)).draw()
    assert sum(len(c.get_offsets()) for c in ax.collections) == 100
    matplotlib.pyplot.close(ax.figure)
