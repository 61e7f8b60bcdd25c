"""Plain-text rendering of claims and results for terminals, logs and notebooks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimrec.model import Claim

__all__ = ["claims_table"]

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
