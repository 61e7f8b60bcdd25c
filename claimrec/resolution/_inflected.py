# ruff: noqa: RUF002 - Cyrillic examples
"""Slavic inflection: local place names, predicates and subjects in their cases (private).

**Words** (:func:`read_slavic`). Russian, Ukrainian and Bulgarian inflect the participles,
adjectives and nouns that conflict reports use for their predicates and subjects in gender,
number and case (*постраждали*, *постраждало*, *постраждалих*: injured; *военни*,
*военните*: soldiers), and their past tense in gender and number. The vocabularies list a
form or two of each word; a phrase in Cyrillic that no rule before reads has one ending cut
from each of its words (``inflections.json``, ``slavic``: the longest that leaves
:data:`_MIN_STEM` letters), and is looked up among the stems of the vocabulary's Cyrillic
phrases, cut alike (rule ``slavic``, score 0.9). A stem two concepts share names neither;
only Cyrillic phrases are indexed, so no Latin word is cut by these endings.

**Places.**

These languages decline a place's name: *w Karmie* (in Karma, locative), *у Карми* (at
Karma, genitive). A name no gazetteer knows is compared by its transliterated core
(:mod:`._localplaces`); in another case it is another core. The endings of the cases and
of the nominatives they may come from are data (``local_places.json``, ``slavic``), read
only in a string of these languages (:func:`slavic_string`: Cyrillic letters, or one of
their words of places and prepositions), for a stem of :data:`_MIN_STEM` letters or more,
and only when the nominative is a local name of the same input, one only.

Known names in a case (*у Дніпрі*, *ринок у Костянтинівці*) are not read so: measured on
bounti+kostiantynivka, the two market phrases read as Kostiantynivka added 11 false
contradictions (with undated claims of another strike in the same town).
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

from claimrec._text import normalize
from claimrec.resolution._words import _FUNCTION_WORDS, _ngrams, _unambiguous_index

_MIN_STEM = 4  # a shorter stem with another ending is too often another name
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@functools.cache
def _slavic() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Return the words of these languages' place strings, and the case endings."""
    data = json.loads(files("claimrec.data").joinpath("local_places.json").read_text("utf-8"))
    slavic = data["slavic"]
    keys = {normalize(k): tuple(v) for k, v in slavic["endings"].items()}
    return frozenset(map(normalize, slavic["words"])), keys


def slavic_string(text: str) -> bool:
    """Whether a place string is in Polish, Czech, Ukrainian or Russian, by its words or script.

    >>> slavic_string("w pobliżu Karmy"), slavic_string("near Karma")
    (True, False)
    """
    words, _ = _slavic()
    return _CYRILLIC.search(text) is not None or any(w in words for w in normalize(text).split())


def nominatives(key: str) -> list[str]:
    """Return the nominatives a transliterated name in another case may come from.

    >>> nominatives("karmy"), nominatives("dnipri")[:2]
    (['karma'], ['dnipra', 'dnipro'])
    """
    _, endings = _slavic()
    out: list[str] = []
    for ending, bases in sorted(endings.items()):
        stem = key[: len(key) - len(ending)]
        if key.endswith(ending) and len(stem) >= _MIN_STEM:
            out.extend(stem + base for base in bases if stem + base != key)
    return list(dict.fromkeys(out))


@functools.cache
def _word_endings() -> tuple[tuple[str, ...], int]:
    """Return the Slavic word endings of ``inflections.json``, longest first, and the min stem."""
    text = files("claimrec.data").joinpath("inflections.json").read_text("utf-8")
    slavic = json.loads(text)["slavic"]
    endings = sorted({normalize(e) for e in slavic["endings"]}, key=len, reverse=True)
    return tuple(e for e in endings if e), int(slavic["min_stem"])


@functools.lru_cache(maxsize=65536)
def slavic_stem(token: str) -> str:
    """Return a normalised Cyrillic word with one ending of gender, number or case cut.

    >>> [slavic_stem(normalize(w)) for w in ("постраждало", "постраждалих", "постраждали")]
    ['postrazhdal', 'postrazhdal', 'postrazhdal']
    >>> slavic_stem(normalize("военните")), slavic_stem(normalize("военни")), slavic_stem("ubit")
    ('voenn', 'voenn', 'ubit')
    """
    endings, least = _word_endings()
    if token in _FUNCTION_WORDS:
        return token
    for ending in endings:
        if token.endswith(ending) and len(token) - len(ending) >= least:
            return token[: len(token) - len(ending)]
    return token


def _slavic_stems(text: str) -> tuple[str, ...]:
    return tuple(slavic_stem(t) for t in normalize(text).split())


@functools.lru_cache(maxsize=8)
def _index(records: Any) -> tuple[dict[tuple[str, ...], str], int]:  # a vocabulary, hashable
    """Index the stems of the Cyrillic phrases of a vocabulary's records (shared stems left out)."""
    return _unambiguous_index(
        (_slavic_stems(phrase), record.id)
        for record in records
        for phrase in record.synonyms
        if _CYRILLIC.search(phrase) is not None
    )


def read_slavic(text: str, records: Any) -> str | None:
    """Return the id of the record a Cyrillic phrase names by its words' stems, or None.

    ``records`` are a vocabulary's predicates or subject classes (each with ``id`` and
    ``synonyms``); see the module docstring.

    >>> from claimrec.vocab import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> read_slavic("з яких постраждало", vocab.predicates)
    'wounded'
    >>> read_slavic("wounded", vocab.predicates) is None
    True
    """
    if _CYRILLIC.search(text) is None:
        return None
    return _ngrams(_slavic_stems(text), *_index(records))
