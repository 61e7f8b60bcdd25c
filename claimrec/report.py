"""Plain-text rendering of claims and results for terminals, logs and notebooks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimrec.graph import ClaimGraph
from claimrec.model import Claim
from claimrec.reconciliation import Reconciliation

__all__ = ["claims_table", "provenance", "render_report"]

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
    source = claim.source
    who = ", ".join(x for x in (source.kind.value.replace("_", " "), source.party) if x)
    text = f"{source.name} ({who})"
    if claim.via is not None:
        hops = [
            r.outlet + (f" {r.published.isoformat()}" if r.published else "")
            for r in claim.via.chain()
        ]
        text += " via " + " < ".join(hops)
    if claim.hedge:
        text += f" [{claim.hedge}]"
    if claim.quote:
        text += f': "{claim.quote}"'
    return text


def _claim_line(claim: Claim) -> str:
    return f"{claim.describe()}\n        from {provenance(claim)}"


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
    disputes = graph.disputes()
    corroborations = graph.corroborations()
    echoes = graph.echoes()
    n_items = len(graph.groups())
    lines = [
        (
            f"{len(graph.claims)} claims from {len(graph.sources)} sources about {n_items} items:"
            f" {len(disputes)} disputed, {len(corroborations)} corroborated, {len(echoes)} echoed"
        ),
        "",
        "DISPUTED",
    ]
    if not disputes:
        lines.append("    (nothing disputed)")
    for number, dispute in enumerate(disputes, start=1):
        lines.append(f"{number}. {dispute.item}")
        for side_no, side in enumerate(dispute.sides, start=1):
            for claim in side:
                lines.append(f"    side {side_no}: {_claim_line(claim)}")
        for rel in dispute.relationships:
            lines.append("    " + rel.explain().splitlines()[0])
        if result is not None:
            item = result.item(dispute.sides[0][0])
            lines.append(f"    => {item.note}")
    lines += ["", "CORROBORATED (more than one independent source)"]
    if not corroborations:
        lines.append("    (no claim is supported by an independent second source)")
    for corroboration in corroborations:
        names = ", ".join(s.name for s in corroboration.sources)
        lines.append(f"    {corroboration.claim.describe()}  <- {names}")
    lines += ["", "ECHOES (one statement relayed by several reports: one piece of evidence)"]
    if not echoes:
        lines.append("    (no statement is relayed by more than one report)")
    for echo in echoes:
        lines.append(f"    {_claim_line(echo.primary)}")
        for relay in echo.relays:
            lossy = " LOSSY RELAY (lost a qualifier)" if relay in echo.lossy else ""
            lines.append(f"      relayed by {provenance(relay)}{lossy}")
    if result is not None:
        lonely = [i for i in result.items if not i.contested and "uncorroborated" in i.note]
        lines += ["", f"SINGLE-SOURCE, UNCORROBORATED ({len(lonely)} items)"]
        lines.extend(f"    {i.label} => {i.value}" for i in sorted(lonely, key=lambda i: i.label))
        lines += ["", f"SOURCE TRUST ({result.method}, {result.stop_reason})"]
        for s in sorted(result.sources, key=lambda s: (-s.trust, s.source, s.scope)):
            scope = f" [{s.scope}]" if s.scope else ""
            lines.append(f"    {s.source + scope:36s} {s.trust:.3f}  ({s.claims} claims)")
    return "\n".join(lines)
