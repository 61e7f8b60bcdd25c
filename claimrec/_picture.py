"""A readable picture of a claim graph: one layout, drawn as SVG or with matplotlib (private).

``nx.draw(graph.nx)`` mixes claims, sources and reports into a hairball. Here the claims
of one alignment group sit together in a cell of a grid (disputed items first), the
sources stand apart in a column on the left, and each claim is coloured by its source;
the relations are the edges inside a cell: contradictions red and thick, agreements and
refinements green, compatible but far apart orange dashed, revisions blue, echoes (one
statement relayed by several reports) grey dotted.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from claimrec._records import said_line
from claimrec.model import Claim
from claimrec.relation import Relation

if TYPE_CHECKING:  # pragma: no cover - types only; graph imports this module lazily
    from claimrec.graph import ClaimGraph

__all__ = ["EDGE_STYLES", "MAX_CELLS", "MAX_COLUMNS", "Picture", "draw", "layout", "svg"]

#: colour, width, dash pattern (SVG) and legend words of each kind of edge
EDGE_STYLES: dict[str, tuple[str, float, str, str]] = {
    "contradicts": ("#d62728", 3.0, "", "contradicts"),
    "agrees": ("#2ca02c", 2.0, "", "agrees"),
    "refines": ("#2ca02c", 2.0, "", "refines (narrower, agrees)"),
    "compatible": ("#ff7f0e", 1.6, "6 3", "compatible, far apart"),
    "revises": ("#1f77b4", 1.6, "", "revises (same source, later)"),
    "echo": ("#7f7f7f", 1.6, "2 3", "echo (relayed statement)"),
}
_PALETTE = (
    "#1f77b4", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
)  # fmt: skip
_CELL = 170.0
MAX_CELLS = 150  # items drawn; the rest are counted under the picture
MAX_COLUMNS = 5  # the picture fits a page's width
_LEFT = 190.0
_TOP = 56.0


@attrs.frozen(kw_only=True)
class Picture:
    """Positions and styles of a claim graph's picture, independent of the drawing library."""

    width: float
    height: float
    hidden: int  # items left out of the picture (beyond MAX_CELLS), said under it
    claims: tuple[tuple[Claim, float, float, str], ...]  # claim, x, y, colour
    linked: frozenset[str]  # claims drawn with a line to their source
    sources: tuple[tuple[str, float, float, str, int], ...]  # name, x, y, colour, claims
    groups: tuple[tuple[str, float, float, bool], ...]  # words, x, y (cell centre), disputed
    edges: tuple[tuple[str, str, str], ...]  # a, b, kind (a key of EDGE_STYLES)


def _words(claims: tuple[Claim, ...]) -> str:
    first = claims[0]
    return f"{first.subject} {first.predicate}"


