"""Build ``claimrec/data/states.csv``: every country's names and adjectives, and its state actor.

One row per country of the gazetteers (``places.csv`` and ``world.csv``, ISO 3166 alpha-2
codes), columns:

- ``country``: the ISO code;
- ``actor``: the id of the actor that acts and speaks for that state. A country that
  ``demonyms.csv`` (hand-curated) gives an actor keeps it (*Burkina Faso government*,
  *Israel*); every other country gets a generated one, ``<English name> government``;
- ``name``: the English name (GeoNames, as in the gazetteers);
- ``names``: the country's other names (``|``-separated): the gazetteers' aliases and the
  Unicode CLDR territory names in English, French, Spanish and Portuguese (*Inde*,
  *Paquistão*, *Estados Unidos*), then in German, Italian, Dutch, Polish, Russian,
  Ukrainian, Arabic, Indonesian, Hungarian, Czech, Swedish, Norwegian, Danish, Finnish,
  Turkish, Persian, Hindi, Chinese, Slovak and Estonian (``_MORE``: *Libyen*, *Oekraïne*,
  *Rosja*); a parenthesised part is a name of its own (*Myanmar (Burma)*), except a further
  language's abbreviation (Russian *(США)*: a qualifier);
- ``capitals``: the capital's name (``|``-separated when several), which reports use for
  the state (*Islamabad denied*, *New Delhi said*);
- ``forms``: the adjectives and nouns of nationality (``|``-separated): English (singular
  and plural), French (masculine, feminine, plurals), Spanish (masculine, feminine,
  plurals), inflected by the ordinary rules of each language from the masculine singular.

Sources (facts only; see ``claimrec/data/SOURCES.md``):

- CLDR territory names, as shipped in the ``babel`` package (Unicode licence v3);
- English demonyms and capitals from the ``countryinfo`` package's country data (MIT);
- English, French and Spanish nationality words from the ``i18n-nationality`` npm package
  (MIT), its ``langs/{en,fr,es}.json``.

None is a dependency of claimrec. Unpack them into throw-away folders and run::

    python3 -m pip download --no-deps -d /tmp/src babel==2.19.0 countryinfo==1.0.1
    (cd /tmp/src && unzip -q -o babel-*.whl -d babel && unzip -q -o countryinfo-*.whl -d ci)
    (cd /tmp/src && npm pack i18n-nationality@1.4.0 && mkdir -p nat && tar xzf i18n-*.tgz -C nat)
    python3 tools/build_states.py --babel /tmp/src/babel --countryinfo /tmp/src/ci \
        --nationalities /tmp/src/nat/package/langs

A name or form claimed by several countries is kept for the one that more sources give it
to (*Chinese*: China, not Hong Kong or Macao; *Indian*: India, not the British Indian Ocean
Territory), and dropped when they tie (*Dominican*: Dominica or the Dominican Republic);
a curated country always keeps its own. Some words are left out by hand (``_DROP``): a name
that usage gives to another country (*Congo* alone: reports say it of either Congo), and
the sources' errors (*Welsh* given to Wallis and Futuna). A further language's name is left
out (``_harmful``) when the first four languages or the gazetteers give it to another country
as a name or an adjective, when it has under four letters once normalised (Arabic *مصر* is
*msr*), when it is another word of the vocabularies (``data/*.json``) once normalised
(Turkish *Şili*, Chile, is Ukrainian *сили*, forces), or a common word listed by hand
(``_COMMON``: German *Island*, Iceland, is English *island*). Uninhabited and former
entries (Antarctica, Serbia and Montenegro...) get no row.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimrec._text import normalize  # noqa: E402 - this checkout's claimrec

DATA = ROOT / "claimrec" / "data"

#: Entries that are no state: uninhabited, or no longer existing.
_SKIP = frozenset({"AQ", "AN", "CS", "UM", "BV", "HM", "TF", "GS"})
#: Names and forms (normalised) left out: usage names another country, or a source's error.
_DROP = {
    "congo": "said of either Congo",
    "welsh": "Wales, not Wallis and Futuna",
    "gallois": "Wales, not Wallis and Futuna",
    "channel islander": "Jersey or Guernsey",
}
_LANGS = ("en", "fr", "es", "pt")
#: The languages whose CLDR territory names are read too (names only: no adjectives).
#: Their names vote as the first four's do; a name that is a word of the first four
#: languages (a form of another country, a common word) is left out (see ``_harmful``).
_MORE = (
    "de", "it", "nl", "pl", "ru", "uk", "ar", "id", "hu", "cs", "sv", "nb", "da", "fi",
    "tr", "fa", "hi", "zh", "sk", "et",
)  # fmt: skip
#: Names (normalised) of the further languages that are common words of the reports'
#: languages once accents and case go: they would name a country where none is meant.
_COMMON = {
    "island": "English island (German, Danish, Swedish, Czech: Iceland)",
    "norra": "Swedish northern (Estonian: Norway)",
    "lati": "Italian sides (Estonian Läti: Latvia)",
    "norfolk": "the English county, Virginia's city (Norfolk Island)",
    "bnyn": "Arabic بنين, sons (Benin)",
    "angela": "a given name (Chinese 安哥拉, Angola, in pinyin)",
    "aman": "a word and a name of several languages (Chinese 阿曼, Oman, in pinyin)",
}


def _key(text: str) -> str:
    """Return the key a name is compared by: normalised, possessive 's and elisions split off."""
    text = re.sub(r"['\u2019]s\b", "", text)
    return normalize(re.sub(r"['\u2019]", " ", text))


