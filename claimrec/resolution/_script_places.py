"""Place phrases in Arabic script, read by their structure (private).

An Arabic report writes a place as a phrase: *بلدة خان شيخون بريف إدلب* (the town of Khan
Shaykhun in the Idlib countryside), *الأطراف الشرقية لبلدة X* (the eastern outskirts of the
town of X), *X في Y* (X in Y), *محافظة X* (X governorate). Its words are read here:

- the words around a name (``data/place_phrases.json``): a settlement (*مدينة*, *بلدة*,
  *قرية*), a first-level division (*محافظة*, *ولاية*), a second-level one (*مديرية*,
  *قضاء*), an area (*منطقة*), the area around a place (*ريف*, *ضواحي*, *أطراف*), nearness
  (*قرب*), a side (*شرق*, *الجنوبية*), a site (*مخيم*, *حي*, *شارع*), *في* (in), and the
  names and adjectives of countries (*سوريا*, *السورية*);
- the one-letter prepositions and conjunctions written joined to the next word (*ب*, *ل*,
  *و*, *ف*, *ك*) and the article (*ال*, *لل*): *بريف* is *in the countryside of*;
- the order of the idafa, *X of Y*: the name after a word of places is the place's.

The words split the phrase into names: the first is the place, the later ones hold it
(after *في*, a joined preposition, a word of places or a comma). Each name is looked up
exactly (the gazetteer, the world layer, its towns, the divisions, all with their Arabic
names); the holders are read first and the place is read in the holder's country, and
in the country the phrase names. Rules: ``exact`` (the name alone), ``named`` (a name
with its kind: *مدينة X*), ``compound`` (a name with its holder), ``near`` (its
surroundings, edges or sides), ``in`` (an unknown site or place in a known one), and
``region`` (a division by its word). A name known only in another country than the
phrase (or its holder) names is not read: the phrase says where it lies.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

import attrs

from claimrec._text import normalize
from claimrec.resolution._clitics import joined_letters
from claimrec.resolution._geography import _FIRST_LEVEL, _SECOND_LEVEL, _path, _town
from claimrec.resolution._records import Resolved
from claimrec.vocab import Place, PlaceKind
from claimrec.vocab._names import ARABIC_COUNTRIES, _arabic_key

_ARABIC = re.compile("[\u0600-\u06ff]")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and short-vowel marks
_SPLIT = re.compile(r"\s+")
_COMMA = re.compile(r"[,\u060c\u061b;:()\"\u00ab\u00bb]|\s[-\u2013\u2014]\s")
_GROUPS = ("settlement", "province", "district", "area", "around", "near", "side", "site", "in",
           "grammar")  # fmt: skip
_KINDS = {"province": _FIRST_LEVEL, "district": _SECOND_LEVEL}


@attrs.frozen
class _Words:
    groups: dict[str, frozenset[str]]
    joined: tuple[str, ...]
    articles: tuple[str, ...]
    countries: dict[str, str]  # a country word -> its ISO code
    not_names: frozenset[str]  # common words after a settlement's word ("صغيرة")


@functools.cache
def _words() -> _Words:
    """Return the Arabic words of ``place_phrases.json``, without their vowel marks."""
    text = (files("claimrec") / "data" / "place_phrases.json").read_text(encoding="utf-8")
    data = json.loads(text)["arabic"]
    groups = {g: frozenset(_bare(w) for w in data[g]["words"]) for g in _GROUPS}
    countries = {
        _bare(w): code for code, names in data["countries"]["names"].items() for w in names
    }
    return _Words(
        groups=groups,
        joined=joined_letters(),  # the letters of arabic_clitics.json, one list for both
        articles=tuple(data["article"]["words"]),
        countries=countries,
        not_names=frozenset(_bare(w) for w in data["not_names"]["words"]),
    )


def _bare(word: str) -> str:
    return _MARKS.sub("", word).strip()


def _forms(token: str) -> list[str]:
    """Return a word as written, without a joined letter, and without the article too.

    >>> _forms("بالريف")
    ['بالريف', 'الريف', 'ريف']
    """
    words = _words()
    out = [token]
    if len(token) > 3 and token.startswith(words.joined):
        out.append(token[1:])
    for form in list(out):
        for article in words.articles:
            if form.startswith(article) and len(form) - len(article) >= 2:
                out.append(form[len(article) :])
    return list(dict.fromkeys(out))


def _word_group(token: str) -> str | None:
    """Return the group of places' words ``token`` is one of (in any of its forms), or None."""
    words = _words()
    for form in _forms(token):
        for group, known in words.groups.items():
            if form in known:
                return group
    return None


