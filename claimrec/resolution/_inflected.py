# ruff: noqa: RUF002 - Cyrillic examples
"""Local place names in the cases of Polish, Czech, Ukrainian and Russian (private).

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

from claimrec._text import normalize

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
