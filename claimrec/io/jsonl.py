"""JSON Lines reading and writing of claims, with their sources and reports.

The format is one JSON object a line, each with a ``"type"``:

- ``{"type": "source", "name": "FAMa", "kind": "state", ...}``
- ``{"type": "report", "id": "r1", "outlet": "ORTM", "published": "2025-07-01", "relays": null}``
- ``{"type": "claim", "source": "FAMa", "via": "r1", "subject": "militants", ...}``

Claims refer to sources by name and to reports by id, so a source or report is
written once however many claims it carries; a report's ``relays`` names the report
it repeats. Typed values are objects with their own ``"type"`` (``"quantity"``,
``"timespan"``, ``"category"``); plain strings and booleans stay as they are.
Hand-written files may embed a source or a report object inside a claim, or give
the source as a bare name.

Writing then reading gives back equal claims. Malformed lines raise
:class:`~claimrec.FormatError` listing every bad line with its number.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import warnings
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import IO, Any

import attrs

from claimrec._gc import paused
from claimrec._limits import MAX_RELAY_DEPTH
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import ClaimrecError, ClaimrecWarning, FormatError
from claimrec.io._json import JSONProblem, check_encoding, decode, loads
from claimrec.model import Claim, Report, Source, Value, _assemble_claim, _assemble_report
from claimrec.quantity import Quantity
from claimrec.timespan import TimeSpan

__all__ = ["dumps_jsonl", "loads_jsonl", "read_jsonl", "write_jsonl"]

_VALUE_TYPES: dict[str, type[Any]] = {
    "quantity": Quantity,
    "timespan": TimeSpan,
    "category": Category,
    "set": SetValue,
    "unstated": Unstated,
}
_TYPE_NAMES = {cls: name for name, cls in _VALUE_TYPES.items()}


# --------------------------------------------------------------------------- encoding


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _encode_attrs(obj: Any) -> dict[str, Any]:
    return {
        f.name: _plain(getattr(obj, f.name))
        for f in attrs.fields(type(obj))
        if f.init and not f.name.startswith("_")
    }


def _encode_value(value: Value) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    record: dict[str, Any] = {"type": _TYPE_NAMES[type(value)]}
    record.update(_encode_attrs(value))
    if isinstance(value, SetValue):  # members as a sorted list, the count as a quantity
        record["members"] = sorted(value.members)
        record["count"] = _encode_value(value.count)
    return record


#: At most this many distinct typed values are remembered while one file is read.
_VALUE_CACHE_SIZE = 1 << 16


def _decode_cached(data: Any, field: str, cache: dict[Any, Value]) -> Value:
    """:func:`_decode_value`, building each distinct typed value of a file once.

    A million claims carry a few thousand distinct dates and figures; the typed values
    are frozen, so claims that wrote the same object share one.
    """
    if not isinstance(data, dict):
        return _decode_value(data, field)
    try:
        key = tuple(data.items())
        found = cache.get(key)
    except TypeError:  # an unhashable member (a list): decode it alone
        return _decode_value(data, field)
    if found is None:
        found = _decode_value(data, field)
        if len(cache) >= _VALUE_CACHE_SIZE:
            cache.clear()
        cache[key] = found
    return found


def _decode_value(data: Any, field: str) -> Value:
    if data is None or isinstance(data, bool | str):
        return data
    if isinstance(data, int | float):
        return Quantity.parse(data)
    if isinstance(data, list):  # "value": ["weapons", "vehicles"] is a list value
        return SetValue(members=data)
    if not isinstance(data, dict) or data.get("type") not in _VALUE_TYPES:
        kinds = ", ".join(sorted(_VALUE_TYPES))
        raise ValueError(
            f"{field}: expected a string, a boolean, null or an object of type {kinds}"
        )
    kwargs = {k: v for k, v in data.items() if k != "type"}
    cls = _VALUE_TYPES[data["type"]]
    if cls is SetValue and isinstance(kwargs.get("count"), dict):
        kwargs["count"] = _decode_value(kwargs["count"], field)
    if cls is TimeSpan:
        for key in ("start", "end"):
            if isinstance(kwargs.get(key), str):
                kwargs[key] = dt.datetime.fromisoformat(kwargs[key])
    try:
        return cls(**kwargs)  # type: ignore[no-any-return]
    except TypeError as exc:
        raise ValueError(f"{field}: {exc}") from None


def _source_record(source: Source) -> dict[str, Any]:
    return {"type": "source", **_encode_attrs(source)}


def _report_record(report: Report) -> dict[str, Any]:
    record = {"type": "report", **_encode_attrs(report)}
    record["relays"] = report.relays.id if report.relays is not None else None
    return record


def _claim_record(claim: Claim, sources: dict[str, Source]) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "claim", "id": claim.id}
    # A source whose name is taken by a different Source object is written inline.
    declared = sources.get(claim.source.name)
    record["source"] = (
        claim.source.name if declared == claim.source else _encode_attrs(claim.source)
    )
    record.update(
        subject=claim.subject,
        predicate=claim.predicate,
        value=_encode_value(claim.value),
        polarity=claim.polarity.value,
        hedge=claim.hedge,
        qualifiers=list(claim.qualifiers),
        actor=claim.actor,
        place=claim.place,
        when=_encode_value(claim.when),
        stated=_encode_value(claim.stated),
        event=claim.event,
        via=claim.via.id if claim.via is not None else None,
        quote=claim.quote,
    )
    return {k: v for k, v in record.items() if v is not None and v != []}


def _records(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    claims = list(claims)
    sources: dict[str, Source] = {}
    reports: dict[str, Report] = {}
    for claim in claims:
        sources.setdefault(claim.source.name, claim.source)
        if claim.via is not None:
            for report in reversed(claim.via.chain()):
                reports.setdefault(report.id, report)
    for source in sources.values():
        yield _source_record(source)
    for report in reports.values():
        yield _report_record(report)
    for claim in claims:
        yield _claim_record(claim, sources)


def dumps_jsonl(claims: Iterable[Claim]) -> str:
    """Return claims as JSON Lines text: sources first, then reports, then claims.

    Examples
    --------
    >>> import claimrec as cr
    >>> text = cr.dumps_jsonl([cr.Claim(source="JNIM", subject="bases", predicate="captured",
    ...                                 value="3", id="c1")])
    >>> print(text.splitlines()[0])
    {"type": "source", "name": "JNIM", "kind": "other", "aliases": []}
    >>> cr.loads_jsonl(text)[0].value.best
    3.0
    """
    lines = []
    for record in _records(claims):
        compact = {k: v for k, v in record.items() if v is not None}
        lines.append(json.dumps(compact, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def write_jsonl(claims: Iterable[Claim], path: str | os.PathLike[str] | IO[str]) -> None:
    """Write claims (with their sources and reports) to a JSON Lines file or text stream.

    Examples
    --------
    >>> import io, claimrec as cr
    >>> buffer = io.StringIO()
    >>> cr.write_jsonl(cr.datasets.mali_2025(), buffer)
    >>> cr.read_jsonl(io.StringIO(buffer.getvalue())) == cr.datasets.mali_2025()
    True
    """
    text = dumps_jsonl(claims)
    if isinstance(path, str | os.PathLike):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)


# --------------------------------------------------------------------------- decoding


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, what: str) -> None:
        self.items.append((line, what))


class _LineError(Exception):
    def __init__(self, line: int, what: str) -> None:
        super().__init__(what)
        self.line = line
        self.what = what


def _build_report(
    rid: str,
    raw: dict[str, tuple[int, dict[str, Any]]],
    built: dict[str, Report],
) -> Report:
    # Follow the relay chain back to a built report or the origin, then build forwards:
    # iterative, so a chain of any length cannot exhaust the stack.
    chain: list[str] = []
    current: str | None = rid
    while current is not None and current not in built:
        line, data = raw[current]
        if current in chain:
            raise _LineError(line, f"report {current!r} relays itself through a cycle")
        chain.append(current)
        if len(chain) > MAX_RELAY_DEPTH:
            raise _LineError(
                raw[rid][0], f"report {rid!r}: relay chain longer than {MAX_RELAY_DEPTH} reports"
            )
        relayed = data.get("relays")
        if relayed is not None and (not isinstance(relayed, str) or relayed not in raw):
            raise _LineError(line, f"report {current!r} relays unknown report {relayed!r}")
        current = relayed
    for link in reversed(chain):
        line, data = raw[link]
        kwargs = {k: v for k, v in data.items() if k != "type"}
        relayed = kwargs.pop("relays", None)
        if relayed is not None:
            kwargs["relays"] = built[relayed]
        try:
            built[link] = _assemble_report(kwargs)
        except (ClaimrecError, TypeError) as exc:
            raise _LineError(line, str(exc)) from None
        raw[link] = (line, _BUILT)  # its parsed line is no longer needed
    return built[rid]


_BUILT: dict[str, Any] = {}


_CLAIM_KEYS = frozenset({
    "id", "source", "subject", "predicate", "value", "polarity", "hedge", "qualifiers",
    "actor", "place", "when", "stated", "event", "via", "quote",
})  # fmt: skip
_LINE_KEYS = _CLAIM_KEYS | {"type"}


def _build_claim(
    data: dict[str, Any],
    sources: dict[str, Source],
    reports: dict[str, Report],
    values: dict[Any, Value],
) -> Claim:
    if not _LINE_KEYS.issuperset(data):
        raise ValueError(f"unknown claim fields {sorted(set(data) - _LINE_KEYS)}")
    if "source" not in data or "subject" not in data or "predicate" not in data:
        missing = [key for key in ("source", "subject", "predicate") if key not in data]
        raise ValueError("a claim needs " + ", ".join(repr(key) for key in missing))
    kwargs = dict(data)
    kwargs.pop("type", None)
    source = kwargs["source"]
    if isinstance(source, str):
        kwargs["source"] = sources.get(source, source)
    via = kwargs.get("via")
    if isinstance(via, str):
        if via not in reports:
            raise ValueError(f"via names unknown report {via!r}")
        kwargs["via"] = reports[via]
    for key in ("value", "when", "stated"):
        if key in kwargs:
            kwargs[key] = _decode_cached(kwargs[key], key, values)
    # Most lines repeat texts and values already converted: assembled without converters.
    return _assemble_claim(kwargs)


def _read_lines(lines: Iterable[str | bytes], path: str | None, encoding: str) -> list[Claim]:
    # Millions of new objects (parsed lines, reports, claims), none of them in a cycle:
    # the cyclic collector would scan them again and again and free nothing.
    with paused():
        return _read_objects(lines, path, encoding)


def _read_objects(lines: Iterable[str | bytes], path: str | None, encoding: str) -> list[Claim]:
    problems = _Problems()
    sources: dict[str, Source] = {}
    raw_reports: dict[str, tuple[int, dict[str, Any]]] = {}
    reports: dict[str, Report] = {}
    values: dict[Any, Value] = {}
    # A claim is built as soon as its line is read when its source and report are known,
    # so that a million parsed lines are not held at once; the others (a source declared
    # further down, a bad line) wait for the end, where they are built or reported in order.
    claims: list[Claim | None] = []
    waiting: list[tuple[int, int, dict[str, Any]]] = []  # (slot in claims, line, data)
    for number, raw in enumerate(lines, start=1):
        try:
            line = decode(raw, encoding, first=number == 1) if isinstance(raw, bytes) else raw
            if not line or line.isspace():  # what strip() would leave empty, without a copy
                continue
            data = loads(line)
        except JSONProblem as exc:
            problems.add(number, str(exc))
            continue
        if not isinstance(data, dict):
            problems.add(number, "not a JSON object")
            continue
        kind = data.get("type", "claim")
        if kind == "source":
            try:
                source = Source(**{k: v for k, v in data.items() if k != "type"})
            except (ClaimrecError, TypeError) as exc:
                problems.add(number, str(exc))
                continue
            if source.name in sources and sources[source.name] != source:
                problems.add(number, f"source {source.name!r} declared twice, differently")
            sources[source.name] = source
        elif kind == "report":
            rid = data.get("id")
            if not isinstance(rid, str) or not rid.strip():
                problems.add(number, "a report line needs a non-blank 'id'")
            elif rid in raw_reports:
                problems.add(number, f"report id {rid!r} declared twice")
            else:
                raw_reports[rid] = (number, data)
        elif kind == "claim":
            claim = _build_now(data, sources, raw_reports, reports, values)
            if claim is None:
                waiting.append((len(claims), number, data))
            claims.append(claim)
        else:
            problems.add(number, f"unknown record type {kind!r} (source, report or claim)")

    for rid in raw_reports:
        try:
            _build_report(rid, raw_reports, reports)
        except _LineError as exc:
            if (exc.line, exc.what) not in problems.items:
                problems.add(exc.line, exc.what)

    for slot, number, data in waiting:
        try:
            claims[slot] = _build_claim(data, sources, reports, values)
        except (ClaimrecError, TypeError, ValueError) as exc:
            problems.add(number, str(exc))
    if problems.items:
        raise FormatError(path, sorted(problems.items))
    built = [c for c in claims if c is not None]  # all of them: a missing one is a problem
    if not built:
        warnings.warn(
            f"{path or '<input>'}: no claims (the input is empty or holds only sources"
            " and reports)",
            ClaimrecWarning,
            stacklevel=4,
        )
    return built


def _build_now(
    data: dict[str, Any],
    sources: dict[str, Source],
    raw_reports: dict[str, tuple[int, dict[str, Any]]],
    reports: dict[str, Report],
    values: dict[Any, Value],
) -> Claim | None:
    """Build a claim while its line is read, or return None when it must wait for the end.

    It waits when it names a source not declared yet (a later line may declare it), a
    report whose relay chain is not complete yet, or when it is bad (its error is reported
    with the others, in line order, at the end).
    """
    source = data.get("source")
    if isinstance(source, str) and source not in sources:
        return None
    via = data.get("via")
    if isinstance(via, str) and via not in reports:
        if via not in raw_reports:
            return None
        try:
            _build_report(via, raw_reports, reports)
        except _LineError:
            return None
    try:
        return _build_claim(data, sources, reports, values)
    except (ClaimrecError, TypeError, ValueError):
        return None


def loads_jsonl(text: str | bytes, *, encoding: str = "utf-8") -> list[Claim]:
    r"""Read claims from JSON Lines text (or bytes, decoded with ``encoding``).

    Parameters
    ----------
    text : str or bytes
        The JSON Lines.
    encoding : str, default "utf-8"
        For bytes: the text encoding (a UTF-8 byte-order mark is skipped).

    Raises
    ------
    FormatError
        Listing every malformed line with its number: not JSON, not in ``encoding``,
        a key twice in one object, a number beyond float range or of more than 100
        digits, nesting too deep, a bad field.

    Warns
    -----
    ClaimrecWarning
        When the input holds no claim.

    Examples
    --------
    >>> import claimrec as cr
    >>> lines = '{"source": "FAMa", "subject": "militants", "predicate": "killed"}\n'
    >>> cr.loads_jsonl(lines)[0].subject
    'militants'
    >>> cr.loads_jsonl('{"type": "claim"}\nnot json\n')
    Traceback (most recent call last):
    ...
    claimrec.errors.FormatError: <input>: 2 bad lines
      line 1: a claim needs 'source', 'subject', 'predicate'
      line 2: not JSON (Expecting value at column 1)
    >>> cr.loads_jsonl('{"source": "FAMa", "subject": "Ménaka", "predicate": "attacked"}'
    ...                .encode("latin-1"))
    Traceback (most recent call last):
    ...
    claimrec.errors.FormatError: <input>, line 1: byte 0xe9 at column 33 is not utf-8 text
    (try encoding='latin-1')
    """
    if isinstance(text, bytes | bytearray):
        return _read_binary(io.BytesIO(text), None, encoding)
    if not isinstance(text, str):
        raise FormatError(None, [(0, f"expected text or bytes, not {type(text).__name__}")])
    return _read_lines(io.StringIO(text), None, encoding)


def read_jsonl(
    path: str | os.PathLike[str] | IO[str] | IO[bytes], *, encoding: str = "utf-8"
) -> list[Claim]:
    """Read claims from a JSON Lines file (or text or binary stream), in file order.

    Parameters
    ----------
    path : str, path-like, or text or binary stream
        The file to read.
    encoding : str, default "utf-8"
        The file's text encoding (``"latin-1"``, ``"cp1252"``...); a UTF-8 byte-order mark
        is skipped. Bytes that are not in it are reported by line, not replaced.

    Returns
    -------
    list of Claim

    Raises
    ------
    FormatError
        Listing every malformed line with its number (see :func:`loads_jsonl`), or for
        an unknown ``encoding``.

    Warns
    -----
    ClaimrecWarning
        When the file holds no claim.

    Examples
    --------
    >>> import claimrec as cr
    >>> from importlib.resources import files
    >>> claims = cr.read_jsonl(files("claimrec") / "data" / "mali_2025.jsonl")
    >>> len(claims) == len(cr.datasets.mali_2025())
    True
    """
    name = _source_name(path)
    if isinstance(path, str | os.PathLike):
        with Path(os.fspath(path)).open("rb") as handle:
            return _read_binary(handle, name, encoding)
    if hasattr(path, "read_bytes") and not hasattr(path, "read"):
        return _read_binary(io.BytesIO(path.read_bytes()), name, encoding)
    if isinstance(path, io.TextIOBase):
        return _read_lines(path, name, encoding)
    return _read_binary(path, name, encoding)


def _read_binary(stream: IO[bytes] | IO[str], name: str | None, encoding: str) -> list[Claim]:
    """Read a binary stream (or a text stream not known as one) line by line."""
    bad = check_encoding(encoding)
    if bad is not None:
        raise FormatError(name, [(0, bad)])
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        # A wide encoding's newline is more than one byte: decode it whole, by line.
        raw = stream.read()
        if isinstance(raw, str):
            return _read_lines(io.StringIO(raw), name, encoding)
        try:
            text = decode(raw, encoding, max_bytes=None)
        except JSONProblem as exc:
            raise FormatError(name, [(exc.line, exc.what)]) from None
        return _read_lines(io.StringIO(text), name, encoding)
    return _read_lines(stream, name, encoding)


def _source_name(path: object) -> str | None:
    if isinstance(path, str | os.PathLike):
        return os.fspath(path)
    if hasattr(path, "read_bytes") and not hasattr(path, "read"):
        return str(path)
    name = getattr(path, "name", None)
    return name if isinstance(name, str) else None