def _country_of(tokens: list[str]) -> str | None:
    """Return the ISO code of the country ``tokens`` name (*سوريا*, *السورية*), or None."""
    countries = _words().countries
    if not tokens:
        return None
    first = _forms(tokens[0])
    for form in first:
        code = countries.get(" ".join([form, *tokens[1:]]))
        if code is not None:
            return code
    return None


@attrs.define
class _Part:
    """One name of the phrase with the words before it."""

    before: list[str] = attrs.Factory(list)
    name: list[str] = attrs.Factory(list)
    comma: bool = False  # set beside the parts before it by a comma


def _parts(text: str) -> tuple[list[_Part], set[str]]:
    """Split a phrase into its names (with their words) and the countries it names.

    >>> parts, countries = _parts("الأطراف الشرقية لبلدة خان شيخون بريف إدلب")
    >>> [(p.before, " ".join(p.name)) for p in parts]
    [(['around', 'side', 'settlement'], 'خان شيخون'), (['around'], 'إدلب')]
    """
    parts: list[_Part] = [_Part()]
    countries: set[str] = set()
    for piece_no, piece in enumerate(_COMMA.split(_bare(text))):
        if piece_no and parts[-1].name:
            parts.append(_Part(comma=True))
        for token in _SPLIT.split(piece.strip()):
            if not token:
                continue
            group = _word_group(token)
            code = _country_of([token])
            if code is not None:
                countries.add(code)
                continue
            if group is None:
                parts[-1].name.append(token)
                continue
            if parts[-1].name:
                if group == "side":  # "إدلب الجنوبية": a side of the name before it
                    parts[-1].before.append(group)
                    continue
                parts.append(_Part())
            parts[-1].before.append(group)
    for part in parts:
        code = _country_of(part.name)
        if code is not None:
            countries.add(code)
            part.name = []
    return [p for p in parts if p.name], countries


def _candidates(resolver: Any, name: str) -> list[Place]:
    """Return every place named exactly ``name``: gazetteer, world layer, towns, divisions."""
    vocab = resolver.vocab
    found = [
        *vocab.places.resolve(name),
        *resolver._world_layer(name),  # noqa: SLF001 - the resolver's own look-up
        *vocab.towns.resolve(name),
        *vocab.regions.resolve(name),
    ]
    return list({(q := resolver._canonical(p) or p).id: q for p in found}.values())  # noqa: SLF001


_VOWELS = re.compile(r"[aeiouwy' ]+")
_DIGRAPHS = (("dj", "j"), ("ch", "sh"), ("ou", "u"), ("dh", "d"), ("th", "t"))


def _skeleton(key: str) -> str:
    """Return the consonants of a normalised name, shared by an Arabic name and its romanisations.

    >>> _skeleton(normalize("تاجوراء")), _skeleton("tajura"), _skeleton("tadjoura")
    ('tjr', 'tjr', 'tjr')
    """
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    key = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", key)


@functools.lru_cache(maxsize=4)
def _city_skeletons(world: Any) -> dict[str, frozenset[str]]:
    """Return the countries of Arabic-speaking cities of the world layer by Latin skeleton."""
    out: dict[str, set[str]] = {}
    for place in world:
        if place.kind is PlaceKind.COUNTRY or place.country not in ARABIC_COUNTRIES:
            continue
        for name in (place.name, *place.names):
            if not _ARABIC.search(name):
                key = _skeleton(_arabic_key(name))
                if len(key) >= 3:
                    out.setdefault(key, set()).add(place.country)
    return {k: frozenset(v) for k, v in out.items()}


def _namesake_city(resolver: Any, name: str, place: Place) -> bool:
    """Tell whether a city of another country may bear this Arabic name under a Latin one.

    The world layer lacks some cities' Arabic names: *تاجوراء*, a town of Djibouti by its
    alias, is the Arabic name of Tajoura, Libya (a city of the layer, as *Tajurah*). A town
    read only by an Arabic alias is not taken over such a namesake without the phrase's
    country or holder.
    """
    if place.id not in resolver.vocab.towns or place.id in resolver.vocab.world:
        return False
    # the article and the feminine ending (ta marbuta) are not written in romanisations
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in name.split()]
    words = [w.removesuffix("ة") for w in words]
    key = _skeleton(normalize(" ".join(words)))
    return bool(_city_skeletons(resolver.vocab.world).get(key, frozenset()) - {place.country})


