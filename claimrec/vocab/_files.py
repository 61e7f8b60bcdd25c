"""Reading the vocabulary files: JSON and CSV rows, each problem with its line."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

from claimrec.errors import FormatError, InvalidClaimError

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

from claimrec.vocab._actors import ActorVocabulary
from claimrec.vocab._catalogue import _T
from claimrec.vocab._phrases import PredicateVocabulary, SubjectVocabulary
from claimrec.vocab._places import Gazetteer
from claimrec.vocab._records import Actor, Place, Predicate, SubjectClass

# --------------------------------------------------------------------------- file formats

_ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "kind",
        "party",
        "aliases",
        "part_of",
        "countries",
        "valid_from",
        "valid_to",
        "note",
    }
)
_PREDICATE_KEYS = frozenset(
    {
        "id",
        "family",
        "value_type",
        "synonyms",
        "entails",
        "excludes",
        "acled",
        "acled_field",
        "note",
    }
)
_SUBJECT_KEYS = frozenset({"id", "name", "synonyms", "broader", "excludes", "note"})
_PLACE_COLUMNS = (
    "id",
    "name",
    "kind",
    "country",
    "parent",
    "lat",
    "lon",
    "geonames_id",
    "aliases",
    "covers",
)
_REQUIRED_COLUMNS = ("id", "name", "kind")
#: Optional columns of a places file read beside the places (not fields of :class:`Place`).
_PLACE_EXTRA = ("population",)

_V = TypeVar("_V")


def _element_lines(text: str) -> list[int]:
    """Return the line of each object in the file's main list (depth-2 or top-level list)."""
    lines: list[int] = []
    stack: list[str] = []
    line = 1
    in_string = escaped = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            if ch == "{" and stack in (["{", "["], ["["]):
                lines.append(line)
            stack.append(ch)
        elif ch in "}]" and stack:
            stack.pop()
    return lines


