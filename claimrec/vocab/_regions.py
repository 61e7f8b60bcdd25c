"""The administrative divisions of the world gazetteer: :class:`Regions`, read on first use."""

from __future__ import annotations

import csv
from collections.abc import Sequence

from claimrec._text import _fold, normalize
from claimrec.errors import FormatError, UnknownNameError
from claimrec.vocab._base import PlaceKind
from claimrec.vocab._files import _Source
from claimrec.vocab._lazy import _LazyLayer
from claimrec.vocab._names import (
    _COMPOUND,
    _DIRECTIONS,
    ARABIC_COUNTRIES,
    _arabic_key,
    _arabic_of,
    _directed,
    _direction_key,
)
from claimrec.vocab._records import Place

#: The columns of a regions file, in order.
REGION_COLUMNS = ("id", "name", "kind", "country", "parent", "aliases", "towns")
_CANONICAL = frozenset(_DIRECTIONS.values()) | frozenset(_COMPOUND.values())
# words of divisions' names that are no base name of an area ("Northern Province", "East End")
_GENERIC = frozenset(
    {
        "province", "provinces", "region", "regional", "state", "district", "division",
        "department", "county", "end", "hill", "hills", "upper", "lower", "island",
        "islands", "atoll", "coast", "territory", "municipality", "capital",
    }
)  # fmt: skip
_KINDS = {"region": PlaceKind.REGION, "district": PlaceKind.DISTRICT}


def _plain(name: str) -> str:
    """Return a name's key, uncached (a file's 100,000 names would flush the cache)."""
    return _fold(name) or normalize(name)


def _add(index: dict[str, int | list[int]], key: str, k: int) -> None:
    had = index.get(key)
    if had is None:
        index[key] = k
    elif isinstance(had, int):
        if had != k:
            index[key] = [had, k]
    elif k not in had:
        had.append(k)


def _all(index: dict[str, int | list[int]], key: str) -> list[int]:
    had = index.get(key)
    return [] if had is None else [had] if isinstance(had, int) else had


