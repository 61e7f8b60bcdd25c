"""Claims in and out of tables: CSV files, data frames, lists of dicts.

One row is one claim; the columns are documented in ``docs/tables.md``. Only
``source``, ``subject`` and ``predicate`` are required. Empty cells (``""``, ``NaN``,
``None``, pandas' ``NA``) are missing values. Dates may be ISO (``2024-07-27``,
``2024-07``), ``27/07/2024``, ``27.07.2024``, ``27-07-2024``, ``07/2024`` (month
precision) or a phrase (``1 July 2024``, ``Tuesday morning``); ``dayfirst=False``
reads ``07/27/2024`` the American way. Every bad row is reported at once, with its line
(CSV) or row (data frame) number, the field and the value; no row is dropped.

Writing a table then reading it gives back equal claims.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from claimrec._gc import paused
from claimrec._records import CLAIM_COLUMNS, claim_record, frame
from claimrec.category import Category
from claimrec.errors import ClaimrecError, FormatError, InvalidClaimError
from claimrec.model import Claim, Report, Source, _assemble_claim, _assemble_report
from claimrec.quantity import Quantity

__all__ = ["from_frame", "from_records", "read_csv", "to_frame", "to_records", "write_csv"]

_REQUIRED = ("source", "subject", "predicate")
_DERIVED = frozenset({"low", "best", "high"})  # written for readers; recomputed from value
_DATE_FIELDS = ("when", "stated", "published", "relays_published")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_MONTH = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")


# --------------------------------------------------------------------------- cells


def _missing(cell: Any) -> bool:
    if type(cell) is str:  # the commonest cell first: a million rows hold tens of millions
        return not cell.strip()
    if cell is None:
        return True
    if isinstance(cell, float) and math.isnan(cell):
        return True
    if isinstance(cell, str):
        return not cell.strip()
    # pandas.NA, pandas.NaT and numpy.nan-likes: missing when they are not equal to themselves
    try:
        return bool(cell != cell)  # noqa: PLR0124 - NaN-likes are unequal to themselves
    except (TypeError, ValueError):
        return type(cell).__name__ in {"NAType", "NaTType"}


def _text(cell: Any) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _date(field: str, cell: Any, dayfirst: bool) -> str:
    """Return a date cell as text claimrec's time parser reads (ISO when it was numeric)."""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if hasattr(cell, "to_pydatetime"):  # a pandas Timestamp
        return _date(field, cell.to_pydatetime(), dayfirst)
    text = _text(cell)
    match = _NUMERIC.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if dayfirst else (second, first)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            order = "DD/MM/YYYY" if dayfirst else "MM/DD/YYYY"
            flip = " (dayfirst=False reads MM/DD/YYYY)" if dayfirst else ""
            raise _CellError(field, cell, f"not a calendar date as {order}{flip}") from None
    match = _MONTH.match(text)
    if match:
        month, year = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            raise _CellError(field, cell, "not a month (expected MM/YYYY)")
        return f"{year:04d}-{month:02d}"
    if _TWO_DIGIT_YEAR.match(text):
        raise _CellError(field, cell, "two-digit year is ambiguous (write the year in full)")
    return text


class _CellError(Exception):
    def __init__(self, field: str, value: Any, reason: str) -> None:
        super().__init__(f"{field}={value!r}: {reason}")


def _list(cell: Any) -> list[str]:
    text = _text(cell)
    if text.startswith("["):  # a JSON array: items that hold a ';'
        try:
            items = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: a hostile, deeply nested cell
            items = None
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return items
    return [part.strip() for part in text.split(";") if part.strip()]


def _bool(field: str, cell: Any) -> bool:
    if isinstance(cell, bool):
        return cell
    word = _text(cell).lower()
    if word in {"true", "yes", "1"}:
        return True
    if word in {"false", "no", "0"}:
        return False
    raise _CellError(field, cell, "not a boolean (expected true or false)")


def _number(field: str, cell: Any) -> float:
    if isinstance(cell, bool):
        raise _CellError(field, cell, "not a number")
    if isinstance(cell, int | float):
        return float(cell)
    try:
        return float(_text(cell).replace(",", ""))
    except ValueError:
        raise _CellError(field, cell, "not a number") from None