def _harmful(
    name: str, code: str, old_names: dict[str, set[str]], forms: dict[str, Counter[str]]
) -> bool:
    """Whether a further language's name must be left out for ``code``.

    When the first four languages (or the gazetteers) give it to another country, as a
    name or an adjective (their owner keeps it), or it is a common word (``_COMMON``).
    The same country's word is harmless (German *Libyen*, French *libyen*: Libya).
    """
    key = _key(name)
    if key in _DROP or len(key.replace(" ", "")) < 4:
        return True  # under four letters: too often another word (Arabic *msr*, *mly*)
    others = old_names.get(key, set()) | set(forms.get(key, ()))
    if others - {code}:
        return True
    # a common word; another word of the vocabularies once normalised (Ukrainian *сили*,
    # forces, is Turkish *Şili*, Chile), unless the country's own name or adjective: the
    # same word as written (Arabic *لبنان* in an actor's name) is the name itself
    if key in _COMMON:
        return True
    written = {w.casefold() for w in re.findall(r"\w+", name)}
    return bool(_vocabulary_words().get(key, set()) - written) and code not in others


@functools.cache
def _vocabulary_words() -> dict[str, set[str]]:
    """Every one-word key of the vocabularies (``claimrec/data/*.json``) -> its spellings."""
    words: dict[str, set[str]] = {}

    def walk(value: object) -> None:
        if isinstance(value, str):
            for word in re.findall(r"\w+", value):
                for one in _key(word).split():
                    words.setdefault(one, set()).add(word.casefold())
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for file in sorted(DATA.glob("*.json")):
        walk(json.loads(file.read_text(encoding="utf-8")))
    return words


def _more_parts(name: str) -> list[str]:
    """Return a further language's name's parts: a parenthesised abbreviation is a qualifier.

    Russian *(США)* after the Virgin Islands' name says whose they are: it names no country.
    """
    parts = _parts(name)
    return parts[:1] + [p for p in parts[1:] if "." not in p and not p.isupper()]


def _parts(name: str) -> list[str]:
    """*Myanmar (Burma)* is *Myanmar* and *Burma*; *Congo - Kinshasa* stays whole."""
    name = name.strip()
    found = re.match(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*\)?$", name)
    if found is None:
        return [name] if name else []
    return [found.group("head").strip(), found.group("inner").strip()]


# ---------------------------------------------------------------------------- inflection


def _english(word: str) -> list[str]:
    if word.endswith(("ese", "ss", "sh", "ch", "s", "x", "z", "i")) or " " in word.strip():
        plural = [] if not word.endswith("i") else [word + "s"]
        return [word, *plural]
    return [word, word + "s"]


