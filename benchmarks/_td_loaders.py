"""Loaders for the truth-discovery benchmark data (Book, Flights, BirthPlaces).

Each loader returns a :class:`Dataset`: the :class:`ClaimTable` with the normalisation the data
needs, and the gold truth as ``{item label: accepted value labels}``. The normalisation uses the
claims only; the gold is read only to score.
"""

from __future__ import annotations

import csv
import html
import re
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from claimrec._text import normalize
from claimrec.reconciliation._table import ClaimTable, implication_from_hierarchy


@dataclass
class Dataset:
    name: str
    table: ClaimTable
    gold: dict[Hashable, Hashable]  # item label -> the value label that counts as right
    on_path: dict[Hashable, frozenset[Hashable]] = field(default_factory=dict)  # lenient truth
    notes: str = ""
    options: dict[str, object] = field(default_factory=dict)  # estimator options the data needs


# --------------------------------------------------------------------------------------------
# Book: author lists


_MISSING = {"", "not available", "0", "n a", "na", "unknown", "none", "various", "anonymous"}
_ROLE = re.compile(
    r"\((?:[^()]*\b(?:author|editor|ed|eds|with|joint|illustrator|translator|contributor|"
    r"foreword|introduction|compiler|adapter|photographer|reader)\b[^()]*)\)",
    re.IGNORECASE,
)
_BY_ROLE = re.compile(r"\bby\s*\(\s*\w+\s*\)\s*", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]*\)")
_EDITOR_TAIL = re.compile(r"\b(?:edited by|editor:|editors:|ed\.:)\s.*$", re.IGNORECASE)
_ET_AL = re.compile(r"\bet\.?\s*al\b\.?|\band others\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:;|/|\||&|\band\b|\n|\bby\b)\s*", re.IGNORECASE)
_BR = re.compile(r"(?<=[A-Za-z.])BR(?=[A-Z])")
_GLUED = re.compile(r"(?<=[a-z.])(?=[A-Z][a-z]+,)")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv", "phd", "dr", "prof", "mr", "mrs", "ms", "md"}


