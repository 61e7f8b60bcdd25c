"""The kind of site a claim says was hit: incident words (a hospital, a station, a market).

Reports of one strike name its site in their own words and languages (*the hospital*,
*l'hôpital*, *hospital attack*; *railway station*, *gare*, *estação*). Each kind of site is
one concept here, so that two claims naming one kind of site, dated a few days apart, may
speak of one incident (the perpetrator rule reads it, ``relation._disputes``). A site is a
concept, not a place: "the hospital" says nothing of which hospital.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.resolution._words import _COMMON_PLACE_WORDS, _LIST_SPLIT, _place_core

#: Site concept -> its words (normalised: no accents, lower case), English, French,
#: Portuguese, Spanish and Dutch, singular and plural (a theatre in other scripts too).
SITES: dict[str, tuple[str, ...]] = {
    "hospital": (
        "hospital", "hospitals", "hopital", "hopitaux", "hospitais", "hospitales",
        "ziekenhuis", "ziekenhuizen",
    ),
    "clinic": ("clinic", "clinics", "clinique", "cliniques", "clinica", "clinicas", "kliniek"),
    "station": (
        "station", "stations", "gare", "gares", "estacao", "estacoes", "estacion",
        "estaciones", "treinstation",
    ),
    "market": (
        "market", "markets", "marketplace", "marche", "marches", "mercado", "mercados",
        "markt", "markten",
    ),
    "school": ("school", "schools", "ecole", "ecoles", "escola", "escolas", "escuela",
               "escuelas", "scholen"),
    "camp": ("camp", "camps", "campo", "campos", "acampamento", "campamento", "kamp"),
    "mosque": ("mosque", "mosques", "mosquee", "mosquees", "mesquita", "mezquita", "moskee"),
    "church": ("church", "churches", "eglise", "eglises", "igreja", "iglesia", "kerk"),
    "airport": ("airport", "airports", "aeroport", "aeroporto", "aeropuerto", "luchthaven"),
    "prison": ("prison", "prisons", "prisao", "prision", "gevangenis"),
    "hotel": ("hotel", "hotels", "hoteis", "hoteles"),
    "bus": ("bus", "buses", "autobus", "onibus", "autocar"),
    # a theatre, where civilians shelter (Russian, Ukrainian, Polish and Arabic forms too:
    # drama theatres are a city's shelter)
    "theatre": (
        "theatre", "theatres", "theater", "theaters", "teatro", "teatros", "schouwburg",
        "театр", "театра", "театре", "театру", "драмтеатр", "драмтеатра", "драмтеатре",
        "драмтеатру", "драмтеатром", "teatr", "teatru", "مسرح", "المسرح", "مسرحا",
    ),
}  # fmt: skip

_ELISION = re.compile(r"['\u2019]")  # "l'hôpital": the article apart from its noun
# the words as normalised (other scripts transliterated: "театр" is "teatr")
_WORD_SITE = {normalize(word): site for site, words in SITES.items() for word in words}


def incident_sites(*texts: str | None) -> frozenset[str]:
    """Return the kinds of site the texts name (a claim's subject and place).

    >>> from claimrec.resolution._sites import incident_sites
    >>> sorted(incident_sites("attaque contre la gare", "Kramatorsk"))
    ['station']
    >>> incident_sites("the hospital blast", None) == incident_sites("l'hôpital", None)
    True
    >>> incident_sites("civilians", "Gaza")
    frozenset()
    """
    found: frozenset[str] = _NONE
    for text in texts:
        if text:
            sites = _text_sites(text)
            if sites:
                found = found | sites if found else sites
    return found


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=65536)
def _text_sites(text: str) -> frozenset[str]:
    """Return the kinds of site one text names, once per distinct text (subjects, places)."""
    words = re.findall(r"[a-z]+", normalize(_ELISION.sub(" ", text)))
    return frozenset(site for site in map(_WORD_SITE.get, words) if site is not None)


# --------------------------------------------------------------------------- named sites

#: Words of a kind of site in a place string beyond :data:`SITES` (bridges, bases, camps
#: of displaced people), and the kind words of Arabic place names transliterated
#: (*mustashfa*, *mukhayyam*, *souk*): each maps to one kind, whatever the language.
_MORE_PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "hospital": ("mustashfa", "mustashfat", "moustachfa"),
    "camp": ("mukhayyam", "mukhayam", "mokhayam", "moukhayam"),
    "school": ("madrasa", "madrasah", "madrassa", "madrasat"),
    "mosque": ("masjid", "mesjid"),
    "church": ("kanisa", "kanisat"),
    "station": ("mahatta", "mahattat"),
    "airport": ("matar", "aerodrome", "airfield", "airstrip"),
    "bridge": ("bridge", "bridges", "pont", "ponts", "ponte", "pontes", "puente", "puentes",
               "jisr", "brug"),
    "base": ("base", "bases", "garrison", "garnison", "barracks", "caserne", "casernes",
             "quartel", "cuartel"),
    "university": ("university", "universite", "universidade", "universidad", "jamia"),
    "stadium": ("stadium", "stade", "estadio"),
    "port": ("port", "harbour", "harbor", "porto", "puerto"),
    "checkpoint": ("checkpoint", "checkpoints"),
    "theatre": ("theatre", "theater", "theatres", "theaters", "teatro", "teatros", "teatr"),
    "restaurant": ("restaurant", "restaurants", "restaurante", "restaurantes", "cafe"),
    "market": ("souk", "souq", "suq", "suk", "marketplaces", "supermarket", "supermarkets",
               "supermarche", "supermercado"),
    "mine": ("minier", "miniere", "orpaillage", "goldmine"),
    "clinic": ("sante", "dispensaire"),  # "centre de santé de X"
    "post": ("poste", "postes", "outpost", "outposts"),  # "poste de X": a military post
}  # fmt: skip

_PLACE_KIND: dict[str, str] = {
    **_WORD_SITE,
    **{word: kind for kind, words in _MORE_PLACE_KINDS.items() for word in words},
}
del _PLACE_KIND["bus"]  # a bus is struck, it is no place

# Words a place key leaves out: articles and prepositions (English, French, Spanish,
# Portuguese; the Arabic article), words of nearness, sides, distances and settlement
# kinds: they say where the place lies, not which it is.
_KEY_DROP = frozenset(
    {
        "a", "an", "the", "of", "in", "at", "on", "from", "to", "for", "by", "and", "or",
        "near", "nearby", "outside", "around", "close", "just", "outskirts", "inside",
        "within", "some", "about", "approximately", "roughly", "nearly", "almost", "over",
        "de", "du", "des", "la", "le", "les", "l", "d", "au", "aux", "dans", "en", "et",
        "ou", "pres", "proximite", "environs", "autour", "non", "loin", "alentours",
        "quelque", "quelques", "environ", "sur", "vers",
        "el", "al", "ad", "ar", "as", "ash", "az", "ed", "er", "es", "il",
        "del", "los", "las", "lo", "y", "do", "da", "dos", "das", "e", "em", "no", "na",
        "nos", "nas", "perto", "cerca", "unos",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeast", "northwest", "southeast", "southwest", "central", "centre", "center",
        "nord", "sud", "est", "ouest", "norte", "sul", "leste", "oeste", "centro",
        "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "quilometros",
        "kilometros", "miles", "mile", "mi",
        "city", "town", "village", "villages", "locality", "commune", "zone", "sector",
        "municipality", "settlement", "hamlet", "community", "ville", "localite", "secteur",
        "cidade", "aldeia", "vila", "aldea", "pueblo", "ciudad", "municipio", "hameau",
        "region", "province", "state", "governorate", "district", "prefecture", "area",
        "circle", "cercle", "county", "department", "departement", "oblast", "wilaya",
        "local", "government", "lga", "provincia", "departamento", "distrito", "estado",
        "gouvernorat", "etat", "capital", "capitale",
        # qualifiers of a kind of site ("railway station", "camp for displaced people")
        "railway", "train", "rail", "ferroviaire", "routiere", "displacement", "displaced",
        "deplaces", "idp", "idps", "refugee", "refugees", "refugies", "people", "persons",
        "personnes", "field", "fields", "champ", "champs", "farm", "farms", "military",
        "militaire", "militar",
    }
)  # fmt: skip


_AND = re.compile(r"\s(?:and|et|or|ou|y|e|&)\s|&", re.IGNORECASE)

# A distance from a reference place after the place: "X, about 20 kilometres from Y", "X à
# 17 kilomètres de Y": Y is not where X is.
_DISTANCE_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:(?:some|about|around|approximately|roughly|nearly|almost|just|environ|"
    r"a|\u00e0|cerca de|a cerca de|unos|a unos|mais de|a mais de)\s+)*\d+(?:[.,]\d+)?\s*"
    r"(?:km|kms|kilom\w*|quil\w*|miles?|mi)\b.*$",
    re.IGNORECASE,
)


def _nisba(token: str) -> str:
    """Return an Arabic adjective of relation without its ending: *Arabi* is *Arab*."""
    if len(token) >= 5 and token.endswith("i") and token[-2] not in "aeiouy":
        return token[:-1]
    return token


@functools.lru_cache(maxsize=65536)
def _place_key(text: str) -> str:
    """Return the words a place string is compared by: every part, names not kinds.

    Every part of a compound counts (*Koshebe, Zabarmari* holds *Zabarmari*); a list
    joined by *and* is compared by its first part, as the grouping key
    (:func:`~claimrec.resolution._words._place_core`) is (*A and B* names more than A). A
    named site is compared by its name, whatever language names its kind (*hôpital
    Al-Ahli al-Arabi*, *Al-Ahli Arab Hospital*; *gare de Kramatorsk*, *Kramatorsk railway
    station*); words of nearness, sides, distances (and the place a distance is counted
    from), settlement kinds and articles are left out (*non loin de*, *zone de*, *al-*),
    and, when the string has capitalised names, its lower-case words are too (*rice
    field*). A string that keeps no name (*the hospital*) is compared by its core. Compare
    two keys with a token-set ratio: one key's words inside the other's is one place named
    more or less finely.

    >>> from claimrec.resolution._sites import _place_key
    >>> _place_key("hôpital Al-Ahli al-Arabi"), _place_key("Al-Ahli Arab Hospital in central Gaza")
    ('ahli arab', 'ahli arab gaza')
    >>> _place_key("gare de Kramatorsk"), _place_key("Kramatorsk railway station")
    ('kramatorsk', 'kramatorsk')
    >>> _place_key("Koshebe, Zabarmari"), _place_key("zone de Moura, cercle de Djenné")
    ('koshebe zabarmar', 'moura djenne')
    >>> _place_key("Zamzam and Abu Shouk camps and the town of Al Fasher")
    'zamzam'
    >>> _place_key("zone de Moura à 17 kilomètres de Djenné")
    'moura'
    >>> _place_key("the hospital")
    'hospital'
    """
    far = _DISTANCE_TAIL.search(text)
    if far is not None and any(
        normalize(w) not in _KEY_DROP for w in re.findall(r"[^\W\d_]+", text[: far.start()])
    ):
        text = text[: far.start()]  # "Zabarmari, about 20 km from Maiduguri": Zabarmari
    if _AND.search(text) is not None:
        # "Zamzam and Abu Shouk camps and the town of Al Fasher": a list names more than
        # one of its parts; compared by its first, as a grouping key is
        text = _LIST_SPLIT.split(text)[0] or text
    words = re.findall(r"[^\W\d_]+", _ELISION.sub(" ", text))
    capital = any(
        w[0].isupper() and normalize(w) not in _KEY_DROP and normalize(w) not in _PLACE_KIND
        for w in words
    )
    out: dict[str, None] = {}
    named = False
    for word in words:
        key = normalize(word)
        if not key or key in _KEY_DROP:
            continue
        if key in _PLACE_KIND:
            continue  # the kind of a named site says less than its name, in any language
        if capital and not word[0].isupper():
            continue
        out[_nisba(key)] = None
        named = True
    if not named:
        return _place_core(text)
    return " ".join(out)


# Words that name no place of their own ("hospital, Gaza" teaches nothing of "hospital")
_UNNAMED = frozenset(_PLACE_KIND) | _COMMON_PLACE_WORDS | _KEY_DROP

_IN = re.compile(r"\s(?:in|at|dans|em|en)\s", re.IGNORECASE)
_MIN_LEARNED = 5  # shorter names are never matched to another spelling
_SPELLING = 85.0  # one unknown name spelt two ways ("Koshobe", "Koshebe"): this close
# Pairs of (name, compound head) compared for spellings at most; beyond (a huge input of
# many compounds) only exact names are read, so the step stays a fraction of a second
_SPELLING_BUDGET = 20_000_000


def _input_keys(names: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """Return each place string's key, the places the input's compounds put it in, and near.

    A report that writes *Koshebe, Zabarmari* or *Garin Kwashebe in Borno State* says where
    a place no gazetteer knows lies; another that writes *Koshobe* alone names that place
    (or a spelling of it, ratio at least 85 on names of five letters or more), so it lies
    in *Zabarmari* too. Only compounds (commas, *in*) teach containers, never lists (*A
    and B*); containers of containers count (*Zabarmari, Jere Local Government*). The
    containers are the words of the second list that the key lacks (empty when none).
    Likewise *Zabarmari, about 20 kilometres from Maiduguri* says that Zabarmari lies near
    Maiduguri (the third list). Order-independent: every name is read against every
    compound of the input.

    >>> from claimrec.resolution._sites import _input_keys
    >>> keys, outer, near = _input_keys(["Koshebe, Zabarmari", "Koshobe", "Zabarmari, Jere",
    ...                                  "Baga", "Zabarmari, 20 km from Maiduguri"])
    >>> keys
    ['koshebe zabarmar', 'koshobe', 'zabarmar jere', 'baga', 'zabarmar']
    >>> outer  # "Koshobe" is a spelling of Koshebe
    ['jere', 'zabarmar jere', '', '', 'jere']
    >>> near
    ['maidugur', 'maidugur', 'maidugur', '', 'maidugur']
    """
    keys = [_place_key(name) for name in names]
    inside: dict[str, set[str]] = {}
    beside: dict[str, set[str]] = {}
    for name, key in zip(names, keys, strict=True):
        if _AND.search(name) is not None:
            continue
        far = _DISTANCE_TAIL.search(name)
        if far is not None and key and not set(key.split()) <= _UNNAMED:
            reference = set(_place_key(name[far.start() :]).split()) - set(key.split())
            if reference and key != _place_key(name[far.start() :]):
                beside.setdefault(key, set()).update(reference)
        parts = [p for p in re.split(r"\s*[,;(]\s*|\)", name) if p.strip()]
        if len(parts) < 2:
            parts = [p for p in _IN.split(name, maxsplit=1) if p.strip()]
        if len(parts) < 2:
            continue
        head = _place_key(parts[0])
        outer = set(key.split()) - set(head.split())
        if head and outer and head != key and not set(head.split()) <= _UNNAMED:
            inside.setdefault(head, set()).update(outer)
    within = _learned(keys, inside)
    # near a place: a name's own words, or those of the places it lies in
    wider = [f"{k} {o}".strip() for k, o in zip(keys, within, strict=True)]
    return keys, within, _learned(wider, beside)


def _learned(keys: Sequence[str], taught: dict[str, set[str]]) -> list[str]:
    """Per key, the words ``taught`` gives its names and words (and theirs), spelt alike."""
    if not taught:
        return [""] * len(keys)
    # every name and word of the keys, matched once to the taught heads: exactly, else
    # as another spelling (one cdist call over the distinct ones)
    known = sorted(taught)
    names_of: dict[str, list[str]] = {}
    todo_names = sorted({w for k in keys for w in (k, *k.split())} - set(known))
    spelt = [n for n in todo_names if len(n) >= _MIN_LEARNED]
    long_known = [k for k in known if len(k) >= _MIN_LEARNED]
    if spelt and long_known and len(spelt) * len(long_known) <= _SPELLING_BUDGET:
        scores = process.cdist(
            spelt, long_known, scorer=fuzz.ratio, score_cutoff=_SPELLING, dtype=np.uint8
        )
        for row, col in zip(*np.nonzero(scores), strict=True):
            names_of.setdefault(spelt[row], []).append(long_known[col])
    for head in known:
        names_of[head] = [head]
    out: list[str] = []
    for key in keys:
        own = key.split()
        found: dict[str, None] = {}
        todo = [key, *own]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            for head in names_of.get(name, ()):
                for word in sorted(taught[head]):
                    if word not in own:
                        found.setdefault(word, None)
                    todo.append(word)
        out.append(" ".join(found))
    return out


#: Kinds of site that lie inside the town they are named with (*Al-Ahli hospital, Gaza*);
#: camps, bases and airports often lie outside it (*camp de Zamzam, El Fasher*).
_INSIDE_KINDS = frozenset(
    {"hospital", "clinic", "school", "market", "mosque", "church", "station", "hotel",
     "prison", "university", "stadium"}
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def place_kinds(text: str) -> frozenset[str]:
    """Return the kinds of site a place string names (*hôpital*, *mustashfa*: hospital).

    >>> from claimrec.resolution._sites import place_kinds
    >>> sorted(place_kinds("Al-Ahli hospital")), sorted(place_kinds("pont de Kramatorsk"))
    (['hospital'], ['bridge'])
    >>> place_kinds("Zabarmari")
    frozenset()
    """
    words = re.findall(r"[a-z]+", normalize(_ELISION.sub(" ", text)))
    return frozenset(kind for kind in map(_PLACE_KIND.get, words) if kind is not None)


def _in_town(text: str) -> bool:
    """Whether a place string names a site that lies inside a town (a hospital, a market)."""
    return bool(place_kinds(text) & _INSIDE_KINDS)