def _french(word: str) -> list[str]:
    w = word
    if w.endswith(("en", "on")):
        return [w, w + "ne", w + "s", w + "nes"]
    if w.endswith(("ais", "ois")):
        return [w, w + "e", w + "es"]
    if w.endswith("e"):
        return [w, w + "s"]
    if w.endswith(("an", "ain", "in", "é", "ol", "al", "ien", "and", "ar", "ique")):
        return [w, w + "e", w + "s", w + "es"]
    if w.endswith(("s", "x")):
        return [w]
    return [w, w + "s"]


_ES_ACCENT = {"és": "es", "án": "an", "ín": "in", "ón": "on", "ún": "un"}


def _spanish(word: str) -> list[str]:
    w = word
    if w.endswith("o"):
        return [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    for end, plain in _ES_ACCENT.items():
        if w.endswith(end):
            stem = w[: -len(end)] + plain
            return [w, stem + "a", stem + "es", stem + "as"]
    if w.endswith(("í", "ú")):
        return [w, w + "es"]
    if w.endswith(("e", "a")):
        return [w, w + "s"]
    if w.endswith(("l", "r", "n", "s", "z")):
        return [w, w + "a", w + "es", w + "as"]
    return [w]


# ---------------------------------------------------------------------------- reading


def _gazetteer() -> dict[str, tuple[str, list[str]]]:
    """ISO code -> (English name, aliases), from ``places.csv`` then ``world.csv``."""
    out: dict[str, tuple[str, list[str]]] = {}
    for file in ("places.csv", "world.csv"):
        with (DATA / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["kind"] == "country" and row["id"] not in out:
                    aliases = [a for a in (row.get("aliases") or "").split("|") if a]
                    out[row["id"]] = (row["name"], aliases)
    return out


def _curated() -> dict[str, str]:
    with (DATA / "demonyms.csv").open(encoding="utf-8") as handle:
        return {row["country"]: row["actor"] for row in csv.DictReader(handle)}


def _cldr(path: Path) -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(path))
    from babel import Locale  # noqa: PLC0415 - build-time only

    return {lang: dict(Locale(lang).territories) for lang in (*_LANGS, *_MORE)}


def _countryinfo(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return ISO code -> English demonyms, and ISO code -> capitals."""
    words: dict[str, list[str]] = defaultdict(list)
    capitals: dict[str, list[str]] = defaultdict(list)
    for file in sorted((path / "countryinfo" / "data").glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        iso = data.get("ISO")
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        if not code:
            continue
        for word in re.split(r"[,/]", data.get("demonym") or ""):
            if word.strip():
                words[code].append(word.strip())
        capital = data.get("capital")
        for name in capital if isinstance(capital, list) else [capital or ""]:
            for part in name.split("/"):
                if part.strip() and part.strip() not in capitals[code]:
                    capitals[code].append(part.strip())
    return words, capitals


def _nationalities(path: Path) -> dict[str, dict[str, str]]:
    out = {}
    for lang in ("en", "fr", "es"):
        data = json.loads((path / f"{lang}.json").read_text(encoding="utf-8"))
        out[lang] = data["nationalities"]
    return out


def _word(text: str) -> tuple[str, float] | None:
    """Return a source's nationality word and its vote, or None (a list, a phrase).

    A word the source qualifies (*Turco (Islas Turcas y Caicos)*) is one it knows is
    shared: it counts half a vote, so that the country it plainly names keeps it.
    """
    parts = _parts(text) if text else []
    if not parts or "," in parts[0] or len(parts[0].split()) > 2:
        return None
    if re.search(r"\b(?:or|ou|and|et|y|of|de|del|du)\b", parts[0], re.IGNORECASE):
        return None
    return parts[0], 0.5 if len(parts) > 1 else 1.0


def main(argv: list[str] | None = None) -> None:
    """Write ``states.csv`` from the gazetteers, ``demonyms.csv`` and the three sources."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--babel", type=Path, required=True)
    parser.add_argument("--countryinfo", type=Path, required=True)
    parser.add_argument("--nationalities", type=Path, required=True)
    args = parser.parse_args(argv)

    gazetteer = _gazetteer()
    curated = _curated()
    cldr = _cldr(args.babel)
    info, capital_names = _countryinfo(args.countryinfo)
    nat = _nationalities(args.nationalities)
    codes = sorted(c for c in gazetteer if c not in _SKIP)

    # every candidate name and form, with the number of sources that give it to a country
    name_votes: dict[str, Counter[str]] = defaultdict(Counter)
    form_votes: dict[str, Counter[str]] = defaultdict(Counter)
    spelt: dict[tuple[str, str], str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    capitals: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, list[str]] = defaultdict(list)

    def add(
        table: dict[str, Counter[str]],
        store: dict[str, list[str]],
        code: str,
        text: str,
        vote: float = 1.0,
    ) -> None:
        key = _key(text)
        if not key or key in _DROP:
            return
        table[key][code] += vote  # type: ignore[assignment]
        if key not in {_key(t) for t in store[code]}:
            store[code].append(text)
        spelt.setdefault((code, key), text)

    for code in codes:
        english, aliases = gazetteer[code]
        for text in (english, *aliases):
            add(name_votes, names, code, text)
        for lang in _LANGS:
            for text in _parts(cldr[lang].get(code, "")):
                add(name_votes, names, code, text)
        for text in capital_names.get(code, []):
            add(name_votes, capitals, code, text)
    # a word that is some country's name is a name, not an adjective (*Ghana*, *Níger*)
    names_of_all = set(name_votes)
    for code in codes:
        for word in info.get(code, []):
            if _key(word) not in names_of_all:
                for text in _english(word):
                    add(form_votes, forms, code, text)
        for lang, inflect in (("en", _english), ("fr", _french), ("es", _spanish)):
            found = _word(nat[lang].get(code, ""))
            if found is None or _key(found[0]) in names_of_all or _key(found[0]) in _DROP:
                continue
            word, vote = found
            for text in inflect(word if lang == "en" else word.lower()):
                add(form_votes, forms, code, text, vote)

    # the further languages' names, but none that the first four give another country as
    # a name or an adjective, nor a common word (``_COMMON``)
    old_names = {k: set(v) for k, v in name_votes.items()}
    for code in codes:
        for lang in _MORE:
            for text in _more_parts(cldr[lang].get(code, "")):
                if not _harmful(text, code, old_names, form_votes):
                    add(name_votes, names, code, text)

    def owner(votes: Counter[str]) -> str | None:
        mine = [c for c in votes if c in curated]
        if len(mine) == 1:
            return mine[0]
        if mine:
            return None
        ranked = votes.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    rows = []
    for code in codes:
        kept_names = [n for n in names[code] if owner(name_votes[_key(n)]) == code]
        kept_capitals = [
            n
            for n in capitals[code]
            if owner(name_votes[_key(n)]) == code and _key(n) not in {_key(k) for k in kept_names}
        ]
        kept_forms = [
            f
            for f in forms[code]
            if _key(f) not in names_of_all and owner(form_votes[_key(f)]) == code
        ]
        english = gazetteer[code][0]
        actor = curated.get(code, f"{re.sub(r'^The ', '', english)} government")
        others = [n for n in kept_names if _key(n) != _key(english)]
        rows.append(
            [code, actor, english, "|".join(others), "|".join(kept_capitals), "|".join(kept_forms)]
        )

    with (DATA / "states.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["country", "actor", "name", "names", "capitals", "forms"])
        writer.writerows(rows)
    nobody = sorted(
        spelt[next(iter(v)), k]
        for table in (name_votes, form_votes)
        for k, v in table.items()
        if not any(owner(v) == c for c in v)
    )
    print(f"{len(rows)} countries; {len(nobody)} names or forms left out as shared:")  # noqa: T201
    print(", ".join(nobody))  # noqa: T201


if __name__ == "__main__":
    main()