def _value(row: Mapping[str, Any]) -> Any:
    kind = row.get("value_type")
    kind = None if _missing(kind) else _text(kind).lower()
    cell = row.get("value")
    if _missing(cell):
        bounds = {k: row.get(k) for k in ("low", "best", "high")}
        given = {k: _number(k, v) for k, v in bounds.items() if not _missing(v)}
        if not given:
            return None
        if "low" not in given and "high" not in given:
            given["low"] = given["high"] = given["best"]
        return Quantity(low=given.get("low"), high=given.get("high"), best=given.get("best"))
    if isinstance(cell, bool) or kind == "bool":
        return _bool("value", cell)
    if isinstance(cell, int | float):
        return cell
    text = _text(cell)
    if kind in (None, "quantity", "timespan"):
        return text
    if kind == "text":
        return text  # the model reads numbers in text; a text value stays words otherwise
    if kind == "category":
        return Category(value=text, text=text)
    raise _CellError("value_type", row.get("value_type"), "expected quantity, timespan, "
                     "category, bool or text")  # fmt: skip


# --------------------------------------------------------------------------- rows


class _Sources:
    """One Source per name: blank cells inherit the first description; a conflict is an error."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, Any]] = {}

    def note(self, row: Mapping[str, Any]) -> None:
        name = _text(row["source"])
        known = self.fields.setdefault(name, {})
        for column, key in (
            ("source_kind", "kind"),
            ("source_party", "party"),
            ("source_aliases", "aliases"),
            ("source_reliability", "reliability"),
        ):
            cell = row.get(column)
            if _missing(cell):
                continue
            value: Any = _text(cell)
            if key == "aliases":
                value = tuple(_list(cell))
            elif key == "reliability":
                value = _number(column, cell)
            if key in known:
                if known[key] == value:
                    continue  # as described earlier, and checked then
                raise _CellError(
                    column, cell, f"source {name!r} was described as {known[key]!r} earlier"
                )
            try:
                Source(name=name, **{**known, key: value})
            except ClaimrecError as exc:
                raise _CellError(column, cell, getattr(exc, "reason", str(exc))) from None
            known[key] = value

    def build(self) -> dict[str, Source]:
        return {name: Source(name=name, **fields) for name, fields in self.fields.items()}


def _report(row: Mapping[str, Any], dayfirst: bool) -> Report | None:
    def cells(prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("outlet", "published", "url", "author", "title"):
            cell = row.get(prefix + key)
            if not _missing(cell):
                out[key] = _date(prefix + key, cell, dayfirst) if key == "published" else cell
        id_cell = row.get(prefix + "id" if prefix else "report_id")
        if not _missing(id_cell):
            out["id"] = _text(id_cell)
        return out

    relayed: Report | None = None
    chain = row.get("relays_chain")
    if not _missing(chain):
        try:
            hops = json.loads(_text(chain))
        except (ValueError, RecursionError):  # RecursionError: a hostile, deeply nested cell
            hops = None
        if not isinstance(hops, list) or not all(isinstance(h, dict) for h in hops):
            raise _CellError("relays_chain", chain, "expected a JSON list of reports")
        for hop in reversed(hops):
            relayed = Report(**hop, relays=relayed)
    relays = cells("relays_")
    if relays:
        if "outlet" not in relays:
            raise _CellError("relays_outlet", None, "a relayed report needs its outlet")
        relayed = Report(**relays, relays=relayed)
    own = cells("")
    if not own:
        if relayed is not None:
            raise _CellError("outlet", None, "a claim with relays_* needs its own outlet")
        return None
    if "outlet" not in own:
        raise _CellError("outlet", None, "the report columns need an outlet")
    own["relays"] = relayed
    return _assemble_report(own)


def _claim(row: Mapping[str, Any], source: Source, dayfirst: bool) -> Claim:
    kwargs: dict[str, Any] = {"source": source}
    for key in ("subject", "predicate", "polarity", "hedge", "actor", "place", "event", "quote"):
        cell = row.get(key)
        if not _missing(cell):
            kwargs[key] = cell if key in _REQUIRED else _text(cell)
    for key in ("when", "stated"):
        cell = row.get(key)
        if not _missing(cell):
            kwargs[key] = _date(key, cell, dayfirst)
    if not _missing(row.get("id")):
        kwargs["id"] = _text(row["id"])
    if not _missing(row.get("qualifiers")):
        kwargs["qualifiers"] = _list(row["qualifiers"])
    kwargs["value"] = _value(row)
    kwargs["via"] = _report(row, dayfirst)
    return _assemble_claim(kwargs)  # Claim(**kwargs), repeated texts looked up inline


def _rows_to_claims(
    rows: Callable[[], Iterable[tuple[int, Mapping[str, Any]]]],
    columns: Iterable[str],
    *,
    where: str,
    dayfirst: bool,
    extra: str,
) -> list[Claim]:
    """Build the claims of a table's rows, read twice: its sources first, then its claims.

    ``rows()`` gives the numbered rows afresh on each call, so that a CSV file of a million
    rows is parsed twice rather than held as a million dicts.
    """
    columns = [str(c) for c in columns]
    known = set(CLAIM_COLUMNS)
    problems: list[tuple[int, str]] = []
    unknown = [c for c in columns if c not in known]
    if unknown and extra == "error":
        hint = "pass extra='ignore' to read the others; docs/tables.md lists the columns"
        raise FormatError(where, [(1, f"unknown columns {unknown} ({hint})")])
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        raise FormatError(where, [(1, f"missing required columns {missing}")])
    sources = _Sources()
    empty = True
    for number, row in rows():
        empty = False
        if _missing(row.get("source")):
            problems.append((number, f"source={row.get('source')!r}: must be a non-blank string"))
            continue
        try:
            sources.note(row)
        except _CellError as exc:
            problems.append((number, str(exc)))
    if empty:
        raise FormatError(where, [(1, "no claims: the table has no rows")])
    built = sources.build()  # every description was checked row by row
    claims: list[Claim] = []
    warned: list[tuple[int, warnings.WarningMessage]] = []
    with paused(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for number, row in rows():
            if _missing(row.get("source")):
                continue  # reported above
            try:
                claims.append(_claim(row, built[_text(row["source"])], dayfirst))
            except (_CellError, ClaimrecError) as exc:
                problems.append((number, str(exc)))
                caught.clear()  # a refused row says why; its warnings go with it
            except TypeError as exc:  # an unknown key in relays_chain
                problems.append((number, f"relays_chain: {exc}"))
                caught.clear()
            if caught:
                warned.extend((number, warning) for warning in caught)
                caught.clear()
    for number, warning in warned:  # point at the user's file and line, not at claimrec
        warnings.warn_explicit(
            str(warning.message), warning.category, where, number, module="claimrec"
        )
    if problems:
        raise FormatError(where, sorted(set(problems)))
    return claims


# --------------------------------------------------------------------------- reading


def from_records(
    records: Iterable[Mapping[str, Any]], *, dayfirst: bool = True, extra: str = "error"
) -> list[Claim]:
    """Build claims from plain dicts with the table's columns, one dict a claim.

    Parameters
    ----------
    records : iterable of mapping
        One mapping per claim; keys are the columns of ``docs/tables.md``.
    dayfirst : bool, default True
        Read ``03/07/2024`` as 3 July (False: as March 7).
    extra : {"error", "ignore"}
        What to do with keys that are not claim columns.

    Returns
    -------
    list of Claim
        One per record, in order.

    Raises
    ------
    FormatError
        Listing every bad record with its 1-based row number, field and value.

    Examples
    --------
    >>> import claimrec as cr
    >>> claims = cr.from_records([
    ...     {"source": "FAMa", "subject": "militants", "predicate": "neutralised",
    ...      "value": "over 80", "when": "01/07/2025", "outlet": "ORTM"},
    ... ])
    >>> str(claims[0].when), claims[0].value.low, claims[0].via.outlet
    ('2025-07-01', 81.0, 'ORTM')
    """
    rows = [dict(r) for r in records]
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return _rows_to_claims(
        lambda: enumerate(rows, start=1),
        columns,
        where="<records>",
        dayfirst=dayfirst,
        extra=extra,
    )


def from_frame(df: Any, *, dayfirst: bool = True, extra: str = "error") -> list[Claim]:
    """Build claims from a data frame (pandas, or polars), one row a claim.

    Empty cells (``NaN``, ``None``, ``NA``, ``""``) are missing values; dates may be
    strings in any form :func:`read_csv` reads, or datetime columns.

    Parameters
    ----------
    df : pandas.DataFrame or polars.DataFrame
        Columns as documented in ``docs/tables.md``.
    dayfirst : bool, default True
        Read ``03/07/2024`` as 3 July (False: as March 7).
    extra : {"error", "ignore"}
        What to do with columns that are not claim columns.

    Raises
    ------
    FormatError
        Listing every bad row with its 1-based row number, field and value.

    Examples
    --------
    >>> import claimrec as cr
    >>> pd = __import__("pytest").importorskip("pandas")
    >>> df = pd.DataFrame({"source": ["FAMa", "JNIM"], "subject": ["militants", "bases"],
    ...                    "predicate": ["killed", "seized"], "value": ["over 80", None],
    ...                    "outlet": [float("nan"), "Az-Zallaqa"]})
    >>> [c.describe() for c in cr.from_frame(df)]
    ['FAMa: militants killed over 80', 'JNIM: bases seized']
    """
    if hasattr(df, "to_dicts") and hasattr(df, "columns"):  # polars
        rows = list(df.to_dicts())
    elif hasattr(df, "to_dict") and hasattr(df, "columns"):  # pandas
        rows = list(df.to_dict(orient="records"))
    else:
        raise FormatError(None, [(1, f"expected a pandas or polars DataFrame, got {type(df)}")])
    return _rows_to_claims(
        lambda: enumerate(rows, start=1),
        list(df.columns),
        where="<data frame>",
        dayfirst=dayfirst,
        extra=extra,
    )


_Rows = Callable[[], Iterator[tuple[int, dict[str, Any]]]]


def _lines(text: str) -> Iterator[str]:
    """Give the lines of ``text``, each with its newline, as ``io.StringIO(text)`` does.

    Without StringIO's copy of the whole text (four bytes a character).
    """
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            if start < len(text):
                yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _csv_rows(text: str, where: str) -> tuple[list[str], _Rows]:
    """Return the header and a function giving the numbered rows, parsed afresh each call."""
    text = text.lstrip("\ufeff")  # a byte-order mark alone is an empty file too
    if not text or text.isspace():  # what strip() would leave empty, without a copy
        raise FormatError(where, [(1, "empty file: no header and no claims")])
    first = (text.split("\n", 1)[0].splitlines() or [""])[0]  # not a list of every line
    delimiter = max(",;\t", key=first.count)  # the header names hold none of these

    def fresh() -> Any:  # a csv reader (its type is private to the csv module)
        return csv.reader(_lines(text), delimiter=delimiter)

    reader = fresh()
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        raise FormatError(where, [(1, f"not CSV ({exc})")]) from None

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        reader = fresh()
        next(reader)  # the header, read above
        line = reader.line_num
        try:
            for cells in reader:
                start, line = line + 1, reader.line_num
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    raise FormatError(
                        where,
                        [(start, f"{len(cells)} cells where the header has {len(header)}")],
                    )
                yield start, dict(zip(header, cells, strict=True))
        except csv.Error as exc:
            raise FormatError(where, [(line + 1, f"not CSV ({exc})")]) from None

    return header, rows


def read_csv(
    path: str | os.PathLike[str] | IO[str], *, dayfirst: bool = True, extra: str = "error"
) -> list[Claim]:
    r"""Read claims from a CSV file (comma, semicolon or tab separated), one row a claim.

    Parameters
    ----------
    path : str, path-like or text stream
        A UTF-8 file (a byte-order mark is fine) with a header row; the columns are
        documented in ``docs/tables.md``.
    dayfirst : bool, default True
        Read ``03/07/2024`` as 3 July (False: as March 7).
    extra : {"error", "ignore"}
        What to do with columns that are not claim columns.

    Returns
    -------
    list of Claim
        One per non-blank row, in file order.

    Raises
    ------
    FormatError
        Listing every bad row with its line number, the field and the value.

    Examples
    --------
    >>> import io, claimrec as cr
    >>> text = '''source,subject,predicate,value,when,outlet,published
    ... FAMa,militants,neutralised,over 80,Tuesday,ORTM,02/07/2025
    ... JNIM,military installations,seized,three,,,
    ... '''
    >>> [str(c.value) for c in cr.read_csv(io.StringIO(text))]
    ['over 80', '3']
    >>> cr.read_csv(io.StringIO("source,subject,predicate,when\nFAMa,base,attacked,31/02/2025\n"))
    Traceback (most recent call last):
    ...
    claimrec.errors.FormatError: <input>, line 2: when='31/02/2025': not a calendar date ...
    """
    if isinstance(path, str | os.PathLike):
        where = os.fspath(path)
        target = Path(where)
        if target.is_dir():
            raise FormatError(where, [(1, "is a directory, not a CSV file")])
        try:
            text = target.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            line = target.read_bytes()[: exc.start].count(b"\n") + 1
            raise FormatError(
                where, [(line, f"not UTF-8 (byte {exc.object[exc.start]:#x}); save it as UTF-8")]
            ) from None
    else:
        where = getattr(path, "name", None) or "<input>"
        text = path.read()
    header, rows = _csv_rows(text, where)
    return _rows_to_claims(rows, header, where=where, dayfirst=dayfirst, extra=extra)


# --------------------------------------------------------------------------- writing


def to_records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Return claims as flat dicts, one per claim, with the columns of ``docs/tables.md``.

    Intervals are ``low``/``best``/``high``; ``value`` is the phrase as said.

    Examples
    --------
    >>> import claimrec as cr
    >>> record = cr.to_records(cr.datasets.mali_2025())[1]
    >>> record["id"], record["value"], record["low"], record["outlet"], record["relays_outlet"]
    ('fama-neutralised', 'over 80', 81.0, 'News report', 'ORTM')
    """
    out = []
    for claim in claims:
        if not isinstance(claim, Claim):
            raise InvalidClaimError(
                "claims", claim, "expected Claims (a result has its own to_records(table))"
            )
        out.append(claim_record(claim))
    return out


