"""Plain-text rendering of claims and results for terminals, logs and notebooks."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimrec._gc import paused
from claimrec._records import said_line, value_words
from claimrec.category import Unstated
from claimrec.model import Claim

if TYPE_CHECKING:  # only annotations: `claimrec show` prints tables without the stages
    from claimrec.graph import ClaimGraph
    from claimrec.reconciliation import ItemResult, Reconciliation

__all__ = [
    "claims_table",
    "item_words",
    "provenance",
    "render_html",
    "render_report",
    "said",
    "write_html",
]

_COLUMNS = ("id", "source", "subject", "predicate", "value", "place", "when", "via")


def _cell(claim: Claim, column: str) -> str:
    if column == "source":
        return claim.source.name
    if column == "predicate":
        return (
            ("NOT " if claim.denied else "")
            + claim.predicate
            + (f" ({claim.hedge})" if claim.hedge else "")
        )
    if column == "via":
        if claim.via is None:
            return ""
        chain = claim.via.chain()
        return " < ".join(r.outlet for r in chain)
    value = getattr(claim, column)
    if value is None:
        return ""
    if column == "value":  # what was said, as said
        return getattr(value, "text", None) or str(value)
    return str(value)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def claims_table(
    claims: Iterable[Claim], *, columns: Sequence[str] = _COLUMNS, width: int = 28
) -> str:
    """Return claims as an aligned plain-text table, one row a claim, in the given order.

    Parameters
    ----------
    claims : iterable of Claim
    columns : sequence of str
        Claim fields to show; ``"via"`` shows the relay chain (``Wire < ORTM``).
    width : int
        The widest a column may be; longer cells end in an ellipsis.

    Examples
    --------
    >>> import claimrec as cr
    >>> claims = [cr.Claim(source="FAMa", subject="militants", predicate="killed",
    ...                    value="over 80", id="c1")]
    >>> print(cr.claims_table(claims, columns=["id", "source", "predicate", "value"]))
    id  source  predicate  value
    --  ------  ---------  -------
    c1  FAMa    killed     over 80
    """
    rows = [[_fit(_cell(c, col), width) for col in columns] for c in claims]
    widths = [max([len(col)] + [len(r[i]) for r in rows]) for i, col in enumerate(columns)]
    lines = ["  ".join(col.ljust(w) for col, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )
    return "\n".join(lines)


def provenance(claim: Claim) -> str:
    """Return where a claim comes from: its speaker, the relay chain with dates, its words.

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = next(c for c in cr.datasets.mali_2025() if c.id == "fama-neutralised")
    >>> print(cr.provenance(claim))  # doctest: +ELLIPSIS
    FAMa (state, Mali government) via News report 2025-07-02 < ORTM 2025-07-01: "neutralised..."
    """
    return _provenance(claim, {})


def _provenance(claim: Claim, chains: dict[int, str]) -> str:
    """:func:`provenance`, each report's chain written once into ``chains``.

    Keyed by the report object's identity (the caller holds the claims, so no identity is
    reused meanwhile): two different reports may have been given the same id.
    """
    source = claim.source
    who = ", ".join(x for x in (source.kind.value.replace("_", " "), source.party) if x)
    text = f"{source.name} ({who})"
    if claim.via is not None:
        chain = chains.get(id(claim.via))
        if chain is None:
            hops = [
                r.outlet + (f" {r.published.isoformat()}" if r.published else "")
                for r in claim.via.chain()
            ]
            chain = chains[id(claim.via)] = " < ".join(hops)
        text += " via " + chain
    if claim.hedge:
        text += f" [{claim.hedge}]"
    if claim.quote:
        text += f': "{claim.quote}"'
    return text


def said(claim: Claim) -> str:
    """Return a claim in one line with its value as the source said it (``three``, not ``3``).

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="JNIM", subject="military installations",
    ...                  predicate="seized control of", value="three", place="Kayes")
    >>> claim.describe()
    'JNIM: military installations seized control of three [Kayes]'
    >>> cr.said(claim)
    'JNIM: military installations seized control of three [Kayes]'
    """
    return said_line(claim)


def item_words(claims: Sequence[Claim]) -> str:
    """Return what an item is about in its claims' own words: ``subject predicate | place | when``.

    The alignment's labels may carry matching keys (accents and apostrophes folded); a
    report shows what the sources wrote.

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="FAMa", subject="atterrissage d'urgence", predicate="effectué",
    ...                  place="Tombouctou", when="2025-06-02")
    >>> print(cr.item_words([claim]))
    atterrissage d'urgence effectué | Tombouctou | 2025-06-02
    """
    first = min(claims, key=lambda c: (c.via is not None and c.via.relays is not None, c.id))
    parts = [f"{first.subject} {first.predicate}", first.place, first.when]
    return " | ".join(str(part) for part in parts if part)


def _item_claims(graph: ClaimGraph, item: ItemResult) -> list[Claim]:
    return [graph.claim(cid) for cid in (*item.supporting, *item.opposing)]


def render_report(graph: ClaimGraph, result: Reconciliation | None = None) -> str:
    """Return the analyst's report: disputes with their sides, corroborations, echoes, trust.

    Parameters
    ----------
    graph : ClaimGraph
        The related claims.
    result : Reconciliation, optional
        The reconciliation of the same claims; adds the most likely value of each disputed
        item, the uncorroborated single-source claims and the sources' trust.

    Examples
    --------
    >>> import claimrec as cr
    >>> graph = cr.claim_graph(cr.datasets.mali_2025())
    >>> text = cr.render_report(graph, cr.reconcile(graph))
    >>> print(text.splitlines()[0])
    17 claims from 5 sources about 14 items: 1 disputed, 0 corroborated, 0 echoed
    """
    with paused():  # hundreds of thousands of short-lived strings, no cycles
        return _render_report(graph, result)


def _render_report(graph: ClaimGraph, result: Reconciliation | None) -> str:
    # The text is one string grown in place (`text += ...` on a local name that holds the only
    # reference: CPython resizes the string where it lies, and a large block is grown by the
    # allocator without a copy). A buffer (io.StringIO) or a list of pieces held the pieces
    # and then a copy of them at the end: twice the text at the stage's peak, about 0.4 GB at
    # a million claims. A claim shows on a dispute's side and again as an echo's primary or
    # among the claims that give no figure: only those claims' lines are kept, to be written
    # twice; each report's chain is worded once.
    disputes = graph.disputes()
    corroborations = graph.corroborations()
    echoes = graph.echoes()
    silent = [c for c in graph.claims if isinstance(c.value, Unstated)]
    again = {echo.primary.id for echo in echoes} | {c.id for c in silent}
    lines_of: dict[str, str] = {}
    chains: dict[int, str] = {}

    def claim_line(claim: Claim) -> str:
        found = lines_of.get(claim.id)
        if found is None:
            found = f"{said(claim)}\n        from {_provenance(claim, chains)}"
            if claim.id in again:
                lines_of[claim.id] = found
        return found

    n_items = len(graph.groups())
    # every line after the first is written with the newline before it
    text = (
        f"{len(graph.claims)} claims from {len(graph.sources)} sources about {n_items} items:"
        f" {len(disputes)} disputed, {len(corroborations)} corroborated, {len(echoes)} echoed"
    )
    text += "\n\nDISPUTED"
    if not disputes:
        text += "\n    (nothing disputed)"
    for number, dispute in enumerate(disputes, start=1):
        text += f"\n{number}. {item_words(dispute.claims)}"
        for side_no, side in enumerate(dispute.sides, start=1):
            for claim in side:
                text += f"\n    side {side_no}: {claim_line(claim)}"
        for rel in dispute.relationships:
            # explain()'s first line, without writing every reason only to drop them
            text += "\n    " + rel._head().splitlines()[0]  # noqa: SLF001 - same package
        if result is not None:
            item = result.item(dispute.sides[0][0])
            text += f"\n    => {item.note}"
    text += "\n\nCORROBORATED (more than one independent source)"
    if not corroborations:
        text += "\n    (no claim is supported by an independent second source)"
    for corroboration in corroborations:
        names = ", ".join(s.name for s in corroboration.sources)
        text += f"\n    {said(corroboration.claim)}  <- {names}"
    text += "\n\nECHOES (one statement relayed by several reports: one piece of evidence)"
    if not echoes:
        text += "\n    (no statement is relayed by more than one report)"
    for echo in echoes:
        text += f"\n    {claim_line(echo.primary)}"
        for relay in echo.relays:
            lossy = " LOSSY RELAY (lost a qualifier)" if relay in echo.lossy else ""
            text += f"\n      relayed by {_provenance(relay, chains)}{lossy}"
    if silent:  # claims about claims: who gave no figure (issue 10)
        text += "\n\nNO FIGURE GIVEN (neither supports nor contradicts a figure)"
        for claim in silent:
            text += f"\n    {claim_line(claim)}"
    if result is not None:
        lonely = [i for i in result.items if not i.contested and "uncorroborated" in i.note]
        text += f"\n\nSINGLE-SOURCE, UNCORROBORATED ({len(lonely)} items)"
        worded = sorted((item_words(_item_claims(graph, i)), i.value) for i in lonely)
        for words, value in worded:
            text += f"\n    {words} => {value}"
        del worded
        text += f"\n\nSOURCE TRUST ({result.method}, {result.stop_reason})"
        for s in sorted(result.sources, key=lambda s: (-s.trust, s.source, s.scope)):
            scope = f" [{s.scope}]" if s.scope else ""
            text += f"\n    {s.source + scope:36s} {s.trust:.3f}  ({s.claims} claims)"
    return text


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;
background:#fafafa;line-height:1.4}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}
h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:36px}
.summary{color:#555;margin:0 0 12px}
nav a{margin-right:14px}
.dispute{background:#fff;border:1px solid #e3b3b0;border-left:6px solid #d62728;border-radius:6px;
padding:12px 16px;margin:16px 0}
.dispute h3{margin:0 0 8px}
.sides{display:flex;gap:12px;flex-wrap:wrap}
.side{flex:1 1 300px;background:#fff7f6;border:1px solid #f0d0cd;border-radius:6px;padding:8px 12px}
.side h4{margin:0 0 6px;color:#a3201d}
.claim{margin:6px 0 10px}
.who{font-weight:600}.kind{color:#666;font-weight:normal}
.value{font-size:1.1em;font-weight:600}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #bbb;color:#333;font-style:italic}
.chain{color:#555;font-size:.9em}
.rel{color:#666;font-size:.9em;margin:6px 0 0}
.estimate{background:#eef6ee;border-radius:4px;padding:6px 10px;margin-top:8px}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
.bar{display:inline-block;height:10px;background:#4c78a8;border-radius:2px;vertical-align:middle}
.num{text-align:right;font-variant-numeric:tabular-nums}
.picture{overflow-x:auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
.empty{color:#777;font-style:italic}
footer{color:#777;font-size:.85em;margin-top:40px}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.3g}"


def _range(item: ItemResult) -> str:
    if item.low is None and item.high is None:
        return "unbounded"
    if item.high is None:
        return f"{_num(item.low)} or more"
    if item.low is None:
        return f"up to {_num(item.high)}"
    return f"{_num(item.low)} &ndash; {_num(item.high)}"


def _chain_html(claim: Claim) -> str:
    if claim.via is None:
        return '<span class="chain">no report given</span>'
    hops = []
    for report in claim.via.chain():
        text = _e(report.outlet) + (f" {report.published.isoformat()}" if report.published else "")
        if report.title:
            text += f" &middot; <i>{_e(report.title)}</i>"
        if report.url and report.url.startswith(("http://", "https://")):
            text = f'<a href="{_e(report.url)}" rel="noreferrer">{text}</a>'
        hops.append(text)
    return '<span class="chain">via ' + " &larr; ".join(hops) + "</span>"


def _claim_html(claim: Claim) -> str:
    source = claim.source
    who = ", ".join(x for x in (source.kind.value.replace("_", " "), source.party) if x)
    says = ("<b>denies</b> " if claim.denied else "") + _e(f"{claim.subject} {claim.predicate}")
    value = value_words(claim.value)
    value_html = f' <span class="value">{_e(value)}</span>' if value else ""
    hedge = f" <i>({_e(claim.hedge)})</i>" if claim.hedge else ""
    where = ", ".join(_e(x) for x in (claim.place, claim.when) if x)
    quote = f"<blockquote>&ldquo;{_e(claim.quote)}&rdquo;</blockquote>" if claim.quote else ""
    return (
        f'<div class="claim" id="claim-{_e(claim.id)}"><span class="who">{_e(source.name)}</span>'
        f' <span class="kind">({_e(who)})</span>: {says}{value_html}{hedge}'
        f"{f' [{where}]' if where else ''}{quote}<div>{_chain_html(claim)}</div></div>"
    )


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        return f'<p class="empty">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(
    graph: ClaimGraph, result: Reconciliation | None = None, *, title: str = "claimrec report"
) -> str:
    """Return the analyst's report as one self-contained HTML page (no scripts, no network).

    Disputes come first, each with its sides, who says what, the quotes and the whole
    report chain; then the estimates (best, range, confidence and each source's figure),
    a picture of the claim graph, echoes, corroborations, single-source claims, source
    trust, and every claim.

    Parameters
    ----------
    graph : ClaimGraph
        The related claims.
    result : Reconciliation, optional
        The reconciliation of the same claims (default: ``reconcile(graph)``).
    title : str
        The page title.

    Examples
    --------
    >>> import claimrec as cr
    >>> page = cr.render_html(cr.claim_graph(cr.datasets.mali_2025()))
    >>> page.startswith("<!DOCTYPE html>"), "seized control of three" in page
    (True, True)
    >>> "<script" in page, 'src="http' in page, "<link" in page   # nothing to load
    (False, False, False)
    """
    if result is None:
        from claimrec.reconciliation import reconcile  # noqa: PLC0415 - same layer, lazily

        result = reconcile(graph)
    with paused():  # hundreds of thousands of short-lived strings, no cycles
        return _render_html(graph, result, title)


def _render_html(graph: ClaimGraph, result: Reconciliation, title: str) -> str:
    # A claim shows in its dispute, its item's row, the echoes or corroborations and the
    # list of every claim: its HTML is written once (by claim id: unique in a graph).
    written: dict[str, str] = {}

    def claim_html(claim: Claim) -> str:
        found = written.get(claim.id)
        if found is None:
            found = written[claim.id] = _claim_html(claim)
        return found

    disputes = graph.disputes()
    corroborations = graph.corroborations()
    echoes = graph.echoes()
    items = {i.item: i for i in result.items}
    item_of = {v.claim: items[v.item] for v in result.claims}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>{_e(title)}</h1>",
        (
            f'<p class="summary" id="summary">{len(graph.claims)} claims from '
            f"{len(graph.sources)} sources about {len(result.items)} items: "
            f"<b>{len(disputes)} disputed</b>, {len(corroborations)} corroborated, "
            f"{len(echoes)} echoed. Estimates by {_e(result.method)} "
            f"({_e(result.stop_reason)}), policy {_e(result.policy.value)}.</p>"
        ),
        (
            '<nav><a href="#disputes">Disputes</a><a href="#estimates">Estimates</a>'
            '<a href="#graph">Graph</a><a href="#echoes">Echoes</a>'
            '<a href="#corroborations">Corroborations</a><a href="#single">Single-source</a>'
            '<a href="#trust">Source trust</a><a href="#claims">All claims</a></nav>'
        ),
        f'<section id="disputes"><h2>Disputes ({len(disputes)})</h2>',
    ]
    if not disputes:
        out.append('<p class="empty">Nothing is disputed.</p>')
    for number, dispute in enumerate(disputes, start=1):
        out.append(
            f'<div class="dispute"><h3>{number}. {_e(item_words(dispute.claims))}</h3>'
            '<div class="sides">'
        )
        for side_no, side in enumerate(dispute.sides, start=1):
            names = ", ".join(sorted({c.source.name for c in side}))
            out.append(f'<div class="side"><h4>Side {side_no}: {_e(names)}</h4>')
            out.extend(claim_html(c) for c in side)
            out.append("</div>")
        out.append("</div>")
        out.extend(f'<p class="rel">{_e(rel.explain())}</p>' for rel in dispute.relationships)
        item = item_of[dispute.sides[0][0].id]
        out.append(f'<div class="estimate"><b>Estimate:</b> {_e(item.note)}</div></div>')
    out.append("</section>")

    out.append('<section id="estimates"><h2>Estimates</h2>')
    ordered = sorted(
        result.items, key=lambda i: (not i.contested, item_words(_item_claims(graph, i)))
    )
    rows = []
    for item in ordered:
        claims = _item_claims(graph, item)
        figures = "<br>".join(
            f"{_e(c.source.name)}: {_e(value_words(c.value) or '(says so, no figure)')}"
            for c in claims
        )
        width = round(item.confidence * 80)
        rows.append(
            [
                _e(item_words(claims)) + (" <b>(disputed)</b>" if item.contested else ""),
                _e(item.value or "-"),
                f'<span class="num">{_num(item.best)}</span>',
                _range(item) if item.numeric else "",
                f'<span class="bar" style="width:{width}px"></span> {item.confidence:.2f}',
                figures,
            ]
        )
    out.append(
        _table(
            ["item", "most likely", "best", "range", "confidence", "each source says"],
            rows,
            "No items.",
        )
    )
    out.append("</section>")

    out.append('<section id="graph"><h2>The claim graph</h2><div class="picture">')
    out.append(graph.to_svg())
    out.append(
        "</div><p>Each dot is a claim, coloured by its source (the boxes on the left); claims"
        " about one item share a cell, disputed items first (red cells). Hover over a dot or"
        " an edge for its words.</p></section>"
    )

    out.append(f'<section id="echoes"><h2>Echoes ({len(echoes)})</h2>')
    echo_rows = [
        [
            claim_html(echo.primary),
            "<br>".join(
                _chain_html(r) + (" <b>lossy relay</b>" if r in echo.lossy else "")
                for r in echo.relays
            ),
        ]
        for echo in echoes
    ]
    out.append(
        _table(
            ["statement", "relayed by (one piece of evidence)"],
            echo_rows,
            "No statement is relayed by more than one report.",
        )
    )
    out.append("</section>")

    out.append(f'<section id="corroborations"><h2>Corroborations ({len(corroborations)})</h2>')
    out.append(
        _table(
            ["claim", "independent sources"],
            (
                [claim_html(k.claim), _e(", ".join(s.name for s in k.sources))]
                for k in corroborations
            ),
            "No claim is supported by an independent second source.",
        )
    )
    out.append("</section>")

    lonely = [i for i in result.items if not i.contested and "uncorroborated" in i.note]
    out.append(
        f'<section id="single"><h2>Single-source, uncorroborated ({len(lonely)})</h2>'
        "<p>Nobody else addresses these items: they rest on one source's word.</p>"
    )
    out.append(
        _table(
            ["claim", "value"],
            (
                ["".join(claim_html(c) for c in _item_claims(graph, i)), _e(i.value or "-")]
                for i in sorted(lonely, key=lambda i: item_words(_item_claims(graph, i)))
            ),
            "None.",
        )
    )
    out.append("</section>")

    out.append(f'<section id="trust"><h2>Source trust ({_e(result.method)})</h2>')
    out.append(
        _table(
            ["source", "trust", "claims"],
            (
                [
                    _e(s.source) + (f" <i>[{_e(s.scope)}]</i>" if s.scope else ""),
                    (
                        f'<span class="bar" style="width:{round(s.trust * 120)}px"></span>'
                        f" {s.trust:.3f}"
                    ),
                    f'<span class="num">{s.claims}</span>',
                ]
                for s in sorted(result.sources, key=lambda s: (-s.trust, s.source, s.scope))
            ),
            "No sources.",
        )
    )
    out.append("</section>")

    verdicts = {v.claim: v for v in result.claims}
    out.append(f'<section id="claims"><h2>All claims ({len(graph.claims)})</h2>')
    out.append(
        _table(
            ["claim", "verdict"],
            (
                [
                    claim_html(c),
                    _e(verdicts[c.id].verdict.value) + "<br>" + _e(verdicts[c.id].reason)
                    if c.id in verdicts
                    else "",
                ]
                for c in graph.claims
            ),
            "No claims.",
        )
    )
    out.append(
        "</section><footer>Made by claimrec: every claim above is as its source worded it;"
        " estimates are probabilities, not facts.</footer></main></body></html>"
    )
    return "\n".join(out)


def write_html(
    graph: ClaimGraph,
    path: str | os.PathLike[str],
    result: Reconciliation | None = None,
    *,
    title: str = "claimrec report",
) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8); return the path.

    Examples
    --------
    >>> import tempfile, pathlib, claimrec as cr
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = cr.write_html(cr.claim_graph(cr.datasets.mali_2025()),
    ...                          pathlib.Path(tmp) / "mali.html")
    ...     path.read_text(encoding="utf-8").count('class="dispute"')
    1
    """
    target = Path(path)
    target.write_text(render_html(graph, result, title=title), encoding="utf-8")
    return target