def _pick(
    resolver: Any,
    name: str,
    *,
    kinds: tuple[PlaceKind, ...],
    countries: set[str],
    holder: Place | None,
) -> Place | None:
    """Return the one place ``name`` names, in the countries and holder the phrase gives."""
    cands = _candidates(resolver, name)
    if not cands:
        return None
    if countries:
        cands = [p for p in cands if p.country in countries]
    if holder is not None:
        cands = [p for p in cands if p.country == holder.country]
        held = [p for p in cands if holder.id in {q.id for q in _path(resolver.vocab, p)[:-1]}]
        cands = held or cands
    if kinds:
        cands = [p for p in cands if p.kind in kinds] or cands
    if len(cands) <= 1:
        alone = cands[0] if cands else None
        if (
            alone is not None
            and not (countries or holder)
            and _namesake_city(resolver, name, alone)
        ):
            return None
        return alone
    plain: Place | None = resolver.place(name)[0]
    if plain is not None and plain.id in {p.id for p in cands}:
        return plain
    towns = [p for p in cands if p.id in resolver.vocab.towns]
    if len(towns) == len(cands):
        return _town(sorted(towns, key=lambda p: -(resolver.vocab.towns.population(p.id) or 0)),
                     resolver.vocab)  # fmt: skip
    wide = [p for p in cands if p.kind in _FIRST_LEVEL]
    return wide[0] if len(wide) == 1 else None


def _read(
    resolver: Any, part: _Part, countries: set[str], holder: Place | None
) -> tuple[Place | None, str]:
    """Return the place one name names, and the name as read (joined preposition off)."""
    kinds: tuple[PlaceKind, ...] = ()
    for group in reversed(part.before):
        if group in _KINDS:
            kinds = _KINDS[group]
            break
    name = " ".join(part.name)
    if part.before and part.before[-1] == "site":
        return None, name  # "ساحة الشهداء", "شارع X": a site's own name, no place's
    found = _pick(resolver, name, kinds=kinds, countries=countries, holder=holder)
    if found is None and len(_forms(part.name[0])) > 1:
        # "بتاجوراء", "بخان شيخون": a joined preposition or the article's lil- before a name
        for first in _forms(part.name[0])[1:]:
            found = _pick(resolver, " ".join([first, *part.name[1:]]), kinds=kinds,
                          countries=countries, holder=holder)  # fmt: skip
            if found is not None:
                return found, " ".join([first, *part.name[1:]])
    return found, name


def _split_joined(part: _Part) -> list[_Part]:
    """Split a name whose later word carries a joined *ب*/*ل* (*X بإدلب*): X, in the rest."""
    for k in range(1, len(part.name)):
        if part.name[k][:1] in {"ب", "ل"} and len(part.name[k]) > 3:
            rest = [part.name[k][1:], *part.name[k + 1 :]]
            return [_Part(before=part.before, name=part.name[:k]), _Part(name=rest)]
    return [part]


def script_place(resolver: Any, text: str) -> Resolved | None:
    """Return the one place an Arabic place phrase names, by its structure, or None.

    >>> from claimrec.resolution._resolver import _resolver
    >>> hit = script_place(_resolver(None), "الأطراف الجنوبية لبلدة خان شيخون بريف إدلب")
    >>> hit.name, hit.record.country, hit.rule, hit.score
    ('Khān Shaykhūn', 'SY', 'near', 0.85)
    >>> script_place(_resolver(None), "Idlib") is None
    True
    """
    if not _ARABIC.search(text):
        return None
    parts, countries = _parts(text)
    if not parts:
        return None
    if len(parts) == 1 and _read(resolver, parts[0], countries, None)[0] is None:
        parts = _split_joined(parts[0])  # "X بإدلب": only when "X بإدلب" names nothing
    holder: Place | None = None
    for part in reversed(parts[1:]):
        outer, _ = _read(resolver, part, countries, holder)
        holder = outer or holder
    head = parts[0]
    found, _ = _read(resolver, head, countries, holder)
    if found is None and holder is None and len(parts) == 1:
        return None
    words = set(head.before)
    if found is None:
        # "مركز إيواء في تاجوراء": an unknown site or place in a known one; a comma only
        # sets side by side ("قرية X، ولاية Y"): the unknown place is not its holder
        if holder is None or parts[1].comma:
            return None
        return _hit(holder, text, 0.8, "in")
    if "in" in words:
        return _hit(found, text, 0.85, "in")  # "مخيم في X": a site in X, unnamed
    if words & {"around", "near", "side"}:
        return _hit(found, text, 0.85, "near")
    if holder is not None:
        return _hit(found, text, 0.9, "compound")
    if words & {"province", "district"}:
        return _hit(found, text, 0.9, "region")
    if words:
        return _hit(found, text, 0.9, "named")
    return _hit(found, text, 1.0, "exact")