def to_frame(claims: Iterable[Claim]) -> Any:
    """Return claims as a pandas DataFrame, one row a claim (needs ``claimrec[frames]``).

    Examples
    --------
    >>> import claimrec as cr
    >>> _ = __import__("pytest").importorskip("pandas")
    >>> df = cr.to_frame(cr.datasets.mali_2025())
    >>> df.shape[0], list(df.columns[:3])
    (17, ['id', 'source', 'source_kind'])
    """
    return frame(to_records(claims), CLAIM_COLUMNS)


def write_csv(claims: Iterable[Claim], path: str | os.PathLike[str] | IO[str]) -> None:
    """Write claims to a CSV file (UTF-8, comma separated) that :func:`read_csv` reads back.

    Examples
    --------
    >>> import io, claimrec as cr
    >>> buffer = io.StringIO()
    >>> cr.write_csv(cr.datasets.mali_2025(), buffer)
    >>> cr.read_csv(io.StringIO(buffer.getvalue())) == cr.datasets.mali_2025()
    True
    """
    buffer = io.StringIO()
    write_records(to_records(claims), buffer, CLAIM_COLUMNS)
    if isinstance(path, str | os.PathLike):
        Path(path).write_text(buffer.getvalue(), encoding="utf-8")
    else:
        path.write(buffer.getvalue())


def write_records(
    records: Iterable[Mapping[str, Any]], handle: IO[str], columns: Iterable[str]
) -> None:
    """Write flat records as CSV: empty cells for None, ``true``/``false`` for booleans."""
    writer = csv.writer(handle, lineterminator="\n")
    columns = list(columns)
    writer.writerow(columns)
    for record in records:
        row = []
        for column in columns:
            cell = record.get(column)
            if cell is None:
                row.append("")
            elif isinstance(cell, bool):
                row.append("true" if cell else "false")
            elif isinstance(cell, float) and cell.is_integer():
                row.append(str(int(cell)))
            else:
                row.append(str(cell))
        writer.writerow(row)
