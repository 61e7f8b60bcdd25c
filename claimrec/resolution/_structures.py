"""Names of structures that hold an act's word: a place, not the act (rule of the predicate reader).

*were rescued alive from the air-raid shelter*: the longest phrase of the predicate vocabulary
in it is *air raid* (an air strike), yet *an air-raid shelter* names a place, as *a bomb
shelter* or *a displacement camp* does; the act of the phrase is the rescue. The names of
structures come from the subject vocabulary (its classes of places, ``_STRUCTURES``): a name
of two words or more in which the predicate vocabulary would read an act (and which it
does not list whole) is cut out of a predicate before it is read, and the rest of the
phrase is read alone (nothing when nothing is left: *the air-raid shelter* names no act).

>>> import claimrec as cr
>>> claim = cr.Claim(source="MP", subject="people", value=130, id="a",
...                  predicate="were rescued alive from the air-raid shelter")
>>> cr.resolve([claim])["a"].predicate.id
'evacuated'
>>> without_structures(cr.default_vocabulary(), "hit the air-raid shelter")
'hit the'
>>> without_structures(cr.default_vocabulary(), "air strike on the shelter") is None
True
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from claimrec._text import normalize
from claimrec.resolution._words import _words
from claimrec.vocab import Vocabulary

#: Articles that may open a description of a structure, capitalised (*Un immeuble*).
_ARTICLES = frozenset(
    ("the", "a", "an", "un", "une", "ein", "eine", "einem", "einen", "el", "la", "le", "les",
     "los", "las", "il", "lo", "um", "uma", "una", "uno", "een", "het", "de", "en", "et")
)  # fmt: skip
#: Subject classes whose names are places or structures, never acts.
_STRUCTURES = ("buildings", "military_sites")

_PATTERNS: weakref.WeakKeyDictionary[Vocabulary, re.Pattern[str] | None] = (
    weakref.WeakKeyDictionary()
)


def _pattern(vocab: Vocabulary) -> re.Pattern[str] | None:
    """Return the names of structures in ``vocab`` that hold an act's phrase (compiled once)."""
    try:
        return _PATTERNS[vocab]
    except KeyError:
        pass
    names = {
        key
        for cid in _STRUCTURES
        if cid in vocab.subjects
        for name in vocab.subjects.get(cid).synonyms
        if len((key := normalize(name)).split()) > 1 and _inner_act(vocab, key)
    }
    keys = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b") if keys else None
    _PATTERNS[vocab] = pattern
    return pattern


def _inner_act(vocab: Vocabulary, key: str) -> bool:
    """Whether the predicate vocabulary reads an act inside ``key`` but does not list it whole.

    A structure's name that is itself a listed predicate phrase (*قاعدة عسكرية*, a military
    base, for ``military_use``) is that predicate's word, and is kept.
    """
    found = vocab.predicates.resolve(key)
    return found is not None and key not in {normalize(w) for w in (found.id, *found.synonyms)}


def without_structures(vocab: Vocabulary, text: str) -> str | None:
    """Return ``text`` without the names of structures holding an act's word, else None.

    None when the phrase names no such structure (it is read as it stands); else its words
    (normalised, a French elision cut) without those names, perhaps empty.
    """
    pattern = _pattern(vocab)
    if pattern is None:
        return None
    words = " ".join(_words(text))
    if pattern.search(words) is None:
        return None
    return " ".join(pattern.sub(" ", words).split())


def describes_structure(vocab: Vocabulary, text: str) -> bool:
    """Whether a part of a place compound describes a building or a site, naming no place.

    *un edificio residencial, en la localidad de Dnipro*: the first part is what was hit
    (the subject vocabulary's classes of structures, :data:`_STRUCTURES`), the second
    where it stands; the compound is a site in the places its other parts read. A part
    with a capitalised word (but an article first) names its site (*Al-Ahli hospital*,
    *Dahyan market*), perhaps after another place than the compound's others: not so read.

    >>> import claimrec as cr
    >>> vocab = cr.default_vocabulary()
    >>> describes_structure(vocab, "Un edificio residencial"), describes_structure(vocab, "Kanbalu")
    (True, False)
    >>> describes_structure(vocab, "Dahyan market")
    False
    """
    for k, word in enumerate(text.split()):
        if not word[:1].isupper() or (k == 0 and normalize(word) in _ARTICLES):
            continue
        named = vocab.subjects.resolve(word)  # a German noun ("ein Wohnhaus") is capitalised
        if named is None or named.id not in _STRUCTURES:
            return False  # "Al-Ahli hospital", "Dahyan market": a site named, perhaps by its place
    found = vocab.subjects.resolve(text)
    return found is not None and found.id in _STRUCTURES


def site_cover(
    vocab: Vocabulary,
    parts: Sequence[str],
    read: Sequence[Any],
    cover: Callable[..., Any],
) -> Any:
    """Return the place a compound's parts read stand for, its building parts a site in it.

    ``read`` holds each part's reading (None: unread); ``cover(complete=...)`` is the
    resolver's cover of the parts read. Parts that describe a building or a site
    (:func:`describes_structure`) are no unread names: when every other part is read, the
    compound is a site in their cover (rule ``in``, score 0.85 at most).
    """
    pairs = zip(parts, read, strict=True)
    sites = sum(r is None and describes_structure(vocab, p) for p, r in pairs)
    every = sum(r is not None for r in read) + sites == len(read)
    found = cover(complete=every)
    if sites and every and found is not None:
        return attrs.evolve(found, rule="in", score=min(found.score, 0.85))
    return found