def _is_initial(token: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return (
        len(letters) <= 1
        or (token.endswith(".") and len(letters) <= 2)
        or ("." in token and len(letters) <= 3)
    )


def _surname(text: str) -> str | None:
    words = [w for w in normalize(text).split() if w not in _SUFFIX]
    words = [w for w in words if len(w) > 1]
    return words[-1] if words else None


def _unglue(chunk: str) -> list[str]:
    """Split "Musser, David R.Derge, Gillmer J." after a comma has been seen."""
    out: list[str] = []
    start = 0
    for m in _GLUED.finditer(chunk):
        if "," in chunk[start : m.start()]:
            out.append(chunk[start : m.start()])
            start = m.start()
    out.append(chunk[start:])
    return out


def _names_in_chunk(chunk: str) -> list[str]:
    pieces = [p.strip() for p in chunk.split(",")]
    pieces = [p for p in pieces if p and normalize(p) not in _SUFFIX]
    if not pieces:
        return []
    if len(pieces) == 1:
        s = _surname(pieces[0])
        return [s] if s else []
    if all(len(p.split()) >= 2 for p in pieces):  # "First Last, First Last"
        return [s for s in (_surname(p) for p in pieces) if s]
    lasts: list[str] = []
    expect_last = True
    for k, piece in enumerate(pieces):
        if expect_last:
            s = _surname(piece)
            if s:
                lasts.append(s)
            expect_last = False
            continue
        tokens = piece.split()
        rest = pieces[k + 1 :]
        alternating = len(rest) >= 2 and len(rest[0].split()) == 1
        if len(tokens) >= 2 and rest and not _is_initial(tokens[-1]) and not alternating:
            s = _surname(tokens[-1])  # "PETER ALLEN": given name, then the next surname
            if s:
                lasts.append(s)
            continue
        expect_last = True
    return lasts


def parse_authors(text: str) -> tuple[str, ...] | None:
    """Return the sorted surnames of an author list, or None when it says nothing.

    >>> parse_authors("Musser, David R.; Saini, Atul; Derge, Gillmer J.")
    ('derge', 'musser', 'saini')
    >>> parse_authors("Peter Aiken, M. David Allen")
    ('aiken', 'allen')
    >>> parse_authors("MUSSER, DAVID R. SAINI, ATUL DERGE, GILLMER J.")
    ('derge', 'musser', 'saini')
    >>> parse_authors("Dann, Wanda P.BRCooper, StephenBRPausch, Randy")
    ('cooper', 'dann', 'pausch')
    >>> parse_authors("Not Available") is None
    True
    """
    text = html.unescape(text).strip()
    if normalize(text) in _MISSING:
        return None
    text = _BY_ROLE.sub(";", text)
    text = _ROLE.sub(";", text)
    text = _EDITOR_TAIL.sub("", text)
    text = _PAREN.sub(" ", text)
    text = _ET_AL.sub("", text)
    text = _BR.sub(";", text)
    lasts: set[str] = set()
    for chunk in _SEPARATORS.split(text):
        for part in _unglue(chunk):
            lasts.update(_names_in_chunk(part))
    return tuple(sorted(lasts)) or None


def parse_gold_authors(text: str) -> tuple[str, ...]:
    """Parse the gold format ``last, first; last, first;``.

    >>> parse_gold_authors("aiken, peter ;  allen, m. david;")
    ('aiken', 'allen')
    """
    lasts = set()
    for person in text.split(";"):
        if person.strip():
            s = _surname(person.split(",")[0])
            if s:
                lasts.add(s)
    return tuple(sorted(lasts))


def load_book(root: Path) -> Dataset:
    folder = root / "book"
    sources: list[str] = []
    items: list[str] = []
    values: list[tuple[str, ...]] = []
    groups: list[tuple[str, str]] = []
    with (folder / "book.txt").open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            source, isbn, _title, authors = parts[:4]
            parsed = parse_authors(authors)
            if parsed is None:
                continue
            sources.append(source.strip())
            items.append(isbn.strip())
            values.append(parsed)
            groups.append((source.strip(), isbn.strip()))  # one seller's listings: one vote
    table = ClaimTable.from_records(sources, items, values, groups=groups)
    gold: dict[Hashable, Hashable] = {}
    with (folder / "book_golden.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0].strip():
                gold[parts[0].strip()] = parse_gold_authors(parts[1])
    gold = {k: v for k, v in gold.items() if k in set(table.items)}
    return Dataset(
        name="book",
        table=table,
        gold=gold,
        notes="author lists compared as sets of normalised surnames; a seller's listings of one "
        "ISBN form one evidence group",
    )


# --------------------------------------------------------------------------------------------
# Flights: times of day

_TIME = re.compile(
    r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)\s*([aApP]\.?\s?[mM]\.?|noon|midnight|[aApP](?![a-z]))?"
)
_ATTRS = ("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time")


def parse_time(text: str) -> int | None:
    """Return minutes after midnight of the first time in ``text``, or None.

    >>> parse_time("7:10 a.m."), parse_time("12/02/2011 6:55 p.m."), parse_time("12:05aDec 1")
    (430, 1135, 5)
    >>> parse_time("Not Available") is None, parse_time("Thu  14:07"), parse_time("12:00noon")
    (True, 847, 720)
    """
    m = _TIME.search(text)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    mark = (m.group(3) or "").lower().replace(".", "").replace(" ", "")
    if mark.startswith("a") and hour == 12:
        hour = 0
    elif (mark.startswith("p") and hour < 12) or (mark == "noon" and hour < 12):
        hour += 12
    elif mark == "midnight":
        hour = 0
    return hour * 60 + minute


def load_flights(root: Path) -> Dataset:
    folder = root / "flights"
    sources: list[str] = []
    items: list[tuple[str, str]] = []
    values: list[int] = []
    with (folder / "flights_dirty.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for attr in _ATTRS:
                minutes = parse_time(row[attr] or "")
                if minutes is not None:
                    sources.append(row["src"])
                    items.append((row["flight"], attr))
                    values.append(minutes)
    table = ClaimTable.from_records(sources, items, values)
    gold: dict[Hashable, Hashable] = {}
    with (folder / "flights_clean.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for attr in _ATTRS:
                minutes = parse_time(row[attr] or "")
                if minutes is not None:
                    gold[(row["flight"], attr)] = minutes
    known_items = set(table.items)
    gold = {k: v for k, v in gold.items() if k in known_items}
    return Dataset(
        name="flights",
        table=table,
        gold=gold,
        notes="times normalised to minutes after midnight (dates and notes dropped); "
        "items are (flight, attribute)",
    )


# --------------------------------------------------------------------------------------------
# BirthPlaces: a place hierarchy


def load_birthplaces(root: Path) -> Dataset:
    folder = root / "birthplaces"
    names: dict[int, str] = {}
    parent: dict[int, int] = {}
    with (folder / "hierarchy.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names[int(row["ID"])] = row["name"]
            parent[int(row["ID"])] = int(row["parentID"])
    by_name: dict[str, list[int]] = defaultdict(list)
    for node, name in names.items():
        by_name[name].append(node)

    def ancestors(label: Hashable) -> frozenset[str]:
        out: set[str] = set()
        for node in by_name.get(str(label), []):
            p = parent.get(node, -1)
            while p > 0 and p in names:  # node 0 is the root
                out.add(names[p])
                p = parent.get(p, -1)
        return frozenset(out)

    sources: list[str] = []
    items: list[str] = []
    values: list[str] = []
    with (folder / "claims.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            sources.append(row["src"])
            items.append(row["obj"])
            values.append(row["value"])
    table = ClaimTable.from_records(sources, items, values)
    table = table.with_implication(implication_from_hierarchy(table, _cached(ancestors)))
    claimed: dict[str, set[str]] = defaultdict(set)
    for item, value in zip(items, values, strict=True):
        claimed[item].add(value)
    gold: dict[Hashable, Hashable] = {}
    on_path: dict[Hashable, frozenset[Hashable]] = {}
    with (folder / "groundtruths.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            path = row["value"].split(",")
            # TDH's evaluation: the exact truth is the most specific gold-path node some source
            # claims (the gold truncated to the claimed level)
            exact = next((p for p in path if p in claimed[row["obj"]]), path[0])
            gold[row["obj"]] = exact
            on_path[row["obj"]] = frozenset(path)
    return Dataset(
        name="birthplaces",
        table=table,
        gold=gold,
        on_path=on_path,
        notes="hierarchy implication (child entails ancestor 1, ancestor supports child 0.5); "
        "exact truth = most specific claimed gold-path node (TDH's evaluation)",
        options={"specific": 0.5},  # prefer the more specific place (docs/truth_discovery.md)
    )


def _cached(fn: Callable[[Hashable], frozenset[str]]) -> Callable[[Hashable], frozenset[str]]:
    cache: dict[Hashable, frozenset[str]] = {}

    def inner(label: Hashable) -> frozenset[str]:
        if label not in cache:
            cache[label] = fn(label)
        return cache[label]

    return inner


LOADERS: dict[str, Callable[[Path], Dataset]] = {
    "book": load_book,
    "flights": load_flights,
    "birthplaces": load_birthplaces,
}


def uniform_categorical(
    rng: np.random.Generator,
    n: int,
    accuracy: np.ndarray,
    n_items: int,
    k: int,
    *,
    source_digits: int = 0,
) -> tuple[ClaimTable, np.ndarray]:
    """Return ``n`` synthetic claims and, per value, whether it is the item's true value.

    Each claim's source is drawn uniformly and is right with its ``accuracy``; an item's true
    value is one of ``k`` labels drawn at random (so that a tie-break favouring the smallest
    label favours no method), and a wrong claim picks one of the other ``k - 1``.
    """
    n_sources = len(accuracy)
    src = rng.integers(0, n_sources, n)
    item = rng.integers(0, n_items, n)
    right = rng.random(n) < accuracy[src]
    true_value = rng.integers(0, k, n_items)
    value = np.where(right, true_value[item], (true_value[item] + rng.integers(1, k, n)) % k)
    table = ClaimTable.from_records(
        [f"s{x:0{source_digits}d}" for x in src.tolist()],
        [f"i{x}" for x in item.tolist()],
        [f"v{x}" for x in value.tolist()],
        numeric=None,
    )
    truth_of = {f"i{i}": f"v{v}" for i, v in enumerate(true_value.tolist())}
    truth = np.array(
        [table.values[v] == truth_of[table.items[i]] for v, i in enumerate(table.value_item)]
    )
    return table, truth
