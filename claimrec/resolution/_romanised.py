"""One place written in several romanisations: a key folding the spelling conventions.

A town whose name comes from Arabic script is written by each language's press in its
own letters for the same sounds: *Khan Sheikhoun* (English), *Khan Cheikhoun* (French),
*Jan Shijún* (Spanish), *Chan Scheichun* (German), *Khan Syaikhun* (Indonesian); *Tajoura*,
*Tagiura* (Italian), *Tadschura* (German), *Tadjourah* (French). GeoNames lists a few of
these; the others are too far apart for a misspelling (*Cheikoun* and *Shaykhun* share few
letters) and resolve to nothing.

:func:`romanised_key` reads a spelling as sounds: each language's letters for a sound are
first written the English way (:data:`_CONVENTIONS`: French *ch*, *tch*, *ou* before a
vowel; German *sch*, *tsch*, *dsch*, *ch*, *j*, *w*, *z*; Spanish *j* for *kh*, *y* for
*j*; Italian *gi*, *ci*, *sci*, *ch*; Indonesian *sy*; Polish *sz*, *cz*, *ch*, *w*;
Portuguese *ch*, *x*), then the key folds what every romanisation of Arabic varies
(:func:`_fold_all`): the article (*al-*, *el-*, *as-*...), word breaks, *kh*/*k*/*q*,
*dj*/*zh*/*j*, *th*/*t*, *dh*/*d*, *gh*/*g*, *ph*/*p*/*f*, a dropped *h*, doubled
letters, and vowels by three classes (*a*; *e*, *i*, *y*, *ei*, *ay*, *ai*; *o*, *u*,
*ou*, *aw*). *sh* stays apart from *s*. A name has one key per convention
(:func:`romanised_keys`).

:class:`RomanisedIndex` keys the towns and cities of the world layer in the countries
whose names come from Arabic script (:data:`SCRIPT_COUNTRIES`) by the English convention
of each of their names; the resolver reads a name by it only when nothing else reads the
name, and only under guards (:meth:`RomanisedIndex.read`): a key long enough, a place in
the claim's country (its report's other places), or else the only place of that key in
the index, of :data:`_POPULOUS` people or more.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from claimrec._text import normalize
from claimrec.resolution._geography import (
    _ARABIC_SCRIPT,
    _ARTICLE,
    _MIN_BARE,
    _short,
    _town,
    _town_name,
)
from claimrec.vocab import Place, PlaceKind, Vocabulary
from claimrec.vocab._names import ARABIC_COUNTRIES, _arabic_key

if TYPE_CHECKING:
    from claimrec.resolution._resolver import _Resolver

# each language's letters for a sound, written the English way (applied in order, on
# the normalised name); English is the convention of the index
_CONVENTIONS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    lang: tuple((re.compile(p), r) for p, r in rules)
    for lang, rules in {
        "en": (),
        "fr": ((r"(?<!t)ch", "sh"), (r"tch", "ch"), (r"gu(?=[ei])", "g"), (r"ou(?=[aei])", "w")),
        "de": (
            (r"j", "y"),
            (r"dsch", "j"),
            (r"(?<![st])ch", "kh"),
            (r"tsch", "ch"),
            (r"sch", "sh"),
            (r"w", "v"),
            (r"z", "ts"),
        ),
        "es": ((r"j", "kh"), (r"y(?=[aeiou])", "j"), (r"gu(?=[ei])", "g")),
        "it": (
            (r"sc(?=[ei])", "sh"),
            (r"ch", "k"),
            (r"gh", "g"),
            (r"gi(?=[aou])", "j"),
            (r"g(?=[ei])", "j"),
            (r"ci(?=[aou])", "ch"),
            (r"c(?=[ei])", "ch"),
        ),
        "id": ((r"sy", "sh"), (r"c(?!h)", "ch"), (r"tj", "ch")),
        "pl": (
            (r"j", "y"),
            (r"ch", "kh"),
            (r"sz", "sh"),
            (r"cz", "ch"),
            (r"rz", "zh"),
            (r"w", "v"),
        ),
        "pt": ((r"ch", "sh"), (r"x", "sh")),
    }.items()
}

# the Arabic article, as a word of its own (normalised: "al-Bab" is "al bab")
_ARTICLES = frozenset(
    ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "esh", "et",
     "ez", "en", "il", "ul")
)  # fmt: skip
# the letters of one sound in the English way, and the key's letter for it (applied in
# order, to many names at once: one name a line); every key letter reads as itself, so
# the key of a key is the key
_SOUNDS = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[^a-z\n]+", " "),
        (
            r"(?<![a-z])(?:" + "|".join(sorted(_ARTICLES, key=len, reverse=True)) + r") (?=[a-z])",
            "",
        ),
        (r" ", ""),  # "Mai Kadra" and "Maikadra"
        (r"([a-z])\1+", r"\1"),
        (r"kh|q", "k"),  # kh, k, q: one class ("Cheikoun", "Sheikhun")
        (r"x", "ks"),
        (r"ch", "C"),
        (r"sh", "S"),  # sh is not s: "Kishishe" is not "Kisesi"
        (r"th", "t"),
        (r"dh", "d"),
        (r"d?zh|dj", "j"),
        (r"gh", "g"),
        (r"ph|p", "f"),
        (r"h", ""),  # a dropped h ("Tadjourah"; "Dhahyan" and "Dahyan")
        (r"y(?=[aeiou])", "Y"),  # a glide before a vowel: a consonant
        (r"[wv](?=[aeiou])", "W"),
        (r"[aeiyouwv]*[ouwv][aeiyouwv]*", "U"),  # o, u, ou, aw: one class
        (r"[aeiy]*[eiy][aeiy]*", "I"),  # e, i, y, ei, ay, ai: one class
        (r"a+", "a"),
    )
)
_DOUBLE = re.compile(r"([a-z])\1+")
_KEY_LETTERS = str.maketrans({"C": "c", "S": "sh", "Y": "y", "W": "w", "U": "u", "I": "i"})


def _fold_all(keys: Sequence[str]) -> list[str]:
    """Return the keys of names already written the English way (normalised), in one pass."""
    if not keys:
        return []
    text = "\n".join(k.replace("\n", " ") for k in keys)
    for pattern, repl in _SOUNDS:
        text = pattern.sub(repl, text)
    return _DOUBLE.sub(r"\1", text.translate(_KEY_LETTERS)).split("\n")


def _fold(key: str) -> str:
    """Return the key of one name already written the English way (normalised)."""
    return _fold_all([key])[0]


@functools.lru_cache(maxsize=65536)
def romanised_key(name: str) -> str:
    """Return the key of a name written the English way (the index's convention).

    Idempotent on its own keys: the key of a key is the key.

    >>> from claimrec.resolution._romanised import romanised_key
    >>> {romanised_key(n) for n in ("Khan Sheikhoun", "Khan Shaykhun", "Khān Shaykhūn")}
    {'kanshikun'}
    >>> romanised_key("Tājūrā") == romanised_key("Tajurah") == romanised_key("Tajoura")
    True
    >>> romanised_key(romanised_key("Deir ez-Zor")) == romanised_key("Dayr az Zawr")
    True
    """
    return _fold(normalize(name))


@functools.lru_cache(maxsize=65536)
def romanised_keys(name: str) -> frozenset[str]:
    """Return the keys of a name under each language's convention (:data:`_CONVENTIONS`).

    >>> from claimrec.resolution._romanised import romanised_key, romanised_keys
    >>> target = romanised_key("Khan Shaykhun")
    >>> all(target in romanised_keys(n) for n in ("Khan Cheikhoun", "Khan Cheikoun",
    ...     "Jan Shijún", "Chan Scheichun", "Khan Syaikhun"))
    True
    >>> all(romanised_key("Tajoura") in romanised_keys(n)
    ...     for n in ("Tagiura", "Tadschura", "Tadjourah", "Tayura"))
    True
    """
    key = normalize(name)
    out = set()
    for rules in _CONVENTIONS.values():
        text = key
        for pattern, repl in rules:
            text = pattern.sub(repl, text)
        out.add(_fold(text))
    return frozenset(out)


#: The fewest letters of a key read by it, and the fewest consonants: shorter names
#: ("Duma", "Bab") have too many namesakes to be read by their sounds.
_MIN_LETTERS = 6
_MIN_CONSONANTS = 3
#: The fewest people of the only place of a key, read without the claim's country.
_POPULOUS = 20_000
#: The most words of a name read by its sounds ("Pa Zi Gyi"); a longer phrase is read
#: by its structure.
_MOST_WORDS = 3
#: The score of a place read by its sounds (a misspelling's is 0.85).
ROMANISED = 0.8
_KINDS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE})
#: The countries whose place names are read by their sounds: those whose names are written
#: in Arabic script (Arabic, and Persian, Dari, Pashto and Urdu), the sounds the key folds.
#: Names from Cyrillic have their standard romanisations in GeoNames; measured on the seen
#: sets, reading them so (*Kostjantyniwka*) gained nothing.
SCRIPT_COUNTRIES = ARABIC_COUNTRIES | {"AF", "IR", "PK"}


def _long_enough(key: str) -> bool:
    return len(key) >= _MIN_LETTERS and sum(ch not in "aiu" for ch in key) >= _MIN_CONSONANTS


class RomanisedIndex:
    """The populated places of the world layer and its towns, by :func:`romanised_key`.

    Only places of :data:`SCRIPT_COUNTRIES`. Built once per vocabulary, on the first name
    that needs it; names in Arabic script (written without their vowels) are left out.
    ``canonical`` gives the world entry standing for a place GeoNames records twice.
    ``read_names`` keeps the names read.

    >>> from claimrec.vocab import default_vocabulary
    >>> from claimrec.resolution._romanised import RomanisedIndex
    >>> vocab = default_vocabulary()
    >>> index = RomanisedIndex(vocab)
    >>> index.read("Khan Cheikhoun", vocab).id, index.read("Khan Cheikhoun", vocab, {"FR"})
    ('gn.168325', None)
    >>> sorted(p.country for p in index.candidates("Tadjourah"))  # Libya's, Djibouti's
    ['DJ', 'LY']
    >>> index.read("Tadjourah", vocab) is None, index.read("Tadjourah", vocab, {"LY"}).id
    (True, 'gn.2210394')
    """

    __slots__ = ("_keys", "_people", "_towns", "_vocab", "read_names")

    def __init__(
        self, vocab: Vocabulary, canonical: Callable[[Place], Place | None] | None = None
    ) -> None:
        self._vocab = vocab
        self.read_names: dict[str, Place] = {}
        world: list[tuple[str, Place]] = []
        for place in vocab.world:
            if place.kind in _KINDS and place.country in SCRIPT_COUNTRIES:
                canon = (canonical(place) if canonical is not None else None) or place
                world.extend((n, canon) for n in (place.name, *place.names))
        towns = [
            (n, tid, people)
            for tid, names, people, country in vocab.towns.spellings()
            if country in SCRIPT_COUNTRIES
            for n in names
        ]
        world = [w for w in world if not _ARABIC_SCRIPT.search(w[0])]
        towns = [t for t in towns if not _ARABIC_SCRIPT.search(t[0])]
        keys = _fold_all([normalize(n) for n, _ in world] + [normalize(t[0]) for t in towns])
        index: dict[str, dict[str, Place]] = {}
        people: dict[str, int] = {}
        for key, (_, place) in zip(keys, world, strict=False):  # the towns' keys follow
            index.setdefault(key, {})[place.id] = place
            people[place.id] = 100_000  # a city of the world layer
        town_keys: dict[str, set[str]] = {}
        for key, (_, tid, population) in zip(keys[len(world) :], towns, strict=True):
            town_keys.setdefault(key, set()).add(tid)
            people.setdefault(tid, population)
        self._keys, self._towns, self._people = index, town_keys, people

    def candidates(self, name: str) -> list[Place]:
        """Every indexed place one of the name's keys (long enough) names."""
        found: dict[str, Place] = {}
        for key in sorted(romanised_keys(name)):
            if not _long_enough(key):
                continue
            found.update(self._keys.get(key, {}))
            for tid in sorted(self._towns.get(key, ())):
                if tid not in found:
                    found[tid] = self._vocab.towns.get(tid)
        return list(found.values())

    def read(
        self, name: str, vocab: Vocabulary, countries: Iterable[str | None] = ()
    ) -> Place | None:
        """Return the one place ``name`` names by its sounds, under the guards.

        Only a proper name of a few words (:func:`._geography._town_name`). In
        ``countries`` (the claim's, from its report's other places) when given: the one
        candidate there. Without: the only candidate, of :data:`_POPULOUS` people or more.
        """
        if not _town_name(name, vocab) or len(normalize(name).split()) > _MOST_WORDS:
            return None
        cands = self.candidates(name)
        wanted = {c for c in countries if c is not None}
        if wanted:
            cands = [p for p in cands if p.country in wanted]
        elif len(cands) == 1 and self._people.get(cands[0].id, 0) < _POPULOUS:
            return None
        found = cands[0] if len(cands) == 1 else None
        if found is not None:
            self.read_names[name] = found
        return found


def arabic_variants(
    vocab: Vocabulary, canonical: Callable[[Place], Place | None]
) -> dict[str, tuple[Place, ...]]:
    """Return the world layer's places of the Arabic-speaking countries by Arabic key."""
    index: dict[str, dict[str, Place]] = {}
    for place in vocab.world:
        if place.kind is not PlaceKind.COUNTRY and place.country in ARABIC_COUNTRIES:
            for n in (place.name, *place.names):
                canon = canonical(place) or place
                index.setdefault(_arabic_key(n), {})[canon.id] = canon
    return {k: tuple(v.values()) for k, v in index.items()}


def article_variant(resolver: _Resolver, name: str) -> Place | None:
    """Return the place an Arabic name names under another spelling of its article.

    *Al Fasher* is *El Fasher*; *Ash Shihr*, *Ad Dali*: a transliterated article
    (*al*, *el*, assimilated *ash*, *ad*...) is spelt many ways, and dropped as often.
    The variants are looked up by exact names only.
    """
    article = _ARTICLE.match(name.strip())
    rest = name.strip() if article is None else article.group("rest")
    if article is None and (len(normalize(rest)) < _MIN_BARE or not _short(rest)):
        return None  # "Fasher" is El Fasher; a short bare word is not read so
    for variant in (f"Al {rest}", f"El {rest}", f"Al-{rest}", f"El-{rest}", rest):
        if normalize(variant) == normalize(name):
            continue
        exact = resolver.vocab.places.resolve(variant)
        found = resolver.vocab.places.best(variant) if exact else resolver._world(variant)  # noqa: SLF001
        if found is not None:
            return found
    if _town_name(name, resolver.vocab) and len(normalize(rest)) >= _MIN_BARE:
        # other transliterations: "Ar-Raqqah" and "Raqqa", "Sa'dah" and "Saada"
        if resolver.variant_keys is None:
            canonical = resolver._canonical  # noqa: SLF001 - the resolver's own reading
            resolver.variant_keys = arabic_variants(resolver.vocab, canonical)
        world = resolver.variant_keys.get(_arabic_key(name), ())
        if world:
            return world[0] if len(world) == 1 else None
        towns = resolver.vocab.towns.variants(name)
        if towns and not resolver.vocab.world.resolve(towns[0].name):
            return resolver._canonical(_town(towns, resolver.vocab))  # noqa: SLF001
    return None