def _hit(place: Place, text: str, score: float, rule: str) -> Resolved:
    return Resolved(id=place.id, name=place.name, text=text, score=score, rule=rule, record=place)


_MIN_LETTERS = 4  # shorter names ("قرى", three letters) are too often other words
_MOST_WORDS = 3  # a longer run of words after a settlement's word is a phrase


def settlement_name(text: str) -> tuple[str, str] | None:
    """Return the name an Arabic phrase gives a settlement by its word, and its key, or None.

    *قرية كارما بشمال البلاد* (the village of Karma in the north of the country) names a
    village *كارما*, whether or not a gazetteer knows it: the words of a settlement
    (*قرية*, *بلدة*, *مدينة*) in the construct state (without the article: *القرية
    الصغيرة* is *the small village*), at the head of the phrase, then one to three words
    none of which is a word of places, a country, or a common word (``not_names``:
    *قرية صغيرة*, a small village). The key is the name transliterated (anyascii, through
    :func:`~claimrec._text.normalize`) without the article, the feminine ending and the
    spaces: the consonants its romanisations share (:mod:`._localplaces` matches them).

    >>> settlement_name("قرية كارما بشمال البلاد")
    ('كارما', 'karma')
    >>> settlement_name("قرية صغيرة") is None, settlement_name("القرية المجاورة") is None
    (True, True)
    """
    if not _ARABIC.search(text):
        return None
    words = _words()
    tokens = [t for t in _SPLIT.split(_COMMA.split(_bare(text))[0].strip()) if t]
    groups = [_word_group(t) for t in tokens]
    if "settlement" not in groups:
        return None
    k = groups.index("settlement")
    if any(g not in {"in", "near", "around", "side", "grammar"} for g in groups[:k]):
        return None  # a name or another word before the settlement's word
    token = tokens[k]
    if any(form.startswith(words.articles) for form in _forms(token)[:2]):
        return None  # "القرية": the village already named, an adjective follows
    name: list[str] = []
    for word in tokens[k + 1 :]:
        if _word_group(word) is not None or _country_of([word]) is not None:
            break
        name.append(word)
    if not name or len(name) > _MOST_WORDS or any(
        f in words.not_names for w in name for f in _forms(w)
    ):
        return None
    if sum(len(w) for w in name) < _MIN_LETTERS or any(ch.isdigit() for w in name for ch in w):
        return None
    bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in name]
    # the long a (alif), which the transliteration drops: "ضحيان" is "dhyan" (Dahyan)
    bare = [w[0] + w[1:].replace("\u0627", "a") for w in bare]
    key = normalize(" ".join(w.removesuffix("ة") for w in bare)).replace(" ", "")
    return " ".join(name), key


def bare_name(text: str) -> str | None:
    """Return an Arabic place string that is a name alone (one to three words), or None.

    *ضحيان* names the town another report writes *مدينة ضحيان*; alone it may be any word,
    and is read only as the name of a settlement of the input (:mod:`._localplaces`).

    >>> bare_name("ضحيان"), bare_name("في منطقة مجاورة")
    ('ضحيان', None)
    """
    if not _ARABIC.search(text) or _COMMA.search(text):
        return None
    tokens = [t for t in _SPLIT.split(_bare(text).strip()) if t]
    if not tokens or len(tokens) > _MOST_WORDS:
        return None
    words = _words()
    for token in tokens:
        if _word_group(token) is not None or _country_of([token]) is not None:
            return None
        if any(f in words.not_names for f in _forms(token)):
            return None
    return " ".join(tokens)