def layout(graph: ClaimGraph) -> Picture:
    """Return the picture's layout: groups in a grid, sources in a column, edges by kind."""
    groups = graph.groups()
    disputed = {d.group_id for d in graph.disputes()}
    order = sorted(groups, key=lambda g: (g not in disputed, -len(groups[g]), groups[g][0].id))
    hidden = max(0, len(order) - MAX_CELLS)
    order = order[:MAX_CELLS]
    columns = max(1, min(math.ceil(math.sqrt(len(order) * 1.6)), MAX_COLUMNS))
    names = sorted({c.source.name for c in graph.claims})
    colour = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(names)}
    claims: list[tuple[Claim, float, float, str]] = []
    cells: list[tuple[str, float, float, bool]] = []
    for index, gid in enumerate(order):
        row, column = divmod(index, columns)
        cx = _LEFT + 40 + column * _CELL + _CELL / 2
        cy = _TOP + row * _CELL + _CELL / 2 - 10
        members = groups[gid]
        radius = 0.0 if len(members) == 1 else min(_CELL / 2 - 22, 14 + 5 * len(members))
        for k, claim in enumerate(members):
            angle = 2 * math.pi * k / len(members) - math.pi / 2
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            claims.append((claim, x, y, colour[claim.source.name]))
        cells.append((_words(members), cx, cy, gid in disputed))
    rows = math.ceil(len(order) / columns) if order else 0
    height = max(_TOP + rows * _CELL + 30, _TOP + 34 * len(names) + 40, 200.0)
    step = (height - _TOP - 40) / max(len(names), 1)
    per_source = Counter(c.source.name for c in graph.claims)
    sources = tuple(
        (name, 20.0, _TOP + 10 + i * step, colour[name], per_source[name])
        for i, name in enumerate(names)
    )
    edges: list[tuple[str, str, str]] = []
    for rel in graph.relationships:
        kind = rel.kind
        if kind is Relation.UNRELATED:
            continue
        name = {Relation.REFINED_BY: "refines", Relation.REVISED_BY: "revises"}.get(
            kind, kind.value
        )
        if rel.disputed and kind is not Relation.CONTRADICTS:
            name = "compatible"
        edges.append((rel.a, rel.b, name if name in EDGE_STYLES else "agrees"))
    for echo in graph.echoes():
        edges.extend((echo.primary.id, relay.id, "echo") for relay in echo.relays)
    width = _LEFT + 40 + columns * _CELL + 20
    # With many sources, colours repeat: lines to the sources are drawn for the disputed
    # items only (who says what where it matters); every dot names its source on hover.
    in_dispute = {x.id for gid in disputed for x in groups[gid]}
    linked = frozenset(
        c.id for c, _, _, _ in claims if len(names) <= len(_PALETTE) or c.id in in_dispute
    )
    return Picture(
        width=width,
        height=height,
        hidden=hidden,
        claims=tuple(claims),
        linked=linked,
        sources=sources,
        groups=tuple(cells),
        edges=tuple(edges),
    )