def _json_rows(
    text: str, where: str, list_key: str
) -> tuple[list[tuple[int, Any]], Mapping[str, Any]]:
    """Return (line, element) pairs of the file's main list and the top-level object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(where, [(exc.lineno, f"not JSON: {exc.msg}")]) from exc
    top: Mapping[str, Any] = data if isinstance(data, dict) else {}
    elements = data.get(list_key) if isinstance(data, dict) else data
    if not isinstance(elements, list):
        raise FormatError(where, [(1, f"expected a list of entries under {list_key!r}")])
    lines = _element_lines(text)
    if len(lines) != len(elements):  # entries that are not objects: number them
        lines = list(range(1, len(elements) + 1))
    return list(zip(lines, elements, strict=True)), top


def _record_rows(
    rows: Iterable[tuple[int, Any]],
    allowed: frozenset[str],
    make: Callable[[Mapping[str, Any]], _T],
    what: str,
) -> tuple[list[_T], dict[str, int], list[tuple[int, str]]]:
    items: list[_T] = []
    lines: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for line, row in rows:
        if not isinstance(row, dict):
            problems.append((line, f"expected a JSON object for each {what}"))
            continue
        unknown = sorted(set(row) - allowed)
        if unknown:
            problems.append((line, f"unknown keys {unknown} (expected {sorted(allowed)})"))
            continue
        try:
            item = make(row)
        except InvalidClaimError as exc:
            problems.append((line, str(exc)))
            continue
        except TypeError as exc:  # a missing required field
            problems.append((line, f"missing field: {exc}"))
            continue
        if item.id in lines:
            problems.append((line, f"id={item.id!r}: already used on line {lines[item.id]}"))
            continue
        lines[item.id] = line
        items.append(item)
    return items, lines, problems


def _make_actor(row: Mapping[str, Any]) -> Actor:
    return Actor(**row)


def _make_predicate(row: Mapping[str, Any]) -> Predicate:
    return Predicate(**row)


def _make_subject(row: Mapping[str, Any]) -> SubjectClass:
    return SubjectClass(**row)


def _make_place(row: Mapping[str, Any]) -> Place:
    fields = {k: v for k, v in row.items() if k in _PLACE_COLUMNS}
    for multi in ("aliases", "covers"):
        raw = fields.get(multi) or ""
        fields[multi] = [part.strip() for part in raw.split("|") if part.strip()]
    return Place(**fields)


def _csv_rows(text: str, where: str) -> list[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise FormatError(where, [(1, "empty file (expected a header row)")]) from None
    problems: list[tuple[int, str]] = []
    unknown = [h for h in header if h not in _PLACE_COLUMNS and h not in _PLACE_EXTRA]
    missing = [c for c in _REQUIRED_COLUMNS if c not in header]
    if unknown:
        problems.append((1, f"unknown columns {unknown} (expected {list(_PLACE_COLUMNS)})"))
    if missing:
        problems.append((1, f"missing columns {missing}"))
    if problems:
        raise FormatError(where, problems)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append((reader.line_num, f"{len(cells)} cells for {len(header)} columns"))
                continue
            rows.append(
                (reader.line_num, dict(zip(header, (c.strip() for c in cells), strict=False)))
            )
    except csv.Error as exc:
        raise FormatError(where, [(reader.line_num, f"not CSV: {exc}")]) from exc
    if problems:
        raise FormatError(where, problems)
    return rows


def _finish(
    where: str,
    problems: list[tuple[int, str]],
    items: Sequence[Actor | Place | Predicate | SubjectClass],
    lines: Mapping[str, int],
    build: Callable[[], _V],
) -> _V:
    """Build the vocabulary from the good rows; raise every row and reference problem at once.

    The vocabulary numbers its problems by entry; they are mapped back to file lines.
    """
    problems = list(problems)
    try:
        result = build()
    except FormatError as exc:
        problems.extend(
            (lines.get(items[n - 1].id, 1) if 1 <= n <= len(items) else 1, msg)
            for n, msg in exc.problems
        )
    if problems:
        raise FormatError(where, sorted(problems))
    return result


_Source: TypeAlias = "str | os.PathLike[str] | Traversable"


def _as_traversable(path: _Source) -> Traversable:
    if isinstance(path, (str, os.PathLike)):
        return Path(path)
    return path


def _read(path: Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(str(path), [(1, f"not UTF-8 text: {exc.reason}")]) from exc


def _load_actors(path: Traversable, base: ActorVocabulary | None) -> ActorVocabulary:
    where = str(path)
    rows, _ = _json_rows(_read(path), where, "actors")
    items, lines, problems = _record_rows(rows, _ACTOR_KEYS, _make_actor, "actor")
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: ActorVocabulary(items) if base is None else base.extend(items),
    )


def _load_places(path: Traversable, base: Gazetteer | None) -> Gazetteer:
    where = str(path)
    rows = _csv_rows(_read(path), where)
    allowed = frozenset((*_PLACE_COLUMNS, *_PLACE_EXTRA))
    items, lines, problems = _record_rows(rows, allowed, _make_place, "place")
    population: dict[str, int] = {}
    for line, row in rows:
        people = row.get("population", "")
        if people and not people.isdigit():
            problems.append((line, f"population={people!r}: not a whole number"))
        elif people:
            population[row["id"]] = int(people)
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: _counted(Gazetteer(items) if base is None else base.extend(items), population),
    )


def _counted(gazetteer: Gazetteer, population: dict[str, int]) -> Gazetteer:
    """Return the gazetteer with the populations its file gives (the ``population`` column)."""
    return gazetteer._counted(population)  # noqa: SLF001 - the loader fills what it read


def _load_predicates(path: Traversable, base: PredicateVocabulary | None) -> PredicateVocabulary:
    where = str(path)
    rows, _ = _json_rows(_read(path), where, "predicates")
    items, lines, problems = _record_rows(rows, _PREDICATE_KEYS, _make_predicate, "predicate")
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: PredicateVocabulary(items) if base is None else base.extend(items),
    )


def _load_subjects(path: Traversable, base: SubjectVocabulary | None) -> SubjectVocabulary:
    where = str(path)
    rows, top = _json_rows(_read(path), where, "classes")
    items, lines, problems = _record_rows(rows, _SUBJECT_KEYS, _make_subject, "subject class")
    groups = top.get("disjoint", [])
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and all(isinstance(x, str) for x in g) for g in groups
    ):
        problems.append((1, "disjoint: expected a list of lists of class ids"))
        groups = []
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: (
            SubjectVocabulary(items, disjoint=groups)
            if base is None
            else base.extend(items, disjoint=groups)
        ),
    )