class Regions(_LazyLayer):
    r"""The world's administrative divisions, read by exact names: regions and districts.

    The shipped file (``regions.csv``) holds GeoNames' first-level divisions of every
    country (states, provinces, governorates, regions: ``region``) and its second-level
    ones (districts, departments, local government areas: ``district``), with the towns
    of the world layer that lie in each (see ``claimrec/data/SOURCES.md``). It is read on
    the first look-up; a :class:`Place` is built only for the divisions a look-up returns.

    A name is read with its direction in either word order and language: *North Darfur*,
    *Darfur du Nord* and *Northern Darfur* are one name. Where several first-level
    divisions of a country share a base name with a direction (*North*, *South*, *West*...
    *Darfur*; *Nord-Kivu* and *Sud-Kivu*) and no division bears the base name itself, the
    base name (*Darfur*, *Kivu*) is an ``area`` that covers them (id ``area.<country>.<base>``).

    Parameters
    ----------
    source : path or Traversable, optional
        A CSV file with the columns ``id``, ``name``, ``kind`` (``region`` or ``district``),
        ``country`` (ISO 3166 alpha-2), ``parent`` (the id of the country or of the region
        holding a district), ``aliases`` and ``towns`` (``|``-separated ids of the towns in
        the division). Without it the layer is empty.

    Raises
    ------
    FormatError
        On the first look-up, naming the file and the bad rows.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from claimrec.vocab import Regions
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "regions.csv"
    >>> _ = path.write_text(
    ...     "id,name,kind,country,parent,aliases,towns\n"
    ...     "gn.1,North Vell,region,RV,RV,Northern Vell,gn.10|gn.11\n"
    ...     "gn.2,South Vell,region,RV,RV,,\n"
    ...     "gn.3,Ostrava,district,RV,gn.1,,gn.12\n", encoding="utf-8")
    >>> regions = Regions(path)
    >>> [r.id for r in regions.resolve("Vell du Nord")], regions.holding("gn.12").id
    (['gn.1'], 'gn.3')
    >>> area = regions.resolve("Vell")[0]
    >>> area.kind.value, area.covers
    ('area', ('gn.1', 'gn.2'))
    """

    __slots__ = ("_arabic", "_areas", "_ids", "_names", "_towns", "_variants")
    _noun = "divisions"

    def __init__(self, source: _Source | None = None) -> None:
        super().__init__(source)
        self._ids: dict[str, int] = {}
        # a name's divisions: an int for one (most names), a list for several (less memory)
        self._names: dict[str, int | list[int]] = {}
        self._towns: dict[str, int] = {}
        self._areas: dict[str, Place] = {}
        self._variants: dict[str, list[int]] | None = None
        self._arabic: list[tuple[str, int]] = []  # names of divisions where Arabic is spoken

    def _load(self) -> None:
        problems: list[tuple[int, str]] = []
        found = self._rows(REGION_COLUMNS, problems)
        if found is None:
            return
        where, rows = found
        kept: list[str] = []
        ids, names, towns = self._ids, self._names, self._towns
        bases: dict[tuple[str, str], list[str]] = {}
        for line, text, cells in rows:
            rid, name, kind, country, parent, others, held = cells
            plain = _plain(name)
            if not rid or not plain or len(country) != 2 or not parent:
                problems.append((line, f"id={rid!r}, name={name!r}, country={country!r}"))
            elif kind not in _KINDS:
                problems.append((line, f"kind={kind!r}: not one of {sorted(_KINDS)}"))
            elif rid in ids:
                problems.append((line, f"id={rid!r}: repeated"))
            else:
                k = ids[rid] = len(kept)
                kept.append(text)
                key = _directed(plain)
                keys = {key, *(_directed(_plain(a)) for a in others.split("|") if a)} - {""}
                for akey in keys:
                    _add(names, akey, k)
                if country in ARABIC_COUNTRIES:
                    self._arabic.extend((akey, k) for akey in keys)
                for town in held.split("|") if held else ():
                    towns[town] = k
                direction, _, base = key.partition(" ")
                if (
                    kind == "region"
                    and direction in _CANONICAL
                    and base
                    and not _GENERIC.intersection(base.split())
                ):
                    bases.setdefault((country, base), []).append(rid)
        if problems:
            ids.clear()
            names.clear()
            towns.clear()
            raise FormatError(where, problems)
        self._lines = kept
        for (country, base), members in sorted(bases.items()):
            if len(members) < 2 or any(
                self._row(k)[2] == "region" for k in _all(names, base) if k >= 0
            ):
                continue
            area = Place(
                id=f"area.{country.lower()}.{base.replace(' ', '-')}",
                name=base.title(),
                kind=PlaceKind.AREA,
                country=country,
                covers=sorted(members),
            )
            self._areas[area.id] = area
            _add(names, base, -len(self._areas))
            if country in ARABIC_COUNTRIES:
                self._arabic.append((base, -len(self._areas)))

    def _row(self, k: int) -> list[str]:
        return next(csv.reader([self._lines[k]]))

    def _place(self, k: int) -> Place:
        if k < 0:
            return list(self._areas.values())[-k - 1]
        found = self._built.get(k)
        if found is None:
            rid, name, kind, country, parent, aliases, _ = self._row(k)
            gid = rid.removeprefix("gn.")
            found = self._built[k] = Place(
                id=rid,
                name=name,
                kind=_KINDS[kind],
                country=country,
                parent=parent,
                geonames_id=gid if gid.isdigit() else None,
                aliases=[a for a in aliases.split("|") if a],
            )
        return found

    def __contains__(self, region_id: object) -> bool:
        self._ready()
        return isinstance(region_id, str) and (region_id in self._ids or region_id in self._areas)

    def get(self, region_id: str) -> Place:
        """Return the division (or the area of divisions) with this id.

        Raises
        ------
        UnknownNameError
            When no division has it.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> region = default_vocabulary().regions.get("gn.408666")
        >>> region.name, region.kind.value, region.country
        ('North Darfur', 'region', 'SD')
        """
        self._ready()
        if region_id in self._areas:
            return self._areas[region_id]
        k = self._ids.get(region_id)
        if k is None:
            raise UnknownNameError("region id", region_id)
        return self._place(k)

    def resolve(self, name: str, *, country: str | None = None) -> list[Place]:
        """Return the divisions ``name`` names (own names and aliases), sorted by id.

        ``country`` keeps those of one country.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> regions = default_vocabulary().regions
        >>> [(r.name, r.country) for r in regions.resolve("Darfur du Nord")]
        [('North Darfur', 'SD')]
        >>> [r.id for r in regions.resolve("Cabo Delgado Province")]
        ['gn.1051823']
        """
        self._ready()
        found = [self._place(k) for k in _all(self._names, _direction_key(name))]
        return sorted(
            (p for p in found if country is None or p.country == country), key=lambda p: p.id
        )

    def variants(self, name: str, *, country: str | None = None) -> list[Place]:
        """Return the divisions ``name`` names under another transliteration of Arabic.

        Only divisions of countries where Arabic is an official language. The names are
        compared by :func:`claimrec.vocab._names._arabic_key` (article,
        *ou*/*u*, doubled letters, *-iyah*/*-iya*, *-ah*/*-a*) after their direction is put
        first; the index is built on the first call.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [r.name for r in default_vocabulary().regions.variants("Nord-Darfour")]
        ['North Darfur']
        """
        self._ready()
        if self._variants is None:
            index: dict[str, list[int]] = {}
            for key, k in self._arabic:
                bucket = index.setdefault(_arabic_of(key), [])
                if k not in bucket:
                    bucket.append(k)
            self._variants = index
        found = [self._place(k) for k in self._variants.get(_arabic_key(_direction_key(name)), ())]
        return sorted(
            (
                p
                for p in found
                if (country is None or p.country == country) and p.country in ARABIC_COUNTRIES
            ),
            key=lambda p: p.id,
        )

    def holding(self, town_id: str) -> Place | None:
        """Return the finest division that holds a town of the world layer, if known.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().regions.holding("gn.379555").name  # El Fasher
        'North Darfur'
        """
        self._ready()
        k = self._towns.get(town_id)
        return None if k is None else self._place(k)

    def named(self, names: Sequence[str]) -> list[Place]:
        """Return the divisions of any of ``names`` (each read as in :meth:`resolve`)."""
        seen: dict[str, Place] = {}
        for name in names:
            for place in self.resolve(name):
                seen.setdefault(place.id, place)
        return list(seen.values())
