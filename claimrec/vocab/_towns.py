"""The towns layer of the world gazetteer: :class:`Towns`, read on first use."""

from __future__ import annotations

import csv
from array import array
from collections.abc import Iterator, Sequence

from claimrec.errors import FormatError, UnknownNameError
from claimrec.vocab._base import PlaceKind, _name_key
from claimrec.vocab._files import _Source
from claimrec.vocab._lazy import _LazyLayer
from claimrec.vocab._names import ARABIC_COUNTRIES, _arabic_key, _arabic_of
from claimrec.vocab._records import Place

#: The columns of a towns file, in order.
TOWN_COLUMNS = ("id", "name", "country", "population", "lat", "lon", "aliases")

def _country(line: str) -> str:
    """Return the country of a line of a towns file (its third cell)."""
    cells = line.split(",", 3) if '"' not in line else next(csv.reader([line]))
    return cells[2]


class Towns(_LazyLayer):
    r"""Towns of the world, read by exact names: a layer beneath the gazetteer's world layer.

    The shipped file (``towns.csv``) holds GeoNames' towns of 15,000 people or more outside
    the curated countries and below the world layer's cities of 100,000 (see
    ``claimrec/data/SOURCES.md``). It is read, and its names indexed, on the first look-up
    (about 0.1 s for 27,000 towns); a :class:`Place` is built only for the towns a look-up
    returns. Each town is a ``town`` whose parent is its country.

    Parameters
    ----------
    source : path or Traversable, optional
        A CSV file with the columns ``id``, ``name``, ``country`` (ISO 3166 alpha-2),
        ``population``, ``lat``, ``lon`` and ``aliases`` (``|``-separated). Without it the
        layer is empty.

    Raises
    ------
    FormatError
        On the first look-up, naming the file and the bad rows (unknown columns, a missing
        id, name or country, a population that is not a whole number, a repeated id).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from claimrec.vocab import Towns
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "towns.csv"
    >>> _ = path.write_text(
    ...     "id,name,country,population,lat,lon,aliases\n"
    ...     "gn.1,Port Vell,RV,40000,,,Porto Velho\n"
    ...     "gn.2,Port Vell,BD,16000,,,\n"
    ...     "gn.3,Ostrava Nova,RV,20000,,,\n", encoding="utf-8")
    >>> towns = Towns(path)
    >>> [(t.id, t.country) for t in towns.resolve("port vell")]
    [('gn.1', 'RV'), ('gn.2', 'BD')]
    >>> towns.resolve("Porto Velho")[0].name, towns.population("gn.1")
    ('Port Vell', 40000)
    """

    __slots__ = ("_aliases", "_ids", "_names", "_population", "_variants")
    _noun = "towns"

    def __init__(self, source: _Source | None = None) -> None:
        super().__init__(source)
        self._population = array("q")
        self._ids: dict[str, int] = {}
        self._names: dict[str, list[int]] = {}
        self._aliases: dict[str, list[int]] = {}
        self._variants: dict[str, list[int]] | None = None

    def _load(self) -> None:
        problems: list[tuple[int, str]] = []
        found = self._rows(TOWN_COLUMNS, problems)
        if found is None:
            return
        where, rows = found
        kept: list[str] = []
        population = array("q")
        names, aliases, ids = self._names, self._aliases, self._ids
        for line, text, cells in rows:
            tid, name, country, people, _, _, others = cells
            key = _name_key(name)
            if not tid or not key or len(country) != 2:
                problems.append((line, f"id={tid!r}, name={name!r}, country={country!r}"))
            elif not people.isdigit():
                problems.append((line, f"population={people!r}: not a whole number"))
            elif tid in ids:
                problems.append((line, f"id={tid!r}: repeated"))
            else:
                k = ids[tid] = len(kept)
                kept.append(text)
                population.append(int(people))
                names.setdefault(key, []).append(k)
                for alias in others.split("|") if others else ():
                    akey = _name_key(alias)
                    if akey and akey != key:
                        aliases.setdefault(akey, []).append(k)
        if problems:
            ids.clear()
            names.clear()
            aliases.clear()
            raise FormatError(where, problems)
        self._lines = kept
        self._population = population

    def _place(self, k: int) -> Place:
        found = self._built.get(k)
        if found is None:
            tid, name, country, _, lat, lon, aliases = next(csv.reader([self._lines[k]]))
            gid = tid.removeprefix("gn.")
            found = self._built[k] = Place(
                id=tid,
                name=name,
                kind=PlaceKind.TOWN,
                country=country,
                parent=country,
                lat=lat or None,
                lon=lon or None,
                geonames_id=gid if gid.isdigit() else None,
                aliases=[a for a in aliases.split("|") if a],
            )
        return found

    def __contains__(self, town_id: object) -> bool:
        self._ready()
        return isinstance(town_id, str) and town_id in self._ids

    def get(self, town_id: str) -> Place:
        """Return the town with this id.

        Raises
        ------
        UnknownNameError
            When no town has it.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> town = default_vocabulary().towns.get("gn.205970")
        >>> town.name, town.country, town.parent
        ('Sake', 'CD', 'CD')
        """
        self._ready()
        k = self._ids.get(town_id)
        if k is None:
            raise UnknownNameError("town id", town_id)
        return self._place(k)

    def population(self, town_id: str) -> int:
        """Return a town's population (as GeoNames gives it).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().towns.population("gn.205970") > 15_000
        True
        """
        self._ready()
        k = self._ids.get(town_id)
        if k is None:
            raise UnknownNameError("town id", town_id)
        return self._population[k]

    def named(self, name: str) -> list[Place]:
        """Return the towns whose own name (not an alias) is ``name``, the most populous first.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [t.country for t in default_vocabulary().towns.named("Mocimboa da Praia")]
        ['MZ']
        """
        self._ready()
        return self._sorted(self._names.get(_name_key(name), ()))

    def resolve(self, name: str, *, country: str | None = None) -> list[Place]:
        """Return the towns ``name`` names, the most populous first (then by id).

        Towns whose own name it is; only when there are none, towns that have it as an
        alias. ``country`` keeps those of one country.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [t.name for t in default_vocabulary().towns.resolve("Vila de Mocimboa da Praia")]
        ['Mocímboa da Praia']
        """
        self._ready()
        key = _name_key(name)
        found = self._sorted(self._names.get(key) or self._aliases.get(key) or [])
        return [t for t in found if country is None or t.country == country]

    def variants(self, name: str) -> list[Place]:
        """Return the towns ``name`` names under another transliteration of Arabic.

        Only towns of countries where Arabic is an official language. Names and
        aliases are compared by :func:`claimrec.vocab._names._arabic_key`
        (article, *ou*/*u*, doubled letters, *-iyah*/*-iya*, *-ah*/*-a*), the most populous
        first; the index is built on the first call.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [t.name for t in default_vocabulary().towns.variants("Mujlad")]
        ['Al Mijlad']
        """
        self._ready()
        if self._variants is None:
            index: dict[str, list[int]] = {}
            for k, line in enumerate(self._lines):
                if _country(line) in ARABIC_COUNTRIES:
                    _, own, _, _, _, _, aliases = next(csv.reader([line]))
                    for alias in (own, *aliases.split("|")):
                        key = _arabic_of(_name_key(alias)) if alias else ""
                        if key and k not in index.setdefault(key, []):
                            index[key].append(k)
            self._variants = index
        found = self._sorted(self._variants.get(_arabic_key(name), ()))
        return [t for t in found if t.country in ARABIC_COUNTRIES]

    def spellings(self) -> Iterator[tuple[str, tuple[str, ...], int, str]]:
        """Yield each town's id, names (own name, then aliases), population and country.

        Read from the file's lines, without building the towns (for indexes by a key).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> towns = default_vocabulary().towns
        >>> next(t for t in towns.spellings() if t[0] == "gn.205970")[1][0]
        'Sake'
        """
        self._ready()
        people = self._population
        for k, line in enumerate(self._lines):
            tid, own, country, _, _, _, aliases = next(csv.reader([line]))
            yield tid, (own, *(a for a in aliases.split("|") if a)), people[k], country

    def _sorted(self, ks: Sequence[int]) -> list[Place]:
        people = self._population
        order = sorted(ks, key=lambda k: (-people[k], k))
        return [self._place(k) for k in order]
