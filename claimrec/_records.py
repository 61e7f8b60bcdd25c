"""Flat records of claims and values, shared by every ``to_records`` (layer 2, private).

A record is a plain ``dict`` of strings, numbers, booleans and ``None``: what a data
frame, a CSV writer or ``json.dumps`` takes as is. Intervals are ``low``/``best``/``high``
columns; the claim's words stay as written (``value`` is the phrase, not a key).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from claimrec.category import Category
from claimrec.model import Claim, Report, Source, Value
from claimrec.quantity import Quantity
from claimrec.timespan import TimeSpan

__all__ = [
    "CLAIM_COLUMNS",
    "claim_record",
    "frame",
    "list_cell",
    "report_record",
    "said_line",
    "source_record",
    "value_columns",
    "value_type",
    "value_words",
]

#: The claim table's columns, in order (docs/tables.md documents each).
CLAIM_COLUMNS = (
    "id",
    "source",
    "source_kind",
    "source_party",
    "source_aliases",
    "source_reliability",
    "subject",
    "predicate",
    "value",
    "value_type",
    "low",
    "best",
    "high",
    "polarity",
    "hedge",
    "qualifiers",
    "actor",
    "place",
    "when",
    "stated",
    "event",
    "quote",
    "outlet",
    "published",
    "url",
    "author",
    "title",
    "report_id",
    "relays_outlet",
    "relays_published",
    "relays_url",
    "relays_author",
    "relays_title",
    "relays_id",
    "relays_chain",
)

#: Separator of list cells (qualifiers, aliases).
LIST_SEPARATOR = "; "


def list_cell(items: Sequence[str]) -> str | None:
    """Return a list as one cell: ``a; b``, or a JSON array when an item holds a ``;``."""
    if not items:
        return None
    if any(";" in item for item in items) or any(item.startswith("[") for item in items[:1]):
        return json.dumps(list(items), ensure_ascii=False)
    return LIST_SEPARATOR.join(items)


def value_type(value: Value) -> str | None:
    """Return the name of a value's type: quantity, timespan, category, bool, text or None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, Quantity):
        return "quantity"
    if isinstance(value, TimeSpan):
        return "timespan"
    if isinstance(value, Category):
        return "category"
    return "text"


def value_words(value: Value) -> str | None:
    """Return a value as its words: the phrase as said when known (``'over 80'``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    return text if isinstance(text, str) and text else str(value)


def said_line(claim: Claim) -> str:
    """Return a claim in one line with its value as said (``three``, not ``3``)."""
    parts = [f"{claim.source.name}:"]
    if claim.denied:
        parts.append("DENIES")
    parts.append(f"{claim.subject} {claim.predicate}")
    words = value_words(claim.value)
    if words is not None:
        parts.append(words)
    if claim.hedge:
        parts.append(f"({claim.hedge})")
    where_when = [str(x) for x in (claim.place, claim.when) if x]
    if where_when:
        parts.append("[" + ", ".join(where_when) + "]")
    return " ".join(parts)


def value_columns(value: Value) -> dict[str, float | None]:
    """Return ``low``, ``best`` and ``high`` of a numeric value (``None`` when unbounded)."""
    if isinstance(value, Quantity):
        return {"low": value.low, "best": value.best, "high": value.high}
    return {"low": None, "best": None, "high": None}


def source_record(source: Source) -> dict[str, Any]:
    """Return a source as flat ``source_*`` columns."""
    return {
        "source": source.name,
        "source_kind": source.kind.value,
        "source_party": source.party,
        "source_aliases": list_cell(source.aliases),
        "source_reliability": source.reliability,
    }


def report_record(report: Report | None, prefix: str = "") -> dict[str, Any]:
    """Return a report as flat columns (``outlet``, ``published``... or ``relays_*``)."""
    names = ("outlet", "published", "url", "author", "title")
    out: dict[str, Any] = dict.fromkeys((prefix + n for n in names), None)
    out[prefix + ("id" if prefix else "report_id")] = None
    if report is None:
        return out
    out[prefix + "outlet"] = report.outlet
    out[prefix + "published"] = report.published.isoformat() if report.published else None
    out[prefix + "url"] = report.url
    out[prefix + "author"] = report.author
    out[prefix + "title"] = report.title
    out[prefix + ("id" if prefix else "report_id")] = report.id
    return out


def _chain_json(reports: Sequence[Report]) -> str | None:
    if not reports:
        return None
    rows = [
        {
            "outlet": r.outlet,
            "published": r.published.isoformat() if r.published else None,
            "url": r.url,
            "author": r.author,
            "title": r.title,
            "id": r.id,
        }
        for r in reports
    ]
    return json.dumps([{k: v for k, v in row.items() if v is not None} for row in rows])


def claim_record(claim: Claim) -> dict[str, Any]:
    """Return one claim as a flat record with the columns of :data:`CLAIM_COLUMNS`.

    The report chain is flattened: the carrying report (``outlet``, ``published``...),
    the report it relays (``relays_*``), and any further hops as JSON in ``relays_chain``.
    """
    chain = claim.via.chain() if claim.via is not None else ()
    record: dict[str, Any] = {"id": claim.id}
    record.update(source_record(claim.source))
    record.update(
        subject=claim.subject,
        predicate=claim.predicate,
        value=value_words(claim.value),
        value_type=value_type(claim.value),
    )
    record.update(value_columns(claim.value))
    record.update(
        polarity=claim.polarity.value,
        hedge=claim.hedge,
        qualifiers=list_cell(claim.qualifiers),
        actor=claim.actor,
        place=claim.place,
        when=str(claim.when) if claim.when is not None else None,
        stated=str(claim.stated) if claim.stated is not None else None,
        event=claim.event,
        quote=claim.quote,
    )
    record.update(report_record(chain[0] if chain else None))
    record.update(report_record(chain[1] if len(chain) > 1 else None, "relays_"))
    record["relays_chain"] = _chain_json(chain[2:])
    return {column: record[column] for column in CLAIM_COLUMNS}


def frame(records: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> Any:
    """Return records as a pandas DataFrame (the ``claimrec[frames]`` extra)."""
    try:
        import pandas as pd  # noqa: PLC0415 - optional, heavy: imported when asked for
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_frame() needs pandas: pip install 'claimrec[frames]' (or pandas)"
        ) from exc
    rows = list(records)
    return pd.DataFrame.from_records(rows, columns=list(columns) if columns is not None else None)
