"""Keys that read two spellings of one place name as one: directions and Arabic transliterations.

Two normalisations beyond :func:`claimrec._text.normalize`, applied to the names of the
world's places and to the strings looked up in them alike:

- :func:`_direction_key`: a division named by a direction and a base name, in English or
  French word order (*North Darfur*, *Darfur du Nord*, *Nord-Kivu*, *Kivu du Nord*,
  *Northern Darfur*), is keyed ``"north darfur"``;
- :func:`_arabic_key`: an Arabic name transliterated several ways (*El Fasher*,
  *Al-Fasher*, *Fasher*; *Saada*, *Sa'dah*; *Ar-Raqqah*, *Raqqa*; *Darfour*, *Darfur*;
  *Ash Shihr*; *Al Hudaydah*, *Hudaydah*; *Alawiyah*, *Alawiyya*) is keyed by its name
  without its article, with *ou* read as *u*, doubled letters as one, *-iyah*, *-iyya*,
  *-iyeh* as *-iya* and a final *-ah* or *-eh* as *-a*. Arabic script goes through the
  same key after its ASCII transliteration (consonants only: it meets the gazetteer's
  Arabic-script alternate names, not its Latin ones). These spellings are Arabic's: only
  the places of countries where Arabic is an official language (:data:`ARABIC_COUNTRIES`)
  are read by them (*Zelin* is no spelling of a Bangladeshi *Zellin*).
"""

from __future__ import annotations

import functools
import re

from claimrec._text import normalize

_DIRECTIONS = {
    "north": "north", "northern": "north", "nord": "north", "norte": "north",
    "south": "south", "southern": "south", "sud": "south", "sul": "south", "sur": "south",
    "east": "east", "eastern": "east", "est": "east", "leste": "east",
    "west": "west", "western": "west", "ouest": "west", "oeste": "west",
    "central": "central", "centre": "central", "center": "central", "centro": "central",
}  # fmt: skip
_COMPOUND = {("north", "east"): "northeast", ("north", "west"): "northwest",
             ("south", "east"): "southeast", ("south", "west"): "southwest"}  # fmt: skip
_OF = frozenset({"du", "de", "do", "da", "of"})


def _split_direction(tokens: list[str]) -> tuple[str, list[str]] | None:
    """Return (direction, base tokens) of a name that opens or closes with a direction."""
    if len(tokens) < 2 or all(t in _DIRECTIONS for t in tokens):
        return None
    head = [_DIRECTIONS.get(t) for t in tokens[:2]]
    if head[0] is not None:
        if len(tokens) > 2 and head[1] is not None and (head[0], head[1]) in _COMPOUND:
            return _COMPOUND[head[0], head[1]], tokens[2:]
        return head[0], tokens[1:]
    tail = [_DIRECTIONS.get(t) for t in tokens[-2:]]
    if tail[1] is None:
        return None
    if len(tokens) > 2 and tail[0] is not None and (tail[0], tail[1]) in _COMPOUND:
        base = tokens[:-2]
        direction = _COMPOUND[tail[0], tail[1]]
    else:
        base = tokens[:-1]
        direction = tail[1]
    if len(base) > 1 and base[-1] in _OF:  # "Kivu du Nord", "Darfur du Nord"
        base = base[:-1]
    return (direction, base) if base else None


def _directed(key: str) -> str:
    """:func:`_direction_key` of a name already normalised."""
    tokens = key.split()
    if not _DIRECTION_WORDS.intersection(tokens):
        return key
    split = _split_direction(tokens)
    return key if split is None else " ".join((split[0], *split[1]))


_DIRECTION_WORDS = frozenset(_DIRECTIONS)


@functools.lru_cache(maxsize=65536)
def _direction_key(name: str) -> str:
    """Return the key of a division's name with its direction put first, in English.

    >>> from claimrec.vocab._names import _direction_key
    >>> {_direction_key(n) for n in ("North Darfur", "Darfur du Nord", "Northern Darfur")}
    {'north darfur'}
    >>> _direction_key("Nord-Kivu") == _direction_key("Kivu du Nord") == "north kivu"
    True
    >>> _direction_key("Idlib"), _direction_key("Centre-Nord")
    ('idlib', 'centre nord')
    """
    return _directed(normalize(name))


#: Countries where Arabic is an official language (ISO 3166 alpha-2): only their places'
#: names are read under the spellings of an Arabic transliteration.
ARABIC_COUNTRIES = frozenset(
    {
        "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR",
        "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE",
    }
)  # fmt: skip
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|esh|et|ez|en|il|ul)\s+")
_INNER_ARTICLE = re.compile(r"\s(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|esh|et|ez|en)\s")
_ENDINGS = ((re.compile(r"(?:iyah|iyyah|iyya|iyeh|iyyeh|iya)\b"), "iya"),
            (re.compile(r"(?<=[a-z]{3})(?:ah|eh)\b"), "a"))  # fmt: skip
_DOUBLE = re.compile(r"([a-z])\1+")


@functools.lru_cache(maxsize=4096)
def _arabic_key(name: str) -> str:
    """Return the key of a name under the spellings of an Arabic transliteration.

    >>> from claimrec.vocab._names import _arabic_key
    >>> {_arabic_key(n) for n in ("El Fasher", "Al-Fasher", "al Fasher", "Fasher")}
    {'fasher'}
    >>> _arabic_key("Saada") == _arabic_key("Sa'dah"), _arabic_key("Ar-Raqqah")
    (True, 'raqa')
    >>> _arabic_key("Darfour du Nord"), _arabic_key("Deir ez-Zor")
    ('darfur du nord', 'deir zor')
    """
    return _arabic_of(normalize(name))


def _arabic_of(key: str) -> str:
    """:func:`_arabic_key` of a name already normalised (uncached: for building indexes)."""
    key = _DOUBLE.sub(r"\1", key)
    key = _ARTICLE.sub("", key)
    key = _INNER_ARTICLE.sub(" ", f" {key} ").strip()
    key = key.replace("ou", "u")
    for pattern, repl in _ENDINGS:
        key = pattern.sub(repl, key)
    return _DOUBLE.sub(r"\1", key)
