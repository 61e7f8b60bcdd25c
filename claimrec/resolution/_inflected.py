# ruff: noqa: RUF002 - Cyrillic examples
"""Place names in the cases of Polish, Czech, Ukrainian and Russian (private).

These languages decline a place's name: *w pobliżu Karmy* (near Karma, genitive), *у
Костянтинівці* (in Kostiantynivka, locative), *в Константиновке*, *w Dnieprze*. A gazetteer
lists nominatives only. The endings of the cases and of the nominatives they may come
from are data (``local_places.json``, ``slavic``): read only in a string of these
languages (:func:`slavic_string`: Cyrillic letters, or one of their words of places and
prepositions), for a stem of :data:`_MIN_STEM` letters or more, and only when the
nominative is a known name (:func:`inflected_place`) or a local name of the same input
(:mod:`._localplaces`), one place only.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

from claimrec._text import normalize
from claimrec.resolution._records import Resolved

_MIN_STEM = 4  # a shorter stem with another ending is too often another name
_MOST_WORDS = 2  # the words of a name read in its case
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


@functools.cache
def _slavic() -> tuple[frozenset[str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Return the words of these languages' place strings, and the endings (keys, written)."""
    data = json.loads(files("claimrec.data").joinpath("local_places.json").read_text("utf-8"))
    slavic = data["slavic"]
    keys = {normalize(k): tuple(v) for k, v in slavic["endings"].items()}
    written = {k: tuple(v) for k, v in slavic["written"].items()}
    return frozenset(map(normalize, slavic["words"])), keys, written


@functools.cache
def _place_words() -> frozenset[str]:
    """Return every link and settlement's word of place strings (normalised)."""
    data = json.loads(files("claimrec.data").joinpath("local_places.json").read_text("utf-8"))
    return frozenset(map(normalize, [*data["links"], *data["settlements"]])) | _slavic()[0]


def slavic_string(text: str) -> bool:
    """Whether a place string is in Polish, Czech, Ukrainian or Russian, by its words or script.

    >>> slavic_string("w pobliżu Karmy"), slavic_string("near Karma")
    (True, False)
    """
    words, _, _ = _slavic()
    return _CYRILLIC.search(text) is not None or any(w in words for w in normalize(text).split())


def nominatives(key: str) -> list[str]:
    """Return the nominatives a transliterated name in another case may come from.

    >>> nominatives("karmy"), nominatives("dnipri")[:2]
    (['karma'], ['dnipra', 'dnipro'])
    """
    _, endings, _ = _slavic()
    out: list[str] = []
    for ending, bases in sorted(endings.items()):
        stem = key[: len(key) - len(ending)]
        if key.endswith(ending) and len(stem) >= _MIN_STEM:
            out.extend(stem + base for base in bases if stem + base != key)
    return list(dict.fromkeys(out))


def _written_nominatives(word: str) -> list[str]:
    """Return the nominatives of a name as written (its script, its first letter's case)."""
    _, _, endings = _slavic()
    lower = word.lower()
    out: list[str] = []
    for ending, bases in sorted(endings.items()):
        stem = word[: len(word) - len(ending)]
        if lower.endswith(ending) and len(stem) >= _MIN_STEM:
            out.extend(stem + base for base in bases if stem + base != word)
    return list(dict.fromkeys(out))


def inflected_place(resolver: Any, text: str) -> Resolved | None:
    """Return the known place a Slavic string names by a name in another case, or None.

    The name is the string's last capitalised words (two at most); the words before are
    these languages' prepositions and words of places (rule ``named``), else a site or
    another phrase (*ринок у Костянтинівці*, the market in Kostiantynivka: rule ``in``).
    The name as written and each nominative are read exactly; one place only.

    >>> from claimrec.resolution._resolver import _resolver
    >>> hit = inflected_place(_resolver(None), "ринок у Костянтинівці")
    >>> hit.name, hit.rule
    ('Kostyantynivka', 'in')
    >>> inflected_place(_resolver(None), "the market of Kostiantynivky") is None
    True
    """
    if not slavic_string(text):
        return None
    words = _WORD.findall(text)
    name: list[str] = []
    while words and words[-1][:1].isupper() and len(name) < _MOST_WORDS:
        name.insert(0, words.pop())
    if not name or (words and words[-1][:1].isupper()):
        return None  # no name, or a longer run of capitalised words: a phrase
    found: dict[str, Any] = {}
    for last in [name[-1], *_written_nominatives(name[-1])]:  # "w mieście Dniepr" too
        candidate = " ".join([*name[:-1], last])
        place, ambiguous = resolver.place(candidate)
        exact = place is not None and resolver.place_rule(candidate, place)[1] == "exact"
        if place is not None and exact and not ambiguous:
            found[place.id] = place
    if len(found) != 1:
        return None
    (place,) = found.values()
    site = any(normalize(w) not in _place_words() for w in words)
    rule, score = ("in", 0.85) if site else ("named", 0.9)
    return Resolved(id=place.id, name=place.name, text=text, score=score, rule=rule, record=place)
