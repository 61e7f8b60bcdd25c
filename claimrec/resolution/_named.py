"""The place a claim names inside its subject or predicate (rule ``subject``).

"Deaths in Kishishe", "la cárcel de Olenivka", "a hospital in Kunduz city": a claim whose
``place`` field is empty often names its place in its other words. That place is
evidence that two accounts speak of one event (like the article's place), never the
claim's own place: the words may name where a person was, not where the act was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimrec.model import Claim
from claimrec.resolution._geography import _WIDE
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _Resolver
from claimrec.resolution._sites import _place_key
from claimrec.vocab import Place

# A locative preposition (English, French, Spanish, Portuguese, German, Polish) and the
# capitalised words after it: "in Kishishe", "de Olenivka", "à Kunduz", "bei Donezk".
# Case-sensitive: "in the attack", "in custody", "in 2022" name no place.
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]+"
_LOCATIVE = re.compile(
    r"(?<![\w'\u2019-])(?:[Ii]n|[Aa]t|[Nn]ear|de|del|du|en|à|em|bei|nahe|w|we|cerca de|près de)"
    rf"\s+(?P<name>{_NAME}(?:\s+{_NAME})*)"
)
_SCORE = 0.6  # evidence of one event, read from words that are not the place field


def named_place(
    claim: Claim, resolver: _Resolver, read: dict[str, Resolved | None] | None = None
) -> Resolved | None:
    """Return the one place a claim's subject and predicate name after a preposition.

    A name the gazetteer reads must be finer than a region ("in Syria" is too wide to
    place one event); a name it does not know is kept when it is no actor and no word of
    the vocabulary, compared by its place key (id ``~`` and the key). Several places
    named give none.

    >>> import claimrec as cr
    >>> from claimrec.resolution._resolver import _resolver
    >>> from claimrec.resolution._named import named_place
    >>> r = _resolver(None)
    >>> named_place(cr.Claim(source="x", subject="deaths in Zorvakia", predicate="caused"), r).id
    '~zorvakia'
    >>> named_place(cr.Claim(source="x", subject="civilians", predicate="killed in Syria"), r)
    >>> named_place(cr.Claim(source="x", subject="people", predicate="killed in the attack"), r)
    """
    found: dict[str, Resolved] = {}
    for text in (claim.subject, claim.predicate):
        for match in _LOCATIVE.finditer(text or ""):
            name = match.group("name")
            if read is None:
                hit = _read(name, resolver)
            elif name in read:
                hit = read[name]
            else:
                hit = read[name] = _read(name, resolver)
            if hit is not None:
                found.setdefault(hit.id, hit)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _read(name: str, resolver: _Resolver) -> Resolved | None:
    """Read one capitalised name as a place: the gazetteer's, else an unknown name's key."""
    place, ambiguous = resolver.place(name)
    if place is None and not ambiguous:
        cover = resolver.compound(name)[1]
        place = cover.record if cover is not None and isinstance(cover.record, Place) else None
    if place is not None:
        if place.kind in _WIDE:
            return None  # a country, a region: too wide to place one event
        return Resolved(
            id=place.id, name=place.name, text=name, score=_SCORE, rule="subject", record=place
        )
    if ambiguous:
        return None
    vocab = resolver.vocab
    key = _place_key(name)
    if (
        len(key) < 4
        or resolver.actor_candidates(name)
        or resolver.actor_match(name) is not None
        or vocab.subjects.resolve(key) is not None
        or vocab.predicates.resolve(key)
    ):
        return None  # "Médecins sans Frontières", "MSF": an actor; a word, not a name
    return Resolved(id=f"~{key}", name=name, text=name, score=_SCORE, rule="subject")


def named_places(
    claims: Sequence[Claim], missing: Sequence[int], resolver: _Resolver
) -> dict[int, Resolved]:
    """Per claim of ``missing``: the place its subject or predicate names (rule ``subject``).

    Each distinct name is read once.
    """
    out: dict[int, Resolved] = {}
    read: dict[str, Resolved | None] = {}
    for i in missing:
        hit = named_place(claims[i], resolver, read)
        if hit is not None:
            out[i] = hit
    return out