def _fit(text: str, width: int = 26) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def svg(graph: ClaimGraph, *, title: str = "Claim graph") -> str:
    """Return the picture as one self-contained SVG element (no scripts, no fonts to load)."""
    pic = layout(graph)
    where = {claim.id: (x, y) for claim, x, y, _ in pic.claims}
    source_at = {name: (x, y) for name, x, y, _, _ in pic.sources}
    legend_y = 18
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="claim-graph" '
            f'viewBox="0 0 {pic.width:.0f} {pic.height:.0f}" width="{pic.width:.0f}" '
            f'height="{pic.height:.0f}" font-family="sans-serif" font-size="11">'
        ),
        f"<title>{html.escape(title)}</title>",
        f'<rect width="{pic.width:.0f}" height="{pic.height:.0f}" fill="#ffffff"/>',
    ]
    x = _LEFT + 40
    for kind in ("contradicts", "agrees", "compatible", "revises", "echo"):
        colour, width, dash, words = EDGE_STYLES[kind]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="{x}" y1="{legend_y}" x2="{x + 24}" y2="{legend_y}" stroke="{colour}" '
            f'stroke-width="{width}"{dash_attr}/><text x="{x + 28}" y="{legend_y + 4}">'
            f"{html.escape(words)}</text>"
        )
        x += 50 + 6.5 * len(words)
    for words, cx, cy, disputed in pic.groups:
        fill = "#fdecea" if disputed else "#f5f5f5"
        stroke = "#d62728" if disputed else "#dddddd"
        parts.append(
            f'<rect x="{cx - _CELL / 2 + 6:.1f}" y="{cy - _CELL / 2 + 14:.1f}" '
            f'width="{_CELL - 12:.0f}" height="{_CELL - 12:.0f}" rx="8" fill="{fill}" '
            f'stroke="{stroke}"/><text x="{cx:.1f}" y="{cy + _CELL / 2 - 6:.1f}" '
            f'text-anchor="middle" fill="#333">{html.escape(_fit(words))}</text>'
        )
    for claim, cx, cy, _ in pic.claims:  # source -> claim: faint, behind everything
        if claim.id not in pic.linked:
            continue
        sx, sy = source_at[claim.source.name]
        parts.append(
            f'<line x1="{sx + 150:.1f}" y1="{sy:.1f}" x2="{cx:.1f}" y2="{cy:.1f}" '
            'stroke="#000000" stroke-opacity="0.07"/>'
        )
    for a, b, kind in pic.edges:
        if a not in where or b not in where:
            continue
        colour, width, dash, words = EDGE_STYLES[kind]
        (x1, y1), (x2, y2) = where[a], where[b]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line class="edge {kind}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{colour}" stroke-width="{width}"{dash_attr}>'
            f"<title>{html.escape(f'{a} {words} {b}')}</title></line>"
        )
    for claim, cx, cy, colour in pic.claims:
        parts.append(
            f'<circle class="claim" cx="{cx:.1f}" cy="{cy:.1f}" r="9" fill="{colour}" '
            f'stroke="#ffffff" stroke-width="1.5"><title>{html.escape(said_line(claim))}'
            "</title></circle>"
        )
    for name, sx, sy, colour, count in pic.sources:
        parts.append(
            f'<rect class="source" x="{sx:.1f}" y="{sy - 11:.1f}" width="150" height="22" '
            f'rx="4" fill="{colour}"/><text x="{sx + 6:.1f}" y="{sy + 4:.1f}" fill="#ffffff">'
            f"{html.escape(_fit(name, 17))} ({count})</text>"
        )
    if pic.hidden:
        parts.append(
            f'<text x="{_LEFT + 40}" y="{pic.height - 8:.0f}" fill="#a3201d">{pic.hidden} more'
            f" items (single claims, undisputed) are not drawn; the tables list them.</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def draw(graph: ClaimGraph, ax: Any = None) -> Any:
    """Draw the picture with matplotlib on ``ax`` (a new figure when None); return the axes."""
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415 - optional, heavy
        from matplotlib.patches import Rectangle  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("draw() needs matplotlib: pip install 'claimrec[draw]'") from exc
    pic = layout(graph)
    if ax is None:
        scale = 1 / 90
        _, ax = plt.subplots(figsize=(max(pic.width * scale, 4), max(pic.height * scale, 3)))
    where = {claim.id: (x, y) for claim, x, y, _ in pic.claims}
    source_at = {name: (x, y) for name, x, y, _, _ in pic.sources}
    for words, cx, cy, disputed in pic.groups:
        ax.add_patch(
            Rectangle(
                (cx - _CELL / 2 + 6, cy - _CELL / 2 + 14),
                _CELL - 12,
                _CELL - 12,
                facecolor="#fdecea" if disputed else "#f5f5f5",
                edgecolor="#d62728" if disputed else "#dddddd",
            )
        )
        ax.text(cx, cy + _CELL / 2 - 10, _fit(words), ha="center", va="top", fontsize=7)
    for claim, cx, cy, _ in pic.claims:
        if claim.id not in pic.linked:
            continue
        sx, sy = source_at[claim.source.name]
        ax.plot([sx + 150, cx], [sy, cy], color="black", alpha=0.07, linewidth=0.8)
    seen: set[str] = set()
    for a, b, kind in pic.edges:
        if a not in where or b not in where:
            continue
        colour, width, dash, words = EDGE_STYLES[kind]
        (x1, y1), (x2, y2) = where[a], where[b]
        ax.plot(
            [x1, x2],
            [y1, y2],
            color=colour,
            linewidth=width,
            linestyle="--" if dash else "-",
            label=None if kind in seen else words,
        )
        seen.add(kind)
    for _, cx, cy, colour in pic.claims:
        ax.scatter([cx], [cy], s=90, color=colour, edgecolors="white", zorder=3)
    for name, sx, sy, colour, count in pic.sources:
        ax.add_patch(Rectangle((sx, sy - 11), 150, 22, color=colour))
        ax.text(sx + 6, sy, f"{_fit(name, 15)} ({count})", color="white", va="center", fontsize=7)
    ax.set_xlim(0, pic.width)
    ax.set_ylim(pic.height, 0)
    ax.set_aspect("equal")
    ax.axis("off")
    if seen:
        ax.legend(loc="lower left", bbox_to_anchor=(0.2, 1.0), ncol=3, fontsize=7, frameon=False)
    return ax
